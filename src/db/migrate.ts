import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");

/**
 * Runs the Prisma CLI against `url` from the project root (where prisma.config.ts lives).
 * Asynchronous on purpose: the embedded database answers from this same process, so a
 * synchronous child would deadlock it.
 */
export async function runPrismaCli(args: string[], url: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [PRISMA_CLI, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`prisma ${args.join(" ")} failed:\n${stderr || stdout || String(error)}`);
  }
}

/** Applies every committed migration that the database has not seen yet (`prisma migrate deploy`). */
export async function applyMigrations(url: string): Promise<void> {
  await runPrismaCli(["migrate", "deploy"], url);
}
