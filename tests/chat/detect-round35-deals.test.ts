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
