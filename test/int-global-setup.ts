/**
 * Integration tests: one throwaway database per run, migrated once, dropped at the end.
 * Test files share it but create their own stores and rows (unique slugs), so they do not
 * depend on each other's data or order.
 */
import type { TestProject } from "vitest/node";
import { migrate } from "../src/server/db/migrator";
import { createDatabase, dropDatabase, findDatabaseServer, testDatabaseName } from "../scripts/lib/database-server";

export default async function setup(project: TestProject) {
  const server = await findDatabaseServer();
  const name = testDatabaseName("int");
  const url = await createDatabase(server.url, name);
  await migrate(url);
  project.provide("databaseUrl", url);
  project.provide("databaseServerUrl", server.url);
  return async () => {
    await dropDatabase(server.url, name);
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServerUrl: string;
  }
}
