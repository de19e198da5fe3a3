// Issue 13, false positives by kind in bursts: repair chat sent as 2-3 consecutive messages
// (readings, prices, part numbers, mileage, times, dates, public businesses, a sentence per
// message) is not flagged through detectAcrossMessages, while a detail cut between messages in the
// same shape (a number in pieces, an address cut at its dot, a handle cut in two) is still hidden.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides } from "./detector-helpers.ts";

/** [kind, messages]: innocent bursts that must pass. */
const INNOCENT: [string, string[]][] = [
  ["readings", ["fuel trim bank 1 is +14", "bank 2 is +12", "at idle"]],
  ["readings", ["coolant temp reads 92", "then climbs to 104 on the motorway"]],
  ["readings", ["battery 12.1v resting", "13.9 with engine running"]],
  ["readings", ["front left is 32", "front right 30", "rears 33"]],
  ["prices", ["the quote came to 345", "plus 60 for the coolant"]],
  ["prices", ["pads 89.99", "discs 140", "labour 120"]],
  ["prices", ["total 1,150", "can I pay half now"]],
  ["part numbers", ["part no 04465-33471", "genuine toyota"]],
  ["part numbers", ["the belt is 6PK1070", "the tensioner is 534 0093 10"]],
  ["part numbers", ["the part number is 04465", "33471 genuine"]],
  ["mileage", ["odometer 148,300", "service due at 150k"]],
  ["mileage", ["it has 212", "000 km on it"]],
  ["times", ["can you do 8:30", "or 9 tomorrow"]],
  ["times", ["i'll be there at 4", "maybe 4.30"]],
  ["dates", ["booked for the 14th", "of march"]],
  ["dates", ["tues 3/12", "at 10am works"]],
  ["public businesses", ["the halfords on Cowley Road", "had them in stock"]],
  ["public businesses", ["I got the tyres from kwik fit on Station Street", "they were cheaper"]],
  ["public businesses", ["I'm in the retail park near the Tesco", "the one by the ring road"]],
  ["sentence pairs", ["the car is at the dealer.", "They said Monday."]],
  ["sentence pairs", ["the code is P0300.", "Misfire on cyl 3."]],
  ["sentence pairs", ["thanks mate.", "See you soon."]],
  // a noun with its determiner before the dot, a sentence whose first word is a top-level domain
  // (.page, .parts, .delivery, .store, .online, .work, .net) after it: glued, each read as a link
  ["sentence pairs, a determiner before the dot", ["I checked the manual.", "Page 214 says 5w30."]],
  ["sentence pairs, a determiner before the dot", ["it's booked in the app.", "Parts are on order."]],
  ["sentence pairs, a determiner before the dot", ["I ordered from the shop.", "Delivery is tomorrow."]],
  ["sentence pairs, a determiner before the dot", ["quote's in the app.", "Store has the filter in stock."]],
  ["sentence pairs, a determiner before the dot", ["we are at the garage.", "Online booking was easy."]],
  ["sentence pairs, a determiner before the dot", ["sorry for the late reply.", "Work was mad."]],
  ["sentence pairs, a determiner before the dot", ["I'll wait for the email.", "Net result is the same"]],
  // a predicate or a time before the dot: glued, sorted.Work, Monday.Store, due.Date, accepted.Photos
  ["sentence pairs, a predicate or a time before the dot", ["sorted.", "Work starts Monday"]],
  ["sentence pairs, a predicate or a time before the dot", ["see you Monday.", "Store the wheels in the boot"]],
  ["sentence pairs, a predicate or a time before the dot", ["the mot is due.", "Date is 12 june"]],
  ["sentence pairs, a predicate or a time before the dot", ["quote accepted.", "Photos attached"]],
  ["sentence pairs, a predicate or a time before the dot", ["new tyres fitted.", "Life saver"]],
  // ... or a word that may follow a dot in a handle: glued, wheel.Could read as a handle
  ["sentence pairs, a determiner before the dot", ["looked on Facebook Marketplace for a used wheel.", "Could you fit it?"]],
  ["sentence pairs, a determiner before the dot", ["saw the fix on youtube, for an old golf.", "Would that work on mine?"]],
];

/** [kind, messages, pieces]: details cut between messages in the same shapes, still hidden. */
const SPLIT_CONTACTS: [string, string[], string[]][] = [
  ["a number in pieces", ["my cell is 303 555", "0178"], ["303 555", "0178"]],
  ["a number in pieces", ["text me on 07700", "900 123"], ["07700", "900 123"]],
  ["a link cut at its dot, a bare name before it", ["my site is wrench.", "Parts has the cheap filters"], ["wrench", "Parts"]],
  ["a link cut at its dot, a bare name before it", ["my shop is online at brakes.", "Store has the prices"], ["brakes", "Store"]],
  ["an e-mail cut at its dot, a determiner before it", ["email me, mike@the.", "Garage has my rates"], ["mike", "the", "Garage"]],
  ["an e-mail said in two messages", ["email is pete at petesauto", "works dot com"], ["petesauto", "works"]],
  ["an e-mail said in two messages", ["tony at gmail", "dot com"], ["tony"]],
  ["an e-mail cut before its @", ["reach me on mike.repairs", "@gmail.com"], ["mike.repairs", "gmail"]],
  ["a handle cut at its dot", ["ig is fix.", "My car pics are there"], ["fix", "My"]],
  // a name with a determiner, given as the name of a site or an app
  ["a handle cut at its dot, given with a determiner", ["my insta is the big.", "Mike on there"], ["big", "Mike"]],
  ["a handle cut at its dot, given with a determiner", ["I'm on tiktok as the wrench.", "Wizard for the videos"], ["wrench", "Wizard"]],
  ["a link cut at its dot, given with a determiner", ["my site is called the brake.", "Shop has all prices"], ["brake", "Shop"]],
  ["a link cut at its dot, given with a determiner", ["website: the brakes.", "Online has my prices"], ["brakes", "Online"]],
  // a name ending like a predicate, given with a sign of an address or handle, or ending in "-eed"
  ["a link cut at its dot, a participle before it", ["my site is wrenched.", "Parts has my prices"], ["wrenched", "Parts"]],
  ["a handle cut at its dot, a participle before it", ["insta is tuned.", "Garage on there"], ["tuned", "Garage"]],
  ["a link cut at its dot, a word in -eed before it", ["prices at speed.", "Shop for the rates"], ["speed", "Shop"]],
  ["a handle cut in two", ["my insta is wrench_", "wizard"], ["wrench_", "wizard"]],
  ["a handle cut in two", ["i'm on snap as big", "mike22"], ["big", "mike22"]],
];

describe("innocent bursts", () => {
  it.each(INNOCENT)("%s: %j is not flagged", (_kind, messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});

describe("details cut between messages in the same shapes", () => {
  it.each(SPLIT_CONTACTS)("%s: %j hides %j", (_kind, messages, pieces) => {
    expect(burstHides(messages, pieces)).toBe(true);
  });
});

describe("the pronoun 'one' across messages", () => {
  // The street rule read the pronoun "one" as a house number and "... heater circuit" as its
  // street, across the line the messages are joined with; "one" after a determiner is no digit
  // now (normalise.ts, pronounOne), so the reading is no address.
  it("a reading over two messages ending on 'circuit' is not flagged", () => {
    expect(burstFlagged(["the rear one shows OL", "so heater circuit is broken"])).toBe(false);
  });
});
