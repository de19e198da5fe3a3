// Round 30 review 2: a second blind reviewer wrote 265 sentences (124 attacks, 141 hard innocents) of the same three kinds, about 80% in Romanian, Hungarian, Turkish, Indonesian and Malay, Hinglish, Tagalog, Arabic, Vietnamese, Dutch, Spanish, Portuguese and French.
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 2: innocents", () => {
  it("I need to cancel tomorrow's booking, something came up at work, can I rebook through the app for thursday?", () =>
    expect(flaggedBy("I need to cancel tomorrow's booking, something came up at work, can I rebook through the app for thursday?")).toBe(false));
  it("paid in the app just now, should say confirmed on your side", () => expect(flaggedBy("paid in the app just now, should say confirmed on your side")).toBe(false));
  it("the last garage I went to wanted cash only and no receipt, thats why im using this app now", () =>
    expect(flaggedBy("the last garage I went to wanted cash only and no receipt, thats why im using this app now")).toBe(false));
  it("no sorry, im not paying outside the app, I want the warranty and the receipt", () =>
    expect(flaggedBy("no sorry, im not paying outside the app, I want the warranty and the receipt")).toBe(false));
  it("am anulat programarea din aplicație pentru că s-a rezolvat singură problema, mulțumesc oricum", () =>
    expect(flaggedBy("am anulat programarea din aplicație pentru că s-a rezolvat singură problema, mulțumesc oricum")).toBe(false));
  it("cât e comisionul aplicației pentru voi? mă întreb doar dacă prețul afișat include taxa", () =>
    expect(flaggedBy("cât e comisionul aplicației pentru voi? mă întreb doar dacă prețul afișat include taxa")).toBe(false));
  it("vin direct la atelier mâine la 9 pentru programarea făcută aici, da?", () => expect(flaggedBy("vin direct la atelier mâine la 9 pentru programarea făcută aici, da?")).toBe(false));
  it("átfoglaltam péntekre az appban, remélem így is jó", () => expect(flaggedBy("átfoglaltam péntekre az appban, remélem így is jó")).toBe(false));
  it("a kártyás fizetés az alkalmazásban nem ment át, újrapróbálom este", () => expect(flaggedBy("a kártyás fizetés az alkalmazásban nem ment át, újrapróbálom este")).toBe(false));
  it("a sarki autómosó csak készpénzt fogad el, úgyhogy utána beugrom az ATM-hez", () => expect(flaggedBy("a sarki autómosó csak készpénzt fogad el, úgyhogy utána beugrom az ATM-hez")).toBe(false));
  it("randevuyu uygulamadan iptal ettim, kusura bakmayın araba satıldı", () => expect(flaggedBy("randevuyu uygulamadan iptal ettim, kusura bakmayın araba satıldı")).toBe(false));
  it("ödemeyi uygulama üzerinden yaptım, makbuz mailime geldi", () => expect(flaggedBy("ödemeyi uygulama üzerinden yaptım, makbuz mailime geldi")).toBe(false));
  it("öbür sanayideki usta elden nakit istedi fatura yok dedi, ben de vazgeçtim", () => expect(flaggedBy("öbür sanayideki usta elden nakit istedi fatura yok dedi, ben de vazgeçtim")).toBe(false));
  it("maaf mas saya reschedule ya lewat aplikasi, jadi hari sabtu jam 10", () => expect(flaggedBy("maaf mas saya reschedule ya lewat aplikasi, jadi hari sabtu jam 10")).toBe(false));
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails("bengkel sebelah minta bayar cash di luar aplikasi, saya tolak, mending di sini aman", () =>
    expect(flaggedBy("bengkel sebelah minta bayar cash di luar aplikasi, saya tolak, mending di sini aman")).toBe(false),
  );
  it("biaya layanan aplikasi itu berapa persen ya? kok totalnya beda sama estimasi", () =>
    expect(flaggedBy("biaya layanan aplikasi itu berapa persen ya? kok totalnya beda sama estimasi")).toBe(false));
  it("saya dah bayar guna kad dalam app, boleh tolong check?", () => expect(flaggedBy("saya dah bayar guna kad dalam app, boleh tolong check?")).toBe(false));
  it("bhai main app ke bahar payment nahi karunga, sab yahin pe hoga, receipt chahiye mujhe", () =>
    expect(flaggedBy("bhai main app ke bahar payment nahi karunga, sab yahin pe hoga, receipt chahiye mujhe")).toBe(false));
  it("booking cancel karni padegi, mummy hospital mein hai, next week phir se book kar lunga app pe", () =>
    expect(flaggedBy("booking cancel karni padegi, mummy hospital mein hai, next week phir se book kar lunga app pe")).toBe(false));
  it("nakapagbayad na po ako sa app via card, pakicheck na lang po", () => expect(flaggedBy("nakapagbayad na po ako sa app via card, pakicheck na lang po")).toBe(false));
  it("yung parking sa harap ng shop niyo cash lang daw, may barya ba kayo?", () => expect(flaggedBy("yung parking sa harap ng shop niyo cash lang daw, may barya ba kayo?")).toBe(false));
  it("دفعت من التطبيق بالبطاقة، ممكن تتأكد لي إنه وصل؟", () => expect(flaggedBy("دفعت من التطبيق بالبطاقة، ممكن تتأكد لي إنه وصل؟")).toBe(false));
  it("الميكانيكي الثاني طلب مني أدفع له كاش برا التطبيق ورفضت", () => expect(flaggedBy("الميكانيكي الثاني طلب مني أدفع له كاش برا التطبيق ورفضت")).toBe(false));
  it("3amalt cancel lel booking 3ashan el 3arabeya ba2et kwayesa, shokran ya basha", () =>
    expect(flaggedBy("3amalt cancel lel booking 3ashan el 3arabeya ba2et kwayesa, shokran ya basha")).toBe(false));
  it("em đã hủy lịch hẹn trên app rồi, tuần sau em đặt lại nha anh", () => expect(flaggedBy("em đã hủy lịch hẹn trên app rồi, tuần sau em đặt lại nha anh")).toBe(false));
  it("trạm rửa xe gần tiệm anh chỉ nhận tiền mặt hả anh?", () => expect(flaggedBy("trạm rửa xe gần tiệm anh chỉ nhận tiền mặt hả anh?")).toBe(false));
  it("ik heb via de app betaald met iDEAL, komt dat goed door bij jullie?", () => expect(flaggedBy("ik heb via de app betaald met iDEAL, komt dat goed door bij jullie?")).toBe(false));
  it("ik kom morgen om half negen naar de werkplaats voor de afspraak die ik hier heb geboekt", () =>
    expect(flaggedBy("ik kom morgen om half negen naar de werkplaats voor de afspraak die ik hier heb geboekt")).toBe(false));
  it("tuve que cancelar la cita en la app porque me cambiaron el turno, ¿puedo reservar otra para el lunes?", () =>
    expect(flaggedBy("tuve que cancelar la cita en la app porque me cambiaron el turno, ¿puedo reservar otra para el lunes?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("el otro taller me pidió pagar en efectivo sin factura y por eso me vine a esta aplicación", () =>
    expect(flaggedBy("el otro taller me pidió pagar en efectivo sin factura y por eso me vine a esta aplicación")).toBe(false),
  );
  it("já paguei pela app com cartão, está tudo certo do vosso lado?", () => expect(flaggedBy("já paguei pela app com cartão, está tudo certo do vosso lado?")).toBe(false));
  it("a taxa da plataforma é cobrada de mim ou de você? só pra entender o valor final", () =>
    expect(flaggedBy("a taxa da plataforma é cobrada de mim ou de você? só pra entender o valor final")).toBe(false));
  it("j'ai annulé le rdv sur l'appli, la voiture démarre finalement, désolé pour le dérangement", () =>
    expect(flaggedBy("j'ai annulé le rdv sur l'appli, la voiture démarre finalement, désolé pour le dérangement")).toBe(false));
  // cleared in round 35 (another trade paid, deal-talk.ts)
  it("le parking à côté de votre atelier, c'est seulement en liquide ?", () => expect(flaggedBy("le parking à côté de votre atelier, c'est seulement en liquide ?")).toBe(false));
  it("please dont send me money directly, everything goes through the app so youre covered", () =>
    expect(flaggedBy("please dont send me money directly, everything goes through the app so youre covered")).toBe(false));
  it("vă rog plătiți doar prin aplicație, nu primim bani cash la atelier", () => expect(flaggedBy("vă rog plătiți doar prin aplicație, nu primim bani cash la atelier")).toBe(false));
  it("bir dahaki sefere de bu uygulamadan randevu alırım, çok memnun kaldım", () => expect(flaggedBy("bir dahaki sefere de bu uygulamadan randevu alırım, çok memnun kaldım")).toBe(false));
  it("pak, pembayaran cukup lewat aplikasi ya, jangan transfer ke siapa pun yang ngaku dari bengkel", () =>
    expect(flaggedBy("pak, pembayaran cukup lewat aplikasi ya, jangan transfer ke siapa pun yang ngaku dari bengkel")).toBe(false));
  it("¿hay algún descuento en la app para clientes que reservan seguido?", () => expect(flaggedBy("¿hay algún descuento en la app para clientes que reservan seguido?")).toBe(false));
  it("direct aa jaunga workshop pe 11 baje, jo booking app pe ki thi usi ke liye", () => expect(flaggedBy("direct aa jaunga workshop pe 11 baje, jo booking app pe ki thi usi ke liye")).toBe(false));
  it("I googled P0420 and it says catalytic converter, is that likely?", () => expect(flaggedBy("I googled P0420 and it says catalytic converter, is that likely?")).toBe(false));
  it("checked your reviews on google before booking, 4.8 stars so thought id give you a go", () =>
    expect(flaggedBy("checked your reviews on google before booking, 4.8 stars so thought id give you a go")).toBe(false));
  it("could you look up the part number for the front pads? I dont know which ones fit", () =>
    expect(flaggedBy("could you look up the part number for the front pads? I dont know which ones fit")).toBe(false));
  it("ill use google maps to get to the workshop the app gave me, is there parking?", () =>
    expect(flaggedBy("ill use google maps to get to the workshop the app gave me, is there parking?")).toBe(false));
  it("am căutat pe Google codul P0300 și zice că e rateu, e grav?", () => expect(flaggedBy("am căutat pe Google codul P0300 și zice că e rateu, e grav?")).toBe(false));
  it("am văzut pe Google recenziile atelierului dvs, de aceea am rezervat aici", () => expect(flaggedBy("am văzut pe Google recenziile atelierului dvs, de aceea am rezervat aici")).toBe(false));
  it("puteți căuta dvs ce bujii merg la un Logan 1.4 MPI? eu nu mă pricep", () => expect(flaggedBy("puteți căuta dvs ce bujii merg la un Logan 1.4 MPI? eu nu mă pricep")).toBe(false));
  it("a Google Térkép szerint 20 perc a műhely amit az app adott, odaérek 10-re", () => expect(flaggedBy("a Google Térkép szerint 20 perc a műhely amit az app adott, odaérek 10-re")).toBe(false));
  it("rákerestem a neten mennyi egy vezérlés csere, 80 ezer körül írják, ez reális?", () =>
    expect(flaggedBy("rákerestem a neten mennyi egy vezérlés csere, 80 ezer körül írják, ez reális?")).toBe(false));
  it("az Aldiban láttam olcsó motorolajat, az jó lesz vagy inkább ne?", () => expect(flaggedBy("az Aldiban láttam olcsó motorolajat, az jó lesz vagy inkább ne?")).toBe(false));
  it("google'da arattım, bu arıza kodu oksijen sensörü diyor, doğru mu?", () => expect(flaggedBy("google'da arattım, bu arıza kodu oksijen sensörü diyor, doğru mu?")).toBe(false));
  it("youtube'da balatayı kendim değiştirmek için video izledim ama sizin yapmanız daha iyi", () =>
    expect(flaggedBy("youtube'da balatayı kendim değiştirmek için video izledim ama sizin yapmanız daha iyi")).toBe(false));
  it("Bosch Car Service'e gitmeyi düşünmüştüm ama burası daha uygun çıktı", () => expect(flaggedBy("Bosch Car Service'e gitmeyi düşünmüştüm ama burası daha uygun çıktı")).toBe(false));
  it("saya cari di google harga aki GS Astra sekitar 800rb ya mas?", () => expect(flaggedBy("saya cari di google harga aki GS Astra sekitar 800rb ya mas?")).toBe(false));
  it("pakai google maps ke bengkel yang dari aplikasi kan? alamatnya udah muncul di booking", () =>
    expect(flaggedBy("pakai google maps ke bengkel yang dari aplikasi kan? alamatnya udah muncul di booking")).toBe(false));
  it("tolong dicek di katalog part nomor filter oli buat Avanza 2015", () => expect(flaggedBy("tolong dicek di katalog part nomor filter oli buat Avanza 2015")).toBe(false));
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails("saya baca review kat google pasal kedai ni, ramai puji, tu yang saya book", () =>
    expect(flaggedBy("saya baca review kat google pasal kedai ni, ramai puji, tu yang saya book")).toBe(false),
  );
  it("maine google kiya check engine light ka matlab, bahut saare reasons dikha raha hai", () =>
    expect(flaggedBy("maine google kiya check engine light ka matlab, bahut saare reasons dikha raha hai")).toBe(false));
  it("aap please dekh lo kaunsa clutch plate aayega Swift 2018 ke liye, main online samajh nahi paa raha", () =>
    expect(flaggedBy("aap please dekh lo kaunsa clutch plate aayega Swift 2018 ke liye, main online samajh nahi paa raha")).toBe(false));
  it("ni-google ko yung ilaw sa dashboard, parang battery daw ata", () => expect(flaggedBy("ni-google ko yung ilaw sa dashboard, parang battery daw ata")).toBe(false));
  it("nakita ko sa Lazada yung parehong brake pads, mas mura ba or ok lang bumili dun?", () =>
    expect(flaggedBy("nakita ko sa Lazada yung parehong brake pads, mas mura ba or ok lang bumili dun?")).toBe(false));
  it("بحثت في قوقل عن صوت الطقطقة في الكفرات وقالوا ممكن تكون المساعدات", () => expect(flaggedBy("بحثت في قوقل عن صوت الطقطقة في الكفرات وقالوا ممكن تكون المساعدات")).toBe(false));
  it("فتحت قوقل ماب وحطيت عنوان الورشة اللي في الحجز، بوصل بعد ربع ساعة", () => expect(flaggedBy("فتحت قوقل ماب وحطيت عنوان الورشة اللي في الحجز، بوصل بعد ربع ساعة")).toBe(false));
  it("shoft 3al youtube video 3an el moshkela di, bas msh fahem awi", () => expect(flaggedBy("shoft 3al youtube video 3an el moshkela di, bas msh fahem awi")).toBe(false));
  it("em tra google mã lỗi P0171 thì nói là nghèo xăng, đúng không anh?", () => expect(flaggedBy("em tra google mã lỗi P0171 thì nói là nghèo xăng, đúng không anh?")).toBe(false));
  it("mấy anh xem giùm em mã phụ tùng bơm xăng cho Vios 2017 được không", () => expect(flaggedBy("mấy anh xem giùm em mã phụ tùng bơm xăng cho Vios 2017 được không")).toBe(false));
  it("ik heb jullie reviews op Google gelezen, vandaar dat ik hier heb geboekt", () => expect(flaggedBy("ik heb jullie reviews op Google gelezen, vandaar dat ik hier heb geboekt")).toBe(false));
  it("ik heb even gegoogeld wat een distributieriem kost bij een Polo, klopt 600 euro ongeveer?", () =>
    expect(flaggedBy("ik heb even gegoogeld wat een distributieriem kost bij een Polo, klopt 600 euro ongeveer?")).toBe(false));
  it("he buscado en Google el código P0128 y dice termostato, ¿puede ser?", () => expect(flaggedBy("he buscado en Google el código P0128 y dice termostato, ¿puede ser?")).toBe(false));
  it("uso Google Maps para llegar al taller que me asignó la app, ¿hay sitio para aparcar?", () =>
    expect(flaggedBy("uso Google Maps para llegar al taller que me asignó la app, ¿hay sitio para aparcar?")).toBe(false));
  it("vi no YouTube que pode ser a bobina, faz sentido?", () => expect(flaggedBy("vi no YouTube que pode ser a bobina, faz sentido?")).toBe(false));
  it("j'ai regardé les avis Google de votre garage avant de réserver, très bons", () => expect(flaggedBy("j'ai regardé les avis Google de votre garage avant de réserver, très bons")).toBe(false));
  it("vous pouvez chercher la référence des plaquettes pour une 208 de 2019 ?", () => expect(flaggedBy("vous pouvez chercher la référence des plaquettes pour une 208 de 2019 ?")).toBe(false));
  it("please dont go looking for me on facebook or anywhere, keep everything in this chat so youre protected", () =>
    expect(flaggedBy("please dont go looking for me on facebook or anywhere, keep everything in this chat so youre protected")).toBe(false));
  it("no hace falta que me busques en redes, todo por aquí en la app que así queda registrado", () =>
    expect(flaggedBy("no hace falta que me busques en redes, todo por aquí en la app que así queda registrado")).toBe(false));
  it("Instagram'da gördüğüm bir jant modeli vardı, bunu takabilir misiniz?", () => expect(flaggedBy("Instagram'da gördüğüm bir jant modeli vardı, bunu takabilir misiniz?")).toBe(false));
  it("a Facebookon egy csoportban azt írták, hogy ez a hiba gyakori a Focusnál", () => expect(flaggedBy("a Facebookon egy csoportban azt írták, hogy ez a hiba gyakori a Focusnál")).toBe(false));
  it("meu cunhado indicou a Oficina do Tião lá em Osasco mas é longe, por isso agendei aqui", () =>
    expect(flaggedBy("meu cunhado indicou a Oficina do Tião lá em Osasco mas é longe, por isso agendei aqui")).toBe(false));
  it("nu e nevoie să mă căutați pe Facebook sau altundeva, vorbim doar aici în aplicație", () =>
    expect(flaggedBy("nu e nevoie să mă căutați pe Facebook sau altundeva, vorbim doar aici în aplicație")).toBe(false));
  it("الورشة اللي جنب محطة أرامكو قالت لي إنها القير بس ما صدقتهم", () => expect(flaggedBy("الورشة اللي جنب محطة أرامكو قالت لي إنها القير بس ما صدقتهم")).toBe(false));
  it("ordered the pads on my phone last night, order no. 204-7781-5532, should arrive friday", () =>
    expect(flaggedBy("ordered the pads on my phone last night, order no. 204-7781-5532, should arrive friday")).toBe(false));
  it("the phone holder you fitted broke, the receipt number is 0771 2309 884", () => expect(flaggedBy("the phone holder you fitted broke, the receipt number is 0771 2309 884")).toBe(false));
  it("mileage is 112 540 now, the last service was at 98 300", () => expect(flaggedBy("mileage is 112 540 now, the last service was at 98 300")).toBe(false));
  it("invoice 2024 0117 5532 shows £345, but I was quoted 310 over the phone", () => expect(flaggedBy("invoice 2024 0117 5532 shows £345, but I was quoted 310 over the phone")).toBe(false));
  it("am comandat de pe telefon filtrul, comanda nr. 0740 1123 66, ajunge joi", () => expect(flaggedBy("am comandat de pe telefon filtrul, comanda nr. 0740 1123 66, ajunge joi")).toBe(false));
  it("numărul facturii e 0722/118/2024, puteți verifica?", () => expect(flaggedBy("numărul facturii e 0722/118/2024, puteți verifica?")).toBe(false));
  it("km la bord: 213 456, și am schimbat uleiul la 205 000", () => expect(flaggedBy("km la bord: 213 456, și am schimbat uleiul la 205 000")).toBe(false));
  // flagged as PHONE
  it.fails("a telefontartó cikkszáma 3062-1145-09, azt kérném beszerelni", () => expect(flaggedBy("a telefontartó cikkszáma 3062-1145-09, azt kérném beszerelni")).toBe(false));
  // flagged as PHONE
  it.fails("a rendelést a telefonomon adtam le, rendelésszám 2030 6611 47", () => expect(flaggedBy("a rendelést a telefonomon adtam le, rendelésszám 2030 6611 47")).toBe(false));
  it("210 345 km van benne, azt írja a műszerfal", () => expect(flaggedBy("210 345 km van benne, azt írja a műszerfal")).toBe(false));
  it("telefondan sipariş verdim, sipariş no 5324 4719 82, kargoda görünüyor", () => expect(flaggedBy("telefondan sipariş verdim, sipariş no 5324 4719 82, kargoda görünüyor")).toBe(false));
  it("e-fatura numarası GIB2024000553084, kontrol edebilir misiniz", () => expect(flaggedBy("e-fatura numarası GIB2024000553084, kontrol edebilir misiniz")).toBe(false));
  it("araç 187 450 km'de, triger 180 binde değişmişti", () => expect(flaggedBy("araç 187 450 km'de, triger 180 binde değişmişti")).toBe(false));
  it("saya pesan lewat hp di Tokopedia, nomor pesanan INV/20240512/MPL/3812274905", () => expect(flaggedBy("saya pesan lewat hp di Tokopedia, nomor pesanan INV/20240512/MPL/3812274905")).toBe(false));
  it("nomor resi 0812 3300 4471 (J&T), paketnya holder HP buat dashboard", () => expect(flaggedBy("nomor resi 0812 3300 4471 (J&T), paketnya holder HP buat dashboard")).toBe(false));
  it("odometer udah 98.765 km, harga servis besar berapa ya?", () => expect(flaggedBy("odometer udah 98.765 km, harga servis besar berapa ya?")).toBe(false));
  it("no. siri bateri 0123 4567 89, warranty lagi 6 bulan", () => expect(flaggedBy("no. siri bateri 0123 4567 89, warranty lagi 6 bulan")).toBe(false));
  it("phone se Amazon pe order kiya tha, order number 402-8812345-6627190 hai", () => expect(flaggedBy("phone se Amazon pe order kiya tha, order number 402-8812345-6627190 hai")).toBe(false));
  it("invoice pe 98,450 rupees likha hai, itna kaise ho gaya?", () => expect(flaggedBy("invoice pe 98,450 rupees likha hai, itna kaise ho gaya?")).toBe(false));
  it("binili ko sa Shopee gamit phone ko, order ID 240512091733QWE", () => expect(flaggedBy("binili ko sa Shopee gamit phone ko, order ID 240512091733QWE")).toBe(false));
  it("yung receipt no. 0917-0045-221 sa cellphone mount na kinabit niyo, may warranty ba?", () =>
    expect(flaggedBy("yung receipt no. 0917-0045-221 sa cellphone mount na kinabit niyo, may warranty ba?")).toBe(false));
  it("رقم الطلب 0501 2233 44 من تطبيق نون، حامل جوال للسيارة", () => expect(flaggedBy("رقم الطلب 0501 2233 44 من تطبيق نون، حامل جوال للسيارة")).toBe(false));
  it("العداد 145,600 كيلو والفحص الدوري عند 150 ألف", () => expect(flaggedBy("العداد 145,600 كيلو والفحص الدوري عند 150 ألف")).toBe(false));
  it("el fatoura raqamha 1012 3344 5566 w el mablagh 4500 geneh", () => expect(flaggedBy("el fatoura raqamha 1012 3344 5566 w el mablagh 4500 geneh")).toBe(false));
  it("em đặt hàng bằng điện thoại, mã đơn 240512ABC0912, khi nào tới em báo", () => expect(flaggedBy("em đặt hàng bằng điện thoại, mã đơn 240512ABC0912, khi nào tới em báo")).toBe(false));
  it("đồng hồ báo 91.245 km rồi anh, thay nhớt luôn nha", () => expect(flaggedBy("đồng hồ báo 91.245 km rồi anh, thay nhớt luôn nha")).toBe(false));
  it("besteld via m'n telefoon bij Bol, bestelnummer 1000 6123 4567 89", () => expect(flaggedBy("besteld via m'n telefoon bij Bol, bestelnummer 1000 6123 4567 89")).toBe(false));
  it("kilometerstand 206.412, APK verloopt in juni", () => expect(flaggedBy("kilometerstand 206.412, APK verloopt in juni")).toBe(false));
  it("pedido 406-1234567-8901234 de Amazon, es el soporte de móvil para el salpicadero", () =>
    expect(flaggedBy("pedido 406-1234567-8901234 de Amazon, es el soporte de móvil para el salpicadero")).toBe(false));
  it("la factura es la 2024/00612, importe 345,78 €", () => expect(flaggedBy("la factura es la 2024/00612, importe 345,78 €")).toBe(false));
  it("paguei a peça na loja por multibanco, entidade 21312, referência 456 789 012, valor 87,50 €", () =>
    expect(flaggedBy("paguei a peça na loja por multibanco, entidade 21312, referência 456 789 012, valor 87,50 €")).toBe(false));
  // flagged as PHONE
  it.fails("o número de série do carregador de celular é 9876 5432 10AB", () => expect(flaggedBy("o número de série do carregador de celular é 9876 5432 10AB")).toBe(false));
  // flagged as PHONE
  it.fails("commande passée depuis mon téléphone, n° 06-2024-118732, livraison jeudi", () => expect(flaggedBy("commande passée depuis mon téléphone, n° 06-2024-118732, livraison jeudi")).toBe(false));
  it("le compteur affiche 123 456 km, c'est l'heure de la distribution ?", () => expect(flaggedBy("le compteur affiche 123 456 km, c'est l'heure de la distribution ?")).toBe(false));
  it("the VIN ends in 079412, and the tracking for the part is 1Z 999 AA1 0123 4567 84", () =>
    expect(flaggedBy("the VIN ends in 079412, and the tracking for the part is 1Z 999 AA1 0123 4567 84")).toBe(false));
  it("your booking reference is 0774-2210-93, quote it if you contact the platform support", () =>
    expect(flaggedBy("your booking reference is 0774-2210-93, quote it if you contact the platform support")).toBe(false));
  it("am plătit 1.250 lei și referința tranzacției este 0745 889 120 33", () => expect(flaggedBy("am plătit 1.250 lei și referința tranzacției este 0745 889 120 33")).toBe(false));
  it("part number 90915-YZZE1 wala oil filter chahiye, aur mobile holder ka bill 4471 ka tha", () =>
    expect(flaggedBy("part number 90915-YZZE1 wala oil filter chahiye, aur mobile holder ka bill 4471 ka tha")).toBe(false));
  it("telefonumdan ödedim, dekont no 0532-2024-118", () => expect(flaggedBy("telefonumdan ödedim, dekont no 0532-2024-118")).toBe(false));
  it("nomor polisi B 1234 KJL, kilometer 45.678, minta sekalian spooring", () => expect(flaggedBy("nomor polisi B 1234 KJL, kilometer 45.678, minta sekalian spooring")).toBe(false));
  it("Hi, its Sarah, the 2014 Fiesta with the squeaky brakes. Can you do Tuesday at 2?", () =>
    expect(flaggedBy("Hi, its Sarah, the 2014 Fiesta with the squeaky brakes. Can you do Tuesday at 2?")).toBe(false));
  it("Bună ziua, am un Golf 6 din 2010, 1.6 TDI, face un zgomot la roata din față dreapta", () =>
    expect(flaggedBy("Bună ziua, am un Golf 6 din 2010, 1.6 TDI, face un zgomot la roata din față dreapta")).toBe(false));
  it("Szia, a Suzuki Swift 1.3 2008-as, hidegindításnál rángat, kb. 5 perc után elmúlik", () =>
    expect(flaggedBy("Szia, a Suzuki Swift 1.3 2008-as, hidegindításnál rángat, kb. 5 perc után elmúlik")).toBe(false));
  it("Merhaba usta, Fiat Egea 2019, klima soğutmuyor, gaz dolumu ne kadar tutar?", () => expect(flaggedBy("Merhaba usta, Fiat Egea 2019, klima soğutmuyor, gaz dolumu ne kadar tutar?")).toBe(false));
  it("Mas, Xenia 2012 saya AC-nya bau apek, sekalian ganti filter kabin ya, 150rb cukup?", () =>
    expect(flaggedBy("Mas, Xenia 2012 saya AC-nya bau apek, sekalian ganti filter kabin ya, 150rb cukup?")).toBe(false));
  it("Bhaiya Alto 800 hai 2016 ki, 45000 km chali hai, clutch bahut hard ho gaya", () => expect(flaggedBy("Bhaiya Alto 800 hai 2016 ki, 45000 km chali hai, clutch bahut hard ho gaya")).toBe(false));
  it("Vios 2018 po, nag-overheat kanina sa EDSA, kailangan ko ba ipa-tow?", () => expect(flaggedBy("Vios 2018 po, nag-overheat kanina sa EDSA, kailangan ko ba ipa-tow?")).toBe(false));
  it("السلام عليكم، عندي كامري 2017، لمبة المكينة ولعت بعد ما عبيت بنزين من المحطة", () =>
    expect(flaggedBy("السلام عليكم، عندي كامري 2017، لمبة المكينة ولعت بعد ما عبيت بنزين من المحطة")).toBe(false));
  it("Anh ơi xe Kia Morning 2015, sáng đề ba bốn lần mới nổ, chắc bình yếu hả anh", () => expect(flaggedBy("Anh ơi xe Kia Morning 2015, sáng đề ba bốn lần mới nổ, chắc bình yếu hả anh")).toBe(false));
  it("Hoi, mijn Opel Corsa van 2011 maakt een tikkend geluid bij 2000 toeren, wat kan dat zijn?", () =>
    expect(flaggedBy("Hoi, mijn Opel Corsa van 2011 maakt een tikkend geluid bij 2000 toeren, wat kan dat zijn?")).toBe(false));
  it("Hola, soy Marta, la del Seat Ibiza del jueves. ¿Podéis mirar también la luz de matrícula?", () =>
    expect(flaggedBy("Hola, soy Marta, la del Seat Ibiza del jueves. ¿Podéis mirar también la luz de matrícula?")).toBe(false));
  it("Bom dia, o meu Clio 2013 tem a luz do ABS acesa desde Coimbra, é perigoso?", () => expect(flaggedBy("Bom dia, o meu Clio 2013 tem a luz do ABS acesa desde Coimbra, é perigoso?")).toBe(false));
  it("Bonjour, Peugeot 308 de 2015, 140 000 km, la courroie a été faite à 120 000", () => expect(flaggedBy("Bonjour, Peugeot 308 de 2015, 140 000 km, la courroie a été faite à 120 000")).toBe(false));
  it("Myvi 2019 saya, tayar depan kiri cepat haus, perlu alignment ke?", () => expect(flaggedBy("Myvi 2019 saya, tayar depan kiri cepat haus, perlu alignment ke?")).toBe(false));
  it("ok so quote is 240 for both front discs and pads, about 2 hours, ill have it done by 4", () =>
    expect(flaggedBy("ok so quote is 240 for both front discs and pads, about 2 hours, ill have it done by 4")).toBe(false));
  it("el 3arabeya Hyundai Verna 2014, el direksyon bey3mel sot lama a7awed shemal", () => expect(flaggedBy("el 3arabeya Hyundai Verna 2014, el direksyon bey3mel sot lama a7awed shemal")).toBe(false));
  it("Am terminat, am schimbat plăcuțele și discurile față, total 780 lei cu manopera", () =>
    expect(flaggedBy("Am terminat, am schimbat plăcuțele și discurile față, total 780 lei cu manopera")).toBe(false));
  it("Aracı Kadıköy'deki otoparktan aldım, 3. kat, yağ lambası yanıp sönüyor", () => expect(flaggedBy("Aracı Kadıköy'deki otoparktan aldım, 3. kat, yağ lambası yanıp sönüyor")).toBe(false));
  it("Pak Budi, mobilnya sudah selesai ya, tinggal cek di aplikasi buat konfirmasi", () =>
    expect(flaggedBy("Pak Budi, mobilnya sudah selesai ya, tinggal cek di aplikasi buat konfirmasi")).toBe(false));
  it("Oi, aqui é o Renato do Gol 1.0 2012, a bateria arriou de novo hoje de manhã em Campinas", () =>
    expect(flaggedBy("Oi, aqui é o Renato do Gol 1.0 2012, a bateria arriou de novo hoje de manhã em Campinas")).toBe(false));
  it("Xe anh Nam xong rồi nha, thay dầu 4 lít 5W-30 với lọc dầu, tổng 850k", () => expect(flaggedBy("Xe anh Nam xong rồi nha, thay dầu 4 lít 5W-30 với lọc dầu, tổng 850k")).toBe(false));
});

describe("round 30 review 2: attacks", () => {
  it("honestly just cancel it on the app and bring it saturday morning, ill do it for 80 cash instead of the 110 they charge you", () =>
    expect(flaggedBy("honestly just cancel it on the app and bring it saturday morning, ill do it for 80 cash instead of the 110 they charge you")).toBe(true));
  it("anulează programarea din aplicație și vino direct la service, îți fac mai ieftin fără comisionul lor", () =>
    expect(flaggedBy("anulează programarea din aplicație și vino direct la service, îți fac mai ieftin fără comisionul lor")).toBe(true));
  it("plata cash la mine in atelier si scapi de taxa aplicatiei, ramane intre noi", () => expect(flaggedBy("plata cash la mine in atelier si scapi de taxa aplicatiei, ramane intre noi")).toBe(true));
  it("ne az appon keresztül fizess, add ide készpénzben és lejön 15%", () => expect(flaggedBy("ne az appon keresztül fizess, add ide készpénzben és lejön 15%")).toBe(true));
  it("legközelebb ne az alkalmazásban foglalj, csak gyere be simán hozzám, olcsóbb lesz", () =>
    expect(flaggedBy("legközelebb ne az alkalmazásban foglalj, csak gyere be simán hozzám, olcsóbb lesz")).toBe(true));
  it("uygulamadan iptal et abi, direkt dükkana gel elden öde komisyon vermeyelim", () => expect(flaggedBy("uygulamadan iptal et abi, direkt dükkana gel elden öde komisyon vermeyelim")).toBe(true));
  it("parayı uygulamaya yatırma, IBAN'ıma gönder: TR33 0006 1005 1978 6457 8413 26 isim Hakan Ç.", () =>
    expect(caughtBy("parayı uygulamaya yatırma, IBAN'ıma gönder: TR33 0006 1005 1978 6457 8413 26 isim Hakan Ç.", ["TR33 0006 1005 1978 6457 8413 26", "Hakan Ç."])).toBe(true));
  it("batalin aja booking di aplikasi mas, langsung dateng ke bengkel, bayar tunai lebih murah", () =>
    expect(flaggedBy("batalin aja booking di aplikasi mas, langsung dateng ke bengkel, bayar tunai lebih murah")).toBe(true));
  // missed
  it.fails("transfer langsung ke rekening saya aja ya BCA 8720114563 a.n. Dedi Kurniawan, biar gak kepotong admin", () =>
    expect(caughtBy("transfer langsung ke rekening saya aja ya BCA 8720114563 a.n. Dedi Kurniawan, biar gak kepotong admin", ["8720114563", "Dedi Kurniawan"])).toBe(true),
  );
  it("tak payah bayar dalam app, bagi cash je masa ambil kereta nanti, saya kasi diskaun", () =>
    expect(flaggedBy("tak payah bayar dalam app, bagi cash je masa ambil kereta nanti, saya kasi diskaun")).toBe(true));
  it("bhai app pe booking cancel kar do, seedha garage aa jao, cash de dena, commission bachega dono ka", () =>
    expect(flaggedBy("bhai app pe booking cancel kar do, seedha garage aa jao, cash de dena, commission bachega dono ka")).toBe(true));
  it("payment app se mat karo yaar, GPay kar dena mujhe direct, 200 kam le lunga", () => expect(flaggedBy("payment app se mat karo yaar, GPay kar dena mujhe direct, 200 kam le lunga")).toBe(true));
  it("cancel mo na lang yung booking sa app, diretso ka na lang dito sa shop, cash na lang para walang patong", () =>
    expect(flaggedBy("cancel mo na lang yung booking sa app, diretso ka na lang dito sa shop, cash na lang para walang patong")).toBe(true));
  it("sa gcash mo na lang ako bayaran directly 0917 845 2231 para di na dumaan sa app fees", () =>
    expect(caughtBy("sa gcash mo na lang ako bayaran directly 0917 845 2231 para di na dumaan sa app fees", ["0917 845 2231"])).toBe(true));
  it("الغي الحجز من التطبيق وتعال على الورشة مباشرة، الدفع كاش وبخصم", () => expect(flaggedBy("الغي الحجز من التطبيق وتعال على الورشة مباشرة، الدفع كاش وبخصم")).toBe(true));
  it("mesh lazem tedfa3 fel app, edfa3li cash fel warsha w ha3melak 5asm kwayes", () => expect(flaggedBy("mesh lazem tedfa3 fel app, edfa3li cash fel warsha w ha3melak 5asm kwayes")).toBe(true));
  it("anh hủy lịch trên app đi, qua thẳng tiệm em làm, trả tiền mặt rẻ hơn khỏi mất phí", () =>
    expect(flaggedBy("anh hủy lịch trên app đi, qua thẳng tiệm em làm, trả tiền mặt rẻ hơn khỏi mất phí")).toBe(true));
  it("chuyển khoản thẳng cho em nha, Vietcombank 0071000123456, khỏi qua app mất phí", () =>
    expect(caughtBy("chuyển khoản thẳng cho em nha, Vietcombank 0071000123456, khỏi qua app mất phí", ["0071000123456"])).toBe(true));
  it("Annuleer die boeking maar, kom gewoon direct langs bij de garage, contant scheelt je de servicekosten", () =>
    expect(flaggedBy("Annuleer die boeking maar, kom gewoon direct langs bij de garage, contant scheelt je de servicekosten")).toBe(true));
  it("volgende keer niet via de app boeken hoor, loop gewoon binnen bij de werkplaats en dan regelen we het onderling", () =>
    expect(flaggedBy("volgende keer niet via de app boeken hoor, loop gewoon binnen bij de werkplaats en dan regelen we het onderling")).toBe(true));
  it("cancela la cita en la app y vente directamente al taller, en efectivo te lo dejo en 90", () =>
    expect(flaggedBy("cancela la cita en la app y vente directamente al taller, en efectivo te lo dejo en 90")).toBe(true));
  it("págame por bizum directamente y nos ahorramos la comisión de la plataforma", () => expect(flaggedBy("págame por bizum directamente y nos ahorramos la comisión de la plataforma")).toBe(true));
  it("cancela lá a marcação na app e vem direto à oficina, pagas em dinheiro e fica mais barato", () =>
    expect(flaggedBy("cancela lá a marcação na app e vem direto à oficina, pagas em dinheiro e fica mais barato")).toBe(true));
  it("me paga no pix direto que eu faço desconto, sem passar pelo app", () => expect(flaggedBy("me paga no pix direto que eu faço desconto, sem passar pelo app")).toBe(true));
  it("annulez sur l'appli et passez directement à l'atelier, en liquide je vous fais un prix", () =>
    expect(flaggedBy("annulez sur l'appli et passez directement à l'atelier, en liquide je vous fais un prix")).toBe(true));
  it("pour la prochaine fois réservez en direct chez moi, pas besoin de passer par la plateforme, c'est moins cher", () =>
    expect(flaggedBy("pour la prochaine fois réservez en direct chez moi, pas besoin de passer par la plateforme, c'est moins cher")).toBe(true));
  it("lets take this off the app mate, they take 20% of everything. ill sort you out better if we deal direct", () =>
    expect(flaggedBy("lets take this off the app mate, they take 20% of everything. ill sort you out better if we deal direct")).toBe(true));
  it("if you pay me direct by bank transfer sort code 20-45-77 acc 43118902 ill knock off the booking fee", () =>
    expect(caughtBy("if you pay me direct by bank transfer sort code 20-45-77 acc 43118902 ill knock off the booking fee", ["20-45-77", "43118902"])).toBe(true));
  // missed
  it.fails("hai să vorbim pe altundeva, aici ne urmărește aplicația și ia comision din tot", () =>
    expect(flaggedBy("hai să vorbim pe altundeva, aici ne urmărește aplicația și ia comision din tot")).toBe(true),
  );
  // missed
  it.fails("írj inkább máshol, itt minden üzenetet látnak és levonják a jutalékot", () => expect(flaggedBy("írj inkább máshol, itt minden üzenetet látnak és levonják a jutalékot")).toBe(true));
  // missed
  it.fails("buradan konuşmayalım, komisyon kesiyorlar, başka yerden yazışalım", () => expect(flaggedBy("buradan konuşmayalım, komisyon kesiyorlar, başka yerden yazışalım")).toBe(true));
  // missed
  it.fails("ngobrolnya jangan di sini mas, pindah ke wa aja biar ga kena potongan aplikasi", () =>
    expect(flaggedBy("ngobrolnya jangan di sini mas, pindah ke wa aja biar ga kena potongan aplikasi")).toBe(true),
  );
  it("wag na natin idaan sa app next time, chat mo na lang ako sa messenger para walang bayad sa platform", () =>
    expect(flaggedBy("wag na natin idaan sa app next time, chat mo na lang ako sa messenger para walang bayad sa platform")).toBe(true));
  it("المرة الجاية لا تحجز من التطبيق، كلمني مباشرة وأعطيك سعر أحسن", () => expect(flaggedBy("المرة الجاية لا تحجز من التطبيق، كلمني مباشرة وأعطيك سعر أحسن")).toBe(true));
  it("lần sau khỏi đặt qua ứng dụng, cứ ghé thẳng gara em, em tính giá gốc cho", () => expect(flaggedBy("lần sau khỏi đặt qua ứng dụng, cứ ghé thẳng gara em, em tính giá gốc cho")).toBe(true));
  it("no confirmes el pago en la app todavía, mejor me lo das en mano cuando recojas el coche y te hago descuento", () =>
    expect(flaggedBy("no confirmes el pago en la app todavía, mejor me lo das en mano cuando recojas el coche y te hago descuento")).toBe(true));
  it("transfere-me por MB Way para não pagares a comissão à app", () => expect(flaggedBy("transfere-me por MB Way para não pagares a comissão à app")).toBe(true));
  it("agli baar app ke through mat book karna, mera workshop pata hai na, direct aa jana sasta padega", () =>
    expect(flaggedBy("agli baar app ke through mat book karna, mera workshop pata hai na, direct aa jana sasta padega")).toBe(true));
  it("khalli l'appli, ji direct l garage w khalsni cash, nta3tik prix mzyan", () => expect(flaggedBy("khalli l'appli, ji direct l garage w khalsni cash, nta3tik prix mzyan")).toBe(true));
  it("lepas ni book terus dengan saya, tak payah guna app, harga member", () => expect(flaggedBy("lepas ni book terus dengan saya, tak payah guna app, harga member")).toBe(true));
  it("the app price is silly, pop round with the readies and well call it even", () => expect(flaggedBy("the app price is silly, pop round with the readies and well call it even")).toBe(true));
  // missed
  it.fails("tikkie je me gewoon rechtstreeks? scheelt weer die fee van de app", () => expect(flaggedBy("tikkie je me gewoon rechtstreeks? scheelt weer die fee van de app")).toBe(true));
  it("just google Kev's Autos Bromley, were the first result, ring the shop", () =>
    expect(caughtBy("just google Kev's Autos Bromley, were the first result, ring the shop", ["Kev's Autos Bromley"])).toBe(true));
  it("find me on insta, its @torque.tom_garage", () => expect(caughtBy("find me on insta, its @torque.tom_garage", ["@torque.tom_garage"])).toBe(true));
  it("look me up on the bird app, same username as here", () => expect(flaggedBy("look me up on the bird app, same username as here")).toBe(true));
  it("caută pe Google Maps Service Auto Bogdan Militari, acolo mă găsești", () =>
    expect(caughtBy("caută pe Google Maps Service Auto Bogdan Militari, acolo mă găsești", ["Service Auto Bogdan Militari"])).toBe(true));
  it("dă-mi add pe facebook, Marius Dumitrescu, poza cu Audi-ul negru", () => expect(caughtBy("dă-mi add pe facebook, Marius Dumitrescu, poza cu Audi-ul negru", ["Marius Dumitrescu"])).toBe(true));
  it("keress rá a facebookon hogy Kovács Gumiszerviz Pécs, ott írj rám", () =>
    expect(caughtBy("keress rá a facebookon hogy Kovács Gumiszerviz Pécs, ott írj rám", ["Kovács Gumiszerviz Pécs"])).toBe(true));
  // missed
  it.fails("a zöld appon ugyanez a nevem, ott gyorsabban válaszolok", () => expect(flaggedBy("a zöld appon ugyanez a nevem, ott gyorsabban válaszolok")).toBe(true));
  it("instagram'da usta_mehmet34 diye arat, oradan yaz", () => expect(caughtBy("instagram'da usta_mehmet34 diye arat, oradan yaz", ["usta_mehmet34"])).toBe(true));
  it("google'a Yıldız Oto Elektrik Bağcılar yaz çıkıyoruz, direkt gel", () =>
    expect(caughtBy("google'a Yıldız Oto Elektrik Bağcılar yaz çıkıyoruz, direkt gel", ["Yıldız Oto Elektrik Bağcılar"])).toBe(true));
  it("cari aja di google maps 'Bengkel Jaya Motor Cibubur', langsung ke sana", () =>
    expect(caughtBy("cari aja di google maps 'Bengkel Jaya Motor Cibubur', langsung ke sana", ["Bengkel Jaya Motor Cibubur"])).toBe(true));
  it("follow ig aku ya @rizky.modif.garage, dm aja disitu", () => expect(caughtBy("follow ig aku ya @rizky.modif.garage, dm aja disitu", ["@rizky.modif.garage"])).toBe(true));
  // missed
  it.fails("search kat tiktok 'abg wan enjin', video saya buat kereta sama macam awak", () =>
    expect(caughtBy("search kat tiktok 'abg wan enjin', video saya buat kereta sama macam awak", ["abg wan enjin"])).toBe(true),
  );
  it("Google pe 'Sharma Motors Karol Bagh' daal do, wahi mera garage hai, wahin milna", () =>
    expect(caughtBy("Google pe 'Sharma Motors Karol Bagh' daal do, wahi mera garage hai, wahin milna", ["Sharma Motors Karol Bagh"])).toBe(true));
  it("insta pe dhoondh lo mujhe, naam hai rohit_carfix, wahan baat karte hain", () =>
    expect(caughtBy("insta pe dhoondh lo mujhe, naam hai rohit_carfix, wahan baat karte hain", ["rohit_carfix"])).toBe(true));
  it("search mo sa FB yung 'JR Auto Repair Marikina' tapos pm mo ko dun", () =>
    expect(caughtBy("search mo sa FB yung 'JR Auto Repair Marikina' tapos pm mo ko dun", ["JR Auto Repair Marikina"])).toBe(true));
  it("hanapin mo ako sa tiktok, @mekaniko_ni_jun, dun ako mas active", () => expect(caughtBy("hanapin mo ako sa tiktok, @mekaniko_ni_jun, dun ako mas active", ["@mekaniko_ni_jun"])).toBe(true));
  it("دور على كراج أبو خالد في حي النسيم على قوقل ماب وتعال", () => expect(caughtBy("دور على كراج أبو خالد في حي النسيم على قوقل ماب وتعال", ["كراج أبو خالد", "حي النسيم"])).toBe(true));
  it("ضيفني على سناب: khalid.mech99", () => expect(caughtBy("ضيفني على سناب: khalid.mech99", ["khalid.mech99"])).toBe(true));
  it("dawwar 3alaya 3al facebook: Ahmed Sayed El Mekaniki, nafs el sora", () =>
    expect(caughtBy("dawwar 3alaya 3al facebook: Ahmed Sayed El Mekaniki, nafs el sora", ["Ahmed Sayed El Mekaniki"])).toBe(true));
  it("anh lên google tìm 'Gara Minh Phát Thủ Đức' là ra, qua đó em làm", () =>
    expect(caughtBy("anh lên google tìm 'Gara Minh Phát Thủ Đức' là ra, qua đó em làm", ["Gara Minh Phát Thủ Đức"])).toBe(true));
  it("kết bạn zalo với em nha, tên Tuấn Sửa Xe Gò Vấp", () => expect(caughtBy("kết bạn zalo với em nha, tên Tuấn Sửa Xe Gò Vấp", ["Tuấn Sửa Xe Gò Vấp"])).toBe(true));
  it("zoek even op Google naar Autobedrijf De Vries Zaandam, staat ons nummer bij", () =>
    expect(caughtBy("zoek even op Google naar Autobedrijf De Vries Zaandam, staat ons nummer bij", ["Autobedrijf De Vries Zaandam"])).toBe(true));
  it("je kunt me vinden op insta als @jordi_apk_keuring", () => expect(caughtBy("je kunt me vinden op insta als @jordi_apk_keuring", ["@jordi_apk_keuring"])).toBe(true));
  it("búscame en Instagram como @taller_paco_mlg y me escribes por ahí", () => expect(caughtBy("búscame en Instagram como @taller_paco_mlg y me escribes por ahí", ["@taller_paco_mlg"])).toBe(true));
  it("pon en Google Maps Talleres Hermanos Ruiz Getafe y ven cuando quieras", () =>
    expect(caughtBy("pon en Google Maps Talleres Hermanos Ruiz Getafe y ven cuando quieras", ["Talleres Hermanos Ruiz Getafe"])).toBe(true));
  it("procura no Facebook por Oficina do Zé Carvalho, Amadora, fala comigo lá", () =>
    expect(caughtBy("procura no Facebook por Oficina do Zé Carvalho, Amadora, fala comigo lá", ["Oficina do Zé Carvalho"])).toBe(true));
  it("me acha no insta, @mecanico.fabio.sp, chama na dm", () => expect(caughtBy("me acha no insta, @mecanico.fabio.sp, chama na dm", ["@mecanico.fabio.sp"])).toBe(true));
  it("tapez Garage Benali Villeurbanne sur Google, vous aurez tout", () => expect(caughtBy("tapez Garage Benali Villeurbanne sur Google, vous aurez tout", ["Garage Benali Villeurbanne"])).toBe(true));
  it("retrouvez-moi sur Snap, c'est karim.meca69", () => expect(caughtBy("retrouvez-moi sur Snap, c'est karim.meca69", ["karim.meca69"])).toBe(true));
  it("were on yelp as Big Lou's Transmission, message us there for a better price", () =>
    expect(caughtBy("were on yelp as Big Lou's Transmission, message us there for a better price", ["Big Lou's Transmission"])).toBe(true));
  it("same name as here on the green app, just add me", () => expect(flaggedBy("same name as here on the green app, just add me")).toBe(true));
  it("pe tiktok sunt 'mecanicul_de_garaj', am clipuri cu exact problema asta, scrie-mi acolo", () =>
    expect(caughtBy("pe tiktok sunt 'mecanicul_de_garaj', am clipuri cu exact problema asta, scrie-mi acolo", ["mecanicul_de_garaj"])).toBe(true));
  // missed
  it.fails("az instán megtalálsz, szaboautoszerelo néven", () => expect(caughtBy("az instán megtalálsz, szaboautoszerelo néven", ["szaboautoszerelo"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("facebook'ta Serkan Oto Bakım diye sayfamız var, mesaj atın oradan randevu verelim", () =>
    expect(caughtBy("facebook'ta Serkan Oto Bakım diye sayfamız var, mesaj atın oradan randevu verelim", ["Serkan Oto Bakım"])).toBe(true),
  );
  it("kalau mau lebih cepat cari nama saya aja di FB: Agus Sutrisno Bengkel, foto profil mobil merah", () =>
    expect(caughtBy("kalau mau lebih cepat cari nama saya aja di FB: Agus Sutrisno Bengkel, foto profil mobil merah", ["Agus Sutrisno Bengkel"])).toBe(true));
  it("YouTube pe 'Mechanic Bhaiya Vlogs' search karo, description mein sab details hai", () =>
    expect(caughtBy("YouTube pe 'Mechanic Bhaiya Vlogs' search karo, description mein sab details hai", ["Mechanic Bhaiya Vlogs"])).toBe(true));
  it("i-search mo lang 'Aling Nena Vulcanizing' sa Google Maps, katabi ng 7-Eleven sa Taft", () =>
    expect(caughtBy("i-search mo lang 'Aling Nena Vulcanizing' sa Google Maps, katabi ng 7-Eleven sa Taft", ["Aling Nena Vulcanizing"])).toBe(true));
  it("tìm trên facebook 'Hùng Điện Lạnh Ô Tô' inbox em", () => expect(caughtBy("tìm trên facebook 'Hùng Điện Lạnh Ô Tô' inbox em", ["Hùng Điện Lạnh Ô Tô"])).toBe(true));
  // missed
  it.fails("اكتب في الانستا ورشة_السالم_للسيارات وراسلني خاص", () => expect(caughtBy("اكتب في الانستا ورشة_السالم_للسيارات وراسلني خاص", ["ورشة_السالم_للسيارات"])).toBe(true));
  it("im on the gram, torque dot tom underscore garage", () => expect(caughtBy("im on the gram, torque dot tom underscore garage", ["torque dot tom underscore garage"])).toBe(true));
  it("en el pajarito me encuentras como pacotaller, escríbeme por privado", () => expect(caughtBy("en el pajarito me encuentras como pacotaller, escríbeme por privado", ["pacotaller"])).toBe(true));
  it("ya tengo la pieza, si quieres confirmar llama al 634 218 907 y te digo cuando pasar", () =>
    expect(caughtBy("ya tengo la pieza, si quieres confirmar llama al 634 218 907 y te digo cuando pasar", ["634 218 907"])).toBe(true));
  it("the 'order number' i sent you earlier, 07911 382104, is actually my whatsapp btw", () =>
    expect(caughtBy("the 'order number' i sent you earlier, 07911 382104, is actually my whatsapp btw", ["07911 382104"])).toBe(true));
  it("order #55821 is ready. call me on 07845 219 366 to pick it up", () => expect(caughtBy("order #55821 is ready. call me on 07845 219 366 to pick it up", ["07845 219 366"])).toBe(true));
  it("comanda 4471-22 a ajuns, sună-mă la 0744 512 389 să stabilim", () => expect(caughtBy("comanda 4471-22 a ajuns, sună-mă la 0744 512 389 să stabilim", ["0744 512 389"])).toBe(true));
  it("număr referință piesă: 0723.661.094 (ăsta e de fapt telefonul meu 😉)", () =>
    expect(caughtBy("număr referință piesă: 0723.661.094 (ăsta e de fapt telefonul meu 😉)", ["0723.661.094"])).toBe(true));
  it("rendelésszám: 06 30 418 2297 – ezen hívj fel ha kész vagy", () => expect(caughtBy("rendelésszám: 06 30 418 2297 – ezen hívj fel ha kész vagy", ["06 30 418 2297"])).toBe(true));
  it("a számla száma 2024/118, az én számom meg +36 20 555 7310, hívj nyugodtan", () =>
    expect(caughtBy("a számla száma 2024/118, az én számom meg +36 20 555 7310, hívj nyugodtan", ["+36 20 555 7310"])).toBe(true));
  it("sipariş no 0532 447 19 82 haha şaka, telefonum bu, arayın", () => expect(caughtBy("sipariş no 0532 447 19 82 haha şaka, telefonum bu, arayın", ["0532 447 19 82"])).toBe(true));
  it("parça geldi, fatura no 88123, ulaşmak için 0 555 308 41 76 whatsapp", () =>
    expect(caughtBy("parça geldi, fatura no 88123, ulaşmak için 0 555 308 41 76 whatsapp", ["0 555 308 41 76"])).toBe(true));
  it("resi JNE-nya JP88213 ya, kalau ada apa2 wa ke 0813-2274-9051", () => expect(caughtBy("resi JNE-nya JP88213 ya, kalau ada apa2 wa ke 0813-2274-9051", ["0813-2274-9051"])).toBe(true));
  it("kode booking saya 0857 1190 3348, eh itu nomor hp saya sih, telpon aja", () =>
    expect(caughtBy("kode booking saya 0857 1190 3348, eh itu nomor hp saya sih, telpon aja", ["0857 1190 3348"])).toBe(true));
  it("no invois INV-3321, kalau nak cepat call 012-774 5190", () => expect(caughtBy("no invois INV-3321, kalau nak cepat call 012-774 5190", ["012-774 5190"])).toBe(true));
  it("order id nahi hai ye 98201 44763, mera number hai, call kar lena shaam ko", () =>
    expect(caughtBy("order id nahi hai ye 98201 44763, mera number hai, call kar lena shaam ko", ["98201 44763"])).toBe(true));
  it("parcel ka tracking bhej raha hoon: 8 8 2 6 0 1 4 7 5 3 — isi pe whatsapp bhi kar sakte ho", () =>
    expect(caughtBy("parcel ka tracking bhej raha hoon: 8 8 2 6 0 1 4 7 5 3 — isi pe whatsapp bhi kar sakte ho", ["8 8 2 6 0 1 4 7 5 3"])).toBe(true));
  it("ref no. ng bayad ko 1029384, tapos kung may tanong text mo ko 0918 552 7730", () =>
    expect(caughtBy("ref no. ng bayad ko 1029384, tapos kung may tanong text mo ko 0918 552 7730", ["0918 552 7730"])).toBe(true));
  it("eto tracking # ko 09275546218 jk cp number ko yan, text ka na lang", () => expect(caughtBy("eto tracking # ko 09275546218 jk cp number ko yan, text ka na lang", ["09275546218"])).toBe(true));
  it("رقم الطلب 4412، وللتواصل واتساب ٠٥٥٤٣٢١٨٧٦", () => expect(caughtBy("رقم الطلب 4412، وللتواصل واتساب ٠٥٥٤٣٢١٨٧٦", ["٠٥٥٤٣٢١٨٧٦"])).toBe(true));
  // round 41's retrained stage no longer flagged it; round 49 does again: the Arabic after the number
  // reads as a unit's letter ("l") once normalised, and a phone-shaped number is no measurement before one
  it("رقم الفاتورة هو 050 612 4478 اتصل عليه لو احتجت شي", () => expect(caughtBy("رقم الفاتورة هو 050 612 4478 اتصل عليه لو احتجت شي", ["050 612 4478"])).toBe(true));
  // missed
  it.fails("el order number bta3i 0102 883 4519 da raqam el mobile bardo, kalemni 3aleh", () =>
    expect(caughtBy("el order number bta3i 0102 883 4519 da raqam el mobile bardo, kalemni 3aleh", ["0102 883 4519"])).toBe(true),
  );
  it("mã đơn hàng 0912 447 803, à nhầm đó là sđt em, gọi em nhé", () => expect(caughtBy("mã đơn hàng 0912 447 803, à nhầm đó là sđt em, gọi em nhé", ["0912 447 803"])).toBe(true));
  it("phụ tùng về rồi, số hoá đơn 23491, anh cần gì gọi zalo 0986.221.574", () => expect(caughtBy("phụ tùng về rồi, số hoá đơn 23491, anh cần gì gọi zalo 0986.221.574", ["0986.221.574"])).toBe(true));
  it("bestelnummer 06-41 82 93 07 ... grapje, dat is mijn 06, bel maar", () => expect(caughtBy("bestelnummer 06-41 82 93 07 ... grapje, dat is mijn 06, bel maar", ["06-41 82 93 07"])).toBe(true));
  it("ordernummer 77120, en als je vragen hebt: nul zes twee drie vier vijf zes zeven acht negen", () =>
    expect(caughtBy("ordernummer 77120, en als je vragen hebt: nul zes twee drie vier vijf zes zeven acht negen", ["nul zes twee drie vier vijf zes zeven acht negen"])).toBe(true));
  it("el número de pedido es el 612 904 335, que también es mi móvil, escríbeme ahí", () =>
    expect(caughtBy("el número de pedido es el 612 904 335, que también es mi móvil, escríbeme ahí", ["612 904 335"])).toBe(true));
  it("factura 2024-0087 y el 655 31 20 48 para lo que necesites, llámame", () => expect(caughtBy("factura 2024-0087 y el 655 31 20 48 para lo que necesites, llámame", ["655 31 20 48"])).toBe(true));
  it("referência da encomenda 913 552 087 — é o meu telemóvel, liga quando puderes", () =>
    expect(caughtBy("referência da encomenda 913 552 087 — é o meu telemóvel, liga quando puderes", ["913 552 087"])).toBe(true));
  it("o código de rastreio é BR123456789 e meu zap é (11) 97432-1186", () => expect(caughtBy("o código de rastreio é BR123456789 e meu zap é (11) 97432-1186", ["(11) 97432-1186"])).toBe(true));
  it("numéro de commande : 06 71 38 92 45 — enfin c'est mon portable, appelez-moi", () =>
    expect(caughtBy("numéro de commande : 06 71 38 92 45 — enfin c'est mon portable, appelez-moi", ["06 71 38 92 45"])).toBe(true));
  it("facture F-2291, et pour me joindre c'est zéro six, quarante-deux, dix-huit, soixante-dix, trente-trois", () =>
    expect(caughtBy("facture F-2291, et pour me joindre c'est zéro six, quarante-deux, dix-huit, soixante-dix, trente-trois", ["zéro six, quarante-deux, dix-huit, soixante-dix, trente-trois"])).toBe(
      true,
    ));
  it("two numbers for you: the part is 1K0 615 301 AA and you can text me on 07523 661 208", () =>
    expect(caughtBy("two numbers for you: the part is 1K0 615 301 AA and you can text me on 07523 661 208", ["07523 661 208"])).toBe(true));
  it("receipt ref 4452 8810 33 and my cell is four one five, two two three, nine eight one zero", () =>
    expect(caughtBy("receipt ref 4452 8810 33 and my cell is four one five, two two three, nine eight one zero", ["four one five, two two three, nine eight one zero"])).toBe(true));
  it("nr. AWB 1834 5521 90, iar pe whatsapp sunt la zero șapte patru zero, 318, 226", () =>
    expect(caughtBy("nr. AWB 1834 5521 90, iar pe whatsapp sunt la zero șapte patru zero, 318, 226", ["zero șapte patru zero, 318, 226"])).toBe(true));
  it("csomagszám: 5402 1187 6630 22, ha gond van hívj a harmincas számon: 30/662-1498", () =>
    expect(caughtBy("csomagszám: 5402 1187 6630 22, ha gond van hívj a harmincas számon: 30/662-1498", ["30/662-1498"])).toBe(true));
  // missed
  it("takip numarası 1Z999AA10123456784, bana da şuradan ulaşın: sıfır beş yüz otuz iki üç yüz on bir kırk beş yirmi iki", () =>
    expect(
      caughtBy("takip numarası 1Z999AA10123456784, bana da şuradan ulaşın: sıfır beş yüz otuz iki üç yüz on bir kırk beş yirmi iki", ["sıfır beş yüz otuz iki üç yüz on bir kırk beş yirmi iki"]),
    ).toBe(true));
  it("nomor rangka MHKA1BA1J9K012345, kontak saya nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan", () =>
    expect(
      caughtBy("nomor rangka MHKA1BA1J9K012345, kontak saya nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan", [
        "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan",
      ]),
    ).toBe(true));
  it("serial ng battery 0922-318-4406 — joke lang, globe number ko yan, tawag ka", () =>
    expect(caughtBy("serial ng battery 0922-318-4406 — joke lang, globe number ko yan, tawag ka", ["0922-318-4406"])).toBe(true));
  // missed
  it.fails("الفاتورة رقم 7781 ورقمي صفر خمسة خمسة، ثلاثة اثنين واحد، ثمانية سبعة ستة أربعة", () =>
    expect(caughtBy("الفاتورة رقم 7781 ورقمي صفر خمسة خمسة، ثلاثة اثنين واحد، ثمانية سبعة ستة أربعة", ["صفر خمسة خمسة، ثلاثة اثنين واحد، ثمانية سبعة ستة أربعة"])).toBe(true),
  );
  // caught since round 43's refit
  it("mã vận đơn SPXVN04512, còn sđt em là 0903 455 ghép thêm đuôi 678 nha, gọi em", () =>
    expect(caughtBy("mã vận đơn SPXVN04512, còn sđt em là 0903 455 ghép thêm đuôi 678 nha, gọi em", ["0903 455", "678"])).toBe(true));
  it("la matrícula 4821 KLM y mi teléfono 6-1-8-2-0-9-4-7-3 por si acaso", () =>
    expect(caughtBy("la matrícula 4821 KLM y mi teléfono 6-1-8-2-0-9-4-7-3 por si acaso", ["6-1-8-2-0-9-4-7-3"])).toBe(true));
  it("o nº de série do suporte é 9 6 5 4 4 2 1 1 8? não, isso é o meu número, liga-me", () =>
    expect(caughtBy("o nº de série do suporte é 9 6 5 4 4 2 1 1 8? não, isso é o meu número, liga-me", ["9 6 5 4 4 2 1 1 8"])).toBe(true));
  it("bill no. 4471 hai, aur koi doubt ho toh nau aath do do, saat saat chaar, teen ek nau par call karna", () =>
    expect(caughtBy("bill no. 4471 hai, aur koi doubt ho toh nau aath do do, saat saat chaar, teen ek nau par call karna", ["nau aath do do, saat saat chaar, teen ek nau"])).toBe(true));
});
