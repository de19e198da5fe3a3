// Phone numbers announced by a short cue or read out in ordered pieces (phone.ts: "my no." and
// "ur no" as cues, a contact verb after the number with a time instead of "me", and the pieces'
// order said in German, Spanish, French, Portuguese or Italian, or with "now" between them). The
// number is masked. Reference numbers, a "no. 1 priority", readings and pressures stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone number by a short cue or in ordered pieces", () => {
  it.each([
    ["my no., an Indian mobile", "my no. 9123406789 after 6 is best", "9123406789"],
    ["ur no, asked back", "save my no 9812345670 bhai", "9812345670"],
    ["a contact verb and a time after", "9123406789 pls ring after lunch", "9123406789"],
    ["a contact verb and only after", "07700 900456 text only", "07700 900456"],
    ["spaced pieces with now between", "4 1 5 ok now 5 5 5 ok now 0 1 2 3", "0 1 2 3"],
    ["Spanish order words", "primera parte 312, luego 555, despues 0147", "0147"],
    ["German order words", "zuerst 617, dann 555, danach 0199", "0199"],
  ])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["invoice no. 4471 is attached, ref no. 20931"],
    ["my no. 1 priority is the brakes, then the tyres"],
    ["tyre pressure 32 now, was 28 this morning"],
    ["erste Inspektion bei 15000 km, dann 30000 km"],
    ["the odometer says 145200 now and the service is due at 150000"],
    ["primera vez que veo un 2012 con 300000 km"],
    ["your no. 2 spark plug is fouled"],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
