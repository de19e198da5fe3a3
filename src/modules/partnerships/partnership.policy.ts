import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { forbidden } from "../../platform/errors.ts";
import { standingRule } from "../accounts/account.policy.ts";
import type { ViewerScope } from "../shared/scope.ts";
import type { PartnershipMove } from "./partnership.machine.ts";

/** Matches no row: for roles that have no business with partnerships. */
const NOTHING = { id: { in: [] as string[] } } satisfies Prisma.PartnershipWhereInput;

/** Which partnerships a viewer may see: its two parties' own, and all of them for admins. */
export function partnershipScope(viewer: Viewer): Prisma.PartnershipWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "MECHANIC":
      return { mechanicId: viewer.id };
    case "PARTNER":
      return { partnerId: viewer.id };
    default:
      return NOTHING;
  }
}

/** The viewer's partnerships as a store scope (partnershipScope). */
export const partnershipsOf = (viewer: Viewer): ViewerScope<Prisma.PartnershipWhereInput> => ({ viewer, where: partnershipScope(viewer) });

/**
 * Whose partnership it is for `viewer` making `move` (a Prisma filter the machine's conditional
 * UPDATE includes; the machine has already refused a role the move's `who` lacks): the viewer's
 * own side (admins: every partnership). A suspension is lifted only by whoever imposed it
 * (admins: any).
 */
export function partnershipActorScope(viewer: Viewer, move: PartnershipMove): Prisma.PartnershipWhereInput {
  if (move === "resume" && viewer.role !== "ADMIN") return { AND: [partnershipScope(viewer), { statusChangedById: viewer.id }] };
  return partnershipScope(viewer);
}

/**
 * The partner's own moves (accepting the terms, setting the permissions): the partnership's partner
 * only, admins included in the refusal (the rule map admits partners alone; this holds for callers
 * other than the API).
 *
 * @throws AppError FORBIDDEN "Only the partner <does this>" for anyone else
 */
export function assertIsPartnerOf(viewer: Viewer, row: { partnerId: string }, doesThis: string): void {
  if (row.partnerId !== viewer.id) throw forbidden(`Only the partner ${doesThis}`);
}

/**
 * The actor check of a resume, told apart from "not yours": only whoever suspended it (or an
 * admin) lifts a suspension, so a partner's quality hold is not the mechanic's to undo. The
 * actor scope above enforces the same inside the UPDATE; this gives the caller the reason.
 *
 * @throws AppError FORBIDDEN for the party that did not suspend it
 */
export function assertMayResume(viewer: Viewer, row: { status: string; statusChangedById: string | null }): void {
  if (row.status === "SUSPENDED" && viewer.role !== "ADMIN" && row.statusChangedById !== viewer.id) throw forbidden("Only the party that suspended this partnership can resume it");
}

/**
 * Who may end a partnership for quality issues: the partner (or an admin), never the mechanic
 * whose work is in question (seed 000, "Partner can terminate if quality issues").
 *
 * @throws AppError FORBIDDEN when a mechanic flags quality issues
 */
export function assertMayTerminate(viewer: Viewer, qualityIssue: boolean): void {
  if (qualityIssue && viewer.role === "MECHANIC") throw forbidden("Only the partner can terminate for quality issues");
}

/** The two parties to a partnership and admins; which partnerships each sees is partnershipScope's. */
const partnershipParties = hasRole("MECHANIC", "PARTNER", "ADMIN");
const isMechanic = hasRole("MECHANIC");
const isPartner = hasRole("PARTNER");
const isPartnerOrAdmin = hasRole("PARTNER", "ADMIN");
/** Who reads a partner organization: mechanics (the directory, their partnerships), partners and admins. */
const partnershipReaders = hasRole("MECHANIC", "PARTNER", "ADMIN");

/**
 * The partnership module's entries of the rule map (authz/permissions.ts spreads them): its root
 * fields by operation, and its object types. A move's mutation admits exactly the roles of the
 * move's `who` in partnership.machine.ts (tests/authz/write-matrix/partnership.test.ts checks the
 * two agree). Rows are reached through partnershipScope (the two
 * parties, admins); no customer is reachable from them.
 */
export const partnershipRules = {
  Query: {
    partnerships: partnershipParties,
    partnership: partnershipParties,
    partnerDirectory: isMechanic,
    partnershipsPendingVerification: isAdmin,
    partnerPerformance: isPartnerOrAdmin,
    partnershipAbuseSignals: isAdmin,
  },
  Mutation: {
    applyForPartnership: isMechanic,
    acceptPartnershipTerms: isPartner,
    verifyPartnership: isAdmin,
    suspendPartnership: partnershipParties,
    resumePartnership: partnershipParties,
    terminatePartnership: partnershipParties,
    updatePartnershipPermissions: isPartner,
    upsertCatalogPart: isPartner,
    upsertLaborRate: isPartner,
    importCatalog: isPartner,
  },
  Partnership: withinScope,
  PartnershipConnection: withinScope,
  PartnerOrganization: {
    id: partnershipReaders,
    organizationName: partnershipReaders,
    displayName: partnershipReaders,
    verified: partnershipReaders,
    hasWorkshop: partnershipReaders,
    standing: standingRule,
  },
  PartnerOrganizationConnection: withinScope,
  CatalogPart: withinScope,
  LaborRate: withinScope,
  CatalogImportReport: isPartner,
  CatalogImportRejection: isPartner,
  PartnershipEarnings: withinScope,
  MechanicPerformance: isPartnerOrAdmin,
  PartnershipAbuseSignal: isAdmin,
};
