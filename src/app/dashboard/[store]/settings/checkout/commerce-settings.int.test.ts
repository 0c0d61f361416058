/**
 * The commerce settings actions (checkout, shipping, taxes, payments) with the session mocked
 * (getPlatformActor); membership, permissions, the checkout and payments domains and the
 * database are real. What a form sends (ticked or unticked boxes, repeated rows, percentages,
 * emptied fields) must reach the domain as the merchant meant it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { getCheckoutSettings, listShippingZones, listTaxRates } from "@/server/checkout";
import { disconnectDb, storeDb } from "@/server/db";
import { createStoresAB, form, outcome, session } from "../../dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("../../dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("../../dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("../../dashboard-test-session")).mockNextCache());

const checkout = await import("./actions");
const shipping = await import("../shipping/actions");
const taxes = await import("../taxes/actions");
const payments = await import("../payments/actions");
const pages = {
  checkout: (await import("./page")).default,
  shipping: (await import("../shipping/page")).default,
  taxes: (await import("../taxes/page")).default,
  payments: (await import("../payments/page")).default,
  refresh: (await import("../payments/refresh/page")).default,
};

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let staffA: string;

const settingsForm = (overrides: Record<string, string | string[] | undefined> = {}) => {
  const fields: Record<string, string | string[] | undefined> = {
    shipCountries: ["LK", "MV"],
    pricesIncludeTax: "on",
    reservationMinutes: "45",
    maxLineQuantity: "20",
    localPickupEnabled: "on",
    pickupInstructions: "Collect at 42 Flower Road",
    codEnabled: "on",
    codInstructions: "Pay the courier",
    ...overrides,
  };
  return form(Object.fromEntries(Object.entries(fields).filter((e): e is [string, string | string[]] => e[1] !== undefined)));
};

beforeAll(async () => {
  ({ a, b, ownerA, memberA: staffA } = await createStoresAB("set", { a: { name: "Settings Store A", timeZone: "Asia/Colombo" }, b: { name: "Victim Settings B" }, role: "STAFF" }));
});

beforeEach(() => {
  session.userId = null;
});

afterAll(disconnectDb);

describe("pages and permission", () => {
  it("the owner opens every settings page; staff without settings:write get 403 and their posts are refused", async () => {
    session.userId = ownerA;
    for (const [name, page] of Object.entries(pages)) {
      expect([name, await outcome(() => page({ params: Promise.resolve({ store: a.slug }), searchParams: Promise.resolve({ stripe: "returned" }) }))]).toEqual([name, "ok"]);
      expect([name, await outcome(() => page({ params: Promise.resolve({ store: b.slug }), searchParams: Promise.resolve({}) }))]).toEqual([name, "404"]);
    }
    session.userId = staffA;
    for (const [name, page] of Object.entries(pages)) {
      expect([name, await outcome(() => page({ params: Promise.resolve({ store: a.slug }), searchParams: Promise.resolve({}) }))]).toEqual([name, "403"]);
    }
    const refused = [
      await checkout.updateCheckoutSettingsAction(a.slug, IDLE, settingsForm()),
      await shipping.createShippingZoneAction(a.slug, IDLE, form({ name: "Zone", country: "LK", regions: "" })),
      await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "", name: "VAT", rate: "18" })),
      await payments.startStripeOnboardingAction(a.slug, IDLE, new FormData()),
    ];
    for (const r of refused) expect(r).toMatchObject({ status: "error", message: expect.stringContaining("settings:write") });
    expect((await getCheckoutSettings(a.id)).saved).toBe(false);
    expect(await listShippingZones(a.id)).toEqual([]);
    expect(await listTaxRates(a.id)).toEqual([]);
  });
});

describe("checkout settings", () => {
  it("saves every field, and unticked boxes save as off", async () => {
    session.userId = ownerA;
    expect(await checkout.updateCheckoutSettingsAction(a.slug, IDLE, settingsForm())).toMatchObject({ status: "ok" });
    expect(await getCheckoutSettings(a.id)).toMatchObject({
      shipCountries: ["LK", "MV"],
      pricesIncludeTax: true,
      reservationMinutes: 45,
      maxLineQuantity: 20,
      localPickupEnabled: true,
      pickupInstructions: "Collect at 42 Flower Road",
      codEnabled: true,
      codInstructions: "Pay the courier",
    });
    const off = settingsForm({ pricesIncludeTax: undefined, localPickupEnabled: undefined, codEnabled: undefined, codInstructions: "", shipCountries: ["IN"] });
    expect(await checkout.updateCheckoutSettingsAction(a.slug, IDLE, off)).toMatchObject({ status: "ok" });
    expect(await getCheckoutSettings(a.id)).toMatchObject({ shipCountries: ["IN"], pricesIncludeTax: false, localPickupEnabled: false, codEnabled: false, codInstructions: null });
  });

  it("bad values come back beside their fields and change nothing", async () => {
    session.userId = ownerA;
    const before = await getCheckoutSettings(a.id);
    const bad = await checkout.updateCheckoutSettingsAction(a.slug, IDLE, settingsForm({ reservationMinutes: "2", maxLineQuantity: "many", shipCountries: ["LK", "XX"] }));
    expect(bad.status).toBe("error");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["reservationMinutes", "maxLineQuantity", "shipCountries"]));
    expect(bad.fieldErrors?.reservationMinutes).toBe("At least 5");
    expect(await getCheckoutSettings(a.id)).toEqual(before);
  });
});

describe("shipping zones and rates", () => {
  it("a zone from repeated rows: whole countries and countries limited to regions; a bad row names itself", async () => {
    session.userId = ownerA;
    const badRow = await shipping.createShippingZoneAction(a.slug, IDLE, form({ name: "South Asia", country: ["LK", ""], regions: ["", ""] }));
    expect(badRow.status).toBe("error");
    expect(badRow.fieldErrors?.["countries.1.country"]).toBeTruthy();
    const twice = await shipping.createShippingZoneAction(a.slug, IDLE, form({ name: "South Asia", country: ["LK", "LK"], regions: ["", ""] }));
    expect(twice.fieldErrors?.["countries.1.country"]).toBe("This country is listed twice");
    expect(await listShippingZones(a.id)).toEqual([]);
    const ok = await shipping.createShippingZoneAction(a.slug, IDLE, form({ name: "South Asia", country: ["LK", "IN"], regions: ["", " Kerala , Tamil Nadu,"] }));
    expect(ok).toMatchObject({ status: "ok" });
    const [zone] = await listShippingZones(a.id);
    expect(zone).toMatchObject({ name: "South Asia", countries: [{ country: "LK" }, { country: "IN", regions: ["Kerala", "Tamil Nadu"] }] });
    expect(await shipping.updateShippingZoneAction(a.slug, zone!.id, IDLE, form({ name: "Lanka only", country: ["LK"], regions: ["Western"] }))).toMatchObject({ status: "ok" });
    expect((await listShippingZones(a.id))[0]).toMatchObject({ name: "Lanka only", countries: [{ country: "LK", regions: ["Western"] }] });
  });

  it("rates: a weight band with free-over; an edit that empties fields clears them; money is checked against the currency", async () => {
    session.userId = ownerA;
    const [zone] = await listShippingZones(a.id);
    const badMoney = await shipping.createShippingRateAction(a.slug, zone!.id, IDLE, form({ name: "Courier", kind: "WEIGHT", price: "650.555", minWeightGrams: "", maxWeightGrams: "2000", freeOver: "" }));
    expect(badMoney.fieldErrors?.price).toContain("LKR");
    const badBand = await shipping.createShippingRateAction(a.slug, zone!.id, IDLE, form({ name: "Courier", kind: "WEIGHT", price: "650", minWeightGrams: "3000", maxWeightGrams: "2000", freeOver: "" }));
    expect(badBand.fieldErrors?.maxWeightGrams).toBe("Must be more than the minimum weight");
    const created = await shipping.createShippingRateAction(a.slug, zone!.id, IDLE, form({ name: "Courier", kind: "WEIGHT", price: "650", minWeightGrams: "", maxWeightGrams: "2000", freeOver: "15000.00" }));
    expect(created).toMatchObject({ status: "ok" });
    let [rate] = (await listShippingZones(a.id))[0]!.rates;
    expect(rate).toMatchObject({ kind: "WEIGHT", priceMinor: 65000n, minWeightGrams: null, maxWeightGrams: 2000, freeOverMinor: 1500000n });
    // The edit form sends every field; the emptied free-over amount means "never free".
    expect(await shipping.updateShippingRateAction(a.slug, rate!.id, IDLE, form({ name: "Standard", kind: "FLAT", price: "450.50", freeOver: "" }))).toMatchObject({ status: "ok" });
    [rate] = (await listShippingZones(a.id))[0]!.rates;
    expect(rate).toMatchObject({ name: "Standard", kind: "FLAT", priceMinor: 45050n, minWeightGrams: null, maxWeightGrams: null, freeOverMinor: null });
  });

  it("another store's zone or rate is not found and stays; deleting one's own works", async () => {
    session.userId = ownerA;
    const [zone] = await listShippingZones(a.id);
    const rateId = zone!.rates[0]!.id;
    session.userId = (await storeDb(b.id).storeMembership.findFirstOrThrow({ where: { storeId: b.id, role: "OWNER" } })).userId;
    const results = [
      await shipping.updateShippingZoneAction(b.slug, zone!.id, IDLE, form({ name: "Taken", country: ["LK"], regions: [""] })),
      await shipping.deleteShippingZoneAction(b.slug, zone!.id, IDLE, new FormData()),
      await shipping.updateShippingRateAction(b.slug, rateId, IDLE, form({ name: "Taken", kind: "FLAT", price: "1" })),
      await shipping.deleteShippingRateAction(b.slug, rateId, IDLE, new FormData()),
    ];
    for (const r of results) expect(r).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    session.userId = ownerA;
    expect((await listShippingZones(a.id))[0]).toMatchObject({ name: "Lanka only", rates: [{ id: rateId, name: "Standard" }] });
    expect(await shipping.deleteShippingRateAction(a.slug, rateId, IDLE, new FormData())).toMatchObject({ status: "ok" });
    expect(await shipping.deleteShippingZoneAction(a.slug, zone!.id, IDLE, new FormData())).toMatchObject({ status: "ok" });
    expect(await listShippingZones(a.id)).toEqual([]);
  });
});

describe("tax rates", () => {
  it("percentages become basis points exactly; bad ones and a taken place are refused beside their fields", async () => {
    session.userId = ownerA;
    expect(await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "", name: "VAT", rate: "18.555" }))).toMatchObject({ status: "error", fieldErrors: { rate: expect.stringContaining("two decimals") } });
    expect(await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "", name: "VAT", rate: "100.01" }))).toMatchObject({ status: "error", fieldErrors: { rate: expect.any(String) } });
    expect(await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "", name: "VAT", rate: "18" }))).toMatchObject({ status: "ok" });
    expect(await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "", name: "VAT again", rate: "8" }))).toMatchObject({ status: "error", fieldErrors: { region: expect.stringContaining("already") } });
    expect(await taxes.createTaxRateAction(a.slug, IDLE, form({ country: "LK", region: "Western", name: "Provincial", rate: "7.25" }))).toMatchObject({ status: "ok" });
    const rates = await listTaxRates(a.id);
    expect(rates.map((r) => [r.country, r.region, r.name, r.rateBp])).toEqual([["LK", null, "VAT", 1800], ["LK", "Western", "Provincial", 725]]);
    const regional = rates[1]!;
    expect(await taxes.updateTaxRateAction(a.slug, regional.id, IDLE, form({ country: "LK", region: "", name: "Provincial", rate: "7.5" }))).toMatchObject({ status: "error", fieldErrors: { region: expect.any(String) } });
    expect(await taxes.updateTaxRateAction(a.slug, regional.id, IDLE, form({ country: "LK", region: "Central", name: "Provincial", rate: "7.5" }))).toMatchObject({ status: "ok" });
    expect((await listTaxRates(a.id))[1]).toMatchObject({ region: "Central", rateBp: 750 });
  });

  it("another store's tax rate is not found and stays", async () => {
    session.userId = ownerA;
    const [rate] = await listTaxRates(a.id);
    session.userId = (await storeDb(b.id).storeMembership.findFirstOrThrow({ where: { storeId: b.id, role: "OWNER" } })).userId;
    expect(await taxes.deleteTaxRateAction(b.slug, rate!.id, IDLE, new FormData())).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    expect(await taxes.updateTaxRateAction(b.slug, rate!.id, IDLE, form({ country: "LK", region: "", name: "x", rate: "1" }))).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    expect((await listTaxRates(a.id))[0]).toMatchObject({ id: rate!.id, name: "VAT", rateBp: 1800 });
  });
});

describe("Stripe Connect without Stripe on the platform", () => {
  it("the onboarding and status buttons say plainly that Stripe is not configured", async () => {
    session.userId = ownerA;
    const start = await payments.startStripeOnboardingAction(a.slug, IDLE, new FormData());
    expect(start).toMatchObject({ status: "error", message: expect.stringContaining("not configured") });
    const refresh = await payments.refreshStripeStatusAction(a.slug, IDLE, new FormData());
    expect(refresh).toMatchObject({ status: "error", message: expect.stringContaining("not configured") });
    const ReturnPage = (await import("../payments/return/page")).default;
    expect(await outcome(() => ReturnPage({ params: Promise.resolve({ store: a.slug }) }))).toBe(`redirect /dashboard/${a.slug}/settings/payments`);
  });
});
