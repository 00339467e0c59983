import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration, MIGRATION_NAME_PATTERN } from "../lib/db/migrations/create-migration";
import { env } from "../lib/env";

// `npm run db:migrate -- --name <change>`: writes the migration for what changed in
// prisma/schema.prisma since the last one. It applies nothing: `npm start`, `npm run dev` and the
// tests apply pending migrations as they start.

const USAGE = "usage: npm run db:migrate -- --name <change>   (lowercase letters, digits, underscores)";

function migrationName(): string {
  try {
    const { values } = parseArgs({ options: { name: { type: "string" } }, strict: true });
    if (values.name && MIGRATION_NAME_PATTERN.test(values.name)) return values.name;
  } catch {
    // An unknown or malformed option gets the same usage message as a missing name.
  }
  console.error(USAGE);
  process.exit(2);
}

async function main() {
  const written = await createMigration(migrationName());
  if (written === null) {
    console.log("No schema changes");
    return;
  }
  console.log(`Wrote ${path.join("prisma", "migrations", written, "migration.sql")}`);
  const target = env().DATABASE_URL ? "the database at DATABASE_URL" : "the embedded database";
  console.log(`The app applies it to ${target} when it next starts (npm run dev / npm start).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
