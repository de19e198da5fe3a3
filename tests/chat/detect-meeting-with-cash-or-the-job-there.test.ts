// Round 52 (det52a): a meeting proposed, with or without a place ("lets just meet", "let us meet at the market", "meet at the
// lay-by", Afrikaans "ontmoet", Polish "spotkać się"), with money handed over there ("I'll give you the cash", "hand over the
// keys and the cash", "pay you in person") or the sender's job done there ("I will fit it for you there", "we sort it there",
// "wymienię ci te klocki na parkingu"): private-visits.ts MEETING_PROPOSED with DONE_AT_THE_MEETING. A meeting with the
// tow, the driver or the advisor, one at the workshop or the booking, a story, a refusal and a call stay innocent. Sentences
// written for this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy, replayFlagged } from "./detector-helpers.ts";

describe("a meeting with cash handed over or the job done there", () => {
  it.each([
    ["lets just meet and I'll give you the cash for the injectors"],
    ["Please let us meet at Makola market, the trotro station side, I will bring the starter and fit it for you there"],
    ["Meet at the lay-by after the Cullompton services and I'll hand over the keys and the cash"],
    ["can we meet up somewhere? I'll pay you in person and you can take the part"],
    ["shall we meet by the bus depot, I'll swap the wheel bearing there"],
    ["we could meet outside the library and I'll give you the money for the diag"],
    ["kan ons nie by die Wimpy ontmoet nie? I'll bring my scanner and we sort it there"],
    ["Możemy się spotkać w niedzielę pod Biedronką, wymienię ci żarówki na parkingu"],
  ])("%j is caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it("a meeting whose job is told in the next message is caught", () => {
    expect(replayFlagged(["let's meet at the garden centre on Saturday", "I'll fit the mirror there, bring 40"])).toBe(true);
  });

  it.each([
    ["let's meet the tow truck at the car park, the driver will sort it there"],
    ["the tow driver said let's meet at the Walmart car park and he'll hand over the keys there"],
    ["Can we meet the service advisor at the counter and pay there through the app?"],
    ["meet me halfway on the price and I'll approve it in the app"],
    ["I met him at the car park and he gave me the cash"],
    ["I'll meet the recovery truck at the lay-by and give them the keys"],
    ["we can meet at the workshop for the booked inspection and I'll check it there"],
    ["I can't meet up, please just pay through the app"],
    ["can we meet on the video call so I can check it there?"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
