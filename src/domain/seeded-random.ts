/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence of numbers
 * in [0, 1), on every machine, so a property spec's failing case can be replayed from its seed and
 * the contact detector's training (scripts/train-contacts.ts) shuffles the same way every run.
 * Not for anything that must be unpredictable (tokens, ids): use node:crypto for those.
 *
 * @param seed a 32-bit integer (taken modulo 2^32)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from 0 to `maxInclusive`, drawn from `random` (a seededRandom). */
export function randomInt(random: () => number, maxInclusive: number): number {
  return Math.floor(random() * (maxInclusive + 1));
}
