// Issue 13, round 18, "addresses": the code that opens the place an address leads to (a gate,
// door, building, buzzer, key safe or lock box code) is part of the way in once the message gives
// an address, or when its sentence gives the numbered unit, locker or lot it opens; a car's codes
// (radio, alarm keypad), a refusal and a workshop's own door without a unit stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an access code with the place it opens", () => {
  it.each([
    ["a storage unit and its gate code", "the trailer's at SafeStore, unit 118, gate code 7730, keys in the toolbox", ["unit 118", "7730"]],
    ["a gate code in the sentence after a street address", "bring it to 42 Fernhill Road, Wrexham. Gate code is 2209", ["42 Fernhill Road", "2209"]],
    ["a key safe after an address, with a colon", "14 Orchard Way, Bicester. key safe code: 5816", ["14 Orchard Way", "5816"]],
    ["the code said before what it opens", "Unit 6, Millbrook Trade Park. The code for the gate is 3390", ["Unit 6", "3390"]],
    ["a locker and a lock box combination", "locker 31, lock box combo 4471#, the keys are inside", ["locker 31", "4471"]],
  ])("%s: %j hides the place and the code", (_form, text, secrets) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    for (const secret of secrets) expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a radio code", "the radio code is 1234, it's on the card in the manual"],
    ["an alarm keypad", "the alarm keypad code reset to 0000 after the battery swap"],
    ["a refusal", "I don't give out the gate code 4412, sorry"],
    ["a workshop door and a bay", "door code 2580 for the workshop, bay 4 is yours on Tuesday"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
