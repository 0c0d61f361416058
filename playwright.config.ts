import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";

/** Run through `npm run test:e2e`, which builds, starts the server and prepares the database. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // Custom-domain tests use hostnames under .e2e.test, served by the local server.
        "--host-resolver-rules=MAP *.e2e.test 127.0.0.1",
      ],
    },
    trace: "off",
  },
});
