// Round 21, e-mails over consecutive messages: the domain in the later message was masked while
// the mailbox's name, the last word of the message before it, stayed readable. The name is masked
// once the later message's bare host is, when the burst speaks of mail and the word is shaped like
// a name (or the later message opens on the "at"), or when it is a name-shaped word said almost
// alone. Bursts whose host is the platform's or a public reference's, and words that are not the
// name of a mailbox, stay as they were.
import { describe, expect, it } from "vitest";
import { burstFlagged, replayHides } from "./detector-helpers.ts";

describe("a mailbox's name in the message before its domain", () => {
  it.each([
    ["a dotted name after 'mon email', the host after 'chez'", ["mon adresse mail c'est lena.vogt", "chez exemple.fr"], ["lena.vogt", "exemple.fr"]],
    ["a name with digits alone, the at alone, then the host", ["rhys77", "and then the at", "example.co.uk"], ["rhys77", "example.co.uk"]],
    ["an underscored name after 'mail me', host after a provider word", ["mail me the photos", "dex_w", "outlook-style but example.org"], ["dex_w", "example.org"]],
    ["a plain name, then a message opening on 'at'", ["send the pics to kezza", "at the yahoo-type place but example.net"], ["kezza", "example.net"]],
    ["a short name-shaped message, then the host", ["its mo42", "and the example.com one"], ["mo42", "example.com"]],
  ])("%s: %j hides the name and the host", (_kind, messages, secrets) => {
    expect(replayHides(messages, secrets)).toBe(true);
  });

  it.each([
    ["a model, then a maker's public site", ["the car is a bmw x5", "see bmw.com for the recall"]],
    ["a manual, then a maker's site after 'at'", ["check the manual", "at ford.com"]],
    ["a reading, then a mail word with no host", ["mileage is 88k", "ill email the invoice later"]],
    ["two plain messages about mail", ["did you get my email", "sent it at 5"]],
  ])("%s: %j stays unflagged", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});
