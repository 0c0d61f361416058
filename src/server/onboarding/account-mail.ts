import { env } from "@/env";

/**
 * The mails of the platform account flows. Plain text with full links (the dev mailbox lists
 * them); nothing here is logged.
 */
export function platformUrl(path = "/"): string {
  const e = env();
  return `${e.protocol}://${e.ROOT_DOMAIN}${path}`;
}

const SIGN_OFF = "\n\nIf you did not ask for this, you can ignore this message.\n\nECOM";

export function verificationMail(to: string, name: string, token: string, next?: string) {
  const params = new URLSearchParams({ token });
  if (next) params.set("next", next);
  const link = platformUrl(`/verify-email?${params.toString()}`);
  return {
    to,
    subject: "Verify your email for ECOM",
    text: `Hello ${name},\n\nConfirm this email address to finish setting up your ECOM account:\n\n${link}\n\nThe link works once and expires in one hour.${SIGN_OFF}`,
  };
}

/** Sent instead of a second account when someone signs up with a registered address. */
export function alreadyRegisteredMail(to: string) {
  return {
    to,
    subject: "Someone tried to sign up to ECOM with your email",
    text:
      `Someone (maybe you) tried to create an ECOM account with this email address, which already has one.\n\n` +
      `Sign in: ${platformUrl("/login?callbackUrl=%2Fdashboard")}\n\n` +
      `Forgot your password? Reset it: ${platformUrl("/forgot-password")}${SIGN_OFF}`,
  };
}

export function passwordResetMail(to: string, token: string) {
  const link = platformUrl(`/reset-password?token=${encodeURIComponent(token)}`);
  return {
    to,
    subject: "Reset your ECOM password",
    text: `Someone asked to reset the password of the ECOM account for this address.\n\nChoose a new password here:\n\n${link}\n\nThe link works once and expires in one hour. Resetting signs you out everywhere.${SIGN_OFF}`,
  };
}

/** The storefront of a store, on its own subdomain. */
export function storefrontUrl(slug: string): string {
  const e = env();
  return `${e.protocol}://${slug}.${e.ROOT_DOMAIN}/`;
}
