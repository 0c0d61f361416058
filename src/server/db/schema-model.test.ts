import { describe, expect, it } from "vitest";
import { expectedDatabase, parseSchema, quoteLiteral, readSchema, relationConstraintNames } from "./schema-model";

const DATASOURCE = `datasource db {\n  provider = "mysql"\n}\n`;

const FIXTURE = String.raw`${DATASOURCE}
enum Color {
  RED   @map("red")
  GREEN

  @@map("colour")
}

model Account {
  id        Int      @id @default(autoincrement()) @map("account_id")
  name      String   @default("it's \"q\"") @map("display_name")
  price     Decimal  @default(1.5) @db.Decimal(10, 2)
  ratio     Decimal  @default(0.25)
  active    Boolean  @default(true)
  counter   BigInt   @default(5)
  since     DateTime @default("2020-01-02T03:04:05.678Z")
  color     Color    @default(RED)
  uuid      String   @default(uuid()) @db.Char(36)
  meta      Json?
  note      String?  @db.TinyText
  stamp     DateTime @default(now()) @db.Timestamp(6)
  updatedAt DateTime @updatedAt
  members   Member[]

  @@unique([name, ratio], map: "custom_uq")
  @@index([counter(sort: Desc), name(length: 10)])
  @@fulltext([note])
  @@map("accounts")
}

model Member {
  x         Int
  y         Int
  accountId Int?
  ownerId   Int
  account   Account? @relation(fields: [accountId], references: [id], onUpdate: Restrict, map: "member_account_fk")
  owner     Owner    @relation(fields: [ownerId], references: [id], onDelete: Cascade)

  @@id([x, y])
  @@unique([accountId], name: "byAccount")
}

model Owner {
  id      Int      @id
  members Member[]
  aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver Int

  @@index([aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver, id])
}
`;

describe("expectedDatabase", () => {
  const db = expectedDatabase(parseSchema(FIXTURE));

  it("uses @@map and @map names for tables and columns", () => {
    expect(Object.keys(db.tables).sort()).toEqual(["Member", "Owner", "accounts"]);
    expect(db.tables.accounts?.primaryKey).toEqual(["account_id"]);
    expect(Object.keys(db.tables.accounts?.columns ?? {})).toContain("display_name");
  });

  it("maps scalar and native types, nullability and defaults as MariaDB reports them", () => {
    const c = db.tables.accounts?.columns ?? {};
    const col = (type: string, nullable: boolean, def: string | null, extra = "", jsonValid = false) => ({
      type,
      nullable,
      default: def,
      extra,
      jsonValid,
    });
    expect(c).toEqual({
      account_id: col("int(11)", false, null, "auto_increment"),
      display_name: col("varchar(191)", false, `'it''s "q"'`),
      price: col("decimal(10,2)", false, "1.50"),
      ratio: col("decimal(65,30)", false, "0.250000000000000000000000000000"),
      active: col("tinyint(1)", false, "1"),
      counter: col("bigint(20)", false, "5"),
      since: col("datetime(3)", false, "'2020-01-02 03:04:05.678'"),
      color: col("enum('red','GREEN')", false, "'red'"),
      uuid: col("char(36)", false, null),
      meta: col("longtext", true, null, "", true),
      note: col("tinytext", true, null),
      stamp: col("timestamp(6)", false, "current_timestamp(6)"),
      updatedAt: col("datetime(3)", false, null),
    });
  });

  it("names indexes like Prisma, honouring map: and truncating to 64 bytes", () => {
    expect(db.tables.accounts?.indexes).toEqual({
      accounts_counter_display_name_idx: { unique: false, type: "BTREE", columns: ["counter DESC", "display_name(10)"] },
      custom_uq: { unique: true, type: "BTREE", columns: ["display_name", "ratio"] },
      accounts_note_idx: { unique: false, type: "FULLTEXT", columns: ["note"] },
    });
    expect(db.tables.Member?.indexes).toEqual({
      Member_accountId_key: { unique: true, type: "BTREE", columns: ["accountId"] },
    });
    const [longName] = Object.keys(db.tables.Owner?.indexes ?? {});
    expect(longName).toBe("Owner_aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver__idx");
    expect(longName).toHaveLength(64);
  });

  it("derives foreign keys with Prisma's default referential actions", () => {
    expect(db.tables.Member?.primaryKey).toEqual(["x", "y"]);
    expect(db.tables.Member?.foreignKeys).toEqual({
      member_account_fk: {
        columns: ["accountId"],
        referencedTable: "accounts",
        referencedColumns: ["account_id"],
        onDelete: "SET NULL",
        onUpdate: "RESTRICT",
      },
      Member_ownerId_fkey: {
        columns: ["ownerId"],
        referencedTable: "Owner",
        referencedColumns: ["id"],
        onDelete: "CASCADE",
        onUpdate: "CASCADE",
      },
    });
  });

  it("defaults onDelete to Restrict for a required relation", () => {
    const schema = `${DATASOURCE}
model P {
  id Int @id
  cs C[]
}
model C {
  id  Int @id
  pId Int
  p   P   @relation(fields: [pId], references: [id])
}
`;
    const fk = expectedDatabase(parseSchema(schema)).tables.C?.foreignKeys.C_pId_fkey;
    expect(fk?.onDelete).toBe("RESTRICT");
    expect(fk?.onUpdate).toBe("CASCADE");
  });

  it("expects no foreign keys under relationMode = prisma", () => {
    const schema = `datasource db {\n  provider     = "mysql"\n  relationMode = "prisma"\n}
model P {
  id Int @id
  cs C[]
}
model C {
  id  Int @id
  pId Int
  p   P   @relation(fields: [pId], references: [id])

  @@index([pId])
}
`;
    expect(expectedDatabase(parseSchema(schema)).tables.C?.foreignKeys).toEqual({});
  });

  it("refuses implicit many-to-many relations (their join table cannot carry storeId)", () => {
    const schema = `${DATASOURCE}
model A {
  id Int @id
  bs B[]
}
model B {
  id Int @id
  as A[]
}
`;
    expect(() => expectedDatabase(parseSchema(schema))).toThrow(/implicit many-to-many/);
  });

  it("reports Prisma's own validation message for an invalid schema", () => {
    expect(() => parseSchema(`${DATASOURCE}\nmodel X {\n  id Int\n}\n`)).toThrow(/schema.prisma is invalid: .*unique criteria/s);
  });
});

describe("relationConstraintNames", () => {
  it("finds map: on @relation, per model and field, ignoring comments", () => {
    const names = relationConstraintNames(FIXTURE.replace("model Owner {", "model Owner {\n  // x @relation(map: \"no\")"));
    expect([...names]).toEqual([["Member.account", "member_account_fk"]]);
  });
});

describe("quoteLiteral", () => {
  it("quotes like information_schema.COLUMNS.COLUMN_DEFAULT", () => {
    expect(quoteLiteral(`it's \\ "x"\n`)).toBe(`'it''s \\\\ "x"\\n'`);
  });
});

describe("prisma/schema.prisma", () => {
  it("loads, and describes every model as a table", () => {
    const schema = readSchema();
    const db = expectedDatabase(schema);
    expect(Object.keys(db.tables).sort()).toEqual(schema.datamodel.models.map((m) => m.dbName ?? m.name).sort());
    expect(db.tables.OutboxEvent?.columns.lastError).toEqual({
      type: "text",
      nullable: true,
      default: null,
      extra: "",
      jsonValid: false,
    });
  });
});
