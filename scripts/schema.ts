// Writes (emit) or verifies (check) schema.graphql, the SDL that type-graphql builds from src/.
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/db/migrate.ts";
import { buildBaseSchema, printSchemaSdl } from "../src/schema.ts";

const file = join(PROJECT_ROOT, "schema.graphql");
const sdl = printSchemaSdl(await buildBaseSchema());

if (process.argv[2] === "check") {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // a missing file is stale too
  }
  if (current !== sdl) {
    console.error("schema.graphql is out of date: run `npm run schema:emit` and commit it");
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
} else {
  writeFileSync(file, sdl);
  console.log("wrote schema.graphql");
}
