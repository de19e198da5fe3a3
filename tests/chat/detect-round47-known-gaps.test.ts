// Round 47: main's failures that the round's branch `det47` was built for, kept as specs of main (`it.fails`
// with why: each turns green when its kind is fixed). The branch failed both its white-box attackers (README,
// Round 47): reading "name.pl", "name.rs", "name.ai" as a site flagged Indian English and Romanian chat typed
// without a space after a full stop ("ready by 6pm.pl collect", "spune-mi.ai timp?", "4x350.ai"), and shops
// named in passing; a generic ending after a spoken dot flagged marketplaces named with a Turkish suffix
// ("trendyol nokta com'dan aldım"); a Cyrillic one flagged "точка РФ" (a point of the Russian Federation)
// wherever "сайт" stood near; "mech" as a trade word let "Jan Mech", a Polish surname, through as a display name.
import { describe, expect, it } from "vitest";
import { nameHoldsContactDetails } from "../../src/authz/content-enforce.ts";
import { contentRule } from "../../src/authz/content-policy.ts";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy } from "./detector-helpers.ts";

describe("round 47: attacks main misses", () => {
  it.fails.each([
    // A site on a country ending that is also a file extension ("pl" Perl, "rs" Rust, "ai" Illustrator) is read as a file.
    ["strona warsztatu: warsztat-nowak.pl", "warsztat-nowak.pl"],
    ["zapraszam na warsztatnowak.pl", "warsztatnowak.pl"],
    // A site said with another language's dot closes only on that language's own country ending.
    ["sitemiz ustaoto nokta com", "ustaoto nokta com"],
    ["strona: warsztat-nowak kropka com", "warsztat-nowak kropka com"],
    ["web sitemiz ustaoto nokta com nokta tr", "ustaoto nokta com nokta tr"],
    // A site said in Russian or Ukrainian with a Cyrillic ending: normalising leaves no Latin ending to read.
    ["мой сайт карменавто точка рф", "карменавто точка рф"],
    ["наш сайт мастер-авто крапка укр", "мастер-авто крапка укр"],
  ])("%j hides %j", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 47: display names main refuses", () => {
  // "Mech", the trade's word for a mechanic, is read as a surname: these were refused at sign-up.
  it.fails.each([["Temp Mech"], ["Pro Mech"]])("accepts %j", (value) => {
    expect(nameHoldsContactDetails(contentRule("SignUpInput.displayName")!, value, DEFAULT_DETECTION_OPTIONS)).toBe(false);
  });
});
