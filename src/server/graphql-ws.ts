import type { Server as HttpServer } from "node:http";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Context } from "../auth/context.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { Logger } from "./logger.ts";

export interface GraphqlWsOptions {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  /** Resolves `connection_init`'s `authorization` to a viewer; throws to refuse the connection. */
  authenticate(authorization: unknown): Promise<Viewer | null>;
  createContext(viewer: Viewer | null): Context;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logger: Logger;
  keepAliveMs?: number;
  maxPayloadBytes?: number;
}

/**
 * graphql-ws on the HTTP server's port and path. The caller authenticates in `connection_init`;
 * a bad token or a suspended account closes the socket with 4403 before any operation runs.
 */
export function attachGraphqlWs(options: GraphqlWsOptions) {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: options.maxPayloadBytes ?? 64 * 1024 });
  const viewers = new WeakMap<object, Viewer | null>();

  const cleanup = useServer(
    {
      schema: options.schema,
      async onConnect(ctx) {
        try {
          viewers.set(ctx.extra, await options.authenticate(ctx.connectionParams?.authorization));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => options.createContext(viewers.get(ctx.extra) ?? null),
      onNext: (_ctx, _id, _payload, _args, result) => {
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
    async close() {
      await cleanup.dispose();
    },
  };
}
