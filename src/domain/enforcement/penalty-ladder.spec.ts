// The penalty ladder of seed 003 ("Policy Enforcement", lines 333-336):
//   1. First offense: Warning + 7-day suspension
//   2. Second offense: 30-day suspension
//   3. Third offense: Permanent ban + withhold unpaid earnings
import { describe, expect, it } from "vitest";
import { DAY_MS, penaltyFor, penaltyOutcome } from "./penalty-ladder.ts";

const now = new Date("2026-01-10T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * DAY_MS);

describe("the penalty ladder", () => {
  it("gives a first offence a warning and a 7-day suspension", () => {
    expect(penaltyFor(1)).toMatchObject({ kind: "WARNING_SUSPENSION_7_DAYS", days: 7 });
    expect(penaltyOutcome(penaltyFor(1), now)).toEqual({ status: "SUSPENDED", endsAt: days(7) });
  });

  it("gives a second offence a 30-day suspension", () => {
    expect(penaltyFor(2)).toMatchObject({ kind: "SUSPENSION_30_DAYS", days: 30 });
    expect(penaltyOutcome(penaltyFor(2), now)).toEqual({ status: "SUSPENDED", endsAt: days(30) });
  });

  it("bans for good from the third offence on, withholding unpaid earnings", () => {
    for (const count of [3, 4, 10]) expect(penaltyFor(count)).toMatchObject({ kind: "PERMANENT_BAN", days: null });
    expect(penaltyFor(3).reason).toContain("unpaid earnings withheld");
    expect(penaltyOutcome(penaltyFor(3), now)).toEqual({ status: "BANNED", endsAt: null });
  });

  it("treats a count below one (a counter at zero after dismissals) as a first offence", () => {
    expect(penaltyFor(0).kind).toBe("WARNING_SUSPENSION_7_DAYS");
  });
});
