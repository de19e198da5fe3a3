import { createSourceEventStream, execute, getOperationAST, Kind, print, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { RequestContext as Context } from "../auth/request-context.ts";

/**
 * Names the permission class of a subscriber for a subscription root field: subscribers of the
 * same class with the same document and variables get byte-identical results, so one execution
 * per event serves them all. Null means "do not share" (execute per subscriber, graphql-js's default).
 */
export type FanoutClassifier = (rootField: string, context: Context) => string | null;

export interface SharedSubscribe {
  subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  /** Executions of the selection so far (for tests and metrics). */
  readonly executions: number;
}

/**
 * graphql-js's `subscribe`, except that the per-event execution of the selection set is shared:
 * results are memoised per event payload object (a WeakMap, so they live exactly as long as the
 * event) under (permission class, operation, variables). Both pub/sub transports hand the same
 * payload object to every local subscriber of a topic, so N subscribers of a session cost one
 * execution per class (admin, participant) instead of N.
 */
export function createSharedSubscribe(classify: FanoutClassifier): SharedSubscribe {
  const shared = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();
  let executions = 0;
  const run = (args: ExecutionArgs, payload: unknown) => {
    executions++;
    return execute({ ...args, rootValue: payload });
  };

  return {
    get executions() {
      return executions;
    },
    async subscribe(args) {
      const stream = await createSourceEventStream(args);
      if (!isAsyncIterable(stream)) return stream;
      const operation = getOperationAST(args.document, args.operationName);
      const root = operation?.selectionSet.selections[0];
      const fanoutClass = root?.kind === Kind.FIELD ? classify(root.name.value, args.contextValue as Context) : null;
      const key = fanoutClass === null ? null : [fanoutClass, args.operationName ?? "", JSON.stringify(args.variableValues ?? {}), print(args.document)].join("\u0000");

      return mapAsyncIterator(stream, (payload) => {
        if (key === null || typeof payload !== "object" || payload === null) return run(args, payload);
        let byKey = shared.get(payload);
        if (!byKey) shared.set(payload, (byKey = new Map()));
        let result = byKey.get(key);
        if (!result) byKey.set(key, (result = run(args, payload)));
        return result;
      });
    },
  };
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
