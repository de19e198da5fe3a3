// Round 50: a crossing where the sender meets or waits for the tow ("I will meet the tow truck at the corner
// of 5th and Lamar") is where the car is handed to a third party, not a place the reader is asked to
// (address.ts, `crossingForTheTow`). The reader asked there too ("meet me", "come by", "see you") keeps the
// crossing an address, as does any crossing with no tow in its sentence.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a crossing where the tow is met", () => {
  it.each([
    ["I will meet the tow truck at the corner of 5th and Lamar"],
    ["waiting for the recovery driver at the intersection of Burnet & 183 now"],
    ["The tow guy dropped me at the corner of Oak and 3rd, he'll bring the car to Eastside"],
    ["roadside assistance said to wait at the corner of Elm and Grove, they're 40 minutes out"],
    ["the flatbed is picking it up from the corner of King and Queen around noon"],
    ["AAA is meeting me at the intersection of Main and 2nd, the car should be with you by 3"],
    ["I'm stood at the corner of Mill and Church waiting for the tow company"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["meet me at the corner of 5th and Lamar, the tow truck will take it from there", "the corner of 5th and Lamar"],
    ["meet me at the corner of 5th and Lamar", "the corner of 5th and Lamar"],
    ["I'll be at the corner of Oak and Main with the tow truck, come by and grab the keys", "the corner of Oak and Main"],
    ["I live on the corner of Elm and Grove, the red door", "the corner of Elm and Grove"],
  ])("%j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });
});
