import { env } from "@/env";
import { AppError } from "@/server/errors";
import { route } from "@/server/http";
import { handleStripeWebhook } from "@/server/payments";

export const dynamic = "force-dynamic";

/**
 * Stripe's Connect webhook endpoint (platform host; one for every store's account). The body
 * is read raw, as signed; the domain verifies, deduplicates and applies it. 200 for every
 * verified event (including duplicates and ignored types), 400 for a missing or bad signature.
 */
export const POST = route({}, async ({ req }) => {
  if (Number(req.headers.get("content-length") ?? 0) > env().API_MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large");
  const outcome = await handleStripeWebhook({ rawBody: await req.text(), signature: req.headers.get("stripe-signature") });
  return { received: true, ...outcome };
});
