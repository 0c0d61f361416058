import type { PoolConfig } from "mariadb";

/**
 * Turns a mysql:// or mariadb:// URL into mariadb driver settings. Query parameters
 * `connection_limit` and `connect_timeout` (seconds) are honoured like Prisma's own URL
 * parameters.
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url.replace(/^mysql:/, "mariadb:"));
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
  const limit = Number(u.searchParams.get("connection_limit") ?? "10");
  const connectTimeout = Number(u.searchParams.get("connect_timeout") ?? "10") * 1000;
  return {
    host: u.hostname || "127.0.0.1",
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || "root"),
    password: decodeURIComponent(u.password),
    database: database || undefined,
    connectionLimit: Number.isFinite(limit) && limit > 0 ? limit : 10,
    connectTimeout,
    socketPath: u.searchParams.get("socket") ?? undefined,
    // Every session in UTC (the driver runs SET time_zone when it connects). DATETIME columns
    // hold UTC, as Prisma writes them, and raw SQL compares and stamps them with NOW(3): in
    // the server's own zone, a slot's startsAt would be compared with the wrong "now" and
    // updatedAt written off by the zone's offset on a server not set to UTC.
    timezone: "Z",
  };
}

/** The database name of a connection URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url.replace(/^mysql:/, "mariadb:")).pathname.replace(/^\//, ""));
}

/** The same URL pointed at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url.replace(/^mysql:/, "mariadb:"));
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString().replace(/^mariadb:/, url.startsWith("mysql:") ? "mysql:" : "mariadb:");
}
