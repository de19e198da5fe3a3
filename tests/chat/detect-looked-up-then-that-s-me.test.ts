// Issue 13, round 19: the sender described instead of named after a look-up, then pointed at
// ("look up the only mobile tyre guy in Bendigo, thats me", "search for the sparky with the purple
// van, that's me"): the description replaces the name, so no site need be named. "That's me done",
// "that's us sorted", a look-up for a spec or a recall, someone to find at the front desk, and a
// refusal that keeps the chat here stay clean.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a look-up, then 'that's me'", () => {
  it.each([
    ["a sparky by his van", "search for the mobile sparky with the purple van in Geelong, that's me mate"],
    ["a quoted search and its result", "google 'cheapest clutch guy westside' and the first result, that's my page"],
    ["a gumtree ad", "check on gumtree for the ute with the toolbox ad, that's us"],
    ["a marketplace listing", "look me up on facebook marketplace, the listing with the red Hilux, that's me"],
    ["that'll be me", "googling 'mobile mechanic Toowoomba' will show a bloke in a cap, that'll be me"],
    ["the only one in town", "look up the only diesel mechanic in Dubbo that does house calls - thats me"],
    ["it's our shop", "search for the tiny tyre shop behind the servo in Moe, it's our shop"],
    ["that is me", "look up whoever does cheap rego inspections in Ipswich, that is me"],
  ])("%s: %j is an OFF_PLATFORM_REQUEST", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["a spec looked up", "look up the torque spec on google, that's what I did"],
    ["that's me done", "search the VIN on the recall site, that's me done for today"],
    ["someone at the desk", "look for the guy in the blue shirt at the front desk, that's me"],
    ["a signature", "check the invoice, that's my signature at the bottom"],
    ["that's us sorted", "google the part number, that's us sorted then"],
    ["my car too", "look up the recall on the government site, it's my car too"],
    ["a purchase looked for", "i looked on trademe for a used gearbox but they were all dear"],
    ["a refusal", "we don't list on gumtree, don't look us up, it's all here on the app"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
