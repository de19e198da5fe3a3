// Why: at 10,000 subscribers the feed's "account still active" check ran once per subscriber per
// event; a group now asks it once per account per event. Every member must still be held to it: a
// refused account's members all stop, the other accounts' members go on.
import { buildSchema, parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { createSharedSubscribe, SHARED_SOURCE, type SharedSource } from "../../src/platform/server/shared-subscribe.ts";
import { settle, settled } from "../support/settled.ts";

describe("a live fan-out group's per-event checks", () => {
  it("asks once per account and event, and holds every member of the account to the answer", async () => {
    // One source of events for the group; each subscriber's feed offers it with its own account's check.
    const waiting: Array<(step: IteratorResult<unknown>) => void> = [];
    const source: AsyncIterator<unknown> = {
      next: () => new Promise((resolve) => waiting.push(resolve)),
      return: async () => ({ done: true, value: undefined }),
    };
    const push = (value: unknown) => waiting.shift()!({ done: false, value });
    const active: Record<string, boolean> = { a: true, b: true };
    const asked: Record<string, number> = { a: 0, b: 0 };
    const feedOf = (account: string) => {
      const shared: SharedSource = {
        key: "feed",
        account,
        adopt: () => source,
        refusal: () => (asked[account]!++, active[account] ? null : new Error(`${account} suspended`)),
        leave: () => {},
      };
      return { [SHARED_SOURCE]: shared, [Symbol.asyncIterator]: () => source, next: () => source.next() };
    };
    const schema = buildSchema(`type Query { x: Int } type Subscription { feed: Msg } type Msg { id: ID }`);
    const field = schema.getSubscriptionType()!.getFields().feed!;
    field.subscribe = (_root, _args, context: { account: string }) => feedOf(context.account);
    field.resolve = (event) => event;
    const fanout = createSharedSubscribe(() => "everyone");
    const received: Record<string, string[]> = {};
    const subscribe = async (name: string, account: string) => {
      received[name] = [];
      const send = (result: ExecutionResult) => received[name]!.push((result.data as { feed: { id: string } }).feed.id) > 0;
      return (await fanout.subscribe({ schema, document: parse(`subscription { feed { id } }`), contextValue: { account } }, send)) as AsyncIterableIterator<ExecutionResult>;
    };
    const streams = { a1: await subscribe("a1", "a"), a2: await subscribe("a2", "a"), b1: await subscribe("b1", "b") };
    expect(fanout.groups()).toEqual({ groups: 1, subscribers: 3 });

    push({ id: "first" });
    await settled(() => expect(received).toEqual({ a1: ["first"], a2: ["first"], b1: ["first"] }));
    expect(asked).toEqual({ a: 1, b: 1 });
    expect(fanout.executions).toBe(1);

    active.a = false;
    push({ id: "second" });
    await settled(() => expect(received).toEqual({ a1: ["first"], a2: ["first"], b1: ["first", "second"] }));
    expect(asked).toEqual({ a: 2, b: 2 });
    // Both of the refused account's subscriptions end with its refusal; the other account's goes on.
    await expect(streams.a1.next()).rejects.toThrow("a suspended");
    await expect(streams.a2.next()).rejects.toThrow("a suspended");
    expect(fanout.groups()).toEqual({ groups: 1, subscribers: 1 });
    await streams.b1.return!();
  });

  it("holds a result whose socket status is being looked up, then sends it directly", async () => {
    const waiting: Array<(step: IteratorResult<unknown>) => void> = [];
    const source: AsyncIterator<unknown> = {
      next: () => new Promise((resolve) => waiting.push(resolve)),
      return: async () => ({ done: true, value: undefined }),
    };
    const shared: SharedSource = { key: "feed", account: "a", adopt: () => source, refusal: () => null, leave: () => {} };
    const schema = buildSchema(`type Query { x: Int } type Subscription { feed: Msg } type Msg { id: ID }`);
    const field = schema.getSubscriptionType()!.getFields().feed!;
    field.subscribe = () => ({ [SHARED_SOURCE]: shared, [Symbol.asyncIterator]: () => source, next: () => source.next() });
    field.resolve = (event) => event;
    const fanout = createSharedSubscribe(() => "everyone");
    // The transport's check: unknown until its look-up settles; `send` refuses while it is unknown.
    let known = false;
    let looked!: () => void;
    const lookup = new Promise<void>((resolve) => (looked = resolve)).then(() => (known = true));
    const received: string[] = [];
    const send = Object.assign((result: ExecutionResult) => known && received.push((result.data as { feed: { id: string } }).feed.id) > 0, {
      pending: () => (known ? undefined : lookup),
    });
    const stream = (await fanout.subscribe({ schema, document: parse(`subscription { feed { id } }`), contextValue: {} }, send)) as AsyncIterableIterator<ExecutionResult>;

    waiting.shift()!({ done: false, value: { id: "held" } });
    await settle();
    expect(received).toEqual([]);
    looked();
    await settled(() => expect(received).toEqual(["held"]));
    // Sent directly: nothing went to the iterator (graphql-ws's path).
    const next = stream.next();
    await expect(Promise.race([next, settle().then(() => "nothing queued")])).resolves.toBe("nothing queued");
    await stream.return!();
  });
});
