// Issue 13, "split numbers": a number given in pieces inside one message is caught whatever prose
// stands between the pieces, and every piece is hidden, not only the last one.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone number split inside one message", () => {
  it.each([
    ["an area code, a remark, then the local number", "seven one eight ... the car still pulls left ... 555 0163", ["seven one eight", "555 0163"]],
    ["a time between the pieces is skipped", "ring 917, im off work after 6, then 555 0122", ["917", "555 0122"]],
    ["the line cut in two pairs", "call me 503 (portland) 5 5 5 / 01 48", ["503", "5 5 5", "01 48"]],
    ["pieces read out digit by digit", "phone: two oh six, the van is in the lot, 555 7 1 4 0", ["two oh six", "555 7 1 4 0"]],
    ["a typed plus and prose between", "+44 7700 ... sorry my screen froze ... 900 461", ["+44 7700", "900 461"]],
    ["labelled pieces out of order", "middle bit is 555, it starts 214, the end is 0187", ["555", "214", "0187"]],
    ["Spanish cue words", "márcame, el código es 415 y el resto 555 01 76", ["415", "555 01 76"]],
    ["an Indian mobile in uneven pieces", "mobile number 97 40 then 512 then 386", ["97 40", "512", "386"]],
  ])("%s: %j", (_kind, text, secrets) => {
    expect(kindsOf(text)).toContain("PHONE");
    for (const secret of secrets) expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["idle readings", "idle goes 650 then 1100 then 650 when the fan kicks in"],
    ["prices in a row", "parts 240, labour 180 and 1400 if the clutch goes too"],
    ["a part number split by a cue word", "the part number starts 1K0 then 615 then 301"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
