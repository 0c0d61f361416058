import { z } from "zod";

const MAX_BIGINT = 9_223_372_036_854_775_807n;
const ID_PATTERN = /^[1-9][0-9]{0,18}$/;

/** An outbox event id as sent by clients: a positive integer in a string (ids are BIGINT). */
export const ZEventId = z
  .string()
  .regex(ID_PATTERN, "must be a positive integer id")
  // zod runs refinements after a failed regex too: only convert what the regex accepted.
  .refine((s) => !ID_PATTERN.test(s) || BigInt(s) <= MAX_BIGINT, "is out of range");

/** POST /api/v1/platform/events/redrive and the admin page's re-drive forms. */
export const ZRedriveEventsInput = z.object({
  eventIds: z.array(ZEventId).min(1, "choose at least one event").max(500, "at most 500 events at once"),
});
export type TRedriveEventsInput = z.infer<typeof ZRedriveEventsInput>;

/** The /admin/events query string; bad values fall back to the defaults instead of failing. */
export const ZDeadEventsQuery = z.object({
  type: z.string().trim().max(100).optional().catch(undefined).transform((t) => t || undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});
export type TDeadEventsQuery = z.infer<typeof ZDeadEventsQuery>;
