import { randomFillSync } from "node:crypto";

/**
 * A new primary key shaped like Prisma's cuid() (25 characters, "c" + base 36) but random (24
 * uniformly random base-36 characters, about 124 bits), for
 * rows whose id is needed before they are written (referenced by other rows of the same
 * transaction) or written with createMany (one INSERT, no read-back).
 */
export function newRowId(): string {
  let id = "c";
  while (id.length < 25) {
    if (offset >= pool.length) refill();
    const byte = pool[offset++]!;
    // 252 = 7 x 36: bytes above it are skipped, so every character is equally likely.
    if (byte < 252) id += ALPHABET[byte % 36];
  }
  return id;
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
// Random bytes are drawn 4 KiB at a time (one call instead of one per id).
const pool = Buffer.alloc(4096);
let offset = pool.length;
function refill() {
  randomFillSync(pool);
  offset = 0;
}
