import { storeDb } from "@/server/db";
import { verifyPassword } from "@/server/identity";
import { ZDeleteOwnAccountInput } from "./customers.schemas";
import { eraseCustomer } from "./erase-customer";
import type { TRequestContext } from "./types";

export type TDeleteOwnAccountResult = { ok: true } | { ok: false; reason: "not_confirmed" };

/**
 * "Delete my account": the signed-in customer confirms by typing DELETE or their password,
 * then their personal data is erased (eraseCustomer). Anything else is `not_confirmed` and
 * nothing changes.
 */
export async function deleteOwnAccount(storeId: string, customerId: string, input: unknown, context: TRequestContext = {}): Promise<TDeleteOwnAccountResult> {
  const { confirmation } = ZDeleteOwnAccountInput.parse(input);
  if (confirmation !== "DELETE") {
    const row = await storeDb(storeId).customer.findFirst({ where: { storeId, id: customerId, erasedAt: null }, select: { passwordHash: true } });
    if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, confirmation))) return { ok: false, reason: "not_confirmed" };
  }
  await eraseCustomer(storeId, customerId, { actorType: "customer", actorId: customerId, ...context });
  return { ok: true };
}
