// Round-19 review: an attacker's and a new user's 305 sentences against every rule round 19 added
// (one describe per commit, both ways: contact smuggled through an exception must stay flagged with
// its detail hidden; repair chat near a new grammar must stay clean). Of the 32 sentences the merged
// rules got wrong that round 18's got right, most came from six commits, which were reverted
// (marked "(reverted)": the app named by its logo, a look-up then "that's me", "or is it all through
// here?", BP/PMB after a label, rural delivery, handle shorthand); the meeting rule was mended (a
// service or parts desk is the workshop's own). Kept on purpose, as it.fails: the 555 exchange with
// the line in words is a phone whatever follows it, as the typed 555-0199 is (fiction-range
// numbers are never part numbers), and a path on a public site after a spoken "at" is judged as a
// link, not as a mailbox. The other it.fails are older gaps the review found.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("7ff64f6 postcode letters: smuggled contact stays flagged", () => {
  it.each([
    ["drop the keys at my place, BT7 1NN, after 6", "BT7 1NN"],
    ["im at GY1 1AA, swing by saturday", "GY1 1AA"],
    ["pick up from JE2 3AB tomorrow, cash", "JE2 3AB"],
    ["the house is IM1 1AA, come round at 5", "IM1 1AA"],
    ["my eircode is D02 X285, come to the house", "D02 X285"],
    ["come to HS1 2AA and ill pay you direct", "HS1 2AA"],
    ["battery NS60LS is in the boot, the house is LS6 2AB, come by at 7", "LS6 2AB"],
    ["we're at ZE1 0AA, just come over", "ZE1 0AA"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("ef027b2 spoken at: smuggled contact stays flagged", () => {
  it.each([
    ["email me at jake.mech@bigpond.com.au", "jake.mech@bigpond.com.au"],
    ["my site at jakesautos.co.nz has my number", "jakesautos.co.nz"],
    ["reach me at tommech at gmail.co.uk", "tommech"],
    ["check my page at rac.co.uk.jakesfix.com", "jakesfix"],
    ["write to me at sales@jakesmotors.com.au for a better price", "sales@jakesmotors.com.au"],
    ["find me at dave-mobile-mech.net.au, book direct there", "dave-mobile-mech"],
    ["im at jakeyb at outlook dot com dot au", "jakeyb"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["the recall database at rac.co.uk/jakesfix is mine, message me there", "jakesfix"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("08b7d27 trip leg: smuggled contact stays flagged", () => {
  it.each([
    ["Was driving from Ballarat to Melbourne, the BP at Bacchus Marsh is where we swap the car Saturday, cash", ""],
    ["coming back from Geelong on the highway Saturday, meet me at the Bunnings carpark on Elm St", ""],
    ["I was driving from Ballarat to the Maccas on Sturt St, same spot tomorrow 7am for the handover, bring cash", ""],
    ["heading from work to the Shell on King St at 6, bring the $300 cash and the car", ""],
    ["drove from the city to the Kmart carpark on Main Rd last week, that's where we'll do it, off the app", ""],
    ["coming back from Stellenbosch on the N2 tonight, wait for me at the Engen garage at exit 41", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["I was driving from Ballarat to Melbourne, stop at 14 Elm St Bacchus Marsh, thats my place", "14 Elm St"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("389ba6b past payment: smuggled contact stays flagged", () => {
  it.each([
    ["Last year I paid a bloke $600 in cash for a gearbox rebuild, bring me the same in an envelope", ""],
    ["I had a guy pay his mechanic direct on gumtree, we could do that too", ""],
    ["my last customer paid a bloke through PayID and skipped the fee, send it to 0412 345 678", "0412 345 678"],
    ["Last year I paid a guy in cash for the clutch, worked out cheaper, happy to do it that way", ""],
    ["i once paid a guy direct by bank transfer, BSB 062-000 acc 12345678 is mine", "12345678"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([
    ["Last year a customer paid my brother cash for this job, bring $400 in notes on Saturday", ""],
    ["my neighbour paid the mechanic cash and saved 15%, do it like him", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("cb8ad3b page became: smuggled contact stays flagged", () => {
  it.each([
    ["the facebook page got renamed, it's now @jakes_mech_au", "jakes_mech_au"],
    ["the facebook page changed to Jake Mobile Mechanics Ballarat, message me there", ""],
    ["the old page disappeared, new insta is dave.fixes.cars", "dave.fixes.cars"],
    ["his facebook page got deleted so he made jake_fixes_2 on ig, thats me", "jake_fixes_2"],
    ["the tiktok page went private, ask to follow @brake_dad99", "brake_dad99"],
    ["the fb page got banned, search kev_the_mech on insta", "kev_the_mech"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["the insta page moved to jakeytunes88 lol", "jakeytunes88"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("22e165a remove own number: smuggled contact stays flagged", () => {
  it.each([
    ["I'll remove my number from the listing soon, it's 0412 345 678 for now", "0412 345 678"],
    ["ill take my number off the ad, its oh four one two three four five six seven eight", "oh four one two"],
    ["ok ill remove my number from the description, just ring the one on my van instead", ""],
    ["I'll take my mobile number off the listing, whatsapp me before I do", ""],
    ["i'll remove my number from the description once you've got it, 0412345678", "0412345678"],
    // caught since round 33: "after 5" is a clock time, not a notice (phrases.ts's NOTIFY_TAIL)
    ["i'll take my number off the profile tmrw, you've got it already right? text me after 5", ""],
    // caught since round 52: "my number" shown on a listing is claimed by the "my" before it (number-recipes.ts's CLAIMED_BEFORE)
    ["ill take my number off the listing but save it first, same as my username", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("d35eded never ask: smuggled contact stays flagged", () => {
  it.each([
    ["we'll never ask you to pay outside the app or to share your email lol jk whats your email", ""],
    ["I'd never ask you to pay outside the app or for your whatsapp. send it over tho", ""],
    ["we'll never ask you to pay outside the app or to share your number, but honestly text me it", ""],
    ["we will never ask you to go off the platform or give your email. Anyway what's your email?", ""],
    ["we'll never ask you to pay outside the app or to share your number, just pop it below", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["we never ask for payment outside the app or your phone number, mine's the exception, send yours", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("86dea00 (reverted) BP/PMB label: smuggled contact stays flagged", () => {
  it.each([
    ["the address label reads PMB 4471, 1234 Main St Springfield IL 62701, post the keys", "4471"],
    ["model number PMB 118 Cairns QLD 4870, post the part there", "4870"],
    ["the box reads PMB 77 Lagos, mail the cheque there", "PMB 77"],
    ["serial starts BP 1204 Dakar, send the invoice to that", "1204"],
    ["my mail reads PMB 55, Austin TX 78701 - ship the pads to that", "78701"],
    ["the label starts with BP 0412 345 678, thats my mobile", "0412 345 678"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("1ba5035 trip home: smuggled contact stays flagged", () => {
  it.each([
    ["heading home now, I'm the blue house at the end of Elm St, come by at 6", ""],
    ["on the way home, 14 Elm St is me, swing by", "14 Elm St"],
    ["driving home now, we're two doors down from the Shell on King St, pull in there", ""],
    ["heading home, the place with the red gate opposite the school on Park Rd, come round after 5", ""],
    ["driving home, meet me there, 22 Baker St, bring cash", "22 Baker St"],
    ["on the way home now, the house behind the Repco on Main Rd, knock when you get there", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("6e8d9e4 my shop: smuggled contact stays flagged", () => {
  it.each([
    ["come to my shop Tuesday, skip booking it here and I'll do it cheaper", ""],
    ["pop round to our workshop at 22 Elm St Tuesday, cash", "22 Elm St"],
    ["drop it to my shop, it's behind the Shell on King St, cash only", ""],
    ["come by my shop, I'll do it for $200 cash off the app", ""],
    ["Bring it to my workshop saturday, no need to book here, I'll sort it", ""],
    ["pop round to my bay at 5 Park Rd, we can sort payment there direct", "5 Park Rd"],
    ["come to our workshop, dont book on here, pay me when you pick it up", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("2ae822a (reverted) or is it all through here: smuggled contact stays flagged", () => {
  it.each([
    ["Do you have whatsapp or is it all through here?", ""],
    ["Can I grab your mobile or is it all through here?", ""],
    ["can i pay you direct or is it all through here?", ""],
    ["can I just text you on 0412 345 678 or is it all through here?", "0412 345 678"],
    ["whats your email or is it all through here?", ""],
    ["is paypal to you ok or is it all through here?", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([
    ["Could I drop it at your house or is it all through here?", ""],
    ["got insta or is it all through here?", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("5fe854f stick to the app: smuggled contact stays flagged", () => {
  it.each([
    ["Cheers, I'll stick to the app for booking but text me on 0412 345 678 for the details", "0412 345 678"],
    ["thanks but I'll stick to the app, ill pay you cash on the day though", ""],
    ["no need, I'll stick to the app. my fb is jake.m.mech if you need", "jake.m.mech"],
    ["appreciate the offer, I'll stay with the app for now, whatsapp me later tho", ""],
    ["thanks for the offer but I'll stick to the app, whats your email for the invoice", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["thanks for the offer of your number but I'll stick to the app, actually send it anyway", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("32e03f2 handle as name edit: repair chat stays clean", () => {
  it.each([
    "the part number is same as the old one but with an A at the end",
    "the VIN is same as on the rego but with a 2 at the end",
    "the file name for the invoice is my rego plus the date",
    "my booking ref is my name plus the year, the app made it",
    "the paint code is same as my old car but with M at the end for metallic",
    "my username here is my name plus 88, can't change it sorry",
    "the new pad code is the old one plus the letters HD",
    "the wifi at the workshop is the shop name plus 123 if you're waiting",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e71522c directions to home: repair chat stays clean", () => {
  it.each([
    "the noise starts after exit 12 on the M1 and stops by junction 14",
    "I keep the car in a lockup, can't get it out till Monday",
    "we have a shed out back with a hoist, that's where we do the gearboxes",
    "my neighbour Mr Sharma had the same issue with his Corolla",
    "take exit 34 and the Repco on the left has the pads in stock",
    "the car died at junction 9 and I got towed to your workshop",
    "same street as my work there's a tyre shop, they said the rim is bent",
    "ask anyone at the dealership for the service manager, he knows the car",
    "it's parked in the barn at my parents farm, can the tow truck reach it?",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("057876e meet at public place: repair chat stays clean", () => {
  it.each([
    "come by the service desk and ask for me when you drop the car off for the booking",
    "pull up at the front of the workshop, I'm there every morning from 7",
    "when you get to the dealership ask for me at reception, the booking's under your name",
    "the petrol pump near my house was leaking fuel when I filled up, I had to wait 20 min",
    "I'll be at the workshop all day, drop it at reception and ask for Dave",
    "come to bay 3 and ask for me, the booking is in the app",
    "I waited at the servo for the tow truck for an hour, it was freezing",
    "pull up at the roller door round the side of our workshop, I'll be there at 8",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e1c0ce7 PT/ES app request: repair chat stays clean", () => {
  it.each([
    "me manda foto do motor pelo app",
    "tens a peça em estoque?",
    "tu tem o manual do carro?",
    "me da tu presupuesto por aquí en la app",
    "me manda o orçamento aqui no chat",
    "tu tem garantia no serviço?",
    "el carro hace un ruido tipo zap cuando arranca",
    "me da tu opinión sobre las pastillas de freno",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("c051256 payment fine app left out: repair chat stays clean", () => {
  it.each([
    "card on the day is fine, the app handles it",
    "paying through the app is fine, no need for cash",
    "gift cards don't work in this app, do they?",
    "apple pay is fine too inside the app",
    "any card works in the app except amex apparently",
    "the deposit is fine, I approved it in the app already",
    "cash is fine for the parking meter out front, the repair goes through the app",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("2b0bba7 (reverted) look-up that's me: repair chat stays clean", () => {
  it.each([
    "look up the only Toyota dealer in Bendigo, that's where I bought it",
    "look up the recall on the Toyota site, that's my model",
    "look up the part on Repco, that's the one I need",
    "check the review from the lady with the white Corolla, that's me",
    "look for the guy doing brake jobs for $99 on this app, thats me",
    "look up the photo of the silver Hilux in the booking, thats mine",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each(["search for Jake's Mobile Mechanics in the app, that's me"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("cbff177 (reverted) logo app: repair chat stays clean", () => {
  it.each([
    "the little bird icon on the dash is flashing",
    "tap the paper plane icon to send the photos here",
    "the bird app is full of people complaining about this gearbox",
    "the ghost icon in the car's app won't go away",
    "the paper plane button in the app doesn't send my messages",
    "my daughter is always on the ghost app instead of helping with the car lol",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("66d0dd9 coordinates: repair chat stays clean", () => {
  it.each([
    "fuel trims were 12.5, 3.2 at idle",
    "MAP sensor reading 101.3, 98.7 kPa at the pin",
    "the sat nav shows my location wrong, says I'm at 0.0 somewhere",
    "pins 14.2 and 13.8 volts where the loom meets the ecu",
    "part 8J5X+9C Bosch",
    "the coordinates on the GPS are off, it puts me two streets away",
    "camber -1.25, -1.40 front and toe 0.10, 0.15 on the alignment sheet",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("7a0846d (reverted) handle shorthand: repair chat stays clean", () => {
  it.each(["disc — brembo 320mm", "cord: frayed near the plug", "tok — 3Nm on the sensor", "dc — 12v output", "disc: ate_powerdisc, pads: ferodo", "gram: 250 of grease"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each(["snap - ring broken on the driveshaft", "insta — took 2h all up"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("dbb4e14 flat/block/code: repair chat stays clean", () => {
  it.each([
    "key safe code is 2580, it's by the door of unit 4",
    "the radio code is 1234 and the immobiliser pin is 4521",
    "battery went flat in Block B of the carpark at work",
    "door code for the workshop is 1357, bay 2 is yours",
    "the alarm code is 2468, the keys are in the lock box at reception",
    "lot 12 at the auction had the same model",
    "flat 4 spare tyre, block 2 of the engine cracked",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("1dcf745 (reverted) RMB/RD: repair chat stays clean", () => {
  it.each([
    "RMB 150 quote for the clutch",
    "Selling my RD 250 Yamaha",
    "the RD 2 Holden Commodore came in for a service",
    "RMB 800 Shanghai for the turbo",
    "RSD 2000 for the parts in Belgrade",
    "the RD 3 Ducati needs new chain",
    "RFD on the parts list means refund due",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("87d06c7 555 + words: repair chat stays clean", () => {
  it.each([
    "ordered 555 o-rings, one ninety-nine each",
    "did 555 km, oh and one ninety-nine for fuel",
    "555 timer, oh one hundred ohm resistor too",
    "555 quid plus twenty forty deposit",
    "we're at 555 oh one fifty nine miles on the clock",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each(["555 oh one ninety nine is the part code on the box"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("ef027b2 spoken at: smuggled contact stays flagged", () => {
  it.each([
    ["book with me at jakesfix.com.au/booking instead", "jakesfix"],
    ["email me at jake at gmail.com.au", "jake at gmail"],
    ["my page at facebook.com.au/jake.fix.it", "jake.fix.it"],
    ["invoice me at accounts at kevsautos.co.uk", "kevsautos"],
    ["message me at wa.me.au/61412345678", "61412345678"],
    ["the owners page at mitsubishi-motors.com.au/owners/jakefix is my listing, contact me there", "jakefix"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("2ae822a (reverted) or is it all through here: smuggled contact stays flagged", () => {
  it.each([
    ["can I have your number or is it all through here?", ""],
    ["do you have a mobile or is it all through here?", ""],
    ["can you send me your insta or is it all through here", ""],
    ["is there a number I can call you on or is it all through here?", ""],
    ["can we swap numbers or is it all through here?", ""],
    ["can I ring you or is it all through here?", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("5fe854f stick to the app: smuggled contact stays flagged", () => {
  it.each([
    ["thanks but ill stick to the app, my number's 0412 345 678 if the app plays up", "0412 345 678"],
    ["cheers for the offer, I'll stick with the app, come round to mine at 14 Elm St Saturday", "14 Elm St"],
    ["no need thanks, I'll stick to the app, but add me on snap: jakey_b", "jakey_b"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("d35eded never ask: smuggled contact stays flagged", () => {
  it.each([
    ["we'll never ask you to pay outside the app or share your number, so go ahead and send yours", ""],
    ["we'll never ask you to pay outside the app or to give your number. Mine's 0412 345 678 though", "0412 345 678"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["I will never ask you to pay outside the app or for your email haha, what is it", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("6e8d9e4 my shop: smuggled contact stays flagged", () => {
  it.each([
    ["come to my workshop, it's the one next to the Shell on King St", ""],
    ["pop round to my shop tonight, pay me cash and we skip the booking fee", ""],
    ["drop it to our workshop at 9 Baker St, no need to book, I'll sort it", "9 Baker St"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("1ba5035 trip home: smuggled contact stays flagged", () => {
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([
    ["heading home now, the house with the boat out front on Park Rd is mine, come get the keys", ""],
    ["driving home, ours is the one with the blue roller door on Bell St, drop the car there", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("22e165a remove own number: smuggled contact stays flagged", () => {
  it.each([
    ["I'll remove my number from the description, its the same as my wifes 0412 345 678", "0412 345 678"],
    ["ill take my number off the listing, it ends in 345 678 and starts 0412 btw", "345 678"],
    ["i'll remove my number from the description, write it down: oh four one two, three four five, six seven eight", "three four five"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("86dea00 (reverted) BP/PMB label: smuggled contact stays flagged", () => {
  it.each([
    ["the serial reads BP 1204 Dakar", "1204"],
    ["model number PMB 200, Springfield, mail the refund to it", "PMB 200"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("cb8ad3b page became: smuggled contact stays flagged", () => {
  it.each([
    ["the facebook page disappeared, now its facebook.com/jakesmech2", "jakesmech2"],
    ["the old insta page got hacked so I'm on jake.fix.2 now", "jake.fix.2"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("cbff177 (reverted) logo app: repair chat stays clean", () => {
  it.each([
    "saw a video on the bird app about this exact noise",
    "the paper plane app keeps crashing on my phone",
    "the bird app said the bridge is closed so I'll be late",
    "someone on the ghost app sent me a pic of your workshop, looks great",
    "my son found your workshop on the bird app",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("057876e meet at public place: repair chat stays clean", () => {
  it.each([
    "come by the parts counter and ask for me",
    "drop it at the front desk and ask for me, it's all booked in the app",
    "come to reception at 8 and ask for Sam",
    "pull up at the service bay, I'm there every morning from 7",
    "come to the service entrance at 7am, I will wait",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("1dcf745 (reverted) RMB/RD: repair chat stays clean", () => {
  it.each(["RMB 600 Guangzhou for the injectors", "RD 2 Toyota Hilux came in yesterday", "RMB 1500 Beijing plus shipping", "cheapest was RMB 900 Shenzhen, then freight"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("87d06c7 555 + words: repair chat stays clean", () => {
  it.each(["engine code 555 oh one ninety nine"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each(["the clock says 555 oh one ninety-nine hours", "ordered the 555 oh one ninety nine kit"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e1c0ce7 PT/ES app request: repair chat stays clean", () => {
  it.each([
    "tienes zapatas de freno para un Corolla?",
    "tens zapatas para o Gol?",
    "tu tem tela nova pro painel?",
    "me da tu precio por el snap ring",
    "me manda teu orçamento aqui",
    "tens instalação de som?",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e71522c directions to home: repair chat stays clean", () => {
  it.each([
    "take junction 4, our workshop is the second on the left after the roundabout",
    "same street as the Shell, three doors down is our workshop",
    "ask anyone for the Sharma garage, everyone knows us",
    "the car's parked in the lockup behind our workshop, come get it when ready",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("2b0bba7 (reverted) look-up that's me: repair chat stays clean", () => {
  it.each(["look up the guy on the app with the blue Hilux, thats me", "look up the cheapest mobile mechanic on here, thats me lol"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each(["look up Bendigo Auto on google maps for the reviews, thats us"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("32e03f2 handle as name edit: repair chat stays clean", () => {
  it.each(["my login here is my email but with _au at the end", "the invoice number is your booking number plus the year"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("2ae822a (reverted) or is it all through here: smuggled contact stays flagged", () => {
  it.each([
    ["can I whatsapp you or is it all through here?", ""],
    ["what's your insta or do we book on the app?", ""],
    ["text me on 0412 345 678 or is it all through here?", "0412 345 678"],
    ["can i add you on facebook or is it all via the app?", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["send me your number or should we keep it on the app?", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("cbff177 (reverted) logo app: smuggled contact stays flagged", () => {
  // A known gap until round 51 (social.ts: an app by its look, "the bird app", with the same handle).
  it.each([["DM me on the bird app, same name", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("08b7d27 trip leg: smuggled contact stays flagged", () => {
  it.each([
    ["I was driving from Ballarat to the Shell on Sturt St last night, come there tonight 8pm and we'll swap cash for the keys", ""],
    ["coming from Bendigo to the Kmart carpark on High St, be there at 6 with the cash", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("389ba6b past payment: smuggled contact stays flagged", () => {
  it.each([["I paid a guy by bank transfer last year for the same job, worked fine, send me your BSB", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["last time a bloke paid my mate cash and we all saved, keen?", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("057876e meet at public place: repair chat stays clean", () => {
  it.each([
    "I waited at the petrol station near my gate for the tow truck, it came at 7pm",
    "pull up at the servo on the corner and check the tyre pressure before you drive home",
    "the tow driver said to wait at the servo on the corner, he'll be there in 20",
    "my car's at the petrol pump near my society gate, battery died, can you send the tow?",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e71522c directions to home: repair chat stays clean", () => {
  it.each([
    "the grinding started right after junction 9 on the way to work",
    "I park in the lockup under my building, it's tight for a tow truck",
    "it broke down at exit 22, got it towed home",
    "same street as my mum, three doors down, a guy had the same leak",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("66d0dd9 coordinates: repair chat stays clean", () => {
  it.each([
    "the GPS says 51.5 and 0.12 for the speed and altitude, weird",
    "my location sensor on the map reads 37.8, 144.9, is that right?",
    "o2 sensor 0.45, 0.78 volts and the map at 35.2, 34.9 kPa where it idles",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("7a0846d (reverted) handle shorthand: repair chat stays clean", () => {
  it.each(["disc — worn_out, needs replacing", "tgram — no idea what that means on the invoice", "fb: /front bumper clip missing", "dc: 13.8v at the alternator"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("dbb4e14 flat/block/code: repair chat stays clean", () => {
  it.each(["the lock box code is 1357 at our workshop, unit 4"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("32e03f2 handle as name edit: repair chat stays clean", () => {
  it.each(["the engine number is same as the VIN but with E at the end", "the model name is Corolla plus the year it was made"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("ef027b2 spoken at: smuggled contact stays flagged", () => {
  it.each([
    ["find my reviews at facebook.com.au/jakesfix and message me there", "jakesfix"],
    ["my listing at gumtree.com.au/s-jakesfix has my mobile", "jakesfix"],
    ["I'm at linktr.ee.au/jakemech", "jakemech"],
    ["reach me at jake at bigpond.net.au", "jake at bigpond"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["the owner page at toyota.com.au/owners/jake.b.fix is mine, add me", "jake.b.fix"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("86dea00 (reverted) BP/PMB label: smuggled contact stays flagged", () => {
  it.each([
    ["the code reads PMB 4471 Lagos, post the refund to that", "4471"],
    ["part number starts BP 2210 Abidjan, send it there", "2210"],
    ["my box number reads PMB 15, Enugu, send the cheque", "PMB 15"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("22e165a remove own number: smuggled contact stays flagged", () => {
  it.each([
    ["i'll remove my number from the listing, it's on my van anyway, ring that", ""],
    ["i'll take my number off the ad, my wife's is better, oh four one two 345 678", "345 678"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("5fe854f stick to the app: smuggled contact stays flagged", () => {
  it.each([
    ["thanks for the offer but I'll stick to the app. Actually whats your number", ""],
    ["appreciate it, ill stick with the app, my insta is @jake_fix if you want pics", "jake_fix"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("6e8d9e4 my shop: smuggled contact stays flagged", () => {
  it.each([
    ["pop round to my shop, I'll do it cheaper than on here", ""],
    ["drop it at my workshop Tuesday, cancel the booking and I'll sort it", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("7a0846d (reverted) handle shorthand: repair chat stays clean", () => {
  it.each(["ig: /ignition coil pack 3 misfiring", "fb: /fuel pump relay", "insta: /install done, car's ready"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("cbff177 (reverted) logo app: repair chat stays clean", () => {
  it.each(["the paper plane site had cheaper pads but the reviews were bad", "is the ghost app the one my kids use? anyway the car's ready?"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("2b0bba7 (reverted) look-up that's me: repair chat stays clean", () => {
  it.each(["search for the blue Corolla booking on your end, thats me", "check the reviews on here for the guy with the ute, that's me"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("057876e meet at public place: repair chat stays clean", () => {
  it.each(["pop round to mine? no, the mechanic comes to you on this app right?"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("cb8ad3b page became: smuggled contact stays flagged", () => {
  it.each([
    ["the facebook page got taken down, the new one is my name with _mech, add it", ""],
    ["the insta page disappeared. ig: kev.fix.99", "kev.fix.99"],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("7ff64f6 postcode letters: smuggled contact stays flagged", () => {
  it.each([["I'm in CF10 1AA, come by saturday and I'll pay cash", "CF10 1AA"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["pick the car up from mine, K1A0B1, after work", "K1A0B1"]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("1ba5035 trip home: smuggled contact stays flagged", () => {
  it.each([
    ["on the way home now, mine's the flat above the bakery on King St, buzz 4", ""],
    ["driving home, at mine, the house next to the church on Elm Rd, come by 7", ""],
  ] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("389ba6b past payment: smuggled contact stays flagged", () => {
  // Known gaps, recorded: each also fails on the rules before round 19, or is a call kept on purpose (see the file header).
  it.fails.each([["Last year I paid a bloke $600 cash for this, you'd be after the same I guess", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("d35eded never ask: smuggled contact stays flagged", () => {
  it.each([["we'll never ask you to pay outside the app or share your number, between us though, what's yours?", ""]] as [string, string][])("%j is flagged", (t, secret) => {
    expect(kindsOf(t).length).toBeGreaterThan(0);
    if (secret) expect(hides(t, secret)).toBe(true);
  });
});
describe("c051256 payment fine app left out: repair chat stays clean", () => {
  it.each([
    "cash on the day is fine? or does it have to be in the app? happy either way as long as it's allowed",
    "eftpos at the counter is fine for the parts the app doesn't cover, right?",
    "anything but this gearbox lol, the app quote was fine",
    "no need to approve in the app, the workshop said the quote is already approved",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("057876e meet at public place: repair chat stays clean", () => {
  it.each([
    "come by the service desk at 8 and ask for me, I'm the one doing your Corolla",
    "pull up at the loading bay behind the dealership, I'm there every morning for deliveries",
    "ask for me at the front counter when you collect, I'll go through the invoice",
  ])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e1c0ce7 PT/ES app request: repair chat stays clean", () => {
  it.each(["me manda foto do painel, o zap não tá funcionando", "tens o código do erro? me manda", "tu tem ferramenta pra tirar o filtro?"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("32e03f2 handle as name edit: repair chat stays clean", () => {
  it.each(["the part I need is the same as the 2015 one but with the 4WD suffix at the end", "my son's car, registered in his name plus mine"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
describe("e71522c directions to home: repair chat stays clean", () => {
  it.each(["ask anyone at the yard for the Sharma account, they'll find the car", "the workshop is on the same street as the bakery, four doors down, you can't miss it"])("%j is not flagged", (t) => {
    expect(kindsOf(t)).toEqual([]);
  });
});
