import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";

const run = promisify(execFile);

/** The newest modification time (ms) of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Makes dist/ what `npm run build` makes of the current src/ (what the image runs), building only
 * when a file under src/ is newer than dist/app/main.js. Takes about 30 s on 2 cores when it builds.
 */
export async function ensureBuilt(): Promise<void> {
  let built = 0;
  try {
    built = statSync(join(PROJECT_ROOT, "dist/app/main.js")).mtimeMs;
  } catch {
    // never built
  }
  if (built > newestMtime(join(PROJECT_ROOT, "src"))) return;
  await run("npm", ["run", "-s", "build"], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 });
}
