import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Context } from "../auth/context.ts";

/**
 * Process metrics (CPU, memory, event loop, GC) are collected once per process: each collector
 * installs observers that are never removed, so one per server would pile up in processes that
 * start several servers (tests, benchmarks).
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * Prometheus metrics for operators: requests, errors by code, latency, live WebSockets,
 * subscription events and flagged chat messages. One registry per server.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly operations = new Counter({ name: "graphql_operations_total", help: "GraphQL operations answered, by type", labelNames: ["type"], registers: [this.registry] });
  readonly errors = new Counter({ name: "graphql_errors_total", help: "Errors returned to clients, by extensions.code", labelNames: ["code"], registers: [this.registry] });
  readonly duration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "Time to answer a GraphQL operation over HTTP",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly subscriptionEvents = new Counter({ name: "graphql_subscription_events_total", help: "Subscription results sent over graphql-ws", registers: [this.registry] });
  readonly flaggedMessages = new Counter({ name: "chat_messages_flagged_total", help: "Chat messages in which the monitor found contact details", registers: [this.registry] });
  readonly webSockets: Gauge;

  constructor(countWebSockets: () => number) {
    this.webSockets = new Gauge({
      name: "websocket_connections",
      help: "Open graphql-ws connections",
      registers: [this.registry],
      collect() {
        this.set(countWebSockets());
      },
    });
  }

  readonly contentType = this.registry.contentType;

  /** The text exposition of the process's and this server's metrics. */
  async scrape(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  /** Counts every HTTP operation, its errors and its latency. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const stop = this.duration.startTimer();
        return {
          willSendResponse: async ({ operation, errors }) => {
            stop();
            this.operations.inc({ type: operation?.operation ?? "unknown" });
            for (const error of errors ?? []) this.errors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
          },
        };
      },
    };
  }
}
