// Runs in the browser before the app's own code. zod compiles object schemas with `new Function`
// unless told not to; the Content-Security-Policy forbids eval (proxy.ts), and the attempt alone
// is reported as a violation. Forms validate just as well without it.
//
// zod 4 keeps its configuration on the global object (`globalThis.__zod_globalConfig`, created only
// when missing: zod/v4/core/core.js) and reads `jitless` when a schema is built. Setting it there,
// rather than calling z.config(), keeps zod out of the pages that have no form (docs/decisions/0087).
const zodConfig = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };
