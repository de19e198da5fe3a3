// A spoken "at" before a site ("the recall database at rac.co.uk", "the owner page at
// mitsubishi-motors.com.au/owners") is judged by the site's whole name: the address shape ends at
// the first ending it allows ("rac.co", "mitsubishi-motors.com"), which named no public site and
// hid the path that makes it a page. A person's mailbox on a site with a longer ending stays mail.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a public page or site after a spoken 'at', its ending in two parts, stays clean", () => {
  it.each([
    "check the recall database at rac.co.uk before we book anything",
    "the MOT history checker at check-mot.service.gov.uk shows the advisories",
    "there's a recall checker at check-vehicle-recalls.service.gov.uk, put your reg in",
    "the owner's page at toyota.com.au/owners lists the service intervals",
    "the forum thread at pistonheads.co.uk/forums/thread is where I read it",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a mailbox or a personal site with a two-part ending stays hidden", () => {
  it.each([
    ["the recall database at petesautos.co.uk", "petesautos.co.uk"],
    ["email me: dave_r at outlook.com.au", "dave_r at outlook.com.au"],
    ["the guide at tyresafe.org.uk or email me at tyreguy77 at yahoo.co.uk", "tyreguy77 at yahoo.co.uk"],
    ["mail the owner page at gmail.com", "page at gmail.com"],
    ["my inbox at bigpond.com.au", "inbox at bigpond.com.au"],
    ["owner page at mitsubishi-motors.com.au, or just email dave at mitsubishi-motors.com.au", "dave at mitsubishi-motors.com.au"],
    ["the recall page at mikes-mobile-mechanic.co.uk", "mikes-mobile-mechanic.co.uk"],
    ["pete at petesmobile.com.au/contact", "petesmobile.com.au/contact"],
    ["the guide is at bradsbrakes.co.uk, say hi", "bradsbrakes.co.uk"],
    ["write to the database at jim.smith.co.nz", "jim.smith.co.nz"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
});
