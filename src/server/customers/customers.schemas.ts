import { z } from "zod";
import { ZEmail } from "@/server/identity";
import { ZNewPassword } from "@/server/identity/password-policy";
import { isCountryCode } from "./countries";

/**
 * Inputs of the customer domain, shared by the storefront forms, their server actions, the
 * storefront JSON API and the dashboard. Form posts send strings ("on" for a ticked box);
 * JSON sends booleans: ZCheckbox accepts both.
 */

/** A checkbox: true for true, "on", "true", "1"; false when absent or anything falsy. */
export const ZCheckbox = z
  .union([z.boolean(), z.enum(["on", "true", "1", "off", "false", "0", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const ZCustomerName = z.string().trim().min(1, "Enter your name").max(120, "At most 120 characters");

/** Digits, spaces and + ( ) - . only; at least 5 digits. Empty clears the phone. */
export const ZCustomerPhone = z
  .string()
  .trim()
  .max(32, "At most 32 characters")
  .refine((v) => v === "" || (/^[+0-9 ().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5), "Enter a phone number, e.g. +94 77 123 4567")
  .transform((v) => (v ? v : null));

export const ZRegisterCustomerInput = z.object({
  name: ZCustomerName,
  email: ZEmail,
  password: ZNewPassword,
  /** Unticked by default: consent is never assumed. */
  marketingConsent: ZCheckbox,
});
export type TRegisterCustomerInput = z.input<typeof ZRegisterCustomerInput>;

export const ZCustomerEmailInput = z.object({ email: ZEmail });
export type TCustomerEmailInput = z.input<typeof ZCustomerEmailInput>;

const ZToken = z.string().trim().min(16, "This link is not valid").max(200, "This link is not valid");

export const ZVerifyCustomerEmailInput = z.object({ token: ZToken });

export const ZResetCustomerPasswordInput = z.object({ token: ZToken, password: ZNewPassword });
export type TResetCustomerPasswordInput = z.input<typeof ZResetCustomerPasswordInput>;

/**
 * A change to the signed-in customer's account: any of name, phone and marketing consent.
 * The email is not editable here.
 */
export const ZCustomerAccountPatch = z
  .object({
    name: ZCustomerName.optional(),
    phone: ZCustomerPhone.optional().nullable(),
    marketingConsent: z.union([z.boolean(), z.enum(["on", "true", "1", "off", "false", "0"])]).optional().transform((v) =>
      v === undefined ? undefined : v === true || v === "on" || v === "true" || v === "1",
    ),
  })
  .refine((p) => p.name !== undefined || p.phone !== undefined || p.marketingConsent !== undefined, {
    message: "Send at least one of name, phone, marketingConsent",
    path: ["name"],
  });
export type TCustomerAccountPatch = z.input<typeof ZCustomerAccountPatch>;

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "Choose a country");

/** Every field of a saved address; stored as one encrypted JSON value. */
export const ZCustomerAddressInput = z.object({
  name: z.string().trim().min(1, "Enter the recipient's name").max(120, "At most 120 characters"),
  company: optionalText(120, "At most 120 characters"),
  line1: z.string().trim().min(1, "Enter the street address").max(200, "At most 200 characters"),
  line2: optionalText(200, "At most 200 characters"),
  city: z.string().trim().min(1, "Enter the city").max(100, "At most 100 characters"),
  region: optionalText(100, "At most 100 characters"),
  postalCode: z.string().trim().min(1, "Enter the postal code").max(20, "At most 20 characters"),
  country: ZCountryCode,
  phone: ZCustomerPhone.optional().nullable().transform((v) => v ?? null),
  isDefault: ZCheckbox,
});
export type TCustomerAddressInput = z.input<typeof ZCustomerAddressInput>;
export type TCustomerAddressFields = Omit<z.output<typeof ZCustomerAddressInput>, "isDefault">;

export const ZChangeCustomerPasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(128, "At most 128 characters"),
  newPassword: ZNewPassword,
});
export type TChangeCustomerPasswordInput = z.input<typeof ZChangeCustomerPasswordInput>;

/** "Delete my account": the customer types DELETE or their password. */
export const ZDeleteOwnAccountInput = z.object({
  confirmation: z.string().min(1, "Type DELETE or your password to confirm").max(128, "At most 128 characters"),
});
export type TDeleteOwnAccountInput = z.input<typeof ZDeleteOwnAccountInput>;

/** The storefront API's DELETE /api/v1/storefront/account body. */
export const ZDeleteAccountApiBody = z.object({
  confirm: z.literal("DELETE", { error: 'Send {"confirm":"DELETE"} to delete the account' }),
});

/** Staff erasure confirmation: the word ERASE. */
export const ZEraseCustomerConfirmation = z.object({
  confirmation: z.literal("ERASE", { error: "Type ERASE to confirm" }),
});

export const ZCustomerId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a customer id");
export const ZCustomerIdParams = z.object({ id: ZCustomerId });

/** Staff list: search by email substring (names are encrypted and cannot be searched), paged. */
export const ZCustomerListQuery = z.object({
  q: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "At most 254 characters")
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: z.coerce.number().int("Enter a page number").min(1, "Pages start at 1").max(100_000).default(1),
});
export type TCustomerListQuery = z.input<typeof ZCustomerListQuery>;

/** GET /api/v1/storefront/session: what the storefront header needs to know about the visitor. */
export const ZStorefrontSession = z.object({
  signedIn: z.boolean(),
  /** The visitor's cart: the signed-in customer's, else the guest cart of the ecom_cart cookie (0 items when none). */
  cart: z.object({ itemCount: z.number().int().min(0).describe("Units in the cart") }),
});
export type TStorefrontSession = z.infer<typeof ZStorefrontSession>;
