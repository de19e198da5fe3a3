// A recorded burst is replayed as the chat reads it when it is sent: the evaluation
// (`npm run eval:contacts`), the detection snapshot and the specs read a sender's consecutive
// messages through `replayBurst`, which hands each message the earlier ones the send path's
// sideBurst hands the detector (split-detail.ts, recordedBurst: at most SPLIT_DETAIL_MAX_EARLIER,
// a drip of pieces further), not the whole burst. So what it reports shown is what a reader of the
// chat is shown: a number whose first piece is more than two messages before its last ("is 503" /
// "555" / "01" / "42") leaves that piece visible in both. In the session chat and in a workshop
// conversation alike.
import { describe, expect, it } from "vitest";
import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { CHAT_THREADS, talk } from "../factories/chat-threads.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

/** The test server's detector: its platform domains, the rules and the trained stage. */
const SERVER_DETECTION = detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained");

const BURSTS: string[][] = [
  ["my cell", "is 503", "555", "01", "42"],
  ["call me on 503", "284", "01", "42"],
  ["my email", "sam.fixes", "at gmail", "dot com"],
  ["50", "35", "55", "01", "42"],
];

describe.each(Object.entries(CHAT_THREADS))("in %s, a customer's burst", (_, open) => {
  it.each(BURSTS)("is shown to the reader as replayBurst replays it: %j", async (...messages) => {
    const thread = await open(app);
    const sent = await talk(
      thread,
      messages.map((body) => ["CUSTOMER", body]),
    );
    const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: sent.map((message) => message.id) } }, orderBy: { createdAt: "asc" } });
    expect(stored.map((row) => row.deliveredBody)).toEqual(replayBurst(messages, SERVER_DETECTION).map((shown) => shown.masked));
  });
});
