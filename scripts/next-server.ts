import next from "next";
import { env } from "../lib/env";
import { createAppServer } from "../lib/launcher/app-server";

// Next.js behind the project's own HTTP server (started by scripts/run.ts, which owns the database
// and the shutdown order). Owning the server is what lets the app know each request's real peer
// address (lib/launcher/app-server.ts). `tsx scripts/next-server.ts serve|dev`.

const dev = process.argv[2] === "dev";
const config = env();
const app = next({ dev, port: config.PORT });

async function main() {
  await app.prepare();
  const server = createAppServer(app.getRequestHandler(), config.TRUSTED_PROXIES);
  if (dev) server.on("upgrade", (request, socket, head) => void app.getUpgradeHandler()(request, socket, head));
  server.on("error", (error) => {
    console.error(`The web server failed: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.PORT, () => console.log(`Footnote is ready: ${config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`}`));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
}

main().catch((error: unknown) => {
  console.error(`The web server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
