import { randomBytes } from "node:crypto";

/**
 * A new primary key shaped like Prisma's cuid() (25 characters, "c" + base 36) but random, for
 * rows whose id is needed before they are written (referenced by other rows of the same
 * transaction) or written with createMany (one INSERT, no read-back).
 */
export function newRowId(): string {
  const n = BigInt(`0x${randomBytes(16).toString("hex")}`);
  return `c${n.toString(36).padStart(25, "0").slice(-24)}`;
}
