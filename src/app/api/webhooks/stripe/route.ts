import { env } from "@/env";
import { readRawBody, route } from "@/server/http";
import { handleStripeWebhook } from "@/server/payments";

export const dynamic = "force-dynamic";

/**
 * Stripe's Connect webhook endpoint (platform host; one for every store's account). The body
 * is read raw, as signed; the domain verifies, deduplicates and applies it. 200 for every
 * verified event (including duplicates and ignored types), 400 for a missing or bad signature.
 */
export const POST = route({}, async ({ req }) => {
  const rawBody = await readRawBody(req, env().API_MAX_BODY_BYTES);
  const outcome = await handleStripeWebhook({ rawBody, signature: req.headers.get("stripe-signature") });
  return { received: true, ...outcome };
});
