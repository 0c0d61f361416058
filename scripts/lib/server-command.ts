/**
 * How the production web server is started, in one place: Node with a larger young generation
 * (`--max-semi-space-size`, in MB). A request allocates a few hundred KB that live for as long
 * as the request (tens to hundreds of milliseconds under load); with V8's default semi-space
 * (16 MB) they outlive several scavenges and are copied and promoted each time (about 5% of the
 * server's main thread under the checkout benchmark). With 64 MB the young generation is
 * scavenged a quarter as often and most of them die young. It costs up to about 128 MB more
 * memory per process. package.json's `start` and the Dockerfile's CMD carry the same flags
 * (server-command.test.ts checks that); the benchmarks and e2e start the server through
 * nextStartArgs, so they measure and test what runs in production.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;

/** The arguments of `node` for `next start` on `port`, with SERVER_NODE_FLAGS (and `extra` Node flags). */
export function nextStartArgs(port: number | string, extra: readonly string[] = []): string[] {
  return [...SERVER_NODE_FLAGS, ...extra, "node_modules/next/dist/bin/next", "start", "--port", String(port)];
}
