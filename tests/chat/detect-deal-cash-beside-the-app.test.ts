// Issue 13: cash ranked above paying through the platform ("cash beats the app", "notes > app
// money") and the rest of a price said to be paid in cash after a part paid on the app ("pay 80
// on app, rest cash") are an OFF_PLATFORM_DEAL. A preference for cash over card that still pays
// on the app, and "rest" as a verb, are innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("cash beside the app", () => {
  it.each([
    ["cash beats the app every time, just saying"],
    ["notes beat the app"],
    ["readies trump the platform, mate"],
    ["notes > app money, if you catch my drift"],
    ["honestly cash rather than the app would suit me"],
    ["pay 80 on app, rest cash"],
    ["book the deposit through the app, rest in hand when I drop it back"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["I prefer cash over card but I'll pay on the app like always"],
    ["let the engine rest, cash or card is fine on the app"],
    ["let it rest cash wise, the app handles it"],
    ["the app took the deposit, the rest is on the app too when it's done"],
    ["my notes beat the app manual for torque specs"],
    ["cash beats the app's reminders for getting me to book, I keep the receipts"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
