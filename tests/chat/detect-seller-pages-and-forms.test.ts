// Issue 13, links: a marketplace that is allowed for its listings (eBay, Amazon) still gives a
// person away through a seller's own page ("ebay.com/str/...", "/usr/...", "amazon.com/shops/..."),
// and a form host (tally.so, typeform, jotform) is a way to reach the sender whatever its path;
// "r/..." in a path is a subreddit only on reddit. Listings, searches and threads stay public.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, link]: a seller's page or a form, hidden. */
const CONTACTS: [string, string][] = [
  ["ebay.com/str/northside-diesel-bits, that's me, I ship same day", "ebay.com/str/northside-diesel-bits"],
  ["I sell the same calipers at https://www.ebay.co.uk/usr/brakeman_77 for less", "https://www.ebay.co.uk/usr/brakeman_77"],
  ["my shop on amazon.com/shops/torquetwins has the kit", "amazon.com/shops/torquetwins"],
  ["search my listings: https://www.ebay.com/sch/i.html?_ssn=vanparts_dan", "https://www.ebay.com/sch/i.html?_ssn=vanparts_dan"],
  ["fill in https://tally.so/r/3xQpLm and I'll quote you myself", "https://tally.so/r/3xQpLm"],
  ["the booking form is typeform.com/to/Ab12Cd", "typeform.com/to/Ab12Cd"],
  ["form.jotform.com/231234567890 gets you on my list", "form.jotform.com/231234567890"],
];

const INNOCENT = [
  "is this the right one? amazon.com/dp/B07XJ8C8F3",
  "same pads on ebay.com/itm/204512345678 for half",
  "https://www.ebay.com/sch/i.html?_nkw=civic+front+pads shows loads",
  "https://www.amazon.com/s?k=ngk+iridium+plugs has them cheaper",
  "someone had the same rattle: reddit.com/r/MechanicAdvice/comments/x1y2z3/rattle_at_idle",
  "the listing https://www.ebay.com/itm/Front-Brake-Pads-Set/2345678 says it fits",
];

describe("seller pages on allowed marketplaces, and form hosts", () => {
  it.each(CONTACTS)("%j hides %j", (text, link) => {
    expect(kindsOf(text)).toContain("LINK");
    expect(hides(text, link)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
