// Round 54: letters that show as a blank (the Hangul fillers U+3164, U+FFA0, U+115F, U+1160 and the
// Braille blank U+2800) between words (issue 13, normalising). They were dropped like zero-width
// characters, so "Baker\u3164Street" read as "BakerStreet" and no rule saw a street, an app or a
// request, while the reader saw the words apart. They are read as the space they show.
// Attack: flagged, the detail masked (the street after a house number, the telegram handle and the spoken
// e-mail were caught before too, by their other words: they guard the reading). Innocent: Korean text
// written with real Hangul letters.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("blank letters between words: attacks", () => {
  it.each<[string, string]>([
    ["come to 1537\u3164Harrison\u3164Street, the blue door", "1537\u3164Harrison\u3164Street"],
    ["my place is 22\uFFA0Mill\uFFA0Lane, Leeds", "22\uFFA0Mill\uFFA0Lane"],
    ["add me on\u3164WhatsApp\u3164it's easier", "WhatsApp"],
    ["text me on\u2800telegram, same name as here", "telegram"],
    ["email me at\u115Fcarmen.r\u115Fat\u115Fruizfamily\u115Fdot\u115Fshop", "carmen.r\u115Fat\u115Fruizfamily\u115Fdot\u115Fshop"],
  ])("%j", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("blank letters between words: innocent look-alikes", () => {
  it.each<[string]>([["브레이크 패드 교체했어요, 앱에서 결제할게요"], ["the brake\u3164pads are worn, booking the workshop on the app"], ["엔진 경고등이 켜졌어요"]])("%j", (text) =>
    expect(flaggedBy(text)).toBe(false),
  );
});
