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

  it("suspends a partnership when its upheld complaints reach the threshold, once", () => {
    expect(complaintsSuspendPartnership(2, 3)).toBe(false);
    expect(complaintsSuspendPartnership(3, 3)).toBe(true);
    expect(complaintsSuspendPartnership(4, 3)).toBe(false);
  });
});
