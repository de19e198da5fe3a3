// Issue 13, round 21 (fp21): a list of codes sent one message each ("new part # 31-5550-0147" /
// "old # 31-5550-0131", "ECU serial 0281 015 555 on the sticker" / "hardware 0261 S04 555"): a
// message that is a short label and one code grouped exactly like a thing's number labelled in
// the message before is the next code of that list, not a phone (phone.ts repeatsLabelledCode,
// beside continuesThingLabel in detectAcrossMessages). Still a phone: a code typed as a phone in
// either message (anyone can label a code of a phone's shape first), a phone word in either
// message, and a number grouped otherwise. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

/** True when any message of the burst is flagged, as the reader is finally shown it. */
const replayFlagged = (messages: readonly string[]): boolean => replayBurst(messages).some((d) => d.kinds.length > 0);

describe("the next code of a list", () => {
  it.each([
    [["new part # 31-5550-0147", "old # 31-5550-0131", "the cross ref says same fitment"]],
    [["ECU serial 0281 015 555 on the sticker", "hardware 0261 S04 555"]],
    [["the supplier's stock no. 44-5550-1290", "alt 44-5550-1377"]],
  ])("%j stays innocent", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });

  it.each([
    [["ECU serial 0281 015 555 on the sticker", "hardware 0412 555 019"], ["0412 555 019"]],
    [["serial 0261 208 555", "other 0412 555 019"], ["0412 555 019"]],
    [["order number 212 555 0147", "old 212 555 0148"], ["212 555 0148"]],
    [["part # 31-5550-0147", "ring 31-5550-0131"], ["31-5550-0131"]],
    [["part # 31-5550-0147", "mine 0412-555-019"], ["0412-555-019"]],
    [["text me about part # 31-5550-0147", "old # 31-5550-0131"], ["31-5550-0131"]],
  ])("%j hides %j", (messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });
});
