// Issue 13 round 6, links by the class of page rather than by a list of sites: a page of content
// (a guide, a catalogue or product page, a manual, a photo, a site quoted as the source of what was
// read) stays readable on any host; a page to book, pay, advertise or reach someone is a contact
// detail, and so is a link however it is written (spoken, defanged, fullwidth, reserved domain).
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("links to content pages stay readable", () => {
  it.each([
    ["a guide with an id", "I used this one https://www.fixguides.org/Guide/Honda+Civic+Rotor+Swap/4471"],
    ["a catalogue page", "the wiper sizes are at https://www.partsplanet.co.uk/car-parts/wipers/front-wiper-blades"],
    ["a product page file", "same sensor cheaper here shopworld.com/item/887766554433.html"],
    ["a photo", "this is the leak: https://img.photohost.net/Xy7Qa2.png"],
    ["a site quoted as a source", "I read on lemonreports.com that the 2014 has it too"],
    ["a site that says something", "valuecars.com says it's worth about 5k"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a booking page, deep or not", "pick a time: booking.slotsy.com/book/Ravi-Mobile-Mechanic/77ab", "booking.slotsy.com/book/Ravi-Mobile-Mechanic/77ab"],
    ["a classified ad", "my listing: denver.craigslist.org/aos/d/mobile-brake-service/7790011223.html", "denver.craigslist.org/aos/d/mobile-brake-service/7790011223.html"],
    ["a content-shaped page on the sender's own site", "see my site rayswrench.com/services/brake-pads", "rayswrench.com/services/brake-pads"],
    ["a spoken address with a spoken slash", "go to www dot rays dot auto slash quote", "www dot rays dot auto slash quote"],
    ["a spoken social link", "tiktok dot com slash rays_garage_ok", "tiktok dot com slash rays_garage_ok"],
    ["a defanged link", "hxxps://rays-garage[.]de/termin", "rays-garage[.]de/termin"],
    ["a fullwidth reserved domain", "ｒａｙｓｇａｒａｇｅ．ｔｅｓｔ", "ｒａｙｓｇａｒａｇｅ．ｔｅｓｔ"],
  ])("%s: %j hides the link", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("LINK");
    expect(hides(text, secret)).toBe(true);
  });
});
