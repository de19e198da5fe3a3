import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadTracingConfig } from "../../src/app/config.ts";

/** OpenTelemetry's standard variables: tracing is on only with an endpoint, and bad values stop the start. */
describe("tracing configuration", () => {
  it("is off without OTEL_EXPORTER_OTLP_ENDPOINT, or with it empty", () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_SERVICE_NAME: "x" }).tracing).toBeUndefined();
    expect(loadTracingConfig({})).toBeUndefined();
  });

  it("reads the endpoint, the collector's headers (percent-decoded) and the service name, the same way alone as in the whole configuration", () => {
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/", OTEL_EXPORTER_OTLP_HEADERS: "api-key=abc%3D%3D, x-team = ops" };
    const expected = { endpoint: "http://collector:4318", headers: { "api-key": "abc==", "x-team": "ops" }, serviceName: "autodoctor-api" };
    expect(loadConfig(env).tracing).toEqual(expected);
    expect(loadTracingConfig(env)).toEqual(expected);
    expect(loadTracingConfig({ ...env, OTEL_SERVICE_NAME: "api-eu" })?.serviceName).toBe("api-eu");
  });

  it("reads blank variables as unset alone too, as compose's ${VAR:-} passes them", () => {
    const blank = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_HEADERS: "", OTEL_SERVICE_NAME: " " };
    expect(loadConfig(blank).tracing).toEqual({ endpoint: "http://collector:4318", headers: {}, serviceName: "autodoctor-api" });
    expect(loadTracingConfig(blank)).toEqual(loadConfig(blank).tracing);
  });

  it.each([
    ["an endpoint that is not an http(s) URL", { OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" }, "OTEL_EXPORTER_OTLP_ENDPOINT"],
    ["headers that are not key=value pairs", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_HEADERS: "just-a-token" }, "OTEL_EXPORTER_OTLP_HEADERS"],
    ["a header value that is not percent-encoded", { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_EXPORTER_OTLP_HEADERS: "key=100%" }, "OTEL_EXPORTER_OTLP_HEADERS"],
  ])("refuses %s, naming the variable (and leaves tracing off until then)", (_name, env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
    expect(loadTracingConfig(env)).toBeUndefined();
  });
});
