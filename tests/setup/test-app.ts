import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client as WsClient } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig, type Config } from "../../src/app/config.ts";
import type { Services } from "../../src/app/container.ts";
import { startServer, type RunningServer } from "../../src/app/server.ts";
import { createTokenService, type TokenService } from "../../src/platform/auth/tokens.ts";
import { openDatabase, type Database } from "../../src/platform/db/database.ts";
import type { PrismaClient } from "../../src/platform/db/prisma.ts";
import type { SqlReader } from "../../src/platform/db/sql.ts";
import { createLogger } from "../../src/platform/server/logger.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
  /** The raw body, for asserting what never appears in it. */
  body: string;
}

export interface TestApp {
  config: Config;
  prisma: PrismaClient;
  sql: SqlReader;
  tokens: TokenService;
  server: RunningServer;
  /** The server's own status machines (the container's), for attempting a move no mutation makes by itself. */
  machines: Services["machines"];
  /** Every log line the server wrote (at debug level), for asserting what never appears in logs. */
  logLines: string[];
  graphqlUrl: string;
  wsUrl: string;
  /** POSTs one operation over HTTP, with a bearer token when given; typed when given a generated document. */
  gql<T = Record<string, any>, V = Record<string, unknown>>(query: string | TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client; `authorization` goes in connection_init. Closed with the app. */
  ws(token?: string, options?: { lazy?: boolean }): WsClient;
  close(): Promise<void>;
}

/** The real server on a real port, on this file's own migrated database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDatabase: TestDatabase = await createTestDatabase();
  // Test files hammer the server from one address; tests of rate limiting set their own budgets.
  const budgets = { RATE_LIMIT_PER_MINUTE: "100000", AUTH_RATE_LIMIT_PER_MINUTE: "100000", RATE_LIMIT_KEY_PREFIX: `test:${randomUUID()}` };
  // A test sends most operations once or twice, which a server runs on graphql-js: by default
  // every operation is compiled on first use instead, so the suite checks graphql-jit's answers.
  // CI runs the suite once this way and once with GRAPHQL_COMPILE_AFTER set high (graphql-js only).
  const execution = { GRAPHQL_COMPILE_AFTER: process.env.GRAPHQL_COMPILE_AFTER ?? "0" };
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", LOG_LEVEL: "debug", DATABASE_URL: testDatabase.url, ...testDatabase.env, ...budgets, ...execution, ...env });
  const database: Database = await openDatabase(config, { migrate: false });
  const logLines: string[] = [];
  const server = await startServer(config, database, createLogger(config, { write: (line: string) => void logLines.push(line) }));
  const graphqlUrl = `${server.url}/graphql`;
  const wsClients: WsClient[] = [];

  return {
    config,
    prisma: database.prisma,
    sql: database.sql,
    tokens: createTokenService(config.auth),
    server,
    machines: server.services.machines,
    logLines,
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, "ws"),
    async gql(query, variables, token) {
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
      });
      const body = await response.text();
      const parsed = JSON.parse(body);
      return { status: response.status, data: parsed.data, errors: parsed.errors, body };
    },
    ws(token, options = {}) {
      const client = createClient({
        url: graphqlUrl.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        lazy: options.lazy ?? true,
        retryAttempts: 0,
        // Tests assert on close codes themselves; the default handler only prints them.
        onNonLazyError: () => {},
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      });
      wsClients.push(client);
      return client;
    },
    async close() {
      await Promise.all(wsClients.map((client) => client.dispose()));
      await server.close();
      await database.close();
      await testDatabase.drop();
    },
  };
}

/** Runs one operation over graphql-ws and resolves with its single result. */
export function wsExecute<T = Record<string, any>>(client: WsClient, query: string, variables?: Record<string, unknown>) {
  return new Promise<{ data?: T | null; errors?: readonly { message: string; extensions?: Record<string, any> }[] }>((resolve, reject) => {
    let result: { data?: T | null; errors?: any } | undefined;
    client.subscribe<T>({ query, variables }, { next: (value) => (result = value as any), error: reject, complete: () => resolve(result ?? {}) });
  });
}

/** The close code of a connection the server refuses. */
export function wsCloseCode(client: WsClient): Promise<number> {
  return new Promise((resolve) => {
    client.on("closed", (event) => resolve((event as { code: number }).code));
    client.subscribe({ query: "{ __typename }" }, { next: () => {}, error: () => {}, complete: () => {} });
  });
}

/**
 * A second API instance on `app`'s database with its own in-process pub/sub: what `app` announces
 * (a suspension, a revoked token) never reaches it, as when Redis is down between two instances.
 * Resolves with the running server and a `close` that stops it and its database handle.
 */
export async function startUnannouncedInstance(app: TestApp): Promise<{ server: RunningServer; close: () => Promise<void> }> {
  const database = await openDatabase(app.config, { migrate: false });
  const server = await startServer(app.config, database, createLogger({ ...app.config, logLevel: "silent" }));
  return {
    server,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

/** A graphql-ws client connected at once (not lazy) and kept open, signed in with `token`, that never retries. */
export function keptOpenSocket(baseUrl: string, token: string): WsClient {
  return createClient({
    url: `${baseUrl.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    connectionParams: { authorization: `Bearer ${token}` },
  });
}
