/**
 * main.ts's first import: starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set,
 * before anything it instruments (pg) is loaded; imports evaluate in order, and this module runs
 * synchronously. Without the variable it loads none of the SDK.
 */
import { startTracing, type Tracing } from "../platform/server/tracing.ts";
import { loadTracingConfig } from "./config.ts";

const settings = loadTracingConfig();

/** The running tracer provider, flushed last at shutdown; null when tracing is off. */
export const tracing: Tracing | null = settings ? startTracing(settings) : null;
