import DataLoader from "dataloader";

/**
 * DataLoader options for batching per turn of the event loop, keeping nothing: every `load` made
 * in one turn (the rows of a page resolving a field side by side, and a nested field under each,
 * resolved in later microtasks of the same turn) joins one batch, dispatched on the next turn
 * (setImmediate). No cache: a later turn reads afresh, so a value read when asked (an account's
 * standing) is never a stale copy, and a loader shared by requests keeps no request's answer for
 * another past its batch.
 */
export function perTurn<K, V>(): DataLoader.Options<K, V> {
  return { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) };
}

/**
 * A DataLoader by string key over `loadMany`, batched per turn (perTurn): one call of `loadMany`
 * per batch with each key once, however often it was loaded; a key `loadMany` does not answer
 * loads as null. A failed `loadMany` rejects every load of its batch; the next batch starts clean.
 */
export function perTurnLoader<V>(loadMany: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>): DataLoader<string, V | null> {
  return new DataLoader(async (keys) => {
    const values = await loadMany([...new Set(keys)]);
    return keys.map((key) => values.get(key) ?? null);
  }, perTurn());
}
