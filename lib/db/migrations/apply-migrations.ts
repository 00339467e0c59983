import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrationsFolder, type MigrationsFolder } from "./schema-engine";

// From this file rather than process.cwd(), so scripts, vitest and the launcher agree wherever
// they are started from.
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const migrationPaths = {
  schema: path.join(projectRoot, "prisma", "schema.prisma"),
  migrationsDir: path.join(projectRoot, "prisma", "migrations"),
  lockfile: path.join(projectRoot, "prisma", "migrations", "migration_lock.toml"),
  /** The datamodel as of the last migration; outside the migrations folder, which Prisma owns. */
  snapshot: path.join(projectRoot, "prisma", "migrations-snapshot.prisma"),
};

/**
 * Applies the migrations in prisma/migrations that the database has not had yet, and returns the
 * names of those it applied (none when it is up to date).
 */
export async function applyMigrations(
  databaseUrl: string,
  log?: (line: string) => void,
): Promise<{ applied: string[] }> {
  const folder = await readMigrationsFolder();
  return { applied: await applyMigrationsFolder(databaseUrl, folder, log) };
}

/** prisma/migrations as Prisma reads it: every folder is a migration, in Prisma's order. */
export async function readMigrationsFolder(): Promise<MigrationsFolder> {
  const dir = migrationPaths.migrationsDir;
  const entries = await ifExists(readdir(dir, { withFileTypes: true }));
  const names = (entries ?? [])
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return {
    dir,
    lockfile: await ifExists(readFile(migrationPaths.lockfile, "utf8")),
    migrations: await Promise.all(
      names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })),
    ),
  };
}

/** The result of a file read, or null when the file is not there. */
export async function ifExists<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
