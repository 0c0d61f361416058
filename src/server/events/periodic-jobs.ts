import "server-only";
import { log } from "@/server/log";

/**
 * Periodic jobs beside the outbox worker (reservation expiry, Stripe reconciliation, stale
 * cart purge). Each job is safe to run from several processes at once (the domain functions
 * claim their rows with row locks); within one process a job never overlaps itself: a tick
 * that comes while the previous run is still going is skipped. A failing job is logged and
 * tried again at its next tick; it never stops the other jobs or the process.
 */
export type TPeriodicJob = {
  /** Unique per process; used in logs and for the overlap guard. */
  name: string;
  /** Time between ticks. */
  intervalMs: number;
  /** One run; the result is logged (keep it small: counts, not rows). */
  run: () => Promise<unknown>;
};

export type TJobOutcome =
  | { name: string; status: "ok"; ms: number; result: unknown }
  | { name: string; status: "failed"; ms: number; error: string }
  | { name: string; status: "skipped"; reason: "already running" | "not due" };

/** Names of the jobs running now in this process (the worker's timers and the cron route share it). */
const running = new Set<string>();
/** When this process last started each job (for runDueJobs). */
const lastStarted = new Map<string, number>();

/**
 * Runs one job now unless this process is already running it ("skipped"). Never throws: a
 * failure is logged and returned as "failed".
 */
export async function runJob(job: TPeriodicJob): Promise<TJobOutcome> {
  if (running.has(job.name)) {
    log.debug({ job: job.name }, "periodic job still running; tick skipped");
    return { name: job.name, status: "skipped", reason: "already running" };
  }
  running.add(job.name);
  lastStarted.set(job.name, Date.now());
  const started = performance.now();
  try {
    const result = await job.run();
    const ms = Math.round(performance.now() - started);
    log.info({ job: job.name, ms, result }, "periodic job done");
    return { name: job.name, status: "ok", ms, result };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    log.error({ err: error, job: job.name, ms }, "periodic job failed");
    return { name: job.name, status: "failed", ms, error: error instanceof Error ? error.message : String(error) };
  } finally {
    running.delete(job.name);
  }
}

/** Runs every job once, side by side; one job's failure does not stop the others. */
export async function runJobsOnce(jobs: readonly TPeriodicJob[]): Promise<TJobOutcome[]> {
  return Promise.all(jobs.map((job) => runJob(job)));
}

/**
 * Runs, side by side, the jobs this process has not started within their interval (the cron
 * route: called every minute or so, it runs the daily purge about daily on a warm instance and
 * at every cold start, which is harmless because every job is idempotent).
 */
export async function runDueJobs(jobs: readonly TPeriodicJob[], now = Date.now()): Promise<TJobOutcome[]> {
  return Promise.all(
    jobs.map((job): Promise<TJobOutcome> => {
      const last = lastStarted.get(job.name);
      if (last !== undefined && now - last < job.intervalMs) return Promise.resolve({ name: job.name, status: "skipped", reason: "not due" });
      return runJob(job);
    }),
  );
}

export type TJobsHandle = {
  workerId: string;
  /** Stops the timers and resolves when the runs in progress have finished. */
  stop: () => Promise<void>;
  /** Resolves once stopped. */
  done: Promise<void>;
};

/**
 * Starts a timer per job: the first run after `firstRunDelayMs` (default 0, so a restarted
 * worker catches up at once), then one tick every `intervalMs`. Ticks that find the job still
 * running are skipped. stop() clears the timers and waits for the runs in progress.
 */
export function startPeriodicJobs(jobs: readonly TPeriodicJob[], options: { workerId?: string; firstRunDelayMs?: number } = {}): TJobsHandle {
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`Two periodic jobs are named "${job.name}"`);
    if (!(job.intervalMs > 0)) throw new Error(`Periodic job "${job.name}" needs a positive intervalMs`);
    names.add(job.name);
  }
  const workerId = options.workerId ?? "jobs";
  const inFlight = new Set<Promise<TJobOutcome>>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));

  const tick = (job: TPeriodicJob) => {
    if (stopped) return;
    const run = runJob(job);
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };
  for (const job of jobs) {
    const first = setTimeout(() => {
      tick(job);
      if (!stopped) timers.push(setInterval(() => tick(job), job.intervalMs));
    }, options.firstRunDelayMs ?? 0);
    timers.push(first);
  }
  log.info({ workerId, jobs: jobs.map((j) => ({ name: j.name, intervalMs: j.intervalMs })) }, "periodic jobs started");

  const stop = async () => {
    if (!stopped) {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all([...inFlight]);
      log.info({ workerId }, "periodic jobs stopped");
      resolveDone();
    }
    return done;
  };
  return { workerId, stop, done };
}
