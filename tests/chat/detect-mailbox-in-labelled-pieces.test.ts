// Issue 13, round 17: a mailbox dictated in labelled pieces over consecutive messages ("first part"
// / "second part", "before the @" / "after the @", "user:" / "domain:") is one EMAIL even when the
// mailbox is a plain word: both pieces are hidden. Two steps of a job told in parts, and labels
// without a provider or a domain, stay innocent.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides } from "./detector-helpers.ts";

describe("a mailbox dictated in labelled pieces", () => {
  it.each([
    [
      ["first bit is wrenchwendy", "second bit is outlook"],
      ["wrenchwendy", "outlook"],
    ],
    [
      ["before the @ it's brakeguy", "after the @ is yahoo"],
      ["brakeguy", "yahoo"],
    ],
    [
      ["part 1 = sally.revs", "part 2 = hotmail dot com"],
      ["sally.revs", "hotmail"],
    ],
    [
      ["username: oilslick", "domain: tuners.example"],
      ["oilslick", "tuners.example"],
    ],
  ])("%j hides every piece", (messages, secrets) => {
    expect(burstHides(messages, secrets)).toBe(true);
  });

  it.each([[["first part of the job is the pads", "second part is the discs"]], [["user: me", "domain knowledge: none lol"]], [["the first bit was easy", "the last bit is the gearbox"]]])(
    "%j stays innocent",
    (messages) => {
      expect(burstFlagged(messages)).toBe(false);
    },
  );
});
