import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES, PERMISSIONS, ROLE_PERMISSIONS, assignableRoles, roleCan } from "./permissions";

describe("permission matrix", () => {
  it("gives owners everything and each lower role a subset of the one above", () => {
    expect([...ROLE_PERMISSIONS.OWNER]).toEqual([...PERMISSIONS]);
    for (const [lower, upper] of [["ADMIN", "OWNER"], ["STAFF", "ADMIN"], ["SUPPORT", "STAFF"]] as const) {
      for (const p of ROLE_PERMISSIONS[lower]) expect(ROLE_PERMISSIONS[upper]).toContain(p);
    }
  });

  it("keeps support staff away from catalog, settings and staff management", () => {
    for (const p of ["catalog:write", "settings:write", "staff:manage", "customers:export", "orders:refund"] as const) {
      expect(roleCan("SUPPORT", p)).toBe(false);
    }
    expect(roleCan("SUPPORT", "support:reply")).toBe(true);
  });

  it("reserves billing for owners and never lets API keys manage staff", () => {
    expect(roleCan("ADMIN", "billing:manage")).toBe(false);
    expect(API_KEY_SCOPES).not.toContain("staff:manage");
    expect(API_KEY_SCOPES).not.toContain("billing:manage");
  });

  it("lets only owners grant ownership", () => {
    expect(assignableRoles("OWNER")).toContain("OWNER");
    expect(assignableRoles("ADMIN")).not.toContain("OWNER");
    expect(assignableRoles("STAFF")).toEqual([]);
  });
});
