/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { assertEnv } from "@/env";
import { migrate } from "@/server/db/migrator";

const { DATABASE_URL } = assertEnv();
migrate(DATABASE_URL, { log: (m) => console.log(`db:migrate ${m}`) })
  .then((r) => {
    console.log(`db:migrate ${r.applied.length} applied, ${r.alreadyApplied.length} already applied`);
    if (r.unknownInDatabase.length) {
      console.warn(`db:migrate warning: applied in the database but missing here: ${r.unknownInDatabase.join(", ")}`);
    }
  })
  .catch((error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
