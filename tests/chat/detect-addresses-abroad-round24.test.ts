// Issue 13 round 24: street addresses and post-office boxes written in the forms of other countries
// (streets-abroad.ts, and the glued types and lettered bags of address.ts): a street type of another
// language before or after the name, Cyrillic and Greek street words, the unit markers of blocks of
// flats, post-office boxes in other languages, Japanese, Chinese and Korean block numbering, a
// postcode and town before the street. Sentences written for this file, not taken from the corpus.
// The innocents are their neighbours: part and order numbers, prices "pr." a unit, a saint, a car
// park's levels and gates, a torque or a manual's step, a famous avenue named without a number.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("addresses abroad (round 24)", () => {
  it.each([
    // 1. TYPE-FIRST
    ["Romanian strada", "masina e la Str. Avram Iancu nr. 12, Brașov, vino dupa 5", "Str. Avram Iancu nr. 12, Brașov"],
    ["Romanian bulevard", "sunt pe Bd. Unirii 33, bl. A2, ap. 7", "Bd. Unirii 33, bl. A2, ap. 7"],
    ["Ukrainian вул. with flat", "приїжджайте: вул. Липова 17, кв. 4, Житомир", "вул. Липова 17, кв. 4"],
    ["Russian ул. with д.", "забирайте машину: ул. Садовая, д. 5, кв. 12", "ул. Садовая, д. 5, кв. 12"],
    ["Ukrainian transliterated", "I'm at vul. Franka 21, Ternopil, the grey Skoda", "vul. Franka 21, Ternopil"],
    ["Bulgarian бул.", "колата е на бул. Витоша 64, София", "бул. Витоша 64"],
    ["Greek οδός", "το αυτοκίνητο είναι στην οδός Ερμού 15, Αθήνα", "Ερμού 15"],
    ["Greek Λεωφ.", "φέρτε το στη Λεωφ. Συγγρού 120", "Λεωφ. Συγγρού 120"],
    ["Hebrew רחוב", "תביא את הרכב לרחוב ז'בוטינסקי 12 בבקשה", "12"],
    ["Indonesian Jl.", "bengkel saya di Jl. Gatot Subroto No. 8, Medan", "Jl. Gatot Subroto No. 8, Medan"],
    ["Malay Jalan", "rumah saya Jalan Ampang 45, Kuala Lumpur", "Jalan Ampang 45"],
    ["Malay number first", "bengkel kat 27 Jalan Tun Razak, datang petang", "27 Jalan Tun Razak"],
    ["a Gulf villa after the street", "Al Wasl Rd, villa 18, the white gate", "Al Wasl Rd, villa 18"],
    ["Czech nám.", "auto stojí na nám. Svobody 9, Brno", "nám. Svobody 9, Brno"],
    // 2. TYPE-AFTER
    ["Latvian iela", "car is at Lāčplēša iela 27, Rīga, blue gate", "Lāčplēša iela 27, Rīga"],
    ["Lithuanian gatvė", "paimkite iš Vilniaus gatvė 31, Kaunas", "Vilniaus gatvė 31, Kaunas"],
    ["Lithuanian pr. with a town", "Laisvės pr. 60, Kaunas — I'll leave the keys", "Laisvės pr. 60, Kaunas"],
    ["Estonian mnt", "auto on Pärnu mnt 41-8, Tallinn", "Pärnu mnt 41-8, Tallinn"],
    ["Estonian tänav", "tule Tartu tänav 12, hoovis", "Tartu tänav 12"],
    ["Hungarian utca", "Petőfi utca 9, Debrecen, csengess", "Petőfi utca 9, Debrecen"],
    ["Hungarian postcode first", "1052 Budapest, Deák tér 3. ott vagyok", "1052 Budapest, Deák tér 3"],
    ["Hungarian floor and door", "Rákóczi út 44. 3/12, Szeged", "Rákóczi út 44. 3/12, Szeged"],
    ["Turkish Cad. No:", "arabayı Bağdat Cad. No: 210, Kadıköy adresine getir", "Bağdat Cad. No: 210, Kadıköy"],
    ["Turkish sokak", "Gül sokak 7, İzmir, kapıda bekliyorum", "Gül sokak 7"],
    ["Norwegian gate", "bilen står i Thorvald Meyers gate 40, Oslo", "Thorvald Meyers gate 40, Oslo"],
    ["Swedish vägen", "hämta den på Kungs vägen 14, Uppsala", "Kungs vägen 14"],
    ["German separate Straße", "Abholung: Berliner Straße 17, Potsdam", "Berliner Straße 17, Potsdam"],
    ["Slovene cesta", "Dunajska cesta 56, Ljubljana, pridite popoldne", "Dunajska cesta 56, Ljubljana"],
    ["English type, number after", "Ben Yehuda St 112, Tel Aviv. i'm home all day", "Ben Yehuda St 112, Tel Aviv"],
    // glued types
    ["Finnish -ntie glued", "auto on Hämeentie 33, Helsinki", "Hämeentie 33"],
    ["Finnish -katu glued", "tuo se Aleksanterinkatu 21:een", "Aleksanterinkatu 21"],
    ["Dutch -gracht glued", "de auto staat op Keizersgracht 411", "Keizersgracht 411"],
    // 3. BLOCK-FLAT
    ["Romanian block chain", "bl. M7, sc. B, et. 3, ap. 42, vino sus", "bl. M7, sc. B, et. 3, ap. 42"],
    ["Bulgarian вх. ап.", "бл. 105, вх. А, ап. 9, Люлин", "бл. 105, вх. А, ап. 9"],
    ["Ukrainian кв. під'їзд", "кв. 17, під'їзд 2, дзвоніть", "кв. 17, під'їзд 2"],
    ["French immeuble appt", "Immeuble 12, appt 4, Résidence Les Pins, Casablanca", "Immeuble 12, appt 4"],
    ["Colombian apto torre", "Torre 5, Apto 1102, conjunto Los Cerezos", "Torre 5, Apto 1102"],
    ["English entrance and flat", "entrance 3, flat 56 — the car's by the bins", "entrance 3, flat 56"],
    // 4. EAST-ASIAN
    // 5. BOX-ABROAD
    ["Romanian căsuța poștală", "trimiteți piesa la căsuța poștală 45, Iași", "căsuța poștală 45, Iași"],
    ["Hebrew ת.ד.", "שלחו לת.ד. 812 חיפה", "812"],
    ["Polish skrytka", "wyślij na skrytka pocztowa 301, 31-000 Kraków", "skrytka pocztowa 301, 31-000 Kraków"],
    ["Hungarian postafiók", "küldje a postafiók 77, Pécs címre", "postafiók 77, Pécs"],
    ["Russian а/я", "высылайте на а/я 118, Казань", "а/я 118"],
    ["Canadian case postale", "envoyez à case postale 902, Sherbrooke", "case postale 902, Sherbrooke"],
    ["P.O.Box glued", "send the invoice to P.O.Box 4471, Nairobi", "P.O.Box 4471, Nairobi"],
    ["Private Bag with a letter", "courier it to Private Bag X12, Pretoria", "Private Bag X12"],
    // 4. JAPANESE (a city or ward, then three numbers or chome and block)
    ["Japanese chome", "車は 横浜市中区山下町2-14-5 にあります", "横浜市中区山下町2-14-5"],
    ["Japanese 丁目番号", "東京都新宿区西新宿2丁目8番1号 まで来てください", "西新宿2丁目8番1号"],
    // 6. ALLEY
    ["Vietnamese hẻm", "xe ở hẻm 212 Lê Văn Sỹ, quận 3", "hẻm 212 Lê Văn Sỹ"],
  ])("%s: %j is caught and %j hidden", (_kind, text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  // Chinese and Korean numbering was cut after round 24's review (its shapes read "我知道3号缸", "检查了线路2号插头",
  // "교환시 합성유로 5리터" as addresses): gaps.
  it.fails.each([
    ["Chinese 路号", "车在上海市徐汇区衡山路12号", "衡山路12号"],
    ["Korean 로", "서울시 마포구 월드컵로 240 으로 오세요", "월드컵로 240"],
  ])("cut, missed: %s: %j hides %j", (_kind, text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.each([
    // part, order and model numbers
    "Renault part 7701 208 174, the dealer has it",
    "Comanda nr. 47 a sosit, plăcuțele sunt bune",
    "Bestellung nr. 12 ist da, die Bremsscheiben für den Golf",
    "Hyundai Str. 2 kit costs 300",
    // "pr." a price's per, a unit, a torque
    "Castrol pr. 9 lei, Total pr. 8 lei",
    "olje koster 450 kr pr. 4 liter",
    "the garage on Main St, house 2 doors down from the bakery, did the timing belt",
    "Pf. 12 Nm tightening torque on the caliper",
    // a saint, a shop's name
    "the St Christopher 45 medallion fell behind the dash",
    "I took it to St Mary's 3 times for the MOT",
    // car parks, gates, floors in repair talk
    "parking is on level 3, tower 2, bay 14",
    "entrance 2, level 3 of the hospital car park, by the lifts",
    "Kat 3 of the multi-storey, the red Astra, that's where it died",
    "Airport gate 5 is where I left the hire car",
    "loading gate 3 at the depot, the forklift hit the bumper",
    "fuse 15, relay 3, floor 2 of the garage",
    // a manual's steps and a firing order
    "torque is 25 Nm, sc. 4 of the manual, then ap. 2 turns",
    "the 2-1-3 firing order on the Kawasaki",
    "部品番号 3-8-12 を注文しました",
    "区間タイム1-2-3位でした",
    "市内で2-3-4回エンストしました",
    "市販プラグ1-2-3番を試した",
    // famous avenues and streets named without a house number, or with a distance or a time
    "We drove down Andrássy út yesterday and the clutch slipped",
    "Nevsky prospekt was jammed so the engine overheated",
    "the Λεωφ. Κηφισίας is always jammed in the morning",
    "вул. Хрещатик відома, але ремонт там дорогий",
    "Váci út 18 km from here, the garage is near",
    "Herzl St 45 minutes away, too far for me",
    "Jalan 5 km lagi ada bengkel",
    // a dealer named in a repair's history, its street without a comma and town (round 20's review)
    "Die Kupplung wurde im Autohaus in der Leipziger Straße 40 in Halle gewechselt",
    // English floors and levels count for no unit of a flat
    "Subaru flat 4, level 2 service booked for next week",
    // a box refused, a box of parts
    "Case postale? non, je ne l'ai pas",
    "the serial on the box reads 4471, Bosch",
  ])("innocent %j stays clean", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
