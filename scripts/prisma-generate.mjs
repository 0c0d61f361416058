// Runs `prisma generate` offline. Prisma's CLI looks for a native schema engine before any
// command and tries to download one when it is missing; `generate` never runs it, so any
// existing executable satisfies the check (see STACK-NOTES). migrate/db push are NOT run this
// way: the project's own migrator (npm run db:migrate) applies migrations.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync("/bin/true") ? "/bin/true" : process.execPath;
}
// Run Prisma's CLI with this Node directly: works with or without node_modules/.bin on PATH.
const cli = fileURLToPath(import.meta.resolve("prisma/build/index.js"));
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
if (result.error) console.error(`prisma generate could not start: ${result.error.message}`);
process.exit(result.status ?? 1);
