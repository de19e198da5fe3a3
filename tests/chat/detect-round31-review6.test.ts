// Round 31 review 6: a blind reviewer wrote 212 sentences (85 attacks, 127 innocents) on the same area as review 4, to judge stories31's second version (a rule conceded, then 'but').
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 6: innocents", () => {
  it("Another garage told me they'd knock 20% off if I paid cash. I'd rather keep it in the app so I'm covered if anything goes wrong", () =>
    expect(flaggedBy("Another garage told me they'd knock 20% off if I paid cash. I'd rather keep it in the app so I'm covered if anything goes wrong")).toBe(false));
  it("my cousin says his mechanic only takes cash lol. is that still a thing? I've only ever paid through AutoDoctor", () =>
    expect(flaggedBy("my cousin says his mechanic only takes cash lol. is that still a thing? I've only ever paid through AutoDoctor")).toBe(false));
  it("Some guy in the car park offered to fix my bumper for cash on the spot. Said no thanks, that's why I'm booking here", () =>
    expect(flaggedBy("Some guy in the car park offered to fix my bumper for cash on the spot. Said no thanks, that's why I'm booking here")).toBe(false));
  it("No, I'll pay through the app thanks", () => expect(flaggedBy("No, I'll pay through the app thanks")).toBe(false));
  it("Not comfortable paying cash. Please just send the final quote in AutoDoctor and I'll accept it there", () =>
    expect(flaggedBy("Not comfortable paying cash. Please just send the final quote in AutoDoctor and I'll accept it there")).toBe(false));
  it("Sorry, I can't take cash or bank transfers. Please use the Pay button in the app once I mark the job complete", () =>
    expect(flaggedBy("Sorry, I can't take cash or bank transfers. Please use the Pay button in the app once I mark the job complete")).toBe(false));
  it("thanks for offering but ill stick to app payment, easier for my records", () => expect(flaggedBy("thanks for offering but ill stick to app payment, easier for my records")).toBe(false));
  it("I appreciate you trying to save me money, honestly. But I'm paying through AutoDoctor. If the repair fails I want the platform guarantee behind it, not a handshake.", () =>
    expect(flaggedBy("I appreciate you trying to save me money, honestly. But I'm paying through AutoDoctor. If the repair fails I want the platform guarantee behind it, not a handshake.")).toBe(
      false,
    ));
  it("Appreciate it mate but I can't take cash, everything goes through the app or I lose my account. Just tap pay when I'm done", () =>
    expect(flaggedBy("Appreciate it mate but I can't take cash, everything goes through the app or I lose my account. Just tap pay when I'm done")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("The mechanic I had last month kept pushing me to pay him directly. Really unprofessional, I reported him. Glad you're not like that", () =>
    expect(flaggedBy("The mechanic I had last month kept pushing me to pay him directly. Really unprofessional, I reported him. Glad you're not like that")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Heads up for anyone new: if someone asks you to pay outside the app, report it. Support told me that's how most scams start", () =>
    expect(flaggedBy("Heads up for anyone new: if someone asks you to pay outside the app, report it. Support told me that's how most scams start")).toBe(false),
  );
  it("Hi and welcome! Quick note: all payments go through AutoDoctor, I can't accept cash or transfers. Your invoice will show up in the app after the job", () =>
    expect(flaggedBy("Hi and welcome! Quick note: all payments go through AutoDoctor, I can't accept cash or transfers. Your invoice will show up in the app after the job")).toBe(false));
  it("Is it ok to pay you in cash or does it all have to go through the app? Never used this before", () =>
    expect(flaggedBy("Is it ok to pay you in cash or does it all have to go through the app? Never used this before")).toBe(false));
  it("can I give you a cash tip or is that against the rules? dont want to get you in trouble", () =>
    expect(flaggedBy("can I give you a cash tip or is that against the rules? dont want to get you in trouble")).toBe(false));
  it("lol if I paid cash I'd have to find an ATM first, haven't carried notes since 2019", () =>
    expect(flaggedBy("lol if I paid cash I'd have to find an ATM first, haven't carried notes since 2019")).toBe(false));
  it("Yeah sure and I'll pay you in chickens as well 😂 app payment is fine", () => expect(flaggedBy("Yeah sure and I'll pay you in chickens as well 😂 app payment is fine")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Reporting this: my previous mechanic wrote 'skip the booking, pay me cash, cheaper for both of us'. I didn't reply. Is that allowed here?", () =>
    expect(flaggedBy("Reporting this: my previous mechanic wrote 'skip the booking, pay me cash, cheaper for both of us'. I didn't reply. Is that allowed here?")).toBe(false),
  );
  it("Already paid cash for the battery at the parts shop, receipt is in the photos. You just need to fit it", () =>
    expect(flaggedBy("Already paid cash for the battery at the parts shop, receipt is in the photos. You just need to fit it")).toBe(false));
  it("The car park next to the workshop is coins only, bring a couple of quid for the meter", () =>
    expect(flaggedBy("The car park next to the workshop is coins only, bring a couple of quid for the meter")).toBe(false));
  it("There's a toll bridge on the way to yours, I'll cover it, no stress", () => expect(flaggedBy("There's a toll bridge on the way to yours, I'll cover it, no stress")).toBe(false));
  it("The car wash next door only takes cash if you want it cleaned after, that's totally separate from us", () =>
    expect(flaggedBy("The car wash next door only takes cash if you want it cleaned after, that's totally separate from us")).toBe(false));
  it("Tow truck booked through AutoDoctor, driver says about 40 mins", () => expect(flaggedBy("Tow truck booked through AutoDoctor, driver says about 40 mins")).toBe(false));
  it("I'll fill it up before I drop it off, tank's nearly empty", () => expect(flaggedBy("I'll fill it up before I drop it off, tank's nearly empty")).toBe(false));
  it("Need to move Thursday to Saturday, I'll cancel and rebook in the app now", () => expect(flaggedBy("Need to move Thursday to Saturday, I'll cancel and rebook in the app now")).toBe(false));
  it("Could you cancel this one on your side? I picked the wrong engine, I'll make a new booking in AutoDoctor straight after", () =>
    expect(flaggedBy("Could you cancel this one on your side? I picked the wrong engine, I'll make a new booking in AutoDoctor straight after")).toBe(false));
  it("Am I allowed to bring my own brake pads? Bought them directly from a supplier online", () =>
    expect(flaggedBy("Am I allowed to bring my own brake pads? Bought them directly from a supplier online")).toBe(false));
  it("Payment is through the app when you collect, no need to bring cash or card", () => expect(flaggedBy("Payment is through the app when you collect, no need to bring cash or card")).toBe(false));
  it("My old mechanic used to give me a cash discount, miss those days haha. App price is fine though, go ahead", () =>
    expect(flaggedBy("My old mechanic used to give me a cash discount, miss those days haha. App price is fine though, go ahead")).toBe(false));
  it("Told the bloke at the other shop I don't do cash deals, he got quite shirty about it", () =>
    expect(flaggedBy("Told the bloke at the other shop I don't do cash deals, he got quite shirty about it")).toBe(false));
  it("Direct debit failed in the app, do I just retry or will it double charge me?", () =>
    expect(flaggedBy("Direct debit failed in the app, do I just retry or will it double charge me?")).toBe(false));
  it("Paid in the app with Apple Pay just now, can you check it came through?", () => expect(flaggedBy("Paid in the app with Apple Pay just now, can you check it came through?")).toBe(false));
  it("When you arrive come straight to bay 3, the booking's under your name so no need to queue at reception", () =>
    expect(flaggedBy("When you arrive come straight to bay 3, the booking's under your name so no need to queue at reception")).toBe(false));
  it("Does the cashback promo in the app work on brake jobs or only on servicing?", () => expect(flaggedBy("Does the cashback promo in the app work on brake jobs or only on servicing?")).toBe(false));
  it("No, I won't cancel and come to your garage privately. Please stop asking or I'll report this chat.", () =>
    expect(flaggedBy("No, I won't cancel and come to your garage privately. Please stop asking or I'll report this chat.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Why would I pay you outside the app? That's literally the reason I use AutoDoctor", () =>
    expect(flaggedBy("Why would I pay you outside the app? That's literally the reason I use AutoDoctor")).toBe(false),
  );
  it("My dad keeps saying just hand the mechanic cash like the old days. Told him that's not how this works anymore", () =>
    expect(flaggedBy("My dad keeps saying just hand the mechanic cash like the old days. Told him that's not how this works anymore")).toBe(false));
  it("Buy the tyres wherever you like and pay the tyre shop however they want, my fitting labour is already booked in the app", () =>
    expect(flaggedBy("Buy the tyres wherever you like and pay the tyre shop however they want, my fitting labour is already booked in the app")).toBe(false));
  it("If I had spare cash I wouldn't be fixing this old banger, I'd buy a new one 😂", () =>
    expect(flaggedBy("If I had spare cash I wouldn't be fixing this old banger, I'd buy a new one 😂")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Quick q, some mechanics in Facebook groups say they'll do it cheaper off the app. Why do you guys stick with it? Not asking you to, just curious", () =>
    expect(flaggedBy("Quick q, some mechanics in Facebook groups say they'll do it cheaper off the app. Why do you guys stick with it? Not asking you to, just curious")).toBe(false),
  );
  it("I'm not allowed to deal with customers directly, it's in my agreement with AutoDoctor. Any extra work gets added as a new quote in the app", () =>
    expect(flaggedBy("I'm not allowed to deal with customers directly, it's in my agreement with AutoDoctor. Any extra work gets added as a new quote in the app")).toBe(false));
  it("Got a text from a random number saying 'same mechanic, cheaper, no app'. Was that you? If not I'm reporting it", () =>
    expect(flaggedBy("Got a text from a random number saying 'same mechanic, cheaper, no app'. Was that you? If not I'm reporting it")).toBe(false));
  it("The extra work will show up as an add-on in the app, approve it there and it gets paid together with the rest", () =>
    expect(flaggedBy("The extra work will show up as an add-on in the app, approve it there and it gets paid together with the rest")).toBe(false));
  it("I'd rather not pay anyone directly, I've been burned before. App only please", () =>
    expect(flaggedBy("I'd rather not pay anyone directly, I've been burned before. App only please")).toBe(false));
  it("Sir I have already paid the advance in the app itself, kindly confirm. No cash with me today", () =>
    expect(flaggedBy("Sir I have already paid the advance in the app itself, kindly confirm. No cash with me today")).toBe(false));
  it("Abeg I no dey do cash, make I pay for app when you finish", () => expect(flaggedBy("Abeg I no dey do cash, make I pay for app when you finish")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Sir I saw a post offering cash-only repair, cheaper daw. But I trust AutoDoctor more so booking here po", () =>
    expect(flaggedBy("Sir I saw a post offering cash-only repair, cheaper daw. But I trust AutoDoctor more so booking here po")).toBe(false),
  );
  it("Tolls and fuel are on me, I paid them at the pump already, nothing for you to claim", () =>
    expect(flaggedBy("Tolls and fuel are on me, I paid them at the pump already, nothing for you to claim")).toBe(false));
  it("The parts supplier wants paying directly before they ship, so I'll add the part cost to your quote in the app once I have their invoice", () =>
    expect(flaggedBy("The parts supplier wants paying directly before they ship, so I'll add the part cost to your quote in the app once I have their invoice")).toBe(false));
  it("Nah mate, not doing cash. Put it through the app like normal and we're sweet", () =>
    expect(flaggedBy("Nah mate, not doing cash. Put it through the app like normal and we're sweet")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("The wrecker I got the door from was cash only, that was my own thing before I booked you", () =>
    expect(flaggedBy("The wrecker I got the door from was cash only, that was my own thing before I booked you")).toBe(false),
  );
  it("Just so you know I rebooked through the app for next week since you were sick, same job", () =>
    expect(flaggedBy("Just so you know I rebooked through the app for next week since you were sick, same job")).toBe(false));
  it("Is the roadside assistance guy paid through AutoDoctor too or do I pay his company separately?", () =>
    expect(flaggedBy("Is the roadside assistance guy paid through AutoDoctor too or do I pay his company separately?")).toBe(false));
  it("He offered to 'do me a deal' if I paid cash and I told him no. Anyway, can you still do the timing belt on Friday?", () =>
    expect(flaggedBy("He offered to 'do me a deal' if I paid cash and I told him no. Anyway, can you still do the timing belt on Friday?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Had a customer yesterday offer me an extra fifty to skip the app. Said no. Not worth losing my account over", () =>
    expect(flaggedBy("Had a customer yesterday offer me an extra fifty to skip the app. Said no. Not worth losing my account over")).toBe(false),
  );
  it("Can I pay the invoice in the app with my company card?", () => expect(flaggedBy("Can I pay the invoice in the app with my company card?")).toBe(false));
  it("The MOT centre takes their test fee at their own desk, that's separate from my repair which you've already paid in the app", () =>
    expect(flaggedBy("The MOT centre takes their test fee at their own desk, that's separate from my repair which you've already paid in the app")).toBe(false));
  it("Please don't send me your bank details, I'll only pay through the app", () => expect(flaggedBy("Please don't send me your bank details, I'll only pay through the app")).toBe(false));
  it("Cancelled jobs get refunded through the app automatically, no need to chase me", () =>
    expect(flaggedBy("Cancelled jobs get refunded through the app automatically, no need to chase me")).toBe(false));
  it("What happens if a mechanic asks for cash? Do I report it in the app or email support?", () =>
    expect(flaggedBy("What happens if a mechanic asks for cash? Do I report it in the app or email support?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("oh yeah let's do it all under the table, what could possibly go wrong 🙄 no. app.", () =>
    expect(flaggedBy("oh yeah let's do it all under the table, what could possibly go wrong 🙄 no. app.")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Otro taller me ofreció hacerlo más barato si pagaba en efectivo, pero prefiero pagar por la app por la garantía", () =>
    expect(flaggedBy("Otro taller me ofreció hacerlo más barato si pagaba en efectivo, pero prefiero pagar por la app por la garantía")).toBe(false),
  );
  it("No, gracias, pago por AutoDoctor como siempre", () => expect(flaggedBy("No, gracias, pago por AutoDoctor como siempre")).toBe(false));
  it("Lo siento, no puedo cobrar en efectivo, todo tiene que ir por la app. Te llegará la factura ahí", () =>
    expect(flaggedBy("Lo siento, no puedo cobrar en efectivo, todo tiene que ir por la app. Te llegará la factura ahí")).toBe(false));
  it("¿Se puede pagar en efectivo o todo va por la aplicación? Es mi primera vez", () => expect(flaggedBy("¿Se puede pagar en efectivo o todo va por la aplicación? Es mi primera vez")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Ya pagué la batería en efectivo en la tienda de repuestos, solo falta que la instales", () =>
    expect(flaggedBy("Ya pagué la batería en efectivo en la tienda de repuestos, solo falta que la instales")).toBe(false),
  );
  it("Cancelé la cita y la volví a reservar para el viernes en la app, ¿te aparece?", () =>
    expect(flaggedBy("Cancelé la cita y la volví a reservar para el viernes en la app, ¿te aparece?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Mi suegro dice que el mecánico de su barrio solo cobra en efectivo, yo le dije que aquí todo es por la app", () =>
    expect(flaggedBy("Mi suegro dice que el mecánico de su barrio solo cobra en efectivo, yo le dije que aquí todo es por la app")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Un mecánico anterior me escribió 'págame por fuera y te sale más barato'. Lo estoy reportando, ¿eso está permitido?", () =>
    expect(flaggedBy("Un mecánico anterior me escribió 'págame por fuera y te sale más barato'. Lo estoy reportando, ¿eso está permitido?")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Um cara de outra oficina disse que fazia mais barato no pix direto, mas prefiro pagar pelo app, tenho mais segurança", () =>
    expect(flaggedBy("Um cara de outra oficina disse que fazia mais barato no pix direto, mas prefiro pagar pelo app, tenho mais segurança")).toBe(false),
  );
  it("Não posso receber por fora, é contra as regras do AutoDoctor. O pagamento é só pelo app, tá?", () =>
    expect(flaggedBy("Não posso receber por fora, é contra as regras do AutoDoctor. O pagamento é só pelo app, tá?")).toBe(false));
  it("O estacionamento aqui do lado só aceita dinheiro, vê se traz uns trocados", () => expect(flaggedBy("O estacionamento aqui do lado só aceita dinheiro, vê se traz uns trocados")).toBe(false));
  it("Paguei o guincho pelo app mesmo, chega em 30 min", () => expect(flaggedBy("Paguei o guincho pelo app mesmo, chega em 30 min")).toBe(false));
  it("Dá pra pagar com pix dentro do próprio app ou só cartão?", () => expect(flaggedBy("Dá pra pagar com pix dentro do próprio app ou só cartão?")).toBe(false));
  it("kkkk se eu tivesse dinheiro vivo eu nem tava consertando esse carro velho", () => expect(flaggedBy("kkkk se eu tivesse dinheiro vivo eu nem tava consertando esse carro velho")).toBe(false));
  it("Obrigado, mas não pago por fora. Prefiro pela app, fica tudo registado", () => expect(flaggedBy("Obrigado, mas não pago por fora. Prefiro pela app, fica tudo registado")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Un autre garage m'a proposé de payer en liquide pour avoir une remise, j'ai refusé, je préfère passer par l'appli", () =>
    expect(flaggedBy("Un autre garage m'a proposé de payer en liquide pour avoir une remise, j'ai refusé, je préfère passer par l'appli")).toBe(false));
  it("Désolé, je n'accepte pas d'espèces, tout passe par AutoDoctor. Vous recevrez la facture dans l'appli", () =>
    expect(flaggedBy("Désolé, je n'accepte pas d'espèces, tout passe par AutoDoctor. Vous recevrez la facture dans l'appli")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Est-ce qu'on a le droit de payer en espèces ou c'est obligatoirement via l'appli ?", () =>
    expect(flaggedBy("Est-ce qu'on a le droit de payer en espèces ou c'est obligatoirement via l'appli ?")).toBe(false),
  );
  it("J'ai payé le péage et l'essence moi-même, rien à ajouter sur la facture", () => expect(flaggedBy("J'ai payé le péage et l'essence moi-même, rien à ajouter sur la facture")).toBe(false));
  it("J'annule le rendez-vous de mardi et j'en reprends un jeudi dans l'appli, ça vous va ?", () =>
    expect(flaggedBy("J'annule le rendez-vous de mardi et j'en reprends un jeudi dans l'appli, ça vous va ?")).toBe(false));
  it("Eine andere Werkstatt wollte es mir bar billiger machen, hab abgelehnt. Ich zahle lieber über die App", () =>
    expect(flaggedBy("Eine andere Werkstatt wollte es mir bar billiger machen, hab abgelehnt. Ich zahle lieber über die App")).toBe(false));
  it("Barzahlung geht bei uns leider nicht, alles läuft über AutoDoctor. Die Rechnung kommt in der App", () =>
    expect(flaggedBy("Barzahlung geht bei uns leider nicht, alles läuft über AutoDoctor. Die Rechnung kommt in der App")).toBe(false));
  it("Darf ich eigene Teile mitbringen, die ich direkt beim Händler gekauft habe?", () => expect(flaggedBy("Darf ich eigene Teile mitbringen, die ich direkt beim Händler gekauft habe?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Die Waschanlage nebenan nimmt nur Bargeld, falls Sie das Auto danach waschen wollen", () =>
    expect(flaggedBy("Die Waschanlage nebenan nimmt nur Bargeld, falls Sie das Auto danach waschen wollen")).toBe(false),
  );
  it("Habe den Termin in der App storniert und neu gebucht, Mittwoch 9 Uhr", () => expect(flaggedBy("Habe den Termin in der App storniert und neu gebucht, Mittwoch 9 Uhr")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Un meccanico sotto casa mi ha detto che in contanti costa meno, ma io preferisco pagare dall'app", () =>
    expect(flaggedBy("Un meccanico sotto casa mi ha detto che in contanti costa meno, ma io preferisco pagare dall'app")).toBe(false),
  );
  it("No grazie, pago tramite l'app come sempre", () => expect(flaggedBy("No grazie, pago tramite l'app come sempre")).toBe(false));
  it("Non posso accettare contanti, è la regola di AutoDoctor. Paghi direttamente nell'app a lavoro finito", () =>
    expect(flaggedBy("Non posso accettare contanti, è la regola di AutoDoctor. Paghi direttamente nell'app a lavoro finito")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Il ricambio l'ho pagato io in contanti al ricambista, devi solo montarlo", () => expect(flaggedBy("Il ricambio l'ho pagato io in contanti al ricambista, devi solo montarlo")).toBe(false));
  it("Inny warsztat proponował taniej za gotówkę, ale wolę płacić przez aplikację, mam wtedy gwarancję", () =>
    expect(flaggedBy("Inny warsztat proponował taniej za gotówkę, ale wolę płacić przez aplikację, mam wtedy gwarancję")).toBe(false));
  it("Nie przyjmuję gotówki, wszystkie płatności idą przez AutoDoctor. Faktura będzie w aplikacji", () =>
    expect(flaggedBy("Nie przyjmuję gotówki, wszystkie płatności idą przez AutoDoctor. Faktura będzie w aplikacji")).toBe(false));
  it("Czy mogę zapłacić gotówką, czy wszystko musi iść przez aplikację?", () => expect(flaggedBy("Czy mogę zapłacić gotówką, czy wszystko musi iść przez aplikację?")).toBe(false));
  it("Parking przy warsztacie jest płatny tylko monetami, warto mieć drobne", () => expect(flaggedBy("Parking przy warsztacie jest płatny tylko monetami, warto mieć drobne")).toBe(false));
  it("Başka bir servis nakit verirsen indirim yaparım dedi ama ben uygulamadan ödemeyi tercih ederim", () =>
    expect(flaggedBy("Başka bir servis nakit verirsen indirim yaparım dedi ama ben uygulamadan ödemeyi tercih ederim")).toBe(false));
  it("Kusura bakmayın, elden ödeme alamıyorum, her şey uygulama üzerinden. Faturanız uygulamaya düşecek", () =>
    expect(flaggedBy("Kusura bakmayın, elden ödeme alamıyorum, her şey uygulama üzerinden. Faturanız uygulamaya düşecek")).toBe(false));
  it("Randevuyu iptal edip uygulamadan cumartesiye yeniden aldım, görünüyor mu?", () => expect(flaggedBy("Randevuyu iptal edip uygulamadan cumartesiye yeniden aldım, görünüyor mu?")).toBe(false));
  it("Köprü ve otoyol ücretlerini ben ödedim, size bir şey düşmüyor", () => expect(flaggedBy("Köprü ve otoyol ücretlerini ben ödedim, size bir şey düşmüyor")).toBe(false));
  it("Bengkel lain bilang bisa lebih murah kalau bayar tunai langsung, tapi saya lebih aman bayar lewat aplikasi", () =>
    expect(flaggedBy("Bengkel lain bilang bisa lebih murah kalau bayar tunai langsung, tapi saya lebih aman bayar lewat aplikasi")).toBe(false));
  it("Maaf mas, saya gak boleh terima uang tunai, semua pembayaran lewat AutoDoctor ya", () =>
    expect(flaggedBy("Maaf mas, saya gak boleh terima uang tunai, semua pembayaran lewat AutoDoctor ya")).toBe(false));
  it("Boleh bayar tunai atau wajib lewat aplikasi?", () => expect(flaggedBy("Boleh bayar tunai atau wajib lewat aplikasi?")).toBe(false));
  it("Saya sudah pesan derek lewat aplikasi, sebentar lagi sampai", () => expect(flaggedBy("Saya sudah pesan derek lewat aplikasi, sebentar lagi sampai")).toBe(false));
  it("Tak apa bos, saya bayar dalam app je, senang ada resit", () => expect(flaggedBy("Tak apa bos, saya bayar dalam app je, senang ada resit")).toBe(false));
  it("Dusre garage wale ne bola cash doge toh sasta karenge, maine mana kar diya, app se hi payment karunga", () =>
    expect(flaggedBy("Dusre garage wale ne bola cash doge toh sasta karenge, maine mana kar diya, app se hi payment karunga")).toBe(false));
  it("Sorry bhai, main cash nahi le sakta, sab payment app se hi hoga, warna mera account band ho jayega", () =>
    expect(flaggedBy("Sorry bhai, main cash nahi le sakta, sab payment app se hi hoga, warna mera account band ho jayega")).toBe(false));
  it("Kya cash me payment kar sakte hain ya app se hi karna padega?", () => expect(flaggedBy("Kya cash me payment kar sakte hain ya app se hi karna padega?")).toBe(false));
  it("Petrol aur toll maine khud bhar diya hai, bill me kuch add mat karna", () => expect(flaggedBy("Petrol aur toll maine khud bhar diya hai, bill me kuch add mat karna")).toBe(false));
  it("Mere chachu kehte hain mechanic ko cash do, main ne kaha yahan sab app se hi hota hai", () =>
    expect(flaggedBy("Mere chachu kehte hain mechanic ko cash do, main ne kaha yahan sab app se hi hota hai")).toBe(false));
  it("Yung ibang shop sabi mas mura daw pag cash, pero dito na lang ako sa app, mas safe", () =>
    expect(flaggedBy("Yung ibang shop sabi mas mura daw pag cash, pero dito na lang ako sa app, mas safe")).toBe(false));
  it("Sorry po sir, bawal po kami tumanggap ng cash, sa AutoDoctor app po lahat ng bayad", () =>
    expect(flaggedBy("Sorry po sir, bawal po kami tumanggap ng cash, sa AutoDoctor app po lahat ng bayad")).toBe(false));
  it("Pwede po ba mag-cash o sa app lang talaga?", () => expect(flaggedBy("Pwede po ba mag-cash o sa app lang talaga?")).toBe(false));
  it("Nag-cancel po ako tapos nag-rebook sa app para Sabado, nakita nyo na po?", () => expect(flaggedBy("Nag-cancel po ako tapos nag-rebook sa app para Sabado, nakita nyo na po?")).toBe(false));
  it("ورشة ثانية قالت لي إذا دفعت كاش يعطوني خصم، بس أنا أفضل الدفع عن طريق التطبيق", () =>
    expect(flaggedBy("ورشة ثانية قالت لي إذا دفعت كاش يعطوني خصم، بس أنا أفضل الدفع عن طريق التطبيق")).toBe(false));
  it("آسف، ما أقدر أستلم كاش، كل الدفع عن طريق AutoDoctor والفاتورة بتوصلك في التطبيق", () =>
    expect(flaggedBy("آسف، ما أقدر أستلم كاش، كل الدفع عن طريق AutoDoctor والفاتورة بتوصلك في التطبيق")).toBe(false));
  it("هل مسموح الدفع نقداً ولا لازم عن طريق التطبيق؟", () => expect(flaggedBy("هل مسموح الدفع نقداً ولا لازم عن طريق التطبيق؟")).toBe(false));
  it("la2 shukran, hadfa3 3an tari2 el app zay kol mara", () => expect(flaggedBy("la2 shukran, hadfa3 3an tari2 el app zay kol mara")).toBe(false));
  it("el parking gamb el warsha cash bas, khallik 3amel 7esabak", () => expect(flaggedBy("el parking gamb el warsha cash bas, khallik 3amel 7esabak")).toBe(false));
  it("Een andere garage bood korting als ik contant betaalde, heb nee gezegd, ik betaal liever via de app", () =>
    expect(flaggedBy("Een andere garage bood korting als ik contant betaalde, heb nee gezegd, ik betaal liever via de app")).toBe(false));
  it("Sorry, contant kan ik niet aannemen, alles loopt via AutoDoctor. De factuur komt in de app", () =>
    expect(flaggedBy("Sorry, contant kan ik niet aannemen, alles loopt via AutoDoctor. De factuur komt in de app")).toBe(false));
  it("Mag ik contant betalen of moet alles via de app?", () => expect(flaggedBy("Mag ik contant betalen of moet alles via de app?")).toBe(false));
  it("Tiệm khác bảo trả tiền mặt thì giảm giá, nhưng em thích thanh toán qua app hơn cho chắc", () =>
    expect(flaggedBy("Tiệm khác bảo trả tiền mặt thì giảm giá, nhưng em thích thanh toán qua app hơn cho chắc")).toBe(false));
  it("Xin lỗi anh, em không nhận tiền mặt được, tất cả thanh toán qua AutoDoctor nha", () =>
    expect(flaggedBy("Xin lỗi anh, em không nhận tiền mặt được, tất cả thanh toán qua AutoDoctor nha")).toBe(false));
  it("Em đã hủy lịch và đặt lại trên app cho thứ Bảy rồi anh", () => expect(flaggedBy("Em đã hủy lịch và đặt lại trên app cho thứ Bảy rồi anh")).toBe(false));
  it("Egy másik szerviz azt mondta, készpénzért olcsóbb, de én inkább az appon fizetek", () =>
    expect(flaggedBy("Egy másik szerviz azt mondta, készpénzért olcsóbb, de én inkább az appon fizetek")).toBe(false));
  it("Sajnos készpénzt nem fogadhatok el, minden fizetés az AutoDoctoron keresztül megy", () =>
    expect(flaggedBy("Sajnos készpénzt nem fogadhatok el, minden fizetés az AutoDoctoron keresztül megy")).toBe(false));
  it("Alt service mi-a zis că e mai ieftin cash, dar prefer să plătesc prin aplicație, am garanție", () =>
    expect(flaggedBy("Alt service mi-a zis că e mai ieftin cash, dar prefer să plătesc prin aplicație, am garanție")).toBe(false));
  it("Îmi pare rău, nu pot primi bani cash, totul se plătește prin aplicație", () => expect(flaggedBy("Îmi pare rău, nu pot primi bani cash, totul se plătește prin aplicație")).toBe(false));
  it("Am plătit tractarea prin aplicație, ajunge în jumătate de oră", () => expect(flaggedBy("Am plătit tractarea prin aplicație, ajunge în jumătate de oră")).toBe(false));
});

describe("round 31 review 6: attacks", () => {
  it("Honestly the app takes like 20% off me. If you pay me cash when I come by I'll knock 50 off the quote, deal?", () =>
    expect(flaggedBy("Honestly the app takes like 20% off me. If you pay me cash when I come by I'll knock 50 off the quote, deal?")).toBe(true));
  it("I know we're supposed to book everything through AutoDoctor but between us, skip the booking and just pay me at the shop, I'll do it cheaper", () =>
    expect(flaggedBy("I know we're supposed to book everything through AutoDoctor but between us, skip the booking and just pay me at the shop, I'll do it cheaper")).toBe(true));
  it("cancel the booking in the app and come straight to my garage tmrw morning, cash only, I'll sort you out", () =>
    expect(flaggedBy("cancel the booking in the app and come straight to my garage tmrw morning, cash only, I'll sort you out")).toBe(true));
  it("I'm not really meant to say this but you can pay me directly by bank transfer, saves us both the fee", () =>
    expect(flaggedBy("I'm not really meant to say this but you can pay me directly by bank transfer, saves us both the fee")).toBe(true));
  it("mate tell you what, forget the app for the clutch job, just bring the car round and pay me cash on pickup", () =>
    expect(flaggedBy("mate tell you what, forget the app for the clutch job, just bring the car round and pay me cash on pickup")).toBe(true));
  it("would you be open to paying me directly instead of through the app? I can do you a better price that way", () =>
    expect(flaggedBy("would you be open to paying me directly instead of through the app? I can do you a better price that way")).toBe(true));
  it("Last customer asked me to go off-app and I said no. For you tho I'll make an exception, pay cash and I take 15% off", () =>
    expect(flaggedBy("Last customer asked me to go off-app and I said no. For you tho I'll make an exception, pay cash and I take 15% off")).toBe(true));
  it("text me on 0412 558 903 and we'll sort the brake job without the app, cheaper for you", () =>
    expect(caughtBy("text me on 0412 558 903 and we'll sort the brake job without the app, cheaper for you", ["0412 558 903"])).toBe(true));
  it("As a favour since you're a regular: don't book the next service in AutoDoctor, just message me privately and pay cash", () =>
    expect(flaggedBy("As a favour since you're a regular: don't book the next service in AutoDoctor, just message me privately and pay cash")).toBe(true));
  it("Can I just pay you cash when you get here? I'd rather not put it through the app, I'll add a bit extra for you", () =>
    expect(flaggedBy("Can I just pay you cash when you get here? I'd rather not put it through the app, I'll add a bit extra for you")).toBe(true));
  it("how about we cancel this in the app and you come do it Saturday privately, I pay you 200 cash", () =>
    expect(flaggedBy("how about we cancel this in the app and you come do it Saturday privately, I pay you 200 cash")).toBe(true));
  it("Bro just Venmo me directly @mike-fixes-cars, way easier than going through the app", () =>
    expect(caughtBy("Bro just Venmo me directly @mike-fixes-cars, way easier than going through the app", ["@mike-fixes-cars"])).toBe(true));
  it("My brother-in-law always says never pay outside the app. He's probably right but honestly I'd rather give you cash in hand and we both save the fee, you in?", () =>
    expect(flaggedBy("My brother-in-law always says never pay outside the app. He's probably right but honestly I'd rather give you cash in hand and we both save the fee, you in?")).toBe(true));
  it("Booking shows 380 in the app. If you pay me 300 cash when I'm done we can just forget about the booking, yeah?", () =>
    expect(flaggedBy("Booking shows 380 in the app. If you pay me 300 cash when I'm done we can just forget about the booking, yeah?")).toBe(true));
  it("Sir no need to pay through app, give me cash directly at garage, I will give discount of 500 rs", () =>
    expect(flaggedBy("Sir no need to pay through app, give me cash directly at garage, I will give discount of 500 rs")).toBe(true));
  it("Oga abeg no pay through app, just transfer to my account directly 0123456789 GTBank, e go cheaper for you", () =>
    expect(caughtBy("Oga abeg no pay through app, just transfer to my account directly 0123456789 GTBank, e go cheaper for you", ["0123456789"])).toBe(true));
  it("Sir pwede po cash na lang direct sa akin, wag na po dumaan sa app para walang charge", () =>
    expect(flaggedBy("Sir pwede po cash na lang direct sa akin, wag na po dumaan sa app para walang charge")).toBe(true));
  it("Mira, si me pagas en efectivo y no lo pasamos por la app te hago un descuento del 20%", () =>
    expect(flaggedBy("Mira, si me pagas en efectivo y no lo pasamos por la app te hago un descuento del 20%")).toBe(true));
  it("Cancela la reserva en AutoDoctor y ven directo al taller el lunes, me pagas ahí y te sale más barato", () =>
    expect(flaggedBy("Cancela la reserva en AutoDoctor y ven directo al taller el lunes, me pagas ahí y te sale más barato")).toBe(true));
  it("¿Te puedo pagar por fuera de la app? Prefiero darte el dinero en mano y nos ahorramos la comisión", () =>
    expect(flaggedBy("¿Te puedo pagar por fuera de la app? Prefiero darte el dinero en mano y nos ahorramos la comisión")).toBe(true));
  it("Se quiser, paga no pix direto pra mim que eu faço mais barato, a taxa do app é alta demais", () =>
    expect(flaggedBy("Se quiser, paga no pix direto pra mim que eu faço mais barato, a taxa do app é alta demais")).toBe(true));
  it("manda o pix direto nesse número 11 98765-4321, aí nem precisa fechar pelo app", () =>
    expect(caughtBy("manda o pix direto nesse número 11 98765-4321, aí nem precisa fechar pelo app", ["11 98765-4321"])).toBe(true));
  it("Olhe, a próxima revisão não marque pela app, venha diretamente à oficina e paga em dinheiro, fica mais em conta", () =>
    expect(flaggedBy("Olhe, a próxima revisão não marque pela app, venha diretamente à oficina e paga em dinheiro, fica mais em conta")).toBe(true));
  it("Je sais que la règle c'est de tout passer par l'appli, mais si vous me payez en liquide je vous fais 50 € de moins", () =>
    expect(flaggedBy("Je sais que la règle c'est de tout passer par l'appli, mais si vous me payez en liquide je vous fais 50 € de moins")).toBe(true));
  it("On annule la résa sur AutoDoctor et je passe chez vous samedi, vous me réglez en espèces, ça vous va ?", () =>
    expect(flaggedBy("On annule la résa sur AutoDoctor et je passe chez vous samedi, vous me réglez en espèces, ça vous va ?")).toBe(true));
  it("Wir können das auch ohne die App machen, Sie zahlen bar bei mir in der Werkstatt und sparen sich die Gebühr", () =>
    expect(flaggedBy("Wir können das auch ohne die App machen, Sie zahlen bar bei mir in der Werkstatt und sparen sich die Gebühr")).toBe(true));
  // not flagged
  it.fails("Wäre es okay, wenn ich Ihnen das Geld direkt überweise statt über die App? Dann bleibt mehr für Sie übrig", () =>
    expect(flaggedBy("Wäre es okay, wenn ich Ihnen das Geld direkt überweise statt über die App? Dann bleibt mehr für Sie übrig")).toBe(true),
  );
  it("Se vuoi possiamo farlo fuori dall'app, mi paghi in contanti e ti faccio uno sconto", () =>
    expect(flaggedBy("Se vuoi possiamo farlo fuori dall'app, mi paghi in contanti e ti faccio uno sconto")).toBe(true));
  it("Per il tagliando la prossima volta non prenotare su AutoDoctor, chiamami al 347 123 4567 e ci mettiamo d'accordo", () =>
    expect(caughtBy("Per il tagliando la prossima volta non prenotare su AutoDoctor, chiamami al 347 123 4567 e ci mettiamo d'accordo", ["347 123 4567"])).toBe(true));
  // not flagged
  it.fails("Panie, po co płacić przez aplikację, zapłaci Pan gotówką u mnie w warsztacie i będzie taniej", () =>
    expect(flaggedBy("Panie, po co płacić przez aplikację, zapłaci Pan gotówką u mnie w warsztacie i będzie taniej")).toBe(true),
  );
  // not flagged
  it.fails("Możemy odwołać rezerwację w aplikacji, a ja zrobię to prywatnie w sobotę, gotówka do ręki", () =>
    expect(flaggedBy("Możemy odwołać rezerwację w aplikacji, a ja zrobię to prywatnie w sobotę, gotówka do ręki")).toBe(true),
  );
  it("Abi uygulama üzerinden ödeme yapma, elden nakit ver, komisyon ödemeyelim ikimiz de kazanalım", () =>
    expect(flaggedBy("Abi uygulama üzerinden ödeme yapma, elden nakit ver, komisyon ödemeyelim ikimiz de kazanalım")).toBe(true));
  // caught since round 43's refit
  it("Randevuyu uygulamadan iptal et, direkt dükkana gel, hesabı aramızda hallederiz", () =>
    expect(flaggedBy("Randevuyu uygulamadan iptal et, direkt dükkana gel, hesabı aramızda hallederiz")).toBe(true));
  it("Mas, bayarnya langsung ke saya aja ya, gak usah lewat aplikasi, nanti saya kasih potongan", () =>
    expect(flaggedBy("Mas, bayarnya langsung ke saya aja ya, gak usah lewat aplikasi, nanti saya kasih potongan")).toBe(true));
  it("Bos, cancel je booking dalam app, datang terus bengkel saya, bayar cash lagi murah", () =>
    expect(flaggedBy("Bos, cancel je booking dalam app, datang terus bengkel saya, bayar cash lagi murah")).toBe(true));
  it("Bhai app se payment mat karo, cash de dena seedha mujhe, 300 kam kar dunga", () => expect(flaggedBy("Bhai app se payment mat karo, cash de dena seedha mujhe, 300 kam kar dunga")).toBe(true));
  // caught since round 43's refit
  it("Bhaiya app me booking cancel kar dete hain, aap Sunday ko ghar aa jao, cash de dunga", () =>
    expect(flaggedBy("Bhaiya app me booking cancel kar dete hain, aap Sunday ko ghar aa jao, cash de dunga")).toBe(true));
  it("Bhai app ka commission kyun dena, direct mujhe Easypaisa kar do 0300 1234567", () =>
    expect(caughtBy("Bhai app ka commission kyun dena, direct mujhe Easypaisa kar do 0300 1234567", ["0300 1234567"])).toBe(true));
  it("Boss, cancel mo na lang yung booking sa app tapos punta ka dito sa shop, cash na lang tayo para tipid", () =>
    expect(flaggedBy("Boss, cancel mo na lang yung booking sa app tapos punta ka dito sa shop, cash na lang tayo para tipid")).toBe(true));
  it("Kung gusto mo, diretso ka na lang sa akin sa susunod, hindi na dadaan sa AutoDoctor, mas mura pa", () =>
    expect(flaggedBy("Kung gusto mo, diretso ka na lang sa akin sa susunod, hindi na dadaan sa AutoDoctor, mas mura pa")).toBe(true));
  it("خليها بيننا، ادفع لي كاش مباشرة بدون التطبيق وأعطيك خصم", () => expect(flaggedBy("خليها بيننا، ادفع لي كاش مباشرة بدون التطبيق وأعطيك خصم")).toBe(true));
  it("ألغِ الحجز من التطبيق وتعال للورشة مباشرة، الدفع نقداً ويكون السعر أقل", () => expect(flaggedBy("ألغِ الحجز من التطبيق وتعال للورشة مباشرة، الدفع نقداً ويكون السعر أقل")).toBe(true));
  it("ya akhi balash el app, edfa3li cash direct w ana a3mellak discount", () => expect(flaggedBy("ya akhi balash el app, edfa3li cash direct w ana a3mellak discount")).toBe(true));
  it("Als je contant betaalt en we het buiten de app om regelen, scheelt dat jou 60 euro", () =>
    expect(flaggedBy("Als je contant betaalt en we het buiten de app om regelen, scheelt dat jou 60 euro")).toBe(true));
  // not flagged
  it.fails("Kunnen we de afspraak in de app annuleren en dat ik je gewoon contant betaal bij de garage?", () =>
    expect(flaggedBy("Kunnen we de afspraak in de app annuleren en dat ik je gewoon contant betaal bij de garage?")).toBe(true),
  );
  it("Anh ơi, khỏi thanh toán qua app, trả tiền mặt trực tiếp cho em, em bớt cho anh", () =>
    expect(flaggedBy("Anh ơi, khỏi thanh toán qua app, trả tiền mặt trực tiếp cho em, em bớt cho anh")).toBe(true));
  it("Huỷ lịch trên app đi anh, mai qua thẳng tiệm em làm, trả tiền mặt rẻ hơn", () => expect(flaggedBy("Huỷ lịch trên app đi anh, mai qua thẳng tiệm em làm, trả tiền mặt rẻ hơn")).toBe(true));
  // not flagged
  it.fails("Ha készpénzben fizet és nem az appon keresztül, akkor olcsóbban megcsinálom", () =>
    expect(flaggedBy("Ha készpénzben fizet és nem az appon keresztül, akkor olcsóbban megcsinálom")).toBe(true),
  );
  // not flagged
  it.fails("Hai să nu mai trecem prin aplicație, îmi dai banii cash la service și îți fac reducere", () =>
    expect(flaggedBy("Hai să nu mai trecem prin aplicație, îmi dai banii cash la service și îți fac reducere")).toBe(true),
  );
  // not flagged
  it.fails("Pot să vă plătesc direct, fără aplicație? Vă dau cash și rotunjim suma", () => expect(flaggedBy("Pot să vă plătesc direct, fără aplicație? Vă dau cash și rotunjim suma")).toBe(true));
  it("Funny thing, last week a lady asked me to skip the app and I told her no way. Anyway for your timing belt, if you want to pay me direct I'll do it for 250 instead of 320", () =>
    expect(flaggedBy("Funny thing, last week a lady asked me to skip the app and I told her no way. Anyway for your timing belt, if you want to pay me direct I'll do it for 250 instead of 320")).toBe(
      true,
    ));
  it("I get it, AutoDoctor says everything has to go through them. Still, nobody checks, pay me cash on the day and we're both better off", () =>
    expect(flaggedBy("I get it, AutoDoctor says everything has to go through them. Still, nobody checks, pay me cash on the day and we're both better off")).toBe(true));
  // not flagged
  it.fails("just wondering, would it be a problem if I paid you in cash and we didn't mark it in the app? happy to round up", () =>
    expect(flaggedBy("just wondering, would it be a problem if I paid you in cash and we didn't mark it in the app? happy to round up")).toBe(true),
  );
  it("Doing you a favour here, I'll skip the platform fee if you pay me directly by bank transfer after the job", () =>
    expect(flaggedBy("Doing you a favour here, I'll skip the platform fee if you pay me directly by bank transfer after the job")).toBe(true));
  it("The app price is 540. My price if you come to the workshop without a booking is 450 cash. Up to you", () =>
    expect(flaggedBy("The app price is 540. My price if you come to the workshop without a booking is 450 cash. Up to you")).toBe(true));
  it("Next time don't bother booking on here, just swing by the shop and ask for Dave, cash price is way better", () =>
    expect(flaggedBy("Next time don't bother booking on here, just swing by the shop and ask for Dave, cash price is way better")).toBe(true));
  it("I'll mark the job as cancelled in the app so you don't get charged, then you pay me 200 cash when I'm there", () =>
    expect(flaggedBy("I'll mark the job as cancelled in the app so you don't get charged, then you pay me 200 cash when I'm there")).toBe(true));
  it("send me your address at tomsautofix@gmail.com and we'll book it direct, no app fees", () =>
    expect(caughtBy("send me your address at tomsautofix@gmail.com and we'll book it direct, no app fees", ["tomsautofix@gmail.com"])).toBe(true));
  // not flagged
  it.fails("What if I pay you directly for the rest of the work and we only put the diagnosis through AutoDoctor?", () =>
    expect(flaggedBy("What if I pay you directly for the rest of the work and we only put the diagnosis through AutoDoctor?")).toBe(true),
  );
  it("Let's keep the small stuff off the app. I'll put the inspection through and you pay me cash for the bulbs and wipers", () =>
    expect(flaggedBy("Let's keep the small stuff off the app. I'll put the inspection through and you pay me cash for the bulbs and wipers")).toBe(true));
  it("No wukkas mate, skip the app for this one, chuck us the cash on the day and we're square", () =>
    expect(flaggedBy("No wukkas mate, skip the app for this one, chuck us the cash on the day and we're square")).toBe(true));
  // not flagged
  it.fails("Tell you what, pay us cash in hand and I won't bother putting it through the app, saves you the fee", () =>
    expect(flaggedBy("Tell you what, pay us cash in hand and I won't bother putting it through the app, saves you the fee")).toBe(true),
  );
  it("Turned down a guy yesterday who wanted to pay cash. But you seem alright, so if you'd prefer cash I'm flexible, just don't confirm in the app", () =>
    expect(flaggedBy("Turned down a guy yesterday who wanted to pay cash. But you seem alright, so if you'd prefer cash I'm flexible, just don't confirm in the app")).toBe(true));
  it("Un cliente me pidió lo mismo y le dije que no, pero bueno, a ti te lo hago: me pagas por Bizum directo y nos olvidamos de la app", () =>
    expect(flaggedBy("Un cliente me pidió lo mismo y le dije que no, pero bueno, a ti te lo hago: me pagas por Bizum directo y nos olvidamos de la app")).toBe(true));
  it("Sei que a regra do app é não negociar por fora, mas pra você eu faço: paga em dinheiro na oficina e esquece a reserva", () =>
    expect(flaggedBy("Sei que a regra do app é não negociar por fora, mas pra você eu faço: paga em dinheiro na oficina e esquece a reserva")).toBe(true));
  // not flagged
  it.fails("Est-ce que ça vous dérangerait de me payer directement par virement plutôt que via AutoDoctor ? Je baisse le prix", () =>
    expect(flaggedBy("Est-ce que ça vous dérangerait de me payer directement par virement plutôt que via AutoDoctor ? Je baisse le prix")).toBe(true),
  );
  it("Als Gefallen für Sie: die Inspektion mache ich privat am Wochenende, bar auf die Hand, ohne App", () =>
    expect(flaggedBy("Als Gefallen für Sie: die Inspektion mache ich privat am Wochenende, bar auf die Hand, ohne App")).toBe(true));
  it("Senti, ti pago in nero e non passiamo dall'app, ti va bene?", () => expect(flaggedBy("Senti, ti pago in nero e non passiamo dall'app, ti va bene?")).toBe(true));
  // not flagged
  it.fails("A gdybym zapłacił Panu bezpośrednio na konto, z pominięciem aplikacji, to zrobiłby Pan taniej?", () =>
    expect(flaggedBy("A gdybym zapłacił Panu bezpośrednio na konto, z pominięciem aplikacji, to zrobiłby Pan taniej?")).toBe(true),
  );
  it("Bir dahaki sefere uygulamadan randevu alma, beni direkt ara 0532 456 78 90, daha ucuza yaparım", () =>
    expect(caughtBy("Bir dahaki sefere uygulamadan randevu alma, beni direkt ara 0532 456 78 90, daha ucuza yaparım", ["0532 456 78 90"])).toBe(true));
  it("Kalau mau lebih murah, WA saya aja di 0812-3456-7890, kita atur di luar aplikasi", () =>
    expect(caughtBy("Kalau mau lebih murah, WA saya aja di 0812-3456-7890, kita atur di luar aplikasi", ["0812-3456-7890"])).toBe(true));
  it("Aapke liye special, app ka charge nahi lagega, GPay kar dena direct 98765 43210 pe", () =>
    expect(caughtBy("Aapke liye special, app ka charge nahi lagega, GPay kar dena direct 98765 43210 pe", ["98765 43210"])).toBe(true));
  it("حولي المبلغ على رقمي مباشرة 0551234567 بدل الدفع في التطبيق", () => expect(caughtBy("حولي المبلغ على رقمي مباشرة 0551234567 بدل الدفع في التطبيق", ["0551234567"])).toBe(true));
  // not flagged
  it.fails("Eigenlijk mag het niet van AutoDoctor, maar ik doe het graag zwart voor je, scheelt je de helft", () =>
    expect(flaggedBy("Eigenlijk mag het niet van AutoDoctor, maar ik doe het graag zwart voor je, scheelt je de helft")).toBe(true),
  );
  // not flagged
  it.fails("Em trả thẳng cho anh bằng chuyển khoản, không qua app được không anh? Em gửi thêm chút cho anh", () =>
    expect(flaggedBy("Em trả thẳng cho anh bằng chuyển khoản, không qua app được không anh? Em gửi thêm chút cho anh")).toBe(true),
  );
  // not flagged
  it.fails("Mit szólna, ha a következő szervizt már nem az appon foglalnánk, hanem közvetlenül nálam, készpénzért?", () =>
    expect(flaggedBy("Mit szólna, ha a következő szervizt már nem az appon foglalnánk, hanem közvetlenül nálam, készpénzért?")).toBe(true),
  );
  // not flagged
  it.fails("Vecinul meu a plătit prin aplicație și a dat comision degeaba. Tu nu face greșeala asta, plătește-mi direct cash", () =>
    expect(flaggedBy("Vecinul meu a plătit prin aplicație și a dat comision degeaba. Tu nu face greșeala asta, plătește-mi direct cash")).toBe(true),
  );
  it("So the booking's for Thursday but I can come Wednesday evening off the books if you'd rather pay cash, no app needed", () =>
    expect(flaggedBy("So the booking's for Thursday but I can come Wednesday evening off the books if you'd rather pay cash, no app needed")).toBe(true));
  it("i'll give u 50 extra if we do it outside the app, cash when ur done", () => expect(flaggedBy("i'll give u 50 extra if we do it outside the app, cash when ur done")).toBe(true));
  it("pay me on cashapp $jayfixit and I'll close the ticket as a no-show so neither of us pays the fee", () =>
    expect(caughtBy("pay me on cashapp $jayfixit and I'll close the ticket as a no-show so neither of us pays the fee", ["$jayfixit"])).toBe(true));
  it("Sir for your next PMS no need to book in AutoDoctor anymore, just come to our shop directly and pay cash, we give 10% off", () =>
    expect(flaggedBy("Sir for your next PMS no need to book in AutoDoctor anymore, just come to our shop directly and pay cash, we give 10% off")).toBe(true));
  it("My guy, make we do am outside app. Pay me cash for hand when I finish, I go reduce am for you", () =>
    expect(flaggedBy("My guy, make we do am outside app. Pay me cash for hand when I finish, I go reduce am for you")).toBe(true));
  it("the app fee is a rip-off honestly. split the difference with me? you pay me 400 direct instead of 460 through them", () =>
    expect(flaggedBy("the app fee is a rip-off honestly. split the difference with me? you pay me 400 direct instead of 460 through them")).toBe(true));
  it("Oye compa, si quieres lo arreglamos por fuera, me depositas directo a mi cuenta y te cobro menos", () =>
    expect(flaggedBy("Oye compa, si quieres lo arreglamos por fuera, me depositas directo a mi cuenta y te cobro menos")).toBe(true));
  it("Mein Kollege sagt immer, nie ohne App arbeiten. Aber ehrlich, wenn Sie bar zahlen, mache ich's Ihnen 80 Euro günstiger", () =>
    expect(flaggedBy("Mein Kollege sagt immer, nie ohne App arbeiten. Aber ehrlich, wenn Sie bar zahlen, mache ich's Ihnen 80 Euro günstiger")).toBe(true));
});
