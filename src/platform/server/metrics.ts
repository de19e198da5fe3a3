import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { RequestContext as Context } from "../auth/request-context.ts";
import { uncodedRefusalCode } from "./format-error.ts";

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
 * Prometheus metrics for operators: requests, errors by code (HTTP and graphql-ws), latency, live WebSockets,
 * subscription events and flagged chat messages. One registry per server.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly operations = new Counter({ name: "graphql_operations_total", help: "GraphQL operations answered, by type", labelNames: ["type"], registers: [this.registry] });
  readonly errors = new Counter({ name: "graphql_errors_total", help: "Errors returned to clients over HTTP and graphql-ws, by extensions.code", labelNames: ["code"], registers: [this.registry] });
  readonly duration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "Time to answer a GraphQL operation over HTTP, by operation name (see OperationLabels) and type",
    labelNames: ["operation", "type"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly subscriptionEvents = new Counter({ name: "graphql_subscription_events_total", help: "Subscription results sent over graphql-ws", registers: [this.registry] });
  readonly flaggedMessages = new Counter({ name: "chat_messages_flagged_total", help: "Chat messages in which the monitor found contact details", registers: [this.registry] });
  readonly webSockets: Gauge;

  private readonly operationLabels: OperationLabels;

  /**
   * `knownOperations`: the names of the operations front ends ship (persisted-operations.ts), which
   * always get a latency series of their own.
   */
  constructor(countWebSockets: () => number, knownOperations: Iterable<string> = []) {
    this.operationLabels = new OperationLabels(knownOperations);
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

  /**
   * `format` (the error formatter), counting in graphql_errors_total each error it shapes for a
   * client: graphql-ws's errors (refusals such as RATE_LIMITED, and errors in results), which
   * the HTTP plugin below never sees.
   */
  countingErrors<E>(format: (formatted: GraphQLFormattedError, error: E) => GraphQLFormattedError) {
    return (formatted: GraphQLFormattedError, error: E): GraphQLFormattedError => {
      const shaped = format(formatted, error);
      this.errors.inc({ code: String(shaped.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
      return shaped;
    };
  }

  /** Counts every HTTP operation, its errors and its latency. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const stop = this.duration.startTimer();
        return {
          willSendResponse: async ({ operation, operationName, errors }) => {
            const type = operation?.operation ?? "unknown";
            stop({ operation: operation ? this.operationLabels.of(operationName) : "unknown", type });
            this.operations.inc({ type });
            for (const error of errors ?? []) this.errors.inc({ code: String(error.extensions?.code ?? uncodedRefusalCode(error) ?? "INTERNAL_SERVER_ERROR") });
          },
        };
      },
    };
  }
}

/** Distinct operation names, besides the known ones, that get a latency series of their own. */
export const MAX_OPERATION_LABELS = 200;

/** The longest name, in characters, that becomes a label of its own (shipped names are under 30). */
export const MAX_OPERATION_LABEL_LENGTH = 64;

/**
 * What a label value may be: a GraphQL name (ASCII letters, digits, underscore) of at most
 * MAX_OPERATION_LABEL_LENGTH characters. Prometheus allows any UTF-8 in a label value, but every
 * value is written into each series' line (13 per histogram series) at every scrape: a megabyte
 * name made one scrape tens of megabytes, and a few dozen made every scrape fail.
 */
const LABEL_VALUE = new RegExp(`^[A-Za-z_][A-Za-z0-9_]{0,${MAX_OPERATION_LABEL_LENGTH - 1}}$`);

/**
 * The `operation` label of an operation: its name when it is one the front ends ship or among the
 * first MAX_OPERATION_LABELS other short, plain names seen (LABEL_VALUE), "other" otherwise
 * (names are the client's to choose, and each one is a set of series kept until the process
 * ends), "anonymous" for an unnamed operation.
 */
export class OperationLabels {
  private readonly known: ReadonlySet<string>;
  private readonly seen = new Set<string>();

  constructor(
    known: Iterable<string>,
    private readonly cap = MAX_OPERATION_LABELS,
  ) {
    this.known = new Set(known);
  }

  of(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (this.seen.size >= this.cap || !LABEL_VALUE.test(name)) return "other";
    this.seen.add(name);
    return name;
  }
}
