import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { ZCustomerAddressInput } from "./customers.schemas";
import { MAX_ADDRESSES, sealAddress, settleDefault } from "./address-data";
import { lockCustomer } from "./lock-customer";

/**
 * Adds an address to the customer's book. The first address, or one marked default, becomes
 * the only default. Throws the ZodError of bad input, NOT_FOUND for an unknown customer and
 * CONFLICT beyond MAX_ADDRESSES. Returns the new address id.
 */
export async function createCustomerAddress(storeId: string, customerId: string, input: unknown): Promise<string> {
  const { isDefault, ...fields } = ZCustomerAddressInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCustomer(tx, storeId, customerId))) throw new AppError("NOT_FOUND", "Customer not found");
    const count = await tx.customerAddress.count({ where: { storeId, customerId } });
    if (count >= MAX_ADDRESSES) throw new AppError("CONFLICT", `You can save up to ${MAX_ADDRESSES} addresses. Delete one to add another.`);
    const row = await tx.customerAddress.create({
      data: { storeId, customerId, isDefault: false, data: sealAddress(fields) },
      select: { id: true },
    });
    await settleDefault(tx, storeId, customerId, isDefault || count === 0 ? row.id : undefined);
    return row.id;
  });
}

/**
 * Replaces the fields of one of the customer's addresses; marking it default makes it the
 * only default (unticking the default box never leaves the book without one). Returns false
 * when the address is not this customer's in this store.
 */
export async function updateCustomerAddress(storeId: string, customerId: string, addressId: string, input: unknown): Promise<boolean> {
  const { isDefault, ...fields } = ZCustomerAddressInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCustomer(tx, storeId, customerId))) return false;
    const { count } = await tx.customerAddress.updateMany({ where: { storeId, customerId, id: addressId }, data: { data: sealAddress(fields) } });
    if (!count) return false;
    await settleDefault(tx, storeId, customerId, isDefault ? addressId : undefined);
    return true;
  });
}
