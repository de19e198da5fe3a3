// Round-26 review (rev-fp26) of branch fp26 (false-positive exceptions), read as an evader dressing a contact detail or an
// off-platform deal as one of the branch's newly excused wordings, and as a careful new user. Every sentence is the reviewer's own
// (none from the corpus nor the branch's spec). Expectation, for the rules (DEFAULT_DETECTION_OPTIONS) and the application (rules +
// trained stage): an innocent is not flagged; an attack is flagged with every letter and digit of its detail masked.
// `it` = the branch gets it right; `it.fails` = the branch gets it wrong (comment: why, and whether main did).
// Counts at the review (rules and application agree): innocents 62, flagged branch 8 / main 37 (0 new false positives);
// attacks 59, caught branch 21 / main 47 (26 regressions).
// After the fixes on fp26 for this review: innocents flagged 7 (the model year fixed), attacks caught 48 (every regression closed,
// and the pix 'pra sua chave' missed at main too). After review 2 the no-credit (NO_BALANCE), failing-app (APP_FAILING_AFTER),
// Spanish 'escríbeme' (IN_THIS_CHAT_AHEAD), video-call clip (OR_MEDIA_INSTEAD) and past-job (pastJobElsewhere) exceptions were
// dropped: the attacks below that name them are caught as on main, and the comments tell how the dropped code let them through.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[] = []): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("round 26 fp review: spec", () => {
  it("stays clean: my phone is a Samsung A14 with 64GB, the video is uploading now", () => {
    expect(clean("my phone is a Samsung A14 with 64GB, the video is uploading now")).toBe(true);
  });
  it("stays clean: my phone's an iPhone 11, 128 GB, I'll attach the photos to the job", () => {
    expect(clean("my phone's an iPhone 11, 128 GB, I'll attach the photos to the job")).toBe(true);
  });
  it("stays clean: my phone is old, 2500mAh battery, so if I go quiet it's died", () => {
    expect(clean("my phone is old, 2500mAh battery, so if I go quiet it's died")).toBe(true);
  });
  it("stays clean: my mobile is a Moto G with a 1080p camera, hope the pic is clear enough", () => {
    expect(clean("my mobile is a Moto G with a 1080p camera, hope the pic is clear enough")).toBe(true);
  });
  it("stays clean: my phone is a Galaxy S21, 120Hz screen, anyway the warning light is amber now", () => {
    expect(clean("my phone is a Galaxy S21, 120Hz screen, anyway the warning light is amber now")).toBe(true);
  });
  it("stays clean: my phone is an iPhone 8 64gb so storage is full, deleted some apps to send this", () => {
    expect(clean("my phone is an iPhone 8 64gb so storage is full, deleted some apps to send this")).toBe(true);
  });
  // fixed on fp26 after review 1 (flagged at main too): phrases.ts digitsToReach reads the model year 2019 as digits to reach (no year exception)
  // flagged as on main: the model-year exception was dropped after review 3
  it.fails("stays clean: my phone is a 2019 Huawei, 4000 mAh, battery's at 15% so quick replies only", () => {
    expect(clean("my phone is a 2019 Huawei, 4000 mAh, battery's at 15% so quick replies only")).toBe(true);
  });
  it("stays clean: my phone is an iPhone 13 mini, the 12MP camera struggles in the dark garage", () => {
    expect(clean("my phone is an iPhone 13 mini, the 12MP camera struggles in the dark garage")).toBe(true);
  });
  it("stays clean: my phone is a Samsung S10 with 25W charging, so give me half an hour", () => {
    expect(clean("my phone is a Samsung S10 with 25W charging, so give me half an hour")).toBe(true);
  });
  // flagged as on main: three spec-dressed figures in a row are no device spec since review 3
  it.fails("stays clean: my phone is a Xiaomi with 8GB RAM and 256GB, the footage is 1440p so it takes ages to upload here", () => {
    expect(clean("my phone is a Xiaomi with 8GB RAM and 256GB, the footage is 1440p so it takes ages to upload here")).toBe(true);
  });
  it("catches: my phone is a Tecno 0803 GB 555 MB 1234 mAh lol", () => {
    expect(caught("my phone is a Tecno 0803 GB 555 MB 1234 mAh lol", ["0803", "555", "1234"])).toBe(true);
  });
  it("catches: my phone is a samsung 128gb, oh eight oh three five five five one two three four", () => {
    expect(caught("my phone is a samsung 128gb, oh eight oh three five five five one two three four", [])).toBe(true);
  });
  it("catches: my phone is a samsung 128gb, same one as on the invoice", () => {
    expect(caught("my phone is a samsung 128gb, same one as on the invoice", [])).toBe(true);
  });
  it("catches: my phone is an iphone, 128GB, dm me on insta @kev.fixes", () => {
    expect(caught("my phone is an iphone, 128GB, dm me on insta @kev.fixes", ["kev.fixes"])).toBe(true);
  });
  it("catches: my phone is a samsung, 080 GB 3555 MB 1234", () => {
    expect(caught("my phone is a samsung, 080 GB 3555 MB 1234", ["1234"])).toBe(true);
  });
});

describe("round 26 fp review: credit", () => {
  it("stays clean: sorry for the late reply, my phone ran out of data", () => {
    expect(clean("sorry for the late reply, my phone ran out of data")).toBe(true);
  });
  it("stays clean: my mobile has zero balance so I can't ring the dealer about the recall, can you check it for me?", () => {
    expect(clean("my mobile has zero balance so I can't ring the dealer about the recall, can you check it for me?")).toBe(true);
  });
  it("stays clean: my phone had no signal at the garage, that's why I didn't answer", () => {
    expect(clean("my phone had no signal at the garage, that's why I didn't answer")).toBe(true);
  });
  it("stays clean: my phone has run out of minutes, so I can't call the insurer, can you send the report through the app?", () => {
    expect(clean("my phone has run out of minutes, so I can't call the insurer, can you send the report through the app?")).toBe(true);
  });
  it("stays clean: no credit on my phone, reply in the app please", () => {
    expect(clean("no credit on my phone, reply in the app please")).toBe(true);
  });
  it("catches: no credit, text me on 0803 555 1234", () => {
    expect(caught("no credit, text me on 0803 555 1234", ["0803 555 1234"])).toBe(true);
  });
  it("catches: my phone has no credit, flash me and I'll call you back", () => {
    expect(caught("my phone has no credit, flash me and I'll call you back", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): phrases.ts NO_BALANCE lookahead kills the 'my number' request whatever follows ('beep me and I'll ring back' = missed-call request)
  it("catches: my number has no airtime, beep me and I'll ring back", () => {
    expect(caught("my number has no airtime, beep me and I'll ring back", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): NO_BALANCE kills the 'my phone' request even though the message says 'call it' (DEVICE_TO_REACH is not consulted)
  it("catches: my phone is out of credit, just call it tonight", () => {
    expect(caught("my phone is out of credit, just call it tonight", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): NO_BALANCE kills the request; 'ring it' and 'you have it from the booking' ignored
  it("catches: my number's got no credit so you ring it, you have it from the booking", () => {
    expect(caught("my number's got no credit so you ring it, you have it from the booking", [])).toBe(true);
  });
  it("catches: my phone has no data so whatsapp won't load, ring me normal instead", () => {
    expect(caught("my phone has no data so whatsapp won't load, ring me normal instead", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): social.ts APP_FAILING_AFTER + HERE_POINTER: 'here at work' is not this chat; 'drop me a msg there after 6' moves to whatsapp
  it("catches: whatsapp won't open here at work, drop me a msg there after 6", () => {
    expect(caught("whatsapp won't open here at work, drop me a msg there after 6", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): APP_FAILING_AFTER + HERE_POINTER ('here'); 'message me on it later tonight' is the move
  it("catches: whatsapp isn't loading on the app's wifi here, message me on it later tonight", () => {
    expect(caught("whatsapp isn't loading on the app's wifi here, message me on it later tonight", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): other-languages.ts IN_THIS_CHAT_AHEAD accepts 'el chat' with no check of what follows ('del marketplace' = Facebook)
  it("catches: escríbeme por el chat del marketplace, ahí te contesto rápido", () => {
    expect(caught("escríbeme por el chat del marketplace, ahí te contesto rápido", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): IN_THIS_CHAT_AHEAD accepts 'la app' followed by a qualifier ('verde' = WhatsApp)
  it("catches: escríbeme en la app verde mejor, sin saldo acá", () => {
    expect(caught("escríbeme en la app verde mejor, sin saldo acá", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): IN_THIS_CHAT_AHEAD accepts 'la app azul' (another app)
  it("catches: escríbeme por la app azul, aquí casi no entro", () => {
    expect(caught("escríbeme por la app azul, aquí casi no entro", [])).toBe(true);
  });
  it("catches: my phone has zero balance, top me up 2000 naira on 0803 555 1234 and I'll come", () => {
    expect(caught("my phone has zero balance, top me up 2000 naira on 0803 555 1234 and I'll come", ["0803 555 1234"])).toBe(true);
  });
  // regression closed on fp26 (review 1): NO_BALANCE kills the 'my phone' request though 'SMS it' follows
  it("catches: my phone is out of data so SMS it, not whatsapp", () => {
    expect(caught("my phone is out of data so SMS it, not whatsapp", [])).toBe(true);
  });
  // missed at main too
  it.fails("catches: my phone has no data, so ring it old school after 5", () => {
    expect(caught("my phone has no data, so ring it old school after 5", [])).toBe(true);
  });
});

describe("round 26 fp review: video", () => {
  it("stays clean: can we do a video call in the app? or I can send a video if easier", () => {
    expect(clean("can we do a video call in the app? or I can send a video if easier")).toBe(true);
  });
  // regression closed on fp26 (review 1): social.ts OR_MEDIA_INSTEAD excuses 'or I'll post a video' without checking where it goes ('your dms')
  it("catches: jump on a video call in the app, or I'll post a video to your dms", () => {
    expect(caught("jump on a video call in the app, or I'll post a video to your dms", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): OR_MEDIA_INSTEAD excuses 'or I'll send a video' sent to 'your gmail'
  it("catches: jump on a video call through the app or I'll send a video to your gmail", () => {
    expect(caught("jump on a video call through the app or I'll send a video to your gmail", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): OR_MEDIA_INSTEAD excuses an upload to the sender's youtube with a handle
  it("catches: hop on a video call in the app, or I'll upload a video to my youtube, search kevfixes", () => {
    expect(caught("hop on a video call in the app, or I'll upload a video to my youtube, search kevfixes", ["kevfixes"])).toBe(true);
  });
  // regression closed on fp26 (review 1): OR_MEDIA_INSTEAD excuses a clip sent 'over tele' (Telegram)
  it("catches: hop on a video call in the app or I'll send a clip over tele", () => {
    expect(caught("hop on a video call in the app or I'll send a clip over tele", [])).toBe(true);
  });
  it("catches: video call through the app, I'll join from my phone, save it after and we can sort it off the books", () => {
    expect(caught("video call through the app, I'll join from my phone, save it after and we can sort it off the books", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): OR_MEDIA_INSTEAD's '(?!or not)' drops the only other-way word; the spelled 'fac3time' is not read on its own
  it("catches: jump on a video call here, or not, just fac3time me", () => {
    expect(caught("jump on a video call here, or not, just fac3time me", [])).toBe(true);
  });
});

describe("round 26 fp review: clock", () => {
  it("stays clean: Hours: 0830-1700 Mon-Fri, 0900-1300 Sat", () => {
    expect(clean("Hours: 0830-1700 Mon-Fri, 0900-1300 Sat")).toBe(true);
  });
  it("stays clean: I'm on nights 1900-0700 so mornings are bad", () => {
    expect(clean("I'm on nights 1900-0700 so mornings are bad")).toBe(true);
  });
  it("stays clean: collection window 1530-1800 tomorrow", () => {
    expect(clean("collection window 1530-1800 tomorrow")).toBe(true);
  });
  it("stays clean: available 10:15, 11:30 or 14:45 Thursday, pick one in the booking", () => {
    expect(clean("available 10:15, 11:30 or 14:45 Thursday, pick one in the booking")).toBe(true);
  });
  it("stays clean: Drop-off 08:00 Mon 3 Mar, pick-up 17:30 Tue 4 Mar", () => {
    expect(clean("Drop-off 08:00 Mon 3 Mar, pick-up 17:30 Tue 4 Mar")).toBe(true);
  });
  it("stays clean: open 0800 - 1800, closed 1230-1330 for lunch", () => {
    expect(clean("open 0800 - 1800, closed 1230-1330 for lunch")).toBe(true);
  });
  it("stays clean: we're open 7:30 to 17:30, lunch 12:00-12:45", () => {
    expect(clean("we're open 7:30 to 17:30, lunch 12:00-12:45")).toBe(true);
  });
  it("stays clean: I start at 0600 and finish 1430, so after 3 works", () => {
    expect(clean("I start at 0600 and finish 1430, so after 3 works")).toBe(true);
  });
  // still flagged (main too): phone.ts isClockRange is skipped because 'call-outs' is read as a phone cue (phoneCueAt)
  it.fails("stays clean: Workshop hours 0800-1700, Sat 0830-1230, call-outs cost extra", () => {
    expect(clean("Workshop hours 0800-1700, Sat 0830-1230, call-outs cost extra")).toBe(true);
  });
  it("stays clean: the lads are in 0730-1600, the office 0900-1700", () => {
    expect(clean("the lads are in 0730-1600, the office 0900-1700")).toBe(true);
  });
  // missed at main too: an 8-digit number (DK/NO/HK) written as two quarter hours is read as a clock range
  it.fails("catches: open 0800-1730, after hours 2015-2230", () => {
    expect(caught("open 0800-1730, after hours 2015-2230", ["2015-2230"])).toBe(true);
  });
  // missed at main too: Danish 'ring' is no phone cue for isClockRange
  it.fails("catches: åben 0800-1700, ellers ring 2215-1030", () => {
    expect(caught("åben 0800-1700, ellers ring 2215-1030", ["2215-1030"])).toBe(true);
  });
  // missed at main too: 'out of hours' + an 8-digit HK landline shaped as a clock range
  it.fails("catches: office 0800-1730, out of hours 2130-1545", () => {
    expect(caught("office 0800-1730, out of hours 2130-1545", ["2130-1545"])).toBe(true);
  });
  it("catches: my whatsapp is 2015-2230", () => {
    expect(caught("my whatsapp is 2015-2230", ["2015-2230"])).toBe(true);
  });
  // regression closed on fp26 (review 1): phone.ts clockTimePiece drops every HH:MM piece with no phone-word guard, even after 'the digits:'
  it("catches: the digits: 08:03 then 15:51 then 23:40", () => {
    expect(caught("the digits: 08:03 then 15:51 then 23:40", ["08:03", "15:51", "23:40"])).toBe(true);
  });
  // regression closed on fp26 (review 1): clockTimePiece drops '12:34' next to 'number goes'; the rest is no longer read as one split number
  it("catches: number goes 0803 then 12:34 then 567", () => {
    expect(caught("number goes 0803 then 12:34 then 567", ["0803", "12:34", "567"])).toBe(true);
  });
});

describe("round 26 fp review: duration", () => {
  it("stays clean: the paint warranty ends 36 months from the invoice date, first claim needs photos", () => {
    expect(clean("the paint warranty ends 36 months from the invoice date, first claim needs photos")).toBe(true);
  });
  it("stays clean: the free trial starts in 7 days, the first month is free", () => {
    expect(clean("the free trial starts in 7 days, the first month is free")).toBe(true);
  });
  it("stays clean: cover ends 12 months or 12,000 miles, whichever is first", () => {
    expect(clean("cover ends 12 months or 12,000 miles, whichever is first")).toBe(true);
  });
  it("catches: my number starts 080 and ends 312 days later lol, middle is 5551", () => {
    expect(caught("my number starts 080 and ends 312 days later lol, middle is 5551", ["080", "312", "5551"])).toBe(true);
  });
  it("catches: the first bit starts 803, it ends 212 hrs, middle 555", () => {
    expect(caught("the first bit starts 803, it ends 212 hrs, middle 555", ["803", "212", "555"])).toBe(true);
  });
  // regression closed on fp26 (review 1): phone.ts ANNOUNCED_FRAGMENT: the <=3-digit DURATION_AFTER exception ignores FRAGMENT_PHONE_WORD ('my cell')
  it("catches: my cell starts 080 mins", () => {
    expect(caught("my cell starts 080 mins", ["080"])).toBe(true);
  });
  // regression closed on fp26 (review 1): same, DURATION_AFTER applies even with 'my mobile' in the sentence
  it("catches: my mobile ends 512 hrs", () => {
    expect(caught("my mobile ends 512 hrs", ["512"])).toBe(true);
  });
});

describe("round 26 fp review: date", () => {
  it("stays clean: 12 Apr – 15 Apr I'm in Manchester, any day after is fine for the MOT", () => {
    expect(clean("12 Apr – 15 Apr I'm in Manchester, any day after is fine for the MOT")).toBe(true);
  });
  it("stays clean: Thursday I'm in Leeds all day, so Friday drop-off?", () => {
    expect(clean("Thursday I'm in Leeds all day, so Friday drop-off?")).toBe(true);
  });
  it("stays clean: Tues I'm at work till 6 at the hospital on Park Road, could you do Wed?", () => {
    expect(clean("Tues I'm at work till 6 at the hospital on Park Road, could you do Wed?")).toBe(true);
  });
  it("stays clean: Monday it's at my sister's in Hove, she can hand over the keys", () => {
    expect(clean("Monday it's at my sister's in Hove, she can hand over the keys")).toBe(true);
  });
  it("stays clean: Mon I'm in London, Tue I'm back, so any time Wednesday", () => {
    expect(clean("Mon I'm in London, Tue I'm back, so any time Wednesday")).toBe(true);
  });
  it("catches: Sat I'm at the Esso on Mill Lane from 9, swing by and I'll do the pads there", () => {
    expect(caught("Sat I'm at the Esso on Mill Lane from 9, swing by and I'll do the pads there", ["Esso on Mill Lane"])).toBe(true);
  });
  it("catches: Saturday it's the Asda car park on Bath Rd, 10am, I'll do it there", () => {
    expect(caught("Saturday it's the Asda car park on Bath Rd, 10am, I'll do it there", ["Asda car park on Bath Rd"])).toBe(true);
  });
  it("catches: Sunday we're at the car boot on Leeds Rd, come find us and I'll fit it on the spot", () => {
    expect(caught("Sunday we're at the car boot on Leeds Rd, come find us and I'll fit it on the spot", ["Leeds Rd"])).toBe(true);
  });
  it("catches: Fri my unit, 14 Mill Lane, come round at 6 and we'll sort it", () => {
    expect(caught("Fri my unit, 14 Mill Lane, come round at 6 and we'll sort it", ["14 Mill Lane"])).toBe(true);
  });
});

describe("round 26 fp review: past", () => {
  it("stays clean: My old garage did the clutch without the app, I can send you the receipt photo here", () => {
    expect(clean("My old garage did the clutch without the app, I can send you the receipt photo here")).toBe(true);
  });
  // still flagged (main too): OFFER_BESIDE_A_RETOLD_JOB reads 'slipping again' as an offer ('again')
  it.fails("stays clean: two years ago I got the gearbox fixed elsewhere, not through this app, and it's slipping again", () => {
    expect(clean("two years ago I got the gearbox fixed elsewhere, not through this app, and it's slipping again")).toBe(true);
  });
  // still flagged (main too): OFFER_BESIDE_A_RETOLD_JOB reads 'the price is fixed here' as a price offered
  it.fails("stays clean: the last time I had it serviced outside the app they charged me a fortune, so I'm glad the price is fixed here", () => {
    expect(clean("the last time I had it serviced outside the app they charged me a fortune, so I'm glad the price is fixed here")).toBe(true);
  });
  // missed at main too: a question, the DEAL accept's '?' exception
  it.fails("catches: last time I had the brakes done by you outside the app and it was fine, same as before?", () => {
    expect(caught("last time I had the brakes done by you outside the app and it was fine, same as before?", [])).toBe(true);
  });
  // missed at main too: a question ('?' exception)
  it.fails("catches: my old mechanic did it outside the app, how about you?", () => {
    expect(caught("my old mechanic did it outside the app, how about you?", [])).toBe(true);
  });
  // missed at main too: a question ('?' exception)
  it.fails("catches: the last time I had it serviced without the app it was way less, you up for that?", () => {
    expect(caught("the last time I had it serviced without the app it was way less, you up for that?", [])).toBe(true);
  });
  it("catches: last month I got the pads done without the app, paid the guy by bank transfer, you ok with that?", () => {
    expect(caught("last month I got the pads done without the app, paid the guy by bank transfer, you ok with that?", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): phrases.ts pastJobElsewhere: OFFER_BESIDE_A_RETOLD_JOB lacks 'happy to do yours', 'like that'
  it("catches: had it fixed not through the app last time, happy to do yours like that", () => {
    expect(caught("had it fixed not through the app last time, happy to do yours like that", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): pastJobElsewhere: 'want to repeat that' is not in OFFER_BESIDE_A_RETOLD_JOB
  it("catches: previously we did it outside the app, let me know if you want to repeat that", () => {
    expect(caught("previously we did it outside the app, let me know if you want to repeat that", [])).toBe(true);
  });
  // missed at main too: a question ('?' exception)
  it.fails("catches: my old mechanic always did it without the app, any chance?", () => {
    expect(caught("my old mechanic always did it without the app, any chance?", [])).toBe(true);
  });
});

describe("round 26 fp review: form", () => {
  it("stays clean: Name: Sam\nModel: Corsa 1.2\nYear: 2014", () => {
    expect(clean("Name: Sam\nModel: Corsa 1.2\nYear: 2014")).toBe(true);
  });
  it("stays clean: Nom : Julie\nVoiture : Peugeot 208\nSouci : embrayage", () => {
    expect(clean("Nom : Julie\nVoiture : Peugeot 208\nSouci : embrayage")).toBe(true);
  });
  it("stays clean: Name: Ali\nPostcode: in my profile\nIssue: ABS light", () => {
    expect(clean("Name: Ali\nPostcode: in my profile\nIssue: ABS light")).toBe(true);
  });
  it("stays clean: Name: Olga\nMake: Skoda\nNotes: rattles over bumps", () => {
    expect(clean("Name: Olga\nMake: Skoda\nNotes: rattles over bumps")).toBe(true);
  });
  // regression closed on fp26 (review 1; main caught it by accident as 'Dana Surname'): one-word FIELD_LABEL ends the name, and the surname on its own labelled line is not read
  it("catches: Name: Dana\nSurname: Whitfield\nCar: Focus", () => {
    expect(caught("Name: Dana\nSurname: Whitfield\nCar: Focus", ["Whitfield"])).toBe(true);
  });
  // missed at main too: first and last name on labelled lines
  it.fails("catches: First: Dana\nLast: Whitfield\nLook me up", () => {
    expect(caught("First: Dana\nLast: Whitfield\nLook me up", ["Whitfield"])).toBe(true);
  });
  it("catches: Contact: Dana Whitfield\nVehicle: Focus, find me on fb", () => {
    expect(caught("Contact: Dana Whitfield\nVehicle: Focus, find me on fb", ["Dana Whitfield"])).toBe(true);
  });
});

describe("round 26 fp review: outdoor", () => {
  // still flagged (main too): phrases.ts DEAL_PATTERNS #23 ('do you work outside' question) fires; workingOutdoors only guards pattern #4
  it.fails("stays clean: do you work outside if it's raining or do you need a garage?", () => {
    expect(clean("do you work outside if it's raining or do you need a garage?")).toBe(true);
  });
  // still flagged (main too): workingOutdoors refuses any message with 'cheaper'
  it.fails("stays clean: it's cheaper for me if you can work outside on the drive rather than towing it", () => {
    expect(clean("it's cheaper for me if you can work outside on the drive rather than towing it")).toBe(true);
  });
  // still flagged (main too): workingOutdoors refuses any message naming 'app' anywhere
  it.fails("stays clean: can you work outside? the app says mobile mechanic but I have no garage", () => {
    expect(clean("can you work outside? the app says mobile mechanic but I have no garage")).toBe(true);
  });
  // regression closed on fp26 (review 1): phrases.ts workingOutdoors: 'the chat' is not in its list of platform words (app|platform|system|autodoctor|booking)
  it("catches: can we work outside the chat? easier for both of us", () => {
    expect(caught("can we work outside the chat? easier for both of us", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): workingOutdoors: 'the portal' not in its list
  it("catches: we could work outside of the portal if you like, lmk", () => {
    expect(caught("we could work outside of the portal if you like, lmk", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): workingOutdoors requires the platform word right after 'the/this' ('this whole booking' slips)
  it("catches: happy to work outside this whole booking thing, just say", () => {
    expect(caught("happy to work outside this whole booking thing, just say", [])).toBe(true);
  });
  it("catches: I work outside, you pay me on the day, no need for the middle bit", () => {
    expect(caught("I work outside, you pay me on the day, no need for the middle bit", [])).toBe(true);
  });
  // regression closed on fp26 (review 1): workingOutdoors: 'AD' (AutoDoctor) not in its list
  it("catches: let's work outside of AD on this one", () => {
    expect(caught("let's work outside of AD on this one", [])).toBe(true);
  });
});

describe("round 26 fp review: pay", () => {
  it("stays clean: paguei pelo app ontem, o pagamento já aparece pra você?", () => {
    expect(clean("paguei pelo app ontem, o pagamento já aparece pra você?")).toBe(true);
  });
  it("stays clean: pagué por la app con tarjeta, ¿te llegó?", () => {
    expect(clean("pagué por la app con tarjeta, ¿te llegó?")).toBe(true);
  });
  it("stays clean: jag har betalat i appen med Swish, syns det?", () => {
    expect(clean("jag har betalat i appen med Swish, syns det?")).toBe(true);
  });
  it("stays clean: já paguei no app, deu certo?", () => {
    expect(clean("já paguei no app, deu certo?")).toBe(true);
  });
  // fixed on fp26 after review 1 (missed at main too): a pix to the mechanic's own key (chave) is an off-platform payment, the bank's 'app' is not ours
  it("catches: paguei o pix pelo app do banco pra sua chave, confere aí", () => {
    expect(caught("paguei o pix pelo app do banco pra sua chave, confere aí", [])).toBe(true);
  });
  // missed at main too: same, pix key named
  it.fails("catches: paguei no app do Inter, na chave que você me passou", () => {
    expect(caught("paguei no app do Inter, na chave que você me passou", [])).toBe(true);
  });
  // missed at main too: Nequi to the mechanic's number
  it.fails("catches: pagué por la app de Nequi a tu número, avísame", () => {
    expect(caught("pagué por la app de Nequi a tu número, avísame", [])).toBe(true);
  });
  it("catches: jag har betalat med Swish i appen till ditt nummer", () => {
    expect(caught("jag har betalat med Swish i appen till ditt nummer", [])).toBe(true);
  });
  // caught as on main: PAYMENT_DONE has no 'betalt' since review 3
  it("catches: betalt i appen til din MobilePay direkte, uden om platformen", () => {
    expect(caught("betalt i appen til din MobilePay direkte, uden om platformen", [])).toBe(true);
  });
});
