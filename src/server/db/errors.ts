import { SqlError } from "mariadb";
import { Prisma } from "@/generated/prisma/client";

/** Classifies Prisma's known request errors (and the driver's) without leaking their types out of src/server/db. */
export function knownDbErrorCode(error: unknown): "UNIQUE_VIOLATION" | "NOT_FOUND" | "FOREIGN_KEY" | null {
  // The mariadb driver's own errors (src/server/db/sql.ts): duplicate key, foreign key.
  if (error instanceof SqlError) return error.errno === 1062 ? "UNIQUE_VIOLATION" : error.errno === 1452 || error.errno === 1451 ? "FOREIGN_KEY" : null;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  switch (error.code) {
    case "P2002":
      return "UNIQUE_VIOLATION";
    case "P2025":
    case "P2001":
      return "NOT_FOUND";
    case "P2003":
      return "FOREIGN_KEY";
    default:
      return null;
  }
}
