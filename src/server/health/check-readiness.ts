import { platformDb } from "@/server/db";
import { pendingMigrations } from "@/server/db/migrator";

export type TReadiness = { ready: true } | { ready: false; reason: string; pendingMigrations?: string[] };

let migrationsConfirmed = false;

/**
 * Ready = the database answers and every migration shipped with this build is applied.
 * Once all migrations were seen applied, only the database ping is repeated.
 */
export async function checkReadiness(): Promise<TReadiness> {
  const db = platformDb();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ready: false, reason: "database unreachable" };
  }
  if (migrationsConfirmed) return { ready: true };
  try {
    const pending = await pendingMigrations((sql) => db.$queryRawUnsafe(sql));
    if (pending.length) return { ready: false, reason: "migrations pending", pendingMigrations: pending };
  } catch {
    return { ready: false, reason: "migrations table missing" };
  }
  migrationsConfirmed = true;
  return { ready: true };
}
