// Round 52: a phone number described by a shape number-recipes.ts did not read: its body read off a thing the reader has
// seen (the VIN, the odometer, the plate, the reg, a pincode) strung after a trunk, a code named or digits with the reading
// edited ("04 then the 8 digits on the odometer", "reg numbers backwards after 077"); its digits given as sums ("3 times 3,
// then 1 7, then 2 less than 10"); a business card in the sender's own picture; the number "printed on" or "the ... one on"
// a thing and claimed ("the one on the sticker on my windscreen is my mobile"); a relative's or the booking's number edited
// ("same as my wife's ..., ends 61 instead of 16", "the same as the one on the booking but with 8 at the end", beside the
// sender's own line) and a number's digits "swapped for" others. Innocent: a VIN or odometer reading given for the repair, torque stages and firing orders, a time
// of day before "then", arithmetic with no number or call about it, a sticker or a business card in passing. Sentences
// written for this branch; probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("a phone number read off a thing or given as sums", () => {
  it.each<[string[], string[]]>([
    [["it's 07 then the last 8 of the chassis number you photographed, easy"], ["07", "last 8 of the chassis number"]],
    [["dial 0 then the odometer reading from the photo, all 6 digits, then 44"], ["dial 0", "44"]],
    [["the trip meter in my dash pic backwards after 086, that's me"], ["trip meter", "086"]],
    [["mine's 0 2 1 then the last 7 digits of my VIN, easy to remember"], ["0 2 1", "last 7 digits of my VIN"]],
    [
      ["the Galway code, then whatever the odometer says in the first photo", "all 6 digits, ignore the decimal"],
      ["Galway code", "odometer"],
    ],
    [["riddle for you: 2 times 4, then 6 plus 1, then 3 3 3, then 10 minus 1"], ["2 times 4", "6 plus 1", "3 3 3", "10 minus 1"]],
    [
      ["first 2 = wheels on my bike times 4 plus 1", "then 8 8 0", "last four is the year I passed my test, 1998"],
      ["times 4 plus 1", "8 8 0", "1998"],
    ],
    [["my business card is in my profile pic if you zoom in"], ["business card"]],
    [["number is the white one on my ute door, its my cell, 1800 swapped for 087"], ["1800 swapped for 087"]],
    [["mine's the same as my husband's on the account but it ends 38 not 83"], ["ends 38 not 83"]],
    [["my number is the same as the one on the booking but with 8 at the end"], ["with 8 at the end"]],
    [["the one on the sticker on my windscreen is my mobile"], ["one on the sticker on my windscreen"]],
  ])("%j is caught, every piece masked", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });

  it.each([
    ["the last 7 of my VIN is 4H123456, can you check the part"],
    ["send me the last 6 digits of the VIN then I'll order the right pads"],
    ["odometer is at 104,500 then the light came on at 105k"],
    ["torque to 30 then 60 then plus 90 degrees, 3 times in sequence"],
    ["firing order is 1 then 3 then 4 then 2"],
    ["it's on my profile pic, the scratch on the bumper"],
    ["zoom in on the sticker in the photo, that's the tyre pressure"],
    ["my wife's car is the same as mine, it just has 16 inch wheels instead of 17"],
    ["reg is on your job sheet, it's an 07 plate"],
    ["the app blocks numbers so I can't send the part number, here's a photo"],
    ["business card of the previous garage is in the glovebox"],
    ["last 4 of the odometer reading is 0421 if that helps"],
    ["it's a 2014, then the plate number is on the photo, last 3 digits are worn"],
    ["I took the car in at 9 then the odometer showed 3 digits more than the invoice"],
    ["at 0800 then check the last 4 digits of the VIN against the log book"],
    ["grandkid's maths: 3 times 4 then 2 plus 2 then 5 minus 1, she got them all right"],
    ["the garage's landline ends in 47, is that the right branch?"],
    ["the shop's number is on the invoice, last digit is 9 I think, can you confirm"],
    ["the one on the sticker on my windscreen is the tyre pressure, 2.4 bar"],
    ["the invoice number ends 47 not 74, typo"],
    ["my wife's car is the same as mine but the last digit of the reg is 4"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
