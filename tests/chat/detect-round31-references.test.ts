// Round 31, issue 13 ("nothing a mechanic/workshop writes can carry a customer off the platform"), the kind "payment,
// order, invoice, receipt, transaction, booking, waybill, claim and warranty reference numbers written in local formats,
// often beside a phone word": a number under a reference's label is no phone when the sentence tells that reference's
// story (it was paid, transferred, ordered, delivered, is the phone holder) or the number is dialled nowhere as written,
// and nothing in the message points at calling it, writing to it or its being the sender's (reference-labels.ts, one
// vocabulary for both of phone.ts's readers; orderNumberSaid, dialledAsWritten; the device something was paid or ordered on
// is no phone word: PHONE_NAMES_A_THING). A mobile under such a label then claimed, called or taken back, a phone beside
// order talk, a number given as "the number is", and a wallet payment to the sender outside the app stay caught. Every
// sentence was written for this file, in English, Spanish, Portuguese, French, German, Italian, Polish, Romanian,
// Hungarian, Turkish, Indonesian/Malay, Hinglish, Tagalog, Arabic (script and Latin letters), Dutch and Vietnamese.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31, references: innocents (a reference's number under its label, its story told)", () => {
  it("txn no. 0917 552 3841 yung binayaran ko sa Lazada gamit phone ko, para sa wiper blades", () =>
    expect(flaggedBy("txn no. 0917 552 3841 yung binayaran ko sa Lazada gamit phone ko, para sa wiper blades")).toBe(false));
  it("UTR 3120 9981 4471 for the battery I bought on Amazon, paid on my phone", () => expect(flaggedBy("UTR 3120 9981 4471 for the battery I bought on Amazon, paid on my phone")).toBe(false));
  it("ID transaksi 0812 7745 3390 dari Tokopedia, kampas rem sudah dibayar", () => expect(flaggedBy("ID transaksi 0812 7745 3390 dari Tokopedia, kampas rem sudah dibayar")).toBe(false));
  it("kode booking 0856 2231 4410 untuk servis hari Sabtu, sudah dibayar", () => expect(flaggedBy("kode booking 0856 2231 4410 untuk servis hari Sabtu, sudah dibayar")).toBe(false));
  it("no. resit 0123 4456 78 utk bateri tu, saya bayar guna kad kat fon", () => expect(flaggedBy("no. resit 0123 4456 78 utk bateri tu, saya bayar guna kad kat fon")).toBe(false));
  it("mã đơn hàng 0912 334 556 là cái giá đỡ điện thoại em đặt trên Shopee", () => expect(flaggedBy("mã đơn hàng 0912 334 556 là cái giá đỡ điện thoại em đặt trên Shopee")).toBe(false));
  it("số hóa đơn 0389 112 445 là tiền thay dầu hôm qua, em chuyển khoản rồi", () => expect(flaggedBy("số hóa đơn 0389 112 445 là tiền thay dầu hôm qua, em chuyển khoản rồi")).toBe(false));
  it("mã giao dịch 0978 221 4450, em đã thanh toán tiền má phanh bằng điện thoại", () => expect(flaggedBy("mã giao dịch 0978 221 4450, em đã thanh toán tiền má phanh bằng điện thoại")).toBe(false));
  it("mã vận đơn 0934 771 228 của bộ lọc gió, shipper giao chiều nay", () => expect(flaggedBy("mã vận đơn 0934 771 228 của bộ lọc gió, shipper giao chiều nay")).toBe(false));
  it("kenmerk 0641 2239 77 staat op de factuur van de remblokken, al betaald", () => expect(flaggedBy("kenmerk 0641 2239 77 staat op de factuur van de remblokken, al betaald")).toBe(false));
  it("ordernummer 0648 2173 95 bij Bol, de telefoonhouder is gisteren geleverd", () => expect(flaggedBy("ordernummer 0648 2173 95 bij Bol, de telefoonhouder is gisteren geleverd")).toBe(false));
  it("factuurnummer 0655 1123 44 voor de APK, ik heb al betaald met mijn telefoon", () => expect(flaggedBy("factuurnummer 0655 1123 44 voor de APK, ik heb al betaald met mijn telefoon")).toBe(false));
  it("Rechnung Nr. 0176 3390 421 für die Bremsbeläge, per Handy mit Karte bezahlt", () => expect(flaggedBy("Rechnung Nr. 0176 3390 421 für die Bremsbeläge, per Handy mit Karte bezahlt")).toBe(false));
  it("Bestellnummer 0157 3344 9021 von Amazon, die Handyhalterung ist heute angekommen", () =>
    expect(flaggedBy("Bestellnummer 0157 3344 9021 von Amazon, die Handyhalterung ist heute angekommen")).toBe(false));
  it("numéro de commande Oscaro 0651 7720 43, les plaquettes sont livrées demain", () => expect(flaggedBy("numéro de commande Oscaro 0651 7720 43, les plaquettes sont livrées demain")).toBe(false));
  it("Facture n° 06 77 21 43 89 réglée par téléphone, c'est pour la vidange", () => expect(flaggedBy("Facture n° 06 77 21 43 89 réglée par téléphone, c'est pour la vidange")).toBe(false));
  it("el número de pedido de Amazon es 655 441 209, es el soporte del móvil, llega el martes", () =>
    expect(flaggedBy("el número de pedido de Amazon es 655 441 209, es el soporte del móvil, llega el martes")).toBe(false));
  it("la referencia de la operación es 655 209 184, pagué con el móvil las pastillas", () =>
    expect(flaggedBy("la referencia de la operación es 655 209 184, pagué con el móvil las pastillas")).toBe(false));
  it("número do pedido no Mercado Livre 2000 0451 7723, é o suporte de celular que comprei", () =>
    expect(flaggedBy("número do pedido no Mercado Livre 2000 0451 7723, é o suporte de celular que comprei")).toBe(false));
  it("numero ordine 347 218 9054 di Autodoc per i dischi, l'ho fatto dal telefono", () => expect(flaggedBy("numero ordine 347 218 9054 di Autodoc per i dischi, l'ho fatto dal telefono")).toBe(false));
  it("codice transazione 3334 7018 6201, pagato per la frizione ieri", () => expect(flaggedBy("codice transazione 3334 7018 6201, pagato per la frizione ieri")).toBe(false));
  it("nr factură 0745 118 662 pentru plăcuțe, am plătit cu telefonul", () => expect(flaggedBy("nr factură 0745 118 662 pentru plăcuțe, am plătit cu telefonul")).toBe(false));
  it("işlem no 0533 771 2290, balata parasını telefondan ödedim", () => expect(flaggedBy("işlem no 0533 771 2290, balata parasını telefondan ödedim")).toBe(false));
  it("fatura no 0544 217 6310 fren balatası için, telefondan kartla ödedim", () => expect(flaggedBy("fatura no 0544 217 6310 fren balatası için, telefondan kartla ödedim")).toBe(false));
  it("a rendelésszám 06 30 771 2290, ez a telefontartó, amit tegnap vettem", () => expect(flaggedBy("a rendelésszám 06 30 771 2290, ez a telefontartó, amit tegnap vettem")).toBe(false));
  it("a csomagkövetési szám 0620 4419 2208, holnap hozzák a fékbetétet", () => expect(flaggedBy("a csomagkövetési szám 0620 4419 2208, holnap hozzák a fékbetétet")).toBe(false));
  it("رقم الحجز 0551 234 876 لموعد تغيير الزيت، ودفعت من الجوال", () => expect(flaggedBy("رقم الحجز 0551 234 876 لموعد تغيير الزيت، ودفعت من الجوال")).toBe(false));
  it("raqam el fatoura 01012348876 bta3et el fraamel, dafa3tha men el mobile banking", () =>
    expect(flaggedBy("raqam el fatoura 01012348876 bta3et el fraamel, dafa3tha men el mobile banking")).toBe(false));
  it("Kilometerstand 88.400, Rechnung Nr. 1184 3307 52 liegt im Handschuhfach", () => expect(flaggedBy("Kilometerstand 88.400, Rechnung Nr. 1184 3307 52 liegt im Handschuhfach")).toBe(false));
  it("invoice no 9845 0127 63 from the Bosch centre, paid on my phone", () => expect(flaggedBy("invoice no 9845 0127 63 from the Bosch centre, paid on my phone")).toBe(false));
  it("booking ref 0412 903 776 for the rego check, paid on my phone last night", () => expect(flaggedBy("booking ref 0412 903 776 for the rego check, paid on my phone last night")).toBe(false));
  it("receipt number 0917 882 0043 from Motolite, bought it with my phone", () => expect(flaggedBy("receipt number 0917 882 0043 from Motolite, bought it with my phone")).toBe(false));
  it("the claim number is 0438 116 290, the insurer emailed it and I paid the excess on my phone", () =>
    expect(flaggedBy("the claim number is 0438 116 290, the insurer emailed it and I paid the excess on my phone")).toBe(false));
  it("warranty no. 0405 118 226 is on the battery receipt, bought at Supercheap", () => expect(flaggedBy("warranty no. 0405 118 226 is on the battery receipt, bought at Supercheap")).toBe(false));
  it("waybill 0917 223 4410 from LBC, the side mirror arrives tomorrow", () => expect(flaggedBy("waybill 0917 223 4410 from LBC, the side mirror arrives tomorrow")).toBe(false));
  it("paid the deposit in the app, transaction 0281 445 6671 shows as completed", () => expect(flaggedBy("paid the deposit in the app, transaction 0281 445 6671 shows as completed")).toBe(false));
  it("ordered the phone mount on my phone, order number 0161 496 0734, arrives Friday", () =>
    expect(flaggedBy("ordered the phone mount on my phone, order number 0161 496 0734, arrives Friday")).toBe(false));
  it("UTR number 4172 9935 1068 hai, phone se payment kiya tha battery ka", () => expect(flaggedBy("UTR number 4172 9935 1068 hai, phone se payment kiya tha battery ka")).toBe(false));
  it("numer transakcji 601 774 229 dotyczy klocków hamulcowych, płatność w aplikacji", () =>
    expect(flaggedBy("numer transakcji 601 774 229 dotyczy klocków hamulcowych, płatność w aplikacji")).toBe(false));
  it("ref no. ng Maya payment ko 0917 445 2210, para sa oil change", () => expect(flaggedBy("ref no. ng Maya payment ko 0917 445 2210, para sa oil change")).toBe(false));
  it("Bestellung 0151 7734 1209 ist unterwegs, die Handyhalterung für das Auto", () => expect(flaggedBy("Bestellung 0151 7734 1209 ist unterwegs, die Handyhalterung für das Auto")).toBe(false));
  it("comanda nr. 0722 901 533 pentru suportul de telefon a ajuns azi", () => expect(flaggedBy("comanda nr. 0722 901 533 pentru suportul de telefon a ajuns azi")).toBe(false));
  it("pedido 612 904 718 llegó ayer, es el soporte del móvil que compré", () => expect(flaggedBy("pedido 612 904 718 llegó ayer, es el soporte del móvil que compré")).toBe(false));
  it("o comprovante da transação 11 98834 1207 é da embreagem, paguei pelo celular", () =>
    expect(flaggedBy("o comprovante da transação 11 98834 1207 é da embreagem, paguei pelo celular")).toBe(false));
  it("my GCash ref no. is 1009 558 231 447 for the tune up, paid in the app already", () =>
    expect(flaggedBy("my GCash ref no. is 1009 558 231 447 for the tune up, paid in the app already")).toBe(false));
  it("the IRCTC booking 0412 903 776 is for my trip, car back Monday please", () => expect(flaggedBy("the IRCTC booking 0412 903 776 is for my trip, car back Monday please")).toBe(false));
  it("kode booking 0813 5521 90 buat servis Sabtu, udah dibayar di aplikasi", () => expect(flaggedBy("kode booking 0813 5521 90 buat servis Sabtu, udah dibayar di aplikasi")).toBe(false));
});

describe("round 31, references: contacts (a mobile under a reference's label claimed, called or pointed at, a phone beside order talk or a device, a wallet paid to the sender)", () => {
  it("order no 0917 555 1234 — jk that's my cell, text me", () => expect(caughtBy("order no 0917 555 1234 — jk that's my cell, text me", ["0917 555 1234"])).toBe(true));
  it("mã đơn hàng 0912 334 556 đùa thôi, số điện thoại của em đấy, gọi em nhé", () =>
    expect(caughtBy("mã đơn hàng 0912 334 556 đùa thôi, số điện thoại của em đấy, gọi em nhé", ["0912 334 556"])).toBe(true));
  it("kenmerk 06 1234 5678, grapje, dat is mijn nummer, bel me", () => expect(caughtBy("kenmerk 06 1234 5678, grapje, dat is mijn nummer, bel me", ["06 1234 5678"])).toBe(true));
  it("ID transaksi 0812 7745 3390 wkwk itu nomor hp saya, telpon aja", () => expect(caughtBy("ID transaksi 0812 7745 3390 wkwk itu nomor hp saya, telpon aja", ["0812 7745 3390"])).toBe(true));
  it("no. resit 012 334 5566, ni nombor telefon saya, call saya", () => expect(caughtBy("no. resit 012 334 5566, ni nombor telefon saya, call saya", ["012 334 5566"])).toBe(true));
  it("txn no. 0917 882 0043 charot, cp number ko yan, text mo ako", () => expect(caughtBy("txn no. 0917 882 0043 charot, cp number ko yan, text mo ako", ["0917 882 0043"])).toBe(true));
  it("UTR 98765 43210 hai, ye mera number hai, call karo", () => expect(caughtBy("UTR 98765 43210 hai, ye mera number hai, call karo", ["98765 43210"])).toBe(true));
  it("referencia de la operación 612 345 678, es broma, es mi móvil, llámame", () =>
    expect(caughtBy("referencia de la operación 612 345 678, es broma, es mi móvil, llámame", ["612 345 678"])).toBe(true));
  it("número do pedido 11 98765 4321, brincadeira, é meu zap, me chama", () => expect(caughtBy("número do pedido 11 98765 4321, brincadeira, é meu zap, me chama", ["11 98765 4321"])).toBe(true));
  it("numéro de commande 06 12 34 56 78, je rigole, c'est mon portable, appelle-moi", () =>
    expect(caughtBy("numéro de commande 06 12 34 56 78, je rigole, c'est mon portable, appelle-moi", ["06 12 34 56 78"])).toBe(true));
  it("Rechnungsnr. 0176 2345 6789 – Spaß, das ist meine Handynummer, ruf an", () =>
    expect(caughtBy("Rechnungsnr. 0176 2345 6789 – Spaß, das ist meine Handynummer, ruf an", ["0176 2345 6789"])).toBe(true));
  it("codice transazione 347 123 4567, scherzo, è il mio cellulare, chiamami", () =>
    expect(caughtBy("codice transazione 347 123 4567, scherzo, è il mio cellulare, chiamami", ["347 123 4567"])).toBe(true));
  it("nr factură 0722 123 456, glumă, e numărul meu, sună-mă", () => expect(caughtBy("nr factură 0722 123 456, glumă, e numărul meu, sună-mă", ["0722 123 456"])).toBe(true));
  it("sipariş no 0532 418 77 90, şaka, telefonum bu, ara beni", () => expect(caughtBy("sipariş no 0532 418 77 90, şaka, telefonum bu, ara beni", ["0532 418 77 90"])).toBe(true));
  it("a rendelésszám 06 30 123 4567, vicc, ez a telefonszámom, hívj", () => expect(caughtBy("a rendelésszám 06 30 123 4567, vicc, ez a telefonszámom, hívj", ["06 30 123 4567"])).toBe(true));
  it("رقم الحجز 0551 234 876 هذا رقمي اتصل علي", () => expect(caughtBy("رقم الحجز 0551 234 876 هذا رقمي اتصل علي", ["0551 234 876"])).toBe(true));
  it("rakam el fatoura 01012348876, da raqamy, kalemny", () => expect(caughtBy("rakam el fatoura 01012348876, da raqamy, kalemny", ["01012348876"])).toBe(true));
  it("booking ref 0412 555 019, not a real ref, it's my mob, give us a bell", () =>
    expect(caughtBy("booking ref 0412 555 019, not a real ref, it's my mob, give us a bell", ["0412 555 019"])).toBe(true));
  it("invoice # 0998-221-4076, that's also my number, text me for faster reply", () =>
    expect(caughtBy("invoice # 0998-221-4076, that's also my number, text me for faster reply", ["0998-221-4076"])).toBe(true));
  it("order number 07911 482 306, ring it after 6 and we'll sort it cash", () => expect(caughtBy("order number 07911 482 306, ring it after 6 and we'll sort it cash", ["07911 482 306"])).toBe(true));
  it("the number is 0917 882 0043, text me when you're outside", () => expect(caughtBy("the number is 0917 882 0043, text me when you're outside", ["0917 882 0043"])).toBe(true));
  it("the number is 0412 903 776", () => expect(caughtBy("the number is 0412 903 776", ["0412 903 776"])).toBe(true));
  it("phone holder arrived! my cell is 0917 882 0043 btw, text me", () => expect(caughtBy("phone holder arrived! my cell is 0917 882 0043 btw, text me", ["0917 882 0043"])).toBe(true));
  it("ordered the brake pads, call me on 07911 482 306 when they're in", () => expect(caughtBy("ordered the brake pads, call me on 07911 482 306 when they're in", ["07911 482 306"])).toBe(true));
  it("el pedido llegó, llámame al 612 345 678", () => expect(caughtBy("el pedido llegó, llámame al 612 345 678", ["612 345 678"])).toBe(true));
  it("Bestellung ist da, ruf mich an: 0151 2345 6789", () => expect(caughtBy("Bestellung ist da, ruf mich an: 0151 2345 6789", ["0151 2345 6789"])).toBe(true));
  it("paid the invoice already, my number 0917 882 0043 if anything comes up", () =>
    expect(caughtBy("paid the invoice already, my number 0917 882 0043 if anything comes up", ["0917 882 0043"])).toBe(true));
  it("just send it to my GCash 0917 882 0043 instead of paying in the app", () =>
    expect(caughtBy("just send it to my GCash 0917 882 0043 instead of paying in the app", ["0917 882 0043"])).toBe(true));
  it("págame por Bizum al 612 345 678 y te hago descuento, sin la app", () => expect(caughtBy("págame por Bizum al 612 345 678 y te hago descuento, sin la app", ["612 345 678"])).toBe(true));
  it("esquece o app, manda o PIX pro meu celular 11 98765 4321 que sai mais barato", () =>
    expect(caughtBy("esquece o app, manda o PIX pro meu celular 11 98765 4321 que sai mais barato", ["11 98765 4321"])).toBe(true));
  it("transfer ke DANA aku 0812 7745 3390 aja, gak usah lewat aplikasi", () => expect(caughtBy("transfer ke DANA aku 0812 7745 3390 aja, gak usah lewat aplikasi", ["0812 7745 3390"])).toBe(true));
  it("mandami i soldi con Satispay al 347 123 4567 e ti faccio lo sconto, senza app", () =>
    expect(caughtBy("mandami i soldi con Satispay al 347 123 4567 e ti faccio lo sconto, senza app", ["347 123 4567"])).toBe(true));
  it("stuur maar een Tikkie naar 06 1234 5678, scheelt de app-kosten", () => expect(caughtBy("stuur maar een Tikkie naar 06 1234 5678, scheelt de app-kosten", ["06 1234 5678"])).toBe(true));
  it("order no. is 5821947 and pls text me at 09265530871", () => expect(caughtBy("order no. is 5821947 and pls text me at 09265530871", ["09265530871"])).toBe(true));
  it("tracking 1Z999AA10123456784 is for the pads, and my WhatsApp is +44 7911 123456", () =>
    expect(caughtBy("tracking 1Z999AA10123456784 is for the pads, and my WhatsApp is +44 7911 123456", ["+44 7911 123456"])).toBe(true));
  it("invoice 0412 3387 is paid; if you need anything ring 0412 903 776", () => expect(caughtBy("invoice 0412 3387 is paid; if you need anything ring 0412 903 776", ["0412 903 776"])).toBe(true));
  it("kode booking 0857 2218 4561, itu juga nomor WA saya, chat aja", () => expect(caughtBy("kode booking 0857 2218 4561, itu juga nomor WA saya, chat aja", ["0857 2218 4561"])).toBe(true));
  it("số hóa đơn 0386 771 450, cũng là số điện thoại của em, gọi em nhé", () => expect(caughtBy("số hóa đơn 0386 771 450, cũng là số điện thoại của em, gọi em nhé", ["0386 771 450"])).toBe(true));
  it("fatura no 0544 217 63 10, aynı zamanda cep numaram, whatsapptan yaz", () =>
    expect(caughtBy("fatura no 0544 217 63 10, aynı zamanda cep numaram, whatsapptan yaz", ["0544 217 63 10"])).toBe(true));
  it("ref no. ng GCash 0917 445 2210 — eh joke lang, globe number ko yan, text mo ko", () =>
    expect(caughtBy("ref no. ng GCash 0917 445 2210 — eh joke lang, globe number ko yan, text mo ko", ["0917 445 2210"])).toBe(true));
  it("el folio es 55 3219 8476 jaja mentira, es mi cel, mándame whats", () => expect(caughtBy("el folio es 55 3219 8476 jaja mentira, es mi cel, mándame whats", ["55 3219 8476"])).toBe(true));
  it("mã giao dịch 0978 221 4450 nhưng thật ra là số của anh, gọi số này nhé", () =>
    expect(caughtBy("mã giao dịch 0978 221 4450 nhưng thật ra là số của anh, gọi số này nhé", ["0978 221 4450"])).toBe(true));
  it("ordernummer 06 4821 7395, haha nee, dat is mijn 06, app me maar", () => expect(caughtBy("ordernummer 06 4821 7395, haha nee, dat is mijn 06, app me maar", ["06 4821 7395"])).toBe(true));
  it("Bestellnummer 0157 3344 9021 ist angekommen — ist übrigens auch meine Handynummer, ruf an", () =>
    expect(caughtBy("Bestellnummer 0157 3344 9021 ist angekommen — ist übrigens auch meine Handynummer, ruf an", ["0157 3344 9021"])).toBe(true));
  it("numéro de commande Oscaro 06 51 77 20 43, en vrai c'est mon portable, envoie un texto", () =>
    expect(caughtBy("numéro de commande Oscaro 06 51 77 20 43, en vrai c'est mon portable, envoie un texto", ["06 51 77 20 43"])).toBe(true));
  it("mã đơn hàng 0912 334 556 em đặt rồi, có gì nhắn zalo số đó nhé", () => expect(caughtBy("mã đơn hàng 0912 334 556 em đặt rồi, có gì nhắn zalo số đó nhé", ["0912 334 556"])).toBe(true));
  it("mã giao dịch 0978 221 4450 em chuyển khoản rồi, liên hệ số này nhé", () => expect(caughtBy("mã giao dịch 0978 221 4450 em chuyển khoản rồi, liên hệ số này nhé", ["0978 221 4450"])).toBe(true));
  it("số hóa đơn 0386 771 450 đã thanh toán, nhắn tin cho anh qua số đó", () => expect(caughtBy("số hóa đơn 0386 771 450 đã thanh toán, nhắn tin cho anh qua số đó", ["0386 771 450"])).toBe(true));
  it("kenmerk 06 4821 7395 betaald, stuur me een berichtje op dat nummer", () => expect(caughtBy("kenmerk 06 4821 7395 betaald, stuur me een berichtje op dat nummer", ["06 4821 7395"])).toBe(true));
  it("fatura no 0544 217 6310 ödendi, bu numaraya mesaj at", () => expect(caughtBy("fatura no 0544 217 6310 ödendi, bu numaraya mesaj at", ["0544 217 6310"])).toBe(true));
  it("işlem no 0533 771 2290 ödedim, iletişim için bu numara", () => expect(caughtBy("işlem no 0533 771 2290 ödedim, iletişim için bu numara", ["0533 771 2290"])).toBe(true));
  it("a rendelésszám 06 30 771 2290 kifizettem, írj erre a számra", () => expect(caughtBy("a rendelésszám 06 30 771 2290 kifizettem, írj erre a számra", ["06 30 771 2290"])).toBe(true));
  it("no. resit 012 334 5566 dah bayar, whatsapp je nombor ni", () => expect(caughtBy("no. resit 012 334 5566 dah bayar, whatsapp je nombor ni", ["012 334 5566"])).toBe(true));
  it("numéro de commande 06 12 34 56 78 payé, envoie-moi un sms", () => expect(caughtBy("numéro de commande 06 12 34 56 78 payé, envoie-moi un sms", ["06 12 34 56 78"])).toBe(true));
  it("Rechnungsnr. 0176 2345 6789 bezahlt, schreib mir da", () => expect(caughtBy("Rechnungsnr. 0176 2345 6789 bezahlt, schreib mir da", ["0176 2345 6789"])).toBe(true));
  it("nr factură 0722 123 456 plătită, scrie-mi pe numărul ăsta", () => expect(caughtBy("nr factură 0722 123 456 plătită, scrie-mi pe numărul ăsta", ["0722 123 456"])).toBe(true));
  it("rakam el fatoura 01012348876 dafa3tha, ib3atli 3aleh", () => expect(caughtBy("rakam el fatoura 01012348876 dafa3tha, ib3atli 3aleh", ["01012348876"])).toBe(true));
  it("UTR 98765 43210 paid, whatsapp me on this", () => expect(caughtBy("UTR 98765 43210 paid, whatsapp me on this", ["98765 43210"])).toBe(true));
  it("waybill 0917 223 4410 delivered, reach me there", () => expect(caughtBy("waybill 0917 223 4410 delivered, reach me there", ["0917 223 4410"])).toBe(true));
  it("mã vận đơn 0934 771 228, anh gọi vào số này khi giao nhé", () => expect(caughtBy("mã vận đơn 0934 771 228, anh gọi vào số này khi giao nhé", ["0934 771 228"])).toBe(true));
  it("ordernummer 0648 2173 95 betaald, app me daar", () => expect(caughtBy("ordernummer 0648 2173 95 betaald, app me daar", ["0648 2173 95"])).toBe(true));
  it("número do pedido 11 98765 4321 pago, me manda mensagem nesse", () => expect(caughtBy("número do pedido 11 98765 4321 pago, me manda mensagem nesse", ["11 98765 4321"])).toBe(true));
  it("ref no. ng GCash 0917 445 2210 paid na, yan din ang number ko", () => expect(caughtBy("ref no. ng GCash 0917 445 2210 paid na, yan din ang number ko", ["0917 445 2210"])).toBe(true));
  it("kode booking 0812 7745 3390 udah lunas, hubungi aja", () => expect(caughtBy("kode booking 0812 7745 3390 udah lunas, hubungi aja", ["0812 7745 3390"])).toBe(true));
  it("mã đơn hàng 0912 334 556 giao rồi, zalo em số này", () => expect(caughtBy("mã đơn hàng 0912 334 556 giao rồi, zalo em số này", ["0912 334 556"])).toBe(true));
  it("للحجز اتصل على 0501234567", () => expect(caughtBy("للحجز اتصل على 0501234567", ["0501234567"])).toBe(true));
  it("حجز موعد على الرقم 050 123 4567 واتساب", () => expect(caughtBy("حجز موعد على الرقم 050 123 4567 واتساب", ["050 123 4567"])).toBe(true));
  it("الحجز عن طريق الجوال 0501234567", () => expect(caughtBy("الحجز عن طريق الجوال 0501234567", ["0501234567"])).toBe(true));
  it("رقم الحجز 0551 234 876 وهو رقمي اتصل", () => expect(caughtBy("رقم الحجز 0551 234 876 وهو رقمي اتصل", ["0551 234 876"])).toBe(true));
  it("factura de Juan 612 345 678, ya pagada", () => expect(caughtBy("factura de Juan 612 345 678, ya pagada", ["612 345 678"])).toBe(true));
  it("kenmerk 0612 3456 78", () => expect(caughtBy("kenmerk 0612 3456 78", ["0612 3456 78"])).toBe(true));
  it("mã đơn 0912 3345 56", () => expect(caughtBy("mã đơn 0912 3345 56", ["0912 3345 56"])).toBe(true));
  it("UTR 9876543210 call me", () => expect(caughtBy("UTR 9876543210 call me", ["9876543210"])).toBe(true));
  it("rechnung von Max 0176 2345 6789", () => expect(caughtBy("rechnung von Max 0176 2345 6789", ["0176 2345 6789"])).toBe(true));
  it("send it to my mobile wallet 0917 882 0043 instead", () => expect(caughtBy("send it to my mobile wallet 0917 882 0043 instead", ["0917 882 0043"])).toBe(true));
  it("mobile banking transfer to 0917 882 0043 pls, cheaper than the app", () => expect(caughtBy("mobile banking transfer to 0917 882 0043 pls, cheaper than the app", ["0917 882 0043"])).toBe(true));
  it("réglée par téléphone au 06 12 34 56 78", () => expect(caughtBy("réglée par téléphone au 06 12 34 56 78", ["06 12 34 56 78"])).toBe(true));
  it("pay me via phone banking 0412 903 776, skip the app fees", () => expect(caughtBy("pay me via phone banking 0412 903 776, skip the app fees", ["0412 903 776"])).toBe(true));
  it("telefondan ara 0532 418 77 90", () => expect(caughtBy("telefondan ara 0532 418 77 90", ["0532 418 77 90"])).toBe(true));
  it("my telefoon 06 1234 5678", () => expect(caughtBy("my telefoon 06 1234 5678", ["06 1234 5678"])).toBe(true));
  it("the phone holder guy is 0917 882 0043, text him", () => expect(caughtBy("the phone holder guy is 0917 882 0043, text him", ["0917 882 0043"])).toBe(true));
  it("le support téléphonique c'est le 06 12 34 56 78, appelle", () => expect(caughtBy("le support téléphonique c'est le 06 12 34 56 78, appelle", ["06 12 34 56 78"])).toBe(true));
  it("paid on my phone, now text me on 0917 882 0043", () => expect(caughtBy("paid on my phone, now text me on 0917 882 0043", ["0917 882 0043"])).toBe(true));
  it("binili ko gamit phone ko, eto number ko 0917 882 0043", () => expect(caughtBy("binili ko gamit phone ko, eto number ko 0917 882 0043", ["0917 882 0043"])).toBe(true));
});
