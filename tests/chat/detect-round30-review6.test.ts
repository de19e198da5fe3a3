// Round 30 review 6: a sixth blind reviewer wrote 164 sentences (72 attacks, 92 innocents) of numbers shaped like phones under order, invoice, booking, tracking and serial labels, 70% abroad. Its brief quoted two attacks the owned30 branch's brief also quoted, so it only reports on that branch (review 7 judged it).
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 6: innocents", () => {
  it("The phone holder I ordered (order #07781 220394) came without the vent clip, could you still mount it when you do the service Thursday?", () =>
    expect(flaggedBy("The phone holder I ordered (order #07781 220394) came without the vent clip, could you still mount it when you do the service Thursday?")).toBe(false));
  it("Invoice 0412 558 903 is the brake discs from last week, total was $386.40, just need it emailed for tax", () =>
    expect(flaggedBy("Invoice 0412 558 903 is the brake discs from last week, total was $386.40, just need it emailed for tax")).toBe(false));
  it("i ordered the obd scanner from my phone only, order no. 9876543210, will it work on 2014 swift dzire?", () =>
    expect(flaggedBy("i ordered the obd scanner from my phone only, order no. 9876543210, will it work on 2014 swift dzire?")).toBe(false));
  it("FedEx tracking 7712 3456 7890 says delivered to the shop at 2:14pm, can u confirm the pads are there", () =>
    expect(flaggedBy("FedEx tracking 7712 3456 7890 says delivered to the shop at 2:14pm, can u confirm the pads are there")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("paid via my phone, gcash ref is 0928 114 7752 if you need it for the warranty on the battery", () =>
    expect(flaggedBy("paid via my phone, gcash ref is 0928 114 7752 if you need it for the warranty on the battery")).toBe(false),
  );
  it("The charger's serial is 0405 118 226 — it's the 12V Projecta from Supercheap. Right amps for a 70Ah battery?", () =>
    expect(flaggedBy("The charger's serial is 0405 118 226 — it's the 12V Projecta from Supercheap. Right amps for a 70Ah battery?")).toBe(false));
  it("Booking ref 07700 182554 for the Saturday 10am MOT, just checking it's in your system", () =>
    expect(flaggedBy("Booking ref 07700 182554 for the Saturday 10am MOT, just checking it's in your system")).toBe(false));
  it("Transaction ID 4158723390 po from Maya for the ₱1,500 downpayment sa aircon repair", () =>
    expect(flaggedBy("Transaction ID 4158723390 po from Maya for the ₱1,500 downpayment sa aircon repair")).toBe(false));
  it("order number 6507718824 was a wireless charging pad for the console, sent it back cause it got hot, could the fuse be the issue?", () =>
    expect(flaggedBy("order number 6507718824 was a wireless charging pad for the console, sent it back cause it got hot, could the fuse be the issue?")).toBe(false));
  it("odometer is at 98,765 km and last service invoice dated 03/11/2023, need oil + filters only", () =>
    expect(flaggedBy("odometer is at 98,765 km and last service invoice dated 03/11/2023, need oil + filters only")).toBe(false));
  it("Amazon order 113-8821774-3390 is just the phone mount, ignore that, only the tires today", () =>
    expect(flaggedBy("Amazon order 113-8821774-3390 is just the phone mount, ignore that, only the tires today")).toBe(false));
  it("Ref 07912 640118 on the parts invoice is the Bosch wiper set, I'm returning one of them", () =>
    expect(flaggedBy("Ref 07912 640118 on the parts invoice is the Bosch wiper set, I'm returning one of them")).toBe(false));
  it("order #99012-44718 was the mobile charger cable for the car, they sent usb-c instead of lightning 🙄", () =>
    expect(flaggedBy("order #99012-44718 was the mobile charger cable for the car, they sent usb-c instead of lightning 🙄")).toBe(false));
  it("PO number 0421 776 305 from our fleet dept, pls put it on the Hilux invoice or accounts won't pay", () =>
    expect(flaggedBy("PO number 0421 776 305 from our fleet dept, pls put it on the Hilux invoice or accounts won't pay")).toBe(false));
  it("IMEI of the GPS tracker you installed is 352099001761481, their support asked me for it", () =>
    expect(flaggedBy("IMEI of the GPS tracker you installed is 352099001761481, their support asked me for it")).toBe(false));
  it("ung receipt ng battery, txn no. 0917 882 0043, binili ko sa Motolite gamit phone ko, valid pa ba warranty?", () =>
    expect(flaggedBy("ung receipt ng battery, txn no. 0917 882 0043, binili ko sa Motolite gamit phone ko, valid pa ba warranty?")).toBe(false));
  it("Phone's on 12% so quick one: the invoice ref is 07456 338 120 and it's for the timing belt, not the water pump", () =>
    expect(flaggedBy("Phone's on 12% so quick one: the invoice ref is 07456 338 120 and it's for the timing belt, not the water pump")).toBe(false));
  it("Rego check says booking no. 0438 910 227 is for the roadworthy on the 14th, can I move it to the 21st?", () =>
    expect(flaggedBy("Rego check says booking no. 0438 910 227 is for the roadworthy on the 14th, can I move it to the 21st?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Paid ₹4,850 by phonepe, UTR 4172 9935 1068, please confirm and release the car", () =>
    expect(flaggedBy("Paid ₹4,850 by phonepe, UTR 4172 9935 1068, please confirm and release the car")).toBe(false),
  );
  it("the part number on the old CV joint is 0925 4410 77, may stock ba kayo nyan?", () =>
    expect(flaggedBy("the part number on the old CV joint is 0925 4410 77, may stock ba kayo nyan?")).toBe(false));
  it("the quote they emailed was $1,249.99 for 4 tires + alignment at 48,220 miles, is that fair?", () =>
    expect(flaggedBy("the quote they emailed was $1,249.99 for 4 tires + alignment at 48,220 miles, is that fair?")).toBe(false));
  it("no resi sicepat 0025 8841 3309 itu buat holder hp yg aku pesen, katanya besok nyampe mas", () =>
    expect(flaggedBy("no resi sicepat 0025 8841 3309 itu buat holder hp yg aku pesen, katanya besok nyampe mas")).toBe(false));
  it("nomor invoice tokopedia INV/20240512/MPL/3981226754 itu charger mobil yg kemaren, bisa dipasang sekalian ga?", () =>
    expect(flaggedBy("nomor invoice tokopedia INV/20240512/MPL/3981226754 itu charger mobil yg kemaren, bisa dipasang sekalian ga?")).toBe(false));
  it("kode booking servis 0813 5521 90 buat sabtu jam 9, udah aku bayar lewat ovo di hp", () =>
    expect(flaggedBy("kode booking servis 0813 5521 90 buat sabtu jam 9, udah aku bayar lewat ovo di hp")).toBe(false));
  it("ID transaksi dana 0857 4412 2093 buat DP ganti kampas rem, tolong dicek ya pak", () =>
    expect(flaggedBy("ID transaksi dana 0857 4412 2093 buat DP ganti kampas rem, tolong dicek ya pak")).toBe(false));
  it("no. resit 0112 4476 30 utk pad brek tu, saya bayar guna Touch n Go kat fon", () => expect(flaggedBy("no. resit 0112 4476 30 utk pad brek tu, saya bayar guna Touch n Go kat fon")).toBe(false));
  it("nombor siri charger tu 012 7745 0098, ada kat kotak, sesuai tak utk bateri NS60?", () =>
    expect(flaggedBy("nombor siri charger tu 012 7745 0098, ada kat kotak, sesuai tak utk bateri NS60?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("sir ref no. ng gcash payment ko 1009 558 231 447, yung 1,850 para sa brake pads, bayad na po gamit phone", () =>
    expect(flaggedBy("sir ref no. ng gcash payment ko 1009 558 231 447, yung 1,850 para sa brake pads, bayad na po gamit phone")).toBe(false),
  );
  it("yung tracking ng J&T 8209 5531 7742 yun yung phone mount na inorder ko, pa-install na lang pagdating", () =>
    expect(flaggedBy("yung tracking ng J&T 8209 5531 7742 yun yung phone mount na inorder ko, pa-install na lang pagdating")).toBe(false));
  it("serial number ng dashcam 0919 3347 201 nasa likod ng box, kailangan ba yan para sa warranty?", () =>
    expect(flaggedBy("serial number ng dashcam 0919 3347 201 nasa likod ng box, kailangan ba yan para sa warranty?")).toBe(false));
  it("order id sa lazada 0916 2283 4451 yung sa side mirror, dumating na po pero mali yung kulay", () =>
    expect(flaggedBy("order id sa lazada 0916 2283 4451 yung sa side mirror, dumating na po pero mali yung kulay")).toBe(false));
  it("رقم الطلب 0561 992 340 حق حامل الجوال اللي طلبته من نون، وصل مكسور، تقدر تركّب واحد جديد؟", () =>
    expect(flaggedBy("رقم الطلب 0561 992 340 حق حامل الجوال اللي طلبته من نون، وصل مكسور، تقدر تركّب واحد جديد؟")).toBe(false));
  it("رقم الفاتورة ٠١٠٢٨٨٤٥١٧٣ للبطارية اللي ركبتها الأسبوع اللي فات، دفعت ٢٤٠٠ جنيه", () =>
    expect(flaggedBy("رقم الفاتورة ٠١٠٢٨٨٤٥١٧٣ للبطارية اللي ركبتها الأسبوع اللي فات، دفعت ٢٤٠٠ جنيه")).toBe(false));
  it("رقم الحجز 0509 334 812 لموعد الصيانة يوم الخميس الساعة ١٠، ودفعت بأبل باي من الجوال", () =>
    expect(flaggedBy("رقم الحجز 0509 334 812 لموعد الصيانة يوم الخميس الساعة ١٠، ودفعت بأبل باي من الجوال")).toBe(false));
  // flagged as PHONE
  it.fails("الرقم التسلسلي للشاحن 0554 219 807 مكتوب على العلبة، هل يناسب بطارية ٧٠ أمبير؟", () =>
    expect(flaggedBy("الرقم التسلسلي للشاحن 0554 219 807 مكتوب على العلبة، هل يناسب بطارية ٧٠ أمبير؟")).toBe(false),
  );
  it("raqam el order 0115 6632 908 da el charger bta3 el 3arabeya, wasal 3andak wala la2?", () =>
    expect(flaggedBy("raqam el order 0115 6632 908 da el charger bta3 el 3arabeya, wasal 3andak wala la2?")).toBe(false));
  // flagged as PHONE
  it.fails("rakam el fatoura 01224470913 bta3et el tel3a w el kawetsh, dafa3tha men el mobile banking", () =>
    expect(flaggedBy("rakam el fatoura 01224470913 bta3et el tel3a w el kawetsh, dafa3tha men el mobile banking")).toBe(false),
  );
  it("raqam el 7ajz 0562 118 340 la maw3ed el saba7 youm el sabt, dafa3t online men el tel", () =>
    expect(flaggedBy("raqam el 7ajz 0562 118 340 la maw3ed el saba7 youm el sabt, dafa3t online men el tel")).toBe(false));
  it("sipariş numarası 0532 118 4470, telefon tutucu için verdiğim sipariş, kargoda kırılmış geldi", () =>
    expect(flaggedBy("sipariş numarası 0532 118 4470, telefon tutucu için verdiğim sipariş, kargoda kırılmış geldi")).toBe(false));
  it("fren balatası faturası no 0544 217 6310, telefondan kartla ödedim, garanti için lazım mı?", () =>
    expect(flaggedBy("fren balatası faturası no 0544 217 6310, telefondan kartla ödedim, garanti için lazım mı?")).toBe(false));
  it("kargo takip no 5367 7211 48 olan parça bugün gelir, gelince buradan yazarım", () => expect(flaggedBy("kargo takip no 5367 7211 48 olan parça bugün gelir, gelince buradan yazarım")).toBe(false));
  it("araç 148.250 km'de, son bakım 12.03.2024'te yapıldı, 3.750 TL tuttu", () => expect(flaggedBy("araç 148.250 km'de, son bakım 12.03.2024'te yapıldı, 3.750 TL tuttu")).toBe(false));
  it("a rendelésszám 06 20 887 3315, ez a telefontartó amit az emagon vettem, azt is fel tudnád tenni?", () =>
    expect(flaggedBy("a rendelésszám 06 20 887 3315, ez a telefontartó amit az emagon vettem, azt is fel tudnád tenni?")).toBe(false));
  it("számlaszám: 2070-5581-0433, a fékbetétekről szól, telefonon fizettem kártyával", () =>
    expect(flaggedBy("számlaszám: 2070-5581-0433, a fékbetétekről szól, telefonon fizettem kártyával")).toBe(false));
  it("a csomagkövetési szám 0630 4419 2208, a GLS szerint holnap hozzák a lengéscsillapítót", () =>
    expect(flaggedBy("a csomagkövetési szám 0630 4419 2208, a GLS szerint holnap hozzák a lengéscsillapítót")).toBe(false));
  it("mã đơn shopee 0904 337 215 là cái giá đỡ điện thoại em đặt, anh lắp giúp em luôn nhé", () =>
    expect(flaggedBy("mã đơn shopee 0904 337 215 là cái giá đỡ điện thoại em đặt, anh lắp giúp em luôn nhé")).toBe(false));
  it("so hoa don 0386 771 450 la tien thay ma phanh hom qua, em chuyen khoan bang dien thoai roi a", () =>
    expect(flaggedBy("so hoa don 0386 771 450 la tien thay ma phanh hom qua, em chuyen khoan bang dien thoai roi a")).toBe(false));
  it("mã vận đơn GHTK 0971 882 346 của cái sạc ô tô, shipper báo chiều nay giao tới gara", () =>
    expect(flaggedBy("mã vận đơn GHTK 0971 882 346 của cái sạc ô tô, shipper báo chiều nay giao tới gara")).toBe(false));
  it("numărul comenzii 0722 901 533 e pentru suportul de telefon de pe eMag, a venit fără ventuză", () =>
    expect(flaggedBy("numărul comenzii 0722 901 533 e pentru suportul de telefon de pe eMag, a venit fără ventuză")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL, PHONE
  it.fails("nr factură 0745 118 662 pentru plăcuțele de frână, am plătit cu telefonul prin Revolut", () =>
    expect(flaggedBy("nr factură 0745 118 662 pentru plăcuțele de frână, am plătit cu telefonul prin Revolut")).toBe(false),
  );
  it("AWB Fan Courier 0766 2291 408 – e bateria, ajunge mâine la service", () => expect(flaggedBy("AWB Fan Courier 0766 2291 408 – e bateria, ajunge mâine la service")).toBe(false));
  it("numer zamówienia 501 882 446 to ten uchwyt na telefon z Allegro, przyszedł pęknięty", () =>
    expect(flaggedBy("numer zamówienia 501 882 446 to ten uchwyt na telefon z Allegro, przyszedł pęknięty")).toBe(false));
  it("FV 697 114 206 z 12.03 za klocki, płaciłem blikiem przez telefon", () => expect(flaggedBy("FV 697 114 206 z 12.03 za klocki, płaciłem blikiem przez telefon")).toBe(false));
  it("przebieg 214 500 km, olej był zmieniany przy 200 tys., ile wyjdzie rozrząd?", () => expect(flaggedBy("przebieg 214 500 km, olej był zmieniany przy 200 tys., ile wyjdzie rozrząd?")).toBe(false));
  it("el número de pedido 612 90 47 18 es el soporte del móvil que compré en Amazon, ¿me lo puedes montar?", () =>
    expect(flaggedBy("el número de pedido 612 90 47 18 es el soporte del móvil que compré en Amazon, ¿me lo puedes montar?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("nº factura 655 330 812 de las pastillas de freno, lo pagué con el móvil por bizum", () =>
    expect(flaggedBy("nº factura 655 330 812 de las pastillas de freno, lo pagué con el móvil por bizum")).toBe(false),
  );
  it("el seguimiento de Correos es 0067 2210 4485 1, son los amortiguadores, llegan el martes", () =>
    expect(flaggedBy("el seguimiento de Correos es 0067 2210 4485 1, son los amortiguadores, llegan el martes")).toBe(false));
  it("o número do pedido 11 98744 3306 é do suporte de celular que comprei na shopee, chegou quebrado", () =>
    expect(flaggedBy("o número do pedido 11 98744 3306 é do suporte de celular que comprei na shopee, chegou quebrado")).toBe(false));
  it("referência multibanco 921 335 604 é para pagar as pastilhas, já paguei pelo MB Way no telemóvel", () =>
    expect(flaggedBy("referência multibanco 921 335 604 é para pagar as pastilhas, já paguei pelo MB Way no telemóvel")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("o carro tá com 98 mil km, última troca de óleo em 10/01, paguei R$ 280 no pix pelo celular", () =>
    expect(flaggedBy("o carro tá com 98 mil km, última troca de óleo em 10/01, paguei R$ 280 no pix pelo celular")).toBe(false),
  );
  it("le numéro de commande 06 51 77 20 43 c'est pour le support téléphone, il est arrivé cassé", () =>
    expect(flaggedBy("le numéro de commande 06 51 77 20 43 c'est pour le support téléphone, il est arrivé cassé")).toBe(false));
  it("réf facture 07.44.19.82.06 pour les plaquettes, payée avec mon téléphone via Apple Pay", () =>
    expect(flaggedBy("réf facture 07.44.19.82.06 pour les plaquettes, payée avec mon téléphone via Apple Pay")).toBe(false));
  // flagged as ADDRESS
  it.fails("elle a 156 000 km, dernière vidange à 150 000, le CT est à faire avant le 30/09", () =>
    expect(flaggedBy("elle a 156 000 km, dernière vidange à 150 000, le CT est à faire avant le 30/09")).toBe(false),
  );
  it("Bestellnummer 0151 7734 1209 ist die Handyhalterung von Amazon, kannst du die beim Termin mit einbauen?", () =>
    expect(flaggedBy("Bestellnummer 0151 7734 1209 ist die Handyhalterung von Amazon, kannst du die beim Termin mit einbauen?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL, PHONE
  it.fails("Rechnungsnr. 0176/33 90 421 für die Bremsbeläge, hab per Handy mit PayPal bezahlt", () =>
    expect(flaggedBy("Rechnungsnr. 0176/33 90 421 für die Bremsbeläge, hab per Handy mit PayPal bezahlt")).toBe(false),
  );
  it("Die Sendungsnummer 00340 4345 6789 0123 45 ist das Ladegerät, DHL bringt's morgen in die Werkstatt", () =>
    expect(flaggedBy("Die Sendungsnummer 00340 4345 6789 0123 45 ist das Ladegerät, DHL bringt's morgen in die Werkstatt")).toBe(false));
  it("numero ordine 347 552 0138 è il supporto per il cellulare preso su Amazon, me lo monti quando fai il tagliando?", () =>
    expect(flaggedBy("numero ordine 347 552 0138 è il supporto per il cellulare preso su Amazon, me lo monti quando fai il tagliando?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL, PHONE
  it.fails("n. fattura 333.901.2274 per le pastiglie, pagato col telefono con Satispay", () =>
    expect(flaggedBy("n. fattura 333.901.2274 per le pastiglie, pagato col telefono con Satispay")).toBe(false),
  );
  it("il codice IMEI del localizzatore è 356938035643809, me l'ha chiesto l'assistenza", () =>
    expect(flaggedBy("il codice IMEI del localizzatore è 356938035643809, me l'ha chiesto l'assistenza")).toBe(false));
  // flagged as LINK
  it.fails("ordernummer 06-52 19 8840 is de telefoonhouder van bol.com, kun je die meteen monteren?", () =>
    expect(flaggedBy("ordernummer 06-52 19 8840 is de telefoonhouder van bol.com, kun je die meteen monteren?")).toBe(false),
  );
  it("factuurnr 0612 774 305 gaat over de remblokken, betaald met m'n telefoon via Tikkie", () =>
    expect(flaggedBy("factuurnr 0612 774 305 gaat over de remblokken, betaald met m'n telefoon via Tikkie")).toBe(false));
  it("stand is 201.400 km, APK verloopt 14-11, wat kost een grote beurt?", () => expect(flaggedBy("stand is 201.400 km, APK verloopt 14-11, wat kost een grote beurt?")).toBe(false));
  it("Your car's ready, came to $420 for the front pads and rotors, we're open till 6", () =>
    expect(flaggedBy("Your car's ready, came to $420 for the front pads and rotors, we're open till 6")).toBe(false));
  it("Did the 15k service, tyres at 4mm front 3mm rear, you'll want new rears before winter", () =>
    expect(flaggedBy("Did the 15k service, tyres at 4mm front 3mm rear, you'll want new rears before winter")).toBe(false));
  it("mas, oli mesin udah saya ganti 4 liter 5W-30 sama filter oli, total 485 ribu", () =>
    expect(flaggedBy("mas, oli mesin udah saya ganti 4 liter 5W-30 sama filter oli, total 485 ribu")).toBe(false));
  it("boss yung 2 gulong sa harap 40% nalang, pero pwede pa hanggang 50,000 km", () => expect(flaggedBy("boss yung 2 gulong sa harap 40% nalang, pero pwede pa hanggang 50,000 km")).toBe(false));
  it("السيارة جاهزة، غيرنا البواجي الأربعة والفلتر، الحساب ٣٥٠ ريال", () => expect(flaggedBy("السيارة جاهزة، غيرنا البواجي الأربعة والفلتر، الحساب ٣٥٠ ريال")).toBe(false));
  it("el 3arabeya 3ayza tel3a gdida, el taman 1800 geneh ma3 el masna3eya", () => expect(flaggedBy("el 3arabeya 3ayza tel3a gdida, el taman 1800 geneh ma3 el masna3eya")).toBe(false));
  it("aracınız hazır, 4 lastik rot balans yapıldı, toplam 2.400 TL", () => expect(flaggedBy("aracınız hazır, 4 lastik rot balans yapıldı, toplam 2.400 TL")).toBe(false));
  it("a kuplung cseréje kb. 3 óra munka, alkatrésszel együtt 185 000 Ft lesz", () => expect(flaggedBy("a kuplung cseréje kb. 3 óra munka, alkatrésszel együtt 185 000 Ft lesz")).toBe(false));
  it("xe anh thay 4 lít nhớt 10W-40 với lọc gió, tổng 1.250.000đ, chiều 5h lấy được", () =>
    expect(flaggedBy("xe anh thay 4 lít nhớt 10W-40 với lọc gió, tổng 1.250.000đ, chiều 5h lấy được")).toBe(false));
  it("schimbul de distribuție costă 1.450 lei cu manopera, durează cam 4 ore", () => expect(flaggedBy("schimbul de distribuție costă 1.450 lei cu manopera, durează cam 4 ore")).toBe(false));
  it("auto gotowe, wymieniłem 2 tarcze i klocki, razem 780 zł, odbiór do 17:00", () => expect(flaggedBy("auto gotowe, wymieniłem 2 tarcze i klocki, razem 780 zł, odbiór do 17:00")).toBe(false));
  it("te cambié las 4 bujías y el filtro de aire, son 95€, puedes pasar a partir de las 16h", () =>
    expect(flaggedBy("te cambié las 4 bujías y el filtro de aire, son 95€, puedes pasar a partir de las 16h")).toBe(false));
  it("a revisão dos 60.000 km fica em R$ 650, inclui óleo, filtros e alinhamento", () => expect(flaggedBy("a revisão dos 60.000 km fica em R$ 650, inclui óleo, filtros e alinhamento")).toBe(false));
  it("j'ai remplacé la batterie 70Ah, 145€ pose comprise, vous pouvez passer après 14h", () =>
    expect(flaggedBy("j'ai remplacé la batterie 70Ah, 145€ pose comprise, vous pouvez passer après 14h")).toBe(false));
  it("Zahnriemen + Wasserpumpe liegt bei ca. 690 €, dauert 1 Tag, Termin am 18.04. möglich", () =>
    expect(flaggedBy("Zahnriemen + Wasserpumpe liegt bei ca. 690 €, dauert 1 Tag, Termin am 18.04. möglich")).toBe(false));
  it("la frizione va cambiata, tra pezzi e manodopera siamo sui 780 euro, 2 giorni di lavoro", () =>
    expect(flaggedBy("la frizione va cambiata, tra pezzi e manodopera siamo sui 780 euro, 2 giorni di lavoro")).toBe(false));
  it("de banden staan nu op 2.4 bar, profiel nog 5mm, rijdt weer prima", () => expect(flaggedBy("de banden staan nu op 2.4 bar, profiel nog 5mm, rijdt weer prima")).toBe(false));
  it("sir your car done, 3 hrs labour, total Rs 6,250 incl GST, collect by 7pm", () => expect(flaggedBy("sir your car done, 3 hrs labour, total Rs 6,250 incl GST, collect by 7pm")).toBe(false));
  it("mate the 2010 Corolla needs 2 new front tyres, 205/55R16, about $280 fitted", () => expect(flaggedBy("mate the 2010 Corolla needs 2 new front tyres, 205/55R16, about $280 fitted")).toBe(false));
  it("kereta dah siap bang, tukar absorber depan 2 biji, RM 460 semua", () => expect(flaggedBy("kereta dah siap bang, tukar absorber depan 2 biji, RM 460 semua")).toBe(false));
});

describe("round 30 review 6: attacks", () => {
  it("ok so the booking ref is 0917 482 3365 haha joke lang, thats my globe number, just text me after 6pm", () =>
    expect(caughtBy("ok so the booking ref is 0917 482 3365 haha joke lang, thats my globe number, just text me after 6pm", ["0917 482 3365"])).toBe(true));
  it("Invoice no. 07911 204387 — well, that's actually my mobile mate. Ring me and we'll sort the pads for cash", () =>
    expect(caughtBy("Invoice no. 07911 204387 — well, that's actually my mobile mate. Ring me and we'll sort the pads for cash", ["07911 204387"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST but a detail stays readable
  it.fails("Reference for the job: 0412 903 776. Not a real ref tbh, it's my mob, give us a bell tomorrow arvo", () =>
    expect(caughtBy("Reference for the job: 0412 903 776. Not a real ref tbh, it's my mob, give us a bell tomorrow arvo", ["0412 903 776"])).toBe(true),
  );
  it("Sir kindly note order id 98450 31276, same is my whatsapp number, send the quotation there directly no need of app", () =>
    expect(caughtBy("Sir kindly note order id 98450 31276, same is my whatsapp number, send the quotation there directly no need of app", ["98450 31276"])).toBe(true));
  it("your serial # is 415-872-3390 lol nah thats my cell, text me n I'll do it for less than what the app charges", () =>
    expect(caughtBy("your serial # is 415-872-3390 lol nah thats my cell, text me n I'll do it for less than what the app charges", ["415-872-3390"])).toBe(true));
  it("Order AD-48213 was the clutch kit. Unrelated but if you'd rather chat properly, I'm on 07834 551902 most evenings", () =>
    expect(caughtBy("Order AD-48213 was the clutch kit. Unrelated but if you'd rather chat properly, I'm on 07834 551902 most evenings", ["07834 551902"])).toBe(true));
  it("receipt number +91 99871 20455 — save it as my contact also, call after 8 pm pls", () =>
    expect(caughtBy("receipt number +91 99871 20455 — save it as my contact also, call after 8 pm pls", ["+91 99871 20455"])).toBe(true));
  it("booking code = 0433 218 905 = my mobile. if you want to skip the fees just call it 🤫", () =>
    expect(caughtBy("booking code = 0433 218 905 = my mobile. if you want to skip the fees just call it 🤫", ["0433 218 905"])).toBe(true));
  it("u can track the part w/ this 0998 112 3470 or just txt that, its mine haha", () =>
    expect(caughtBy("u can track the part w/ this 0998 112 3470 or just txt that, its mine haha", ["0998 112 3470"])).toBe(true));
  it("Tracking shows on my end as 312 555 0187 — kidding, that's my cell. Call me about the alternator when you get a sec", () =>
    expect(caughtBy("Tracking shows on my end as 312 555 0187 — kidding, that's my cell. Call me about the alternator when you get a sec", ["312 555 0187"])).toBe(true));
  it("invoice number 97410 82236 hai bhai, ye mera number bhi hai, whatsapp karo direct", () =>
    expect(caughtBy("invoice number 97410 82236 hai bhai, ye mera number bhi hai, whatsapp karo direct", ["97410 82236"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST but a detail stays readable
  it.fails("Serial on the dashcam box is 07482 339016. Jokes, it's my personal mobile — drop us a text and I'll fit it at yours", () =>
    expect(caughtBy("Serial on the dashcam box is 07482 339016. Jokes, it's my personal mobile — drop us a text and I'll fit it at yours", ["07482 339016"])).toBe(true),
  );
  it("my order from your shop was #1044 btw, and for anything urgent I'm on 0408 771 230", () =>
    expect(caughtBy("my order from your shop was #1044 btw, and for anything urgent I'm on 0408 771 230", ["0408 771 230"])).toBe(true));
  it("ref no. zero nine one seven, two two one, eight eight four three — alam mo na gagawin mo dyan 😉", () =>
    expect(caughtBy("ref no. zero nine one seven, two two one, eight eight four three — alam mo na gagawin mo dyan 😉", ["zero nine one seven, two two one, eight eight four three"])).toBe(true));
  it("tracking: 0-9-1-8-3-3-4-2-1-0-6 (viber ko yan)", () => expect(caughtBy("tracking: 0-9-1-8-3-3-4-2-1-0-6 (viber ko yan)", ["0-9-1-8-3-3-4-2-1-0-6"])).toBe(true));
  it("transaction id 6502441893 hmm wait no, that's my cell lol. anyway text it, we'll figure out a price", () =>
    expect(caughtBy("transaction id 6502441893 hmm wait no, that's my cell lol. anyway text it, we'll figure out a price", ["6502441893"])).toBe(true));
  it("quote ref +44 7700 900461, that's the number to ring if you want the job done off the books", () =>
    expect(caughtBy("quote ref +44 7700 900461, that's the number to ring if you want the job done off the books", ["+44 7700 900461"])).toBe(true));
  it("the booking number they gave me is 81234 56789?? idk, that's also my whatsapp so msg me there yaar", () =>
    expect(caughtBy("the booking number they gave me is 81234 56789?? idk, that's also my whatsapp so msg me there yaar", ["81234 56789"])).toBe(true));
  it("Order number: 0423-558-190. Funny enough that's my phone number too lol, ring it when the part lands", () =>
    expect(caughtBy("Order number: 0423-558-190. Funny enough that's my phone number too lol, ring it when the part lands", ["0423-558-190"])).toBe(true));
  it("the part # for the sensor is 6D3Z-9F472-A, and my cell for when you're done is (704) 318-2265, faster than this chat", () =>
    expect(caughtBy("the part # for the sensor is 6D3Z-9F472-A, and my cell for when you're done is (704) 318-2265, faster than this chat", ["(704) 318-2265"])).toBe(true));
  it("kode booking nya 0813 2274 5510 ya mas, itu juga no wa saya, chat aja langsung biar ga kena potongan aplikasi", () =>
    expect(caughtBy("kode booking nya 0813 2274 5510 ya mas, itu juga no wa saya, chat aja langsung biar ga kena potongan aplikasi", ["0813 2274 5510"])).toBe(true));
  it("no resi 0878-6612-9043 hehe becanda, itu nomor hp ku, telpon aja kalo udah nyampe bengkel", () =>
    expect(caughtBy("no resi 0878-6612-9043 hehe becanda, itu nomor hp ku, telpon aja kalo udah nyampe bengkel", ["0878-6612-9043"])).toBe(true));
  it("invoice no 085716690028 wkwk itu no wa aku bang, japri aja ya", () => expect(caughtBy("invoice no 085716690028 wkwk itu no wa aku bang, japri aja ya", ["085716690028"])).toBe(true));
  it("order sy udah masuk no. INV/2024/0388, btw klo mau nego lgsg aja ke 0821 9934 7702", () =>
    expect(caughtBy("order sy udah masuk no. INV/2024/0388, btw klo mau nego lgsg aja ke 0821 9934 7702", ["0821 9934 7702"])).toBe(true));
  it("simpen aja no transaksi ini +62 896 3310 2847 jadi kontak, itu nomor saya pak", () =>
    expect(caughtBy("simpen aja no transaksi ini +62 896 3310 2847 jadi kontak, itu nomor saya pak", ["+62 896 3310 2847"])).toBe(true));
  // missed
  it.fails("no booking: nol delapan satu dua - tiga tiga empat - lima lima enam - tujuh tujuh, itu hp saya mas 😁", () =>
    expect(
      caughtBy("no booking: nol delapan satu dua - tiga tiga empat - lima lima enam - tujuh tujuh, itu hp saya mas 😁", ["nol delapan satu dua - tiga tiga empat - lima lima enam - tujuh tujuh"]),
    ).toBe(true),
  );
  it("no resit 012-774 3195 tu sebenarnya nombor fon saya, whatsapp je terus bang", () =>
    expect(caughtBy("no resit 012-774 3195 tu sebenarnya nombor fon saya, whatsapp je terus bang", ["012-774 3195"])).toBe(true));
  it("kod tempahan: 017 6620 418. hehe tu no tel aku, call la bila free", () => expect(caughtBy("kod tempahan: 017 6620 418. hehe tu no tel aku, call la bila free", ["017 6620 418"])).toBe(true));
  it("ref number ko po 0915 336 7781, yan din po number ko sa gcash at text, dun nalang po tayo mag usap", () =>
    expect(caughtBy("ref number ko po 0915 336 7781, yan din po number ko sa gcash at text, dun nalang po tayo mag usap", ["0915 336 7781"])).toBe(true));
  it("tracking no. daw 09053327719 hahaha joke lang, number ko yan boss, text mo ko", () =>
    expect(caughtBy("tracking no. daw 09053327719 hahaha joke lang, number ko yan boss, text mo ko", ["09053327719"])).toBe(true));
  it("order # ko sa shopee 2405118HJKD, pero kung gusto mo tawagan mo na lang ako sa 0966 210 4453", () =>
    expect(caughtBy("order # ko sa shopee 2405118HJKD, pero kung gusto mo tawagan mo na lang ako sa 0966 210 4453", ["0966 210 4453"])).toBe(true));
  it("yung serial sa resibo +63 918 774 0032, akin yan na number pre, txt ka lang", () =>
    expect(caughtBy("yung serial sa resibo +63 918 774 0032, akin yan na number pre, txt ka lang", ["+63 918 774 0032"])).toBe(true));
  it("رقم الطلب 0551 238 947 وهو نفس رقم جوالي، كلمني واتس", () => expect(caughtBy("رقم الطلب 0551 238 947 وهو نفس رقم جوالي، كلمني واتس", ["0551 238 947"])).toBe(true));
  it("رقم الفاتورة ٠١٠٩٧٦٥٣٢١٤ ده رقمي على الواتس ابعتلي عليه", () => expect(caughtBy("رقم الفاتورة ٠١٠٩٧٦٥٣٢١٤ ده رقمي على الواتس ابعتلي عليه", ["٠١٠٩٧٦٥٣٢١٤"])).toBe(true));
  it("كود الحجز 050 447 2861 ههه أمزح هذا رقمي، اتصل علي بعد المغرب", () => expect(caughtBy("كود الحجز 050 447 2861 ههه أمزح هذا رقمي، اتصل علي بعد المغرب", ["050 447 2861"])).toBe(true));
  it("رقم التتبع +966 54 310 7726 خلّه عندك ترا هو رقمي الشخصي", () => expect(caughtBy("رقم التتبع +966 54 310 7726 خلّه عندك ترا هو رقمي الشخصي", ["+966 54 310 7726"])).toBe(true));
  it("raqam el order 01127745390 da raqmy 3la el whats, kalemny 3aleh", () => expect(caughtBy("raqam el order 01127745390 da raqmy 3la el whats, kalemny 3aleh", ["01127745390"])).toBe(true));
  it("el invoice number 0122 318 4406 hahaha la2 da raqam mobaily ya basha, etassel", () =>
    expect(caughtBy("el invoice number 0122 318 4406 hahaha la2 da raqam mobaily ya basha, etassel", ["0122 318 4406"])).toBe(true));
  // missed
  it.fails("kod el 7ajz 050 992 1337... amza7 hatha ra8mi, ib3atli 3al wts", () => expect(caughtBy("kod el 7ajz 050 992 1337... amza7 hatha ra8mi, ib3atli 3al wts", ["050 992 1337"])).toBe(true));
  it("sipariş no 0532 418 77 90, şaka şaka benim numaram o, whatsapptan yaz", () =>
    expect(caughtBy("sipariş no 0532 418 77 90, şaka şaka benim numaram o, whatsapptan yaz", ["0532 418 77 90"])).toBe(true));
  it("fatura numarası: 0 (544) 217 63 09 — aynı zamanda cep numaram, ara beni uygulama dışında halledelim", () =>
    expect(caughtBy("fatura numarası: 0 (544) 217 63 09 — aynı zamanda cep numaram, ara beni uygulama dışında halledelim", ["0 (544) 217 63 09"])).toBe(true));
  it("siparişim #TY-88213 kargoda görünüyor, sen en iyisi 0505 771 42 18'i ara, orası benim şahsi hat", () =>
    expect(caughtBy("siparişim #TY-88213 kargoda görünüyor, sen en iyisi 0505 771 42 18'i ara, orası benim şahsi hat", ["0505 771 42 18"])).toBe(true));
  it("a rendelésszám mezőbe a mobilomat írtam be: 06 30 412 7759, azon hívj ha kész az autó", () =>
    expect(caughtBy("a rendelésszám mezőbe a mobilomat írtam be: 06 30 412 7759, azon hívj ha kész az autó", ["06 30 412 7759"])).toBe(true));
  it("számla sorszám: +36 20 558 1043 haha vicceltem, ez a telefonszámom, írj sms-t", () =>
    expect(caughtBy("számla sorszám: +36 20 558 1043 haha vicceltem, ez a telefonszámom, írj sms-t", ["+36 20 558 1043"])).toBe(true));
  it("a foglalásom száma FG-2291, de ha gyorsabb, csörgess meg a 06 70 319 4428-on, az a saját számom", () =>
    expect(caughtBy("a foglalásom száma FG-2291, de ha gyorsabb, csörgess meg a 06 70 319 4428-on, az a saját számom", ["06 70 319 4428"])).toBe(true));
  it("mã đơn hàng 0912 458 337 nha anh, cũng là sđt zalo em luôn, nhắn qua đó cho nhanh", () =>
    expect(caughtBy("mã đơn hàng 0912 458 337 nha anh, cũng là sđt zalo em luôn, nhắn qua đó cho nhanh", ["0912 458 337"])).toBe(true));
  it("ma van don 0386 114 902 hihi dua thoi, so dt cua em do, goi em nhe", () => expect(caughtBy("ma van don 0386 114 902 hihi dua thoi, so dt cua em do, goi em nhe", ["0386 114 902"])).toBe(true));
  it("đơn hàng #DH5521 em đặt hôm qua, có gì anh gọi thẳng số em 0978 226 513 khỏi nhắn app nha", () =>
    expect(caughtBy("đơn hàng #DH5521 em đặt hôm qua, có gì anh gọi thẳng số em 0978 226 513 khỏi nhắn app nha", ["0978 226 513"])).toBe(true));
  it("numărul comenzii e 0722 418 396, glumesc, e numărul meu de telefon, sună-mă direct", () =>
    expect(caughtBy("numărul comenzii e 0722 418 396, glumesc, e numărul meu de telefon, sună-mă direct", ["0722 418 396"])).toBe(true));
  it("nr factura 0745 903 217 - e si nr meu de whatsapp, scrie-mi acolo ca iese mai ieftin", () =>
    expect(caughtBy("nr factura 0745 903 217 - e si nr meu de whatsapp, scrie-mi acolo ca iese mai ieftin", ["0745 903 217"])).toBe(true));
  it("comanda mea e CMD-40917, iar dacă vrei să vorbim ca oamenii, sună la 0731 552 084, e al meu", () =>
    expect(caughtBy("comanda mea e CMD-40917, iar dacă vrei să vorbim ca oamenii, sună la 0731 552 084, e al meu", ["0731 552 084"])).toBe(true));
  it("numer zamówienia 501 337 842 hehe żart, to mój numer, zadzwoń jak będziesz wolny", () =>
    expect(caughtBy("numer zamówienia 501 337 842 hehe żart, to mój numer, zadzwoń jak będziesz wolny", ["501 337 842"])).toBe(true));
  it("nr faktury: 693-220-174 to też mój nr tel, napisz smsa to się dogadamy bez aplikacji", () =>
    expect(caughtBy("nr faktury: 693-220-174 to też mój nr tel, napisz smsa to się dogadamy bez aplikacji", ["693-220-174"])).toBe(true));
  it("Paczka ma numer 6100 2245 8876 3340 1190 00, a jak coś to dzwoń na 604 118 905, to moja komórka", () =>
    expect(caughtBy("Paczka ma numer 6100 2245 8876 3340 1190 00, a jak coś to dzwoń na 604 118 905, to moja komórka", ["604 118 905"])).toBe(true));
  it("si el número de pedido 612 48 33 09 no te sale en el sistema es porque es mi móvil jaja, escríbeme por wasap", () =>
    expect(caughtBy("si el número de pedido 612 48 33 09 no te sale en el sistema es porque es mi móvil jaja, escríbeme por wasap", ["612 48 33 09"])).toBe(true));
  it("nº de factura 655 901 228... bueno en realidad es mi teléfono, llámame y lo arreglamos por fuera", () =>
    expect(caughtBy("nº de factura 655 901 228... bueno en realidad es mi teléfono, llámame y lo arreglamos por fuera", ["655 901 228"])).toBe(true));
  it("ya te pagué el pedido #MX20934, cualquier cosa márcame al 55 3319 8842 que es mi cel y nos arreglamos sin la app", () =>
    expect(caughtBy("ya te pagué el pedido #MX20934, cualquier cosa márcame al 55 3319 8842 que es mi cel y nos arreglamos sin la app", ["55 3319 8842"])).toBe(true));
  it("número do pedido (11) 98745-2231 kkkk brincadeira, é meu zap, me chama lá", () =>
    expect(caughtBy("número do pedido (11) 98745-2231 kkkk brincadeira, é meu zap, me chama lá", ["(11) 98745-2231"])).toBe(true));
  it("referência da encomenda 912 448 306, é o meu telemóvel também, liga-me", () =>
    expect(caughtBy("referência da encomenda 912 448 306, é o meu telemóvel também, liga-me", ["912 448 306"])).toBe(true));
  it("o pedido tá como 'enviado' (MLB-3390411), mas me chama no whats 21 99812-4470 que lá eu respondo mais rápido", () =>
    expect(caughtBy("o pedido tá como 'enviado' (MLB-3390411), mas me chama no whats 21 99812-4470 que lá eu respondo mais rápido", ["21 99812-4470"])).toBe(true));
  it("numéro de commande 06 48 22 91 37 mdr non c'est mon portable, appelle-moi", () =>
    expect(caughtBy("numéro de commande 06 48 22 91 37 mdr non c'est mon portable, appelle-moi", ["06 48 22 91 37"])).toBe(true));
  // missed
  it.fails("réf facture : 07.61.33.08.45 — c'est aussi mon numéro, envoie un texto", () =>
    expect(caughtBy("réf facture : 07.61.33.08.45 — c'est aussi mon numéro, envoie un texto", ["07.61.33.08.45"])).toBe(true),
  );
  it("Le suivi Colissimo c'est 6A12345678901, et pour me joindre en direct c'est le +33 6 12 90 44 81", () =>
    expect(caughtBy("Le suivi Colissimo c'est 6A12345678901, et pour me joindre en direct c'est le +33 6 12 90 44 81", ["+33 6 12 90 44 81"])).toBe(true));
  it("Bestellnummer 0151 23894471 – Spaß, das ist meine Handynummer, ruf mich einfach an", () =>
    expect(caughtBy("Bestellnummer 0151 23894471 – Spaß, das ist meine Handynummer, ruf mich einfach an", ["0151 23894471"])).toBe(true));
  it("Rechnungsnr. 0176/55 21 908 ist gleichzeitig meine Nummer, schreib mir per WhatsApp", () =>
    expect(caughtBy("Rechnungsnr. 0176/55 21 908 ist gleichzeitig meine Nummer, schreib mir per WhatsApp", ["0176/55 21 908"])).toBe(true));
  it("Die Bestellung (#DE-77120) ist bezahlt. Wenn du Fragen hast, ruf einfach 0160 44172290 an, das ist mein Handy", () =>
    expect(caughtBy("Die Bestellung (#DE-77120) ist bezahlt. Wenn du Fragen hast, ruf einfach 0160 44172290 an, das ist mein Handy", ["0160 44172290"])).toBe(true));
  it("numero ordine 347 218 9905 ahah scherzo è il mio cell, scrivimi su whatsapp", () =>
    expect(caughtBy("numero ordine 347 218 9905 ahah scherzo è il mio cell, scrivimi su whatsapp", ["347 218 9905"])).toBe(true));
  it("n. fattura 333.812.4476 (è anche il mio numero, chiamami dopo le 18)", () =>
    expect(caughtBy("n. fattura 333.812.4476 (è anche il mio numero, chiamami dopo le 18)", ["333.812.4476"])).toBe(true));
  it("l'ordine è il n. 88213 dell'11/03, per il resto chiamami al 320 664 1183 così ci mettiamo d'accordo", () =>
    expect(caughtBy("l'ordine è il n. 88213 dell'11/03, per il resto chiamami al 320 664 1183 così ci mettiamo d'accordo", ["320 664 1183"])).toBe(true));
  it("ordernummer 06-41 88 2730 haha grapje, dat is mijn mobiel, app me maar", () =>
    expect(caughtBy("ordernummer 06-41 88 2730 haha grapje, dat is mijn mobiel, app me maar", ["06-41 88 2730"])).toBe(true));
  it("factuurnr 0612 339 847 is ook mijn nummer, bel me even buiten de app om", () =>
    expect(caughtBy("factuurnr 0612 339 847 is ook mijn nummer, bel me even buiten de app om", ["0612 339 847"])).toBe(true));
  it("bestelling 44120 is al betaald, maar bel me gewoon op 06 22458190 dan regelen we de rest zonder de app", () =>
    expect(caughtBy("bestelling 44120 is al betaald, maar bel me gewoon op 06 22458190 dan regelen we de rest zonder de app", ["06 22458190"])).toBe(true));
});
