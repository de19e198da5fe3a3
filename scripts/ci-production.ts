// CI's production check (scripts/ci-production.sh builds first): runs the built server the way the
// image does, `node dist/app/main.js`, with the environment docker-compose.yml gives the api service,
// and checks /readyz, a signed-in query and a SIGTERM drain. No Docker daemon here: the same command
// and environment run directly, with compose's hosts pointed at this machine's PostgreSQL (a
// throwaway database, created and dropped here) and Redis.
//
// Two starts on that database: the admin pair empty, as compose passes it when the operator set
// none, then set. Prints one `ci-production: PASS|FAIL ...` line last; exits 1 on a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";
import WebSocket from "ws";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../src/platform/db/migrate.ts";
import { NODE_ENGINE_FLAGS } from "../src/platform/server/engine-flags.ts";

const ADMIN_URL = process.env.CI_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.CI_REDIS_URL || "redis://127.0.0.1:6379";
/** docker-compose.yml's stop_grace_period for the api: SIGTERM to exit within this, or Docker kills it. */
const GRACE_MS = 20_000;
const READY_TIMEOUT_MS = 60_000;

class CheckFailed extends Error {}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

/**
 * Compose's interpolation of one value: `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}` and `$$`, against `shell` (the operator's environment).
 */
function interpolate(value: string, shell: Record<string, string | undefined>): string {
  return value.replace(/\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}/g, (whole, name: string | undefined, colon: string, kind: string, word: string) => {
    if (whole === "$$") return "$";
    const current = shell[name!];
    const missing = current === undefined || (colon === ":" && current === "");
    if (kind === "?" && missing) throw new CheckFailed(`compose refuses to start: ${name}: ${word}`);
    if (kind === "-" && missing) return word;
    return current ?? "";
  });
}

/** The api service's environment as compose resolves it, for the operator's environment `shell`. */
function composeEnvironment(shell: Record<string, string | undefined>): Record<string, string> {
  const compose = parse(readFileSync(join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as {
    services: { api: { environment: Record<string, string | number> } };
  };
  return Object.fromEntries(Object.entries(compose.services.api.environment).map(([name, value]) => [name, interpolate(String(value), shell)]));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
  output(): string;
}

/** `node dist/app/main.js` with exactly `env` (plus PATH and HOME, as in a container), ready on /readyz. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [...NODE_ENGINE_FLAGS, "dist/app/main.js"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve(exitCode);
    }),
  );
  const base = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    check(exitCode === undefined, `the server exited (${exitCode}) before it was ready:\n${output}`);
    check(Date.now() < deadline, `the server was not ready within ${READY_TIMEOUT_MS} ms:\n${output}`);
    const ready = await fetch(`${base}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return { child, base, exited, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopServer(server: Server): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), GRACE_MS).unref());
  const result = await Promise.race([server.exited, timeout]);
  if (result === "timeout") {
    server.child.kill("SIGKILL");
    throw new CheckFailed(`the server did not exit within ${GRACE_MS} ms of SIGTERM:\n${server.output()}`);
  }
  return result;
}

async function graphql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string }[] }) };
}

const SIGN_UP = `mutation ($email: String!, $password: String!) { signUp(input: { role: CUSTOMER, email: $email, password: $password, firstName: "Casey", lastName: "Check", phone: "+1 512 555 0100", addressLine1: "1 Main St", city: "Springfield" }) { token } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ me { email role } }`;

/**
 * Starts a POST whose body is only half sent, so it is in flight whatever the timing; `finish`
 * sends the rest and resolves with the status and JSON body.
 */
async function halfSentRequest(base: string, body: string, token: string) {
  const url = new URL(`${base}/graphql`);
  const bytes = Buffer.from(body);
  const req = request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: "POST",
    headers: { "content-type": "application/json", "content-length": bytes.length, authorization: `Bearer ${token}` },
  });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on("error", (error) => reject(new CheckFailed(`the in-flight request failed after SIGTERM: ${error.message}`)));
    req.once("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.once("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
  });
  response.catch(() => {}); // a failure before `finish` is reported by `finish`
  req.write(bytes.subarray(0, bytes.length >> 1));
  await new Promise((resolve) => setTimeout(resolve, 100)); // the server has the headers and half the body
  return {
    finish() {
      req.end(bytes.subarray(bytes.length >> 1));
      return response;
    },
  };
}

/** A graphql-ws socket, acknowledged, with `token`; `closed` resolves with the close code. */
async function openSocket(base: string, token: string) {
  const socket = new WebSocket(`${base.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  const acknowledged = new Promise<void>((resolve, reject) => {
    socket.on("message", (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === "connection_ack") resolve();
    });
    socket.on("error", reject);
    socket.once("close", (code) => reject(new CheckFailed(`the WebSocket closed (${code}) before connection_ack`)));
  });
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.on("error", reject);
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await acknowledged;
  return { closed };
}

async function main(): Promise<string[]> {
  const passed: string[] = [];
  const database = `autodoctor_ci_production_${process.pid}`;
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).then(() => client.query(`CREATE DATABASE ${database}`)));
  const databaseUrl = new URL(ADMIN_URL);
  databaseUrl.pathname = `/${database}`;
  let server: Server | undefined;
  try {
    const jwtSecret = randomBytes(48).toString("base64url");
    const resolve = async (shell: Record<string, string | undefined>): Promise<Record<string, string>> => {
      const env = composeEnvironment({ JWT_SECRET: jwtSecret, ...shell });
      check(env.NODE_ENV === "production" && env.DATABASE_URL && env.REDIS_URL, "docker-compose.yml's api no longer sets NODE_ENV=production, DATABASE_URL and REDIS_URL");
      // Compose's service hosts are this machine's; a free port, since 4000 may be taken; a key
      // prefix of its own, since the machine's Redis is shared.
      return { ...env, DATABASE_URL: databaseUrl.toString(), REDIS_URL, PORT: String(await freePort()), RATE_LIMIT_KEY_PREFIX: `ci-production:${process.pid}` };
    };

    // 1. The operator set no admin: compose passes ADMIN_EMAIL="" and ADMIN_PASSWORD="".
    const first = await resolve({});
    check(first.ADMIN_EMAIL === "" && first.ADMIN_PASSWORD === "", "compose no longer passes an empty admin pair when none is set: update this check");
    const started = Date.now();
    server = await startServer(first);
    passed.push(`ready on a new database (migrated) in ${Date.now() - started} ms with ADMIN_EMAIL/ADMIN_PASSWORD empty`);

    const email = `ci-${process.pid}@example.test`;
    const password = randomBytes(12).toString("base64url");
    const signUp = await graphql(server.base, SIGN_UP, { email, password });
    check(signUp.data?.signUp?.token, `sign-up failed: ${JSON.stringify(signUp.errors)}`);
    const token = signUp.data.signUp.token as string;
    const me = await graphql(server.base, ME, {}, token);
    check(me.data?.me?.role === "CUSTOMER" && me.data.me.email === email, `signed-in query failed: ${JSON.stringify(me)}`);
    passed.push("signed-in query as a customer who signed up");
    check(first.METRICS_TOKEN === "", "compose no longer passes an empty METRICS_TOKEN when none is set: update this check");
    const closedMetrics = await fetch(`${server.base}/metrics`);
    check(closedMetrics.status === 404, `/metrics answered ${closedMetrics.status} in production without METRICS_TOKEN, not 404`);
    passed.push("/metrics not served (404) without METRICS_TOKEN");

    // SIGTERM with a request in flight and a WebSocket open: the request is answered, the socket
    // is told "going away" (1001), the process exits 0 within compose's grace period.
    const socket = await openSocket(server.base, token);
    const inFlight = await halfSentRequest(server.base, JSON.stringify({ query: ME }), token);
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answered = await inFlight.finish();
    check(answered.status === 200 && answered.body.data?.me?.email === email, `the in-flight request was not answered after SIGTERM: ${JSON.stringify(answered)}`);
    const closeCode = await socket.closed;
    check(closeCode === 1001, `the WebSocket closed with ${closeCode}, not 1001 (going away)`);
    const drainStarted = Date.now();
    const code = await stopServer(server);
    check(code === 0, `the server exited with ${code} after SIGTERM:\n${server.output()}`);
    passed.push(`SIGTERM drain: in-flight request answered, WebSocket closed 1001, exit 0 (${Date.now() - drainStarted} ms after the answer)`);
    server = undefined;

    // 2. The operator set an admin and a metrics token: the admin is bootstrapped and signs in,
    // metrics are served to the token's bearers.
    const adminEmail = "ops@example.test";
    const adminPassword = randomBytes(18).toString("base64url");
    const metricsToken = randomBytes(18).toString("base64url");
    server = await startServer(await resolve({ ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword, METRICS_TOKEN: metricsToken }));
    const metricsStatus = async (headers: Record<string, string>) => (await fetch(`${server!.base}/metrics`, { headers })).status;
    const [withoutToken, withToken] = [await metricsStatus({}), await metricsStatus({ authorization: `Bearer ${metricsToken}` })];
    check(withoutToken === 401 && withToken === 200, `/metrics with METRICS_TOKEN set answered ${withoutToken} without it and ${withToken} with it, not 401 and 200`);
    const admin = await graphql(server.base, SIGN_IN, { email: adminEmail, password: adminPassword });
    check(admin.data?.signIn?.token, `the admin from ADMIN_EMAIL/ADMIN_PASSWORD cannot sign in: ${JSON.stringify(admin.errors)}`);
    const adminMe = await graphql(server.base, ME, {}, admin.data.signIn.token);
    check(adminMe.data?.me?.role === "ADMIN", `signed-in query as the admin failed: ${JSON.stringify(adminMe)}`);
    const stopped = await stopServer(server);
    check(stopped === 0, `the server exited with ${stopped} after SIGTERM:\n${server.output()}`);
    server = undefined;
    passed.push("restart with ADMIN_EMAIL/ADMIN_PASSWORD and METRICS_TOKEN set: the admin signs in, /metrics needs the token, exit 0 on SIGTERM");
    return passed;
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
}

const started = Date.now();
try {
  const passed = await main();
  for (const line of passed) console.log(`  ok  ${line}`);
  console.log(`ci-production: PASS (${passed.length} checks, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof CheckFailed ? error.message : error);
  console.log(`ci-production: FAIL: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
  process.exitCode = 1;
}
