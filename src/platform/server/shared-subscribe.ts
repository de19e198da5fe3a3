import { createSourceEventStream, execute, getOperationAST, Kind, print, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { RequestContext as Context } from "../auth/request-context.ts";

/**
 * Names the permission class of a subscriber for a subscription root field: subscribers of the
 * same class with the same document and variables get byte-identical results, so one execution
 * per event serves them all. Null means "do not share" (execute per subscriber, graphql-js's default).
 */
export type FanoutClassifier = (rootField: string, context: Context) => string | null;

/**
 * A live feed's offer to share its source, put on the feed (the iterator a subscription resolver
 * returns) under SHARED_SOURCE. Feeds with the same `key` yield the same events, so one reader of
 * one source can serve all their subscribers; each subscriber keeps its own per-event check.
 */
export interface SharedSource {
  /** Equal for feeds that yield the same events: the topic and channel the subscriber was authorized for. */
  readonly key: string;
  /** Hands over the feed's source, already listening (the feed no longer reads it). */
  adopt(): AsyncIterator<unknown>;
  /**
   * Whose check `refusal` is (the subscriber's account): feeds of one account answer alike at one
   * instant, so a group asks one of its members per account per event.
   */
  readonly account: string;
  /** The subscriber's check before each event: null to deliver it, or the error that ends its subscription (or a promise of either). */
  refusal(): Verdict;
  /** The subscriber left: the feed's own bookkeeping (the adopted source is closed by its reader). */
  leave(): void;
}

export const SHARED_SOURCE = Symbol("sharedSource");

/** A feed's answer before an event: null to deliver it, or the error that ends the subscription, or a promise of either. */
export type Verdict = Error | null | Promise<Error | null>;

/**
 * Sends a subscriber's result at once; false when it cannot (the result then goes through the
 * iterator). `pending`, when the transport's own per-event check (the socket's account status) is
 * not known now: a promise that settles once it is, so the result waits for it and is sent
 * directly rather than through the iterator. It must depend on the subscriber's account alone
 * (SharedSource.account): a group asks one member per account.
 */
export type DirectSend = ((result: ExecutionResult) => boolean) & { pending?(): Promise<unknown> | undefined };

export interface SharedSubscribe {
  /** graphql-js's `subscribe`; with `send`, a subscriber that joins a group gets its events through it. */
  subscribe(args: ExecutionArgs, send?: DirectSend): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  /** Executions of the selection so far (for tests and metrics). */
  readonly executions: number;
  /** Groups reading one source for their subscribers now, and their subscribers (for tests and metrics). */
  groups(): { groups: number; subscribers: number };
}

/**
 * graphql-js's `subscribe`, except that the per-event work is shared:
 * - the execution of the selection set, memoised per event payload object (a WeakMap, so results
 *   live exactly as long as the event) under (permission class, operation, variables). Both
 *   pub/sub transports hand the same payload object to every local subscriber of a topic, so N
 *   subscribers of a session cost one execution per class (admin, participant) instead of N;
 * - and, when the feed offers its source (SHARED_SOURCE) and the transport can send directly,
 *   the reading of events: subscribers with the same source key and the same execution key form a
 *   group that reads one source; per event, each member's own check runs, the selection runs once,
 *   and the result goes to every member in one synchronous loop (the transport shares its
 *   serialisation too), instead of N chains of promises through N sources.
 */
export function createSharedSubscribe(classify: FanoutClassifier): SharedSubscribe {
  const shared = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();
  const groups = new Map<string, Group>();
  let executions = 0;
  const run = (args: ExecutionArgs, payload: unknown) => {
    executions++;
    return execute({ ...args, rootValue: payload });
  };
  /** The result of `args` for `payload`, executed once per payload and key. */
  const resultFor = (key: string, args: ExecutionArgs, payload: object) => {
    let byKey = shared.get(payload);
    if (!byKey) shared.set(payload, (byKey = new Map()));
    let result = byKey.get(key);
    if (!result) byKey.set(key, (result = run(args, payload)));
    return result;
  };

  /**
   * Adds a subscriber to the group of its keys, started on its own source when there is none.
   * A subscriber joining a running group closes its own source: an event published in the few
   * microtasks between its authorization and this join reaches the group without it (as one
   * published just before it subscribed would; clients catch up by cursor).
   */
  const join = (groupKey: string, key: string, source: SharedSource, args: ExecutionArgs, send: DirectSend): AsyncIterableIterator<ExecutionResult> => {
    const own = source.adopt();
    let group = groups.get(groupKey);
    if (group) void own.return?.();
    else {
      const forget = () => groups.delete(groupKey);
      group = new Group(own, (payload, member) => resultFor(key, member.args, payload), forget);
      groups.set(groupKey, group);
      void group.pump();
    }
    const member = new Member(args, source, send, group);
    group.add(member);
    return member;
  };

  return {
    get executions() {
      return executions;
    },
    groups() {
      let subscribers = 0;
      for (const group of groups.values()) subscribers += group.size;
      return { groups: groups.size, subscribers };
    },
    async subscribe(args, send) {
      const stream = await createSourceEventStream(args);
      if (!isAsyncIterable(stream)) return stream;
      const operation = getOperationAST(args.document, args.operationName);
      const root = operation?.selectionSet.selections[0];
      const fanoutClass = root?.kind === Kind.FIELD ? classify(root.name.value, args.contextValue as Context) : null;
      const key = fanoutClass === null ? null : [fanoutClass, args.operationName ?? "", JSON.stringify(args.variableValues ?? {}), print(args.document)].join("\u0000");
      const source = (stream as { [SHARED_SOURCE]?: SharedSource })[SHARED_SOURCE];
      if (key !== null && source && send) return join(`${source.key}\u0000${key}`, key, source, args, send);

      return mapAsyncIterator(stream, (payload) => (key === null || typeof payload !== "object" || payload === null ? run(args, payload) : resultFor(key, args, payload)));
    },
  };
}

/** An event's shared result, executed for the first member that asks. */
type ResultOf = (member: Member) => ExecutionResult | Promise<ExecutionResult>;

/** Subscribers reading one source: each event is offered to every member, in order. */
class Group {
  /** The members, by account (SharedSource.account). */
  private readonly accounts = new Map<string, Set<Member>>();
  private ended = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly resultFor: (payload: object, member: Member) => ExecutionResult | Promise<ExecutionResult>,
    private readonly forget: () => void,
  ) {}

  async pump(): Promise<void> {
    try {
      for (;;) {
        const step = await this.source.next();
        if (this.ended) return;
        if (step.done) break;
        const payload = step.value;
        if (typeof payload !== "object" || payload === null) throw new TypeError("a shared source yields objects");
        await this.dispatch(payload);
        if (this.ended) return;
        // A backlog of events would otherwise be read in one turn of the event loop, each a loop over
        // every member: the I/O between them (the status caches' refreshes, the next send) waits for all.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.ended) return;
      }
      this.close();
      for (const member of this.everyMember()) member.end(null);
    } catch (error) {
      this.close();
      for (const member of this.everyMember()) member.end(error as Error);
    }
  }

  /**
   * Offers one event to every member. The feed's check runs once per account (for the first of
   * its members with nothing pending; the others get the same answer). The members it lets
   * through now, with nothing of theirs pending, get the shared result in one synchronous loop once
   * it is executed (one await for all of them, not a promise each); the others handle the event in
   * their own order.
   */
  private async dispatch(payload: object): Promise<void> {
    // Executed once, for the first member whose check lets the event through.
    let result: ExecutionResult | Promise<ExecutionResult> | undefined;
    const resultOf: ResultOf = (member) => (result ??= this.resultFor(payload, member));
    const ready: Member[] = [];
    for (const members of this.accounts.values()) {
      // Asked again only when it is not known (the member asked had ended, or its check threw and ended it).
      let verdict: Verdict | undefined;
      const verdictOf = (member: Member) => (verdict === undefined ? (verdict = member.check()) : verdict);
      for (const member of members) if (member.admits(resultOf, verdictOf)) ready.push(member);
    }
    if (ready.length === 0) return;
    let value: ExecutionResult;
    try {
      value = await resultOf(ready[0]!);
    } catch (error) {
      for (const member of ready) member.end(error as Error);
      return;
    }
    for (const member of ready) member.deliver(value);
  }

  /** Members now. */
  get size(): number {
    let size = 0;
    for (const members of this.accounts.values()) size += members.size;
    return size;
  }

  add(member: Member): void {
    const members = this.accounts.get(member.account);
    if (members) members.add(member);
    else this.accounts.set(member.account, new Set([member]));
  }

  leave(member: Member): void {
    const members = this.accounts.get(member.account);
    members?.delete(member);
    if (members?.size === 0) this.accounts.delete(member.account);
    if (this.accounts.size === 0) this.close();
  }

  private everyMember(): Member[] {
    return [...this.accounts.values()].flatMap((members) => [...members]);
  }

  private close(): void {
    if (this.ended) return;
    this.ended = true;
    this.forget();
    void this.source.return?.();
  }
}

/**
 * One subscriber of a group, and the iterator graphql-ws reads for it: it yields only the results
 * `send` could not send, and ends with the subscriber's refusal. Its events are handled in order:
 * while a check or an execution is pending, later events wait behind it.
 */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: ((step: IteratorResult<ExecutionResult>) => void) | null = null;
  private failing: ((error: Error) => void) | null = null;
  private failure: Error | null = null;
  private ended = false;
  private tail: Promise<void> | null = null;
  /**
   * A result went to the iterator and graphql-ws has not asked for the next one since, so it may
   * not be written yet: later results follow it there rather than overtake it on the direct path
   * (a retroactive mask must never reach a reader before the message it masks).
   */
  private draining = false;

  readonly account: string;

  constructor(
    readonly args: ExecutionArgs,
    private readonly source: SharedSource,
    private readonly send: DirectSend,
    private readonly group: Group,
  ) {
    this.account = source.account;
  }

  /**
   * Offers an event: true when the check let it through now and nothing of the member's is
   * pending, so the caller delivers the shared result (`deliver`); false when the member handles it
   * itself (in order, behind what is pending), or was refused and ended. `verdictOf` is the check
   * of the member's account now (asked of one member of the account per event).
   */
  admits(resultOf: ResultOf, verdictOf: (member: Member) => Verdict | undefined): boolean {
    if (this.tail) {
      this.wait(this.tail.then(() => this.handle(resultOf)));
      return false;
    }
    if (this.ended) return false;
    const refusal = verdictOf(this);
    if (refusal === null) return true;
    if (isPromise(refusal)) this.wait(this.afterCheck(refusal, resultOf));
    else if (refusal) this.end(refusal);
    return false;
  }

  /** Later events wait behind `pending`; once nothing is pending, they are handled at once again. */
  private wait(pending: Promise<void>): void {
    const tail: Promise<void> = pending.then(() => {
      if (this.tail === tail) this.tail = null;
    });
    this.tail = tail;
  }

  /** The member's check, then the shared result, sent or queued; a promise while either is pending. */
  private handle(resultOf: ResultOf): Promise<void> | void {
    const refusal = this.check();
    if (refusal === undefined) return;
    return isPromise(refusal) ? this.afterCheck(refusal, resultOf) : this.settle(refusal, resultOf);
  }

  /**
   * The feed's check now: null to deliver, the error that ends the member, or a promise of either,
   * settled once the transport's check is known too (DirectSend.pending); undefined once ended (a
   * check that throws ends it).
   */
  check(): Verdict | undefined {
    if (this.ended) return undefined;
    let verdict: Verdict;
    try {
      verdict = this.source.refusal();
    } catch (error) {
      this.end(error as Error);
      return undefined;
    }
    if (verdict !== null && !isPromise(verdict)) return verdict;
    const pending = this.send.pending?.();
    if (!pending) return verdict;
    // A failed look-up leaves the transport's check unknown: `send` then refuses and graphql-ws's path asks again.
    return Promise.resolve(verdict).then((settled) =>
      pending.then(
        () => settled,
        () => settled,
      ),
    );
  }

  private afterCheck(refusal: Promise<Error | null>, resultOf: ResultOf): Promise<void> {
    return refusal.then(
      (settled) => this.settle(settled, resultOf),
      (error: Error) => this.end(error),
    );
  }

  private settle(refusal: Error | null, resultOf: ResultOf): Promise<void> | void {
    if (this.ended) return;
    if (refusal) return this.end(refusal);
    let result: ExecutionResult | Promise<ExecutionResult>;
    try {
      result = resultOf(this);
    } catch (error) {
      return this.end(error as Error);
    }
    if (isPromise(result))
      return result.then(
        (value) => this.deliver(value),
        (error: Error) => this.end(error),
      );
    this.deliver(result);
  }

  /** Sends `result` directly, or queues it for the iterator (behind what is queued there already). */
  deliver(result: ExecutionResult): void {
    if (this.ended) return;
    if (!this.draining) {
      // A send that throws (a broken socket) ends this member alone: thrown from the group's loop it
      // would end every account's member, and from a member's pending chain it would go unhandled.
      let sent: boolean;
      try {
        sent = this.send(result);
      } catch (error) {
        return this.end(error as Error);
      }
      if (sent) return;
    }
    this.draining = true;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = this.failing = null;
      wake({ done: false, value: result });
    } else this.queue.push(result);
  }

  /** Leaves the group; with an error, the iterator throws it (after what is queued). */
  end(error: Error | null): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    this.group.leave(this);
    this.source.leave();
    if (this.waiting && error) {
      this.failure = null;
      this.failing!(error);
    } else this.waiting?.({ done: true, value: undefined });
    this.waiting = this.failing = null;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ done: false, value: queued });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    // Asked again with nothing queued: graphql-ws has written everything it was given.
    this.draining = false;
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failing = reject;
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.end(null);
    this.queue.length = 0;
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.end(null);
    throw error;
  }
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === "function";
}

function mapAsyncIterator<T, U>(iterable: AsyncIterable<T>, map: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const source = iterable[Symbol.asyncIterator]();
  const done = { done: true, value: undefined } as const;
  const mapped: AsyncIterableIterator<U> = {
    [Symbol.asyncIterator]: () => mapped,
    async next() {
      const result = await source.next();
      return result.done ? done : { done: false, value: await map(result.value) };
    },
    async return() {
      await source.return?.();
      return done;
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
  };
  return mapped;
}
