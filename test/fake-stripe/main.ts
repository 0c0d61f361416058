/**
 * Runs the fake Stripe as a process, for trying checkout locally without Stripe:
 *
 *   npx tsx test/fake-stripe/main.ts [--port 12111] [--webhook-url http://localhost:3000/api/webhooks/stripe]
 *
 * It prints the STRIPE_* settings to start the app with, then serves until SIGINT/SIGTERM.
 * Pay for an order: POST http://127.0.0.1:<port>/_fake/payment_intents/<pi_id>/confirm (the
 * signed payment_intent.succeeded is delivered to the webhook URL). GET /_fake/payment_intents
 * lists the intents; GET /_fake/requests the API calls received.
 */
import { startFakeStripe } from "./server";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = arg("port") ?? process.env.FAKE_STRIPE_PORT;
const fake = await startFakeStripe({
  ...(port ? { port: Number(port) } : {}),
  webhookUrl: arg("webhook-url") ?? process.env.FAKE_STRIPE_WEBHOOK_URL ?? "http://localhost:3000/api/webhooks/stripe",
});
for (const [key, value] of Object.entries(fake.env())) console.log(`${key}=${value}`);
console.error(`fake Stripe listening on ${fake.url}, delivering webhooks to ${fake.webhookUrl}`);

const stop = () => void fake.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
