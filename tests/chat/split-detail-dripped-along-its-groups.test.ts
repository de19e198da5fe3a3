// A phone number dripped in pieces cut along its own groups, not evenly: "503" / "555" / "01" /
// "42" (503 555 0142, its line cut in two), "503" / "284" / "01" / "42", "971" / "632" / "0" / "14" / "2".
// The pieces join into a valid national number whose every group break is a break between pieces
// (split-detail.ts, keepsDripRhythm), so the drip reaches back to the area code: the last piece is
// flagged, every earlier piece masked retroactively (edited, audited), and a professional penalised
// once. Before, only the last three pieces were read: the area code stayed visible, and with an
// exchange other than 555 nothing was caught. In the session chat and in a workshop conversation alike.
import { describe, it } from "vitest";
import { CHAT_THREADS, expectDripCaught, talk, type Line, type Party } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

/** The same party's lines, one per piece. */
const pieces = (party: Party, ...bodies: string[]): Line[] => bodies.map((body) => [party, body]);

const DRIPS: Array<{ name: string; sender: Party; lines: Line[] }> = [
  { name: "area code, exchange, then the line in two", sender: "PRO", lines: pieces("PRO", "503", "555", "01", "42") },
  { name: "an exchange other than 555", sender: "PRO", lines: pieces("PRO", "503", "284", "01", "42") },
  {
    name: "the line cut in three, with the customer's '?' between pieces",
    sender: "PRO",
    lines: [...pieces("PRO", "971", "632"), ["CUSTOMER", "?"], ...pieces("PRO", "0", "14", "2")],
  },
  { name: "a customer's own number dripped to the professional", sender: "CUSTOMER", lines: pieces("CUSTOMER", "512", "748", "19", "06") },
];

describe.each(Object.entries(CHAT_THREADS))("in %s, a phone number dripped in pieces cut along its groups", (_, open) => {
  it.each(DRIPS)("is flagged on its last piece, every piece masked (the earlier ones as edits), one offence of a professional: $name", async ({ sender, lines }) => {
    const thread = await open(app);
    await expectDripCaught(app, thread, await talk(thread, lines), sender);
  });
});
