import { describe, expect, it } from "vitest";
import { complaintsSuspendPartnership, outcomeOf, resolutionMove, RESOLUTION_MOVES } from "./resolution.ts";

describe("complaint and report resolution", () => {
  it("records an upheld outcome as RESOLVED and a dismissed one as REJECTED, and reads them back", () => {
    expect(RESOLUTION_MOVES[resolutionMove("UPHELD")].to).toBe("RESOLVED");
    expect(RESOLUTION_MOVES[resolutionMove("DISMISSED")].to).toBe("REJECTED");
    expect(outcomeOf("RESOLVED")).toBe("UPHELD");
    expect(outcomeOf("REJECTED")).toBe("DISMISSED");
    expect(outcomeOf("OPEN")).toBeNull();
  });

  it("lets only an admin resolve, and only an open complaint", () => {
    for (const move of Object.values(RESOLUTION_MOVES)) {
      expect(move.who).toEqual(["ADMIN"]);
      expect(move.from).toEqual(["OPEN"]);
    }
  });

  it("suspends a partnership when upheld complaints come from the threshold's number of customers, once", () => {
    const upheld = (...counts: number[]) => new Map(counts.map((count, i) => [`customer-${i}`, count]));
    expect(complaintsSuspendPartnership(upheld(1, 1), "customer-1", 3)).toBe(false);
    expect(complaintsSuspendPartnership(upheld(1, 1, 1), "customer-2", 3)).toBe(true);
    // One customer's second upheld complaint adds no customer: no suspension, even at the threshold.
    expect(complaintsSuspendPartnership(upheld(5), "customer-0", 3)).toBe(false);
    expect(complaintsSuspendPartnership(upheld(1, 1, 2), "customer-2", 3)).toBe(false);
    expect(complaintsSuspendPartnership(upheld(1, 1, 1, 1), "customer-3", 3)).toBe(false);
  });
});
