// Round 35: false positives of talk about paying and about channels (issue 13), in the languages chat is written in. The
// innocents: an app the sender says they do not use or have ("não uso WhatsApp", "ich nutze kein WhatsApp", "WhatsApp
// kullanmıyorum"), an app described after "is" ("Telegram is blocked in my country"), a way of paying asked of the platform
// or named as its own ("¿la app acepta Bizum?", "czy aplikacja przyjmuje BLIK?", "does AutoDoctor accept cash?", "mpesa ya
// app"), a payment told as a story by a relative or friend or by the sender to another trade or long ago ("mi primo le pagó
// al mecánico por Bizum", "j'ai payé la dépanneuse en liquide l'an dernier"), someone else's request to pay around the app
// reported ("alguien me pidió pagar fuera de la app y lo denuncié"), Portuguese "no app" after the things the app holds
// ("parcelar em 3x no app", "o cupom no app"), and codes, versions, file names and prices. The attacks beside them: the same
// words with the offer made after all (a payee, a number, a handle, a saving, the app avoided, the story taken up), which
// stay caught. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 35 talk about paying and channels: attacks", () => {
  it("não uso WhatsApp, só Telegram: joao_mec88", () => expect(caughtBy("não uso WhatsApp, só Telegram: joao_mec88", ["joao_mec88"])).toBe(true));
  it("no tengo WhatsApp pero sí Telegram, búscame como taller_ruiz", () => expect(caughtBy("no tengo WhatsApp pero sí Telegram, búscame como taller_ruiz", ["taller_ruiz"])).toBe(true));
  it("je n'utilise pas WhatsApp, ajoute-moi sur Telegram: garage_lucas", () => expect(caughtBy("je n'utilise pas WhatsApp, ajoute-moi sur Telegram: garage_lucas", ["garage_lucas"])).toBe(true));
  it("ich nutze kein WhatsApp, aber Telegram: @kfz_meier", () => expect(caughtBy("ich nutze kein WhatsApp, aber Telegram: @kfz_meier", ["kfz_meier"])).toBe(true));
  it("nie mam WhatsAppa ale mam Telegram, napisz tam", () => expect(caughtBy("nie mam WhatsAppa ale mam Telegram, napisz tam", ["Telegram"])).toBe(true));
  it("WhatsApp kullanmıyorum ama Telegram'dan yaz bana", () => expect(caughtBy("WhatsApp kullanmıyorum ama Telegram'dan yaz bana", ["Telegram"])).toBe(true));
  it("tem WhatsApp? me chama lá", () => expect(caughtBy("tem WhatsApp? me chama lá", ["WhatsApp"])).toBe(true));
  it("my telegram is mike_garage77", () => expect(caughtBy("my telegram is mike_garage77", ["mike_garage77"])).toBe(true));
  it("Telegram is mikeg_77", () => expect(caughtBy("Telegram is mikeg_77", ["mikeg_77"])).toBe(true));
  it("WhatsApp me on 0612345678", () => expect(caughtBy("WhatsApp me on 0612345678", ["0612345678"])).toBe(true));
  it("gak punya WA? chat aku di telegram aja ya", () => expect(caughtBy("gak punya WA? chat aku di telegram aja ya", ["telegram"])).toBe(true));
  it("ik heb geen WhatsApp, maar bel me op 0612345678", () => expect(caughtBy("ik heb geen WhatsApp, maar bel me op 0612345678", ["0612345678"])).toBe(true));
  it("no uso Instagram, pero sígueme en TikTok @taller.ruiz", () => expect(caughtBy("no uso Instagram, pero sígueme en TikTok @taller.ruiz", ["taller.ruiz"])).toBe(true));
  it("¿la app acepta Bizum? da igual, mándame un Bizum a mí y te hago descuento", () =>
    expect(caughtBy("¿la app acepta Bizum? da igual, mándame un Bizum a mí y te hago descuento", ["mándame un Bizum a mí"])).toBe(true));
  it("o app aceita Pix mas faz um pix pra mim que sai mais barato", () => expect(caughtBy("o app aceita Pix mas faz um pix pra mim que sai mais barato", ["faz um pix pra mim"])).toBe(true));
  it("l'appli accepte PayPal mais payez-moi en direct, c'est moins cher", () =>
    expect(caughtBy("l'appli accepte PayPal mais payez-moi en direct, c'est moins cher", ["payez-moi en direct"])).toBe(true));
  it("die App akzeptiert PayPal, aber zahl mir direkt per PayPal, dann sparst du die Gebühr", () =>
    expect(caughtBy("die App akzeptiert PayPal, aber zahl mir direkt per PayPal, dann sparst du die Gebühr", ["zahl mir direkt per PayPal"])).toBe(true));
  it("l'app accetta Satispay ma pagami con Satispay fuori dall'app", () => expect(caughtBy("l'app accetta Satispay ma pagami con Satispay fuori dall'app", ["pagami con Satispay"])).toBe(true));
  it("the app accepts cash? nah just bring me cash on saturday, 200", () => expect(caughtBy("the app accepts cash? nah just bring me cash on saturday, 200", ["bring me cash"])).toBe(true));
  it("does the app take Zelle? if not just Zelle me at 555 201 3344", () => expect(caughtBy("does the app take Zelle? if not just Zelle me at 555 201 3344", ["555 201 3344"])).toBe(true));
  it("czy aplikacja przyjmuje BLIK? jak nie to BLIK na mój numer", () => expect(caughtBy("czy aplikacja przyjmuje BLIK? jak nie to BLIK na mój numer", ["BLIK"])).toBe(true));
  it("aplikasi bisa bayar pakai GCash, tapi transfer ke saya aja lebih murah", () =>
    expect(caughtBy("aplikasi bisa bayar pakai GCash, tapi transfer ke saya aja lebih murah", ["lebih murah"])).toBe(true));
  it("pay me cash, the app takes too big a cut", () => expect(caughtBy("pay me cash, the app takes too big a cut", ["pay me cash"])).toBe(true));
  it("can I pay you with Bizum instead of the app?", () => expect(caughtBy("can I pay you with Bizum instead of the app?", ["Bizum"])).toBe(true));
  it("te pago por Bizum y nos ahorramos la comisión", () => expect(caughtBy("te pago por Bizum y nos ahorramos la comisión", ["Bizum"])).toBe(true));
  it("paga-me no Pix fora do app", () => expect(caughtBy("paga-me no Pix fora do app", ["Pix"])).toBe(true));
  it("mi primo le pagó al mecánico en efectivo, ¿lo hacemos igual?", () => expect(caughtBy("mi primo le pagó al mecánico en efectivo, ¿lo hacemos igual?", ["en efectivo"])).toBe(true));
  it("mi primo le pagó en efectivo y le salió más barato, hagamos lo mismo", () =>
    expect(caughtBy("mi primo le pagó en efectivo y le salió más barato, hagamos lo mismo", ["en efectivo"])).toBe(true));
  it("last year I paid the tow truck 120 in cash, this time pay me cash too", () =>
    expect(caughtBy("last year I paid the tow truck 120 in cash, this time pay me cash too", ["pay me cash"])).toBe(true));
  it("meu cunhado pagou o mecânico no Pix, faz um pix pra mim também", () => expect(caughtBy("meu cunhado pagou o mecânico no Pix, faz um pix pra mim também", ["faz um pix pra mim"])).toBe(true));
  it("o guincho eu paguei em dinheiro ano passado, me paga em dinheiro também", () =>
    expect(caughtBy("o guincho eu paguei em dinheiro ano passado, me paga em dinheiro também", ["me paga em dinheiro"])).toBe(true));
  it("mon cousin a payé son garagiste en espèces, on peut faire pareil", () => expect(caughtBy("mon cousin a payé son garagiste en espèces, on peut faire pareil", ["en espèces"])).toBe(true));
  it("j'ai payé la dépanneuse en liquide l'an dernier. Payez-moi en liquide aussi, c'est moins cher", () =>
    expect(caughtBy("j'ai payé la dépanneuse en liquide l'an dernier. Payez-moi en liquide aussi, c'est moins cher", ["Payez-moi en liquide"])).toBe(true));
  it("mio cugino ha pagato il meccanico in contanti, possiamo fare lo stesso", () =>
    expect(caughtBy("mio cugino ha pagato il meccanico in contanti, possiamo fare lo stesso", ["in contanti"])).toBe(true));
  it("my friend paid his mechanic with Venmo, just Venmo me @mike-garage", () => expect(caughtBy("my friend paid his mechanic with Venmo, just Venmo me @mike-garage", ["mike-garage"])).toBe(true));
  it("kuzenim ustaya nakit ödemiş, biz de öyle yapalım mı, daha ucuz", () => expect(caughtBy("kuzenim ustaya nakit ödemiş, biz de öyle yapalım mı, daha ucuz", ["nakit"])).toBe(true));
  it("last year clients paid me in cash, no app, 20% cheaper", () => expect(caughtBy("last year clients paid me in cash, no app, 20% cheaper", ["no app"])).toBe(true));
  it("cash no app", () => expect(caughtBy("cash no app", ["cash no app"])).toBe(true));
  it("200 cash, no app fee", () => expect(caughtBy("200 cash, no app fee", ["no app fee"])).toBe(true));
  it("cartao no app fee, cash only 150", () => expect(caughtBy("cartao no app fee, cash only 150", ["cash only"])).toBe(true));
  it("does the app take PayPal? send it to paypal.me/garagemike instead", () =>
    expect(caughtBy("does the app take PayPal? send it to paypal.me/garagemike instead", ["paypal.me/garagemike"])).toBe(true));
  it("l'appli accepte PayPal ? sinon envoie sur mon PayPal, c'est moins cher", () =>
    expect(caughtBy("l'appli accepte PayPal ? sinon envoie sur mon PayPal, c'est moins cher", ["mon PayPal"])).toBe(true));
  it("o app aceita Pix? manda pra minha chave, 11987654321", () => expect(caughtBy("o app aceita Pix? manda pra minha chave, 11987654321", ["11987654321"])).toBe(true));
  it("alguien me pidió pagar fuera de la app y lo denuncié, pero a ti te hago precio si pagas por fuera", () =>
    expect(caughtBy("alguien me pidió pagar fuera de la app y lo denuncié, pero a ti te hago precio si pagas por fuera", ["pagas por fuera"])).toBe(true));
  it("quelqu'un m'a demandé de payer hors de l'appli, j'ai refusé mais toi paie-moi en liquide", () =>
    expect(caughtBy("quelqu'un m'a demandé de payer hors de l'appli, j'ai refusé mais toi paie-moi en liquide", ["paie-moi en liquide"])).toBe(true));
  it("Bizum de la app no, mejor Bizum a mi número 612345678", () => expect(caughtBy("Bizum de la app no, mejor Bizum a mi número 612345678", ["612345678"])).toBe(true));
  it("o Pix do app tá com taxa, faz pix pra minha chave 11987654321", () => expect(caughtBy("o Pix do app tá com taxa, faz pix pra minha chave 11987654321", ["11987654321"])).toBe(true));
  it("the app takes cash too, so just bring 200 cash saturday", () => expect(caughtBy("the app takes cash too, so just bring 200 cash saturday", ["200 cash"])).toBe(true));
  it("o app aceita dinheiro, então me paga em dinheiro no sábado", () => expect(caughtBy("o app aceita dinheiro, então me paga em dinheiro no sábado", ["me paga em dinheiro"])).toBe(true));
});

describe("round 35 talk about paying and channels: innocents", () => {
  it("alguien me pidió pagar fuera de la app y lo denuncié", () => expect(flaggedBy("alguien me pidió pagar fuera de la app y lo denuncié")).toBe(false));
  it("qualcuno mi ha chiesto di pagare fuori dall'app e l'ho segnalato", () => expect(flaggedBy("qualcuno mi ha chiesto di pagare fuori dall'app e l'ho segnalato")).toBe(false));
  it("quelqu'un m'a demandé de payer hors de l'appli, je l'ai signalé", () => expect(flaggedBy("quelqu'un m'a demandé de payer hors de l'appli, je l'ai signalé")).toBe(false));
  it("jemand wollte, dass ich ohne die App zahle, ich habe es gemeldet", () => expect(flaggedBy("jemand wollte, dass ich ohne die App zahle, ich habe es gemeldet")).toBe(false));
  it("mpesa ya app haikufanya kazi, nitajaribu tena kesho", () => expect(flaggedBy("mpesa ya app haikufanya kazi, nitajaribu tena kesho")).toBe(false));
  it("el Bizum de la app me da error, ¿lo intento con tarjeta?", () => expect(flaggedBy("el Bizum de la app me da error, ¿lo intento con tarjeta?")).toBe(false));
  it("Telegram is blocked in my country anyway", () => expect(flaggedBy("Telegram is blocked in my country anyway")).toBe(false));
  it("WhatsApp is banned at my work, I only use this chat", () => expect(flaggedBy("WhatsApp is banned at my work, I only use this chat")).toBe(false));
  it("não uso WhatsApp, manda pelo app mesmo", () => expect(flaggedBy("não uso WhatsApp, manda pelo app mesmo")).toBe(false));
  it("je n'utilise pas WhatsApp, envoyez-moi les photos via l'application", () => expect(flaggedBy("je n'utilise pas WhatsApp, envoyez-moi les photos via l'application")).toBe(false));
  it("ich nutze kein WhatsApp, schick es bitte über die App", () => expect(flaggedBy("ich nutze kein WhatsApp, schick es bitte über die App")).toBe(false));
  it("nie mam WhatsAppa, wyślij przez aplikację", () => expect(flaggedBy("nie mam WhatsAppa, wyślij przez aplikację")).toBe(false));
  it("WhatsApp kullanmıyorum, uygulamadan gönder lütfen", () => expect(flaggedBy("WhatsApp kullanmıyorum, uygulamadan gönder lütfen")).toBe(false));
  it("WhatsApp nahi use karta, app pe hi bhej do", () => expect(flaggedBy("WhatsApp nahi use karta, app pe hi bhej do")).toBe(false));
  it("no tengo Telegram, mándame las fotos por aquí", () => expect(flaggedBy("no tengo Telegram, mándame las fotos por aquí")).toBe(false));
  it("non uso Instagram, mandami le foto tramite l'app", () => expect(flaggedBy("non uso Instagram, mandami le foto tramite l'app")).toBe(false));
  it("ik heb geen WhatsApp, stuur het maar via de app", () => expect(flaggedBy("ik heb geen WhatsApp, stuur het maar via de app")).toBe(false));
  it("nu folosesc WhatsApp, trimite pozele prin aplicație", () => expect(flaggedBy("nu folosesc WhatsApp, trimite pozele prin aplicație")).toBe(false));
  it("does AutoDoctor accept cash at pickup?", () => expect(flaggedBy("does AutoDoctor accept cash at pickup?")).toBe(false));
  it("does the app take cash or only card?", () => expect(flaggedBy("does the app take cash or only card?")).toBe(false));
  it("does the app support Apple Pay?", () => expect(flaggedBy("does the app support Apple Pay?")).toBe(false));
  it("¿la app acepta Bizum?", () => expect(flaggedBy("¿la app acepta Bizum?")).toBe(false));
  it("la app acepta Bizum o solo tarjeta?", () => expect(flaggedBy("la app acepta Bizum o solo tarjeta?")).toBe(false));
  it("o app aceita Pix ou só cartão?", () => expect(flaggedBy("o app aceita Pix ou só cartão?")).toBe(false));
  it("l'appli accepte PayPal ?", () => expect(flaggedBy("l'appli accepte PayPal ?")).toBe(false));
  it("Akzeptiert die App PayPal?", () => expect(flaggedBy("Akzeptiert die App PayPal?")).toBe(false));
  it("l'app accetta Satispay?", () => expect(flaggedBy("l'app accetta Satispay?")).toBe(false));
  it("czy aplikacja przyjmuje BLIK?", () => expect(flaggedBy("czy aplikacja przyjmuje BLIK?")).toBe(false));
  it("czy aplikacja przyjmuje BLIK czy tylko kartę?", () => expect(flaggedBy("czy aplikacja przyjmuje BLIK czy tylko kartę?")).toBe(false));
  it("aplicația acceptă Revolut?", () => expect(flaggedBy("aplicația acceptă Revolut?")).toBe(false));
  it("tumatanggap ba ang app ng GCash?", () => expect(flaggedBy("tumatanggap ba ang app ng GCash?")).toBe(false));
  it("last year I paid the tow truck 120 in cash, no receipt", () => expect(flaggedBy("last year I paid the tow truck 120 in cash, no receipt")).toBe(false));
  it("my friend paid his mechanic with Venmo and never got a receipt, that's why I use this app", () =>
    expect(flaggedBy("my friend paid his mechanic with Venmo and never got a receipt, that's why I use this app")).toBe(false));
  it("my uncle always pays his mechanic by bank transfer but I prefer the app", () => expect(flaggedBy("my uncle always pays his mechanic by bank transfer but I prefer the app")).toBe(false));
  it("el año pasado le pagué en efectivo a la grúa, 90 euros", () => expect(flaggedBy("el año pasado le pagué en efectivo a la grúa, 90 euros")).toBe(false));
  it("mi primo le pagó al mecánico por Bizum y luego no le dio factura", () => expect(flaggedBy("mi primo le pagó al mecánico por Bizum y luego no le dio factura")).toBe(false));
  it("mi hermano siempre le paga al mecánico en efectivo, yo prefiero la app", () => expect(flaggedBy("mi hermano siempre le paga al mecánico en efectivo, yo prefiero la app")).toBe(false));
  it("meu cunhado pagou o mecânico no Pix e ficou sem nota", () => expect(flaggedBy("meu cunhado pagou o mecânico no Pix e ficou sem nota")).toBe(false));
  it("o guincho eu paguei em dinheiro ano passado", () => expect(flaggedBy("o guincho eu paguei em dinheiro ano passado")).toBe(false));
  it("paguei o guincho em dinheiro ano passado e nunca mais", () => expect(flaggedBy("paguei o guincho em dinheiro ano passado e nunca mais")).toBe(false));
  it("mon cousin a payé son garagiste en espèces, moi je préfère l'appli", () => expect(flaggedBy("mon cousin a payé son garagiste en espèces, moi je préfère l'appli")).toBe(false));
  it("j'ai payé la dépanneuse en liquide l'an dernier", () => expect(flaggedBy("j'ai payé la dépanneuse en liquide l'an dernier")).toBe(false));
  it("mio cugino ha pagato il meccanico in contanti, io preferisco l'app", () => expect(flaggedBy("mio cugino ha pagato il meccanico in contanti, io preferisco l'app")).toBe(false));
  it("il carro attrezzi l'ho pagato in contanti l'anno scorso", () => expect(flaggedBy("il carro attrezzi l'ho pagato in contanti l'anno scorso")).toBe(false));
  it("dá pra parcelar em 3x no app?", () => expect(flaggedBy("dá pra parcelar em 3x no app?")).toBe(false));
  it("dá pra pagar em 10 vezes no app?", () => expect(flaggedBy("dá pra pagar em 10 vezes no app?")).toBe(false));
  it("o cupom no app não funcionou", () => expect(flaggedBy("o cupom no app não funcionou")).toBe(false));
  it("meu cartão no app foi recusado, tento de novo?", () => expect(flaggedBy("meu cartão no app foi recusado, tento de novo?")).toBe(false));
  it("o recibo no app está com o valor errado", () => expect(flaggedBy("o recibo no app está com o valor errado")).toBe(false));
  it("o reembolso no app demora quantos dias?", () => expect(flaggedBy("o reembolso no app demora quantos dias?")).toBe(false));
  it("I paid in the app already, the card went through at 14:32", () => expect(flaggedBy("I paid in the app already, the card went through at 14:32")).toBe(false));
  it("I asked for a refund through the app, ticket #48213", () => expect(flaggedBy("I asked for a refund through the app, ticket #48213")).toBe(false));
  it("the warranty claim goes through the insurance, they want the invoice INV-2024-00318", () =>
    expect(flaggedBy("the warranty claim goes through the insurance, they want the invoice INV-2024-00318")).toBe(false));
  it("the app generated invoice number 2024-0457, I'll upload the receipt", () => expect(flaggedBy("the app generated invoice number 2024-0457, I'll upload the receipt")).toBe(false));
  it("I don't use Instagram, just send photos through the app", () => expect(flaggedBy("I don't use Instagram, just send photos through the app")).toBe(false));
  it("the scanner shows P0300 and P0171", () => expect(flaggedBy("the scanner shows P0300 and P0171")).toBe(false));
  it("it's the 2.0 TDI engine, 140hp", () => expect(flaggedBy("it's the 2.0 TDI engine, 140hp")).toBe(false));
  it("the app is on version v1.3.7, the upload button doesn't work", () => expect(flaggedBy("the app is on version v1.3.7, the upload button doesn't work")).toBe(false));
  it("I uploaded img_4032.jpg, can you see it?", () => expect(flaggedBy("I uploaded img_4032.jpg, can you see it?")).toBe(false));
  it("the quote was 1.250,00 € with VAT", () => expect(flaggedBy("the quote was 1.250,00 € with VAT")).toBe(false));
});

// Round 35's attacker (items 10, 11): a question about the app is no refusal, and a relative's channel offered to the
// reader stays a channel; next to them the refusals and the relatives' app talk that stay innocent.
describe("round 35 attacker: asking whether the reader has the app is no refusal", () => {
  it.each([
    ["whatsapp nahi hai kya? wahan baat karte hain", "whatsapp"],
    ["WhatsApp'ın yok mu? Varsa oradan yazayım", "WhatsApp"],
    ["¿no tienes WhatsApp? escríbeme allí", "WhatsApp"],
    ["você não tem WhatsApp? me chama lá", "WhatsApp"],
    ["hast du kein Telegram? schreib mir dort", "Telegram"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
  it.each(["whatsapp nahi hai", "whatsapp kullanmıyorum", "no tengo whatsapp", "no tengo WhatsApp, ¿vale?", "não tenho whatsapp, pode ser aqui?"])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});

describe("round 35 attacker: a relative's channel offered to the reader", () => {
  it.each([
    ["my wife uses whatsapp, she'll sort the times with you there", "whatsapp"],
    ["minha esposa usa WhatsApp, ela combina o horário lá com você", "WhatsApp"],
    ["mi hermano usa Telegram, él te escribe por allí", "Telegram"],
    ["mein Sohn nutzt WhatsApp, er schreibt dir dort", "WhatsApp"],
    ["ma femme utilise WhatsApp, elle t'écrit là-bas", "WhatsApp"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
  it.each([
    "my wife uses whatsapp, says it's handy",
    "minha mãe usa whatsapp o dia todo",
    "mi hermano usa Telegram para todo",
    "mein Sohn nutzt WhatsApp ständig",
    "my son uses whatsapp to talk to you know who",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});
