import type { TEventHandler } from "./types";

/**
 * Mail delivery. The lead adds `mailHandler` (exported by "@/server/mail") to this list when
 * that module lands; until then no mail events are sent, and the production worker, which
 * claims every type, marks them DELIVERED as events without a handler.
 */
const mailHandlers: readonly TEventHandler[] = [];

/**
 * Every handler the production worker (`npm run worker` and /api/cron/outbox) delivers to,
 * listed explicitly. Handler names key OutboxDelivery rows: never rename one that has run,
 * or it will be run again for every event still pending.
 */
export const productionHandlers: readonly TEventHandler[] = [...mailHandlers];
