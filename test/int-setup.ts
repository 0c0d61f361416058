import { inject } from "vitest";

// Before any module reads configuration: point the app at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_SERVER_URL = inject("databaseServerUrl");
process.env.LOG_LEVEL ??= "silent";

// Media written by integration tests goes to a throwaway folder, never the project's .data/.
if (!process.env.STORAGE_DIR?.includes("ecom-int-storage")) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), "ecom-int-storage-"));
}
