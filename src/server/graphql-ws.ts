import type { Server as HttpServer } from "node:http";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Context } from "../auth/context.ts";
import type { Viewer } from "../auth/viewer.ts";
import { tooManyTokensOr } from "./format-error.ts";
import { asksForIntrospection, introspectionFor } from "./introspection.ts";
import type { Logger } from "./logger.ts";

export interface GraphqlWsOptions {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  /** Resolves `connection_init`'s `authorization` to a viewer; throws to refuse the connection. */
  authenticate(authorization: unknown): Promise<Viewer | null>;
  createContext(viewer: Viewer | null): Context;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logger: Logger;
  introspection: Parameters<typeof introspectionFor>[2];
  /** The HTTP query limits; throws an AppError when an operation is over one. */
  checkLimits(document: DocumentNode, variables: Record<string, unknown> | undefined): void;
  maxTokens: number;
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
      // The same limits and introspection policy as HTTP.
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? tooManyTokensOr(error) : new GraphQLError("Syntax error")];
        }
        try {
          options.checkLimits(document, payload.variables ?? undefined);
        } catch (error) {
          return [error as GraphQLError];
        }
        if (!asksForIntrospection(document)) return;
        const viewer = viewers.get(ctx.extra) ?? null;
        const decision = introspectionFor(document, viewer, options.introspection);
        if ("error" in decision) return [decision.error];
        if (decision.schema === options.introspection.fullSchema) return;
        const errors = validate(decision.schema, document);
        if (errors.length) return errors;
        return { schema: decision.schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue: options.createContext(viewer) };
      },
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
