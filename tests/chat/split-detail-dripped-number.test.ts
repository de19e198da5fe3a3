// A phone number dripped a few digits a message takes more messages than a burst of three: "50" /
// "35" / "55" / "01" / "42", one digit a message, or digits said in words ("five oh" / "three
// five" / ...), maybe with the other party's "?" between the pieces or a "..." of the sender's.
// Messages that are nothing but a small piece of a number are read together further back
// (split-detail.ts, sideBurst and isDripPiece): the last piece is flagged and masked, every earlier
// piece masked retroactively (edited, audited), and a professional penalised once for the drip. In
// the session chat and in a workshop conversation alike.
import { describe, it } from "vitest";
import { CHAT_THREADS, expectDripCaught, talk, type Line, type Party } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

/** The same party's lines, one per piece. */
const pieces = (party: Party, ...bodies: string[]): Line[] => bodies.map((body) => [party, body]);

const DRIPS: Array<{ name: string; sender: Party; lines: Line[] }> = [
  { name: "two digits a message, five messages", sender: "PRO", lines: pieces("PRO", "50", "35", "55", "01", "42") },
  {
    name: "one digit a message, with the customer's '?' between some of them",
    sender: "PRO",
    lines: [...pieces("PRO", "5", "0", "3"), ["CUSTOMER", "?"], ...pieces("PRO", "5", "5", "5"), ["CUSTOMER", "?"], ...pieces("PRO", "0", "1", "4", "2")],
  },
  { name: "digits said in words, two a message", sender: "PRO", lines: pieces("PRO", "five oh", "three five", "five five", "oh one", "four two") },
  { name: "pieces strung on with 'then' and a pause of dots between them", sender: "PRO", lines: pieces("PRO", "50", "then 35", "...", "55", "and 01", "42") },
  { name: "a customer's own number dripped to the professional", sender: "CUSTOMER", lines: pieces("CUSTOMER", "51", "25", "55", "01", "99") },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, a phone number dripped over more messages than a burst", (_, open) => {
  it.each(DRIPS)("is flagged on its last piece, every piece masked (the earlier ones as edits), one offence of a professional: $name", async ({ sender, lines }) => {
    const thread = await open(app);
    await expectDripCaught(app, thread, await talk(thread, lines), sender);
  });
});
