import { z } from "zod";

/** Who can act, as recorded in AuditLogEntry.actorType. */
export const AUDIT_ACTOR_TYPES = ["platform_user", "platform_admin", "customer", "api_key", "system"] as const;
export type TAuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const ZDay = z
  .string()
  .trim()
  .regex(DAY, "Enter a date as YYYY-MM-DD")
  .refine((s) => !DAY.test(s) || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "Enter a real date");

const auditFilterFields = {
  action: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(100, "At most 100 characters")
      .regex(/^[a-z0-9_.:-]+$/i, "Letters, digits, dots, colons, hyphens and underscores only")
      .optional(),
  ),
  actorType: z.preprocess(blank, z.enum(AUDIT_ACTOR_TYPES, { message: "Choose an actor type from the list" }).optional()),
  from: z.preprocess(blank, ZDay.optional()),
  to: z.preprocess(blank, ZDay.optional()),
  /** A page past the end is simply empty; nonsense falls back to the first page. */
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
};

const untilAfterFrom = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
/**
 * Checked even when another field is invalid (zod skips object refinements after a field
 * error unless told when to run), so every problem is shown at once.
 */
const untilMessage = {
  message: "Must be on or after the start date",
  path: ["to"],
  when: (payload: { value: unknown }) => {
    const v = payload.value as { from?: unknown; to?: unknown } | null;
    return typeof v?.from === "string" && typeof v?.to === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.from) && /^\d{4}-\d{2}-\d{2}$/.test(v.to);
  },
};

/** The store owner's audit view filters (/dashboard/[store]/audit): always one store. */
export const ZStoreAuditQuery = z.object(auditFilterFields).refine(untilAfterFrom, untilMessage);
export type TStoreAuditQuery = z.infer<typeof ZStoreAuditQuery>;

/** The platform admin's audit view filters (/admin/audit): any store, by slug. */
export const ZAuditQuery = z
  .object({
    ...auditFilterFields,
    store: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .toLowerCase()
        .max(40, "At most 40 characters")
        .regex(/^[a-z0-9-]+$/, "A store slug: lower-case letters, digits and hyphens")
        .optional(),
    ),
  })
  .refine(untilAfterFrom, untilMessage);
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
