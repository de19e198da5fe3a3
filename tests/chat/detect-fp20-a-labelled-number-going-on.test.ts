// Issue 13, round 20 (fp20): a thing's number begun under its label and carried on in the next
// message ("order number 112" / "5550147" / "3321 if you need to check the part") is that thing's
// number when all its digits together are no phone, though the piece alone has a phone's 555 shape
// (phone.ts continuesThingLabel). Still hidden: digits that make a phone together with the first
// piece ("order number 212" / "5550147"), a label message that cues a phone, and a bare label
// before a phone-shaped number. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

/** True when any message of the burst is flagged, as the reader is finally shown it. */
const replayFlagged = (messages: readonly string[]): boolean => replayBurst(messages).some((d) => d.kinds.length > 0);

describe("a labelled number going on in the next message", () => {
  it.each([
    [["order number 112", "5550147", "3321 if you need to check the part"]],
    [["invoice no 118", "5550199"]],
    [["part number 31", "5550147", "that's the one on the box"]],
    [["stock # 04", "5550123 88"]],
    [["tracking 1Z 999", "5550147"]],
    [["the claim ref is 19", "5550155 21"]],
    [["serial 0", "5550199 7"]],
    [["booking ref 11", "555 0142"]],
  ])("%j stays innocent", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    [["order number 212", "5550147"], ["5550147"]],
    [["order number 212", "555 0147", "call me"], ["555 0147"]],
    [["text me, order number 112", "5550147"], ["5550147"]],
    [["order #", "07700 900123", "lol"], ["07700 900123"]],
    [["part number 415", "5550123"], ["5550123"]],
    [["my claim ref", "312 555 0188"], ["312 555 0188"]],
    [["invoice no 503", "555 0142"], ["555 0142"]],
    [["ref 1", "212 555 0147"], ["212 555 0147"]],
  ])("%j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });
});
