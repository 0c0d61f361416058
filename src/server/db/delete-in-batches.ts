/** One run of a pruning function: which rows are old enough, rows per statement, when to stop. */
export type TPruneOptions = {
  /** Rows whose time (each pruner says which) is before this go; each pruner has its default. */
  before?: Date;
  /** Rows deleted per statement (default 1,000). */
  batchSize?: number;
  /** Epoch milliseconds after which no further batch is started; the next run takes the rest. */
  deadline?: number;
};

/**
 * Deletes rows a batch at a time, each batch one statement and so one short transaction (no
 * long lock on a busy table, nothing half done when the process stops between batches), until
 * a batch deletes fewer than `batchSize` rows or the deadline has passed. `deleteBatch(limit)`
 * runs one `DELETE ... LIMIT limit` and returns how many rows it deleted. Returns the total.
 */
export async function deleteInBatches(deleteBatch: (limit: number) => Promise<number>, options: TPruneOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 1_000;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError("deleteInBatches: batchSize must be a positive integer");
  let deleted = 0;
  for (;;) {
    const count = await deleteBatch(batchSize);
    deleted += count;
    if (count < batchSize || Date.now() >= (options.deadline ?? Number.POSITIVE_INFINITY)) return deleted;
  }
}

/** The moment `days` days before `now`. */
export function daysBefore(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}
