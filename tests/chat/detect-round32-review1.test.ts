// Round 32 review 1: a blind reviewer wrote 185 sentences (80 attacks, 105 innocents) on phone numbers described or assembled from pieces, to judge recipe32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 1: innocents", () => {
  it("ha fatto centocinquantacinquemila chilometri, la frizione è originale", () => expect(flaggedBy("ha fatto centocinquantacinquemila chilometri, la frizione è originale")).toBe(false));
  it("can you send a photo of the odometer and the dash warning lights, I'll compare with the code", () =>
    expect(flaggedBy("can you send a photo of the odometer and the dash warning lights, I'll compare with the code")).toBe(false));
  it("apriete en cruz 1-4-2-5-3 a 110 Nm, y revisa otra vez a los 50 km", () => expect(flaggedBy("apriete en cruz 1-4-2-5-3 a 110 Nm, y revisa otra vez a los 50 km")).toBe(false));
  it("o código do orçamento é ORC 5550 1234, é só pagar pelo app", () => expect(flaggedBy("o código do orçamento é ORC 5550 1234, é só pagar pelo app")).toBe(false));
  it("torque sequence is 1-3-5-2-4, first pass 30 Nm then go round again at 90 degrees, don't skip the second pass", () =>
    expect(flaggedBy("torque sequence is 1-3-5-2-4, first pass 30 Nm then go round again at 90 degrees, don't skip the second pass")).toBe(false));
  // flagged as PHONE
  it.fails("diag report #555-0199 is uploaded, it's the PDF under My Jobs", () => expect(flaggedBy("diag report #555-0199 is uploaded, it's the PDF under My Jobs")).toBe(false));
  it("my side shows the quote as 124780 without the decimal instead of 1,247.80, is that a bug or is it just me", () =>
    expect(flaggedBy("my side shows the quote as 124780 without the decimal instead of 1,247.80, is that a bug or is it just me")).toBe(false));
  it("fob reset: press lock 3 times, unlock once, then hold both for 5 sec, lights should flash twice", () =>
    expect(flaggedBy("fob reset: press lock 3 times, unlock once, then hold both for 5 sec, lights should flash twice")).toBe(false));
  it("tanggal servis kemarin 14/03, ganti oli 4 liter 10W-40", () => expect(flaggedBy("tanggal servis kemarin 14/03, ganti oli 4 liter 10W-40")).toBe(false));
  it("phone holder clip snapped off the dash, the part is 555 201 83, €12 from the dealer", () =>
    expect(flaggedBy("phone holder clip snapped off the dash, the part is 555 201 83, €12 from the dealer")).toBe(false));
  it("plakadaki rakamlar değil, şasi numarasının son 6 hanesi lazım parça için", () => expect(flaggedBy("plakadaki rakamlar değil, şasi numarasının son 6 hanesi lazım parça için")).toBe(false));
  it("razem pięćset pięćdziesiąt pięć złotych z robocizną, płatność w aplikacji", () => expect(flaggedBy("razem pięćset pięćdziesiąt pięć złotych z robocizną, płatność w aplikacji")).toBe(false));
  it("battery's 12.4V resting, 14.2V running, CCA tested 555 vs rated 640 so it's on its way out", () =>
    expect(flaggedBy("battery's 12.4V resting, 14.2V running, CCA tested 555 vs rated 640 so it's on its way out")).toBe(false));
  it("der Stempel im Serviceheft zeigt letzte Inspektion bei 87.000 km, also ist die nächste bald fällig", () =>
    expect(flaggedBy("der Stempel im Serviceheft zeigt letzte Inspektion bei 87.000 km, also ist die nächste bald fällig")).toBe(false));
  it("belt's 124 teeth, part 5PK1230, don't get the 125 by mistake they look identical", () =>
    expect(flaggedBy("belt's 124 teeth, part 5PK1230, don't get the 125 by mistake they look identical")).toBe(false));
  it("the tow driver wrote job no. TW-55520 on your copy, attach a photo of it to the claim here", () =>
    expect(flaggedBy("the tow driver wrote job no. TW-55520 on your copy, attach a photo of it to the claim here")).toBe(false));
  it("the long number at the top of the invoice is our VAT reg, not an account number, you don't need it", () =>
    expect(flaggedBy("the long number at the top of the invoice is our VAT reg, not an account number, you don't need it")).toBe(false));
  it("sir oil grade 5W-30, capacity 3.5 litre, filter number 15400-RTA-003, sab quote mein daal diya hai", () =>
    expect(flaggedBy("sir oil grade 5W-30, capacity 3.5 litre, filter number 15400-RTA-003, sab quote mein daal diya hai")).toBe(false));
  it("ano do carro 2018, motor 1.6 16v, a correia troca a cada 60 mil km", () => expect(flaggedBy("ano do carro 2018, motor 1.6 16v, a correia troca a cada 60 mil km")).toBe(false));
  it("bhai code P0301 aaya hai, plug badalna padega, 1200 rupaye, app pe pay karo", () => expect(flaggedBy("bhai code P0301 aaya hai, plug badalna padega, 1200 rupaye, app pe pay karo")).toBe(false));
  it("no need for the postcode in chat mate, pop it in the collection form on the booking", () =>
    expect(flaggedBy("no need for the postcode in chat mate, pop it in the collection form on the booking")).toBe(false));
  it("msimbo wa hitilafu ni P0171, bei ni shilingi 85,000 kwenye programu", () => expect(flaggedBy("msimbo wa hitilafu ni P0171, bei ni shilingi 85,000 kwenye programu")).toBe(false));
  it("min thickness is cast on the disc: MIN TH 22, yours measure 21.6 so they're done", () =>
    expect(flaggedBy("min thickness is cast on the disc: MIN TH 22, yours measure 21.6 so they're done")).toBe(false));
  it("moment dokręcania 110 Nm, kolejność 1-3-5-2-4, potem jeszcze raz", () => expect(flaggedBy("moment dokręcania 110 Nm, kolejność 1-3-5-2-4, potem jeszcze raz")).toBe(false));
  it("고장 코드는 P0171이고 견적은 55만 5천원입니다, 앱에서 결제해주세요", () => expect(flaggedBy("고장 코드는 P0171이고 견적은 55만 5천원입니다, 앱에서 결제해주세요")).toBe(false));
  it("odo 142,207 — the 555 on the invoice is the labor op code, not hours lol", () => expect(flaggedBy("odo 142,207 — the 555 on the invoice is the labor op code, not hours lol")).toBe(false));
  it("number plate ke 4 digit nahi chahiye, chassis number ke last 6 bhejo part ke liye", () =>
    expect(flaggedBy("number plate ke 4 digit nahi chahiye, chassis number ke last 6 bhejo part ke liye")).toBe(false));
  it("de remschijven zijn nog vijfentwintig komma vijf millimeter, minimum is vierentwintig, dus nog even goed", () =>
    expect(flaggedBy("de remschijven zijn nog vijfentwintig komma vijf millimeter, minimum is vierentwintig, dus nog even goed")).toBe(false));
  it("كود العطل P0300 والسعر ٤٥٠ ريال، ادفع من التطبيق", () => expect(flaggedBy("كود العطل P0300 والسعر ٤٥٠ ريال، ادفع من التطبيق")).toBe(false));
  it("there's a sticker on the windscreen from the last service saying next due at 95,000, that's what I'm going off", () =>
    expect(flaggedBy("there's a sticker on the windscreen from the last service saying next due at 95,000, that's what I'm going off")).toBe(false));
  it("kama kuna tatizo, bonyeza 'Msaada' kwenye programu, watakujibu haraka", () => expect(flaggedBy("kama kuna tatizo, bonyeza 'Msaada' kwenye programu, watakujibu haraka")).toBe(false));
  it("cam gear has marks 1, 2 and 3, line the 2 up with the arrow at TDC before the belt goes on", () =>
    expect(flaggedBy("cam gear has marks 1, 2 and 3, line the 2 up with the arrow at TDC before the belt goes on")).toBe(false));
  it("Aki kemarin 11,9 volt, udah lemah. Saya sarankan ganti aki 45Ah, harga Rp 855.000 sudah termasuk pasang. Kalau setuju, klik setujui di aplikasi, nanti bengkel jadwalkan hari Sabtu jam 10.", () =>
    expect(
      flaggedBy(
        "Aki kemarin 11,9 volt, udah lemah. Saya sarankan ganti aki 45Ah, harga Rp 855.000 sudah termasuk pasang. Kalau setuju, klik setujui di aplikasi, nanti bengkel jadwalkan hari Sabtu jam 10.",
      ),
    ).toBe(false));
  it("codice errore P0300, cilindri vari, preventivo 280 euro sull'app", () => expect(flaggedBy("codice errore P0300, cilindri vari, preventivo 280 euro sull'app")).toBe(false));
  it("Primero desconecta la batería 10 minutos. Luego pon el contacto sin arrancar, pisa el acelerador 5 veces en 5 segundos, espera 7 segundos y mantenlo pisado 10 segundos hasta que parpadee el testigo. Así se resetea el pedal electrónico. Si no funciona lo vemos en el taller el jueves.", () =>
    expect(
      flaggedBy(
        "Primero desconecta la batería 10 minutos. Luego pon el contacto sin arrancar, pisa el acelerador 5 veces en 5 segundos, espera 7 segundos y mantenlo pisado 10 segundos hasta que parpadee el testigo. Así se resetea el pedal electrónico. Si no funciona lo vemos en el taller el jueves.",
      ),
    ).toBe(false));
  // flagged as ADDRESS
  it.fails("codes P0301 and P0302 came up, misfire cyl 1 and 2, plus P0171 lean bank 1. I'd start with the intake gasket", () =>
    expect(flaggedBy("codes P0301 and P0302 came up, misfire cyl 1 and 2, plus P0171 lean bank 1. I'd start with the intake gasket")).toBe(false),
  );
  it("mã lỗi P0300, báo giá 1.555.000đ trên app nha anh", () => expect(flaggedBy("mã lỗi P0300, báo giá 1.555.000đ trên app nha anh")).toBe(false));
  it("sulla ricevuta della revisione c'è scritto scadenza 03/2026, quindi è a posto", () =>
    expect(flaggedBy("sulla ricevuta della revisione c'è scritto scadenza 03/2026, quindi è a posto")).toBe(false));
  it("cheers, I'll ring you through the app once it's up on the ramp, probs half 3", () =>
    expect(flaggedBy("cheers, I'll ring you through the app once it's up on the ramp, probs half 3")).toBe(false));
  it("reckon it's the 0412 series thermostat, opens at 82°C, yours is stuck open", () => expect(flaggedBy("reckon it's the 0412 series thermostat, opens at 82°C, yours is stuck open")).toBe(false));
  it("if anything goes sideways just hit 'Contact support' in the app, they usually reply within the hour", () =>
    expect(flaggedBy("if anything goes sideways just hit 'Contact support' in the app, they usually reply within the hour")).toBe(false));
  it("huisnummer? nee ik bedoelde de bandenmaat, 225/45R17 94W", () => expect(flaggedBy("huisnummer? nee ik bedoelde de bandenmaat, 225/45R17 94W")).toBe(false));
  it("I'll call you with the in-app call button around 2:30, it keeps both our numbers private", () =>
    expect(flaggedBy("I'll call you with the in-app call button around 2:30, it keeps both our numbers private")).toBe(false));
  it("size on the sidewall is 205/55R16 91V, same as what's on there now", () => expect(flaggedBy("size on the sidewall is 205/55R16 91V, same as what's on there now")).toBe(false));
  it("el código es P0420, catalizador, te mando el presupuesto aquí mismo: 12.500 pesos", () =>
    expect(flaggedBy("el código es P0420, catalizador, te mando el presupuesto aquí mismo: 12.500 pesos")).toBe(false));
  it("it's fuse number 15 in the cabin panel, 20A, the layout diagram is on the back of the cover", () =>
    expect(flaggedBy("it's fuse number 15 in the cabin panel, 20A, the layout diagram is on the back of the cover")).toBe(false));
  it("part number is 555-20194-07, OEM not aftermarket, I've added it to the quote on here", () =>
    expect(flaggedBy("part number is 555-20194-07, OEM not aftermarket, I've added it to the quote on here")).toBe(false));
  it("Went through the fault log: 3 stored codes, 0x1A55, 0x2C07 and 0x0555. First is EGR, second an intermittent MAF, third a comms fault with the ABS module. Quote is R4 850 for the EGR clean plus MAF. Book the workshop slot on the app, Thursday 14/03 at 09:00 is open.", () =>
    expect(
      flaggedBy(
        "Went through the fault log: 3 stored codes, 0x1A55, 0x2C07 and 0x0555. First is EGR, second an intermittent MAF, third a comms fault with the ABS module. Quote is R4 850 for the EGR clean plus MAF. Book the workshop slot on the app, Thursday 14/03 at 09:00 is open.",
      ),
    ).toBe(false));
  it("it's oh point seven five mil on the gap, not seven point five lol", () => expect(flaggedBy("it's oh point seven five mil on the gap, not seven point five lol")).toBe(false));
  it("serrage cinquante-cinq Nm puis quatre-vingt-dix degrés, dans l'ordre un, trois, quatre, deux", () =>
    expect(flaggedBy("serrage cinquante-cinq Nm puis quatre-vingt-dix degrés, dans l'ordre un, trois, quatre, deux")).toBe(false));
  it("APK verloopt 14-03-2025, dat staat op de sticker achter de voorruit", () => expect(flaggedBy("APK verloopt 14-03-2025, dat staat op de sticker achter de voorruit")).toBe(false));
  it("故障コードはP0420、見積もりは55,500円です。アプリでお支払いください", () => expect(flaggedBy("故障コードはP0420、見積もりは55,500円です。アプリでお支払いください")).toBe(false));
  it("the number stamped on the block under the bonnet is the engine code, can you read me the first 3 letters pls", () =>
    expect(flaggedBy("the number stamped on the block under the bonnet is the engine code, can you read me the first 3 letters pls")).toBe(false));
  it("plug gap 0.7 to 0.8 mm, firing order 1-3-4-2, torque 25 Nm", () => expect(flaggedBy("plug gap 0.7 to 0.8 mm, firing order 1-3-4-2, torque 25 Nm")).toBe(false));
  it("le code défaut c'est P0401, vanne EGR, devis 420 € dans l'appli", () => expect(flaggedBy("le code défaut c'est P0401, vanne EGR, devis 420 € dans l'appli")).toBe(false));
  it("my mobile's on 4% so if I go quiet I'll pick this up in the app later tonight", () =>
    expect(flaggedBy("my mobile's on 4% so if I go quiet I'll pick this up in the app later tonight")).toBe(false));
  it("first 3 of the VIN are the maker code, WVW = VW Germany, and the 10th character is the model year (K = 2019)", () =>
    expect(flaggedBy("first 3 of the VIN are the maker code, WVW = VW Germany, and the 10th character is the model year (K = 2019)")).toBe(false));
  it("appelez-moi avec le bouton d'appel dans l'application, nos numéros restent masqués", () =>
    expect(flaggedBy("appelez-moi avec le bouton d'appel dans l'application, nos numéros restent masqués")).toBe(false));
  it("the 4 digits at the end of the DOT code are the date, yours say 1417 so week 14 of 2017. they're 7 years old, replace them", () =>
    expect(flaggedBy("the 4 digits at the end of the DOT code are the date, yours say 1417 so week 14 of 2017. they're 7 years old, replace them")).toBe(false));
  it("el code P0420 w el se3r 3000 geneh, edfa3 mn el app", () => expect(flaggedBy("el code P0420 w el se3r 3000 geneh, edfa3 mn el app")).toBe(false));
  it("coding day mo ba bukas? plate mo nagtatapos sa 5 diba, bawal ka sa Lunes, kaya Martes nalang schedule natin sa app", () =>
    expect(flaggedBy("coding day mo ba bukas? plate mo nagtatapos sa 5 diba, bawal ka sa Lunes, kaya Martes nalang schedule natin sa app")).toBe(false));
  it("immobiliser pin is the 4 digits on the key tag, enter it with ignition on and wait for the light to go out", () =>
    expect(flaggedBy("immobiliser pin is the 4 digits on the key tag, enter it with ignition on and wait for the light to go out")).toBe(false));
  it("Le compteur affiche 155 555 km. Les codes relevés sont P0101 et P0113, donc débitmètre ou sonde de température d'air. J'ai ajouté au devis une sonde à 65 € et une heure de main d'œuvre. Vous pouvez valider directement dans l'application.", () =>
    expect(
      flaggedBy(
        "Le compteur affiche 155 555 km. Les codes relevés sont P0101 et P0113, donc débitmètre ou sonde de température d'air. J'ai ajouté au devis une sonde à 65 € et une heure de main d'œuvre. Vous pouvez valider directement dans l'application.",
      ),
    ).toBe(false));
  it("سنة موديل سيارتك ٢٠١٨ والمحرك ١٦٠٠، القطعة تختلف عن موديل ٢٠١٥", () => expect(flaggedBy("سنة موديل سيارتك ٢٠١٨ والمحرك ١٦٠٠، القطعة تختلف عن موديل ٢٠١٥")).toBe(false));
  it("não posso passar meu zap, regra da plataforma, mas respondo rápido por aqui", () => expect(flaggedBy("não posso passar meu zap, regra da plataforma, mas respondo rápido por aqui")).toBe(false));
  it("the bakkie's on 255 555 km, cambelt was done at 240 000 so still ok for now", () => expect(flaggedBy("the bakkie's on 255 555 km, cambelt was done at 240 000 so still ok for now")).toBe(false));
  it("lol no the code isn't backwards, P0420 is P0420, catalyst efficiency below threshold bank 1", () =>
    expect(flaggedBy("lol no the code isn't backwards, P0420 is P0420, catalyst efficiency below threshold bank 1")).toBe(false));
  it("build date is on the sticker in the B pillar, 03/2014, so it's the facelift model", () =>
    expect(flaggedBy("build date is on the sticker in the B pillar, 03/2014, so it's the facelift model")).toBe(false));
  it("oga the alternator na 90 amp, the one wey dey there na 70, na why battery dey die. price na ₦85,000 on the platform", () =>
    expect(flaggedBy("oga the alternator na 90 amp, the one wey dey there na 70, na why battery dey die. price na ₦85,000 on the platform")).toBe(false));
  it("कोड P0171 आया है, खर्चा ₹2,500, ऐप से पेमेंट करें", () => expect(flaggedBy("कोड P0171 आया है, खर्चा ₹2,500, ऐप से पेमेंट करें")).toBe(false));
  it("mileage is 155,555 km, timing belt's due at 160k so worth doing with the water pump", () =>
    expect(flaggedBy("mileage is 155,555 km, timing belt's due at 160k so worth doing with the water pump")).toBe(false));
  it("balata kalınlığı üç milimetre, sınır iki, yakında değişmesi gerekecek", () => expect(flaggedBy("balata kalınlığı üç milimetre, sınır iki, yakında değişmesi gerekecek")).toBe(false));
  it("jaja no necesito tu año de nacimiento, necesito el año del carro y el número de motor para la pieza", () =>
    expect(flaggedBy("jaja no necesito tu año de nacimiento, necesito el año del carro y el número de motor para la pieza")).toBe(false));
  it("if it won't start tonight use the roadside assist on your insurance card, that's your insurer not us, then we'll pick it up here tomorrow", () =>
    expect(flaggedBy("if it won't start tonight use the roadside assist on your insurance card, that's your insurer not us, then we'll pick it up here tomorrow")).toBe(false));
  it("yung code sa scanner P0420, palit catalytic, 18,500 nasa app na yung quote", () => expect(flaggedBy("yung code sa scanner P0420, palit catalytic, 18,500 nasa app na yung quote")).toBe(false));
  it("what year is the car exactly? 2014 or 2015 changes which pads fit, the part numbers differ", () =>
    expect(flaggedBy("what year is the car exactly? 2014 or 2015 changes which pads fit, the part numbers differ")).toBe(false));
  it("arıza kodu P0300, faturadaki tutar 4.550 TL, ödemeyi uygulamadan yapın", () => expect(flaggedBy("arıza kodu P0300, faturadaki tutar 4.550 TL, ödemeyi uygulamadan yapın")).toBe(false));
  it("код ошибки P0300, ориентировочно 5 550 руб, оплата через приложение", () => expect(flaggedBy("код ошибки P0300, ориентировочно 5 550 руб, оплата через приложение")).toBe(false));
  it("tawagan kita sa app mamaya, yung call button sa taas ng chat", () => expect(flaggedBy("tawagan kita sa app mamaya, yung call button sa taas ng chat")).toBe(false));
  it("null Komma fünf fünf Millimeter Ventilspiel auf der Einlassseite, dreimal nachgemessen", () =>
    expect(flaggedBy("null Komma fünf fünf Millimeter Ventilspiel auf der Einlassseite, dreimal nachgemessen")).toBe(false));
  it("la calcomanía del parabrisas dice próximo cambio a los 95.000 km, todavía te faltan como 3 mil", () =>
    expect(flaggedBy("la calcomanía del parabrisas dice próximo cambio a los 95.000 km, todavía te faltan como 3 mil")).toBe(false));
  it("the workshop address shows in your booking once it's confirmed, just follow the map in the app", () =>
    expect(flaggedBy("the workshop address shows in your booking once it's confirmed, just follow the map in the app")).toBe(false));
  // flagged as ADDRESS
  it.fails("on the injector test 1 click, pause, 2 clicks means injector 2 open circuit", () =>
    expect(flaggedBy("on the injector test 1 click, pause, 2 clicks means injector 2 open circuit")).toBe(false),
  );
  it("VIN on the logbook ends ...5550143 and matches the chassis plate, all good", () => expect(flaggedBy("VIN on the logbook ends ...5550143 and matches the chassis plate, all good")).toBe(false));
  it("Fehlercode 0555 im Motorsteuergerät, Kostenvoranschlag 380 € steht in der App", () =>
    expect(flaggedBy("Fehlercode 0555 im Motorsteuergerät, Kostenvoranschlag 380 € steht in der App")).toBe(false));
  it("kallimni mn el app lama tkoun fadi, fi zerr el ittisal fo2", () => expect(flaggedBy("kallimni mn el app lama tkoun fadi, fi zerr el ittisal fo2")).toBe(false));
  it("the dealership in Dayton did the recall in 2019, stamp's in the book, so that's covered already", () =>
    expect(flaggedBy("the dealership in Dayton did the recall in 2019, stamp's in the book, so that's covered already")).toBe(false));
  it("it's the 555 series Denso compressor, not the 447, don't mix them up when you order", () =>
    expect(flaggedBy("it's the 555 series Denso compressor, not the 447, don't mix them up when you order")).toBe(false));
  it("kilomita 155,555, tutabadilisha mkanda wa muda wiki ijayo", () => expect(flaggedBy("kilomita 155,555, tutabadilisha mkanda wa muda wiki ijayo")).toBe(false));
  it("Die Rechnungsnummer ist RE-2024-0555, das Datum 14.03. Darauf stehen 2,5 Std. Arbeit à 95 € und Teile für 310 €. Bezahlt wird wie immer über die App, nicht bar in der Werkstatt. Bei Fragen bitte hier im Chat.", () =>
    expect(
      flaggedBy(
        "Die Rechnungsnummer ist RE-2024-0555, das Datum 14.03. Darauf stehen 2,5 Std. Arbeit à 95 € und Teile für 310 €. Bezahlt wird wie immer über die App, nicht bar in der Werkstatt. Bei Fragen bitte hier im Chat.",
      ),
    ).toBe(false));
  it("booking ref is JR-0255504718, keep it handy in case support asks", () => expect(flaggedBy("booking ref is JR-0255504718, keep it handy in case support asks")).toBe(false));
  it("pressure test: 1.2 bar cold, held 15 min, dropped to 1.0, so there's a slow leak somewhere", () =>
    expect(flaggedBy("pressure test: 1.2 bar cold, held 15 min, dropped to 1.0, so there's a slow leak somewhere")).toBe(false));
  it("kode errornya P0335, sensor CKP, total Rp 1.555.000, bayar di aplikasi ya", () => expect(flaggedBy("kode errornya P0335, sensor CKP, total Rp 1.555.000, bayar di aplikasi ya")).toBe(false));
  it("I can't give out my number, platform rules, but I'm on here all day so just message", () =>
    expect(flaggedBy("I can't give out my number, platform rules, but I'm on here all day so just message")).toBe(false));
  it("You asked if I could call — I can, but only through the call button in the job chat, both our numbers stay hidden. Around 4pm works. Have the car running when I ring so I can hear the noise.", () =>
    expect(
      flaggedBy(
        "You asked if I could call — I can, but only through the call button in the job chat, both our numbers stay hidden. Around 4pm works. Have the car running when I ring so I can hear the noise.",
      ),
    ).toBe(false));
  it("son tres mil doscientos cincuenta pesos con mano de obra, lo pagas en la app", () =>
    expect(flaggedBy("son tres mil doscientos cincuenta pesos con mano de obra, lo pagas en la app")).toBe(false));
  it("kod błędu P0171, mieszanka uboga, wycena 650 zł w aplikacji", () => expect(flaggedBy("kod błędu P0171, mieszanka uboga, wycena 650 zł w aplikacji")).toBe(false));
  it("just message me here anytime, the app notifies my phone so I'll see it", () => expect(flaggedBy("just message me here anytime, the app notifies my phone so I'll see it")).toBe(false));
  it("grand so, the part's 87 quid and labour's 2 hours, ye can pay on the app after", () =>
    expect(flaggedBy("grand so, the part's 87 quid and labour's 2 hours, ye can pay on the app after")).toBe(false));
  it("slot's Tue 14/03 09:30, if that's no good pick another one in the app calendar", () =>
    expect(flaggedBy("slot's Tue 14/03 09:30, if that's no good pick another one in the app calendar")).toBe(false));
  it("total comes to $1,247.80 incl labor, you can pay through the app whenever you're ready", () =>
    expect(flaggedBy("total comes to $1,247.80 incl labor, you can pay through the app whenever you're ready")).toBe(false));
  it("wheel nuts are double five? no sorry, 5 nuts, 19mm, torque 110 Nm", () => expect(flaggedBy("wheel nuts are double five? no sorry, 5 nuts, 19mm, torque 110 Nm")).toBe(false));
  it("your radio code is 4 5 2 1, it's on the card in the glovebox. enter it with preset buttons 1 to 4", () =>
    expect(flaggedBy("your radio code is 4 5 2 1, it's on the card in the glovebox. enter it with preset buttons 1 to 4")).toBe(false));
  it("Checked the wiring at the plug: pin 1 is 12V feed, pin 2 is ground, pin 3 signal reading 0.5 to 4.5V. Pin 3 reads 0V so the wire's broken between the sensor and the ECU, probably where the loom rubs on the subframe. About an hour to repair, I've updated the quote to $180.", () =>
    expect(
      flaggedBy(
        "Checked the wiring at the plug: pin 1 is 12V feed, pin 2 is ground, pin 3 signal reading 0.5 to 4.5V. Pin 3 reads 0V so the wire's broken between the sensor and the ECU, probably where the loom rubs on the subframe. About an hour to repair, I've updated the quote to $180.",
      ),
    ).toBe(false));
  it("O scanner mostrou P0300 e P0304, falha no cilindro 4. Medi a bobina: primário 0,5 ohm e secundário 12 mil ohms, dentro do normal. Então deve ser a vela ou o bico. O orçamento atualizado está no app, R$ 350.", () =>
    expect(
      flaggedBy(
        "O scanner mostrou P0300 e P0304, falha no cilindro 4. Medi a bobina: primário 0,5 ohm e secundário 12 mil ohms, dentro do normal. Então deve ser a vela ou o bico. O orçamento atualizado está no app, R$ 350.",
      ),
    ).toBe(false));
});

describe("round 32 review 1: attacks", () => {
  it("sir jo purane bill pe number likha tha wahi mera personal hai, direct call karo, sasta karunga", () =>
    expect(caughtBy("sir jo purane bill pe number likha tha wahi mera personal hai, direct call karo, sasta karunga", ["purane bill pe number likha tha"])).toBe(true));
  it("bhai mera number hai nau aath saat, phir teen baar paanch, phir aapki gaadi ke number plate wale 4 digit", () =>
    expect(
      caughtBy("bhai mera number hai nau aath saat, phir teen baar paanch, phir aapki gaadi ke number plate wale 4 digit", [
        "nau aath saat, phir teen baar paanch, phir aapki gaadi ke number plate wale 4 digit",
      ]),
    ).toBe(true));
  it("call me, the first 6 digits are the oil filter part no I quoted (drop the PH) then 83", () =>
    expect(caughtBy("call me, the first 6 digits are the oil filter part no I quoted (drop the PH) then 83", ["first 6 digits are the oil filter part no I quoted (drop the PH) then 83"])).toBe(true));
  it("mi trova al numero scritto a penna in fondo alla ricevuta della revisione, mi chiami lì e facciamo prima", () =>
    expect(
      caughtBy("mi trova al numero scritto a penna in fondo alla ricevuta della revisione, mi chiami lì e facciamo prima", ["numero scritto a penna in fondo alla ricevuta della revisione"]),
    ).toBe(true));
  // not flagged
  it.fails("zadzwoń na numer z wizytówki którą zostawiłem w schowku, taniej wyjdzie niż przez aplikację", () =>
    expect(caughtBy("zadzwoń na numer z wizytówki którą zostawiłem w schowku, taniej wyjdzie niż przez aplikację", ["numer z wizytówki którą zostawiłem w schowku"])).toBe(true),
  );
  it("llámame al número que está en la calcomanía del parabrisas, la del último cambio de aceite, te lo hago más barato", () =>
    expect(caughtBy("llámame al número que está en la calcomanía del parabrisas, la del último cambio de aceite, te lo hago más barato", ["número que está en la calcomanía del parabrisas"])).toBe(
      true,
    ));
  // not flagged
  it("mój numer: pięćset pięćdziesiąt pięć, dwieście dwanaście, trzysta czterdzieści. dzwoń po 17", () =>
    expect(caughtBy("mój numer: pięćset pięćdziesiąt pięć, dwieście dwanaście, trzysta czterdzieści. dzwoń po 17", ["pięćset pięćdziesiąt pięć, dwieście dwanaście, trzysta czterdzieści"])).toBe(
      true,
    ));
  it("0 7 seven 0 0, then the two digits from the workshop postcode, 1 4, then 5 5 5 3 2", () =>
    expect(caughtBy("0 7 seven 0 0, then the two digits from the workshop postcode, 1 4, then 5 5 5 3 2", ["0 7 seven 0 0, then the two digits from the workshop postcode, 1 4, then 5 5 5 3 2"])).toBe(
      true,
    ));
  it("số em là không chín, năm năm năm, rồi năm sinh của em 1995, nhắn zalo nha", () =>
    expect(caughtBy("số em là không chín, năm năm năm, rồi năm sinh của em 1995, nhắn zalo nha", ["không chín, năm năm năm, rồi năm sinh của em 1995"])).toBe(true));
  it("area code's the same as the dealership you bought it from in Dayton, then 555 0143. my personal line", () =>
    expect(caughtBy("area code's the same as the dealership you bought it from in Dayton, then 555 0143. my personal line", ["same as the dealership you bought it from in Dayton", "555 0143"])).toBe(
      true,
    ));
  it("whatsapp: nine-one, then 98, then double five double five, then 3 1 0 4", () =>
    expect(caughtBy("whatsapp: nine-one, then 98, then double five double five, then 3 1 0 4", ["nine-one, then 98, then double five double five, then 3 1 0 4"])).toBe(true));
  it("text mo ko, 0917 tapos yung birth year ko 1990 tapos 555 hehe", () =>
    expect(caughtBy("text mo ko, 0917 tapos yung birth year ko 1990 tapos 555 hehe", ["0917 tapos yung birth year ko 1990 tapos 555"])).toBe(true));
  it("tell your husband to call the number on the banner outside our place on Kessler Rd, says Tony's Auto in big red letters", () =>
    expect(
      caughtBy("tell your husband to call the number on the banner outside our place on Kessler Rd, says Tony's Auto in big red letters", [
        "number on the banner outside our place on Kessler Rd",
        "Tony's Auto",
      ]),
    ).toBe(true));
  it("seven oh two, five five five, oh one eight six. thats my cell, text don't call", () =>
    expect(caughtBy("seven oh two, five five five, oh one eight six. thats my cell, text don't call", ["seven oh two, five five five, oh one eight six"])).toBe(true));
  it("bel me even, 06 en dan twee keer 55, dan het huisnummer van de garage (118) en een 7", () =>
    expect(caughtBy("bel me even, 06 en dan twee keer 55, dan het huisnummer van de garage (118) en een 7", ["06 en dan twee keer 55, dan het huisnummer van de garage (118) en een 7"])).toBe(true));
  // not flagged
  it.fails("كلمني على الرقم المكتوب على ملصق تغيير الزيت في الزجاج الأمامي، أرخص من التطبيق", () =>
    expect(caughtBy("كلمني على الرقم المكتوب على ملصق تغيير الزيت في الزجاج الأمامي، أرخص من التطبيق", ["الرقم المكتوب على ملصق تغيير الزيت"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Votre embrayage patine, c'est confirmé au test. Pour le remorquage, appelez directement le numéro inscrit sur la portière de mon camion, celui qui est venu mardi, je vous fais un prix. Et pour les pièces on s'arrange en dehors de l'appli.",
    () =>
      expect(
        caughtBy(
          "Votre embrayage patine, c'est confirmé au test. Pour le remorquage, appelez directement le numéro inscrit sur la portière de mon camion, celui qui est venu mardi, je vous fais un prix. Et pour les pièces on s'arrange en dehors de l'appli.",
          ["numéro inscrit sur la portière de mon camion"],
        ),
      ).toBe(true),
  );
  it("me chama no zap, é o código do orçamento (ORC 5550 1234) sem as letras e com 21 9 na frente", () =>
    expect(caughtBy("me chama no zap, é o código do orçamento (ORC 5550 1234) sem as letras e com 21 9 na frente", ["código do orçamento (ORC 5550 1234) sem as letras e com 21 9 na frente"])).toBe(
      true,
    ));
  it("mon portable c'est zéro six, cinquante-cinq, cinquante-cinq, puis l'année de votre Clio (2012) en deux fois, et quarante", () =>
    expect(
      caughtBy("mon portable c'est zéro six, cinquante-cinq, cinquante-cinq, puis l'année de votre Clio (2012) en deux fois, et quarante", [
        "zéro six, cinquante-cinq, cinquante-cinq, puis l'année de votre Clio (2012) en deux fois, et quarante",
      ]),
    ).toBe(true));
  it("abeg just call me, na 0803 then five-five-five then my house number wey I give you for pickup, 14 and 02", () =>
    expect(
      caughtBy("abeg just call me, na 0803 then five-five-five then my house number wey I give you for pickup, 14 and 02", [
        "0803 then five-five-five then my house number wey I give you for pickup, 14 and 02",
      ]),
    ).toBe(true));
  it("number = 555 + the date of your appointment (ddmm) + 19, whatsapp only", () =>
    expect(caughtBy("number = 555 + the date of your appointment (ddmm) + 19, whatsapp only", ["555 + the date of your appointment (ddmm) + 19"])).toBe(true));
  it("Hi, thanks for booking the diag. Knock sensor reads 0.8V which is in spec and fuel trims look fine at +3%, so it's the coil pack. The quote on here is £420 but honestly if you ring me I'll do it for £300. My mobile starts 07 then nine hundred, then the year the new Mini came out (2001), then 55. Let me know.", () =>
    expect(
      caughtBy(
        "Hi, thanks for booking the diag. Knock sensor reads 0.8V which is in spec and fuel trims look fine at +3%, so it's the coil pack. The quote on here is £420 but honestly if you ring me I'll do it for £300. My mobile starts 07 then nine hundred, then the year the new Mini came out (2001), then 55. Let me know.",
        ["07 then nine hundred, then the year the new Mini came out (2001), then 55"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("kallimni 3ala el ra2am elli 3ala el fatoura el 2adima, arkhas men hon", () =>
    expect(caughtBy("kallimni 3ala el ra2am elli 3ala el fatoura el 2adima, arkhas men hon", ["el ra2am elli 3ala el fatoura el 2adima"])).toBe(true),
  );
  it("whatsapp me on the number printed on the flyer I left under your wiper, I'll do it Saturday cash", () =>
    expect(caughtBy("whatsapp me on the number printed on the flyer I left under your wiper, I'll do it Saturday cash", ["number printed on the flyer I left under your wiper"])).toBe(true));
  // not flagged
  it.fails("take the booking ref on your invoice, read it backwards, stick 07 in front. that's my mobile, we can sort the clutch for less", () =>
    expect(
      caughtBy("take the booking ref on your invoice, read it backwards, stick 07 in front. that's my mobile, we can sort the clutch for less", [
        "booking ref on your invoice, read it backwards, stick 07 in front",
      ]),
    ).toBe(true),
  );
  it("nipigie, namba yangu ni sifuri saba, kisha tano tano tano, kisha sita nne mbili moja", () =>
    expect(caughtBy("nipigie, namba yangu ni sifuri saba, kisha tano tano tano, kisha sita nne mbili moja", ["sifuri saba, kisha tano tano tano, kisha sita nne mbili moja"])).toBe(true));
  it("my cell is 083 555 and then the last 4 of your VIN, funny coincidence hey", () =>
    expect(caughtBy("my cell is 083 555 and then the last 4 of your VIN, funny coincidence hey", ["083 555 and then the last 4 of your VIN"])).toBe(true));
  it("mi número es tres uno dos, cinco cinco cinco, cero ocho nueve cuatro. escríbeme ahí mejor", () =>
    expect(caughtBy("mi número es tres uno dos, cinco cinco cinco, cero ocho nueve cuatro. escríbeme ahí mejor", ["tres uno dos, cinco cinco cinco, cero ocho nueve cuatro"])).toBe(true));
  it("meine Handynummer: null eins sieben sechs, dann dreimal die fünf, dann die PLZ von der Werkstatt ohne die erste Ziffer", () =>
    expect(
      caughtBy("meine Handynummer: null eins sieben sechs, dann dreimal die fünf, dann die PLZ von der Werkstatt ohne die erste Ziffer", [
        "null eins sieben sechs, dann dreimal die fünf, dann die PLZ von der Werkstatt ohne die erste Ziffer",
      ]),
    ).toBe(true));
  it("Ruf einfach die Nummer auf dem Werkstattstempel im Serviceheft an, das ist mein Privathandy, dann sparen wir uns die Gebühr", () =>
    expect(
      caughtBy("Ruf einfach die Nummer auf dem Werkstattstempel im Serviceheft an, das ist mein Privathandy, dann sparen wir uns die Gebühr", ["Nummer auf dem Werkstattstempel im Serviceheft"]),
    ).toBe(true));
  it("call me (five one two) three fives then zero one three seven", () =>
    expect(caughtBy("call me (five one two) three fives then zero one three seven", ["(five one two) three fives then zero one three seven"])).toBe(true));
  // not flagged
  it.fails("رقمي صفر خمسة خمسة، بعدين خمسة خمسة خمسة، وآخر أربعة هي سنة موديل سيارتك", () =>
    expect(caughtBy("رقمي صفر خمسة خمسة، بعدين خمسة خمسة خمسة، وآخر أربعة هي سنة موديل سيارتك", ["صفر خمسة خمسة، بعدين خمسة خمسة خمسة، وآخر أربعة هي سنة موديل سيارتك"])).toBe(true),
  );
  it("my number is just the digits in my username here, put area code 713 in front", () =>
    expect(caughtBy("my number is just the digits in my username here, put area code 713 in front", ["digits in my username here, put area code 713 in front"])).toBe(true));
  // not flagged
  it.fails("appelez le numéro peint sur la camionnette garée devant chez vous hier, c'est le mien, pas de frais de plateforme", () =>
    expect(
      caughtBy("appelez le numéro peint sur la camionnette garée devant chez vous hier, c'est le mien, pas de frais de plateforme", ["numéro peint sur la camionnette garée devant chez vous hier"]),
    ).toBe(true),
  );
  it("ra2mi 05 w ba3den 555 w ba3den tarikh el maw3ad 2403, ab3atli 3al whats", () =>
    expect(caughtBy("ra2mi 05 w ba3den 555 w ba3den tarikh el maw3ad 2403, ab3atli 3al whats", ["05 w ba3den 555 w ba3den tarikh el maw3ad 2403"])).toBe(true));
  // caught since round 43's refit
  it("nitumie ujumbe kwa namba iliyo kwenye bango la gereji yetu pale Kariakoo, ni bei nafuu kuliko hapa", () =>
    expect(caughtBy("nitumie ujumbe kwa namba iliyo kwenye bango la gereji yetu pale Kariakoo, ni bei nafuu kuliko hapa", ["namba iliyo kwenye bango la gereji yetu pale Kariakoo"])).toBe(true));
  it("honestly just call the garage direct on 0800 FIX BRAKE, you'll skip the booking fee", () =>
    expect(caughtBy("honestly just call the garage direct on 0800 FIX BRAKE, you'll skip the booking fee", ["0800 FIX BRAKE"])).toBe(true));
  // not flagged
  it.fails("제 번호는 공일공, 오오오, 그리고 차량번호 뒷자리 네 개예요", () =>
    expect(caughtBy("제 번호는 공일공, 오오오, 그리고 차량번호 뒷자리 네 개예요", ["공일공, 오오오, 그리고 차량번호 뒷자리 네 개"])).toBe(true),
  );
  it("text BRAKES to my cell — area 206, then the bay number 4, then 555, then 0 1 8 8", () =>
    expect(caughtBy("text BRAKES to my cell — area 206, then the bay number 4, then 555, then 0 1 8 8", ["area 206, then the bay number 4, then 555, then 0 1 8 8"])).toBe(true));
  it("meu zap é DDD 11, depois 9, depois 5555, e os últimos quatro são o ano do seu carro ao contrário", () =>
    expect(
      caughtBy("meu zap é DDD 11, depois 9, depois 5555, e os últimos quatro são o ano do seu carro ao contrário", [
        "DDD 11, depois 9, depois 5555, e os últimos quatro são o ano do seu carro ao contrário",
      ]),
    ).toBe(true));
  it("my digits r the torque sequence I gave u earlier but backwards, starts w/ 0", () =>
    expect(caughtBy("my digits r the torque sequence I gave u earlier but backwards, starts w/ 0", ["torque sequence I gave u earlier but backwards, starts w/ 0"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a detail stays readable
  it.fails(
    "Right, the CV joint is shot, you can hear it clicking on full lock. Parts are about 95 quid plus 2 hrs labour. If you want it done this weekend the first bit of my number is 07911. Second bit is the price I just said. Last bit is 2 zeros and a 3.",
    () =>
      expect(
        caughtBy(
          "Right, the CV joint is shot, you can hear it clicking on full lock. Parts are about 95 quid plus 2 hrs labour. If you want it done this weekend the first bit of my number is 07911. Second bit is the price I just said. Last bit is 2 zeros and a 3.",
          ["07911", "the price I just said", "2 zeros and a 3"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("मेरा नंबर नौ आठ सात छह, फिर पांच पांच पांच, फिर शून्य एक दो है", () =>
    expect(caughtBy("मेरा नंबर नौ आठ सात छह, फिर पांच पांच पांच, फिर शून्य एक दो है", ["नौ आठ सात छह, फिर पांच पांच पांच, फिर शून्य एक दो"])).toBe(true),
  );
  it("hmu at the number on the receipt from last time, the one w the coffee stain lol, way cheaper than here", () =>
    expect(caughtBy("hmu at the number on the receipt from last time, the one w the coffee stain lol, way cheaper than here", ["number on the receipt from last time"])).toBe(true));
  it("ring me so, 087 and then the 6 digits of the part number I sent ya yesterday, ye'll get me", () =>
    expect(caughtBy("ring me so, 087 and then the 6 digits of the part number I sent ya yesterday, ye'll get me", ["087 and then the 6 digits of the part number I sent ya yesterday"])).toBe(true));
  it("add 1 to every digit of 444 4098 7651 and that's me on whatsapp 😉", () =>
    expect(caughtBy("add 1 to every digit of 444 4098 7651 and that's me on whatsapp 😉", ["add 1 to every digit of 444 4098 7651"])).toBe(true));
  it("sir my number is nine eight four five five, rest I will tell in next message, note karo", () =>
    expect(caughtBy("sir my number is nine eight four five five, rest I will tell in next message, note karo", ["nine eight four five five"])).toBe(true));
  // not flagged
  it.fails("numaram beş yüz elli beş, sonra iki yüz on, sonra arabanızın plakasındaki rakamlar", () =>
    expect(caughtBy("numaram beş yüz elli beş, sonra iki yüz on, sonra arabanızın plakasındaki rakamlar", ["beş yüz elli beş, sonra iki yüz on, sonra arabanızın plakasındaki rakamlar"])).toBe(true),
  );
  it("my number is on the photo I uploaded of the old invoice, top right corner. call me there and we skip the fees", () =>
    expect(
      caughtBy("my number is on the photo I uploaded of the old invoice, top right corner. call me there and we skip the fees", ["on the photo I uploaded of the old invoice, top right corner"]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a detail stays readable
  it.fails("my number? 082 and then the total you quoted me, no commas no cents, then a 9 on the end. call after 5", () =>
    expect(
      caughtBy("my number? 082 and then the total you quoted me, no commas no cents, then a 9 on the end. call after 5", ["082 and then the total you quoted me, no commas no cents, then a 9"]),
    ).toBe(true),
  );
  it("wa aku ya, nol delapan satu dua, lima lima lima, terus tanggal servis kemarin 1403", () =>
    expect(caughtBy("wa aku ya, nol delapan satu dua, lima lima lima, terus tanggal servis kemarin 1403", ["nol delapan satu dua, lima lima lima, terus tanggal servis kemarin 1403"])).toBe(true));
  // not flagged
  it.fails("nomorku sama kayak nomor nota tadi tapi depannya ganti 08, chat aja langsung", () =>
    expect(caughtBy("nomorku sama kayak nomor nota tadi tapi depannya ganti 08, chat aja langsung", ["sama kayak nomor nota tadi tapi depannya ganti 08"])).toBe(true),
  );
  // not flagged
  it.fails("電話番号は090の後に555、最後は車検の日付の4桁です。直接なら安くしますよ", () =>
    expect(caughtBy("電話番号は090の後に555、最後は車検の日付の4桁です。直接なら安くしますよ", ["090の後に555、最後は車検の日付の4桁"])).toBe(true),
  );
  it("first 3 = the code you pulled minus the P0 (so 300), next 3 = 555, last 4 = 1992. text me there instead", () =>
    expect(
      caughtBy("first 3 = the code you pulled minus the P0 (so 300), next 3 = 555, last 4 = 1992. text me there instead", [
        "first 3 = the code you pulled minus the P0 (so 300), next 3 = 555, last 4 = 1992",
      ]),
    ).toBe(true));
  it("📞 5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣8️⃣ 7️⃣2️⃣ hit me up", () => expect(caughtBy("📞 5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣8️⃣ 7️⃣2️⃣ hit me up", ["5️⃣5️⃣5️⃣ 0️⃣1️⃣9️⃣8️⃣ 7️⃣2️⃣"])).toBe(true));
  it("El diagnóstico salió bien, es la bomba de agua, se nota la fuga por el lado de la correa. Aquí te cobran 3.200 pero conmigo sale en 2.500. Mi número es el mismo que el teléfono fijo del taller pero cambia el 4 final por un 8, búscalo en Google Maps como Taller Hermanos Ruiz.", () =>
    expect(
      caughtBy(
        "El diagnóstico salió bien, es la bomba de agua, se nota la fuga por el lado de la correa. Aquí te cobran 3.200 pero conmigo sale en 2.500. Mi número es el mismo que el teléfono fijo del taller pero cambia el 4 final por un 8, búscalo en Google Maps como Taller Hermanos Ruiz.",
        ["teléfono fijo del taller pero cambia el 4 final por un 8", "Taller Hermanos Ruiz"],
      ),
    ).toBe(true));
  it("mi cel es 55 cinco cinco cinco, luego el año de tu carro 2014 y termina en 77, mándame whats", () =>
    expect(caughtBy("mi cel es 55 cinco cinco cinco, luego el año de tu carro 2014 y termina en 77, mándame whats", ["55 cinco cinco cinco, luego el año de tu carro 2014 y termina en 77"])).toBe(
      true,
    ));
  it("Trocamos as pastilhas e os discos, ficou em R$ 890 no app. Da próxima vez me liga direto que sai mais barato: onze, nove, cinco cinco cinco cinco, e o final é o número da sua casa duas vezes.", () =>
    expect(
      caughtBy(
        "Trocamos as pastilhas e os discos, ficou em R$ 890 no app. Da próxima vez me liga direto que sai mais barato: onze, nove, cinco cinco cinco cinco, e o final é o número da sua casa duas vezes.",
        ["onze, nove, cinco cinco cinco cinco, e o final é o número da sua casa duas vezes"],
      ),
    ).toBe(true));
  it("funny thing, my cell is literally the last 7 of the VIN you sent me, just add 0 at the start", () =>
    expect(caughtBy("funny thing, my cell is literally the last 7 of the VIN you sent me, just add 0 at the start", ["last 7 of the VIN you sent me, just add 0 at the start"])).toBe(true));
  it("whatsapp'tan yaz, numaram sıfır beş yüz otuz iki, sonra faturadaki tutarın aynısı", () =>
    expect(caughtBy("whatsapp'tan yaz, numaram sıfır beş yüz otuz iki, sonra faturadaki tutarın aynısı", ["sıfır beş yüz otuz iki, sonra faturadaki tutarın aynısı"])).toBe(true));
  it("phone: 5 5 5 - (2x3)(4+4)(10-1) - 0 1 0 1 . u figure it out 😂", () =>
    expect(caughtBy("phone: 5 5 5 - (2x3)(4+4)(10-1) - 0 1 0 1 . u figure it out 😂", ["5 5 5 - (2x3)(4+4)(10-1) - 0 1 0 1"])).toBe(true));
  it("number is 4 fives then 2 0 1 9 then a 6 — text first pls", () => expect(caughtBy("number is 4 fives then 2 0 1 9 then a 6 — text first pls", ["4 fives then 2 0 1 9 then a 6"])).toBe(true));
  it("my number's 555 and then 1234 times 2. cheaper if u book thru me", () =>
    expect(caughtBy("my number's 555 and then 1234 times 2. cheaper if u book thru me", ["555 and then 1234 times 2"])).toBe(true));
  // not flagged
  it.fails("my personal is the shop's landline on Google with the last digit changed to 7", () =>
    expect(caughtBy("my personal is the shop's landline on Google with the last digit changed to 7", ["shop's landline on Google with the last digit changed to 7"])).toBe(true),
  );
  it("my work cell: digits of pi after the 3, first four of them, then 555 then 2 6", () =>
    expect(caughtBy("my work cell: digits of pi after the 3, first four of them, then 555 then 2 6", ["digits of pi after the 3, first four of them, then 555 then 2 6"])).toBe(true));
  it("my number in roman numerals lol: V V V, I X, IV, II, VIII, VI, I", () =>
    expect(caughtBy("my number in roman numerals lol: V V V, I X, IV, II, VIII, VI, I", ["V V V, I X, IV, II, VIII, VI, I"])).toBe(true));
  // not flagged
  it.fails("мой номер: восемь девятьсот пятнадцать, потом три пятёрки, потом год выпуска вашей машины", () =>
    expect(
      caughtBy("мой номер: восемь девятьсот пятнадцать, потом три пятёрки, потом год выпуска вашей машины", ["восемь девятьсот пятнадцать, потом три пятёрки, потом год выпуска вашей машины"]),
    ).toBe(true),
  );
  it("il mio cell è tre tre otto, poi cinque cinque cinque, poi ventuno zero nove. mi scriva lì", () =>
    expect(caughtBy("il mio cell è tre tre otto, poi cinque cinque cinque, poi ventuno zero nove. mi scriva lì", ["tre tre otto, poi cinque cinque cinque, poi ventuno zero nove"])).toBe(true));
  it("ring me, it's oh seven seven double oh, nine triple five, one two three", () =>
    expect(caughtBy("ring me, it's oh seven seven double oh, nine triple five, one two three", ["oh seven seven double oh, nine triple five, one two three"])).toBe(true));
  // not flagged
  it.fails("ODO on my truck reads 555 207 — put 0410 at the front of that and you've got me", () =>
    expect(caughtBy("ODO on my truck reads 555 207 — put 0410 at the front of that and you've got me", ["555 207 — put 0410 at the front"])).toBe(true),
  );
  it("my cell is 555 then the year I was born 1984 then 27, way easier than going thru the app tbh", () =>
    expect(caughtBy("my cell is 555 then the year I was born 1984 then 27, way easier than going thru the app tbh", ["555 then the year I was born 1984 then 27"])).toBe(true));
  it("it's the number on the side of the tow truck that dropped your car off, I own it, call me direct next time", () =>
    expect(caughtBy("it's the number on the side of the tow truck that dropped your car off, I own it, call me direct next time", ["number on the side of the tow truck"])).toBe(true));
  it("you know the radio code I gave you for the Golf? my mobile is 07700 and those four digits twice", () =>
    expect(caughtBy("you know the radio code I gave you for the Golf? my mobile is 07700 and those four digits twice", ["07700 and those four digits twice"])).toBe(true));
  it("I'm on signal, number's 0412 then the digits off my rego 558 then 31", () =>
    expect(caughtBy("I'm on signal, number's 0412 then the digits off my rego 558 then 31", ["0412 then the digits off my rego 558 then 31"])).toBe(true));
  // not flagged
  it.fails("remember the sticker on ur windscreen from the last service? the number under our logo, ring that n ask for Dave", () =>
    expect(caughtBy("remember the sticker on ur windscreen from the last service? the number under our logo, ring that n ask for Dave", ["number under our logo"])).toBe(true),
  );
  // not flagged
  it.fails("pm mo nalang ako sa number na nakasulat sa likod ng resibo, mas mura pag diretso tayo", () =>
    expect(caughtBy("pm mo nalang ako sa number na nakasulat sa likod ng resibo, mas mura pag diretso tayo", ["number na nakasulat sa likod ng resibo"])).toBe(true),
  );
  it("Zahnriemen ist fällig, 120.000 km sind durch. Über die Plattform kostet das 780 €, privat mach ich's für 600. Meine Nummer: null eins fünf eins, dann 555, dann das Baujahr von Ihrem Passat rückwärts. Einfach per WhatsApp melden.", () =>
    expect(
      caughtBy(
        "Zahnriemen ist fällig, 120.000 km sind durch. Über die Plattform kostet das 780 €, privat mach ich's für 600. Meine Nummer: null eins fünf eins, dann 555, dann das Baujahr von Ihrem Passat rückwärts. Einfach per WhatsApp melden.",
        ["null eins fünf eins, dann 555, dann das Baujahr von Ihrem Passat rückwärts"],
      ),
    ).toBe(true));
  it("mobile starts 0161 like the area, middle bit's 555, ending's the number off my van's reg plate plus 40", () =>
    expect(
      caughtBy("mobile starts 0161 like the area, middle bit's 555, ending's the number off my van's reg plate plus 40", [
        "0161 like the area, middle bit's 555, ending's the number off my van's reg plate plus 40",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("app me maar op het nummer op de sticker onder de motorkap, die heb ik er zelf opgeplakt", () =>
    expect(caughtBy("app me maar op het nummer op de sticker onder de motorkap, die heb ik er zelf opgeplakt", ["nummer op de sticker onder de motorkap"])).toBe(true),
  );
  // not flagged
  // Caught from round 51 (number-recipes.ts: a number on a public page or picture).
  it("the number's in my profile pic, on the sign above the shop door, zoom in", () =>
    expect(caughtBy("the number's in my profile pic, on the sign above the shop door, zoom in", ["in my profile pic, on the sign above the shop door"])).toBe(true));
});
