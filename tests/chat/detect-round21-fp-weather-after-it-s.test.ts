// Issue 13, round 21 (fp21): in an all-lower-case message, "it's" or "its" before the weather or a
// state and a closing particle ("only when its cold tho", "it's wet out lol") says how things are,
// not who is writing: those words are no name (phrases.ts LOWER_NOT_NAME). Still a name: two name
// words after "it's" or "this is", in lower case. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { burstFlagged, hides, kindsOf } from "./detector-helpers.ts";

describe("the weather or a state after it's", () => {
  it.each([["only when its cold tho"], ["it's cold again lol"], ["squeals when its wet tho"], ["its freezing rn, it wont start"], ["it's hot innit, the fan never stops"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it("a burst about a squeal in the cold stays innocent", () => {
    expect(burstFlagged(["so it does it again", "only when its cold tho", "like a squeal then it stops"])).toBe(false);
  });

  it.each([
    ["hi its dana whitfield", "dana whitfield"],
    ["this is raj malhotra, from the booking", "raj malhotra"],
    ["its sunny bakshi here", "sunny bakshi"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });
});
