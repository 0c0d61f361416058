// Runs `prisma generate` offline. Prisma's CLI looks for a native schema engine before any
// command and tries to download one when it is missing; `generate` never runs it, so any
// existing executable satisfies the check (see STACK-NOTES). migrate/db push are NOT run this
// way: the project's own migrator (npm run db:migrate) applies migrations.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync("/bin/true") ? "/bin/true" : process.execPath;
}
const bin = process.platform === "win32" ? "prisma.cmd" : "prisma";
const result = spawnSync(bin, ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
