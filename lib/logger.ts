import pino from "pino";
import { env } from "./env";

// JSON lines on stdout: the platform (or `npm start`'s terminal) collects them.
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "footnote" },
  redact: { paths: ["password", "*.password", "token", "*.token", "headers.cookie"], remove: true },
});
