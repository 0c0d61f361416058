import type { TStoreTx } from "@/server/inventory";

/**
 * What customer erasure does to orders (the shape of customers' TCustomerReference): orders
 * are kept (accounting: amounts, items, dates, statuses stay) but their personal fields are
 * anonymised: the contact email becomes the erased customer's anonymous address (read from the
 * Customer row, which eraseCustomer has already replaced) and the encrypted shipping address
 * is removed. The timeline, lines and payments hold no personal data. Touches only this
 * customer's orders in this store; nothing happens when there are none.
 */
export const ORDER_CUSTOMER_REFERENCE = {
  table: "Order",
  why: "Orders are business records kept for accounting and tax; their email and shipping address are personal data",
  anonymise: async (tx: TStoreTx, storeId: string, customerId: string): Promise<void> => {
    await tx.$executeRaw`
      UPDATE \`Order\` o JOIN Customer c ON c.id = o.customerId AND c.storeId = ${storeId}
      SET o.email = c.email, o.shippingAddress = NULL, o.updatedAt = NOW(3)
      WHERE o.storeId = ${storeId} AND o.customerId = ${customerId}`;
  },
} as const;
