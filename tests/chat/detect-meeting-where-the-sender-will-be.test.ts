// Issue 13, round 19: a meeting at a public place where the sender says they will be found
// ("come to the petrol pump near my society gate at 7pm, i will wait", "pull up at the servo on
// the corner, I'm there every morning"), and the reader asked round to the sender's ("pop round to
// mine", "swing back to mine"). The older meeting rules wanted "meet" or a capitalised place with a
// time. The booked workshop's own desk (its service desk too, the round-19 review), counter or bay,
// a home (the home rules' own), a visit through the booking and a refusal stay clean.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a meeting where the sender will be found", () => {
  it.each([
    ["a bus stop, waiting", "come to the bus stop outside the temple at 6, i will wait there"],
    ["a chemist, ask for me", "pop into the chemist on High St tomorrow and ask for me at the back"],
    ["a pub, you'll find me", "head down to the pub after 5, you'll find me at the pool table"],
    ["a gym, I'm there", "come by the gym at lunch, I'm there every day from 12"],
    ["a library, look out for me", "pull up outside the library around 4, look out for me in a red cap"],
    ["a footy ground", "come over to the footy ground saturday, ill be at the canteen"],
    ["round to mine", "swing back to mine after your shift and we'll have a look"],
    ["a fruit shop stall", "drop by the fruit stall at the market, ask for me, we'll sort the brakes there"],
  ])("%s: %j is an OFF_PLATFORM_DEAL", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["the workshop's desk", "come by the workshop tomorrow and ask for me at the front desk"],
    ["the workshop's bay", "pull up at the workshop bay 2, I'll be there from 8"],
    ["someone else asked for", "when you come to the reception, ask for Dave, he'll have the keys"],
    ["the counter", "come to the counter and ask for me, I'll have your invoice"],
    ["the service desk", "come by the service desk at 8 and ask for me, I'm the one doing your Corolla"],
    ["the parts desk", "swing by the parts desk when you collect, ask for me and I'll show you the old pads"],
    ["no visit asked", "I'll be there at 9 to drop the car at the workshop"],
    ["an idiom", "come to think of it, I'll be there earlier than 9"],
    ["the booked home visit", "the mechanic will come to the house tomorrow as booked, I'll be there"],
    ["a refusal", "I won't come to the pub, I'll be at the workshop all day"],
    ["a tow truck", "the tow truck will come to the car park, I'll be waiting with the keys"],
    ["the workshop's side gate", "pull up at the side gate, I'll be waiting to take the keys"],
    ["the car park round the back", "come to the car park round the back, I'll be there from 7:30"],
    ["the key drop", "swing by the key drop box, I'll be there till 5 if you want to chat"],
    ["a price like mine", "your price is close to mine, the quote came to mine last year too"],
  ])("%s: %j stays clean", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
