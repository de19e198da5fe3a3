// Issue 13, round 8: a number sent over consecutive messages that each end on a dash ("720-" /
// "555-" / "0147") is written to go on, so it is masked even when a thing is named before it
// ("part no", "code"); a reading with a dash and a sentence after it is not a phone.
import { describe, expect, it } from "vitest";
import { replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";

const replay = (messages: string[]): string[] => replayBurst(messages).map((shown) => shown.masked);

describe("a number carried over messages by dashes", () => {
  it.each([
    ["after a part word", ["part no 720-", "555-", "0147 ok"]],
    ["after a code word", ["drop-off code 971-", "334-", "2090 see you"]],
  ])("%s: %j is masked in every message", (_kind, messages) => {
    expect(replay(messages).join(" ")).not.toMatch(/\d{3}/);
  });

  it("leaves a reading that goes on in words", () => {
    expect(replay(["mileage 128-", "130 on the way back"])).toEqual(["mileage 128-", "130 on the way back"]);
  });
});
