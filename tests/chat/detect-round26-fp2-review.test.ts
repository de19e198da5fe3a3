// Round 26, second review of fp26 ("fp2"): sentences written for this review, not taken from the corpus nor from the
// branch's own specs. Innocents a customer or mechanic would write around the exceptions fp26 adds (device specs, no
// credit, a clip instead of the in-app call, 24-hour hours, "ends/starts" + a duration, dates before "I'm in", past jobs,
// one-word form labels, working outdoors, payments in the app in other languages, "escríbeme por aquí"), and attacks hiding
// behind the same wordings. Run on the rules (DEFAULT_DETECTION_OPTIONS). `it.fails`: the branch gets it wrong. After this review
// the no-credit, failing-app, Spanish 'escríbeme', video-call clip and past-job exceptions were dropped (with their innocents
// here); the comments on the attacks tell how the dropped or narrowed code let them through.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const RULES = DEFAULT_DETECTION_OPTIONS;

describe("fp26 review 2: innocents stay clean", () => {
  it("my phone is an old Samsung, 64GB, so the video might be choppy, I'll upload it to the job", () =>
    expect(flaggedBy("my phone is an old Samsung, 64GB, so the video might be choppy, I'll upload it to the job", RULES)).toBe(false));
  // flagged as on main: the model-year exception was dropped after review 3
  it.fails("my phone is a 2018 iPhone so the photos of the caliper aren't great, sorry", () =>
    expect(flaggedBy("my phone is a 2018 iPhone so the photos of the caliper aren't great, sorry", RULES)).toBe(false),
  );
  it("my mobile is a cheap android with 2GB of RAM, the app keeps crashing when I attach pics", () =>
    expect(flaggedBy("my mobile is a cheap android with 2GB of RAM, the app keeps crashing when I attach pics", RULES)).toBe(false));
  // found flagged (kbps was no DEVICE_SPEC_AFTER unit, so digitsToReach read 1500 as digits to reach); fixed after the review
  it("my phone is slow, 4G only, 1500 kbps, so bear with me uploading the dashcam file", () =>
    expect(flaggedBy("my phone is slow, 4G only, 1500 kbps, so bear with me uploading the dashcam file", RULES)).toBe(false));
  // flagged as on main: the model-year exception was dropped after review 3
  it.fails("my phone is a 2021 Pixel and the 50MP photo of the VIN plate is attached above", () =>
    expect(flaggedBy("my phone is a 2021 Pixel and the 50MP photo of the VIN plate is attached above", RULES)).toBe(false),
  );
  // a quoted price (450) is digitsToReach's 'three digits or more'
  it.fails("my cell is a basic one with a 3000mAh battery, replying slowly, quote 450 is fine", () =>
    expect(flaggedBy("my cell is a basic one with a 3000mAh battery, replying slowly, quote 450 is fine", RULES)).toBe(false),
  );
  it("my phone has no signal at the workshop, I'll check the app when I'm home", () =>
    expect(flaggedBy("my phone has no signal at the workshop, I'll check the app when I'm home", RULES)).toBe(false));
  it("my phone is on zero balance, can you just confirm the booking in the app", () =>
    expect(flaggedBy("my phone is on zero balance, can you just confirm the booking in the app", RULES)).toBe(false));
  it("my phone's got no data until payday, I'm on the café wifi so reply here please", () =>
    expect(flaggedBy("my phone's got no data until payday, I'm on the café wifi so reply here please", RULES)).toBe(false));
  it("can we do a video call through the app, or I can send a video of the noise if easier", () =>
    expect(flaggedBy("can we do a video call through the app, or I can send a video of the noise if easier", RULES)).toBe(false));
  it("video call here tomorrow? or I'll just upload photos of the leak to the job", () =>
    expect(flaggedBy("video call here tomorrow? or I'll just upload photos of the leak to the job", RULES)).toBe(false));
  it("happy to video call in the app, I'll join from my phone at 5", () => expect(flaggedBy("happy to video call in the app, I'll join from my phone at 5", RULES)).toBe(false));
  it("video call through here is fine, my phone's camera is cracked though so it may be blurry", () =>
    expect(flaggedBy("video call through here is fine, my phone's camera is cracked though so it may be blurry", RULES)).toBe(false));
  it("can we video call on here? the card reader in my car keeps throwing an error, want to show you", () =>
    expect(flaggedBy("can we video call on here? the card reader in my car keeps throwing an error, want to show you", RULES)).toBe(false));
  it("video call on here works, or not, whatever's easier for you", () => expect(flaggedBy("video call on here works, or not, whatever's easier for you", RULES)).toBe(false));
  it("video call through the app? the SD card in my dashcam has the clip too", () => expect(flaggedBy("video call through the app? the SD card in my dashcam has the clip too", RULES)).toBe(false));
  it("we're open 0800-1730 Mon to Fri and 0900-1300 Saturdays", () => expect(flaggedBy("we're open 0800-1730 Mon to Fri and 0900-1300 Saturdays", RULES)).toBe(false));
  it("drop-off window 0730 - 0900, collection 1600-1800", () => expect(flaggedBy("drop-off window 0730 - 0900, collection 1600-1800", RULES)).toBe(false));
  it("my shift is 0600-1430 so any slot after 1500 suits", () => expect(flaggedBy("my shift is 0600-1430 so any slot after 1500 suits", RULES)).toBe(false));
  it("Slots: Tue 11 Mar 07:30, Wed 12 Mar 13:15, Fri 14 Mar 15:00", () => expect(flaggedBy("Slots: Tue 11 Mar 07:30, Wed 12 Mar 13:15, Fri 14 Mar 15:00", RULES)).toBe(false));
  it("the last bus leaves 23:45 so I need to pick up before 22:00", () => expect(flaggedBy("the last bus leaves 23:45 so I need to pick up before 22:00", RULES)).toBe(false));
  it("warranty ends 36 months or 36,000 miles, whichever comes first", () => expect(flaggedBy("warranty ends 36 months or 36,000 miles, whichever comes first", RULES)).toBe(false));
  it("the MOT starts in 14 days and the tax ends 30 days after", () => expect(flaggedBy("the MOT starts in 14 days and the tax ends 30 days after", RULES)).toBe(false));
  it("the promo ends 48 hrs from now, booking fee waived in the app", () => expect(flaggedBy("the promo ends 48 hrs from now, booking fee waived in the app", RULES)).toBe(false));
  it("battery warranty starts 12 months from fitting", () => expect(flaggedBy("battery warranty starts 12 months from fitting", RULES)).toBe(false));
  it("12 Jun – 19 Jun I'm in Lisbon for work, can we book the 20th", () => expect(flaggedBy("12 Jun – 19 Jun I'm in Lisbon for work, can we book the 20th", RULES)).toBe(false));
  it("Mon I'm in Leeds at a conference, Tuesday at 10 is fine for the workshop", () =>
    expect(flaggedBy("Mon I'm in Leeds at a conference, Tuesday at 10 is fine for the workshop", RULES)).toBe(false));
  it("Sept I'm in Madrid on holiday so the service will have to be August", () => expect(flaggedBy("Sept I'm in Madrid on holiday so the service will have to be August", RULES)).toBe(false));
  it("my old mechanic did it without the app and never gave me a receipt, never again", () =>
    expect(flaggedBy("my old mechanic did it without the app and never gave me a receipt, never again", RULES)).toBe(false));
  // flagged at main too; fp26's past-job exception was dropped after this review
  it.fails("I got the tyres fitted elsewhere years ago, not through the app, and they were cheap rubbish", () =>
    expect(flaggedBy("I got the tyres fitted elsewhere years ago, not through the app, and they were cheap rubbish", RULES)).toBe(false),
  );
  it("Name: Priya\nVehicle: 2016 Golf\nIssue: rattles at idle", () => expect(flaggedBy("Name: Priya\nVehicle: 2016 Golf\nIssue: rattles at idle", RULES)).toBe(false));
  it("Customer: Tom\nReg: withheld\nNotes: brakes squeal", () => expect(flaggedBy("Customer: Tom\nReg: withheld\nNotes: brakes squeal", RULES)).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("can you work outside on the drive? no garage at my place", () => expect(flaggedBy("can you work outside on the drive? no garage at my place", RULES)).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("my street is narrow, can you still work outside if it rains?", () => expect(flaggedBy("my street is narrow, can you still work outside if it rains?", RULES)).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("is it ok to work outside in the cold or do you need a unit", () => expect(flaggedBy("is it ok to work outside in the cold or do you need a unit", RULES)).toBe(false));
  it("paguei pelo app com o cartão, chegou o comprovante?", () => expect(flaggedBy("paguei pelo app com o cartão, chegou o comprovante?", RULES)).toBe(false));
  it("ya pagué por la app con PayPal, me confirmas?", () => expect(flaggedBy("ya pagué por la app con PayPal, me confirmas?", RULES)).toBe(false));
  it("jeg har betalt med MobilePay i appen, er det gået igennem?", () => expect(flaggedBy("jeg har betalt med MobilePay i appen, er det gået igennem?", RULES)).toBe(false));
  it("jag har betalat med Swish i appen, syns det?", () => expect(flaggedBy("jag har betalat med Swish i appen, syns det?", RULES)).toBe(false));
  it("pagamento feito no aplicativo via Pix, tudo certo", () => expect(flaggedBy("pagamento feito no aplicativo via Pix, tudo certo", RULES)).toBe(false));
  it("part number 04465-0K240 pads, £65 fitted, booking in the app please", () => expect(flaggedBy("part number 04465-0K240 pads, £65 fitted, booking in the app please", RULES)).toBe(false));
  it("the 2019 Toyota Hilux needs the 90,000 km service, quote 380", () => expect(flaggedBy("the 2019 Toyota Hilux needs the 90,000 km service, quote 380", RULES)).toBe(false));
  it("I'll pay in the app after the job as usual, no cash please", () => expect(flaggedBy("I'll pay in the app after the job as usual, no cash please", RULES)).toBe(false));
  it("Reg ends in 7 months, MOT due 03/2027", () => expect(flaggedBy("Reg ends in 7 months, MOT due 03/2027", RULES)).toBe(false));
  it("the quote ends at 450 with the 10% app discount", () => expect(flaggedBy("the quote ends at 450 with the 10% app discount", RULES)).toBe(false));
  it("my phone is a Samsung 2020 model, fine for video call through the app tomorrow", () =>
    expect(flaggedBy("my phone is a Samsung 2020 model, fine for video call through the app tomorrow", RULES)).toBe(false));
  it("my phone is old, 32GB, 1080p camera, sorry about the blurry photo of the dash", () =>
    expect(flaggedBy("my phone is old, 32GB, 1080p camera, sorry about the blurry photo of the dash", RULES)).toBe(false));
  it("my mobile's out of credit, please confirm the Thursday slot here rather than by text", () =>
    expect(flaggedBy("my mobile's out of credit, please confirm the Thursday slot here rather than by text", RULES)).toBe(false));
  it("my phone has no signal in the garage so I'll accept the quote in the app later", () =>
    expect(flaggedBy("my phone has no signal in the garage so I'll accept the quote in the app later", RULES)).toBe(false));
  it("video call through the app at 6? or I'll post the video in the job thread", () =>
    expect(flaggedBy("video call through the app at 6? or I'll post the video in the job thread", RULES)).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("we can work outside in the yard, there's a socket for the compressor", () => expect(flaggedBy("we can work outside in the yard, there's a socket for the compressor", RULES)).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("I'd prefer you work outside on the street, my driveway is being resurfaced", () =>
    expect(flaggedBy("I'd prefer you work outside on the street, my driveway is being resurfaced", RULES)).toBe(false),
  );
  it("horario: lunes a viernes 0830-1800, sábados 0900-1400", () => expect(flaggedBy("horario: lunes a viernes 0830-1800, sábados 0900-1400", RULES)).toBe(false));
  it("Öffnungszeiten 0730-1700, Samstag 0800-1200", () => expect(flaggedBy("Öffnungszeiten 0730-1700, Samstag 0800-1200", RULES)).toBe(false));
  it("ends 6 weeks after fitting, the tyre guarantee", () => expect(flaggedBy("ends 6 weeks after fitting, the tyre guarantee", RULES)).toBe(false));
  it("pagué con Bizum en la app y no me llegó la confirmación", () => expect(flaggedBy("pagué con Bizum en la app y no me llegó la confirmación", RULES)).toBe(false));
  // flagged as on main: PAYMENT_DONE has no Nordic past tense since review 3 (betalt/betalat/betald dropped)
  it.fails("betalte med Vipps i appen, men fikk ingen kvittering", () => expect(flaggedBy("betalte med Vipps i appen, men fikk ingen kvittering", RULES)).toBe(false));
  it("Name: Li\nModel: Civic\nYear: 2014", () => expect(flaggedBy("Name: Li\nModel: Civic\nYear: 2014", RULES)).toBe(false));
  it("Sun – Wed I'm in Porto, back Thursday, can the car wait?", () => expect(flaggedBy("Sun – Wed I'm in Porto, back Thursday, can the car wait?", RULES)).toBe(false));
  it("betalte med Vipps i appen i går, gikk det gjennom?", () => expect(flaggedBy("betalte med Vipps i appen i går, gikk det gjennom?", RULES)).toBe(false));
  // flagged as on main: the Nordic past-tense payment words were dropped after review 3
  it.fails("har betalt med Swish i appen nu", () => expect(flaggedBy("har betalt med Swish i appen nu", RULES)).toBe(false));
  // flagged as on main: the Nordic past-tense payment words were dropped after review 3
  it.fails("jeg har lige betalt i appen med MobilePay, tak", () => expect(flaggedBy("jeg har lige betalt i appen med MobilePay, tak", RULES)).toBe(false));
  // NOT_A_PLACE_OPENING takes one day before 'I'm', not a range 'Mon–Thu'
  it.fails("Mon–Thu I'm in Bristol, can you collect the car from my work car park on Friday at 9?", () =>
    expect(flaggedBy("Mon–Thu I'm in Bristol, can you collect the car from my work car park on Friday at 9?", RULES)).toBe(false),
  );
});

describe("fp26 review 2: attacks are caught and masked", () => {
  it("my phone is a samsung 128GB, hmu on it after 6", () => expect(caughtBy("my phone is a samsung 128GB, hmu on it after 6", [], RULES)).toBe(true));
  it("my phone is an old iPhone lol, 07911 123456 GB free", () => expect(caughtBy("my phone is an old iPhone lol, 07911 123456 GB free", ["07911 123456"], RULES)).toBe(true));
  it("my mobile is a 2019 Huawei, 0791 1123 456", () => expect(caughtBy("my mobile is a 2019 Huawei, 0791 1123 456", ["0791 1123 456"], RULES)).toBe(true));
  it("my phone is a 2020 Samsung, digits are on my profile pic", () => expect(caughtBy("my phone is a 2020 Samsung, digits are on my profile pic", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("my mobile is ancient, same as the one on the quote, give it a go after 5", () =>
    expect(caughtBy("my mobile is ancient, same as the one on the quote, give it a go after 5", [], RULES)).toBe(true),
  );
  // missed on main too, not this branch's doing
  it.fails("my phone is a basic nokia, it's the one on my invoice, you know what to do", () =>
    expect(caughtBy("my phone is a basic nokia, it's the one on my invoice, you know what to do", [], RULES)).toBe(true),
  );
  // REACHED_WITHOUT_CREDIT wants 'call me/it'; 'do the calling', 'the one on the estimate' slip by (noBalanceTold)
  it("my number has no credit so you'll have to do the calling, it's the one on the estimate", () =>
    expect(caughtBy("my number has no credit so you'll have to do the calling, it's the one on the estimate", [], RULES)).toBe(true));
  // 'you dial', 'on the job sheet' are not in REACHED_WITHOUT_CREDIT (noBalanceTold)
  it("my phone is out of credit but incoming is free, so you dial, the number's on the job sheet", () =>
    expect(caughtBy("my phone is out of credit but incoming is free, so you dial, the number's on the job sheet", [], RULES)).toBe(true));
  // 'missed calls' (plural) and 'on the quote' miss REACHED_WITHOUT_CREDIT (noBalanceTold)
  it("my number has no credit, but it's on the quote, missed calls welcome", () => expect(caughtBy("my number has no credit, but it's on the quote, missed calls welcome", [], RULES)).toBe(true));
  it("my phone has no credit, receiving works tho, 07911 123 456", () => expect(caughtBy("my phone has no credit, receiving works tho, 07911 123 456", ["07911 123 456"], RULES)).toBe(true));
  // 'SMS to it' is not 'sms it' (REACHED_WITHOUT_CREDIT, noBalanceTold)
  it("my number is out of data, so old-school SMS to it pls", () => expect(caughtBy("my number is out of data, so old-school SMS to it pls", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("my phone has no data but it still takes calls, you've got it from the quote", () =>
    expect(caughtBy("my phone has no data but it still takes calls, you've got it from the quote", [], RULES)).toBe(true),
  );
  it("whatsapp isn't loading rn, keep it in the app till tonight then whatsapp me", () =>
    expect(caughtBy("whatsapp isn't loading rn, keep it in the app till tonight then whatsapp me", [], RULES)).toBe(true));
  it("telegram won't open at work, reply in the app for now, I'm on tele after 6", () =>
    expect(caughtBy("telegram won't open at work, reply in the app for now, I'm on tele after 6", [], RULES)).toBe(true));
  // APP_FAILING_AFTER + STAYS_HERE excuse it; MOVES_THERE wants 'there/on it', not 'add me later, same name'
  it("whatsapp won't connect here, answer in the app now but add me later, same name", () =>
    expect(caughtBy("whatsapp won't connect here, answer in the app now but add me later, same name", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call through here? or I'll post the video to my tg channel", () => expect(caughtBy("video call through here? or I'll post the video to my tg channel", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call via the app, or I send the clip by email, easier", () => expect(caughtBy("video call via the app, or I send the clip by email, easier", [], RULES)).toBe(true));
  it("video call here or i'll send you a vid on signal", () => expect(caughtBy("video call here or i'll send you a vid on signal", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call through the app, then pay me with a steam gift card", () => expect(caughtBy("video call through the app, then pay me with a steam gift card", [], RULES)).toBe(true));
  it("video call on here? or I can send the recording to you by telegram", () => expect(caughtBy("video call on here? or I can send the recording to you by telegram", [], RULES)).toBe(true));
  // caught since round 32 (social.ts: "facetime me", Apple's call asked for by its verb)
  it("can we video call here? or not, just facetime me", () => expect(caughtBy("can we video call here? or not, just facetime me", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call through the app, or I'll upload the clips to dropbox and share the link to my email", () =>
    expect(caughtBy("video call through the app, or I'll upload the clips to dropbox and share the link to my email", [], RULES)).toBe(true),
  );
  // missed on main too, not this branch's doing
  it.fails("sms mig på 2030-1545", () => expect(caughtBy("sms mig på 2030-1545", ["2030-1545"], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("ring 2015-2230 når du kan", () => expect(caughtBy("ring 2015-2230 når du kan", ["2015-2230"], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("2045-1230 er mit nummer", () => expect(caughtBy("2045-1230 er mit nummer", ["2045-1230"], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("open 2015-1130, you know the drill 😉 text that", () => expect(caughtBy("open 2015-1130, you know the drill 😉 text that", ["2015-1130"], RULES)).toBe(true));
  // isClockRange: German 'ruf an' is no phone cue, two quarter hours pass as opening hours
  it("ruf an: 0800-1145", () => expect(caughtBy("ruf an: 0800-1145", ["0800-1145"], RULES)).toBe(true));
  // clockTimePiece: the phone words after the pieces are not seen by phoneCue
  it("my hours: 07:11 23:45 06:07 89 (digits for a ring)", () => expect(caughtBy("my hours: 07:11 23:45 06:07 89 (digits for a ring)", [], RULES)).toBe(true));
  it("starts 0791, then 123, ends 456 days", () => expect(caughtBy("starts 0791, then 123, ends 456 days", ["456"], RULES)).toBe(true));
  it("first bit 07911, middle 123, ends 456 mins", () => expect(caughtBy("first bit 07911, middle 123, ends 456 mins", ["456"], RULES)).toBe(true));
  // measuredAfter excuses 'ends 456 km' whatever the length, and the message goes clean
  it("starts with 07911 and ends 456 km", () => expect(caughtBy("starts with 07911 and ends 456 km", ["456"], RULES)).toBe(true));
  it("Fri I'm at the Shell on Main St at 6, bring cash and we'll do it there", () => expect(caughtBy("Fri I'm at the Shell on Main St at 6, bring cash and we'll do it there", [], RULES)).toBe(true));
  it("Sat I'm at the Tesco car park on Mill Road from 9, come find me", () => expect(caughtBy("Sat I'm at the Tesco car park on Mill Road from 9, come find me", [], RULES)).toBe(true));
  it("Tue I'm in the Asda lot on Bath Rd after 5, bring the car", () => expect(caughtBy("Tue I'm in the Asda lot on Bath Rd after 5, bring the car", [], RULES)).toBe(true));
  // pastJobElsewhere: 'previous' is PAST_JOB_RETOLD, and a sender's past deals are no retold repair
  it("my previous customers all paid outside the app, never had an issue", () => expect(caughtBy("my previous customers all paid outside the app, never had an issue", [], RULES)).toBe(true));
  // pastJobElsewhere: 'last year' excuses a mechanic's own off-app jobs
  it("last year I did most of my jobs without the app, smoother for everyone", () => expect(caughtBy("last year I did most of my jobs without the app, smoother for everyone", [], RULES)).toBe(true));
  it("had the last few cars done outside the platform, no complaints, your call", () =>
    expect(caughtBy("had the last few cars done outside the platform, no complaints, your call", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("previously my regulars went around the app, works out better for them", () =>
    expect(caughtBy("previously my regulars went around the app, works out better for them", [], RULES)).toBe(true),
  );
  // pastJobElsewhere: 'elsewhere' excuses a nudge
  it("I've done brakes for loads of people elsewhere without the app, just saying", () =>
    expect(caughtBy("I've done brakes for loads of people elsewhere without the app, just saying", [], RULES)).toBe(true));
  it("Name: Dana\nWhitfield: is the surname, find me on fb", () => expect(caughtBy("Name: Dana\nWhitfield: is the surname, find me on fb", ["Whitfield"], RULES)).toBe(true));
  // workingOutdoors: 'if' after 'work outside' reads as outdoors with no outdoor word
  it("we can work outside, if you know what I mean 😉", () => expect(caughtBy("we can work outside, if you know what I mean 😉", [], RULES)).toBe(true));
  // workingOutdoors: 'at my house' is an OUTDOORS place
  it("let's work outside at my house, simpler for both of us", () => expect(caughtBy("let's work outside at my house, simpler for both of us", [], RULES)).toBe(true));
  // workingOutdoors: clause end; '20%' is no money word in its list
  it("honestly easier if we work outside, then nobody takes 20%", () => expect(caughtBy("honestly easier if we work outside, then nobody takes 20%", [], RULES)).toBe(true));
  // workingOutdoors: 'tomorrow' continues the sentence
  it("I'd rather work outside tomorrow, just the two of us, no middle step", () => expect(caughtBy("I'd rather work outside tomorrow, just the two of us, no middle step", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("já paguei pelo app da outra vez, agora me faz um pix direto que sai mais barato", () =>
    expect(caughtBy("já paguei pelo app da outra vez, agora me faz um pix direto que sai mais barato", [], RULES)).toBe(true),
  );
  it("pagué por la app la vez pasada, esta vez por bizum directo y nos ahorramos la comisión", () =>
    expect(caughtBy("pagué por la app la vez pasada, esta vez por bizum directo y nos ahorramos la comisión", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("pode pagar no app ou por pix direto comigo, tanto faz", () => expect(caughtBy("pode pagar no app ou por pix direto comigo, tanto faz", [], RULES)).toBe(true));
  it("jeg betalte i appen sidst, nu kan du bare mobilepay mig direkte", () => expect(caughtBy("jeg betalte i appen sidst, nu kan du bare mobilepay mig direkte", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("paga en la app o por nequi directo, como quieras", () => expect(caughtBy("paga en la app o por nequi directo, como quieras", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: a comma ends the clause, then 'la verde' names WhatsApp
  it("escríbeme en la app, la verde", () => expect(caughtBy("escríbeme en la app, la verde", [], RULES)).toBe(true));
  it("escríbeme por la app: Telegram", () => expect(caughtBy("escríbeme por la app: Telegram", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: connector 'o' lets 'o al whats' through
  it("escríbeme por aquí o al whats, como veas", () => expect(caughtBy("escríbeme por aquí o al whats, como veas", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: a full stop ends the clause, then 'la azul' names another app
  it("escríbeme en la app. La azul, la de la palomita", () => expect(caughtBy("escríbeme en la app. La azul, la de la palomita", [], RULES)).toBe(true));
  it("escríbeme por aquí y luego te paso mi número", () => expect(caughtBy("escríbeme por aquí y luego te paso mi número", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("my number has no credit, so ring it yourself, it's on the booking confirmation", () =>
    expect(caughtBy("my number has no credit, so ring it yourself, it's on the booking confirmation", [], RULES)).toBe(true),
  );
  it("my phone is out of credit, but you can still call it, it's on my quote", () => expect(caughtBy("my phone is out of credit, but you can still call it, it's on my quote", [], RULES)).toBe(true));
  // 'on you to phone', 'same as the invoice' miss REACHED_WITHOUT_CREDIT (noBalanceTold)
  it("my number has no airtime, so it's on you to phone, same as the invoice", () => expect(caughtBy("my number has no airtime, so it's on you to phone, same as the invoice", [], RULES)).toBe(true));
  it("no credit on my number so flash me and I'll call you back", () => expect(caughtBy("no credit on my number so flash me and I'll call you back", [], RULES)).toBe(true));
  it("my number's got no credit, u have it from the quote, give us a bell", () => expect(caughtBy("my number's got no credit, u have it from the quote, give us a bell", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("my phone's run out of credit, SMS is free for you tho, use the one on my profile", () =>
    expect(caughtBy("my phone's run out of credit, SMS is free for you tho, use the one on my profile", [], RULES)).toBe(true),
  );
  it("we work outside, if you get me, half what the app charges", () => expect(caughtBy("we work outside, if you get me, half what the app charges", [], RULES)).toBe(true));
  it("I always work outside, tomorrow works, just bring the cash", () => expect(caughtBy("I always work outside, tomorrow works, just bring the cash", [], RULES)).toBe(true));
  // workingOutdoors: 'when' continues; 'between us' is no money word there
  it("happy to work outside when it suits, keeps things simple between us", () => expect(caughtBy("happy to work outside when it suits, keeps things simple between us", [], RULES)).toBe(true));
  it("can work outside tomorrow, no need to book, just tell me where", () => expect(caughtBy("can work outside tomorrow, no need to book, just tell me where", [], RULES)).toBe(true));
  it("we could work outside on your drive, no middleman", () => expect(caughtBy("we could work outside on your drive, no middleman", [], RULES)).toBe(true));
  it("I worked outside the app with my last three customers and they loved it", () =>
    expect(caughtBy("I worked outside the app with my last three customers and they loved it", [], RULES)).toBe(true));
  // pastJobElsewhere: 'previous' + payment to the sender
  it("previous clients paid me without the app, no drama at all", () => expect(caughtBy("previous clients paid me without the app, no drama at all", [], RULES)).toBe(true));
  // pastJobElsewhere: 'last month' excuses the sender's own off-app jobs
  it("last month I did six jobs outside the app, everyone happy 👍", () => expect(caughtBy("last month I did six jobs outside the app, everyone happy 👍", [], RULES)).toBe(true));
  // pastJobElsewhere: 'years ago' though 'still the best way' recommends it
  it("years ago everyone paid outside the platform, still the best way imo", () => expect(caughtBy("years ago everyone paid outside the platform, still the best way imo", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: comma then the green app described
  it("escríbeme en la app, la de los mensajitos verdes", () => expect(caughtBy("escríbeme en la app, la de los mensajitos verdes", [], RULES)).toBe(true));
  it("escríbeme por aquí y luego por telegram", () => expect(caughtBy("escríbeme por aquí y luego por telegram", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: comma then 'o sea' another app
  it("escríbeme en la plataforma, o sea la de la palomita azul", () => expect(caughtBy("escríbeme en la plataforma, o sea la de la palomita azul", [], RULES)).toBe(true));
  it("escribeme por aca, mejor por wasap", () => expect(caughtBy("escribeme por aca, mejor por wasap", [], RULES)).toBe(true));
  // IN_THIS_CHAT_AHEAD: ';' then 'la otra' (the other app)
  it("escríbeme en la app; la otra, ya sabes cuál", () => expect(caughtBy("escríbeme en la app; la otra, ya sabes cuál", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call on here? or I'll send the clip over gmail", () => expect(caughtBy("video call on here? or I'll send the clip over gmail", [], RULES)).toBe(true));
  it("video call through here, or I send the video to ur email", () => expect(caughtBy("video call through here, or I send the video to ur email", [], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("video call in the app? and I'll take an amazon gift card for the diagnosis", () =>
    expect(caughtBy("video call in the app? and I'll take an amazon gift card for the diagnosis", [], RULES)).toBe(true),
  );
  // missed on main too, not this branch's doing
  it.fails("video call through here, or not, use the green one", () => expect(caughtBy("video call through here, or not, use the green one", [], RULES)).toBe(true));
  it("ruf mich an 0800-1145", () => expect(caughtBy("ruf mich an 0800-1145", ["0800-1145"], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("call 2030-1545 after six", () => expect(caughtBy("call 2030-1545 after six", ["2030-1545"], RULES)).toBe(true));
  // caught since round 36: the number is a phone field's whole value (detection/form-fields.ts)
  it("phone: 2030-1545", () => expect(caughtBy("phone: 2030-1545", ["2030-1545"], RULES)).toBe(true));
  it("slots: 07:91, no wait, 07:59, 11:23, 45 (that's how you reach me)", () => expect(caughtBy("slots: 07:91, no wait, 07:59, 11:23, 45 (that's how you reach me)", [], RULES)).toBe(true));
  // measuredAfter excuses 'ends 456 miles' though another piece 'starts 07911' is in the sentence
  it("starts 07911, ends 456 miles", () => expect(caughtBy("starts 07911, ends 456 miles", ["456"], RULES)).toBe(true));
  // missed on main too, not this branch's doing
  it.fails("pode pagar no app ou me faz um pix, mais fácil", () => expect(caughtBy("pode pagar no app ou me faz um pix, mais fácil", [], RULES)).toBe(true));
  it("paguei pelo app, mas pode mandar o resto por pix direto na minha conta", () => expect(caughtBy("paguei pelo app, mas pode mandar o resto por pix direto na minha conta", [], RULES)).toBe(true));
  it("paga por la app o por transferencia directa a mi cuenta, sin comisión", () => expect(caughtBy("paga por la app o por transferencia directa a mi cuenta, sin comisión", [], RULES)).toBe(true));
  it("can we hop on a video call through here? or I'll post the clip over gmail", () =>
    expect(caughtBy("can we hop on a video call through here? or I'll post the clip over gmail", [], RULES)).toBe(true));
  it("jump on a video call in the app? or I'll send the video to my tg channel, join it", () =>
    expect(caughtBy("jump on a video call in the app? or I'll send the video to my tg channel, join it", [], RULES)).toBe(true));
  it("hop on a video call via the app, or not, use the green one", () => expect(caughtBy("hop on a video call via the app, or not, use the green one", [], RULES)).toBe(true));
  // CARD_TO_PAY excludes 'gift card', a payment off the platform
  it("hop on a video call through here, after that I'll take an amazon gift card for the diag", () =>
    expect(caughtBy("hop on a video call through here, after that I'll take an amazon gift card for the diag", [], RULES)).toBe(true));
  // CARD_TO_PAY excludes 'gift card'
  it("jump on a video call in the app, then pay with a google play gift card, cheaper for both", () =>
    expect(caughtBy("jump on a video call in the app, then pay with a google play gift card, cheaper for both", [], RULES)).toBe(true));
  // OR_MEDIA_INSTEAD: 'by email' is not in MEDIA_SENT_ELSEWHERE
  it("can we hop on a video call on here? or I'll send videos by email, you know the address", () =>
    expect(caughtBy("can we hop on a video call on here? or I'll send videos by email, you know the address", [], RULES)).toBe(true));
  it("hop on a video call here? or I'll upload the clips onto your drive, you got my address", () =>
    expect(caughtBy("hop on a video call here? or I'll upload the clips onto your drive, you got my address", [], RULES)).toBe(true));
  it("get on a video call through the app? or not, let's just facetime", () => expect(caughtBy("get on a video call through the app? or not, let's just facetime", [], RULES)).toBe(true));
  it("hop on a video call through here, or I'll just send a vid on signal", () => expect(caughtBy("hop on a video call through here, or I'll just send a vid on signal", [], RULES)).toBe(true));
  it("Fri I'm outside the Costco on Airport Rd at 6, bring the car", () => expect(caughtBy("Fri I'm outside the Costco on Airport Rd at 6, bring the car", [], RULES)).toBe(true));
  it("Sat I'll be at the Shell on Main St at 9, meet there", () => expect(caughtBy("Sat I'll be at the Shell on Main St at 9, meet there", [], RULES)).toBe(true));
  it("Sun I'm at the Halfords car park on Mill Rd at noon, we can do it there", () =>
    expect(caughtBy("Sun I'm at the Halfords car park on Mill Rd at noon, we can do it there", [], RULES)).toBe(true));
  it("my phone is new, 128GB, ring it after 6", () => expect(caughtBy("my phone is new, 128GB, ring it after 6", [], RULES)).toBe(true));
  it("my phone is a 2019 Samsung, the number is in my bio", () => expect(caughtBy("my phone is a 2019 Samsung, the number is in my bio", [], RULES)).toBe(true));
  it("my mobile is old, 07700 900 321 mAh lol", () => expect(caughtBy("my mobile is old, 07700 900 321 mAh lol", ["07700 900 321"], RULES)).toBe(true));
  it("my phone is basic, the one with 07 700 900 321 on the back", () => expect(caughtBy("my phone is basic, the one with 07 700 900 321 on the back", ["07 700 900 321"], RULES)).toBe(true));
});
