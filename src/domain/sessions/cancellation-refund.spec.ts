import { describe, expect, it } from "vitest";
import { cancellationRefundReason, keepsCancellationFee } from "./cancellation-refund.ts";

const at = new Date("2025-03-01T10:00:00Z");
const GRACE_MS = 60_000;
const claimedAgo = (ms: number) => new Date(at.getTime() - ms);

describe("which of the customer's cancellations refund the diagnostic in full", () => {
  it("before any claim", () => {
    expect(cancellationRefundReason({ from: "REQUESTED", acceptedAt: null }, at, GRACE_MS)).toBe("cancelled before a mechanic claimed it");
  });

  it("within the grace after the claim (its last millisecond included), started or not", () => {
    for (const from of ["ACCEPTED", "IN_PROGRESS"] as const) {
      expect(cancellationRefundReason({ from, acceptedAt: claimedAgo(GRACE_MS) }, at, GRACE_MS)).toBe("cancelled right after a mechanic claimed it");
    }
  });

  it("not after the grace, nor with no grace at all", () => {
    expect(cancellationRefundReason({ from: "ACCEPTED", acceptedAt: claimedAgo(GRACE_MS + 1) }, at, GRACE_MS)).toBeNull();
    expect(cancellationRefundReason({ from: "IN_PROGRESS", acceptedAt: claimedAgo(1) }, at, 0)).toBeNull();
    // A claimed session with no claim time (older data) is not within any grace.
    expect(cancellationRefundReason({ from: "ACCEPTED", acceptedAt: null }, at, GRACE_MS)).toBeNull();
  });

  it("while its mechanic is absent (suspended, no longer approved, a no-show), however long after the claim: she owes the absent mechanic no fee", () => {
    for (const from of ["ACCEPTED", "IN_PROGRESS"] as const) {
      const absent = { from, acceptedAt: claimedAgo(GRACE_MS * 100), mechanicAbsent: true };
      expect(cancellationRefundReason(absent, at, GRACE_MS)).toBe("cancelled while its mechanic was suspended, no longer approved or a no-show");
      expect(keepsCancellationFee(absent, at, GRACE_MS)).toBe(false);
      expect(keepsCancellationFee({ ...absent, mechanicAbsent: false }, at, GRACE_MS)).toBe(true);
    }
  });
});
