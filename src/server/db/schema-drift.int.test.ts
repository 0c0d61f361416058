/**
 * Schema drift: the committed migrations, applied to an empty database, must build exactly
 * the database schema.prisma describes (Prisma Migrate, which would notice, cannot run here).
 * The later cases prove the check bites: a column dropped from the SQL, a field added to the
 * schema, and a fixture exercising every type, default and naming rule the comparison uses.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mariadb from "mariadb";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, testDatabaseName } from "../../../scripts/lib/database-server";
import { poolConfigFromUrl } from "./connection";
import { diffDatabases } from "./database-description";
import { readDatabaseModel } from "./database-model";
import { MIGRATIONS_DIR, migrate } from "./migrator";
import { expectedDatabase, parseSchema, readSchema } from "./schema-model";

const serverUrl = inject("databaseServerUrl");
const created: string[] = [];
const tempDirs: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = testDatabaseName("drift");
  created.push(name);
  return createDatabase(serverUrl, name);
}

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every difference, one per line, so a failure names exactly what drifted. */
function expectNoDrift(differences: string[]) {
  expect(differences, `schema.prisma and the migrations disagree:\n  ${differences.join("\n  ")}\n`).toEqual([]);
}

describe("schema drift", () => {
  it("the migrations build exactly the database schema.prisma describes", async () => {
    const url = await freshDatabase();
    await migrate(url);
    expectNoDrift(diffDatabases(expectedDatabase(readSchema()), await readDatabaseModel(url)));
  });

  it("reports a column missing from the migration SQL", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ecom-drift-"));
    tempDirs.push(dir);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const file = path.join(dir, "20261121090000_foundation", "migration.sql");
    const sql = readFileSync(file, "utf8");
    const without = sql.replace(/^\s*`lastError` TEXT NULL,\n/m, "");
    expect(without).not.toBe(sql);
    writeFileSync(file, without);
    const url = await freshDatabase();
    await migrate(url, { dir });
    expect(diffDatabases(expectedDatabase(readSchema()), await readDatabaseModel(url))).toEqual([
      "column OutboxEvent.lastError: missing in database",
    ]);
  });

  it("reports a schema.prisma field the SQL lacks", async () => {
    const url = await freshDatabase();
    await migrate(url);
    const source = readSchema().source.replace(/^(model Store \{\n)/m, "$1  tagline String? @db.VarChar(80)\n");
    const differences = diffDatabases(expectedDatabase(parseSchema(source)), await readDatabaseModel(url));
    expect(differences).toEqual(["column Store.tagline: missing in database"]);
  });
});

/** Hand-written the way Prisma Migrate writes MySQL, covering each rule schema-model.ts encodes. */
const FIXTURE_SCHEMA = String.raw`datasource db {
  provider = "mysql"
}

enum Color {
  RED   @map("red")
  GREEN
}

model Account {
  id        Int      @id @default(autoincrement()) @map("account_id")
  name      String   @default("it's \"q\" \\ x") @map("display_name")
  price     Decimal  @default(1.5) @db.Decimal(10, 2)
  ratio     Decimal  @default(0.25)
  score     Float    @default(2)
  big       Float    @default(100000000000000000000)
  active    Boolean  @default(true)
  counter   BigInt   @default(5)
  since     DateTime @default("2020-01-02T03:04:05.678Z")
  day       DateTime @default("2020-01-02T00:00:00Z") @db.Date
  blob      Bytes?
  color     Color    @default(RED)
  uuid      String   @default(uuid()) @db.Char(36)
  meta      Json?
  note      String?  @db.TinyText
  small     Int      @db.UnsignedSmallInt
  stamp     DateTime @default(now()) @db.Timestamp(6)
  updatedAt DateTime @updatedAt
  members   Member[]

  @@unique([name, score], map: "custom_uq")
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
  owner     Owner    @relation(fields: [ownerId], references: [id])

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

/** Identifiers are quoted with ^ (a template literal cannot hold backticks). */
const FIXTURE_SQL = String.raw`
CREATE TABLE ^accounts^ (
    ^account_id^ INTEGER NOT NULL AUTO_INCREMENT,
    ^display_name^ VARCHAR(191) NOT NULL DEFAULT 'it''s "q" \\ x',
    ^price^ DECIMAL(10, 2) NOT NULL DEFAULT 1.5,
    ^ratio^ DECIMAL(65, 30) NOT NULL DEFAULT 0.25,
    ^score^ DOUBLE NOT NULL DEFAULT 2,
    ^big^ DOUBLE NOT NULL DEFAULT 1e20,
    ^active^ BOOLEAN NOT NULL DEFAULT true,
    ^counter^ BIGINT NOT NULL DEFAULT 5,
    ^since^ DATETIME(3) NOT NULL DEFAULT '2020-01-02 03:04:05.678',
    ^day^ DATE NOT NULL DEFAULT '2020-01-02',
    ^blob^ LONGBLOB NULL,
    ^color^ ENUM('red', 'GREEN') NOT NULL DEFAULT 'red',
    ^uuid^ CHAR(36) NOT NULL,
    ^meta^ JSON NULL,
    ^note^ TINYTEXT NULL,
    ^small^ SMALLINT UNSIGNED NOT NULL,
    ^stamp^ TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ^updatedAt^ DATETIME(3) NOT NULL,

    INDEX ^accounts_counter_display_name_idx^(^counter^ DESC, ^display_name^(10)),
    UNIQUE INDEX ^custom_uq^(^display_name^, ^score^),
    FULLTEXT INDEX ^accounts_note_idx^(^note^),
    PRIMARY KEY (^account_id^)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE ^Member^ (
    ^x^ INTEGER NOT NULL,
    ^y^ INTEGER NOT NULL,
    ^accountId^ INTEGER NULL,
    ^ownerId^ INTEGER NOT NULL,

    UNIQUE INDEX ^Member_accountId_key^(^accountId^),
    PRIMARY KEY (^x^, ^y^)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE ^Owner^ (
    ^id^ INTEGER NOT NULL,
    ^aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver^ INTEGER NOT NULL,

    INDEX ^Owner_aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver__idx^(^aVeryLongColumnNameThatGoesOnAndOnAndOnForeverAndEver^, ^id^),
    PRIMARY KEY (^id^)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE ^Member^ ADD CONSTRAINT ^member_account_fk^ FOREIGN KEY (^accountId^) REFERENCES ^accounts^(^account_id^) ON DELETE SET NULL ON UPDATE RESTRICT;
ALTER TABLE ^Member^ ADD CONSTRAINT ^Member_ownerId_fkey^ FOREIGN KEY (^ownerId^) REFERENCES ^Owner^(^id^) ON DELETE RESTRICT ON UPDATE CASCADE;
`;

describe("schema-model and database-model agree on MariaDB's spelling", () => {
  it("types, defaults, mapped names, index options and foreign keys of a fixture", async () => {
    const url = await freshDatabase();
    const conn = await mariadb.createConnection({ ...poolConfigFromUrl(url), multipleStatements: true });
    try {
      await conn.query(FIXTURE_SQL.replaceAll("^", "`"));
    } finally {
      await conn.end();
    }
    const actual = await readDatabaseModel(url);
    expectNoDrift(diffDatabases(expectedDatabase(parseSchema(FIXTURE_SCHEMA)), actual));
    // InnoDB's own index for the unindexed ownerId foreign key is not reported as drift.
    expect(Object.keys(actual.tables.Member?.indexes ?? {})).toEqual(["Member_accountId_key"]);
  });
});
