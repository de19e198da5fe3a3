import { audienceOf, hasRole, isPublic, isSignedIn } from "../../authz/rules.ts";
import type { Role } from "../../platform/db/generated/enums.ts";
import type { FanoutClassifier } from "../../platform/server/shared-subscribe.ts";
import { chatRules } from "./chat.policy.ts";

/**
 * Whether a rule's verdict depends on the caller's role alone: `allow` (withinScope, isPublic),
 * isSignedIn, or a `hasRole(...)` rule (hasRole returns one rule object per role set, so a rule is
 * one exactly when hasRole of its audience is that same object). A rule that looks at the row or
 * at who the caller is (isOwnAccountOrAdmin, customerField) is not.
 */
function dependsOnRoleOnly(rule: object): boolean {
  if (rule === isPublic || rule === isSignedIn) return true;
  const roles = [...audienceOf(rule)].filter((who): who is Role => who !== "ANONYMOUS");
  return roles.length > 0 && rule === hasRole(...roles);
}

/**
 * The live fan-out's permission classes of an object type, derived from its field rules: two roles
 * share a class when every field's rule gives them the same verdict, so one execution of a
 * selection serves both. The class is named by the fields the role may read. Null (nothing is
 * shared) when a field's rule depends on more than the role, or the type has a type-wide rule.
 *
 * @param fieldRules the type's entry in the rule map (one rule per field)
 * @returns role -> class name, or null
 */
export function fanoutClassesOf(fieldRules: object): ReadonlyMap<Role, string> | null {
  if ("func" in fieldRules || fieldRules === isPublic) return null;
  const rules = Object.entries(fieldRules as Record<string, object>);
  if (!rules.every(([, rule]) => dependsOnRoleOnly(rule))) return null;
  const roles: Role[] = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];
  return new Map(
    roles.map((role) => [
      role,
      rules
        .filter(([, rule]) => audienceOf(rule).has(role))
        .map(([field]) => field)
        .join(","),
    ]),
  );
}

const CHAT_MESSAGE_CLASSES = fanoutClassesOf(chatRules.ChatMessage);

/**
 * The roles that read a message's original (admins): each is served by an execution of its own,
 * since a read of a masked original is audited as its reader's (ChatResolver.originalBody), and a
 * shared execution would record one admin's read for all of them.
 */
const READERS_OF_ORIGINALS: ReadonlySet<string> = audienceOf(chatRules.ChatMessage.originalBody);

/** The live feeds of chat messages (both thread kinds deliver ChatMessage). */
const CHAT_FEEDS: ReadonlySet<string> = new Set(["chatMessageAdded", "workshopMessageAdded"]);

/**
 * Live chat fan-out: subscribers whose role reads the same ChatMessage fields (today: every role but
 * admins) see identical results, derived from the ChatMessage field rules in chat.policy.ts. A
 * field whose rule depends on more than the role turns sharing off; a field whose resolver depends
 * on the reader fails tests/chat/fanout-classes.test.ts; readers of originals share nothing.
 */
export const chatFanoutClass: FanoutClassifier = (rootField, context) => {
  if (!CHAT_FEEDS.has(rootField) || !context.viewer || !CHAT_MESSAGE_CLASSES || READERS_OF_ORIGINALS.has(context.viewer.role)) return null;
  return CHAT_MESSAGE_CLASSES.get(context.viewer.role) ?? null;
};
