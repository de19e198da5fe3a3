// Look-ups in the shapes fast chat gives them (phrases.ts, GOOGLE_TYPO, ADDRESSED_SEARCH,
// SITE_POINTS_AT_HANDLE, SITE_THEN_NAME): Google misspelt, a look-up told to "us"/"me" with the name
// in the next breath, a site pointing at a lower-case handle, and a site opening the sentence before
// a name and what to do there. The name is masked. Searches of one's own, goggles, videos to watch
// and a site named without a name stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a look-up in fast chat", () => {
  it.each([
    ["google with a letter swapped", "googel 'Brindle Road Autos' we're the top hit", "Brindle Road Autos"],
    ["google with a letter dropped, then maps", 'gogle maps "Pembury Tyre & Exhaust", open till 6', "Pembury Tyre & Exhaust"],
    ["google with an extra o", 'gooogle "Ashgrove Van Repairs" and ring the shop', "Ashgrove Van Repairs"],
    ["a site used as a verb, to us", "yelp us!! Corran Street Garage. you won't regret it", "Corran Street Garage"],
    ["a site used as a verb, to me", "facebook me - Winton Mobile Mechanics", "Winton Mobile Mechanics"],
    ["look us up, the name as its own sentence, the site after", "look us up. Deakin Brake & Clutch. google it. ring us", "Deakin Brake & Clutch"],
    ["our own page, a quoted name", 'we have a youtube channel too! "Fettle & Spanner Workshop" - message us there', "Fettle & Spanner Workshop"],
    ["a site pointing at a coined handle", "instagram -> fixitfelixauto, dm me for the price", "fixitfelixauto"],
    ["a site pointing at a handle with a digit", "tiktok: wrenchwendy88 i post every job", "wrenchwendy88"],
    ["a site, a person's name, what to do", "linkedin, Marcus Oyelaran, fleet manager in leeds, add me there", "Marcus Oyelaran"],
  ])("%s: %j hides the name", (_form, text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["look me up! Tuesday works for the brake job"],
    ["I googled it. Toyota says the recall covers your year"],
    ["google: brake noise when turning, it's usually the CV joint"],
    ["yelp reviews were mixed. Big Lou's Garage did my exhaust last year"],
    ["we have a youtube playlist of the fault codes, watch the first one"],
    ["facebook, instagram, all the apps are full of scams these days"],
    ["I watched a video on tiktok -> chrisfix showed the same thing"],
    ["look us up. We open at 8 on Monday"],
    ["linkedin, Facebook, whatever, I don't use any of them"],
    ["I saw the shop on google. Great reviews. Thanks for the quote"],
    ["can you look me up. I booked under my partner's account"],
    ["my goggle broke while grinding the rotor, wear eye protection"],
    ["google -> maps -> directions, the app will route you to the workshop"],
    ["googel says the P0171 code is a lean mixture"],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
