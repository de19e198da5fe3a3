// Why: a group member whose event had to take graphql-ws's slow path (its status not known now) had its
// next event sent straight to the socket before the first was written, so a reader could get a message's
// retroactive mask before the message itself, and keep the unmasked copy.
import { buildSchema, parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { createSharedSubscribe, SHARED_SOURCE, type SharedSource } from "../../src/platform/server/shared-subscribe.ts";
import { settle, settled } from "../support/settled.ts";

/** A feed whose events the spec pushes, offering its source for sharing. */
function pushFeed() {
  const waiting: Array<(step: IteratorResult<unknown>) => void> = [];
  const queued: unknown[] = [];
  const source: AsyncIterator<unknown> = {
    next: () => (queued.length ? Promise.resolve({ done: false, value: queued.shift() }) : new Promise((resolve) => waiting.push(resolve))),
    return: async () => ({ done: true, value: undefined }),
  };
  const shared: SharedSource = { key: "feed", account: "reader", adopt: () => source, refusal: () => null, leave: () => {} };
  const feed = { [SHARED_SOURCE]: shared, [Symbol.asyncIterator]: () => source, next: () => source.next() };
  const push = (value: unknown) => (waiting.length ? waiting.shift()!({ done: false, value }) : queued.push(value));
  return { feed, push };
}

describe("a member of a live fan-out group", () => {
  it("receives its events in order when one of them went through the iterator", async () => {
    const { feed, push } = pushFeed();
    const schema = buildSchema(`type Query { x: Int } type Subscription { feed: Msg } type Msg { id: ID }`);
    const field = schema.getSubscriptionType()!.getFields().feed!;
    field.subscribe = () => feed;
    field.resolve = (event) => event;
    const fanout = createSharedSubscribe(() => "everyone");
    const received: string[] = [];
    let known = false;
    // The socket's status is not known now for the first event (graphql-ws's path), then it is.
    const send = (result: ExecutionResult) => known && received.push((result.data as { feed: { id: string } }).feed.id) > 0;
    const stream = (await fanout.subscribe({ schema, document: parse(`subscription { feed { id } }`), contextValue: {} }, send)) as AsyncIterableIterator<ExecutionResult>;

    // graphql-ws's side (sentDirectly and onNext): a result the direct path refuses again is written
    // once its own check (the account's status, looked up) is done.
    let checked!: () => void;
    const lookup = new Promise<void>((resolve) => (checked = resolve));
    const graphqlWs = (async () => {
      for await (const result of stream) {
        if (send(result)) continue;
        await lookup;
        received.push((result.data as { feed: { id: string } }).feed.id);
      }
    })();

    push({ id: "message" });
    await settle();
    // The lookup made the status known: the direct path is open again, the first event not yet written.
    known = true;
    push({ id: "its retroactive mask" });
    await settle();
    checked();
    await settled(() => expect(received).toEqual(["message", "its retroactive mask"]));
    await stream.return!();
    await graphqlWs;
  });
});
