import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES as configVariables } from "../../src/app/config.ts";
/** The variables .env.example lists, commented out with their default (`# NAME=value`). */
const exampleVariables = new Set([...readFileSync(".env.example", "utf8").matchAll(/^# ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!));

describe(".env.example", () => {
  it("lists every variable the configuration reads, and none it does not", () => {
    expect(configVariables.length).toBeGreaterThan(40);
    expect(configVariables.filter((name) => !exampleVariables.has(name))).toEqual([]);
    expect([...exampleVariables].filter((name) => !configVariables.includes(name))).toEqual([]);
  });
});
