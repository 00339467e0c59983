import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { childEnv } from "../lib/env";

// `prisma generate` needs no schema engine, but the CLI first tries to download a native one from
// outside npm and fails. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that.
const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
});
process.exit(result.status ?? 1);
