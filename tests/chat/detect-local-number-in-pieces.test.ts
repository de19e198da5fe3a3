// Issue 13, round 8: a seven-digit local number with the 555 exchange sent in pieces strung by
// connectives ("then 55" / "then 51" / "then 234"), in one message or over several, is masked;
// readings strung the same way stay, and a ten-digit number in pieces is read whole.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

/** What each message finally shows, sent one after another as the messenger does. */
const replay = (messages: string[]): string[] => replayBurst(messages).map((shown) => shown.masked);

describe("a local number in pieces", () => {
  it("is masked within one message", () => {
    expect(kindsOf("then 55 then 51 then 234")).toContain("PHONE");
    expect(hides("then 55 then 51 then 234", "51")).toBe(true);
  });

  it("is masked over consecutive messages", () => {
    expect(replay(["then 55", "then 51", "then 234"]).join(" ")).not.toMatch(/\d/);
  });

  it("leaves readings strung the same way", () => {
    expect(replay(["pads 40", "then 55 mph"])).toEqual(["pads 40", "then 55 mph"]);
    expect(kindsOf("idle 600 then 1200 then 600")).toEqual([]);
  });

  it("reads a ten-digit number in pieces whole", () => {
    expect(hides("mera number 88 00 then 123 then 456", "456")).toBe(true);
  });
});
