import { describe, expect, it } from "vitest";
import { scopeArgs } from "./tenant";

describe("scopeArgs (the tenant door's rewrite of each operation)", () => {
  it("adds the store to every where-clause, overriding a store named by the caller", () => {
    for (const op of ["findUnique", "findFirst", "findMany", "count", "update", "updateMany", "delete", "deleteMany", "aggregate", "groupBy"]) {
      expect(scopeArgs(op, { where: { id: "x", storeId: "other" } }, "s1").where).toEqual({ id: "x", storeId: "s1" });
    }
    expect(scopeArgs("findMany", undefined, "s1")).toEqual({ where: { storeId: "s1" } });
  });

  it("stamps creates with the store", () => {
    expect(scopeArgs("create", { data: { name: "a" } }, "s1").data).toEqual({ name: "a", storeId: "s1" });
    expect(scopeArgs("createMany", { data: [{ n: 1 }, { n: 2 }] }, "s1").data).toEqual([
      { n: 1, storeId: "s1" },
      { n: 2, storeId: "s1" },
    ]);
    const upsert = scopeArgs("upsert", { where: { id: "x" }, create: { n: 1 }, update: { n: 2 } }, "s1");
    expect(upsert.where).toEqual({ id: "x", storeId: "s1" });
    expect(upsert.create).toEqual({ n: 1, storeId: "s1" });
  });

  it("refuses any write that names another store", () => {
    expect(() => scopeArgs("create", { data: { storeId: "s2" } }, "s1")).toThrow(/storeId/);
    expect(() => scopeArgs("createMany", { data: [{ storeId: "s1" }, { storeId: "s2" }] }, "s1")).toThrow(/storeId/);
    expect(() => scopeArgs("update", { where: { id: "x" }, data: { storeId: "s2" } }, "s1")).toThrow(/storeId/);
    expect(() => scopeArgs("upsert", { where: { id: "x" }, create: {}, update: { storeId: "s2" } }, "s1")).toThrow(/storeId/);
    expect(scopeArgs("create", { data: { storeId: "s1", n: 1 } }, "s1").data).toEqual({ storeId: "s1", n: 1 });
  });
});
