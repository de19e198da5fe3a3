import { unauthenticated } from "../errors.ts";
import type { ContactReadRecorder } from "../modules/audit/audit.service.ts";
import type { Services } from "../modules/services.ts";
import type { Viewer } from "./viewer.ts";

/** What every resolver and rule receives, over HTTP and graphql-ws alike. */
export interface Context {
  viewer: Viewer | null;
  services: Services;
  requestId: string;
  /** The caller's address, for per-IP rate limits. */
  clientIp: string;
  /** Admin reads of customer contact details in this operation, written to the audit log. */
  contactReads: ContactReadRecorder;
}

/** The viewer for code that the permission layer only lets signed-in callers reach. */
export function requireViewer(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
