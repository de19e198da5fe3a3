import { deny, shield, type IRule, type IRules } from "graphql-shield";
import { accountRules } from "../modules/accounts/account.policy.ts";
import { vettingRules } from "../modules/accounts/mechanic-vetting.policy.ts";
import { auditRules } from "../modules/audit/audit.policy.ts";
import { bookingRules } from "../modules/bookings/booking.policy.ts";
import { chatRules } from "../modules/chat/chat.policy.ts";
import { contentFlagRules } from "../modules/content/content-flag.policy.ts";
import { enforcementRules } from "../modules/enforcement/enforcement.policy.ts";
import { escalationRules } from "../modules/escalations/escalation.policy.ts";
import { partnershipRules } from "../modules/partnerships/partnership.policy.ts";
import { paymentRules } from "../modules/payments/payment.policy.ts";
import { quoteRules } from "../modules/quotes/quote.policy.ts";
import { reviewRules } from "../modules/reviews/review.policy.ts";
import { sessionRules } from "../modules/sessions/session.policy.ts";
import { workshopRules } from "../modules/workshops/workshop.policy.ts";
import { forbidden } from "../platform/errors.ts";
import { hasRole, withinScope } from "./rules.ts";

/** Entries of no single module: the page info every list shares, and partnership views of quotes. */
const sharedRules = {
  Query: {
    // The two parties to a partnership and admins; which quotes each sees is quoteScope's.
    partnershipQuotes: hasRole("MECHANIC", "PARTNER", "ADMIN"),
  },
  PageInfo: withinScope,
  CommissionPreview: hasRole("MECHANIC"),
} satisfies IRules;

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * One rule map from the modules' policies: their root fields merged per root type, their object
 * types side by side. A field or type given a rule twice is a start-up error, so two modules
 * cannot both claim (and silently override) the same entry.
 */
export function assembleRules(policies: readonly IRules[]): Record<string, IRule | Record<string, IRule>> {
  const map: Record<string, IRule | Record<string, IRule>> = { Query: {}, Mutation: {}, Subscription: {} };
  for (const policy of policies) {
    for (const [type, rule] of Object.entries(policy)) {
      if (ROOT_TYPES.has(type)) {
        const fields = map[type] as Record<string, IRule>;
        for (const [field, fieldRule] of Object.entries(rule as Record<string, IRule>)) {
          if (field in fields) throw new Error(`${type}.${field} has a rule in two policies`);
          fields[field] = fieldRule;
        }
      } else {
        if (type in map) throw new Error(`${type} has a rule in two policies`);
        map[type] = rule;
      }
    }
  }
  return map;
}

/**
 * Who may call or read what: every Query, Mutation and object field of the schema has a rule,
 * declared by the module that owns it (`<module>.policy.ts`). Anything missing is denied
 * (`fallbackRule`), and tests/authz fails the build when a field has no rule, so a new field stays
 * closed until someone opens it on purpose.
 */
export const permissionRules: IRules = assembleRules([
  accountRules,
  workshopRules,
  sessionRules,
  chatRules,
  contentFlagRules,
  enforcementRules,
  escalationRules,
  quoteRules,
  partnershipRules,
  paymentRules,
  bookingRules,
  sharedRules,
  vettingRules,
  auditRules,
  reviewRules,
]);

/**
 * graphql-shield's own middleware for the same rule map, with deny-by-default and a FORBIDDEN
 * fallback error. The server enforces the map through `enforcePermissions` (same semantics, a
 * fraction of the cost on large lists); tests run both against each other.
 */
export const shieldMiddleware = shield(permissionRules, {
  fallbackRule: deny,
  fallbackError: () => forbidden(),
  allowExternalErrors: true,
  debug: false,
});
