import { knownDbErrorCode } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TStoreTx } from "./settings-tx";

/**
 * What the tax-rate writes share. (storeId, country, region) is unique, but MariaDB lets a
 * unique key hold several NULL regions, so the country-wide rate is checked here as well.
 */

const TAKEN = { path: "region", message: "This country and region already have a tax rate" };

/** Refuses a second rate for the same country and region (409 on "region"). */
export async function assertTaxPlaceFree(tx: TStoreTx, storeId: string, country: string, region: string | null, exceptId?: string): Promise<void> {
  const clash = await tx.taxRate.findFirst({ where: { storeId, country, region, ...(exceptId && { id: { not: exceptId } }) }, select: { id: true } });
  if (clash) throw new AppError("CONFLICT", TAKEN.message, { fields: [TAKEN] });
}

/** Turns the unique violation of two concurrent writes into the same 409. */
export async function withTaxPlaceUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") throw new AppError("CONFLICT", TAKEN.message, { fields: [TAKEN] });
    throw error;
  }
}
