import { defineConfig } from "prisma/config";

// Only Prisma's CLI reads this file (generate, and migrate where the native engine exists). The app
// connects through lib/db/client.ts; the URL here is for `prisma migrate deploy` on machines that can run it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
