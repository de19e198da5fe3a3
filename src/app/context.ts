import type { ReadRecorder } from "../modules/audit/audit.service.ts";
import type { RequestContext } from "../platform/auth/request-context.ts";
import type { Viewer } from "../platform/auth/viewer.ts";
import { unauthenticated } from "../platform/errors.ts";
import type { Services } from "./container.ts";

/** What every resolver and rule receives, over HTTP and graphql-ws alike. */
export interface Context extends RequestContext {
  services: Services;
  /** Admin reads of customer contact details and masked originals in this operation, written to the audit log. */
  reads: ReadRecorder;
}

/** The viewer for code that the permission layer only lets signed-in callers reach. */
export function requireViewer(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}
