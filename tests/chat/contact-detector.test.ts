// Specification of the contact detector, by kind. Each `it.each` table names a KIND of input the
// detector must handle (a normalisation, a way of writing a detail, a look-alike that must stay
// innocent), with the issue's own examples and our own. The corpus figures at the end run the
// labelled dev split (tests/contacts/corpus/dev.jsonl) and fail when they fall below a floor.
import { describe, expect, it } from "vitest";
import { evaluateSplit, loadSplit } from "../../scripts/eval-contacts.ts";
import { DEFAULT_DETECTION_OPTIONS, detectAcrossMessages, detectContactDetails, MASK, nothingFound } from "../../src/domain/contacts/contact-detector.ts";
import { normalise } from "../../src/domain/contacts/detection/normalise.ts";
import { isPenalisable, PHRASE_ONLY_KINDS } from "../../src/domain/enforcement/penalty-ladder.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("normalisation: disguised digits and letters are read as what they look like", () => {
  it.each([
    ["fullwidth digits", "call ２１２ ５５５ ０１９９"],
    ["mathematical bold digits", "𝟑𝟎𝟑 𝟓𝟓𝟓 𝟎𝟏𝟕𝟖 is my cell"],
    ["Arabic-Indic digits", "رقمي ٣٠٣ ٥٥٥ ٠١٧٨"],
    ["Devanagari digits", "नंबर ३०३ ५५५ ०१७८"],
    ["keycap digits", "9️⃣0️⃣9️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣4️⃣3️⃣"],
    ["circled digits", "③⓪③ ⑤⑤⑤ ⓪①⑦⑧"],
    ["superscripts", "³⁰³ ⁵⁵⁵ ⁰¹⁷⁸"],
    ["zero-width characters", "8\u200b3\u200b2\u200b-5\u200b5\u200b5\u200b-0\u200b1\u200b6\u200b1"],
    ["a repeated look-alike letter said", "7l3 triple S zero 1 nine eight"],
    ["a lone I between digits said one by one", "call 3 I 2 555 0 1 8 4"],
    ["soft hyphens and word joiners", "my mobile 077\u00ad00 900\u2060312"],
    ["letters for digits", "2I4 555 OI57"],
    ["letters for digits with dashes", "5O3-555-O142"],
    ["double O", "77OO 9OO461 is my mobile"],
    ["S, B and Z for digits", "(6I9) 5S5-OI88 i do mobile brake jobs"],
    ["number words with oh", "four one five, five five five, oh one three two"],
    ["double and triple", "nine one nine, triple five, oh one double oh"],
    ["digit words glued to digits", "seven20 555 01three4"],
    ["words after digits", "512 555 one four three two"],
    ["tens", "two one two, five fifty-five, oh one eighty-seven"],
    ["other languages", "mon numéro: zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"],
    ["separators and line breaks", "303\n555\n0178 text me"],
    ["Italian digits", "chiamami al tre tre tre, uno due tre, quattro cinque sei sette"],
    ["Portuguese tens with e", "meu celular é vinte e um, nove nove oito, sete sete, cinco cinco, dois dois"],
    ["phonetic English", "number is nain tu wan, faiv faiv faiv, ziro wan tri tri. call pliz"],
  ])("%s: %j is a PHONE", (_kind, text) => {
    expect(kindsOf(text)).toContain("PHONE");
  });

  it.each([
    ["Cyrillic letters in whatsapp", "whаtsаpp me"],
    ["Cyrillic letters in telegram", "tеlеgrаm: fixit_dan"],
    ["small capitals", "ᴡʜᴀᴛsᴀᴘᴘ me"],
    ["spaced letters", "w h a t s a p p me"],
    ["dotted letters", "w.h.a.t.s.a.p.p me the pics"],
  ])("%s: %j is a MESSAGING_APP", (_kind, text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
  });

  it.each([
    ["a surname that is a number word", "my name's Bartholomew Quince, there aren't many of us"],
    ["a particle between names", "full name Augusto Ferreira dos Santos"],
    ["an English word that is Italian for two", "the service is due tomorrow, the otto cycle engine"],
    ["phonetic words alone", "tu sabes, wan day I'll fix it"],
  ])("%s: %j keeps its words (no digits invented)", (_kind, text) => {
    expect(normalise(text).text).not.toMatch(/\d/);
  });

  it.each([
    ["phonetic words before the readable part", "fyve five wun, too tree ate, niner zero four six", "fyve five wun, too tree ate, niner zero four six"],
    ["a spoken plus and hundreds", "whatsapp me, plus four four seven seven double zero, nine hundred, one two three", "plus four four seven seven double zero, nine hundred, one two three"],
    ["then between groups", "area code is four eight oh then triple five double two one nine eight oh", "four eight oh then triple five double two one nine eight oh"],
    ["pieces on separate lines", "415.\n628.\n9901", "415.\n628.\n9901"],
    ["spaced digits before 'is the area'", "7 1 8 is the area, then 4 9 2, then 1 0 2 0", "7 1 8"],
    ["the next part", "ok write this down 206. now the next part 555. and then 0123", "206"],
  ])("%s: %j is masked whole", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a price then a word", "it was 250 and then the shop added 40 for disposal"],
    ["a hundred miles", "nine hundred miles since the oil change, too soon?"],
    ["counts of digits", "the first 3 are the area code, the app has the rest"],
  ])("%s: %j has no phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });

  it("masks the ORIGINAL characters, however they were disguised", () => {
    const text = "ok. ３０３ ５５５ ０１７８. thanks";
    expect(detectContactDetails(text).masked).toBe(`ok. ${MASK}. thanks`);
    const zw = "8\u200b3\u200b2-555-0161. ok";
    expect(detectContactDetails(zw).masked).toBe(`${MASK}. ok`);
    const words = "ok. five five five one two three four! thanks";
    expect(detectContactDetails(words).masked).toBe(`ok. ${MASK}! thanks`);
  });
});

describe("PHONE", () => {
  it.each([
    ["North American", "call 555-867-5309"],
    ["brackets", "my cell is (415) 555-0132"],
    ["dots", "reach me at 415.555.0132"],
    ["international", "+44 7911 123456 battery keeps dying"],
    ["00 prefix", "0044 7700 900123"],
    ["UK national", "07700900123 ring me"],
    ["UK drama range (libphonenumber: invalid but possible)", "my mobile 07700 900 461"],
    ["US 555-01XX fictional range", "text 303-555-0178"],
    ["grouped like a part number beside it, after a cue", "part no 0 580 464 070, my cell is 0 412 345 678"],
    ["German mobile", "0176 12345678 ruf an"],
    ["French mobile", "portable: 06 12 34 56 78"],
    ["Australian mobile", "0412 345 678 call anytime"],
    ["toll-free vanity", "Call 1 800 FIX AUTO"],
    ["split in one message", "area code is 720. rest is 555 0134"],
    ["split with ends/starts", "starts with 832 555 and ends in 0161"],
  ])("%s: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("PHONE");
  });

  // A number given in pieces: every piece is hidden, the counts ("first 3:", "7 digits") are not pieces.
  it.each([
    ["pieces announced with counts", "first 3: 312. next 3: 555. last: 0177.", ["312", "555", "0177"]],
    ["exchange and line named", "it's 646, the exchange is 555 and the line is 0142", ["646", "555", "0142"]],
    ["pieces separated by ellipses only", "for the towing: 713 ... 555 ... 0166", ["713", "555", "0166"]],
    ["a count then a 7-digit rest", "nine digits? no, ten: 412 then 5550107", ["412", "5550107"]],
    ["last then first", "last 4 are 0123, first 6 are 813555", ["0123", "813555"]],
    ["area code digit by digit in brackets", "( 4 1 5 ) 5 5 5 - 0 1 9 9", ["( 4 1 5 ) 5 5 5 - 0 1 9 9"]],
    ["a spoken 'one' as a pronoun next to the pieces", "my cell, the 702 one, is 555 0148", ["702", "555 0148"]],
  ])("split in one message, %s: %j", (_kind, text, secrets) => {
    expect(kindsOf(text)).toContain("PHONE");
    for (const secret of secrets) expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["10-digit part number after the part", "Bosch injector 0280158117"],
    ["10-digit part number, another", "wiper blades 3397007120"],
    ["spaced part number", "Bosch 0 280 158 117 injector"],
    ["Toyota part number", "The OEM part number is 04465-33450"],
    ["parcel tracking number", "tracking 1Z 999 AA1 01 2345 6784"],
    ["UPS number alone", "1Z 999 AA1 01 2345 6784"],
    ["tyre DOT date code", "DOT U2LL LMLR 5107 on the sidewall"],
    ["VIN", "VIN is 1HGCM82633A004352"],
    ["price", "$1,200 for the full brake job"],
    ["mileage", "87,000 miles on the clock"],
    ["year and model", "2014 Honda Civic"],
    ["date and time", "booked for 2024-03-15 at 14:00"],
    ["firing order", "firing order is 1-8-4-3-6-5-7-2"],
    ["compression readings", "Compression test: 175/170/110/172 psi"],
    ["spoken compression readings", "compression was one twenty, one fifteen, one ten and ninety"],
    ["order number", "the app says my order 7781234590 is in progress"],
    ["long order number", "order 112-3456789-0123456 arrived today"],
    ["postal tracking number", "the tracking number is 9400 1000 0000 0000 0000 00"],
    ["two part numbers", "part # 12345-67890 or 23456-78901 both fit"],
    ["a maker's number with lettered groups", "Acura 91542-SEA-003 clip"],
    ["a second number shaped like a part number before it", "the box says 0 986 494 294 but the pads I got are 0 986 494 301"],
    ["ground points", "Please check grounds G101/G102 and CAN bus resistance"],
    ["policy number", "My warranty card says Policy No. 7734 0291 88 covers powertrain"],
  ])("%s: %j is not a phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});

describe("EMAIL", () => {
  it.each([
    ["literal", "email me at dave.smith@gmail.com"],
    ["any TLD", "pete@petes.shop"],
    ["spoken", "pete AT petesautoworks DOT com"],
    ["spoken lower case", "john at gmail dot com"],
    ["bracketed", "john(at)gmail(dot)com"],
    ["provider only", "rick.hollis on gmail"],
    ["provider label", "hotmail: kev_92"],
    ["glued", "johnATgmailDOTcom"],
    ["spaced letters", "m i k e @ g m a i l . c o m"],
    ["Cyrillic in the provider", "gus.perales@gmаil.com"],
  ])("%s: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("EMAIL");
  });

  it.each([
    ["the word email", "I got an email from the dealer about a recall"],
    ["the word dot", "line up the dot on the cam gear with the mark at the top"],
    ["emoji between words", "great job 🔥 thanks 🔥 see ya"],
    ["a dashed phrase", "we fit them one-at-a-time, the dot on the cap faces up"],
  ])("%s: %j", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  // Round 9: the separators drawn (symbols, emoji, dashes, letters typed apart) and the words
  // around a mailbox that belong to it (its provider, a name before a number, "all one word").
  it.each([
    ["emoji for @ and dot", "bo_varga77 🔵 yahoo 🔵 com", "bo_varga77 🔵 yahoo 🔵 com"],
    ["bullets and a two-part ending", "mike.t • btinternet • co • uk", "mike.t • btinternet • co • uk"],
    ["dashed words", "service -at- kwikbrake -dot- net", "service -at- kwikbrake -dot- net"],
    ["starred words", "ana *at* taller *dot* mx", "ana *at* taller *dot* mx"],
    ["letters typed apart", "zed.works a t gmx d o t de", "zed.works a t gmx d o t de"],
    ["a bracketed point", "pierre.m (at) free (point) fr", "pierre.m (at) free (point) fr"],
    ["spaced dots in the mailbox", "anna . kowal @ outlook . com", "anna . kowal @ outlook . com"],
    ["the provider first", "hotmail -> barry_fixes_82", "hotmail -> barry_fixes_82"],
    ["provider, then username", "yahoo, username gearhead_jo", "yahoo, username gearhead_jo"],
    ["a name then a number", "p santos seventy one at gmail", "p santos seventy one at gmail"],
    ["words to join", "moe greene at proton dot me, all one word", "moe greene at proton dot me, all one word"],
  ])("%s: %j hides %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });
});

describe("LINK", () => {
  it.each([
    ["booking page without scheme", "calendly.com/rick-h"],
    ["link-in-bio", "linktr.ee/petes"],
    ["subdomain site", "rick.square.site"],
    ["bare domain", "check petesautoworks.com for prices"],
    ["new TLD", "mikesauto.shop has the coupons"],
    ["scheme", "https://www.mikesmobilemechanic.net/book"],
  ])("%s: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("LINK");
  });

  it.each([
    ["a repair video", "here's the video https://www.youtube.com/watch?v=abc123"],
    ["short video link", "watch youtu.be/xyz at 3:20"],
    ["the platform's own pages", "see autodoctor.app/help or help.autodoctor.app"],
    ["recall lookup", "check nhtsa.gov/recalls with your VIN"],
    ["a sentence typed without a space", "fine.now it rattles"],
  ])("%s: %j is fine", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("takes its allow-list as a parameter", () => {
    const text = "see partner.example.org/offer";
    expect(detectContactDetails(text).kinds).toContain("LINK");
    expect(detectContactDetails(text, { allowedDomains: [...DEFAULT_DETECTION_OPTIONS.allowedDomains, "example.org"] }).kinds).toEqual([]);
  });
});

describe("SOCIAL_HANDLE and MESSAGING_APP", () => {
  it.each([
    ["handle on a platform", "@mikes_garage on ig"],
    ["app label", "signal: rick.17"],
    ["my platform is", "my insta is mikesgarage"],
    ["platform label", "insta: @socal.wrench.wizard"],
    ["app id", "my wechat id is li_auto88"],
    ["handle after a later label", "my gamertag is the same as my insta lol: slammedsubi_"],
    ["handle announced as the shop name", "my insta is the shop name all lowercase no spaces: vegaautoworks"],
    ["spoken underscore", "add me on snap -> its tyler underscore wrenches"],
    ["Kakao id", "kakao id carfix_kim 으로 연락주세요"],
    ["camel-case handle", "snapchat is xXbrakeboyXx lol old account"],
    ["its after my platform", "add my discord, its fuelinjectedfrank"],
    ["my @", "my @ is carla.fixes on everything"],
    ["VK label", "VK: sergei_avto73"],
  ])("%s: %j is a SOCIAL_HANDLE, masked", (_kind, text) => {
    expect(kindsOf(text)).toContain("SOCIAL_HANDLE");
    expect(detectContactDetails(text).masked).toContain(MASK);
  });

  it.each([
    ["app as a verb", "whatsapp me"],
    ["cue and app", "message me on signal"],
    ["question", "are you on telegram?"],
    ["short name", "WA me when ur free"],
    ["wpp", "message me on wpp pls"],
    ["wsp", "estoy en wsp como Rafa"],
    ["zap", "me chama no zap"],
    ["zap question", "tem zap? manda msg"],
    ["guasap", "guasap mejor, aquí no me llegan"],
    ["wats app", "just wats app me the pics"],
    ["GroupMe", "u on GroupMe? I'll add you"],
    ["imo beside another app", "i got viber and imo, whichever u use"],
    ["1nsta", "d-m me on 1nsta"],
    ["facebook messenger", "Facebook messenger would be easier"],
    ["possessive short name", "ok the pics are too big for here, send em to my wa"],
    ["Spanish possessive", "pasame tu whats y te mando la cotizacion"],
    ["wtsp", "wtsp me"],
    ["imo with pe", "imo pe call karo sir"],
    ["imo or botim", "do you have imo or botim?"],
    ["WA better", "WA better, here is too slow"],
    ["zapzap", "manda no zapzap que é mais fácil"],
  ])("%s: %j is a MESSAGING_APP", (_kind, text) => {
    expect(kindsOf(text)).toContain("MESSAGING_APP");
  });

  it.each([
    ["a mention of someone in this chat", "@Sam thanks for the help"],
    ["imo as in my opinion", "imo the rotors are fine, just the pads"],
    ["zap as a shock", "careful, the coil will zap you"],
    ["a colon after a platform that names no handle", "my insta is down today: weird"],
    ["snap ring", "the snap ring: replaced"],
    ["a state plate", "it has WA plates, bought it in Seattle"],
    ["good game", "gg wp, the car runs great now"],
    ["imo at the start", "imo or maybe it's the struts, hard to say"],
    ["my discord is broken", "my discord, its broken again lol"],
    ["turn signal", "turn signal not working on the left side"],
    ["fuel line", "fuel line is leaking near the tank"],
    ["a watched video", "I watched a youtube video about this"],
    ["snap ring", "the snap ring came off the axle"],
    ["infotainment", "android auto won't read my whatsapp messages out loud"],
    ["a count after an app's name", "one more line: 5 quarts of oil"],
    ["a reading after an app's name", "Signal: 3 bars in the garage, messages are slow"],
    ["another line of a quote", "the quote's line: 120 min labor"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("look-up platforms and names", () => {
  it.each([
    ["a business to find on a review site", "find me on yelp, Reyes Mobile Mechanic, read the reviews first", "Reyes Mobile Mechanic"],
    ["listed as", "we're on the BBB as Clearwater Collision Center, A+ rating", "Clearwater Collision Center"],
    ["search X on a platform", "search Bryce Holloway mechanic on fb, thats my page", "Bryce Holloway mechanic"],
    ["a listing", "our google listing is Lone Star Lube & Tune, the promo is on there", "Lone Star Lube & Tune"],
    ["a person's full name to look up", "look me up, Marcus T. Bellamy, I'm on facebook", "Marcus T. Bellamy"],
    ["a name said before the statement", "Dwayne Okonjo is my name, I'm the only one on facebook with it", "Dwayne Okonjo"],
    ["a quoted name after a search verb", "just google 'brake jobs by manny' ha", "brake jobs by manny"],
    ["a quoted name with an apostrophe, platform first", "search on yelp for 'Rosa's Quick Lube Center' and call", "Rosa's Quick Lube Center"],
    ["a quoted name put into a map", "type 'Eastside Radiator' into google maps", "Eastside Radiator"],
    ["a name after a labelled platform", "angi: Summit Hill Auto Care by Joe", "Summit Hill Auto Care by Joe"],
    ["a name after 'google me:'", "google me: Priya Natarajan Mobile Repair", "Priya Natarajan Mobile Repair"],
  ])("%s: %j hides the name", (_kind, text, name) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, name)).toBe(true);
  });

  it.each([
    ["a review read", "I read the reviews on google before booking you"],
    ["a video watched", "I found a video on youtube about the Camry water pump"],
    ["a quoted search for a code", "google 'P0171 meaning' and you'll see it's a lean code"],
    ["a quoted how-to search", "search youtube for 'how to bleed brakes'"],
    ["a quote with no look-up", "he said 'Fine Work Garage' was closed"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("handles said near an app", () => {
  it.each([
    ["app + me + handle", "kik me carlover_2003 lol", "carlover_2003"],
    ["name there", "whatsapp me, my name there is Mecánico Pepe, profile pic is a red civic", "Mecánico Pepe"],
    ["gaming tag", "psn turbo_tito_91 hmu, i'm on every night after work", "turbo_tito_91"],
    ["handle-shaped word", "my insta is my shop name with underscores, reyes_auto_repair_atx", "reyes_auto_repair_atx"],
    ["app id", "threema ID K4R7NX2P", "K4R7NX2P"],
  ])("%s: %j hides the handle", (_kind, text, handle) => {
    expect(hides(text, handle)).toBe(true);
  });

  // Round 9: an app's short name or nickname right before a number is the number's channel; a
  // Cyrillic letter whose skeleton is a Latin small capital reads as that letter.
  it.each([
    ["an abbreviation", "WA 91234 56789 send the pics", "WA"],
    ["a nickname", "zapzap 21 99876 5432", "zapzap"],
    ["a misspelling", "watsup me at 0412 345 678", "watsup me at"],
    ["a payment app by number", "Swish 070 123 45 67 så löser vi det", "Swish"],
    ["Cyrillic te in a platform", "snapchaт: dave_revs", "dave_revs"],
  ])("%s: %j hides %j", (_kind, text, secret) => {
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["a greeting before a shop's own number read back", "whatsup, is 0412 345 678 the number on my booking?"]])("%s: %j does not report an app", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("MESSAGING_APP");
  });
});

describe("ADDRESS", () => {
  it.each([
    ["US street", "come to 123 Main Street"],
    ["unit", "bring it to 45 Oak Ave Apt 3"],
    ["city, state and ZIP", "301 W 5th St, Austin TX 78701"],
    ["lettered avenue", "1537 Avenue G"],
    ["PO Box", "PO Box 1234"],
    ["number after the street", "Elm Street, number 732"],
    ["UK", "88 Old Kent Road, London SE1 5NP"],
    ["postcode alone", "postcode is SW1A 1AA"],
    ["intersection", "I'm at the corner of 5th and Main"],
  ])("%s: %j", (_kind, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  // Round 9: a home pointed at by directions (a landmark, a house counted along the road, "I live
  // across from ..."), a street named beside a postcode, a building before the number, levels and gate codes after it.
  it.each([
    ["a house counted along the road", "second house past the water tower on Bramble Rd", "second house past the water tower on Bramble Rd"],
    ["a house on the left", "after the bridge it's the fourth driveway on the left", "the fourth driveway on the left"],
    ["above a shop", "I'm above the bakery on Carver, ring the buzzer for 3B", "above the bakery on Carver, ring the buzzer for 3B"],
    ["across from a landmark", "we live right across from Saint Jude Church, green door", "across from Saint Jude Church, green door"],
    ["a business on a street", "from the Texaco on Pine walk two blocks, I'm the brick house", "from the Texaco on Pine walk two blocks, I'm the brick house"],
    ["a street beside a postcode", "Orchard Close, postcode BS7 9QT", "Orchard Close"],
    ["a building before the number", "Riverside Towers, 14 Mill St, level 3", "Riverside Towers, 14 Mill St, level 3"],
    ["a gate code after the street", "it's 77 Birch Ave, gate code is 2019", "77 Birch Ave, gate code is 2019"],
  ])("%s: %j hides %j", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a shop's street", "the AutoZone on Main had the pads in stock"],
    ["a day after a place", "I left the car at the garage on Monday, the door still sticks"],
    ["a house in a story", "my neighbour's house has the same car"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });

  it.each([
    ["a half house number", "you can leave it at 17 1/2 Elm St, it's behind the main house", "17 1/2 Elm St"],
    ["unit and a lower-case city", "bring it by 4120 E Riverside Dr, unit B, austin tx 78741 and I'll look", "4120 E Riverside Dr, unit B, austin tx 78741"],
    ["a spelled house number", "we live at fourteen twenty two Cedar Lane, you'll see the trailer", "fourteen twenty two Cedar Lane"],
    ["a city after the postcode", "l'atelier c'est 5 rue des Lilas 75019 Paris", "5 rue des Lilas 75019 Paris"],
    ["lower-case calle", "estoy en calle Alcalá 120, Madrid", "calle Alcalá 120"],
    ["Av. with a dot", "sigo en el mismo lugar: Av. Insurgentes Sur 1602, col. Roma", "Av. Insurgentes Sur 1602"],
    ["Colombian form", "Dirección: Cra 15 # 93-47, Bogotá", "Cra 15 # 93-47"],
    ["Portuguese R.", "R. Augusta, 1508 - Consolação", "R. Augusta, 1508"],
    ["via", "l'officina è in via Roma 15, Milano", "via Roma 15"],
    ["number after a street, said", "past the Shell, turn left on Old Mill Rd, we're 2209", "Old Mill Rd, we're 2209"],
    ["house number after the street", "Ellis ave, house number 3312, the one with the hedge", "Ellis ave, house number 3312"],
    ["a named road and a number", "2 doors down from the church on Whitmore, number 119", "Whitmore, number 119"],
    ["no street type, town and postcode", "1/23 Kingsway, Glen Waverley 3150 mate", "1/23 Kingsway, Glen Waverley 3150"],
    ["no street type, a place cue", "im at 2210 Brookhaven, the grey house w the boat in the driveway", "2210 Brookhaven"],
    ["Eircode", "my eircode is D02 X285 if you put it in the sat nav", "D02 X285"],
    ["a town after a comma, end of message", "come by 1819 Oakwood Trl, Kennesaw", "1819 Oakwood Trl, Kennesaw"],
    ["county and Eircode", "1 Chapel Row, Ballincollig, Co. Cork P31 H6N4", "1 Chapel Row, Ballincollig, Co. Cork P31 H6N4"],
    ["UK outward code", "car is parked outside 61 Dalston Lane E8, can you do it kerbside?", "61 Dalston Lane E8"],
    ["a road named by number", "i'm at the end of a dirt road, 4780 Co Rd 300 N, mailbox has reflectors", "4780 Co Rd 300 N"],
    ["a shop unit before the number", "Shop 4, 112-118 Parramatta Rd, Camperdown 2050, we do roadworthys", "Shop 4, 112-118 Parramatta Rd, Camperdown 2050"],
    ["floor and building before the number", "4th flr, Bldg 3, 77 Hudson St, Jersey City 07302", "4th flr, Bldg 3, 77 Hudson St, Jersey City 07302"],
    ["colonia and CP", "mi dirección es Calle Luna 45, Col. Roma Norte, CP 06700", "Calle Luna 45, Col. Roma Norte, CP 06700"],
    ["South Asian form", "address H.No 4-1-889, Tilak Road, Abids, Hyderabad 500001. near SBI ATM only", "H.No 4-1-889, Tilak Road, Abids, Hyderabad 500001"],
    ["sector form", "Plot no 17, sector 21, gurgaon, opposite the park", "Plot no 17, sector 21"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it("masks the whole UK address, the street as well as the postcode", () => {
    const text = "88 Old Kent Road, London SE1 5NP";
    expect(hides(text, "88 Old Kent Road")).toBe(true);
    expect(hides(text, "SE1 5NP")).toBe(true);
  });

  it.each([
    ["four wheel drive", "it's a 4 wheel drive, does that change anything"],
    ["test drive", "did a 10 minute test drive, no codes"],
    ["car model", "2005 Buick Park Avenue, the 3800 motor"],
    ["street without a number", "I'm driving down Main Street and it shakes at 40"],
    ["address on file", "my address is on file through the app, right?"],
    ["a half measure", "it's 17 1/2 inches across the rotor"],
    ["a capitalised list with a number", "I'm at 2200 RPM in the garage and it knocks"],
    ["a day and a number", "on Friday, number 3 on my list is the brakes"],
    ["via a payment app", "via Zelle 200 is fine? kidding, through the app"],
    ["parts and a garage", "I've got 15 Bosch plugs in the garage"],
    ["a model and a code", "the 1500 Silverado, code P0300 on cylinder 3"],
    ["spelled-out mileage", "it has one twenty thousand on it"],
    ["a road trip", "drove 400 miles on Hwy 61 last week, fine"],
    ["a door count", "the door 5 times a day, the latch is worn"],
    ["a flat tyre and a town", "I had a flat 2 days ago, the tyre shop in town fixed it"],
    ["a house and a block", "house 2 doors down has the same truck, the block heater works"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("OFF_PLATFORM_DEAL, FULL_NAME and OFF_PLATFORM_REQUEST", () => {
  it.each([
    ["fees and cash", "the app takes a cut, let's do it cash"],
    ["direct invoice", "I can invoice you directly, no platform fee"],
    ["meeting place", "I'll be at the AutoZone on Burnet at 4, come find me"],
    ["payment app", "venmo me and skip the fees"],
    ["offline", "let's take this offline"],
    ["pix", "faz um pix pra mim que fica mais barato"],
    ["bizum", "hazme un Bizum de 50 y quedamos el sábado"],
    ["money order", "check or money order made out to me is fine"],
    ["private job", "I'll do it on my day off, private job, just between us"],
    ["not through here", "I'll just come to you, no need to book it through here"],
    ["decline and message outside", "decline it and message me outside, same job half the price"],
    ["close out and still come", "close out the request on here, I'll still show up"],
    ["cancel for a price", "if u cancel the booking here ill do it for 250 instead of 340"],
    ["tell the app", "Tell the app the job got canceled and I'll still come Saturday"],
    ["Spanish outside", "pago por fuera y te ahorras la comisión, trato?"],
    ["Spanish cash", "si me pagas en efectivo te lo dejo en 200"],
    ["the shop directly", "next time just call the shop directly and we'll schedule"],
    ["a discount to go direct", "20% off if we go direct"],
    ["a store and a time", "the Home Depot on Fairview, by the garden center, 10am?"],
    ["a lot and a day", "we can swap the motor in the lot behind the Jack in the Box on Mission, Sunday works"],
    ["a place after meet", "lets meet halfway, the Pilot truck stop at exit 42"],
    ["my place", "we can swap it at my place this weekend"],
    ["UPI", "UPI pe bhej do, directly"],
    ["GPay", "GPay me 1500 and i'll do it"],
    ["cancel on here", "cancel on here and I'll come round myself tonight"],
    ["mark it done here", "e-transfer works, just mark the job done on here and send the rest to me"],
    ["pay in hand", "pay me in hand and avoid it"],
    ["a private job", "this can be a private job, no need to go thru the site"],
    ["the cheque to the garage", "cheque's fine, make it out to the garage not the app"],
    ["a car park and a time", "Kmart carpark, Northland, 11am sat"],
    ["dont book it here", "i'll do it for beer money lol, just dont book it here"],
    // Round 9: the platform's fee as the thing saved, payment apart from the booking, bank details.
    ["the fee not worth paying", "why keep paying the app its commission on every oil change"],
    ["the fee waived to go around", "you won't need to pay the service fee when we deal directly"],
    ["an app's share refused", "honestly we don't need an app skimming 20% off us"],
    ["off-app cheaper", "it's 40 quid less off-app"],
    ["the labour paid apart", "book the parts on here and pay the fitting to me separately"],
    ["money left somewhere", "just put the cash in the glovebox and I'll grab it"],
    ["bank details", "sort code 20-45-77 account 41234567, send it there"],
    ["a condition of cash", "labour's 80 if paid in cash"],
    ["checkout skipped", "we could knock off 10% if you don't go through checkout"],
  ])("%s: %j is a deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(isPenalisable(kindsOf(text))).toBe(true);
  });

  // A full name of any origin, introduced by a cue, in a message that says the person can be found or paid.
  it.each([
    ["an introduction with a reason to be found", "It's Oluwaseun Bakare, in case the app logs me out again", "Oluwaseun Bakare"],
    ["shouted, name first", "ROSE-ANNE MCKINLEY IS THE NAME, LOOK ME UP ON FACEBOOK", "ROSE-ANNE MCKINLEY"],
    ["all lower case", "i'm tran duc minh, you can find me easy", "tran duc minh"],
    ["a payee", "make the check out to Gerald P. Okafor please", "Gerald P. Okafor"],
    ["a nickname inside", "real name's Dwight 'Tiny' Ashcroft, everyone here knows me", "Dwight 'Tiny' Ashcroft"],
    ["a reference to ask for", "ask around for Yusuf Demir, he's on all the socials", "Yusuf Demir"],
    ["with a particle", "full name Joaquim Pereira dos Reis, look me up", "Joaquim Pereira dos Reis"],
  ])("%s: %j hides the name", (_kind, text, name) => {
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, name)).toBe(true);
  });

  it.each([
    ["a capitalised title", "I'm Going To Call You Later"],
    ["a car and a shop", "It's the Honda Civic, the shop can find the part"],
    ["acronyms in a normal message", "It's ASE NJ certified, find any shop"],
    ["lower case plans", "i'm going home now, find it tomorrow"],
  ])("%s: %j names nobody", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("FULL_NAME");
  });

  // Look-alikes of a request or a deal that talk about the phone itself, the platform's checkout or its own account.
  it.each([
    ["a dying phone", "my phone is dying, back later"],
    ["'number one' as first", "my number one worry is the brakes"],
    ["the app's own checkout", "the venmo option at checkout is greyed out, does the app take cards?"],
    ["the platform's own account", "@AutoDoctor help, I was charged twice"],
    ["pix as pictures", "send pix of the engine bay pls"],
    ["wise as a word", "it would be wise to replace both pads"],
    ["the app's own cancel", "if I cancel the booking do I get a refund?"],
    ["a direct route", "I'll go direct to the parts store after"],
    ["a store for parts", "I got the pads at the AutoZone on Burnet"],
    ["the car kept at home", "the car is parked at my house"],
    ["a job on the app", "the private job listing on here says 2 hours"],
    ["a car park as a place it happened", "someone dented it in the Tesco car park last week"],
    ["pay at checkout", "I'll pay when the job is done, through the app as usual"],
    ["booked here", "booked it here, see you then"],
    ["a cash price of a car", "the cash price at the dealer beat the finance offer"],
    ["the fee asked about", "why is the booking fee higher on weekends?"],
    ["an account number on the app", "my account on here shows the booking twice"],
    // Round 9: quoted speech, a detail said to be on the account, Portuguese "no app" (in the app), a store where something was bought.
    ["a request quoted", 'my brother always says "just text me the pics" but I\'d rather use the chat'],
    ["a number on the account", "my mobile number's already in my profile, ping me here"],
    ["Portuguese in the app", "o valor ta certinho, paguei no app ontem"],
    ["a store as where it was bought", "got the filter from Halfords in Leeds, can I bring it along?"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("a full name given to be found is masked", () => {
    const text = "my full name is Dana Whitfield";
    expect(kindsOf(text)).toContain("FULL_NAME");
    expect(hides(text, "Dana Whitfield")).toBe(true);
  });

  // Round 9: requests in polite modal forms of other languages, for a handle ("ur @"), a business
  // card or a number to save, to look the other side up elsewhere, and a detail announced as
  // written to get past the filter.
  it.each([
    ["Portuguese modal", "consegue me mandar o seu numero?"],
    ["French modal", "vous pouvez me laisser votre portable ?"],
    ["Spanish modal", "me puedes pasar tu whatsapp?"],
    ["Italian modal", "potresti darmi il tuo cellulare"],
    ["German modal", "kannst du mir bitte deine Nummer geben"],
    ["a handle asked for", "whats ur @ on there"],
    ["a business card", "could you drop me a business card with the quote"],
    ["a number to save", "send a number we can ring later"],
    ["looked up elsewhere", "gonna find you on insta after this"],
    ["the filter dodged", "spaced it out so the filter won't catch it"],
  ])("%s: %j is a request", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["an app update", "reinstall it so the app doesn't crash again"],
    ["looked up here", "I'll look you up on here when I book"],
    ["a bank card", "do you have a card reader at the shop?"],
  ])("%s: %j asks for nothing", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([["call me"], ["my number is"], ["give me your number"], ["text me"]])("phrase only: %j flags a request, hides it, is not penalisable", (text) => {
    const d = detectContactDetails(text);
    expect(d.kinds).toEqual(["OFF_PLATFORM_REQUEST"]);
    expect(d.masked).toBe(MASK);
    expect(isPenalisable(d.kinds)).toBe(false);
    expect(PHRASE_ONLY_KINDS.has("OFF_PLATFORM_REQUEST")).toBe(true);
  });

  it.each([
    ["a customer refusing", "I'd rather keep everything on the app, I don't give out my number"],
    ["busy", "can't talk on the phone right now"],
    ["a notification request", "call me when it's done"],
    ["in-app call", "text me here in the app when you know more"],
    ["idiom", "call me crazy but I think it's the alternator"],
    ["past cash purchase", "I paid cash for the car back in 2015"],
    ["paying on the platform", "I'll pay through the platform once it's fixed"],
    ["a house call booked in the app", "can you come to my house? the address is in the booking"],
    ["a place mentioned, no meeting", "The Shell on 5th had cheaper gas lol"],
    ["a meeting booked in the app", "Meet you at the shop tomorrow at 9 like we booked in the app"],
    ["a past cash payment", "I paid 450 cash at the dealer last time and they didn't fix it"],
    ["a refusal to share", "Please don't share your number here, the app handles it"],
    ["details on file", "my phone number is in my profile already"],
  ])("%s: %j is innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("across messages", () => {
  it("finds a number split over two messages, masks the later part and re-reports the earlier one", () => {
    const result = detectAcrossMessages(["the number is 303 555"], "0178");
    expect(result.current.kinds).toContain("PHONE");
    expect(result.current.masked).toBe(MASK);
    expect(result.earlier[0]?.masked).toBe(MASK);
  });

  it("finds a number over three messages", () => {
    const result = detectAcrossMessages(["my cell", "9175550"], "106");
    expect(result.current.kinds).toContain("PHONE");
    expect(result.earlier[1]?.masked).toBe(MASK);
  });

  it("finds a number given as area code, then the rest, in the next message", () => {
    const result = detectAcrossMessages(["area code 469"], "then 555-0117");
    expect(result.current.kinds).toContain("PHONE");
    expect(result.earlier[0]?.masked).toBe(MASK);
  });

  it("finds an email split over two messages", () => {
    const result = detectAcrossMessages(["pete at petesauto"], "works dot com");
    expect(result.current.kinds).toContain("EMAIL");
  });

  // Round 9: a mailbox in one message and its provider in the next, either way round.
  it.each([
    [["k.osei91"], "yahoo"],
    [["mailbox:", "outlook"], "trish_b.works"],
    [["part one: lena.fixes"], "part two: at proton dot me"],
  ])("finds a mailbox and its provider in consecutive messages: %j then %j", (earlier, current) => {
    const result = detectAcrossMessages(earlier, current);
    expect(result.current.kinds).toContain("EMAIL");
    expect(result.current.masked).toContain(MASK);
  });

  it("does not read a dotted reading and a provider named later as a mailbox", () => {
    const result = detectAcrossMessages(["code p0171.lean"], "my gmail notifications are off");
    expect(result.current.kinds).not.toContain("EMAIL");
  });

  it("does not combine numbers of consecutive innocent messages", () => {
    const alone = detectContactDetails("with 143k on it");
    expect(detectAcrossMessages(["it's a 2011"], "with 143k on it")).toEqual({ current: alone, earlier: [null], alone });
    expect(detectAcrossMessages(["compression 165", "160"], "95 on #3 and 162 on #4").current.kinds).toEqual([]);
  });

  // The messenger passes what it knows of the earlier messages instead of detecting them again.
  it.each([
    [["my cell", "9175550"], "106"],
    [["call me at 303-555-0178"], "thanks"],
    [["pete at petesauto"], "works dot com"],
    [["it's a 2011"], "with 143k on it"],
  ])("gives the same answer with the earlier messages' own detections passed in: %j then %j", (earlier, current) => {
    const known = earlier.map((text) => detectContactDetails(text));
    expect(detectAcrossMessages(earlier, current, DEFAULT_DETECTION_OPTIONS, known)).toEqual(detectAcrossMessages(earlier, current));
  });

  it("knows an unflagged message's detection without running the detector", () => {
    expect(nothingFound("brakes squeal when cold")).toEqual(detectContactDetails("brakes squeal when cold"));
  });

  it("reports earlier messages only when their mask grows", () => {
    const result = detectAcrossMessages(["call me at 303-555-0178"], "thanks");
    expect(result.earlier).toEqual([null]);
  });
});

describe("result shape", () => {
  it("returns nothing for an innocent message and leaves it untouched", () => {
    const text = "P0420 again at 87,000 miles, cat is $1,200";
    expect(detectContactDetails(text)).toEqual({ kinds: [], masked: text, spans: [] });
    expect(detectContactDetails("")).toEqual({ kinds: [], masked: "", spans: [] });
  });

  it("reports kinds sorted and unique, spans sorted by position", () => {
    const d = detectContactDetails("text 646-555-0101 or 646-555-0102, or whatsapp");
    expect(d.kinds).toEqual(["MESSAGING_APP", "PHONE"]);
    const starts = d.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("stays fast on long adversarial input", () => {
    const inputs = ["a_".repeat(1000), "1 ".repeat(1000), "one two ".repeat(250), "x dot ".repeat(330), "O".repeat(2000), "@a ".repeat(660)];
    const t0 = performance.now();
    for (const s of inputs) detectContactDetails(s);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe("labelled corpus", () => {
  it("the old tuning corpus still meets its targets (flagging only: it has no secrets)", () => {
    const { overall } = evaluateSplit("tuning");
    expect(overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(overall.falsePositiveRate).toBeLessThanOrEqual(0.02);
  });

  // A floor, not the target: it fails when a change makes the detector worse on the dev split.
  // The honest figure is the held-out split's, which only `npm run eval:contacts -- --split holdout` reads.
  it("dev split figures stay above the floor", () => {
    expect(loadSplit("dev").length).toBeGreaterThan(1000);
    const { overall } = evaluateSplit("dev");
    console.log(`dev split: recall ${overall.recall.toFixed(3)}, false-positive rate ${overall.falsePositiveRate.toFixed(3)}, precision ${overall.precision.toFixed(3)}`);
    expect(overall.recall).toBeGreaterThanOrEqual(DEV_FLOOR.recall);
    expect(overall.falsePositiveRate).toBeLessThanOrEqual(DEV_FLOOR.falsePositiveRate);
    expect(overall.precision).toBeGreaterThanOrEqual(DEV_FLOOR.precision);
  });
});

/** Raised as the detector improves; a little below the current dev figures. */
const DEV_FLOOR = { recall: 0.95, falsePositiveRate: 0.01, precision: 0.99 };
