// Round 50: text is shown in the order the Unicode Bidirectional Algorithm lays it out, not in the
// order it was typed. A right-to-left override (U+202E) around a reversed number, an isolate
// around reversed number groups, or right-to-left marks between them made the reader see a phone
// number or an e-mail that the detector, reading the typed order, never saw: "Parts desk:
// \u202E2410-555-305\u202C" is shown "Parts desk: 503-555-0142". The detector now also reads the
// orders a front end may show a message in when it holds a bidi control (detection/display-order.ts),
// and hides every typed character of what it finds there. The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { detectContactDetails, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { shownOrders } from "../../src/domain/contacts/detection/display-order.ts";
import { APPLICATION, hiddenIn, kindsOf } from "./detector-helpers.ts";

const RLO = "\u202E";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";
const RLM = "\u200F";

/** Every letter and digit of `secret` is hidden, with the rules and in the application. */
function hiddenBoth(text: string, secret: string): boolean {
  return hiddenIn(text, secret, detectContactDetails(text)) && hiddenIn(text, secret, detectContactDetails(text, APPLICATION));
}

describe("a contact detail the reader sees only in the shown order", () => {
  it.each([
    [`Parts desk: ${RLO}2410-555-305${PDF}`, "2410-555-305", "PHONE"],
    [`call me ${RLO}2410 555 305${PDF} after 5`, "2410 555 305", "PHONE"],
    [`my cell is ${RLO}9910.555.305${PDF}`, "9910.555.305", "PHONE"],
    [`text ${RLI}0142 555 503${PDI} tonight`, "0142 555 503", "PHONE"],
    [`reach me on ${RLI}0902 433 179${PDI}`, "0902 433 179", "PHONE"],
    [`number: 0142${RLM} 555${RLM} 503`, "0142", "PHONE"],
    [`mail me ${RLO}moc.liamg@sotar.kcir${PDF}`, "moc.liamg@sotar.kcir", "EMAIL"],
    [`${RLO}moc.liamtoh@29_vek${PDF} is my mail`, "moc.liamtoh@29_vek", "EMAIL"],
    [`shop site ${RLO}moc.egaragsotar.www${PDF}`, "moc.egaragsotar.www", "LINK"],
  ])("%j is flagged and every typed character of it hidden", (text, secret, kind) => {
    expect(kindsOf(text)).toContain(kind);
    expect(hiddenBoth(text, secret)).toBe(true);
  });

  it("is shown as the reader sees it: the override reverses what it encloses", () => {
    expect(shownOrders(`Parts desk: ${RLO}2410-555-305${PDF}`).map((o) => o.text)).toContain(`Parts desk: ${RLO}503-555-0142${PDF}`);
  });
});

describe("text the shown order leaves innocent", () => {
  it.each([
    ["the pads are at 3 mm, replace them this week"],
    [`${RLM}شكرا، الفرامل تعمل الآن بشكل جيد. السعر 450 دولار`],
    [`موعدي يوم 12 الساعة 3 في الورشة${RLM}`],
    [`${RLM}رقم القطعة 0280 158 117`],
    [`torque spec ${RLO}mN 021${PDF} on the caliper bolts`],
    [`the code was ${RLI}P0420${PDI}, catalyst efficiency`],
    [`mileage ${RLI}142 350${PDI} km, 2014 model`],
    [`${RLM}תודה, הרכב מוכן. המחיר 380 ש"ח`],
    [`invoice ${RLO}7734${PDF} is paid in the app`],
    [`${RLO}sdap tnorf${PDF} and rotors, 2 hours of labor`],
  ])("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
    expect(detectContactDetails(text, detectionOptionsFor(["autodoctor.app"], "trained")).kinds).toEqual([]);
  });

  it("a message without a bidi control, or with marks its right-to-left writing explains, is read in its typed order only", () => {
    expect(shownOrders("call me later, the pads are in")).toEqual([]);
    expect(shownOrders("رقم القطعة 0280 158 117")).toEqual([]);
    expect(shownOrders(`${RLM}رقم القطعة 0280 158 117`)).toEqual([]);
    expect(shownOrders(`number: 0142${RLM} 555${RLM} 503`)).not.toEqual([]);
  });
});
