import { describe, expect, it } from "vitest";
import { diffDatabases, type TDatabaseDescription, type TTableDescription } from "./database-description";

const column = { type: "varchar(191)", nullable: false, default: null, extra: "", jsonValid: false };

function table(overrides: Partial<TTableDescription> = {}): TTableDescription {
  return {
    columns: { id: column, lastError: { ...column, type: "text", nullable: true } },
    primaryKey: ["id"],
    indexes: { T_lastError_idx: { unique: false, type: "BTREE", columns: ["lastError(10)"] } },
    foreignKeys: {
      T_id_fkey: { columns: ["id"], referencedTable: "U", referencedColumns: ["id"], onDelete: "CASCADE", onUpdate: "CASCADE" },
    },
    ...overrides,
  };
}

const db = (tables: Record<string, TTableDescription>): TDatabaseDescription => ({ tables });

describe("diffDatabases", () => {
  it("finds nothing when the descriptions agree", () => {
    expect(diffDatabases(db({ T: table() }), db({ T: table() }))).toEqual([]);
  });

  it("names missing and extra tables", () => {
    expect(diffDatabases(db({ T: table() }), db({ X: table() }))).toEqual([
      "table T: missing in database",
      "table X: in database but not in schema.prisma",
    ]);
  });

  it("names a missing column, an extra column and a changed property", () => {
    const actual = table({ columns: { id: { ...column, nullable: true }, extra: column } });
    expect(diffDatabases(db({ T: table() }), db({ T: actual }))).toEqual([
      "column T.id: nullable is true in database, schema.prisma expects false",
      "column T.lastError: missing in database",
      "column T.extra: in database but not in schema.prisma",
    ]);
  });

  it("names primary key, index and foreign key differences", () => {
    const actual = table({
      primaryKey: ["id", "lastError"],
      indexes: { T_lastError_key: { unique: true, type: "BTREE", columns: ["lastError(10)"] } },
      foreignKeys: {
        T_id_fkey: { columns: ["id"], referencedTable: "U", referencedColumns: ["id"], onDelete: "RESTRICT", onUpdate: "CASCADE" },
      },
    });
    expect(diffDatabases(db({ T: table() }), db({ T: actual }))).toEqual([
      "primary key T: (id, lastError) in database, schema.prisma expects (id)",
      "index T.T_lastError_idx: missing in database",
      "unique index T.T_lastError_key: in database but not in schema.prisma",
      'foreign key T.T_id_fkey: onDelete is "RESTRICT" in database, schema.prisma expects "CASCADE"',
    ]);
  });
});
