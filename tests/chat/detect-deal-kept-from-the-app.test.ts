// Issue 13: a deal kept from the platform's sight ("the app never has to know about the extra",
// "what the platform doesn't know", "keep the difference from the app") is an OFF_PLATFORM_DEAL,
// hidden with its sentence. A question about what the app needs to see, or the sender's own data
// kept private, is no deal.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a deal kept from the platform", () => {
  it.each([
    ["the app never has to know about the extra forty", "never has to know"],
    ["you know the drill, the platform doesn't need to see the labour part", "doesn't need to see"],
    ["what the app doesn't know can't hurt anyone, cash on the day", "what the app doesn't know"],
    ["keep the difference from the app and we're both happy", "keep the difference from the app"],
  ])("%j is a deal", (text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["does the app need to see my licence?"],
    ["the app doesn't need to see my licence, right?"],
    ["the app doesn't have to know your exact mileage, a rough figure is fine?"],
    ["I can't hide the warning light from the app's health check, it reads the OBD"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
