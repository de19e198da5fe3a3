import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { PROJECT_ROOT } from "../../src/platform/db/migrate.ts";
import { NODE_ENGINE_FLAGS } from "../../src/platform/server/engine-flags.ts";

/** A real API process: `node <NODE_ENGINE_FLAGS> scripts/start.mjs` as `npm start` runs it (src/app/main.ts from its build cache), or `node <NODE_ENGINE_FLAGS> dist/app/main.js` as the image does. */
export interface SpawnedApi {
  child: ChildProcess;
  /** http://host:port, without a path. */
  url: string;
  /** Milliseconds from spawn to the "ready at" line. */
  readyMs: number;
  /** CPU milliseconds (user and system) the process used until then; null where /proc is missing. */
  readyCpuMs: number | null;
  exited: Promise<number | null>;
  /** Everything it printed so far. */
  output(): string;
  /** What it printed on stdout alone. */
  stdout(): string;
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Spawns the API with `env` over this process's environment (unset with ""), and waits for "ready at".
 * `built` runs the compiled dist/app/main.js without tsx (build it first: tests/setup/build.ts).
 */
export async function spawnApi(env: Record<string, string | undefined>, options: { timeoutMs?: number; args?: string[]; built?: boolean } = {}): Promise<SpawnedApi> {
  const started = performance.now();
  // `args` replaces the command line after `node` (benchmarks start a baseline that prints the same line).
  const command = options.built ? ["dist/app/main.js"] : (options.args ?? ["scripts/start.mjs"]);
  const child = spawn(process.execPath, [...NODE_ENGINE_FLAGS, ...command], {
    // Its own rate-limit keys: with REDIS_URL the budgets live in the shared Redis, where every
    // other file's sign-ups from 127.0.0.1 would count against this process's.
    env: { ...process.env, NODE_ENV: "test", PORT: "0", LOG_LEVEL: "warn", RATE_LIMIT_KEY_PREFIX: `test:${randomUUID()}`, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let signal: NodeJS.Signals | null = null;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, by) => {
      signal = by;
      resolve(code);
    }),
  );
  let output = "";
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready within ${options.timeoutMs ?? 120_000} ms:\n${output}`)), options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const readyMs = performance.now() - started;
  const readyCpuMs = cpuMs(child.pid);
  return {
    child,
    url,
    readyMs,
    readyCpuMs,
    exited,
    output: () => output,
    stdout: () => stdout,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Runs `npm start` as spawnApi does (`env` over this process's environment and PORT=0), to its
 * exit, for a start that must be refused: what it printed, and how long it took (ms). One that gets
 * ready anyway is stopped at once (SIGTERM), and one still running after `timeoutMs` is killed
 * (SIGKILL, code null), so the spec fails instead of hanging.
 */
export async function startToExit(env: Record<string, string>, timeoutMs = 90_000): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_ENGINE_FLAGS, "scripts/start.mjs"], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes("ready at")) child.kill("SIGTERM");
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr, ms: performance.now() - started };
}

/** POSTs one operation; network failures resolve as `{ networkError }` so load loops keep going. */
export async function postGraphql(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; data?: any; errors?: any[]; networkError?: string }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      // Past the API's own request timeout (30 s): a request that never ends fails the load loop's
      // request instead of hanging the test.
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...JSON.parse(text) };
    } catch {
      return { status: response.status, errors: [{ message: text }] };
    }
  } catch (error) {
    return { status: 0, networkError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * User and system CPU milliseconds a process has used, from /proc (Linux); null elsewhere. On a
 * shared machine this moves far less with the load than the wall clock does.
 */
/** CPU milliseconds (user and system, 10 ms resolution) a process has used so far; null where /proc is missing. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
