/**
 * `npm run admin:grant -- <email> [--revoke]`: grants (or revokes) platform admin rights of an
 * existing platform user. The only way to make a platform admin besides the seed; audited as
 * actorType "system". Prints the user id (not the email) and exits non-zero on any error.
 */
import { assertEnv } from "@/env";
import { disconnectDb } from "@/server/db";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";
import { setPlatformAdmin } from "@/server/platform-admin";

const USAGE = "usage: npm run admin:grant -- <email> [--revoke]";

function parseArgs(argv: string[]): { email: string; revoke: boolean } | null {
  const flags = argv.filter((a) => a.startsWith("--"));
  const rest = argv.filter((a) => !a.startsWith("--"));
  if (rest.length !== 1 || flags.some((f) => f !== "--revoke")) return null;
  return { email: rest[0]!, revoke: flags.includes("--revoke") };
}

function describe(result: { isPlatformAdmin: boolean; changed: boolean }): string {
  if (result.isPlatformAdmin) return result.changed ? "is now a platform admin." : "was already a platform admin; nothing changed.";
  return result.changed ? "is no longer a platform admin." : "was not a platform admin; nothing changed.";
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  assertEnv();
  try {
    const result = await setPlatformAdmin(args);
    console.log(`admin:grant: user ${result.userId} ${describe(result)}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`admin:grant failed: ${error.message}`);
    } else if (error instanceof ZodError) {
      console.error(`admin:grant failed: that is not a valid email address.\n${USAGE}`);
    } else {
      console.error(`admin:grant failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  } finally {
    await disconnectDb();
  }
}

process.exitCode = await main();
