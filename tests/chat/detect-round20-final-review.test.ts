// Round-20 final review (at eda3eef) of what the application's detector does since round 20, as an
// attacker and as a careful new user: the trained second stage that now only ADDS looser candidates
// scored >= 0.9 over the 25 words around each (detectionOptionsFor(domains, "trained")), and the
// round-20 rule exceptions (branch fp20: 569203c, dd5ffbb, 206df5e, 4eeddf9, 725a588, db8aeda,
// 71be8bf, f611735) and the link user part judged by the host after the "@" (6fc72e7).
//
// Every sentence was written for this file (none taken from the corpus). Each asserts what the
// application's detector should do: an innocent repair message is not flagged; a contact attempt is
// flagged and every letter and digit of its detail is masked. `it.fails` marks what it gets wrong
// today, with a comment saying which side is responsible:
// - "stage addition": the rules alone (detectionOptionsFor(domains)) are right, the stage adds a
//   wrong flag (none among these sentences);
// - "fp20 exception (commit)": an attack the rules at c6aac1a caught, let through by a round-20
//   exception;
// - "old gap": the rules alone are wrong too, as the rules at c6aac1a were.
// The three fp20 exceptions found led to reverting their commits (f611735, 206df5e, dd5ffbb); their
// sentences are plain `it` now.
//
// Measured with npx tsx over these sentences (application vs rules alone vs rules at c6aac1a, the
// c6aac1a src tree extracted with git archive): innocents 131, flagged by the application 23, the
// same 23 by the rules alone and by the rules at c6aac1a, with identical masks (the stage widened no
// mask on an innocent here); attacks 68, missed by the application 13 (10 old gaps, 3 fp20
// exceptions), the same 13 by the rules alone;
// 5 link attacks the rules at c6aac1a missed are caught since 6fc72e7. The stage's closest innocent
// scores: a third party's name after "registered to" 0.936, a shop's "120 Parramatta Road,
// Granville" 0.935, "3 Station Road" 0.924 (all already flagged by the rules). Left out as arguable:
// a bare self-introduction with a full name ("my name is Sarah Connolly ...", flagged by the rules;
// "Mi nombre es Lucía Fernández ..." flagged by the stage only, 0.909), a customer's car location
// for a mobile visit, a meeting at a public place.
import { describe, expect, it } from "vitest";
import { APPLICATION, caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("innocents: part numbers, prices, VINs, codes, dates and readings", () => {
  it.each([
    "The part number on the old pump is 16700-5R1-003, the new one should match",
    "quote is $1,240 for the timing belt kit plus 3.5 hours labour at $95/hr",
    "VIN is JN1TANT31U0012345 if you need it for the parts lookup",
    "odometer reads 184 523 km and the service book says 180 000 was the last belt",
    "the fault codes were P0301 P0302 and P0171, cleared them twice",
    "Bosch 0 986 494 524 pads are what I'd fit, about 89 bucks",
    "torque the wheel nuts to 110 Nm then recheck after 50 km",
    "the battery is a 4 year old 650 CCA one, tested at 12.1 volts this morning",
    "my booking was for 14/03/2026 at 8:30, can we push it to the 17th",
    "tyre size 225/45 R17 94W, I have two of them already",
    "it's a 2014 Mazda 3 2.0 SP20, 142 000 miles, rego due in March",
    "the ECU software version is 0261 S04 556 according to the scan tool",
    "the engine number stamped on the block is 4G63 1234567 hard to read",
    "coolant temp goes to 105 then back to 92, fan kicks in at 98",
    "invoice 20443 says I paid 380 for the rotors, 2 years ago",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents: people, shops and places named in repair chat", () => {
  it.each([
    "Dave at the Repco on Smith Street said the alternator is under warranty",
    "my husband Michael usually brings the car in but I'll come this time",
    "I bought it from Carsales in Parramatta last spring, previous owner was in Wollongong",
    "the Toyota dealer on Victoria Road quoted me double, is that normal",
    "we're near the Bunnings car park, the one next to Westfield",
    "I work at the hospital on Main Street so a weekday is hard",
    "Jessica from your support team told me to message you about the refund",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  it("leaves clean: the tow truck took it to Ultra Tune in Caboolture, can you collect it from there", () => {
    expect(flaggedBy("the tow truck took it to Ultra Tune in Caboolture, can you collect it from there", APPLICATION)).toBe(false);
  });
  it.each(["last time Kevin O'Brien did my brakes and he was great, is he still with you", "drove up from Ballarat to Bendigo and the light came on near Castlemaine"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents: app names, file names and handle-shaped tokens", () => {
  it.each([
    "I tried the torque_pro app and the OBD reader shows rich_bank1",
    "the Google Maps route takes me past the airport, 40 min each way",
    "I saw a YouTube video by ChrisFix about this exact noise",
    "the sensor is labelled MAF_SENSOR_B2 on the wiring diagram",
    "the file name on the photo is IMG_4471.jpg if that helps",
    "uber dropped me at the workshop, so I have no car till Friday",
    "I paid with Afterpay through the app, it went through fine",
    "the warning said check_engine_soon and then went away",
    "my daughter found your listing on facebook marketplace, that's how I found the app",
    "I read the forum thread at bmw-forum about the VANOS rattle",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents: repair chat in other languages", () => {
  it.each([
    "el coche hace un ruido al frenar, tiene 120 000 km y las pastillas son de 2022",
    "o carro é um Gol 2015, 98 mil km, a luz do óleo acende na subida",
    "das Auto ist ein Golf 7, Baujahr 2016, die Kupplung rutscht ab 3000 Umdrehungen",
    "la voiture fait un bruit à 90 km/h, pneus changés le 12 mars",
    "la macchina è una Punto del 2010, perde olio dal carter",
    "xe của tôi là Honda City 2018, đèn check engine sáng",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents: sentences about the platform itself", () => {
  it.each([
    "Can you send me the quote through here so I can show my partner",
    "I'll be home after 5 so any time after that works for the mobile service",
    "please don't call, I can't answer at work, just message here",
    "I'll pay through the app once the job is done, is that ok",
    "the address in my profile is correct, the car is in the driveway",
    "can you text the photos in this chat instead of describing it",
    "my email on the account is the old one, does that matter for the invoice",
    "the number plate is ABC 123, white Corolla parked out front",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents aimed at the stage's looser candidates", () => {
  it.each(["the sensor is at the back dot on the diagram, near the gearbox", "grab the 10mm at the bottom of the bag, the one with the blue dot"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the shop is Midas at 2200 W Broadway, they did the exhaust last year", () => {
    expect(flaggedBy("the shop is Midas at 2200 W Broadway, they did the exhaust last year", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the Shell servo at 455 Princes Highway has air for the tyres", () => {
    expect(flaggedBy("the Shell servo at 455 Princes Highway has air for the tyres", APPLICATION)).toBe(false);
  });
  it.each([
    "our postcode is in your service area right? it's 4068 on the booking",
    "car number 3, the silver one, is the one with the leak",
    "rang the RACV on 13 11 11 and they said the battery is dead",
    "the emergency number 000 was not needed thankfully, just a flat",
    "got a quote of 1 299 from another shop and 1 450 from the dealer",
    "3 4 5 6 cylinders all read 140 psi on the compression test",
    "my nephew jake_the_snake_99 on the forums said it's the idler pulley lol",
    "the wifi code on the diagnostic tablet was gm_tech2_pass, does that matter",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: on the receipt it says Autobarn Sunshine, Ballarat Rd, Braybrook VIC", () => {
    expect(flaggedBy("on the receipt it says Autobarn Sunshine, Ballarat Rd, Braybrook VIC", APPLICATION)).toBe(false);
  });
  it.each([
    "Martha Stewart I am not, so please explain the timing chain in plain words",
    "My name is Priya and I have a 2017 Kia Cerato with a wobbly steering wheel",
    "I met Tom Nguyen from your team at the Campbelltown service day",
    "the receipt is addressed to Mr A. K. Singh, Unit 3, that's my dad's old car",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Telegram Road is where the car broke down, near the bridge", () => {
    expect(flaggedBy("Telegram Road is where the car broke down, near the bridge", APPLICATION)).toBe(false);
  });
  it("leaves clean: it says signal lamp fault on the dash, the indicator on the left", () => {
    expect(flaggedBy("it says signal lamp fault on the dash, the indicator on the left", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: whats app-ropriate tyre pressure for towing a caravan? 36 or 40?", () => {
    expect(flaggedBy("whats app-ropriate tyre pressure for towing a caravan? 36 or 40?", APPLICATION)).toBe(false);
  });
  it("leaves clean: the alarm remote model is KEYLESS-4471-AU, batteries CR2032", () => {
    expect(flaggedBy("the alarm remote model is KEYLESS-4471-AU, batteries CR2032", APPLICATION)).toBe(false);
  });
});

describe("innocents aimed at the stage's looser candidates (more)", () => {
  it.each([
    "the cheque was 4 4 8 7 7 2 0 dollars cents no wait, 448.72, sorry typing on my phone",
    "he said the fitting is a 5/16 at 90 degrees, then 3/8 straight, 12 of each",
    "the paint code is 1G3 and trim code FA20, Magnetic Grey",
    "the radio code card says 2847, it asked for it after the battery change",
    "my mum lives in 12 different places a year lol, so the car is always on the road",
    "the brand is Snap-on, my dad had the whole set at his shop in Geelong",
    "Kovalenko Auto in Dandenong did the LPG conversion in 2009, cert no. 88412",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // A full name given by its owner is a detail (issue 13: "my full name is Dana Whitfield"); the rules
  // flag "my name is Sarah Connolly and ..." in English. Rounds 20 to 22's stage flagged the Spanish
  // self-introduction too (the rules alone leave it); round 23's model (L2 0.1, threshold 0.85) does not: a gap.
  // Round 32: the rules read a bare introduction abroad as a full name (the product owner's decision).
  it("flags a full name given by its owner in Spanish: Mi nombre es Lucía Fernández y el coche es de mi madre, Carmen", () => {
    expect(flaggedBy("Mi nombre es Lucía Fernández y el coche es de mi madre, Carmen", APPLICATION)).toBe(true);
  });
  it("leaves clean: o mecânico da Rua das Flores disse que é a bomba de combustível", () => {
    expect(flaggedBy("o mecânico da Rua das Flores disse que é a bomba de combustível", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Herr Müller von der Werkstatt in der Hauptstraße 5 hat gesagt, die Bremsen sind hin", () => {
    expect(flaggedBy("Herr Müller von der Werkstatt in der Hauptstraße 5 hat gesagt, die Bremsen sind hin", APPLICATION)).toBe(false);
  });
  it("leaves clean: the mechanic on Gumtree wanted $600 for the same job so you're much better", () => {
    expect(flaggedBy("the mechanic on Gumtree wanted $600 for the same job so you're much better", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: I emailed the insurer yesterday and they said the assessor will call me Friday", () => {
    expect(flaggedBy("I emailed the insurer yesterday and they said the assessor will call me Friday", APPLICATION)).toBe(false);
  });
  it.each([
    "the dash shows 'Service A1' and 'Oil 0%' on the Mercedes C200",
    "the glovebox has a sticker: next service 195 000 km or 10/2026",
    "my old mechanic retired to Hervey Bay, that's why I'm here",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("innocents: payments, calls, codes and names the stage might read as a move (more)", () => {
  it.each([
    "the RAC guy called at 7 and said the battery was 11.2 volts",
    "I'll pay the remaining 240 in the app once it's done, no cash needed",
    "I paid cash at the servo for fuel, that's all, everything else via the app",
    "the cash price at the dealer was 1,890 for the same job",
    "my bank declined the first payment in the app, I'll try again tonight with another card",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the call from your office came through at 3:42 from a private number", () => {
    expect(flaggedBy("the call from your office came through at 3:42 from a private number", APPLICATION)).toBe(false);
  });
  it.each([
    "text on the dash says 'AdBlue range 2400 km'",
    "the guy from Jims Mobile Mechanics called it a CV joint",
    "telegraph pole hit the mirror, mirror part 87910-0K330 is 310",
    "snapchat filter lol my son put on the dashcam video, ignore",
    "dm = dual mass flywheel right? the quote says DM flywheel 1,150",
    "my wife is on the insurance, Kate Morrison, she'll sign the form",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the receipt from Tyrepower Morley, 7 Collier Road, shows the balance", () => {
    expect(flaggedBy("the receipt from Tyrepower Morley, 7 Collier Road, shows the balance", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Unit 12, 45-47 Industrial Drive is where the body shop is, they open at 8", () => {
    expect(flaggedBy("Unit 12, 45-47 Industrial Drive is where the body shop is, they open at 8", APPLICATION)).toBe(false);
  });
  it.each([
    "Hannah at reception said it'd be ready by 4, is that still right?",
    "we bought the Hilux in Darwin, drove it to Alice Springs and then Adelaide",
    "the tow was 180 from Penrith to Blacktown, paid the driver by card",
    "PIN for the garage door is 4471 if I'm not home, it's on the booking notes too",
    "the lockbox code is 2580, keys are inside, car's in the carport",
    "gmail keeps putting your quotes in spam, can you resend through the app",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: outlook dot com blocked the attachment so I'll look in the app", () => {
    expect(flaggedBy("outlook dot com blocked the attachment so I'll look in the app", APPLICATION)).toBe(false);
  });
  it("leaves clean: andy at the parts shop said the 2GR pump fits", () => {
    expect(flaggedBy("andy at the parts shop said the 2GR pump fits", APPLICATION)).toBe(false);
  });
});

describe("innocents: names and public businesses' addresses the stage scores near its threshold", () => {
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: The car is registered to Margaret Ellis, my mother, she's 84", () => {
    expect(flaggedBy("The car is registered to Margaret Ellis, my mother, she's 84", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the Repco at 14 Harbour View Drive has the part in stock", () => {
    expect(flaggedBy("the Repco at 14 Harbour View Drive has the part in stock", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Supercheap Auto, 120 Parramatta Road, Granville, has the oil on special", () => {
    expect(flaggedBy("Supercheap Auto, 120 Parramatta Road, Granville, has the oil on special", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the accident happened at 45 George Street outside the Commonwealth Bank", () => {
    expect(flaggedBy("the accident happened at 45 George Street outside the Commonwealth Bank", APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: the garage next door at 3 Station Road quoted 450 for the clutch", () => {
    expect(flaggedBy("the garage next door at 3 Station Road quoted 450 for the clutch", APPLICATION)).toBe(false);
  });
  // Round 32 (the product owner's decision): a bare self-introduction with a full name is a contact detail in every
  // language; these two were innocents until then.
  it.each([
    ["Meu nome é João Silva e o carro é um Civic 2012", "João Silva"],
    ["Je m'appelle Pierre Dubois, ma voiture est une Clio de 2014", "Pierre Dubois"],
  ])("flags and masks the writer's own full name: %s", (text, name) => {
    expect(caughtBy(text, [name], APPLICATION)).toBe(true);
  });
  it.each(["The car belongs to my late husband, Robert James Hill, and hasn't run since 2019"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Bought the tyres at Beaurepaires, 88 Nicholson Street, Footscray, last winter", () => {
    expect(flaggedBy("Bought the tyres at Beaurepaires, 88 Nicholson Street, Footscray, last winter", APPLICATION)).toBe(false);
  });
});

describe("innocents: long repair messages (500-2000 characters) with numbers, names and places", () => {
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Hi there, so here's the full story. I've got a 2012 Ford Ran … (904 chars)", () => {
    expect(
      flaggedBy(
        "Hi there, so here's the full story. I've got a 2012 Ford Ranger PX 3.2 with about 212,000 km on it. Bought it off a bloke named Gary Thompson in Toowoomba in 2019, he'd had it serviced at the Ford dealer on Ruthven Street every 15,000 km and I've got the stamped book. Last month I drove from Brisbane to Roma for work (about 480 km each way) and on the way back near Dalby the engine light came on and it went into limp mode. Code reader said P0299 underboost and P2263. I took it to a place in Dalby and they replaced the intercooler hose for $185, but two weeks later it did it again on the Warrego Highway. The turbo part number on the sticker is 812971-0002 and the injectors are Bosch 0 445 110 250. Could you have a look next Tuesday the 14th? I'm in Indooroopilly, near the shopping centre, and my neighbour Sarah can drop me at the station. Budget is around $1,500 but I know turbos can be more.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Update on the Camry: I picked it up from the panel shop at 2 … (793 chars)", () => {
    expect(
      flaggedBy(
        "Update on the Camry: I picked it up from the panel shop at 2:15 yesterday. They fitted a new bumper (part 52119-06959), headlight 81150-06C10 and the parking sensor 89341-33190-C0. The invoice came to $3,212.40 with GST, insurance paid all but the $700 excess. Driving home along Canterbury Road past the Kmart I noticed the left sensor beeping at nothing, and the headlight aim is low, lighting up the road only about 20 metres ahead. My brother-in-law Tony, who was a mechanic in Adelaide for 20 years, reckons the sensor bracket is loose. The car is a 2019 Hybrid Ascent Sport, 56,000 km, VIN 6T1BD3FK50X123456. Can you recalibrate the sensor and re-aim the headlight? I can bring it Thursday morning before 9, or Saturday after 11 when my daughter finishes netball at the Fairfield courts.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Mechanic here replying to your request. For the 2008 Honda J … (629 chars)", () => {
    expect(
      flaggedBy(
        "Mechanic here replying to your request. For the 2008 Honda Jazz (GD3, 1.5 L, 168k km) the quote breaks down as: front pads Bendix DB1480 $68, rotors DBA 2311 pair $132, brake fluid DOT4 1 L $22, labour 1.8 h at $110 = $198, total $420 incl. GST. If the rear drums need machining add $60. I can come to you on Wednesday 22 May between 10 and 12, or Friday 24 May after 1 pm. I'll need the car on flat ground, ideally your driveway, as listed in the booking, and access to a power point. Payment goes through the app when I mark the job complete. Warranty is 12 months / 20,000 km on parts and labour. Let me know which slot works.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: Hola, le escribo por el Seat Ibiza de 2011, 1.6 TDI, con 178 … (537 chars)", () => {
    expect(
      flaggedBy(
        "Hola, le escribo por el Seat Ibiza de 2011, 1.6 TDI, con 178.000 km. El testigo de precalentamiento parpadea y el coche pierde potencia al subir la cuesta de la calle Alcalá, justo antes de la plaza de toros de Las Ventas. En el taller de mi cuñado Javier en Getafe le pasaron la máquina y salió el código P0401 (EGR) y P0234. Cambiaron la válvula EGR (referencia 03L131501E) por 245 euros hace tres semanas, pero sigue igual. ¿Podría revisarlo el martes 9 por la mañana? Trabajo en el hospital Gregorio Marañón hasta las 15:00. Gracias.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: The car is a 1998 Nissan Patrol GU 4.2 diesel, 390,000 km. L … (525 chars)", () => {
    expect(
      flaggedBy(
        "The car is a 1998 Nissan Patrol GU 4.2 diesel, 390,000 km. Last service 12/01/2026 at 388,100 km. Injector pump was rebuilt by Diesel Care in Mackay (job 55871, 2 March 2024). Since then it smokes white on cold starts below 10 degrees. We're on a cattle property about 40 minutes from Moranbah, so it would need to be a mobile job or I'll trailer it into town. Glow plug relay was replaced under part 24370-VB000 and the plugs are NGK Y-8005. I also have the original owner's manual and all receipts back to 2001 in a folder.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: Long one sorry. 2016 VW Amarok TDI420, 154,800 km, build dat … (925 chars)", () => {
    expect(
      flaggedBy(
        "Long one sorry. 2016 VW Amarok TDI420, 154,800 km, build date 11/2015, engine code CDCA, gearbox 8-speed ZF 8HP45 (code NLF). My father-in-law Heinrich Bauer bought it new from Brighton Volkswagen on Nepean Hwy and sold it to me in 2021. Service history: 15,000 km intervals at the dealer until 120,000, then at Bayside Auto on Bay Road, Sandringham. Since January the gearbox flares between 3rd and 4th, mostly in 30-40 degree weather going up Oliver's Hill on the Nepean. The TCU showed P0733 and P0734, and the fluid (part G 060 162 A2) was last changed at 120,450 km. Mechatronic part 0BK 927 711 is what the forum suggested. I'm free Monday 6 April or Tuesday 7 April; the car is at my workplace at Southland shopping centre, level 2 car park near the Coles entrance, if you do mobile jobs. Otherwise I can drive it to you. What's the rough price range for a fluid flush and adaptation reset versus the mechatronic unit?",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: Hi Sam, thanks for fixing the ute last week. Quick follow-up … (541 chars)", () => {
    expect(
      flaggedBy(
        "Hi Sam, thanks for fixing the ute last week. Quick follow-up: the bill was $1,083.50 (invoice INV-00482) and I've paid it in the app. The bloke at the tyre place on Albany Highway in Kelmscott (Bob Jane T-Marts) said my alignment is still out by about 0.5 degrees toe, and my tyres are Bridgestone Dueler 265/65 R17 112S, about 8 mm tread. He also mentioned the rear diff breather hose (part 43810-35010) is cracked. Could you add those to the next booking on 18/09? My wife Linda will drop it off at 7:30 and pick it up at 4. Cheers, Marcus",
        APPLICATION,
      ),
    ).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Olá! Tenho um Fiat Palio 2009 1.0 Fire com 187.432 km. Compr … (470 chars)", () => {
    expect(
      flaggedBy(
        "Olá! Tenho um Fiat Palio 2009 1.0 Fire com 187.432 km. Comprei de um senhor chamado Antônio Carlos Pereira em Campinas em 2020. Desde março a luz da injeção acende quando pego a Rodovia dos Bandeirantes sentido São Paulo, perto do km 72. O scanner mostrou P0130 e P0171. Troquei a sonda lambda (Bosch 0 258 006 537) por R$ 289,90 na Auto Peças Central da Avenida Brasil 1450, mas continua. Pode olhar na quinta-feira dia 12? Trabalho no Hospital das Clínicas até as 17h.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: Guten Tag, mein BMW 320d (E90, Baujahr 2010, 243.000 km, Mot … (483 chars)", () => {
    expect(
      flaggedBy(
        "Guten Tag, mein BMW 320d (E90, Baujahr 2010, 243.000 km, Motor N47D20C) hat seit dem Winter ein Klappern beim Kaltstart. Die Steuerkette wurde laut Rechnung Nr. 2019-04471 im Autohaus Schmidt in der Berliner Straße 112 in Leipzig bei 180.000 km gewechselt (Teilenummer 11 31 7 797 896). Mein Schwiegervater Klaus Hoffmann meint, es sei der Kettenspanner. Ich könnte am Montag, den 3. März, um 8 Uhr vorbeikommen, oder am Mittwoch nach 16 Uhr. Was würde eine Diagnose ungefähr kosten?",
        APPLICATION,
      ),
    ).toBe(false);
  });
  it("leaves clean: Quick rundown for the fleet: van 1 (Transit, rego 1AB 2CD) n … (415 chars)", () => {
    expect(
      flaggedBy(
        "Quick rundown for the fleet: van 1 (Transit, rego 1AB 2CD) needs rear pads, 412,555 km; van 2 (Transit, rego 1XY 9ZZ) had the DPF cleaned on 19/01 at 398,019 km; van 3 is the Hiace 0412 build, trans fluid due. The depot is the Linfox yard, gate 3, and the driver Mick Stavros will hand over the keys. Invoices to the fleet manager as usual through the app. Call sign for the radio is Delta 4, but you won't need it.",
        APPLICATION,
      ),
    ).toBe(false);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("leaves clean: Mechanic's notes, job 118-5550147: customer reports squeal a … (434 chars)", () => {
    expect(
      flaggedBy(
        "Mechanic's notes, job 118-5550147: customer reports squeal at 40-60 km/h. Found pads at 2 mm (Bendix DB1170GCT), rotors under min (26.4 vs 26.0), caliper slide pin seized LF. Replaced pads and rotors (DBA 2620), serviced slides, flushed fluid (Penrite DOT 4, 1 L). Road tested 12 km via Old Northern Road and Showground Road, Castle Hill. Torque 103 Nm. Next service 15,000 km or 12 months. Total 612.40, paid in app. Tech: L. Nguyen.",
        APPLICATION,
      ),
    ).toBe(false);
  });
});

describe("innocents: the platform's own pages and mail, a carmaker's page", () => {
  it.each([
    "the refund page https://autodoctor.app/help/refunds says 5-7 days",
    "support@autodoctor.app replied to me already",
    "the recall notice on toyota.com.au covers my VIN",
    "I checked the help centre at help.autodoctor.app before asking",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});

describe("attacks: a phone disguised as a labelled reference (569203c)", () => {
  it("catches: policy no. for you to call: 0412 555 019", () => {
    expect(caughtBy("policy no. for you to call: 0412 555 019", ["0412 555 019"], APPLICATION)).toBe(true);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  // caught since round 25: a valid mobile under a label, a phone word right after it
  it("catches: insurance claim ref 0412 555 019, that's my mobile too so just ring it", () => {
    expect(caughtBy("insurance claim ref 0412 555 019, that's my mobile too so just ring it", ["0412 555 019"], APPLICATION)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["the invoice reference on the supplier box is 0412 555 019 - text me on it", ["0412 555 019"]],
    ["order ref for the insurer: 07700 900 418. also my cell, whatsapp it", ["07700 900 418"]],
    ["customer number with the dealer: (512) 555-0147 — thats me, call after 5", ["(512) 555-0147"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // caught since round 22's model (an old gap before: the rules alone are wrong too, as they were at c6aac1a)
  it("catches: membership no. on the paperwork 0412 555 019 (my phone lol)", () => {
    expect(caughtBy("membership no. on the paperwork 0412 555 019 (my phone lol)", ["0412 555 019"], APPLICATION)).toBe(true);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  // caught since round 25: a valid mobile under a label, a phone word right after it
  it("catches: ref for the report: 0412 555 019 call it", () => {
    expect(caughtBy("ref for the report: 0412 555 019 call it", ["0412 555 019"], APPLICATION)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["delivery tracking on the label 0412555019 is actually my number, msg me", ["0412555019"]],
    ["the claim number the insurer gave is my mobile 0412 555 019", ["0412 555 019"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  it("catches: job no. on the invoice: 0412 555 019. ring that to book direct", () => {
    expect(caughtBy("job no. on the invoice: 0412 555 019. ring that to book direct", ["0412 555 019"], APPLICATION)).toBe(true);
  });
});

describe("attacks: a phone continued under a part's or serial's label (725a588)", () => {
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  // caught since round 25: a valid mobile under a label, a phone word right after it
  it("catches: Part number: 0412 555 019 is my mobile btw", () => {
    expect(caughtBy("Part number: 0412\n555 019 is my mobile btw", ["0412", "555 019"], APPLICATION)).toBe(true);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("catches: serial 0412 555 and the rest 019 call it", () => {
    expect(caughtBy("serial 0412 555 and the rest 019 call it", ["0412 555", "019"], APPLICATION)).toBe(true);
  });
});

describe("attacks: a personal site disguised as a help centre or carmaker page (dd5ffbb)", () => {
  // fp20 exception (dd5ffbb): caught by the rules at c6aac1a, let through by dd5ffbb; caught again since
  // that commit was reverted for it.
  it.each<[string, string[]]>([
    ["the help page is help.mygarage-direct.com", ["help.mygarage-direct.com"]],
    ["the FAQ at support.davesmobilemech.com explains how to book me", ["support.davesmobilemech.com"]],
    ["help.tomsrepairs.net says how to pay me directly, cheaper", ["help.tomsrepairs.net"]],
    ["see the help article at kb.wrenchking.io/book for my rates", ["kb.wrenchking.io"]],
    ["docs.mikesgarage.com.au explains how to reach me outside the app", ["docs.mikesgarage.com.au"]],
    ["toyota-dave.com has my prices", ["toyota-dave.com"]],
    ["the recalls page hondamike-owners.com covers it", ["hondamike-owners.com"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("catches: the support page support.cheapbrakes-direct.net says bookings there are 20% off", () => {
    expect(caughtBy("the support page support.cheapbrakes-direct.net says bookings there are 20% off", ["support.cheapbrakes-direct.net"], APPLICATION)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["check the fordowners.net forum, I post my number there", ["fordowners.net"]],
    ["faq.jakesmobile.com covers how to pay cash", ["faq.jakesmobile.com"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: an off-platform deal after a retold and refused offer (206df5e)", () => {
  it.each<[string, string[]]>([
    ["i said no to cash... jk pay me cash and we skip the fees", []],
    ["another guy offered to do it off the app, I said no, but honestly just pay me cash on the day", []],
    ["he suggested paying outside the app. I refused. Anyway, transfer me direct and I'll knock off 10%", []],
    ["last year I paid a guy cash to do it, so let's do the same: cash, no app", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
  // fp20 exception (206df5e): caught by the rules at c6aac1a, let through by 206df5e; caught again since
  // that commit was reverted for it.
  it.each<[string, string[]]>([
    ["someone offered to pay me cash, I said no. you can though, it's cheaper for both of us", []],
    ["you offered to pay outside the app and I said no... actually fine, let's do cash", []],
    ["the other mechanic wanted cash and you refused, smart. i'll take bank transfer direct instead, bsb 062-000 acc 1234 5678", ["062-000", "1234 5678"]],
    ["a mate offered to do cash, I said no. but for you, cash at pickup is fine and we cancel the booking", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: a direct payment inside a question about how the platform takes payment (4eeddf9)", () => {
  it("catches: is it all through here or can I venmo you", () => {
    expect(caughtBy("is it all through here or can I venmo you", [], APPLICATION)).toBe(true);
  });
  // old gap: the rules alone are wrong too, as they were at c6aac1a
  it.fails("catches: does the app take payment or can i just send it to your paypal", () => {
    expect(caughtBy("does the app take payment or can i just send it to your paypal", [], APPLICATION)).toBe(true);
  });
  // Caught from round 52 (direct-payment.ts 11: cash handed to the reader), a known gap until then.
  it("catches: how does the platform take payment? easier if I just give you cash when you arrive", () => {
    expect(caughtBy("how does the platform take payment? easier if I just give you cash when you arrive", [], APPLICATION)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["can I pay through the app, or should I just zelle you the 300", []],
    ["do you take payment through here or cash in hand for a discount", []],
    ["how do I pay on here, or is bank transfer to you ok, cheaper?", []],
    ["is paying in the app required or can we do it cash and skip the fee?", []],
    ["how does payment work here? btw my venmo is @jake-m-22", ["@jake-m-22"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: a move to an app after naming it as worse than the platform's call (db8aeda)", () => {
  it.each<[string, string[]]>([
    ["the in-app video is better than whatsapp but whatsapp me anyway on 0412 558 903", ["0412 558 903"]],
    ["the app's call is better than telegram, still, telegram @wrenchking22", ["@wrenchking22"]],
    ["rather chat here than on signal, though signal is where I answer fastest", []],
    ["this chat beats whatsapp, but let's move to whatsapp after the booking", []],
    ["the in-app call is clearer than whatsapp, you'll find me there as Dave M 0412", []],
    ["video call in app is nicer than facetime. facetime me at dave.m@icloud.com though", ["dave.m@icloud.com"]],
    ["better here than whatsapp, lol no, whatsapp is easier, add me", []],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: a box address after a serial's or a part's label (71be8bf)", () => {
  it.each<[string, string[]]>([
    ["serial PMB 4471, Austin TX 78701 send the parts there", ["PMB 4471", "78701"]],
    ["part no BP 512, Brisbane QLD 4000 post it to me", ["BP 512", "4000"]],
    ["serial number PO Box 1182 Austin TX 78767, mail the cheque", ["PO Box 1182", "78767"]],
    ["model PMB 220 3401 Main St Dallas TX 75201 ship it", ["PMB 220", "3401 Main St"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: a phone or crypto payment disguised as an immobiliser or key code (f611735)", () => {
  it("catches: immobiliser code 0412 558 903 is also my mobile, ring it", () => {
    expect(caughtBy("immobiliser code 0412 558 903 is also my mobile, ring it", ["0412 558 903"], APPLICATION)).toBe(true);
  });
  it("catches: key code for the transponder: 07700 900418. text me there", () => {
    expect(caughtBy("key code for the transponder: 07700 900418. text me there", ["07700 900418"], APPLICATION)).toBe(true);
  });
  // fp20 exception (f611735): caught by the rules at c6aac1a, let through by f611735; caught again since
  // that commit was reverted for it.
  it.each<[string, string[]]>([
    ["the transponder pin is 0412558903, call that number", ["0412558903"]],
    ["immobiliser code is my number lol 0412 558 903", ["0412 558 903"]],
    ["the key code, send it via btc to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", ["bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"]],
    ["transponder key code 4471 - and pay the deposit in USDT to TJYeasTPa6gpEEgZ7Pb2LH1yXJXGcJN5dH", ["TJYeasTPa6gpEEgZ7Pb2LH1yXJXGcJN5dH"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});

describe("attacks: a link with a user part (6fc72e7)", () => {
  it.each<[string, string[]]>([
    ["https://autodoctor.app:pw@evil.io", ["evil.io"]],
    ["pay here https://autodoctor.app@pay-dave.com/checkout", ["pay-dave.com"]],
    ["https://user:autodoctor.app@davesgarage.net/book", ["davesgarage.net"]],
    ["http://autodoctor.app%40evil.io/pay", ["evil.io"]],
    ["https://autodoctor.app＠evil.io/pay", ["evil.io"]],
    ["autodoctor.app@davesmech.com.au/book is my booking page", ["davesmech.com.au"]],
    ["https://evil.io/@autodoctor.app book here", ["evil.io"]],
    ["https://autodoctor.app.evil.io/pay", ["evil.io"]],
    ["https://autodoctor.app\\@evil.io/pay", ["evil.io"]],
    ["https://help.autodoctor.app@help.mygarage.io/refunds", ["help.mygarage.io"]],
    ["https://autodoctor.app:443@wa.me/61412558903", ["wa.me/61412558903"]],
    ["https://autodoctor.app@192.168.0.1/pay", ["192.168.0.1"]],
    ["email me at autodoctor.app@davesmech.com", ["autodoctor.app@davesmech.com"]],
  ])("catches: %s", (text, secrets) => {
    expect(caughtBy(text, secrets, APPLICATION)).toBe(true);
  });
});
