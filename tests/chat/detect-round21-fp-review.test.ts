// Round-21 review (at dcab659) of the 13 commits that excuse text the detector used to flag, read as
// an attacker and as a careful new user: f07577c (a time of day before a street suffix), 9475ddd (the
// sender's phone described as a device), 9de0753 (paying "inside" or "within" the app), 1963d49 (the
// weather and a particle after "it's"), 11151a2 (a video call to hop on, said with the platform),
// bc81de3 (a title and one name), a0911b5 (a name before the next line's field label), 7f5215e and
// 14f8a65 (a phone's shape inside a labelled code), ff15ea3 (asking whether to cancel and rebook),
// 8155a20 and 70f9bfe (a third party's offer retold and refused), 14179b9 (the next code of a list).
//
// Every sentence was written for this file (none taken from the corpus). Each asserts what the
// application's detector (detectionOptionsFor(domains, "trained"); bursts through replayBurst with
// the same options) should do: an innocent repair message is not flagged; a contact attempt is
// flagged and every letter and digit of its detail is masked. `it.fails` marks what it gets wrong
// today, with a comment saying which side is responsible:
// - "fp21 exception (commit)": the rules at 3cbceff (the round's start) caught it, the commit lets it
//   through (the rules alone miss it today, and so does the application);
// - "new false positive (commit)": the rules at 3cbceff left it clean, the commit flags it;
// - "kind not covered (commit)": an innocent of the kind the commit excuses, in another wording,
//   flagged before and still flagged (the fix covers the example, not the kind);
// - "old gap": the rules at 3cbceff were wrong too.
//
// Measured with npx tsx over these sentences (application vs rules alone vs the rules at 3cbceff,
// its src tree extracted with git archive): innocents 55, flagged by the application 16 (2 new false
// positives of a0911b5, 13 of a kind a commit excuses but in another wording, 1 old gap), the same 16
// by the rules alone (the stage adds no flag to an innocent here); attacks 95, missed by the
// application 56: 42 fp21 exceptions (f07577c 2, 9475ddd 6, 9de0753 5, 1963d49 1, 11151a2 8,
// bc81de3 1, 7f5215e 6, 14179b9 5, ff15ea3 4, 8155a20 4; a0911b5 none) and 14 old gaps. Three attacks the rules alone miss since a commit were
// caught by round 20's trained stage only: "ask for Pastor Okafor ..." and "I'm Aunty Merindah ..."
// (bc81de3) and "Father Kowalczyk ..." (an old gap of the rules); round 22's stage misses them, round 41's
// retrained stage catches "Father Kowalczyk ..." again.
//
// After the review, 061b938 reverted nine of the commits (9475ddd, 9de0753, 11151a2, 7f5215e,
// 14f8a65, 14179b9, ff15ea3, 8155a20, 70f9bfe): their "fp21 exception" attacks are plain `it` again
// (caught, as at 3cbceff) and the innocents they had excused are `it.fails` again (flagged, as at
// 3cbceff), each table marked so. f07577c, 1963d49, bc81de3 and a0911b5 stay.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("a time of day between a number and a street suffix (f07577c)", () => {
  it.each([
    "booked for 7 10am Way before work",
    "dropping it Mon 8am Way too early for me but fine",
    "pickup Fri 4:30 Street parking only near the workshop?",
    "it's ready Wed 5pm Lane closures on the M4 so allow extra time",
    "arrive Sun 10am Drive carefully, it's icy",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // kind not covered (f07577c): the hour said as "9 o'clock" is still read as a house number and "via" a street
  it.fails("leaves clean: booked Sat 9 o'clock via the app", () => {
    expect(flaggedBy("booked Sat 9 o'clock via the app")).toBe(false);
  });
  it.each<[string, string[]]>([
    ["come round 9am 14 Bay Street, I'll leave the gate open", ["14 Bay Street"]],
    ["Sat 10am I'm at 45 Wattle Drive, bring the pads", ["45 Wattle Drive"]],
    ["I'm at 14 - 9:30 - Bay Road", ["14", "Bay Road"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // fp21 exception (f07577c): a time typed between the house number and the street's name hides the address
  it.fails.each<[string, string[]]>([
    ["pick it up from 14 9am Bay Road Mosman", ["14", "Bay Road"]],
    ["pick up from 22 10am Garden Street the side gate", ["22", "Garden Street"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too
  it.fails("catches: come to 14, 9am, Bay Road Mosman", () => {
    expect(caughtBy("come to 14, 9am, Bay Road Mosman", ["14", "Bay Road"])).toBe(true);
  });
});

describe("the sender's phone described as a device (9475ddd)", () => {
  // flagged again, as at 3cbceff: 061b938 reverted the exception that had excused these
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each([
    "my mobile is really slow so the app crashes when I upload photos",
    "my phone is too old for the app update, can I still get the quote?",
    "my phone is old, the screen's cracked, can you see the photos ok?",
    "my mobile is a tiny flip phone, so no photos sorry",
    "my phone is an old oppo so photos are blurry, sorry",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // kind not covered (9475ddd): an age with a number, a battery level, a hand-me-down or a borrowed
  // device is still a number announced
  it.fails.each([
    "my phone is 6 years old so the app keeps logging me out",
    "my phone is on 2% so quick reply please",
    "my phone is a hand-me-down from my son, the app is slow on it",
    "my phone is the family ipad today, sorry for the typos",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["my phone is a samsung, zero four one two five five five zero one nine", ["zero four one two five five five zero one nine"]],
    ["my cell is ancient lol but it takes calls: oh four one two, five five five, oh one nine", ["oh four one two, five five five, oh one nine"]],
    ["my phone is old, it only does sms, text it instead of the app", []],
    ["my phone is too old to update the app, can I just ring you on it?", []],
    ["my mobile's an iphone so imessage me, same as the number on your van", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["my phone is a samsung, call it after 5", []],
    ["my phone is a samsung, ring it whenever", []],
    ["my phone is a pixel, same one as on my card, ring it after 6", []],
    ["my phone is an old nokia, it's the one on the windscreen note, buzz it", []],
    ["my phone is an android, the number's on my car's windscreen", []],
    ["my mobile is really old but still rings fine, same one I gave you last year", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too
  it.fails("catches: my phone's an old iphone and it's on the quote you printed, just ring", () => {
    expect(caughtBy("my phone's an old iphone and it's on the quote you printed, just ring", [])).toBe(true);
  });
});

describe("paying inside or within the app (9de0753)", () => {
  it.each(["can I pay within the app using afterpay?", "is it ok if I pay inside the app after the job rather than before?", "do we pay within the app when you're done or before you start?"])(
    "leaves clean: %s",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );
  it.each<[string, string[]]>([
    ["can I pay with venmo inside the app or just to your venmo @dave-mech?", ["@dave-mech"]],
    ["do I pay within the app or give the cash to you on the day?", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["should I pay within the app or bank transfer to you?", []],
    ["can I pay within the app or to your PayID?", []],
    ["should we pay within the app or e-transfer it to your email?", []],
    ["can I pay within the app or should I pay the guy in cash?", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // Regressed in round 51 (the cash questions let through as questions about the platform's rules, det51b and det51d) and
  // caught again from round 52: money handed to the reader is no question how the booked workshop takes payment (phrases.ts
  // askedHowToPayHere, deal-talk.ts MONEY_TO_THE_READER).
  it.each<[string, string[]]>([["can I pay cash within the app's booking, like hand it to you at pickup?", []]])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // Old gaps (the rules at 3cbceff were wrong too: the same branch after "in the app" since round 20), caught from round 52:
  // the money handed or transferred to the reader (MONEY_TO_THE_READER; direct-payment.ts 11, handed to the reader).
  it.each<[string, string[]]>([
    ["should I pay in the app or bank transfer to you?", []],
    ["can I pay within the app or leave it in an envelope for you?", []],
    ["do I pay inside the app or hand it over when you drop the car back?", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});

describe('the weather or a particle after "it\'s" (1963d49)', () => {
  it.each([
    "its hot tbh, the engine fan never stops",
    "its wet lol, the carpet under the passenger seat is soaked",
    "only when its freezing lol, starts fine in summer",
    "when its foggy eh the lights flicker",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // old gap: the rules at 3cbceff were wrong too ("do it outside" read as a deal outside the platform)
  it.fails("leaves clean: its sunny today, should be fine to do it outside", () => {
    expect(flaggedBy("its sunny today, should be fine to do it outside")).toBe(false);
  });
  it.each<[string, string[]]>([
    ["hey its dana whitfield", ["dana whitfield"]],
    ["its dana dry, find me on insta", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // fp21 exception (1963d49): a surname that is also a weather word ("Dry") ends the lower-case name
  it.fails("catches: its marco dry here, search me", () => {
    expect(caughtBy("its marco dry here, search me", ["marco dry"])).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too (a particle after or before the name)
  it.fails.each<[string, string[]]>([
    ["hi its dana whitfield lol", ["dana whitfield"]],
    ["this is raj malhotra haha, the hilux guy", ["raj malhotra"]],
    ["its priya raman rn on my husbands phone", ["priya raman"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});

describe("a video call to hop on, said with the platform (11151a2)", () => {
  // flagged again, as at 3cbceff: 061b938 reverted the exception that had excused these
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each([
    "can we hop on a video call in the app tomorrow so you can see the leak",
    "I can get on a video call here after 6 if that helps you diagnose it",
    "happy to jump on a quick video call through the app at lunch",
    "could we jump on a video call on here? the rattle's easier to show",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(["can you get on a video call in the app, my husband wants to hear the quote"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["rather than here, hop on a video call with me later, I'll send the link", []],
    ["forget the app, jump on a quick video call tonight, I'll ring you", []],
    ["app video lags, get on a video call with me on signal", []],
    ["not in here, hop on a quick video call on messenger", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["the app's calls keep dropping, let's hop on a video call on my end instead", []],
    ["the in app one is laggy, jump on a video call on duo with me", []],
    ["the app froze again, let's get on a video call somewhere else, you've got my details", []],
    ["here is not great for video, jump on a video call with my work account instead", []],
    ["the app's too glitchy, jump on a video call on my laptop later", []],
    ["here's fine but hop on a video call on my other phone, easier", []],
    ["app video drops out, hop on a video call on the link I'll text", []],
    ["the app won't do group calls, get on a video call with me and my wife on the other thing", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});

describe("a title and one name (bc81de3)", () => {
  it.each([
    "Father Brennan from St Mary's asked me to get the bus serviced",
    "Coach Davies needs the minibus back by Friday for the away game",
    "Prof Tanaka's car is the silver Lexus, he'll drop it at 8",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["search facebook for Pastor Abernathy-Quist, that's me", ["Abernathy-Quist"]],
    ["find me on facebook: Coach Vandersloot, the only one in Perth", ["Vandersloot"]],
    ["this is Rev Dana Whitfield, look me up", ["Dana Whitfield"]],
    ["my surname's Okonkwo, find me on facebook as Mrs Okonkwo-Bright", ["Okonkwo-Bright"]],
    ["Father Kowalczyk at St Joseph's Newtown passes messages to me, ring the parish", ["Kowalczyk"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // The rules alone miss these (since bc81de3); round 20's stage caught them, round 22's retrained
  // stage does not (it gained 6 kept-aside entries for 1 false positive), nor round 41's: a title
  // and one name with a place to find the sender, a gap for the rules.
  it.fails.each<[string, string[]]>([
    ["ask for Pastor Okafor at St Luke's, he'll pass on my number", ["Okafor"]],
    ["I'm Aunty Merindah at the Redfern community centre, drop by and we'll sort it", ["Merindah"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught since round 43's refit
  it("catches: this is Pastor Oyelaran, the church on Canley Vale Rd, come by Sunday", () => {
    expect(caughtBy("this is Pastor Oyelaran, the church on Canley Vale Rd, come by Sunday", ["Oyelaran"])).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too
  it.fails("catches: the name is Uncle Vukovic, everyone in Liverpool knows the shop", () => {
    expect(caughtBy("the name is Uncle Vukovic, everyone in Liverpool knows the shop", ["Vukovic"])).toBe(true);
  });
});

describe("a name before the next line's field label (a0911b5)", () => {
  it.each(["Owner name: Uncle Ray\nVehicle year and model: 2004 Falcon", "Booked by: Mrs Chen\nService type requested: logbook"])("leaves clean: %j", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // a0911b5's two new false positives (cut at the label, "Nana Pat" read as a full name): left clean
  // since grandparents count as titles
  it.each(["Your name: Grandma Jo\nWhat's the fault: brakes squeal", "Your name: Nana Pat\nWhat happened: car won't start"])("leaves clean: %j", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // kind not covered (a0911b5): the cut is made by one name rule only ("name:"), not after "my name is" or "Contact person:"
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each(["Contact person: Aunty Jo\nBest time to call: after 6 in the app"])("leaves clean: %j", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(["my name is Sam\nProblem with the car: stalls at lights"])("leaves clean: %j", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["my name is Dana\nWhitfield is my surname: search it on facebook", ["Dana", "Whitfield"]],
    ["this is Dana\nWhitfield on facebook: add me there", ["Dana", "Whitfield"]],
    ["Display name: Mike\nJordan is my surname on the old app: search that", ["Mike", "Jordan"]],
    ["Name: Dana\nWhitfield Dana: look that up on insta", ["Dana", "Whitfield"]],
  ])("catches: %j", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too (the surname read as a business's name)
  it.fails("catches: I'm Priya / Raman Motors on google: that's my other business", () => {
    expect(caughtBy("I'm Priya\nRaman Motors on google: that's my other business", ["Priya", "Raman"])).toBe(true);
  });
});

describe("a phone's shape inside a labelled code (7f5215e, 14f8a65)", () => {
  it("leaves clean: the injector code is 0445 110 555 0188 on the side", () => {
    expect(flaggedBy("the injector code is 0445 110 555 0188 on the side")).toBe(false);
  });
  // flagged again, as at 3cbceff: 061b938 reverted the exception that had excused these
  it.fails.each(["the sensor part is 0261 230 555 0147 genuine Bosch", "gearbox code 095 321 555 0147 from the ID plate"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it("catches: model 4471 +61 412 555 019", () => {
    expect(caughtBy("model 4471 +61 412 555 019", ["+61 412 555 019"])).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["serial on the box: 100 212 555 0147 - ask for Dave after 5", ["212 555 0147"]],
    ["serial 2020 (512) 555-0147 dont share it", ["(512) 555-0147"]],
    ["serial 100 (212) 555-0147 is on the tag, don't lose it", ["(212) 555-0147"]],
    ["part no. 300 312-555-0199 stamped on it", ["312-555-0199"]],
    ["the VIN ends 1234 415 555 0100, write it down", ["415 555 0100"]],
    ["engine number 888 646 555 0123 keep that", ["646 555 0123"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too (a mobile after a padding head was never looked for)
  it.fails.each<[string, string[]]>([
    ["part no. 999 0412 555 019 - ignore the first three", ["0412 555 019"]],
    ["the serial is 000 0412 555 019, the zeros are padding", ["0412 555 019"]],
    ["engine no. 4471 0412558903 write that down", ["0412558903"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});

describe("the next code of a list (14179b9)", () => {
  it.each([
    [["old injector 0445 110 250", "new one 0445 110 251"]],
    [["pump part no. 16700-5R1-003", "the other 16700-5R1-004"]],
    [["alternator part # 104210-3010", "the reman one 104210-3011 is cheaper"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
  // kind not covered (14179b9): a word after the next code, or a label of more than three words
  it.fails.each([
    [["cat no. 123-4567-890", "alt 123-4567-891 for the LHD model"]],
    [["the old pads part no. 0986 494 524", "front 0986 494 525 rear"]],
    [["the serial is 4412 876 221", "and the second unit 4412 876 239"]],
  ])("leaves clean: %j", (messages) => {
    expect(replayFlagged(messages)).toBe(false);
  });
  it.each<[string[], string[]]>([
    [["part # 041-255-5000", "dave # 041-255-5019"], ["041-255-5019"]],
    [["stock no. 02-9555-0147", "alt 02-9555-0188"], ["02-9555-0188"]],
    [["ECU serial 0412 555 019", "me 0412 555 020"], ["0412 555 020"]],
    [["part no. 4125 550 190", "ring 4125 550 191"], ["4125 550 191"]],
    [["part # 041-255-5000", "dave 041-255-5019", "the second one, ring it after 5"], ["041-255-5019"]],
  ])("catches: %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string[], string[]]>([
    [["part # 04 1255 5000", "mine 04 1255 5019"], ["04 1255 5019"]],
    [["serial 0412-5550-19", "dave 0412-5550-20"], ["0412-5550-20"]],
    [["order no. 041 2555 019", "me 041 2555 020"], ["041 2555 020"]],
    [["tracking no. 7700 900 000", "mine 7700 900 418"], ["7700 900 418"]],
    [["model # 7700-900-418", "mine 7700-900-419"], ["7700-900-419"]],
  ])("catches: %j", (messages, secrets) => {
    expect(replayCaught(messages, secrets)).toBe(true);
  });
});

describe("asking whether to cancel and rebook (ff15ea3)", () => {
  it("leaves clean: is it ok to cancel and rebook with the other mechanic on here?", () => {
    expect(flaggedBy("is it ok to cancel and rebook with the other mechanic on here?")).toBe(false);
  });
  // flagged again, as at 3cbceff: 061b938 reverted the exception that had excused these
  it.fails.each(["do I have to cancel and rebook if I want a different day?", "will I lose the deposit if I cancel and rebook?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // kind not covered (ff15ea3): the question opened by a condition, or with "instead" for another day
  it.fails.each(["if the part is late, should we cancel and rebook for next week?", "can I cancel and rebook for Friday instead of Tuesday?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.each<[string, string[]]>([
    ["do I need to cancel and rebook with you directly?", []],
    ["can I cancel and rebook with you privately, like last time?", []],
    ["shall we cancel and rebook at your garage so the app doesn't take its cut?", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["can we cancel and rebook through your website?", []],
    ["should I cancel and rebook with your own business?", []],
    ["can we cancel and rebook on Dave's site?", []],
    ["should I cancel and rebook with your brother's shop, he said it's 50 less?", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
});

describe("a third party's offer retold and refused (8155a20, 70f9bfe)", () => {
  it("leaves clean: the tech asked if I'd pay cash, I said no and reported it", () => {
    expect(flaggedBy("the tech asked if I'd pay cash, I said no and reported it")).toBe(false);
  });
  // flagged again, as at 3cbceff: 061b938 reverted the exception that had excused these
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each(["he offered to do it at his place for cash and I turned him down, too risky", "a bloke at the servo suggested paying cash to skip the fees, I told him no"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // kind not covered (8155a20): a third party outside its list of people (a neighbour, a mate, a brother)
  it("leaves clean: my neighbour offered to do it for cash, I said no, I'd rather have the warranty", () => {
    expect(flaggedBy("my neighbour offered to do it for cash, I said no, I'd rather have the warranty")).toBe(false);
  });
  it.each<[string, string[]]>([
    ["someone offered to pay me cash to skip the app, i said no. for yourself i'd make an exception", []],
    ["he offered to do it off the app for cash, I said no. i'd do it for yourself monday evening though", []],
    ["someone offered to pay cash to skip the app, i refused. ping me privately", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // caught again: 061b938 reverted the exception that let these through
  it.each<[string, string[]]>([
    ["a guy offered to do it off the books, I said no ;) ;)", []],
    ["she offered to pay cash to skip the fees, i said no. ask me again in person", []],
    ["another garage suggested doing it off the books, I declined. if yourself is keen, monday, notes only", []],
    ["he offered to do it for cash, I said no, told him I'd rather give it to a regular like yourself", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets)).toBe(true);
  });
  // old gap: the rules at 3cbceff were wrong too
  it.fails("catches: the guy before wanted to do it off the app, I said no. message me on the thing I sent", () => {
    expect(caughtBy("the guy before wanted to do it off the app, I said no. message me on the thing I sent", [])).toBe(true);
  });
});
