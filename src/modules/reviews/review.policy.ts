import { isAdmin, isSignedIn, withinScope, hasRole } from "../../authz/rules.ts";

/**
 * Who may review and read reviews. Only customers write them (the service then refuses work that
 * is not theirs with NOT_FOUND); anyone signed in reads a mechanic's or workshop's reviews, which
 * name no customer and carry masked comments; a mechanic's reputation is for admins only.
 */
export const reviewRules = {
  Query: { mechanicReviews: isSignedIn, workshopReviews: isSignedIn, mechanicReputation: isAdmin },
  Mutation: { reviewMechanic: hasRole("CUSTOMER"), reviewWorkshop: hasRole("CUSTOMER") },
  Review: withinScope,
  ReviewConnection: isSignedIn,
  MechanicReputation: isAdmin,
};
