import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The audit log is append-only: recordAudit() creates entries and nothing in the application
 * changes or removes one. This scans every source file under src/ (generated code aside) for
 * an update, delete or upsert of AuditLogEntry, through Prisma or raw SQL.
 */
const SRC = path.resolve(import.meta.dirname, "../..");
const SKIP_DIRS = new Set(["generated", "node_modules"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

// Built from parts so this file does not match its own patterns.
const model = ["audit", "LogEntry"].join("");
const PRISMA_WRITE = new RegExp(`${model}\\s*\\??\\.\\s*(update|updateMany|updateManyAndReturn|delete|deleteMany|upsert)\\b`, "i");
const SQL_WRITE = new RegExp(`\\b(update|delete\\s+from|truncate(\\s+table)?|replace\\s+into|drop\\s+table)\\s+\`?${model}\\b`, "i");

function findAuditWrites(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (PRISMA_WRITE.test(line) || SQL_WRITE.test(line) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("the audit log is append-only", () => {
  it("the patterns catch updates, deletes and upserts", () => {
    const samples = [
      `tx.${model}.update({})`,
      `db.${model}.deleteMany()`,
      `platformDb().${model}.upsert(x)`,
      `DELETE FROM ${model} WHERE id = 1`,
      `UPDATE \`${["Audit", "LogEntry"].join("")}\` SET action = 'x'`,
    ];
    for (const s of samples) expect(PRISMA_WRITE.test(s) || SQL_WRITE.test(s), s).toBe(true);
    expect(PRISMA_WRITE.test(`tx.${model}.create({})`)).toBe(false);
    expect(PRISMA_WRITE.test(`db.${model}.findMany({})`)).toBe(false);
  });

  it("no code under src/ updates, deletes or upserts an audit entry", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    expect(findAuditWrites(files)).toEqual([]);
  });
});
