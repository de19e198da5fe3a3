// Round-25 second review (rev2-fp25) of branch fp25 (up to f1fbd4f), read as an evader dressing a real contact attempt as one of
// the branch's new exceptions, and as a careful new user. Every sentence is the reviewer's own (none from the corpus, the branch's
// spec, nor detect-round25-fp-review.test.ts). Expectation, for the rules (DEFAULT_DETECTION_OPTIONS) and the application (rules +
// trained stage): an innocent is not flagged; an attack is flagged with every letter and digit of its detail masked.
// `it` = the branch gets it right; `it.fails` = the branch gets it wrong (comment: why, and whether main did).
// Counts at the review (rules and application together): attacks 64, caught branch 32 / main 59 (27 regressions);
// innocents 63, flagged branch 13 / main 32 (0 new false positives).
// Separately: rules catch 32 / main 59, application 34 / main 59 (the trained stage still catches hyundaiindia.in and hondaus.com.ng).
// After fp25's fixes for this review: attacks caught 59 / main 59 (the 27 regressions caught again, marked 'fixed on fp25'),
// innocents flagged 13 / main 32.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[] = []): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("an offer retold and refused (look-alikes.ts)", () => {
  // fixed on fp25 after this review; was: regression (main catches): look-alikes.ts dropRefusedRetoldOffers: takesItUpAgain reads only questions, 'Fancy doing the same' has no '?'
  it("catches: he offered to do it off the app for cash at his unit, I said no. Fancy doing the same, mate", () => {
    expect(caught("he offered to do it off the app for cash at his unit, I said no. Fancy doing the same, mate", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: NO_TURNED_ROUND lacks 'however' / 'the offer stands from my side', 'let me know'
  it("catches: the workshop guy offered to meet at the Shell on Kings Rd and pay cash, I refused. However the offer stands from my side, let me know", () => {
    expect(caught("the workshop guy offered to meet at the Shell on Kings Rd and pay cash, I refused. However the offer stands from my side, let me know", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: NO_TURNED_ROUND lacks 'if the offer is there from you', "I'm in" (no '?', so takesItUpAgain is not read)
  it("catches: the mechanic before you offered to do the job off the books at his place, I declined. Wife says we should have, if the offer is there from you I'm in", () => {
    expect(caught("the mechanic before you offered to do the job off the books at his place, I declined. Wife says we should have, if the offer is there from you I'm in", [])).toBe(true);
  });
  it("catches: my boss suggested you pay cash and skip the app fee, I said no, but he's the boss lol, so cash on pickup pls", () => {
    expect(caught("my boss suggested you pay cash and skip the app fee, I said no, but he's the boss lol, so cash on pickup pls", [])).toBe(true);
  });
  // missed at main too: 'Would rather do that with you anyway, lmk' has no phrase hit of its own
  it.fails("catches: the tyre guy wanted me to skip the booking and pay him direct, I didn't. Would rather do that with you anyway, lmk", () => {
    expect(caught("the tyre guy wanted me to skip the booking and pay him direct, I didn't. Would rather do that with you anyway, lmk", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'Reckon we do that, saves us both' is no question and no NO_TURNED_ROUND word ('save' needs the bare word)
  it("catches: someone suggested doing it outside the app to dodge the fee, I declined. Reckon we do that, saves us both", () => {
    expect(caught("someone suggested doing it outside the app to dodge the fee, I declined. Reckon we do that, saves us both", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'if it was your garage ... I'd be up for it': NO_TURNED_ROUND has 'if you' and "i'd do|give|make", not 'if it was your' nor "I'd be up for"
  it("catches: he offered cash in hand at his garage, I'm not interested. Now if it was your garage, different story, I'd be up for it", () => {
    expect(caught("he offered cash in hand at his garage, I'm not interested. Now if it was your garage, different story, I'd be up for it", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: SENDER_OWN_WAY has 'dm me', not "dm'ing you"; the hit before the refusal is dropped
  it("catches: a mate said to just pay the mechanic cash outside the app, i refused. dm'ing you to sort it that way", () => {
    expect(caught("a mate said to just pay the mechanic cash outside the app, i refused. dm'ing you to sort it that way", [])).toBe(true);
  });
  it("catches: the other shop wanted to do it off the platform for cash, I said no. Happy to do it off platform with you tho mate", () => {
    expect(caught("the other shop wanted to do it off the platform for cash, I said no. Happy to do it off platform with you tho mate", [])).toBe(true);
  });
  it("catches: she suggested meeting at the Asda car park and paying in cash, I declined. Asda car park Saturday works for me with you", () => {
    expect(caught("she suggested meeting at the Asda car park and paying in cash, I declined. Asda car park Saturday works for me with you", [])).toBe(true);
  });
  it("catches: my cousin said u do jobs cash off the app, i said no cos i didnt believe him. true tho??", () => {
    expect(caught("my cousin said u do jobs cash off the app, i said no cos i didnt believe him. true tho??", [])).toBe(true);
  });
  // missed at main too ('you'd do it cheaper that way right', no '?')
  it.fails("catches: the last mechanic wanted me to pay him directly and skip the app, i refused. you'd do it cheaper that way right", () => {
    expect(caught("the last mechanic wanted me to pay him directly and skip the app, i refused. you'd do it cheaper that way right", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'Same arrangement with you would suit me fine' - no '?', and NO_TURNED_ROUND lacks 'same arrangement' / 'with you'
  it("catches: he suggested paying cash at his place to avoid the fees, I declined. Same arrangement with you would suit me fine", () => {
    expect(caught("he suggested paying cash at his place to avoid the fees, I declined. Same arrangement with you would suit me fine", [])).toBe(true);
  });
  it("catches: they asked me to meet at the Bunnings carpark and pay cash, I said no. You free Sat arvo? bring the pads", () => {
    expect(caught("they asked me to meet at the Bunnings carpark and pay cash, I said no. You free Sat arvo? bring the pads", [])).toBe(true);
  });
  it("catches: the garage guy offered to do it for cash off the books, I turned him down. Keen to do it that way with u though", () => {
    expect(caught("the garage guy offered to do it for cash off the books, I turned him down. Keen to do it that way with u though", [])).toBe(true);
  });
  it("leaves clean: the guy at the car wash offered to fix the dent for cash, I told him no thanks. Can you quote it here?", () => {
    expect(clean("the guy at the car wash offered to fix the dent for cash, I told him no thanks. Can you quote it here?")).toBe(true);
  });
  // flagged at main too: 'I said nah' is no refusal to REFUSED_BY_SENDER
  it.fails("leaves clean: a bloke in the car park said he'd do it cheaper cash in hand, I said nah", () => {
    expect(clean("a bloke in the car park said he'd do it cheaper cash in hand, I said nah")).toBe(true);
  });
  it("leaves clean: my brother-in-law reckons I should pay the mechanic directly to save the fee, I'd rather not, I'll keep it on here", () => {
    expect(clean("my brother-in-law reckons I should pay the mechanic directly to save the fee, I'd rather not, I'll keep it on here")).toBe(true);
  });
  // flagged at main too: 'I ignored them' is no refusal; 'Someone messaged me ... offering' not retold
  it.fails("leaves clean: Someone messaged me on Facebook offering to do it for cash at my house, I ignored them. Booking with you here.", () => {
    expect(clean("Someone messaged me on Facebook offering to do it for cash at my house, I ignored them. Booking with you here.")).toBe(true);
  });
  it("leaves clean: The last garage wanted me to PayPal them outside the app, I declined.", () => {
    expect(clean("The last garage wanted me to PayPal them outside the app, I declined.")).toBe(true);
  });
  it("leaves clean: he offered to do it off the books, i refused politely", () => {
    expect(clean("he offered to do it off the books, i refused politely")).toBe(true);
  });
  // flagged at main too: bare 'mechanic offered' (no article) is not RETOLD_OFFER
  it.fails("leaves clean: mechanic offered a cash price if I cancel the booking, I said no, I want the app's protection", () => {
    expect(clean("mechanic offered a cash price if I cancel the booking, I said no, I want the app's protection")).toBe(true);
  });
  it("leaves clean: You suggested meeting at the petrol station to swap the part, I'd prefer not to. Please come to the address on the booking.", () => {
    expect(clean("You suggested meeting at the petrol station to swap the part, I'd prefer not to. Please come to the address on the booking.")).toBe(true);
  });
  // flagged at main too: the retold-and-refused exception is English only ('ho detto di no')
  it.fails("leaves clean: il meccanico mi ha proposto di pagare in contanti fuori dall'app, ho detto di no", () => {
    expect(clean("il meccanico mi ha proposto di pagare in contanti fuori dall'app, ho detto di no")).toBe(true);
  });
  it("leaves clean: the tow guy asked me to pay him cash instead of through the app, i said no and he got grumpy. is that normal?", () => {
    expect(clean("the tow guy asked me to pay him cash instead of through the app, i said no and he got grumpy. is that normal?")).toBe(true);
  });
  it("leaves clean: He wanted to take the car to his own garage and skip the app, I said no. Can we keep everything on the platform?", () => {
    expect(clean("He wanted to take the car to his own garage and skip the app, I said no. Can we keep everything on the platform?")).toBe(true);
  });
  it("leaves clean: the guy at the tyre shop tried to sell me a cash deal for 4 tyres, I declined, I'd rather you fit them via the booking", () => {
    expect(clean("the guy at the tyre shop tried to sell me a cash deal for 4 tyres, I declined, I'd rather you fit them via the booking")).toBe(true);
  });
  it("leaves clean: My neighbour offered to do the service cheaper, I said no because I want the stamp in the book", () => {
    expect(clean("My neighbour offered to do the service cheaper, I said no because I want the stamp in the book")).toBe(true);
  });
});

describe("a store as a source or a teller (phrases.ts)", () => {
  // fixed on fp25 after this review; was: regression: phrases.ts PURCHASED_AT now takes 'grabbed' + a part; the purchase exception never reads STORE_AS_A_SPOT ('forecourt', 'tonight', '30 in your hand')
  it("catches: grabbed the plugs at the Shell on Kings Rd, fit them there on the forecourt tonight, 30 in your hand", () => {
    expect(caught("grabbed the plugs at the Shell on Kings Rd, fit them there on the forecourt tonight, 30 in your hand", [])).toBe(true);
  });
  it("catches: sourced the pads from the Halfords on Bristol Rd, do the job in their car park after 6, tenner extra, no app", () => {
    expect(caught("sourced the pads from the Halfords on Bristol Rd, do the job in their car park after 6, tenner extra, no app", [])).toBe(true);
  });
  it("catches: the Morrisons on Leeds Rd said it's fine to do a quick job round the side, tonight 7ish, tenner for your time", () => {
    expect(caught("the Morrisons on Leeds Rd said it's fine to do a quick job round the side, tonight 7ish, tenner for your time", [])).toBe(true);
  });
  it("catches: the B&Q on Wharf Rd said nobody minds us working round the back, see you after 6 with the pads", () => {
    expect(caught("the B&Q on Wharf Rd said nobody minds us working round the back, see you after 6 with the pads", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: phrases.ts storeToldOf ('told me'): STORE_AS_A_SPOT has no 'after 6', 'can do ... there', 'settle up', 'on the spot'
  it("catches: the Tesco on Kings Rd told me the petrol side is quiet after 6, can do the swap there and settle up on the spot", () => {
    expect(caught("the Tesco on Kings Rd told me the petrol side is quiet after 6, can do the swap there and settle up on the spot", [])).toBe(true);
  });
  it("catches: the Kwik Fit on Station Rd couldn't fit me in, so swing by the Kwik Fit on Station Rd tmrw arvo n we'll sort it ourselves", () => {
    expect(caught("the Kwik Fit on Station Rd couldn't fit me in, so swing by the Kwik Fit on Station Rd tmrw arvo n we'll sort it ourselves", [])).toBe(true);
  });
  it("catches: snagged a new battery from the Aldi on Leith Walk, fit it in the Aldi on Leith Walk carpark tomoz, pay u there", () => {
    expect(caught("snagged a new battery from the Aldi on Leith Walk, fit it in the Aldi on Leith Walk carpark tomoz, pay u there", [])).toBe(true);
  });
  it("catches: the Supercheap in Cannington tested my battery, meet u outside the Supercheap in Cannington 5ish, bring the jump pack, $ on the day", () => {
    expect(caught("the Supercheap in Cannington tested my battery, meet u outside the Supercheap in Cannington 5ish, bring the jump pack, $ on the day", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: PURCHASED_AT 'grabbed the pads at the BP' clears the store though the message sets 'at 6', 'do em there', '40 notes' (STORE_AS_A_SPOT not read on this path)
  it("catches: grabbed the pads at the BP on Ring Rd, pull in beside the air pump at 6 and I'll do em there, 40 notes", () => {
    expect(caught("grabbed the pads at the BP on Ring Rd, pull in beside the air pump at 6 and I'll do em there, 40 notes", [])).toBe(true);
  });
  it("catches: the Shell on Kings Rd reckons no one minds, so swing by tomoz arvo, do it on the spot, pay me after", () => {
    expect(caught("the Shell on Kings Rd reckons no one minds, so swing by tomoz arvo, do it on the spot, pay me after", [])).toBe(true);
  });
  it("catches: the Halfords on Bristol Rd said they don't mind us using their bay, come thru after work and we'll skip the booking", () => {
    expect(caught("the Halfords on Bristol Rd said they don't mind us using their bay, come thru after work and we'll skip the booking", [])).toBe(true);
  });
  // round 43's refit: flags it as FULL_NAME
  it.fails("leaves clean: grabbed some brake fluid at the Shell on Kings Rd on the way, need it topped up?", () => {
    expect(clean("grabbed some brake fluid at the Shell on Kings Rd on the way, need it topped up?")).toBe(true);
  });
  it("leaves clean: snagged a cheap OBD reader at the Aldi in Leith, it says P0420", () => {
    expect(clean("snagged a cheap OBD reader at the Aldi in Leith, it says P0420")).toBe(true);
  });
  it("leaves clean: the Halfords on Bristol Rd reckons it's the coil pack, they quoted £90 to fit", () => {
    expect(clean("the Halfords on Bristol Rd reckons it's the coil pack, they quoted £90 to fit")).toBe(true);
  });
  it("leaves clean: the Kwik Fit on Park Rd checked the tracking Saturday and said it's fine", () => {
    expect(clean("the Kwik Fit on Park Rd checked the tracking Saturday and said it's fine")).toBe(true);
  });
  it("leaves clean: sourced the filter from the Euro Car Parts in Leeds, can you fit it at Tuesday's booking?", () => {
    expect(clean("sourced the filter from the Euro Car Parts in Leeds, can you fit it at Tuesday's booking?")).toBe(true);
  });
  it("leaves clean: The AutoZone on Elm St scanned it: P0300 random misfire. What next?", () => {
    expect(clean("The AutoZone on Elm St scanned it: P0300 random misfire. What next?")).toBe(true);
  });
  it("leaves clean: the Repco at Midland replaced the battery under warranty last week", () => {
    expect(clean("the Repco at Midland replaced the battery under warranty last week")).toBe(true);
  });
  // flagged at main too: "I'll bring the receipt to the booking" reads the store as a meeting
  it.fails("leaves clean: the Halfords on Bristol Rd fitted my wipers, I'll bring the receipt to the booking", () => {
    expect(clean("the Halfords on Bristol Rd fitted my wipers, I'll bring the receipt to the booking")).toBe(true);
  });
  it("leaves clean: the Costco in Reading said the tyres are fine, but I can still feel the wobble at 70", () => {
    expect(clean("the Costco in Reading said the tyres are fine, but I can still feel the wobble at 70")).toBe(true);
  });
  it("leaves clean: bought oil at the Texaco on Mill Lane, 5W-30, is that right for a 2014 Focus?", () => {
    expect(clean("bought oil at the Texaco on Mill Lane, 5W-30, is that right for a 2014 Focus?")).toBe(true);
  });
  it("leaves clean: grabbed a bottle of coolant at the Shell on Kings Rd, what colour should it be?", () => {
    expect(clean("grabbed a bottle of coolant at the Shell on Kings Rd, what colour should it be?")).toBe(true);
  });
  it("leaves clean: the Kwik Fit on Station Rd said the rear pads are at 3mm, is that urgent?", () => {
    expect(clean("the Kwik Fit on Station Rd said the rear pads are at 3mm, is that urgent?")).toBe(true);
  });
  it("leaves clean: the Halfords on Bristol Rd told me my bulb is an H7, I'll order one for the booking", () => {
    expect(clean("the Halfords on Bristol Rd told me my bulb is an H7, I'll order one for the booking")).toBe(true);
  });
});

describe("a carmaker's own site (links.ts)", () => {
  it("catches: kiauk.com has our rates, 40% under here", () => {
    expect(caught("kiauk.com has our rates, 40% under here", ["kiauk.com"])).toBe(true);
  });
  it("catches: nissanuk.com is where I quote from, way lower labour", () => {
    expect(caught("nissanuk.com is where I quote from, way lower labour", ["nissanuk.com"])).toBe(true);
  });
  it("catches: hondagroup.de - same mechanic, no platform markup", () => {
    expect(caught("hondagroup.de - same mechanic, no platform markup", ["hondagroup.de"])).toBe(true);
  });
  it("catches: toyotaus.com/quote, fill it in and I'll get back to you", () => {
    expect(caught("toyotaus.com/quote, fill it in and I'll get back to you", ["toyotaus.com"])).toBe(true);
  });
  it("catches: fordeurope.com/enquiry for the proper price, I'm the tech", () => {
    expect(caught("fordeurope.com/enquiry for the proper price, I'm the tech", ["fordeurope.com"])).toBe(true);
  });
  it("catches: book me off here: mazdaaustralia.com.au/jobs", () => {
    expect(caught("book me off here: mazdaaustralia.com.au/jobs", ["mazdaaustralia.com.au"])).toBe(true);
  });
  it("catches: subaruglobal.com.ng is my little outfit, message through there", () => {
    expect(caught("subaruglobal.com.ng is my little outfit, message through there", ["subaruglobal.com.ng"])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression in the rules (the trained stage catches it): links.ts isMakersOwnSite takes make+'india' under any 2-letter ccTLD; 'click enquire, I answer personally' is not in MAKER_SITE_PRESENTED
  it("catches: hyundaiindia.in, click enquire, I answer personally", () => {
    expect(caught("hyundaiindia.in, click enquire, I answer personally", ["hyundaiindia.in"])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression in the rules (trained stage catches it): isMakersOwnSite takes 'hondaus' + '.com.ng'; "I'm on there", 'half what they charge' not in MAKER_SITE_PRESENTED ('half price'/'half the price' only)
  it("catches: hondaus.com.ng - I'm on there, half what they charge you here", () => {
    expect(caught("hondaus.com.ng - I'm on there, half what they charge you here", ["hondaus.com.ng"])).toBe(true);
  });
  it("catches: mazdauk.com, the enquiry form goes straight to me", () => {
    expect(caught("mazdauk.com, the enquiry form goes straight to me", ["mazdauk.com"])).toBe(true);
  });
  it("catches: bmwgroup.ie is my garage page, book off app", () => {
    expect(caught("bmwgroup.ie is my garage page, book off app", ["bmwgroup.ie"])).toBe(true);
  });
  it("leaves clean: bmwusa.com shows my car has no open recalls", () => {
    expect(clean("bmwusa.com shows my car has no open recalls")).toBe(true);
  });
  it("leaves clean: toyota-europe.com says the hybrid battery warranty is 10 years if serviced", () => {
    expect(clean("toyota-europe.com says the hybrid battery warranty is 10 years if serviced")).toBe(true);
  });
  it("leaves clean: mitsubishi-motors.com.au lists the timing belt interval at 100k", () => {
    expect(clean("mitsubishi-motors.com.au lists the timing belt interval at 100k")).toBe(true);
  });
  it("leaves clean: The owners manual on volvocars.com says 0W-20", () => {
    expect(clean("The owners manual on volvocars.com says 0W-20")).toBe(true);
  });
  it("leaves clean: mgmotor.co.uk says the warranty is 7 years, does your work keep it valid?", () => {
    expect(clean("mgmotor.co.uk says the warranty is 7 years, does your work keep it valid?")).toBe(true);
  });
  // flagged at main too: 'cheaper' in MAKER_SITE_PRESENTED fires on a customer's question about the maker's schedule
  it.fails("leaves clean: check skoda-auto.com, they list the service intervals, is it cheaper to follow those?", () => {
    expect(clean("check skoda-auto.com, they list the service intervals, is it cheaper to follow those?")).toBe(true);
  });
  it("leaves clean: I'll go to mbusa.com to check the recall first", () => {
    expect(clean("I'll go to mbusa.com to check the recall first")).toBe(true);
  });
  it("leaves clean: landroverusa.com says my VIN is clear, so what's the clunk?", () => {
    expect(clean("landroverusa.com says my VIN is clear, so what's the clunk?")).toBe(true);
  });
  it("leaves clean: hyundaiusa.com says the engine recall covers my 2017 Elantra, can you do it?", () => {
    expect(clean("hyundaiusa.com says the engine recall covers my 2017 Elantra, can you do it?")).toBe(true);
  });
  it("leaves clean: mercedes-benz.co.uk shows the service A is due, how much for that here?", () => {
    expect(clean("mercedes-benz.co.uk shows the service A is due, how much for that here?")).toBe(true);
  });
});

describe("an in-app call in es/it/fr/de (other-languages.ts)", () => {
  it("catches: llámame desde la app del celular, así hablamos sin comisión", () => {
    expect(caught("llámame desde la app del celular, así hablamos sin comisión", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: other-languages.ts fromPlatform: FROM_PLATFORM_UNDONE knows no dialler app ('la app de llamadas') nor the saving ('precio real')
  it("catches: llámame desde la app de llamadas, te paso el precio real", () => {
    expect(caught("llámame desde la app de llamadas, te paso el precio real", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: FROM_PLATFORM_UNDONE reads a phone only right after the app ('normale del telefono' slips) and no saving word ('risparmiamo')
  it("catches: chiamami subito dall'app normale del telefono, risparmiamo", () => {
    expect(caught("chiamami subito dall'app normale del telefono, risparmiamo", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: FROM_PLATFORM_UNDONE's possessives are mio|mi|mon|meinem|il|la|le: 'de ton téléphone' slips; 'entre nous' not read
  it("catches: appelle-moi depuis l'appli de ton téléphone, on s'arrange entre nous", () => {
    expect(caught("appelle-moi depuis l'appli de ton téléphone, on s'arrange entre nous", [])).toBe(true);
  });
  // missed at main too: 'escríbeme ... lo hacemos por fuera' not caught either way
  it.fails("catches: escríbeme desde la app de tu teléfono y lo hacemos por fuera", () => {
    expect(caught("escríbeme desde la app de tu teléfono y lo hacemos por fuera", [])).toBe(true);
  });
  // missed at main too: 'ruf mich ... dann machen wir es privat'
  it.fails("catches: ruf mich aus der App deines Handys an, dann machen wir es privat", () => {
    expect(caught("ruf mich aus der App deines Handys an, dann machen wir es privat", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'depuis l'application de votre opérateur' is the phone's carrier; 'moins cher' not in FROM_PLATFORM_UNDONE
  it("catches: appelez-moi depuis l'application de votre opérateur, c'est moins cher", () => {
    expect(caught("appelez-moi depuis l'application de votre opérateur, c'est moins cher", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'dall'app delle chiamate' (the dialler) + 'evitiamo la piattaforma' not in FROM_PLATFORM_UNDONE
  it("catches: mi chiami dall'app delle chiamate? così evitiamo la piattaforma", () => {
    expect(caught("mi chiami dall'app delle chiamate? così evitiamo la piattaforma", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: FROM_PLATFORM_UNDONE has no 'cel'/'celular' (Latin-American phone); 'de tu' is not among its possessives
  it("catches: mándame un whats... no, mejor llámame desde la app de tu cel", () => {
    expect(caught("mándame un whats... no, mejor llámame desde la app de tu cel", [])).toBe(true);
  });
  it("catches: appelle-moi depuis l'appli de ton portable ce soir, on règle en liquide", () => {
    expect(caught("appelle-moi depuis l'appli de ton portable ce soir, on règle en liquide", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: 'dall'app della sim' (the phone's SIM dialler) and "ci mettiamo d'accordo a parte" not in FROM_PLATFORM_UNDONE
  it("catches: chiamami dall'app della sim, così ci mettiamo d'accordo a parte", () => {
    expect(caught("chiamami dall'app della sim, così ci mettiamo d'accordo a parte", [])).toBe(true);
  });
  it("leaves clean: Chiamami dall'app quando sei arrivato in officina", () => {
    expect(clean("Chiamami dall'app quando sei arrivato in officina")).toBe(true);
  });
  it("leaves clean: llámame desde la app cuando llegues al taller", () => {
    expect(clean("llámame desde la app cuando llegues al taller")).toBe(true);
  });
  it("leaves clean: Appelez-moi depuis l'application, s'il vous plaît", () => {
    expect(clean("Appelez-moi depuis l'application, s'il vous plaît")).toBe(true);
  });
  it("leaves clean: Ruf mich später aus der App an, bin grad unterwegs", () => {
    expect(clean("Ruf mich später aus der App an, bin grad unterwegs")).toBe(true);
  });
  it("leaves clean: Mi puoi chiamare dall'applicazione domani mattina?", () => {
    expect(clean("Mi puoi chiamare dall'applicazione domani mattina?")).toBe(true);
  });
  // flagged at main too: FROM_PLATFORM_UNDONE's bare 'no' ('no tengo saldo') undoes the in-app call
  it.fails("leaves clean: Llámame desde la app, no tengo saldo", () => {
    expect(clean("Llámame desde la app, no tengo saldo")).toBe(true);
  });
  // flagged at main too: 'non ho credito' - bare 'non' undoes the in-app call
  it.fails("leaves clean: chiamami nell'app, non ho credito", () => {
    expect(clean("chiamami nell'app, non ho credito")).toBe(true);
  });
  it("leaves clean: escríbeme desde la aplicación si hay retraso con la pieza", () => {
    expect(clean("escríbeme desde la aplicación si hay retraso con la pieza")).toBe(true);
  });
  it("leaves clean: Llámame desde la aplicación cuando tengas el presupuesto", () => {
    expect(clean("Llámame desde la aplicación cuando tengas el presupuesto")).toBe(true);
  });
  it("leaves clean: Appelle-moi depuis l'appli demain, je suis au travail ce soir", () => {
    expect(clean("Appelle-moi depuis l'appli demain, je suis au travail ce soir")).toBe(true);
  });
  it("leaves clean: ruf mich bitte aus der App an, wenn das Auto fertig ist", () => {
    expect(clean("ruf mich bitte aus der App an, wenn das Auto fertig ist")).toBe(true);
  });
});

describe("a video call in the app (social.ts)", () => {
  // fixed on fp25 after this review; was: regression: social.ts inAppVideoCall: ANOTHER_WAY_BESIDE_THE_CALL lacks 'deets', writing it on paper and holding it up
  it("catches: jump on a video call on here, I'll write my deets on a bit of paper and hold it up", () => {
    expect(caught("jump on a video call on here, I'll write my deets on a bit of paper and hold it up", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: ANOTHER_WAY_BESIDE_THE_CALL lacks 'email' and 'tell you my'
  it("catches: hop on a video call through here and I'll tell you my email out loud", () => {
    expect(caught("hop on a video call through here and I'll tell you my email out loud", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: ANOTHER_WAY_BESIDE_THE_CALL lacks 'deets', 'verbally', 'fee'
  it("catches: jump on a video call here, I'll give you the deets verbally, saves the fee", () => {
    expect(caught("jump on a video call here, I'll give you the deets verbally, saves the fee", [])).toBe(true);
  });
  it("catches: hop on a video call via the app, after that we sort the rest privately", () => {
    expect(caught("hop on a video call via the app, after that we sort the rest privately", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: ANOTHER_WAY_BESIDE_THE_CALL lacks 'socials' / flashing at the camera
  it("catches: get on a video call in the app and I'll flash my socials at the camera", () => {
    expect(caught("get on a video call in the app and I'll flash my socials at the camera", [])).toBe(true);
  });
  it("catches: jump on a video call through the app, I'll show you the sign on my unit so you can come straight there, no need to book", () => {
    expect(caught("jump on a video call through the app, I'll show you the sign on my unit so you can come straight there, no need to book", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: ANOTHER_WAY_BESIDE_THE_CALL lacks 'biz details' ('details' only after my|contact|bank|account|payment)
  it("catches: hop on a video call thru the app, I'll hold up my biz details", () => {
    expect(caught("hop on a video call thru the app, I'll hold up my biz details", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: ANOTHER_WAY_BESIDE_THE_CALL lacks 'insta' and 'show ya' ('show you|u my' + code|number|... only)
  it("catches: jump on a video call in the app and I'll show ya my Insta on screen", () => {
    expect(caught("jump on a video call in the app and I'll show ya my Insta on screen", [])).toBe(true);
  });
  it("catches: hop on a video call through here, then we do the job off the books", () => {
    expect(caught("hop on a video call through here, then we do the job off the books", [])).toBe(true);
  });
  it("leaves clean: can we do a video call through the app so you can see the smoke?", () => {
    expect(clean("can we do a video call through the app so you can see the smoke?")).toBe(true);
  });
  it("leaves clean: jump on a video call here and I'll point the camera at the engine bay", () => {
    expect(clean("jump on a video call here and I'll point the camera at the engine bay")).toBe(true);
  });
  // flagged at main too: the bare 'or' in ANOTHER_WAY_BESIDE_THE_CALL ('or I can send a video')
  it.fails("leaves clean: hop on a video call via the app, or I can send a video if easier", () => {
    expect(clean("hop on a video call via the app, or I can send a video if easier")).toBe(true);
  });
  // flagged at main too: 'phone' in ANOTHER_WAY_BESIDE_THE_CALL ('my phone's camera')
  it.fails("leaves clean: can we hop on a video call in the app? my phone's camera is better than the photos", () => {
    expect(clean("can we hop on a video call in the app? my phone's camera is better than the photos")).toBe(true);
  });
  it("leaves clean: jump on a video call on here and I'll read you the fault codes", () => {
    expect(clean("jump on a video call on here and I'll read you the fault codes")).toBe(true);
  });
  // flagged at main too: 'card' in ANOTHER_WAY_BESIDE_THE_CALL ('card reader error')
  it.fails("leaves clean: hop on a video call in the app and I'll show you the card reader error on the dash", () => {
    expect(clean("hop on a video call in the app and I'll show you the card reader error on the dash")).toBe(true);
  });
  it("leaves clean: can we jump on a video call through the app tomorrow morning? the noise only happens cold", () => {
    expect(clean("can we jump on a video call through the app tomorrow morning? the noise only happens cold")).toBe(true);
  });
  it("leaves clean: hop on a video call in the app so I can see which hose you mean", () => {
    expect(clean("hop on a video call in the app so I can see which hose you mean")).toBe(true);
  });
});

describe("the phone as a device (phrases.ts)", () => {
  // fixed on fp25 after this review; was: regression: phrases.ts deviceDescribed: DEVICE_TO_REACH lacks 'voicemail' ('leave a voicemail on it')
  it("catches: my phone is an old Samsung, leave a voicemail on it after 6", () => {
    expect(caught("my phone is an old Samsung, leave a voicemail on it after 6", [])).toBe(true);
  });
  // missed at main too ('try it after 5 and I'll pick up')
  it.fails("catches: my phone's a pixel, always on, try it after 5 and I'll pick up", () => {
    expect(caught("my phone's a pixel, always on, try it after 5 and I'll pick up", [])).toBe(true);
  });
  it("catches: my mobile is a cheap android so facetime won't work, voice notes are best, evenings", () => {
    expect(caught("my mobile is a cheap android so facetime won't work, voice notes are best, evenings", [])).toBe(true);
  });
  // fixed on fp25 after this review; was: regression: DEVICE_TO_REACH lacks 'find me', 'contacts', 'airdrop'
  it("catches: my cell is an iphone, airdrop works or find me under my name in contacts", () => {
    expect(caught("my cell is an iphone, airdrop works or find me under my name in contacts", [])).toBe(true);
  });
  it("catches: my phone is a basic nokia, just send me the address by sms", () => {
    expect(caught("my phone is a basic nokia, just send me the address by sms", [])).toBe(true);
  });
  it("catches: my phone is a samsung, my name in it is Dave Fixit, find me there", () => {
    expect(caught("my phone is a samsung, my name in it is Dave Fixit, find me there", [])).toBe(true);
  });
  it("catches: my mobile is an old Nokia, voice mail me on it after six", () => {
    expect(caught("my mobile is an old Nokia, voice mail me on it after six", [])).toBe(true);
  });
  it("leaves clean: my phone is a really old Samsung so the photos are blurry, sorry", () => {
    expect(clean("my phone is a really old Samsung so the photos are blurry, sorry")).toBe(true);
  });
  it("leaves clean: my phone's an iPhone 8, can't open the PDF quote", () => {
    expect(clean("my phone's an iPhone 8, can't open the PDF quote")).toBe(true);
  });
  it("leaves clean: My mobile is ancient, the app keeps crashing when I upload photos", () => {
    expect(clean("My mobile is ancient, the app keeps crashing when I upload photos")).toBe(true);
  });
  it("leaves clean: my phone is an old Motorola and the in-app call button does nothing", () => {
    expect(clean("my phone is an old Motorola and the in-app call button does nothing")).toBe(true);
  });
  // flagged at main too: DEVICE_TO_REACH's \d{3} reads '200MB' as digits; fixed on fp26 (digitsToReach)
  it("leaves clean: my cell is a Pixel 6, the dashcam video is 200MB so it won't upload", () => {
    expect(clean("my cell is a Pixel 6, the dashcam video is 200MB so it won't upload")).toBe(true);
  });
  it("leaves clean: my phone is slow so the photos might take a while", () => {
    expect(clean("my phone is slow so the photos might take a while")).toBe(true);
  });
  it("leaves clean: my phone is an old iPhone so the photos are dark, sorry", () => {
    expect(clean("my phone is an old iPhone so the photos are dark, sorry")).toBe(true);
  });
  it("leaves clean: my mobile is a cheap Android and the app logs me out all the time", () => {
    expect(clean("my mobile is a cheap Android and the app logs me out all the time")).toBe(true);
  });
});
