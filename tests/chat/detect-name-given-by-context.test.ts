// Round 51: a full name given by its frame rather than by capitals or an introduction: the surname asked and answered after
// the first name ("My name is Carmen. My surname? Ruiz."), a holder's name in lower case ("under my wife's name, jenny
// mcallister"), a lower-case title and name the job is for ("it's for mrs margaret o'brien"), a titled surname at the firm
// named after it with the reader sent to ask for them ("Mr. Okafor at Okafor Autos ..., ask for him"). phrases.ts (the
// surname rule, lowerCaseFullName), named-holder.ts and party-names.ts (TITLED_LOWER, TITLED_AT_FIRM). Innocent: a
// surname alone after a title, a greeting, a question about the surname, a firm that did past work. Sentences written for
// this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a full name given by its frame", () => {
  it.each<[string, string[]]>([
    ["I'm Lucia. My surname? Fernandez.", ["Fernandez"]],
    ["the car's in my husband's name, dermot kavanagh", ["dermot kavanagh"]],
    ["registered to my mum's name: brenda halloran", ["brenda halloran"]],
    ["the order is for mrs deirdre mcnulty, she'll collect", ["deirdre mcnulty"]],
    ["Mrs. Adeyemi at Adeyemi Motors will look after you, just ask for her", ["Mrs. Adeyemi at Adeyemi Motors"]],
  ])("%j is caught", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["Mr. Adeyemi was really helpful on the phone"],
    ["dear mrs deirdre mcnulty, thanks for the booking"],
    ["what's my surname? Is it needed for the booking?"],
    ["Mrs. Adeyemi at Adeyemi Motors did my brakes years ago"],
    ["the car is under my husband's name but he's away"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
