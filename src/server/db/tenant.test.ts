import { describe, expect, it } from "vitest";
import { readSchema } from "./schema-model";
import { STORE_OWNED_MODELS, STORE_SCOPED_MODELS } from "./tenant";

const { datamodel } = readSchema();
const storeIdOf = (model: (typeof datamodel.models)[number]) =>
  model.fields.find((f) => f.name === "storeId" && f.kind === "scalar");

/**
 * Indexes of store-owned models that deliberately do not start with storeId, by
 * "Model(field, ...)" with the reason. Everything else must lead with storeId so that every
 * lookup through the tenant door is a prefix scan within one store.
 */
const NOT_STORE_FIRST: Record<string, string> = {
  "StoreDomain(hostname)": "hostnames are globally unique: host resolution finds the store from the hostname",
  "StoreMembership(userId)":
    "a platform user's memberships are listed across stores (store switcher, sign-in); it also backs the userId foreign key",
  "Product(title, description, tags)":
    "a FULLTEXT index holds only text columns; searches always add `storeId = ?` beside MATCH ... AGAINST",
  "ProductVariant(sku)": "a FULLTEXT index holds only text columns; searches always add `storeId = ?` beside MATCH ... AGAINST",
  "Order(reservationExpiresAt)":
    "the reservation-expiry job (orders/expire-reservations.ts) finds lapsed reservations of every store; each order is then handled through its own store's door",
  "CustomerToken(expiresAt)":
    "the housekeeping job (customers/customer-tokens.ts pruneCustomerTokens) deletes tokens of every store by expiry alone; it reads nothing",
};

describe("tenant model lists", () => {
  it("STORE_SCOPED_MODELS is exactly the schema models with a storeId field", () => {
    const withStoreId = datamodel.models.filter((m) => storeIdOf(m)).map((m) => m.name);
    expect([...STORE_SCOPED_MODELS].sort()).toEqual(withStoreId.sort());
  });

  it("STORE_OWNED_MODELS is exactly the schema models whose storeId is required", () => {
    const owned = datamodel.models.filter((m) => storeIdOf(m)?.isRequired).map((m) => m.name);
    expect([...STORE_OWNED_MODELS].sort()).toEqual(owned.sort());
  });
});

describe("indexes of store-owned models", () => {
  const owned = new Set<string>(STORE_OWNED_MODELS);
  const indexes = datamodel.indexes
    .filter((i) => owned.has(i.model) && i.type !== "id")
    .map((i) => ({ ...i, key: `${i.model}(${i.fields.map((f) => f.name).join(", ")})` }));

  it("every unique constraint and index starts with storeId, except the allowlisted ones", () => {
    const offenders = indexes.filter((i) => i.fields[0]?.name !== "storeId" && !(i.key in NOT_STORE_FIRST));
    expect(offenders.map((i) => `${i.type} ${i.key}`)).toEqual([]);
  });

  it("the allowlist names only indexes that exist and need it", () => {
    const needing = indexes.filter((i) => i.fields[0]?.name !== "storeId").map((i) => i.key);
    expect(Object.keys(NOT_STORE_FIRST).sort()).toEqual(needing.sort());
  });
});
