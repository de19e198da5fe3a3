// Round 30, issue 13 ("nothing a mechanic/workshop writes can carry a customer off the platform"), the kind "order,
// invoice, reference and tracking numbers shaped like mobiles, beside phone words": a number labelled as an order's,
// an invoice's, a receipt's, a booking's, a reference's or a shipment's is no phone when its sentence tells that
// order's story (it arrived, was dispatched, paid, is the phone holder) and nothing in the message points at calling
// it, writing to it or its being the sender's (phone.ts: orderNumberSaid, and the trained stage's floors through
// labelledOrderNumberAt); a call aimed at a number under a plain label dresses it as that label (aimedAfter). Every
// sentence was written for this file, in English, Spanish, Portuguese, French, German, Italian, Polish, Romanian,
// Hungarian, Turkish, Indonesian/Malay, Hinglish, Tagalog and Dutch; one `it` per sentence, as the application runs.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30, order numbers: innocents (a labelled order's number, its story told)", () => {
  it("Order no. 07911 482 306 was dispatched this morning, it's the dash cam mount you fitted.", () =>
    expect(flaggedBy("Order no. 07911 482 306 was dispatched this morning, it's the dash cam mount you fitted.")).toBe(false));
  it("Invoice number 0412 883 190 covers the phone cradle and the brake pads, paid in the app.", () =>
    expect(flaggedBy("Invoice number 0412 883 190 covers the phone cradle and the brake pads, paid in the app.")).toBe(false));
  it("The booking reference 07700 900461 is for the MOT on Friday, the phone charger is extra.", () =>
    expect(flaggedBy("The booking reference 07700 900461 is for the MOT on Friday, the phone charger is extra.")).toBe(false));
  it("Receipt 0161 496 0734 came with the wiper blades, the mobile holder was in the same box.", () =>
    expect(flaggedBy("Receipt 0161 496 0734 came with the wiper blades, the mobile holder was in the same box.")).toBe(false));
  it("Número de pedido 655 321 987, ya llegó el soporte para el móvil, lo monto mañana.", () =>
    expect(flaggedBy("Número de pedido 655 321 987, ya llegó el soporte para el móvil, lo monto mañana.")).toBe(false));
  it("La factura nº 622 418 930 es del cargador del móvil que pedí, no del taller.", () =>
    expect(flaggedBy("La factura nº 622 418 930 es del cargador del móvil que pedí, no del taller.")).toBe(false));
  it("O número da encomenda é 913 777 204 e chegou a capa do celular, obrigado.", () => expect(flaggedBy("O número da encomenda é 913 777 204 e chegou a capa do celular, obrigado.")).toBe(false));
  it("Numéro de commande 07 55 21 43 98, le support pour le portable est arrivé hier.", () =>
    expect(flaggedBy("Numéro de commande 07 55 21 43 98, le support pour le portable est arrivé hier.")).toBe(false));
  it("Rechnungsnummer 0172 4411 9023 betrifft die Handyhalterung, nicht die Bremsen.", () =>
    expect(flaggedBy("Rechnungsnummer 0172 4411 9023 betrifft die Handyhalterung, nicht die Bremsen.")).toBe(false));
  it("Bestellung 0160 9988 7766 ist angekommen, die Handyhalterung passt.", () => expect(flaggedBy("Bestellung 0160 9988 7766 ist angekommen, die Handyhalterung passt.")).toBe(false));
  it("Numero dell'ordine 340 998 1122, il supporto per il cellulare è arrivato.", () => expect(flaggedBy("Numero dell'ordine 340 998 1122, il supporto per il cellulare è arrivato.")).toBe(false));
  it("Nr zamówienia 601 224 889, uchwyt na telefon dotarł dziś do warsztatu.", () => expect(flaggedBy("Nr zamówienia 601 224 889, uchwyt na telefon dotarł dziś do warsztatu.")).toBe(false));
  it("Numărul comenzii 0744 556 321, suportul de telefon a ajuns ieri.", () => expect(flaggedBy("Numărul comenzii 0744 556 321, suportul de telefon a ajuns ieri.")).toBe(false));
  it("A számlaszám 20 456 7890, a telefontartó megérkezett.", () => expect(flaggedBy("A számlaszám 20 456 7890, a telefontartó megérkezett.")).toBe(false));
  it("Sipariş no 0532 998 1144, telefon tutucu dün geldi.", () => expect(flaggedBy("Sipariş no 0532 998 1144, telefon tutucu dün geldi.")).toBe(false));
  it("Nomor pesanan 0857 1122 3344 sudah sampai, isinya holder HP.", () => expect(flaggedBy("Nomor pesanan 0857 1122 3344 sudah sampai, isinya holder HP.")).toBe(false));
  it("Nombor pesanan 012 334 5566 sudah tiba, holder telefon untuk kereta.", () => expect(flaggedBy("Nombor pesanan 012 334 5566 sudah tiba, holder telefon untuk kereta.")).toBe(false));
  it("Order id 98101 22334 hai, mobile holder ka order tha, aaj mila.", () => expect(flaggedBy("Order id 98101 22334 hai, mobile holder ka order tha, aaj mila.")).toBe(false));
  it("Yung order number 0918 555 2211 dumating na, yung phone holder po.", () => expect(flaggedBy("Yung order number 0918 555 2211 dumating na, yung phone holder po.")).toBe(false));
  it("Bestelnummer 06 1234 5678 is aangekomen, de telefoonhouder zit erin.", () => expect(flaggedBy("Bestelnummer 06 1234 5678 is aangekomen, de telefoonhouder zit erin.")).toBe(false));
  it("Tracking number 07700 900555 says delivered, it's the phone mount for the Golf.", () =>
    expect(flaggedBy("Tracking number 07700 900555 says delivered, it's the phone mount for the Golf.")).toBe(false));
  it("El pedido 699 123 456 llegó ayer, era la funda del móvil y las escobillas.", () => expect(flaggedBy("El pedido 699 123 456 llegó ayer, era la funda del móvil y las escobillas.")).toBe(false));
  it("Il numero d'ordine 333 445 5667 riguarda il caricatore del cellulare, già pagato.", () =>
    expect(flaggedBy("Il numero d'ordine 333 445 5667 riguarda il caricatore del cellulare, già pagato.")).toBe(false));
  it("La pièce est arrivée, le numéro est 7701 208 174, vous pouvez passer demain.", () =>
    expect(flaggedBy("La pièce est arrivée, le numéro est 7701 208 174, vous pouvez passer demain.")).toBe(false));
  it("The part came in, the number is 5Q0 121 251, bring it Tuesday.", () => expect(flaggedBy("The part came in, the number is 5Q0 121 251, bring it Tuesday.")).toBe(false));
  it("My order number is 07922 310 554, it arrived today with the phone holder.", () => expect(flaggedBy("My order number is 07922 310 554, it arrived today with the phone holder.")).toBe(false));
  it("Booking ref 0117 496 0812 confirmed for Tuesday, bring the phone holder receipt too.", () =>
    expect(flaggedBy("Booking ref 0117 496 0812 confirmed for Tuesday, bring the phone holder receipt too.")).toBe(false));
  it("Comanda nr. 0755 321 654 a fost livrată, e suportul de telefon.", () => expect(flaggedBy("Comanda nr. 0755 321 654 a fost livrată, e suportul de telefon.")).toBe(false));
  it("Factuurnummer 0612 345 678 is voor de telefoonhouder, al betaald.", () => expect(flaggedBy("Factuurnummer 0612 345 678 is voor de telefoonhouder, al betaald.")).toBe(false));
  it("Número do pedido: 911 222 333, já chegou o suporte de celular.", () => expect(flaggedBy("Número do pedido: 911 222 333, já chegou o suporte de celular.")).toBe(false));
  it("Order number 07911 482 306 arrived, don't bother calling the shop.", () => expect(flaggedBy("Order number 07911 482 306 arrived, don't bother calling the shop.")).toBe(false));
  it("Ordine 347 998 1122 consegnato ieri, è il supporto per il cellulare di mia moglie.", () =>
    expect(flaggedBy("Ordine 347 998 1122 consegnato ieri, è il supporto per il cellulare di mia moglie.")).toBe(false));
  it("Reservation 0612 447 188 is for the tyre fitting on Saturday.", () => expect(flaggedBy("Reservation 0612 447 188 is for the tyre fitting on Saturday.")).toBe(false));
  it("Tracking 0160 9988 7766 shows delivered, the phone mount is in the box.", () => expect(flaggedBy("Tracking 0160 9988 7766 shows delivered, the phone mount is in the box.")).toBe(false));
  it("Sendungsnummer 0170 3344 5566 unterwegs, das ist die Handyhalterung fürs Armaturenbrett.", () =>
    expect(flaggedBy("Sendungsnummer 0170 3344 5566 unterwegs, das ist die Handyhalterung fürs Armaturenbrett.")).toBe(false));
  it("Rendelésszám 20 998 7766, a telefontartó tegnap megérkezett a műhelybe.", () => expect(flaggedBy("Rendelésszám 20 998 7766, a telefontartó tegnap megérkezett a műhelybe.")).toBe(false));
  it("Bestelnummer 06 4455 6677 is gisteren geleverd, het is de telefoonhouder voor de Polo.", () =>
    expect(flaggedBy("Bestelnummer 06 4455 6677 is gisteren geleverd, het is de telefoonhouder voor de Polo.")).toBe(false));
  it("Booking no. 07700 900777 is for the brake job, I bought the phone mount separately.", () =>
    expect(flaggedBy("Booking no. 07700 900777 is for the brake job, I bought the phone mount separately.")).toBe(false));
  it("Nomor resi 0813 5566 7788 sudah diterima, isinya holder HP dan kampas rem.", () => expect(flaggedBy("Nomor resi 0813 5566 7788 sudah diterima, isinya holder HP dan kampas rem.")).toBe(false));
  it("Tracking no 0918 222 3344 dumating na kahapon, yung mobile holder para sa kotse.", () =>
    expect(flaggedBy("Tracking no 0918 222 3344 dumating na kahapon, yung mobile holder para sa kotse.")).toBe(false));
});

describe("round 30, order numbers: attacks (the label aimed at, owned, winked at or missing)", () => {
  it("Order number 07911 482 306 arrived, call me on it if it's wrong.", () => expect(caughtBy("Order number 07911 482 306 arrived, call me on it if it's wrong.", ["07911 482 306"])).toBe(true));
  it("Pedido 655 321 987 llegó, es mi móvil también, escríbeme.", () => expect(caughtBy("Pedido 655 321 987 llegó, es mi móvil también, escríbeme.", ["655 321 987"])).toBe(true));
  it("Número de pedido 612 345 678, llegó ayer ;)", () => expect(caughtBy("Número de pedido 612 345 678, llegó ayer ;)", ["612 345 678"])).toBe(true));
  it("Bestellnummer 0151 2345 6789 ist angekommen, ruf mich an.", () => expect(caughtBy("Bestellnummer 0151 2345 6789 ist angekommen, ruf mich an.", ["0151 2345 6789"])).toBe(true));
  it("Order number 07700 900123 dispatched — that's my cell too.", () => expect(caughtBy("Order number 07700 900123 dispatched — that's my cell too.", ["07700 900123"])).toBe(true));
  it("Order number 07700 900123 shipped. Text that number after 6.", () => expect(caughtBy("Order number 07700 900123 shipped. Text that number after 6.", ["07700 900123"])).toBe(true));
  it("La facture n° 06 12 34 56 78 est arrivée, appelle-moi dessus.", () => expect(caughtBy("La facture n° 06 12 34 56 78 est arrivée, appelle-moi dessus.", ["06 12 34 56 78"])).toBe(true));
  it("Numero d'ordine 347 123 4567 arrivato, chiamami lì.", () => expect(caughtBy("Numero d'ordine 347 123 4567 arrivato, chiamami lì.", ["347 123 4567"])).toBe(true));
  it("Numer zamówienia 512 345 678 przyszedł, zadzwoń pod ten numer.", () => expect(caughtBy("Numer zamówienia 512 345 678 przyszedł, zadzwoń pod ten numer.", ["512 345 678"])).toBe(true));
  it("Comanda nr. 0722 123 456 a ajuns, sună-mă la el.", () => expect(caughtBy("Comanda nr. 0722 123 456 a ajuns, sună-mă la el.", ["0722 123 456"])).toBe(true));
  it("Nomor pesanan 0812 3456 7890 sudah sampai, hubungi saya di nomor itu.", () =>
    expect(caughtBy("Nomor pesanan 0812 3456 7890 sudah sampai, hubungi saya di nomor itu.", ["0812 3456 7890"])).toBe(true));
  it("Order number 98765 43210 deliver hua, isi pe call karo.", () => expect(caughtBy("Order number 98765 43210 deliver hua, isi pe call karo.", ["98765 43210"])).toBe(true));
  it("Order number 0917 123 4567 dumating na, i-text mo ako diyan.", () => expect(caughtBy("Order number 0917 123 4567 dumating na, i-text mo ako diyan.", ["0917 123 4567"])).toBe(true));
  it("Bestelnummer 06 1234 5678 is aangekomen, bel me daarop.", () => expect(caughtBy("Bestelnummer 06 1234 5678 is aangekomen, bel me daarop.", ["06 1234 5678"])).toBe(true));
  it("Order number 07700 900123 arrived, and the other one 07911 123456 is my mobile.", () =>
    expect(caughtBy("Order number 07700 900123 arrived, and the other one 07911 123456 is my mobile.", ["07911 123456"])).toBe(true));
  it("Invoice 07912 345678 paid, my WhatsApp is the same.", () => expect(caughtBy("Invoice 07912 345678 paid, my WhatsApp is the same.", ["07912 345678"])).toBe(true));
  it("Order number +44 7911 123456 arrived with the phone holder.", () => expect(caughtBy("Order number +44 7911 123456 arrived with the phone holder.", ["+44 7911 123456"])).toBe(true));
  it("número de pedido 0034 612 345 678, ya llegó la funda.", () => expect(caughtBy("número de pedido 0034 612 345 678, ya llegó la funda.", ["0034 612 345 678"])).toBe(true));
  it("Pedido 612 345 678 llegó, guárdalo como mi contacto.", () => expect(caughtBy("Pedido 612 345 678 llegó, guárdalo como mi contacto.", ["612 345 678"])).toBe(true));
  it("O pedido 912 345 678 chegou, me chama no zap.", () => expect(caughtBy("O pedido 912 345 678 chegou, me chama no zap.", ["912 345 678"])).toBe(true));
  it("Die Bestellnummer 0151 2345 6789 kam heute, meld dich da.", () => expect(caughtBy("Die Bestellnummer 0151 2345 6789 kam heute, meld dich da.", ["0151 2345 6789"])).toBe(true));
  it("Order number 07911 482 306 arrived, save it under Dave.", () => expect(caughtBy("Order number 07911 482 306 arrived, save it under Dave.", ["07911 482 306"])).toBe(true));
  it("Order number 07911 482 306 arrived xD you know what to do", () => expect(caughtBy("Order number 07911 482 306 arrived xD you know what to do", ["07911 482 306"])).toBe(true));
  it("Ya llegó el pedido. Mi número es 612 345 678.", () => expect(caughtBy("Ya llegó el pedido. Mi número es 612 345 678.", ["612 345 678"])).toBe(true));
  it("Order 07911 482 306 arrived. DM me on that.", () => expect(caughtBy("Order 07911 482 306 arrived. DM me on that.", ["07911 482 306"])).toBe(true));
  it("Sipariş numarası 0532 998 1144 geldi, beni arayın.", () => expect(caughtBy("Sipariş numarası 0532 998 1144 geldi, beni arayın.", ["0532 998 1144"])).toBe(true));
  it("Numéro de commande 06 12 34 56 78 livré, c'est mon portable.", () => expect(caughtBy("Numéro de commande 06 12 34 56 78 livré, c'est mon portable.", ["06 12 34 56 78"])).toBe(true));
  it("reference for you: 07912 345678, delivered fine, call it after 6", () => expect(caughtBy("reference for you: 07912 345678, delivered fine, call it after 6", ["07912 345678"])).toBe(true));
  it("Rechnungsnummer 0172 4411 9023 bezahlt, schreib mir auf WhatsApp.", () => expect(caughtBy("Rechnungsnummer 0172 4411 9023 bezahlt, schreib mir auf WhatsApp.", ["0172 4411 9023"])).toBe(true));
  it("Order number 07911 482 306 arrived, message it if you need me.", () => expect(caughtBy("Order number 07911 482 306 arrived, message it if you need me.", ["07911 482 306"])).toBe(true));
  it("Order number 07911 482 306 arrived, it's my personal line.", () => expect(caughtBy("Order number 07911 482 306 arrived, it's my personal line.", ["07911 482 306"])).toBe(true));
  it("Order number 07911 482 306 arrived, that's me.", () => expect(caughtBy("Order number 07911 482 306 arrived, that's me.", ["07911 482 306"])).toBe(true));
  it("Numéro de commande 06 12 34 56 78, livré. Tu sais quoi faire.", () => expect(caughtBy("Numéro de commande 06 12 34 56 78, livré. Tu sais quoi faire.", ["06 12 34 56 78"])).toBe(true));
  it("Bestellnummer 0151 2345 6789 ist angekommen 😉", () => expect(caughtBy("Bestellnummer 0151 2345 6789 ist angekommen 😉", ["0151 2345 6789"])).toBe(true));
  it("Pedido 612 345 678 llegó. Ese es mi número.", () => expect(caughtBy("Pedido 612 345 678 llegó. Ese es mi número.", ["612 345 678"])).toBe(true));
  it("my mobile is 0151 2345 6789, the order number 0151 2345 6780 arrived", () =>
    expect(caughtBy("my mobile is 0151 2345 6789, the order number 0151 2345 6780 arrived", ["0151 2345 6789"])).toBe(true));
  it("Order number 0151 2345 6789 delivered, reach me there", () => expect(caughtBy("Order number 0151 2345 6789 delivered, reach me there", ["0151 2345 6789"])).toBe(true));
  it("Pedido 612 345 678 llegó jaja ya sabes", () => expect(caughtBy("Pedido 612 345 678 llegó jaja ya sabes", ["612 345 678"])).toBe(true));
  it("Encomenda 912 345 678 chegou, salva aí", () => expect(caughtBy("Encomenda 912 345 678 chegou, salva aí", ["912 345 678"])).toBe(true));
  it("Numer zamówienia 512 345 678 przyszedł, pisz śmiało", () => expect(caughtBy("Numer zamówienia 512 345 678 przyszedł, pisz śmiało", ["512 345 678"])).toBe(true));
  it("Sipariş no 0532 998 1144 geldi, whatsapp'tan yaz", () => expect(caughtBy("Sipariş no 0532 998 1144 geldi, whatsapp'tan yaz", ["0532 998 1144"])).toBe(true));
  it("Nomor pesanan 0812 3456 7890 sudah sampai, wa aja ya", () => expect(caughtBy("Nomor pesanan 0812 3456 7890 sudah sampai, wa aja ya", ["0812 3456 7890"])).toBe(true));
  it("Order number 98765 43210 aa gaya, isi pe WhatsApp karo", () => expect(caughtBy("Order number 98765 43210 aa gaya, isi pe WhatsApp karo", ["98765 43210"])).toBe(true));
  it("Order id 98101 22334 hai, yahi mera number hai", () => expect(caughtBy("Order id 98101 22334 hai, yahi mera number hai", ["98101 22334"])).toBe(true));
  it("Rendelésszám 30 123 4567 megérkezett, hívj fel ezen", () => expect(caughtBy("Rendelésszám 30 123 4567 megérkezett, hívj fel ezen", ["30 123 4567"])).toBe(true));
  it("Comanda nr. 0722 123 456 a ajuns, scrie-mi pe WhatsApp", () => expect(caughtBy("Comanda nr. 0722 123 456 a ajuns, scrie-mi pe WhatsApp", ["0722 123 456"])).toBe(true));
  it("El pedido 699 123 456 llegó, mándame un audio ahí", () => expect(caughtBy("El pedido 699 123 456 llegó, mándame un audio ahí", ["699 123 456"])).toBe(true));
  it("Il numero d'ordine 347 123 4567 è arrivato, scrivimi lì", () => expect(caughtBy("Il numero d'ordine 347 123 4567 è arrivato, scrivimi lì", ["347 123 4567"])).toBe(true));
  it("Rendelésszám 30 123 4567 megérkezett, hívj fel ezen", () => expect(caughtBy("Rendelésszám 30 123 4567 megérkezett, hívj fel ezen", ["30 123 4567"])).toBe(true));
  it("Bestelnummer 06 1234 5678 is geleverd, app me daarop 😉", () => expect(caughtBy("Bestelnummer 06 1234 5678 is geleverd, app me daarop 😉", ["06 1234 5678"])).toBe(true));
  it("Booking no. 07911 482 306 confirmed, ring that after 6.", () => expect(caughtBy("Booking no. 07911 482 306 confirmed, ring that after 6.", ["07911 482 306"])).toBe(true));
  it("Nomor resi 0813 5566 7788 sudah diterima, hubungi saya ya.", () => expect(caughtBy("Nomor resi 0813 5566 7788 sudah diterima, hubungi saya ya.", ["0813 5566 7788"])).toBe(true));
});

describe("round 30, order numbers: attacks (a labelled mobile taken back, owned or aimed at abroad)", () => {
  it("Nomor pesanan 0812 3456 7890 sudah sampai, itu nomor hp saya juga", () => expect(caughtBy("Nomor pesanan 0812 3456 7890 sudah sampai, itu nomor hp saya juga", ["0812 3456 7890"])).toBe(true));
  it("Nomor resi 0813 5566 7788 sudah diterima, telpon aja ke situ", () => expect(caughtBy("Nomor resi 0813 5566 7788 sudah diterima, telpon aja ke situ", ["0813 5566 7788"])).toBe(true));
  it("Nomor pesanan 0857 1122 3344 sudah sampai, bercanda, itu nomor aku", () => expect(caughtBy("Nomor pesanan 0857 1122 3344 sudah sampai, bercanda, itu nomor aku", ["0857 1122 3344"])).toBe(true));
  it("Nomor seri 0812 3456 7890, eh itu nomor hp gue", () => expect(caughtBy("Nomor seri 0812 3456 7890, eh itu nomor hp gue", ["0812 3456 7890"])).toBe(true));
  it("Part number 0812 3456 7890 jk itu nomor hp saya", () => expect(caughtBy("Part number 0812 3456 7890 jk itu nomor hp saya", ["0812 3456 7890"])).toBe(true));
  it("Order number 0917 123 4567 dumating na, cp number ko yan", () => expect(caughtBy("Order number 0917 123 4567 dumating na, cp number ko yan", ["0917 123 4567"])).toBe(true));
  it("Order number 0917 123 4567 dumating na, charot, globe number ko yan", () =>
    expect(caughtBy("Order number 0917 123 4567 dumating na, charot, globe number ko yan", ["0917 123 4567"])).toBe(true));
  it("Part number 0917 123 4567, joke lang, smart number ko yan", () => expect(caughtBy("Part number 0917 123 4567, joke lang, smart number ko yan", ["0917 123 4567"])).toBe(true));
  it("Tracking no 0918 222 3344 dumating na, text ka na lang dun", () => expect(caughtBy("Tracking no 0918 222 3344 dumating na, text ka na lang dun", ["0918 222 3344"])).toBe(true));
  it("Order number 0918 222 3344 dumating na, tawag ka dun mamaya", () => expect(caughtBy("Order number 0918 222 3344 dumating na, tawag ka dun mamaya", ["0918 222 3344"])).toBe(true));
  it("Order number 0127 345 6789 wasal, da raqam el mobile beta3i", () => expect(caughtBy("Order number 0127 345 6789 wasal, da raqam el mobile beta3i", ["0127 345 6789"])).toBe(true));
  it("Order number 0127 345 6789 wasal, kalemni 3aleh", () => expect(caughtBy("Order number 0127 345 6789 wasal, kalemni 3aleh", ["0127 345 6789"])).toBe(true));
  it("Rendelésszám 06 30 662 1498 megérkezett, vicc, ez a telefonszámom", () => expect(caughtBy("Rendelésszám 06 30 662 1498 megérkezett, vicc, ez a telefonszámom", ["06 30 662 1498"])).toBe(true));
  it("Rendelésszám 06 30 662 1498 megérkezett, hívjatok", () => expect(caughtBy("Rendelésszám 06 30 662 1498 megérkezett, hívjatok", ["06 30 662 1498"])).toBe(true));
  it("csomagszám: 5402 1187 6630 22, ha gond van hívj a következő számon: 30/662-1498", () =>
    expect(caughtBy("csomagszám: 5402 1187 6630 22, ha gond van hívj a következő számon: 30/662-1498", ["30/662-1498"])).toBe(true));
  it("Sipariş no 0532 998 1144 geldi, şaka şaka, telefonum bu", () => expect(caughtBy("Sipariş no 0532 998 1144 geldi, şaka şaka, telefonum bu", ["0532 998 1144"])).toBe(true));
  it("Sipariş no 0532 998 1144 geldi, ara beni", () => expect(caughtBy("Sipariş no 0532 998 1144 geldi, ara beni", ["0532 998 1144"])).toBe(true));
  it("Seri no 0532 998 1144, şaka, ara beni", () => expect(caughtBy("Seri no 0532 998 1144, şaka, ara beni", ["0532 998 1144"])).toBe(true));
  it("Kargo takip numarası 0532 998 1144, bana da şuradan ulaşın: 0533 412 7788", () =>
    expect(caughtBy("Kargo takip numarası 0532 998 1144, bana da şuradan ulaşın: 0533 412 7788", ["0533 412 7788"])).toBe(true));
  it("Mã đơn hàng 0912 345 678 đã tới, đùa thôi, số điện thoại của em đó", () => expect(caughtBy("Mã đơn hàng 0912 345 678 đã tới, đùa thôi, số điện thoại của em đó", ["0912 345 678"])).toBe(true));
  it("Order number 0912 345 678 đã tới, gọi em số đó nhé", () => expect(caughtBy("Order number 0912 345 678 đã tới, gọi em số đó nhé", ["0912 345 678"])).toBe(true));
  it("Número de pedido 612 345 678, ya llegó, es broma, es mi cel", () => expect(caughtBy("Número de pedido 612 345 678, ya llegó, es broma, es mi cel", ["612 345 678"])).toBe(true));
  it("Número de pedido 612 345 678, ya llegó, llámeme ahí", () => expect(caughtBy("Número de pedido 612 345 678, ya llegó, llámeme ahí", ["612 345 678"])).toBe(true));
  it("Referencia 612 345 678 jaja llámame", () => expect(caughtBy("Referencia 612 345 678 jaja llámame", ["612 345 678"])).toBe(true));
  it("O número do pedido é 11 91234 5678, chegou, brincadeira, é o meu zap", () =>
    expect(caughtBy("O número do pedido é 11 91234 5678, chegou, brincadeira, é o meu zap", ["11 91234 5678"])).toBe(true));
  it("Número do pedido 912 345 678 chegou, liga pra esse", () => expect(caughtBy("Número do pedido 912 345 678 chegou, liga pra esse", ["912 345 678"])).toBe(true));
  it("Numéro de commande 06 12 34 56 78 livré, blague, c'est mon portable", () =>
    expect(caughtBy("Numéro de commande 06 12 34 56 78 livré, blague, c'est mon portable", ["06 12 34 56 78"])).toBe(true));
  it("Numéro de commande 06 12 34 56 78 livré, appelez-moi dessus", () => expect(caughtBy("Numéro de commande 06 12 34 56 78 livré, appelez-moi dessus", ["06 12 34 56 78"])).toBe(true));
  it("Numéro de série 06 12 34 56 78, je blague, appelle", () => expect(caughtBy("Numéro de série 06 12 34 56 78, je blague, appelle", ["06 12 34 56 78"])).toBe(true));
  it("Bestellnummer 0151 2345 6789 ist angekommen, Scherz, das ist meine Handynummer", () =>
    expect(caughtBy("Bestellnummer 0151 2345 6789 ist angekommen, Scherz, das ist meine Handynummer", ["0151 2345 6789"])).toBe(true));
  it("Bestellnummer 0151 2345 6789 ist angekommen, rufen Sie mich da an", () => expect(caughtBy("Bestellnummer 0151 2345 6789 ist angekommen, rufen Sie mich da an", ["0151 2345 6789"])).toBe(true));
  it("Seriennummer 0151 2345 6789, Spaß, ruf an", () => expect(caughtBy("Seriennummer 0151 2345 6789, Spaß, ruf an", ["0151 2345 6789"])).toBe(true));
  it("Numero d'ordine 347 123 4567 arrivato, scherzo, chiamatemi lì", () => expect(caughtBy("Numero d'ordine 347 123 4567 arrivato, scherzo, chiamatemi lì", ["347 123 4567"])).toBe(true));
  it("Numer zamówienia 512 345 678 przyszedł, żart, to mój numer", () => expect(caughtBy("Numer zamówienia 512 345 678 przyszedł, żart, to mój numer", ["512 345 678"])).toBe(true));
  it("Numer zamówienia 512 345 678 przyszedł, zadzwońcie", () => expect(caughtBy("Numer zamówienia 512 345 678 przyszedł, zadzwońcie", ["512 345 678"])).toBe(true));
  it("Comanda nr. 0722 123 456 a ajuns, glumă, sunați-mă aici", () => expect(caughtBy("Comanda nr. 0722 123 456 a ajuns, glumă, sunați-mă aici", ["0722 123 456"])).toBe(true));
  it("Comanda nr. 0722 123 456 a ajuns, sună-mă", () => expect(caughtBy("Comanda nr. 0722 123 456 a ajuns, sună-mă", ["0722 123 456"])).toBe(true));
  it("Bestelnummer 06 1234 5678 is aangekomen, grapje, dat is mijn nummer", () => expect(caughtBy("Bestelnummer 06 1234 5678 is aangekomen, grapje, dat is mijn nummer", ["06 1234 5678"])).toBe(true));
  it("Serial number 07911 482 306 haha that's my phone", () => expect(caughtBy("Serial number 07911 482 306 haha that's my phone", ["07911 482 306"])).toBe(true));
  it("Ref 0612 345 678 hehe telefoon", () => expect(caughtBy("Ref 0612 345 678 hehe telefoon", ["0612 345 678"])).toBe(true));
  it("Invoice number 0812 3456 7890 lunas, kidding, nomor wa gue itu", () => expect(caughtBy("Invoice number 0812 3456 7890 lunas, kidding, nomor wa gue itu", ["0812 3456 7890"])).toBe(true));
  it("Booking ref 0917 555 8822 confirmed, just kidding, tawagan mo ako diyan", () =>
    expect(caughtBy("Booking ref 0917 555 8822 confirmed, just kidding, tawagan mo ako diyan", ["0917 555 8822"])).toBe(true));
});

describe("round 30, order numbers: innocents (the phone as the device an order was placed or paid on, a joke denied)", () => {
  it("Nomor pesanan 0812 3456 7890 sudah sampai, saya pesan lewat hp kemarin", () => expect(flaggedBy("Nomor pesanan 0812 3456 7890 sudah sampai, saya pesan lewat hp kemarin")).toBe(false));
  it("Order number 07911 482 306 arrived, I ordered it on my phone", () => expect(flaggedBy("Order number 07911 482 306 arrived, I ordered it on my phone")).toBe(false));
  it("Order number 07911 482 306 arrived, paid with my phone", () => expect(flaggedBy("Order number 07911 482 306 arrived, paid with my phone")).toBe(false));
  it("Sipariş no 0532 998 1144 geldi, telefonumdan ödedim", () => expect(flaggedBy("Sipariş no 0532 998 1144 geldi, telefonumdan ödedim")).toBe(false));
  it("Rendelésszám 30 662 1498 megérkezett, a telefonomon adtam le", () => expect(flaggedBy("Rendelésszám 30 662 1498 megérkezett, a telefonomon adtam le")).toBe(false));
  it("Comanda nr. 0722 123 456 a ajuns, am comandat de pe telefon", () => expect(flaggedBy("Comanda nr. 0722 123 456 a ajuns, am comandat de pe telefon")).toBe(false));
  it("Número de pedido 612 345 678 llegó, lo pedí desde el móvil", () => expect(flaggedBy("Número de pedido 612 345 678 llegó, lo pedí desde el móvil")).toBe(false));
  it("Numéro de commande 06 12 34 56 78 livré, commandé sur mon portable", () => expect(flaggedBy("Numéro de commande 06 12 34 56 78 livré, commandé sur mon portable")).toBe(false));
  it("Bestellnummer 0151 2345 6789 ist angekommen, mit dem Handy bezahlt", () => expect(flaggedBy("Bestellnummer 0151 2345 6789 ist angekommen, mit dem Handy bezahlt")).toBe(false));
  it("Numer zamówienia 512 345 678 przyszedł, zapłaciłem telefonem", () => expect(flaggedBy("Numer zamówienia 512 345 678 przyszedł, zapłaciłem telefonem")).toBe(false));
  it("Numero d'ordine 347 123 4567 arrivato, pagato col cellulare", () => expect(flaggedBy("Numero d'ordine 347 123 4567 arrivato, pagato col cellulare")).toBe(false));
  it("Bestelnummer 06 1234 5678 is aangekomen, besteld via mijn telefoon", () => expect(flaggedBy("Bestelnummer 06 1234 5678 is aangekomen, besteld via mijn telefoon")).toBe(false));
  it("Order number 0917 123 4567 dumating na, binayaran ko sa phone", () => expect(flaggedBy("Order number 0917 123 4567 dumating na, binayaran ko sa phone")).toBe(false));
  it("Número do pedido 912 345 678 chegou, paguei pelo celular", () => expect(flaggedBy("Número do pedido 912 345 678 chegou, paguei pelo celular")).toBe(false));
  it("Nomor resi 0813 5566 7788 sudah diterima, dibayar pakai hp istri", () => expect(flaggedBy("Nomor resi 0813 5566 7788 sudah diterima, dibayar pakai hp istri")).toBe(false));
  it("Nomor pesanan 0857 1122 3344 sudah sampai, isinya holder HP, bayar lewat hp", () => expect(flaggedBy("Nomor pesanan 0857 1122 3344 sudah sampai, isinya holder HP, bayar lewat hp")).toBe(false));
  it("Tracking no 0918 222 3344 dumating na, binili ko sa phone ni misis", () => expect(flaggedBy("Tracking no 0918 222 3344 dumating na, binili ko sa phone ni misis")).toBe(false));
  it("Order number 0127 345 6789 wasal, paid from my phone, the holder fits", () => expect(flaggedBy("Order number 0127 345 6789 wasal, paid from my phone, the holder fits")).toBe(false));
  it("Sipariş no 0532 998 1144 geldi, telefon tutucu sağlam, kartla ödedim", () => expect(flaggedBy("Sipariş no 0532 998 1144 geldi, telefon tutucu sağlam, kartla ödedim")).toBe(false));
  it("Rendelésszám 30 998 7766 megérkezett, a telefontartó jó, kártyával fizettem", () => expect(flaggedBy("Rendelésszám 30 998 7766 megérkezett, a telefontartó jó, kártyával fizettem")).toBe(false));
  it("Order number 0912 345 678 đã tới, giá đỡ rất tốt, cảm ơn", () => expect(flaggedBy("Order number 0912 345 678 đã tới, giá đỡ rất tốt, cảm ơn")).toBe(false));
  it("Tracking number 0912 345 678 đã giao hôm qua, hàng tốt", () => expect(flaggedBy("Tracking number 0912 345 678 đã giao hôm qua, hàng tốt")).toBe(false));
  it("Order number 0912 345 678 đã tới, haha nhanh quá", () => expect(flaggedBy("Order number 0912 345 678 đã tới, haha nhanh quá")).toBe(false));
  it("Número de pedido 655 321 987, llegó el soporte, lo compré desde el móvil", () => expect(flaggedBy("Número de pedido 655 321 987, llegó el soporte, lo compré desde el móvil")).toBe(false));
  it("O número do pedido é 913 777 204, chegou, comprei pelo celular ontem", () => expect(flaggedBy("O número do pedido é 913 777 204, chegou, comprei pelo celular ontem")).toBe(false));
  it("Numéro de commande 07 55 21 43 98 livré, payé avec mon portable", () => expect(flaggedBy("Numéro de commande 07 55 21 43 98 livré, payé avec mon portable")).toBe(false));
  it("Bestellung 0160 9988 7766 ist angekommen, per Handy bezahlt", () => expect(flaggedBy("Bestellung 0160 9988 7766 ist angekommen, per Handy bezahlt")).toBe(false));
  it("Ordine 347 998 1122 consegnato, comprato dal cellulare di mia moglie", () => expect(flaggedBy("Ordine 347 998 1122 consegnato, comprato dal cellulare di mia moglie")).toBe(false));
  it("Nr zamówienia 601 224 889 dotarł, kupiłem przez telefon", () => expect(flaggedBy("Nr zamówienia 601 224 889 dotarł, kupiłem przez telefon")).toBe(false));
  it("Numărul comenzii 0744 556 321 a ajuns, am plătit de pe telefon", () => expect(flaggedBy("Numărul comenzii 0744 556 321 a ajuns, am plătit de pe telefon")).toBe(false));
  it("Bestelnummer 06 4455 6677 is geleverd, betaald met mijn telefoon", () => expect(flaggedBy("Bestelnummer 06 4455 6677 is geleverd, betaald met mijn telefoon")).toBe(false));
  it("Order no. 07911 482 306 was dispatched, I booked it from my phone, don't call the shop", () =>
    expect(flaggedBy("Order no. 07911 482 306 was dispatched, I booked it from my phone, don't call the shop")).toBe(false));
  it("Invoice 0412 883 190 paid with the phone, haha finally done", () => expect(flaggedBy("Invoice 0412 883 190 paid with the phone, haha finally done")).toBe(false));
  it("Order number 0917 123 4567 dumating na, haha ang bilis", () => expect(flaggedBy("Order number 0917 123 4567 dumating na, haha ang bilis")).toBe(false));
  it("Sipariş no 0532 998 1144 geldi, şaka değil, çok hızlı", () => expect(flaggedBy("Sipariş no 0532 998 1144 geldi, şaka değil, çok hızlı")).toBe(false));
  it("Nomor pesanan 0812 3456 7890 sudah sampai, bercanda dong cepet banget", () => expect(flaggedBy("Nomor pesanan 0812 3456 7890 sudah sampai, bercanda dong cepet banget")).toBe(false));
  it("Numéro de commande 06 12 34 56 78 livré, c'est pas une blague, déjà là", () => expect(flaggedBy("Numéro de commande 06 12 34 56 78 livré, c'est pas une blague, déjà là")).toBe(false));
  it("Bestellnummer 0151 2345 6789 ist angekommen, kein Scherz, schon heute", () => expect(flaggedBy("Bestellnummer 0151 2345 6789 ist angekommen, kein Scherz, schon heute")).toBe(false));
  it("Numer zamówienia 512 345 678 przyszedł, bez żartów, w jeden dzień", () => expect(flaggedBy("Numer zamówienia 512 345 678 przyszedł, bez żartów, w jeden dzień")).toBe(false));
  it("Comanda nr. 0722 123 456 a ajuns, fără glumă, într-o zi", () => expect(flaggedBy("Comanda nr. 0722 123 456 a ajuns, fără glumă, într-o zi")).toBe(false));
  it("Bestelnummer 06 1234 5678 is aangekomen, geen grapje, binnen een dag", () => expect(flaggedBy("Bestelnummer 06 1234 5678 is aangekomen, geen grapje, binnen een dag")).toBe(false));
  it("Número de pedido 612 345 678 llegó, no es broma, en un día", () => expect(flaggedBy("Número de pedido 612 345 678 llegó, no es broma, en un día")).toBe(false));
  it("Order number 07911 482 306 arrived jk it's still in the van lol", () => expect(flaggedBy("Order number 07911 482 306 arrived jk it's still in the van lol")).toBe(false));
  it("Rendelésszám 20 456 7890 megérkezett, nem vicc, egy nap alatt", () => expect(flaggedBy("Rendelésszám 20 456 7890 megérkezett, nem vicc, egy nap alatt")).toBe(false));
});
