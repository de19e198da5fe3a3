import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * PostgreSQL and Redis servers of our own, for benchmarks and fault tests that stop, kill and
 * restart them: the machine's shared servers are never touched. Both need the server binaries on
 * PATH (`initdb`/`pg_ctl`, `redis-server`); `available()` says whether they are.
 */

/** A free loopback port (the OS picks one; there is a small race until the server binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function onPath(binary: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${binary}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const postgresAvailable = () => onPath("initdb") && onPath("pg_ctl");
export const redisAvailable = () => onPath("redis-server");

export interface ThrowawayPostgres {
  url: string;
  port: number;
  /** Fast shutdown: open connections are terminated, like a restart by an operator. */
  stop(): Promise<void>;
  /** Crash-like: `-m immediate`, no checkpoint. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its files. */
  destroy(): Promise<void>;
}

/**
 * initdb refuses to run as root: as root, the cluster belongs to the `postgres` account and the
 * commands run through `su`.
 */
function runAsOwner(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const quoted = [command, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(" ");
  if (root) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
  else execFileSync(command, args, { stdio: "pipe" });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "autodoctor-pg-"));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  const data = join(dir, "data");
  runAsOwner("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-N", "-E", "UTF8"]);
  const port = await freePort();
  // fsync off: throwaway data; a restart (not a machine crash) still keeps every committed write.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const pgCtl = (...args: string[]) => runAsOwner("pg_ctl", ["-D", data, ...args]);
  const start = async () => pgCtl("-o", options, "-l", join(dir, "log"), "-w", "start");
  const stopWith = async (mode: "fast" | "immediate") => {
    try {
      pgCtl("-m", mode, "-w", "stop");
    } catch {
      // Already stopped.
    }
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop: () => stopWith("fast"),
    kill: () => stopWith("immediate"),
    async destroy() {
      await stopWith("immediate");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ThrowawayRedis {
  url: string;
  /** SIGKILL: clients see their connections drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const started = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = "";
      started.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) resolve();
      });
      started.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
    });
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, kill, destroy: kill };
}
