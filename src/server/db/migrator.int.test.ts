/**
 * The migrator must behave like Prisma Migrate (same bookkeeping, same refusals), because a
 * deployer may run either against the same database. Each case gets its own empty database.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mariadb from "mariadb";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, testDatabaseName } from "../../../scripts/lib/database-server";
import { poolConfigFromUrl } from "./connection";
import type { TTableDescription } from "./database-description";
import { MIGRATIONS_TABLE, readDatabaseModel } from "./database-model";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "./migrator";

const serverUrl = inject("databaseServerUrl");
const created: string[] = [];
const tempDirs: string[] = [];
const FOUNDATION = readMigrations().map((m) => m.name);

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = testDatabaseName("migrator");
  created.push(name);
  return createDatabase(serverUrl, name);
}

/** A private copy of prisma/migrations that a test may edit. */
function migrationsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ecom-migrations-"));
  tempDirs.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const conn = await mariadb.createConnection(poolConfigFromUrl(url));
  try {
    return await conn.query<T[]>(sql);
  } finally {
    await conn.end();
  }
}

type TRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};
const rows = (url: string) => query<TRow>(url, `SELECT * FROM ${MIGRATIONS_TABLE} ORDER BY migration_name`);
const tableExists = async (url: string, table: string) =>
  (await query(url, `SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '${table}'`))
    .length === 1;

async function rejection(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => new Error("expected migrate() to reject"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

const column = (type: string, nullable: boolean, def: string | null = null) => ({
  type,
  nullable,
  default: def,
  extra: "",
  jsonValid: false,
});

/** Prisma Migrate's own MySQL `_prisma_migrations`, as MariaDB reports it. */
const PRISMA_MIGRATIONS_TABLE: TTableDescription = {
  columns: {
    id: column("varchar(36)", false),
    checksum: column("varchar(64)", false),
    finished_at: column("datetime(3)", true),
    migration_name: column("varchar(255)", false),
    logs: column("text", true),
    rolled_back_at: column("datetime(3)", true),
    started_at: column("datetime(3)", false, "current_timestamp(3)"),
    applied_steps_count: column("int(10) unsigned", false, "0"),
  },
  primaryKey: ["id"],
  indexes: {},
  foreignKeys: {},
};

describe("migrate", () => {
  it("applies each migration once and records it exactly as Prisma does", async () => {
    const url = await freshDatabase();
    expect((await migrate(url)).applied).toEqual(FOUNDATION);
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: FOUNDATION, unknownInDatabase: [] });

    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(FOUNDATION);
    for (const row of recorded) {
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }

    const model = await readDatabaseModel(url, { skip: (t) => t !== MIGRATIONS_TABLE });
    expect(model.tables[MIGRATIONS_TABLE]).toEqual(PRISMA_MIGRATIONS_TABLE);
    const [table] = await query<{ TABLE_COLLATION: string }>(
      url,
      `SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '${MIGRATIONS_TABLE}'`,
    );
    expect(table?.TABLE_COLLATION).toBe("utf8mb4_unicode_ci");
  });

  it("refuses an applied migration whose file changed, and applies nothing further; CRLF alone is accepted", async () => {
    const url = await freshDatabase();
    const dir = migrationsCopy();
    await migrate(url, { dir });
    const first = FOUNDATION[0] ?? "";
    const file = path.join(dir, first, "migration.sql");
    const original = readFileSync(file, "utf8");
    addMigration(dir, "20991231000000_later", "CREATE TABLE `Later` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));\n");

    writeFileSync(file, `${original}\n-- edited after it was applied\n`);
    const error = await rejection(migrate(url, { dir }));
    expect(error.code).toBe("MIGRATION_MODIFIED");
    expect(error.message).toContain(first);
    expect(await tableExists(url, "Later")).toBe(false);
    expect((await rows(url)).map((r) => r.migration_name)).toEqual(FOUNDATION);

    expect(original).not.toContain("\r\n");
    writeFileSync(file, original.replace(/\n/g, "\r\n"));
    expect((await migrate(url, { dir })).applied).toEqual(["20991231000000_later"]);
  });

  it("applies each migration exactly once when two runs start together in one process", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrate(url), migrate(url)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(FOUNDATION);
    expect((await rows(url)).map((r) => r.migration_name)).toEqual(FOUNDATION);
  });

  it("waits for Prisma's advisory lock (GET_LOCK('prisma_migrate')) before touching the database", async () => {
    const url = await freshDatabase();
    const holder = await mariadb.createConnection(poolConfigFromUrl(url));
    try {
      const [got] = await holder.query<{ got: number }[]>("SELECT GET_LOCK('prisma_migrate', 10) AS got");
      expect(Number(got?.got)).toBe(1);
      const run = migrate(url);
      await new Promise((r) => setTimeout(r, 500));
      expect(await tableExists(url, MIGRATIONS_TABLE)).toBe(false);
      await holder.query("SELECT RELEASE_LOCK('prisma_migrate')");
      expect((await run).applied).toEqual(FOUNDATION);
    } finally {
      await holder.end();
    }
  });

  it("applies each migration exactly once when two db:migrate processes start together", async () => {
    const url = await freshDatabase();
    const run = () =>
      new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/db-migrate.ts"], {
          cwd: process.cwd(),
          env: { ...process.env, DATABASE_URL: url },
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, output }));
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) expect(r.code, r.output).toBe(0);
    const appliedCounts = results.map((r) => Number(/db:migrate (\d+) applied/.exec(r.output)?.[1]));
    expect(appliedCounts.sort()).toEqual([0, FOUNDATION.length]);
    expect((await rows(url)).map((r) => r.migration_name)).toEqual(FOUNDATION);
  }, 120_000);

  it("records a failed migration and refuses to run again until it is resolved", async () => {
    const url = await freshDatabase();
    const dir = migrationsCopy();
    addMigration(dir, "20991231000000_broken", "CREATE TABLE `Half` (`id` INTEGER NOT NULL);\nTHIS IS NOT SQL;\n");
    addMigration(dir, "20991231000001_after", "CREATE TABLE `After` (`id` INTEGER NOT NULL);\n");

    expect((await rejection(migrate(url, { dir }))).code).toBe("APPLY_FAILED");
    const broken = (await rows(url)).find((r) => r.migration_name === "20991231000000_broken");
    expect(broken?.finished_at).toBeNull();
    expect(broken?.logs).toMatch(/SQL syntax/);
    expect(await tableExists(url, "After")).toBe(false);

    expect((await rejection(migrate(url, { dir }))).code).toBe("MIGRATION_FAILED");
    expect((await rows(url)).map((r) => r.migration_name)).not.toContain("20991231000001_after");
  });

  it("applies a migration added after the first run on the next run", async () => {
    const url = await freshDatabase();
    const dir = migrationsCopy();
    await migrate(url, { dir });
    addMigration(dir, "20991231000000_later", "CREATE TABLE `Later` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));\n");

    expect(await migrate(url, { dir })).toEqual({
      applied: ["20991231000000_later"],
      alreadyApplied: FOUNDATION,
      unknownInDatabase: [],
    });
    expect(await tableExists(url, "Later")).toBe(true);
    expect((await rows(url)).map((r) => r.migration_name)).toEqual([...FOUNDATION, "20991231000000_later"]);
  });
});
