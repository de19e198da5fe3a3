import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type { ExecutionResult, OperationTypeNode } from "graphql";
import { pathOf } from "./request-url.ts";

/** The tracer of the API's own spans (HTTP requests, GraphQL operations); pg spans come from instrumentation-pg. */
const tracer = trace.getTracer("autodoctor-api");

/** A started tracer provider. */
export interface Tracing {
  /** Exports the spans still buffered and stops; called last at shutdown. */
  shutdown(): Promise<void>;
}

/** Where and as whom spans are exported (OTLP over HTTP, JSON). */
export interface TracingConfig {
  /** The collector's base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  /** Sent with every export (e.g. a hosted collector's API key), from `key=value,key=value`. */
  headers: Record<string, string>;
  /** `service.name` of every span. */
  serviceName: string;
}

/**
 * Starts OpenTelemetry tracing: a tracer provider exporting batches of spans as OTLP/HTTP JSON to
 * `<endpoint>/v1/traces`, W3C trace context, and pg instrumented. Must run before `pg` is first
 * loaded (`instrumentation.ts`, main.ts's first import).
 *
 * Why this shape: the SDK is loaded with `require` only here, so without an endpoint none of it is
 * ever loaded. `pg` is instrumented by require-in-the-middle, with no ESM loader hook: pg's ESM
 * entry (`pg/esm/index.mjs`, which @prisma/adapter-pg and our code import) loads its CommonJS
 * modules (`pg/lib/client.js`, `pg-pool`) with `require`, which the hook sees, under tsx and plain
 * node alike. An ESM hook (`--import @opentelemetry/instrumentation/hook.mjs`) would have to be on
 * every start command and has to be chained with tsx's own loader; it is not needed for pg.
 * HTTP server spans are our own (`traceHttpRequest`) rather than instrumentation-http's, which
 * records the full URL, and a GET /graphql carries the query and its variables there.
 */
export function startTracing(config: TracingConfig): Tracing {
  const require = createRequire(import.meta.url);
  const { NodeTracerProvider, BatchSpanProcessor } = require("@opentelemetry/sdk-trace-node") as typeof import("@opentelemetry/sdk-trace-node");
  const { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  const { resourceFromAttributes } = require("@opentelemetry/resources") as typeof import("@opentelemetry/resources");
  const { registerInstrumentations } = require("@opentelemetry/instrumentation") as typeof import("@opentelemetry/instrumentation");
  const { PgInstrumentation } = require("@opentelemetry/instrumentation-pg") as typeof import("@opentelemetry/instrumentation-pg");

  const exporter = new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces`, headers: config.headers });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // The global provider, the AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  // Statements only inside a traced request or operation: background jobs would be root spans of
  // their own every minute. Statement text is recorded (parameters are $n), never the values.
  const unregister = registerInstrumentations({ instrumentations: [new PgInstrumentation({ requireParentSpan: true })] });
  return {
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
}

/** Routes the API serves, as span names and `http.route`; any other path is named by its method alone. */
const ROUTES = new Set(["/graphql", "/graphiql", "/metrics", "/webhooks/stripe"]);
/** Probes are not traced: they would be most of the spans and say nothing. */
const UNTRACED = new Set(["/healthz", "/readyz"]);

/**
 * Runs `handle` inside a SERVER span for one HTTP request, continuing the caller's trace when it
 * sends a W3C `traceparent`. The span has the method, route, path and status, never the query
 * string or a header.
 */
export function traceHttpRequest(req: IncomingMessage, res: ServerResponse, handle: () => void): void {
  const path = pathOf(req.url);
  if (UNTRACED.has(path)) return handle();
  const method = req.method ?? "GET";
  const route = ROUTES.has(path) ? path : undefined;
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracer.startSpan(
    route ? `${method} ${route}` : method,
    { kind: SpanKind.SERVER, attributes: { "http.request.method": method, "url.path": path, ...(route ? { "http.route": route } : {}) } },
    parent,
  );
  const end = () => {
    span.setAttribute("http.response.status_code", res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    if (!res.writableFinished) span.setAttribute("http.request.aborted", true);
    span.end();
  };
  res.once("close", end);
  context.with(trace.setSpan(parent, span), handle);
}

/** Which engine ran an operation (execution.ts). */
export type ExecutionEngine = "graphql-js" | "graphql-jit";

/**
 * Runs one GraphQL operation's execution inside a span named `<type> <name>` (the OpenTelemetry
 * GraphQL convention), with the operation's name, type and the engine that ran it; database spans
 * of its resolvers are its children. The document itself is not recorded: literals in it can be
 * a password or a contact detail.
 */
export async function traceOperation<T extends ExecutionResult>(
  operation: { name?: string | null; type: OperationTypeNode | `${OperationTypeNode}` },
  engine: ExecutionEngine,
  execute: () => Promise<T> | T,
): Promise<T> {
  const attributes = { "graphql.operation.type": operation.type, "autodoctor.graphql.engine": engine, ...(operation.name ? { "graphql.operation.name": operation.name } : {}) };
  return tracer.startActiveSpan(operation.name ? `${operation.type} ${operation.name}` : operation.type, { attributes }, async (span) => {
    try {
      const result = await execute();
      if (result.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes(result) });
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The error codes of a result, as a span status message (messages themselves may quote input). */
const errorCodes = (result: ExecutionResult) => [...new Set(result.errors!.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR")))].join(",");

/**
 * Spans for the steps Apollo takes before execution: `graphql.parse` and `graphql.validate`, in
 * the HTTP request's trace (execution's span comes from the executor, `traceOperation`).
 */
export function tracingPlugin<C extends object>(): ApolloServerPlugin<C> {
  const step = (name: string): ((error?: unknown) => void) => {
    const span: Span = tracer.startSpan(name);
    return (error) => {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
  };
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          const end = step("graphql.parse");
          return async (error) => end(error);
        },
        async validationDidStart() {
          const end = step("graphql.validate");
          return async (errors) => end(errors?.length ? errors[0] : undefined);
        },
      };
    },
  };
}
