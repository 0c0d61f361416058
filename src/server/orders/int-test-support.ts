/**
 * Orders for this domain's integration tests, placed the way the checkout does (one
 * transaction: reserve stock and slots, take the number, write the order, its lines and
 * payment). Not a shipped code path: the checkout domain owns real order placement.
 */
import { randomBytes } from "node:crypto";
import { storeDb } from "@/server/db";
import { reserveSlots, reserveStock } from "@/server/inventory";
import { nextOrderNumber } from "./order-number";
import { recordOrderEvent } from "./record-order-event";
import { createStatusToken } from "./status-token";
import { sealOrderAddress } from "./order-address";

export { addProduct, addServiceSlot, CONCURRENT_TX, events, failure, ledgerMismatches, level, makeStore, makeUser, runId, settleConcurrently } from "@/server/inventory/int-test-support";

export class OutOfStockError extends Error {
  constructor() {
    super("OUT_OF_STOCK");
  }
}

export type TTestLine = { variantId: string; quantity: number; slotId?: string; type?: "PHYSICAL" | "DIGITAL" | "SERVICE"; unitPriceMinor?: bigint };

export type TTestOrderOptions = {
  lines: TTestLine[];
  method?: "COD" | "STRIPE";
  reservationExpiresAt?: Date | null;
  email?: string;
  customerId?: string | null;
  providerRef?: string;
  /** Throw after everything is written (the transaction rolls back). */
  failAtEnd?: boolean;
};

const newId = () => `c${BigInt(`0x${randomBytes(16).toString("hex")}`).toString(36).padStart(25, "0").slice(-24)}`;

/** Places an order like the checkout; returns its id, number and status token. */
export async function placeTestOrder(storeId: string, options: TTestOrderOptions) {
  const orderId = newId();
  const { token, hash } = createStatusToken();
  const method = options.method ?? "COD";
  const number = await storeDb(storeId).$transaction(async (tx) => {
    const stock = options.lines.filter((l) => !l.slotId).map((l) => ({ variantId: l.variantId, quantity: l.quantity, label: l.variantId }));
    const slots = options.lines.filter((l) => l.slotId).map((l) => ({ slotId: l.slotId!, quantity: l.quantity, label: l.variantId }));
    const reserved = await reserveStock(tx, storeId, stock, { orderId, actor: { kind: "customer", customerId: options.customerId ?? null } });
    if (!reserved.ok) throw new OutOfStockError();
    const booked = await reserveSlots(tx, storeId, slots);
    if (!booked.ok) throw new OutOfStockError();
    const number = await nextOrderNumber(tx, storeId);
    const total = options.lines.reduce((sum, l) => sum + (l.unitPriceMinor ?? 1000n) * BigInt(l.quantity), 0n);
    const slotRows = slots.length ? await tx.serviceSlot.findMany({ where: { storeId, id: { in: slots.map((s) => s.slotId) } } }) : [];
    await tx.order.create({
      data: {
        id: orderId,
        storeId,
        number,
        customerId: options.customerId ?? null,
        email: options.email ?? `shopper-${number}@example.com`,
        paymentMethod: method,
        currency: "LKR",
        subtotalMinor: total,
        totalMinor: total,
        pricesIncludeTax: true,
        requiresShipping: true,
        shippingAddress: sealOrderAddress({ name: "Nimal Perera", line1: "12 Galle Road", city: "Colombo", country: "LK" }),
        statusTokenHash: hash,
        checkoutKey: newId(),
        reservationExpiresAt: options.reservationExpiresAt === undefined ? (method === "STRIPE" ? new Date(Date.now() + 30 * 60_000) : null) : options.reservationExpiresAt,
        lines: {
          create: options.lines.map((l, position) => {
            const slot = slotRows.find((s) => s.id === l.slotId);
            return {
              storeId,
              variantId: l.variantId,
              slotId: l.slotId ?? null,
              productType: l.type ?? (l.slotId ? "SERVICE" : "PHYSICAL"),
              title: `Item ${position + 1}`,
              variantTitle: "Default",
              sku: `SKU-${position}`,
              unitPriceMinor: l.unitPriceMinor ?? 1000n,
              quantity: l.quantity,
              taxMinor: 0n,
              totalMinor: (l.unitPriceMinor ?? 1000n) * BigInt(l.quantity),
              requiresShipping: !l.slotId,
              slotStartsAt: slot?.startsAt ?? null,
              slotEndsAt: slot?.endsAt ?? null,
              position,
            };
          }),
        },
        payments: {
          create: { storeId, provider: method, amountMinor: total, currency: "LKR", providerRef: method === "STRIPE" ? (options.providerRef ?? `pi_${newId()}`) : null, idempotencyKey: `attempt:${orderId}` },
        },
      },
    });
    await recordOrderEvent(tx, storeId, orderId, { kind: "placed", message: "Order placed", actor: { kind: "customer", customerId: options.customerId ?? null } });
    if (options.failAtEnd) throw new Error("rolled back on purpose");
    return number;
  }, { maxWait: 60_000, timeout: 60_000 });
  return { orderId, number, token };
}
