import { describe, expect, it } from "vitest";
import { statementNames } from "./sql.ts";

describe("the names statements run under", () => {
  it("prepares a text from its third run on, always under the same name", () => {
    const nameOf = statementNames();
    expect([nameOf("SELECT 1"), nameOf("SELECT 1")]).toEqual([undefined, undefined]);
    const name = nameOf("SELECT 1");
    expect(name).toBeDefined();
    expect(nameOf("SELECT 1")).toBe(name);
    expect(nameOf("SELECT 2")).toBeUndefined();
  });

  it("gives distinct texts distinct names, and names no more than 200 texts", () => {
    const nameOf = statementNames();
    const names = Array.from({ length: 300 }, (_, i) => [1, 2, 3].map(() => nameOf(`SELECT ${i}`)).at(-1));
    expect(new Set(names.slice(0, 200)).size).toBe(200);
    expect(names.slice(200)).toEqual(Array(100).fill(undefined));
  });
});
