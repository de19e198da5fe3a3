/**
 * The service categories a mechanic may recommend (`completeSession`'s `recommendedServices`) and
 * the `serviceCategories` query lists: the standard ones below, and every category a workshop
 * offers (`servicesOffered`, which admins write as free keys). The matcher compares a session's
 * recommendations with workshops' offers by `matchingKey`, so a recommendation outside this
 * vocabulary ("Replace front pads") could never match any workshop: it is refused when written.
 */
import { matchingKey } from "./workshop-matcher.ts";

/** The categories every deployment knows, whether or not a workshop offers them yet (lower case, as matching compares them). */
export const STANDARD_SERVICE_CATEGORIES: readonly string[] = [
  "air conditioning",
  "battery",
  "brakes",
  "cooling",
  "diagnostics",
  "electrical",
  "engine",
  "exhaust",
  "fuel system",
  "ignition",
  "steering",
  "suspension",
  "tires",
  "transmission",
];

/** The vocabulary: the standard categories and those `offered` by workshops, as matching keys, distinct and sorted. */
export function serviceVocabulary(offered: readonly string[]): string[] {
  const keys = new Set([...STANDARD_SERVICE_CATEGORIES, ...offered].map(matchingKey).filter((key) => key !== ""));
  return [...keys].sort();
}

/** The index of the first of `services` outside `vocabulary` (compared by matching key), or -1 when every one is in it. */
export function firstUnknownService(services: readonly string[], vocabulary: readonly string[]): number {
  const known = new Set(vocabulary.map(matchingKey));
  return services.findIndex((service) => !known.has(matchingKey(service)));
}
