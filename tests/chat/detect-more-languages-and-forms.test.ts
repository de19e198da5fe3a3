// Specification: requests and deals in Polish, Tagalog and more Hinglish; a circled "a" for "@";
// the UK's drama mobile range; units said before a street (issue 13, round 10).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("requests and deals in Polish, Tagalog and Hinglish", () => {
  it.each([
    ["Polish, a channel asked for", "a masz telegrama? tak będzie prościej", "OFF_PLATFORM_REQUEST"],
    ["Polish, give me your phone", "daj mi swój telefon prosze", "OFF_PLATFORM_REQUEST"],
    ["Polish, cash outside the app", "zapłacę gotówką poza aplikacją, dobrze?", "OFF_PLATFORM_DEAL"],
    ["Tagalog, add me on a platform", "pa-add mo ako sa messenger boss", "OFF_PLATFORM_REQUEST"],
    ["Tagalog, your number", "ano number mo para ma-text kita", "OFF_PLATFORM_REQUEST"],
    ["Hinglish, what is your number", "bhai apka number kya hai", "OFF_PLATFORM_REQUEST"],
    ["Hinglish, talk on a call", "call pe baat karte hain", "OFF_PLATFORM_REQUEST"],
    ["Hinglish, don't book in the app", "app pe booking mat karo, seedha payment kar dena", "OFF_PLATFORM_DEAL"],
  ])("%s: %j", (_kind, text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    ["Polish, a part's number asked for", "podaj numer części to sprawdzę"],
    ["Polish, a number the other side has", "masz numer VIN?"],
    ["Tagalog, text me when it is done", "text mo ako pag tapos na"],
    ["Polish, call me when it is done", "zadzwoń do mnie kiedy skończysz"],
  ])("%s stays innocent: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("written forms", () => {
  it("a lone circled a is an @", () => {
    const text = "mail me: sam.k88ⓐoutlook.com";
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, "sam.k88ⓐoutlook.com")).toBe(true);
  });

  it("a word in circled letters is letters", () => {
    expect(kindsOf("ⓒⓐⓡ is ready")).toEqual([]);
  });

  it("a UK drama-range mobile typed whole is a PHONE even near a thing's word", () => {
    expect(kindsOf("order went through, anyway 07700900412 if needed")).toContain("PHONE");
  });

  it("a block and lot said before the street are part of the address", () => {
    const text = "nasa Blk 4 Lot 12 Sampaguita St., Quezon City ako";
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, "Blk 4 Lot 12 Sampaguita St")).toBe(true);
  });
});

describe("spoken digits and named mailboxes", () => {
  it("an 'oh' before a doubled digit is a zero of the number", () => {
    const text = "number's 303... 555... oh double two seven";
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, "oh double two seven")).toBe(true);
  });

  it("the name in a mailbox named by its provider is hidden with it", () => {
    const text = "find me on hotmail as dave_r_1982";
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, "dave_r_1982")).toBe(true);
  });
});
