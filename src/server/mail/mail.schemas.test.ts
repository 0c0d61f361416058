import { describe, expect, it } from "vitest";
import { MAIL_LIMITS, ZMailboxQuery, ZMailMessage } from "./mail.schemas";

const valid = { to: "buyer@example.com", subject: "Your order", text: "Thanks for your order." };

function issuePaths(input: unknown): string[] {
  const result = ZMailMessage.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("ZMailMessage", () => {
  it("accepts a minimal message and normalises `to` to a list", () => {
    expect(ZMailMessage.parse(valid)).toEqual({ ...valid, to: ["buyer@example.com"] });
  });

  it("accepts every optional field", () => {
    const full = { ...valid, to: ["a@example.com", "b@example.org"], html: "<p>Hi</p>", replyTo: "help@shop.example", storeId: "cstore123" };
    expect(ZMailMessage.parse(full)).toEqual(full);
  });

  it("removes duplicate recipients, ignoring case", () => {
    expect(ZMailMessage.parse({ ...valid, to: ["A@example.com", "a@example.com", "b@example.com"] }).to).toEqual(["A@example.com", "b@example.com"]);
  });

  describe("header injection", () => {
    it.each([
      "Hello\r\nBcc: victim@example.com",
      "Hello\nBcc: victim@example.com",
      "Hello\rBcc: victim@example.com",
      "Hello\u0000world",
      "Hello\u2028Bcc: victim@example.com",
      "Hello\u0085Bcc: victim@example.com",
    ])("rejects a subject with a line break or control character: %j", (subject) => {
      expect(issuePaths({ ...valid, subject })).toEqual(["subject"]);
    });

    it("allows a tab in the subject", () => {
      expect(ZMailMessage.safeParse({ ...valid, subject: "Order\t#42" }).success).toBe(true);
    });

    it.each([
      "buyer@example.com\r\nBcc: victim@example.com",
      "buyer@example.com\nBcc: victim@example.com",
      "buyer@example.com, victim@example.com",
      "buyer@example.com; victim@example.com",
      "Buyer <buyer@example.com>",
      "buyer@example.com ",
    ])("rejects a recipient that smuggles a header or a second address: %j", (to) => {
      expect(issuePaths({ ...valid, to })).toEqual(["to"]);
      expect(issuePaths({ ...valid, to: ["ok@example.com", to] })).toEqual(["to.1"]);
    });

    it("rejects a reply-to that smuggles a header", () => {
      expect(issuePaths({ ...valid, replyTo: "help@example.com\r\nBcc: victim@example.com" })).toEqual(["replyTo"]);
    });

    it.each(["from", "headers", "bcc", "cc", "attachments", "envelope"])("rejects the extra field %s", (key) => {
      const result = ZMailMessage.safeParse({ ...valid, [key]: "attacker@example.com" });
      expect(result.success).toBe(false);
    });
  });

  describe("addresses", () => {
    it.each(["", "plainaddress", "@example.com", "buyer@", "buyer@example", "buyer@@example.com", "buyer@exa mple.com", "büyer@example.com"])(
      "rejects %j",
      (to) => {
        expect(issuePaths({ ...valid, to })).toEqual(["to"]);
      },
    );

    it("rejects an empty recipient list", () => {
      expect(issuePaths({ ...valid, to: [] })).toEqual(["to"]);
    });

    it("rejects a missing recipient", () => {
      const { to: _to, ...rest } = valid;
      expect(issuePaths(rest)).toEqual(["to"]);
    });

    it("rejects an address longer than 254 characters", () => {
      const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`;
      expect(long.length).toBeGreaterThan(MAIL_LIMITS.maxAddressLength);
      expect(issuePaths({ ...valid, to: long })).toEqual(["to"]);
    });
  });

  describe("limits", () => {
    it("accepts a 998-character subject and rejects 999", () => {
      expect(ZMailMessage.safeParse({ ...valid, subject: "s".repeat(998) }).success).toBe(true);
      expect(issuePaths({ ...valid, subject: "s".repeat(999) })).toEqual(["subject"]);
    });

    it("rejects an empty or blank subject", () => {
      expect(issuePaths({ ...valid, subject: "" })).toEqual(["subject"]);
      expect(issuePaths({ ...valid, subject: "   " })).toEqual(["subject"]);
    });

    it("requires a text body", () => {
      expect(issuePaths({ ...valid, text: "" })).toEqual(["text"]);
      const { text: _text, ...rest } = valid;
      expect(issuePaths(rest)).toEqual(["text"]);
    });

    it("caps the bodies", () => {
      const big = "x".repeat(MAIL_LIMITS.maxBodyLength + 1);
      expect(issuePaths({ ...valid, text: big })).toEqual(["text"]);
      expect(issuePaths({ ...valid, html: big })).toEqual(["html"]);
      expect(ZMailMessage.safeParse({ ...valid, text: "x".repeat(MAIL_LIMITS.maxBodyLength) }).success).toBe(true);
    });

    it("caps the number of recipients", () => {
      const to = Array.from({ length: MAIL_LIMITS.maxRecipients + 1 }, (_, i) => `r${i}@example.com`);
      expect(issuePaths({ ...valid, to })).toEqual(["to"]);
      expect(ZMailMessage.safeParse({ ...valid, to: to.slice(1) }).success).toBe(true);
    });

    it("rejects a recipient list that would not fit the mailbox column", () => {
      const to = Array.from({ length: 20 }, (_, i) => `${"r".repeat(50)}${i}@example.com`);
      expect(to.join(", ").length).toBeGreaterThan(MAIL_LIMITS.maxRecipientListLength);
      expect(issuePaths({ ...valid, to })).toEqual(["to"]);
    });
  });
});

describe("ZMailboxQuery", () => {
  it("defaults and coerces", () => {
    expect(ZMailboxQuery.parse({})).toEqual({ page: 1, to: undefined });
    expect(ZMailboxQuery.parse({ page: "3", to: " buyer@ " })).toEqual({ page: 3, to: "buyer@" });
  });

  it("falls back instead of failing on bad values", () => {
    expect(ZMailboxQuery.parse({ page: "abc", to: ["a", "b"] })).toEqual({ page: 1, to: undefined });
    expect(ZMailboxQuery.parse({ page: "0", to: "" })).toEqual({ page: 1, to: undefined });
    expect(ZMailboxQuery.parse({ page: "-2" }).page).toBe(1);
  });
});
