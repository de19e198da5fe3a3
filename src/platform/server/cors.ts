import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import cors from "cors";
import { pathOf } from "./request-url.ts";

/** Headers a browser front end may send cross-origin: JSON bodies, the bearer token, Apollo's CSRF headers, a request id. */
export const CORS_ALLOWED_HEADERS = ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"] as const;
/** Response headers a front end may read besides the CORS-safelisted ones: the request id to quote, and when to retry. */
export const CORS_EXPOSED_HEADERS = ["x-request-id", "retry-after"] as const;
/** How long (seconds) a browser may cache a preflight's answer; Chromium caps it at 7200. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * The paths a browser front end calls: the API and the health probes (a status banner).
 * Not /metrics (an operator's, behind its own token), the webhooks (Stripe's servers) or
 * GraphiQL (served from the API's own origin).
 */
const CORS_PATHS = new Set(["/graphql", "/healthz", "/readyz"]);

/**
 * Cross-origin access for the origins listed in `CORS_ORIGINS`, wrapped around the server's
 * request listener (node:http, so it covers /graphql, which bypasses Express).
 *
 * A listed origin gets `Access-Control-Allow-Origin` set to itself (never `*`) and no
 * `Access-Control-Allow-Credentials`: the API authenticates with bearer tokens, not cookies. Its
 * preflight (`OPTIONS` with `Access-Control-Request-Method`) is answered 204 with the allowed
 * methods (GET, POST), headers ({@link CORS_ALLOWED_HEADERS}) and max-age. Any other origin, or
 * every origin when the list is empty, gets no CORS header, so the browser refuses the response;
 * an `OPTIONS` request on these paths is still answered 204 (never Apollo's CSRF 400). Requests
 * go on to Apollo as before: its CSRF prevention still refuses simple cross-site requests, which
 * a browser sends without a preflight.
 */
export function withCors(origins: readonly string[], next: RequestListener): RequestListener {
  const allowed = new Set(origins);
  // Called only for a listed origin, which it reflects (`origin: true`).
  const middleware = cors({
    origin: true,
    methods: ["GET", "POST"],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: CORS_MAX_AGE_SECONDS,
    credentials: false,
    optionsSuccessStatus: 204,
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!CORS_PATHS.has(pathOf(req.url))) return next(req, res);
    // The answer depends on Origin whether or not it is listed: caches must key on it.
    if (allowed.size > 0) res.setHeader("vary", "Origin");
    const origin = req.headers.origin;
    // `cors` answers a listed origin's preflight itself, and calls on for its other requests.
    if (origin !== undefined && allowed.has(origin)) return middleware(req, res, () => next(req, res));
    if (req.method !== "OPTIONS") return next(req, res);
    res.writeHead(204, { allow: "GET, POST, OPTIONS", "content-length": "0" });
    res.end();
  };
}
