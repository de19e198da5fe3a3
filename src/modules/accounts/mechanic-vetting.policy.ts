import { isAdmin } from "../../authz/rules.ts";

/**
 * The rule-map entries of mechanic vetting (spread into authz/permissions.ts): admins list and
 * decide; a mechanic learns their own standing from the FORBIDDEN `MECHANIC_NOT_VETTED` a claim
 * answers (with the status and the admin's reason).
 */
export const vettingRules = {
  Query: { mechanicVettings: isAdmin },
  Mutation: { approveMechanic: isAdmin, rejectMechanic: isAdmin },
  MechanicVetting: isAdmin,
  MechanicVettingConnection: isAdmin,
};
