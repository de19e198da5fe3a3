// The pooled judging of rule branches (scripts/eval-reviews.ts) counts a review's items as the specs
// judge them: a single message by caughtBy/flaggedBy, a burst by the replayed reading.
import { describe, expect, it } from "vitest";
import { pairedTally, signTestP, tally } from "../../scripts/eval-reviews.ts";

/** A judge that records which reading it was asked for and answers from the text. */
function recordingJudge() {
  const asked: string[] = [];
  return {
    asked,
    caughtBy: (text: string) => (asked.push(`caughtBy:${text}`), text.includes("caught")),
    flaggedBy: (text: string) => (asked.push(`flaggedBy:${text}`), text.includes("flagged")),
    replayCaught: (messages: readonly string[]) => (asked.push(`replayCaught:${messages.join("|")}`), messages.some((m) => m.includes("caught"))),
    replayFlagged: (messages: readonly string[]) => (asked.push(`replayFlagged:${messages.join("|")}`), messages.some((m) => m.includes("flagged"))),
  };
}

describe("a review's tally", () => {
  it("counts attacks caught and innocents flagged, single messages and bursts apart", () => {
    const judge = recordingJudge();
    const t = tally(
      [
        { contact: true, text: "caught one", secrets: [] },
        { contact: true, text: "missed one", secrets: [] },
        { contact: true, messages: ["part", "caught later"], secrets: [] },
        { contact: false, text: "flagged innocent", secrets: [] },
        { contact: false, messages: ["clean", "also clean"], secrets: [] },
      ],
      judge,
    );
    expect(t).toEqual({ caught: 2, attacks: 3, flagged: 1, innocents: 2 });
    expect(judge.asked).toEqual(["caughtBy:caught one", "caughtBy:missed one", "replayCaught:part|caught later", "flaggedBy:flagged innocent", "replayFlagged:clean|also clean"]);
  });

  it("reads a one-message burst as a single message", () => {
    const judge = recordingJudge();
    expect(tally([{ contact: false, messages: ["flagged alone"], secrets: [] }], judge)).toEqual({ caught: 0, attacks: 0, flagged: 1, innocents: 1 });
    expect(judge.asked).toEqual(["flaggedBy:flagged alone"]);
  });
});

describe("two detectors on the same review (eval:reviews --against)", () => {
  /** A judge that catches and flags what holds one of `words`, for single messages and bursts alike. */
  const judgeOf = (...words: string[]) => {
    const holds = (text: string) => words.some((w) => text.includes(w));
    return { caughtBy: holds, flaggedBy: holds, replayCaught: (m: readonly string[]) => m.some(holds), replayFlagged: (m: readonly string[]) => m.some(holds) };
  };

  it("counts only the items the two judge apart, attacks and innocents each way", () => {
    const items = [
      { contact: true, text: "AAA BBB", secrets: [] }, // both catch
      { contact: true, text: "AAA only", secrets: [] },
      { contact: true, messages: ["BBB", "only"], secrets: [] },
      { contact: true, text: "neither", secrets: [] },
      { contact: false, text: "AAA flags", secrets: [] },
      { contact: false, text: "BBB flags", secrets: [] },
      { contact: false, messages: ["also", "BBB"], secrets: [] },
      { contact: false, text: "clean", secrets: [] },
    ];
    expect(pairedTally(items, judgeOf("AAA"), judgeOf("BBB"))).toEqual({ attacks: 4, caughtOnlyByA: 1, caughtOnlyByB: 1, innocents: 4, flaggedOnlyByA: 1, flaggedOnlyByB: 2 });
  });
});

describe("the one-sided sign test", () => {
  it("is the binomial tail at one half", () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(0, 5)).toBe(1);
    expect(signTestP(5, 5)).toBeCloseTo(1 / 32, 12);
    expect(signTestP(4, 5)).toBeCloseTo(6 / 32, 12);
    // 10 of 12 one way: (C(12,10) + C(12,11) + C(12,12)) / 4096 = 79 / 4096.
    expect(signTestP(10, 12)).toBeCloseTo(79 / 4096, 12);
  });

  it("reads a few innocents parting either way as noise, and many one way as not", () => {
    expect(signTestP(5, 8)).toBeGreaterThan(0.3);
    expect(signTestP(30, 35)).toBeLessThan(0.001);
  });
});
