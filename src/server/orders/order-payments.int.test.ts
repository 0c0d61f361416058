import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/money";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { applyPaymentFailed, applyPaymentSucceeded, getOrderForStaff, markOrderPaid, PAYMENT_FAILED_REASON } from "./index";
import { verifyDownloadToken } from "./download-token";
import { addProduct, addServiceSlot, events, failure, ledgerMismatches, level, makeStore, makeUser, placeTestOrder } from "./int-test-support";

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  store = await makeStore("ord-pay");
  staff = await makeUser();
});
afterAll(disconnectDb);

async function stocked(quantity: number) {
  const { variantId } = await addProduct(store.id);
  await adjustStock(store.id, staff, { variantId, quantity, reason: "Received" });
  return variantId;
}

const succeeded = (orderId: string, providerRef: string, amountMinor = 2000n) =>
  storeDb(store.id).$transaction((tx) => applyPaymentSucceeded(tx, store.id, orderId, { provider: "STRIPE", providerRef, amountMinor }));
const failed = (orderId: string, providerRef: string) =>
  storeDb(store.id).$transaction((tx) => applyPaymentFailed(tx, store.id, orderId, { provider: "STRIPE", providerRef, amountMinor: 2000n, reason: "card_declined" }));
const orderEvents = async (type: string, orderId: string) => (await events(store.id, type)).filter((e) => (e.payload as { orderId?: string }).orderId === orderId);
type TMail = { to: string[]; subject: string; text: string };
/** The "payment received" mails of order #number, queued in the outbox. */
const paidMails = async (number: number) =>
  (await events(store.id, "mail.send")).map((e) => e.payload as TMail).filter((m) => m.subject === `Payment received for order #${number}`);

describe("marking a cash-on-delivery order paid", () => {
  it("commits the reservation, records who and when, and refuses a second time", async () => {
    const variantId = await stocked(5);
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }] });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 2 });

    const detail = await markOrderPaid(store.id, orderId, staff);
    expect(detail.paymentStatus).toBe("PAID");
    expect(detail.paidByUserId).toBe(staff.userId);
    expect(detail.paidAt).toBeInstanceOf(Date);
    expect(detail.payments.map((p) => [p.provider, p.status])).toEqual([["COD", "PAID"]]);
    expect(detail.timeline.map((e) => e.kind)).toEqual(["placed", "paid"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect((await orderEvents("order.paid", orderId)).map((e) => e.payload)).toEqual([{ orderId, number, method: "COD" }]);
    const [mail] = await paidMails(number);
    expect(mail).toMatchObject({ to: [`shopper-${number}@example.com`] });
    expect(mail!.text).toContain(`has received your payment of ${formatMoney(2000n, "LKR")} for order #${number}.`);
    expect(mail!.text).toContain("Your order's page is linked in your order confirmation mail.");
    expect(mail!.text).not.toContain("download");

    const again = await failure(markOrderPaid(store.id, orderId, staff));
    expect(again.code).toBe("CONFLICT");
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await orderEvents("order.paid", orderId)).toHaveLength(1);
    expect(await paidMails(number)).toHaveLength(1);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("refuses Stripe orders (the webhook pays them) and unknown orders", async () => {
    const variantId = await stocked(1);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE" });
    expect((await failure(markOrderPaid(store.id, orderId, staff))).code).toBe("CONFLICT");
    expect((await failure(markOrderPaid(store.id, "cnotanorder0000000000000", staff))).code).toBe("NOT_FOUND");
    expect((await getOrderForStaff(store.id, orderId)).paymentStatus).toBe("PENDING");
  });

  it("two staff marking the same order paid at once: one wins, the other is a conflict, stock moves once", async () => {
    const variantId = await stocked(4);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 3 }] });
    const results = await Promise.allSettled([markOrderPaid(store.id, orderId, staff), markOrderPaid(store.id, orderId, staff)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 0 });
  });
});

describe("the payment received mail", () => {
  it("gives a guest the files as signed links on the store's host, the booked slots, and where the order is", async () => {
    const digital = await addProduct(store.id, [{ trackInventory: false }], "DIGITAL");
    const { variantId: serviceVariant, slotId } = await addServiceSlot(store.id, 3);
    const { orderId, number } = await placeTestOrder(store.id, {
      lines: [
        { variantId: digital.variantId, quantity: 1, type: "DIGITAL" },
        { variantId: serviceVariant, slotId, quantity: 2 },
      ],
    });
    const media = await storeDb(store.id).mediaAsset.create({ data: { storeId: store.id, kind: "FILE", storageKey: `${store.id}/files/x/guide.pdf`, mimeType: "application/pdf", byteSize: 10 } });
    await storeDb(store.id).orderLine.updateMany({ where: { orderId, productType: "DIGITAL" }, data: { digitalMediaId: media.id, title: "Brewing guide" } });
    await storeDb(store.id).orderLine.updateMany({ where: { orderId, productType: "SERVICE" }, data: { title: "Tea tasting" } });

    await markOrderPaid(store.id, orderId, staff);
    const [mail] = await paidMails(number);
    const line = (await storeDb(store.id).orderLine.findFirstOrThrow({ where: { orderId, productType: "DIGITAL" }, select: { id: true } })).id;
    const slug = (await platformDb().store.findUniqueOrThrow({ where: { id: store.id }, select: { slug: true } })).slug;
    const link = new RegExp(`Brewing guide:\\n(http://${slug}\\.localhost:3000/downloads/(\\S+))`).exec(mail!.text);
    expect(link, mail!.text).not.toBeNull();
    const grant = verifyDownloadToken(store.id, link![2]!, new Date());
    expect(grant).toMatchObject({ orderId, lineId: line });
    // The link lasts the longest a link may (7 days), and the mail says until when.
    expect(verifyDownloadToken(store.id, link![2]!, new Date(Date.now() + 6.9 * 86_400_000))).not.toBeNull();
    expect(verifyDownloadToken(store.id, link![2]!, new Date(Date.now() + 7.1 * 86_400_000))).toBeNull();
    expect(mail!.text).toMatch(/Your downloads \(these links work until \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\):/);
    expect(mail!.text).toMatch(/Your booking:\n2 x Tea tasting, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    expect(mail!.text).toContain("Your order's page is linked in your order confirmation mail; it gives fresh download links at any time.");
    // Another store cannot use the link.
    const other = await makeStore("ord-pay-other");
    expect(verifyDownloadToken(other.id, link![2]!, new Date())).toBeNull();
  });

  it("links a signed-in customer's mail to their account's order page", async () => {
    const variantId = await stocked(1);
    const customer = await storeDb(store.id).customer.create({ data: { storeId: store.id, email: `paid-${variantId}@example.com` }, select: { id: true } });
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], customerId: customer.id, email: `paid-${variantId}@example.com` });
    await markOrderPaid(store.id, orderId, staff);
    const [mail] = await paidMails(number);
    expect(mail!.to).toEqual([`paid-${variantId}@example.com`]);
    expect(mail!.text).toMatch(new RegExp(`See your order at any time:\\nhttp://[a-z0-9-]+\\.localhost:3000/account/orders/${orderId}\\n`));
  });
});

describe("payment results from a provider", () => {
  it("a success applied three times pays once", async () => {
    const variantId = await stocked(3);
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }], method: "STRIPE", providerRef: `pi_once_${variantId}` });
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("paid");
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 0 });
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.paymentStatus, order.reservationExpiresAt, order.payments[0]?.status]).toEqual(["PAID", null, "PAID"]);
    expect(await orderEvents("order.paid", orderId)).toHaveLength(1);
    expect(await paidMails(number)).toHaveLength(1);
    // A failure arriving after the success changes nothing.
    expect(await failed(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect((await getOrderForStaff(store.id, orderId)).status).toBe("OPEN");
  });

  it("a failure releases stock and slot seats and cancels; repeated it changes nothing", async () => {
    const variantId = await stocked(3);
    const { variantId: serviceVariant, slotId } = await addServiceSlot(store.id, 4);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }, { variantId: serviceVariant, slotId, quantity: 2 }], method: "STRIPE", providerRef: `pi_fail_${variantId}` });
    expect((await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } })).booked).toBe(2);
    expect(await failed(orderId, `pi_fail_${variantId}`)).toBe("failed");
    expect(await failed(orderId, `pi_fail_${variantId}`)).toBe("already_closed");
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect((await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } })).booked).toBe(0);
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus, order.cancelReason, order.payments[0]?.status]).toEqual(["CANCELLED", "FAILED", PAYMENT_FAILED_REASON, "FAILED"]);
    expect(await orderEvents("order.payment_failed", orderId)).toHaveLength(1);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success after a failure reopens the order when the stock is still there", async () => {
    const variantId = await stocked(2);
    const ref = `pi_retry_${variantId}`;
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }], method: "STRIPE", providerRef: ref });
    await failed(orderId, ref);
    expect(await succeeded(orderId, ref)).toBe("reinstated");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus, order.cancelledAt]).toEqual(["OPEN", "PAID", null]);
    expect(await paidMails(number)).toHaveLength(1);
    expect(await level(store.id, variantId)).toEqual({ onHand: 0, reserved: 0 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success after a failure, when the stock is gone, records the payment and asks for a refund", async () => {
    const variantId = await stocked(1);
    const ref = `pi_gone_${variantId}`;
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", providerRef: ref });
    await failed(orderId, ref);
    await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }] });
    expect(await succeeded(orderId, ref, 1000n)).toBe("paid_after_cancel");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus]).toEqual(["CANCELLED", "PAID"]);
    expect(order.timeline.at(-1)?.kind).toBe("payment_after_cancel");
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 1 });
    expect(await orderEvents("order.paid", orderId)).toHaveLength(0);
    expect(await paidMails(number)).toHaveLength(0);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success for a different amount marks nothing paid", async () => {
    const variantId = await stocked(1);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", providerRef: `pi_amt_${variantId}` });
    expect(await succeeded(orderId, `pi_amt_${variantId}`, 1n)).toBe("amount_mismatch");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.paymentStatus, order.timeline.at(-1)?.kind]).toEqual(["PENDING", "payment_mismatch"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 1 });
  });
});
