/** Runs once when a server instance starts: fail fast on bad configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertEnv } = await import("./env");
  assertEnv();
}
