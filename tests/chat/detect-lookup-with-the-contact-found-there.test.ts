// Issue 13, round 53: the reader told to search for the sender by words of any case, with the
// sender's own contact said to be waiting in what the search finds ("my number is on the listing",
// "all my contact info is in the about section", "daar staat mijn nummer", "meu número tá lá") or
// the sender said to be the top result. No capitals or trade word is needed: the contact found there
// is what makes the words a name to type. The sentence is masked. A search for a code, a spec or a
// fix, someone else's number, the sender's own past search and a warning stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a look-up with the sender's contact waiting in the result", () => {
  it.each([
    ["lower-case name, mobile on the listing", "just google ridgeway brake and clutch in dunedin, my mobile is on the listing", "ridgeway brake and clutch"],
    ["a channel's about section", "search up the bearded wrench tulsa on youtube, all my contact info is in the about section", "the bearded wrench tulsa"],
    ["quoted words, the sender the top hit", "google 'the volvo whisperer' portland and im the top hit", "the volvo whisperer"],
    ["the number on the page, next sentence", "look up kwik fix mobile on facebook. our number is right there on the page", "kwik fix mobile"],
    ["Dutch, the number there", "zoek op google naar autoservice pieterse zeist, daar staat mijn nummer", "autoservice pieterse zeist"],
    ["Portuguese, the number there", "procura no google a mecanica do ze em campinas, meu numero ta la", "mecanica do ze"],
  ])("%s: %j is a look-up, hidden", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["google the torque spec for the caliper bolts, the number is in the manual"],
    ["search p0456 on youtube and the first result explains the evap test"],
    ["look up the tyre shop near you, their number is on google"],
    ["I googled three garages in leeds and none of them had the part in stock"],
    ["google kwik fit bristol, the number is there on their page if you want a second quote"],
    ["don't google random mobile mechanics, my advice is to keep it on the app"],
    ["search the app for the diagnostic report, my notes are in the summary tab"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
