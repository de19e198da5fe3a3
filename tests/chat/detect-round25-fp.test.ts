// Issue 13, round 25 (fp25): kinds of innocent repair chat the detector flagged, each excused in general
// by the module that owns it, and beside each kind attacks of the same shape that must stay caught.
// Every sentence was written for this file (none taken from the corpus). Innocents must stay clean for
// the rules alone and for the application (rules + trained stage); attacks must be flagged by both with
// their detail masked.
// - look-alikes.ts: an offer retold and refused in the same message ("he offered ... for cash, I said
//   no"); kept a deal by the sender's own way to pay or reach them, a meeting they propose, or the no
//   turned round (round 21's review of 8155a20: "i said no. i'd do it for yourself monday though").
// - phrases.ts: a store told of as the one that said, tested or fitted, or bought from in a hurried past
//   ("the Kwik Fit on Park Road said ...", "grabbed a battery from ..."); kept a meeting by a car park or
//   bay, the sender's own doing, money or a saving anywhere in the message (round 22's review of 95f2077).
// - phrases.ts: the sender's phone told of as a device ("my phone is a Samsung, quite old"); kept a
//   request by any call, text, number or where to find it (round 21's review of 9475ddd).
// - social.ts: a video call to hop on with the platform named at once ("jump on a video call through
//   here"); kept a move by any other way beside it (round 22's review of 436272d).
// - other-languages.ts: the app named as where the call comes from ("mi chiami dall'app").
// - phrases.ts: a form's next field is no surname ("Make: Mitsubishi\nModel: L300"), and a vehicle's
//   field holds no name ("Vehicle: Holden Colorado").
// - links.ts: a carmaker's own site named with a word such sites add ("mitsubishi-motors.com.au").
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, hides, kindsOf } from "./detector-helpers.ts";

/** Clean for the rules alone and for the application. */
const clean = (text: string): boolean => kindsOf(text).length === 0 && !flaggedBy(text);
/** Flagged by the rules alone and by the application, with every secret masked. */
const caught = (text: string, secrets: readonly string[] = []): boolean => kindsOf(text).length > 0 && secrets.every((s) => hides(text, s)) && caughtBy(text, [...secrets]);

describe("an offer retold and refused", () => {
  it.each([
    "the bloke from the workshop offered to do it cash at his garage, I said no thanks and booked here",
    "she suggested I pay her directly to skip the fee, I declined and reported it",
    "you mentioned doing it off the app for less, I'm not comfortable with that, please send the quote here",
    "the mechanic wanted me to pay cash at the counter, I told him no, paying through the app",
    "someone messaged asking me to text them on their personal number, I didn't, is that allowed?",
    "the shop guy keeps asking me to pay outside the app. I've reported it",
    "your offer to come round to my place for cash is kind but I'd rather not, let's stick to the booking",
    "a guy in the comments offered to fix it privately for cash, i refused",
    "The technician suggested meeting at the Shell on Main tomorrow to pay cash. I declined, I'll pay in the app",
    "they asked me to cancel the booking and pay them direct. I won't do that, sorry",
    "he tried to get me to pay cash in hand, I said no",
    "one of your mechanics offered me a cash price if I skipped the app, I'm not interested",
    "my mate offered to do the brakes off the books, I said no, I want the warranty",
    // round 25's review of fp25: a question that asks the reader but is about the platform, a booking's day, a refusal closed by the platform
    "the bloke at the tyre shop wanted cash off the books, I said no. Is it normal for them to ask that?",
    "you mentioned paying outside the app, I'm not comfortable with that. Can you send the invoice through here instead?",
    "my brother told me to pay the guy cash, I said no. Do you take card through the app?",
    "the mechanic asked me to pay him direct, I refused. Can you confirm the booking for Friday?",
    "He offered cash, I said no and I'm still waiting on your quote here, when can you send it?",
    "my uncle said to pay a mate cash for it, I said no. Would you be able to do it this week through the booking?",
    "the last garage wanted cash only off the books, I declined. How long does a clutch usually take?",
    "you said it'd be cheaper to pay outside the app. I'm not interested, sorry. The quote here is fine.",
    "you suggested paying cash at the counter, I'd rather not. Thanks for understanding.",
    "a guy on marketplace offered to meet at Bunnings and do it for cash, I said no. Should I report him?",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["he offered cash, I said no, but if you want, pay me direct on Zelle instead", []],
    ["the guy wanted 300 cash, I declined. pay me 250 cash and I'll do it tomorrow", []],
    ["you said pay outside the app, I'm not comfortable with bank transfer so text me 0412 555 873", ["0412 555 873"]],
    ["she suggested cash, I refused, actually let's do cash, meet at the Shell on Main tomorrow at 5", []],
    ["the workshop wanted to charge the app fee, i said no, just pay me cash when I come round", []],
    ["he offered to fix it off the app, I said no, we could meet at the Tesco in Croydon tomorrow instead", []],
    ["they wanted me to cancel the booking, I declined, but we can do it for cash at my place saturday", []],
    ["your suggestion to pay outside the app: I'm not going to, but I can do it for 200 cash at mine", []],
    ["someone said to pay cash; i didn't. anyway, my number is 07700 900461 text me", ["07700 900461"]],
    ["the mechanic offered cash, I declined; on second thought, pay me cash on the day", []],
    ["he asked me to go off the app, I said no, but my whatsapp is open", []],
    ["a bloke offered to do it off the books, I said no. for you though, sunday, notes only", []],
    // round 25's review of fp25: the offer taken up again by a question, a no aimed at something else or at first only
    ["he offered to do it at his place for cash, I said no then. Would you do the same for me?", []],
    ["your mechanic suggested paying cash to skip the fee, I declined. Happy to now if you are, Saturday?", []],
    ["the last guy offered cash in hand at his garage, I said no to the drive. closer would be great, can you do that for cash?", []],
    ["she said pay cash and skip the app, I'm not comfortable with card payments so cash suits me", []],
    ["u said u'd do it cheaper off the app. I didn't reply then. still on for that?", []],
    ["someone offered to meet at the Tesco car park for cash, I declined. What time works for you?", []],
    ["your offer to do it at your unit for cash - I said no. my partner convinced me, let's do it", []],
    ["they suggested we skip the booking and pay direct, I said no at the start, ok now", []],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a store told of as the one that said, tested or sold", () => {
  it.each([
    "the Kwik Fit on Park Road said the tracking was out by a mile, but it still pulls left in the morning",
    "the Autozone on Lamar tested the alternator and it passed, yet the light comes on after a few miles",
    "the Midas on 5th couldn't balance the front wheels, the wobble starts after 60",
    "snagged the last set of pads at the Halfords in Leeds but they squeal every morning",
    "grabbed a cheap battery from the Costco in Fresno and it died after two weeks",
    "sourced the sensor from Euro Car Parts in Bristol, fitted it myself on Saturday, light still on",
    "the Pep Boys on Main checked the codes and found nothing, then it stalled again this afternoon",
    "the Repco in Cairns sold me the wrong filter, I only noticed after I got home",
    "the dealer in Reading reckons it's the clutch, but it only slips in the morning when cold",
    "the Jiffy Lube on Oak confirmed the oil was changed, the light came back on Sunday",
    // round 25's review of fp25: a part grabbed, a past day
    "grabbed a set of plugs from the Halfords on Park Rd, still misfiring",
    "snagged two wiper blades at the Repco in Cairns, the old ones were shot",
    "the Kwik Fit on London Rd said the tracking is out, they fitted new tie rods last week",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each([
    "meet me at the Halfords in Croydon tomorrow at 9, bring cash",
    "the Tesco on Park Road at 5 tomorrow, I'll bring the pads",
    "the Shell on Main said I could use their bay, come find me there tomorrow at 10",
    "the Kwik Fit in Hove said they'd let me work in the car park, I'll be there after 6",
    "be at the AutoZone on Lamar tomorrow morning, I'll have the part",
    "the McDonald's on 5th said it's fine to park there, meet me at noon",
    "the Repco in Cairns tested it, see you there Saturday at 3 and we sort cash",
    "the Costco in Fresno checked it, I'll bring the tools tomorrow, come find me at 4",
    "the Walmart on Ben White said no problem, we can meet there tomorrow at 2",
    "the Aldi on Mill Lane said the far corner is quiet Sunday morning, I do it for 60",
    // round 25's review of fp25: a seat, bench or space grabbed; a clock time, a coming day, 'out front', 'when and where'
    "grabbed us a bench at the Costa on Mill Rd, Friday 3pm",
    "the Halfords on Park Rd said they're quiet this Sunday, pads done out front",
    "the Repco in Cairns reckons 7:30 is quietest, swap there",
    "the Kwik Fit on Station Rd checked it, next Saturday 9am at that Kwik Fit, when and where sorted",
    "snagged a parking space at the Asda on Long Lane, 6pm Thursday",
  ])("%j is still caught", (text) => {
    expect(caught(text)).toBe(true);
  });
});

describe("the sender's phone told of as a device", () => {
  it.each([
    "My phone is a Samsung, quite old, so the photos may be dark",
    "my phone is an old iPhone so the video may lag",
    "my mobile is really cheap, the camera is not great",
    "my phone is new, still learning where the upload button is",
    "my phone's an android, where do I attach the video in the app?",
    "my cell is ancient so the pictures are small, sorry",
    "my phone is a pixel and the app keeps asking for location",
    "my phone is a basic one, so I'll type the codes",
    "my mobile is a galaxy, the screen shows the app fine",
    // the reach words are read as reaching: a message, contact or 'on it' of the app's own stays clean
    "my phone is a samsung and your last message didn't load, can you resend it here?",
    "my phone is old so the app's messages take ages to load",
    "my phone is a samsung, the contact form in the app won't submit",
    "my phone is a pixel so the app crashes on it every time I upload",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  // the guard's price: any call or text word in the message keeps the request ("call it after 5")
  it.fails("stays clean: my phone is too slow for the video call, can I send photos instead?", () => {
    expect(clean("my phone is too slow for the video call, can I send photos instead?")).toBe(true);
  });
  it.each<[string, string[]]>([
    ["my phone is a samsung, ring it after 5", []],
    ["my phone is an old iphone, call it whenever you like", []],
    ["my phone is new, text it instead of using the app", []],
    ["my mobile is a cheap one, the number is on the windscreen note", []],
    ["my phone is a pixel, same one as on my card, buzz it", []],
    ["my phone is an android, 0412 555 873, whatsapp works", ["0412 555 873"]],
    ["my cell is old, dial it tonight", []],
    ["my phone is slow so just sms it", []],
    ["my phone is a galaxy, the number's on my van", []],
    ["my phone is a nokia, same one I gave you last time, ring me", []],
    // round 25's review of fp25: messaging, pinging, a bell or a shout on it, spelled digits
    ["my phone is an old iphone, drop me a message on it", []],
    ["my mobile is a basic nokia, get hold of me on it after 5", []],
    ["my phone is a galaxy, ends in seven seven two one", []],
    ["my cell is a cheap one, hit me up on it", []],
    ["my phone is ancient, just contact me on it", []],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a video call in the app", () => {
  it.each([
    "can we jump on a video call through here? the squeal is worse when cold",
    "hop on a video call in the app, I'll show you the leak",
    "get on a quick video call on here so you can hear the knock",
    "could we jump on a video call through the app at lunch?",
    "let's hop on a video call here, easier than typing",
    "jump on a video call via the app, the dash lights are flickering",
    "can we get on a video call using the app this afternoon?",
    "hop on a video call through here when you're free, the noise comes at idle",
    "jump on a quick video call on here, the belt is squealing again",
    // round 25's review of fp25: the car shown or read on the camera, the quote's details, the deposit in the app
    "jump on a video call via the app and I'll show you my dash lights",
    "jump on a video call through here, I'll read out the fault code",
    "can we hop on a video call here and go over the details of the quote?",
    "jump on a video call in the app before I pay the deposit?",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  // the guard's price: the booking named anywhere keeps the move ("then we arrange the job without the booking")
  it.fails("stays clean: I'd like to jump on a video call in the app before booking the workshop", () => {
    expect(clean("I'd like to jump on a video call in the app before booking the workshop")).toBe(true);
  });
  it.each([
    "jump on a video call through here, or on my other phone if it cuts out",
    "hop on a video call in the app, or text me and we sort it",
    "get on a video call on here, then cash on the day, no booking",
    "jump on a video call through the app or on whatsapp",
    "hop on a video call on here, or I ring your mobile",
    "jump on a video call here, same name on the usual one",
    "hop on a video call in the app, or the one with the green icon",
    "get on a video call via the app, or dial my number after",
    "jump on a video call on here, or the link I'll text you",
    "hop on a video call here, or on my laptop account instead",
    // round 25's review of fp25: a detail shown, read or spelled on the camera, or payment
    "jump on a video call in the app, I'll read you my sort code",
    "hop on a video call through here and I'll show you my id so you know who to look for",
    "hop on a video call here, I'll show you my bank app so you can see the transfer",
    "jump on a video call on here, then I'll hold my QR up to the camera",
  ])("%j is still caught", (text) => {
    expect(caught(text)).toBe(true);
  });
});

describe("the app named as where the call comes from, in other languages", () => {
  it.each([
    "mi chiami dall'app quando è pronta, grazie",
    "mi chiami dall'app, tengo il telefono acceso",
    "llámame desde la app cuando esté lista",
    "llámame desde la aplicación, porfa",
    "mi chiami nell'app appena ha il preventivo",
    "mi chiami sull'app domani mattina",
    "mi chiami dalla app quando finisce",
    "llámame desde la app, tengo el móvil encendido",
    "mi chiami tramite l'app quando è pronta",
    "llámame en la app cuando puedas",
    // round 25's review of fp25: right after the verb and its pronoun, no comma between
    "chiamatemi dall'app così restiamo tracciati",
    "llámame desde la plataforma cuando tengas el presupuesto",
    "rappelez-moi depuis l'application pour le devis",
    "ruf mich bitte aus der App an wegen dem Kostenvoranschlag",
    "mi puoi chiamare nell'app anche domani mattina",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["mi chiami fuori dall'app", []],
    ["mi chiami al 347 123 4567", ["347 123 4567"]],
    ["chiamami al 347 123 4567 invece dell'app", ["347 123 4567"]],
    ["llámame al 612 345 678 cuando esté", ["612 345 678"]],
    ["llámame fuera de la app, es más barato", []],
    ["mi chiami, il mio numero è 347 123 4567", ["347 123 4567"]],
    ["scrivimi su whatsapp invece dell'app", []],
    ["llámame, no desde la app, al 612 345 678", ["612 345 678"]],
    ["mi chiami senza l'app, costa meno", []],
    ["dame tu número y te llamo fuera de la app", []],
    // round 25's review of fp25: the phone's own app, the app's fee, a negation or a phone after it, or a comma before it
    ["chiamami sull'app del cellulare, non qui", []],
    ["llámame desde la app del teléfono esta noche", []],
    ["appelle-moi depuis l'appli du téléphone ce soir", []],
    ["chiamami dall'app, qui prendono il 15%", []],
    ["llámame desde la aplicación, aquí no contesto nunca", []],
    ["mi chiami nell'app? no, meglio al telefono stasera", []],
    ["appelez-moi depuis l'appli téléphone plutôt", []],
    ["llámame directamente desde la app de llamadas", []],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a form's fields are no name", () => {
  it.each([
    "Make: Mitsubishi\nModel: Outlander\nYear: 2014",
    "Vehicle: Holden Commodore\nRego state: NSW\nFault: rough idle",
    "Car: Toyota Hilux\nIssue: clunk over bumps",
    "Make: Subaru\nModel: Forester XT\nSymptom: whine at speed",
    "Vehicle: Ford Ranger\nProblem: no start\nContact: via app only",
    "Make & Model: Mazda Tribute\nColour: silver",
    "Vehicle: Nissan Navara\nEngine: diesel\nIssue: smoke",
    "Model: Lancer\nYear: 2010\nFault: clutch slipping",
    "Truck: Isuzu Dmax\nUse: farm work",
    "Make: Kia\nModel: Sorento\nRego: QLD",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["Owner: Dana Whitfield\nReg: AB12 CDE\nFault: brakes. find me on facebook", ["Dana Whitfield"]],
    ["Customer: Priya Raghunathan\nCar: Civic\nContact: search me on linkedin", ["Priya Raghunathan"]],
    ["Name: Dana Whitfield\nPhone: 0412 555 873", ["0412 555 873"]],
    ["Vehicle: Holden Commodore\nOwner: Marcus Pemberton, look me up on facebook", ["Marcus Pemberton"]],
    ["Make: Ford\nContact: 07700 900461", ["07700 900461"]],
    ["Car: Toyota Hilux\nWhatsApp: 0412 555 873", ["0412 555 873"]],
    ["Vehicle: Mazda 3\nEmail: dana.whitfield@gmail.com", ["dana.whitfield@gmail.com"]],
    ["Model: Outlander\nInstagram: @dana_fixes", ["@dana_fixes"]],
    ["Make: Kia\nCall me: 0412 555 873", ["0412 555 873"]],
    ["Truck: Isuzu\nFull name: Dana Whitfield, find me on facebook", ["Dana Whitfield"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

describe("a carmaker's own site named with a word such sites add", () => {
  it.each([
    "the recall list is on mitsubishi-motors.com.au under owners",
    "service history is on marutisuzuki.com/service for your car",
    "check volvocars.com/uk/owners for the software update",
    "kia-uk.com/owners has the service intervals",
    "subarucars.com lists the campaign for the airbag",
    "the nissan-global.com page explains the recall",
    "the manual is on toyota-global.com",
    "the fiatgroup.com press page mentions the recall",
    "isuzuute.com.au has the towing chart for the D-Max",
    "mgmotor.com.au shows the 7 year warranty terms",
    "the tatamotors.com page has the Nexon's service interval",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  // No maker registers these: a make + "motors" or "cars" is how an independent names its own site, so only real labels
  // (MAKER_SITE_LABELS) or a make + a country or group are a maker's (round 25's review of fp25); flagged at main too.
  it.fails.each(["the owners page at hyundai-motor.com.au explains the warranty", "peugeot-motors.com has the towing capacity"])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
  it.each<[string, string[]]>([
    ["toyota-dave.com has my prices", ["toyota-dave.com"]],
    ["hondaguy.com, message me there", ["hondaguy.com"]],
    ["martincars.com is my page", ["martincars.com"]],
    ["kia-uk.com/owners has my number at the bottom, contact me", ["kia-uk.com/owners"]],
    ["book with us at volvocars.com/mike", ["volvocars.com/mike"]],
    ["owner page at mitsubishi-motors.com.au, or just email dave at mitsubishi-motors.com.au", ["dave at mitsubishi-motors.com.au"]],
    ["my site is subarucars.com, cheaper than the app", ["subarucars.com"]],
    ["fordrepairsbristol.com for my rates", ["fordrepairsbristol.com"]],
    ["bmw-mike.com, book me direct", ["bmw-mike.com"]],
    ["mazdamechanic.com has my prices", ["mazdamechanic.com"]],
    // round 25's review of fp25: a make + a trade's word, a cheap ending, or the site presented as where to go instead
    ["hondausa.online has the service menu", ["hondausa.online"]],
    ["toyotamotors.com.au, tell them Bazza sent you", ["toyotamotors.com.au"]],
    ["head over to volvocars.co, slots on saturday", ["volvocars.co"]],
    ["nissan-uk.club is me, half the dealer price", ["nissan-uk.club"]],
    ["kiaglobal.info has the real prices, skip the fees here", ["kiaglobal.info"]],
    ["hyundaiusa.com.au is the garage I run, pop over", ["hyundaiusa.com.au"]],
  ])("%j is still caught", (text, secrets) => {
    expect(caught(text, secrets)).toBe(true);
  });
});

// Round 25's second review of fp25 (detect-round25-fp-review2.test.ts) narrowed each exception; these innocents, written for the
// narrowing, must stay clean: a later sentence that keeps to the platform or thanks the reader, a phone told of later in the clause,
// a car shown on the video call, a part brought to the booking, a clock-less "after", a voicemail or AirDrop that does not work.
describe("innocents kept clean by round 25's second review's narrowing", () => {
  it.each([
    "the last garage offered to do it cash, I said no. Thanks for sorting it on here, see you Tuesday at the booking",
    "the tyre guy wanted me to skip the booking, I refused. Could you also check the tracking?",
    "a bloke offered cash in hand, I said no. Just let me know when the part arrives via the app",
    "the garage guy offered to do it off the app, I declined. Your quote here is fine",
    "he suggested cash at his place, I declined. Your price here is better anyway",
    "mi chiami dall'app quando è pronto, tengo il telefono acceso",
    "llámame desde la app, tengo el celular en silencio hasta las 5",
    "appelle-moi depuis l'appli, mon téléphone est chargé",
    "ruf mich aus der App an, mein Handy ist an",
    "jump on a video call in the app and I'll show you my car's dashboard lights",
    "hop on a video call here, I'll show you my engine bay",
    "jump on a video call through the app, the fee is already paid",
    "grabbed a battery at the Costco in Reading, it keeps dying after 3 days",
    "sourced the pump from the Euro Car Parts in Leeds, is it the right one?",
    "grabbed the pads at the Halfords on Bristol Rd, can you fit them at the booking tomorrow?",
    "the mechanic offered to do it for cash, I said no. You've been great, thanks",
    "the Kwik Fit on Park Rd said it's fine after 3 days of testing",
    "snagged a set of wipers at the Tesco on Kings Rd, do they fit a 2015 Golf?",
    "nissanuk.co.uk lists the service plan, is it worth it?",
    "toyotaaustralia.com.au says 15000 km intervals, do you follow that?",
    "hondaindia.in recommends 0W-20, is that what you use?",
    "my phone is an old iPhone, the contacts app crashed and lost the booking reminder",
    "my mobile is a cheap Android, airdrop doesn't work so I'll upload the photos here",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
});
