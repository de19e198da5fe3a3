import { isSignedIn, withinScope } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";

/** The workshop directory is public to every signed-in caller: its scope is every workshop. */
export function directoryScope(viewer: Viewer): StoreScope<Prisma.WorkshopWhereInput> {
  return { viewer, where: {} };
}

/** The rule-map entries of the workshop directory (spread into authz/permissions.ts). */
export const workshopRules = {
  Query: { workshops: isSignedIn },
  Workshop: isSignedIn,
  WorkshopConnection: withinScope,
};
