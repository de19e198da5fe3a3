// A payment the sender once made to someone else, retold ("I had a bad experience paying a guy
// direct on gumtree years ago", "Last year I paid a bloke $600 in cash for a gearbox rebuild") is
// why they keep to the app, not an offer: the pay-direct rule lets it pass when the payee is a third
// person ("a guy", "the seller", "him") and neither its sentence nor the next turn it to the reader.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a payment to someone else, retold, stays clean", () => {
  it.each([
    "i had a bad experience paying a guy direct on gumtree years ago. so yeah app only for me",
    "Last year I paid a bloke $600 in cash for a gearbox rebuild and he vanished",
    "my dad paid some mechanic cash in hand for a clutch once and it slipped within a month",
    "we paid the seller direct for the car and the logbook was fake, so I'm wary now",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a story of paying someone direct turned to the reader stays flagged", () => {
  it.each([
    "i paid the last mechanic in cash, happy to do the same with you",
    "I paid a bloke $600 in cash last year, I'll pay you the same in cash",
    "paid a guy direct on gumtree years ago, so cash is fine by me",
    "paying my neighbour direct for the last job worked, send me your bank details",
    "paid him in cash last time, so bring cash",
    "paid a guy direct once, it's cheaper, no app fee",
    "paid my mate direct for the brakes, pay me direct too",
    "paid a bloke direct and it was heaps cheaper than this app",
    "paid a guy direct, worked fine, can we do the same?",
    "paying a guy direct, saved me heaps, want to do that?",
    "Last year I paid a bloke $600 in cash. Keen to do that with you?",
    "paid a bloke in cash, so let's do that again",
    "paid him direct years ago. this time pay me direct too",
  ])("%j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
