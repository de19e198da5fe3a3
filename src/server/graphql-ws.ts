import type { Server as HttpServer, IncomingMessage } from "node:http";
import type { ExecutionArgs, ExecutionResult, GraphQLFormattedError, GraphQLSchema } from "graphql";
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Context } from "../auth/context.ts";
import type { Viewer } from "../auth/viewer.ts";
import { tooManyTokensOr } from "./format-error.ts";
import { asksForIntrospection, introspectionFor } from "./introspection.ts";
import type { ClientIpResolver } from "./client-ip.ts";
import type { Logger } from "./logger.ts";

/** Close codes besides graphql-ws's own (4403 Forbidden is used for refused and suspended accounts). */
export const WsCloseCode = {
  Forbidden: 4403,
  TooManyConnections: 4429,
} as const;

export interface GraphqlWsOptions {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  /** The client's address of an upgrade request (TRUSTED_PROXIES decides whether X-Forwarded-For counts). */
  clientIp: ClientIpResolver;
  /** Resolves `connection_init`'s `authorization` to a viewer; throws to refuse the connection. */
  authenticate(authorization: unknown): Promise<Viewer | null>;
  createContext(viewer: Viewer | null, clientIp: string): Context;
  /** Draws an operation from the caller's rate budgets; throws RATE_LIMITED when spent. */
  admit(caller: { ip: string; userId: string | null }): Promise<void>;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logger: Logger;
  introspection: Parameters<typeof introspectionFor>[2];
  /** The HTTP query limits; throws an AppError when an operation is over one. */
  checkLimits(document: DocumentNode, variables: Record<string, unknown> | undefined): void;
  maxTokens: number;
  /** Told of each result sent for a subscription (for metrics). */
  onSubscriptionEvent?: () => void;
  keepAliveMs?: number;
  maxPayloadBytes?: number;
  /** Open sockets per process; more are refused at the HTTP upgrade with 503. */
  maxConnections?: number;
  /** Open sockets per signed-in account; more are closed with 4429 after `connection_init`. */
  maxConnectionsPerUser?: number;
  /** Replaces graphql-js's `subscribe` (the shared fan-out execution). */
  subscribe?: (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
}

/**
 * graphql-ws on the HTTP server's port and path. The caller authenticates in `connection_init`;
 * a bad token or a suspended account closes the socket with 4403 before any operation runs, and
 * `disconnectUser` ends a signed-in account's sockets when it is suspended later.
 */
export function attachGraphqlWs(options: GraphqlWsOptions) {
  const maxConnections = options.maxConnections ?? 10_000;
  const maxPerUser = options.maxConnectionsPerUser ?? 10;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: "/graphql",
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
    // Refused before the upgrade, so an overloaded process spends nothing on the socket.
    verifyClient: (_info, callback) => (wsServer.clients.size < maxConnections ? callback(true) : callback(false, 503, "Too many connections")),
  });
  const viewers = new WeakMap<object, Viewer | null>();
  // Resolved once per socket: the upgrade request's headers do not change.
  const addresses = new WeakMap<IncomingMessage, string>();
  const clientIp = (request: IncomingMessage) => {
    let address = addresses.get(request);
    if (address === undefined) addresses.set(request, (address = options.clientIp(request)));
    return address;
  };
  const socketsByUser = new Map<string, Set<WebSocket>>();

  const cleanup = useServer(
    {
      schema: options.schema,
      ...(options.subscribe ? { subscribe: options.subscribe } : {}),
      async onConnect(ctx) {
        let viewer: Viewer | null;
        try {
          viewer = await options.authenticate(ctx.connectionParams?.authorization);
        } catch {
          return false;
        }
        if (viewer) {
          const socket = ctx.extra.socket;
          const sockets = socketsByUser.get(viewer.id) ?? new Set<WebSocket>();
          if (sockets.size >= maxPerUser) {
            socket.close(WsCloseCode.TooManyConnections, "Too many connections for this account");
            return false;
          }
          sockets.add(socket);
          socketsByUser.set(viewer.id, sockets);
          const userId = viewer.id;
          // A subscription lives no longer than the token that opened it.
          const expiry = viewer.credentialExpiresAt
            ? setTimeout(() => socket.close(WsCloseCode.Forbidden, "Token expired"), Math.min(viewer.credentialExpiresAt.getTime() - Date.now(), 2 ** 31 - 1))
            : undefined;
          socket.once("close", () => {
            clearTimeout(expiry);
            sockets.delete(socket);
            if (sockets.size === 0 && socketsByUser.get(userId) === sockets) socketsByUser.delete(userId);
          });
        }
        viewers.set(ctx.extra, viewer);
        return true;
      },
      context: (ctx) => options.createContext(viewers.get(ctx.extra) ?? null, clientIp(ctx.extra.request)),
      // The same limits and introspection policy as HTTP.
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? tooManyTokensOr(error) : new GraphQLError("Syntax error")];
        }
        const viewer = viewers.get(ctx.extra) ?? null;
        try {
          await options.admit({ ip: clientIp(ctx.extra.request), userId: viewer?.id ?? null });
          options.checkLimits(document, payload.variables ?? undefined);
        } catch (error) {
          return [error as GraphQLError];
        }
        if (!asksForIntrospection(document, payload.query)) return;
        const decision = introspectionFor(document, viewer, options.introspection);
        if ("error" in decision) return [decision.error];
        if (decision.schema === options.introspection.fullSchema) return;
        const errors = validate(decision.schema, document);
        if (errors.length) return errors;
        return { schema: decision.schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue: options.createContext(viewer, clientIp(ctx.extra.request)) };
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (getOperationAST(args.document, args.operationName)?.operation === "subscription") options.onSubscriptionEvent?.();
        if (!("errors" in result) || !result.errors?.length) return result;
        return { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error) as GraphQLError) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error) as GraphQLError),
    },
    wsServer,
    options.keepAliveMs ?? 12_000,
  );

  return {
    wsServer,
    /** Open sockets of one account on this process. */
    connectionsOf(userId: string): number {
      return socketsByUser.get(userId)?.size ?? 0;
    },
    /** Closes every socket of an account on this process (e.g. it was just suspended): its subscriptions end. */
    disconnectUser(userId: string, code: number = WsCloseCode.Forbidden, reason = "Account suspended"): void {
      for (const socket of socketsByUser.get(userId) ?? []) socket.close(code, reason);
    },
    async close() {
      await cleanup.dispose();
    },
  };
}
