import { createDemoAccount } from "../lib/demo/create-demo-account";
import { env, setForThisProcess } from "../lib/env";
import { openAppDatabase } from "../lib/db/app-database";
import { loadOrCreateSessionSecret } from "../lib/launcher/session-secret";

// `npm run seed`: a demo account to look around with, in the app's own database (the embedded one
// by default, shared with a running `npm start`).
const config = env();
const database = await openAppDatabase(config, (line) => console.log(line));
setForThisProcess({ DATABASE_URL: database.url, NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? (await loadOrCreateSessionSecret(config.DATA_DIR)) });
try {
  await createDemoAccount({ log: (line) => console.log(line) });
  console.log(`Sign in at ${config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`}/sign-in with that email and password.`);
} finally {
  const { db } = await import("../lib/db/client");
  await db().$disconnect();
  await database.stop();
}
