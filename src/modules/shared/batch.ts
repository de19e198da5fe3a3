/**
 * Loads values by key in batches, so a field resolved for every row of a list costs one statement,
 * not one per row: every `load` made in one turn of the event loop (the rows of a page resolving
 * the field side by side, and a nested field under each) is answered by one call of `loadMany`,
 * run on the next turn (setImmediate), as ReadRecorder batches an operation's audited reads.
 *
 * Nothing is kept past its batch: a later turn reads afresh, so a value read when asked (an
 * account's standing) is never a stale copy. A key `loadMany` does not answer loads as null.
 */
export class Batch<V> {
  private current: { keys: Set<string>; loaded: Promise<ReadonlyMap<string, V>> } | null = null;

  constructor(private readonly loadMany: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>) {}

  load(key: string): Promise<V | null> {
    let batch = this.current;
    if (!batch) {
      const keys = new Set<string>();
      const loaded = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        // Loads from here on start the next batch.
        if (this.current?.keys === keys) this.current = null;
        return this.loadMany([...keys]);
      });
      batch = this.current = { keys, loaded };
    }
    batch.keys.add(key);
    return batch.loaded.then((values) => values.get(key) ?? null);
  }
}
