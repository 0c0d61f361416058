/**
 * `npm run keys:rotate`: re-encrypts personal data still under an older PII key with the
 * active one (PII_ACTIVE_KEY_ID). Run it after adding a new key and making it active, and
 * before removing the old key from PII_ENCRYPTION_KEYS. Safe to repeat and to run while the
 * application serves traffic. Exits 1 if any value could not be decrypted.
 */
import { assertEnv } from "@/env";
import { disconnectDb } from "@/server/db";
import { rotatePii } from "@/server/privacy";

const config = assertEnv();
console.log(`keys:rotate active key "${config.piiKeys.activeKeyId}", known keys: ${[...config.piiKeys.keys.keys()].join(", ")}`);

try {
  const result = await rotatePii({ log: (m) => console.log(`keys:rotate ${m}`) });
  console.table(result);
  const failed = Object.values(result).reduce((n, c) => n + c.failed, 0);
  if (failed > 0) {
    console.error(`keys:rotate ${failed} value(s) could not be decrypted (see above); their key must stay configured`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`keys:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
