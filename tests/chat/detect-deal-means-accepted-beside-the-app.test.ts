// Issue 13, round 19: a way of paying said to be acceptable with the app left out in the same
// sentence ("cash on the day is fine, no need to approve in the app", "gift cards work too,
// anything but this app"). The older deal rules wanted a payee ("pay you") or a fixed cash form;
// "anything but / other than / except" the app now also counts as leaving it out. A way of paying
// accepted through the app, a question about it, and a tip beside a job paid here stay clean.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a way of paying accepted beside the app", () => {
  it.each([
    ["paypal, other than the app", "paypal's fine, other than the app i don't care how"],
    ["bank transfer, no checkout", "bank transfer works for me, no need to bother with the checkout"],
    ["crypto, anything except", "crypto is fine mate, anything except the platform"],
    ["venmo, skip the fee", "venmo is good, we can skip the app fee that way"],
    ["e-transfer, no booking", "e-transfer is fine, no need for the booking"],
    ["notes, app left out", "notes are fine, i'd rather leave the app out"],
    ["vouchers, anything but", "vouchers are welcome, anything but this app honestly"],
    ["cash, not approved", "cash is no problem, don't bother approving it on the app"],
  ])("%s: %j is an OFF_PLATFORM_DEAL", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["anything but cash", "I'll pay you anything but cash, it has to go through the app"],
    ["card, no cash needed", "card is fine, no need to bring cash"],
    ["paypal inside the app", "paypal works, but only inside the app checkout"],
    ["a question", "is cash ok? or do I have to pay through the app?"],
    ["afterpay through the app", "afterpay is fine through the app checkout"],
    ["cash or card through the app", "cash or card is fine at pickup, it all goes through the app anyway"],
    ["a tip beside the paid job", "gift cards are fine as a tip, the job itself is paid here"],
    ["cash, paid through the app", "cash is fine, I'll pay through the app though"],
    ["a part other than the quoted one", "a used gearbox is fine, other than that the quote looks right"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
