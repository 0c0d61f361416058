import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React Server Components; tests and scripts are server code.
  "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          env: { LOG_LEVEL: "silent" },
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        // Outbox worker tests claim events with SKIP LOCKED under type filters: a concurrent
        // claim scan by another file's worker can hide rows for a moment. They run one file at
        // a time, after the other integration tests, in a database of their own.
        resolve: { alias },
        test: {
          name: "int-events",
          include: ["src/server/events/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["test/int-global-setup.ts"],
          setupFiles: ["test/int-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", "scripts/**/*.int.test.ts", "test/**/*.int.test.ts"],
          exclude: ["src/server/events/**", "node_modules/**"],
          sequence: { groupOrder: 0 },
          environment: "node",
          globalSetup: ["test/int-global-setup.ts"],
          setupFiles: ["test/int-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
