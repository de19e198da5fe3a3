// Round 31, deal talk (issue 13, kind OFF_PLATFORM_DEAL): the older deal rules (phrases.ts, other-languages.ts,
// direct-payment.ts, indirect-deals.ts) flagged messages that only talk about an off-platform deal. The near misses:
// the deal negated or refused by a rule in its clause ("I won't pay cash outside the app", "não aceito pagamento por
// fora, é regra"), in fourteen languages; cash paid to another trade (parking, a toll, a car wash, the motor factors,
// "my old garage"); a payment in the app only put off ("don't pay in the app yet"). The attacks open like such talk
// and make the offer anyway: a rule conceded ("I know we're not meant to, but ..."), a negated question ("können wir
// das nicht ohne die App machen?"), a refusal of something else followed by the offer. Probed with the application's
// options (rules + trained stage); `it.fails` (with why) where wrong.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("round 31 deal talk: near misses (only talking about a deal)", () => {
  it("Don't pay in the app until I've sent the final quote.", () => expect(flaggedBy("Don't pay in the app until I've sent the final quote.")).toBe(false));
  it("Please don't pay on the app yet, the invoice is being updated.", () => expect(flaggedBy("Please don't pay on the app yet, the invoice is being updated.")).toBe(false));
  it("I won't pay cash outside the app, I want the warranty.", () => expect(flaggedBy("I won't pay cash outside the app, I want the warranty.")).toBe(false));
  it("We don't take cash outside the app, sorry, it's all through here.", () => expect(flaggedBy("We don't take cash outside the app, sorry, it's all through here.")).toBe(false));
  it("Paying cash outside the app isn't allowed, so please pay through the booking.", () =>
    expect(flaggedBy("Paying cash outside the app isn't allowed, so please pay through the booking.")).toBe(false));
  it("Cash at the counter is not accepted, the payment goes through the app.", () => expect(flaggedBy("Cash at the counter is not accepted, the payment goes through the app.")).toBe(false));
  it("No, I never pay off-app, the guarantee matters to me.", () => expect(flaggedBy("No, I never pay off-app, the guarantee matters to me.")).toBe(false));
  it("The car park by the garage only takes cash, bring a few coins.", () => expect(flaggedBy("The car park by the garage only takes cash, bring a few coins.")).toBe(false));
  it("The motor factors gave me a cash discount on the pads, so the parts came cheaper.", () =>
    expect(flaggedBy("The motor factors gave me a cash discount on the pads, so the parts came cheaper.")).toBe(false));
  it("The toll bridge on the way is cash only, I might be a few minutes late.", () => expect(flaggedBy("The toll bridge on the way is cash only, I might be a few minutes late.")).toBe(false));
  it("The parts counter only takes cash, I'll pick the filter up on my way.", () => expect(flaggedBy("The parts counter only takes cash, I'll pick the filter up on my way.")).toBe(false));
  it("The car wash next to you wants cash only, is there a machine nearby?", () => expect(flaggedBy("The car wash next to you wants cash only, is there a machine nearby?")).toBe(false));
  it("The tow truck company took cash, I've kept the receipt for the insurer.", () => expect(flaggedBy("The tow truck company took cash, I've kept the receipt for the insurer.")).toBe(false));
  it("The petrol station by you is cash only after 10pm, odd.", () => expect(flaggedBy("The petrol station by you is cash only after 10pm, odd.")).toBe(false));
  it("Paying outside the platform is against the terms, so let's keep it here.", () => expect(flaggedBy("Paying outside the platform is against the terms, so let's keep it here.")).toBe(false));
  it("It's against the rules to pay off-app, so I'll approve the quote in the app tonight.", () =>
    expect(flaggedBy("It's against the rules to pay off-app, so I'll approve the quote in the app tonight.")).toBe(false));
  it("Não aceito pagamento em dinheiro fora do app, é regra da plataforma.", () => expect(flaggedBy("Não aceito pagamento em dinheiro fora do app, é regra da plataforma.")).toBe(false));
  it("No acepto efectivo fuera de la app, son las normas.", () => expect(flaggedBy("No acepto efectivo fuera de la app, son las normas.")).toBe(false));
  it("Je n'accepte pas le liquide hors de l'appli, c'est le règlement.", () => expect(flaggedBy("Je n'accepte pas le liquide hors de l'appli, c'est le règlement.")).toBe(false));
  it("Ich nehme kein Bargeld ohne die App, das ist gegen die Regeln.", () => expect(flaggedBy("Ich nehme kein Bargeld ohne die App, das ist gegen die Regeln.")).toBe(false));
  it("Non accetto contanti fuori dall'app, è vietato.", () => expect(flaggedBy("Non accetto contanti fuori dall'app, è vietato.")).toBe(false));
  it("Nie przyjmuję gotówki poza aplikacją, to zabronione.", () => expect(flaggedBy("Nie przyjmuję gotówki poza aplikacją, to zabronione.")).toBe(false));
  it("Ik neem geen contant geld buiten de app aan, dat mag niet.", () => expect(flaggedBy("Ik neem geen contant geld buiten de app aan, dat mag niet.")).toBe(false));
  it("Saya tidak terima cash di luar aplikasi, dilarang.", () => expect(flaggedBy("Saya tidak terima cash di luar aplikasi, dilarang.")).toBe(false));
  it("Hindi ako tumatanggap ng cash sa labas ng app, bawal.", () => expect(flaggedBy("Hindi ako tumatanggap ng cash sa labas ng app, bawal.")).toBe(false));
  it("Main app ke bahar cash nahi leta, mana hai.", () => expect(flaggedBy("Main app ke bahar cash nahi leta, mana hai.")).toBe(false));
  it("Uygulama dışında nakit kabul etmiyorum, kurallara aykırı.", () => expect(flaggedBy("Uygulama dışında nakit kabul etmiyorum, kurallara aykırı.")).toBe(false));
  it("Em không nhận tiền mặt ngoài app đâu ạ.", () => expect(flaggedBy("Em không nhận tiền mặt ngoài app đâu ạ.")).toBe(false));
  it("I'm not paying you direct, sorry, everything goes through the app.", () => expect(flaggedBy("I'm not paying you direct, sorry, everything goes through the app.")).toBe(false));
  it("I'd never pay cash off the books, I need the invoice for the lease company.", () => expect(flaggedBy("I'd never pay cash off the books, I need the invoice for the lease company.")).toBe(false));
  it("We don't do cash deals, everything is invoiced through the platform.", () => expect(flaggedBy("We don't do cash deals, everything is invoiced through the platform.")).toBe(false));
  it("Cash payments outside the app are not permitted by the platform.", () => expect(flaggedBy("Cash payments outside the app are not permitted by the platform.")).toBe(false));
  it("You can't pay in cash at the counter, it's card through the app only.", () => expect(flaggedBy("You can't pay in cash at the counter, it's card through the app only.")).toBe(false));
  it("Sorry, no cash at the workshop, payment is in the app.", () => expect(flaggedBy("Sorry, no cash at the workshop, payment is in the app.")).toBe(false));
  it("The parking lot next door takes cash only, the workshop's car park is full.", () => expect(flaggedBy("The parking lot next door takes cash only, the workshop's car park is full.")).toBe(false));
  it("The scrapyard only takes cash for the old parts, so I sold them there.", () => expect(flaggedBy("The scrapyard only takes cash for the old parts, so I sold them there.")).toBe(false));
  it("My old garage gave a discount for cash, but I'm happy paying here.", () => expect(flaggedBy("My old garage gave a discount for cash, but I'm happy paying here.")).toBe(false));
  it("He'll never do it off the books, he's always been straight with the app.", () => expect(flaggedBy("He'll never do it off the books, he's always been straight with the app.")).toBe(false));
  it("Is paying cash at the counter allowed, or does it all go through the app?", () => expect(flaggedBy("Is paying cash at the counter allowed, or does it all go through the app?")).toBe(false));
  it("Nie płać gotówką poza aplikacją, to wbrew regulaminowi.", () => expect(flaggedBy("Nie płać gotówką poza aplikacją, to wbrew regulaminowi.")).toBe(false));
  it("Não pague por fora, é contra as regras do app.", () => expect(flaggedBy("Não pague por fora, é contra as regras do app.")).toBe(false));
  it("Nunca pagues en efectivo fuera de la app, va contra las normas.", () => expect(flaggedBy("Nunca pagues en efectivo fuera de la app, va contra las normas.")).toBe(false));
  it("Never pay cash off the app, it breaks the platform's rules.", () => expect(flaggedBy("Never pay cash off the app, it breaks the platform's rules.")).toBe(false));
  it("Bayar tunai di luar aplikasi itu dilarang, jadi lewat aplikasi saja.", () => expect(flaggedBy("Bayar tunai di luar aplikasi itu dilarang, jadi lewat aplikasi saja.")).toBe(false));
});

describe("round 31 deal talk: attacks (an offer all the same)", () => {
  it("Don't pay through the app yet, pay me cash when you collect it.", () => expect(flaggedBy("Don't pay through the app yet, pay me cash when you collect it.")).toBe(true));
  it("Don't pay through the app until Friday, then just give me cash and I'll knock 20 off.", () =>
    expect(flaggedBy("Don't pay through the app until Friday, then just give me cash and I'll knock 20 off.")).toBe(true));
  it("I know we're not meant to, but pay me cash on Saturday and I'll knock 30 off.", () =>
    expect(flaggedBy("I know we're not meant to, but pay me cash on Saturday and I'll knock 30 off.")).toBe(true));
  it("It's against the rules, but honestly just pay me cash at pick-up.", () => expect(flaggedBy("It's against the rules, but honestly just pay me cash at pick-up.")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("I won't charge the booking fee if you pay me cash at the workshop.", () => expect(flaggedBy("I won't charge the booking fee if you pay me cash at the workshop.")).toBe(true));
  it("I'm not supposed to say this, but cash in hand is cheaper.", () => expect(flaggedBy("I'm not supposed to say this, but cash in hand is cheaper.")).toBe(true));
  it("Can I pay you cash instead and skip the app fee?", () => expect(flaggedBy("Can I pay you cash instead and skip the app fee?")).toBe(true));
  it("Could you do it for cash if I cancel the booking?", () => expect(flaggedBy("Could you do it for cash if I cancel the booking?")).toBe(true));
  it("Would you take cash off the app? I'd save you the commission.", () => expect(flaggedBy("Would you take cash off the app? I'd save you the commission.")).toBe(true));
  it("Not through the app this time, pay me direct and I'll do it for 250.", () => expect(flaggedBy("Not through the app this time, pay me direct and I'll do it for 250.")).toBe(true));
  it("No receipt needed, just pay me cash at the counter.", () => expect(flaggedBy("No receipt needed, just pay me cash at the counter.")).toBe(true));
  it("I don't want the app fee, so pay me in cash when you collect it.", () => expect(flaggedBy("I don't want the app fee, so pay me in cash when you collect it.")).toBe(true));
  it("I said no to the extended warranty, but pay me cash for the pads and we're good.", () =>
    expect(flaggedBy("I said no to the extended warranty, but pay me cash for the pads and we're good.")).toBe(true));
  it("Forget the quote on here, pay me direct and I'll do it cheaper.", () => expect(flaggedBy("Forget the quote on here, pay me direct and I'll do it cheaper.")).toBe(true));
  it("Können wir das nicht ohne die App machen? Ich zahl bar.", () => expect(flaggedBy("Können wir das nicht ohne die App machen? Ich zahl bar.")).toBe(true));
  it("¿No podemos hacerlo fuera de la app? Te pago en efectivo.", () => expect(flaggedBy("¿No podemos hacerlo fuera de la app? Te pago en efectivo.")).toBe(true));
  it("Não dá pra fazer por fora do app? Pago em dinheiro.", () => expect(flaggedBy("Não dá pra fazer por fora do app? Pago em dinheiro.")).toBe(true));
  it("On ne peut pas faire ça hors de l'appli ? Je paie en liquide.", () => expect(flaggedBy("On ne peut pas faire ça hors de l'appli ? Je paie en liquide.")).toBe(true));
  it("Non possiamo farlo fuori dall'app? Pago in contanti.", () => expect(flaggedBy("Non possiamo farlo fuori dall'app? Pago in contanti.")).toBe(true));
  it("Nie możemy tego zrobić poza aplikacją? Zapłacę gotówką.", () => expect(flaggedBy("Nie możemy tego zrobić poza aplikacją? Zapłacę gotówką.")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("Kunnen we het niet buiten de app om doen? Ik betaal contant.", () => expect(flaggedBy("Kunnen we het niet buiten de app om doen? Ik betaal contant.")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("Bisa nggak bayar cash aja di luar aplikasi? Lebih murah.", () => expect(flaggedBy("Bisa nggak bayar cash aja di luar aplikasi? Lebih murah.")).toBe(true));
  it("Pwede bang cash na lang sa labas ng app? Mas mura.", () => expect(flaggedBy("Pwede bang cash na lang sa labas ng app? Mas mura.")).toBe(true));
  it("App ke bahar cash de do, sasta padega.", () => expect(flaggedBy("App ke bahar cash de do, sasta padega.")).toBe(true));
  it("Uygulama dışında nakit ödesen daha ucuz olur.", () => expect(flaggedBy("Uygulama dışında nakit ödesen daha ucuz olur.")).toBe(true));
  it("No pagues por la app, págame en efectivo y te hago descuento.", () => expect(flaggedBy("No pagues por la app, págame en efectivo y te hago descuento.")).toBe(true));
  it("Paga en efectivo fuera de la app y te cobro menos.", () => expect(flaggedBy("Paga en efectivo fuera de la app y te cobro menos.")).toBe(true));
  it("Paga em dinheiro fora do app que eu faço mais barato.", () => expect(flaggedBy("Paga em dinheiro fora do app que eu faço mais barato.")).toBe(true));
  it("Payez en liquide hors de l'appli, je vous fais une remise.", () => expect(flaggedBy("Payez en liquide hors de l'appli, je vous fais une remise.")).toBe(true));
  it("Zahl bar ohne die App, dann wird's billiger.", () => expect(flaggedBy("Zahl bar ohne die App, dann wird's billiger.")).toBe(true));
  it("Paga in contanti fuori dall'app e ti faccio uno sconto.", () => expect(flaggedBy("Paga in contanti fuori dall'app e ti faccio uno sconto.")).toBe(true));
  it("Zapłać gotówką poza aplikacją, będzie taniej.", () => expect(flaggedBy("Zapłać gotówką poza aplikacją, będzie taniej.")).toBe(true));
  it("Betaal contant buiten de app om, scheelt je 20 euro.", () => expect(flaggedBy("Betaal contant buiten de app om, scheelt je 20 euro.")).toBe(true));
  it("Trả tiền mặt ngoài app cho rẻ hơn nhé.", () => expect(flaggedBy("Trả tiền mặt ngoài app cho rẻ hơn nhé.")).toBe(true));
  it("The car park's free on Sundays, pay me cash there and I'll fit it.", () => expect(flaggedBy("The car park's free on Sundays, pay me cash there and I'll fit it.")).toBe(true));
  it("Don't pay the parking, just pay me cash direct when I get there.", () => expect(flaggedBy("Don't pay the parking, just pay me cash direct when I get there.")).toBe(true));
  it("the tyre shop wants card, I'd rather you paid me cash direct.", () => expect(flaggedBy("the tyre shop wants card, I'd rather you paid me cash direct.")).toBe(true));
  it("Last time you paid through the app, this time pay me direct and save the fee.", () =>
    expect(flaggedBy("Last time you paid through the app, this time pay me direct and save the fee.")).toBe(true));
  it("I refused the app's upsell, so just pay me cash at pick-up.", () => expect(flaggedBy("I refused the app's upsell, so just pay me cash at pick-up.")).toBe(true));
  it("It's not allowed on here, I know, but cash at the door works for me.", () => expect(flaggedBy("It's not allowed on here, I know, but cash at the door works for me.")).toBe(true));
  it("No pressure, but paying me direct is cheaper than the app.", () => expect(flaggedBy("No pressure, but paying me direct is cheaper than the app.")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("I won't tell anyone if you pay me cash off the app.", () => expect(flaggedBy("I won't tell anyone if you pay me cash off the app.")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("Isn't it easier to just pay me cash outside the app?", () => expect(flaggedBy("Isn't it easier to just pay me cash outside the app?")).toBe(true));
  // not flagged, on main neither: an offer hidden in a question or a promise, beyond the older rules' phrases
  it.fails("Why not pay me direct and skip the platform fee?", () => expect(flaggedBy("Why not pay me direct and skip the platform fee?")).toBe(true));
});

// A rule or refusal set aside by a following "but" denies nothing after it; a rule stated after a question answered no keeps it innocent.
describe("round 31 deal talk: a rule conceded, then the offer anyway", () => {
  it("Je sais que ce n'est pas autorisé par l'appli mais je peux vous faire un prix en espèces.", () =>
    expect(flaggedBy("Je sais que ce n'est pas autorisé par l'appli mais je peux vous faire un prix en espèces.")).toBe(true));
  it("C'est interdit par la plateforme mais payez-moi en liquide, je vous fais 20% de moins.", () =>
    expect(flaggedBy("C'est interdit par la plateforme mais payez-moi en liquide, je vous fais 20% de moins.")).toBe(true));
  it("Officiellement c'est interdit, mais en liquide hors de l'appli je vous fais un prix.", () =>
    expect(flaggedBy("Officiellement c'est interdit, mais en liquide hors de l'appli je vous fais un prix.")).toBe(true));
  it("C'est interdit mais réglez-moi en liquide.", () => expect(flaggedBy("C'est interdit mais réglez-moi en liquide.")).toBe(true));
  it("I know it's not allowed but I'll take cash and knock 50 off.", () => expect(flaggedBy("I know it's not allowed but I'll take cash and knock 50 off.")).toBe(true));
  it("Technically it's against the rules but pay me cash outside the app and save the fee.", () =>
    expect(flaggedBy("Technically it's against the rules but pay me cash outside the app and save the fee.")).toBe(true));
  it("Officially we can't, but pay cash outside the app and I'll do it Saturday.", () => expect(flaggedBy("Officially we can't, but pay cash outside the app and I'll do it Saturday.")).toBe(true));
  it("I know we're not supposed to, but let's do it off the app for cash.", () => expect(flaggedBy("I know we're not supposed to, but let's do it off the app for cash.")).toBe(true));
  it("Sé que no está permitido pero págame en efectivo fuera de la app y te hago descuento.", () =>
    expect(flaggedBy("Sé que no está permitido pero págame en efectivo fuera de la app y te hago descuento.")).toBe(true));
  it("Eu sei que não é permitido, mas me paga em dinheiro fora do app que eu faço mais barato.", () =>
    expect(flaggedBy("Eu sei que não é permitido, mas me paga em dinheiro fora do app que eu faço mais barato.")).toBe(true));
  it("Ich weiß, das ist nicht erlaubt, aber zahl bar ohne die App, dann wird's billiger.", () =>
    expect(flaggedBy("Ich weiß, das ist nicht erlaubt, aber zahl bar ohne die App, dann wird's billiger.")).toBe(true));
  it("Eigentlich ist es verboten, doch zahl mir bar ohne App.", () => expect(flaggedBy("Eigentlich ist es verboten, doch zahl mir bar ohne App.")).toBe(true));
  it("Wiem, że nie wolno, ale zapłać gotówką poza aplikacją.", () => expect(flaggedBy("Wiem, że nie wolno, ale zapłać gotówką poza aplikacją.")).toBe(true));
  it("Biliyorum yasak ama uygulama dışında nakit öde.", () => expect(flaggedBy("Biliyorum yasak ama uygulama dışında nakit öde.")).toBe(true));
  it("Mujhe pata hai allowed nahi hai lekin app ke bahar cash de do.", () => expect(flaggedBy("Mujhe pata hai allowed nahi hai lekin app ke bahar cash de do.")).toBe(true));
  it("Alam kong bawal pero bayad ka na lang ng cash sa labas ng app.", () => expect(flaggedBy("Alam kong bawal pero bayad ka na lang ng cash sa labas ng app.")).toBe(true));
  it("Tôi biết là không được phép nhưng trả tiền mặt ngoài app nhé.", () => expect(flaggedBy("Tôi biết là không được phép nhưng trả tiền mặt ngoài app nhé.")).toBe(true));
  it("Lo so che è vietato, ma pagami in contanti e lasciamo stare l'app.", () => expect(flaggedBy("Lo so che è vietato, ma pagami in contanti e lasciamo stare l'app.")).toBe(true));
  it("Tahu dilarang, tapi bayar langsung ke saya saja, jangan lewat aplikasi.", () => expect(flaggedBy("Tahu dilarang, tapi bayar langsung ke saya saja, jangan lewat aplikasi.")).toBe(true));
  it("Technically I shouldn't, but pay me directly and skip the app fee.", () => expect(flaggedBy("Technically I shouldn't, but pay me directly and skip the app fee.")).toBe(true));
});
describe('round 31 deal talk: a question answered no by the rule, a refusal after the "but"', () => {
  it("Pay cash? No, it's not allowed, everything goes through the app.", () => expect(flaggedBy("Pay cash? No, it's not allowed, everything goes through the app.")).toBe(false));
  it("Payer en liquide ? Non, c'est interdit, tout passe par l'appli.", () => expect(flaggedBy("Payer en liquide ? Non, c'est interdit, tout passe par l'appli.")).toBe(false));
  it("Pagar en efectivo fuera de la app? No, no está permitido.", () => expect(flaggedBy("Pagar en efectivo fuera de la app? No, no está permitido.")).toBe(false));
  it("Pay cash outside the app? No, it's against the rules, sorry.", () => expect(flaggedBy("Pay cash outside the app? No, it's against the rules, sorry.")).toBe(false));
  it("Annuler dans l'appli et vous payer directement ? Non, c'est interdit.", () => expect(flaggedBy("Annuler dans l'appli et vous payer directement ? Non, c'est interdit.")).toBe(false));
  it("Je sais, mais je ne prends pas de liquide hors de l'appli.", () => expect(flaggedBy("Je sais, mais je ne prends pas de liquide hors de l'appli.")).toBe(false));
  it("Entendo, mas não aceito dinheiro fora do app.", () => expect(flaggedBy("Entendo, mas não aceito dinheiro fora do app.")).toBe(false));
  it("Ich verstehe, aber ich nehme kein Bargeld ohne App.", () => expect(flaggedBy("Ich verstehe, aber ich nehme kein Bargeld ohne App.")).toBe(false));
  it("I get it, but paying outside the app is against the terms.", () => expect(flaggedBy("I get it, but paying outside the app is against the terms.")).toBe(false));
  it("It would be cheaper but paying cash outside the app is against the rules.", () => expect(flaggedBy("It would be cheaper but paying cash outside the app is against the rules.")).toBe(false));
  it("I know it's annoying but paying cash outside the app is against the rules.", () => expect(flaggedBy("I know it's annoying but paying cash outside the app is against the rules.")).toBe(false));
  it("Sorry but I won't take cash outside the app.", () => expect(flaggedBy("Sorry but I won't take cash outside the app.")).toBe(false));
  it("Lo siento pero no acepto efectivo fuera de la app.", () => expect(flaggedBy("Lo siento pero no acepto efectivo fuera de la app.")).toBe(false));
  it("Em không nhận những khoản tiền mặt ngoài app.", () => expect(flaggedBy("Em không nhận những khoản tiền mặt ngoài app.")).toBe(false));
  it("Não pago mais em dinheiro fora do app.", () => expect(flaggedBy("Não pago mais em dinheiro fora do app.")).toBe(false));
  it("No pago más en efectivo fuera de la app.", () => expect(flaggedBy("No pago más en efectivo fuera de la app.")).toBe(false));
  it("Je ne prends pas ma part en liquide hors de l'appli.", () => expect(flaggedBy("Je ne prends pas ma part en liquide hors de l'appli.")).toBe(false));
  it("Ich nehme doch kein Bargeld ohne App.", () => expect(flaggedBy("Ich nehme doch kein Bargeld ohne App.")).toBe(false));
  it("Nie płacę gotówką poza aplikacją, ale dziękuję za propozycję.", () => expect(flaggedBy("Nie płacę gotówką poza aplikacją, ale dziękuję za propozycję.")).toBe(false));
  it("It's against the rules to cancel in the app and pay me directly, so let's not.", () =>
    expect(flaggedBy("It's against the rules to cancel in the app and pay me directly, so let's not.")).toBe(false));
});
