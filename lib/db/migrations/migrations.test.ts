import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "../../env";
import { applyMigrations, migrationPaths, readMigrationsFolder } from "./apply-migrations";
import { applyMigrationsFolder, diffDatamodels } from "./schema-engine";

const RUN_DB_MIGRATE = "run `npm run db:migrate -- --name <change>`";

// Two fresh databases on the test server: one built by the migrations, one straight from
// schema.prisma. They are created and dropped from the server's `postgres` database, reached from
// DATABASE_URL because lint keeps process.env (and so TEST_ADMIN_DATABASE_URL) to lib/env.ts.
const serverUrl = new URL(requiredDatabaseUrl());
const adminUrl = withDatabase("postgres");
const suffix = `${process.pid}_${Date.now()}`;
const migratedDb = `migrations_test_migrated_${suffix}`;
const fromSchemaDb = `migrations_test_from_schema_${suffix}`;

describe("migrations", () => {
  beforeAll(async () => {
    await onAdmin(`CREATE DATABASE "${migratedDb}"`, `CREATE DATABASE "${fromSchemaDb}"`);
  });

  afterAll(async () => {
    await onAdmin(`DROP DATABASE IF EXISTS "${migratedDb}" WITH (FORCE)`, `DROP DATABASE IF EXISTS "${fromSchemaDb}" WITH (FORCE)`);
  });

  it("apply every migration to an empty database, then nothing on a second run", async () => {
    const all = (await readMigrationsFolder()).migrations.map((migration) => migration.name);
    expect(all.length).toBeGreaterThan(0);

    expect((await applyMigrations(withDatabase(migratedDb))).applied).toEqual(all);
    expect((await applyMigrations(withDatabase(migratedDb))).applied).toEqual([]);
  });

  it("give exactly the schema that schema.prisma describes", async () => {
    const schema = await readFile(migrationPaths.schema, "utf8");
    const createEverything = await diffDatamodels(null, schema);
    if (createEverything === null) throw new Error("schema.prisma describes an empty database");
    await query(withDatabase(fromSchemaDb), createEverything);
    const expected = await describeCatalog(withDatabase(fromSchemaDb));
    expect(expected.tables).toContain("User");

    await applyMigrations(withDatabase(migratedDb));
    expect(
      await describeCatalog(withDatabase(migratedDb)),
      `The migrations do not build the database schema.prisma describes. If schema.prisma changed, ${RUN_DB_MIGRATE}; otherwise a migration.sql was edited by hand.`,
    ).toEqual(expected);
  });

  it("keep the one-number-per-foot skin temperatures as readings whose spot was not recorded", async () => {
    const legacyDb = `migrations_test_legacy_${suffix}`;
    await onAdmin(`CREATE DATABASE "${legacyDb}"`);
    try {
      const folder = await readMigrationsFolder();
      const index = folder.migrations.findIndex((migration) => migration.name.endsWith("_guidance_temperature_setup"));
      await applyMigrationsFolder(withDatabase(legacyDb), { ...folder, migrations: folder.migrations.slice(0, index) });
      await query(
        withDatabase(legacyDb),
        `INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'legacy@example.com', 'Legacy', now());
         INSERT INTO "Entry" ("id", "userId", "recordedAt", "localDate", "timeZone", "pain", "leftTempC", "rightTempC", "updatedAt")
         VALUES ('e1', 'u1', now(), '2026-03-01', 'UTC', 2, 31.4, 33.9, now()), ('e2', 'u1', now(), '2026-03-02', 'UTC', 1, 30.0, NULL, now()),
                ('e3', 'u1', now(), '2026-03-03', 'UTC', 1, NULL, NULL, now())`,
      );
      await applyMigrations(withDatabase(legacyDb));
      const readings = await query(withDatabase(legacyDb), `SELECT "userId", "entryId", foot::text, site::text, celsius::text FROM "TemperatureReading" ORDER BY "entryId", foot`);
      expect(readings).toEqual([
        { userId: "u1", entryId: "e1", foot: "LEFT", site: "UNRECORDED", celsius: "31.4" },
        { userId: "u1", entryId: "e1", foot: "RIGHT", site: "UNRECORDED", celsius: "33.9" },
        { userId: "u1", entryId: "e2", foot: "LEFT", site: "UNRECORDED", celsius: "30.0" },
      ]);
    } finally {
      await onAdmin(`DROP DATABASE IF EXISTS "${legacyDb}" WITH (FORCE)`);
    }
  });

  it("leave no schema change without a migration", async () => {
    const schema = await readFile(migrationPaths.schema, "utf8");
    const snapshot = await readFile(migrationPaths.snapshot, "utf8");
    // Compared through the engine, so an edit to comments alone needs no migration.
    expect(await diffDatamodels(snapshot, schema), `prisma/schema.prisma changed without a migration: ${RUN_DB_MIGRATE}.`).toBeNull();
  });
});

/**
 * What the application can observe of a database's public schema, apart from the migrations
 * table. Column and enum value order are left out: a column or value added by a later migration
 * lands last, where schema.prisma may list it anywhere, and Prisma never relies on either order.
 */
async function describeCatalog(url: string) {
  const notMigrationsTable = "<> '_prisma_migrations'";
  const [tables, columns, indexes, constraints, enums] = await Promise.all([
    query(url, `SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_name ${notMigrationsTable} ORDER BY 1`),
    query(url, `SELECT table_name, column_name, data_type, udt_name, character_maximum_length,
                       numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name ${notMigrationsTable} ORDER BY 1, 2`),
    query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename ${notMigrationsTable} ORDER BY 1, 2`),
    query(url, `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text ${notMigrationsTable}
                ORDER BY 1, 2`),
    query(url, `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumlabel) AS labels
                FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                WHERE t.typnamespace = 'public'::regnamespace GROUP BY 1 ORDER BY 1`),
  ]);
  return { tables: tables.map((row) => row.table_name), columns, indexes, constraints, enums };
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function onAdmin(...statements: string[]) {
  for (const statement of statements) await query(adminUrl, statement);
}

function withDatabase(database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function requiredDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is unset: run the tests through vitest, whose global setup starts PostgreSQL.");
  return url;
}
