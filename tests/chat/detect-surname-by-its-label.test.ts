// Round 51 (det51d): a surname said by its label in any common form is a lead and is masked: the label in any case ("Surname's",
// "Last name is", "FAMILY NAME:"), the name in lower case, the label asked and answered with a common surname that is also an
// everyday word ("My surname? Smith."); and a titled surname with the firm named after them said first, the reader sent to ask
// for them there ("go to Patel Motors and ask for Mr Patel"). phrases.ts (surnameAfterItsLabel) and party-names.ts
// (TITLED_AT_FIRM). Innocent: what is said of a surname ("last name is wrong on the invoice", "is hyphenated"), a reply that is
// no name ("Surname? No."), a firm with nobody asked for by its name. Sentences written for this branch. Probed with the
// application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a surname said by its label, or by the firm named after it", () => {
  it.each<[string, string[]]>([
    ["Surname's Ruiz btw", ["Ruiz"]],
    ["Last name is ruiz", ["ruiz"]],
    ["My surname? Smith.", ["Smith"]],
    ["Last name? Baker, thanks", ["Baker"]],
    ["FAMILY NAME: Okonkwo", ["Okonkwo"]],
    ["last name's castellanos if they ask", ["castellanos"]],
    ["go to Patel Motors and ask for Mr Patel", ["Patel Motors", "Mr Patel"]],
    ["Head over to Nguyen Auto Repair on Elm and ask for Mrs Nguyen", ["Nguyen Auto Repair", "Mrs Nguyen"]],
  ])("%j is caught", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["last name is wrong on the invoice"],
    ["my surname is missing from the booking"],
    ["My last name is hyphenated, does that matter?"],
    ["Surname? No."],
    ["go to Patel Motors and ask for the service desk"],
    ["Smith Tyres are good, ask for Mr Jones"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
