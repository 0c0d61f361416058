import { decryptOptional, PII_CONTEXT } from "@/server/privacy";

/** A customer as the customer, staff and the APIs see it: personal fields decrypted. */
export type TCustomerProfile = {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  emailVerifiedAt: Date | null;
  marketingConsent: boolean;
  /** When consent was last given or withdrawn (null: never asked to change it). */
  marketingConsentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set when the customer's personal data was erased (staff views only). */
  erasedAt: Date | null;
};

export const PROFILE_SELECT = {
  id: true,
  email: true,
  name: true,
  phone: true,
  emailVerifiedAt: true,
  marketingConsent: true,
  marketingConsentAt: true,
  createdAt: true,
  updatedAt: true,
  erasedAt: true,
} as const;

type TProfileRow = { [K in keyof typeof PROFILE_SELECT]: K extends "name" | "phone" ? string | null : TCustomerProfile[K] };

export function toProfile(row: TProfileRow): TCustomerProfile {
  return {
    ...row,
    name: decryptOptional(row.name, PII_CONTEXT.customerName),
    phone: decryptOptional(row.phone, PII_CONTEXT.customerPhone),
  };
}
