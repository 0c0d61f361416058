import { z } from "zod";
import { ZEmail } from "@/server/identity";
import { ZNewPassword } from "@/server/identity/password-policy";
import { COUNTRY_CODES, CURRENCY_CODES, isTimeZone } from "./store-options";

/**
 * Subdomains a store may not take: platform hosts and paths, infrastructure names and words
 * that could pass for the platform itself. `new` and `account` are also dashboard paths
 * (/dashboard/new, /dashboard/account) that a store slug would shadow.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "www", "app", "admin", "api", "mail", "dev", "static", "dashboard", "login", "logout", "signin", "signout", "signup",
  "register", "support", "help", "status", "assets", "cdn", "s", "shop", "store", "stores", "account", "accounts",
  "billing", "auth", "oauth", "sso", "docs", "blog", "news", "about", "legal", "terms", "privacy", "security",
  "abuse", "postmaster", "hostmaster", "webmaster", "smtp", "imap", "pop", "pop3", "ftp", "mx", "ns", "ns1", "ns2",
  "email", "webmail", "root", "system", "platform", "ecom", "internal", "staging", "beta", "test", "demo-admin",
  "health", "ready", "metrics", "media", "images", "img", "files", "uploads", "download", "downloads", "graphql",
  "developer", "developers", "partners", "careers", "jobs", "new", "invitations", "verify-email", "forgot-password",
  "reset-password", "localhost",
]);

/** A store's subdomain: 3-40 of a-z, 0-9 and single hyphens, not at either end, not reserved. */
export const ZStoreSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9-]+$/, "Use only lower-case letters, digits and hyphens")
  .refine((s) => !s.startsWith("-") && !s.endsWith("-"), "Cannot start or end with a hyphen")
  .refine((s) => !s.includes("--"), "Use single hyphens between words")
  .refine((s) => !RESERVED_SLUGS.has(s), "This address is reserved; choose another");

export const ZStoreName = z.string().trim().min(2, "Use at least 2 characters").max(120, "Use at most 120 characters");
export const ZThemeColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #0f766e")
  .transform((c) => c.toLowerCase());
export const ZTimeZone = z.string().trim().refine(isTimeZone, "Choose a time zone from the list");
export const ZCountry = z.enum(COUNTRY_CODES as [string, ...string[]], { error: "Choose a country" });
export const ZCurrency = z.enum(CURRENCY_CODES as [string, ...string[]], { error: "Choose a currency" });

/** /dashboard/new: everything that makes a store. */
export const ZCreateStoreInput = z.object({
  name: ZStoreName,
  slug: ZStoreSlug,
  country: ZCountry,
  currency: ZCurrency,
  timeZone: ZTimeZone,
});
export type TCreateStoreInput = z.infer<typeof ZCreateStoreInput>;

/**
 * What the settings page and PATCH /api/v1/admin/store may change. Strict (a slug or currency
 * change is refused, not ignored) and partial for the API; at least one field.
 */
export const ZUpdateStoreSettingsInput = z
  .strictObject({ name: ZStoreName, themeColor: ZThemeColor, timeZone: ZTimeZone })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of name, themeColor, timeZone");
export type TUpdateStoreSettingsInput = z.infer<typeof ZUpdateStoreSettingsInput>;

/**
 * A same-site path to continue to after a flow (sign-up, verification). Anything else, such
 * as another host or a protocol-relative URL, falls back to undefined.
 */
export const ZNextPath = z
  .string()
  .max(500)
  .optional()
  .catch(undefined)
  .transform((p) => (p && p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\") ? p : undefined));

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(120, "Use at most 120 characters"),
  email: ZEmail,
  password: ZNewPassword,
  next: ZNextPath,
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

/** Forms that only ask for an address: resend verification, forgot password. */
export const ZEmailRequest = z.object({ email: ZEmail });

/** An emailed token as it arrives in a link. */
export const ZToken = z
  .string()
  .trim()
  .min(16, "This link is incomplete")
  .max(256, "This link is not valid")
  .regex(/^[A-Za-z0-9_\-.~]+$/, "This link is not valid");

export const ZResetPasswordInput = z.object({ token: ZToken, password: ZNewPassword });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(128, "At most 128 characters"),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** Where a request came from, for throttling and the audit log (no personal data). */
export type TRequestContext = { ip?: string | null; userAgent?: string | null };
