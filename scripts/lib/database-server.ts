/**
 * Finds a MySQL-compatible server for development and tests, in this order:
 * 1. DATABASE_SERVER_URL (a server URL without a database), if set;
 * 2. the server on 127.0.0.1:3306 with user root and no password, if it answers;
 * 3. a project-local MariaDB in .data/mariadb on port 3407, started on demand when
 *    `mariadbd` is installed (stopped by whoever started it).
 * Tooling only: application code reads configuration through src/env.ts.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import mariadb from "mariadb";
import { poolConfigFromUrl } from "../../src/server/db/connection";

export type TDatabaseServer = { url: string; stop: () => Promise<void>; local: boolean };

const DEFAULT_URL = "mysql://root@127.0.0.1:3306";
const LOCAL_PORT = 3407;

export async function canConnect(url: string, timeoutMs = 1500): Promise<boolean> {
  try {
    const conn = await mariadb.createConnection({ ...poolConfigFromUrl(url), database: undefined, connectTimeout: timeoutMs });
    await conn.end();
    return true;
  } catch {
    return false;
  }
}

function which(cmd: string): string | null {
  for (const dir of ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", ...(process.env.PATH ?? "").split(":")]) {
    const p = path.join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

async function startLocalMariaDb(root: string): Promise<TDatabaseServer> {
  const mariadbd = which("mariadbd");
  const installDb = which("mariadb-install-db");
  if (!mariadbd || !installDb) {
    throw new Error(
      "No database: set DATABASE_URL, run a MySQL-compatible server on 127.0.0.1:3306 (root, no password), or install MariaDB (apt-get install mariadb-server).",
    );
  }
  const dataDir = path.join(root, ".data", "mariadb");
  const cnf = path.join(root, ".data", "my.cnf");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    cnf,
    [
      "[mysqld]",
      `datadir=${dataDir}`,
      `socket=${path.join(root, ".data", "mariadb.sock")}`,
      `pid-file=${path.join(root, ".data", "mariadb.pid")}`,
      `log-error=${path.join(root, ".data", "mariadb.err")}`,
      `port=${LOCAL_PORT}`,
      "bind-address=127.0.0.1",
      "character-set-server=utf8mb4",
      "collation-server=utf8mb4_unicode_ci",
      "skip-name-resolve",
      ...(process.getuid?.() === 0 ? ["user=root"] : []),
      "",
    ].join("\n"),
  );
  if (!existsSync(path.join(dataDir, "mysql"))) {
    const r = spawnSync(installDb, [`--defaults-file=${cnf}`, "--auth-root-authentication-method=normal"], {
      stdio: "ignore",
    });
    if (r.status !== 0) throw new Error(`mariadb-install-db failed; see ${dataDir}`);
  }
  const child: ChildProcess = spawn(mariadbd, [`--defaults-file=${cnf}`], { stdio: "ignore", detached: false });
  const url = `mysql://root@127.0.0.1:${LOCAL_PORT}`;
  for (let i = 0; i < 100; i++) {
    if (await canConnect(url, 500)) {
      return {
        url,
        local: true,
        stop: async () => {
          if (child.exitCode !== null) return;
          child.kill("SIGTERM");
          await new Promise((r) => child.once("exit", r));
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`The project-local MariaDB did not start; see ${path.join(root, ".data", "mariadb.err")}`);
}

export async function findDatabaseServer(root = process.cwd()): Promise<TDatabaseServer> {
  const explicit = process.env.DATABASE_SERVER_URL;
  if (explicit) return { url: explicit.replace(/\/+$/, ""), local: false, stop: async () => {} };
  if (await canConnect(DEFAULT_URL)) return { url: DEFAULT_URL, local: false, stop: async () => {} };
  return startLocalMariaDb(root);
}

/** Runs statements on the server without selecting a database. */
export async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const conn = await mariadb.createConnection({ ...poolConfigFromUrl(serverUrl), database: undefined });
  try {
    for (const sql of statements) await conn.query(sql);
  } finally {
    await conn.end();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await onServer(serverUrl, [
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  ]);
  return `${serverUrl}/${name}`;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await onServer(serverUrl, [`DROP DATABASE IF EXISTS \`${name}\``]);
}

/** A unique, recognisable name for a throwaway test database. */
export function testDatabaseName(kind: string): string {
  return `ecom_${kind}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
