// Round 22, an address said out with other words for "@" and ".": the Italian "chiocciola" and the
// German "Klammeraffe" name the "@" as "arroba" does, the British "full stop" names the dot between
// the words of a domain, and after an "@" typed (or so read) onto a local part any ending closes the
// domain where the message or a punctuation mark follows, "it" included ("paolo@esempio punto it");
// a mention ("thanks @Sam . it's done") is no local part. A "full stop" is read as a dot only where a common ending
// that is no word closes the words after it, so the punctuation mark in a sentence stays one.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("'@' and '.' said with other words", () => {
  it.each([
    ["Italian, a word ending after punto", "paolo chiocciola esempio punto it", ["paolo chiocciola esempio punto it"]],
    ["Italian, after 'mail:'", "mail: gianni chiocciola officina punto it", ["gianni chiocciola officina punto it"]],
    ["Italian, the domain typed", "scrivimi, giulia chiocciola ricambi.it", ["giulia chiocciola ricambi.it"]],
    ["German, Klammeraffe and Punkt", "meine Adresse: jens klammeraffe werkstatt punkt de", ["jens klammeraffe werkstatt punkt de"]],
    ["British, at sign and full stops", "rorymac at sign example full stop co full stop uk", ["rorymac", "example full stop co full stop uk"]],
    ["British, at and full stops", "kev at kevsgarage full stop co full stop uk", ["kev at kevsgarage full stop co full stop uk"]],
    ["British, one full stop and com", "drop a line to sally at wheelfix full stop com", ["sally at wheelfix full stop com"]],
    ["British, full stop then net", "tom at brakesdirect full stop net", ["tom at brakesdirect full stop net"]],
    ["typed '@', a word ending, then a comma", "paolo@esempio punto it, grazie", ["paolo@esempio punto it"]],
  ])("%s: %j is caught whole", (_kind, text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });

  it.each([
    ["a full stop that is a stop", "the car came to a full stop in town"],
    ["a full stop in a writing tip", "put a full stop after the co. name on the invoice"],
    ["a full stop before a word that is an ending", "the light came on @ the full stop in"],
    ["a full stop sign", "I stopped at a full stop sign, com on"],
    ["a full stop then a word ending", "it came to a full stop me and the kids got out"],
    ["a handle and a word ending", "@mike dot it is fine"],
    ["a part and a full stop", "part 04E121113G full stop, no more"],
    ["an in-app mention", "message me here in the app, full stop"],
    ["a mention, then a word ending", "cheers @Rob . so see you at 5"],
    ["a mention at the start, then a word ending", "@Lee . me too, the pads are done"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
