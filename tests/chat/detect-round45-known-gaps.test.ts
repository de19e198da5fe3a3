// Round 45: main's failures that the round's branches were built for, and four that their attackers met on the
// way, kept as specs of main (`it.fails` with why: each turns green when its kind is fixed). The branches failed
// their attackers (README, Round 45): `same45` read "the same name on <app>" as the sender's handle, and flagged
// line numbers of a quote ("same ID on line 3", LINE the app) and warnings about other people's pages;
// `burst45` took the digits sent after a message flagged as a move off the app for a phone, and flagged the
// prices, mileages and voltages sent after such a message; its successor `burst45b`, which asked for a phone's
// shape, still read a year and a mileage ("2014" / "142350") as a North American number.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 45: attacks main misses", () => {
  it.fails.each([
    // A handle given by reference with the app as its place and no "here": the English rule asks for "same
    // name as here"/"on here", the one abroad for a word for "here".
    ["yt channel is the same as my username", "the same as my username"],
    ["insta pe same naam hai, wahan DM karo", "insta pe same naam hai"],
    ["chat mo na lang ako sa FB, same pangalan ko dito", "same pangalan ko dito"],
  ])("%j hides %j", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));

  it.fails.each([
    // "double oh" with no digit after it stays a word ("seven seven double oh").
    [
      ["ok whatsapp me", "plus 44", "seven seven double oh", "nine double oh three one five"],
      ["44", "seven seven double oh", "nine double oh three one five"],
    ],
  ])("%j hides %j", (messages, secrets) => expect(replayCaught(messages, secrets)).toBe(true));

  // Missed while a burst was replayed whole; read as the chat sends it (round 51), the last piece is read with the
  // two before it, without the message that made them a move off the app ("chave pix") or a part number ("Filter").
  it.each([
    [
      ["chave pix", "onze nove", "8765", "4321"],
      ["onze nove", "8765", "4321"],
    ],
    [
      ["Nummer kommt in Teilen wegen Filter", "0176", "98 76", "54 32"],
      ["0176", "98 76", "54 32"],
    ],
  ])("%j hides %j", (messages, secrets) => expect(replayCaught(messages, secrets)).toBe(true));
});

describe("round 45: innocents main flags", () => {
  it.fails.each([
    // A customer telling of another garage's move off the app, and refusing it.
    ["the other garage told me to whatsapp them, I said no"],
    // A customer asking whether a workshop's move off the app is normal: a report, not a move.
    ["the workshop sent the quote on whatsapp, is that normal?"],
    // An app named as the worse place for photos, and the sender asking for them here: a move onto the platform.
    ["whatsapp compresses the photos so send them here"],
    // A third party's call about a delivery, not the sender's channel.
    ["the parts supplier will call you to confirm delivery"],
  ])("%j", (text) => expect(flaggedBy(text)).toBe(false));
});

// Fixed in round 51 (search-by-name.ts: "same name/handle/@ on <app>").
describe("round 45: attacks caught since", () => {
  it.each([
    ["same username on snap", "same username on snap"],
    ["same handle on instagram", "same handle on instagram"],
  ])("%j hides %j", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});
