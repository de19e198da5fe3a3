// Issue 13, round 21 (fp21): a name given in a form field does not run on over a line break into
// the next field's label ("Display name: Pastor Mike" / "Problem description: ..."): when the next
// line opens with two to four words and a colon, the name is read up to the break
// (phrases.ts nameBeforeNextField). Still a full name: two names before the label, a name split
// over two lines or messages with no label after it, and a one-word "label" that may be a surname.
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides, hides } from "./detector-helpers.ts";

describe("a name before the next field's label", () => {
  it.each([[["Display name: Pastor Mike", "Problem description: the bus shakes at 60, loaded heavy on sundays"]], [["Display name: Coach Dave", "Vehicle model: 2012 Hiace"]]])(
    "%j stays innocent",
    (messages) => {
      expect(burstFlagged(messages)).toBe(false);
    },
  );

  it.each([
    ["Display name: Mike Jordan\nProblem description: van shudders", "Mike Jordan"],
    ["my name is Dana\nWhitfield", "Dana"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    [
      ["my name is Dana", "Whitfield"],
      ["Dana", "Whitfield"],
    ],
    [
      ["Name: Dana", "Whitfield: search that"],
      ["Dana", "Whitfield"],
    ],
  ])("%j hides %j", (messages, secrets) => {
    expect(burstHides(messages, secrets)).toBe(true);
  });
});
