import type { Viewer } from "./viewer.ts";

/**
 * What the transport knows of a request, over HTTP and graphql-ws alike: who is calling, from
 * where, under which request id. The application's context (app/context.ts) extends it with the
 * services; the server code here reads only these fields.
 */
export interface RequestContext {
  viewer: Viewer | null;
  requestId: string;
  /** The caller's address, for per-IP rate limits. */
  clientIp: string;
}
