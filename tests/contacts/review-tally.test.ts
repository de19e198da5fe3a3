// The pooled judging of rule branches (scripts/eval-reviews.ts) counts a review's items as the specs
// judge them: a single message by caughtBy/flaggedBy, a burst by the replayed reading.
import { describe, expect, it } from "vitest";
import { tally } from "../../scripts/eval-reviews.ts";

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
