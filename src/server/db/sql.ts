import { createPool, type Pool, type PoolConnection } from "mariadb";
import { env } from "@/env";
import { poolConfigFromUrl } from "./connection";

/**
 * Plain SQL on the hottest paths (creating a cart, adding a line, reading a cart, placing an
 * order), through the mariadb driver directly: about 0.16 ms of CPU per statement where a
 * Prisma model query costs 0.5-1 ms, and a transaction's statements issued together
 * (`Promise.all`) go to the server as ONE multi-statement query, so its independent writes
 * cost one round trip and one socket write. Everything else goes through Prisma (storeDb /
 * platformDb).
 *
 * Tenant isolation is by hand here, as in every raw query: each statement names the store
 * (`storeId = ?`) on every table it touches; the cross-tenant tests of the cart and checkout
 * cover these statements.
 *
 * The same statements run inside a Prisma interactive transaction through `sqlOf(tx)`, so a
 * code path written against TSql serves both (the checkout's general path needs Prisma's
 * transaction for the inventory domain). Values and results match Prisma's raw queries:
 * dates are sent and read as UTC, BIGINT columns come back as bigint.
 */

/** A value bound to a `?` placeholder. */
export type TSqlValue = string | number | bigint | boolean | Date | null;

/** A connection or transaction that runs SQL with `?` placeholders. */
export type TSql = {
  /** Rows of a SELECT (or of any statement returning rows), as objects keyed by column label. */
  query<T>(text: string, values?: readonly TSqlValue[]): Promise<T[]>;
  /** A statement without rows; returns the number of rows it changed. */
  execute(text: string, values?: readonly TSqlValue[]): Promise<number>;
  /**
   * Ends the transaction's statements. In a driver transaction (sqlTransaction) COMMIT goes
   * to the server in the same multi-statement query as the statements issued with it, so the
   * last writes and the commit cost one round trip; the query stops at its first error, so a
   * failing statement of that batch leaves the transaction uncommitted (it is rolled back).
   * Call it only where nothing after it can fail: what the caller does once it resolves is no
   * longer undone. In a Prisma transaction (sqlOf) it commits nothing (Prisma commits when its
   * callback returns); outside a transaction (sql()) every statement commits on its own.
   * Either way, a statement issued after it is refused.
   */
  commit(): Promise<void>;
};

/** The Prisma transaction (or client) methods that sqlOf needs. */
type TPrismaRaw = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

/** A Date as MariaDB DATETIME(3) text in UTC, the way Prisma's adapter writes it ("2026-11-21 03:04:05.007"). */
export function utcDateTime(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

type TResult = unknown[] | { affectedRows?: number };

const bind = (values: readonly TSqlValue[] | undefined) => (values ?? []).map((v) => (v instanceof Date ? utcDateTime(v) : v));

const DATE_TIME_TYPES = new Set(["DATETIME", "TIMESTAMP", "DATETIME2", "TIMESTAMP2"]);

/**
 * DATETIME and TIMESTAMP columns are UTC (as Prisma writes them). The driver hands them over as
 * text (`dateStrings`: a typeCast function would cost a wrapper per column of every row); the
 * columns the result's metadata names as such are read here as UTC instants.
 */
function withUtcDates(result: TResult): TResult {
  if (!Array.isArray(result)) return result;
  const meta = (result as { meta?: { type: string; name(): string }[] }).meta;
  if (!meta) return result;
  let columns: string[] | null = null;
  for (const column of meta) if (DATE_TIME_TYPES.has(column.type)) (columns ??= []).push(column.name());
  if (!columns) return result;
  for (const row of result as Record<string, unknown>[]) {
    for (const column of columns) {
      const text = row[column];
      if (typeof text === "string") row[column] = new Date(`${text.replace(" ", "T")}Z`);
    }
  }
  return result;
}

const globalForSql = globalThis as unknown as { __ecomSqlPool?: { url: string; pool: Pool } };

/** The process's driver pool for DATABASE_URL (created on first use, beside Prisma's own). */
function pool(): Pool {
  const url = env().DATABASE_URL;
  const current = globalForSql.__ecomSqlPool;
  if (current?.url === url) return current.pool;
  if (current) void current.pool.end().catch(() => undefined);
  // multipleStatements: a transaction's statements issued together go as ONE query (see
  // batchingConnection). Safe here because every statement of this module binds its values
  // with `?`; never build SQL text from input on this pool. dateStrings and autoJsonMap are
  // the pool's (not each query's): options given with a query make the driver copy all of the
  // connection's options into a new object for that query.
  const created = createPool({
    ...poolConfigFromUrl(url),
    checkDuplicate: false,
    bigIntAsNumber: false,
    insertIdAsNumber: true,
    multipleStatements: true,
    dateStrings: true,
    autoJsonMap: false,
  });
  globalForSql.__ecomSqlPool = { url, pool: created };
  return created;
}

/** Closes the driver pool (with disconnectDb, when a script or the worker stops). */
export async function closeSqlPool(): Promise<void> {
  const current = globalForSql.__ecomSqlPool;
  globalForSql.__ecomSqlPool = undefined;
  await current?.pool.end();
}

const COMMITTED = "The transaction's statements were ended by commit(): no statement may follow";

/** How a TSql runs its two kinds of statement (values already bound). */
type TRunner = { rows(text: string, values: unknown[]): Promise<unknown[]>; changed(text: string, values: unknown[]): Promise<number> };

/** A runner over `send`, which answers a statement's rows or its OK packet. */
const sending = (send: (text: string, values: unknown[]) => Promise<TResult>): TRunner => ({
  rows: async (text, values) => withUtcDates(await send(text, values)) as unknown[],
  changed: async (text, values) => Number(((await send(text, values)) as { affectedRows?: number }).affectedRows ?? 0),
});

/** TSql over `runner`; `commit` ends the statements (see TSql.commit) and later ones are refused. */
function handle(runner: TRunner, commit: () => Promise<void> = async () => undefined): TSql {
  let ended = false;
  const refused = () => Promise.reject(new Error(COMMITTED));
  return {
    query: <T>(text: string, values?: readonly TSqlValue[]) => (ended ? refused() : (runner.rows(text, bind(values)) as Promise<T[]>)),
    execute: (text: string, values?: readonly TSqlValue[]) => (ended ? refused() : runner.changed(text, bind(values))),
    commit() {
      if (ended) return refused();
      ended = true;
      return commit();
    },
  };
}

function onPool(conn: Pool): TSql {
  return handle(sending((text, values) => conn.query(text, values) as Promise<TResult>));
}

/** A driver transaction's TSql, and what sqlTransaction needs to know to end it. */
type TBatchingTx = { tx: TSql; state: { begun: boolean; committed: boolean; commitError?: unknown } };

/**
 * A transaction's connection that sends the statements issued in the same turn of the event
 * loop (before anything is awaited) as ONE multi-statement query: one socket write and one
 * round trip, where pipelining alone still costs a write and a parser per statement. The
 * first batch starts with START TRANSACTION, and commit() puts COMMIT at the end of its batch.
 * Each caller gets its own statement's result. MariaDB stops a multi-statement query at its
 * first error: every statement of that batch then fails with that error (and a COMMIT in it
 * never runs; the transaction is rolled back).
 */
function batchingConnection(conn: PoolConnection): TBatchingTx {
  type TPending = { text: string; values: unknown[]; resolve: (result: TResult) => void; reject: (error: unknown) => void };
  const state: TBatchingTx["state"] = { begun: false, committed: false };
  let pending: TPending[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    const begin = !state.begun;
    state.begun = true;
    if (batch.length === 1 && !begin) {
      const [only] = batch;
      (conn.query(only!.text, only!.values) as Promise<TResult>).then(only!.resolve, only!.reject);
      return;
    }
    const text = (begin ? ["START TRANSACTION", ...batch.map((b) => b.text)] : batch.map((b) => b.text)).join(";\n");
    (conn.query(text, batch.flatMap((b) => b.values)) as Promise<TResult[]>).then(
      (results) => batch.forEach((b, i) => b.resolve(results[begin ? i + 1 : i]!)),
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  };
  const send = (text: string, values: unknown[]) =>
    new Promise<TResult>((resolve, reject) => {
      pending.push({ text, values, resolve, reject });
      if (pending.length === 1) queueMicrotask(flush);
    });
  const commit = async () => {
    try {
      await send("COMMIT", []);
      state.committed = true;
    } catch (error) {
      state.commitError = error;
      throw error;
    }
  };
  return { tx: handle(sending(send), commit), state };
}

/** Statements outside a transaction (each one autocommits), on the driver pool. */
export function sql(): TSql {
  return onPool(pool());
}

/**
 * Runs `fn` in a transaction on one driver connection: committed when it resolves (in the
 * same round trip as its last statements when it calls tx.commit()), rolled back when it
 * throws (the error is rethrown). Statements that `fn` issues without awaiting each other
 * (`Promise.all`) go to the server as one multi-statement query; START TRANSACTION goes with
 * the first of them.
 */
export async function sqlTransaction<T>(fn: (tx: TSql) => Promise<T>): Promise<T> {
  const conn = await pool().getConnection();
  try {
    const { tx, state } = batchingConnection(conn);
    let result: T;
    try {
      result = await fn(tx);
      // A commit batch that failed is never followed by a COMMIT, even when fn caught the error.
      if (state.commitError) throw state.commitError;
    } catch (error) {
      // After a COMMIT that ran there is nothing left to roll back (ROLLBACK is then a no-op).
      if (state.begun) await conn.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    if (state.begun && !state.committed) await conn.query("COMMIT");
    return result;
  } finally {
    await conn.release();
  }
}

/**
 * TSql over a Prisma interactive transaction (or client): the same statements, run one after
 * another in Prisma's transaction. Statements issued together are queued, not pipelined.
 */
export function sqlOf(tx: TPrismaRaw): TSql {
  let queue: Promise<unknown> = Promise.resolve();
  const next = <R>(run: () => Promise<R>): Promise<R> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
  return handle({
    rows: (text, values) => next(() => tx.$queryRawUnsafe<unknown[]>(text, ...values)),
    changed: (text, values) => next(() => tx.$executeRawUnsafe(text, ...values)),
  });
}

/** A TSql, or a Prisma transaction (or client) that asSql turns into one. */
export type TSqlCapable = TSql | TPrismaRaw;

/** The TSql itself, or sqlOf(tx) for a Prisma transaction: for writers called from both kinds. */
export function asSql(db: TSqlCapable): TSql {
  return "execute" in db && typeof db.execute === "function" ? (db as TSql) : sqlOf(db as TPrismaRaw);
}

/** `(?, ?, ?), (?, ?, ?)`: the VALUES placeholders of a multi-row INSERT. */
export function valueRows(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => "?").join(", ")})`;
  return Array.from({ length: rows }, () => row).join(", ");
}
