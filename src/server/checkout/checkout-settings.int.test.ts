import { beforeAll, describe, expect, it } from "vitest";
import {
  createShippingRate,
  createShippingZone,
  createTaxRate,
  deleteShippingRate,
  deleteShippingZone,
  deleteTaxRate,
  getCheckoutSettings,
  listShippingZones,
  listTaxRates,
  updateCheckoutSettings,
  updateShippingRate,
  updateShippingZone,
  updateTaxRate,
} from "@/server/checkout";
import { audits, events, makeActor } from "@/server/catalog/int-test-support";
import { failure, fieldPaths, makeStore } from "@/server/cart/int-test-support";

let actor: Awaited<ReturnType<typeof makeActor>>;
beforeAll(async () => {
  actor = await makeActor();
});

describe("checkout settings", () => {
  it("defaults to the store's own country until saved", async () => {
    const store = await makeStore("settings-default", { country: "JP", currency: "JPY" });
    expect(await getCheckoutSettings(store.id)).toMatchObject({
      shipCountries: ["JP"],
      pricesIncludeTax: false,
      reservationMinutes: 30,
      maxLineQuantity: 50,
      localPickupEnabled: false,
      codEnabled: true,
      saved: false,
    });
  });

  it("saves changes with an audit entry and a checkout_settings.updated event, and skips no-ops", async () => {
    const store = await makeStore("settings-save");
    const after = await updateCheckoutSettings(store.id, actor, { shipCountries: ["lk", "IN", "LK"], pricesIncludeTax: "on", reservationMinutes: "45", codInstructions: "Pay the rider" });
    expect(after).toMatchObject({ shipCountries: ["LK", "IN"], pricesIncludeTax: true, reservationMinutes: 45, codInstructions: "Pay the rider", saved: true });
    expect(await getCheckoutSettings(store.id)).toMatchObject({ shipCountries: ["LK", "IN"], pricesIncludeTax: true, reservationMinutes: 45 });
    expect(await events(store.id, "checkout_settings.updated")).toEqual([
      { type: "checkout_settings.updated", payload: { storeId: store.id, fields: ["shipCountries", "pricesIncludeTax", "reservationMinutes", "codInstructions"] } },
    ]);
    expect(await audits(store.id, "checkout_settings.updated")).toHaveLength(1);
    await updateCheckoutSettings(store.id, actor, { pricesIncludeTax: true, reservationMinutes: 45 });
    expect(await events(store.id, "checkout_settings.updated")).toHaveLength(1);
  });

  it("refuses bad values with field paths and writes nothing", async () => {
    const store = await makeStore("settings-bad");
    const cases: [unknown, string[]][] = [
      [{ shipCountries: ["LK", "XX"] }, ["shipCountries.1"]],
      [{ reservationMinutes: 4 }, ["reservationMinutes"]],
      [{ reservationMinutes: 1441 }, ["reservationMinutes"]],
      [{ maxLineQuantity: 0 }, ["maxLineQuantity"]],
      [{ stripeAccountId: "acct_1", codEnabled: false }, [""]],
      [{}, [""]],
    ];
    for (const [input, paths] of cases) expect(fieldPaths(await failure(updateCheckoutSettings(store.id, actor, input))), JSON.stringify(input)).toEqual(paths);
    expect((await getCheckoutSettings(store.id)).saved).toBe(false);
    expect(await events(store.id)).toEqual([]);
  });
});

describe("shipping zones and rates", () => {
  it("creates, changes and deletes zones and rates with events and audit entries", async () => {
    const store = await makeStore("zones");
    const zone = await createShippingZone(store.id, actor, { name: "Sri Lanka", countries: [{ country: "lk", regions: ["WP", "WP"] }] });
    expect(zone).toMatchObject({ name: "Sri Lanka", countries: [{ country: "LK", regions: ["WP"] }], position: 0, rates: [] });
    const rate = await createShippingRate(store.id, actor, zone.id, { name: "Standard", kind: "WEIGHT", price: "450.50", minWeightGrams: 0, maxWeightGrams: 1000, freeOver: "20000" });
    expect(rate).toMatchObject({ kind: "WEIGHT", priceMinor: 45_050n, price: "450.50", minWeightGrams: 0, maxWeightGrams: 1000, freeOverMinor: 2_000_000n, freeOver: "20000.00" });
    const flat = await updateShippingRate(store.id, actor, rate.id, { kind: "FLAT", freeOver: null });
    expect(flat).toMatchObject({ kind: "FLAT", minWeightGrams: null, maxWeightGrams: null, freeOverMinor: null, priceMinor: 45_050n });
    await updateShippingZone(store.id, actor, zone.id, { countries: [{ country: "LK" }, { country: "MV" }] });
    expect(await listShippingZones(store.id)).toMatchObject([{ id: zone.id, countries: [{ country: "LK" }, { country: "MV" }], rates: [{ id: rate.id, name: "Standard" }] }]);
    await deleteShippingRate(store.id, actor, rate.id);
    await deleteShippingZone(store.id, actor, zone.id);
    expect(await listShippingZones(store.id)).toEqual([]);
    expect((await events(store.id, "shipping.updated")).map((e) => (e.payload as { change: string }).change)).toEqual([
      "zone.created",
      "rate.created",
      "rate.updated",
      "zone.updated",
      "rate.deleted",
      "zone.deleted",
    ]);
    expect((await audits(store.id)).map((a) => a.action)).toEqual([
      "shipping_zone.created",
      "shipping_rate.created",
      "shipping_rate.updated",
      "shipping_zone.updated",
      "shipping_rate.deleted",
      "shipping_zone.deleted",
    ]);
  });

  it("refuses unknown countries, bad bands and amounts finer than the currency with field paths", async () => {
    const store = await makeStore("zones-bad", { currency: "JPY", country: "JP" });
    expect(fieldPaths(await failure(createShippingZone(store.id, actor, { name: "Z", countries: [{ country: "JP" }, { country: "ZZ" }] })))).toEqual(["countries.1.country"]);
    expect(fieldPaths(await failure(createShippingZone(store.id, actor, { name: "Z", countries: [{ country: "JP" }, { country: "jp" }] })))).toEqual(["countries.1.country"]);
    expect(fieldPaths(await failure(createShippingZone(store.id, actor, { name: "Z", countries: [] })))).toEqual(["countries"]);
    const zone = await createShippingZone(store.id, actor, { name: "Japan", countries: [{ country: "JP" }] });
    expect(fieldPaths(await failure(createShippingRate(store.id, actor, zone.id, { name: "R", kind: "WEIGHT", price: "500", minWeightGrams: 1000, maxWeightGrams: 1000 })))).toEqual(["maxWeightGrams"]);
    expect(fieldPaths(await failure(createShippingRate(store.id, actor, zone.id, { name: "R", kind: "FLAT", price: "500.5" })))).toEqual(["price"]);
    expect(fieldPaths(await failure(createShippingRate(store.id, actor, zone.id, { name: "R", kind: "FLAT", price: "-5" })))).toEqual(["price"]);
    expect(fieldPaths(await failure(createShippingRate(store.id, actor, zone.id, { name: "R", kind: "FLAT", price: "5", priceMinor: "1" })))).toEqual([""]);
    const rate = await createShippingRate(store.id, actor, zone.id, { name: "R", kind: "WEIGHT", price: "500", minWeightGrams: 1000 });
    expect(fieldPaths(await failure(updateShippingRate(store.id, actor, rate.id, { maxWeightGrams: 500 })))).toEqual(["maxWeightGrams"]);
    expect((await listShippingZones(store.id))[0]!.rates).toHaveLength(1);
  });

  it("answers another store's zone and rate with 404", async () => {
    const victim = await makeStore("zones-victim");
    const attacker = await makeStore("zones-attacker");
    const zone = await createShippingZone(victim.id, actor, { name: "Victim zone", countries: [{ country: "LK" }] });
    const rate = await createShippingRate(victim.id, actor, zone.id, { name: "R", kind: "FLAT", price: "1" });
    expect(await failure(createShippingRate(attacker.id, actor, zone.id, { name: "R", kind: "FLAT", price: "1" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(updateShippingZone(attacker.id, actor, zone.id, { name: "Mine" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(updateShippingRate(attacker.id, actor, rate.id, { price: "0" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(deleteShippingRate(attacker.id, actor, rate.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(deleteShippingZone(attacker.id, actor, zone.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await listShippingZones(attacker.id)).toEqual([]);
    expect(await listShippingZones(victim.id)).toMatchObject([{ name: "Victim zone", rates: [{ priceMinor: 100n }] }]);
  });
});

describe("tax rates", () => {
  it("keeps one rate per country and region, including the country-wide one", async () => {
    const store = await makeStore("tax");
    const vat = await createTaxRate(store.id, actor, { country: "LK", name: "VAT", rateBp: 1800 });
    const wp = await createTaxRate(store.id, actor, { country: "LK", region: "WP", name: "VAT WP", rateBp: "1500" });
    expect(await failure(createTaxRate(store.id, actor, { country: "LK", region: "", name: "Again", rateBp: 1 }))).toMatchObject({ code: "CONFLICT", details: { fields: [{ path: "region" }] } });
    expect(await failure(createTaxRate(store.id, actor, { country: "LK", region: "WP", name: "Again", rateBp: 1 }))).toMatchObject({ code: "CONFLICT" });
    expect(await failure(updateTaxRate(store.id, actor, wp.id, { region: null }))).toMatchObject({ code: "CONFLICT" });
    expect(fieldPaths(await failure(createTaxRate(store.id, actor, { country: "LK", region: "SP", name: "Bad", rateBp: 12.5 })))).toEqual(["rateBp"]);
    expect(fieldPaths(await failure(createTaxRate(store.id, actor, { country: "LK", region: "SP", name: "Bad", rateBp: 10_001 })))).toEqual(["rateBp"]);
    expect(fieldPaths(await failure(createTaxRate(store.id, actor, { country: "QQ", name: "Bad", rateBp: 1 })))).toEqual(["country"]);
    await updateTaxRate(store.id, actor, vat.id, { rateBp: 1700 });
    expect(await listTaxRates(store.id)).toEqual([
      { id: vat.id, country: "LK", region: null, name: "VAT", rateBp: 1700 },
      { id: wp.id, country: "LK", region: "WP", name: "VAT WP", rateBp: 1500 },
    ]);
    await deleteTaxRate(store.id, actor, wp.id);
    const other = await makeStore("tax-other");
    expect(await failure(deleteTaxRate(other.id, actor, vat.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(updateTaxRate(other.id, actor, vat.id, { rateBp: 0 }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await events(store.id, "tax.updated")).map((e) => (e.payload as { change: string }).change)).toEqual(["created", "created", "updated", "deleted"]);
  });
});
