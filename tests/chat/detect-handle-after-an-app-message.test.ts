// Issue 13, handles split across messages: a message ending on an app or platform ("i'm on
// snap", "my insta:") and a handle typed in pieces after it ("gearhead" / "_gabe"). Glued, the
// app's name read as the front of the handle ("snapgearhead_gabe") and nothing was found; the
// app's message now ends where it ends, and the pieces after it are read together. An app's own
// address cut at its dot ("facebook" / ".com/...") or its name cut in two stays glued; an app
// named and a reply after it, or the sentence about the app going on in the next message ("my
// insta" / "is full of car pics"), are not a handle.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { replayHides } from "./detector-helpers.ts";

/** [messages, pieces]: hidden. */
const CONTACTS: [string[], string[]][] = [
  [
    ["i'm on snap", "brake", "_daddy_91"],
    ["brake", "_daddy_91"],
  ],
  [
    ["add me on insta", "its torque", "queen88"],
    ["torque", "queen88"],
  ],
  [
    ["my tiktok:", "wrench", "_wizard_77"],
    ["wrench", "_wizard_77"],
  ],
  [["find us on facebook", ".com/harlowgarage"], ["harlowgarage"]],
  [["my snap", "the_gabe"], ["the_gabe"]],
  [
    ["add me on telegram", "bmw", "_fixer"],
    ["bmw", "_fixer"],
  ],
];

/** Bursts that name an app and go on with something else. */
const INNOCENT: string[][] = [
  ["I saw your work on insta", "great job", "thanks"],
  ["my wife follows you on facebook", "small world", "anyway"],
  ["found you on google", "nice reviews"],
  ["your shop on yelp", "4.8 stars", "impressive"],
  ["my son showed me your tiktok", "wheel bearing", "video lol"],
  ["my cousin's tiktok", "has the same noise", "lol"],
  ["saw a clip on insta", "the guy fixed it", "with a zip tie"],
];

describe("a handle typed in pieces after a message naming its app", () => {
  it.each(CONTACTS)("%j hides %j", (messages, pieces) => {
    expect(replayHides(messages, pieces)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (...messages) => {
    expect(replayBurst(messages).flatMap((d) => d.kinds)).toEqual([]);
  });
  // The sentence goes on in the next message: no handle starts there, and the word after it is no
  // piece of one. ("my insta is full of car pics" read as one sentence is another rule's.)
  it.each([
    ["my insta", "is full of car pics", "honestly"],
    ["I'm on snap", "and it keeps crashing", "annoying"],
    ["my tiktok", "has the same noise", "lol"],
  ])("the last message of %j is not flagged", (...messages) => {
    expect(replayBurst(messages).at(-1)?.kinds).toEqual([]);
  });
});
