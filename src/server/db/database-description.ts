/**
 * One shape for "what the database looks like", produced both from schema.prisma
 * (schema-model.ts: what Prisma expects) and from information_schema (database-model.ts:
 * what the migrations built). Comparing the two is the schema-drift check: Prisma Migrate
 * cannot run on these machines, so nothing else would notice a migration.sql that lost a
 * column or an index that schema.prisma still promises.
 *
 * Values are written the way MariaDB 10.11 reports them in information_schema, so the two
 * sides compare with plain equality.
 */

export type TColumnDescription = {
  /** information_schema.COLUMNS.COLUMN_TYPE, e.g. varchar(191), int(11), enum('A','B'). */
  type: string;
  nullable: boolean;
  /** COLUMN_DEFAULT as MariaDB reports it ('text', 0, current_timestamp(3)); null: no default. */
  default: string | null;
  /** COLUMN.EXTRA: "auto_increment" or "". */
  extra: string;
  /** A column-level CHECK (json_valid(`col`)): how MariaDB stores Prisma's Json (longtext). */
  jsonValid: boolean;
};

export type TIndexDescription = {
  unique: boolean;
  /** BTREE or FULLTEXT (HASH would mean MariaDB silently built a "long unique"). */
  type: string;
  /** Column names in order, with " DESC" or "(length)" when the index says so. */
  columns: string[];
};

export type TForeignKeyDescription = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** REFERENTIAL_CONSTRAINTS.DELETE_RULE / UPDATE_RULE: CASCADE, RESTRICT, SET NULL, ... */
  onDelete: string;
  onUpdate: string;
};

export type TTableDescription = {
  columns: Record<string, TColumnDescription>;
  primaryKey: string[];
  /** Unique constraints and plain indexes by name (MySQL makes a unique constraint an index). */
  indexes: Record<string, TIndexDescription>;
  foreignKeys: Record<string, TForeignKeyDescription>;
};

export type TDatabaseDescription = { tables: Record<string, TTableDescription> };

const show = (value: unknown) => JSON.stringify(value);

function diffKeyed<T extends object>(
  label: (name: string) => string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  diffItem: (label: string, e: T, a: T, name: string) => string[],
): string[] {
  const out: string[] = [];
  for (const name of Object.keys(expected).sort()) {
    const a = actual[name];
    if (a === undefined) out.push(`${label(name)}: missing in database`);
    else out.push(...diffItem(label(name), expected[name] as T, a, name));
  }
  for (const name of Object.keys(actual).sort()) {
    if (!(name in expected)) out.push(`${label(name)}: in database but not in schema.prisma`);
  }
  return out;
}

function diffProperties<T extends object>(prefix: string, expected: T, actual: T): string[] {
  const out: string[] = [];
  for (const key of Object.keys(expected) as (keyof T & string)[]) {
    if (show(expected[key]) !== show(actual[key])) {
      out.push(`${prefix}: ${key} is ${show(actual[key])} in database, schema.prisma expects ${show(expected[key])}`);
    }
  }
  return out;
}

function indexLabel(table: string, index: TIndexDescription | undefined, name: string) {
  return `${index?.unique ? "unique index" : "index"} ${table}.${name}`;
}

function diffTable(table: string, expected: TTableDescription, actual: TTableDescription): string[] {
  const out = diffKeyed((c) => `column ${table}.${c}`, expected.columns, actual.columns, diffProperties);
  if (show(expected.primaryKey) !== show(actual.primaryKey)) {
    out.push(
      `primary key ${table}: (${actual.primaryKey.join(", ")}) in database, schema.prisma expects (${expected.primaryKey.join(", ")})`,
    );
  }
  out.push(
    ...diffKeyed(
      (i) => indexLabel(table, expected.indexes[i] ?? actual.indexes[i], i),
      expected.indexes,
      actual.indexes,
      diffProperties,
    ),
  );
  out.push(...diffKeyed((f) => `foreign key ${table}.${f}`, expected.foreignKeys, actual.foreignKeys, diffProperties));
  return out;
}

/**
 * Every difference between what schema.prisma expects and what the database has, one line
 * each, naming the table, column, index or foreign key. Empty when they agree.
 */
export function diffDatabases(expected: TDatabaseDescription, actual: TDatabaseDescription): string[] {
  return diffKeyed((t) => `table ${t}`, expected.tables, actual.tables, (_label, e, a, name) => diffTable(name, e, a));
}
