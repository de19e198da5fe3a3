import { describe, expect, it } from "vitest";
import { detectAcrossMessages, detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { SPLIT_DETAIL_LOOKBACK, SPLIT_DETAIL_WINDOW_MS } from "../../src/domain/contacts/split-detail.ts";
import { isPenalisable } from "../../src/domain/enforcement/penalty-ladder.ts";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession, liftSuspension, type CreatedUser } from "../factories/index.ts";
import { live, receivesNothing, waitUntil, type LiveSubscription } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * Issue 13, "across messages": a contact detail spread over the latest messages of one sender is
 * caught, whatever the other party replies in between. The part in the new message is masked on delivery; the earlier parts are masked after
 * delivery, and the live feed replaces those messages (same id, `editedAt` set) before the new
 * one arrives, so no reader ever has all the parts in view.
 */

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged flaggedKinds message { id body } } }`;
const ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body editedAt } }`;
const ADDED_ADMIN = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body originalBody flaggedKinds editedAt } }`;
const HISTORY = `query ($sessionId: ID!) { messages(sessionId: $sessionId, first: 50) { nodes { id body editedAt } } }`;
const HISTORY_ORIGINALS = `query ($sessionId: ID!) { messages(sessionId: $sessionId, first: 50) { nodes { id body originalBody editedAt } } }`;

type Frame = { id: string; body: string; editedAt: string | null };

interface Split {
  name: string;
  parts: string[];
  /**
   * What the mechanic types, when it differs: the lead-in "my cell is" alone is a phrase-only kind,
   * whose penalty (or not) is the policy of `penalise`, not of this split.
   */
  mechanicParts?: string[];
  /** Fragments of the detail that must not be readable once it is complete. */
  fragments: string[];
  /** True when a text shows the whole detail. */
  exposes: (text: string) => boolean;
}

const phone = (digits: string) => (text: string) => text.replace(/\D/g, "").includes(digits);
/** The whole address, read across the messages on screen (one per line). */
const email = (whole: RegExp) => (text: string) => whole.test(text);

const SPLITS: Split[] = [
  { name: "a phone number over 2 messages", parts: ["the number is 303 555", "0178"], fragments: ["303", "555", "0178"], exposes: phone("3035550178") },
  { name: "a phone number over 3 messages", parts: ["my cell is 415", "555", "0132"], mechanicParts: ["415", "555", "0132"], fragments: ["415", "555", "0132"], exposes: phone("4155550132") },
  // Each part alone is innocent ("at gmail dot com" alone already names a domain, so it is not used).
  { name: "an email address over 2 messages", parts: ["bob.smith", "at gmail"], fragments: ["bob.smith", "gmail"], exposes: email(/bob\.smith\s+at\s+gmail/i) },
  // "bob.smith" / "at gmail" is already an address at the second part; an unknown domain is not.
  {
    name: "an email address over 3 messages",
    parts: ["bob.smith", "at smithgarage", "dot com"],
    fragments: ["bob.smith", "smithgarage"],
    exposes: email(/bob\.smith\s+at\s+smithgarage\s+dot\s+com/i),
  },
];

const detectorJoins = (parts: string[]) => detectAcrossMessages(parts.slice(0, -1), parts[parts.length - 1]!).current.kinds.length > 0;
const alone = (part: string) => detectContactDetails(part).kinds;
const SPEC = SPLITS.map((split) => ({ ...split, mechanicParts: split.mechanicParts ?? split.parts }));

async function chat() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { customer, mechanic, session };
}

/** Subscribes and waits until the server is listening, so nothing published next can be missed. */
async function subscribed<T = Record<string, any>>(token: string, sessionId: string, query = ADDED): Promise<LiveSubscription<T>> {
  const before = app.server.services.chat.liveSubscriberCount(sessionId);
  const subscription = live<T>(app.ws(token), query, { sessionId });
  await waitUntil(() => app.server.services.chat.liveSubscriberCount(sessionId) > before, 5_000, "the subscription to start");
  return subscription;
}

async function sendAll(sender: CreatedUser, sessionId: string, parts: string[]) {
  const ids: string[] = [];
  for (const body of parts) {
    const sent = await app.gql(SEND, { sessionId, body }, sender.token);
    expect(sent.errors).toBeUndefined();
    ids.push(sent.data!.sendMessage.message.id);
  }
  return ids;
}

/** Takes `count` frames from a feed, as a client renders them: a known id replaces that message. */
async function render(feed: LiveSubscription<{ chatMessageAdded: Frame }>, count: number) {
  const frames: Frame[] = [];
  const screen = new Map<string, string>();
  const screens: string[] = [];
  for (let i = 0; i < count; i++) {
    const frame = (await feed.next()).data!.chatMessageAdded;
    frames.push(frame);
    screen.set(frame.id, frame.body);
    screens.push([...screen.values()].join("\n"));
  }
  return { frames, screen, screens };
}

describe.each(SPEC)("$name", (split) => {
  it("is a detail the pure detector finds only in the joined parts (no part alone holds one)", () => {
    expect(detectorJoins(split.parts) && detectorJoins(split.mechanicParts)).toBe(true);
    for (const part of [...split.parts, ...split.mechanicParts]) expect(isPenalisable(alone(part)), part).toBe(false);
  });

  it("is masked in every part: the live feed replaces the earlier parts before the last arrives", async () => {
    const { customer, mechanic, session } = await chat();
    const feed = await subscribed<{ chatMessageAdded: Frame }>(customer.token, session.id);
    const parts = split.mechanicParts;
    const ids = await sendAll(mechanic, session.id, parts);
    const audit = await app.prisma.auditLog.findMany({ where: { action: "chat.message.masked_retroactively", entityId: { in: ids } }, orderBy: { createdAt: "asc" } });
    expect(audit.length).toBeGreaterThan(0);

    // One frame per message sent, plus one per retroactive mask.
    const { frames, screen, screens } = await render(feed, parts.length + audit.length);
    expect(await receivesNothing(feed)).toBe(true);
    const seen = new Set<string>();
    for (const frame of frames) {
      // An edit replaces a message the client already has; a new message is never marked edited.
      expect(frame.editedAt !== null).toBe(seen.has(frame.id));
      seen.add(frame.id);
    }
    expect([...screen.keys()]).toEqual(ids);
    // The edits the last part caused arrive before it, and from then on no frame holds any part.
    const lastRound = frames.findIndex((frame) => frame.id === ids[ids.length - 2]) + 1;
    expect(frames[lastRound]!.editedAt).not.toBeNull();
    expect(frames[frames.length - 1]).toMatchObject({ id: ids[ids.length - 1], editedAt: null });
    for (const frame of frames.slice(lastRound)) for (const fragment of split.fragments) expect(frame.body).not.toContain(fragment);
    // At no moment does the customer's screen show the whole detail.
    for (const shown of screens) expect(split.exposes(shown)).toBe(false);

    // History agrees with the feed: every part masked, the edited messages marked.
    const history = (await app.gql(HISTORY, { sessionId: session.id }, customer.token)).data!.messages.nodes as Frame[];
    expect(history.map((message) => message.id)).toEqual(ids);
    for (const message of history) {
      expect(message.body).toBe(screen.get(message.id));
      for (const fragment of split.fragments) expect(message.body).not.toContain(fragment);
    }
    const edited = new Set(audit.map((row) => row.entityId));
    expect(history.filter((message) => message.editedAt !== null).map((message) => message.id)).toEqual(ids.filter((id) => edited.has(id)));
    expect(edited.has(ids[ids.length - 1]!)).toBe(false);
  });

  it("keeps the originals readable to admins only", async () => {
    const { customer, mechanic, session } = await chat();
    const admin = await createAdmin(app);
    const adminFeed = await subscribed<{ chatMessageAdded: Frame & { originalBody: string; flaggedKinds: string[] } }>(admin.token, session.id, ADDED_ADMIN);
    const ids = await sendAll(customer, session.id, split.parts);

    const adminHistory = (await app.gql(HISTORY_ORIGINALS, { sessionId: session.id }, admin.token)).data!.messages.nodes;
    expect(adminHistory.map((message: { originalBody: string }) => message.originalBody)).toEqual(split.parts);
    const edits = adminHistory.filter((message: Frame) => message.editedAt !== null).length;
    const adminFrames = [];
    for (let i = 0; i < split.parts.length + edits; i++) adminFrames.push((await adminFeed.next()).data!.chatMessageAdded);
    for (const frame of adminFrames.filter((f) => f.editedAt !== null)) {
      expect(frame.originalBody).toBe(split.parts[ids.indexOf(frame.id)]);
      expect(frame.flaggedKinds.length).toBeGreaterThan(0);
    }

    for (const reader of [customer, mechanic]) {
      const response = await app.gql(HISTORY_ORIGINALS, { sessionId: session.id }, reader.token);
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      // the texts only: a random UUID or timestamp may hold "0132" by chance
      const texts = (response.data?.messages?.nodes ?? []).flatMap((m: { body: string | null; originalBody: string | null }) => [m.body, m.originalBody]);
      expect(texts.join("\n")).not.toMatch(/gmail|smithgarage|0178|0132/);
    }
  });

  it("is one violation with one penalty when a mechanic sends it, on the message that completes it", async () => {
    const { mechanic, session } = await chat();
    const ids = await sendAll(mechanic, session.id, split.mechanicParts);
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: mechanic.id }, include: { penalty: true } });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ messageId: ids[ids.length - 1], penalty: { kind: "WARNING_SUSPENSION_7_DAYS" } });
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id } })).violationCount).toBe(1);
  });

  it("is masked and not penalised when the customer sends it", async () => {
    const { customer, session } = await chat();
    const ids = await sendAll(customer, session.id, split.parts);
    const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: ids } }, include: { violation: true } });
    expect(stored.every((message) => message.violation === null)).toBe(true);
    for (const message of stored) for (const fragment of split.fragments) expect(message.deliveredBody).not.toContain(fragment);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: customer.id } })).status).toBe("ACTIVE");
  });

  it("is joined all the same when the other party writes in between: masked in every part, one violation", async () => {
    const { customer, mechanic, session } = await chat();
    const ids: string[] = [];
    for (const [i, body] of split.mechanicParts.entries()) {
      if (i > 0) await sendAll(customer, session.id, ["ok, go on"]);
      ids.push(...(await sendAll(mechanic, session.id, [body])));
    }
    const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: ids } } });
    for (const message of stored) for (const fragment of split.fragments) expect(message.deliveredBody).not.toContain(fragment);
    expect(split.exposes(stored.map((message) => message.deliveredBody).join("\n"))).toBe(false);
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: mechanic.id } });
    expect(violations.map((violation) => violation.messageId)).toEqual([ids[ids.length - 1]]);
  });
});

describe("the burst a new message is read with", () => {
  const emailSplit = SPEC[2]!;

  it("includes the sender's message from a few minutes ago", async () => {
    const { mechanic, session } = await chat();
    const earlier = await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: emailSplit.parts[0]!, createdAt: new Date(Date.now() - SPLIT_DETAIL_WINDOW_MS / 2) });
    const sent = await app.gql(SEND, { sessionId: session.id, body: emailSplit.parts[1]! }, mechanic.token);
    expect(sent.data!.sendMessage.flagged).toBe(true);
    expect((await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: earlier.id } })).editedAt).not.toBeNull();
  });

  it("ends SPLIT_DETAIL_WINDOW_MS before the new message: an older message is another conversation", async () => {
    const { mechanic, session } = await chat();
    const earlier = await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: emailSplit.parts[0]!, createdAt: new Date(Date.now() - SPLIT_DETAIL_WINDOW_MS - 60_000) });
    const sent = await app.gql(SEND, { sessionId: session.id, body: emailSplit.parts[1]! }, mechanic.token);
    expect(sent.data!.sendMessage.flagged).toBe(false);
    expect((await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: earlier.id } })).editedAt).toBeNull();
  });

  it("passes over a system notice between the sender's pieces", async () => {
    const { mechanic, session } = await chat();
    const [first] = await sendAll(mechanic, session.id, [emailSplit.parts[0]!]);
    await app.prisma.$transaction((tx) => app.server.services.chat.writeSystemMessage(tx, session.id, "A quote was sent"));
    const sent = await app.gql(SEND, { sessionId: session.id, body: emailSplit.parts[1]! }, mechanic.token);
    expect(sent.data!.sendMessage.flagged).toBe(true);
    expect((await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: first! } })).editedAt).not.toBeNull();
  });

  it(`looks for the sender's pieces among the thread's ${SPLIT_DETAIL_LOOKBACK} latest messages only`, async () => {
    const { customer, mechanic, session } = await chat();
    const [first] = await sendAll(mechanic, session.id, [emailSplit.parts[0]!]);
    await sendAll(
      customer,
      session.id,
      Array.from({ length: SPLIT_DETAIL_LOOKBACK }, (_, i) => `reply ${i + 1}`),
    );
    const sent = await app.gql(SEND, { sessionId: session.id, body: emailSplit.parts[1]! }, mechanic.token);
    expect(sent.data!.sendMessage.flagged).toBe(false);
    expect((await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: first! } })).editedAt).toBeNull();
  });

  it("reaches back at most 2 messages", async () => {
    const { mechanic, session } = await chat();
    const ids = await sendAll(mechanic, session.id, ["bob.smith", "the car is ready", "at 5pm", "at gmail"]);
    const stored = await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(stored).toMatchObject({ deliveredBody: "bob.smith", editedAt: null });
  });
});

describe("innocent consecutive numbers", () => {
  it.each([
    ["CUSTOMER", ["it's a 2011", "with 143k on it", "codes P0171 and P0174"]],
    ["MECHANIC", ["it's a 2011", "with 143k on it", "codes P0171 and P0174"]],
    ["MECHANIC", ["front pads are at 3mm", "rotors 28mm", "quote is 240 for both"]],
  ] as const)("from the %s are delivered as written and never edited: %j", async (role, parts) => {
    const { customer, mechanic, session } = await chat();
    const feed = await subscribed<{ chatMessageAdded: Frame }>(role === "CUSTOMER" ? mechanic.token : customer.token, session.id);
    const ids = await sendAll(role === "CUSTOMER" ? customer : mechanic, session.id, [...parts]);
    const { frames } = await render(feed, parts.length);
    expect(frames).toEqual(parts.map((body, i) => ({ id: ids[i], body, editedAt: null })));
    expect(await receivesNothing(feed)).toBe(true);
    expect(await app.prisma.contactViolation.count({ where: { messageId: { in: ids } } })).toBe(0);
  });
});

describe("penalties within one burst", () => {
  /** A mechanic's message with a penalised email address, as the messenger would have stored it a moment ago. */
  async function penalisedEmail(sessionId: string, mechanicId: string) {
    const message = await createChatMessage(app, { sessionId, senderId: mechanicId, body: "mail me: bob.smith@gmail.com", deliveredBody: "mail me: [hidden]", flaggedKinds: ["EMAIL"] });
    await app.prisma.contactViolation.create({ data: { messageId: message.id, offenderId: mechanicId, kinds: ["EMAIL"] } });
    await app.prisma.user.update({ where: { id: mechanicId }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 7 * 86_400_000) } });
    return message;
  }
  /** A send that was authorized before the first penalty committed (the race), straight into the service. */
  const racingSend = (mechanicId: string, sessionId: string, body: string) => app.server.services.chat.send({ id: mechanicId, role: "MECHANIC", workshopId: null }, sessionId, body);

  it("do not penalise twice a kind of detail already penalised in the burst, while that penalty is in force", async () => {
    const { mechanic, session } = await chat();
    await penalisedEmail(session.id, mechanic.id);
    const again = await racingSend(mechanic.id, session.id, "bob.smith@gmail.com");
    expect(again).toMatchObject({ flagged: true, message: { body: "[hidden]" } });
    expect(await app.prisma.contactViolation.count({ where: { offenderId: mechanic.id } })).toBe(1);
  });

  it("penalise a new kind of detail in the same burst", async () => {
    const { mechanic, session } = await chat();
    const first = await penalisedEmail(session.id, mechanic.id);
    const phoneToo = await racingSend(mechanic.id, session.id, "or 415 555 0132");
    expect(phoneToo.flagged).toBe(true);
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: mechanic.id }, orderBy: { createdAt: "asc" } });
    expect(violations.map((v) => v.messageId)).toEqual([first.id, phoneToo.message.id]);
  });

  it("penalise the same kind again once the account is active again (the ladder climbs)", async () => {
    const { mechanic, session } = await chat();
    await penalisedEmail(session.id, mechanic.id);
    await liftSuspension(app, mechanic.id);
    const again = await app.gql(SEND, { sessionId: session.id, body: "bob.smith@gmail.com" }, mechanic.token);
    expect(again.data!.sendMessage.flagged).toBe(true);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: mechanic.id } })).toBe(2);
  });
});
