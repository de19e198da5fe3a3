// Round 32, moves to another channel (issue 13, kinds OFF_PLATFORM_REQUEST and MESSAGING_APP): a request or a proposal to
// carry the conversation on elsewhere (by e-mail, text, post or phone, on FaceTime or another app), said in English,
// Spanish, Portuguese, French, German, Italian, Dutch and Polish, and by what it does rather than by a channel asked for
// (a channel said to be easier, the reader's colleague asked to call, the reader's line rung, a missed call, a call from
// another phone, a detail said on a call rather than typed, a card carrying the sender's details, a place the platform
// does not read). An attack is caught when it is flagged and its request phrase (the channel and the move) is masked.
// The innocents are the near misses: the platform's own notifications and codes, messages and calls inside the app,
// refusals and staying on the app, a phone told of as a device, the car's Bluetooth and phone mode, questions about how
// the platform works, a third party's call or letter, the talk carried on here or tomorrow. Probed with the
// application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 moves to another channel: attacks", () => {
  it("Can we carry on by email? The photos come through blurry on here.", () =>
    expect(caughtBy("Can we carry on by email? The photos come through blurry on here.", ["Can we carry on by email?"])).toBe(true));
  it("honestly quicker to just call, this app lags", () => expect(caughtBy("honestly quicker to just call, this app lags", ["quicker to just call"])).toBe(true));
  it("Would you mind writing to me by post instead? I keep all the garage letters in one folder.", () =>
    expect(caughtBy("Would you mind writing to me by post instead? I keep all the garage letters in one folder.", ["writing to me by post"])).toBe(true));
  it("let's finish it on the phone tonight, too much typing", () => expect(caughtBy("let's finish it on the phone tonight, too much typing", ["finish it on the phone"])).toBe(true));
  it("ring me after work and we'll sort it, not through the app", () => expect(caughtBy("ring me after work and we'll sort it, not through the app", ["ring me after work"])).toBe(true));
  it("I'll ring your mobile at lunch and we can go through the quote", () => expect(caughtBy("I'll ring your mobile at lunch and we can go through the quote", ["I'll ring your mobile"])).toBe(true));
  it("just give me a missed call and I'll save you", () => expect(caughtBy("just give me a missed call and I'll save you", ["give me a missed call"])).toBe(true));
  it("My son will text you from his phone later, it's his car really", () =>
    expect(caughtBy("My son will text you from his phone later, it's his car really", ["text you from his phone"])).toBe(true));
  it("Keep an eye out, you'll get a call from my husband's number this evening. Look for a call from a 604 number.", () =>
    expect(caughtBy("Keep an eye out, you'll get a call from my husband's number this evening. Look for a call from a 604 number.", ["Look for a call from a 604 number"])).toBe(true));
  it("I'll read it out over the phone rather than typing it here", () => expect(caughtBy("I'll read it out over the phone rather than typing it here", ["read it out over the phone"])).toBe(true));
  it("Could your receptionist email me directly? I'll reply with the logbook scan.", () =>
    expect(caughtBy("Could your receptionist email me directly? I'll reply with the logbook scan.", ["Could your receptionist email me"])).toBe(true));
  it("texting is way easier for me, send me your number and I'll message you", () =>
    expect(caughtBy("texting is way easier for me, send me your number and I'll message you", ["texting is way easier"])).toBe(true));
  it("Might I bother you for a landline? I don't get on with these screens.", () =>
    expect(caughtBy("Might I bother you for a landline? I don't get on with these screens.", ["Might I bother you for a landline?"])).toBe(true));
  it("facetime me when ur at the car, easier to show the rattle", () => expect(caughtBy("facetime me when ur at the car, easier to show the rattle", ["facetime me"])).toBe(true));
  it("you on whatsapp? let's chat there instead", () => expect(caughtBy("you on whatsapp? let's chat there instead", ["you on whatsapp?", "let's chat there instead"])).toBe(true));
  it("got telegram? same handle as my name here, find me there", () => expect(caughtBy("got telegram? same handle as my name here, find me there", ["got telegram?"])).toBe(true));
  it("hop on the green chat app and we'll sort it", () => expect(caughtBy("hop on the green chat app and we'll sort it", ["the green chat app"])).toBe(true));
  it("Message me where you first found me, I answer faster there", () =>
    expect(caughtBy("Message me where you first found me, I answer faster there", ["Message me where you first found me"])).toBe(true));
  it("I'll leave a card with my number under your wiper when I drive past", () =>
    expect(caughtBy("I'll leave a card with my number under your wiper when I drive past", ["leave a card with my number"])).toBe(true));
  it("Call me on the number on the workshop shutter, I'm always around", () =>
    expect(caughtBy("Call me on the number on the workshop shutter, I'm always around", ["Call me on the number on the workshop shutter"])).toBe(true));
  it("Get the tow guy to give me his card, I'll ring him myself", () => expect(caughtBy("Get the tow guy to give me his card, I'll ring him myself", ["give me his card, I'll ring him"])).toBe(true));
  it("Pop your address in the job notes, nobody reads them, and I'll post the part", () =>
    expect(caughtBy("Pop your address in the job notes, nobody reads them, and I'll post the part", ["nobody reads them"])).toBe(true));
  it("we should hop on a quick call, just us, the chat is hopeless", () => expect(caughtBy("we should hop on a quick call, just us, the chat is hopeless", ["hop on a quick call"])).toBe(true));
  it("¿Podemos seguir por WhatsApp? La app me cierra la sesión cada rato.", () =>
    expect(caughtBy("¿Podemos seguir por WhatsApp? La app me cierra la sesión cada rato.", ["Podemos seguir por WhatsApp?"])).toBe(true));
  it("¿Podríamos hablar por teléfono mejor? Es más fácil explicarlo.", () =>
    expect(caughtBy("¿Podríamos hablar por teléfono mejor? Es más fácil explicarlo.", ["Podríamos hablar por teléfono"])).toBe(true));
  it("Seguimos por correo, te mando las fotos allí", () => expect(caughtBy("Seguimos por correo, te mando las fotos allí", ["Seguimos por correo"])).toBe(true));
  it("Dá pra continuar pelo zap? Aqui demora muito", () => expect(caughtBy("Dá pra continuar pelo zap? Aqui demora muito", ["Dá pra continuar pelo zap?"])).toBe(true));
  it("Podemos falar por telefone hoje à noite?", () => expect(caughtBy("Podemos falar por telefone hoje à noite?", ["Podemos falar por telefone"])).toBe(true));
  it("On pourrait continuer par SMS, c'est plus simple pour moi", () => expect(caughtBy("On pourrait continuer par SMS, c'est plus simple pour moi", ["On pourrait continuer par SMS"])).toBe(true));
  it("Tu as Telegram ? On se parle là-bas", () => expect(caughtBy("Tu as Telegram ? On se parle là-bas", ["Tu as Telegram ?"])).toBe(true));
  it("On peut en discuter par téléphone ce soir ?", () => expect(caughtBy("On peut en discuter par téléphone ce soir ?", ["On peut en discuter par téléphone"])).toBe(true));
  it("Können wir das lieber per Telefon klären?", () => expect(caughtBy("Können wir das lieber per Telefon klären?", ["Können wir das lieber per Telefon klären?"])).toBe(true));
  it("Sollen wir über WhatsApp weitermachen? Hier hängt alles.", () =>
    expect(caughtBy("Sollen wir über WhatsApp weitermachen? Hier hängt alles.", ["Sollen wir über WhatsApp weitermachen?"])).toBe(true));
  it("Hast du Signal? Dann schreib ich dir dort", () => expect(caughtBy("Hast du Signal? Dann schreib ich dir dort", ["Hast du Signal?"])).toBe(true));
  it("Possiamo continuare su WhatsApp? Qui i messaggi arrivano tardi", () =>
    expect(caughtBy("Possiamo continuare su WhatsApp? Qui i messaggi arrivano tardi", ["Possiamo continuare su WhatsApp?"])).toBe(true));
  it("Potremmo sentirci per telefono domani mattina?", () => expect(caughtBy("Potremmo sentirci per telefono domani mattina?", ["Potremmo sentirci per telefono"])).toBe(true));
  it("Kunnen we verder via whatsapp? Dat werkt beter voor mij", () => expect(caughtBy("Kunnen we verder via whatsapp? Dat werkt beter voor mij", ["Kunnen we verder via whatsapp?"])).toBe(true));
  it("Mag ik je mailadres, dan stuur ik de offerte van de dealer", () => expect(caughtBy("Mag ik je mailadres, dan stuur ik de offerte van de dealer", ["Mag ik je mailadres"])).toBe(true));
  it("Heb je whatsapp? Makkelijker dan dit", () => expect(caughtBy("Heb je whatsapp? Makkelijker dan dit", ["Heb je whatsapp?"])).toBe(true));
  it("Możemy pogadać przez telefon? Tu się wszystko zacina", () => expect(caughtBy("Możemy pogadać przez telefon? Tu się wszystko zacina", ["Możemy pogadać przez telefon?"])).toBe(true));
  it("Masz może maila? Wyślę ci fakturę", () => expect(caughtBy("Masz może maila? Wyślę ci fakturę", ["Masz może maila?"])).toBe(true));
  it("Pourrait-on échanger par mail plutôt qu'ici ?", () => expect(caughtBy("Pourrait-on échanger par mail plutôt qu'ici ?", ["Pourrait-on échanger par mail"])).toBe(true));
  it("can you reply by email instead, I barely open this app", () => expect(caughtBy("can you reply by email instead, I barely open this app", ["reply by email instead"])).toBe(true));
  it("We'll wrap it up over the phone tomorrow morning", () => expect(caughtBy("We'll wrap it up over the phone tomorrow morning", ["wrap it up over the phone"])).toBe(true));
  it("Can we do this by mail instead of here?", () => expect(caughtBy("Can we do this by mail instead of here?", ["Can we do this by mail instead of here?"])).toBe(true));
  it("email would be better, give me yours and I'll send the MOT history", () =>
    expect(caughtBy("email would be better, give me yours and I'll send the MOT history", ["email would be better"])).toBe(true));
  it("u got viber? we talk there, quicker", () => expect(caughtBy("u got viber? we talk there, quicker", ["u got viber?"])).toBe(true));
  it("Possiamo parlarne per telefono stasera?", () => expect(caughtBy("Possiamo parlarne per telefono stasera?", ["Possiamo parlarne per telefono"])).toBe(true));
  it("Zullen we dit verder per mail regelen?", () => expect(caughtBy("Zullen we dit verder per mail regelen?", ["Zullen we dit verder per mail"])).toBe(true));
  it("Continuamos por WhatsApp, que aquí tarda mucho", () => expect(caughtBy("Continuamos por WhatsApp, que aquí tarda mucho", ["Continuamos por WhatsApp"])).toBe(true));
  it("Might be simpler if we just phoned each other", () => expect(caughtBy("Might be simpler if we just phoned each other", ["simpler if we just phoned each other"])).toBe(true));
  it("Let's sort the rest out on Messenger", () => expect(caughtBy("Let's sort the rest out on Messenger", ["sort the rest out on Messenger"])).toBe(true));
  it("Czy możemy przejść na maila?", () => expect(caughtBy("Czy możemy przejść na maila?", ["możemy przejść na maila"])).toBe(true));
  it("Vamos resolver isso pelo WhatsApp?", () => expect(caughtBy("Vamos resolver isso pelo WhatsApp?", ["Vamos resolver isso pelo WhatsApp?"])).toBe(true));
  it("Schreib mir lieber eine Mail, hier kommt nichts an", () => expect(caughtBy("Schreib mir lieber eine Mail, hier kommt nichts an", ["Schreib mir lieber eine Mail"])).toBe(true));
  it("Le mando un correo y seguimos por ahí", () => expect(caughtBy("Le mando un correo y seguimos por ahí", ["Le mando un correo y seguimos por ahí"])).toBe(true));
  it("Is there any chance we could do the rest over FaceTime?", () => expect(caughtBy("Is there any chance we could do the rest over FaceTime?", ["do the rest over FaceTime"])).toBe(true));
  it("ti va di sentirci su telegram?", () => expect(caughtBy("ti va di sentirci su telegram?", ["sentirci su telegram"])).toBe(true));
  it("Je t'envoie un mail avec les photos ce soir", () => expect(caughtBy("Je t'envoie un mail avec les photos ce soir", ["Je t'envoie un mail"])).toBe(true));
  it("Ik stuur je straks een mailtje met de foto s", () => expect(caughtBy("Ik stuur je straks een mailtje met de foto s", ["Ik stuur je straks een mailtje"])).toBe(true));
  it("Ti mando una mail con il preventivo", () => expect(caughtBy("Ti mando una mail con il preventivo", ["Ti mando una mail"])).toBe(true));
});

describe("round 32 moves to another channel: innocents", () => {
  it("The app emailed me the receipt, thanks, all sorted.", () => expect(flaggedBy("The app emailed me the receipt, thanks, all sorted.")).toBe(false));
  it("I got the SMS code from the app, logging in now", () => expect(flaggedBy("I got the SMS code from the app, logging in now")).toBe(false));
  it("I'll message you here as soon as the part arrives", () => expect(flaggedBy("I'll message you here as soon as the part arrives")).toBe(false));
  it("Can we do a video call in the app so I can see the leak?", () => expect(flaggedBy("Can we do a video call in the app so I can see the leak?")).toBe(false));
  it("I'd rather keep it on the app, thanks, it's all recorded here", () => expect(flaggedBy("I'd rather keep it on the app, thanks, it's all recorded here")).toBe(false));
  it("No need to move to email, the chat here works fine for me", () => expect(flaggedBy("No need to move to email, the chat here works fine for me")).toBe(false));
  it("My phone is an old Samsung, the photos might be a bit dark", () => expect(flaggedBy("My phone is an old Samsung, the photos might be a bit dark")).toBe(false));
  it("The car's Bluetooth keeps dropping my phone when I make calls", () => expect(flaggedBy("The car's Bluetooth keeps dropping my phone when I make calls")).toBe(false));
  it("Android Auto won't show my texts on the screen anymore, can you look at it?", () => expect(flaggedBy("Android Auto won't show my texts on the screen anymore, can you look at it?")).toBe(false));
  it("Does the platform send a text when the car is ready?", () => expect(flaggedBy("Does the platform send a text when the car is ready?")).toBe(false));
  it("How does the in-app call work, do I need to allow the microphone?", () => expect(flaggedBy("How does the in-app call work, do I need to allow the microphone?")).toBe(false));
  it("The dealer said they'd email me the recall letter by post next week", () => expect(flaggedBy("The dealer said they'd email me the recall letter by post next week")).toBe(false));
  it("The insurer will call you from their claims line to confirm the excess", () => expect(flaggedBy("The insurer will call you from their claims line to confirm the excess")).toBe(false));
  it("It's easier to call the dealer about warranty, they have the history", () => expect(flaggedBy("It's easier to call the dealer about warranty, they have the history")).toBe(false));
  it("Email is easier for the insurance company, they want everything in writing", () => expect(flaggedBy("Email is easier for the insurance company, they want everything in writing")).toBe(false));
  it("I'll say it on the video call here: the brakes are fine, don't worry", () => expect(flaggedBy("I'll say it on the video call here: the brakes are fine, don't worry")).toBe(false));
  it("The tester doesn't check those on an MOT, so don't worry about the wipers", () => expect(flaggedBy("The tester doesn't check those on an MOT, so don't worry about the wipers")).toBe(false));
  it("Show me the card with the tyre pressures on it, it's in the door shut", () => expect(flaggedBy("Show me the card with the tyre pressures on it, it's in the door shut")).toBe(false));
  it("The number on the garage door is 14, it's the blue one", () => expect(flaggedBy("The number on the garage door is 14, it's the blue one")).toBe(false));
  it("Did you get a missed call from the parts supplier? They rang me too.", () => expect(flaggedBy("Did you get a missed call from the parts supplier? They rang me too.")).toBe(false));
  it("I'll call your line of thinking a bit optimistic, the clutch is gone", () => expect(flaggedBy("I'll call your line of thinking a bit optimistic, the clutch is gone")).toBe(false));
  it("I'll message you the quote through the app in ten minutes", () => expect(flaggedBy("I'll message you the quote through the app in ten minutes")).toBe(false));
  it("we jump on a video call here on the app at 5?", () => expect(flaggedBy("we jump on a video call here on the app at 5?")).toBe(false));
  it("The radio switches to phone mode when I connect, is that normal?", () => expect(flaggedBy("The radio switches to phone mode when I connect, is that normal?")).toBe(false));
  it("Please don't write to me by post, I moved house, everything on here please", () => expect(flaggedBy("Please don't write to me by post, I moved house, everything on here please")).toBe(false));
  it("He said the shop would finish it on the phone with the insurer", () => expect(flaggedBy("He said the shop would finish it on the phone with the insurer")).toBe(false));
  it("¿La app me manda un SMS cuando esté listo el coche?", () => expect(flaggedBy("¿La app me manda un SMS cuando esté listo el coche?")).toBe(false));
  it("Prefiero seguir por aquí, así queda todo registrado.", () => expect(flaggedBy("Prefiero seguir por aquí, así queda todo registrado.")).toBe(false));
  it("Mi teléfono es viejo, las fotos salen oscuras", () => expect(flaggedBy("Mi teléfono es viejo, las fotos salen oscuras")).toBe(false));
  it("O app me mandou um SMS com o código, já entrei", () => expect(flaggedBy("O app me mandou um SMS com o código, já entrei")).toBe(false));
  it("Prefiro continuar pelo app, obrigado", () => expect(flaggedBy("Prefiro continuar pelo app, obrigado")).toBe(false));
  it("L'appli m'a envoyé un mail de confirmation, merci", () => expect(flaggedBy("L'appli m'a envoyé un mail de confirmation, merci")).toBe(false));
  it("On continue ici, c'est plus simple pour garder l'historique", () => expect(flaggedBy("On continue ici, c'est plus simple pour garder l'historique")).toBe(false));
  it("Mon téléphone ne se connecte plus au Bluetooth de la voiture", () => expect(flaggedBy("Mon téléphone ne se connecte plus au Bluetooth de la voiture")).toBe(false));
  it("Die App hat mir eine Mail mit der Rechnung geschickt", () => expect(flaggedBy("Die App hat mir eine Mail mit der Rechnung geschickt")).toBe(false));
  it("Können wir das hier im Chat klären? Ich bin den ganzen Tag erreichbar.", () => expect(flaggedBy("Können wir das hier im Chat klären? Ich bin den ganzen Tag erreichbar.")).toBe(false));
  it("Mein Handy koppelt sich nicht mehr mit dem Radio", () => expect(flaggedBy("Mein Handy koppelt sich nicht mehr mit dem Radio")).toBe(false));
  it("L'app mi ha mandato un SMS con il codice di conferma", () => expect(flaggedBy("L'app mi ha mandato un SMS con il codice di conferma")).toBe(false));
  it("Preferisco continuare qui nell'app, grazie", () => expect(flaggedBy("Preferisco continuare qui nell'app, grazie")).toBe(false));
  it("De app stuurde me een sms met de code", () => expect(flaggedBy("De app stuurde me een sms met de code")).toBe(false));
  it("Bel me via de app als de auto klaar is", () => expect(flaggedBy("Bel me via de app als de auto klaar is")).toBe(false));
  it("Aplikacja wysłała mi maila z fakturą", () => expect(flaggedBy("Aplikacja wysłała mi maila z fakturą")).toBe(false));
  it("Masz telefon z Androidem czy iPhone? Pytam o aplikację do diagnostyki.", () => expect(flaggedBy("Masz telefon z Androidem czy iPhone? Pytam o aplikację do diagnostyki.")).toBe(false));
  it("Have you got the phone number for the warranty line? Mine is out of date.", () => expect(flaggedBy("Have you got the phone number for the warranty line? Mine is out of date.")).toBe(false));
  it("The advisor said to look for a text from AutoDoctor with the booking code", () => expect(flaggedBy("The advisor said to look for a text from AutoDoctor with the booking code")).toBe(false));
  it("Can you tell me how messaging works on here when the job is finished?", () => expect(flaggedBy("Can you tell me how messaging works on here when the job is finished?")).toBe(false));
  it("Can I reply by email to the notifications or only in the app?", () => expect(flaggedBy("Can I reply by email to the notifications or only in the app?")).toBe(false));
  it("Do it by phone? No, I'd rather keep everything in the chat.", () => expect(flaggedBy("Do it by phone? No, I'd rather keep everything in the chat.")).toBe(false));
  it("Sorry I couldn't reply, I was on the phone with the parts supplier", () => expect(flaggedBy("Sorry I couldn't reply, I was on the phone with the parts supplier")).toBe(false));
  it("My wife will reach out to you here tomorrow from her account", () => expect(flaggedBy("My wife will reach out to you here tomorrow from her account")).toBe(false));
  it("I'll call you from my phone through the app at 3", () => expect(flaggedBy("I'll call you from my phone through the app at 3")).toBe(false));
  it("Your mechanic can call me through the app when he's outside", () => expect(flaggedBy("Your mechanic can call me through the app when he's outside")).toBe(false));
  it("Could your advisor message me here with the final price?", () => expect(flaggedBy("Could your advisor message me here with the final price?")).toBe(false));
  it("Texting is easier than calling for me, so let's keep it in this chat", () => expect(flaggedBy("Texting is easier than calling for me, so let's keep it in this chat")).toBe(false));
  it("The app doesn't check the tyre tread, you have to do that yourself", () => expect(flaggedBy("The app doesn't check the tyre tread, you have to do that yourself")).toBe(false));
  it("Pon tu dirección en la reserva de la app, así el mecánico la ve", () => expect(flaggedBy("Pon tu dirección en la reserva de la app, así el mecánico la ve")).toBe(false));
  it("Possiamo continuare qui, va benissimo", () => expect(flaggedBy("Possiamo continuare qui, va benissimo")).toBe(false));
  it("Wir können das gerne hier weitermachen, kein Problem", () => expect(flaggedBy("Wir können das gerne hier weitermachen, kein Problem")).toBe(false));
  it("Kunnen we verder praten over de remmen? Ze piepen nog steeds.", () => expect(flaggedBy("Kunnen we verder praten over de remmen? Ze piepen nog steeds.")).toBe(false));
  it("On peut continuer demain, j'ai fini ma journée", () => expect(flaggedBy("On peut continuer demain, j'ai fini ma journée")).toBe(false));
  it("Podemos continuar amanhã? Hoje não consigo levar o carro.", () => expect(flaggedBy("Podemos continuar amanhã? Hoje não consigo levar o carro.")).toBe(false));
  it("the green light on the app means the mechanic is on the way", () => expect(flaggedBy("the green light on the app means the mechanic is on the way")).toBe(false));
  it("I left my card at the reception to pay for the parts", () => expect(flaggedBy("I left my card at the reception to pay for the parts")).toBe(false));
  it("Show you my card with the booking reference? It's in the app already.", () => expect(flaggedBy("Show you my card with the booking reference? It's in the app already.")).toBe(false));
  it("La app te manda un correo cuando el coche esté listo", () => expect(flaggedBy("La app te manda un correo cuando el coche esté listo")).toBe(false));
  it("Die App schickt dir eine Mail mit dem Termin", () => expect(flaggedBy("Die App schickt dir eine Mail mit dem Termin")).toBe(false));
  it("Je vous envoie un message ici dès que c est prêt", () => expect(flaggedBy("Je vous envoie un message ici dès que c est prêt")).toBe(false));
});
