import type { MatchCandidate, MatchInput } from "./workshop-matcher.ts";

/** For the matcher's specs: an Austin brakes workshop with room, rated 4.50 over 10 reviews, answering in 30 minutes. */
export const workshop = (id: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id,
  name: `Workshop ${id}`,
  city: "Austin",
  serviceArea: [],
  servicesOffered: ["brakes"],
  acceptsEscalations: true,
  openEscalations: 0,
  maxOpenEscalations: 10,
  ratingHundredths: 450,
  ratingCount: 10,
  avgResponseMinutes: 30,
  ...overrides,
});

/** For the matcher's specs: an Austin customer needing brakes, with `preferredWorkshopId` named (or none). */
export const matchInput = (candidates: MatchCandidate[], preferredWorkshopId: string | null = null): MatchInput => ({
  customerCity: "Austin",
  recommendedServices: ["brakes"],
  preferredWorkshopId,
  excludeWorkshopIds: [],
  candidates,
});
