// A word of a message is never looked up as an object's own member: a handle or app named
// "constructor" or "__proto__" ("my insta is constructor") made the look-alike filter read Object's
// constructor as a pattern and throw, so the message could not be checked at all (found by speed56's
// random long messages: "…col. Crédito Constructor…"). Every name Object.prototype holds, in every
// case, in frames that reach each family of rules, is detected without throwing, by the rules and by
// the application's two stages.
import { describe, expect, it } from "vitest";
import { detectContactDetails, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";
import { acrossMessages } from "./detector-helpers.ts";

const MEMBER_NAMES = Object.getOwnPropertyNames(Object.prototype).flatMap((name) => [name, name.toLowerCase(), name.toUpperCase()]);

/** Frames reaching handles, look-ups, apps, names, addresses, mail, links and phones; W is the member's name. */
const FRAMES = [
  "my insta is W",
  "@W",
  "look up W on google",
  "search W on facebook",
  "add me on W, same name",
  "my name is John W",
  "I'm at 12 W Street",
  "Calle W 12, Lima",
  "W: 555 0143",
  "email me at W at gmail dot com",
  "W@example.test",
  "www.W.de",
  "meet me at W, bring cash",
  "the car sounds like a W when braking",
];

const TRAINED = detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained");

describe("a word named like an object's own member", () => {
  it.each(FRAMES)("%j is detected without throwing, whatever member W names", (frame) => {
    for (const name of MEMBER_NAMES) {
      const text = frame.replace("W", name);
      expect(() => detectContactDetails(text), text).not.toThrow();
      expect(() => detectContactDetails(text, TRAINED), text).not.toThrow();
      expect(() => acrossMessages(["hi", text]), text).not.toThrow();
    }
  });

  it("is read as the handle it names, like any other word", () => {
    expect(detectContactDetails("my insta is constructor").kinds).toEqual(detectContactDetails("my insta is kevbrakes").kinds);
    expect(detectContactDetails("my insta is constructor").kinds).not.toEqual([]);
  });
});
