// Round-25 review (rev-fp25) of branch fp25 (2dd74d8 and its two commits before it: 707f591, 7ae78de), read as an evader who
// knows the new exceptions and as a careful new user. Every sentence was written by the reviewer (none from the corpus, nor the
// branch's own spec). Expectation, for the rules (DEFAULT_DETECTION_OPTIONS) and the application (rules + trained stage): an
// innocent is not flagged; an attack is flagged with every letter and digit of its detail masked. `it` = the branch gets it right;
// `it.fails` = the branch gets it wrong (comment: why, and whether main got it right).
// Counts (rules; the application gives the same): attacks 62, caught branch 15 / main 51 (36 regressions, 0 newly caught);
// innocents 57, flagged branch 7 / main 27 (20 excused, 0 new false positives).
// After fp25's narrowing against this review (bb8fd9c..794c6d1): attacks caught 51 / main 51 (the 36 regressions caught again; the 11
// missed at main too stay it.fails); innocents flagged 8 / main 27 (toyota-motors.co.uk and kiaowners.com, no maker's real site, are
// links again as at main; the booking's Thursday is clean now).
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const clean = (text: string): boolean => !flaggedBy(text, DEFAULT_DETECTION_OPTIONS) && !flaggedBy(text);
const caught = (text: string, secrets: string[] = []): boolean => caughtBy(text, secrets, DEFAULT_DETECTION_OPTIONS) && caughtBy(text, secrets);

describe("an offer retold and refused (look-alikes.ts)", () => {
  it("leaves clean: my neighbour said I should just pay some bloke cash to do it, I said no, I'd rather have it done properly through here", () => {
    expect(clean("my neighbour said I should just pay some bloke cash to do it, I said no, I'd rather have it done properly through here")).toBe(true);
  });
  it("leaves clean: The guy at the tyre place offered to do the alignment off the books, I declined.", () => {
    expect(clean("The guy at the tyre place offered to do the alignment off the books, I declined.")).toBe(true);
  });
  // SENDER_OWN_WAY reads the retold 'bank transfer' as the sender's own; flagged at main too
  it.fails("leaves clean: a mechanic on facebook messaged asking me to pay him by bank transfer, I've reported it", () => {
    expect(clean("a mechanic on facebook messaged asking me to pay him by bank transfer, I've reported it")).toBe(true);
  });
  it("leaves clean: you said earlier you'd prefer cash outside the app - I'm not comfortable with that, card through here please", () => {
    expect(clean("you said earlier you'd prefer cash outside the app - I'm not comfortable with that, card through here please")).toBe(true);
  });
  it("leaves clean: my dad told me to just meet the mechanic somewhere and pay cash, I said no. Is the booking confirmed for Thursday?", () => {
    expect(clean("my dad told me to just meet the mechanic somewhere and pay cash, I said no. Is the booking confirmed for Thursday?")).toBe(true);
  });
  it("leaves clean: Someone in the forum suggested paying cash to skip the fee. I didn't. Quote here is fine", () => {
    expect(clean("Someone in the forum suggested paying cash to skip the fee. I didn't. Quote here is fine")).toBe(true);
  });
  it("leaves clean: he wanted me to pay half upfront by bank transfer, I refused and paid the deposit in the app", () => {
    expect(clean("he wanted me to pay half upfront by bank transfer, I refused and paid the deposit in the app")).toBe(true);
  });
  it("leaves clean: the last shop wanted cash only off the books, I'm not interested in that, hence booking here", () => {
    expect(clean("the last shop wanted cash only off the books, I'm not interested in that, hence booking here")).toBe(true);
  });
  it("leaves clean: the tow driver suggested I pay him cash to skip the paperwork, I said no and used the app", () => {
    expect(clean("the tow driver suggested I pay him cash to skip the paperwork, I said no and used the app")).toBe(true);
  });
  it("leaves clean: my colleague said to take it to a mate's garage for cash, I'm not interested, I want it logged", () => {
    expect(clean("my colleague said to take it to a mate's garage for cash, I'm not interested, I want it logged")).toBe(true);
  });
  it("catches: The last mechanic wanted me to pay cash and meet at the Tesco car park, I refused. You up for that instead?", () => {
    expect(caught("The last mechanic wanted me to pay cash and meet at the Tesco car park, I refused. You up for that instead?", [])).toBe(true);
  });
  it("catches: You said we could settle in cash off the app. I didn't reply at the time, sorry, was busy - still on?", () => {
    expect(caught("You said we could settle in cash off the app. I didn't reply at the time, sorry, was busy - still on?", [])).toBe(true);
  });
  it("catches: you offered to do it at your place for cash. I said no at first but my wife says go for it, when?", () => {
    expect(caught("you offered to do it at your place for cash. I said no at first but my wife says go for it, when?", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: The shop guy wanted me to skip the app and pay him direct, I declined then. Thought it over, happy to go ahead with that now", () => {
    expect(caught("The shop guy wanted me to skip the app and pay him direct, I declined then. Thought it over, happy to go ahead with that now", [])).toBe(true);
  });
  it("catches: he mentioned cash in hand at his garage works out cheaper. i declined. Is that offer open to me too?", () => {
    expect(caught("he mentioned cash in hand at his garage works out cheaper. i declined. Is that offer open to me too?", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: They asked me to pay outside the app and I'm not comfortable with cards so off-app cash at handover suits", () => {
    expect(caught("They asked me to pay outside the app and I'm not comfortable with cards so off-app cash at handover suits", [])).toBe(true);
  });
  it("catches: someone told me you do jobs off the app for cash - I didn't, and wondered if you do", () => {
    expect(caught("someone told me you do jobs off the app for cash - I didn't, and wondered if you do", [])).toBe(true);
  });
  it("catches: my brother said to just pay the mechanic cash outside the app, I said no to the card surcharge so cash outside the app it is", () => {
    expect(caught("my brother said to just pay the mechanic cash outside the app, I said no to the card surcharge so cash outside the app it is", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: he suggested meeting at the Shell garage on Kings Rd for a cash swap, I declined the first time, asking again - tomorrow 6pm?", () => {
    expect(caught("he suggested meeting at the Shell garage on Kings Rd for a cash swap, I declined the first time, asking again - tomorrow 6pm?", [])).toBe(true);
  });
  it("catches: the guy before you offered to come to my house for cash, I turned him down because he was rude. you seem nice, same deal?", () => {
    expect(caught("the guy before you offered to come to my house for cash, I turned him down because he was rude. you seem nice, same deal?", [])).toBe(true);
  });
  it("catches: you said you'd knock a bit off if I paid off the app. I didn't reply. Still valid?", () => {
    expect(caught("you said you'd knock a bit off if I paid off the app. I didn't reply. Still valid?", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: You wanted to do it off the platform - I said no because my husband handles the money. He's fine with it now, go ahead", () => {
    expect(caught("You wanted to do it off the platform - I said no because my husband handles the money. He's fine with it now, go ahead", [])).toBe(true);
  });
  it("catches: the message asking me to pay outside the app, I didn't reply because I was at work. How much would it be that way?", () => {
    expect(caught("the message asking me to pay outside the app, I didn't reply because I was at work. How much would it be that way?", [])).toBe(true);
  });
  it("catches: she said she'd do it at her garage for cash, I'm not ok with the garage being that far, could she come to mine for cash instead?", () => {
    expect(caught("she said she'd do it at her garage for cash, I'm not ok with the garage being that far, could she come to mine for cash instead?", [])).toBe(true);
  });
  it("catches: your offer to do it cash at your workshop - I declined before I saw the dealer quote. Still happy to?", () => {
    expect(caught("your offer to do it cash at your workshop - I declined before I saw the dealer quote. Still happy to?", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: he asked me to cancel the booking and pay him direct, I refused since I'd paid already. Refund came through, so yes now", () => {
    expect(caught("he asked me to cancel the booking and pay him direct, I refused since I'd paid already. Refund came through, so yes now", [])).toBe(true);
  });
  it("catches: a mechanic on here offered to meet at Bunnings and do it for cash, I declined, but honestly can you match that?", () => {
    expect(caught("a mechanic on here offered to meet at Bunnings and do it for cash, I declined, but honestly can you match that?", [])).toBe(true);
  });
  it("catches: my mate said you'd do it off the books, I said no way he'd do that - would you?", () => {
    expect(caught("my mate said you'd do it off the books, I said no way he'd do that - would you?", [])).toBe(true);
  });
});

describe("a store as a source or a teller (phrases.ts)", () => {
  it("leaves clean: got the pads from the Euro Car Parts on Hessle Rd, can you fit them Tuesday?", () => {
    expect(clean("got the pads from the Euro Car Parts on Hessle Rd, can you fit them Tuesday?")).toBe(true);
  });
  it("leaves clean: grabbed a new battery at the Halfords on Bristol Rd yesterday, still won't start", () => {
    expect(clean("grabbed a new battery at the Halfords on Bristol Rd yesterday, still won't start")).toBe(true);
  });
  it("leaves clean: the Kwik Fit on London Rd said the tracking is out, how much to fix?", () => {
    expect(clean("the Kwik Fit on London Rd said the tracking is out, how much to fix?")).toBe(true);
  });
  it("leaves clean: the AutoZone on Elm St tested the alternator and it passed, so what else could drain it?", () => {
    expect(clean("the AutoZone on Elm St tested the alternator and it passed, so what else could drain it?")).toBe(true);
  });
  it("leaves clean: the Repco in Midland quoted $380 for the pads, is that fair?", () => {
    expect(clean("the Repco in Midland quoted $380 for the pads, is that fair?")).toBe(true);
  });
  it("leaves clean: snagged the last set of wipers at the Supercheap in Cannington", () => {
    expect(clean("snagged the last set of wipers at the Supercheap in Cannington")).toBe(true);
  });
  it("leaves clean: the Tesco on Kings Rd couldn't do the car wash, machine broken, does it matter?", () => {
    expect(clean("the Tesco on Kings Rd couldn't do the car wash, machine broken, does it matter?")).toBe(true);
  });
  it("leaves clean: The Costco in Coventry fitted the tyres last month, the warranty papers are in the glovebox", () => {
    expect(clean("The Costco in Coventry fitted the tyres last month, the warranty papers are in the glovebox")).toBe(true);
  });
  // 'sold me' is a told verb but "I'll bring" (to the mechanic) is read as a meeting at the store; flagged at main too
  it.fails("leaves clean: the Halfords in Croydon sold me the wrong bulb, I'll bring the right one Thursday", () => {
    expect(clean("the Halfords in Croydon sold me the wrong bulb, I'll bring the right one Thursday")).toBe(true);
  });
  // 'had' is no told verb (STORE_TOLD_AFTER) and the purchase comes after the store; flagged at main too
  it.fails("leaves clean: the Bunnings in Joondalup had the bolts, picked them up Tuesday", () => {
    expect(clean("the Bunnings in Joondalup had the bolts, picked them up Tuesday")).toBe(true);
  });
  it("leaves clean: the Autobarn on Main St said it's the thermostat, agree?", () => {
    expect(clean("the Autobarn on Main St said it's the thermostat, agree?")).toBe(true);
  });
  it("catches: grabbed a table at the Costa on High St for 10am Saturday, pay on completion", () => {
    expect(caught("grabbed a table at the Costa on High St for 10am Saturday, pay on completion", [])).toBe(true);
  });
  it("catches: snagged us a table at the Greggs on Market St, 9am Sunday, bring the invoice", () => {
    expect(caught("snagged us a table at the Greggs on Market St, 9am Sunday, bring the invoice", [])).toBe(true);
  });
  it("catches: The Halfords on Leeds Rd reckons 4pm Thursday is quiet, so that's when and where for the swap", () => {
    expect(caught("The Halfords on Leeds Rd reckons 4pm Thursday is quiet, so that's when and where for the swap", [])).toBe(true);
  });
  it("catches: the Halfords on Park Rd fitted my last battery - Saturday 6pm at that Halfords works, you do the pads and I hand you the money", () => {
    expect(caught("the Halfords on Park Rd fitted my last battery - Saturday 6pm at that Halfords works, you do the pads and I hand you the money", [])).toBe(true);
  });
  it("catches: The AutoZone on 5th Ave said it's fine to work on cars out front Saturday 10am, pads on me", () => {
    expect(caught("The AutoZone on 5th Ave said it's fine to work on cars out front Saturday 10am, pads on me", [])).toBe(true);
  });
  it("catches: the Kwik Fit on Station Rd couldn't fit me in so outside that Kwik Fit on Station Rd, Saturday 10, no app needed", () => {
    expect(caught("the Kwik Fit on Station Rd couldn't fit me in so outside that Kwik Fit on Station Rd, Saturday 10, no app needed", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: sourced a used gearbox from the breakers on Canal St, swap it at the breakers on Canal St Friday 4pm, money on the day", () => {
    expect(caught("sourced a used gearbox from the breakers on Canal St, swap it at the breakers on Canal St Friday 4pm, money on the day", [])).toBe(true);
  });
});

describe("a carmaker's own site (links.ts)", () => {
  // no maker's site of that name (Toyota's is toyota.co.uk): a maker's site is a real label (MAKER_SITE_LABELS) or a make and a country or group, not a guessed make + 'motors'; flagged at main too
  it.fails("leaves clean: the recall list on toyota-motors.co.uk doesn't show my VIN, should it?", () => {
    expect(clean("the recall list on toyota-motors.co.uk doesn't show my VIN, should it?")).toBe(true);
  });
  it("leaves clean: according to hyundaiusa.com the warranty is 10 years powertrain", () => {
    expect(clean("according to hyundaiusa.com the warranty is 10 years powertrain")).toBe(true);
  });
  it("leaves clean: volkswagen-group.com says the recall is for 2019 models", () => {
    expect(clean("volkswagen-group.com says the recall is for 2019 models")).toBe(true);
  });
  // OWN_PAGE_BEFORE reads 'service schedule' as 'schedule at' the sender's page, and the new maker-site check applies it; flagged at main too
  it.fails("leaves clean: found the service schedule on subaru-australia.com.au, 15k intervals", () => {
    expect(clean("found the service schedule on subaru-australia.com.au, 15k intervals")).toBe(true);
  });
  // no maker's site of that name (Kia's owners' pages are on kia.com): a make + 'owners' is what an independent names its site, so the real-label list leaves it a link; flagged at main too
  it.fails("leaves clean: kiaowners.com has the manual PDF if you need it", () => {
    expect(clean("kiaowners.com has the manual PDF if you need it")).toBe(true);
  });
  it("leaves clean: nissanusa.com says my car is not affected by the airbag recall", () => {
    expect(clean("nissanusa.com says my car is not affected by the airbag recall")).toBe(true);
  });
  it("leaves clean: mercedes-benz-usa.com lists the recall for my VIN", () => {
    expect(clean("mercedes-benz-usa.com lists the recall for my VIN")).toBe(true);
  });
  it("leaves clean: chevroletowners.com says oil change every 7500 miles", () => {
    expect(clean("chevroletowners.com says oil change every 7500 miles")).toBe(true);
  });
  it("catches: quotes are cheaper at hondaauto.co, ask for Dave", () => {
    expect(caught("quotes are cheaper at hondaauto.co, ask for Dave", ["hondaauto.co"])).toBe(true);
  });
  it("catches: skip the fees, go to kia-uk.online and pick a slot", () => {
    expect(caught("skip the fees, go to kia-uk.online and pick a slot", ["kia-uk.online"])).toBe(true);
  });
  it("catches: search nissanowners.net, that's me", () => {
    expect(caught("search nissanowners.net, that's me", ["nissanowners.net"])).toBe(true);
  });
  it("catches: mazdacars.shop - same prices, no app cut", () => {
    expect(caught("mazdacars.shop - same prices, no app cut", ["mazdacars.shop"])).toBe(true);
  });
  it("catches: hyundaiuk.co.uk is our independent garage site", () => {
    expect(caught("hyundaiuk.co.uk is our independent garage site", ["hyundaiuk.co.uk"])).toBe(true);
  });
  it("catches: toyotahonda.com is where I take bookings direct", () => {
    expect(caught("toyotahonda.com is where I take bookings direct", ["toyotahonda.com"])).toBe(true);
  });
  it("catches: lexusowners.club - I run it, slots there are half price", () => {
    expect(caught("lexusowners.club - I run it, slots there are half price", ["lexusowners.club"])).toBe(true);
  });
  it("catches: audi-usa.info, 30 less than here", () => {
    expect(caught("audi-usa.info, 30 less than here", ["audi-usa.info"])).toBe(true);
  });
  it("catches: everything's at hondaowners.site, see you there", () => {
    expect(caught("everything's at hondaowners.site, see you there", ["hondaowners.site"])).toBe(true);
  });
  it("catches: renaultgroup.pro, ask for Jim, tell him I sent you", () => {
    expect(caught("renaultgroup.pro, ask for Jim, tell him I sent you", ["renaultgroup.pro"])).toBe(true);
  });
  it("catches: jeep-owners.shop/garage has slots this week", () => {
    expect(caught("jeep-owners.shop/garage has slots this week", ["jeep-owners.shop"])).toBe(true);
  });
});

describe("an in-app call in Italian, Spanish, French, German (other-languages.ts)", () => {
  it("leaves clean: se preferisci, chiamami dall'app, rispondo subito", () => {
    expect(clean("se preferisci, chiamami dall'app, rispondo subito")).toBe(true);
  });
  it("leaves clean: llámame desde la aplicación si tienes dudas", () => {
    expect(clean("llámame desde la aplicación si tienes dudas")).toBe(true);
  });
  it("leaves clean: appelez-moi depuis l'application si besoin", () => {
    expect(clean("appelez-moi depuis l'application si besoin")).toBe(true);
  });
  it("leaves clean: Ruf mich gern aus der App an, ich gehe ran", () => {
    expect(clean("Ruf mich gern aus der App an, ich gehe ran")).toBe(true);
  });
  it("leaves clean: scrivimi nell'app per i dettagli", () => {
    expect(clean("scrivimi nell'app per i dettagli")).toBe(true);
  });
  it("leaves clean: chiamami sull'app dopo le 18", () => {
    expect(clean("chiamami sull'app dopo le 18")).toBe(true);
  });
  it("leaves clean: puedes llamarme desde la app a partir de las 5", () => {
    expect(clean("puedes llamarme desde la app a partir de las 5")).toBe(true);
  });
  it("leaves clean: tu peux m'appeler depuis l'appli demain matin", () => {
    expect(clean("tu peux m'appeler depuis l'appli demain matin")).toBe(true);
  });
  it("leaves clean: mi puoi chiamare dall'applicazione dopo pranzo", () => {
    expect(clean("mi puoi chiamare dall'applicazione dopo pranzo")).toBe(true);
  });
  it("leaves clean: Appelle-moi depuis l'appli, je suis dispo cet après-midi", () => {
    expect(clean("Appelle-moi depuis l'appli, je suis dispo cet après-midi")).toBe(true);
  });
  it("leaves clean: ruf mich über die App an, bin den ganzen Tag da", () => {
    expect(clean("ruf mich über die App an, bin den ganzen Tag da")).toBe(true);
  });
  it("catches: chiamami dall'app del telefono stasera, non da qui", () => {
    expect(caught("chiamami dall'app del telefono stasera, non da qui", [])).toBe(true);
  });
  it("catches: Llámame mejor por teléfono, desde la app cobran comisión", () => {
    expect(caught("Llámame mejor por teléfono, desde la app cobran comisión", [])).toBe(true);
  });
  it("catches: chiamami, dall'app prendono il 20%", () => {
    expect(caught("chiamami, dall'app prendono il 20%", [])).toBe(true);
  });
  it("catches: appelle-moi directement, depuis l'appli ils prennent une commission", () => {
    expect(caught("appelle-moi directement, depuis l'appli ils prennent une commission", [])).toBe(true);
  });
  it("catches: Ruf mich direkt an, aus der App raus ist es günstiger", () => {
    expect(caught("Ruf mich direkt an, aus der App raus ist es günstiger", [])).toBe(true);
  });
  it("catches: chiamami, nell'app non rispondo mai", () => {
    expect(caught("chiamami, nell'app non rispondo mai", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: escríbeme directo, desde la app no me llegan los mensajes", () => {
    expect(caught("escríbeme directo, desde la app no me llegan los mensajes", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: Mandami un messaggio, dall'app non vedo le notifiche", () => {
    expect(caught("Mandami un messaggio, dall'app non vedo le notifiche", [])).toBe(true);
  });
  it("catches: Appelle-moi, depuis l'application ça coupe tout le temps", () => {
    expect(caught("Appelle-moi, depuis l'application ça coupe tout le temps", [])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: Llámame, desde la app se corta", () => {
    expect(caught("Llámame, desde la app se corta", [])).toBe(true);
  });
});

describe("the phone as a device (phrases.ts)", () => {
  it("leaves clean: my phone is an old android so the photos might be blurry, sorry", () => {
    expect(clean("my phone is an old android so the photos might be blurry, sorry")).toBe(true);
  });
  it("leaves clean: my phone is a Samsung and the app keeps crashing when I upload the video", () => {
    expect(clean("my phone is a Samsung and the app keeps crashing when I upload the video")).toBe(true);
  });
  it("leaves clean: my mobile is really slow, I'll send the pics tomorrow", () => {
    expect(clean("my mobile is really slow, I'll send the pics tomorrow")).toBe(true);
  });
  it("leaves clean: my phone is too old to run the OBD app you mentioned", () => {
    expect(clean("my phone is too old to run the OBD app you mentioned")).toBe(true);
  });
  it("leaves clean: my cell is an iPhone 8, will the bluetooth scanner work with it?", () => {
    expect(clean("my cell is an iPhone 8, will the bluetooth scanner work with it?")).toBe(true);
  });
  it("leaves clean: My phone's a Samsung, can you send the diagram here?", () => {
    expect(clean("My phone's a Samsung, can you send the diagram here?")).toBe(true);
  });
  it("leaves clean: my mobile is a Huawei so the Google apps don't work, can you send a PDF here?", () => {
    expect(clean("my mobile is a Huawei so the Google apps don't work, can you send a PDF here?")).toBe(true);
  });
  it("catches: my phone is a Samsung, message me on it after 6", () => {
    expect(caught("my phone is a Samsung, message me on it after 6", [])).toBe(true);
  });
  it("catches: my mobile is an old Nokia so just ping me on it, easier", () => {
    expect(caught("my mobile is an old Nokia so just ping me on it, easier", [])).toBe(true);
  });
  it("catches: my phone is a cheap android - give it a bell after work", () => {
    expect(caught("my phone is a cheap android - give it a bell after work", [])).toBe(true);
  });
  it("catches: my phone is a samsung, it's the one ending six six four two", () => {
    expect(caught("my phone is a samsung, it's the one ending six six four two", ["six six four two"])).toBe(true);
  });
  it("catches: my cell is a pixel, hmu on it tonight", () => {
    expect(caught("my cell is a pixel, hmu on it tonight", [])).toBe(true);
  });
  it("catches: my phone is a motorola, shout on it anytime", () => {
    expect(caught("my phone is a motorola, shout on it anytime", [])).toBe(true);
  });
});

describe("a video call in the app (social.ts)", () => {
  it("leaves clean: can we hop on a video call here so you can hear the noise?", () => {
    expect(clean("can we hop on a video call here so you can hear the noise?")).toBe(true);
  });
  it("leaves clean: jump on a video call in the app tomorrow? easier to show the leak", () => {
    expect(clean("jump on a video call in the app tomorrow? easier to show the leak")).toBe(true);
  });
  it("leaves clean: happy to hop on a video call through the app before you quote", () => {
    expect(clean("happy to hop on a video call through the app before you quote")).toBe(true);
  });
  it("catches: jump on a video call on here? then I'll hold my card up with the details on it", () => {
    expect(caught("jump on a video call on here? then I'll hold my card up with the details on it", [])).toBe(true);
  });
  it("catches: hop on a video call in the app and I'll read you my digits", () => {
    expect(caught("hop on a video call in the app and I'll read you my digits", [])).toBe(true);
  });
  it("catches: jump on a video call through here first, then we sort payment between ourselves", () => {
    expect(caught("jump on a video call through here first, then we sort payment between ourselves", [])).toBe(true);
  });
  it("catches: hop on a video call in the app so I can show you my QR for payment", () => {
    expect(caught("hop on a video call in the app so I can show you my QR for payment", [])).toBe(true);
  });
  it("catches: jump on a video call via the app and I'll spell out my handle", () => {
    expect(caught("jump on a video call via the app and I'll spell out my handle", [])).toBe(true);
  });
});

describe("form fields and names (phrases.ts)", () => {
  // FULL_NAME: a form's own Name field is read as a name given; flagged at main too
  it.fails("leaves clean: Name: Priya Shah\nVehicle: Honda Jazz 2015\nIssue: clutch slipping", () => {
    expect(clean("Name: Priya Shah\nVehicle: Honda Jazz 2015\nIssue: clutch slipping")).toBe(true);
  });
  it("leaves clean: Make: Land Rover\nModel: Discovery 3\nFault: air suspension", () => {
    expect(clean("Make: Land Rover\nModel: Discovery 3\nFault: air suspension")).toBe(true);
  });
  it("leaves clean: Vehicle: Holden Commodore\nRego state: VIC\nProblem: overheating", () => {
    expect(clean("Vehicle: Holden Commodore\nRego state: VIC\nProblem: overheating")).toBe(true);
  });
  it("leaves clean: Car: Alfa Romeo Giulia\nSymptoms: misfire on cold start", () => {
    expect(clean("Car: Alfa Romeo Giulia\nSymptoms: misfire on cold start")).toBe(true);
  });
  it("leaves clean: Owner: Grace Okafor\nReg: KM19 XYZ\nMileage: 48000", () => {
    expect(clean("Owner: Grace Okafor\nReg: KM19 XYZ\nMileage: 48000")).toBe(true);
  });
  it("leaves clean: Van: Ford Transit Custom\nIssue: DPF light on", () => {
    expect(clean("Van: Ford Transit Custom\nIssue: DPF light on")).toBe(true);
  });
  it("catches: Description: Gary Nolan, look me up on facebook and message me there", () => {
    expect(caught("Description: Gary Nolan, look me up on facebook and message me there", ["Gary Nolan"])).toBe(true);
  });
  it("catches: Issue: search Tony Marchetti on fb, cheaper than here", () => {
    expect(caught("Issue: search Tony Marchetti on fb, cheaper than here", ["Tony Marchetti"])).toBe(true);
  });
  it("catches: Problem: Kevin Ashdown - google me, I'm cheaper than this lot", () => {
    expect(caught("Problem: Kevin Ashdown - google me, I'm cheaper than this lot", ["Kevin Ashdown"])).toBe(true);
  });
  it("catches: Fault: ask anyone at the Rocklea yard for Mick Doolan", () => {
    expect(caught("Fault: ask anyone at the Rocklea yard for Mick Doolan", ["Mick Doolan"])).toBe(true);
  });
  // missed at main too (not a regression): no rule of either reads this request or meeting
  it.fails("catches: google Kevin\nAshdown Mobile: five stars, half the price", () => {
    expect(caught("google Kevin\nAshdown Mobile: five stars, half the price", ["Kevin\nAshdown"])).toBe(true);
  });
});

describe("part numbers and prices", () => {
  it("leaves clean: part 04465-02220 was $89 at the dealer, the Bosch ones are cheaper", () => {
    expect(clean("part 04465-02220 was $89 at the dealer, the Bosch ones are cheaper")).toBe(true);
  });
});
