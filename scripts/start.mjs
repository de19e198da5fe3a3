// `npm start`: the server from its build cache (scripts/start-bundle.mjs), rebuilt first when a
// source file changed since the last start.
// With tracing on (OTEL_EXPORTER_OTLP_ENDPOINT), the sources run through tsx instead: a bundle
// hoists its `import pg` above everything, so pg would load before src/app/instrumentation.ts could
// hook it, and its statements would go untraced. The image runs dist/, where the order holds.
import { pathToFileURL } from "node:url";
import { startBundle } from "./start-bundle.mjs";

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/app/main.ts");
} else {
  await import(pathToFileURL(await startBundle()).href);
}
