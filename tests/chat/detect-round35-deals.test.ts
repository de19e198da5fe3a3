// Round 35: off-platform payment and deals, in many languages (issue 13, OFF_PLATFORM_DEAL). Probes of every sub-kind found
// the English forms caught and these missed abroad: the reader paying the sender ("me pagas a mí", "payez-moi", "zahl an
// mich", "zapłać mi", "bana öde", "bayaran mo ako") beside the platform's cut or a saving; a transfer or an invoice made
// out directly ("fammi un bonifico direttamente", "ich stelle dir die Rechnung direkt aus"); the job redone in private or
// at a friend's place or off the clock ("lo hacemos en privado", "po godzinach u kumpla", "mesai sonrası arkadaşın
// dükkanında"); payment in kind ("te lo cambio por tu moto", "in exchange for your old alloys"); a price kept "between us"
// ("entre nosotros te lo dejo en 100", "unter uns, 150 und wir sind quitt"); the bill handed over as a tip ("give me the
// other 200 as a tip", "el resto me lo das de propina"); a price set on paying cash ("za gotówkę 400 zł", "kalau cash
// 300rb aja"). Sentences written for this branch, none from the corpus or another spec. Attack: flagged, and any account
// number, payment tag or phone in it masked. Innocent: paying, tipping, invoicing and haggling in the app, refunds,
// disputes, coupons, warranty and insurance, cash paid to a tow or a parts shop, stories of someone else's deal, a
// refusal, the platform's rules, a trade-in of an old part, "between us" in gossip. Probed with the application's options
// (rules + trained stage). The older deal rules' false positives of the same innocents were cleared with them: cash or a
// transfer to a tow, a car park or a parts supplier, the insurer or the warranty paying directly, a receipt told of as not
// given, the car's crypto (transponder) sensor.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 35 deals: attacks", () => {
  it.each<[string, string[]]>([
    // payment services with the detail masked
    ["just zelle me the 300 at 555-201-3344 and we're good", ["555-201-3344"]],
    ["venmo me @mike-fixes-cars, skip the app fee", ["@mike-fixes-cars"]],
    ["hazme un bizum al 612 345 678 y te ahorras la comisión", ["612 345 678"]],
    ["przelej mi na konto 12 1020 1026 0000 0402 0123 4567, bez prowizji aplikacji", ["12 1020 1026 0000 0402 0123 4567"]],
    ["send the money to my IBAN DE89 3704 0044 0532 0130 00 and we skip the fee", ["DE89 3704 0044 0532 0130 00"]],
    ["gcash mo na lang sa 0917 123 4567, wag na sa app", ["0917 123 4567"]],
    ["tuma kwa M-Pesa 0712 345 678 nitakupunguzia bei", ["0712 345 678"]],
    // the reader paying the sender abroad, the platform's cut or a saving beside it
    ["la app se lleva un 15%, mejor me pagas a mí", []],
    ["si me pagas a mí directamente te ahorras la comisión de la app", []],
    ["o aplicativo cobra taxa, paga direto pra mim", []],
    ["l'appli prend une commission, payez-moi directement", []],
    ["réglez-moi en direct, c'est moins cher pour vous", []],
    ["die App kassiert mit, zahl lieber direkt an mich", []],
    ["überweis mir das Geld direkt, dann wird es billiger", []],
    ["pagate a me direttamente, costa meno", []],
    ["zapłać mi bezpośrednio, będzie taniej", []],
    ["bana direkt öde, komisyon vermeyelim", []],
    ["bayaran mo na lang ako diretso, mas mura", []],
    ["mujhe direct payment kar do, sasta padega", []],
    ["stuur me een tikkie, scheelt de app-kosten", []],
    // a transfer or an invoice made out directly
    ["fammi un bonifico direttamente, così niente commissione", []],
    ["mándame una transferencia directamente y te hago descuento", []],
    ["te hago la factura yo directamente, no por la app", []],
    ["ich stelle dir die Rechnung direkt aus, nicht über die App", []],
    ["je vous fais la facture directement, pas via l'appli", []],
    // the booking dropped and the job done in private, at a friend's place or off the clock
    ["cancela la reserva y lo hacemos en privado", []],
    ["storniere die Buchung, wir machen das privat", []],
    ["anuluj rezerwację, zrobimy to prywatnie, taniej wyjdzie", []],
    ["I'll do it after hours at my mate's garage, way cheaper than the shop rate", []],
    ["lo hago por fuera en mi casa el domingo, más barato", []],
    ["faço por fora no fim de semana, em casa, sai mais em conta", []],
    ["zrobię to po godzinach u kumpla w garażu, taniej", []],
    ["ich mach das nach Feierabend bei einem Kumpel, billiger", []],
    ["mesai sonrası arkadaşın dükkanında yaparım, daha ucuza", []],
    ["bisa saya kerjain di rumah sabtu, lebih murah dari bengkel", []],
    ["kaya ko yan gawin sa bahay sa linggo, mas mura", []],
    // payment in kind
    ["I'll do the service if you paint my fence, no money through the app", []],
    ["te lo cambio por tu moto vieja y no pasamos por la app", []],
    ["je le fais en échange de ton vieux vélo, sans passer par l'appli", []],
    ["lo faccio in cambio delle tue gomme vecchie, senza app", []],
    // a price kept between the two of them
    ["entre nosotros te lo dejo en 100", []],
    ["cá entre nós faço por 200", []],
    ["entre nous, je vous le fais à 150", []],
    ["unter uns, 150 und wir sind quitt", []],
    ["tra noi due te lo faccio a 120", []],
    ["między nami, zrobię za 300", []],
    ["aramızda kalsın, 1500 liraya yaparım", []],
    ["antara kita aja, 250rb saya kasih", []],
    ["tussen ons, ik doe het voor 100", []],
    // the bill handed over as a tip
    ["just pay the 20 callout on here and give me the other 200 as a tip", []],
    ["put it through as a tip so the app doesn't take its cut", []],
    ["call the labour a tip, then the app won't take its cut", []],
    ["paga lo mínimo en la app y el resto me lo das de propina", []],
    ["den Rest gibst du mir einfach als Trinkgeld", []],
    ["resztę dasz mi jako napiwek", []],
    // a price set on paying cash
    ["za gotówkę 400 zł", []],
    ["nakit verirsen 2000", []],
    ["kalau cash 300rb aja", []],
    ["kung cash, 2500 na lang", []],
    ["contant 150 euro", []],
    ["si me pagas en efectivo, 200 y listo", []],
    ["wenn du bar zahlst, 150", []],
    // kept: a tow, a car park or a receipt beside a deal between the two
    ["meet me at the Tesco car park at 5 and bring cash", []],
    ["bring cash to the car park behind Lidl, I'll do the pads there", []],
    ["pay the tow guy whatever he asks, and pay me cash for the labour", []],
    ["paga en efectivo en el estacionamiento del Walmart, ahí lo reviso", []],
    ["the insurance pays you, then you pay me the excess directly in cash", []],
    ["your insurance doesn't need to know, pay me directly", []],
    ["no receipt, 200 cash and it's done", []],
    ["you get no receipt but it's cheaper that way", []],
  ])("%s", (text, secrets) => expect(caughtBy(text, secrets)).toBe(true));
});

describe("round 35 deals: innocents", () => {
  it.each([
    // paying, tipping, refunds and disputes in the app
    "I paid in the app, can you confirm you got it?",
    "the refund hasn't shown up in my account yet, can you check?",
    "I opened a dispute about the extra charge",
    "I left you a tip in the app, thanks for the quick job",
    "I paid the rest in the app and added 20 as a tip",
    "el resto lo pago en la app y te dejo propina ahí",
    "den Rest zahlst du in der App, Trinkgeld ist freiwillig",
    "is a tip in the app taxed? the app doesn't take a cut of tips right?",
    "can I pay with Apple Pay through the app?",
    "¿se puede pagar con Bizum en la app?",
    "czy mogę zapłacić BLIKiem w aplikacji?",
    "paga pra mim pelo app, sai mais barato com o cupom",
    "payez-moi par l'appli, la remise est déjà appliquée",
    "zahlen Sie mir bitte über die App, der Rabatt ist schon drin",
    "zapłać mi przez aplikację, rabat już jest naliczony",
    "bayaran mo ako sa app, salamat",
    "me pagas cuando termine con el descuento de la app",
    // the platform's fee asked about, a price negotiated in the app
    "la app se lleva un 15%, ¿es normal?",
    "die App kassiert mit, ist das normal?",
    "can you do 250 instead of 300? I'll accept the quote in the app",
    "entre nosotros te lo dejo en 100 en la app, acepta la cotización",
    // invoices made out by the platform
    "la factura te la mando directamente desde la app, con descuento incluido",
    "die Rechnung kommt direkt von der App, mit Rabatt",
    "fattura direttamente dall'app, con lo sconto",
    // cash paid to another trade, told of or refused
    "za gotówkę zapłaciłem 400 zł za holowanie",
    "ik heb 150 euro contant betaald aan de takelwagen",
    "kalau cash di bengkel sebelah 300rb, tapi saya mau lewat aplikasi aja",
    "De app pakt 20 procent, maar contant betalen kan niet, alles via de app.",
    "si es en efectivo, no puedo, solo por la app 200",
    "se pagar em dinheiro não aceito, só pelo app",
    "se paghi in contanti non posso, solo tramite l'app",
    "kung cash ang bayad sa parking, 50 pesos",
    "he offered to do it cheaper for cash but I said no, keep it on the app",
    // "between us" in gossip, a story or a time
    "entre nosotros, creo que el otro taller hizo un mal trabajo",
    "entre nous, le devis de 450 € me paraît cher",
    "entre nosotros, el otro taller me cobró 300 por lo mismo",
    "między nami, poprzedni mechanik wziął 500 zł i nic nie zrobił",
    "unter uns, der Wagen hat 150000 km, lohnt sich das noch?",
    "entre nosotros, te dejo la llave en recepción a las 10",
    // a trade-in, a service for the car, a friend's garage as a comparison
    "te hago descuento a cambio de la batería vieja",
    "we give a discount in exchange for your old battery core",
    "if you do my brakes and discs together I'd expect a discount",
    "I got a quote at my mate's garage, yours is cheaper",
    "we can do it after hours at the workshop, there's a discount for returning customers in the app",
    "I want to trade my car for a newer one, is it cheaper?",
    // another trade paid, the bill sent to whoever covers it, a receipt told of
    "pagué en efectivo la grúa, no aceptaba tarjeta",
    "paguei o guincho em dinheiro",
    "j'ai payé le dépanneur en liquide, c'est remboursé ?",
    "ho pagato il carro attrezzi in contanti",
    "I'll bring the cash for the parking meter",
    "my bank transfer to the parts supplier went through",
    "the crypto sensor on the dash is flashing",
    "my insurance will pay for the windscreen directly",
    "my warranty covers the clutch, the dealer will bill the manufacturer directly",
    "my friend paid cash at his local garage and got no receipt, sounds dodgy",
    "my brother paid cash for his car years ago, no receipt, now he can't prove it",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});

// Round 35b (attacker's findings 15-17): "between us" needs a real price (a sum with a currency, after a price's
// preposition or beside a price word), not a mileage or a year; cash on condition is no offer when the purchase is past or
// the app is asked whether it takes cash; a tip's remainder paid in the app named right after it is the app's own.
describe("round 35b deals: innocents (a mileage or a year, a past purchase, the app asked, the tip in the app)", () => {
  it.each([
    "Entre nosotros, el dueño anterior lo dejó tirado con 180 mil km",
    "Unter uns, die Kupplung macht bei 120 tausend schon Geräusche",
    "Unter uns gesagt, ich lasse das Auto seit 2019 nur hier warten",
    "między nami, dam znać jutro, auto ma 250 tys przebiegu",
    "tra noi, la faccio controllare da 2018, ha 90 mila km",
    "between us, my dad let it sit at 200 thousand miles",
    "Kupiłem opony za gotówkę, 4 sztuki po 300 zł",
    "lastikleri nakit olarak satın aldım, 4 tanesi 3000 TL",
    "Uygulama nakit olarak ödemeyi kabul ediyor mu, toplam 2000 TL?",
    "kalau bayar cash di aplikasi bisa nggak ya, totalnya 350rb",
    "el resto de propina para los chicos, ya lo pago en la app",
    "den Rest als Trinkgeld für die Jungs, ich zahle in der App",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});

describe("round 35b deals: the attacks next to them", () => {
  it.each<[string, string[]]>([
    ["entre nosotros te lo dejo en 100", []],
    ["unter uns, 150 und wir sind quitt", []],
    ["między nami, zrobię za 300", []],
    ["aramızda kalsın, 1500 liraya yaparım", []],
    ["unter uns, 120 € mach ich dir das", []],
    ["entre nosotros, con 180 mil km te lo dejo en 200 euros", []],
    ["za gotówkę 400 zł", []],
    ["kalau cash 300rb aja", []],
    ["el resto de propina, así no pasa por la app", []],
    ["give me the other 200 as a tip", []],
  ])("%s", (text, secrets) => expect(caughtBy(text, secrets)).toBe(true));
});

// Round 35b (attacker's findings 1-9): a story or the platform's means no longer covers the sender's own present or future
// offer joined after it (a take-up: "so do I", "anche io", "igualmente", "as well"; "bring cash", "ich nehme"; the formal
// reader: Sie, o senhor, pan, siz), a past payment no longer clears a later clause's cash for this job, Spanish "pago" is past
// only with another payer as its subject, and a reported request paying the reader or refused on something else is no cover.
describe("round 35b deals: an offer joined after a story or the platform's means", () => {
  it.each<[string, string[]]>([
    ["the app accepts cash and so do I so bring cash on saturday", []],
    ["the app accepts cash and I accept cash too, bring it saturday", []],
    ["die App nimmt auch Bargeld und ich nehme auch Bargeld bar auf die Hand bei Abholung", []],
    ["My cousin paid this garage in cash and so will I, cash on collection", []],
    ["ti ricordi? mio cugino ha pagato in contanti e anche io pago in contanti sabato", []],
    ["mon frère a payé en liquide et moi aussi je paie en liquide samedi", []],
    ["Last year I paid cash for the brakes at this garage and I'd pay cash on saturday too", []],
    ["el año pasado pagué en efectivo aquí y el sábado pago en efectivo también", []],
    ["l'an dernier j'ai payé en liquide ici et samedi je paie en liquide aussi", []],
    ["mi vecino le pagó por Bizum al mecánico, el embrague lo pago igualmente por Bizum", []],
    ["Mein Bruder hat bar bezahlt und Sie kriegen von mir auch bar auf die Hand", []],
    ["Meu irmão pagou em dinheiro e o senhor também recebe em dinheiro na mão no sábado", []],
    ["my dad always pays cash and he will settle up in cash when he collects the car", []],
    ["my neighbour paid the mechanic by Zelle and I'd do Zelle as well for the clutch", []],
    ["last year I paid the tow truck in cash and the labour on saturday goes in cash as well", []],
    ["Mi jefe me pidió que te pagara en efectivo por fuera de la app, me negué a usar la tarjeta", []],
    ["mon patron m'a demandé de te payer en liquide sans l'appli, j'ai refusé la carte", []],
  ])("%s", (text, secrets) => expect(caughtBy(text, secrets)).toBe(true));

  it.each([
    "does the app accept cash?",
    "¿la app acepta Bizum?",
    "akzeptiert die App PayPal?",
    "my cousin paid his mechanic by Venmo",
    "mi primo le pagó al mecánico por Bizum",
    "mon cousin a payé son garagiste en espèces",
    "last year I paid the tow truck 120 in cash",
    "il carro attrezzi l'ho pagato in contanti l'anno scorso",
    "alguien me pidió pagar fuera de la app y lo denuncié",
    "my friend paid cash at his local garage and got no receipt, sounds dodgy",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});
