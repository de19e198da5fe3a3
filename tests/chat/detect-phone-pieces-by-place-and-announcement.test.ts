// Issue 13, round 17: a number sent over a sender's consecutive messages, piece by piece, in the
// ways people send one: each piece saying where it goes ("last four 0116" / "area code 614, middle
// 555"), after an announcement before the digits arrive ("ok my cell" / "8 4 3" / "5 5 5"), with a
// phone word sent after the pieces ("98765" / "43210" / "call karo"), letters typed for digits that
// only read as digits beside the other pieces ("4O4" / "SSS" / "Ol56"), or read out in a language of
// the marketplace, or its area code or trunk zero sent after it ("ring me 555 0147" / "oh and the
// area code's 512"). Readings, prices and part numbers sent the same way stay visible.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";

const replay = (messages: string[]): string[] => replayBurst(messages).map((shown) => shown.masked);

describe("a number sent in pieces over messages", () => {
  it.each([
    ["pieces naming their place, back first", ["last 4 are 0116", "area code's 614", "middle bit 555"]],
    ["front, middle, back in order", ["first three are 832", "then 555", "last four 0161"]],
    ["back then front in one message", ["ends with 0147", "starts with 720 555"]],
    ["a piece said to go in front", ["555 0134", "stick 303 in front"]],
    ["a piece at the end, said after it", ["first bit is oh four one two", "then 555", "and 042 at the end"]],
    ["after an announcement, the end still to come", ["ok my cell", "8 4 3", "5 5 5"]],
    ["after an announcement with a colon", ["my mobile number:", "07700", "900"]],
    ["announced as sent in bits", ["gonna send it in pieces", "98450", "12345"]],
    ["a phone word sent after the pieces", ["99887", "76655", "whatsapp karo"]],
    ["letters typed for digits", ["4O4", "SSS", "Ol56"]],
    ["read out in Spanish", ["seis uno dos", "cinco cinco cinco", "cero uno cuatro"]],
    ["the area code sent after a masked number", ["ring me 555 0147", "oh and the area code's 512"]],
    ["the trunk zero sent after a masked number", ["note it down", "7 7 0 0 9 0 0 4 1 6", "prefix it with 0"]],
    ["announced as a work line", ["my work line is", "832", "555"]],
    ["announced as where to call", ["call me on my mobile", "832", "555"]],
  ])("%s: %j shows no digit of the number", (_kind, messages) => {
    expect(replay(messages).join(" ")).not.toMatch(/\d{2}|[oO]l?\d|SSS|cinco|oh four/);
  });

  it.each([
    ["service history", ["the last 4 services were 1200", "first one was 300", "then 450"]],
    ["readings", ["first gear 3000 rpm", "then 555", "last 0161 km"]],
    ["part numbers after a label", ["the part number is", "04465", "33471"]],
    ["an odometer", ["odometer is", "128000", "128450"]],
    ["a phone that died", ["my cell died", "843", "555"]],
    ["a quote", ["quote on", "450", "120"]],
    ["part numbers in bits", ["i'll send the part numbers in bits", "90915", "10003"]],
    ["a car's line and its sizes", ["my fuel line is", "8 10", "10 12"]],
    ["a reading on a phone app", ["the trip meter on my phone is", "212", "340"]],
  ])("leaves %s: %j", (_kind, messages) => {
    expect(replay(messages)).toEqual(messages);
  });
});

describe("a message after a masked number, naming no piece of it", () => {
  it.each([
    ["a size", ["call 303 555 0134", "area is 12 square feet"]],
    ["a reading", ["my cell 555-0192", "the first 200 miles were fine"]],
    ["a distance", ["my cell 555-0192", "415 miles to go"]],
    ["a part's prefix", ["text me 555 0187", "prefix 3 on the hose clamp"]],
  ])("%s stays: %j", (_kind, messages) => {
    expect(replay(messages)[1]).toBe(messages[1]);
  });
});

describe("a number read out in words, however its groups fall", () => {
  it.each(["ninety eight four fifty, twelve three forty five", "call me on nine eight seven, sixty five, four three two, ten"])("%s is masked", (text) => {
    expect(detectContactDetails(text).masked).not.toMatch(/ninety|nine|sixty/);
  });

  it.each(["it did twelve three-hour sessions", "torque is ninety, then fifty"])("%s stays", (text) => {
    expect(detectContactDetails(text).masked).toBe(text);
  });
});
