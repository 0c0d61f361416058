import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import mariadb from "mariadb";
import { poolConfigFromUrl } from "./connection";

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in
 * `_prisma_migrations` exactly as Prisma Migrate does (same table, same SHA-256 checksum of
 * the file, same advisory lock name), so `prisma migrate deploy` elsewhere and this migrator
 * see each other's work as applied.
 *
 * Invariants: an applied migration whose file changed stops the run (MIGRATION_MODIFIED);
 * a migration that failed half-way stops the run until resolved (MIGRATION_FAILED);
 * concurrent runs serialize on GET_LOCK, so each migration is applied exactly once.
 */

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
const LOCK_NAME = "prisma_migrate";
const LOCK_TIMEOUT_SECONDS = 120;

export type TMigrationFile = { name: string; checksum: string; sql: string };

export class MigrationError extends Error {
  constructor(
    readonly code: "MIGRATION_MODIFIED" | "MIGRATION_FAILED" | "LOCK_TIMEOUT" | "APPLY_FAILED",
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Same check as Prisma: the exact bytes, or the file with CRLF line endings turned to LF. */
function matchesChecksum(sql: string, checksum: string): boolean {
  return checksumOf(sql) === checksum || checksumOf(sql.replace(/\r\n/g, "\n")) === checksum;
}

export function readMigrations(dir = MIGRATIONS_DIR): TMigrationFile[] {
  // turbopackIgnore: the folder is shipped explicitly (outputFileTracingIncludes in
  // next.config.mjs); without the hint the bundler would trace the whole project.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => existsSync(path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(/*turbopackIgnore: true*/ dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

type TAppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export type TMigrateResult = { applied: string[]; alreadyApplied: string[]; unknownInDatabase: string[] };

type TLogger = (message: string) => void;

/** Applies every pending migration. Safe to run from several processes at once. */
export async function migrate(
  url: string,
  options: { dir?: string; log?: TLogger } = {},
): Promise<TMigrateResult> {
  const log = options.log ?? (() => {});
  const files = readMigrations(options.dir);
  const conn = await mariadb.createConnection({
    ...poolConfigFromUrl(url),
    multipleStatements: true,
    dateStrings: false,
  });
  try {
    const [lock] = await conn.query<{ got: number | bigint | null }[]>("SELECT GET_LOCK(?, ?) AS got", [
      LOCK_NAME,
      LOCK_TIMEOUT_SECONDS,
    ]);
    if (Number(lock?.got) !== 1) {
      throw new MigrationError("LOCK_TIMEOUT", `Another migration run held the lock for ${LOCK_TIMEOUT_SECONDS}s`);
    }
    try {
      await conn.query(CREATE_TABLE);
      const rows = await conn.query<TAppliedRow[]>(
        "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
      );
      const live = rows.filter((r) => r.rolled_back_at === null);
      const failed = live.find((r) => r.finished_at === null);
      if (failed) {
        throw new MigrationError(
          "MIGRATION_FAILED",
          `Migration ${failed.migration_name} failed earlier and was not resolved. Fix the database by hand, then mark it rolled back (UPDATE _prisma_migrations SET rolled_back_at = NOW(3) WHERE migration_name = '${failed.migration_name}') or applied.`,
        );
      }
      const done = new Map(live.map((r) => [r.migration_name, r]));
      for (const file of files) {
        const row = done.get(file.name);
        if (row && !matchesChecksum(file.sql, row.checksum)) {
          throw new MigrationError(
            "MIGRATION_MODIFIED",
            `Migration ${file.name} was modified after it was applied (checksum ${file.checksum} != ${row.checksum}). Add a new migration instead of editing an applied one.`,
          );
        }
      }
      const names = new Set(files.map((f) => f.name));
      const result: TMigrateResult = {
        applied: [],
        alreadyApplied: files.filter((f) => done.has(f.name)).map((f) => f.name),
        unknownInDatabase: live.map((r) => r.migration_name).filter((n) => !names.has(n)),
      };
      for (const file of files.filter((f) => !done.has(f.name))) {
        const id = randomUUID();
        await conn.query(
          "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, NOW(3), 0)",
          [id, file.checksum, file.name],
        );
        try {
          if (file.sql.trim()) await conn.query(file.sql);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await conn.query("UPDATE _prisma_migrations SET logs = ? WHERE id = ?", [message, id]);
          throw new MigrationError("APPLY_FAILED", `Migration ${file.name} failed: ${message}`);
        }
        await conn.query(
          "UPDATE _prisma_migrations SET finished_at = NOW(3), applied_steps_count = applied_steps_count + 1 WHERE id = ?",
          [id],
        );
        log(`applied ${file.name}`);
        result.applied.push(file.name);
      }
      return result;
    } finally {
      await conn.query("SELECT RELEASE_LOCK(?)", [LOCK_NAME]).catch(() => {});
    }
  } finally {
    await conn.end().catch(() => {});
  }
}

/** Names of migrations present on disk but not (successfully) applied. Used by /api/ready. */
export async function pendingMigrations(
  query: (sql: string) => Promise<{ migration_name: string }[]>,
  dir?: string,
): Promise<string[]> {
  const applied = new Set(
    (
      await query(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
    ).map((r) => r.migration_name),
  );
  return readMigrations(dir)
    .map((f) => f.name)
    .filter((n) => !applied.has(n));
}
