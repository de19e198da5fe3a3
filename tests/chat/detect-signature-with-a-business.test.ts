// Issue 13: a signature is still a full name when the sender's business follows it on the line
// ("Cheers, Fergus Drummond (Drummond Motors)", "Sign off: Fiona Byrne, Byrne's Garage"). Thanks
// followed by ordinary words is no signature.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a signature with a business after it", () => {
  it.each([
    ["the business in brackets", "Cheers, Tamsin Oakridge (Oakridge Auto Electrics)", "Tamsin Oakridge"],
    ["the business after a comma", "Sign off: Declan Furlong, Furlong's Tyres", "Declan Furlong"],
    ["a role in brackets", "thanks again, Ines Carvalho (Service Advisor)", "Ines Carvalho"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["cheers, see you Tuesday, the usual bay"], ["Thanks, Happy Days"], ["thanks, great work (really)"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
