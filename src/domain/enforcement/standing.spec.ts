// An account's standing is recomputed from everything that still stands on it: the ladder's
// penalties and the suspensions and bans admins imposed by hand (README "Enforcement").
import { describe, expect, it } from "vitest";
import { DAY_MS, penaltyFor } from "./penalty-ladder.ts";
import { penaltyRestriction, RUNNING_SUSPENSION_REASON, sanctionRestriction, standingFrom } from "./standing.ts";

const now = new Date("2026-01-10T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * DAY_MS);
const penalty = (kind: "WARNING_SUSPENSION_7_DAYS" | "SUSPENSION_30_DAYS" | "PERMANENT_BAN", endsAt: Date | null, startsAt = days(-1)) => penaltyRestriction({ kind, startsAt, endsAt });

describe("an account's standing from the ladder's penalties", () => {
  it("is active when no penalty stays in force", () => {
    expect(standingFrom([], now)).toEqual({ status: "ACTIVE", suspendedUntil: null, reason: null });
    expect(standingFrom([penalty("WARNING_SUSPENSION_7_DAYS", days(-1), days(-8))], now).status).toBe("ACTIVE");
  });

  it("stays suspended until the latest suspension still running ends", () => {
    expect(standingFrom([penalty("WARNING_SUSPENSION_7_DAYS", days(3)), penalty("SUSPENSION_30_DAYS", days(20))], now)).toEqual({
      status: "SUSPENDED",
      suspendedUntil: days(20),
      reason: RUNNING_SUSPENSION_REASON,
    });
  });

  it("stays banned while a ban stands, whatever suspensions run", () => {
    expect(standingFrom([penalty("SUSPENSION_30_DAYS", days(20)), penalty("PERMANENT_BAN", null)], now)).toEqual({ status: "BANNED", suspendedUntil: null, reason: penaltyFor(3).reason });
  });
});

describe("an account's standing with an admin's sanctions", () => {
  it("stays banned by an admin's ban, with the admin's reason, when no penalty is left", () => {
    const ban = sanctionRestriction({ kind: "BAN", createdAt: days(-1), endsAt: null, reason: "met a customer off the platform" });
    expect(standingFrom([ban], now)).toEqual({ status: "BANNED", suspendedUntil: null, reason: "met a customer off the platform" });
    expect(standingFrom([penalty("WARNING_SUSPENSION_7_DAYS", days(6)), ban], now).status).toBe("BANNED");
  });

  it("takes the admin's suspension when it runs longest, with its reason, and ignores one that ran out", () => {
    const suspension = sanctionRestriction({ kind: "SUSPENSION", createdAt: days(-1), endsAt: days(40), reason: "asked for cash" });
    expect(standingFrom([penalty("SUSPENSION_30_DAYS", days(29)), suspension], now)).toEqual({ status: "SUSPENDED", suspendedUntil: days(40), reason: "asked for cash" });
    const over = sanctionRestriction({ kind: "SUSPENSION", createdAt: days(-3), endsAt: days(-1), reason: "asked for cash" });
    expect(standingFrom([over], now)).toEqual({ status: "ACTIVE", suspendedUntil: null, reason: null });
  });
});
