import type { IRules } from "graphql-shield";
import { audienceOf, isAdmin } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";

/**
 * Who may read content flags: admins only. A flag keeps the original of a masked field, so the
 * list, the flag itself and every read of `original` (audited by the resolver) are admin-only.
 * Flags are written by the system, in the transaction of the write that stored the masked text.
 */
export const contentFlagRules = {
  Query: {
    contentFlags: isAdmin,
  },
  // Originals of flagged fields: admins only, and every read of `original` is audited.
  ContentFlag: isAdmin,
  ContentFlagConnection: isAdmin,
} satisfies IRules;

/** Matches no row. */
const NOTHING = { id: { in: [] as string[] } };

/** The flags a viewer may read: every flag for those the `contentFlags` rule admits (admins), none for anyone else. */
export function contentFlagScope(viewer: Viewer): StoreScope<Prisma.ContentFlagWhereInput> {
  return { viewer, where: audienceOf(contentFlagRules.Query.contentFlags).has(viewer.role) ? {} : NOTHING };
}
