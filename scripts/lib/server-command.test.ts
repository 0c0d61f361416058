import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nextStartArgs, SERVER_NODE_FLAGS } from "./server-command";

describe("the production server's Node flags", () => {
  it("are the same in npm start, the container's CMD and the servers the benchmarks and e2e start", () => {
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.start!;
    expect(start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} node_modules/next/dist/bin/next start`);
    const cmd = readFileSync("Dockerfile", "utf8").split("\n").find((line) => line.startsWith("CMD "));
    expect(cmd).toContain(`node ${SERVER_NODE_FLAGS.join(" ")} server.js`);
    expect(nextStartArgs(3200, ["--cpu-prof"])).toEqual([...SERVER_NODE_FLAGS, "--cpu-prof", "node_modules/next/dist/bin/next", "start", "--port", "3200"]);
  });
});
