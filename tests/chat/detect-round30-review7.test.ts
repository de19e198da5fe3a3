// Round 30 review 7: a seventh blind reviewer wrote 162 sentences (71 attacks, 91 innocents) to review 6's brief without its examples, to judge owned30 (a mobile under a label, then taken back, owned or aimed at abroad).
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 7: innocents", () => {
  it("Right, the phone mount you fitted — the order number on my receipt is 07734 218905, it's already cracked at the clip, can you swap it under warranty?", () =>
    expect(flaggedBy("Right, the phone mount you fitted — the order number on my receipt is 07734 218905, it's already cracked at the clip, can you swap it under warranty?")).toBe(false));
  it("I ordered the OBD dongle on my phone, Amazon order 114-7729301-8845216, should arrive Thursday so we can do the diag Friday", () =>
    expect(flaggedBy("I ordered the OBD dongle on my phone, Amazon order 114-7729301-8845216, should arrive Thursday so we can do the diag Friday")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Paid through PhonePe, UPI txn ID 412398765012, pls confirm you received the 2,450 for the clutch plate", () =>
    expect(flaggedBy("Paid through PhonePe, UPI txn ID 412398765012, pls confirm you received the 2,450 for the clutch plate")).toBe(false),
  );
  it("invoice 0412 3387 from your workshop says $680 but you quoted me $590 on the phone, which one is it", () =>
    expect(flaggedBy("invoice 0412 3387 from your workshop says $680 but you quoted me $590 on the phone, which one is it")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Sir I paid via GCash na po, ref no. 9017 342 668 105, for the change oil and filter", () =>
    expect(flaggedBy("Sir I paid via GCash na po, ref no. 9017 342 668 105, for the change oil and filter")).toBe(false),
  );
  it("tracking for the caliper is 9400 1118 9922 3847 5562 10, USPS says out for delivery", () =>
    expect(flaggedBy("tracking for the caliper is 9400 1118 9922 3847 5562 10, USPS says out for delivery")).toBe(false));
  it("Receipt number 0791 1203 from Halfords for the wiper blades, i bought the wrong size, can you use them anyway?", () =>
    expect(flaggedBy("Receipt number 0791 1203 from Halfords for the wiper blades, i bought the wrong size, can you use them anyway?")).toBe(false));
  it("Bro the part number on the old sensor is 0 986 594 512, Bosch one, check if you have it", () =>
    expect(flaggedBy("Bro the part number on the old sensor is 0 986 594 512, Bosch one, check if you have it")).toBe(false));
  it("serial number on the battery charger is 4155038827, it's the one that pairs with the phone app, still under warranty?", () =>
    expect(flaggedBy("serial number on the battery charger is 4155038827, it's the one that pairs with the phone app, still under warranty?")).toBe(false));
  it("Booking ref 0400 5521 came through on my phone from the app, is 9am still ok?", () =>
    expect(flaggedBy("Booking ref 0400 5521 came through on my phone from the app, is 9am still ok?")).toBe(false));
  it("Just checked, the dashcam order on eBay is 07-11482-93507, arrives tomorrow so you can hardwire it Saturday", () =>
    expect(flaggedBy("Just checked, the dashcam order on eBay is 07-11482-93507, arrives tomorrow so you can hardwire it Saturday")).toBe(false));
  it("odometer reads 212,447 and the last timing belt was at 98,500 according to the receipt", () =>
    expect(flaggedBy("odometer reads 212,447 and the last timing belt was at 98,500 according to the receipt")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("invoice no 9845 0127 63 from Bosch service centre, paid on my phone with GPay, claim warranty pls", () =>
    expect(flaggedBy("invoice no 9845 0127 63 from Bosch service centre, paid on my phone with GPay, claim warranty pls")).toBe(false),
  );
  it("The J&T waybill is 639174228801, that's for the side mirror I ordered, pls receive it if I'm not home", () =>
    expect(flaggedBy("The J&T waybill is 639174228801, that's for the side mirror I ordered, pls receive it if I'm not home")).toBe(false));
  it("paid with my phone via tap, receipt says transaction 0413 998 210 at 2:14pm, $245.50 for the rotors", () =>
    expect(flaggedBy("paid with my phone via tap, receipt says transaction 0413 998 210 at 2:14pm, $245.50 for the rotors")).toBe(false));
  it("I called the dealer from my phone and they said the recall campaign number is 24V-317, and the part is 04465-0K240", () =>
    expect(flaggedBy("I called the dealer from my phone and they said the recall campaign number is 24V-317, and the part is 04465-0K240")).toBe(false));
  it("Invoice INV-0784512 / £312.40 incl VAT — paid by card over the phone this morning, cheers", () =>
    expect(flaggedBy("Invoice INV-0784512 / £312.40 incl VAT — paid by card over the phone this morning, cheers")).toBe(false));
  it("Bike reg KA 05 MN 4471, the service booking no 9876543210 is showing in the app, is that the right slot?", () =>
    expect(flaggedBy("Bike reg KA 05 MN 4471, the service booking no 9876543210 is showing in the app, is that the right slot?")).toBe(false));
  it("the tyre DOT code is 4A3K 2219 and my phone pic is blurry sorry, tread is at like 3/32", () =>
    expect(flaggedBy("the tyre DOT code is 4A3K 2219 and my phone pic is blurry sorry, tread is at like 3/32")).toBe(false));
  it("Supercheap order 6141 2093 755 for the phone cradle and the dash cam, both in the boot for you", () =>
    expect(flaggedBy("Supercheap order 6141 2093 755 for the phone cradle and the dash cam, both in the boot for you")).toBe(false));
  it("Kak ini no pesanan tokopedia aku INV/20240512/MPL/0812449031 buat holder hp motor, tolong sekalian dipasang ya", () =>
    expect(flaggedBy("Kak ini no pesanan tokopedia aku INV/20240512/MPL/0812449031 buat holder hp motor, tolong sekalian dipasang ya")).toBe(false));
  it("aku bayar pake hp lewat dana, no referensi 0812 2024 0511 7793, total Rp 385.000 buat ganti aki", () =>
    expect(flaggedBy("aku bayar pake hp lewat dana, no referensi 0812 2024 0511 7793, total Rp 385.000 buat ganti aki")).toBe(false));
  it("resi JNE nya 0812 3300 4459 72 kak, itu buat kampas rem yg aku pesen, besok nyampe kayaknya", () =>
    expect(flaggedBy("resi JNE nya 0812 3300 4459 72 kak, itu buat kampas rem yg aku pesen, besok nyampe kayaknya")).toBe(false));
  it("kilometer udah 81.245 km, terakhir ganti oli di 78.000, no nota bengkel 08562291", () =>
    expect(flaggedBy("kilometer udah 81.245 km, terakhir ganti oli di 78.000, no nota bengkel 08562291")).toBe(false));
  it("no resit kedai spare part 0123 4477 tu utk brake pad, harga RM185, sy dah bayar guna phone", () =>
    expect(flaggedBy("no resit kedai spare part 0123 4477 tu utk brake pad, harga RM185, sy dah bayar guna phone")).toBe(false));
  it("Shopee order ID 2405120173345 utk holder phone kereta tu dah sampai, boleh pasang sekali masa servis esok?", () =>
    expect(flaggedBy("Shopee order ID 2405120173345 utk holder phone kereta tu dah sampai, boleh pasang sekali masa servis esok?")).toBe(false));
  it("mileage dah 132,880km, bayaran online ref 6012 3345 9981 dah masuk akaun bengkel kan?", () =>
    expect(flaggedBy("mileage dah 132,880km, bayaran online ref 6012 3345 9981 dah masuk akaun bengkel kan?")).toBe(false));
  it("Lazada order no. 501928374650123 po yung spark plugs, pa-check naman kung tama yung nabili ko", () =>
    expect(flaggedBy("Lazada order no. 501928374650123 po yung spark plugs, pa-check naman kung tama yung nabili ko")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("nabayaran ko na po sa gcash gamit phone ko, ref no. 0917 552 384 106, yung 3,500 para sa tune up", () =>
    expect(flaggedBy("nabayaran ko na po sa gcash gamit phone ko, ref no. 0917 552 384 106, yung 3,500 para sa tune up")).toBe(false),
  );
  it("yung serial ng battery po 0905 2234 18, Motolite, binili ko last March pa, bakit lowbat na agad", () =>
    expect(flaggedBy("yung serial ng battery po 0905 2234 18, Motolite, binili ko last March pa, bakit lowbat na agad")).toBe(false));
  it("tracking ng LBC 0998 3412 7750 po yung side mirror, darating daw bukas ng hapon", () =>
    expect(flaggedBy("tracking ng LBC 0998 3412 7750 po yung side mirror, darating daw bukas ng hapon")).toBe(false));
  it("رقم الفاتورة من المحل 0501 2233 وكلفتني 450 ريال للفحمات، دفعتها بالجوال عن طريق آبل باي", () =>
    expect(flaggedBy("رقم الفاتورة من المحل 0501 2233 وكلفتني 450 ريال للفحمات، دفعتها بالجوال عن طريق آبل باي")).toBe(false));
  it("رقم القطعة على الحساس ٠٢٨٠٢١٨٠٥٤ بوش، هل متوفر عندكم؟", () => expect(flaggedBy("رقم القطعة على الحساس ٠٢٨٠٢١٨٠٥٤ بوش، هل متوفر عندكم؟")).toBe(false));
  it("رقم الحجز بالتطبيق 971506 ووصلتني رسالة تأكيد على جوالي، الموعد الساعة ١٠ الصبح", () =>
    expect(flaggedBy("رقم الحجز بالتطبيق 971506 ووصلتني رسالة تأكيد على جوالي، الموعد الساعة ١٠ الصبح")).toBe(false));
  // flagged as PHONE
  it.fails("ya handasa raqam el fatoura 0100 2245 men el tawkil, daf3t 2800 geneh 3ala el tel w mesh fahem leh kda", () =>
    expect(flaggedBy("ya handasa raqam el fatoura 0100 2245 men el tawkil, daf3t 2800 geneh 3ala el tel w mesh fahem leh kda")).toBe(false),
  );
  it("rakam el order men amazon masr 402-0109876-5543210 lel phone holder, ha yewsal el khamis", () =>
    expect(flaggedBy("rakam el order men amazon masr 402-0109876-5543210 lel phone holder, ha yewsal el khamis")).toBe(false));
  it("رقم العملية في فوري 1128845512 اللي دفعت بيه من الموبايل، ياريت تتأكد إن الفلوس وصلت", () =>
    expect(flaggedBy("رقم العملية في فوري 1128845512 اللي دفعت بيه من الموبايل، ياريت تتأكد إن الفلوس وصلت")).toBe(false));
  it("Trendyol sipariş numarası 532417882 telefon tutucu için, kargoya verilmiş, yarın getiririm takarsınız", () =>
    expect(flaggedBy("Trendyol sipariş numarası 532417882 telefon tutucu için, kargoya verilmiş, yarın getiririm takarsınız")).toBe(false));
  it("Telefondan ödedim, dekont no 0544 2097 1163 12, 4.750 TL balata + disk için", () => expect(flaggedBy("Telefondan ödedim, dekont no 0544 2097 1163 12, 4.750 TL balata + disk için")).toBe(false));
  it("km 187.450, parça no 04465-0D130, faturası 0505 7718 nolu, garanti kapsamında mı?", () =>
    expect(flaggedBy("km 187.450, parça no 04465-0D130, faturası 0505 7718 nolu, garanti kapsamında mı?")).toBe(false));
  it("A rendelésszám 3012 4567 89 a telefontartóra, ami a műszerfalra kellene, tudod szerelni szombaton?", () =>
    expect(flaggedBy("A rendelésszám 3012 4567 89 a telefontartóra, ami a műszerfalra kellene, tudod szerelni szombaton?")).toBe(false));
  it("Telefonon fizettem, a tranzakció azonosító 20 5517 3209 44, 38.500 Ft volt a fékbetét", () =>
    expect(flaggedBy("Telefonon fizettem, a tranzakció azonosító 20 5517 3209 44, 38.500 Ft volt a fékbetét")).toBe(false));
  it("a számla sorszáma 06-30/2024/1187, az olajcserét írták rá, 142 000 km-nél", () => expect(flaggedBy("a számla sorszáma 06-30/2024/1187, az olajcserét írták rá, 142 000 km-nél")).toBe(false));
  it("mã vận đơn GHN 0912 3458 0735 là cái giá đỡ điện thoại em đặt, mai tới anh lắp giúp em nha", () =>
    expect(flaggedBy("mã vận đơn GHN 0912 3458 0735 là cái giá đỡ điện thoại em đặt, mai tới anh lắp giúp em nha")).toBe(false));
  it("em chuyển khoản bằng app điện thoại rồi, mã giao dịch 0987226413519, số tiền 1.250.000đ tiền thay má phanh", () =>
    expect(flaggedBy("em chuyển khoản bằng app điện thoại rồi, mã giao dịch 0987226413519, số tiền 1.250.000đ tiền thay má phanh")).toBe(false));
  it("xe chạy được 68.500 km rồi, số seri ắc quy 0903 118 24, mua ở cửa hàng hồi tháng 3", () =>
    expect(flaggedBy("xe chạy được 68.500 km rồi, số seri ắc quy 0903 118 24, mua ở cửa hàng hồi tháng 3")).toBe(false));
  it("nr comenzii eMAG 372248193 pt suportul de telefon, l-am comandat de pe telefon aseara, vine joi", () =>
    expect(flaggedBy("nr comenzii eMAG 372248193 pt suportul de telefon, l-am comandat de pe telefon aseara, vine joi")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Factura nr 0745 din 12.05.2024, 1.340 lei pentru distributie, am platit cu telefonul prin Revolut", () =>
    expect(flaggedBy("Factura nr 0745 din 12.05.2024, 1.340 lei pentru distributie, am platit cu telefonul prin Revolut")).toBe(false),
  );
  it("AWB Fan Courier 2209870766 pt placutele de frana, ar trebui sa ajunga la service maine", () =>
    expect(flaggedBy("AWB Fan Courier 2209870766 pt placutele de frana, ar trebui sa ajunga la service maine")).toBe(false));
  it("numer zamówienia z Allegro 5123 8490 6612 na uchwyt na telefon, dojdzie w piątek to zamontujesz?", () =>
    expect(flaggedBy("numer zamówienia z Allegro 5123 8490 6612 na uchwyt na telefon, dojdzie w piątek to zamontujesz?")).toBe(false));
  it("przebieg 214 560 km, nr faktury FV/512/05/2024, płaciłem blikiem z telefonu", () => expect(flaggedBy("przebieg 214 560 km, nr faktury FV/512/05/2024, płaciłem blikiem z telefonu")).toBe(false));
  it("numer seryjny akumulatora 601 774 2290, Varta, kupiony rok temu a już pada", () => expect(flaggedBy("numer seryjny akumulatora 601 774 2290, Varta, kupiony rok temu a już pada")).toBe(false));
  it("el número de pedido de Amazon es 406-6124783-9512271, es el soporte del móvil para el coche, llega mañana", () =>
    expect(flaggedBy("el número de pedido de Amazon es 406-6124783-9512271, es el soporte del móvil para el coche, llega mañana")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("pagué con Bizum desde el móvil, la referencia de la operación es 655209184001, 230 € del cambio de embrague", () =>
    expect(flaggedBy("pagué con Bizum desde el móvil, la referencia de la operación es 655209184001, 230 € del cambio de embrague")).toBe(false),
  );
  it("la guía de DHL es 5534 8277 19, trae las balatas que pedí, llega el jueves al taller", () =>
    expect(flaggedBy("la guía de DHL es 5534 8277 19, trae las balatas que pedí, llega el jueves al taller")).toBe(false));
  it("número do pedido no Mercado Livre 2000 0098 4723 351, é o suporte de celular pro painel", () =>
    expect(flaggedBy("número do pedido no Mercado Livre 2000 0098 4723 351, é o suporte de celular pro painel")).toBe(false));
  it("o comprovante do pix tem o nº 21998341207, R$ 1.480 da embreagem, paguei pelo celular", () =>
    expect(flaggedBy("o comprovante do pix tem o nº 21998341207, R$ 1.480 da embreagem, paguei pelo celular")).toBe(false));
  it("a fatura nº 912/2024 da revisão dos 60 000 km, paguei por MB Way no telemóvel", () =>
    expect(flaggedBy("a fatura nº 912/2024 da revisão dos 60 000 km, paguei por MB Way no telemóvel")).toBe(false));
  it("o número de série do carregador de telemóvel que me instalaste é 936220418, deixou de funcionar", () =>
    expect(flaggedBy("o número de série do carregador de telemóvel que me instalaste é 936220418, deixou de funcionar")).toBe(false));
  it("numéro de commande Oscaro 0648 7219 35 pour les plaquettes, livraison prévue jeudi au garage", () =>
    expect(flaggedBy("numéro de commande Oscaro 0648 7219 35 pour les plaquettes, livraison prévue jeudi au garage")).toBe(false));
  it("Facture n° 07 81 44 29 — vidange + filtres 189 €, réglée par téléphone avec la CB", () =>
    expect(flaggedBy("Facture n° 07 81 44 29 — vidange + filtres 189 €, réglée par téléphone avec la CB")).toBe(false));
  it("le support téléphone que j'ai commandé, commande n° 33 6 1244 8870, il est arrivé cassé", () =>
    expect(flaggedBy("le support téléphone que j'ai commandé, commande n° 33 6 1244 8870, il est arrivé cassé")).toBe(false));
  it("Bestellnummer 0151-2847-33 für den Handyhalter, kam heute, kannst du den beim Service gleich mit einbauen?", () =>
    expect(flaggedBy("Bestellnummer 0151-2847-33 für den Handyhalter, kam heute, kannst du den beim Service gleich mit einbauen?")).toBe(false));
  it("Teilenummer vom Luftmassenmesser: 0 280 218 116, Bosch, hab das Foto mit dem Handy gemacht", () =>
    expect(flaggedBy("Teilenummer vom Luftmassenmesser: 0 280 218 116, Bosch, hab das Foto mit dem Handy gemacht")).toBe(false));
  it("Kilometerstand 176.400, Rechnung Nr. 1762 2188 43 vom letzten Zahnriemenwechsel liegt im Handschuhfach", () =>
    expect(flaggedBy("Kilometerstand 176.400, Rechnung Nr. 1762 2188 43 vom letzten Zahnriemenwechsel liegt im Handschuhfach")).toBe(false));
  it("numero ordine 347-2189054 di Autodoc per i dischi freno, l'ho fatto dal telefono ieri sera", () =>
    expect(flaggedBy("numero ordine 347-2189054 di Autodoc per i dischi freno, l'ho fatto dal telefono ieri sera")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("ho pagato con Satispay dal cellulare, codice transazione 3334701862 01, 420 € per la frizione", () =>
    expect(flaggedBy("ho pagato con Satispay dal cellulare, codice transazione 3334701862 01, 420 € per la frizione")).toBe(false),
  );
  // flagged as PHONE
  it.fails("il numero di serie del caricatore per telefono che mi hai montato è 328 991 77 45, non carica più", () =>
    expect(flaggedBy("il numero di serie del caricatore per telefono che mi hai montato è 328 991 77 45, non carica più")).toBe(false),
  );
  it("ordernummer bij Bol voor de telefoonhouder is 0648 2173 95, komt morgen binnen", () =>
    expect(flaggedBy("ordernummer bij Bol voor de telefoonhouder is 0648 2173 95, komt morgen binnen")).toBe(false));
  // flagged as PHONE
  it.fails("Ik heb met m'n telefoon betaald via Tikkie, kenmerk 0031 6229 1487 0, €275 voor de remblokken", () =>
    expect(flaggedBy("Ik heb met m'n telefoon betaald via Tikkie, kenmerk 0031 6229 1487 0, €275 voor de remblokken")).toBe(false),
  );
  // flagged as PHONE
  it.fails("kilometerstand 154.880, APK gekeurd op 12-03-2024, factuurnr 06/2024-1287", () =>
    expect(flaggedBy("kilometerstand 154.880, APK gekeurd op 12-03-2024, factuurnr 06/2024-1287")).toBe(false),
  );
  it("Brake pads are at 3mm front, rears about 5, I'd do fronts now, around $180 with labour", () =>
    expect(flaggedBy("Brake pads are at 3mm front, rears about 5, I'd do fronts now, around $180 with labour")).toBe(false));
  it("oil change every 10,000 km or 12 months whichever first, your last was at 45,200", () =>
    expect(flaggedBy("oil change every 10,000 km or 12 months whichever first, your last was at 45,200")).toBe(false));
  it("torque the wheel nuts to 110 Nm, the book says 108 but close enough", () => expect(flaggedBy("torque the wheel nuts to 110 Nm, the book says 108 but close enough")).toBe(false));
  it("The battery is showing 12.1V, should be 12.6 at rest, prob dying, its a 2019 one", () =>
    expect(flaggedBy("The battery is showing 12.1V, should be 12.6 at rest, prob dying, its a 2019 one")).toBe(false));
  it("coolant temp hits 105°C in traffic then drops to 90 when moving, fan issue?", () => expect(flaggedBy("coolant temp hits 105°C in traffic then drops to 90 when moving, fan issue?")).toBe(false));
  it("Sir quote for 4 tyres 205/55 R16 is Rs 18,400 incl alignment and balancing", () => expect(flaggedBy("Sir quote for 4 tyres 205/55 R16 is Rs 18,400 incl alignment and balancing")).toBe(false));
  it("ban depan tinggal 2 mm mas, ganti aja, ukuran 185/65 R15 sekitar 650 ribuan satu", () =>
    expect(flaggedBy("ban depan tinggal 2 mm mas, ganti aja, ukuran 185/65 R15 sekitar 650 ribuan satu")).toBe(false));
  it("yağ 5W-30 4,5 litre giriyor, filtre dahil 1.850 TL tutar", () => expect(flaggedBy("yağ 5W-30 4,5 litre giriyor, filtre dahil 1.850 TL tutar")).toBe(false));
  it("a vezérlés 120 000 km-enként esedékes, nálad 118 ezer van, érdemes most megcsinálni", () =>
    expect(flaggedBy("a vezérlés 120 000 km-enként esedékes, nálad 118 ezer van, érdemes most megcsinálni")).toBe(false));
  it("xe anh đi 45.000 km rồi, nên thay dầu hộp số, khoảng 850k", () => expect(flaggedBy("xe anh đi 45.000 km rồi, nên thay dầu hộp số, khoảng 850k")).toBe(false));
  it("bujiile se schimba la 60.000 km, la tine sunt la 97.000, deci e cazul", () => expect(flaggedBy("bujiile se schimba la 60.000 km, la tine sunt la 97.000, deci e cazul")).toBe(false));
  it("klocki 2 mm, tarcze 22,4 przy minimum 22, trzeba oba, ok 900 zł", () => expect(flaggedBy("klocki 2 mm, tarcze 22,4 przy minimum 22, trzeba oba, ok 900 zł")).toBe(false));
  it("la correa de distribución se cambia a los 90.000 km o 5 años, tu coche tiene 87.300", () =>
    expect(flaggedBy("la correa de distribución se cambia a los 90.000 km o 5 años, tu coche tiene 87.300")).toBe(false));
  it("pneu aro 14 sai uns R$ 380 cada, alinhamento 80 conto", () => expect(flaggedBy("pneu aro 14 sai uns R$ 380 cada, alinhamento 80 conto")).toBe(false));
  it("pression pneus 2,3 bar avant et 2,1 arrière, vérifié à froid", () => expect(flaggedBy("pression pneus 2,3 bar avant et 2,1 arrière, vérifié à froid")).toBe(false));
  it("Ölwechsel mit 5W-30, 4,3 Liter, Filter 12 €, insgesamt ca. 89 €", () => expect(flaggedBy("Ölwechsel mit 5W-30, 4,3 Liter, Filter 12 €, insgesamt ca. 89 €")).toBe(false));
  it("la frizione a 180.000 km è normale che slitti, ci vogliono tipo 650 euro", () => expect(flaggedBy("la frizione a 180.000 km è normale che slitti, ci vogliono tipo 650 euro")).toBe(false));
  it("je remvloeistof is van 2019, moet eigenlijk om de 2 jaar, kost rond de €45", () => expect(flaggedBy("je remvloeistof is van 2019, moet eigenlijk om de 2 jaar, kost rond de €45")).toBe(false));
  it("الكفرات مقاس 225/45 R17 سعر الواحد 420 ريال، والترصيص 50", () => expect(flaggedBy("الكفرات مقاس 225/45 R17 سعر الواحد 420 ريال، والترصيص 50")).toBe(false));
  it("sir yung aircon mo 28 psi lang low side, kulang sa freon, mga 1,500 pesos refill", () =>
    expect(flaggedBy("sir yung aircon mo 28 psi lang low side, kulang sa freon, mga 1,500 pesos refill")).toBe(false));
});

describe("round 30 review 7: attacks", () => {
  it("order ref for the alternator is 07911 204 583 lol nah thats my mobile, just text me there and we'll sort it cheaper", () =>
    expect(caughtBy("order ref for the alternator is 07911 204 583 lol nah thats my mobile, just text me there and we'll sort it cheaper", ["07911 204 583"])).toBe(true));
  it("Invoice # (917) 482-6031 — jk that's my cell, call after 5 and I'll do the brakes for cash", () =>
    expect(caughtBy("Invoice # (917) 482-6031 — jk that's my cell, call after 5 and I'll do the brakes for cash", ["(917) 482-6031"])).toBe(true));
  it("sir booking code is 98450 62731 only, whatsapp on same booking code and i will come to your home for service", () =>
    expect(caughtBy("sir booking code is 98450 62731 only, whatsapp on same booking code and i will come to your home for service", ["98450 62731"])).toBe(true));
  it("mate just put 0423 518 947 down as the tracking number, thats me, ring it and we skip the app fees", () =>
    expect(caughtBy("mate just put 0423 518 947 down as the tracking number, thats me, ring it and we skip the app fees", ["0423 518 947"])).toBe(true));
  it("Sir my reference number is 09175528163 haha its my globe number also, just txt me so we can talk outside", () =>
    expect(caughtBy("Sir my reference number is 09175528163 haha its my globe number also, just txt me so we can talk outside", ["09175528163"])).toBe(true));
  it("order number 312 806 4417?? thats not an order number thats my cell lmao. anyway text it, way faster than this chat", () =>
    expect(caughtBy("order number 312 806 4417?? thats not an order number thats my cell lmao. anyway text it, way faster than this chat", ["312 806 4417"])).toBe(true));
  it("Serial on the unit is +44 7700 918 342 if you catch my drift 😉 whatsapp works best", () =>
    expect(caughtBy("Serial on the unit is +44 7700 918 342 if you catch my drift 😉 whatsapp works best", ["+44 7700 918 342"])).toBe(true));
  it("My order id is 4021-7788-19 and for any doubt just call 9867012345 directly, no need of app", () =>
    expect(caughtBy("My order id is 4021-7788-19 and for any doubt just call 9867012345 directly, no need of app", ["9867012345"])).toBe(true));
  it("here's my order # 113-4829301-5567214 from amazon for the sensor, and my cell is 646-291-7734 if you wanna just call me instead of messaging here", () =>
    expect(caughtBy("here's my order # 113-4829301-5567214 from amazon for the sensor, and my cell is 646-291-7734 if you wanna just call me instead of messaging here", ["646-291-7734"])).toBe(true));
  it("Receipt number for the job: 0 4 1 2 7 7 3 0 5 1 😂 call that receipt any time", () =>
    expect(caughtBy("Receipt number for the job: 0 4 1 2 7 7 3 0 5 1 😂 call that receipt any time", ["0 4 1 2 7 7 3 0 5 1"])).toBe(true));
  it("Use this as your booking reference when you ring: 07459881203. Ha, it's me, the garage owner. Ring it and we'll book you in direct", () =>
    expect(caughtBy("Use this as your booking reference when you ring: 07459881203. Ha, it's me, the garage owner. Ring it and we'll book you in direct", ["07459881203"])).toBe(true));
  // missed
  it.fails("mam, invoice # 0998-221-4076, that's also my smart number so you can text for faster reply", () =>
    expect(caughtBy("mam, invoice # 0998-221-4076, that's also my smart number so you can text for faster reply", ["0998-221-4076"])).toBe(true),
  );
  it("bro note my service ticket no: +91 70211 84590, its also my WhatsApp, ping there for discount", () =>
    expect(caughtBy("bro note my service ticket no: +91 70211 84590, its also my WhatsApp, ping there for discount", ["+91 70211 84590"])).toBe(true));
  it("your tracking number is 512.339.8820 — kidding, that's my cell, text me and I'll give you my shop price", () =>
    expect(caughtBy("your tracking number is 512.339.8820 — kidding, that's my cell, text me and I'll give you my shop price", ["512.339.8820"])).toBe(true));
  it("ref no is 0438 116 290, same as my mobile funnily enough, sms me for the rego inspection and we'll do it off the app", () =>
    expect(caughtBy("ref no is 0438 116 290, same as my mobile funnily enough, sms me for the rego inspection and we'll do it off the app", ["0438 116 290"])).toBe(true));
  // missed
  it.fails("I'll send the invoice manually, the number on it (07823 556190) is my personal one, use that from now on not this app", () =>
    expect(caughtBy("I'll send the invoice manually, the number on it (07823 556190) is my personal one, use that from now on not this app", ["07823 556190"])).toBe(true),
  );
  it("order no. is 5821947 and pls text me at 09265530871 so the rider can go directly to u", () =>
    expect(caughtBy("order no. is 5821947 and pls text me at 09265530871 so the rider can go directly to u", ["09265530871"])).toBe(true));
  it("Receipt no 7.8.9.3.4.5.6.1.2.0 😅 save it as 'receipt' in your contacts and whatsapp me", () =>
    expect(caughtBy("Receipt no 7.8.9.3.4.5.6.1.2.0 😅 save it as 'receipt' in your contacts and whatsapp me", ["7.8.9.3.4.5.6.1.2.0"])).toBe(true));
  it("just so you know the order code they gave me is 7735018842 and that's also how you reach me (it's my cell), don't need the app for the rest", () =>
    expect(caughtBy("just so you know the order code they gave me is 7735018842 and that's also how you reach me (it's my cell), don't need the app for the rest", ["7735018842"])).toBe(true));
  it("Booking code 0161 496 0732? nah mate that's the workshop landline, call it and ask for Dave, cash price is better", () =>
    expect(caughtBy("Booking code 0161 496 0732? nah mate that's the workshop landline, call it and ask for Dave, cash price is better", ["0161 496 0732"])).toBe(true));
  it("no resi nya 0812-7745-3390 ya kak, sekalian itu nomer wa aku, chat aja disitu biar ga kena potongan aplikasi", () =>
    expect(caughtBy("no resi nya 0812-7745-3390 ya kak, sekalian itu nomer wa aku, chat aja disitu biar ga kena potongan aplikasi", ["0812-7745-3390"])).toBe(true));
  // missed
  it.fails("kode booking: 085722184561 wkwk bukan deng itu nomorku, sms aja bang", () =>
    expect(caughtBy("kode booking: 085722184561 wkwk bukan deng itu nomorku, sms aja bang", ["085722184561"])).toBe(true),
  );
  it("Order saya INV/20240511/MPL/3921847, kalo ada apa2 telp aja ke +62 821 4410 9873 ya mas", () =>
    expect(caughtBy("Order saya INV/20240511/MPL/3921847, kalo ada apa2 telp aja ke +62 821 4410 9873 ya mas", ["+62 821 4410 9873"])).toBe(true));
  it("nomor invoice bengkel kami 0878 1120 4456, hubungi nomor invoice itu buat booking langsung tanpa app pak", () =>
    expect(caughtBy("nomor invoice bengkel kami 0878 1120 4456, hubungi nomor invoice itu buat booking langsung tanpa app pak", ["0878 1120 4456"])).toBe(true));
  it("bro no. resit tu 012-338 7462 hahaha tu no aku la, whatsapp je terus nanti aku bagi harga murah", () =>
    expect(caughtBy("bro no. resit tu 012-338 7462 hahaha tu no aku la, whatsapp je terus nanti aku bagi harga murah", ["012-338 7462"])).toBe(true));
  it("Order ID sy 240512K9QX7731, kalau nak tanya lebih lanjut boleh call sy 011-2874 3391", () =>
    expect(caughtBy("Order ID sy 240512K9QX7731, kalau nak tanya lebih lanjut boleh call sy 011-2874 3391", ["011-2874 3391"])).toBe(true));
  it("nombor tracking +6019 552 0817, simpan dalam contact, nanti senang contact aku luar app", () =>
    expect(caughtBy("nombor tracking +6019 552 0817, simpan dalam contact, nanti senang contact aku luar app", ["+6019 552 0817"])).toBe(true));
  it("boss yung tracking # ko 0917 845 2236 pero cp ko rin yan hehe text mo na lang ako dun para mabilis", () =>
    expect(caughtBy("boss yung tracking # ko 0917 845 2236 pero cp ko rin yan hehe text mo na lang ako dun para mabilis", ["0917 845 2236"])).toBe(true));
  it("ito ref no. ng gcash ko 1009 847 223 105, tapos pa-text na lang sa 0928 447 1903 pag andyan ka na sa bahay", () =>
    expect(caughtBy("ito ref no. ng gcash ko 1009 847 223 105, tapos pa-text na lang sa 0928 447 1903 pag andyan ka na sa bahay", ["0928 447 1903"])).toBe(true));
  it("Sir ang booking code po ay +63 945 118 2274 charot number ko yan, viber nyo ko dun", () =>
    expect(caughtBy("Sir ang booking code po ay +63 945 118 2274 charot number ko yan, viber nyo ko dun", ["+63 945 118 2274"])).toBe(true));
  it("pre ilagay mo na lang sa notes na order # 0906-552-8810, yun number ko, tawagan mo ko bukas para sa labas na tayo mag-usap", () =>
    expect(caughtBy("pre ilagay mo na lang sa notes na order # 0906-552-8810, yun number ko, tawagan mo ko bukas para sa labas na tayo mag-usap", ["0906-552-8810"])).toBe(true));
  it("رقم الفاتورة ٠٥٠٣٤٧٢٨١٩ وهو نفس رقم جوالي، كلمني واتساب وبنتفاهم على السعر", () =>
    expect(caughtBy("رقم الفاتورة ٠٥٠٣٤٧٢٨١٩ وهو نفس رقم جوالي، كلمني واتساب وبنتفاهم على السعر", ["٠٥٠٣٤٧٢٨١٩"])).toBe(true));
  it("رقم الطلب 0551 239 874 😂 هذا رقمي الشخصي، اتصل عليه بعد العصر", () => expect(caughtBy("رقم الطلب 0551 239 874 😂 هذا رقمي الشخصي، اتصل عليه بعد العصر", ["0551 239 874"])).toBe(true));
  it("رقم الحجز عندك 784512 وإذا تبي تتواصل معي مباشرة هذا جوالي +971 50 618 2947", () =>
    expect(caughtBy("رقم الحجز عندك 784512 وإذا تبي تتواصل معي مباشرة هذا جوالي +971 50 618 2947", ["+971 50 618 2947"])).toBe(true));
  it("ya basha raqam el order 01012447839 w da nafs rakamy, kalemny 3ala el whatsapp ahsan", () =>
    expect(caughtBy("ya basha raqam el order 01012447839 w da nafs rakamy, kalemny 3ala el whatsapp ahsan", ["01012447839"])).toBe(true));
  it("rakam el fatoura 0111 882 4035 hahaha howa rakamy, ebaatli msg 3aleh", () =>
    expect(caughtBy("rakam el fatoura 0111 882 4035 hahaha howa rakamy, ebaatli msg 3aleh", ["0111 882 4035"])).toBe(true));
  it("رقم الأوردر بتاعي 0122 674 1198، كلمني عليه بدل الابلكيشن ده", () => expect(caughtBy("رقم الأوردر بتاعي 0122 674 1198، كلمني عليه بدل الابلكيشن ده", ["0122 674 1198"])).toBe(true));
  it("sipariş no 0532 417 88 26 şaka şaka benim numaram, whatsapptan yaz ustam", () =>
    expect(caughtBy("sipariş no 0532 417 88 26 şaka şaka benim numaram, whatsapptan yaz ustam", ["0532 417 88 26"])).toBe(true));
  it("Fatura numarası olarak +90 544 209 71 63 yazdım, aslında cep numaram, oradan arayın", () =>
    expect(caughtBy("Fatura numarası olarak +90 544 209 71 63 yazdım, aslında cep numaram, oradan arayın", ["+90 544 209 71 63"])).toBe(true));
  it("kargo takip no: 7281039455 gelince haber veririm, ama acil bisey olursa 05057718342 ara beni abi", () =>
    expect(caughtBy("kargo takip no: 7281039455 gelince haber veririm, ama acil bisey olursa 05057718342 ara beni abi", ["05057718342"])).toBe(true));
  it("a rendelésszám 06 30 418 2957 haha ez a mobilom, hívj inkább azon", () => expect(caughtBy("a rendelésszám 06 30 418 2957 haha ez a mobilom, hívj inkább azon", ["06 30 418 2957"])).toBe(true));
  it("Számlaszám: +36 20 551 7320 — ezen érsz el, írj SMS-t és megbeszéljük az appon kívül", () =>
    expect(caughtBy("Számlaszám: +36 20 551 7320 — ezen érsz el, írj SMS-t és megbeszéljük az appon kívül", ["+36 20 551 7320"])).toBe(true));
  it("a foglalási kódom 70-918-4426 😉 írj elé egy 06-ot és már hívhatsz is", () =>
    expect(caughtBy("a foglalási kódom 70-918-4426 😉 írj elé egy 06-ot és már hívhatsz is", ["70-918-4426"])).toBe(true));
  it("mã đơn hàng của em là 0912 345 807 á anh, mà đó cũng là sđt zalo em luôn, anh nhắn qua đó nha", () =>
    expect(caughtBy("mã đơn hàng của em là 0912 345 807 á anh, mà đó cũng là sđt zalo em luôn, anh nhắn qua đó nha", ["0912 345 807"])).toBe(true));
  it("ma van don 0987.226.413 hihi so dt cua minh do, goi minh nha", () => expect(caughtBy("ma van don 0987.226.413 hihi so dt cua minh do, goi minh nha", ["0987.226.413"])).toBe(true));
  it("Số hóa đơn bên gara: +84 903 118 245, anh cứ gọi số hóa đơn đó để đặt lịch trực tiếp, rẻ hơn", () =>
    expect(caughtBy("Số hóa đơn bên gara: +84 903 118 245, anh cứ gọi số hóa đơn đó để đặt lịch trực tiếp, rẻ hơn", ["+84 903 118 245"])).toBe(true));
  it("nr comenzii e 0722 481 936 glumesc e nr meu de tel, suna-ma direct ca iese mai ieftin", () =>
    expect(caughtBy("nr comenzii e 0722 481 936 glumesc e nr meu de tel, suna-ma direct ca iese mai ieftin", ["0722 481 936"])).toBe(true));
  it("Număr factură: +40 745 203 118. Da, e numărul meu personal, scrie-mi pe whatsapp", () =>
    expect(caughtBy("Număr factură: +40 745 203 118. Da, e numărul meu personal, scrie-mi pe whatsapp", ["+40 745 203 118"])).toBe(true));
  it("am comanda 10293847 pe emag pt piesa, iar daca vrei sa vorbim direct 0766 092 514", () =>
    expect(caughtBy("am comanda 10293847 pe emag pt piesa, iar daca vrei sa vorbim direct 0766 092 514", ["0766 092 514"])).toBe(true));
  it("numer zamówienia to 512 384 906 hehe tak naprawdę to mój numer, dzwoń śmiało", () =>
    expect(caughtBy("numer zamówienia to 512 384 906 hehe tak naprawdę to mój numer, dzwoń śmiało", ["512 384 906"])).toBe(true));
  it("Nr faktury +48 601 774 229, pisz na ten nr na whatsappie, bez aplikacji się dogadamy", () =>
    expect(caughtBy("Nr faktury +48 601 774 229, pisz na ten nr na whatsappie, bez aplikacji się dogadamy", ["+48 601 774 229"])).toBe(true));
  it("numer przesyłki InPost 620344718820551933102, a jakby co mój tel 798-115-643", () =>
    expect(caughtBy("numer przesyłki InPost 620344718820551933102, a jakby co mój tel 798-115-643", ["798-115-643"])).toBe(true));
  it("el número de pedido es 612 47 83 95 jaja es broma, es mi móvil, escríbeme por wasap", () =>
    expect(caughtBy("el número de pedido es 612 47 83 95 jaja es broma, es mi móvil, escríbeme por wasap", ["612 47 83 95"])).toBe(true));
  it("Te paso la referencia de la factura: +34 655 209 184, ahí me llamas y lo arreglamos sin la app", () =>
    expect(caughtBy("Te paso la referencia de la factura: +34 655 209 184, ahí me llamas y lo arreglamos sin la app", ["+34 655 209 184"])).toBe(true));
  it("mi número de rastreo es 55 3482 7719 jaja nel es mi cel, mándame whats", () =>
    expect(caughtBy("mi número de rastreo es 55 3482 7719 jaja nel es mi cel, mándame whats", ["55 3482 7719"])).toBe(true));
  it("o código do pedido é (11) 98472-3351 kkkk brincadeira é meu zap, me chama lá", () =>
    expect(caughtBy("o código do pedido é (11) 98472-3351 kkkk brincadeira é meu zap, me chama lá", ["(11) 98472-3351"])).toBe(true));
  it("número da nota fiscal 21 99834-1207, salva aí como nota fiscal e me manda mensagem no whats", () =>
    expect(caughtBy("número da nota fiscal 21 99834-1207, salva aí como nota fiscal e me manda mensagem no whats", ["21 99834-1207"])).toBe(true));
  it("a referência da encomenda é 912 384 775, mas é o meu telemóvel, liga-me para combinarmos fora da app", () =>
    expect(caughtBy("a referência da encomenda é 912 384 775, mas é o meu telemóvel, liga-me para combinarmos fora da app", ["912 384 775"])).toBe(true));
  it("Encomenda nº 4478213 já saiu, qualquer dúvida ligue para +351 936 220 418 diretamente", () =>
    expect(caughtBy("Encomenda nº 4478213 já saiu, qualquer dúvida ligue para +351 936 220 418 diretamente", ["+351 936 220 418"])).toBe(true));
  it("le numéro de commande c'est 06 48 72 19 35 mdr non c'est mon portable, appelle-moi direct", () =>
    expect(caughtBy("le numéro de commande c'est 06 48 72 19 35 mdr non c'est mon portable, appelle-moi direct", ["06 48 72 19 35"])).toBe(true));
  it("Réf facture : +33 7 81 44 29 60 — c'est mon numéro perso, envoyez un SMS pour le devis hors plateforme", () =>
    expect(caughtBy("Réf facture : +33 7 81 44 29 60 — c'est mon numéro perso, envoyez un SMS pour le devis hors plateforme", ["+33 7 81 44 29 60"])).toBe(true));
  it("ma commande Oscaro n° 58213947 est arrivée, pour le RDV tu peux me joindre au 0651237784", () =>
    expect(caughtBy("ma commande Oscaro n° 58213947 est arrivée, pour le RDV tu peux me joindre au 0651237784", ["0651237784"])).toBe(true));
  it("Bestellnummer 0151 2847 3390 😄 ist natürlich meine Handynummer, schreib mir auf WhatsApp", () =>
    expect(caughtBy("Bestellnummer 0151 2847 3390 😄 ist natürlich meine Handynummer, schreib mir auf WhatsApp", ["0151 2847 3390"])).toBe(true));
  it("Rechnungsnr. +49 176 55218843 – unter der Nummer erreichst du mich auch, ruf einfach an, dann sparen wir uns die Gebühr", () =>
    expect(caughtBy("Rechnungsnr. +49 176 55218843 – unter der Nummer erreichst du mich auch, ruf einfach an, dann sparen wir uns die Gebühr", ["+49 176 55218843"])).toBe(true));
  it("Sendungsnummer DHL 00340434161094015902, und falls der Bote nicht klingelt: 0162/7781204", () =>
    expect(caughtBy("Sendungsnummer DHL 00340434161094015902, und falls der Bote nicht klingelt: 0162/7781204", ["0162/7781204"])).toBe(true));
  it("il numero d'ordine è 347 218 9054 ahah scherzo è il mio cell, scrivimi su whatsapp", () =>
    expect(caughtBy("il numero d'ordine è 347 218 9054 ahah scherzo è il mio cell, scrivimi su whatsapp", ["347 218 9054"])).toBe(true));
  it("Codice prenotazione: +39 333 470 1862. È anche il mio numero, chiamami così ci mettiamo d'accordo fuori dall'app", () =>
    expect(caughtBy("Codice prenotazione: +39 333 470 1862. È anche il mio numero, chiamami così ci mettiamo d'accordo fuori dall'app", ["+39 333 470 1862"])).toBe(true));
  // missed
  it.fails("ordine amazon 405-7781234-5567102 per le pastiglie, poi se vuoi mandami un msg al 3289917745", () =>
    expect(caughtBy("ordine amazon 405-7781234-5567102 per le pastiglie, poi se vuoi mandami un msg al 3289917745", ["3289917745"])).toBe(true),
  );
  it("ordernummer is 06-48217395 haha nee das mijn 06, app me maar", () => expect(caughtBy("ordernummer is 06-48217395 haha nee das mijn 06, app me maar", ["06-48217395"])).toBe(true));
  it("Factuurnummer: +31 6 2291 4870, bel dat nummer maar dan regelen we het buiten de app om", () =>
    expect(caughtBy("Factuurnummer: +31 6 2291 4870, bel dat nummer maar dan regelen we het buiten de app om", ["+31 6 2291 4870"])).toBe(true));
  it("mijn bestelling bij Bol heeft nr 1198273645 en voor de afspraak kun je me bellen op 0612 884 013", () =>
    expect(caughtBy("mijn bestelling bij Bol heeft nr 1198273645 en voor de afspraak kun je me bellen op 0612 884 013", ["0612 884 013"])).toBe(true));
});
