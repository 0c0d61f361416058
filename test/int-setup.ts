import { inject } from "vitest";

// Before any module reads configuration: point the app at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_SERVER_URL = inject("databaseServerUrl");
process.env.LOG_LEVEL ??= "silent";
