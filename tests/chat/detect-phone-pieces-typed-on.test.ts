// Issue 13, a phone number sent over several messages: an ellipsis at a break says the number
// goes on ("text 917 555" / "…01" / "88"), pieces put back together as typed that show a number's
// own punctuation were cut by the send button wherever the cut fell ("832-5" / "55-0184"), and
// fillers beside a piece ("ok ok, 310", "88 lol") leave it a bare piece. Readings, prices and
// part numbers sent the same way stay readable.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

/** [kind, messages, pieces]: hidden. */
const CONTACTS: [string, string[], string[]][] = [
  ["an ellipsis at the break", ["call 646 555", "…0142"], ["646 555", "0142"]],
  ["an ellipsis at the break", ["number is 213", "...5550187"], ["213", "5550187"]],
  ["dots at the break", ["text me 415 555..", "01..", "63"], ["415 555", "01", "63"]],
  ["a typed number cut inside a group", ["ok so", "646-55", "5-0119"], ["646-55", "5-0119"]],
  ["a typed number cut inside a group", ["(503) 5", "55-0166"], ["(503) 5", "55-0166"]],
  ["a typed number cut inside a group", ["312-555-01", "88"], ["312-555-01", "88"]],
  ["fillers beside the pieces", ["ok ok, 602", "555 01", "77 haha"], ["602", "555 01", "77"]],
  ["fillers beside the pieces", ["um 718", "555", "0193 lol"], ["718", "555", "0193"]],
];

/** [kind, messages]: not flagged. */
const INNOCENT: [string, string[]][] = [
  ["readings with an ellipsis", ["coolant was at 92…", "…then 104 on the hill"]],
  ["readings with an ellipsis", ["odo 148", "...300 miles now"]],
  ["prices with fillers", ["ok 145 for pads", "lol 150 with discs"]],
  ["a year, a size and a price", ["2014 golf", "225-45", "r17 lol"]],
  ["a part number cut by the send button", ["part no 04465-", "33471 genuine"]],
  ["times with fillers", ["ok 10:30", "or 11 haha"]],
];

describe("a phone typed on across messages", () => {
  it.each(CONTACTS)("%s: %j hides %j", (_kind, messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
  it.each(INNOCENT)("%s: %j is not flagged", (_kind, messages) => {
    expect(replayBurst(messages).flatMap((d) => d.kinds)).toEqual([]);
  });
});
