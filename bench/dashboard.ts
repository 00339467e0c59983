// How fast the Trends dashboard loads its figures on years of data, and what Prisma adds.
//   npm run bench:dashboard            (30 timed runs per range after 3 warm-ups)
//   npm run bench:dashboard -- 50      (50 timed runs)
// Starts a throw-away embedded PostgreSQL, applies the migrations and seeds, with set-based SQL,
// one person with 10 years of daily checks (1–3 a day, up to 5 observations each) among 1,000
// other people with a year of checks each, and fills the daily summary from those rows. Then, for
// 30 days, 90 days, 1 year and all time, it times
//  - loadDashboard() (Prisma, as the page runs it, from the daily summary),
//  - the very same statements sent through plain pg (what Prisma adds),
//  - the statements over the entries and over the daily summary, both on plain pg (what the
//    summary saves, range by range),
//  - a floor: the shortest hand-written SQL for each figure over the raw tables, six statements
//    in one round trip with the range known in advance (independent of lib/trends/sql.ts),
// prints p50 / p95 and both ratios, EXPLAIN ANALYZE of the statements, and the Trends route's
// first-load JavaScript from the last `next build`.
// Figures are recorded in docs/decisions/0014-trends-in-sql.md and 0085-daily-summary.md.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { setForThisProcess } from "../lib/env";
import { rebuildAllSql } from "../lib/trends/daily-summary";
import { routeFirstLoadJs } from "../lib/trends/first-load-js";
import { trendsParamsSchema, resolveRange, type RangePreset } from "../lib/trends/range";
import * as statements from "../lib/trends/sql";
import { summaryStatements } from "../lib/trends/summary-sql";
import { localDateOf } from "../lib/time/local-day";

const runs = Number(process.argv[2] ?? 30);
const USER_ID = "bench-user";
const ZONE = "America/New_York";
const NOW = new Date("2026-11-26T15:00:00Z");
const OTHER_USERS = 1000;
const YEARS = 10;

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function seed(pool: pg.Pool) {
  const started = performance.now();
  await pool.query("SELECT setseed(0.42)");
  await pool.query(`
    INSERT INTO "User" ("id", "email", "name", "timeZone", "updatedAt")
    SELECT CASE WHEN n = 0 THEN '${USER_ID}' ELSE 'other-' || n END, 'bench-' || n || '@example.com', 'Bench ' || n,
           CASE WHEN n % 2 = 0 THEN '${ZONE}' ELSE 'Europe/London' END, now()
    FROM generate_series(0, ${OTHER_USERS}) AS n`);
  // Checks: the person every day for 10 years (1–3 a day), the others every day for a year (1 a day).
  await pool.query(`
    CREATE TEMP TABLE days AS
    SELECT u."id" AS "userId", u."timeZone", d::date AS day, c AS check_number
    FROM "User" u
    CROSS JOIN LATERAL generate_series(
      ('2026-11-26'::date - CASE WHEN u."id" = '${USER_ID}' THEN ${YEARS * 365} ELSE 365 END), '2026-11-25'::date, '1 day') AS d
    CROSS JOIN LATERAL generate_series(1, CASE WHEN u."id" = '${USER_ID}' THEN 1 + floor(random() * 3)::int ELSE 1 END) AS c`);
  await pool.query(`
    INSERT INTO "Entry" ("id", "userId", "recordedAt", "localDate", "timeZone", "pain", "careKind", "careMinutes", "updatedAt")
    SELECT md5("userId" || day || check_number), "userId",
           ((day + make_time(7 + check_number * 5, (random() * 59)::int, 0)) AT TIME ZONE "timeZone"), day, "timeZone",
           (random() * 10)::int,
           (CASE WHEN random() < 0.3 THEN 'SELF' ELSE 'NONE' END)::"CareKind", NULL,
           now()
    FROM days`);
  // Half the checks measure skin temperature: the six IWGDF spots, on both feet.
  await pool.query(`
    INSERT INTO "TemperatureReading" ("id", "userId", "entryId", "foot", "site", "celsius")
    SELECT md5(e."id" || f || s), e."userId", e."id", f::"Foot", s::"TemperatureSite", round((29 + random() * 4)::numeric, 1)
    FROM "Entry" e
    CROSS JOIN unnest(ARRAY['LEFT', 'RIGHT']) AS f
    CROSS JOIN unnest(ARRAY['HALLUX', 'FIRST_METATARSAL_HEAD', 'THIRD_METATARSAL_HEAD', 'FIFTH_METATARSAL_HEAD', 'MIDFOOT', 'HEEL']) AS s
    WHERE abs(hashtext(e."id")) % 2 = 0`);
  await pool.query(`UPDATE "Entry" SET "careMinutes" = 15 WHERE "careKind" <> 'NONE'`);
  await pool.query(`
    INSERT INTO "Observation" ("id", "userId", "entryId", "position", "foot", "region", "kind", "pain")
    SELECT md5(e."id" || p), e."userId", e."id", p,
           (enum_range(NULL::"Foot"))[1 + floor(random() * 2)::int],
           (enum_range(NULL::"FootRegion"))[1 + floor(random() * 10)::int],
           (enum_range(NULL::"ObservationKind"))[1 + floor(random() * 22)::int],
           CASE WHEN random() < 0.6 THEN (random() * 10)::int END
    FROM "Entry" e
    -- length(e."id") ties the series to each row, so every entry draws its own 0–5.
    CROSS JOIN LATERAL generate_series(1, floor(random() * 6)::int + 0 * length(e."id")) AS p`);
  for (const rebuild of rebuildAllSql()) await pool.query(rebuild.text, rebuild.values);
  // As autovacuum would leave the tables: statistics, and the visibility map index-only scans need.
  await pool.query("VACUUM ANALYZE");
  const counts = await pool.query<{ users: number; entries: number; observations: number; mine: number; mineObs: number }>(`
    SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Entry")::int AS entries,
           (SELECT count(*) FROM "Observation")::int AS observations,
           (SELECT count(*) FROM "Entry" WHERE "userId" = '${USER_ID}')::int AS mine,
           (SELECT count(*) FROM "Observation" WHERE "userId" = '${USER_ID}')::int AS "mineObs"`);
  const c = counts.rows[0]!;
  console.log(
    `seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${c.users} users, ${c.entries} entries, ${c.observations} observations; ` +
      `the measured person: ${c.mine} entries, ${c.mineObs} observations over ${YEARS * 365} days`,
  );
}

/** The statements loadDashboard sends, in the same order, on plain pg; from the entries or the summary. */
async function plainDashboard(pool: pg.Pool, preset: RangePreset, source: statements.DashboardStatements) {
  let firstDay: string | null = null;
  if (preset === "all") {
    const first = statements.firstDaySql(USER_ID).sql;
    firstDay = (await pool.query<{ firstDay: string | null }>(first.text, first.values)).rows[0]?.firstDay ?? null;
  }
  const range = resolveRange({ range: preset, from: null, to: null }, localDateOf(NOW, ZONE), firstDay);
  const statement = statements.dashboardSql({ userId: USER_ID, ...range }, { kind: null, foot: null, region: null }, source);
  await pool.query(statement.sql.text, statement.sql.values);
  return statement;
}

/**
 * The floor: for each figure the shortest SQL that answers it over the raw tables, written by hand
 * for a range known in advance (no calendar lookup), all six in one simple-protocol round trip.
 * The values are the bench's own constants, so they are inlined.
 */
function floorSql(range: ReturnType<typeof resolveRange>): string {
  const day = (column: string, bucket: string) => (bucket === "day" ? column : `date_trunc('${bucket}', ${column})::date`);
  const mine = `"userId" = '${USER_ID}'`;
  const inRange = `"localDate" BETWEEN '${range.from}' AND '${range.to}'`;
  const window = { day: "6 days", week: "21 days", month: "2 months" }[range.seriesBucket];
  return `
    SELECT p, max(pain), avg(pain), count(*), avg(avg(pain)) OVER (ORDER BY p RANGE '${window}' PRECEDING)
      FROM (SELECT ${day(`"localDate"`, range.seriesBucket)} AS p, pain FROM "Entry"
            WHERE ${mine} AND "localDate" BETWEEN ('${range.from}'::date - '${window}'::interval)::date AND '${range.to}') e GROUP BY p;
    SELECT avg(pain) FILTER (WHERE "localDate" >= '${range.from}'), count(*) FILTER (WHERE "localDate" >= '${range.from}'),
           count(DISTINCT "localDate") FILTER (WHERE "localDate" >= '${range.from}'),
           avg(pain) FILTER (WHERE "localDate" < '${range.from}'), count(*) FILTER (WHERE "localDate" < '${range.from}')
      FROM "Entry" WHERE ${mine} AND "localDate" BETWEEN '${range.previous.from}' AND '${range.to}';
    SELECT ${day(`e."localDate"`, range.barBucket)}, o.kind, count(*) FROM "Entry" e JOIN "Observation" o ON o."entryId" = e.id AND o.${mine}
      WHERE e.${mine} AND e.${inRange} GROUP BY 1, 2;
    SELECT o.foot, o.region, count(*), count(DISTINCT e."localDate"), avg(o.pain), count(o.pain)
      FROM "Entry" e JOIN "Observation" o ON o."entryId" = e.id AND o.${mine} WHERE e.${mine} AND e.${inRange} GROUP BY 1, 2;
    WITH d AS (SELECT "localDate" AS day, bool_or("careKind" <> 'NONE') AS care, avg(pain) AS pain FROM "Entry"
               WHERE ${mine} AND "localDate" BETWEEN '${range.from}' AND '${range.to}'::date + 1 GROUP BY 1)
    SELECT d.care, count(*), avg(n.pain) FROM d JOIN d n ON n.day = d.day + 1 WHERE d.day <= '${range.to}' GROUP BY 1;
    SELECT ${day("day", range.seriesBucket)}, site, avg(l), avg(r), avg(l - r) FROM (
      SELECT e."localDate" AS day, t.site, max(t.celsius) FILTER (WHERE t.foot = 'LEFT') AS l, max(t.celsius) FILTER (WHERE t.foot = 'RIGHT') AS r
      FROM "Entry" e JOIN "TemperatureReading" t ON t."entryId" = e.id AND t.${mine} WHERE e.${mine} AND e.${inRange} GROUP BY e.id, 1, 2) x GROUP BY 1, 2;`;
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  for (let warm = 0; warm < 3; warm++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function main() {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, ${runs} timed runs per range after 3 warm-ups`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-bench-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_bench" });
  const pool = new pg.Pool({ connectionString: postgres.url, max: 10 });
  try {
    await applyMigrations(postgres.url);
    const version = await pool.query<{ server_version: string }>("SHOW server_version");
    console.log(`PostgreSQL ${version.rows[0]?.server_version}`);
    await seed(pool);

    setForThisProcess({ DATABASE_URL: postgres.url, NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters", DB_POOL_MAX: "10" });
    const { loadDashboard } = await import("../lib/trends/dashboard");
    const { closeDb } = await import("../lib/db/client");
    const user = { id: USER_ID, timeZone: ZONE };

    const results: string[] = [];
    const sources: string[] = [];
    const targets: string[] = [];
    const ms = (times: number[], fraction: number) => percentile(times, fraction).toFixed(1).padStart(6);
    for (const preset of ["30d", "90d", "1y", "all"] as const) {
      const params = trendsParamsSchema.parse({ range: preset });
      const range = (await loadDashboard(user, params, NOW)).range;
      const prisma = await time(() => loadDashboard(user, params, NOW));
      const same = await time(() => plainDashboard(pool, preset, summaryStatements));
      const fromEntries = await time(() => plainDashboard(pool, preset, statements.entryStatements));
      const fromSummary = await time(() => plainDashboard(pool, preset, summaryStatements));
      const floorText = floorSql(range);
      const floor = await time(() => pool.query(floorText));
      const ratio = (of: number[], to: number[], fraction: number) => (percentile(of, fraction) / percentile(to, fraction)).toFixed(2);
      results.push(
        `${preset.padEnd(4)} loadDashboard p50 ${ms(prisma, 0.5)} ms  p95 ${ms(prisma, 0.95)} ms | ` +
          `same SQL on pg p50 ${ms(same, 0.5)}  p95 ${ms(same, 0.95)} → ratio ${ratio(prisma, same, 0.5)} / ${ratio(prisma, same, 0.95)} | ` +
          `hand-written floor p50 ${ms(floor, 0.5)}  p95 ${ms(floor, 0.95)} → ratio ${ratio(prisma, floor, 0.5)} / ${ratio(prisma, floor, 0.95)}`,
      );
      sources.push(`${preset.padEnd(4)} ${String(range.days).padStart(5)} days: entries p50 ${ms(fromEntries, 0.5)} ms  p95 ${ms(fromEntries, 0.95)} ms | summary p50 ${ms(fromSummary, 0.5)} ms  p95 ${ms(fromSummary, 0.95)} ms`);
      if (preset === "all") targets.push(`all time p95 ≤ 50 ms (${percentile(prisma, 0.95).toFixed(1)} ms: ${percentile(prisma, 0.95) <= 50 ? "met" : "MISSED"})`);
      if (preset === "30d") {
        const worst = Math.max(percentile(prisma, 0.5) / percentile(floor, 0.5), percentile(prisma, 0.95) / percentile(floor, 0.95));
        targets.push(`30-day ratio to the floor ≤ 1.5 (worst of p50/p95 ${worst.toFixed(2)}: ${worst <= 1.5 ? "met" : "MISSED"})`);
      }
    }

    console.log("\nEXPLAIN ANALYZE of the dashboard statements, all time (their scans and joins):");
    for (const [name, source] of [["entries", statements.entryStatements], ["summary", summaryStatements]] as const) {
      const { sql } = await plainDashboard(pool, "all", source);
      const plan = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql.text}`, sql.values);
      console.log(`  ${name}:`);
      for (const line of plan.rows.map((r) => r["QUERY PLAN"])) if (/Scan|Join|Loop|Execution Time/.test(line)) console.log(`   ${line.trim()}`);
    }

    console.log("\nThe same statements on plain pg, over the entries and over the daily summary (the page reads the summary):");
    for (const line of sources) console.log(`  ${line}`);
    console.log("\nDashboard data loading (1 user among 1,000 others; ratios p50 / p95):");
    for (const line of results) console.log(`  ${line}`);
    console.log(`  targets: ${targets.join("; ")}`);

    const firstLoad = await routeFirstLoadJs("/(app)/trends/page");
    if (!firstLoad) console.log("\nFirst-load JS: no build found in .next — run `npx next build` first.");
    else {
      console.log(
        `\nFirst-load JS of /trends (from ${firstLoad.source}): ${firstLoad.files.length} files, ` +
          `${(firstLoad.rawBytes / 1024).toFixed(1)} kB raw, ${(firstLoad.gzipBytes / 1024).toFixed(1)} kB gzip ` +
          `(target ≤ 200 kB gzip: ${firstLoad.gzipBytes <= 200 * 1024 ? "met" : "MISSED"}); ` +
          `the charts load after it: ${firstLoad.lazy.files.length} files, ${(firstLoad.lazy.gzipBytes / 1024).toFixed(1)} kB gzip`,
      );
    }
    await closeDb();
  } finally {
    await pool.end();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
