import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A lock file's name: `autodoctor-api.<pid>.lock`, one per process that holds or is taking the directory. */
const LOCK_FILE = /^autodoctor-api\.(\d+)\.lock$/;

/** The lock file process `pid` keeps in an embedded data directory while it has the database open. */
export function lockFileOf(pid: number): string {
  return `autodoctor-api.${pid}.lock`;
}

/**
 * Why the embedded database could not live in `dataDir`, or undefined when it can: the directory, or
 * its nearest existing ancestor when it does not exist yet, must be a directory in which this process
 * can create one (checked by making and removing an empty one, which also catches read-only mounts,
 * /proc and /sys, where permission bits say yes). Leaves nothing behind and creates nothing else.
 */
export function dataDirProblem(dataDir: string): string | undefined {
  const wanted = resolve(dataDir);
  let existing = wanted;
  for (;;) {
    try {
      if (!statSync(existing).isDirectory()) return `${existing} is not a directory`;
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Missing, or below a file (/dev/null/x): the nearest existing ancestor says why.
      if ((code !== "ENOENT" && code !== "ENOTDIR") || dirname(existing) === existing) return `${existing} cannot be read (${code})`;
      existing = dirname(existing);
    }
  }
  try {
    rmSync(mkdtempSync(join(existing, ".autodoctor-api-check-")), { recursive: true });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return existing === wanted ? `${wanted} is not writable (${code})` : `${wanted} cannot be created in ${existing} (${code})`;
  }
}

/**
 * Another live process has the embedded database in `dataDir` open (process `pid`): PGlite has no
 * lock of its own, and two processes writing one data directory corrupt it.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The embedded database in ${dataDir} (EMBEDDED_DATA_DIR) is in use by another process (pid ${pid}): stop it, or start this one with another EMBEDDED_DATA_DIR.`);
    this.name = "DataDirInUseError";
  }
}

/**
 * Takes the embedded data directory `dataDir` (created when missing) for this process before its
 * database is opened: writes this process's lock file (lockFileOf) in it, then looks for another's.
 * A lock file of a live process refuses (DataDirInUseError, this process's file removed); one of
 * a process no longer alive (killed before it could remove it) is deleted. No file is ever taken
 * over or rewritten by another process, so two processes starting at once cannot both go on: each
 * sees the other's file (both may then refuse). Inside the directory because that is what the
 * server may write (the image's /app/.data). Returns the release, which deletes this process's
 * file: call it once the database is closed. Pids are read on this machine: a directory shared by
 * two containers or hosts is not detected.
 */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const mine = join(dir, lockFileOf(process.pid));
  writeFileSync(mine, `${process.pid}\n`);
  for (const name of readdirSync(dir)) {
    const match = LOCK_FILE.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    // Our own pid names the file just written (over one left by a process that had the same pid: a restarted container).
    if (pid === process.pid) continue;
    if (isAlive(pid)) {
      rmSync(mine, { force: true });
      throw new DataDirInUseError(dir, pid);
    }
    rmSync(join(dir, name), { force: true });
  }
  return () => rmSync(mine, { force: true });
}

/** Whether process `pid` exists (signal 0 checks without sending; EPERM: it exists, owned by another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
