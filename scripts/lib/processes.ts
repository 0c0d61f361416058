/**
 * Child processes for the dev and e2e orchestrators. Each child runs in its own process
 * group, so stopping it also stops what it started (npx -> next -> next-server), and nothing
 * is left holding a port.
 */
import { spawn, type ChildProcess } from "node:child_process";

export function startGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(cmd, args, { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the child's group, SIGKILL after `graceMs`; resolves when the child has exited. */
export function stopGroup(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  signalGroup(child, "SIGTERM");
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
