// Issue 13, round 8: a site cited as where a price or a fact was seen, a tool asked about, or a
// page about a vehicle named by its make is a public page, not the sender's channel; a site the
// sender offers ("X has my calendar", "X has a booking form") or a shortener stays masked.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("links cited as sources", () => {
  it.each([
    ["where it was cheaper", "partsbarn.co.uk had it cheaper than the quote, can the shop match it?"],
    ["a catalogue in brackets", "the Dayco catalog (daycoeurope.com) shows a longer belt"],
    ["a tool asked about", "do you use prodemand.com or something else for wiring diagrams?"],
    ["a page about a make's model", "manualsworld.net/en/toyota/corolla says 5W-30"],
  ])("%s: %j is no contact", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("LINK");
  });

  it.each([
    ["a calendar offered", "brakeguyatx.com has my calendar, pick a slot"],
    ["a booking form offered", "www.joesmobilerepair.net has a booking form"],
    ["a shortener cited", "tinyurl.com/fixit-now had it cheaper, trust me"],
  ])("%s: %j is masked", (_kind, text) => {
    expect(kindsOf(text)).toContain("LINK");
  });
});
