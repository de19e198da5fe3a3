import { describe, expect, it } from "vitest";
import { randomInt, seededRandom } from "./seeded-random.ts";

describe("seededRandom (mulberry32)", () => {
  it("draws mulberry32's sequence: the contact detector's training shuffles by seed 13, so its weights depend on these numbers", () => {
    const draws = (seed: number) => {
      const random = seededRandom(seed);
      return [random(), random(), random()].map((x) => x * 2 ** 32);
    };
    expect(draws(1)).toEqual([2_693_262_067, 11_749_833, 2_265_367_787]);
    expect(draws(13)).toEqual([2_432_337_258, 1_546_691_432, 303_185_372]);
  });

  it("repeats a seed's sequence, stays in [0, 1), and takes a seed modulo 2^32", () => {
    const a = seededRandom(2026);
    const b = seededRandom(2026 + 2 ** 32);
    for (let i = 0; i < 1_000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe("randomInt", () => {
  it("draws whole numbers from 0 to the maximum, both ends included", () => {
    expect(randomInt(() => 0, 10)).toBe(0);
    expect(randomInt(() => 0.999_999_999, 10)).toBe(10);
    const random = seededRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => randomInt(random, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });
});
