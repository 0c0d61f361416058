/**
 * What a live database actually looks like, read from information_schema into the same
 * shape schema-model.ts derives from schema.prisma, so the schema-drift test can compare
 * the two with plain equality. Written for MariaDB 10.11 (how it reports types, defaults,
 * JSON columns); MySQL 8 reports some of these differently.
 */
import "server-only";
import mariadb from "mariadb";
import { poolConfigFromUrl } from "./connection";
import type { TDatabaseDescription, TTableDescription } from "./database-description";

/** Migrator bookkeeping, not part of the data model. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

type TColumnRow = {
  TABLE_NAME: string;
  COLUMN_NAME: string;
  COLUMN_TYPE: string;
  IS_NULLABLE: "YES" | "NO";
  COLUMN_DEFAULT: string | null;
  EXTRA: string;
};
type TIndexRow = {
  TABLE_NAME: string;
  INDEX_NAME: string;
  NON_UNIQUE: number | bigint | string;
  COLUMN_NAME: string;
  COLLATION: "A" | "D" | null;
  SUB_PART: number | bigint | null;
  INDEX_TYPE: string;
};
type TForeignKeyRow = {
  TABLE_NAME: string;
  CONSTRAINT_NAME: string;
  COLUMN_NAME: string;
  REFERENCED_TABLE_NAME: string;
  REFERENCED_COLUMN_NAME: string;
  DELETE_RULE: string;
  UPDATE_RULE: string;
};
type TCheckRow = { TABLE_NAME: string; CONSTRAINT_NAME: string; CHECK_CLAUSE: string };

const FLOATING = /^(double|float)\b/;

/**
 * COLUMN_DEFAULT with MariaDB's quirks removed: a nullable column without a default reports
 * the string NULL, and float defaults keep the spelling they were written with (1e20).
 */
function normalizeDefault(row: TColumnRow): string | null {
  const value = row.COLUMN_DEFAULT;
  if (value === null || (row.IS_NULLABLE === "YES" && value === "NULL")) return null;
  if (FLOATING.test(row.COLUMN_TYPE) && value.trim() !== "" && Number.isFinite(Number(value))) {
    return String(Number(value));
  }
  return value;
}

/** Reads every base table of the URL's database (except `skip`) from information_schema. */
export async function readDatabaseModel(
  url: string,
  options: { skip?: (table: string) => boolean } = {},
): Promise<TDatabaseDescription> {
  const skip = options.skip ?? ((table: string) => table === MIGRATIONS_TABLE);
  const conn = await mariadb.createConnection({ ...poolConfigFromUrl(url), bigIntAsNumber: true });
  try {
    const tableRows = await conn.query<{ TABLE_NAME: string }[]>(
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
    );
    const columns = await conn.query<TColumnRow[]>(
      `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    );
    const indexRows = await conn.query<TIndexRow[]>(
      `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    );
    const fkRows = await conn.query<TForeignKeyRow[]>(
      `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
              r.DELETE_RULE, r.UPDATE_RULE
         FROM information_schema.KEY_COLUMN_USAGE k
         JOIN information_schema.REFERENTIAL_CONSTRAINTS r
           ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
        WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
        ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    );
    const checkRows = await conn.query<TCheckRow[]>(
      `SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
         FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND LEVEL = 'Column'`,
    );

    const tables: Record<string, TTableDescription> = {};
    for (const { TABLE_NAME } of tableRows) {
      if (!skip(TABLE_NAME)) tables[TABLE_NAME] = { columns: {}, primaryKey: [], indexes: {}, foreignKeys: {} };
    }
    const jsonChecked = new Set(
      checkRows
        .filter((c) => c.CHECK_CLAUSE === `json_valid(\`${c.CONSTRAINT_NAME}\`)`)
        .map((c) => `${c.TABLE_NAME}.${c.CONSTRAINT_NAME}`),
    );
    for (const row of columns) {
      const table = tables[row.TABLE_NAME];
      if (!table) continue;
      table.columns[row.COLUMN_NAME] = {
        type: row.COLUMN_TYPE,
        nullable: row.IS_NULLABLE === "YES",
        default: normalizeDefault(row),
        extra: row.EXTRA,
        jsonValid: jsonChecked.has(`${row.TABLE_NAME}.${row.COLUMN_NAME}`),
      };
    }
    for (const row of fkRows) {
      const table = tables[row.TABLE_NAME];
      if (!table) continue;
      const fk = (table.foreignKeys[row.CONSTRAINT_NAME] ??= {
        columns: [],
        referencedTable: row.REFERENCED_TABLE_NAME,
        referencedColumns: [],
        onDelete: row.DELETE_RULE,
        onUpdate: row.UPDATE_RULE,
      });
      fk.columns.push(row.COLUMN_NAME);
      fk.referencedColumns.push(row.REFERENCED_COLUMN_NAME);
    }
    for (const row of indexRows) {
      const table = tables[row.TABLE_NAME];
      if (!table) continue;
      if (row.INDEX_NAME === "PRIMARY") {
        table.primaryKey.push(row.COLUMN_NAME);
        continue;
      }
      const index = (table.indexes[row.INDEX_NAME] ??= {
        unique: Number(row.NON_UNIQUE) === 0,
        type: row.INDEX_TYPE,
        columns: [],
      });
      const length = row.SUB_PART === null ? "" : `(${Number(row.SUB_PART)})`;
      index.columns.push(`${row.COLUMN_NAME}${length}${row.COLLATION === "D" ? " DESC" : ""}`);
    }
    for (const table of Object.values(tables)) dropImplicitForeignKeyIndexes(table);
    return { tables };
  } finally {
    await conn.end();
  }
}

/**
 * InnoDB creates an index named after a foreign key when no index starts with its columns.
 * Prisma never asks for it and its own drift check ignores it, so it is not reported here.
 */
function dropImplicitForeignKeyIndexes(table: TTableDescription): void {
  for (const [name, fk] of Object.entries(table.foreignKeys)) {
    const index = table.indexes[name];
    if (index && !index.unique && index.columns.join(",") === fk.columns.join(",")) delete table.indexes[name];
  }
}
