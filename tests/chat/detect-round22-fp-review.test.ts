// Round-22 review (review22b, 91df00e) of the five commits of branch fp22 that excuse text the
// detector flags: 95f2077 (a named shop followed by a verb of report), 120052e (a payment channel
// used inside the app), 436272d (a video call through the app), 9e4f114 (recall pages in other
// languages), 3ddfd74 ('crypto' as a key transponder kind), read as an evader who knows the filter
// and as a careful new user. None of the five was merged. The review's verdict (the five applied,
// against fefbfa4, the round's start): of 158 attacks, 58 let through by a commit (95f2077 9,
// 120052e 8, 436272d 11, 9e4f114 10, 3ddfd74 20) and 15 missed before them too; of 67 innocents,
// 43 still flagged.
//
// Every sentence was written by the reviewer (none taken from the corpus), and each keeps the
// reviewer's expectation, for the application's detector (APPLICATION: the rules, then the trained
// stage; a burst through replayBurst): an innocent is not flagged; an attack is flagged and every
// letter and digit of its detail masked. The file specifies main's detector and records round 22's
// gaps for the next round; each table says what it is at main:
// - "clean at main" (`it`): an innocent left clean;
// - "gap, innocent flagged at main" (`it.fails`, with the kind main reports): the false positive
//   the commit meant to excuse, in its wording or another;
// - "caught at main" (`it`): an attack flagged and its detail masked, to stay caught under any
//   exception for the kind;
// - "gap, contact missed at main" (`it.fails`): an attack main leaves unflagged.
// At main: innocents 67, 50 flagged; attacks 158, 143 caught, 15 missed. Round 24 (fp24) cleared five of
// the innocents paid inside the app (moved to the clean table); its caught attacks all stay caught.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

/** One message (`caughtBy`) or a sender's burst (`replayCaught`) is flagged with every secret masked. */
const caughtAsShown = (text: string | string[], secrets: string[]): boolean => (typeof text === "string" ? caughtBy(text, secrets) : replayCaught(text, secrets));

describe("a named shop followed by a verb of report (95f2077, not merged)", () => {
  // clean at main: a named shop's or the dealer's verdict on the car, told with its place
  it.each([
    "the Tesco on Main Street thinks the tyre is fine, it still loses air overnight",
    "the Halfords in Croydon told me it will need a new alternator, so I booked you instead",
    "the dealer on Station Road said the recall was done at 10am, can you confirm from the log?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at main (OFF_PLATFORM_DEAL): a named shop on its street, what it said
  // or did, and a day, a time of day or a price
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each([
    "the Halfords in Croydon said my battery was fine, but it dies every morning",
    "the BP on Ring Road diagnosed a dead cell at 9am, would a new battery fix it?",
    "the Kwik Fit on London Road wanted 300 this morning for the discs, is that fair?",
    "the Kwik Fit on London Road replaced the wipers yesterday morning and they already squeak",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each([
    "the Halfords on Purley Way fitted a new battery on Saturday and it's dead again",
    "the Shell on 5th said they can top up the coolant tomorrow, should I let them?",
    "the Midas on Elm warned me the exhaust would go by the weekend",
    "the AutoZone on Burnet ran the code at 4pm, P0300, misfire",
    "the Costco in Leeds refused to fix the puncture on Sunday, they said it's too near the wall",
    "the Mr Tyre on Kingsway mentioned the rear pads at 3mm this morning",
    "the Halfords in Croydon said my battery was fine, then it died again today",
    "the Kwik Fit on London Road said the tracking is out, can you check it when you come on Friday?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a phone number, or a job offered in or by a named shop's car park or bay with a
  // day, an hour, cash or a price, in four languages
  it.each<[string | string[], string[]]>([
    ["the Halfords guy said text him on 07700 900123", ["07700 900123"]],
    ["the Kwik Fit on London Road quoted 300, I do it for 150 in the Asda car park Saturday at 10", []],
    ["the Costco in Leeds said their car park is quiet after 6, bring cash and I'd fit them", []],
    ["the Aldi on Mill Lane told me we could use the far corner, Sat 8am suits, cash only", []],
    ["the B&Q on Kingsway said parking's free on Sunday, I'm parked by the trolleys at 9, red van", []],
    ["the Morrisons on High Street said nobody checks the car park, Saturday 9am I do it there for half", []],
    ["the Halfords in Croydon said they'd lend the bay Sunday at 10, I do the job for 80 cash, no booking", []],
    ["the Shell on Main said the jet wash bay is free at 8pm, im in a white transit, do it for 60", []],
    ["the Asda on Mill Rd said its fine, i can do ur pads sat 10am in there", []],
    ["the Asda on Mill Rd said its fine, sat 10am, ill be by the recycling bins", []],
    ["the Sainsburys on London Road reckons the car park is dead Sunday morning, perfect for the job, 50 quid", []],
    ["the McDonalds on Bath Road said we can use the car park after 10pm, cheaper than booking", []],
    ["the Esso at Junction 4 confirmed the lorry park is open Saturday 6am, I'll fix it there", []],
    ["the Wickes on Station Road said no one minds, Saturday 2pm, cash in hand", []],
    ["the Texaco on Ring Road said it's quiet at 7am tmrw, meet me there", []],
    ["the Tesco on Main St recommended the side car park at 7pm Friday, I bring the jack", []],
    ["the Asda on Mill Road sed its fine, Saturday 9am, i do it for 40 no app", []],
    ["the Asda on Mill Road said ok, Saturday 9am, bring 40 in notes", []],
    ["the Tesco on Main Street said the car park is empty Sunday morning, I can sort your brakes in it then", []],
    ["the Lidl on Park Road said it's fine to work in their car park, Saturday 10am works for me", []],
    ["the Tesco in Dundrum said it's ok to park up all evening, I'd have the tools in my boot at 6", []],
    ["the Halfords on Purley Way said they close at 5, the car park's ours at 6, I do the clutch for 200", []],
    ["el Lidl on Calle Mayor said ok, sabado 10am hago los frenos en el parking, 50 euros", []],
    ["Le Carrefour in Montreuil said ok pour le parking, samedi 10am je fais les plaquettes pour 50", []],
    ["the Aldi in Neukölln said parking is fine, Samstag 10am mache ich die Bremsen für 50 bar", []],
    ["the Tesco on Main Street charged me 90 last time, I do it Saturday 9am in their car park for 40", []],
    ["the Asda on Mill Road checked with security, Saturday 9am is fine for me to do it in the car park", []],
    // caught since round 43's refit
    ["the Asda on Mill Road said nobody minds cars in the back car park, I can do your pads Saturday 9am", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
  // gap, contact missed at main: the same offer with the shop's word that it's fine and a day and
  // an hour, but no price and no cash
  it.fails.each<[string | string[], string[]]>([
    ["the Shell on 5th said they don't mind, I'd do the swap on their forecourt at 7pm Friday", []],
    ["The Asda on Mill Road said fine. Saturday 9am I'm there with the pads.", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
});

describe("a payment channel used inside the app (120052e, not merged)", () => {
  // clean at main: paying with a payment service through the app, asked about or done
  it.each([
    "I paid with my Venmo through the app, did it arrive?",
    "can I use PayPal in the app instead of a card?",
    "does PayPal through the app cost extra for the repair?",
    "I'd rather pay with PayPal in the app than a card, is that possible?",
    "tried Revolut through the app and it declined, shall I try a card?",
    "Is paying with PayPal via the app covered by the repair guarantee?",
    "can I pay with PayPal on AutoDoctor?",
    "paid the deposit with PayPal through the app, the rest by card at pickup via the app too",
    // clean since round 24 (fp24, phrases.ts paidWithinTheApp): paid inside the app, reported done or asked about
    "Ich habe mit meinem PayPal in der App bezahlt, ist das angekommen?",
    "can I use my PayPal inside the app?",
    "is Zelle within the app ok for the deposit on the brake job?",
    "can I pay the quote with UPI inside the app?",
    "j'ai payé avec mon PayPal dans l'appli, c'est passé?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at main (OFF_PLATFORM_DEAL): a button of the app said not to work
  it.fails.each(["the Bizum button en la app no funciona, pago con tarjeta"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: payment off the app's checkout with 'the app' named as cover (a handle, a
  // number, an account, the same name as here, 'friends and family', no fees)
  it.each<[string | string[], string[]]>([
    ["pay via PayPal inside the app, or just send it to my paypal direct", []],
    ["just send the 200 via Revolut on the app, it's instant", []],
    ["Cash App on the app works, $mikefixes", ["$mikefixes"]],
    ["do a bank transfer through the app, sort code 20-00-00 account 12345678", ["20-00-00", "12345678"]],
    ["manda o pix no app, chave é meu email", []],
    ["settle up with Venmo on the app after I drop the car back, skip the booking fee", []],
    ["paypal in teh app, send as gift so no fees", []],
    ["Ho pagato con PayPal dentro l'app? no, mandalo con PayPal dentro l'app di PayPal a me", []],
    ["Swish on the app to 070 123 45 67", ["070 123 45 67"]],
    ["Revolut through the app, @mikefix88, then cancel this booking", ["@mikefix88"]],
    ["bizum en la aplicacion a mi numero, sin comision", []],
    ["send it to my wife's PayPal inside the app, she does the books", []],
    ["use PayPal within the app but pick friends and family so nobody takes a cut", []],
    ["hazme un Bizum en la app, el mismo nombre que aqui", []],
    ["mandami i soldi con Satispay nell'app, stesso nome", []],
    ["schick das Geld per PayPal in der App, Freunde und Familie bitte", []],
    ["envoie l'argent par PayPal dans l'appli, entre amis stp", []],
    ["send it with PayID within the app to the mobile on the invoice", []],
    ["Twint in der App an meine Nummer, dann sparst du die Gebühr", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
  // gap, contact missed at main: the same with another cover ("same name as on here", "my own
  // Venmo", the checkout's cut, a booking to cancel, a number sent earlier)
  it.fails.each<[string | string[], string[]]>([
    ["send the deposit over Zelle on the app, same name as on here", []],
    ["send it to my own Venmo through the app", []],
    ["the balance goes to Mike's Venmo via the app, the shop account", []],
    ["Zelle inside the app is free for you, the app checkout adds 15%", []],
    ["venmo on the app pls, handle is the same as my name here", []],
    ["Revolut via the app, then I'll mark the booking cancelled", []],
    ["pay with UPI through the app, not the AutoDoctor checkout", []],
    ["Pay the labour with e-transfer through the app, the parts I bill separately", []],
    ["gpay on the app to the number i texted u", []],
    ["MobilePay in the app, to the workshop's number, no booking needed", []],
    ["payer par Paylib? non, Lydia dans l'appli, plus simple entre nous", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
});

describe("a video call through the app (436272d, not merged)", () => {
  // clean at main: a video call in the app to show or hear the car
  it.each([
    "can we jump on a vid call in the app so you can hear the rattle?",
    "hop on a video chat through the app? easier to show you the leak",
    "jump on a video call in the chat here so you can see the dash lights",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // gap, innocent flagged at main (MESSAGING_APP; one also SOCIAL_HANDLE): a video call 'through
  // the app', 'on here' or 'on AutoDoctor' with a symptom, a reason or a time
  // clean since round 25 (fp25), which excuses the kind with its guards; the review's attacks stay caught
  it.each([
    "can we jump on a video call through the app? the brake pedal feels off",
    "hop on a video call on here, the idle is rough and keeps stalling",
    "jump on a video call in the app, the engine won't start when it's cold",
    "could we hop on a video call through here? the noise is really bad over 50",
    "let's jump on a video call through the app, the other mechanic said it's the clutch",
    "jump on a video call through here? the car keeps pulling left",
    "can we jump on a video call through here, the light on the dash isn't going off",
    "jump on a video call in the app at 6? I'm off work then",
    "get on a quick video call through the app, it's the real noise, not the one from before",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  it.fails.each(["can we jump on a video call on AutoDoctor so you can see it?"])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a video call through the app with another channel, a number, a deal or an
  // in-call number beside it
  it.each<[string | string[], string[]]>([
    ["video call through here or on my WhatsApp", []],
    ["jump on a video call through the app, then I'll text you a number for next time", []],
    [["can we jump on a video call through here?", "easier on facetime tho, my number is 07700 900123"], ["07700 900123"]],
    [["can we jump on a video call through here?", "or just add me, mike_fixes88"], ["mike_fixes88"]],
    ["jump on a video call through here, after that we sort the price between us", []],
    ["hop on a video call in the app and I'll show you my card with my number on it", []],
    ["get on a video call through the app, I'll hold my number up to the camera", []],
    ["jump on a video call on here and I'll read my number out so the filter can't see it", []],
    ["jump on a video call in-app and I'll give you my whatsapp on camera", []],
    ["can we jump on a video call through the app, then carry on by text at 07700 900456", ["07700 900456"]],
    ["hop on a video call through here, or whatsap, wotever", []],
    ["jump on a video call through here or ring me on the landline", []],
    ["hazemos videollamada por aqui o por whats?", []],
    ["machen wir einen Videoanruf hier in der App oder lieber per WhatsApp?", []],
    ["jump on a video call through here, the quote is less if we leave the app out of it", []],
    ["jump on a video call through here, or I ring ur mobile if it cuts out", []],
    ["hop on a video call in the app, or on my 2nd phone, the number in my bio", []],
    ["jump on a video call on here? or the green one, same name", []],
    ["hop on a video call through here, then we arrange the job without the booking", []],
    ["hop on a video call on here, or the one with the blue icon, you know the one", []],
    ["jump on a video call through here or on my wife's phone", []],
    ["jump on a video call via the app, and after we talk cash on the phone", []],
    ["jump on a video call in the app, same as last time, then ring me after on the usual", []],
    ["hop on a video call on here, or dial me on the mobile", []],
    ["jump on a video call through this chat or on ur cell, i'll ring u", []],
    ["hop on a video call on here, or I call you on the number on the booking", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
  // gap, contact missed at main: an in-app video call or one on the sender's mobile, in French
  it.fails.each<[string | string[], string[]]>([["on fait un appel video dans l'appli ou sur mon portable?", []]])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
});

describe("a recall page in another language (9e4f114, not merged)", () => {
  // clean at main: a public recall list's address (a government's or an automobile club's)
  it.each(["la liste officielle est sur rappel.conso.gouv.fr, ma Clio y est", "la liste officielle est sur rappel.conso.gouv.fr", "ADAC listet es unter adac.de/rund-ums-fahrzeug/rueckrufaktionen"])(
    "leaves clean: %s",
    (text) => {
      expect(flaggedBy(text)).toBe(false);
    },
  );
  // gap, innocent flagged at main (LINK): an official or press recall list's address, another
  // country's or another path
  it.fails.each([
    "segundo a lista em autoportal.pt/recolhas o meu carro tem uma",
    "the recall is listed on autoplus.fr/rappels, is my year affected?",
    "Schau auf kba.de/DE/Rueckrufe, mein Golf ist auch betroffen",
    "my car is on the list at kba.de/Rueckrufe, can you do the fix?",
    "ruf vorher beim Händler an und prüf kba.de/Rueckrufe",
    "la mia Panda è in quattroruote.it/richiami, mi conviene farlo?",
    "should I book the recall? it's on rdw.nl/terugroepacties",
    "mi Seat aparece en motorpasion.com/llamadas-a-revision",
    "das steht auf autobild.de/rueckrufe, bitte direkt beim Händler machen lassen",
    "meine Werkstatt sagt, es steht nicht auf kba.de/Rueckrufe",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a workshop's own site behind a recall path (or a wa.me or linktr.ee link),
  // flagged and masked; none missed at main
  it.each<[string | string[], string[]]>([
    ["alles Weitere auf werkstatt-meier.de/rueckrufe", ["werkstatt-meier.de/rueckrufe"]],
    ["mi taller lo hace, mira taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    ["escríbeme, todo en taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    ["mandame un mensaje, la lista en taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    ["app me even, lijst op garage-jansen.nl/terugroepacties", ["garage-jansen.nl/terugroepacties"]],
    ["even bellen, de lijst staat op garage-jansen.nl/terugroepacties", ["garage-jansen.nl/terugroepacties"]],
    ["maak een afspraak via garage-jansen.nl/terugroepacties", ["garage-jansen.nl/terugroepacties"]],
    ["tarifs et devis sur garage-dupont.fr/rappels", ["garage-dupont.fr/rappels"]],
    ["passez au garage, tout est sur garage-dupont.fr/rappels", ["garage-dupont.fr/rappels"]],
    ["WhatsApp-Nummer steht auf kfz-mueller.de/rueckrufe", ["kfz-mueller.de/rueckrufe"]],
    ["check kfz-mueller.de/rueckrufe/kontakt for the rest", ["kfz-mueller.de/rueckrufe/kontakt"]],
    ["the price list is at mikes-garage.co.uk/rappels", ["mikes-garage.co.uk/rappels"]],
    ["skip the app fees, mikesfix.com/richiami", ["mikesfix.com/richiami"]],
    ["all at mikefixes.com/rappels. ring the number at the bottom", ["mikefixes.com/rappels"]],
    ["alles auf werkstatt-meier.de/rueckrufe. Termine dort, billiger als hier", ["werkstatt-meier.de/rueckrufe"]],
    ["mikefixes.com/rappels has my number", ["mikefixes.com/rappels"]],
    ["see mikefixes.com/rueckrufe?ref=chat, we do it half price", ["mikefixes.com/rueckrufe"]],
    ["wa.me/447700900123/rappels", ["447700900123"]],
    ["kfz-mueller.de/Rueckrufe - einfach anrufen", ["kfz-mueller.de/Rueckrufe"]],
    ["linktr.ee/mikefixes/rappels", ["mikefixes"]],
    ["hacemos todas las revisiones, taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    ["wij doen alle acties, garage-jansen.nl/terugroepacties", ["garage-jansen.nl/terugroepacties"]],
    ["on s'en occupe, garage-dupont.fr/rappels", ["garage-dupont.fr/rappels"]],
    ["siehe kfz-mueller.de/rueckrufe, Tel. steht unten", ["kfz-mueller.de/rueckrufe"]],
    ["infos sur garage-dupont.fr/rappels", ["garage-dupont.fr/rappels"]],
    ["aqui: taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    ["zie garage-jansen.nl/terugroepacties", ["garage-jansen.nl/terugroepacties"]],
    ["all the info at mike-fixes.co.uk/rappels", ["mike-fixes.co.uk/rappels"]],
    ["telefoneame, esta en taller-perez.es/llamadas-a-revision", ["taller-perez.es/llamadas-a-revision"]],
    [["ruf mich an", "kfz-mueller.de/rueckrufe"], ["kfz-mueller.de/rueckrufe"]],
    [["same job, half the app price", "mikefixes.com/rappels"], ["mikefixes.com/rappels"]],
    ["the form on kfz-mueller.de/rueckrufe gets you straight to Mike", ["kfz-mueller.de/rueckrufe"]],
    ["Werkstatt Müller, kfz-mueller.de/rueckrufe, Mo-Fr 8-17 Uhr", ["kfz-mueller.de/rueckrufe"]],
    ["Garage Dupont, garage-dupont.fr/rappels, ouvert du lundi au samedi", ["garage-dupont.fr/rappels"]],
    ["Preise und Infos: kfz-mueller.de/rueckrufe", ["kfz-mueller.de/rueckrufe"]],
    ["telefonami, c'e tutto su officina-rossi.it/richiami", ["officina-rossi.it/richiami"]],
    ["Anruf genügt, Liste auf kfz-mueller.de/rueckrufe", ["kfz-mueller.de/rueckrufe"]],
    ["Rückrufe machen wir auch: kfz-mueller.de/rueckrufe", ["kfz-mueller.de/rueckrufe"]],
    ["facciamo tutti i richiami, vedi officina-rossi.it/richiami", ["officina-rossi.it/richiami"]],
    ["Liste: kfz-mueller.de/rueckrufe", ["kfz-mueller.de/rueckrufe"]],
    ["tutto qui: officina-rossi.it/richiami", ["officina-rossi.it/richiami"]],
    ["Ruckrufe machen wir, kfz-mueller.de/ruckrufe", ["kfz-mueller.de/ruckrufe"]],
    ["whatsappami, c'e tutto su officina-rossi.it/richiami", ["officina-rossi.it/richiami"]],
    ["Officina Rossi, officina-rossi.it/richiami, aperti anche sabato", ["officina-rossi.it/richiami"]],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
});

describe("'crypto' as a key transponder's kind (3ddfd74, not merged)", () => {
  // gap, innocent flagged at main (OFF_PLATFORM_DEAL): 'crypto' as a transponder's or key's kind,
  // in English, German, Italian and French; none left clean at main
  it.fails.each([
    "Schlüssel mit Crypto-Transponder, können Sie den anlernen?",
    "la chiave ha un transponder crypto ID46, si può duplicare?",
    "the 4D crypto key, is it ok to copy?",
    "my spare key is crypto too, can you copy it?",
    "le transpondeur crypto est cassé, vous pouvez le refaire?",
    "the key is a Texas crypto type, the remote part works",
    "it's an ID46 crypto chip and a Megamos crypto, which one do I have?",
    "the key has a Philips crypto transponder. The crypto type needs the dealer PIN",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // cleared in round 35: "crypto" right before a chip, a transponder, a module or a sensor names the part (vocabulary.ts)
  it.each([
    "the crypto transponder only works with the original ECU",
    "ID46 crypto chip, does the cost include the blank?",
    "Is the crypto transponder fine to clone?",
    "it's an ID46 crypto chip, how much to clone it for under £50?",
  ])("leaves clean: %s", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // caught at main: a key or chip job done, then payment asked in crypto; none missed at main
  it.each<[string | string[], string[]]>([
    ["ID46 chip done, settle in crypto and we skip the app fee", []],
    ["chip listo, acepto crypto, sin la app", []],
    ["transponder chip copied, crypto (USDC) keeps it off the books", []],
    ["immobiliser sorted, crypto rather than the app please", []],
    ["ID48 chip cloned, eighty in crypto, no receipt", []],
    ["ID46 transponder chip ready, send crypto", []],
    ["il transponder è pronto, mandami crypto sul wallet", []],
    ["the transponder is cloned, crypto suits me", []],
    ["Hitag2 transponder programmed, crypto same as last time", []],
    ["the Megamos chip key is 80, settle up in crypto", []],
    ["key programming on the immobiliser done, sling me the crypto", []],
    ["chip programmato, accetto crypto", []],
    ["Transponder programmiert, zahlbar in crypto", []],
    ["chip cloné, je prends crypto", []],
    ["transponder done, crypto to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F", ["0x71C7656EC7ab88b098defB751B7401B5f6d8976F"]],
    ["the key fob chip is done, crypto would be easiest for both of us", []],
    ["the key head chip is cut, crypto yeah? no card fees", []],
    ["the 4D chip's done, shoot me the crypto when you get home", []],
    ["Texas 4D transponder copied, I'll give you a discount for crypto", []],
    ["transponder done, 80 crypto", []],
    ["ID48 chip cloned, crypto to my ledger, solana", []],
    ["transponder done, settle through crypto instead of the booking", []],
    ["the transponder key is ready for collection, crypto on the day", []],
    ["chip programmed, sort me out in crypto after", []],
    ["Megamos transponder done, crypto, sats via lightning, QR on my profile", []],
    ["the chip is done, crypto. the ETH address is in my bio", []],
    ["la llave con chip ya esta, me pagas en crypto", []],
  ])("catches: %j", (text, secrets) => {
    expect(caughtAsShown(text, secrets)).toBe(true);
  });
});
