import pino from "pino";
import { env } from "@/env";

/**
 * Structured JSON logs on stdout. Never log personal data (emails, names, addresses, phone
 * numbers): log ids instead. Well-known secret-bearing fields are redacted as a safety net.
 */
export const log = pino({
  level: safeLevel(),
  base: { service: "ecom" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie", "email", "*.email"],
    censor: "[redacted]",
  },
});

function safeLevel() {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}
