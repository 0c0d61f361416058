import { describe, expect, it } from "vitest";
import { ZPlatformAdminGrantInput, ZStoreListQuery, ZStoreStatusChangeInput, ZUserListQuery } from "./platform-admin.schemas";

describe("platform admin schemas", () => {
  it("store list: empty fields are absent, newest first by default, bad pages fall back to 1", () => {
    expect(ZStoreListQuery.parse({ q: "", status: "", sort: "", page: "x" })).toEqual({ sort: "newest", page: 1 });
    expect(ZStoreListQuery.parse({})).toEqual({ sort: "newest", page: 1 });
    expect(ZStoreListQuery.parse({ q: " gems ", status: "SUSPENDED", sort: "oldest", page: "2" })).toEqual({ q: "gems", status: "SUSPENDED", sort: "oldest", page: 2 });
  });

  it("store list: unknown status or sort are field errors", () => {
    const result = ZStoreListQuery.safeParse({ status: "DELETED", sort: "random" });
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((i) => i.path.join(".")))).toEqual(new Set(["status", "sort"]));
  });

  it("user list: only the admins filter exists", () => {
    expect(ZUserListQuery.parse({ q: "", role: "" })).toEqual({ page: 1 });
    expect(ZUserListQuery.parse({ role: "admins" })).toEqual({ role: "admins", page: 1 });
    expect(ZUserListQuery.safeParse({ role: "owners" }).success).toBe(false);
  });

  it("status change needs a store id", () => {
    expect(ZStoreStatusChangeInput.safeParse({}).success).toBe(false);
    expect(ZStoreStatusChangeInput.safeParse({ storeId: "" }).success).toBe(false);
    expect(ZStoreStatusChangeInput.parse({ storeId: "st_1" })).toEqual({ storeId: "st_1" });
  });

  it("grant: a lower-cased valid email, revoke defaults to false", () => {
    expect(ZPlatformAdminGrantInput.parse({ email: " Ops@Example.COM " })).toEqual({ email: "ops@example.com", revoke: false });
    expect(ZPlatformAdminGrantInput.parse({ email: "ops@example.com", revoke: true }).revoke).toBe(true);
    expect(ZPlatformAdminGrantInput.safeParse({ email: "not-an-email" }).success).toBe(false);
  });
});
