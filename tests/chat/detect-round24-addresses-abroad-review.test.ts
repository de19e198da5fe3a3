// Round 24 review (rev-addr24) of branch addr24: street addresses written in the forms of other
// countries (streets-abroad.ts, the glued types and lettered bags of address.ts). Sentences written
// by the reviewer. `it` holds on the branch; `it.fails` is a gap on the branch (an innocent
// flagged, an address missed), with the reason. Checked with the application's options (trained
// second stage), as the helpers run them. Main (for comparison): innocents 5 of 47 flagged, branch 43;
// attacks 3 of 53 caught on main, 7 on the branch. After addr24's tightening: innocents 6 of 47 flagged (five
// flagged on main too, one the workshop's own address, policy), attacks 7 of 53.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 24 review: innocent repair chat abroad stays clean", () => {
  it.each([
    "Vou ter 2 dias de folga, levo o carro na quinta",
    "Polecam filtry np. Mann 2 szt. na zapas",
    "Магазин запчастей в ТЦ Мега: корпус Б, вход 3, этаж 2, там дешевле",
    "He asked me for Str. Florilor nr. 8 but I told him we only do it through the app",
    // fixed on addr24 after the review:
    // glued -ntie: Garantie is no Finnish street
    "Die Batterie hat noch Garantie 2 Jahre, also kostenlos tauschen",
    // Dutch garantie: glued -ntie
    "Er zit garantie 6 maanden op de remmen, dus geen kosten",
    // Dutch vakantie: glued -ntie
    "Ik ben op vakantie 2 weken, de auto kan daarna pas binnen",
    // Italian pagata: glued -gata, no price check on the glued rule
    "la frizione l'ho pagata 350 euro dal meccanico di prima",
    // Italian allagata: glued -gata
    "l'auto è rimasta allagata 2 giorni in garage dopo il temporale",
    // Verkäufer: glued -ufer
    "Ich habe den Verkäufer 3 mal angerufen, keiner geht ran",
    // Italian alle (at o'clock) folded from Danish allé, a strong type
    "Domani alle 9 porto la macchina in officina per il tagliando",
    // Italian alle after a weekday
    "Passo Venerdì alle 10 a ritirare la Panda, va bene?",
    // German alle (every) 60 tkm
    "Zündkerzen alle 60 tkm wechseln, steht im Serviceheft",
    // Portuguese ter (to have) folded from Hungarian tér
    "Vai ter 3 peças em falta, o fornecedor avisou",
    // a square with 2 órára (for 2 hours)
    "A Széll Kálmán tér 2 órára ingyenes parkolás, ott álltam",
    // Turkish caddesi with saat (hours) after it
    "Bağdat Caddesi 2 saat trafik, motor hararet yaptı",
    // Estonian mnt with tundi (hours)
    "Tallinna mnt 2 tundi ummikus, mootor läks kuumaks",
    // Norwegian vei (way) with timer (hours)
    "Lang vei 2 timer hver vei, så jeg kommer på fredag",
    // Strømsveien 4 dekk: a count of tyres at a tyre shop
    "Dekkskift hos Vianor på Strømsveien 4 dekk for 2000 kr, billig",
    // Finnish -ntie with 3 lanes closed
    "Mannerheimintie 3 kaistaa suljettu, myöhästyn tunnin",
    // Bd. ... 7 zile în urmă (7 days ago)
    "Am schimbat uleiul la service-ul de pe Bd. Iuliu Maniu 7 zile în urmă",
    // вул. ... 3 години (3 hours)
    "На вул. Шевченка 3 години стояв у заторі, двигун перегрівся",
    // шоссе М4 2 часа: a motorway and hours
    "Ехал по шоссе М4 2 часа, потом мотор застучал",
    // Λεωφ. ... 2 ώρες (2 hours)
    "Στη Λεωφ. Αλεξάνδρας 2 ώρες κίνηση, ζεστάθηκε η μηχανή",
    // ברחוב הרצל 3 מוסכים: three garages
    "ברחוב הרצל 3 מוסכים סגורים היום, אז רק מחר",
    // a hospital: torre/escalera/piso are three kinds
    "Mi madre está en el hospital, torre B, escalera 3, piso 5, por eso no puedo hoy",
    // a hospital: bl./sc./et. are three kinds
    "Tata e internat la spital, bl. B, sc. 2, et. 4, salon 5, vin mâine după piesă",
    // a mall car park: torre/escalera/piso
    "El parking del centro comercial: torre 2, escalera B, piso 3, ahí quedó el coche",
    // 道 in 高速道路 and a range 1-2
    "高速道路で1-2時間渋滞して、エンジンが熱くなりました",
    // 町 in 町の修理工場 and a range 3-4 (days)
    "町の修理工場で3-4日かかると言われました",
    // 都 in ご都合 and 3-4 days
    "ご都合の良い日は3-4日後になります",
    // 市 in 市販 and 2-3 plugs
    "市販のプラグ2-3本で大丈夫です",
    // 道 in 知道 and cylinder 3号
    "我知道3号缸失火了，火花塞要换",
    // 路 in 线路 and connector 2号
    "检查了线路2号插头，接触不良",
    // 路 in 高速公路 and exit 5号
    "从高速公路5号出口下来就到4S店",
    // 교환시 (when replacing) ends in 시, 합성유로 (with synthetic oil) in 로
    "엔진오일 교환시 합성유로 5리터 들어갑니다",
    // 필요시 ends in 시, 고속도로 in 로
    "필요시 고속도로 1시간 달려서 갈게요",
    // p.p. 45: pages of a manual
    "see the workshop manual p.p. 45, the torque table",
    // Romanian negation (Nu vin) not recognised
    "Nu vin la Str. Lalelelor 5 azi, doar la atelier",
    // Jalan Tol 2 jam (toll road, 2 hours): clean since round 43's refit
    "Jalan Tol 2 jam macet total, mesinnya panas",
  ])("clean: %j", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.fails.each([
    ["Auf die Kupplung gibt es Garantie 12 Monate, steht auf der Rechnung", "Garantie 12 Monate (flagged on main too)"],
    ["Stock check: Oxford St 2, Regent St 0, both out of brake pads", "store stock per branch (flagged on main too)"],
    ["Leave the keys in the postbox 2 doors down if nobody is in", "postbox 2 doors down (flagged on main too)"],
    ["Our workshop is at Váci út 18, Budapest, book through the app", "the workshop's own public address (masked by design, as on main)"],
    ["Our workshop is at 45 Station Road, book through the app", "the workshop's own public address in English (flagged on main too, policy)"],
    ["Hosszú út 3 óra volt Győrig, a motor közben melegedett", "Hungarian út with hours (óra) after it, fixed on addr24; round 41's retrained stage: flags it as ADDRESS"],
    ["Pe Calea Moșilor 3 mașini s-au lovit azi, ocoliți zona", "Calea ... 3 mașini (3 cars): the rules leave it; round 43's refit: flags it as FULL_NAME"],
  ])("flagged on the branch: %j (%s)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("round 24 review: addresses abroad the rule should catch", () => {
  it.each([
    ["No. 12, Jalan SS2/24, Petaling Jaya, datang petang", "12, Jalan SS2/24"],
    ["Jl Merdeka no 5 RT 03 RW 04, Bandung", "Jl Merdeka no 5"],
    ["Herzl Street 45, apt 3, come by after 6", "Herzl Street 45"],
    ["bl 3 sc B ap 12 sector 4", "bl 3 sc B ap 12"],
    ["bloc 3 etaj 2 ap 12", "bloc 3 etaj 2 ap 12"],
    ["Vivo en Calle Mayor 12, portal 2, 3ºB", "Calle Mayor 12"],
    ["Blok 3, kat 2, daire 7, Ankara", "Blok 3, kat 2, daire 7"],
  ])("caught: %j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails.each([
    ["str. avram iancu nr 12, brasov, vino dupa 5", "avram iancu nr 12", "lower-case Romanian street name: NAME_WORD needs a capital"],
    ["sunt pe strada mihai eminescu 47, bloc 3", "mihai eminescu 47", "lower-case name after strada"],
    ["Mihai Eminescu 47, ap. 3, Pitești, sună la interfon", "Mihai Eminescu 47, ap. 3", "Romanian street without a type word, then a flat and a town"],
    ["ул садовая 5 кв 12, заходи", "садовая 5 кв 12", "lower-case Russian name after ул"],
    ["улица Ленина дом пять квартира двенадцать", "Ленина дом пять квартира двенадцать", "numbers spelled out in Russian"],
    ["вул.Шевченка,5 чекаю", "Шевченка,5", "no spaces, comma glued to the number"],
    ["odos ermou 15, athina, perimeno", "ermou 15", "Greeklish in lower case"],
    ["Ερμού 15, Αθήνα, σας περιμένω", "Ερμού 15", "Greek street without οδός (the common way), with a town"],
    ["הרצל 45 תל אביב, קומה 3 דירה 5", "הרצל 45", "Hebrew street without רחוב; קומה/דירה are no unit marks"],
    ["קומה 3 דירה 5, תעלה", "קומה 3 דירה 5", "Hebrew floor and flat (קומה, דירה) missing from the unit marks"],
    ["Gg. Mawar No. 3, Yogyakarta, rumah pagar hijau", "Gg. Mawar No. 3", "Indonesian Gang (Gg.) not a type"],
    ["Perum Griya Asri Blok C2 No. 15, Bekasi", "Blok C2 No. 15", "Indonesian housing estate Blok + No.: one unit only"],
    ["Vinohradská 12, Praha 2, zazvoňte", "Vinohradská 12", "Czech streets carry no type word"],
    ["Obchodná 15, Bratislava, druhé poschodie", "Obchodná 15", "Slovak street without a type word"],
    ["Ilica 45, Zagreb, treći kat, stan 7", "Ilica 45", "Croatian street without a type, kat/stan after a town"],
    ["brīvības iela 88-12, rīga", "brīvības iela 88-12", "lower-case Latvian"],
    ["brivibas 88-12, riga", "brivibas 88-12", "Latvian without iela and diacritics"],
    ["Gedimino pr. 9 - 14, ateikit vakare", "Gedimino pr. 9 - 14", "weak pr. without a town after"],
    ["Vilniaus g. 31-4, skambinkit", "Vilniaus g. 31-4", "weak g. without a town after (the usual Lithuanian form)"],
    ["Pärnu maanteel 22 elan, korter 5", "Pärnu maanteel 22", "Estonian inflected type (maanteel)"],
    ["Váci u. 18. 3/12, csengess", "Váci u. 18. 3/12", "weak u. without a town, even with floor/door 3/12"],
    ["Budapest, Váci u. 18, 2. emelet", "Váci u. 18", "town first without a postcode"],
    ["petőfi utca 9, debrecen", "petőfi utca 9", "lower-case Hungarian"],
    ["a Petőfi utcában lakom, 9-es szám", "Petőfi utcában", "Hungarian inflected type and the number later"],
    ["gül sokak no 7 daire 3 kadıköy", "gül sokak no 7", "lower-case Turkish"],
    ["Çiçek Sk. No: 5 D: 3", "Çiçek Sk. No: 5", "weak Sk. without a town"],
    ["Karl Johans gt. 5, 3. etasje", "Karl Johans gt. 5", "weak gt. with a genitive, no town"],
    ["渋谷1-2-3 に来てください", "渋谷1-2-3", "Japanese block numbers without 区/市 before"],
    ["神南一丁目二番三号まで来てください", "神南一丁目二番三号", "kanji numerals"],
    ["建国路八十八号，到了打电话", "建国路八十八号", "Chinese numerals"],
    ["小区5栋2单元301室，我在家", "5栋2单元301室", "Chinese building/unit/room chain (栋 单元 室)"],
    ["테헤란로 123 으로 오세요", "테헤란로 123", "Korean road without the district"],
    ["강남구 역삼동 123-45 로 와주세요", "역삼동 123-45", "Korean lot (dong + number) address"],
    ["số 12 ngõ 34 phố Huế, Hà Nội", "ngõ 34 phố Huế", "Hanoi ngõ + lower-case phố"],
    ["תא דואר 3391 חיפה", "3391", "תא דואר variant of the box"],
    ["skr. poczt. 56, Kraków", "skr. poczt. 56", "abbreviated Polish box"],
    ["а/с 45, Київ", "а/с 45", "Ukrainian а/с box"],
    ["кв-ра 12, под'езд 3", "кв-ра 12, под'езд 3", "кв-ра and под'езд spellings"],
    ["ul Długa 5 m 12 Gdańsk", "ul Długa 5 m 12", "Polish ul without a dot, m (mieszkanie)"],
  ])("missed: %j hides %j (%s)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // caught since round 41's retrained stage
  it.each([["123 Nguyễn Huệ, Quận 1, anh ghé nha", "123 Nguyễn Huệ", "number-first Vietnamese street with Quận"]])("caught: %j hides %j (%s)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // caught since round 43's refit
  it.each([
    ["lot 23 jln kebun bunga, kota bharu", "lot 23 jln kebun bunga", "lower-case Malay, lot before jln"],
    ["Herzl St 45 apt 3", "Herzl St 45", "weak St without a town, flat after it"],
    ["hẻm 58 nguyễn thị thập, quận 7", "hẻm 58 nguyễn thị thập", "lower-case Vietnamese"],
  ])("caught: %j hides %j (%s)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // caught since round 34 (address.ts reads "Apdo." and "Apdo. Postal" as a post-office box)
  it.each([["Apdo. Postal 1234, San José", "Apdo. Postal 1234", "Spanish Apdo. abbreviation"]])("caught: %j hides %j (%s)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // caught since round 56 (a lower-case "д." or "кв." ends no sentence, so the flat's mask reaches the street before it)
  it.each([["приезжай: Садовая д. 5 кв. 12", "Садовая д. 5 кв. 12", "name, д. and кв. without ул."]])("caught: %j hides %j (%s)", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.fails("missed: a street and its number split over two messages", () => {
    expect(replayCaught(["Str. Avram Iancu", "nr. 12, Brașov"], ["Avram Iancu", "12"])).toBe(true);
  });
});
