import { env } from "@/env";
import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The mails of the customer account flows. Links point at the store's own host (its
 * subdomain), where the customer's session lives. Plain text with full links; the mails name
 * the store but never repeat the address they are sent to.
 */
export type TStoreMailContext = { id: string; name: string; slug: string };

/** The store's name and slug for mail; the store row is platform data (not store-owned). */
export async function loadStoreMailContext(storeId: string): Promise<TStoreMailContext> {
  const store = await platformDb().store.findUnique({ where: { id: storeId }, select: { id: true, name: true, slug: true } });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store;
}

/** An absolute URL on the store's host, e.g. `http://demo.localhost:3000/account/login`. */
export function storeUrl(store: Pick<TStoreMailContext, "slug">, path: string): string {
  const e = env();
  return `${e.protocol}://${store.slug}.${e.ROOT_DOMAIN}${path}`;
}

const signOff = (store: TStoreMailContext) => `\n\nIf you did not ask for this, you can ignore this message.\n\n${store.name}`;

export function customerVerificationMail(store: TStoreMailContext, to: string, token: string) {
  const link = storeUrl(store, `/account/verify-email?token=${encodeURIComponent(token)}`);
  return {
    to,
    storeId: store.id,
    subject: `Verify your email for ${store.name}`,
    text: `Welcome to ${store.name}.\n\nConfirm this email address for your account:\n\n${link}\n\nThe link works once and expires in one hour.${signOff(store)}`,
  };
}

/** Sent instead of a second account when someone registers with an address this store already has. */
export function customerAlreadyRegisteredMail(store: TStoreMailContext, to: string) {
  return {
    to,
    storeId: store.id,
    subject: `Someone tried to create an account at ${store.name} with your email`,
    text:
      `Someone (maybe you) tried to create an account at ${store.name} with this email address, which already has one.\n\n` +
      `Sign in: ${storeUrl(store, "/account/login")}\n\n` +
      `Forgot your password? Reset it: ${storeUrl(store, "/account/forgot-password")}${signOff(store)}`,
  };
}

export function customerPasswordResetMail(store: TStoreMailContext, to: string, token: string) {
  const link = storeUrl(store, `/account/reset-password?token=${encodeURIComponent(token)}`);
  return {
    to,
    storeId: store.id,
    subject: `Reset your ${store.name} password`,
    text:
      `Someone asked to reset the password of your ${store.name} account.\n\nChoose a new password here:\n\n${link}\n\n` +
      `The link works once and expires in one hour. Resetting signs you out on every device.${signOff(store)}`,
  };
}
