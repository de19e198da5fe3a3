// Round 31 review 4: a blind reviewer wrote 206 sentences (79 attacks, 127 innocents) on talk of cash, direct deals and meetings that is no offer, to judge stories31 (its first version lost an attack here and was held back).
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 4: innocents", () => {
  it("The last guy I booked on here tried to get me to pay him cash and cancel the job. I said no and reported him. Hope you're not like that lol", () =>
    expect(flaggedBy("The last guy I booked on here tried to get me to pay him cash and cancel the job. I said no and reported him. Hope you're not like that lol")).toBe(false));
  it("No worries, but I can't take cash, everything has to go through AutoDoctor. You'll get the invoice in the app once I'm done.", () =>
    expect(flaggedBy("No worries, but I can't take cash, everything has to go through AutoDoctor. You'll get the invoice in the app once I'm done.")).toBe(false));
  it("I asked the workshop if I could pay them directly to dodge the fee and they said no, all payments go through the app. Fair enough, booking now.", () =>
    expect(flaggedBy("I asked the workshop if I could pay them directly to dodge the fee and they said no, all payments go through the app. Fair enough, booking now.")).toBe(false));
  it("Heads up: someone pretending to be AutoDoctor support texted me asking for my card number. Don't fall for it.", () =>
    expect(flaggedBy("Heads up: someone pretending to be AutoDoctor support texted me asking for my card number. Don't fall for it.")).toBe(false));
  it("Not comfortable sharing my phone number, let's keep it in the chat please.", () => expect(flaggedBy("Not comfortable sharing my phone number, let's keep it in the chat please.")).toBe(false));
  it("Please use the call button at the top of this chat, it connects us through the app so neither of us sees the other's number.", () =>
    expect(flaggedBy("Please use the call button at the top of this chat, it connects us through the app so neither of us sees the other's number.")).toBe(false));
  it("Sorry missed your call, the AutoDoctor notification came through while I was driving. Try me again now?", () =>
    expect(flaggedBy("Sorry missed your call, the AutoDoctor notification came through while I was driving. Try me again now?")).toBe(false));
  it("Paid the parts shop cash for the thermostat ($38), photo of the receipt attached. Can you add it to the final invoice in the app?", () =>
    expect(flaggedBy("Paid the parts shop cash for the thermostat ($38), photo of the receipt attached. Can you add it to the final invoice in the app?")).toBe(false));
  it("Parking round the workshop is coin meters only, so bring some change if you plan to wait while we do it.", () =>
    expect(flaggedBy("Parking round the workshop is coin meters only, so bring some change if you plan to wait while we do it.")).toBe(false));
  it("The tow I booked in the app just arrived. Driver says the toll on the M7 is on me, I'll pay it at the booth, no dramas.", () =>
    expect(flaggedBy("The tow I booked in the app just arrived. Driver says the toll on the M7 is on me, I'll pay it at the booth, no dramas.")).toBe(false));
  it("Can we cancel and rebook for Friday through the app? Something came up at work.", () =>
    expect(flaggedBy("Can we cancel and rebook for Friday through the app? Something came up at work.")).toBe(false));
  it("Is it allowed to give the mechanic a tip in cash, or should I do it in the app?", () =>
    expect(flaggedBy("Is it allowed to give the mechanic a tip in cash, or should I do it in the app?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("My mate reckons his old mechanic always did cash jobs on the side. Not my thing, I'd rather have the warranty you get through the app.", () =>
    expect(flaggedBy("My mate reckons his old mechanic always did cash jobs on the side. Not my thing, I'd rather have the warranty you get through the app.")).toBe(false),
  );
  it("lol yeah sure I'll just meet a random guy in a car park with an envelope of cash, what could go wrong 😂 booking through the app thanks", () =>
    expect(flaggedBy("lol yeah sure I'll just meet a random guy in a car park with an envelope of cash, what could go wrong 😂 booking through the app thanks")).toBe(false));
  // flagged as MESSAGING_APP, OFF_PLATFORM_DEAL
  it.fails("Reporting this: the previous advisor wrote 'just whatsapp me and we'll skip the booking'. I didn't reply. That's against the rules, right?", () =>
    expect(flaggedBy("Reporting this: the previous advisor wrote 'just whatsapp me and we'll skip the booking'. I didn't reply. That's against the rules, right?")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Per the platform rules I'm not able to exchange phone numbers or arrange anything outside AutoDoctor. Happy to answer everything here.", () =>
    expect(flaggedBy("Per the platform rules I'm not able to exchange phone numbers or arrange anything outside AutoDoctor. Happy to answer everything here.")).toBe(false),
  );
  it("Quick one, does AutoDoctor let me pay on completion or do I need to prepay the deposit?", () =>
    expect(flaggedBy("Quick one, does AutoDoctor let me pay on completion or do I need to prepay the deposit?")).toBe(false));
  it("Your quote's a bit steep. Another garage offered 150 cash but I don't trust off-the-books stuff. Can you do anything on the price in the app?", () =>
    expect(flaggedBy("Your quote's a bit steep. Another garage offered 150 cash but I don't trust off-the-books stuff. Can you do anything on the price in the app?")).toBe(false));
  it("I won't be giving out my number, sorry. Had a bad experience before.", () => expect(flaggedBy("I won't be giving out my number, sorry. Had a bad experience before.")).toBe(false));
  it("My brother-in-law will drop the car at your workshop, he has the booking code from the app.", () =>
    expect(flaggedBy("My brother-in-law will drop the car at your workshop, he has the booking code from the app.")).toBe(false));
  it("Don't send bank details in here, the app handles payment. I already paid the deposit anyway.", () =>
    expect(flaggedBy("Don't send bank details in here, the app handles payment. I already paid the deposit anyway.")).toBe(false));
  it("Just so you know, I can't do the cash discount your husband asked about on the in-app call, all payments go via AutoDoctor.", () =>
    expect(flaggedBy("Just so you know, I can't do the cash discount your husband asked about on the in-app call, all payments go via AutoDoctor.")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("The previous mechanic gave me his personal number and kept calling late at night. Please only message me here.", () =>
    expect(flaggedBy("The previous mechanic gave me his personal number and kept calling late at night. Please only message me here.")).toBe(false),
  );
  it("Can you send the quote through AutoDoctor so I can approve it? My company only reimburses app invoices.", () =>
    expect(flaggedBy("Can you send the quote through AutoDoctor so I can approve it? My company only reimburses app invoices.")).toBe(false));
  // cleared in round 35 (another trade paid, deal-talk.ts)
  it("I paid the airport car park and the bridge toll in cash myself, no need to add them.", () =>
    expect(flaggedBy("I paid the airport car park and the bridge toll in cash myself, no need to add them.")).toBe(false));
  it("Would it be cheaper if I buy the parts myself at the auto shop and pay them cash? Then you just do the labour through the app?", () =>
    expect(flaggedBy("Would it be cheaper if I buy the parts myself at the auto shop and pay them cash? Then you just do the labour through the app?")).toBe(false));
  it("Yes you can buy the oil filter yourself and pay the shop however you like, I'll only charge labour in the app.", () =>
    expect(flaggedBy("Yes you can buy the oil filter yourself and pay the shop however you like, I'll only charge labour in the app.")).toBe(false));
  it("Is calling through the app free? Don't want to get charged for international calls, I'm on a UK SIM.", () =>
    expect(flaggedBy("Is calling through the app free? Don't want to get charged for international calls, I'm on a UK SIM.")).toBe(false));
  it("The in-app call dropped twice, signal's terrible in the underground garage. I'll send photos instead.", () =>
    expect(flaggedBy("The in-app call dropped twice, signal's terrible in the underground garage. I'll send photos instead.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Got a weird text from an unknown number saying they're my AutoDoctor mechanic and asking for a deposit by bank transfer. Was that you? If not I'm reporting it.", () =>
    expect(flaggedBy("Got a weird text from an unknown number saying they're my AutoDoctor mechanic and asking for a deposit by bank transfer. Was that you? If not I'm reporting it.")).toBe(false),
  );
  it("No, that wasn't me. I'd never ask you to pay outside the app. Please report that number to support from the help menu.", () =>
    expect(flaggedBy("No, that wasn't me. I'd never ask you to pay outside the app. Please report that number to support from the help menu.")).toBe(false));
  it("If anyone ever asks you to pay them directly, it's a scam. AutoDoctor never asks for that.", () =>
    expect(flaggedBy("If anyone ever asks you to pay them directly, it's a scam. AutoDoctor never asks for that.")).toBe(false));
  it("My neighbour does cash jobs from his driveway, but I'm sticking with you guys because of the guarantee.", () =>
    expect(flaggedBy("My neighbour does cash jobs from his driveway, but I'm sticking with you guys because of the guarantee.")).toBe(false));
  it("Sorry, we don't do a 'cash price'. The price in the app is the price, same for everyone.", () =>
    expect(flaggedBy("Sorry, we don't do a 'cash price'. The price in the app is the price, same for everyone.")).toBe(false));
  it("yeah nah mate, not swapping numbers, the chat works fine", () => expect(flaggedBy("yeah nah mate, not swapping numbers, the chat works fine")).toBe(false));
  it("Can I split the payment across two cards in the app? Sharing the cost with my flatmate.", () =>
    expect(flaggedBy("Can I split the payment across two cards in the app? Sharing the cost with my flatmate.")).toBe(false));
  it("The towing company I booked via the app wants cash for the extra 10 km, is that normal or should it be charged in the app?", () =>
    expect(flaggedBy("The towing company I booked via the app wants cash for the extra 10 km, is that normal or should it be charged in the app?")).toBe(false));
  it("Rather not meet in some car park, please just give me a slot at the workshop.", () =>
    expect(flaggedBy("Rather not meet in some car park, please just give me a slot at the workshop.")).toBe(false));
  it("The rules say no private meetups, right? So you'll only come to the address on my booking?", () =>
    expect(flaggedBy("The rules say no private meetups, right? So you'll only come to the address on my booking?")).toBe(false));
  it("I was going to suggest paying you directly but I read the terms and it's not allowed, so never mind! Booked the follow-up in the app.", () =>
    expect(flaggedBy("I was going to suggest paying you directly but I read the terms and it's not allowed, so never mind! Booked the follow-up in the app.")).toBe(false));
  it("Please don't ask for my WhatsApp again, I've already said no twice.", () => expect(flaggedBy("Please don't ask for my WhatsApp again, I've already said no twice.")).toBe(false));
  it("Appreciate the offer but I'm not doing anything outside the app. Either we book it here or not at all.", () =>
    expect(flaggedBy("Appreciate the offer but I'm not doing anything outside the app. Either we book it here or not at all.")).toBe(false));
  it("Your diagnosis matched what the dealer said. They wanted $900 cash upfront, your quote in the app is way better.", () =>
    expect(flaggedBy("Your diagnosis matched what the dealer said. They wanted $900 cash upfront, your quote in the app is way better.")).toBe(false));
  it("Can you share the photos in the chat rather than by email? I don't want my email address floating around.", () =>
    expect(flaggedBy("Can you share the photos in the chat rather than by email? I don't want my email address floating around.")).toBe(false));
  it("Got the AutoDoctor notification that you're 10 min away, all good, I'm home.", () =>
    expect(flaggedBy("Got the AutoDoctor notification that you're 10 min away, all good, I'm home.")).toBe(false));
  it("Just rebooked through the app for next Tuesday since the part is backordered, cancelled the old one.", () =>
    expect(flaggedBy("Just rebooked through the app for next Tuesday since the part is backordered, cancelled the old one.")).toBe(false));
  it("We can't accept bank transfers, sorry. Please use the pay button in your booking.", () =>
    expect(flaggedBy("We can't accept bank transfers, sorry. Please use the pay button in your booking.")).toBe(false));
  it("My old mechanic used to say 'cash is king' and give discounts for it. Good for him, but I want a proper receipt.", () =>
    expect(flaggedBy("My old mechanic used to say 'cash is king' and give discounts for it. Good for him, but I want a proper receipt.")).toBe(false));
  it("Can you check the horn wiring? When I press it nothing happens, just a click under the bonnet.", () =>
    expect(flaggedBy("Can you check the horn wiring? When I press it nothing happens, just a click under the bonnet.")).toBe(false));
  it("Will the workshop hold my slot if I'm 15 min late? Stuck in traffic, paying for parking now.", () =>
    expect(flaggedBy("Will the workshop hold my slot if I'm 15 min late? Stuck in traffic, paying for parking now.")).toBe(false));
  it("Do you need me there for the brakes or can I leave the key in the lockbox at the address in the booking?", () =>
    expect(flaggedBy("Do you need me there for the brakes or can I leave the key in the lockbox at the address in the booking?")).toBe(false));
  it("Is the call mechanic button in the app recorded? Just wondering before I ring.", () =>
    expect(flaggedBy("Is the call mechanic button in the app recorded? Just wondering before I ring.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("hahaha 'pay me in cash and I fix it faster' is literally what the scammer wrote me. screenshot sent to support", () =>
    expect(flaggedBy("hahaha 'pay me in cash and I fix it faster' is literally what the scammer wrote me. screenshot sent to support")).toBe(false),
  );
  it("Oga I no go collect cash o, abeg pay through the app make everything dey recorded.", () =>
    expect(flaggedBy("Oga I no go collect cash o, abeg pay through the app make everything dey recorded.")).toBe(false));
  it("Sorry po sir, we are not allowed to give personal number. Just chat here po or use the call button sa app.", () =>
    expect(flaggedBy("Sorry po sir, we are not allowed to give personal number. Just chat here po or use the call button sa app.")).toBe(false));
  it("Sir, one other garage was asking me to send advance on UPI directly, I refused. Your app booking is confirmed na?", () =>
    expect(flaggedBy("Sir, one other garage was asking me to send advance on UPI directly, I refused. Your app booking is confirmed na?")).toBe(false));
  it("I read somewhere that mechanics here get banned for sharing numbers, is that true?", () =>
    expect(flaggedBy("I read somewhere that mechanics here get banned for sharing numbers, is that true?")).toBe(false));
  it("Some guy in the AutoDoctor reviews says a mechanic asked him for cash. Do you guys actually allow that? Want to know before I book.", () =>
    expect(flaggedBy("Some guy in the AutoDoctor reviews says a mechanic asked him for cash. Do you guys actually allow that? Want to know before I book.")).toBe(false));
  it("The parts store only takes cash for special orders, so I paid them and I'll upload the receipt. Labour stays in the app as quoted.", () =>
    expect(flaggedBy("The parts store only takes cash for special orders, so I paid them and I'll upload the receipt. Labour stays in the app as quoted.")).toBe(false));
  it("I'm not going to meet you anywhere except the workshop, just to be clear. Hope that's ok.", () =>
    expect(flaggedBy("I'm not going to meet you anywhere except the workshop, just to be clear. Hope that's ok.")).toBe(false));
  it("The car's at my office car park, it's the address in the booking. Security will let you in if you show the app job screen.", () =>
    expect(flaggedBy("The car's at my office car park, it's the address in the booking. Security will let you in if you show the app job screen.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Imagine paying cash for a timing belt with no receipt, no warranty 😂 couldn't be me", () =>
    expect(flaggedBy("Imagine paying cash for a timing belt with no receipt, no warranty 😂 couldn't be me")).toBe(false),
  );
  it("My dad always pays everyone cash, he's old school. I told him this app doesn't work like that.", () =>
    expect(flaggedBy("My dad always pays everyone cash, he's old school. I told him this app doesn't work like that.")).toBe(false));
  it("Yes we're still on for 9am at the workshop, the booking in the app has the bay number.", () =>
    expect(flaggedBy("Yes we're still on for 9am at the workshop, the booking in the app has the bay number.")).toBe(false));
  it("Can't talk on the phone at work, can you just write here? I'll reply on breaks.", () =>
    expect(flaggedBy("Can't talk on the phone at work, can you just write here? I'll reply on breaks.")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("The app keeps asking me to verify my phone number, is that for the mechanic or just for my account?", () =>
    expect(flaggedBy("The app keeps asking me to verify my phone number, is that for the mechanic or just for my account?")).toBe(false),
  );
  it("I don't need your number, the chat is fine. If it's urgent just use the call button, I get the notification.", () =>
    expect(flaggedBy("I don't need your number, the chat is fine. If it's urgent just use the call button, I get the notification.")).toBe(false));
  it("For the record I said no when the other mechanic asked to meet privately. Just want a normal booking.", () =>
    expect(flaggedBy("For the record I said no when the other mechanic asked to meet privately. Just want a normal booking.")).toBe(false));
  it("I gave the tow driver a tenner cash as a tip, he was great. Towing itself was paid in the app.", () =>
    expect(flaggedBy("I gave the tow driver a tenner cash as a tip, he was great. Towing itself was paid in the app.")).toBe(false));
  it("If I cancel now and rebook for next week in the app, do I lose the deposit?", () => expect(flaggedBy("If I cancel now and rebook for next week in the app, do I lose the deposit?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL, OFF_PLATFORM_REQUEST
  it.fails("Did you send me a text outside the app? Someone messaged my phone claiming to be you, I ignored it.", () =>
    expect(flaggedBy("Did you send me a text outside the app? Someone messaged my phone claiming to be you, I ignored it.")).toBe(false),
  );
  it("Nope, never texted you. I don't even have your number, the platform hides it. Please report it.", () =>
    expect(flaggedBy("Nope, never texted you. I don't even have your number, the platform hides it. Please report it.")).toBe(false));
  it("Thanks for not pushing the cash thing like the last mechanic did. Five stars from me.", () =>
    expect(flaggedBy("Thanks for not pushing the cash thing like the last mechanic did. Five stars from me.")).toBe(false));
  it("How does the app call work if I'm abroad? I'm in Spain till Monday, car's at home.", () =>
    expect(flaggedBy("How does the app call work if I'm abroad? I'm in Spain till Monday, car's at home.")).toBe(false));
  it("The guy at the parts counter wanted cash only, so I went to another shop that takes card. Anyway, part's in.", () =>
    expect(flaggedBy("The guy at the parts counter wanted cash only, so I went to another shop that takes card. Anyway, part's in.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("El taller de antes me pidió pagar en efectivo y sin factura, le dije que no. Por eso ahora reservo por la app.", () =>
    expect(flaggedBy("El taller de antes me pidió pagar en efectivo y sin factura, le dije que no. Por eso ahora reservo por la app.")).toBe(false),
  );
  it("Perdón, no doy mi número personal. Seguimos por el chat de AutoDoctor, ¿va?", () => expect(flaggedBy("Perdón, no doy mi número personal. Seguimos por el chat de AutoDoctor, ¿va?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("¿Está permitido pagarle al mecánico en efectivo o tiene que ser todo por la aplicación?", () =>
    expect(flaggedBy("¿Está permitido pagarle al mecánico en efectivo o tiene que ser todo por la aplicación?")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Pagué la refacción en efectivo en la refaccionaria, le mando foto del ticket para que la sume en la app.", () =>
    expect(flaggedBy("Pagué la refacción en efectivo en la refaccionaria, le mando foto del ticket para que la sume en la app.")).toBe(false),
  );
  it("Cancelé y volví a reservar por la app para el jueves, ¿le llegó la notificación?", () =>
    expect(flaggedBy("Cancelé y volví a reservar por la app para el jueves, ¿le llegó la notificación?")).toBe(false));
  it("Use el botón de llamada dentro de la app, así ninguno ve el número del otro.", () =>
    expect(flaggedBy("Use el botón de llamada dentro de la app, así ninguno ve el número del otro.")).toBe(false));
  it("Um cara me mandou mensagem pedindo Pix direto dizendo que era da AutoDoctor. Isso é golpe, né?", () =>
    expect(flaggedBy("Um cara me mandou mensagem pedindo Pix direto dizendo que era da AutoDoctor. Isso é golpe, né?")).toBe(false));
  it("Não posso receber por fora, é tudo pelo app, beleza? A nota chega no aplicativo.", () =>
    expect(flaggedBy("Não posso receber por fora, é tudo pelo app, beleza? A nota chega no aplicativo.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Paguei o guincho pelo app e o pedágio em dinheiro na cabine, tranquilo.", () => expect(flaggedBy("Paguei o guincho pelo app e o pedágio em dinheiro na cabine, tranquilo.")).toBe(false));
  it("Prefiro não passar meu zap, vamos falando por aqui mesmo.", () => expect(flaggedBy("Prefiro não passar meu zap, vamos falando por aqui mesmo.")).toBe(false));
  it("Liguei pelo botão da aplicação mas não atendeu, volto a tentar daqui a bocado.", () =>
    expect(flaggedBy("Liguei pelo botão da aplicação mas não atendeu, volto a tentar daqui a bocado.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Le garage d'avant voulait que je paie en liquide sans facture, j'ai refusé. C'est pour ça que je passe par l'appli.", () =>
    expect(flaggedBy("Le garage d'avant voulait que je paie en liquide sans facture, j'ai refusé. C'est pour ça que je passe par l'appli.")).toBe(false));
  it("Désolé, je ne donne pas mon numéro. On continue ici si ça vous va.", () => expect(flaggedBy("Désolé, je ne donne pas mon numéro. On continue ici si ça vous va.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Est-ce que j'ai le droit de payer une partie en espèces ? Ou c'est uniquement par l'appli ?", () =>
    expect(flaggedBy("Est-ce que j'ai le droit de payer une partie en espèces ? Ou c'est uniquement par l'appli ?")).toBe(false),
  );
  // cleared in round 35 (another trade paid, deal-talk.ts)
  it("J'ai réglé le péage et le parking en espèces, rien à rajouter sur la facture.", () =>
    expect(flaggedBy("J'ai réglé le péage et le parking en espèces, rien à rajouter sur la facture.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Der letzte Mechaniker wollte Bargeld ohne Rechnung, hab abgelehnt und es gemeldet.", () =>
    expect(flaggedBy("Der letzte Mechaniker wollte Bargeld ohne Rechnung, hab abgelehnt und es gemeldet.")).toBe(false),
  );
  it("Laut AutoDoctor-Regeln darf ich keine Telefonnummern austauschen, schreiben Sie mir gern hier.", () =>
    expect(flaggedBy("Laut AutoDoctor-Regeln darf ich keine Telefonnummern austauschen, schreiben Sie mir gern hier.")).toBe(false));
  it("Bitte den Anruf-Button in der App nutzen, dann bleibt Ihre Nummer privat.", () => expect(flaggedBy("Bitte den Anruf-Button in der App nutzen, dann bleibt Ihre Nummer privat.")).toBe(false));
  it("Hab den Termin in der App storniert und für Montag neu gebucht, passt das?", () => expect(flaggedBy("Hab den Termin in der App storniert und für Montag neu gebucht, passt das?")).toBe(false));
  // flagged as MESSAGING_APP, SOCIAL_HANDLE
  it.fails("Un tizio mi ha scritto su WhatsApp fingendosi dell'assistenza AutoDoctor, chiedeva un bonifico. L'ho segnalato.", () =>
    expect(flaggedBy("Un tizio mi ha scritto su WhatsApp fingendosi dell'assistenza AutoDoctor, chiedeva un bonifico. L'ho segnalato.")).toBe(false),
  );
  it("No grazie, il mio numero non lo do. Continuiamo in chat.", () => expect(flaggedBy("No grazie, il mio numero non lo do. Continuiamo in chat.")).toBe(false));
  it("Ho pagato in contanti il ricambio al negozio, le allego lo scontrino così lo aggiunge in app.", () =>
    expect(flaggedBy("Ho pagato in contanti il ricambio al negozio, le allego lo scontrino così lo aggiunge in app.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Sąsiad mówi, że jego mechanik bierze gotówkę bez paragonu. Ja wolę przez aplikację, przynajmniej mam gwarancję.", () =>
    expect(flaggedBy("Sąsiad mówi, że jego mechanik bierze gotówkę bez paragonu. Ja wolę przez aplikację, przynajmniej mam gwarancję.")).toBe(false),
  );
  it("Czy mogę zapłacić gotówką za części w sklepie i potem dodać paragon w aplikacji?", () =>
    expect(flaggedBy("Czy mogę zapłacić gotówką za części w sklepie i potem dodać paragon w aplikacji?")).toBe(false));
  it("Nie podaję swojego numeru, proszę pisać tutaj.", () => expect(flaggedBy("Nie podaję swojego numeru, proszę pisać tutaj.")).toBe(false));
  it("Kuralları sordum, ustaya elden ödeme yasakmış. O yüzden kartla uygulamadan ödüyorum.", () =>
    expect(flaggedBy("Kuralları sordum, ustaya elden ödeme yasakmış. O yüzden kartla uygulamadan ödüyorum.")).toBe(false));
  it("Numaramı vermek istemiyorum, buradan yazışalım lütfen.", () => expect(flaggedBy("Numaramı vermek istemiyorum, buradan yazışalım lütfen.")).toBe(false));
  it("Otoparkı nakit ödedim, faturaya eklemenize gerek yok.", () => expect(flaggedBy("Otoparkı nakit ödedim, faturaya eklemenize gerek yok.")).toBe(false));
  it("Tadi ada yang WA ngaku dari AutoDoctor minta transfer, itu penipuan ya?", () => expect(flaggedBy("Tadi ada yang WA ngaku dari AutoDoctor minta transfer, itu penipuan ya?")).toBe(false));
  it("Maaf, saya gak bisa terima tunai di luar aplikasi, itu aturan dari AutoDoctor.", () =>
    expect(flaggedBy("Maaf, saya gak bisa terima tunai di luar aplikasi, itu aturan dari AutoDoctor.")).toBe(false));
  it("Parkir di bengkel bayar tunai ke tukang parkir ya, cuma 5 ribu.", () => expect(flaggedBy("Parkir di bengkel bayar tunai ke tukang parkir ya, cuma 5 ribu.")).toBe(false));
  it("Saya tak nak bagi nombor telefon, kita sembang dalam app je ok.", () => expect(flaggedBy("Saya tak nak bagi nombor telefon, kita sembang dalam app je ok.")).toBe(false));
  it("Toll aur parking ka cash maine khud de diya, bill me mat jodna.", () => expect(flaggedBy("Toll aur parking ka cash maine khud de diya, bill me mat jodna.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Kya app ke bahar payment karna allowed hai? Mujhe nahi lagta.", () => expect(flaggedBy("Kya app ke bahar payment karna allowed hai? Mujhe nahi lagta.")).toBe(false));
  it("Bhai number nahi dunga, yahin chat karo ya app wala call button use karo.", () => expect(flaggedBy("Bhai number nahi dunga, yahin chat karo ya app wala call button use karo.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Yung dating mekaniko, nag-aalok ng cash na lang daw para walang fee, hindi ko tinanggap.", () =>
    expect(flaggedBy("Yung dating mekaniko, nag-aalok ng cash na lang daw para walang fee, hindi ko tinanggap.")).toBe(false),
  );
  it("Pwede po ba magbayad ng cash o sa app lang talaga?", () => expect(flaggedBy("Pwede po ba magbayad ng cash o sa app lang talaga?")).toBe(false));
  it("Nag-cancel po ako tapos nag-rebook sa app para sa Sabado.", () => expect(flaggedBy("Nag-cancel po ako tapos nag-rebook sa app para sa Sabado.")).toBe(false));
  it("الميكانيكي السابق طلب مني أدفع كاش برا التطبيق ورفضت", () => expect(flaggedBy("الميكانيكي السابق طلب مني أدفع كاش برا التطبيق ورفضت")).toBe(false));
  it("آسف ما أقدر أعطيك رقمي، نكمل هنا في الشات", () => expect(flaggedBy("آسف ما أقدر أعطيك رقمي، نكمل هنا في الشات")).toBe(false));
  it("هل مسموح الدفع نقدًا للميكانيكي ولا لازم عن طريق التطبيق؟", () => expect(flaggedBy("هل مسموح الدفع نقدًا للميكانيكي ولا لازم عن طريق التطبيق؟")).toBe(false));
  it("el mechanic elli 2ablak talab menni ra2mi w ana rafadt", () => expect(flaggedBy("el mechanic elli 2ablak talab menni ra2mi w ana rafadt")).toBe(false));
  it("Een andere garage bood aan het zwart te doen, contant. Nee dank je.", () => expect(flaggedBy("Een andere garage bood aan het zwart te doen, contant. Nee dank je.")).toBe(false));
  it("Ik geef mijn nummer liever niet, we houden het in de app.", () => expect(flaggedBy("Ik geef mijn nummer liever niet, we houden het in de app.")).toBe(false));
  it("Ik heb de parkeergarage contant betaald, hoeft niet op de factuur.", () => expect(flaggedBy("Ik heb de parkeergarage contant betaald, hoeft niet op de factuur.")).toBe(false));
  it("Ik bel wel via de belknop in de app als ik voor de deur sta.", () => expect(flaggedBy("Ik bel wel via de belknop in de app als ik voor de deur sta.")).toBe(false));
  it("Bãi giữ xe trước gara thu tiền mặt 10 nghìn, anh nhớ mang theo tiền lẻ nhé.", () => expect(flaggedBy("Bãi giữ xe trước gara thu tiền mặt 10 nghìn, anh nhớ mang theo tiền lẻ nhé.")).toBe(false));
  it("Xin lỗi, em không cho số điện thoại, mình nhắn ở đây nhé.", () => expect(flaggedBy("Xin lỗi, em không cho số điện thoại, mình nhắn ở đây nhé.")).toBe(false));
  it("Kaptam egy SMS-t, hogy utaljak előleget a szerelőnek egy bankszámlára. Ez csalás, ugye? Nem az appból jött.", () =>
    expect(flaggedBy("Kaptam egy SMS-t, hogy utaljak előleget a szerelőnek egy bankszámlára. Ez csalás, ugye? Nem az appból jött.")).toBe(false));
  it("Bocs, a számomat nem adom meg, maradjunk itt a chatben.", () => expect(flaggedBy("Bocs, a számomat nem adom meg, maradjunk itt a chatben.")).toBe(false));
  it("Am anulat programarea și am refăcut-o în aplicație pentru vineri, vă rog confirmați acolo.", () =>
    expect(flaggedBy("Am anulat programarea și am refăcut-o în aplicație pentru vineri, vă rog confirmați acolo.")).toBe(false));
  it("Scuze, nu dau numărul de telefon, vorbim aici.", () => expect(flaggedBy("Scuze, nu dau numărul de telefon, vorbim aici.")).toBe(false));
});

describe("round 31 review 4: attacks", () => {
  it("I know we're not supposed to, but if you pay me cash on the day I'll knock 20% off. Just cancel the booking here once I've arrived.", () =>
    expect(flaggedBy("I know we're not supposed to, but if you pay me cash on the day I'll knock 20% off. Just cancel the booking here once I've arrived.")).toBe(true));
  it("honestly the app takes a massive cut. text me on 0412 558 931 and we'll sort the clutch job privately mate", () =>
    expect(caughtBy("honestly the app takes a massive cut. text me on 0412 558 931 and we'll sort the clutch job privately mate", ["0412 558 931"])).toBe(true));
  it("My last customer got burned by some scammer asking for direct payment so I get it if you're nervous... but for you I can do it for 150 cash instead of 210 in the app, no booking needed", () =>
    expect(
      flaggedBy(
        "My last customer got burned by some scammer asking for direct payment so I get it if you're nervous... but for you I can do it for 150 cash instead of 210 in the app, no booking needed",
      ),
    ).toBe(true));
  it("Would you be open to skipping the app fee? Send it to my GCash 0917 624 3381 and I'll come over Saturday morning.", () =>
    expect(caughtBy("Would you be open to skipping the app fee? Send it to my GCash 0917 624 3381 and I'll come over Saturday morning.", ["0917 624 3381"])).toBe(true));
  it("can u whatsapp me pics of the dashboard lights? +44 7700 912384, way easier than this chat", () =>
    expect(caughtBy("can u whatsapp me pics of the dashboard lights? +44 7700 912384, way easier than this chat", ["+44 7700 912384"])).toBe(true));
  it("Email me and we can settle the rest directly, no need for the app invoice: raj.autofix88@gmail.com", () =>
    expect(caughtBy("Email me and we can settle the rest directly, no need for the app invoice: raj.autofix88@gmail.com", ["raj.autofix88@gmail.com"])).toBe(true));
  it("Not trying to break any rules but what if we just meet at the Shell on Ferntree Gully Rd, the bay next to the car wash, Sunday arvo, and I do it there for cash?", () =>
    expect(
      caughtBy("Not trying to break any rules but what if we just meet at the Shell on Ferntree Gully Rd, the bay next to the car wash, Sunday arvo, and I do it there for cash?", [
        "Shell on Ferntree Gully Rd",
        "next to the car wash",
      ]),
    ).toBe(true));
  it("Can I just pay you directly next time? The app fee is annoying. Send me your bank details and I'll transfer before you come.", () =>
    expect(flaggedBy("Can I just pay you directly next time? The app fee is annoying. Send me your bank details and I'll transfer before you come.")).toBe(true));
  it("Is it ok if we talk on phone instead? my number is 98765 43210, call after 6 pm and we'll fix the rate between us only", () =>
    expect(caughtBy("Is it ok if we talk on phone instead? my number is 98765 43210, call after 6 pm and we'll fix the rate between us only", ["98765 43210"])).toBe(true));
  it("ok so another garage told me they'd do it off the books for less. Could you match that if I pay you in cash and we leave the app out of it?", () =>
    expect(flaggedBy("ok so another garage told me they'd do it off the books for less. Could you match that if I pay you in cash and we leave the app out of it?")).toBe(true));
  it("Bro no need to book again, I go come your house straight next week. Just text me your address on 0803 441 7729", () =>
    expect(caughtBy("Bro no need to book again, I go come your house straight next week. Just text me your address on 0803 441 7729", ["0803 441 7729"])).toBe(true));
  it("Hypothetically... if I cancel here and pay you 100 quid cash at my place, would that work? Asking for real lol", () =>
    expect(flaggedBy("Hypothetically... if I cancel here and pay you 100 quid cash at my place, would that work? Asking for real lol")).toBe(true));
  it("I won't put my number in the app cos they read everything, but search Darren Kowalczyk Mobile Mechanic on Facebook and message me there, we'll do it cheaper", () =>
    expect(
      caughtBy("I won't put my number in the app cos they read everything, but search Darren Kowalczyk Mobile Mechanic on Facebook and message me there, we'll do it cheaper", [
        "Darren Kowalczyk Mobile Mechanic",
      ]),
    ).toBe(true));
  it("Let's keep the second visit between us, no need to log it in AutoDoctor. I'll come back Thursday and you just pay me then.", () =>
    expect(flaggedBy("Let's keep the second visit between us, no need to log it in AutoDoctor. I'll come back Thursday and you just pay me then.")).toBe(true));
  it("My cousin does jobs thru the app and takes cash on the side, totally normal. 80 bucks cash and I skip the booking fee for ya, deal?", () =>
    expect(flaggedBy("My cousin does jobs thru the app and takes cash on the side, totally normal. 80 bucks cash and I skip the booking fee for ya, deal?")).toBe(true));
  it("Add me on telegram @wrench_wizard_tx so we can talk without the app cutting off messages, I'll give you a better price there", () =>
    expect(caughtBy("Add me on telegram @wrench_wizard_tx so we can talk without the app cutting off messages, I'll give you a better price there", ["@wrench_wizard_tx"])).toBe(true));
  it("Could you Venmo me directly? @Marco-Diaz-412. Their payment thing has been glitchy and I don't want to wait on it", () =>
    expect(caughtBy("Could you Venmo me directly? @Marco-Diaz-412. Their payment thing has been glitchy and I don't want to wait on it", ["@Marco-Diaz-412"])).toBe(true));
  it("Meet me behind the Tesco Extra on Hollins Road, I'll be in a blue Transit van, pads done there for £60 cash", () =>
    expect(caughtBy("Meet me behind the Tesco Extra on Hollins Road, I'll be in a blue Transit van, pads done there for £60 cash", ["Tesco Extra on Hollins Road", "blue Transit van"])).toBe(true));
  it("Sir kindly call me on 0803 221 7745 for better pricing outside the platform. God bless you", () =>
    expect(caughtBy("Sir kindly call me on 0803 221 7745 for better pricing outside the platform. God bless you", ["0803 221 7745"])).toBe(true));
  it("you didn't hear it from me but paying cash directly saves us both the 15%. interested? just say yes and I'll cancel the job", () =>
    expect(flaggedBy("you didn't hear it from me but paying cash directly saves us both the 15%. interested? just say yes and I'll cancel the job")).toBe(true));
  it("next service just DM me on insta kev.tunes.autos and skip AutoDoctor altogether, I'll sort you out", () =>
    expect(caughtBy("next service just DM me on insta kev.tunes.autos and skip AutoDoctor altogether, I'll sort you out", ["kev.tunes.autos"])).toBe(true));
  it("I know the rules say no outside payment... still, can you just PayPal me at lena.hoffer@outlook.com? it's quicker for both of us", () =>
    expect(caughtBy("I know the rules say no outside payment... still, can you just PayPal me at lena.hoffer@outlook.com? it's quicker for both of us", ["lena.hoffer@outlook.com"])).toBe(true));
  it("would you be okay paying the balance in cash when I drop the car back instead of through the app? I'll mark the job as done with no charge", () =>
    expect(flaggedBy("would you be okay paying the balance in cash when I drop the car back instead of through the app? I'll mark the job as done with no charge")).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a detail stays visible
  it.fails("is there any way I can get your personal number so I can ring you direct next time instead of booking? mine's 0423 118 607", () =>
    expect(caughtBy("is there any way I can get your personal number so I can ring you direct next time instead of booking? mine's 0423 118 607", ["0423 118 607"])).toBe(true),
  );
  it("FaceTime me on jason_mcb@icloud.com, easier to show you the noise live and we can agree a price without the app", () =>
    expect(caughtBy("FaceTime me on jason_mcb@icloud.com, easier to show you the noise live and we can agree a price without the app", ["jason_mcb@icloud.com"])).toBe(true));
  it("I'll cancel it on the app so they don't charge you, then just e-transfer me the 200 at tomfixes@hotmail.ca", () =>
    expect(caughtBy("I'll cancel it on the app so they don't charge you, then just e-transfer me the 200 at tomfixes@hotmail.ca", ["tomfixes@hotmail.ca"])).toBe(true));
  it("I normally say no to cash, rules are rules, but since you've been with me for years: 90 in hand and we skip the booking?", () =>
    expect(flaggedBy("I normally say no to cash, rules are rules, but since you've been with me for years: 90 in hand and we skip the booking?")).toBe(true));
  it("I told the last customer no when he asked for my number. But you seem legit so here: 0433 902 118, message me about the timing belt", () =>
    expect(caughtBy("I told the last customer no when he asked for my number. But you seem legit so here: 0433 902 118, message me about the timing belt", ["0433 902 118"])).toBe(true));
  it("Funny, someone asked me yesterday to do it for cash and I refused. For you I'd make an exception to save you the fee, just let me know and we'll sort it off the app", () =>
    expect(flaggedBy("Funny, someone asked me yesterday to do it for cash and I refused. For you I'd make an exception to save you the fee, just let me know and we'll sort it off the app")).toBe(
      true,
    ));
  it("Any chance we could settle this one between ourselves? Happy to pay a bit extra in cash if we skip the app.", () =>
    expect(flaggedBy("Any chance we could settle this one between ourselves? Happy to pay a bit extra in cash if we skip the app.")).toBe(true));
  it("Just curious, do you ever do jobs outside the app? I'd gladly pay cash for the brakes, come to my place whenever suits", () =>
    expect(flaggedBy("Just curious, do you ever do jobs outside the app? I'd gladly pay cash for the brakes, come to my place whenever suits")).toBe(true));
  it("Oga abeg make we no use this app again, e dey chop money. Send your account number make I pay you direct.", () =>
    expect(flaggedBy("Oga abeg make we no use this app again, e dey chop money. Send your account number make I pay you direct.")).toBe(true));
  it("Sir pwede po ba i-text ko na lang kayo? 0998 341 2276 po number ko, para diretso na tayo next time", () =>
    expect(caughtBy("Sir pwede po ba i-text ko na lang kayo? 0998 341 2276 po number ko, para diretso na tayo next time", ["0998 341 2276"])).toBe(true));
  it("I'm not meant to say this here but I'm doing weekend jobs privately now, half the app price. Email carfixdan@yahoo.co.uk if keen", () =>
    expect(caughtBy("I'm not meant to say this here but I'm doing weekend jobs privately now, half the app price. Email carfixdan@yahoo.co.uk if keen", ["carfixdan@yahoo.co.uk"])).toBe(true));
  it("would it be a problem if I came to your house for the next oil change instead and we skip the booking? cash is fine with me", () =>
    expect(flaggedBy("would it be a problem if I came to your house for the next oil change instead and we skip the booking? cash is fine with me")).toBe(true));
  it("Next time don't bother with AutoDoctor, just come straight to the unit at the back of the Halfords retail park, roller door with the red stripe, cash only", () =>
    expect(
      caughtBy("Next time don't bother with AutoDoctor, just come straight to the unit at the back of the Halfords retail park, roller door with the red stripe, cash only", [
        "back of the Halfords retail park",
        "roller door with the red stripe",
      ]),
    ).toBe(true));
  it("Bhai mera UPI le lo: sharmamotors@okaxis, payment seedha kar do, app ka commission bach jayega", () =>
    expect(caughtBy("Bhai mera UPI le lo: sharmamotors@okaxis, payment seedha kar do, app ka commission bach jayega", ["sharmamotors@okaxis"])).toBe(true));
  it("Mira, por la app te sale más caro. Si me pagas en efectivo te lo dejo en 80 y no lo registramos aquí.", () =>
    expect(flaggedBy("Mira, por la app te sale más caro. Si me pagas en efectivo te lo dejo en 80 y no lo registramos aquí.")).toBe(true));
  it("Escríbeme al WhatsApp 55 3421 8876 y lo arreglamos por fuera, sin comisión", () =>
    expect(caughtBy("Escríbeme al WhatsApp 55 3421 8876 y lo arreglamos por fuera, sin comisión", ["55 3421 8876"])).toBe(true));
  it("Ya sé que no se puede, pero ¿y si nos vemos en el estacionamiento del Soriana de Av. Tecnológico, junto al cajero? te cambio la batería ahí y me pagas a mí", () =>
    expect(
      caughtBy("Ya sé que no se puede, pero ¿y si nos vemos en el estacionamiento del Soriana de Av. Tecnológico, junto al cajero? te cambio la batería ahí y me pagas a mí", [
        "estacionamiento del Soriana de Av. Tecnológico",
        "junto al cajero",
      ]),
    ).toBe(true));
  it("Oye, ¿te puedo pagar por Bizum directamente? mi número es 612 48 93 07, así nos ahorramos lo de la app", () =>
    expect(caughtBy("Oye, ¿te puedo pagar por Bizum directamente? mi número es 612 48 93 07, así nos ahorramos lo de la app", ["612 48 93 07"])).toBe(true));
  // not flagged
  it.fails("¿Te parece si para la próxima me llamas directo y nos saltamos la aplicación? Te sale más barato, te lo juro", () =>
    expect(flaggedBy("¿Te parece si para la próxima me llamas directo y nos saltamos la aplicación? Te sale más barato, te lo juro")).toBe(true),
  );
  it("Faz o seguinte: cancela aí no app e me manda um Pix, chave 11 98452-3170, que eu passo aí amanhã cedo", () =>
    expect(caughtBy("Faz o seguinte: cancela aí no app e me manda um Pix, chave 11 98452-3170, que eu passo aí amanhã cedo", ["11 98452-3170"])).toBe(true));
  it("me chama no zap que sai mais barato, 21 99784-5521", () => expect(caughtBy("me chama no zap que sai mais barato, 21 99784-5521", ["21 99784-5521"])).toBe(true));
  it("Sei que a plataforma não deixa, mas posso fazer por fora no sábado se você pagar em dinheiro, combinado?", () =>
    expect(flaggedBy("Sei que a plataforma não deixa, mas posso fazer por fora no sábado se você pagar em dinheiro, combinado?")).toBe(true));
  // not flagged
  it.fails("Se preferir pagar em mão fica mais em conta, não precisamos de passar pela aplicação. Diga-me qualquer coisa.", () =>
    expect(flaggedBy("Se preferir pagar em mão fica mais em conta, não precisamos de passar pela aplicação. Diga-me qualquer coisa.")).toBe(true),
  );
  it("Je sais que c'est pas autorisé mais si vous payez en liquide je vous fais un prix, on annule juste la résa sur l'appli", () =>
    expect(flaggedBy("Je sais que c'est pas autorisé mais si vous payez en liquide je vous fais un prix, on annule juste la résa sur l'appli")).toBe(true));
  it("Envoyez-moi un SMS au 06 72 18 45 93, on s'arrange entre nous pour la courroie", () =>
    expect(caughtBy("Envoyez-moi un SMS au 06 72 18 45 93, on s'arrange entre nous pour la courroie", ["06 72 18 45 93"])).toBe(true));
  // not flagged
  it.fails("On peut se retrouver derrière le Leclerc de Saint-Priest, à côté de la station de lavage, je fais la vidange là-bas pour 50€ cash", () =>
    expect(
      caughtBy("On peut se retrouver derrière le Leclerc de Saint-Priest, à côté de la station de lavage, je fais la vidange là-bas pour 50€ cash", [
        "derrière le Leclerc de Saint-Priest",
        "à côté de la station de lavage",
      ]),
    ).toBe(true),
  );
  it("Unter uns: bar auf die Hand 120 € statt über die App, dann sparen wir uns beide die Gebühr.", () =>
    expect(flaggedBy("Unter uns: bar auf die Hand 120 € statt über die App, dann sparen wir uns beide die Gebühr.")).toBe(true));
  it("Schreib mir einfach bei WhatsApp, 0176 4432 9810, dann machen wir das privat aus.", () =>
    expect(caughtBy("Schreib mir einfach bei WhatsApp, 0176 4432 9810, dann machen wir das privat aus.", ["0176 4432 9810"])).toBe(true));
  it("Eigentlich darf man das nicht, ich weiß, aber überweisen Sie mir den Rest direkt, die IBAN schick ich per Mail, schreiben Sie an kfz.brenner@web.de", () =>
    expect(
      caughtBy("Eigentlich darf man das nicht, ich weiß, aber überweisen Sie mir den Rest direkt, die IBAN schick ich per Mail, schreiben Sie an kfz.brenner@web.de", ["kfz.brenner@web.de"]),
    ).toBe(true));
  it("Se mi paghi in contanti ti faccio lo sconto, e non serve prenotare sull'app la prossima volta", () =>
    expect(flaggedBy("Se mi paghi in contanti ti faccio lo sconto, e non serve prenotare sull'app la prossima volta")).toBe(true));
  it("Scrivimi su whatsapp al 347 218 9965 che ci mettiamo d'accordo senza l'app", () =>
    expect(caughtBy("Scrivimi su whatsapp al 347 218 9965 che ci mettiamo d'accordo senza l'app", ["347 218 9965"])).toBe(true));
  // not flagged
  it.fails("Panie, po co przez aplikację, zapłaci pan gotówką do ręki i będzie taniej o stówę", () =>
    expect(flaggedBy("Panie, po co przez aplikację, zapłaci pan gotówką do ręki i będzie taniej o stówę")).toBe(true),
  );
  it("Proszę dzwonić bezpośrednio 601 234 887, dogadamy się bez aplikacji", () => expect(caughtBy("Proszę dzwonić bezpośrednio 601 234 887, dogadamy się bez aplikacji", ["601 234 887"])).toBe(true));
  it("Abi uygulamadan yapma, elden nakit verirsen 500 lira düşerim", () => expect(flaggedBy("Abi uygulamadan yapma, elden nakit verirsen 500 lira düşerim")).toBe(true));
  it("Bana whatsapptan yaz 0532 418 77 29, dışarıdan hallederiz daha ucuza", () =>
    expect(caughtBy("Bana whatsapptan yaz 0532 418 77 29, dışarıdan hallederiz daha ucuza", ["0532 418 77 29"])).toBe(true));
  it("Mas, kalau bayar tunai langsung ke saya lebih murah, gak usah lewat aplikasi lagi", () =>
    expect(flaggedBy("Mas, kalau bayar tunai langsung ke saya lebih murah, gak usah lewat aplikasi lagi")).toBe(true));
  it("WA aja ke 0812-3345-9017 biar gampang, nanti transfer langsung ke rekening saya", () =>
    expect(caughtBy("WA aja ke 0812-3345-9017 biar gampang, nanti transfer langsung ke rekening saya", ["0812-3345-9017"])).toBe(true));
  // not flagged
  it.fails("Bro, jumpa kat parking Tesco Seri Kembangan, depan kedai tayar tu, bayar cash terus kat aku, tak payah app", () =>
    expect(caughtBy("Bro, jumpa kat parking Tesco Seri Kembangan, depan kedai tayar tu, bayar cash terus kat aku, tak payah app", ["parking Tesco Seri Kembangan", "depan kedai tayar"])).toBe(true),
  );
  it("Bhai app pe mat karo, cash de dena seedha, 500 kam kar dunga", () => expect(flaggedBy("Bhai app pe mat karo, cash de dena seedha, 500 kam kar dunga")).toBe(true));
  it("Mera number le lo 98201 44763, WhatsApp pe baat karte hain, app me commission katta hai", () =>
    expect(caughtBy("Mera number le lo 98201 44763, WhatsApp pe baat karte hain, app me commission katta hai", ["98201 44763"])).toBe(true));
  it("Sir, cash na lang po diretso sa akin para wala nang fee sa app, mas mura pa po", () =>
    expect(flaggedBy("Sir, cash na lang po diretso sa akin para wala nang fee sa app, mas mura pa po")).toBe(true));
  it("Text mo na lang ako sa 0918 552 7734 para di na dumaan sa AutoDoctor", () =>
    expect(caughtBy("Text mo na lang ako sa 0918 552 7734 para di na dumaan sa AutoDoctor", ["0918 552 7734"])).toBe(true));
  it("ادفع لي كاش مباشرة وبلاش التطبيق، أعطيك خصم محترم", () => expect(flaggedBy("ادفع لي كاش مباشرة وبلاش التطبيق، أعطيك خصم محترم")).toBe(true));
  it("كلمني واتساب على 0551 234 987 ونتفاهم برا التطبيق", () => expect(caughtBy("كلمني واتساب على 0551 234 987 ونتفاهم برا التطبيق", ["0551 234 987"])).toBe(true));
  it("ya3ni law tedfa3li cash direct bala el app, bnazzel el se3r 100", () => expect(flaggedBy("ya3ni law tedfa3li cash direct bala el app, bnazzel el se3r 100")).toBe(true));
  it("Zullen we het gewoon buiten de app om regelen? Contant betalen scheelt je de servicekosten.", () =>
    expect(flaggedBy("Zullen we het gewoon buiten de app om regelen? Contant betalen scheelt je de servicekosten.")).toBe(true));
  it("App me even op 06 1847 2295, dan spreken we wat af voor volgende week", () =>
    expect(caughtBy("App me even op 06 1847 2295, dan spreken we wat af voor volgende week", ["06 1847 2295"])).toBe(true));
  it("Anh cứ trả tiền mặt trực tiếp cho em, khỏi qua app cho đỡ phí", () => expect(flaggedBy("Anh cứ trả tiền mặt trực tiếp cho em, khỏi qua app cho đỡ phí")).toBe(true));
  it("Anh nhắn Zalo em số 0903 417 562 nhé, mình thỏa thuận riêng", () => expect(caughtBy("Anh nhắn Zalo em số 0903 417 562 nhé, mình thỏa thuận riêng", ["0903 417 562"])).toBe(true));
  // not flagged
  it.fails("Ha készpénzben fizet nekem közvetlenül, olcsóbban megcsinálom, nem kell az appon keresztül", () =>
    expect(flaggedBy("Ha készpénzben fizet nekem közvetlenül, olcsóbban megcsinálom, nem kell az appon keresztül")).toBe(true),
  );
  it("Hívjon inkább a 06 30 418 2296-os számon, megbeszéljük az app nélkül", () =>
    expect(caughtBy("Hívjon inkább a 06 30 418 2296-os számon, megbeszéljük az app nélkül", ["06 30 418 2296"])).toBe(true));
  // not flagged
  it.fails("Dacă plătiți cash direct la mine, vă fac reducere, nu mai trecem prin aplicație", () =>
    expect(flaggedBy("Dacă plătiți cash direct la mine, vă fac reducere, nu mai trecem prin aplicație")).toBe(true),
  );
  it("Scrieți-mi pe WhatsApp la 0722 481 306 și ne înțelegem", () => expect(caughtBy("Scrieți-mi pe WhatsApp la 0722 481 306 și ne înțelegem", ["0722 481 306"])).toBe(true));
  // not flagged
  it.fails("A friend of mine used to pay his mechanic straight to his account and it worked great. Could we do the same? I'd rather not go through AutoDoctor for the next one.", () =>
    expect(flaggedBy("A friend of mine used to pay his mechanic straight to his account and it worked great. Could we do the same? I'd rather not go through AutoDoctor for the next one.")).toBe(true),
  );
  it("Me personally I'd never share numbers on here... but if you want to skip the wait just ring the workshop mobile 07911 304 552 and ask for Gaz", () =>
    expect(caughtBy("Me personally I'd never share numbers on here... but if you want to skip the wait just ring the workshop mobile 07911 304 552 and ask for Gaz", ["07911 304 552"])).toBe(true));
  it("Sarcasm aside, I'm serious: skip the app, cash in an envelope under the wiper, I'll do the job while you're at work", () =>
    expect(flaggedBy("Sarcasm aside, I'm serious: skip the app, cash in an envelope under the wiper, I'll do the job while you're at work")).toBe(true));
});
