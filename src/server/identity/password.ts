import { hash, verify } from "@node-rs/argon2";

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 iterations). */
// algorithm 2 = Argon2id (the package exports it as a const enum, unusable with isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password or an unparsable hash; never throws for a user's input. */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the account does not exist, so that the response time does
 * not reveal whether an email is registered.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("dummy-password-for-timing");
  return dummy;
}
