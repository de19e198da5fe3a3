// Round-18 review: an attacker's and a new user's messages against the exceptions and grammars
// round 18's helpers wrote. The review found that five exceptions let deals and homes through ("...
// and I'll stick to the app for the review", "... or is it all through here?", "heading home,
// mine's the flat above the chippy on King St", "come to my garage", "PMB 4471 Springfield IL
// 62701" after a label) and that the new grammars flagged repair chat (two 3-decimal readings read
// as coordinates, RMB and the Yamaha RD as rural delivery, a workshop's key-safe code, "disc:" as
// Discord). Those commits were reverted before the round landed; these specs keep both sides.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a deal or a home stays flagged when the platform or a trip home is named beside it", () => {
  it.each([
    "pay me cash on the day and I'll stick to the app for the review",
    "bank transfer to me is fine, I'll stick to the app for messages",
    "venmo me the 200 and I'll stay with the platform for the review",
    "we can meet at my house on Sunday and I'll stick to the app for updates",
    "Can I pay you on Zelle or is it all through here?",
    "Could we meet at my house or is it all through here?",
    "Can I pay you direct or is it all through here?",
    "shall we just do it at mine and skip the booking or is it all through here?",
    "heading home, mine's the flat above the chippy on King St",
    "on the way home, leave it at mine, the flat above the chippy on King St",
    "Come to my garage on Saturday and do the brakes there, I've got a ramp",
    "pop round to my garage, it's at home, Saturday",
    "the part number is PMB 4471 Springfield IL 62701, send it there",
  ])("%j is flagged", (text) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
  });
});

describe("repair chat stays clean", () => {
  it.each([
    "0.250, 0.300",
    "13.812, 14.102",
    "valve stuck open, clearances were 0.152, 0.254",
    "Parked it overnight, battery went 12.650, 12.100",
    "data logger peak lat 1.15, long 0.98",
    "RMB 150 quote for the clutch",
    "Selling my RD 250 Yamaha, runs well",
    "key safe code is 2580, it's by the door of unit 4",
    "the gate code is 2468, parking space 12 is yours for the drop off",
    "disc: brembo_gt",
  ])("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
