// Issue 13, round 20 (fp20): a car key's codes. An immobiliser's or a transponder's number ("my
// immobiliser key id is 9876 5432 10, the locksmith asked for it") is that part's identifier, not a
// phone (phone.ts NOT_A_PHONE_WORDS), and "crypto" said of a key's chip ("transponder ID 46 CRYPTO
// 0x 7700 9004", "it's a Texas Crypto 4D key") is a cryptographic transponder, not a payment
// (phrases.ts keyCryptoChip). Still caught: a phone cue nearer the number, a phone after an
// immobiliser remark, and crypto with a payment word in its sentence. The sentences are written for
// this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a car key's codes", () => {
  it.each([
    ["my immobiliser key id is 9876 5432 10, the locksmith asked for it"],
    ["transponder ID 46 CRYPTO 0x 7700 9004"],
    ["the immobilizer code on the card is 4471 2209 13"],
    ["it's a Texas Crypto 4D chip in the key, can you clone it?"],
    ["transponder number 0412 5558 73 per the key cutter"],
    ["the spare key has a crypto transponder, the blank is a HU66"],
    ["immobiliser pin card says 2210 4456 78"],
    ["megamos crypto ID48 chip, the dealer wants 300 to code it"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["immobiliser's fine now, call me on 0412 555 873", "0412 555 873"],
    ["my immobiliser key id is 9876 5432 10 lol jk that's my cell, text me", "9876 5432 10"],
    ["the transponder is sorted, text 212 555 0147 when it's ready", "212 555 0147"],
    ["key id 503 555 0142 call it", "503 555 0142"],
  ])("%j hides %j", (text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["for the key I'll pay you in crypto, send me your wallet"],
    ["crypto works for the transponder job, 0.002 btc"],
    ["I can pay crypto for the new key, cheaper for both of us"],
    ["pay me in crypto for the immobiliser job, skip the app"],
  ])("%j is still caught", (text) => {
    expect(kindsOf(text)).not.toEqual([]);
  });
});
