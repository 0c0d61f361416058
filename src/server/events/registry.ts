/**
 * Every handler the production worker (`npm run worker` and /api/cron/outbox) delivers to,
 * listed explicitly. It is imported by those two entry points only, not re-exported from
 * "@/server/events", so domains that write events never import their own consumers (no
 * import cycles). Handler names key OutboxDelivery rows: never rename one that has run, or
 * it will run again for every event still pending.
 */
import "server-only";
import { mailHandler } from "@/server/mail";
import type { TEventHandler } from "./types";

export const productionHandlers: readonly TEventHandler[] = [mailHandler];
