// Round 52 (det52a): where a meeting is set, said in the sentence or message beside a deal (a parking garage, a lay-by,
// "exit 94", "at my work", Spanish "ahí", a weekend day abroad), and the workshop left out ("skip the
// workshop"), are the deal's terms and masked with it (contact-detector.ts DEAL_TERMS, read by extendDealsToClause and
// dealStepsAround). The words only widen the mask of a text already flagged: alone they flag nothing. Sentences written for
// this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("a meeting's place beside the deal is masked with it", () => {
  it.each([
    [["meet halfway? theres a Pilot at exit 94"], ["Pilot at exit 94"]],
    [["can we just meet up somewhere, I'll pay you in person for the diag", "the parking garage at my work is fine"], ["parking garage at my work"]],
    [["tell u what", "skip the workshop", "meet me at the Texaco on Elm tmrw 7am, I'll do the pads there"], ["skip the workshop"]],
    [
      ["Ven al mercado el domingo", "ahí te lo cambio", "sin pasar por la app"],
      ["Ven al mercado el domingo", "ahí te lo cambio"],
    ],
  ])("%j is caught with %j hidden", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each([
    ["the parking garage at my work has a low roof, will the tow truck fit?"],
    ["I skip the workshop coffee, it's awful"],
    ["the noise started around exit 94 on the way home"],
    ["ahí está el problema, el sensor"],
    ["I drove past the services on the M5 and the light came on"],
  ])("%j alone stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
