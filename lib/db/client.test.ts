import pg from "pg";
import { Prisma } from "../generated/prisma/client";
import { describe, expect, it } from "vitest";
import { serverEnv } from "../env";
import { db, readRows } from "./client";

// The server may close an idle connection at any time (a restart, a failover, an administrator).
// Without a listener, pg's pool turns that into an 'error' event that ends the process; vitest
// fails the run on it.

describe("the database pool", () => {
  it("outlives an idle connection the server terminates, and answers the next query", async () => {
    const [own] = await readRows<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`);
    const admin = new pg.Client({ connectionString: serverEnv().DATABASE_URL });
    await admin.connect();
    try {
      const terminated = await admin.query<{ done: boolean }>("SELECT pg_terminate_backend($1) AS done", [own!.pid]);
      expect(terminated.rows[0]?.done).toBe(true);
    } finally {
      await admin.end();
    }
    // Give the pool the moment it takes to see the connection go.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await readRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    expect(await db().user.count({ where: { id: "nobody" } })).toBe(0);
  });
});
