import { describe, expect, it } from "vitest";
import { containsPattern, mentionsAddress, recipientsOf } from "./mail-address-match";

describe("mentionsAddress", () => {
  it("finds a whole address in JSON and prose, in any case", () => {
    expect(mentionsAddress('{"to":["bob@x.com"],"subject":"Hi"}', "bob@x.com")).toBe(true);
    expect(mentionsAddress("Write to BOB@X.COM.", "bob@x.com")).toBe(true);
    expect(mentionsAddress("mailto:bob@x.com", "bob@x.com")).toBe(true);
    expect(mentionsAddress("bob@x.com", "bob@x.com")).toBe(true);
  });

  it("does not match a longer address containing it", () => {
    expect(mentionsAddress('{"to":["jimbob@x.com"]}', "bob@x.com")).toBe(false);
    expect(mentionsAddress('{"to":["jim.bob@x.com"]}', "bob@x.com")).toBe(false);
    expect(mentionsAddress('{"to":["bob@x.com.au"]}', "bob@x.com")).toBe(false);
    expect(mentionsAddress('{"to":["bob@x.community"]}', "bob@x.com")).toBe(false);
  });

  it("treats regex characters in the address literally", () => {
    expect(mentionsAddress("a+b@x.com", "a+b@x.com")).toBe(true);
    expect(mentionsAddress("aab@x.com", "a+b@x.com")).toBe(false);
    expect(mentionsAddress("a.b@xycom", "a.b@x.com")).toBe(false);
  });
});

describe("recipientsOf and containsPattern", () => {
  it("splits a stored recipient list", () => {
    expect(recipientsOf("A@x.com, b@y.com")).toEqual(["a@x.com", "b@y.com"]);
    expect(recipientsOf("")).toEqual([]);
  });

  it("escapes LIKE wildcards", () => {
    expect(containsPattern("Jo_e%1@x.com")).toBe("%jo\\_e\\%1@x.com%");
    expect(containsPattern("a\\b")).toBe("%a\\\\b%");
  });
});
