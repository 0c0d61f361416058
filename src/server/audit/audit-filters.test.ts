import { describe, expect, it } from "vitest";
import { auditWhere, formatAuditData } from "./audit-filters";
import { ZAuditQuery, ZStoreAuditQuery } from "./audit.schemas";

describe("audit filters", () => {
  it("treats empty form fields as absent and defaults to the first page", () => {
    expect(ZAuditQuery.parse({ store: "", action: " ", actorType: "", from: "", to: "" })).toEqual({ page: 1 });
    expect(ZAuditQuery.parse({ page: "nonsense" }).page).toBe(1);
    expect(ZAuditQuery.parse({ page: "3" }).page).toBe(3);
  });

  it("lower-cases the store slug and keeps valid filters", () => {
    expect(ZAuditQuery.parse({ store: "Demo", action: "store.", actorType: "platform_admin", from: "2026-01-01", to: "2026-01-31" })).toEqual({
      store: "demo",
      action: "store.",
      actorType: "platform_admin",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 1,
    });
  });

  it("gives field-level errors for bad filters", () => {
    const result = ZAuditQuery.safeParse({ store: "no spaces!", action: "drop table;", actorType: "robot", from: "01/02/2026", to: "2026-13-45" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(new Set(paths)).toEqual(new Set(["store", "action", "actorType", "from", "to"]));
  });

  it("refuses a range that ends before it starts, on the end date", () => {
    const result = ZStoreAuditQuery.safeParse({ from: "2026-02-02", to: "2026-02-01" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["to"]);
    expect(ZStoreAuditQuery.safeParse({ from: "2026-02-02", to: "2026-02-02" }).success).toBe(true);
  });

  it("the store view has no store filter", () => {
    expect(ZStoreAuditQuery.parse({ store: "acme" })).toEqual({ page: 1 });
  });

  it("builds a where-clause: action prefix, actor type, whole UTC days with `to` inclusive", () => {
    expect(auditWhere({})).toEqual({});
    expect(auditWhere({ action: "store.", actorType: "system", from: "2026-03-01", to: "2026-03-02" })).toEqual({
      action: { startsWith: "store." },
      actorType: "system",
      createdAt: { gte: new Date("2026-03-01T00:00:00Z"), lt: new Date("2026-03-03T00:00:00Z") },
    });
    expect(auditWhere({ action: "auth.sign_in" })).toEqual({ action: { startsWith: "auth.sign\\_in" } });
    expect(auditWhere({ to: "2026-12-31" })).toEqual({ createdAt: { lt: new Date("2027-01-01T00:00:00Z") } });
  });

  it("shows data as compact JSON", () => {
    expect(formatAuditData(null)).toBeNull();
    expect(formatAuditData({ from: "ACTIVE", ids: [1, 2] })).toBe('{"from":"ACTIVE","ids":[1,2]}');
  });
});
