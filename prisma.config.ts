import { defineConfig } from "prisma/config";

// The CLI is only used offline here (`prisma generate`); migrations are applied by
// `npm run db:migrate`. A deployer may still point `prisma migrate deploy` at DATABASE_URL:
// the migrator writes `_prisma_migrations` exactly as Prisma does.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/ecom" },
});
