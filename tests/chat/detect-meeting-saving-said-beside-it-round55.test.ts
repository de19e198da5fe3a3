// Round 55 (det55a): what a meeting or a visit saves, said in a message of its own before or after the one that sets it ("much
// simpler if I just pop round" / "meet you at the Shell on Friday" / "then we won't need all this"; "no need to go through the
// shop"): masked with the deal as a step of it (contact-detector.ts DEAL_STEP with MEETING_SAVES), read only within reach of a
// message the burst already flags as a deal. The same words beside no deal, or far from it, stay readable. Sentences written for
// this branch; replayed with the application's options.
import { describe, expect, it } from "vitest";
import { replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("what a meeting saves, said beside it", () => {
  it.each<[string[], string[]]>([
    [
      ["much simpler if I just pop round", "meet you at the Shell garage car park friday after 6", "then we won't need all this"],
      ["simpler if I just pop round", "won't need all this"],
    ],
    [["bring it over to mine saturday and I'll fix it", "no need to go through the shop"], ["no need to go through the shop"]],
  ])("%j is caught with %j masked", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each<[string[]]>([
    [["thanks for the quote", "no need to go through the workshop again, the booking in the app is fine"]],
    [["easier if you just send a photo of the dash", "then we don't need all this back and forth"]],
  ])("%j stays innocent", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
});
