// Issue 13, "a youtube link to a repair video" must stay innocent: a link is a contact detail when
// it points at a person or business (a personal domain, a booking page, a profile), not when it is
// a public page on a public body's, reference or carmaker's host, or has the path of a video, wiki
// article, recall page or forum thread. Decided by the class of host and path, not by a page list.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("links to public pages", () => {
  it("'on' before a site says where something was read, not an e-mail address", () => {
    expect(kindsOf("the owner reviews on carsguide.com.au are mixed")).not.toContain("EMAIL");
  });

  it.each([
    ["a government page in another country's form", "the recall list on transport.gov.au/vehicle-recalls mentions my model"],
    ["a bare government domain", "i renewed the rego on service.nsw.gov.au yesterday"],
    ["an encyclopaedia article", "this explains it: https://de.wikipedia.org/wiki/Zahnriemen"],
    ["a subreddit thread", "someone had the same rattle: reddit.com/r/Cartalk/comments/abc123/rattle_at_idle"],
    ["a valuation site", "edmunds.com says the trade-in is about 4k"],
    ["a carmaker under a country code", "toyota.co.uk/owners lists the service intervals"],
    ["a forum thread on any host", "found a fix at bimmerfest.com/threads/n52-vanos-rattle.123456"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a personal domain", "all my prices are on wrenchwithmarco.com", "wrenchwithmarco.com"],
    ["a booking page", "grab a slot at marcofixes.net/book", "marcofixes.net/book"],
    ["a user's page on a forum host", "reddit.com/u/marco_wrench is me, dm there", "reddit.com/u/marco_wrench"],
    ["their own article, called theirs", "read my write-up at marcofixes.net/articles/brakes and call me", "marcofixes.net/articles/brakes"],
    ["an address said with 'at'", "write to marco at marcofixes dot net", "marco at marcofixes dot net"],
  ])("%s: %j hides the link", (_kind, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
});
