import { z } from "zod";
import { ZEmail } from "@/server/identity";

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const ZSearch = z.preprocess(blank, z.string().trim().max(254, "At most 254 characters").optional());
/** A page past the end is simply empty; nonsense falls back to the first page. */
const ZPage = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** /admin: the stores list's query string. */
export const ZStoreListQuery = z.object({
  /** Matches the store's name, slug or an owner's email (part of any). */
  q: ZSearch,
  status: z.preprocess(blank, z.enum(["ACTIVE", "SUSPENDED"], { message: "Choose a status from the list" }).optional()),
  sort: z.preprocess(blank, z.enum(["newest", "oldest"], { message: "Choose newest or oldest first" }).default("newest")),
  page: ZPage,
});
export type TStoreListQuery = z.infer<typeof ZStoreListQuery>;

/** /admin/users: the users list's query string. */
export const ZUserListQuery = z.object({
  /** Matches part of the email or name. */
  q: ZSearch,
  /** "admins" lists platform admins only. */
  role: z.preprocess(blank, z.enum(["admins"], { message: "Choose a role from the list" }).optional()),
  page: ZPage,
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** Suspend and reinstate forms (the store is named by id; the action re-checks the admin). */
export const ZStoreStatusChangeInput = z.object({
  storeId: z.string().trim().min(1, "Name the store").max(191),
});
export type TStoreStatusChangeInput = z.infer<typeof ZStoreStatusChangeInput>;

/** `npm run admin:grant -- <email> [--revoke]`. */
export const ZPlatformAdminGrantInput = z.object({
  email: ZEmail,
  revoke: z.boolean().default(false),
});
export type TPlatformAdminGrantInput = z.infer<typeof ZPlatformAdminGrantInput>;
