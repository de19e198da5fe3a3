import { isAdmin } from "../../authz/rules.ts";
import type { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";

/**
 * The rule-map entries of mechanic vetting (spread into authz/permissions.ts): admins list and
 * decide; a mechanic learns their own standing from the FORBIDDEN `MECHANIC_NOT_VETTED` a claim
 * answers (with the status and the admin's reason).
 */
export const vettingRules = {
  Query: { mechanicVettings: isAdmin },
  Mutation: { approveMechanic: isAdmin, rejectMechanic: isAdmin },
  // Every field, `standing` (accounts' standingRule, also admins') included.
  MechanicVetting: isAdmin,
  MechanicVettingConnection: isAdmin,
};

/** Whether a vetting decision lets a mechanic claim and work paid sessions (seed 000 "mechanic vetting"): APPROVED only; null or undefined (no profile read) does not. */
export const isVetted = (status: MechanicVettingStatus | null | undefined): boolean => status === "APPROVED";
