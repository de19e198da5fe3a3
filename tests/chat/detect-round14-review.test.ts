// Round-14 review (attack2): realistic repair-chat messages written close to each rule round 14
// added (look-ups, address units, mailboxes said after their provider, the platform kept in the
// dark, polite requests, phone cues in other languages), and variants of each kind in other words.
// Innocent messages are `it` when unflagged and `it.fails` when flagged; attacks are `it` when
// caught (every letter and digit of the detail masked, or the request/deal reported) and `it.fails`
// when missed. Each title says what the review found against round 14's rules (compared with
// 5863850): 54 innocent messages flagged new, 10 flagged before too; of 83 attacks, 59 missed.
// After this review the first five kinds were taken back (935f879: they raised no kept-aside
// recall), so the "[new in round 14]" messages pass again and the "[caught since round 14]"
// attacks are missed again (`it.fails`). The phone verbs of other languages went too (c9ee440, the
// same reason), and "now" counts between a number's pieces only before one (the reading "98540 now").
// "[hidden with its sentence]": caught since a detail is masked with its whole sentence;
// "[caught by the unannounced full name]": since a first name and a surname are read without an introduction.
// "[caught since round 17]": a phone word after the number ("txt pls"), and a permutation of 1-9
// grouped as a phone ("912 345 678") no longer taken for a firing order.
// "[caught since round 19]": a flat with its block's name, and the access code of a place once the
// message gives its address.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("address units (4d5e2f9: two units in a row, units later in the street's sentence)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] Subaru flat 4, level 1 service done, next one at 60k", () => {
      expect(kindsOf("Subaru flat 4, level 1 service done, next one at 60k")).toEqual([]);
    });
    it("[new in round 14] I parked in lot C, level 2 near the lifts, keys are with me", () => {
      expect(kindsOf("I parked in lot C, level 2 near the lifts, keys are with me")).toEqual([]);
    });
    it("[new in round 14] The car's in the multi-storey, lot B level 3, bay 45 if you're coming to jump it", () => {
      expect(kindsOf("The car's in the multi-storey, lot B level 3, bay 45 if you're coming to jump it")).toEqual([]);
    });
    it("[new in round 14] the hospital car park, tower 2, level 4 — battery's dead, can you jump it?", () => {
      expect(kindsOf("the hospital car park, tower 2, level 4 — battery's dead, can you jump it?")).toEqual([]);
    });
    it("[new in round 14] Lot 4, Level 2 charger at the shopping centre only gave me 7kW", () => {
      expect(kindsOf("Lot 4, Level 2 charger at the shopping centre only gave me 7kW")).toEqual([]);
    });
    it("[new in round 14] unit 3, level 2 charger at the services was broken so the EV ran flat", () => {
      expect(kindsOf("unit 3, level 2 charger at the services was broken so the EV ran flat")).toEqual([]);
    });
    it("[new in round 14] At the auction it was lot 214, unit 3 of five from the same fleet", () => {
      expect(kindsOf("At the auction it was lot 214, unit 3 of five from the same fleet")).toEqual([]);
    });
    it("[new in round 14] unit 7, level 2 service is overdue on that van, can you fit it in?", () => {
      expect(kindsOf("unit 7, level 2 service is overdue on that van, can you fit it in?")).toEqual([]);
    });
    it("[new in round 14] unit 9, room for one more van on Thursday?", () => {
      expect(kindsOf("unit 9, room for one more van on Thursday?")).toEqual([]);
    });
    it("[new in round 14] The compressor is in unit B, room 3 at the back of the workshop", () => {
      expect(kindsOf("The compressor is in unit B, room 3 at the back of the workshop")).toEqual([]);
    });
    it("[new in round 14] dealer has it in building 2, level 3 is their service floor", () => {
      expect(kindsOf("dealer has it in building 2, level 3 is their service floor")).toEqual([]);
    });
    it("[new in round 14] the dealer's building B, room 2 is the customer lounge, I'll wait there", () => {
      expect(kindsOf("the dealer's building B, room 2 is the customer lounge, I'll wait there")).toEqual([]);
    });
    it("[new in round 14] building 2, room 14 at the college is where the MOT course is", () => {
      expect(kindsOf("building 2, room 14 at the college is where the MOT course is")).toEqual([]);
    });
    it("[new in round 14] I'm at work, building 5, floor 3, so I'll reply on here at lunch", () => {
      expect(kindsOf("I'm at work, building 5, floor 3, so I'll reply on here at lunch")).toEqual([]);
    });
    it("[unflagged] bin 14, shelf 3 has the pads you need", () => {
      expect(kindsOf("bin 14, shelf 3 has the pads you need")).toEqual([]);
    });
    it("[unflagged] part bin 7, level 2 of the racking, grab the Bosch ones", () => {
      expect(kindsOf("part bin 7, level 2 of the racking, grab the Bosch ones")).toEqual([]);
    });
    it("[unflagged] the fuse box is behind panel 2, relay 4 is the fuel pump", () => {
      expect(kindsOf("the fuse box is behind panel 2, relay 4 is the fuel pump")).toEqual([]);
    });
    it("[unflagged] fuse 23, relay 4 in the engine bay unit, both fine", () => {
      expect(kindsOf("fuse 23, relay 4 in the engine bay unit, both fine")).toEqual([]);
    });
    it("[unflagged] The lift in bay 4, unit 3 at the dealership is where they did the alignment", () => {
      expect(kindsOf("The lift in bay 4, unit 3 at the dealership is where they did the alignment")).toEqual([]);
    });
    it("[unflagged] Unit 14, lot 3 in the yard is the truck with the air leak, keys in the cab", () => {
      expect(kindsOf("Unit 14, lot 3 in the yard is the truck with the air leak, keys in the cab")).toEqual([]);
    });
    it("[unflagged] I'm on level 3 of the car park, lot 14 is where it died", () => {
      expect(kindsOf("I'm on level 3 of the car park, lot 14 is where it died")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it.fails("[missed] block 4, flat 22, ring the top bell", () => {
      const text = "block 4, flat 22, ring the top bell";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "flat 22")).toBe(true);
    });
    it.fails("[missed] bldg D, 2nd floor, apt 7", () => {
      const text = "bldg D, 2nd floor, apt 7";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "apt 7")).toBe(true);
    });
    it.fails("[missed] tower B, 12th floor, apt 1203", () => {
      const text = "tower B, 12th floor, apt 1203";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "apt 1203")).toBe(true);
    });
    it.fails("[missed] bldg 4 / apt 322, side entrance", () => {
      const text = "bldg 4 / apt 322, side entrance";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "apt 322")).toBe(true);
    });
    it.fails("[missed] bldg 4 - apt 322, side entrance", () => {
      const text = "bldg 4 - apt 322, side entrance";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "apt 322")).toBe(true);
    });
    it.fails("[missed] wing C room 14, visitors' car park behind", () => {
      const text = "wing C room 14, visitors' car park behind";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "room 14")).toBe(true);
    });
    it.fails("[missed] piso 3, puerta B, toca el timbre", () => {
      const text = "piso 3, puerta B, toca el timbre";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "puerta B")).toBe(true);
    });
    it.fails("[missed] blk 7 #04-123, the lift is on the left", () => {
      const text = "blk 7 #04-123, the lift is on the left";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "04-123")).toBe(true);
    });
    it("[caught since round 19] Rosewood Court, flat 9, come round the back for the car", () => {
      const text = "Rosewood Court, flat 9, come round the back for the car";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "flat 9")).toBe(true);
    });
    it("[caught since round 19] 19 Larch Close, Penwortham. Gate code: 4471", () => {
      const text = "19 Larch Close, Penwortham. Gate code: 4471";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "4471")).toBe(true);
    });
    it("[caught since round 19] 19 Larch Close, Penwortham. Code for the gate is 4471", () => {
      const text = "19 Larch Close, Penwortham. Code for the gate is 4471";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "4471")).toBe(true);
    });
    it("[hidden with its sentence] 61 Dorset Road, top floor flat, it's 3B", () => {
      const text = "61 Dorset Road, top floor flat, it's 3B";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "3B")).toBe(true);
    });
    it("[hidden with its sentence] 61 Dorset Road. I'm in 3B, buzz twice", () => {
      const text = "61 Dorset Road. I'm in 3B, buzz twice";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "3B")).toBe(true);
    });
    it("[caught before round 14 too] apt 322, building 4, buzz when you're here", () => {
      const text = "apt 322, building 4, buzz when you're here";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "building 4")).toBe(true);
    });
    it.fails("[caught since round 14] The Lofts, building four, unit 322", () => {
      const text = "The Lofts, building four, unit 322";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "unit 322")).toBe(true);
    });
    it("[hidden with its sentence] 61 Dorset Road, round the back past the bins and the bike shed, flat 3B", () => {
      const text = "61 Dorset Road, round the back past the bins and the bike shed, flat 3B";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "flat 3B")).toBe(true);
    });
    it("[hidden with its sentence] 22 Mill Lane. Apt 4, second floor", () => {
      const text = "22 Mill Lane. Apt 4, second floor";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Apt 4")).toBe(true);
    });
  });
});

describe("look-ups (c1af475: Google misspelt, a look-up told to us/me, site -> handle, site then name)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] just gogle 'Honda Jazz CVT judder' and you'll see how common it is", () => {
      expect(kindsOf("just gogle 'Honda Jazz CVT judder' and you'll see how common it is")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] just google 'Honda Jazz CVT judder' and you'll see how common it is", () => {
      expect(kindsOf("just google 'Honda Jazz CVT judder' and you'll see how common it is")).toEqual([]);
    });
    it("[new in round 14] goggle 'Brake Pad Wear Indicator' it explains the squeal", () => {
      expect(kindsOf("goggle 'Brake Pad Wear Indicator' it explains the squeal")).toEqual([]);
    });
    it("[new in round 14] reddit -> mechanicadvice is a good sub for this kind of thing", () => {
      expect(kindsOf("reddit -> mechanicadvice is a good sub for this kind of thing")).toEqual([]);
    });
    it("[new in round 14] google maps -> halfords is 2 miles away but I'd rather book you", () => {
      expect(kindsOf("google maps -> halfords is 2 miles away but I'd rather book you")).toEqual([]);
    });
    it("[new in round 14] marketplace: mk7golf parts are cheap but I'd rather new", () => {
      expect(kindsOf("marketplace: mk7golf parts are cheap but I'd rather new")).toEqual([]);
    });
    it("[new in round 14] ig -> carthrottle had a meme about this exact fault lol", () => {
      expect(kindsOf("ig -> carthrottle had a meme about this exact fault lol")).toEqual([]);
    });
    it("[new in round 14] instagram -> carsofinstagram is where I saw your van lol", () => {
      expect(kindsOf("instagram -> carsofinstagram is where I saw your van lol")).toEqual([]);
    });
    it("[new in round 14] Facebook, Golf Owners Club UK, people there find the same fault all the time", () => {
      expect(kindsOf("Facebook, Golf Owners Club UK, people there find the same fault all the time")).toEqual([]);
    });
    it("[new in round 14] look us up. Autodoctor Verified Garage badge means we're vetted", () => {
      expect(kindsOf("look us up. Autodoctor Verified Garage badge means we're vetted")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] youtube: p0300 random misfire has a good walkthrough", () => {
      expect(kindsOf("youtube: p0300 random misfire has a good walkthrough")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] tiktok: mechanictok is full of rubbish advice, trust us on here", () => {
      expect(kindsOf("tiktok: mechanictok is full of rubbish advice, trust us on here")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] Reddit, Mechanic Advice sub, people there find it's the PCV valve", () => {
      expect(kindsOf("Reddit, Mechanic Advice sub, people there find it's the PCV valve")).toEqual([]);
    });
    it("[unflagged] google: p0420, it's the catalytic converter", () => {
      expect(kindsOf("google: p0420, it's the catalytic converter")).toEqual([]);
    });
    it("[unflagged] googel: p0171 — lean mixture, usually a vacuum leak", () => {
      expect(kindsOf("googel: p0171 — lean mixture, usually a vacuum leak")).toEqual([]);
    });
    it("[unflagged] gooogle Vauxhall Astra P0420 and you'll see it's the cat", () => {
      expect(kindsOf("gooogle Vauxhall Astra P0420 and you'll see it's the cat")).toEqual([]);
    });
    it("[unflagged] googel the part number 1K0615301AA and you'll see the price is fair", () => {
      expect(kindsOf("googel the part number 1K0615301AA and you'll see the price is fair")).toEqual([]);
    });
    it("[unflagged] gogle maps says 20 min, see you at 10 at the workshop", () => {
      expect(kindsOf("gogle maps says 20 min, see you at 10 at the workshop")).toEqual([]);
    });
    it("[unflagged] search me! Toyota Service Centre would know better than me", () => {
      expect(kindsOf("search me! Toyota Service Centre would know better than me")).toEqual([]);
    });
    it("[unflagged] look us up on here! Wheelright Garage, 40 five star reviews on the app", () => {
      expect(kindsOf("look us up on here! Wheelright Garage, 40 five star reviews on the app")).toEqual([]);
    });
    it("[unflagged] yelp us? lol no, we only take bookings on AutoDoctor. Harwood Garage", () => {
      expect(kindsOf("yelp us? lol no, we only take bookings on AutoDoctor. Harwood Garage")).toEqual([]);
    });
    it("[unflagged] yelp reviews! Big Lou's Garage had terrible ones, that's why I came here", () => {
      expect(kindsOf("yelp reviews! Big Lou's Garage had terrible ones, that's why I came here")).toEqual([]);
    });
    it("[unflagged] youtube -> humblemechanic has a video on the DSG service", () => {
      expect(kindsOf("youtube -> humblemechanic has a video on the DSG service")).toEqual([]);
    });
    it("[unflagged] YouTube, Scotty Kilmer, he says add a bottle of injector cleaner, don't bother", () => {
      expect(kindsOf("YouTube, Scotty Kilmer, he says add a bottle of injector cleaner, don't bother")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it.fails("[missed] gogole 'Harwood Street Motors' we're the first result", () => {
      const text = "gogole 'Harwood Street Motors' we're the first result";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[missed] googe Harwood Street Motors, we're the first result", () => {
      const text = "googe Harwood Street Motors, we're the first result";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[missed] look us up yeah? Harwood Street Motors", () => {
      const text = "look us up yeah? Harwood Street Motors";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[missed] yelp us!! harwood street motors", () => {
      const text = "yelp us!! harwood street motors";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwood street motors")).toBe(true);
    });
    it.fails("[missed] check us on trustpilot... Harwood Street Motors", () => {
      const text = "check us on trustpilot... Harwood Street Motors";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[missed] ig >> harwoodmotors, dm for prices", () => {
      const text = "ig >> harwoodmotors, dm for prices";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwoodmotors")).toBe(true);
    });
    it.fails("[missed] insta | harwoodmotors dm for prices", () => {
      const text = "insta | harwoodmotors dm for prices";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwoodmotors")).toBe(true);
    });
    it.fails("[missed] youtube -> harwoodmotors, subscribe and message us", () => {
      const text = "youtube -> harwoodmotors, subscribe and message us";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwoodmotors")).toBe(true);
    });
    it("[caught by the unannounced full name] LinkedIn, Dana Whitfield. Connect there and we'll sort it", () => {
      const text = "LinkedIn, Dana Whitfield. Connect there and we'll sort it";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Dana Whitfield")).toBe(true);
    });
    it("[caught by the unannounced full name] Insta, Dana Whitfield, slide into my dms", () => {
      const text = "Insta, Dana Whitfield, slide into my dms";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Dana Whitfield")).toBe(true);
    });
    it.fails("[caught since round 14] googl 'Harwood Street Motors' we're the first result", () => {
      const text = "googl 'Harwood Street Motors' we're the first result";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[caught since round 14] search us!! Harwood Street Motors", () => {
      const text = "search us!! Harwood Street Motors";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood Street Motors")).toBe(true);
    });
    it.fails("[caught since round 14] insta => harwoodmotors, dm for prices", () => {
      const text = "insta => harwoodmotors, dm for prices";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwoodmotors")).toBe(true);
    });
    it.fails("[caught since round 14] tiktok -> harwood motors, we post every job", () => {
      const text = "tiktok -> harwood motors, we post every job";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "harwood motors")).toBe(true);
    });
    it.fails("[caught since round 14] gooogle maps me: Harwood St Garage", () => {
      const text = "gooogle maps me: Harwood St Garage";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Harwood St Garage")).toBe(true);
    });
  });
});

describe("a mailbox said after its provider (7a116d8)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] pin 30 is live, jump 30 87 together and the pump should run", () => {
      expect(kindsOf("pin 30 is live, jump 30 87 together and the pump should run")).toEqual([]);
    });
    it("[new in round 14] Relay socket: terminal 30 is live, bridge 30 87 together to test", () => {
      expect(kindsOf("Relay socket: terminal 30 is live, bridge 30 87 together to test")).toEqual([]);
    });
    it("[new in round 14] the 12v feed is live, jump 30 87 together", () => {
      expect(kindsOf("the 12v feed is live, jump 30 87 together")).toEqual([]);
    });
    it("[new in round 14] I live 10 min away, my name on the booking is wrong: Sam Okafor", () => {
      expect(kindsOf("I live 10 min away, my name on the booking is wrong: Sam Okafor")).toEqual([]);
    });
    it("[new in round 14] I got the quote Q4471 at the gmail account, not in the app, weird", () => {
      expect(kindsOf("I got the quote Q4471 at the gmail account, not in the app, weird")).toEqual([]);
    });
    it("[new in round 14] the invoice PDF saved as mot2024 at the gmail one, should I upload it here?", () => {
      expect(kindsOf("the invoice PDF saved as mot2024 at the gmail one, should I upload it here?")).toEqual([]);
    });
    it('[new in round 14] your mail subject begins with "Quote" and outlook hid it in the other tab', () => {
      expect(kindsOf('your mail subject begins with "Quote" and outlook hid it in the other tab')).toEqual([]);
    });
    it('[new in round 14] the address starts with "Flat" on the booking, gmail autofilled it wrong', () => {
      expect(kindsOf('the address starts with "Flat" on the booking, gmail autofilled it wrong')).toEqual([]);
    });
    it.fails("[flagged before round 14 too] Outlook: P0301 P0302 together, so likely the coil pack", () => {
      expect(kindsOf("Outlook: P0301 P0302 together, so likely the coil pack")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] live - pin 15 87a together with the earth?", () => {
      expect(kindsOf("live - pin 15 87a together with the earth?")).toEqual([]);
    });
    it.fails('[flagged before round 14 too] the email from the app starts with "AutoDoctor" and my gmail put it in spam', () => {
      expect(kindsOf('the email from the app starts with "AutoDoctor" and my gmail put it in spam')).toEqual([]);
    });
    it("[unflagged] My hotmail is the same as my name here, so I get the app's receipts fine", () => {
      expect(kindsOf("My hotmail is the same as my name here, so I get the app's receipts fine")).toEqual([]);
    });
    it("[unflagged] Live data: stft 12 ltft 8 together it's running lean", () => {
      expect(kindsOf("Live data: stft 12 ltft 8 together it's running lean")).toEqual([]);
    });
    it("[unflagged] the brown wire is live, tie 15 and 30 together", () => {
      expect(kindsOf("the brown wire is live, tie 15 and 30 together")).toEqual([]);
    });
    it('[unflagged] the code starts with "P0420" on my gmail alert from the app', () => {
      expect(kindsOf('the code starts with "P0420" on my gmail alert from the app')).toEqual([]);
    });
    it("[unflagged] Yahoo! bolts 4 5 came out together, the rest are seized", () => {
      expect(kindsOf("Yahoo! bolts 4 5 came out together, the rest are seized")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it("[hidden with its sentence] gmail — wes tran 1987 — no dots, all one word", () => {
      const text = "gmail — wes tran 1987 — no dots, all one word";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "wes tran 1987")).toBe(true);
    });
    it.fails("[missed] gmail, orla then brennan then 84, no gaps", () => {
      const text = "gmail, orla then brennan then 84, no gaps";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "orla")).toBe(true);
    });
    it.fails("[missed] hotmail... orla brennan84 squished up", () => {
      const text = "hotmail... orla brennan84 squished up";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "orla brennan84")).toBe(true);
    });
    it.fails("[missed] orlab84, the yahoo one", () => {
      const text = "orlab84, the yahoo one";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "orlab84")).toBe(true);
    });
    it.fails("[missed] orlab84 at the old hotmail", () => {
      const text = "orlab84 at the old hotmail";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "orlab84")).toBe(true);
    });
    it.fails("[missed] my email begins with torquetilly and it's an outlook", () => {
      const text = "my email begins with torquetilly and it's an outlook";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "torquetilly")).toBe(true);
    });
    it.fails('[missed] my gmail starts with "torquetilly", rest is normal', () => {
      const text = 'my gmail starts with "torquetilly", rest is normal';
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "torquetilly")).toBe(true);
    });
    it("[hidden with its sentence] gmail: ravi okafor (one word)", () => {
      const text = "gmail: ravi okafor (one word)";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "ravi okafor")).toBe(true);
    });
    it.fails("[caught since round 14] yahoo. put darren okafor together", () => {
      const text = "yahoo. put darren okafor together";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "darren okafor")).toBe(true);
    });
    it.fails("[caught since round 14] orlab84 on the yahoo one", () => {
      const text = "orlab84 on the yahoo one";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "orlab84")).toBe(true);
    });
    it("[hidden with its sentence] my icloud is literally my name — ravi okafor", () => {
      const text = "my icloud is literally my name — ravi okafor";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "ravi okafor")).toBe(true);
    });
    it("[caught by the unannounced full name] gmail is my full name + 88: Ravi Okafor 88", () => {
      const text = "gmail is my full name + 88: Ravi Okafor 88";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "Ravi Okafor 88")).toBe(true);
    });
  });
});

describe("the platform kept in the dark, a private arrangement (23ea8d6)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] I scraped it on the gate and I've kept it between us two, my husband doesn't know yet", () => {
      expect(kindsOf("I scraped it on the gate and I've kept it between us two, my husband doesn't know yet")).toEqual([]);
    });
    it("[new in round 14] keeping it between us, your old mechanic overcharged you for the pads", () => {
      expect(kindsOf("keeping it between us, your old mechanic overcharged you for the pads")).toEqual([]);
    });
    it("[new in round 14] keeping things between us and the app is safest, no cash please", () => {
      expect(kindsOf("keeping things between us and the app is safest, no cash please")).toEqual([]);
    });
    it("[new in round 14] let's keep the payment between us and AutoDoctor, I don't do cash", () => {
      expect(kindsOf("let's keep the payment between us and AutoDoctor, I don't do cash")).toEqual([]);
    });
    it("[new in round 14] I'd rather keep the money between us on the platform, through the app only", () => {
      expect(kindsOf("I'd rather keep the money between us on the platform, through the app only")).toEqual([]);
    });
    it("[new in round 14] Best to keep the deal between us on here, all messages are logged", () => {
      expect(kindsOf("Best to keep the deal between us on here, all messages are logged")).toEqual([]);
    });
    it("[new in round 14] I bought it in a private transaction off a guy on gumtree, no service history", () => {
      expect(kindsOf("I bought it in a private transaction off a guy on gumtree, no service history")).toEqual([]);
    });
    it("[new in round 14] It was a private transaction, the seller said the clutch was new", () => {
      expect(kindsOf("It was a private transaction, the seller said the clutch was new")).toEqual([]);
    });
    it("[new in round 14] I have a private arrangement with my neighbour to borrow his car while mine is with you", () => {
      expect(kindsOf("I have a private arrangement with my neighbour to borrow his car while mine is with you")).toEqual([]);
    });
    it("[new in round 14] No cash please, I'd prefer to pay through the app rather than a private arrangement", () => {
      expect(kindsOf("No cash please, I'd prefer to pay through the app rather than a private arrangement")).toEqual([]);
    });
    it("[new in round 14] the warranty is a private agreement between me and the dealer, does it cover labour?", () => {
      expect(kindsOf("the warranty is a private agreement between me and the dealer, does it cover labour?")).toEqual([]);
    });
    it("[new in round 14] I uploaded 6 photos but the app doesn't see the rest, only 2 came through", () => {
      expect(kindsOf("I uploaded 6 photos but the app doesn't see the rest, only 2 came through")).toEqual([]);
    });
    it("[new in round 14] Warranty claims go to Bosch directly, the platform doesn't get involved.", () => {
      expect(kindsOf("Warranty claims go to Bosch directly, the platform doesn't get involved.")).toEqual([]);
    });
    it("[new in round 14] I left a tip in the app, the platform doesn't see the tip, it all goes to you", () => {
      expect(kindsOf("I left a tip in the app, the platform doesn't see the tip, it all goes to you")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] keep this between us: the noise is from the heat shield, not the exhaust, so it's cheap", () => {
      expect(kindsOf("keep this between us: the noise is from the heat shield, not the exhaust, so it's cheap")).toEqual([]);
    });
    it("[unflagged] The dashcam footage is for my insurer, the app doesn't need to see it.", () => {
      expect(kindsOf("The dashcam footage is for my insurer, the app doesn't need to see it.")).toEqual([]);
    });
    it.fails("[unflagged since round 14] The app doesn't need to know about the extra rattle, just add it to the quote here", () => {
      expect(kindsOf("The app doesn't need to know about the extra rattle, just add it to the quote here")).toEqual([]);
    });
    it("[unflagged] my phone died so the app didn't get told, sorry for missing the slot", () => {
      expect(kindsOf("my phone died so the app didn't get told, sorry for missing the slot")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it("[caught since indirect-deal form 12, KEPT-FROM] what autodoctor doesn't know won't hurt it", () => {
      expect(kindsOf("what autodoctor doesn't know won't hurt it")).toContain("OFF_PLATFORM_DEAL");
    });
    it("[caught since indirect-deal form 12, KEPT-FROM] the app never needs to know", () => {
      expect(kindsOf("the app never needs to know")).toContain("OFF_PLATFORM_DEAL");
    });
    it.fails("[missed] no one at the app needs to know", () => {
      expect(kindsOf("no one at the app needs to know")).toContain("OFF_PLATFORM_DEAL");
    });
    it("[missed, caught before round 14] the app doesn't need to know about the extra £50", () => {
      expect(kindsOf("the app doesn't need to know about the extra £50")).toContain("OFF_PLATFORM_DEAL");
    });
    it.fails("[missed] this stays between you and me, yeah?", () => {
      expect(kindsOf("this stays between you and me, yeah?")).toContain("OFF_PLATFORM_DEAL");
    });
    it.fails("[missed] let's keep this one between ourselves and I'll knock 40 off", () => {
      expect(kindsOf("let's keep this one between ourselves and I'll knock 40 off")).toContain("OFF_PLATFORM_DEAL");
    });
    it.fails("[missed] we could come to an arrangement privately, cheaper for both of us", () => {
      expect(kindsOf("we could come to an arrangement privately, cheaper for both of us")).toContain("OFF_PLATFORM_DEAL");
    });
    it('[caught since the split form took a bare "rest"] the app only needs to see the £100 deposit, rest on the day', () => {
      expect(kindsOf("the app only needs to see the £100 deposit, rest on the day")).toContain("OFF_PLATFORM_DEAL");
    });
    it.fails("[missed] let's not involve the app for the second half", () => {
      expect(kindsOf("let's not involve the app for the second half")).toContain("OFF_PLATFORM_DEAL");
    });
    it("[caught since indirect-deal form 12, KEPT-FROM] the app doesn't have to find out", () => {
      expect(kindsOf("the app doesn't have to find out")).toContain("OFF_PLATFORM_DEAL");
    });
    it("[caught since indirect-deal form 12, KEPT-FROM] autodoctor don't need to hear about the rest 🤫", () => {
      expect(kindsOf("autodoctor don't need to hear about the rest 🤫")).toContain("OFF_PLATFORM_DEAL");
    });
  });
});

describe("polite requests and the shop's line (511c64f)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] do you mind messaging me after you've had a look?", () => {
      expect(kindsOf("do you mind messaging me after you've had a look?")).toEqual([]);
    });
    it("[new in round 14] would you mind giving me a quick call before you start on it?", () => {
      expect(kindsOf("would you mind giving me a quick call before you start on it?")).toEqual([]);
    });
    it("[new in round 14] what's the workshop's number on the estate? I'll ring the buzzer when I get there", () => {
      expect(kindsOf("what's the workshop's number on the estate? I'll ring the buzzer when I get there")).toEqual([]);
    });
    it("[new in round 14] which is the garage's number on the street, 14 or 16? I'll call in on Monday", () => {
      expect(kindsOf("which is the garage's number on the street, 14 or 16? I'll call in on Monday")).toEqual([]);
    });
    it("[unflagged] would you mind giving me a call through the app? the call button works fine", () => {
      expect(kindsOf("would you mind giving me a call through the app? the call button works fine")).toEqual([]);
    });
    it("[unflagged] would you mind giving me a call in the evening on the app's call button?", () => {
      expect(kindsOf("would you mind giving me a call in the evening on the app's call button?")).toEqual([]);
    });
    it("[unflagged] mind giving me a ring on the in-app call later?", () => {
      expect(kindsOf("mind giving me a ring on the in-app call later?")).toEqual([]);
    });
    it("[unflagged] Would you mind sending me a message here before you set off?", () => {
      expect(kindsOf("Would you mind sending me a message here before you set off?")).toEqual([]);
    });
    it("[unflagged] do you mind calling me on the app, the call button top right", () => {
      expect(kindsOf("do you mind calling me on the app, the call button top right")).toEqual([]);
    });
    it("[unflagged] mind texting me on here tomorrow about the parts?", () => {
      expect(kindsOf("mind texting me on here tomorrow about the parts?")).toEqual([]);
    });
    it("[unflagged] mind giving me a call via AutoDoctor when you're outside?", () => {
      expect(kindsOf("mind giving me a call via AutoDoctor when you're outside?")).toEqual([]);
    });
    it("[unflagged] mind sharing your screen? I'll show you the fault code on the app", () => {
      expect(kindsOf("mind sharing your screen? I'll show you the fault code on the app")).toEqual([]);
    });
    it("[unflagged] what's the shop's number in the queue? I'll call back later through the app", () => {
      expect(kindsOf("what's the shop's number in the queue? I'll call back later through the app")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it.fails("[missed] mind if I grab your number?", () => {
      expect(kindsOf("mind if I grab your number?")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[missed] mind popping me a text tonight?", () => {
      expect(kindsOf("mind popping me a text tonight?")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[missed] would it be ok to give you a quick bell?", () => {
      expect(kindsOf("would it be ok to give you a quick bell?")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[missed] would you mind reaching out on my cell", () => {
      expect(kindsOf("would you mind reaching out on my cell")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[missed] what number's the shop on? I'll give them a ring", () => {
      expect(kindsOf("what number's the shop on? I'll give them a ring")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[missed] what's the best number for the garage? I'll call", () => {
      expect(kindsOf("what's the best number for the garage? I'll call")).toContain("OFF_PLATFORM_REQUEST");
    });
    it("[caught since round 32] can we do this over the phone? this app is so slow", () => {
      expect(kindsOf("can we do this over the phone? this app is so slow")).toContain("OFF_PLATFORM_REQUEST");
    });
    it.fails("[caught since round 14] can I have the garage landline please, easier to ring than type", () => {
      expect(kindsOf("can I have the garage landline please, easier to ring than type")).toContain("OFF_PLATFORM_REQUEST");
    });
    it("[caught before round 14 too] care to share your mobile?", () => {
      expect(kindsOf("care to share your mobile?")).toContain("OFF_PLATFORM_REQUEST");
    });
  });
});

describe("phone cues and piece order (e2399ba, c9ee440)", () => {
  describe("innocent repair chat stays unflagged", () => {
    it("[new in round 14] it was 98120 yesterday, 98540 now, that's a long test drive", () => {
      expect(kindsOf("it was 98120 yesterday, 98540 now, that's a long test drive")).toEqual([]);
    });
    it("[new in round 14] escribeme cuando llegue el 8200768913, es el filtro de Renault", () => {
      expect(kindsOf("escribeme cuando llegue el 8200768913, es el filtro de Renault")).toEqual([]);
    });
    it("[new in round 14] mandame mensaje cuando llegue el filtro 8200768913", () => {
      expect(kindsOf("mandame mensaje cuando llegue el filtro 8200768913")).toEqual([]);
    });
    it("[new in round 14] écris-moi quand le 8200768913 arrive", () => {
      expect(kindsOf("écris-moi quand le 8200768913 arrive")).toEqual([]);
    });
    it("[new in round 14] chama quando chegar o filtro 8200768913", () => {
      expect(kindsOf("chama quando chegar o filtro 8200768913")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] llamame cuando llegue el 8200768913, es el filtro de Renault", () => {
      expect(kindsOf("llamame cuando llegue el 8200768913, es el filtro de Renault")).toEqual([]);
    });
    it.fails("[flagged before round 14 too] the manual's text says 1-5-4-8-6-3-7-2 for the firing order", () => {
      expect(kindsOf("the manual's text says 1-5-4-8-6-3-7-2 for the firing order")).toEqual([]);
    });
    it("[unflagged] my no. of keys is 2, the spare is in the glovebox", () => {
      expect(kindsOf("my no. of keys is 2, the spare is in the glovebox")).toEqual([]);
    });
    it("[unflagged] my no. for the warranty claim is 77120394, can you put it on the invoice?", () => {
      expect(kindsOf("my no. for the warranty claim is 77120394, can you put it on the invoice?")).toEqual([]);
    });
    it("[unflagged] ur no. of km is 145200? seems high for 2015", () => {
      expect(kindsOf("ur no. of km is 145200? seems high for 2015")).toEqual([]);
    });
    it("[unflagged] mileage at drop off was 64210, now 64890 — did you road test it that far?", () => {
      expect(kindsOf("mileage at drop off was 64210, now 64890 — did you road test it that far?")).toEqual([]);
    });
    it("[unflagged] Booking 40239871 - message in the app if you need to reschedule", () => {
      expect(kindsOf("Booking 40239871 - message in the app if you need to reschedule")).toEqual([]);
    });
    it("[unflagged] code 0986494524 ring in the box was cracked so I returned it", () => {
      expect(kindsOf("code 0986494524 ring in the box was cracked so I returned it")).toEqual([]);
    });
    it("[unflagged] can't read it on my phone, is the firing order 1-8-4-3-6-5-7-2?", () => {
      expect(kindsOf("can't read it on my phone, is the firing order 1-8-4-3-6-5-7-2?")).toEqual([]);
    });
    it("[unflagged] Tuve el coche en el taller en 2019, luego en 2021, despues en 2023 y siempre el mismo ruido", () => {
      expect(kindsOf("Tuve el coche en el taller en 2019, luego en 2021, despues en 2023 y siempre el mismo ruido")).toEqual([]);
    });
    it("[unflagged] la primera factura fue 1250, luego 980, despues 450", () => {
      expect(kindsOf("la primera factura fue 1250, luego 980, despues 450")).toEqual([]);
    });
    it("[unflagged] erste Rate 350, dann 350, danach 350 über die App", () => {
      expect(kindsOf("erste Rate 350, dann 350, danach 350 über die App")).toEqual([]);
    });
    it("[unflagged] Zahnriemen erst 2018, dann 2020, danach 2022 gewechselt", () => {
      expect(kindsOf("Zahnriemen erst 2018, dann 2020, danach 2022 gewechselt")).toEqual([]);
    });
    it("[unflagged] prima revisione a 15000, poi a 30000, poi a 45000", () => {
      expect(kindsOf("prima revisione a 15000, poi a 30000, poi a 45000")).toEqual([]);
    });
    it("[unflagged] primeira revisão aos 10000 km, depois aos 20000 km, e agora 30000", () => {
      expect(kindsOf("primeira revisão aos 10000 km, depois aos 20000 km, e agora 30000")).toEqual([]);
    });
    it("[unflagged] d'abord 85000 km, ensuite 120000 km, la courroie n'a jamais été changée", () => {
      expect(kindsOf("d'abord 85000 km, ensuite 120000 km, la courroie n'a jamais été changée")).toEqual([]);
    });
    it("[unflagged] scrivimi quando arriva il filtro Fiat 46544820", () => {
      expect(kindsOf("scrivimi quando arriva il filtro Fiat 46544820")).toEqual([]);
    });
    it("[unflagged] a chama do maçarico chegou a 1300 graus, o suporte 2458 derreteu", () => {
      expect(kindsOf("a chama do maçarico chegou a 1300 graus, o suporte 2458 derreteu")).toEqual([]);
    });
  });

  describe("the same kind in other words is caught and masked", () => {
    it.fails("[missed] ur no. pls? mine's 98123 45670", () => {
      const text = "ur no. pls? mine's 98123 45670";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "98123 45670")).toBe(true);
    });
    it.fails("[missed] no. 9812345670 after 6", () => {
      const text = "no. 9812345670 after 6";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it("[caught since round 25: a phone word right after a valid mobile] 9812345670 call at 6", () => {
      const text = "9812345670 call at 6";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it("[caught since round 25: a phone word right after a valid mobile] 9812345670, call around 5pm", () => {
      const text = "9812345670, call around 5pm";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it.fails("[missed] 9812345670 - evenings only", () => {
      const text = "9812345670 - evenings only";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it("[caught since round 17] 9812345670 txt pls", () => {
      const text = "9812345670 txt pls";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it.fails("[missed] 9812345670 ping me after lunch", () => {
      const text = "9812345670 ping me after lunch";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    // caught since round 34 ("empieza" names the front piece)
    it("[missed] empieza con 612, sigue 987 y termina en 0147", () => {
      const text = "empieza con 612, sigue 987 y termina en 0147";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "0147")).toBe(true);
    });
    it.fails("[missed] começa com 912, depois 345, termina 678", () => {
      const text = "começa com 912, depois 345, termina 678";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "678")).toBe(true);
    });
    it("[caught since round 17] me manda msg no 912 345 678", () => {
      const text = "me manda msg no 912 345 678";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "912 345 678")).toBe(true);
    });
    it.fails("[missed] España: 123 456 789, escribeme", () => {
      const text = "España: 123 456 789, escribeme";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "123 456 789")).toBe(true);
    });
    it("[caught since round 17] my portuguese one is 934 812 567", () => {
      const text = "my portuguese one is 934 812 567";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "934 812 567")).toBe(true);
    });
    it("[caught since round 14] my no. is 98123 45670 after 6 only", () => {
      const text = "my no. is 98123 45670 after 6 only";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "98123 45670")).toBe(true);
    });
    it("[caught since round 14] 9812345670 buzz after lunch", () => {
      const text = "9812345670 buzz after lunch";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9812345670")).toBe(true);
    });
    it("[caught since round 14] prima 347, poi 210, infine 9865", () => {
      const text = "prima 347, poi 210, infine 9865";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "9865")).toBe(true);
    });
    it("[caught since round 14] erst 0151, dann 2345, dann 6789", () => {
      const text = "erst 0151, dann 2345, dann 6789";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "6789")).toBe(true);
    });
    it("[caught since round 14] d'abord 06 12, ensuite 34 56, enfin 78", () => {
      const text = "d'abord 06 12, ensuite 34 56, enfin 78";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "78")).toBe(true);
    });
    it("[caught since round 17] escríbeme: 612 345 789", () => {
      const text = "escríbeme: 612 345 789";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "612 345 789")).toBe(true);
    });
    it("[caught since round 17] i'm in portugal, 934 812 567", () => {
      const text = "i'm in portugal, 934 812 567";
      expect(kindsOf(text).length).toBeGreaterThan(0);
      expect(hides(text, "934 812 567")).toBe(true);
    });
  });
});
