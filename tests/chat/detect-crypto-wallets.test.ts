// Issue 13 (payment handles): a crypto wallet address is a way to be paid off the platform, like an
// IBAN or a UPI id, so it is an OFF_PLATFORM_DEAL and every character of it is hidden. Shapes of
// Ethereum-style ("0x" + 40 hex), Bitcoin/Litecoin bech32 and base58 addresses (Bitcoin, Litecoin,
// Dogecoin, Tron, Solana); the addresses below are made up. Hashes, part codes, long words and
// one-case ids stay innocent.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("a crypto wallet address is a payment off the platform", () => {
  it.each([
    ["send the deposit to 0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE and I'll start", "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE"],
    ["usdt erc20 only: 0x8d12a197cb00d4747a1fe03395095ce2a5cc6819", "0x8d12a197cb00d4747a1fe03395095ce2a5cc6819"],
    ["btc is fine, 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"],
    ["pay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy for the parts and skip the fee", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"],
    ["my address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ["BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4 in capitals if it's easier to read", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"],
    ["trc20 TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 cheaper than the app", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"],
    ["mi wallet de solana es 7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV", "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"],
  ])("%j is caught and the address hidden", (text, address) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(caughtBy(text, [address])).toBe(true);
  });

  it.each([
    "the firmware hash is 3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be, same as the dealer's",
    "scan tool log id 0x00000000000000000000000000000000000000ff",
    "VIN 1HGCM82633A004352 and the ECU part 8W0907115ABC",
    "Donaudampfschifffahrtsgesellschaftskapitaen is the longest word my dad knows",
    "the error string was ERRORCODETIMEOUTWAITINGFORECU2 then it rebooted",
    "the video id is 7gHk29LmNpQrStUvWxYz34AbCdEf on the manufacturer page",
    "my ledger says I paid 3 times for the same brake job",
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
