import { describe, expect, it } from "vitest";
import { perTurnLoader } from "./loader.ts";

describe("perTurnLoader", () => {
  it("answers the loads of one turn with one call, each key once, unknown keys as null", async () => {
    const calls: string[][] = [];
    const batch = perTurnLoader<number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.filter((key) => key !== "z").map((key) => [key, key.charCodeAt(0)]));
    });
    const loads = await Promise.all(["a", "b", "a", "z"].map((key) => batch.load(key)));
    expect(loads).toEqual([97, 98, 97, null]);
    expect(calls).toEqual([["a", "b", "z"]]);
  });

  it("takes into the batch a load made after an await in the same turn (a nested field's)", async () => {
    const calls: string[][] = [];
    const batch = perTurnLoader<string>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.map((key) => [key, key]));
    });
    const nested = async () => {
      await Promise.resolve();
      await Promise.resolve();
      return batch.load("b");
    };
    expect(await Promise.all([batch.load("a"), nested()])).toEqual(["a", "b"]);
    expect(calls).toEqual([["a", "b"]]);
  });

  it("reads afresh in a later turn: nothing is kept past its batch", async () => {
    let version = 0;
    const batch = perTurnLoader<number>(async (keys) => new Map(keys.map((key) => [key, ++version])));
    expect(await batch.load("a")).toBe(1);
    expect(await batch.load("a")).toBe(2);
  });

  it("rejects every load of a batch whose read failed, and the next batch starts clean", async () => {
    let fail = true;
    const batch = perTurnLoader<string>(async (keys) => {
      if (fail) throw new Error("database down");
      return new Map(keys.map((key) => [key, key]));
    });
    await expect(Promise.all([batch.load("a"), batch.load("b")])).rejects.toThrow("database down");
    fail = false;
    expect(await batch.load("a")).toBe("a");
  });
});
