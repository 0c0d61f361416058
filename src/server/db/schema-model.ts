/**
 * What schema.prisma expects the database to look like, read through Prisma's own schema
 * parser (the DMMF from @prisma/prisma-schema-wasm, a devDependency: tests and tooling only).
 * Prisma Migrate cannot run offline here, so the migrations are hand-written SQL; comparing
 * this description with information_schema (database-model.ts) is what keeps the two in step.
 *
 * Types, defaults and names follow what Prisma Migrate would generate for MySQL and how
 * MariaDB 10.11 then reports it: String is varchar(191), Json is longtext with a json_valid
 * CHECK, index names are Model_a_b_key / _idx and foreign keys Model_a_fkey unless mapped.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type {
  TColumnDescription,
  TDatabaseDescription,
  TForeignKeyDescription,
  TIndexDescription,
  TTableDescription,
} from "./database-description";

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

type TFunctionDefault = { name: string; args: unknown[] };

export type TDmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: string | number | boolean | TFunctionDefault | unknown[];
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
export type TDmmfModel = { name: string; dbName: string | null; fields: TDmmfField[] };
export type TDmmfEnum = { name: string; values: { name: string; dbName: string | null }[] };
export type TDmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; length?: number }[];
};
export type TDatamodel = { models: TDmmfModel[]; enums: TDmmfEnum[]; indexes: TDmmfIndex[] };
export type TPrismaSchema = { source: string; datamodel: TDatamodel };

/** Parses schema text with Prisma's parser; throws its validation message when invalid. */
export function parseSchema(source: string): TPrismaSchema {
  let json: string;
  try {
    json = get_dmmf(JSON.stringify({ prismaSchema: source, noColor: true }));
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      message = (JSON.parse(raw) as { message?: string }).message ?? raw;
    } catch {}
    throw new Error(`schema.prisma is invalid: ${message}`);
  }
  return { source, datamodel: (JSON.parse(json) as { datamodel: TDatamodel }).datamodel };
}

export function readSchema(schemaPath = SCHEMA_PATH): TPrismaSchema {
  return parseSchema(readFileSync(schemaPath, "utf8"));
}

/** MySQL's identifier limit; Prisma truncates generated names to fit (constraint_names.rs). */
const MAX_IDENTIFIER_BYTES = 64;

function generatedName(table: string, columns: string[], suffix: string): string {
  let base = Buffer.from(`${table}_${columns.join("_")}`, "utf8");
  const room = MAX_IDENTIFIER_BYTES - suffix.length;
  if (base.length >= room) {
    let cut = room;
    while (cut > 0 && ((base[cut] ?? 0) & 0xc0) === 0x80) cut--;
    base = base.subarray(0, cut);
  }
  return `${base.toString("utf8")}${suffix}`;
}

/** A string literal as MariaDB writes it in COLUMN_DEFAULT. */
export function quoteLiteral(value: string): string {
  const escaped = value
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "''")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\0/g, "\\0")
    .replace(/\x1a/g, "\\Z");
  return `'${escaped}'`;
}

const sized = (name: string) => (args: string[]) => (args[0] ? `${name}(${args[0]})` : name);
const fixed = (type: string) => () => type;

/** Prisma's MySQL native types (@db.X) as COLUMN_TYPE reports them. */
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  VarChar: sized("varchar"),
  Char: sized("char"),
  TinyText: fixed("tinytext"),
  Text: fixed("text"),
  MediumText: fixed("mediumtext"),
  LongText: fixed("longtext"),
  TinyInt: fixed("tinyint(4)"),
  UnsignedTinyInt: fixed("tinyint(3) unsigned"),
  SmallInt: fixed("smallint(6)"),
  UnsignedSmallInt: fixed("smallint(5) unsigned"),
  MediumInt: fixed("mediumint(9)"),
  UnsignedMediumInt: fixed("mediumint(8) unsigned"),
  Int: fixed("int(11)"),
  UnsignedInt: fixed("int(10) unsigned"),
  BigInt: fixed("bigint(20)"),
  UnsignedBigInt: fixed("bigint(20) unsigned"),
  Year: fixed("year(4)"),
  Decimal: ([p = "65", s = "30"]) => `decimal(${p},${s})`,
  Float: fixed("float"),
  Double: fixed("double"),
  Bit: sized("bit"),
  Binary: sized("binary"),
  VarBinary: sized("varbinary"),
  TinyBlob: fixed("tinyblob"),
  Blob: fixed("blob"),
  MediumBlob: fixed("mediumblob"),
  LongBlob: fixed("longblob"),
  Date: fixed("date"),
  Time: sized("time"),
  DateTime: sized("datetime"),
  Timestamp: sized("timestamp"),
  Json: fixed("longtext"),
};

const SCALAR_TYPES: Record<string, string> = {
  String: "varchar(191)",
  Int: "int(11)",
  BigInt: "bigint(20)",
  Boolean: "tinyint(1)",
  DateTime: "datetime(3)",
  Float: "double",
  Decimal: "decimal(65,30)",
  Json: "longtext",
  Bytes: "longblob",
};

function columnType(model: string, field: TDmmfField, enums: Map<string, TDmmfEnum>): string {
  const where = `${model}.${field.name}`;
  if (field.kind === "enum") {
    const values = enums.get(field.type)?.values ?? [];
    return `enum(${values.map((v) => `'${(v.dbName ?? v.name).replace(/'/g, "''")}'`).join(",")})`;
  }
  if (field.isList) throw new Error(`${where}: scalar lists do not exist on MySQL`);
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const render = NATIVE_TYPES[name];
    if (!render) throw new Error(`${where}: no MariaDB column type known for @db.${name}; add it to schema-model.ts`);
    return render(args);
  }
  const type = SCALAR_TYPES[field.type];
  if (!type) throw new Error(`${where}: no MariaDB column type known for ${field.type}; add it to schema-model.ts`);
  return type;
}

/** Fractional-second digits of a datetime(n)/timestamp(n)/time(n) column type. */
const precisionOf = (type: string) => Number(/\((\d+)\)/.exec(type)?.[1] ?? "0");

function dateTimeLiteral(value: string, type: string): string {
  const iso = new Date(value).toISOString();
  const digits = precisionOf(type);
  const fraction = digits ? `.${iso.slice(20, 23).padEnd(digits, "0").slice(0, digits)}` : "";
  if (type === "date") return iso.slice(0, 10);
  if (type.startsWith("time") && !type.startsWith("timestamp")) return `${iso.slice(11, 19)}${fraction}`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}`;
}

function decimalLiteral(value: string, type: string): string {
  if (/e/i.test(value)) throw new Error(`decimal default ${value}: write it without an exponent`);
  const scale = Number(/,\s*(\d+)\)/.exec(type)?.[1] ?? "0");
  const [whole, fraction = ""] = value.split(".");
  return scale ? `${whole}.${fraction.padEnd(scale, "0")}` : `${whole}`;
}

const NO_DATABASE_DEFAULT = new Set(["autoincrement", "cuid", "uuid", "nanoid", "ulid"]);

function columnDefault(model: string, field: TDmmfField, type: string, enums: Map<string, TDmmfEnum>) {
  const value = field.default;
  const where = `${model}.${field.name}`;
  if (value === undefined) return null;
  if (Array.isArray(value)) throw new Error(`${where}: list defaults do not exist on MySQL`);
  if (typeof value === "object") {
    if (value.name === "now") return `current_timestamp(${precisionOf(type) || ""})`;
    if (NO_DATABASE_DEFAULT.has(value.name)) return null;
    if (value.name === "dbgenerated") return String(value.args[0] ?? "");
    throw new Error(`${where}: default ${value.name}() is not handled by schema-model.ts`);
  }
  if (field.kind === "enum") {
    const member = enums.get(field.type)?.values.find((v) => v.name === value);
    return quoteLiteral(member?.dbName ?? String(value));
  }
  switch (field.type) {
    case "Boolean":
      return value === true || value === "true" ? "1" : "0";
    case "Int":
    case "BigInt":
      return String(value);
    case "Float":
      return String(Number(value));
    case "Decimal":
      return decimalLiteral(String(value), type);
    case "DateTime":
      return quoteLiteral(dateTimeLiteral(String(value), type));
    case "String":
    case "Json":
      return quoteLiteral(String(value));
    default:
      throw new Error(`${where}: a literal default for ${field.type} is not handled by schema-model.ts`);
  }
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

/**
 * `@relation(..., map: "name")` of each relation field ("Model.field" -> name). The DMMF does
 * not carry foreign key names, so they are read from the schema text (formatted by prisma
 * format: one field per line, closing brace of a block at the start of a line).
 */
export function relationConstraintNames(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const block of source.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of (block[2] ?? "").split("\n")) {
      const field = /^\s*(\w+)\s.*@relation\(([^)]*)\)/.exec(line.replace(/\/\/.*$/, ""));
      const map = field && /\bmap\s*:\s*"([^"]+)"/.exec(field[2] ?? "");
      if (field && map) names.set(`${block[1]}.${field[1]}`, map[1] ?? "");
    }
  }
  return names;
}

const usesPrismaRelationMode = (source: string) =>
  /datasource\s+\w+\s*\{[^}]*relationMode\s*=\s*"prisma"/.test(source);

/** The database schema.prisma describes, in the shape information_schema is read into. */
export function expectedDatabase(schema: TPrismaSchema): TDatabaseDescription {
  const { datamodel, source } = schema;
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (m: TDmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: TDmmfModel, fieldName: string) => {
    const field = m.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`${m.name}.${fieldName}: no such field`);
    return field.dbName ?? field.name;
  };
  const fkNames = relationConstraintNames(source);
  const withForeignKeys = !usesPrismaRelationMode(source);
  const tables: Record<string, TTableDescription> = {};

  for (const model of datamodel.models) {
    const table = tableOf(model);
    const columns: Record<string, TColumnDescription> = {};
    const foreignKeys: Record<string, TForeignKeyDescription> = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) {
          const other = models.get(field.type)?.fields.find((f) => f.relationName === field.relationName && f !== field);
          if (field.isList && other?.isList) {
            throw new Error(
              `${model.name}.${field.name}: implicit many-to-many relations are not supported; use an explicit join model (with storeId when store-owned)`,
            );
          }
          continue;
        }
        if (!withForeignKeys) continue;
        const target = models.get(field.type);
        if (!target) throw new Error(`${model.name}.${field.name}: unknown model ${field.type}`);
        const cols = field.relationFromFields.map((f) => columnOf(model, f));
        const name = fkNames.get(`${model.name}.${field.name}`) ?? generatedName(table, cols, "_fkey");
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        foreignKeys[name] = {
          columns: cols,
          referencedTable: tableOf(target),
          referencedColumns: (field.relationToFields ?? []).map((f) => columnOf(target, f)),
          onDelete: REFERENTIAL_ACTIONS[onDelete] ?? onDelete,
          onUpdate: REFERENTIAL_ACTIONS[field.relationOnUpdate ?? "Cascade"] ?? String(field.relationOnUpdate),
        };
        continue;
      }
      const type = columnType(model.name, field, enums);
      const isAutoincrement = typeof field.default === "object" && !Array.isArray(field.default) && field.default.name === "autoincrement";
      columns[field.dbName ?? field.name] = {
        type,
        nullable: !field.isRequired,
        default: columnDefault(model.name, field, type, enums),
        extra: isAutoincrement ? "auto_increment" : "",
        jsonValid: field.type === "Json",
      };
    }

    let primaryKey: string[] = [];
    const indexes: Record<string, TIndexDescription> = {};
    for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
      const cols = index.fields.map((f) => columnOf(model, f.name));
      if (index.type === "id") {
        primaryKey = cols;
        continue;
      }
      const suffix = index.type === "unique" ? "_key" : "_idx";
      indexes[index.dbName ?? generatedName(table, cols, suffix)] = {
        unique: index.type === "unique",
        type: index.type === "fulltext" ? "FULLTEXT" : "BTREE",
        columns: index.fields.map((f, i) => {
          const col = cols[i] ?? f.name;
          if (index.type === "fulltext") return col;
          return `${col}${f.length ? `(${f.length})` : ""}${f.sortOrder === "desc" ? " DESC" : ""}`;
        }),
      };
    }
    tables[table] = { columns, primaryKey, indexes, foreignKeys };
  }
  return { tables };
}

/** Reads prisma/schema.prisma and describes the database it expects. */
export function loadExpectedDatabase(schemaPath = SCHEMA_PATH): TDatabaseDescription {
  return expectedDatabase(readSchema(schemaPath));
}
