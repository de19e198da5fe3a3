/**
 * Chooses which workshop receives an escalated diagnostic session.
 *
 * Pure and deterministic: the same input always yields the same choice, so a
 * decision can be replayed and explained from what was stored.
 */

export interface MatchCandidate {
  id: string;
  name: string;
  city: string;
  serviceArea: string[];
  servicesOffered: string[];
  acceptsEscalations: boolean;
  openEscalations: number;
  maxOpenEscalations: number;
  /** Average rating × 100 of the workshop's reviews, e.g. 480 for 4.80 stars; 0 with no reviews. */
  ratingHundredths: number;
  /** How many reviews that average is computed from. */
  ratingCount: number;
  avgResponseMinutes: number;
}

export interface MatchInput {
  customerCity: string;
  recommendedServices: string[];
  preferredWorkshopId?: string | null;
  /** Workshops that already declined or let this escalation expire. */
  excludeWorkshopIds?: string[];
  candidates: MatchCandidate[];
}

/** A qualifying workshop in match order (rank 1 is the best). */
export interface RankedWorkshop {
  workshopId: string;
  rank: number;
  preferred: boolean;
  ratingHundredths: number;
  avgResponseMinutes: number;
}

export interface RejectedWorkshop {
  workshopId: string;
  why: string;
}

/**
 * Why no workshop qualified: the first of these filters, applied in this order to the candidates,
 * that left none.
 * - `NO_WORKSHOP_IN_CITY`: no workshop that accepts escalations serves the customer's city (its
 *   own city or its service area).
 * - `NO_WORKSHOP_FOR_CATEGORIES`: some serve the city, none offers every recommended service category.
 * - `ALL_DECLINED_OR_EXPIRED`: every workshop that serves the city and the categories was already
 *   offered this escalation and declined it or let the offer expire.
 * - `ALL_AT_CAPACITY`: the ones left are all at their limit of open escalations.
 */
export type UnmatchedReason = "NO_WORKSHOP_IN_CITY" | "NO_WORKSHOP_FOR_CATEGORIES" | "ALL_DECLINED_OR_EXPIRED" | "ALL_AT_CAPACITY";

export type MatchResult = { workshopId: string; reason: string; ranked: RankedWorkshop[] } | { workshopId: null; reason: string; unmatchedReason: UnmatchedReason; rejected: RejectedWorkshop[] };

export type MultiMatchResult =
  { workshopIds: string[]; reason: string; ranked: RankedWorkshop[] } | { workshopIds: []; reason: string; unmatchedReason: UnmatchedReason; rejected: RejectedWorkshop[] };

export const MAX_COMPARED_WORKSHOPS = 3;

/** Why no workshop can be asked to quote an UNMATCHED escalation, in words for its customer. */
export const UNMATCHED_EXPLANATION: Readonly<Record<UnmatchedReason, string>> = {
  NO_WORKSHOP_IN_CITY: "no workshop that takes escalations serves your city",
  NO_WORKSHOP_FOR_CATEGORIES: "no workshop in your city does every recommended repair",
  ALL_DECLINED_OR_EXPIRED: "every workshop that fits already declined it or let its offer expire",
  ALL_AT_CAPACITY: "every workshop that fits is fully booked; one may free up later",
};

interface Ranking {
  qualifying: MatchCandidate[];
  rejected: RejectedWorkshop[];
  preferred: MatchCandidate | undefined;
  /** Why the requested preferred workshop was passed over, if it was. */
  preferredRejection: string | undefined;
}

/** Case-, whitespace- and Unicode-form-insensitive key for cities and services: what matching compares. */
export function matchingKey(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function distinctByKey(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const value of values) {
    const key = matchingKey(value);
    if (key !== "" && !seen.has(key)) {
      seen.add(key);
      distinct.push(value.trim());
    }
  }
  return distinct;
}

function formatRating(ratingHundredths: number): string {
  const whole = Math.trunc(ratingHundredths / 100);
  return `${whole}.${String(ratingHundredths - whole * 100).padStart(2, "0")}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Every rule a candidate breaks, in a fixed order; empty when it qualifies. */
function disqualifications(candidate: MatchCandidate, city: string, services: readonly string[], excluded: ReadonlySet<string>): string[] {
  const why = disqualificationsBesidesCapacity(candidate, city, services, excluded);
  if (candidate.openEscalations >= candidate.maxOpenEscalations) why.push("at capacity");
  return why;
}

function disqualificationsBesidesCapacity(candidate: MatchCandidate, city: string, services: readonly string[], excluded: ReadonlySet<string>): string[] {
  const why: string[] = [];
  if (excluded.has(candidate.id)) why.push("already declined or expired");
  if (!candidate.acceptsEscalations) why.push("not accepting escalations");
  if (!servesCity(candidate, city)) why.push("does not serve the customer's city");
  const missing = missingServices(candidate, services);
  if (missing.length > 0) why.push(`does not offer ${missing.join(", ")}`);
  return why;
}

/** `city` is normalized. */
function servesCity(candidate: MatchCandidate, city: string): boolean {
  return [candidate.city, ...candidate.serviceArea].some((served) => matchingKey(served) === city);
}

function missingServices(candidate: MatchCandidate, services: readonly string[]): string[] {
  const offered = new Set(candidate.servicesOffered.map(matchingKey));
  return services.filter((service) => !offered.has(matchingKey(service)));
}

/**
 * Best first: higher rating; among equal ratings, the one computed from more reviews (the
 * tie-breaker of issue 18 item 4, see {@link matchWorkshop}); then faster response, then name and
 * id so ties never depend on input order.
 */
function compareCandidates(a: MatchCandidate, b: MatchCandidate): number {
  return (
    b.ratingHundredths - a.ratingHundredths ||
    b.ratingCount - a.ratingCount ||
    a.avgResponseMinutes - b.avgResponseMinutes ||
    compareStrings(matchingKey(a.name), matchingKey(b.name)) ||
    compareStrings(a.id, b.id)
  );
}

/** Code-unit order: unlike localeCompare it does not vary with the server's ICU data or locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rankCandidates(input: MatchInput): Ranking {
  const city = matchingKey(input.customerCity);
  const services = distinctByKey(input.recommendedServices);
  const excluded = new Set(input.excludeWorkshopIds ?? []);
  const seen = new Set<string>();
  const qualifying: MatchCandidate[] = [];
  const rejected: RejectedWorkshop[] = [];

  for (const candidate of input.candidates) {
    // A workshop listed twice must not take two of the compared slots.
    const why = seen.has(candidate.id) ? ["duplicate candidate"] : disqualifications(candidate, city, services, excluded);
    seen.add(candidate.id);
    if (why.length === 0) qualifying.push(candidate);
    else rejected.push({ workshopId: candidate.id, why: why.join("; ") });
  }

  qualifying.sort(compareCandidates);
  const preferredId = input.preferredWorkshopId;
  const preferredIndex = qualifying.findIndex((candidate) => candidate.id === preferredId);
  const [preferred] = preferredIndex >= 0 ? qualifying.splice(preferredIndex, 1) : [];
  if (preferred) qualifying.unshift(preferred);
  const preferredRejection = !preferredId || preferred ? undefined : (rejected.find((rejection) => rejection.workshopId === preferredId)?.why ?? "not among the candidates");
  return { qualifying, rejected, preferred, preferredRejection };
}

function toRanked(qualifying: readonly MatchCandidate[], preferred: MatchCandidate | undefined): RankedWorkshop[] {
  return qualifying.map((candidate, index) => ({
    workshopId: candidate.id,
    rank: index + 1,
    preferred: candidate === preferred,
    ratingHundredths: candidate.ratingHundredths,
    avgResponseMinutes: candidate.avgResponseMinutes,
  }));
}

/** Why nothing qualified (see {@link UnmatchedReason}), as a code and in words naming the city and services. */
function noMatch(input: MatchInput): { reason: string; unmatchedReason: UnmatchedReason } {
  const city = matchingKey(input.customerCity);
  const services = distinctByKey(input.recommendedServices);
  const excluded = new Set(input.excludeWorkshopIds ?? []);
  const inCity = input.candidates.filter((candidate) => candidate.acceptsEscalations && servesCity(candidate, city));
  const forCategories = inCity.filter((candidate) => missingServices(candidate, services).length === 0);
  const untried = forCategories.filter((candidate) => !excluded.has(candidate.id));
  const unmatchedReason: UnmatchedReason =
    inCity.length === 0 ? "NO_WORKSHOP_IN_CITY" : forCategories.length === 0 ? "NO_WORKSHOP_FOR_CATEGORIES" : untried.length === 0 ? "ALL_DECLINED_OR_EXPIRED" : "ALL_AT_CAPACITY";
  const serving = `${input.customerCity.trim()}${services.length > 0 ? ` with ${services.join(", ")}` : ""}`;
  const reason = {
    NO_WORKSHOP_IN_CITY: `no workshop serves ${input.customerCity.trim()}`,
    NO_WORKSHOP_FOR_CATEGORIES: `no workshop serves ${serving}`,
    ALL_DECLINED_OR_EXPIRED: `every workshop serving ${serving} already declined or let its offer expire`,
    ALL_AT_CAPACITY: `every workshop serving ${serving} is at capacity`,
  }[unmatchedReason];
  return { reason, unmatchedReason };
}

/** Names the rule that separated the winner from the runner-up. */
function winnerReason(ranking: Ranking, winner: MatchCandidate, runnerUp: MatchCandidate | undefined): string {
  if (winner === ranking.preferred) return "preferred workshop qualifies";

  const rating = formatRating(winner.ratingHundredths);
  const equallyRated = ranking.qualifying.filter((c) => c.ratingHundredths === winner.ratingHundredths);
  let reason: string;
  if (!runnerUp) {
    reason = `only qualifying workshop (rating ${rating})`;
  } else if (winner.ratingHundredths !== runnerUp.ratingHundredths) {
    reason = `highest rating (${rating}) among ${plural(ranking.qualifying.length, "qualifying workshop")}`;
  } else if (winner.ratingCount !== runnerUp.ratingCount) {
    reason = `most reviews (${winner.ratingCount}) among ${equallyRated.length} qualifying workshops rated ${rating}`;
  } else if (winner.avgResponseMinutes !== runnerUp.avgResponseMinutes) {
    reason = `fastest response (${winner.avgResponseMinutes} min) among ${equallyRated.length} qualifying workshops rated ${rating}`;
  } else {
    reason = `first by name among ${equallyRated.length} qualifying workshops rated ${rating} with equal review counts and response times`;
  }
  return withPreferredNote(reason, ranking);
}

function withPreferredNote(reason: string, ranking: Ranking): string {
  return ranking.preferredRejection === undefined ? reason : `${reason}; preferred workshop not eligible: ${ranking.preferredRejection}`;
}

/**
 * Chooses the single workshop that should receive an escalation.
 *
 * A candidate qualifies when it accepts escalations, serves the customer's
 * city (its own city or its service area), offers every recommended service,
 * has spare capacity and is not excluded; cities and services are compared
 * ignoring case and surrounding or repeated whitespace. The customer's
 * preferred workshop wins whenever it qualifies; otherwise the highest rating
 * wins, then the most reviews, then the fastest average response, then name,
 * then id.
 *
 * Ratings are computed from customers' reviews of completed, paid repairs
 * (seed 003: "Workshop ratings visible"; issue 18 item 4: "ratings shown to
 * customers are computed from these"). Equal averages are broken by how many
 * reviews each rests on: 4.80 from forty repairs is surer than 4.80 from one.
 * The mechanic's reputation (seed 003 "Mechanic reputation scoring (escalation
 * quality)", domain/reputation) is not a key here: one escalation has one
 * referring mechanic, so it is the same for every candidate and cannot order them.
 *
 * @returns the chosen workshop with a human-readable reason and every
 *   qualifying workshop in order, or `workshopId: null` with why nothing
 *   qualified ({@link UnmatchedReason}, and in words) and the reason each
 *   candidate was rejected.
 */
export function matchWorkshop(input: MatchInput): MatchResult {
  const ranking = rankCandidates(input);
  const [winner, runnerUp] = ranking.qualifying;
  if (!winner) {
    return { workshopId: null, ...noMatch(input), rejected: ranking.rejected };
  }
  return {
    workshopId: winner.id,
    reason: winnerReason(ranking, winner, runnerUp),
    ranked: toRanked(ranking.qualifying, ranking.preferred),
  };
}

/**
 * Chooses up to `count` distinct workshops for a customer who wants to compare
 * quotes, using the same rules and order as {@link matchWorkshop} (so the
 * first is always the workshop `matchWorkshop` would choose).
 *
 * @param count how many workshops to ask, 1 to {@link MAX_COMPARED_WORKSHOPS}.
 * @throws {RangeError} when `count` is not an integer in that range.
 */
export function matchWorkshops(input: MatchInput, count: number): MultiMatchResult {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COMPARED_WORKSHOPS) {
    throw new RangeError(`count must be an integer from 1 to ${MAX_COMPARED_WORKSHOPS}`);
  }
  const ranking = rankCandidates(input);
  if (ranking.qualifying.length === 0) {
    return { workshopIds: [], ...noMatch(input), rejected: ranking.rejected };
  }
  const chosen = ranking.qualifying.slice(0, count);
  const order = ranking.preferred ? "preferred workshop first, then by rating" : "by rating";
  return {
    workshopIds: chosen.map((candidate) => candidate.id),
    reason: withPreferredNote(`${plural(chosen.length, "workshop")} of ${ranking.qualifying.length} qualifying, ${order}`, ranking),
    ranked: toRanked(ranking.qualifying, ranking.preferred),
  };
}

/**
 * The candidates that meet every rule except capacity, in code-unit order of id: the only
 * workshops whose open escalations can change this match. A caller that must count capacity and
 * take a slot atomically locks exactly these (their open counts are ignored here).
 */
export function capacityContenders(input: MatchInput): string[] {
  const city = matchingKey(input.customerCity);
  const services = distinctByKey(input.recommendedServices);
  const excluded = new Set(input.excludeWorkshopIds ?? []);
  const ids = input.candidates.filter((candidate) => disqualificationsBesidesCapacity(candidate, city, services, excluded).length === 0).map((candidate) => candidate.id);
  return [...new Set(ids)].sort(compareStrings);
}

/** The JSON an offer stores as `matchInputs` (see matchRecord). */
export interface MatchRecord {
  customerCity: string;
  recommendedServices: string[];
  preferredWorkshopId?: string | null;
  excludeWorkshopIds?: string[];
  estimatedAmountCents: number | null;
  candidates: Pick<MatchCandidate, "id" | "openEscalations" | "maxOpenEscalations" | "ratingHundredths" | "ratingCount" | "avgResponseMinutes">[];
  ranked?: RankedWorkshop[];
  rejected?: RejectedWorkshop[];
}

/**
 * What an offer stores as `matchInputs` (JSON), so a match can be replayed and explained: the
 * input the matcher was given (candidates reduced to their counted figures), the mechanic's
 * estimate (cents, or null) and the outcome: `ranked` when a workshop qualified, else `rejected`.
 * Escalation matching and the demo seed both record offers with this.
 */
export function matchRecord(input: MatchInput, estimatedAmountCents: number | null, result: { ranked: RankedWorkshop[] } | { rejected: RejectedWorkshop[] }): MatchRecord {
  return {
    customerCity: input.customerCity,
    recommendedServices: input.recommendedServices,
    preferredWorkshopId: input.preferredWorkshopId,
    excludeWorkshopIds: input.excludeWorkshopIds,
    estimatedAmountCents,
    candidates: input.candidates.map(({ id, openEscalations, maxOpenEscalations, ratingHundredths, ratingCount, avgResponseMinutes }) => ({
      id,
      openEscalations,
      maxOpenEscalations,
      ratingHundredths,
      ratingCount,
      avgResponseMinutes,
    })),
    ...("ranked" in result ? { ranked: result.ranked.map((r) => ({ ...r })) } : { rejected: result.rejected.map((r) => ({ ...r })) }),
  };
}

/**
 * Why the customer's preferred workshop would not be offered this escalation, in the matcher's
 * words (e.g. "at capacity", "does not serve the customer's city"), or null when it qualifies or
 * none was named (seed 003 "Customer preference for workshop selection"). Never names the city.
 */
export function preferredRejection(input: MatchInput): string | null {
  return rankCandidates(input).preferredRejection ?? null;
}
