// Round 51: a customer asking whether the workshop takes cash, or whether they may pay cash, "or does it have to be here?"
// asks about the platform's rules, as round 20's "do I pay ... or is it all through here?" does (phrases.ts
// askedHowToPayHere: a third party's acceptance asked, and the platform asked about as the only way). Still caught: cash
// offered to the chat partner, a saving or a fee avoided, payment made direct. Sentences written for this branch. Probed
// with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("whether cash is allowed, asked of the platform", () => {
  it.each([
    ["does the garage accept cash for the balance or is it all in the app?"],
    ["will the shop take cash on collection or does everything go through here?"],
    ["could I pay cash for the tyres when I collect or does it need to be paid here?"],
    ["do they take cash at the desk or has it got to go through here?"],
    ["can we pay the deposit in cash at drop off or does it have to be done here?"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["I'll pay you cash rather than through the app"],
    ["can I pay you cash or does it have to be here?"],
    ["does the workshop take cash? saves us both the fee"],
    ["can I pay cash to the mechanic directly or does it have to be here?"],
    ["do you take cash or is it all through here?"],
  ])("%j is still caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
