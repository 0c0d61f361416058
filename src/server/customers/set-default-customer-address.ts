import { storeDb } from "@/server/db";
import { settleDefault } from "./address-data";
import { lockCustomer } from "./lock-customer";

/** Makes one of the customer's addresses the only default. False when it is not theirs. */
export async function setDefaultCustomerAddress(storeId: string, customerId: string, addressId: string): Promise<boolean> {
  return storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCustomer(tx, storeId, customerId))) return false;
    const exists = await tx.customerAddress.count({ where: { storeId, customerId, id: addressId } });
    if (!exists) return false;
    await settleDefault(tx, storeId, customerId, addressId);
    return true;
  });
}
