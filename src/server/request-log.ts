import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../auth/context.ts";
import type { Logger } from "./logger.ts";

/**
 * One log line per operation: request id, user, operation name, error codes and duration.
 * Never the query text, variables or results, so no token, password or contact value can land in a log.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  // Below debug level there is nothing to log: no per-request hooks at all.
  if (!logger.isLevelEnabled("debug")) return {};
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.debug(
            {
              requestId: contextValue.requestId,
              userId: contextValue.viewer?.id ?? null,
              operation: operationName ?? null,
              errorCodes: errors?.map((error) => error.extensions?.code ?? "UNKNOWN") ?? [],
              ms: Math.round(performance.now() - started),
            },
            "graphql operation",
          );
        },
      };
    },
  };
}
