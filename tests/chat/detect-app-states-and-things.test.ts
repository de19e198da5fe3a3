// Issue 13, false positives: an app named for its state ("whatsapp is down today"), for a thing it
// keeps ("my snapchat memories", "instagram reels"), or named and waved away in the same breath
// ("discord? nah", "a whatsapp group? never mind"), and a telegram on paper ("the telegram I got
// from the DVLA"), is no way to reach anyone. The app as a channel is still found, also when the
// sender comes round after waving it away ("ok fine", "actually", "jk") or gives a handle or number.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

const INNOCENT = [
  "whatsapp is down today apparently, glad this app still works",
  "telegram's been glitchy all week",
  "signal was not working at the garage so I couldn't load the map",
  "my snapchat memories had a photo of the dash from last year",
  "I saw the same fault in some instagram reels",
  "the whatsapp update broke my phone's bluetooth lol",
  "discord? nah i'm too old for that, this chat is fine",
  "is there a whatsapp group for customers? never mind, found the FAQ",
  "the telegram I got from the DVLA was weird lol",
  "my grandad still talks about sending a telegram to the garage",
  "discord? nah forget it, the app is fine",
  "telegram? nah, scratch that, I'll stay on here",
  "insta? nope, never used it",
  "a whatsapp group? never mind, it's 2 mins to the shop",
];

/** [message, kind]: still found. */
const CONTACTS: [string, string][] = [
  ["whatsapp me, the app is down", "MESSAGING_APP"],
  ["add me on telegram, it's quicker", "MESSAGING_APP"],
  ["discord? my tag is wrenchy#4412", "SOCIAL_HANDLE"],
  ["are you on whatsapp? no rush", "MESSAGING_APP"],
  ["telegram? no worries if not, text is fine too", "MESSAGING_APP"],
  ["my snapchat is turbotom99", "SOCIAL_HANDLE"],
  ["message me on the telegram app instead", "MESSAGING_APP"],
  ["discord? nah. ok fine: wrenchy#4412", "MESSAGING_APP"],
  ["snapchat? nope. actually yes, @wrenchy_k", "SOCIAL_HANDLE"],
  ["discord? nah. wrenchy_k", "SOCIAL_HANDLE"],
  ["discord? nah jk add me wrenchy", "MESSAGING_APP"],
  ["whatsapp? never mind. 07700 900123", "PHONE"],
];

describe("an app's state, its things, or an app waved away", () => {
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(CONTACTS)("%j is flagged %s", (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});
