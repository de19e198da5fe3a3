// Round 35 review 1: a blind reviewer of round 35 wrote 254 items (139 attacks, 20 of them bursts of 2 to 4 messages; 115 innocents, 5 of them bursts) on
// e-mails, handles and links in disguise, about three quarters not in English, without reading the project; it judged mail35 (main 12 flagged / 128 caught
// -> 10 / 129) and, pooled with review 2, fp35b (README, Round 35).
// This file specifies main after round 35, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden (a burst: as the reader is finally shown it, `replayCaught`).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("round 35 review 1: innocents", () => {
  it("Es un 2.0 TDI de 2014, me salta el código P0300 y tiembla en ralentí, ¿puede ser la bobina?", () =>
    expect(flaggedBy("Es un 2.0 TDI de 2014, me salta el código P0300 y tiembla en ralentí, ¿puede ser la bobina?")).toBe(false));
  it("Vi um vídeo no YouTube sobre trocar a bobina, youtube.com/watch?v=dQ8x7Kp2LmA, dá pra fazer sozinho ou melhor vocês?", () =>
    expect(flaggedBy("Vi um vídeo no YouTube sobre trocar a bobina, youtube.com/watch?v=dQ8x7Kp2LmA, dá pra fazer sozinho ou melhor vocês?")).toBe(false));
  it("@Marta (soporte) ya me dijo que el pago queda retenido en la app hasta que confirme el trabajo", () =>
    expect(flaggedBy("@Marta (soporte) ya me dijo que el pago queda retenido en la app hasta que confirme el trabajo")).toBe(false));
  it("j'ai mis la photo img_4032.jpg, on voit bien la fuite sous le carter d'huile", () =>
    expect(flaggedBy("j'ai mis la photo img_4032.jpg, on voit bien la fuite sous le carter d'huile")).toBe(false));
  it("Das Steuergerät hat Software v1.3.7, muss das geupdatet werden oder passt das?", () =>
    expect(flaggedBy("Das Steuergerät hat Software v1.3.7, muss das geupdatet werden oder passt das?")).toBe(false));
  it("Bremsscheiben sind laut TÜV 2,5 mm unter Mindestmaß, was kostet vorne komplett?", () =>
    expect(flaggedBy("Bremsscheiben sind laut TÜV 2,5 mm unter Mindestmaß, was kostet vorne komplett?")).toBe(false));
  it("Il preventivo è 1.250,00 € IVA inclusa o devo aggiungere il 22%?", () => expect(flaggedBy("Il preventivo è 1.250,00 € IVA inclusa o devo aggiungere il 22%?")).toBe(false));
  it("Nie używam Instagrama, wyślij proszę zdjęcia przez aplikację", () => expect(flaggedBy("Nie używam Instagrama, wyślij proszę zdjęcia przez aplikację")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Kuzenim WhatsApp'tan birine araba satmaya çalıştı, dolandırıldı. O yüzden her şeyi buradan yapalım lütfen", () =>
    expect(flaggedBy("Kuzenim WhatsApp'tan birine araba satmaya çalıştı, dolandırıldı. O yüzden her şeyi buradan yapalım lütfen")).toBe(false),
  );
  it("Ik heb de onderdelen besteld bij zo'n grote autoparts webshop, komt dinsdag binnen", () =>
    expect(flaggedBy("Ik heb de onderdelen besteld bij zo'n grote autoparts webshop, komt dinsdag binnen")).toBe(false));
  it("Codul de eroare e P0420, e catalizatorul sau doar senzorul de oxigen?", () => expect(flaggedBy("Codul de eroare e P0420, e catalizatorul sau doar senzorul de oxigen?")).toBe(false));
  it("Oli yang dipakai 5W-30 ya, kapasitas 4.2 liter, filter oli sekalian ganti", () => expect(flaggedBy("Oli yang dipakai 5W-30 ya, kapasitas 4.2 liter, filter oli sekalian ganti")).toBe(false));
  it("Pakisend na lang dito sa app yung quote, wala akong FB eh", () => expect(flaggedBy("Pakisend na lang dito sa app yung quote, wala akong FB eh")).toBe(false));
  it("bhai #dieselgate wala issue toh nahi hai na mere Vento 1.5 TDI mein?", () => expect(flaggedBy("bhai #dieselgate wala issue toh nahi hai na mere Vento 1.5 TDI mein?")).toBe(false));
  it("Xe em là Vios 1.5G đời 2019, đèn check engine sáng từ hôm qua", () => expect(flaggedBy("Xe em là Vios 1.5G đời 2019, đèn check engine sáng từ hôm qua")).toBe(false));
  it("Mashina Lada Vesta 1.6, oshibka P0171, chto eto mozhet byt?", () => expect(flaggedBy("Mashina Lada Vesta 1.6, oshibka P0171, chto eto mozhet byt?")).toBe(false));
  it("I emailed the platform's support through the help center, they said the refund takes 3-5 business days", () =>
    expect(flaggedBy("I emailed the platform's support through the help center, they said the refund takes 3-5 business days")).toBe(false));
  it("Updated the app from Google Play, version 4.12.0 fixed the bug where photos wouldn't upload in chat", () =>
    expect(flaggedBy("Updated the app from Google Play, version 4.12.0 fixed the bug where photos wouldn't upload in chat")).toBe(false));
  it("@mechanic can you check the photo I just sent, the serpentine belt looks cracked to me", () =>
    expect(flaggedBy("@mechanic can you check the photo I just sent, the serpentine belt looks cracked to me")).toBe(false));
  it("Saw the torque specs on a forum, VWVortex I think, says 120 Nm + 90° for the axle nut", () =>
    expect(flaggedBy("Saw the torque specs on a forum, VWVortex I think, says 120 Nm + 90° for the axle nut")).toBe(false));
  it("La pieza es Bosch 0 986 494 123, ¿te sirve esa o prefieres Brembo?", () => expect(flaggedBy("La pieza es Bosch 0 986 494 123, ¿te sirve esa o prefieres Brembo?")).toBe(false));
  it("O total deu R$ 1.489,90 com a mão de obra? achei que era menos", () => expect(flaggedBy("O total deu R$ 1.489,90 com a mão de obra? achei que era menos")).toBe(false));
  it("Firmware du boîtier: 2.4.1-b, et l'erreur U0100 revient après chaque démarrage", () =>
    expect(flaggedBy("Firmware du boîtier: 2.4.1-b, et l'erreur U0100 revient après chaque démarrage")).toBe(false));
  it("Ölwechsel war bei 15.000 km, nächster laut Serviceheft bei 30.000", () => expect(flaggedBy("Ölwechsel war bei 15.000 km, nächster laut Serviceheft bei 30.000")).toBe(false));
  it("Ho comprato le pastiglie su Amazon, marca ATE, arrivano domani, me le monti tu?", () =>
    expect(flaggedBy("Ho comprato le pastiglie su Amazon, marca ATE, arrivano domani, me le monti tu?")).toBe(false));
  it("Na forum Elektroda ktoś pisał, że to wina czujnika MAP, może sprawdzić to najpierw?", () =>
    expect(flaggedBy("Na forum Elektroda ktoś pisał, że to wina czujnika MAP, może sprawdzić to najpierw?")).toBe(false));
  it("Aracım 1.6 TDCi Focus, turbo ıslık çalıyor, 2.000 devirde artıyor", () => expect(flaggedBy("Aracım 1.6 TDCi Focus, turbo ıslık çalıyor, 2.000 devirde artıyor")).toBe(false));
  it("Mijn schoonvader zegt dat je nooit via Marktplaats onderdelen moet kopen, klopt dat?", () =>
    expect(flaggedBy("Mijn schoonvader zegt dat je nooit via Marktplaats onderdelen moet kopen, klopt dat?")).toBe(false));
  it("Am văzut un tutorial pe YouTube, canalul ăla cunoscut cu mașini germane, dar nu-mi amintesc cum se numește", () =>
    expect(flaggedBy("Am văzut un tutorial pe YouTube, canalul ăla cunoscut cu mașini germane, dar nu-mi amintesc cum se numește")).toBe(false));
  it("Harga di aplikasi Rp 1.250.000 sudah termasuk jasa pasang kan?", () => expect(flaggedBy("Harga di aplikasi Rp 1.250.000 sudah termasuk jasa pasang kan?")).toBe(false));
  it("Yung gulong ko 205/55 R16, may stock ba kayo ng Bridgestone?", () => expect(flaggedBy("Yung gulong ko 205/55 R16, may stock ba kayo ng Bridgestone?")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Mera dost bolta hai WhatsApp pe mechanic mat dhundho, scam hote hai. isliye yahin book kiya", () =>
    expect(flaggedBy("Mera dost bolta hai WhatsApp pe mechanic mat dhundho, scam hote hai. isliye yahin book kiya")).toBe(false),
  );
  it("Em đã gửi ảnh qua app rồi, anh xem giúp em cái gioăng nắp máy nhé", () => expect(flaggedBy("Em đã gửi ảnh qua app rồi, anh xem giúp em cái gioăng nắp máy nhé")).toBe(false));
  it("Ya ne polzuyus telegramom, pishite zdes pozhaluysta", () => expect(flaggedBy("Ya ne polzuyus telegramom, pishite zdes pozhaluysta")).toBe(false));
  it("Error code B1318, battery voltage low — 11.8 V at rest, 13.9 V running", () => expect(flaggedBy("Error code B1318, battery voltage low — 11.8 V at rest, 13.9 V running")).toBe(false));
  it("Check the file scan_report_2024-05-12.pdf I uploaded, it's from the OBD scanner", () =>
    expect(flaggedBy("Check the file scan_report_2024-05-12.pdf I uploaded, it's from the OBD scanner")).toBe(false));
  it("The part number is 31316-1XF0A for the CVT filter, can you order it?", () => expect(flaggedBy("The part number is 31316-1XF0A for the CVT filter, can you order it?")).toBe(false));
  it("Tesla Model 3 LR, software 2024.14.9, the phantom braking is back since the update", () =>
    expect(flaggedBy("Tesla Model 3 LR, software 2024.14.9, the phantom braking is back since the update")).toBe(false));
  it("Max torque is 320 Nm @ 1750 rpm on paper but it feels flat until 2500", () => expect(flaggedBy("Max torque is 320 Nm @ 1750 rpm on paper but it feels flat until 2500")).toBe(false));
  it("Mi primo tiene un taller y dice que el sensor de O2 de NGK es mejor que el genérico, ¿qué opinas?", () =>
    expect(flaggedBy("Mi primo tiene un taller y dice que el sensor de O2 de NGK es mejor que el genérico, ¿qué opinas?")).toBe(false));
  it("La cita quedó para el jueves 10:30 en la app, ¿me confirmas?", () => expect(flaggedBy("La cita quedó para el jueves 10:30 en la app, ¿me confirmas?")).toBe(false));
  it("Te deixei uma avaliação 5 estrelas aqui no app, valeu pelo serviço!", () => expect(flaggedBy("Te deixei uma avaliação 5 estrelas aqui no app, valeu pelo serviço!")).toBe(false));
  it("Tu peux m'envoyer la facture en PDF ici dans le chat ? c'est pour mon assurance", () =>
    expect(flaggedBy("Tu peux m'envoyer la facture en PDF ici dans le chat ? c'est pour mon assurance")).toBe(false));
  it("Der Fehlerspeicher zeigt 17965 / P1557 Ladedruckregelung, Regelgrenze überschritten", () =>
    expect(flaggedBy("Der Fehlerspeicher zeigt 17965 / P1557 Ladedruckregelung, Regelgrenze überschritten")).toBe(false));
  it("Ho una Fiat Punto 1.2, il motorino d'avviamento fa solo clic, punto. Quanto costa cambiarlo?", () =>
    expect(flaggedBy("Ho una Fiat Punto 1.2, il motorino d'avviamento fa solo clic, punto. Quanto costa cambiarlo?")).toBe(false));
  it("Płatność przeszła przez aplikację, 850,00 zł, dziękuję", () => expect(flaggedBy("Płatność przeszła przez aplikację, 850,00 zł, dziękuję")).toBe(false));
  it("Servis kitabında 60.000 km bakımı yapılmış görünüyor ama triger değişmemiş", () => expect(flaggedBy("Servis kitabında 60.000 km bakımı yapılmış görünüyor ama triger değişmemiş")).toBe(false));
  it("Kun je de foto's hier uploaden? IMG_2291.HEIC opent niet bij mij", () => expect(flaggedBy("Kun je de foto's hier uploaden? IMG_2291.HEIC opent niet bij mij")).toBe(false));
  it("Am plătit prin aplicație, chitanța nr. 2024.118, mulțumesc", () => expect(flaggedBy("Am plătit prin aplicație, chitanța nr. 2024.118, mulțumesc")).toBe(false));
  it("Bisa cek video di YouTube 'cara ganti kampas rem Avanza'? mirip kasusnya sama mobil saya", () =>
    expect(flaggedBy("Bisa cek video di YouTube 'cara ganti kampas rem Avanza'? mirip kasusnya sama mobil saya")).toBe(false));
  it("Saan ba mabibili yung Denso spark plug? Lazada or Shopee ok lang ba?", () => expect(flaggedBy("Saan ba mabibili yung Denso spark plug? Lazada or Shopee ok lang ba?")).toBe(false));
  it("bhai price 4,500 rs fixed hai ya negotiable? app pe hi pay karunga", () => expect(flaggedBy("bhai price 4,500 rs fixed hai ya negotiable? app pe hi pay karunga")).toBe(false));
  it("Lốp Michelin 215/60R16 giá 2.350.000đ đúng không anh?", () => expect(flaggedBy("Lốp Michelin 215/60R16 giá 2.350.000đ đúng không anh?")).toBe(false));
  it("Mne drug skazal chto u Kia Rio 1.4 slaboe mesto - katushki zazhiganiya, pravda?", () =>
    expect(flaggedBy("Mne drug skazal chto u Kia Rio 1.4 slaboe mesto - katushki zazhiganiya, pravda?")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("lol my cousin got scammed on Facebook Marketplace buying a 'new' catalytic converter, never again", () =>
    expect(flaggedBy("lol my cousin got scammed on Facebook Marketplace buying a 'new' catalytic converter, never again")).toBe(false),
  );
  it("I don't have Instagram or TikTok, I'm 67, just tell me here what it costs", () => expect(flaggedBy("I don't have Instagram or TikTok, I'm 67, just tell me here what it costs")).toBe(false));
  // flagged as SOCIAL_HANDLE
  it.fails("Is @ServiceAdvisor_Kim still handling my case? she said Tuesday in this chat", () =>
    expect(flaggedBy("Is @ServiceAdvisor_Kim still handling my case? she said Tuesday in this chat")).toBe(false),
  );
  it("The Haynes manual says gap 0.8 mm, but the NGK box says 0.9, which one?", () => expect(flaggedBy("The Haynes manual says gap 0.8 mm, but the NGK box says 0.9, which one?")).toBe(false));
  it("Torque to 25 ft.lbs then another 1/4 turn, right?", () => expect(flaggedBy("Torque to 25 ft.lbs then another 1/4 turn, right?")).toBe(false));
  it("Which is better for the Camry, Castrol Edge or Mobil 1 0W-20?", () => expect(flaggedBy("Which is better for the Camry, Castrol Edge or Mobil 1 0W-20?")).toBe(false));
  // flagged as LINK
  it.fails("I'm at work till 5. btw the little dot next to the oil can symbol keeps blinking", () =>
    expect(flaggedBy("I'm at work till 5. btw the little dot next to the oil can symbol keeps blinking")).toBe(false),
  );
  it("El coche está a punto de morir jaja, se queda en punto muerto y no sube de vueltas", () =>
    expect(flaggedBy("El coche está a punto de morir jaja, se queda en punto muerto y no sube de vueltas")).toBe(false));
  it("Ich bin um Punkt 8 Uhr da, Schlüssel gebe ich dann direkt an der Annahme ab", () => expect(flaggedBy("Ich bin um Punkt 8 Uhr da, Schlüssel gebe ich dann direkt an der Annahme ab")).toBe(false));
  it("Zrobiłem wszystko kropka w kropkę jak w instrukcji, a dalej świeci kontrolka ABS", () =>
    expect(flaggedBy("Zrobiłem wszystko kropka w kropkę jak w instrukcji, a dalej świeci kontrolka ABS")).toBe(false));
  it("I don't really check my gmail, the app notifications are enough for me", () => expect(flaggedBy("I don't really check my gmail, the app notifications are enough for me")).toBe(false));
  it("#carlife #boostedboys lol jk, how much for the intercooler pipe replacement?", () =>
    expect(flaggedBy("#carlife #boostedboys lol jk, how much for the intercooler pipe replacement?")).toBe(false));
  it("BMW 320d F30 with the N47D20 engine, timing chain rattle on cold start", () => expect(flaggedBy("BMW 320d F30 with the N47D20 engine, timing chain rattle on cold start")).toBe(false));
  it("My OBD adapter ELM327 v2.1 doesn't connect to the car, is it a fake one?", () => expect(flaggedBy("My OBD adapter ELM327 v2.1 doesn't connect to the car, is it a fake one?")).toBe(false));
  it("Wheels are 7.5x17 ET35, 5x112, will they fit a 2016 Passat?", () => expect(flaggedBy("Wheels are 7.5x17 ET35, 5x112, will they fit a 2016 Passat?")).toBe(false));
  it("Tire pressure is 2.3 bar front and 2.5 rear, is that right for a full load?", () => expect(flaggedBy("Tire pressure is 2.3 bar front and 2.5 rear, is that right for a full load?")).toBe(false));
  it("The quote says $1,249.99 but the app shows $1,199.99 after the coupon", () => expect(flaggedBy("The quote says $1,249.99 but the app shows $1,199.99 after the coupon")).toBe(false));
  it("a guy at AutoZone told me it's the MAF sensor, they read the code for free", () => expect(flaggedBy("a guy at AutoZone told me it's the MAF sensor, they read the code for free")).toBe(false));
  it("r/MechanicAdvice said it's probably the thermostat stuck open, agree?", () => expect(flaggedBy("r/MechanicAdvice said it's probably the thermostat stuck open, agree?")).toBe(false));
  it("the QR code on the tyre EU label is scratched, can you still read the load index?", () =>
    expect(flaggedBy("the QR code on the tyre EU label is scratched, can you still read the load index?")).toBe(false));
  it("Google Maps says I'm 12 min away from the workshop, running a bit late sorry", () =>
    expect(flaggedBy("Google Maps says I'm 12 min away from the workshop, running a bit late sorry")).toBe(false));
  it("I work in IT, saw the ad for this app on LinkedIn, first time using it", () => expect(flaggedBy("I work in IT, saw the ad for this app on LinkedIn, first time using it")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Mi hermano vende repuestos por Telegram pero yo prefiero hacerlo todo aquí, más seguro", () =>
    expect(flaggedBy("Mi hermano vende repuestos por Telegram pero yo prefiero hacerlo todo aquí, más seguro")).toBe(false),
  );
  it("Je peux écrire au support par mail ? ou seulement via le formulaire de l'appli ?", () =>
    expect(flaggedBy("Je peux écrire au support par mail ? ou seulement via le formulaire de l'appli ?")).toBe(false));
  it("Norauto m'a fait un devis à 480 €, Feu Vert 520 €, vous êtes à combien ?", () => expect(flaggedBy("Norauto m'a fait un devis à 480 €, Feu Vert 520 €, vous êtes à combien ?")).toBe(false));
  it("ATU wollte 389,90 € für die Kupplung, ist das realistisch?", () => expect(flaggedBy("ATU wollte 389,90 € für die Kupplung, ist das realistisch?")).toBe(false));
  it("Halfords quoted me £145.00 for the brake pads, can you beat that?", () => expect(flaggedBy("Halfords quoted me £145.00 for the brake pads, can you beat that?")).toBe(false));
  it("Ang daming nagsasabi sa Facebook group ng Vios owners na CVT fluid daw problema", () =>
    expect(flaggedBy("Ang daming nagsasabi sa Facebook group ng Vios owners na CVT fluid daw problema")).toBe(false));
  it("Saya lihat di grup Facebook komunitas Xenia katanya ini masalah umum di 1.3", () => expect(flaggedBy("Saya lihat di grup Facebook komunitas Xenia katanya ini masalah umum di 1.3")).toBe(false));
  it("Şikayetvar'da yorum okudum bu parça hakkında, orijinal mi yan sanayi mi kullanıyorsunuz?", () =>
    expect(flaggedBy("Şikayetvar'da yorum okudum bu parça hakkında, orijinal mi yan sanayi mi kullanıyorsunuz?")).toBe(false));
  it("Volgens de RDW-site is de APK al verlopen, kunnen jullie die ook doen?", () => expect(flaggedBy("Volgens de RDW-site is de APK al verlopen, kunnen jullie die ook doen?")).toBe(false));
  it("Pe un forum de Logan zicea că e de la releul pompei de benzină", () => expect(flaggedBy("Pe un forum de Logan zicea că e de la releul pompei de benzină")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Mia zia usa solo WhatsApp per tutto, io invece preferisco l'app, così resta tutto scritto", () =>
    expect(flaggedBy("Mia zia usa solo WhatsApp per tutto, io invece preferisco l'app, così resta tutto scritto")).toBe(false),
  );
  it("Não tenho Instagram não, pode mandar as fotos por aqui mesmo", () => expect(flaggedBy("Não tenho Instagram não, pode mandar as fotos por aqui mesmo")).toBe(false));
  it("El escáner dice CAN ID 0x7E0 sin respuesta, ¿es la ECU o el cable?", () => expect(flaggedBy("El escáner dice CAN ID 0x7E0 sin respuesta, ¿es la ECU o el cable?")).toBe(false));
  it("Motor ist der 1.4 TSI CAVD, 160 PS, Steuerkette wurde bei 87.500 km gemacht", () => expect(flaggedBy("Motor ist der 1.4 TSI CAVD, 160 PS, Steuerkette wurde bei 87.500 km gemacht")).toBe(false));
  it("C'est une Clio IV 1.5 dCi 90, boîte BVM5, embrayage qui patine", () => expect(flaggedBy("C'est une Clio IV 1.5 dCi 90, boîte BVM5, embrayage qui patine")).toBe(false));
  it("O código da peça é 55.300.12-B? não achei no catálogo da Cofap", () => expect(flaggedBy("O código da peça é 55.300.12-B? não achei no catálogo da Cofap")).toBe(false));
  it("Dopo l'aggiornamento 3.8.2 dell'app non vedo più le foto del meccanico", () => expect(flaggedBy("Dopo l'aggiornamento 3.8.2 dell'app non vedo più le foto del meccanico")).toBe(false));
  it("Mam Octavię III 2.0 TDI CRLB, DSG DQ250, szarpie przy ruszaniu", () => expect(flaggedBy("Mam Octavię III 2.0 TDI CRLB, DSG DQ250, szarpie przy ruszaniu")).toBe(false));
  it("Toplam 12.450,00 TL mi? İşçilik dahil mi?", () => expect(flaggedBy("Toplam 12.450,00 TL mi? İşçilik dahil mi?")).toBe(false));
  it("Koelvloeistof G13, er ging 1,5 liter in, is dat normaal?", () => expect(flaggedBy("Koelvloeistof G13, er ging 1,5 liter in, is dat normaal?")).toBe(false));
  it("Plăcuțele au 3,2 mm, mai merg sau le schimbăm acum?", () => expect(flaggedBy("Plăcuțele au 3,2 mm, mai merg sau le schimbăm acum?")).toBe(false));
  it("Kode error P0507 muncul, idle tinggi sampai 1.200 rpm", () => expect(flaggedBy("Kode error P0507 muncul, idle tinggi sampai 1.200 rpm")).toBe(false));
  it("Yung Innova 2.8 ko may code P2002, DPF daw sabi ng scanner", () => expect(flaggedBy("Yung Innova 2.8 ko may code P2002, DPF daw sabi ng scanner")).toBe(false));
  it("Swift Dzire 1.2 VXi hai, 62,000 km chala hai, clutch plate change karna padega?", () =>
    expect(flaggedBy("Swift Dzire 1.2 VXi hai, 62,000 km chala hai, clutch plate change karna padega?")).toBe(false));
  it("Xe Mazda 3 2.0 báo lỗi P0011, có phải do van VVT không anh?", () => expect(flaggedBy("Xe Mazda 3 2.0 báo lỗi P0011, có phải do van VVT không anh?")).toBe(false));
  it("Kakoe maslo luchshe, 5W-40 ili 0W-30 dlya Polo sedan 1.6?", () => expect(flaggedBy("Kakoe maslo luchshe, 5W-40 ili 0W-30 dlya Polo sedan 1.6?")).toBe(false));
  it("Lo descargué de la App Store, ¿en Android funciona igual?", () => expect(flaggedBy("Lo descargué de la App Store, ¿en Android funciona igual?")).toBe(false));
  it("Falei com @Juliana do suporte e ela disse que vocês podem remarcar pra sexta", () =>
    expect(flaggedBy("Falei com @Juliana do suporte e ela disse que vocês podem remarcar pra sexta")).toBe(false));
  it("Regarde cette vidéo youtu.be/Qk3vX9mLp2A à 4:12, c'est exactement le même bruit", () =>
    expect(flaggedBy("Regarde cette vidéo youtu.be/Qk3vX9mLp2A à 4:12, c'est exactement le même bruit")).toBe(false));
  it("Auf YouTube gibt's tausend Videos zum Zahnriemenwechsel, aber ich lass das lieber euch machen", () =>
    expect(flaggedBy("Auf YouTube gibt's tausend Videos zum Zahnriemenwechsel, aber ich lass das lieber euch machen")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Mi prima pasó el número del taller por WhatsApp a un tipo y le cobraron el doble, por eso uso la app", () =>
    expect(flaggedBy("Mi prima pasó el número del taller por WhatsApp a un tipo y le cobraron el doble, por eso uso la app")).toBe(false),
  );
  it("VIN ends in ...4J7, 2018 Civic 1.5T, the recall letter mentions oil dilution", () =>
    expect(flaggedBy("VIN ends in ...4J7, 2018 Civic 1.5T, the recall letter mentions oil dilution")).toBe(false));
  it("@Luca (officina) ha detto che la macchina è pronta, posso passare alle 18.30?", () =>
    expect(flaggedBy("@Luca (officina) ha detto che la macchina è pronta, posso passare alle 18.30?")).toBe(false));
  it("Wycena 1 249,00 zł za rozrząd z pompą wody, to dobra cena?", () => expect(flaggedBy("Wycena 1 249,00 zł za rozrząd z pompą wody, to dobra cena?")).toBe(false));
  it("el coche es un Seat León 1.9 / TDI 105cv / código P0401, la EGR supongo", () => expect(replayFlagged(["el coche es un Seat León 1.9", "TDI 105cv", "código P0401, la EGR supongo"])).toBe(false));
  it("sent pics / img_4032.jpg and img_4033.jpg / the second one shows the leak better", () =>
    expect(replayFlagged(["sent pics", "img_4032.jpg and img_4033.jpg", "the second one shows the leak better"])).toBe(false));
  it("vi no YouTube / um cara trocando a correia dentada / parece fácil mas prefiro que vocês façam", () =>
    expect(replayFlagged(["vi no YouTube", "um cara trocando a correia dentada", "parece fácil mas prefiro que vocês façam"])).toBe(false));
  it("Teilenummer / 1K0 615 301 AA / Bremsscheibe vorne links, ist die noch auf Lager?", () =>
    expect(replayFlagged(["Teilenummer", "1K0 615 301 AA", "Bremsscheibe vorne links, ist die noch auf Lager?"])).toBe(false));
  it("nie mam whatsappa / piszmy tutaj / tak będzie bezpieczniej dla nas obu", () => expect(replayFlagged(["nie mam whatsappa", "piszmy tutaj", "tak będzie bezpieczniej dla nas obu"])).toBe(false));
});

describe("round 35 review 1: attacks", () => {
  it("oye mejor escríbeme al correo y te paso fotos del golpe: jose.r88 arroba gmail punto com", () =>
    expect(caughtBy("oye mejor escríbeme al correo y te paso fotos del golpe: jose.r88 arroba gmail punto com", ["jose.r88 arroba gmail punto com"])).toBe(true));
  it("soy jose.r88 en gmail, mándame ahí el presupuesto sin la comisión de la app 🙏", () =>
    expect(caughtBy("soy jose.r88 en gmail, mándame ahí el presupuesto sin la comisión de la app 🙏", ["jose.r88"])).toBe(true));
  it("me chama no insta @oficina.do.tiao_sp que lá eu te mando o orçamento certinho", () =>
    expect(caughtBy("me chama no insta @oficina.do.tiao_sp que lá eu te mando o orçamento certinho", ["@oficina.do.tiao_sp"])).toBe(true));
  it("envoie moi un mail à lucie point martin quarante deux at orange point fr, je t'envoie la carte grise", () =>
    expect(caughtBy("envoie moi un mail à lucie point martin quarante deux at orange point fr, je t'envoie la carte grise", ["lucie point martin quarante deux at orange point fr"])).toBe(true));
  it("Schick mir die Rechnung lieber direkt: k.brenner Klammeraffe web Punkt de", () =>
    expect(caughtBy("Schick mir die Rechnung lieber direkt: k.brenner Klammeraffe web Punkt de", ["k.brenner Klammeraffe web Punkt de"])).toBe(true));
  it("mandami le foto del disco freni a marco.ferri91 chiocciola libero punto it che le guardo stasera", () =>
    expect(caughtBy("mandami le foto del disco freni a marco.ferri91 chiocciola libero punto it che le guardo stasera", ["marco.ferri91 chiocciola libero punto it"])).toBe(true));
  it("napisz na maila: tomek_kowal małpa wp kropka pl, wyślę ci zdjęcia tarcz", () =>
    expect(caughtBy("napisz na maila: tomek_kowal małpa wp kropka pl, wyślę ci zdjęcia tarcz", ["tomek_kowal małpa wp kropka pl"])).toBe(true));
  it("bana mail at abi: emre.yilmaz34 et gmail nokta com, faturayı oradan hallederiz", () =>
    expect(caughtBy("bana mail at abi: emre.yilmaz34 et gmail nokta com, faturayı oradan hallederiz", ["emre.yilmaz34 et gmail nokta com"])).toBe(true));
  it("mail me even op d.vanderberg apenstaartje ziggo punt nl dan stuur ik de APK papieren", () =>
    expect(caughtBy("mail me even op d.vanderberg apenstaartje ziggo punt nl dan stuur ik de APK papieren", ["d.vanderberg apenstaartje ziggo punt nl"])).toBe(true));
  it("trimite-mi oferta pe mail: andrei.pop la yahoo punct com, e mai simplu decât aici", () =>
    expect(caughtBy("trimite-mi oferta pe mail: andrei.pop la yahoo punct com, e mai simplu decât aici", ["andrei.pop la yahoo punct com"])).toBe(true));
  it("email aja ke budi.santoso99 (at) gmail (dot) com biar gampang kirim nota", () =>
    expect(caughtBy("email aja ke budi.santoso99 (at) gmail (dot) com biar gampang kirim nota", ["budi.santoso99 (at) gmail (dot) com"])).toBe(true));
  it("pm mo na lang ako sa fb, Jomar Dela Cruz Santos yung name ko, yung may profile pic na Vios na pula", () =>
    expect(caughtBy("pm mo na lang ako sa fb, Jomar Dela Cruz Santos yung name ko, yung may profile pic na Vios na pula", ["Jomar Dela Cruz Santos"])).toBe(true));
  it("bhai app ka commission kyu dena, mera insta handle hai rahul_autoworks_dl, wahan DM kar", () =>
    expect(caughtBy("bhai app ka commission kyu dena, mera insta handle hai rahul_autoworks_dl, wahan DM kar", ["rahul_autoworks_dl"])).toBe(true));
  it("anh nhắn em qua fb cho nhanh nhé: facebook.com/garathanhtung.q7", () =>
    expect(caughtBy("anh nhắn em qua fb cho nhanh nhé: facebook.com/garathanhtung.q7", ["facebook.com/garathanhtung.q7"])).toBe(true));
  it("napishi mne v telegu @dima_avtoserv, tam bystree otvechu i deshevle sdelayu", () =>
    expect(caughtBy("napishi mne v telegu @dima_avtoserv, tam bystree otvechu i deshevle sdelayu", ["@dima_avtoserv"])).toBe(true));
  it("email is m i k e . h a r p e r 7 @ outlook . com if u want the quote outside the app", () =>
    expect(caughtBy("email is m i k e . h a r p e r 7 @ outlook . com if u want the quote outside the app", ["m i k e . h a r p e r 7 @ outlook . com"])).toBe(true));
  it("mikeharper7 outlook com — send the invoice there pls, not thru here", () =>
    expect(caughtBy("mikeharper7 outlook com — send the invoice there pls, not thru here", ["mikeharper7 outlook com"])).toBe(true));
  it("contact me directly: ѕаrаh.kіm＠gmаil.cоm", () => expect(caughtBy("contact me directly: ѕаrаh.kіm＠gmаil.cоm", ["ѕаrаh.kіm＠gmаil.cоm"])).toBe(true));
  it("my mail: j4k3.m0rr1s0n at pr0t0nm4il, hit me up and we skip the fees", () =>
    expect(caughtBy("my mail: j4k3.m0rr1s0n at pr0t0nm4il, hit me up and we skip the fees", ["j4k3.m0rr1s0n at pr0t0nm4il"])).toBe(true));
  it("add me on discord: gearhead_lucas (new username system, no #), easier to send vids there", () =>
    expect(caughtBy("add me on discord: gearhead_lucas (new username system, no #), easier to send vids there", ["gearhead_lucas"])).toBe(true));
  it("snap me the dashboard lights when it happens again, sc is kayla.bby22", () =>
    expect(caughtBy("snap me the dashboard lights when it happens again, sc is kayla.bby22", ["kayla.bby22"])).toBe(true));
  it("I'm on IG with the same name as here, just DM me there and we'll sort the price", () =>
    expect(caughtBy("I'm on IG with the same name as here, just DM me there and we'll sort the price", [])).toBe(true));
  it("LINE ID: tanaka_motors88 — add me, I reply faster there than in this app", () =>
    expect(caughtBy("LINE ID: tanaka_motors88 — add me, I reply faster there than in this app", ["tanaka_motors88"])).toBe(true));
  it("加我微信 / add my wechat: chenwei_auto2020, we can pay by wechat pay directly", () =>
    expect(caughtBy("加我微信 / add my wechat: chenwei_auto2020, we can pay by wechat pay directly", ["chenwei_auto2020"])).toBe(true));
  it("kakao id jhkim_repair 로 연락주세요, cheaper if we do it there", () => expect(caughtBy("kakao id jhkim_repair 로 연락주세요, cheaper if we do it there", ["jhkim_repair"])).toBe(true));
  it("pe viber mă găsești ca Ion Ciobanu Auto, scrie-mi acolo", () => expect(caughtBy("pe viber mă găsești ca Ion Ciobanu Auto, scrie-mi acolo", ["Ion Ciobanu Auto"])).toBe(true));
  it("follow me on x (twitter) @brakeguy_nate, DMs open, I'll do it cash on weekends", () =>
    expect(caughtBy("follow me on x (twitter) @brakeguy_nate, DMs open, I'll do it cash on weekends", ["@brakeguy_nate"])).toBe(true));
  it("posted the whole saga on reddit, u/torque_wrench_tina — DM me there and we'll sort it cash", () =>
    expect(caughtBy("posted the whole saga on reddit, u/torque_wrench_tina — DM me there and we'll sort it cash", ["u/torque_wrench_tina"])).toBe(true));
  it("intră pe canalul meu youtube.com/@GarajulLuiVlad, numărul e în descriere", () =>
    expect(caughtBy("intră pe canalul meu youtube.com/@GarajulLuiVlad, numărul e în descriere", ["youtube.com/@GarajulLuiVlad"])).toBe(true));
  it("tô no threads como @carol.mecanica, me segue lá que eu te passo o valor", () =>
    expect(caughtBy("tô no threads como @carol.mecanica, me segue lá que eu te passo o valor", ["@carol.mecanica"])).toBe(true));
  it("linkedin.com/in/stefan-mueller-kfz-meister — schreib mir dort, dann machen wir's ohne Plattform", () =>
    expect(caughtBy("linkedin.com/in/stefan-mueller-kfz-meister — schreib mir dort, dann machen wir's ohne Plattform", ["linkedin.com/in/stefan-mueller-kfz-meister"])).toBe(true));
  it("skype: live:.cid.8f3a2b91c0d4e7 — call me there tonight", () => expect(caughtBy("skype: live:.cid.8f3a2b91c0d4e7 — call me there tonight", ["live:.cid.8f3a2b91c0d4e7"])).toBe(true));
  it("Signal username: bastien.42 — c'est plus discret que l'appli", () => expect(caughtBy("Signal username: bastien.42 — c'est plus discret que l'appli", ["bastien.42"])).toBe(true));
  it("tout est sur mon site garage-duval-freres.fr, rubrique contact, appelez-moi plutôt", () =>
    expect(caughtBy("tout est sur mon site garage-duval-freres.fr, rubrique contact, appelez-moi plutôt", ["garage-duval-freres.fr"])).toBe(true));
  it("book a slot directly: calendly.com/northside-diag/30min — cheaper than through here", () =>
    expect(caughtBy("book a slot directly: calendly.com/northside-diag/30min — cheaper than through here", ["calendly.com/northside-diag/30min"])).toBe(true));
  it("sprzedaję ten alternator, olx.pl/d/oferta/alternator-bosch-golf-iv-CID5-IDx8Kf2.html – kup tam, będzie taniej niż przez apkę", () =>
    expect(
      caughtBy("sprzedaję ten alternator, olx.pl/d/oferta/alternator-bosch-golf-iv-CID5-IDx8Kf2.html – kup tam, będzie taniej niż przez apkę", [
        "olx.pl/d/oferta/alternator-bosch-golf-iv-CID5-IDx8Kf2.html",
      ]),
    ).toBe(true));
  it("posted the rims on craigslist, sfbay.craigslist.org/eby/pts/d/oakland-bbs-rims/7712345678.html, just buy em there", () =>
    expect(
      caughtBy("posted the rims on craigslist, sfbay.craigslist.org/eby/pts/d/oakland-bbs-rims/7712345678.html, just buy em there", [
        "sfbay.craigslist.org/eby/pts/d/oakland-bbs-rims/7712345678.html",
      ]),
    ).toBe(true));
  it("it's on fb marketplace, facebook.com/marketplace/item/987654321012345 message me there", () =>
    expect(caughtBy("it's on fb marketplace, facebook.com/marketplace/item/987654321012345 message me there", ["facebook.com/marketplace/item/987654321012345"])).toBe(true));
  it("te lo vendo por fuera, está publicado en articulo.mercadolibre.com.ar/MLA-1398877665-turbo-garrett-gt17", () =>
    expect(
      caughtBy("te lo vendo por fuera, está publicado en articulo.mercadolibre.com.ar/MLA-1398877665-turbo-garrett-gt17", ["articulo.mercadolibre.com.ar/MLA-1398877665-turbo-garrett-gt17"]),
    ).toBe(true));
  it("venha direto aqui na oficina, sem agendar pelo app: maps.app.goo.gl/Xq7pLm2RtY9wNb4K8", () =>
    expect(caughtBy("venha direto aqui na oficina, sem agendar pelo app: maps.app.goo.gl/Xq7pLm2RtY9wNb4K8", ["maps.app.goo.gl/Xq7pLm2RtY9wNb4K8"])).toBe(true));
  it("bit.ly/3xRpz9K ahí está mi número y todo, escríbeme", () => expect(caughtBy("bit.ly/3xRpz9K ahí está mi número y todo, escríbeme", ["bit.ly/3xRpz9K"])).toBe(true));
  it("linktr.ee/garaje.maxi — ahí están todas mis redes, háblame por cualquiera", () =>
    expect(caughtBy("linktr.ee/garaje.maxi — ahí están todas mis redes, háblame por cualquiera", ["linktr.ee/garaje.maxi"])).toBe(true));
  it("when u come I'll show you my QR code for WeChat, or just scan the vCard I'm attaching and text me", () =>
    expect(caughtBy("when u come I'll show you my QR code for WeChat, or just scan the vCard I'm attaching and text me", [])).toBe(true));
  it("mi página: www . tallerelgato . com . mx, ahí hay un formulario y te atiendo directo", () =>
    expect(caughtBy("mi página: www . tallerelgato . com . mx, ahí hay un formulario y te atiendo directo", ["www . tallerelgato . com . mx"])).toBe(true));
  it("site is autofixpro dot co dot uk slash contact — fill that in and I'll ring you", () =>
    expect(caughtBy("site is autofixpro dot co dot uk slash contact — fill that in and I'll ring you", ["autofixpro dot co dot uk slash contact"])).toBe(true));
  it("reparacoes-lisboa.pt tem o meu contacto, liga-me e combinamos", () => expect(caughtBy("reparacoes-lisboa.pt tem o meu contacto, liga-me e combinamos", ["reparacoes-lisboa.pt"])).toBe(true));
  it("pishi v t.me/servis_kolesa_spb, tam i ceny i zapis", () => expect(caughtBy("pishi v t.me/servis_kolesa_spb, tam i ceny i zapis", ["t.me/servis_kolesa_spb"])).toBe(true));
  it("wa.me/15555550123 tap that and we talk there", () => expect(caughtBy("wa.me/15555550123 tap that and we talk there", ["wa.me/15555550123"])).toBe(true));
  it("mira mis trabajos en instagram . com / detailing_by_ana y me escribes por ahí", () =>
    expect(caughtBy("mira mis trabajos en instagram . com / detailing_by_ana y me escribes por ahí", ["instagram . com / detailing_by_ana"])).toBe(true));
  it("sígueme en tiktok @elmecanicoloco_mx ahí subo los videos y me escribes al dm", () =>
    expect(caughtBy("sígueme en tiktok @elmecanicoloco_mx ahí subo los videos y me escribes al dm", ["@elmecanicoloco_mx"])).toBe(true));
  it("telegram: arroba taller underscore ruben, ahí te paso el precio real", () =>
    expect(caughtBy("telegram: arroba taller underscore ruben, ahí te paso el precio real", ["arroba taller underscore ruben"])).toBe(true));
  it("ig: d a n i _ t u n i n g 🔥 mándame dm", () => expect(caughtBy("ig: d a n i _ t u n i n g 🔥 mándame dm", ["d a n i _ t u n i n g"])).toBe(true));
  it("reach me at steve dot kowalski at yahoo dot com, I'll do it for less off the app", () =>
    expect(caughtBy("reach me at steve dot kowalski at yahoo dot com, I'll do it for less off the app", ["steve dot kowalski at yahoo dot com"])).toBe(true));
  it("k.nowak[at]interia[dot]pl – tam wyślij zdjęcia dowodu", () => expect(caughtBy("k.nowak[at]interia[dot]pl – tam wyślij zdjęcia dowodu", ["k.nowak[at]interia[dot]pl"])).toBe(true));
  it("moc.liamg@88nitsuj — read it backwards lol", () => expect(caughtBy("moc.liamg@88nitsuj — read it backwards lol", ["moc.liamg@88nitsuj"])).toBe(true));
  it("pedro 🔹 silva 🔹 22 🌀 hotmail 🔹 com (🌀 = arroba, 🔹 = ponto) 😉", () =>
    expect(caughtBy("pedro 🔹 silva 🔹 22 🌀 hotmail 🔹 com (🌀 = arroba, 🔹 = ponto) 😉", ["pedro 🔹 silva 🔹 22 🌀 hotmail 🔹 com"])).toBe(true));
  it("mail kar do yaar quotation: vikas dot sharma at rediffmail dot com, app pe mat bhejo", () =>
    expect(caughtBy("mail kar do yaar quotation: vikas dot sharma at rediffmail dot com, app pe mat bhejo", ["vikas dot sharma at rediffmail dot com"])).toBe(true));
  it("gửi báo giá qua mail cho em: tuan.nguyen.oto a còng gmail chấm com", () =>
    expect(caughtBy("gửi báo giá qua mail cho em: tuan.nguyen.oto a còng gmail chấm com", ["tuan.nguyen.oto a còng gmail chấm com"])).toBe(true));
  it("pochta: sergey.avto sobaka mail tochka ru, tuda skin foto", () =>
    expect(caughtBy("pochta: sergey.avto sobaka mail tochka ru, tuda skin foto", ["sergey.avto sobaka mail tochka ru"])).toBe(true));
  it("IG saya bengkel_jaya_motor, follow ya nanti kita deal di DM aja", () => expect(caughtBy("IG saya bengkel_jaya_motor, follow ya nanti kita deal di DM aja", ["bengkel_jaya_motor"])).toBe(true));
  it("add mo ko sa messenger, search mo lang 'Rodel Mekaniko Pasig' andun yung page ko", () =>
    expect(caughtBy("add mo ko sa messenger, search mo lang 'Rodel Mekaniko Pasig' andun yung page ko", ["Rodel Mekaniko Pasig"])).toBe(true));
  it("instagramdan yaz bana: oto.ekspertiz.kadikoy, fiyatı orada konuşalım", () =>
    expect(caughtBy("instagramdan yaz bana: oto.ekspertiz.kadikoy, fiyatı orada konuşalım", ["oto.ekspertiz.kadikoy"])).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("ik sta ook op marktplaats, zoek op garagebox_henk dan vind je me, scheelt de kosten", () =>
    expect(caughtBy("ik sta ook op marktplaats, zoek op garagebox_henk dan vind je me, scheelt de kosten", ["garagebox_henk"])).toBe(true),
  );
  it("trovi il mio profilo su subito, utente officinarossi_bo, ti vendo lì i cerchi senza passare dall'app", () =>
    expect(caughtBy("trovi il mio profilo su subito, utente officinarossi_bo, ti vendo lì i cerchi senza passare dall'app", ["officinarossi_bo"])).toBe(true));
  it("bin auf kleinanzeigen als schrauber_jens_hh, schreib mir da, dann Barzahlung", () =>
    expect(caughtBy("bin auf kleinanzeigen als schrauber_jens_hh, schreib mir da, dann Barzahlung", ["schrauber_jens_hh"])).toBe(true));
  it("ajoute-moi sur snap: mecano.karim93, je te montre la pièce en vidéo", () =>
    expect(caughtBy("ajoute-moi sur snap: mecano.karim93, je te montre la pièce en vidéo", ["mecano.karim93"])).toBe(true));
  it("manda no zap, ou no telegram que é @joaofreios, mais fácil", () => expect(caughtBy("manda no zap, ou no telegram que é @joaofreios, mais fácil", ["@joaofreios"])).toBe(true));
  // not flagged
  it.fails("mam kanał na yt, wpisz Warsztat u Zbyszka Radom i w opisie jest mój numer", () =>
    expect(caughtBy("mam kanał na yt, wpisz Warsztat u Zbyszka Radom i w opisie jest mój numer", ["Warsztat u Zbyszka Radom"])).toBe(true),
  );
  it("găsești atelierul pe google maps, caută Service Auto Bogdan Militari și vino direct cu mașina, plătești la mine", () =>
    expect(caughtBy("găsești atelierul pe google maps, caută Service Auto Bogdan Militari și vino direct cu mașina, plătești la mine", ["Service Auto Bogdan Militari"])).toBe(true));
  it("my email's the same as my username here but at icloud, send it there", () => expect(caughtBy("my email's the same as my username here but at icloud, send it there", [])).toBe(true));
  it("ich bin sabine.lorenz64 bei gmx, da kannst du mir das Angebot schicken", () =>
    expect(caughtBy("ich bin sabine.lorenz64 bei gmx, da kannst du mir das Angebot schicken", ["sabine.lorenz64"])).toBe(true));
  it("je suis jeanmi.auto sur hotmail, envoie le devis là-bas sans passer par l'appli", () =>
    expect(caughtBy("je suis jeanmi.auto sur hotmail, envoie le devis là-bas sans passer par l'appli", ["jeanmi.auto"])).toBe(true));
  it("te mando mi vCard: BEGIN:VCARD FN:Ramón Ortiz EMAIL:ramon.ortiz@correo-taller.es END:VCARD", () =>
    expect(caughtBy("te mando mi vCard: BEGIN:VCARD FN:Ramón Ortiz EMAIL:ramon.ortiz@correo-taller.es END:VCARD", ["Ramón Ortiz", "ramon.ortiz@correo-taller.es"])).toBe(true));
  it("lina(dot)garcia(at)protonmail(dot)com — send me the parts list there", () =>
    expect(caughtBy("lina(dot)garcia(at)protonmail(dot)com — send me the parts list there", ["lina(dot)garcia(at)protonmail(dot)com"])).toBe(true));
  it("fb.com/profile.php?id=100089765432101 that's me, msg me", () =>
    expect(caughtBy("fb.com/profile.php?id=100089765432101 that's me, msg me", ["fb.com/profile.php?id=100089765432101"])).toBe(true));
  it("discord.gg/jdmgarage join and ping me, we do group buys on parts", () =>
    expect(caughtBy("discord.gg/jdmgarage join and ping me, we do group buys on parts", ["discord.gg/jdmgarage"])).toBe(true));
  it("my snap is the same as my insta: rachelle.drives", () => expect(caughtBy("my snap is the same as my insta: rachelle.drives", ["rachelle.drives"])).toBe(true));
  it("skype mich an: autohaus.kraemer.berlin, dann besprechen wir's", () => expect(caughtBy("skype mich an: autohaus.kraemer.berlin, dann besprechen wir's", ["autohaus.kraemer.berlin"])).toBe(true));
  it("1g: m4rc0_d3t41l1ng — slide in my dms for the real price", () => expect(caughtBy("1g: m4rc0_d3t41l1ng — slide in my dms for the real price", ["m4rc0_d3t41l1ng"])).toBe(true));
  it("mi correo es luisa_mtz at yahoo punto com punto mx, send me the estimate there porfa", () =>
    expect(caughtBy("mi correo es luisa_mtz at yahoo punto com punto mx, send me the estimate there porfa", ["luisa_mtz at yahoo punto com punto mx"])).toBe(true));
  it("para que no pagues la app ven aquí: https://www.google.com/maps/place/Taller+Hermanos+Quispe/@-12.0621,-77.0365,17z", () =>
    expect(
      caughtBy("para que no pagues la app ven aquí: https://www.google.com/maps/place/Taller+Hermanos+Quispe/@-12.0621,-77.0365,17z", [
        "https://www.google.com/maps/place/Taller+Hermanos+Quispe/@-12.0621,-77.0365,17z",
      ]),
    ).toBe(true));
  it("tinyurl . com / garage-rico — all my info is there", () => expect(caughtBy("tinyurl . com / garage-rico — all my info is there", ["tinyurl . com / garage-rico"])).toBe(true));
  it("beacons.ai/tuningbyyusuf linkinde bütün iletişim bilgilerim var", () =>
    expect(caughtBy("beacons.ai/tuningbyyusuf linkinde bütün iletişim bilgilerim var", ["beacons.ai/tuningbyyusuf"])).toBe(true));
  it("rafaelmotors.carrd.co tem tudo, zap, insta, endereço", () => expect(caughtBy("rafaelmotors.carrd.co tem tudo, zap, insta, endereço", ["rafaelmotors.carrd.co"])).toBe(true));
  it("agenda direto no meu link: cal.com/oficina-mendes/revisao, sai mais barato que pelo app", () =>
    expect(caughtBy("agenda direto no meu link: cal.com/oficina-mendes/revisao, sai mais barato que pelo app", ["cal.com/oficina-mendes/revisao"])).toBe(true));
  it("join our group for parts deals chat.whatsapp.com/KfG8s2LmQp7Rt3WxYz1aBc", () =>
    expect(caughtBy("join our group for parts deals chat.whatsapp.com/KfG8s2LmQp7Rt3WxYz1aBc", ["chat.whatsapp.com/KfG8s2LmQp7Rt3WxYz1aBc"])).toBe(true));
  it("kanal moi: t dot me slash garage_ivanov, podpisyvaysya", () => expect(caughtBy("kanal moi: t dot me slash garage_ivanov, podpisyvaysya", ["t dot me slash garage_ivanov"])).toBe(true));
  it("escríbeme a ｒｏｂｅｒｔｏ．ｌｕｎａ＠ｇｍａｉｌ．ｃｏｍ", () =>
    expect(caughtBy("escríbeme a ｒｏｂｅｒｔｏ．ｌｕｎａ＠ｇｍａｉｌ．ｃｏｍ", ["ｒｏｂｅｒｔｏ．ｌｕｎａ＠ｇｍａｉｌ．ｃｏｍ"])).toBe(true));
  it("stuur de offerte naar jan.devries(a)kpnmail.nl aub", () => expect(caughtBy("stuur de offerte naar jan.devries(a)kpnmail.nl aub", ["jan.devries(a)kpnmail.nl"])).toBe(true));
  it("snap pe add kar: priya.drives.swift, wahan video bhejti hu engine sound ka", () =>
    expect(caughtBy("snap pe add kar: priya.drives.swift, wahan video bhejti hu engine sound ka", ["priya.drives.swift"])).toBe(true));
  it("kirim ke email saya aja: dewi.lestari88 et gmail titik com", () =>
    expect(caughtBy("kirim ke email saya aja: dewi.lestari88 et gmail titik com", ["dewi.lestari88 et gmail titik com"])).toBe(true));
  it("email mo na lang ako: jmbautista23 @ yahoo . com . ph para dun na lang tayo mag-usap", () =>
    expect(caughtBy("email mo na lang ako: jmbautista23 @ yahoo . com . ph para dun na lang tayo mag-usap", ["jmbautista23 @ yahoo . com . ph"])).toBe(true));
  it("tìm fb Gara Ô tô Minh Khoa Thủ Đức là ra, inbox em", () => expect(caughtBy("tìm fb Gara Ô tô Minh Khoa Thủ Đức là ra, inbox em", ["Gara Ô tô Minh Khoa Thủ Đức"])).toBe(true));
  it("vk.com/id555123456 napishi tam, dogovorimsya bez prilozheniya", () => expect(caughtBy("vk.com/id555123456 napishi tam, dogovorimsya bez prilozheniya", ["vk.com/id555123456"])).toBe(true));
  it("ana-beatriz ponto costa arroba uol ponto com ponto br, manda lá o orçamento", () =>
    expect(caughtBy("ana-beatriz ponto costa arroba uol ponto com ponto br, manda lá o orçamento", ["ana-beatriz ponto costa arroba uol ponto com ponto br"])).toBe(true));
  it("seguimi su ig, sono @gomme_e_motori_pino, lì ti faccio un prezzo migliore", () =>
    expect(caughtBy("seguimi su ig, sono @gomme_e_motori_pino, lì ti faccio un prezzo migliore", ["@gomme_e_motori_pino"])).toBe(true));
  it("escríbeme por x.com/FixItFelipe que aquí tarda mucho", () => expect(caughtBy("escríbeme por x.com/FixItFelipe que aquí tarda mucho", ["x.com/FixItFelipe"])).toBe(true));
  it("reddit.com/user/civic_si_dad — chat me there, I'll explain how to avoid the fee", () =>
    expect(caughtBy("reddit.com/user/civic_si_dad — chat me there, I'll explain how to avoid the fee", ["reddit.com/user/civic_si_dad"])).toBe(true));
  it("youtube.com/c/MotorTechSelim kanalıma bak, açıklamada numaram var", () =>
    expect(caughtBy("youtube.com/c/MotorTechSelim kanalıma bak, açıklamada numaram var", ["youtube.com/c/MotorTechSelim"])).toBe(true));
  it("threads.net/@oficina.beto me chama lá", () => expect(caughtBy("threads.net/@oficina.beto me chama lá", ["threads.net/@oficina.beto"])).toBe(true));
  it("znajdź mnie na LinkedIn, Krzysztof Wiśniewski, diagnosta, dogadamy się poza aplikacją", () =>
    expect(caughtBy("znajdź mnie na LinkedIn, Krzysztof Wiśniewski, diagnosta, dogadamy się poza aplikacją", ["Krzysztof Wiśniewski"])).toBe(true));
  it("open.kakao.com/o/sAb3xYzq — join that openchat", () => expect(caughtBy("open.kakao.com/o/sAb3xYzq — join that openchat", ["open.kakao.com/o/sAb3xYzq"])).toBe(true));
  it("line.me/ti/p/~yamada.garage add me pls", () => expect(caughtBy("line.me/ti/p/~yamada.garage add me pls", ["line.me/ti/p/~yamada.garage"])).toBe(true));
  it("dă click aici viber://chat?number=%2B15555550144 și vorbim", () =>
    expect(caughtBy("dă click aici viber://chat?number=%2B15555550144 și vorbim", ["viber://chat?number=%2B15555550144"])).toBe(true));
  it("it's carlos vega seventy seven, all one word, at the big google mail", () =>
    expect(caughtBy("it's carlos vega seventy seven, all one word, at the big google mail", ["carlos vega seventy seven"])).toBe(true));
  it("contacto (arroba) tallerpepe (punto) es, mándame ahí y te hago factura aparte", () =>
    expect(caughtBy("contacto (arroba) tallerpepe (punto) es, mándame ahí y te hago factura aparte", ["contacto (arroba) tallerpepe (punto) es"])).toBe(true));
  it("scrivi a g.russo at tiscali punto it", () => expect(caughtBy("scrivi a g.russo at tiscali punto it", ["g.russo at tiscali punto it"])).toBe(true));
  it("meine mail: tobi PUNKT schrader AT posteo PUNKT de", () => expect(caughtBy("meine mail: tobi PUNKT schrader AT posteo PUNKT de", ["tobi PUNKT schrader AT posteo PUNKT de"])).toBe(true));
  it("mon mail c'est nadia.b arobase free point fr", () => expect(caughtBy("mon mail c'est nadia.b arobase free point fr", ["nadia.b arobase free point fr"])).toBe(true));
  it("na insta jestem jako auto_detailing_lodz_pl, tam mam cennik", () => expect(caughtBy("na insta jestem jako auto_detailing_lodz_pl, tam mam cennik", ["auto_detailing_lodz_pl"])).toBe(true));
  it("telegram: @kaportaci_murat35 oradan konuşalım, uygulama komisyon alıyor", () =>
    expect(caughtBy("telegram: @kaportaci_murat35 oradan konuşalım, uygulama komisyon alıyor", ["@kaportaci_murat35"])).toBe(true));
  it("whatsapp heeft nu gebruikersnamen, de mijne is garage.bakker.utrecht", () =>
    expect(caughtBy("whatsapp heeft nu gebruikersnamen, de mijne is garage.bakker.utrecht", ["garage.bakker.utrecht"])).toBe(true));
  it("beli di toko saya aja shopee.co.id/bengkel_sukses_jkt lebih murah", () =>
    expect(caughtBy("beli di toko saya aja shopee.co.id/bengkel_sukses_jkt lebih murah", ["shopee.co.id/bengkel_sukses_jkt"])).toBe(true));
  it("follow mo ko sa tiktok @kuya.mek.bulacan, dun ako nagrereply", () => expect(caughtBy("follow mo ko sa tiktok @kuya.mek.bulacan, dun ako nagrereply", ["@kuya.mek.bulacan"])).toBe(true));
  it("YouTube pe 'Singh Motors Ludhiana' search karo, description mein number hai", () =>
    expect(caughtBy("YouTube pe 'Singh Motors Ludhiana' search karo, description mein number hai", ["Singh Motors Ludhiana"])).toBe(true));
  it("tiktok của em là @garaoto.hai, nhắn tin em báo giá rẻ hơn", () => expect(caughtBy("tiktok của em là @garaoto.hai, nhắn tin em báo giá rẻ hơn", ["@garaoto.hai"])).toBe(true));
  it("ig: @tаller_mоntoya (con la a y la o rusas jaja)", () => expect(caughtBy("ig: @tаller_mоntoya (con la a y la o rusas jaja)", ["@tаller_mоntoya"])).toBe(true));
  it("I'm d3v1n.w on gmail, u know the rest", () => expect(caughtBy("I'm d3v1n.w on gmail, u know the rest", ["d3v1n.w"])).toBe(true));
  it("marcelo.dias88 gmail com manda lá", () => expect(caughtBy("marcelo.dias88 gmail com manda lá", ["marcelo.dias88 gmail com"])).toBe(true));
  it("mi correo es jose.r88 / arroba gmail / punto com 👍 ahí te paso lo demás", () =>
    expect(replayCaught(["mi correo es jose.r88", "arroba gmail", "punto com 👍 ahí te paso lo demás"], ["jose.r88", "arroba gmail"])).toBe(true));
  it("my ig is / @kev / _detailz / dm me there we'll talk price", () => expect(replayCaught(["my ig is", "@kev", "_detailz", "dm me there we'll talk price"], ["@kev", "_detailz"])).toBe(true));
  // not flagged
  it.fails("me acha no insta / oficina / ponto zeca / tudo junto, sem espaço", () =>
    expect(replayCaught(["me acha no insta", "oficina", "ponto zeca", "tudo junto, sem espaço"], ["oficina", "ponto zeca"])).toBe(true),
  );
  it("Mail geht schneller als die App / h.weber / bei t-online", () => expect(replayCaught(["Mail geht schneller als die App", "h.weber", "bei t-online"], ["h.weber", "t-online"])).toBe(true));
  // not flagged
  it.fails("ajoute moi sur snap / c'est mecano / point karim / 93", () =>
    expect(replayCaught(["ajoute moi sur snap", "c'est mecano", "point karim", "93"], ["mecano", "point karim", "93"])).toBe(true),
  );
  it("scrivimi su telegram / @officina / _bianchi_mi / così ti faccio lo sconto", () =>
    expect(replayCaught(["scrivimi su telegram", "@officina", "_bianchi_mi", "così ti faccio lo sconto"], ["@officina", "_bianchi_mi"])).toBe(true));
  it("mail: tomek / _kowal / na wp.pl", () => expect(replayCaught(["mail: tomek", "_kowal", "na wp.pl"], ["tomek", "_kowal", "wp.pl"])).toBe(true));
  it("insta hesabım / motorcu / .emre.34 / takip et yaz", () => expect(replayCaught(["insta hesabım", "motorcu", ".emre.34", "takip et yaz"], ["motorcu", ".emre.34"])).toBe(true));
  it("mijn site is / garagedekker / punt nl / daar staat alles", () => expect(replayCaught(["mijn site is", "garagedekker", "punt nl", "daar staat alles"], ["garagedekker", "punt nl"])).toBe(true));
  it("caută-mă pe facebook / Andrei / Popescu Service Auto Cluj / acolo vorbim", () =>
    expect(replayCaught(["caută-mă pe facebook", "Andrei", "Popescu Service Auto Cluj", "acolo vorbim"], ["Andrei", "Popescu Service Auto Cluj"])).toBe(true));
  // caught since round 43's refit
  it("link tokopedia saya / tokopedia.com/bengkeljaya / /kampas-rem-avanza / beli di sana aja lebih murah", () =>
    expect(replayCaught(["link tokopedia saya", "tokopedia.com/bengkeljaya", "/kampas-rem-avanza", "beli di sana aja lebih murah"], ["tokopedia.com/bengkeljaya", "/kampas-rem-avanza"])).toBe(true));
  it("pm mo ko sa ig / jomar / .autoparts / .ph", () => expect(replayCaught(["pm mo ko sa ig", "jomar", ".autoparts", ".ph"], ["jomar", ".autoparts", ".ph"])).toBe(true));
  it("bhai email le lo / rahul dot verma 92 / at gmail / quotation wahan bhej dunga", () =>
    expect(replayCaught(["bhai email le lo", "rahul dot verma 92", "at gmail", "quotation wahan bhej dunga"], ["rahul dot verma 92", "at gmail"])).toBe(true));
  // flagged as MESSAGING_APP, but not every detail is hidden
  it.fails("kết bạn zalo với anh / tên zalo là Tùng Gara / Q7 nhé", () => expect(replayCaught(["kết bạn zalo với anh", "tên zalo là Tùng Gara", "Q7 nhé"], ["Tùng Gara", "Q7"])).toBe(true));
  // caught since round 41's second refit
  it("pishi v telegu / dima / _avto / serv", () => expect(replayCaught(["pishi v telegu", "dima", "_avto", "serv"], ["dima", "_avto", "serv"])).toBe(true));
  it("just come by the shop instead / maps.app.goo.gl/ / Rk2mP9sXw3Lq / cash only 😉", () =>
    expect(replayCaught(["just come by the shop instead", "maps.app.goo.gl/", "Rk2mP9sXw3Lq", "cash only 😉"], ["maps.app.goo.gl/", "Rk2mP9sXw3Lq"])).toBe(true));
  // caught since round 43's refit
  it("lo tengo publicado en ML / busca MLM-2233445566 / cómpralo por ahí y te lo instalo yo", () =>
    expect(replayCaught(["lo tengo publicado en ML", "busca MLM-2233445566", "cómpralo por ahí y te lo instalo yo"], ["MLM-2233445566"])).toBe(true));
  it("u can book me direct / calendly dot com slash / joe-mobile-mech / skip the app fee", () =>
    expect(replayCaught(["u can book me direct", "calendly dot com slash", "joe-mobile-mech", "skip the app fee"], ["calendly dot com slash", "joe-mobile-mech"])).toBe(true));
  // Read as the chat sends it (round 51): the domain is read with "ponto ferreira" and "88" only, "lucas" three messages back stays readable.
  it.fails("anota aí: lucas / ponto ferreira / 88 / arroba bol ponto com ponto br", () =>
    expect(replayCaught(["anota aí: lucas", "ponto ferreira", "88", "arroba bol ponto com ponto br"], ["lucas", "ponto ferreira", "88", "arroba bol ponto com ponto br"])).toBe(true),
  );
  it("on peut voir ça sur discord / pseudo: turbo / lulu_ / 77", () => expect(replayCaught(["on peut voir ça sur discord", "pseudo: turbo", "lulu_", "77"], ["turbo", "lulu_", "77"])).toBe(true));
});
