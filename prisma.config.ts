// Prisma CLI configuration. The native schema engine cannot be downloaded on every machine this
// project runs on, so migrations run on the WebAssembly engine through the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The schema's datasource reads DATABASE_URL even for commands that never connect (generate,
// validate); without a value the CLI falls back to downloading a native engine.
const PLACEHOLDER_URL = "postgresql://placeholder.invalid/autodoctor";
process.env.DATABASE_URL ??= PLACEHOLDER_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString || connectionString === PLACEHOLDER_URL) {
      throw new Error("No database: run migrations with `npm run db:migrate`, which provides one.");
    }
    return new PrismaPg({ connectionString });
  },
});
