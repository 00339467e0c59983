import type PgBoss from "pg-boss";
import type { PoolClient } from "pg";
import type { z } from "zod";
import type { JobDefinition } from "./define-job";

/**
 * Enqueues jobs inside the caller's open transaction on `client`: they exist if and only if that
 * transaction commits.
 */
export async function enqueueInTransaction<S extends z.ZodType>(boss: PgBoss, client: PoolClient, definition: JobDefinition<S>, payloads: z.input<S>[]) {
  if (!payloads.length) return;
  const options = definition.sendOptions?.() ?? {};
  await boss.insert(
    payloads.map((payload) => ({ name: definition.name, data: definition.schema.parse(payload) as object, ...options })),
    { db: { executeSql: (text, values) => client.query(text, values) } },
  );
}
