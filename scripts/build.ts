// `npm run build`: compiles src/ to JavaScript in dist/ (tsconfig.build.json, same layout), then
// copies the files src/ reads next to its own modules at run time. The result runs with
// `node dist/app/main.js`; files it reads from the project root (prisma/, client/) stay where they are.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/platform/db/migrate.ts";

/** Read through `new URL(file, import.meta.url)`, so they sit beside the compiled module. */
const ASSETS = ["platform/server/graphiql/page.html", "platform/db/embedded-worker.mjs"];

const dist = join(PROJECT_ROOT, "dist");
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(PROJECT_ROOT, "tsconfig.build.json")], { stdio: "inherit" });
for (const asset of ASSETS) cpSync(join(PROJECT_ROOT, "src", asset), join(dist, asset));
console.log("Built dist/; run it with `node dist/app/main.js` (npm run start:prod).");
