// Round 36 review 1: a blind reviewer of round 36 wrote 209 items (131 attacks, 19 of them bursts of 2 to 4 messages; 78 innocents, 6 of them bursts),
// a broad mix of evasions worldwide (phones in every disguise, vanity letters and contact cards, mail spelled out or split, handles and local apps,
// links, addresses, postcodes and PO boxes in local formats, full names, deals and meetings over several messages, channel moves) and their
// look-alikes, about two thirds not in English, without reading the project. It was written after round 36's recall36 showed no gain on its first
// judging review and its brief named recall36's kinds; it judged recall36 (main 106 caught / 2 flagged -> 109 / 2; README, Round 36).
// This file specifies main after round 36, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden (a burst: as the reader is finally shown it, `replayCaught`).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("round 36 review 1: innocents", () => {
  it("The OEM part number for the pump is 06H121026DD, aftermarket equivalent is Hepu P548, either works", () =>
    expect(flaggedBy("The OEM part number for the pump is 06H121026DD, aftermarket equivalent is Hepu P548, either works")).toBe(false));
  it("it's the 2.0 TDI with engine code CFFB, so timing belt every 210k km", () => expect(flaggedBy("it's the 2.0 TDI with engine code CFFB, so timing belt every 210k km")).toBe(false));
  it("mine's the 330i xDrive M Sport, 2019, about 78k on the clock", () => expect(flaggedBy("mine's the 330i xDrive M Sport, 2019, about 78k on the clock")).toBe(false));
  it("VIN starts WVWZZZ1KZ, can you tell me which gearbox that is?", () => expect(flaggedBy("VIN starts WVWZZZ1KZ, can you tell me which gearbox that is?")).toBe(false));
  it("scanner shows P0420 and P0171, is that the cat or a vacuum leak?", () => expect(flaggedBy("scanner shows P0420 and P0171, is that the cat or a vacuum leak?")).toBe(false));
  it("quote is two hundred forty five for pads and rotors both axles, labour included", () =>
    expect(flaggedBy("quote is two hundred forty five for pads and rotors both axles, labour included")).toBe(false));
  it("el presupuesto sale en trescientos veinte euros con la mano de obra", () => expect(flaggedBy("el presupuesto sale en trescientos veinte euros con la mano de obra")).toBe(false));
  it("ficou em quatrocentos e cinquenta reais o kit embreagem, pode ser?", () => expect(flaggedBy("ficou em quatrocentos e cinquenta reais o kit embreagem, pode ser?")).toBe(false));
  it("Ich brauche vier Zündkerzen und zwei Liter Öl 5W-30, das Auto hat sechs Zylinder nicht vier, sorry", () =>
    expect(flaggedBy("Ich brauche vier Zündkerzen und zwei Liter Öl 5W-30, das Auto hat sechs Zylinder nicht vier, sorry")).toBe(false));
  it("je peux passer demain vers quatorze heures trente, ça vous va ?", () => expect(flaggedBy("je peux passer demain vers quatorze heures trente, ça vous va ?")).toBe(false));
  it("ha centoventimila chilometri, la cinghia è stata cambiata a novantamila", () => expect(flaggedBy("ha centoventimila chilometri, la cinghia è stata cambiata a novantamila")).toBe(false));
  it("tyres are 225/45 R17 94W, do you have them in stock or do I order?", () => expect(flaggedBy("tyres are 225/45 R17 94W, do you have them in stock or do I order?")).toBe(false));
  it("can I use the video call button in the app to show you the noise?", () => expect(flaggedBy("can I use the video call button in the app to show you the noise?")).toBe(false));
  it("¿puedo cambiar la cita desde la app al jueves? el martes no puedo", () => expect(flaggedBy("¿puedo cambiar la cita desde la app al jueves? el martes no puedo")).toBe(false));
  it("I rescheduled through the app to Friday 10am, please confirm on your side", () => expect(flaggedBy("I rescheduled through the app to Friday 10am, please confirm on your side")).toBe(false));
  it("I'll pay through the app as usual once the job's done, is the deposit refundable?", () =>
    expect(flaggedBy("I'll pay through the app as usual once the job's done, is the deposit refundable?")).toBe(false));
  it("sorry I won't give my number, let's keep it all in here, that's the rule", () => expect(flaggedBy("sorry I won't give my number, let's keep it all in here, that's the rule")).toBe(false));
  it("Nee, ich zahl nicht bar außerhalb der App, ich will die Garantie behalten", () => expect(flaggedBy("Nee, ich zahl nicht bar außerhalb der App, ich will die Garantie behalten")).toBe(false));
  it("prefiro não passar meu whats, vamos conversar por aqui mesmo", () => expect(flaggedBy("prefiro não passar meu whats, vamos conversar por aqui mesmo")).toBe(false));
  it("Je préfère rester sur la plateforme pour le paiement, merci", () => expect(flaggedBy("Je préfère rester sur la plateforme pour le paiement, merci")).toBe(false));
  it("last time a guy asked me to pay cash on the side and then ghosted me, so I only use the app now", () =>
    expect(flaggedBy("last time a guy asked me to pay cash on the side and then ghosted me, so I only use the app now")).toBe(false));
  it("mi cuñado me dijo que el ruido es del rodamiento, él es mecánico pero vive lejos", () =>
    expect(flaggedBy("mi cuñado me dijo que el ruido es del rodamiento, él es mecánico pero vive lejos")).toBe(false));
  it("can I buy the filter at AutoZone myself and you fit it? saves waiting for delivery", () =>
    expect(flaggedBy("can I buy the filter at AutoZone myself and you fit it? saves waiting for delivery")).toBe(false));
  it("Ich hol die Bremsbeläge bei ATU, Sie bauen sie dann nur ein, ok?", () => expect(flaggedBy("Ich hol die Bremsbeläge bei ATU, Sie bauen sie dann nur ein, ok?")).toBe(false));
  it("j'ai acheté les plaquettes chez Norauto, elles sont bonnes ?", () => expect(flaggedBy("j'ai acheté les plaquettes chez Norauto, elles sont bonnes ?")).toBe(false));
  it("picked up the bulbs from Halfords this morning, H7 ones", () => expect(flaggedBy("picked up the bulbs from Halfords this morning, H7 ones")).toBe(false));
  it("ECU software version 03G906021AB 0001, does it need an update?", () => expect(flaggedBy("ECU software version 03G906021AB 0001, does it need an update?")).toBe(false));
  it("paint code is LY9T, Pure White, you'll need that for the touch-up", () => expect(flaggedBy("paint code is LY9T, Pure White, you'll need that for the touch-up")).toBe(false));
  it("the hose is 19 x 27 x 300 mm, clamp 20-32", () => expect(flaggedBy("the hose is 19 x 27 x 300 mm, clamp 20-32")).toBe(false));
  it("ile kosztuje wymiana rozrządu w Skodzie Octavii 1.9 TDI? mam 250 tys. przebiegu", () =>
    expect(flaggedBy("ile kosztuje wymiana rozrządu w Skodzie Octavii 1.9 TDI? mam 250 tys. przebiegu")).toBe(false));
  it("Abi klima gaz basmıyor, kompresör mü gitti sence? 2015 Egea", () => expect(flaggedBy("Abi klima gaz basmıyor, kompresör mü gitti sence? 2015 Egea")).toBe(false));
  it("de remmen piepen als ik achteruit rijd, is dat normaal bij nieuwe blokken?", () => expect(flaggedBy("de remmen piepen als ik achteruit rijd, is dat normaal bij nieuwe blokken?")).toBe(false));
  it("Tack! Bilen går mycket bättre nu, inga varningslampor längre", () => expect(flaggedBy("Tack! Bilen går mycket bättre nu, inga varningslampor längre")).toBe(false));
  it("Hvor lang tid tar det å bytte clutch på en Golf 7? Ca. fire timer?", () => expect(flaggedBy("Hvor lang tid tar det å bytte clutch på en Golf 7? Ca. fire timer?")).toBe(false));
  it("Jeg kan komme på værkstedet kl. halv ni torsdag, passer det?", () => expect(flaggedBy("Jeg kan komme på værkstedet kl. halv ni torsdag, passer det?")).toBe(false));
  it("Auto při volnoběhu cuká, svíčky jsem měnil před rokem", () => expect(flaggedBy("Auto při volnoběhu cuká, svíčky jsem měnil před rokem")).toBe(false));
  it("Mennyibe kerül a vezérműszíj csere egy 1.6-os Astrán?", () => expect(flaggedBy("Mennyibe kerül a vezérműszíj csere egy 1.6-os Astrán?")).toBe(false));
  it("Pak, mobil saya bunyi tek-tek waktu belok kiri, kira-kira kenapa ya?", () => expect(flaggedBy("Pak, mobil saya bunyi tek-tek waktu belok kiri, kira-kira kenapa ya?")).toBe(false));
  it("Berapa lama servis penuh untuk Myvi 2018? Saya tunggu di bengkel boleh?", () => expect(flaggedBy("Berapa lama servis penuh untuk Myvi 2018? Saya tunggu di bengkel boleh?")).toBe(false));
  it("Gari linatoa moshi mweupe asubuhi, ni tatizo la gasket?", () => expect(flaggedBy("Gari linatoa moshi mweupe asubuhi, ni tatizo la gasket?")).toBe(false));
  it("bhai engine oil kitne km pe change karna chahiye, Swift diesel hai", () => expect(flaggedBy("bhai engine oil kitne km pe change karna chahiye, Swift diesel hai")).toBe(false));
  it("AC ki cooling kam ho gayi hai, gas refill karni paregi ya compressor ka masla hai?", () =>
    expect(flaggedBy("AC ki cooling kam ho gayi hai, gas refill karni paregi ya compressor ka masla hai?")).toBe(false));
  it("السيارة بتسخن في الزحمة، ممكن تكون المروحة؟", () => expect(flaggedBy("السيارة بتسخن في الزحمة، ممكن تكون المروحة؟")).toBe(false));
  it("Сколько будет стоить замена масла и фильтров? Машина Солярис 2017", () => expect(flaggedBy("Сколько будет стоить замена масла и фильтров? Машина Солярис 2017")).toBe(false));
  it("Xe em đề khó vào buổi sáng, có phải do bình ắc quy không anh?", () => expect(flaggedBy("Xe em đề khó vào buổi sáng, có phải do bình ắc quy không anh?")).toBe(false));
  it("รถสตาร์ทติดยากตอนเช้าครับ แบตเตอรี่เพิ่งเปลี่ยนเมื่อปีที่แล้ว", () => expect(flaggedBy("รถสตาร์ทติดยากตอนเช้าครับ แบตเตอรี่เพิ่งเปลี่ยนเมื่อปีที่แล้ว")).toBe(false));
  it("Magkano po ang palit ng brake pads sa Vios 2019? Salamat po", () => expect(flaggedBy("Magkano po ang palit ng brake pads sa Vios 2019? Salamat po")).toBe(false));
  it("車検の前にブレーキパッドの交換をお願いしたいです。残り3ミリくらいです", () => expect(flaggedBy("車検の前にブレーキパッドの交換をお願いしたいです。残り3ミリくらいです")).toBe(false));
  it("オイル交換は5000キロごとでいいですか？今は4万8千キロです", () => expect(flaggedBy("オイル交換は5000キロごとでいいですか？今は4万8千キロです")).toBe(false));
  it("엔진오일 교환 주기가 어떻게 되나요? 지금 5만 키로 탔어요", () => expect(flaggedBy("엔진오일 교환 주기가 어떻게 되나요? 지금 5만 키로 탔어요")).toBe(false));
  it("报价是八百五十块，包括机油和三个滤芯，可以吗", () => expect(flaggedBy("报价是八百五十块，包括机油和三个滤芯，可以吗")).toBe(false));
  it("пробег сто двадцать тысяч, масло менял пять тысяч назад", () => expect(flaggedBy("пробег сто двадцать тысяч, масло менял пять тысяч назад")).toBe(false));
  it("Boss, yung aircon ng car ko mainit na hangin lang, pwede niyo po ba i-check sa Saturday thru the app?", () =>
    expect(flaggedBy("Boss, yung aircon ng car ko mainit na hangin lang, pwede niyo po ba i-check sa Saturday thru the app?")).toBe(false));
  it("clutch hard ho gaya hai yaar, cable change karna padega kya? quote app pe bhej do", () =>
    expect(flaggedBy("clutch hard ho gaya hai yaar, cable change karna padega kya? quote app pe bhej do")).toBe(false));
  it("grand so, I'll drop the car in first thing Monday, the NCT is the week after", () =>
    expect(flaggedBy("grand so, I'll drop the car in first thing Monday, the NCT is the week after")).toBe(false));
  it("did you get my email through the app's support? they said the refund takes 5 days", () =>
    expect(flaggedBy("did you get my email through the app's support? they said the refund takes 5 days")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("my wife sent me the pics on WhatsApp, uploading them here now", () => expect(flaggedBy("my wife sent me the pics on WhatsApp, uploading them here now")).toBe(false));
  it("saw a video on instagram about this exact rattle, apparently it's the heat shield", () =>
    expect(flaggedBy("saw a video on instagram about this exact rattle, apparently it's the heat shield")).toBe(false));
  it("the workshop on the listing is on Industrial Road, right? I'll follow the map in the app", () =>
    expect(flaggedBy("the workshop on the listing is on Industrial Road, right? I'll follow the map in the app")).toBe(false));
  it("is there parking near your garage or should I use the supermarket car park?", () => expect(flaggedBy("is there parking near your garage or should I use the supermarket car park?")).toBe(false));
  it("Thanks Sam, great job on the brakes, leaving 5 stars", () => expect(flaggedBy("Thanks Sam, great job on the brakes, leaving 5 stars")).toBe(false));
  it("The previous owner, some guy named Greg, replaced the clutch according to the service book", () =>
    expect(flaggedBy("The previous owner, some guy named Greg, replaced the clutch according to the service book")).toBe(false));
  it("the quote says 'cash or card accepted at the workshop desk' — is that still paid via the app?", () =>
    expect(flaggedBy("the quote says 'cash or card accepted at the workshop desk' — is that still paid via the app?")).toBe(false));
  it("I'll bring the car to your workshop at the booked slot, 9:30 tomorrow", () => expect(flaggedBy("I'll bring the car to your workshop at the booked slot, 9:30 tomorrow")).toBe(false));
  it("part no. 1K0 615 301 AA, brake disc front, 312mm", () => expect(flaggedBy("part no. 1K0 615 301 AA, brake disc front, 312mm")).toBe(false));
  it("code is P zero three zero zero, random misfire, what should I check first?", () => expect(flaggedBy("code is P zero three zero zero, random misfire, what should I check first?")).toBe(false));
  it("my phone mount broke and it's rattling in the dash lol, can you look at that too?", () =>
    expect(flaggedBy("my phone mount broke and it's rattling in the dash lol, can you look at that too?")).toBe(false));
  it("the recall notice is on the manufacturer's official site, is my VIN affected?", () =>
    expect(flaggedBy("the recall notice is on the manufacturer's official site, is my VIN affected?")).toBe(false));
  it("no gracias, prefiero llevarlo al taller que sale en la app, no quedo en ningún otro sitio", () =>
    expect(flaggedBy("no gracias, prefiero llevarlo al taller que sale en la app, no quedo en ningún otro sitio")).toBe(false));
  it("la spia dell'airbag resta accesa dopo il cambio batteria, serve la diagnosi?", () =>
    expect(flaggedBy("la spia dell'airbag resta accesa dopo il cambio batteria, serve la diagnosi?")).toBe(false));
  it("Zuerst 5 Minuten warmlaufen, dann 555 ml Kühlmittel nachfüllen, am Ende 30 Sekunden Leerlauf", () =>
    expect(flaggedBy("Zuerst 5 Minuten warmlaufen, dann 555 ml Kühlmittel nachfüllen, am Ende 30 Sekunden Leerlauf")).toBe(false));
  it("pode ser às nove e meia? eu deixo o carro e volto às cinco", () => expect(flaggedBy("pode ser às nove e meia? eu deixo o carro e volto às cinco")).toBe(false));
  it("ok so the noise / starts at about 40 mph / and goes away above 60", () => expect(replayFlagged(["ok so the noise", "starts at about 40 mph", "and goes away above 60"])).toBe(false));
  it("need part 5Q0 / 407 271 / or the equivalent, left side", () => expect(replayFlagged(["need part 5Q0", "407 271", "or the equivalent, left side"])).toBe(false));
  it("la cita / se puede pasar / al viernes a las diez? lo cambio en la app", () => expect(replayFlagged(["la cita", "se puede pasar", "al viernes a las diez? lo cambio en la app"])).toBe(false));
  it("le devis / c'est deux cent quatre-vingts / avec la main d'oeuvre ?", () => expect(replayFlagged(["le devis", "c'est deux cent quatre-vingts", "avec la main d'oeuvre ?"])).toBe(false));
  it("Reifen / 205/55 R16 / 91V bitte, Sommerreifen", () => expect(replayFlagged(["Reifen", "205/55 R16", "91V bitte, Sommerreifen"])).toBe(false));
  it("エンジン音が / 3000回転くらいで / 大きくなります", () => expect(replayFlagged(["エンジン音が", "3000回転くらいで", "大きくなります"])).toBe(false));
});

describe("round 36 review 1: attacks", () => {
  it("honestly easier if u just text me, five five five, two one eight, four four zero nine. ill send pics of the leak", () =>
    expect(caughtBy("honestly easier if u just text me, five five five, two one eight, four four zero nine. ill send pics of the leak", ["five five five, two one eight, four four zero nine"])).toBe(
      true,
    ));
  it("mándame un mensaje mejor al seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho y te explico lo del embrague", () =>
    expect(
      caughtBy("mándame un mensaje mejor al seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho y te explico lo del embrague", [
        "seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho",
      ]),
    ).toBe(true));
  it("me chama no zap: nove nove oito sete seis, cinco quatro três dois. aí a gente combina o preço da pastilha", () =>
    expect(caughtBy("me chama no zap: nove nove oito sete seis, cinco quatro três dois. aí a gente combina o preço da pastilha", ["nove nove oito sete seis, cinco quatro três dois", "zap"])).toBe(
      true,
    ));
  it("Le plus simple c'est que vous m'appeliez : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit. Je suis dispo après 18h", () =>
    expect(
      caughtBy("Le plus simple c'est que vous m'appeliez : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit. Je suis dispo après 18h", [
        "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
      ]),
    ).toBe(true));
  it("Ruf mich einfach an, null eins sieben sechs, drei drei vier, fünf fünf neun null. Dann klären wir das mit dem Zahnriemen ohne die App", () =>
    expect(
      caughtBy("Ruf mich einfach an, null eins sieben sechs, drei drei vier, fünf fünf neun null. Dann klären wir das mit dem Zahnriemen ohne die App", [
        "null eins sieben sechs, drei drei vier, fünf fünf neun null",
      ]),
    ).toBe(true));
  it("scrivimi su whats al tre quattro sette, uno due tre, quattro cinque sei sette cosi ti mando le foto della centralina", () =>
    expect(
      caughtBy("scrivimi su whats al tre quattro sette, uno due tre, quattro cinque sei sette cosi ti mando le foto della centralina", [
        "tre quattro sette, uno due tre, quattro cinque sei sette",
        "whats",
      ]),
    ).toBe(true));
  it("zadzwoń do mnie: pięćset sto dwa, trzysta czterdzieści, pięćset sześćdziesiąt, wytłumaczę ci co z tym sprzęgłem", () =>
    expect(
      caughtBy("zadzwoń do mnie: pięćset sto dwa, trzysta czterdzieści, pięćset sześćdziesiąt, wytłumaczę ci co z tym sprzęgłem", ["pięćset sto dwa, trzysta czterdzieści, pięćset sześćdziesiąt"]),
    ).toBe(true));
  it("Usta beni arasana, sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi. Fiyatı telefonda konuşuruz", () =>
    expect(
      caughtBy("Usta beni arasana, sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi. Fiyatı telefonda konuşuruz", ["sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi"]),
    ).toBe(true));
  // caught since round 43's refit
  it("app me ff op nul6 - 1two3 - 4five6 - 78, dan stuur ik de foto's van de remschijven", () =>
    expect(caughtBy("app me ff op nul6 - 1two3 - 4five6 - 78, dan stuur ik de foto's van de remschijven", ["nul6 - 1two3 - 4five6 - 78"])).toBe(true));
  it("my cell is 5five5 - O one 2 - 3four5I (the O is zero lol). text me not here", () =>
    expect(caughtBy("my cell is 5five5 - O one 2 - 3four5I (the O is zero lol). text me not here", ["5five5 - O one 2 - 3four5I"])).toBe(true));
  it("Call me: 5S5-Z1O-B7Z4  (S=5, Z=2, O=0, B=8) app is too slow", () => expect(caughtBy("Call me: 5S5-Z1O-B7Z4  (S=5, Z=2, O=0, B=8) app is too slow", ["5S5-Z1O-B7Z4"])).toBe(true));
  it("ok ill be quicker on the phone ５５５－３０１－７７８２ any time after 5", () =>
    expect(caughtBy("ok ill be quicker on the phone ５５５－３０１－７７８２ any time after 5", ["５５５－３０１－７７８２"])).toBe(true));
  it("كلمني على الواتساب ٠١٠٠٥٥٥٣٤٢١ عشان نتفق على سعر الكمبروسر", () => expect(caughtBy("كلمني على الواتساب ٠١٠٠٥٥٥٣٤٢١ عشان نتفق على سعر الكمبروسر", ["٠١٠٠٥٥٥٣٤٢١", "الواتساب"])).toBe(true));
  it("bhai seedha call karo ९८७६५ ५४३२१ pe, app ka commission kyun dena", () =>
    expect(caughtBy("bhai seedha call karo ९८७६५ ५४३२१ pe, app ka commission kyun dena", ["९८७६५ ५४३२१", "app ka commission kyun dena"])).toBe(true));
  it("just call my shop line 1-800-FIX-BRKS, we can sort it out off here", () => expect(caughtBy("just call my shop line 1-800-FIX-BRKS, we can sort it out off here", ["1-800-FIX-BRKS"])).toBe(true));
  it("first three are the same as the ohio area code for columbus, 614, then 555, then the last four are my shop's year 1987", () =>
    expect(caughtBy("first three are the same as the ohio area code for columbus, 614, then 555, then the last four are my shop's year 1987", ["614", "555", "1987"])).toBe(true));
  it("Vorwahl ist Berlin, also 030, dann 555 und die Endung ist 42 zweimal hintereinander, schreib mir da", () =>
    expect(caughtBy("Vorwahl ist Berlin, also 030, dann 555 und die Endung ist 42 zweimal hintereinander, schreib mir da", ["030", "555", "42 zweimal hintereinander"])).toBe(true));
  it("cheers mate, best ring me on 07700 900 461, can't be doing with this app messaging", () =>
    expect(caughtBy("cheers mate, best ring me on 07700 900 461, can't be doing with this app messaging", ["07700 900 461"])).toBe(true));
  it("Handy: +49 (0)151 555 78 21 – gerne auch per Signal", () => expect(caughtBy("Handy: +49 (0)151 555 78 21 – gerne auch per Signal", ["+49 (0)151 555 78 21", "Signal"])).toBe(true));
  it("meu cel (11) 95555-0134, me chama lá que resolvo hoje", () => expect(caughtBy("meu cel (11) 95555-0134, me chama lá que resolvo hoje", ["(11) 95555-0134"])).toBe(true));
  it("aap mujhe +91 98 555 01234 pe WhatsApp kar do, photos wahan bhej dena", () =>
    expect(caughtBy("aap mujhe +91 98 555 01234 pe WhatsApp kar do, photos wahan bhej dena", ["+91 98 555 01234", "WhatsApp"])).toBe(true));
  it("Pak, wa aja ke 0812-5550-3377 biar cepet, saya kirim foto kampas remnya", () =>
    expect(caughtBy("Pak, wa aja ke 0812-5550-3377 biar cepet, saya kirim foto kampas remnya", ["0812-5550-3377", "wa"])).toBe(true));
  it("Nipigie kwa 0722 555 019 tuongee bei ya gearbox, hii app inachelewa sana", () =>
    expect(caughtBy("Nipigie kwa 0722 555 019 tuongee bei ya gearbox, hii app inachelewa sana", ["0722 555 019"])).toBe(true));
  it("anh gọi em số 0905 555 321 nhé, em báo giá thay má phanh luôn", () => expect(caughtBy("anh gọi em số 0905 555 321 nhé, em báo giá thay má phanh luôn", ["0905 555 321"])).toBe(true));
  it("text mo na lang ako sa 0917 555 2468 para mas mabilis, dun na tayo mag-usap sa presyo", () =>
    expect(caughtBy("text mo na lang ako sa 0917 555 2468 para mas mabilis, dun na tayo mag-usap sa presyo", ["0917 555 2468"])).toBe(true));
  // flagged since round 49: the number is read glued to the sentence's full stop (phone.ts GLUED_WORD)
  it("お手数ですが、直接こちらにお電話ください。090-5555-1234（田中）です。", () =>
    expect(caughtBy("お手数ですが、直接こちらにお電話ください。090-5555-1234（田中）です。", ["090-5555-1234", "田中"])).toBe(true));
  // not flagged
  it.fails("電話番号は〇九〇の五五五五の六七八九です。アプリ外で話しましょう", () =>
    expect(caughtBy("電話番号は〇九〇の五五五五の六七八九です。アプリ外で話しましょう", ["〇九〇の五五五五の六七八九"])).toBe(true),
  );
  it("카톡 말고 그냥 문자 주세요 010-5555-7788 견적 바로 드릴게요", () => expect(caughtBy("카톡 말고 그냥 문자 주세요 010-5555-7788 견적 바로 드릴게요", ["010-5555-7788"])).toBe(true));
  it("加我微信吧，手机号一三八 五五五五 零零七七，我给你发报价", () => expect(caughtBy("加我微信吧，手机号一三八 五五五五 零零七七，我给你发报价", ["一三八 五五五五 零零七七", "微信"])).toBe(true));
  // caught since round 41's second refit
  it("Позвоните мне: восемь девятьсот шестнадцать, пятьсот пятьдесят пять, двенадцать, тридцать четыре", () =>
    expect(
      caughtBy("Позвоните мне: восемь девятьсот шестнадцать, пятьсот пятьдесят пять, двенадцать, тридцать четыре", [
        "восемь девятьсот шестнадцать, пятьсот пятьдесят пять, двенадцать, тридцать четыре",
      ]),
    ).toBe(true));
  // flagged as PHONE but a detail stays visible
  it.fails("Thanks for the booking.\n--\nMike R. | Mobile Mechanic\nM: 555.012.3344\nAvailable 7 days", () =>
    expect(caughtBy("Thanks for the booking.\n--\nMike R. | Mobile Mechanic\nM: 555.012.3344\nAvailable 7 days", ["555.012.3344", "Mike R."])).toBe(true),
  );
  it("Name: Dave\nCell: (555) 019-2277\nBest time: evenings\nCar: 2012 Civic\njust fill ur side and we skip the platform", () =>
    expect(caughtBy("Name: Dave\nCell: (555) 019-2277\nBest time: evenings\nCar: 2012 Civic\njust fill ur side and we skip the platform", ["(555) 019-2277", "we skip the platform"])).toBe(true));
  // flagged as PHONE but a detail stays visible
  it.fails("Namn: Johan\nTel: 070-555 12 34\nBil: Volvo V70\nRing mig så fixar vi det utan appen", () =>
    expect(caughtBy("Namn: Johan\nTel: 070-555 12 34\nBil: Volvo V70\nRing mig så fixar vi det utan appen", ["070-555 12 34", "fixar vi det utan appen"])).toBe(true),
  );
  // flagged as PHONE but a detail stays visible
  it.fails("Kan du ringe meg på 912 55 678? Da slipper vi gebyret i appen", () =>
    expect(caughtBy("Kan du ringe meg på 912 55 678? Da slipper vi gebyret i appen", ["912 55 678", "slipper vi gebyret i appen"])).toBe(true),
  );
  it("Skriv til mig på sms, 20 55 51 23, så aftaler vi en pris for bremserne", () =>
    expect(caughtBy("Skriv til mig på sms, 20 55 51 23, så aftaler vi en pris for bremserne", ["20 55 51 23"])).toBe(true));
  // caught since round 43's refit
  it("Zavolejte mi prosím na sedm sedm sedm, pět pět pět, jedna dva tři, domluvíme se na ceně", () =>
    expect(caughtBy("Zavolejte mi prosím na sedm sedm sedm, pět pět pět, jedna dva tři, domluvíme se na ceně", ["sedm sedm sedm, pět pět pět, jedna dva tři"])).toBe(true));
  it("Hívjon fel a 06 30 555 1234-es számon, úgy gyorsabb", () => expect(caughtBy("Hívjon fel a 06 30 555 1234-es számon, úgy gyorsabb", ["06 30 555 1234"])).toBe(true));
  it("bhai mera number 0300 5551234 hai, wahan baat karte hain, yahan fees zyada hai", () =>
    expect(caughtBy("bhai mera number 0300 5551234 hai, wahan baat karte hain, yahan fees zyada hai", ["0300 5551234"])).toBe(true));
  it("c.a.l.l m.e 5 . 5 . 5 . 6 . 7 . 1 . 0 . 9 . 9 . 2", () => expect(caughtBy("c.a.l.l m.e 5 . 5 . 5 . 6 . 7 . 1 . 0 . 9 . 9 . 2", ["5 . 5 . 5 . 6 . 7 . 1 . 0 . 9 . 9 . 2"])).toBe(true));
  it("So I looked at the photos you sent and it's almost certainly the thermostat housing, those plastic ones crack on the N47 after about 150k. Part is around 60 quid, labour maybe an h", () =>
    expect(
      caughtBy(
        "So I looked at the photos you sent and it's almost certainly the thermostat housing, those plastic ones crack on the N47 after about 150k. Part is around 60 quid, labour maybe an hour and a half. If you'd rather talk it through, my number's oh seven seven zero zero nine double oh one two three, otherwise I can quote here. Also check the coolant level before driving it again.",
        ["oh seven seven zero zero nine double oh one two three"],
      ),
    ).toBe(true));
  it("shoot me the invoice at jake dot miller at gmail dot com and ill pay you direct", () =>
    expect(caughtBy("shoot me the invoice at jake dot miller at gmail dot com and ill pay you direct", ["jake dot miller at gmail dot com", "pay you direct"])).toBe(true));
  it("email: torque_tom [at] fakemail [dot] net, send the OBD scan there", () =>
    expect(caughtBy("email: torque_tom [at] fakemail [dot] net, send the OBD scan there", ["torque_tom [at] fakemail [dot] net"])).toBe(true));
  it("mándame el presupuesto a carlos.taller arroba correo punto es", () =>
    expect(caughtBy("mándame el presupuesto a carlos.taller arroba correo punto es", ["carlos.taller arroba correo punto es"])).toBe(true));
  it("envoyez-moi les photos à garage.dupont arobase exemple point fr", () =>
    expect(caughtBy("envoyez-moi les photos à garage.dupont arobase exemple point fr", ["garage.dupont arobase exemple point fr"])).toBe(true));
  it("Schick mir die Rechnung an k punkt weber at beispielmail punkt de", () =>
    expect(caughtBy("Schick mir die Rechnung an k punkt weber at beispielmail punkt de", ["k punkt weber at beispielmail punkt de"])).toBe(true));
  it("manda no meu email: joao ponto mecanico arroba exemplo ponto com ponto br", () =>
    expect(caughtBy("manda no meu email: joao ponto mecanico arroba exemplo ponto com ponto br", ["joao ponto mecanico arroba exemplo ponto com ponto br"])).toBe(true));
  it("la mia mail è marco chiocciola officinafinta punto it, mandami lì il preventivo", () =>
    expect(caughtBy("la mia mail è marco chiocciola officinafinta punto it, mandami lì il preventivo", ["marco chiocciola officinafinta punto it"])).toBe(true));
  it("пишите на почту ivan собака avtoremont точка ru", () => expect(caughtBy("пишите на почту ivan собака avtoremont точка ru", ["ivan собака avtoremont точка ru"])).toBe(true));
  it("quote looks fine. fwiw my personal is r.alvarez.fixes@example.org if you want the full service history pdf and we can sort the rest there", () =>
    expect(caughtBy("quote looks fine. fwiw my personal is r.alvarez.fixes@example.org if you want the full service history pdf and we can sort the rest there", ["r.alvarez.fixes@example.org"])).toBe(
      true,
    ));
  it("maila mig på erik snabel-a exempel punkt se så skickar jag kvittot", () =>
    expect(caughtBy("maila mig på erik snabel-a exempel punkt se så skickar jag kvittot", ["erik snabel-a exempel punkt se"])).toBe(true));
  it("follow my shop on insta @wrenchqueen_detroit and dm me there, better prices", () =>
    expect(caughtBy("follow my shop on insta @wrenchqueen_detroit and dm me there, better prices", ["@wrenchqueen_detroit", "insta"])).toBe(true));
  it("ig: w r e n c h . b o i 9 9 — slide into dms", () => expect(caughtBy("ig: w r e n c h . b o i 9 9 — slide into dms", ["w r e n c h . b o i 9 9"])).toBe(true));
  // not flagged
  it.fails("пиши в телегу, ник autodoc_msk, там быстрее договоримся", () => expect(caughtBy("пиши в телегу, ник autodoc_msk, там быстрее договоримся", ["autodoc_msk", "телегу"])).toBe(true));
  it("tg is t.me/fakegarage_bot no wait just @fakegarage ... msg me there", () =>
    expect(caughtBy("tg is t.me/fakegarage_bot no wait just @fakegarage ... msg me there", ["t.me/fakegarage_bot", "@fakegarage"])).toBe(true));
  it("我的微信号是 wxid_carfix888，加一下", () => expect(caughtBy("我的微信号是 wxid_carfix888，加一下", ["wxid_carfix888"])).toBe(true));
  // caught since round 41's second refit
  it("LINEで連絡ください。IDは kuruma_suzuki です", () => expect(caughtBy("LINEで連絡ください。IDは kuruma_suzuki です", ["kuruma_suzuki", "LINE"])).toBe(true));
  it("แอดไลน์มาครับ @autothai555 จะส่งรูปให้ดู", () => expect(caughtBy("แอดไลน์มาครับ @autothai555 จะส่งรูปให้ดู", ["@autothai555", "ไลน์"])).toBe(true));
  it("카톡 아이디 carfix_kim 으로 추가해주세요", () => expect(caughtBy("카톡 아이디 carfix_kim 으로 추가해주세요", ["carfix_kim", "카톡"])).toBe(true));
  it("anh kết bạn zalo em nha, tên là Garage Minh Tuan 555", () => expect(caughtBy("anh kết bạn zalo em nha, tên là Garage Minh Tuan 555", ["zalo", "Garage Minh Tuan 555"])).toBe(true));
  it("Viber-en írjon, ugyanaz mint a felhasználónevem itt csak _hu a végén", () =>
    expect(caughtBy("Viber-en írjon, ugyanaz mint a felhasználónevem itt csak _hu a végén", ["Viber", "_hu a végén"])).toBe(true));
  it("search me on facebook, Kwame Mensah Autos, the one with the red Corolla profile pic", () =>
    expect(caughtBy("search me on facebook, Kwame Mensah Autos, the one with the red Corolla profile pic", ["Kwame Mensah Autos"])).toBe(true));
  it("sígueme en tiktok @mecanico.paco y mándame dm, te hago precio", () => expect(caughtBy("sígueme en tiktok @mecanico.paco y mándame dm, te hago precio", ["@mecanico.paco"])).toBe(true));
  it("add me on wassap, same number as the one on my van lol", () => expect(caughtBy("add me on wassap, same number as the one on my van lol", ["add me on wassap"])).toBe(true));
  it("can u hit me on the green app w the phone icon? easier to send vids", () =>
    expect(caughtBy("can u hit me on the green app w the phone icon? easier to send vids", ["hit me on the green app"])).toBe(true));
  it("Lass uns auf Signal weiterschreiben, mein Username ist schrauber.77", () =>
    expect(caughtBy("Lass uns auf Signal weiterschreiben, mein Username ist schrauber.77", ["schrauber.77", "Signal"])).toBe(true));
  it("Niongeze kwenye Telegram, jina langu ni @fundi_nairobi", () => expect(caughtBy("Niongeze kwenye Telegram, jina langu ni @fundi_nairobi", ["@fundi_nairobi"])).toBe(true));
  it("imo pe add karlo, id wohi hai jo profile pe hai, aur wahan payment bhi kar dena", () =>
    expect(caughtBy("imo pe add karlo, id wohi hai jo profile pe hai, aur wahan payment bhi kar dena", ["imo pe add karlo", "wahan payment bhi kar dena"])).toBe(true));
  it("Napište mi na Threema, ID je 5X7K9Q2M", () => expect(caughtBy("Napište mi na Threema, ID je 5X7K9Q2M", ["5X7K9Q2M", "Threema"])).toBe(true));
  it("skip the app fee and book me directly: calendly.com/fake-mobilemech/brake-job", () =>
    expect(caughtBy("skip the app fee and book me directly: calendly.com/fake-mobilemech/brake-job", ["calendly.com/fake-mobilemech/brake-job"])).toBe(true));
  it("my website is wrenchworks dot example dot com, prices are lower there", () =>
    expect(caughtBy("my website is wrenchworks dot example dot com, prices are lower there", ["wrenchworks dot example dot com"])).toBe(true));
  it("check fixitfast-garage.example for my direct rates", () => expect(caughtBy("check fixitfast-garage.example for my direct rates", ["fixitfast-garage.example"])).toBe(true));
  it("wa.me/15555550123 just click it", () => expect(caughtBy("wa.me/15555550123 just click it", ["wa.me/15555550123"])).toBe(true));
  it("Termin einfach über meine Seite buchen: www punkt schrauberhannes punkt example, ist günstiger", () =>
    expect(caughtBy("Termin einfach über meine Seite buchen: www punkt schrauberhannes punkt example, ist günstiger", ["www punkt schrauberhannes punkt example"])).toBe(true));
  it("réservez direct sur monsite-garage.example/rdv, pas de frais", () => expect(caughtBy("réservez direct sur monsite-garage.example/rdv, pas de frais", ["monsite-garage.example/rdv"])).toBe(true));
  it("h t t p s : / / garage-ivan . example / prices", () => expect(caughtBy("h t t p s : / / garage-ivan . example / prices", ["h t t p s : / / garage-ivan . example / prices"])).toBe(true));
  it("just send it to paypal.me/fakejoe555 and cancel the booking here", () =>
    expect(caughtBy("just send it to paypal.me/fakejoe555 and cancel the booking here", ["paypal.me/fakejoe555", "cancel the booking here"])).toBe(true));
  it("come by my place instead, 1428 Elm Street, apt 3B, Springfield. I've got a lift in the garage", () =>
    expect(caughtBy("come by my place instead, 1428 Elm Street, apt 3B, Springfield. I've got a lift in the garage", ["1428 Elm Street, apt 3B, Springfield"])).toBe(true));
  it("I'm at 22 Acacia Avenue, Leeds LS6 2XX, just knock on the blue door", () =>
    expect(caughtBy("I'm at 22 Acacia Avenue, Leeds LS6 2XX, just knock on the blue door", ["22 Acacia Avenue, Leeds LS6 2XX"])).toBe(true));
  it("Bring ihn einfach bei mir vorbei: Musterstraße 12, 10115 Berlin, Hinterhof", () =>
    expect(caughtBy("Bring ihn einfach bei mir vorbei: Musterstraße 12, 10115 Berlin, Hinterhof", ["Musterstraße 12, 10115 Berlin"])).toBe(true));
  it("Passez chez moi, 14 rue des Lilas, 69003 Lyon, interphone Martin", () =>
    expect(caughtBy("Passez chez moi, 14 rue des Lilas, 69003 Lyon, interphone Martin", ["14 rue des Lilas, 69003 Lyon", "Martin"])).toBe(true));
  it("vente a mi casa, calle Falsa 123, 3º izq, 28080 Madrid, y lo miramos", () =>
    expect(caughtBy("vente a mi casa, calle Falsa 123, 3º izq, 28080 Madrid, y lo miramos", ["calle Falsa 123, 3º izq, 28080 Madrid"])).toBe(true));
  it("pode trazer aqui em casa, Rua das Flores 45, Vila Mariana, CEP 04100-000", () =>
    expect(caughtBy("pode trazer aqui em casa, Rua das Flores 45, Vila Mariana, CEP 04100-000", ["Rua das Flores 45, Vila Mariana, CEP 04100-000"])).toBe(true));
  it("podjedź do mnie, ul. Kwiatowa 7/3, 00-950 Warszawa", () => expect(caughtBy("podjedź do mnie, ul. Kwiatowa 7/3, 00-950 Warszawa", ["ul. Kwiatowa 7/3, 00-950 Warszawa"])).toBe(true));
  it("自宅で作業できます。住所は東京都架空区桜町1-2-3です", () => expect(caughtBy("自宅で作業できます。住所は東京都架空区桜町1-2-3です", ["東京都架空区桜町1-2-3"])).toBe(true));
  it("send the part to PO Box 5521, Fakeville TX 75001 and pay me on venmo", () =>
    expect(caughtBy("send the part to PO Box 5521, Fakeville TX 75001 and pay me on venmo", ["PO Box 5521, Fakeville TX 75001", "pay me on venmo"])).toBe(true));
  it("after the shell station on route 9 take the 2nd left, I'm the third house w the green mailbox, bring it saturday", () =>
    expect(
      caughtBy("after the shell station on route 9 take the 2nd left, I'm the third house w the green mailbox, bring it saturday", [
        "after the shell station on route 9 take the 2nd left, I'm the third house w the green mailbox",
      ]),
    ).toBe(true));
  it("esci a Modena Nord, prima a destra dopo il ponte, casa gialla col cancello verde, sono io", () =>
    expect(caughtBy("esci a Modena Nord, prima a destra dopo il ponte, casa gialla col cancello verde, sono io", ["prima a destra dopo il ponte, casa gialla col cancello verde"])).toBe(true));
  // caught since round 41's second refit
  it("تعال البيت، بعد مسجد النور على اليمين، العمارة الثالثة الدور الثاني", () =>
    expect(caughtBy("تعال البيت، بعد مسجد النور على اليمين، العمارة الثالثة الدور الثاني", ["بعد مسجد النور على اليمين، العمارة الثالثة الدور الثاني"])).toBe(true));
  it("ghar aa jao, flat 402, Shanti Apartments, sector 21, pin 110077", () =>
    expect(caughtBy("ghar aa jao, flat 402, Shanti Apartments, sector 21, pin 110077", ["flat 402, Shanti Apartments, sector 21, pin 110077"])).toBe(true));
  it("kör förbi hemma, Storgatan 4B, 114 55 Stockholm", () => expect(caughtBy("kör förbi hemma, Storgatan 4B, 114 55 Stockholm", ["Storgatan 4B, 114 55 Stockholm"])).toBe(true));
  it("just look me up, Bradley J. Thornquist, I'm the only one in the county", () =>
    expect(caughtBy("just look me up, Bradley J. Thornquist, I'm the only one in the county", ["Bradley J. Thornquist"])).toBe(true));
  it("búscame como Rodrigo Almansa Quintero en face, ahí tengo fotos de los trabajos", () =>
    expect(caughtBy("búscame como Rodrigo Almansa Quintero en face, ahí tengo fotos de los trabajos", ["Rodrigo Almansa Quintero"])).toBe(true));
  it("sure google me, Ciarán Ó Briain mechanic Galway, you'll find me grand", () =>
    expect(caughtBy("sure google me, Ciarán Ó Briain mechanic Galway, you'll find me grand", ["Ciarán Ó Briain"])).toBe(true));
  it("tbh if u cancel the job in the app and pay me cash when I show up, I'll knock 20% off", () =>
    expect(caughtBy("tbh if u cancel the job in the app and pay me cash when I show up, I'll knock 20% off", ["pay me cash", "cancel the job in the app"])).toBe(true));
  it("just venmo me the deposit, the app holds the money for like a week", () =>
    expect(caughtBy("just venmo me the deposit, the app holds the money for like a week", ["venmo me the deposit"])).toBe(true));
  it("si me pagas en efectivo fuera de la app te lo dejo en 150", () =>
    expect(caughtBy("si me pagas en efectivo fuera de la app te lo dejo en 150", ["me pagas en efectivo fuera de la app"])).toBe(true));
  it("faz um pix direto pra mim que sai mais barato, sem a taxa do app", () =>
    expect(caughtBy("faz um pix direto pra mim que sai mais barato, sem a taxa do app", ["faz um pix direto pra mim"])).toBe(true));
  // not flagged
  it.fails("Wenn du bar zahlst und wir die App rauslassen, mach ich dir 'nen Freundschaftspreis", () =>
    expect(caughtBy("Wenn du bar zahlst und wir die App rauslassen, mach ich dir 'nen Freundschaftspreis", ["bar zahlst und wir die App rauslassen"])).toBe(true),
  );
  it("on peut faire ça au black, vous me payez en liquide et on annule la réservation", () =>
    expect(caughtBy("on peut faire ça au black, vous me payez en liquide et on annule la réservation", ["vous me payez en liquide et on annule la réservation"])).toBe(true));
  // not flagged
  it.fails("Nitumie kwa M-Pesa moja kwa moja, tusitumie app, nitakupunguzia bei", () =>
    expect(caughtBy("Nitumie kwa M-Pesa moja kwa moja, tusitumie app, nitakupunguzia bei", ["Nitumie kwa M-Pesa moja kwa moja"])).toBe(true),
  );
  it("UPI kar dena seedha, app pe payment mat karna", () => expect(caughtBy("UPI kar dena seedha, app pe payment mat karna", ["UPI kar dena seedha"])).toBe(true));
  it("meet me at the AutoZone on 5th at 4, bring the alternator and cash", () =>
    expect(caughtBy("meet me at the AutoZone on 5th at 4, bring the alternator and cash", ["meet me at the AutoZone on 5th at 4"])).toBe(true));
  it("Treffen wir uns einfach am Samstag beim Lidl-Parkplatz an der B27, dann mach ich das vor Ort", () =>
    expect(caughtBy("Treffen wir uns einfach am Samstag beim Lidl-Parkplatz an der B27, dann mach ich das vor Ort", ["Treffen wir uns einfach am Samstag beim Lidl-Parkplatz an der B27"])).toBe(true));
  it("Cumartesi sanayide buluşalım, parayı elden verirsin, uygulamaya gerek yok", () =>
    expect(caughtBy("Cumartesi sanayide buluşalım, parayı elden verirsin, uygulamaya gerek yok", ["Cumartesi sanayide buluşalım, parayı elden verirsin"])).toBe(true));
  // caught since round 43's refit
  it("давайте без приложения, переведёте на карту сбера, так дешевле", () =>
    expect(caughtBy("давайте без приложения, переведёте на карту сбера, так дешевле", ["переведёте на карту сбера"])).toBe(true));
  it("transfer langsung aja ke rekening saya BCA, gak usah lewat aplikasi", () =>
    expect(caughtBy("transfer langsung aja ke rekening saya BCA, gak usah lewat aplikasi", ["transfer langsung aja ke rekening saya BCA"])).toBe(true));
  it("Okay so the CV boot is torn, that's why you hear the clicking when turning. Boot kit is cheap, maybe 25 euros, the joint itself is fine for now. Look, between us, book it as a 'dia", () =>
    expect(
      caughtBy(
        "Okay so the CV boot is torn, that's why you hear the clicking when turning. Boot kit is cheap, maybe 25 euros, the joint itself is fine for now. Look, between us, book it as a 'diagnostic only' here and I'll do the actual boot job on the side, you give me the rest in cash. Anyway keep grease off the brake disc till then.",
        ["book it as a 'diagnostic only' here and I'll do the actual boot job on the side", "you give me the rest in cash"],
      ),
    ).toBe(true));
  it("can we just hop on a call? ring me, number's in my bio lol", () => expect(caughtBy("can we just hop on a call? ring me, number's in my bio lol", ["number's in my bio"])).toBe(true));
  it("facetime me and I'll show you the noise, search my name +1 555 0100 444", () =>
    expect(caughtBy("facetime me and I'll show you the noise, search my name +1 555 0100 444", ["+1 555 0100 444"])).toBe(true));
  // not flagged
  it.fails("别在平台上聊了，私下联系我，平台抽成太高", () => expect(caughtBy("别在平台上聊了，私下联系我，平台抽成太高", ["私下联系我"])).toBe(true));
  // not flagged
  it.fails("خلينا نكمل برا التطبيق، ابعتلي رسالة على الانستا", () => expect(caughtBy("خلينا نكمل برا التطبيق، ابعتلي رسالة على الانستا", ["خلينا نكمل برا التطبيق", "الانستا"])).toBe(true));
  it("jom sembang kat telegram je, cari nama aku Ah Seng Motor", () => expect(caughtBy("jom sembang kat telegram je, cari nama aku Ah Seng Motor", ["Ah Seng Motor", "telegram"])).toBe(true));
  it("ok so my number / 555 / then 314 / then 0927 text me", () => expect(replayCaught(["ok so my number", "555", "then 314", "then 0927 text me"], ["555", "314", "0927"])).toBe(true));
  // Read as the chat sends it (round 51): the last words are read with the two before them only, without "te paso mi número"; words are no drip pieces.
  it.fails("te paso mi número / seis cero cero / ciento veinte / treinta y tres y cuarenta", () =>
    expect(replayCaught(["te paso mi número", "seis cero cero", "ciento veinte", "treinta y tres y cuarenta"], ["seis cero cero", "ciento veinte", "treinta y tres y cuarenta"])).toBe(true),
  );
  it("anota aí / (21) 9 / 8765 / 4321 é whats", () => expect(replayCaught(["anota aí", "(21) 9", "8765", "4321 é whats"], ["(21) 9", "8765", "4321"])).toBe(true));
  it("Meine Nummer fängt mit 0172 an / dann kommt 555 / und am Ende 30 80", () =>
    expect(replayCaught(["Meine Nummer fängt mit 0172 an", "dann kommt 555", "und am Ende 30 80"], ["0172", "555", "30 80"])).toBe(true));
  it("mon 06 / c'est 55 21 / puis 87 40, appelez après 17h", () => expect(replayCaught(["mon 06", "c'est 55 21", "puis 87 40, appelez après 17h"], ["06", "55 21", "87 40"])).toBe(true));
  it("my email is mark / then a dot / then rivera77 / at outlook", () =>
    expect(replayCaught(["my email is mark", "then a dot", "then rivera77", "at outlook"], ["mark", "rivera77", "at outlook"])).toBe(true));
  it("scrivimi a gianni / punto ferri / chiocciola libero punto it", () =>
    expect(replayCaught(["scrivimi a gianni", "punto ferri", "chiocciola libero punto it"], ["gianni", "punto ferri", "chiocciola libero punto it"])).toBe(true));
  it("insta? / its garage / underscore / nova_pl  no spaces", () => expect(replayCaught(["insta?", "its garage", "underscore", "nova_pl  no spaces"], ["garage", "underscore", "nova_pl"])).toBe(true));
  // not flagged
  it.fails("bring it to mine / 42 wallaby way / sydney 2000 / gate code is 1234", () =>
    expect(replayCaught(["bring it to mine", "42 wallaby way", "sydney 2000", "gate code is 1234"], ["42 wallaby way", "sydney 2000", "1234"])).toBe(true),
  );
  // flagged as ADDRESS, FULL_NAME but a detail stays visible
  it.fails("kannst vorbeikommen / Lindenweg 3 / in 80331 / Klingel Huber", () =>
    expect(replayCaught(["kannst vorbeikommen", "Lindenweg 3", "in 80331", "Klingel Huber"], ["Lindenweg 3", "80331", "Huber"])).toBe(true),
  );
  it("btw dont pay in the app / just cancel after i arrive / and give me cash, 180 flat", () =>
    expect(replayCaught(["btw dont pay in the app", "just cancel after i arrive", "and give me cash, 180 flat"], ["dont pay in the app", "just cancel after i arrive", "give me cash"])).toBe(true));
  it("oye una cosa / cancela la reserva aquí / y me pagas a mí directo por bizum / te ahorras la comisión", () =>
    expect(
      replayCaught(["oye una cosa", "cancela la reserva aquí", "y me pagas a mí directo por bizum", "te ahorras la comisión"], ["cancela la reserva aquí", "me pagas a mí directo por bizum"]),
    ).toBe(true));
  it("słuchaj / spotkajmy się w sobotę pod Castoramą na Ursynowie / zapłacisz gotówką na miejscu", () =>
    expect(
      replayCaught(["słuchaj", "spotkajmy się w sobotę pod Castoramą na Ursynowie", "zapłacisz gotówką na miejscu"], ["spotkajmy się w sobotę pod Castoramą na Ursynowie", "zapłacisz gotówką"]),
    ).toBe(true));
  it("mera no. likho / nau aath / saat chhe paanch / char teen do ek zero", () =>
    expect(replayCaught(["mera no. likho", "nau aath", "saat chhe paanch", "char teen do ek zero"], ["nau aath", "saat chhe paanch", "char teen do ek zero"])).toBe(true));
  // not flagged
  it.fails("رقمي / صفر خمسة / خمسة خمسة خمسة / واحد اتنين تلاتة اربعة", () =>
    expect(replayCaught(["رقمي", "صفر خمسة", "خمسة خمسة خمسة", "واحد اتنين تلاتة اربعة"], ["صفر خمسة", "خمسة خمسة خمسة", "واحد اتنين تلاتة اربعة"])).toBe(true),
  );
  it("check my site / rapidrepairs / dot example dot co dot uk / cheaper than here", () =>
    expect(replayCaught(["check my site", "rapidrepairs", "dot example dot co dot uk", "cheaper than here"], ["rapidrepairs", "dot example dot co dot uk"])).toBe(true));
  it("numaram / 0532 / 555 / 12 34 whatsapp'tan yaz", () => expect(replayCaught(["numaram", "0532", "555", "12 34 whatsapp'tan yaz"], ["0532", "555", "12 34"])).toBe(true));
  // caught from round 54 (the two-word particle "van den" read as part of a name)
  it("zoek me op via google / Pieter / van den Bosch / monteur Utrecht", () =>
    expect(replayCaught(["zoek me op via google", "Pieter", "van den Bosch", "monteur Utrecht"], ["Pieter", "van den Bosch"])).toBe(true));
  // not flagged
  it.fails("số em nè / không chín / tám tám năm năm năm / một hai ba", () =>
    expect(replayCaught(["số em nè", "không chín", "tám tám năm năm năm", "một hai ba"], ["không chín", "tám tám năm năm năm", "một hai ba"])).toBe(true),
  );
});
