// Issue 13, round 18 (mended in round 19), "addresses": the code that opens a home (a gate, door,
// building, buzzer, key safe or lock box code) is part of the way in once the message gives an
// address, or when its sentence gives the numbered flat it opens. The round-18 review showed a
// workshop's key drop ("key safe code is 2580, it's by the door of unit 4", "parking space 12"),
// so a unit, locker, bay or space gives no place by itself; a car's codes and refusals stay clean.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an access code with the place it opens", () => {
  it.each([
    ["a gate code in the sentence after a street address", "bring it to 42 Fernhill Road, Wrexham. Gate code is 2209", ["42 Fernhill Road", "2209"]],
    ["a key safe after an address, with a colon", "14 Orchard Way, Bicester. key safe code: 5816", ["14 Orchard Way", "5816"]],
    // Round 19's own attacks: a flat's code, the code before the address, other code words.
    ["a flat and its door code", "flat 12, door code 0415#, ring twice", ["flat 12", "0415"]],
    ["an apartment and a buzzer", "apt 3B, the buzzer code is 2291 and I'm on the top floor", ["apt 3B", "2291"]],
    ["a keypad after a street", "22 Hollins Road, Oldham. keypad code 7781 for the side gate", ["22 Hollins Road", "7781"]],
    ["the code first, the address after", "the code for the intercom is 5530. 9 Elm Grove, Leyton", ["9 Elm Grove", "5530"]],
    ["a combination for the lock box at a flat", "flat 4, combination for the lock box is 1290, keys inside", ["flat 4", "1290"]],
    ["an entry pin with an equals", "apartment 7, entry pin = 44190", ["apartment 7", "44190"]],
  ])("%s: %j hides the place and the code", (_form, text, secrets) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    for (const secret of secrets) expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a radio code", "the radio code is 1234, it's on the card in the manual"],
    ["an alarm keypad", "the alarm keypad code reset to 0000 after the battery swap"],
    ["a refusal", "I don't give out the gate code 4412, sorry"],
    ["a workshop door and a bay", "door code 2580 for the workshop, bay 4 is yours on Tuesday"],
    // Round 19's own attacks: a workshop's key drop with units, lockers, lots and spaces.
    ["a key safe at a workshop's unit", "key safe code 4411 on the wall of unit 7, pop the keys in after 6"],
    ["a locker for keys", "our key locker 14, code 2210, leave the fob in there"],
    ["a trade counter's gate", "gate code 1190 for the trade counter, lot 5 is ours"],
    ["a lock box by a numbered space", "lock box combo 3321 next to space 9, that's where we leave finished cars"],
    ["an immobiliser's keypad", "reset the keypad code to 1234 on the immobiliser"],
    ["a refusal of a flat's code", "never send me your flat 3 door code 5512, just book the collection"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
