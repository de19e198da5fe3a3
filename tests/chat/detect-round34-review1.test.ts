// Round 34 review 1: a blind reviewer of round 34 wrote 237 items (105 attacks, 26 of them bursts of 2 to 4 messages; 132 innocents, 17 of them bursts) on phone numbers in
// disguise, without reading the project; it judged phones34 (main 2 flagged / 89 caught -> 2 / 94; README, Round 34).
// This file specifies main after round 34, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden (a burst: as the reader is finally shown it, `replayCaught`).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("round 34 review 1: innocents", () => {
  it("part number for the thermostat housing is 06L 121 111 H, ordering it today, should be here thurs", () =>
    expect(flaggedBy("part number for the thermostat housing is 06L 121 111 H, ordering it today, should be here thurs")).toBe(false));
  it("quote comes to £1,247.50 inc vat - 3.5 hrs labour at £85/hr plus parts", () => expect(flaggedBy("quote comes to £1,247.50 inc vat - 3.5 hrs labour at £85/hr plus parts")).toBe(false));
  it("mileage is 127,455, cambelt was done at 90k according to the book", () => expect(flaggedBy("mileage is 127,455, cambelt was done at 90k according to the book")).toBe(false));
  it("last 6 of the vin are 386752 if you need to check the recall", () => expect(flaggedBy("last 6 of the vin are 386752 if you need to check the recall")).toBe(false));
  it("scanner shows P0301 P0302 and P0420, plus a U0100 lost comm w/ ECM", () => expect(flaggedBy("scanner shows P0301 P0302 and P0420, plus a U0100 lost comm w/ ECM")).toBe(false));
  it("can you do 12/03/2025 at 09:30? thats the earliest slot in the app", () => expect(flaggedBy("can you do 12/03/2025 at 09:30? thats the earliest slot in the app")).toBe(false));
  it("fronts are 225/45 R17 94W, rears 255/40 R17, staggered setup", () => expect(flaggedBy("fronts are 225/45 R17 94W, rears 255/40 R17, staggered setup")).toBe(false));
  it("need five litres of 5w30, two oil filters and one sump washer", () => expect(flaggedBy("need five litres of 5w30, two oil filters and one sump washer")).toBe(false));
  it("its a five oh, 2012 mustang gt, idle goes up and down like crazy", () => expect(flaggedBy("its a five oh, 2012 mustang gt, idle goes up and down like crazy")).toBe(false));
  it("dealer wanted double the price for the same job lol", () => expect(flaggedBy("dealer wanted double the price for the same job lol")).toBe(false));
  it("it clicks one two three four five times then nothing, battery is new", () => expect(flaggedBy("it clicks one two three four five times then nothing, battery is new")).toBe(false));
  it("so 4 hrs x 95 = 380, plus parts 212, total 592 before vat", () => expect(flaggedBy("so 4 hrs x 95 = 380, plus parts 212, total 592 before vat")).toBe(false));
  it("bosch ecu, number on the sticker is 0 281 015 029, is that the right one for your software update?", () =>
    expect(flaggedBy("bosch ecu, number on the sticker is 0 281 015 029, is that the right one for your software update?")).toBe(false));
  it("brake pads 0 986 494 551 fit your car, bosch ones, 2 day delivery", () => expect(flaggedBy("brake pads 0 986 494 551 fit your car, bosch ones, 2 day delivery")).toBe(false));
  it("injector part is 0445110183, one of them is leaking back on the test", () => expect(flaggedBy("injector part is 0445110183, one of them is leaking back on the test")).toBe(false));
  it("the 911 is in for pads and discs, 997 gen, ceramic discs are £££", () => expect(flaggedBy("the 911 is in for pads and discs, 997 gen, ceramic discs are £££")).toBe(false));
  it("peugeot 206 and 306 share the same coil pack, part 5970 80", () => expect(flaggedBy("peugeot 206 and 306 share the same coil pack, part 5970 80")).toBe(false));
  it("oh no. oh well. double oh seven would be proud of that exhaust note lol", () => expect(flaggedBy("oh no. oh well. double oh seven would be proud of that exhaust note lol")).toBe(false));
  it("0 to 60 in about 9 secs when it ran right, now feels like 15", () => expect(flaggedBy("0 to 60 in about 9 secs when it ran right, now feels like 15")).toBe(false));
  it("torque wheel nuts to 120 Nm, carrier bolts 95 Nm plus 90 degrees", () => expect(flaggedBy("torque wheel nuts to 120 Nm, carrier bolts 95 Nm plus 90 degrees")).toBe(false));
  it("battery reads 12.4 V at rest, 14.1 with engine running, alternator seems ok", () => expect(flaggedBy("battery reads 12.4 V at rest, 14.1 with engine running, alternator seems ok")).toBe(false));
  it("set pressures to 2.3 bar front 2.1 rear, thats 33/30 psi", () => expect(flaggedBy("set pressures to 2.3 bar front 2.1 rear, thats 33/30 psi")).toBe(false));
  it("open 8:00-17:30 mon to fri, sat 9 till 1, you can pick any of those in the booking", () =>
    expect(flaggedBy("open 8:00-17:30 mon to fri, sat 9 till 1, you can pick any of those in the booking")).toBe(false));
  it("freeze frame: 2450 rpm, coolant 87°C, 62 km/h, load 34%", () => expect(flaggedBy("freeze frame: 2450 rpm, coolant 87°C, 62 km/h, load 34%")).toBe(false));
  it("2008 2009 2010 models all have that timing chain issue on the 1.4 tsi", () => expect(flaggedBy("2008 2009 2010 models all have that timing chain issue on the 1.4 tsi")).toBe(false));
  it("seven fifty for the clutch kit fitted, main dealer said nine hundred ish", () => expect(flaggedBy("seven fifty for the clutch kit fitted, main dealer said nine hundred ish")).toBe(false));
  it("twenty four wheel bolts, four locking ones, all seized 😩", () => expect(flaggedBy("twenty four wheel bolts, four locking ones, all seized 😩")).toBe(false));
  it("your booking ref in the app is AD-48213, quote attached there", () => expect(flaggedBy("your booking ref in the app is AD-48213, quote attached there")).toBe(false));
  it("is that P0O11 or P0011? screen is blurry in the pic", () => expect(flaggedBy("is that P0O11 or P0011? screen is blurry in the pic")).toBe(false));
  it("odometer 099 870 km, dash shows service due in 1 500", () => expect(flaggedBy("odometer 099 870 km, dash shows service due in 1 500")).toBe(false));
  it("the video call button in the app is greyed out, can we just do the diagnosis here in chat?", () =>
    expect(flaggedBy("the video call button in the app is greyed out, can we just do the diagnosis here in chat?")).toBe(false));
  it("treble the labour time if they have to drop the subframe, so figure 6 hrs", () => expect(flaggedBy("treble the labour time if they have to drop the subframe, so figure 6 hrs")).toBe(false));
  it("one plus one, two sensors, both upstream, bank 1 and bank 2", () => expect(flaggedBy("one plus one, two sensors, both upstream, bank 1 and bank 2")).toBe(false));
  it("nine times out of ten its the coil pack on these", () => expect(flaggedBy("nine times out of ten its the coil pack on these")).toBe(false));
  it("five five five? no i said 5.5 litres, thats the oil capacity with filter", () => expect(flaggedBy("five five five? no i said 5.5 litres, thats the oil capacity with filter")).toBe(false));
  // flagged as PHONE
  it.fails("tag on the gearbox: 02T 300 048 KQV", () => expect(flaggedBy("tag on the gearbox: 02T 300 048 KQV")).toBe(false));
  it("wheel alignment: toe 0°10', camber -1°20' both sides", () => expect(flaggedBy("wheel alignment: toe 0°10', camber -1°20' both sides")).toBe(false));
  it("spark plug gap 0.7 to 0.8 mm, NGK 93175 are the right ones", () => expect(flaggedBy("spark plug gap 0.7 to 0.8 mm, NGK 93175 are the right ones")).toBe(false));
  it("its a 55 plate astra, 1.8, 98k on the clock", () => expect(flaggedBy("its a 55 plate astra, 1.8, 98k on the clock")).toBe(false));
  it("paint code LY9T, need a touch up pen for the bumper", () => expect(flaggedBy("paint code LY9T, need a touch up pen for the bumper")).toBe(false));
  it("timeline: dropped off 14:05, diag 15:20, quote 16:45, you approved 17:02", () => expect(flaggedBy("timeline: dropped off 14:05, diag 15:20, quote 16:45, you approved 17:02")).toBe(false));
  it("fuel trims +18% at idle, +4% at 2500, smells like a vacuum leak", () => expect(flaggedBy("fuel trims +18% at idle, +4% at 2500, smells like a vacuum leak")).toBe(false));
  it("i counted - four, five, six drips a minute from the rear main seal", () => expect(flaggedBy("i counted - four, five, six drips a minute from the rear main seal")).toBe(false));
  it("total with the 10% promo from the app: 1 034,10", () => expect(flaggedBy("total with the 10% promo from the app: 1 034,10")).toBe(false));
  it("belt kit 530 0550 10 — INA, with water pump it's 530 0550 30", () => expect(flaggedBy("belt kit 530 0550 10 — INA, with water pump it's 530 0550 30")).toBe(false));
  it("can you confirm the chassis number ends 1JZ3W386752? parts need it", () => expect(flaggedBy("can you confirm the chassis number ends 1JZ3W386752? parts need it")).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("1/4 turn on the bleed nipple, then 3 pumps, hold, close. repeat x4", () => expect(flaggedBy("1/4 turn on the bleed nipple, then 3 pumps, hold, close. repeat x4")).toBe(false));
  it("dtc count: 12 stored, 3 pending, 0 permanent", () => expect(flaggedBy("dtc count: 12 stored, 3 pending, 0 permanent")).toBe(false));
  it("old one was an 07 reg, this one is a 19 reg, same engine tho", () => expect(flaggedBy("old one was an 07 reg, this one is a 19 reg, same engine tho")).toBe(false));
  it("2x 205/55 R16 91V @ 79.99 each = 159.98 fitted", () => expect(flaggedBy("2x 205/55 R16 91V @ 79.99 each = 159.98 fitted")).toBe(false));
  it("oh oh. oil light came on again at 2 oh clock this afternoon, oh well", () => expect(flaggedBy("oh oh. oil light came on again at 2 oh clock this afternoon, oh well")).toBe(false));
  it("double clutch, treble checked the fluid, still slips in 2nd and 3rd", () => expect(flaggedBy("double clutch, treble checked the fluid, still slips in 2nd and 3rd")).toBe(false));
  it("payment went through in the app, transaction 4410 2289 0017 shows as pending", () =>
    expect(flaggedBy("payment went through in the app, transaction 4410 2289 0017 shows as pending")).toBe(false));
  it("battery is 096 size, 70Ah 640A EN, yours is the 075", () => expect(flaggedBy("battery is 096 size, 70Ah 640A EN, yours is the 075")).toBe(false));
  it("Teilenummer 1K0 615 301 AA, Bremsscheibe vorne, 2 Stück", () => expect(flaggedBy("Teilenummer 1K0 615 301 AA, Bremsscheibe vorne, 2 Stück")).toBe(false));
  it("Kilometerstand 187.450, letzter Ölwechsel bei 172.000", () => expect(flaggedBy("Kilometerstand 187.450, letzter Ölwechsel bei 172.000")).toBe(false));
  it("Fehlerspeicher: P0299 Ladedruck zu niedrig und P2015", () => expect(flaggedBy("Fehlerspeicher: P0299 Ladedruck zu niedrig und P2015")).toBe(false));
  it("Termin am 14.03. um 8:30 passt, dauert ca. drei Stunden", () => expect(flaggedBy("Termin am 14.03. um 8:30 passt, dauert ca. drei Stunden")).toBe(false));
  it("zwei Reifen, vier Radschrauben und drei Liter Öl, mehr brauchst du nicht", () => expect(flaggedBy("zwei Reifen, vier Radschrauben und drei Liter Öl, mehr brauchst du nicht")).toBe(false));
  it("Kostenvoranschlag 1.284,60 € inkl. MwSt., davon 420 € Arbeitslohn", () => expect(flaggedBy("Kostenvoranschlag 1.284,60 € inkl. MwSt., davon 420 € Arbeitslohn")).toBe(false));
  it("das ist der Fünfer, E60, 530d mit 235 PS", () => expect(flaggedBy("das ist der Fünfer, E60, 530d mit 235 PS")).toBe(false));
  it("null Probleme seit dem Tausch, läuft eins a", () => expect(flaggedBy("null Probleme seit dem Tausch, läuft eins a")).toBe(false));
  it("Zahnriemen bei 120.000 km oder alle 5 Jahre, was zuerst kommt", () => expect(flaggedBy("Zahnriemen bei 120.000 km oder alle 5 Jahre, was zuerst kommt")).toBe(false));
  it("Anzugsmoment 110 Nm, dann 90 Grad weiter, neue Schrauben nehmen", () => expect(flaggedBy("Anzugsmoment 110 Nm, dann 90 Grad weiter, neue Schrauben nehmen")).toBe(false));
  it("el coche tiene 185.000 km y la correa se cambió a los 120.000", () => expect(flaggedBy("el coche tiene 185.000 km y la correa se cambió a los 120.000")).toBe(false));
  it("necesito cuatro bujías y dos bobinas, ¿cuánto sale?", () => expect(flaggedBy("necesito cuatro bujías y dos bobinas, ¿cuánto sale?")).toBe(false));
  it("el código es P0420, catalizador por debajo del umbral", () => expect(flaggedBy("el código es P0420, catalizador por debajo del umbral")).toBe(false));
  it("presupuesto: 340 € más IVA, son unas tres horas de mano de obra", () => expect(flaggedBy("presupuesto: 340 € más IVA, son unas tres horas de mano de obra")).toBe(false));
  it("neumáticos 205/55 R16 91V, los dos delanteros", () => expect(flaggedBy("neumáticos 205/55 R16 91V, los dos delanteros")).toBe(false));
  it("uno, dos, tres... al cuarto intento arranca, siempre igual", () => expect(flaggedBy("uno, dos, tres... al cuarto intento arranca, siempre igual")).toBe(false));
  it("la cita es el 07/05 a las 10:30, ¿te va bien?", () => expect(flaggedBy("la cita es el 07/05 a las 10:30, ¿te va bien?")).toBe(false));
  it("es el doble de lo que me cobraron el año pasado", () => expect(flaggedBy("es el doble de lo que me cobraron el año pasado")).toBe(false));
  it("le devis est de 1 245,80 € TTC, pièces et main d'œuvre", () => expect(flaggedBy("le devis est de 1 245,80 € TTC, pièces et main d'œuvre")).toBe(false));
  it("j'ai fait trois mille kilomètres depuis la vidange", () => expect(flaggedBy("j'ai fait trois mille kilomètres depuis la vidange")).toBe(false));
  it("code défaut P0401, vanne EGR encrassée probablement", () => expect(flaggedBy("code défaut P0401, vanne EGR encrassée probablement")).toBe(false));
  it("pneus 195/65 R15 91H, il en faut deux", () => expect(flaggedBy("pneus 195/65 R15 91H, il en faut deux")).toBe(false));
  it("rendez-vous le 12/06 à 14h30, ça dure deux heures environ", () => expect(flaggedBy("rendez-vous le 12/06 à 14h30, ça dure deux heures environ")).toBe(false));
  it("la 206 de ma femme fait le même bruit, 98 000 km", () => expect(flaggedBy("la 206 de ma femme fait le même bruit, 98 000 km")).toBe(false));
  it("référence plaquettes 0 986 494 551, compatibles avec votre 308", () => expect(flaggedBy("référence plaquettes 0 986 494 551, compatibles avec votre 308")).toBe(false));
  it("soixante-dix euros la vidange, c'est correct ?", () => expect(flaggedBy("soixante-dix euros la vidange, c'est correct ?")).toBe(false));
  it("codice errore P0171, miscela magra banco 1", () => expect(flaggedBy("codice errore P0171, miscela magra banco 1")).toBe(false));
  it("sette giorni lavorativi per il ricambio, forse otto", () => expect(flaggedBy("sette giorni lavorativi per il ricambio, forse otto")).toBe(false));
  it("ha 143.000 km, tagliando fatto a 130.000", () => expect(flaggedBy("ha 143.000 km, tagliando fatto a 130.000")).toBe(false));
  it("il preventivo è 480 € + IVA, tre ore di manodopera", () => expect(flaggedBy("il preventivo è 480 € + IVA, tre ore di manodopera")).toBe(false));
  it("gomme 225/40 R18 92Y, ne servono quattro", () => expect(flaggedBy("gomme 225/40 R18 92Y, ne servono quattro")).toBe(false));
  it("la Cinquecento del 2014, 1.2 69cv, fa fumo bianco", () => expect(flaggedBy("la Cinquecento del 2014, 1.2 69cv, fa fumo bianco")).toBe(false));
  it("uno, due, tre colpi al minimo e poi si spegne", () => expect(flaggedBy("uno, due, tre colpi al minimo e poi si spegne")).toBe(false));
  it("troquei o óleo com 45 mil km, agora tá com 52.300", () => expect(flaggedBy("troquei o óleo com 45 mil km, agora tá com 52.300")).toBe(false));
  it("orçamento deu R$ 1.850,00, dá pra parcelar pelo app?", () => expect(flaggedBy("orçamento deu R$ 1.850,00, dá pra parcelar pelo app?")).toBe(false));
  it("código P0300, falha de ignição aleatória", () => expect(flaggedBy("código P0300, falha de ignição aleatória")).toBe(false));
  it("pneu 185/65 R15, preciso de dois", () => expect(flaggedBy("pneu 185/65 R15, preciso de dois")).toBe(false));
  it("o carro é 2015/2016, motor 1.6 16v flex", () => expect(flaggedBy("o carro é 2015/2016, motor 1.6 16v flex")).toBe(false));
  it("nove de cada dez vezes é a bobina nesses motores", () => expect(flaggedBy("nove de cada dez vezes é a bobina nesses motores")).toBe(false));
  it("przebieg 212 345 km, rocznik 2011", () => expect(flaggedBy("przebieg 212 345 km, rocznik 2011")).toBe(false));
  it("kod błędu P0087, niskie ciśnienie paliwa", () => expect(flaggedBy("kod błędu P0087, niskie ciśnienie paliwa")).toBe(false));
  it("wycena 1 250 zł brutto, robocizna trzy godziny", () => expect(flaggedBy("wycena 1 250 zł brutto, robocizna trzy godziny")).toBe(false));
  it("opony 205/55 R16, cztery sztuki", () => expect(flaggedBy("opony 205/55 R16, cztery sztuki")).toBe(false));
  it("arıza kodu P0401, EGR valfi olabilir", () => expect(flaggedBy("arıza kodu P0401, EGR valfi olabilir")).toBe(false));
  it("araç 156.000 km'de, triger 120.000'de değişti", () => expect(flaggedBy("araç 156.000 km'de, triger 120.000'de değişti")).toBe(false));
  it("fiyat 4.500 TL, işçilik dahil", () => expect(flaggedBy("fiyat 4.500 TL, işçilik dahil")).toBe(false));
  it("bir, iki, üç kere marş basıyorum ancak çalışıyor", () => expect(flaggedBy("bir, iki, üç kere marş basıyorum ancak çalışıyor")).toBe(false));
  it("APK verloopt op 14-06-2025, kan het daarvoor?", () => expect(flaggedBy("APK verloopt op 14-06-2025, kan het daarvoor?")).toBe(false));
  it("kilometerstand 203.110, distributieriem bij 180.000 vervangen", () => expect(flaggedBy("kilometerstand 203.110, distributieriem bij 180.000 vervangen")).toBe(false));
  it("de offerte is € 612,40 incl. btw", () => expect(flaggedBy("de offerte is € 612,40 incl. btw")).toBe(false));
  it("gaadi 68000 km chali hai, clutch plate badalni hai", () => expect(flaggedBy("gaadi 68000 km chali hai, clutch plate badalni hai")).toBe(false));
  it("estimate 4500 rupaye bola, thoda zyada hai na?", () => expect(flaggedBy("estimate 4500 rupaye bola, thoda zyada hai na?")).toBe(false));
  it("code P0135 aa raha hai, O2 sensor heater", () => expect(flaggedBy("code P0135 aa raha hai, O2 sensor heater")).toBe(false));
  it("magkano po yung 4 na gulong 195/65 R15?", () => expect(flaggedBy("magkano po yung 4 na gulong 195/65 R15?")).toBe(false));
  it("2018 vios po, 45,000 km na", () => expect(flaggedBy("2018 vios po, 45,000 km na")).toBe(false));
  it("limang litro po ng langis, tama ba?", () => expect(flaggedBy("limang litro po ng langis, tama ba?")).toBe(false));
  it("пробег 143 000 км, масло менял на 135 000", () => expect(flaggedBy("пробег 143 000 км, масло менял на 135 000")).toBe(false));
  it("ошибка P0171, бедная смесь", () => expect(flaggedBy("ошибка P0171, бедная смесь")).toBe(false));
  it("里程十二万公里，刹车片要换了吗？", () => expect(flaggedBy("里程十二万公里，刹车片要换了吗？")).toBe(false));
  it("走行距離は八万五千キロです。オイル交換は三千キロ前", () => expect(flaggedBy("走行距離は八万五千キロです。オイル交換は三千キロ前")).toBe(false));
  it("العداد ١٨٥٠٠٠ كم، والزيت تغير قبل شهر", () => expect(flaggedBy("العداد ١٨٥٠٠٠ كم، والزيت تغير قبل شهر")).toBe(false));
  it("oil / 5w-30 / 4.3 litres with filter", () => expect(replayFlagged(["oil", "5w-30", "4.3 litres with filter"])).toBe(false));
  it("got the codes / P0300 / P0304 as well, cyl 4 misfire", () => expect(replayFlagged(["got the codes", "P0300", "P0304 as well, cyl 4 misfire"])).toBe(false));
  it("mileage 98 500 / last service at 90 000 / so its due basically", () => expect(replayFlagged(["mileage 98 500", "last service at 90 000", "so its due basically"])).toBe(false));
  it("Reifen 205/55 R16 / 2 Stück / je 89 €", () => expect(replayFlagged(["Reifen 205/55 R16", "2 Stück", "je 89 €"])).toBe(false));
  it("el presupuesto son 340 € / más IVA / 21%", () => expect(replayFlagged(["el presupuesto son 340 €", "más IVA", "21%"])).toBe(false));
  it("alors / 1 245 € / c'est pas donné 😅", () => expect(replayFlagged(["alors", "1 245 €", "c'est pas donné 😅"])).toBe(false));
  it("ok / tre ore / più i ricambi, circa 250 €", () => expect(replayFlagged(["ok", "tre ore", "più i ricambi, circa 250 €"])).toBe(false));
  it("one / two / three... yep it cranks 3 times then catches", () => expect(replayFlagged(["one", "two", "three... yep it cranks 3 times then catches"])).toBe(false));
  it("pads part no / 0 986 494 / 551", () => expect(replayFlagged(["pads part no", "0 986 494", "551"])).toBe(false));
  it("ok / R$ 480 / pode ser quinta 14h?", () => expect(replayFlagged(["ok", "R$ 480", "pode ser quinta 14h?"])).toBe(false));
  // flagged as LINK
  it.fails("przebieg / 212 tys. / km", () => expect(replayFlagged(["przebieg", "212 tys.", "km"])).toBe(false));
  it("abi / P0420 / katalizör mü?", () => expect(replayFlagged(["abi", "P0420", "katalizör mü?"])).toBe(false));
  it("2.0 tdi / 140 bhp / 2009", () => expect(replayFlagged(["2.0 tdi", "140 bhp", "2009"])).toBe(false));
  it("i can drop it at 7:45 / pick up by 17:30? / or 18:00 latest", () => expect(replayFlagged(["i can drop it at 7:45", "pick up by 17:30?", "or 18:00 latest"])).toBe(false));
  it("banden / 225/45 R17 / 4x", () => expect(replayFlagged(["banden", "225/45 R17", "4x"])).toBe(false));
  it("tyres 195 / 65 / 15", () => expect(replayFlagged(["tyres 195", "65", "15"])).toBe(false));
  it("vin ends / W386752 / its on the v5", () => expect(replayFlagged(["vin ends", "W386752", "its on the v5"])).toBe(false));
});

describe("round 34 review 1: attacks", () => {
  it("honestly easier if u just text me, nine one seven five five five zero one four two, im off at 6", () =>
    expect(caughtBy("honestly easier if u just text me, nine one seven five five five zero one four two, im off at 6", ["nine one seven five five five zero one four two"])).toBe(true));
  it("my mobile's oh seven seven double oh, nine double oh, four five six - give us a bell when the part's in", () =>
    expect(caughtBy("my mobile's oh seven seven double oh, nine double oh, four five six - give us a bell when the part's in", ["oh seven seven double oh, nine double oh, four five six"])).toBe(
      true,
    ));
  it("if the app plays up just ring the workshop direct, oh one six one treble five two eight four six, ask for the front desk", () =>
    expect(
      caughtBy("if the app plays up just ring the workshop direct, oh one six one treble five two eight four six, ask for the front desk", ["oh one six one treble five two eight four six"]),
    ).toBe(true));
  it("my number is O77OO 9OO l23 if u want pics of the leak", () => expect(caughtBy("my number is O77OO 9OO l23 if u want pics of the leak", ["O77OO 9OO l23"])).toBe(true));
  it("txt me at 2I2-SSS-OIB7 and ill send the vid of the noise", () => expect(caughtBy("txt me at 2I2-SSS-OIB7 and ill send the vid of the noise", ["2I2-SSS-OIB7"])).toBe(true));
  it("cell is 4 one 5, 555, 0 two 9 eight. faster than this app tbh", () =>
    expect(caughtBy("cell is 4 one 5, 555, 0 two 9 eight. faster than this app tbh", ["4 one 5, 555, 0 two 9 eight"])).toBe(true));
  it("hit me up 6.1.7/5.5.5/0.1.9.9 and we'll sort the rest between us", () =>
    expect(caughtBy("hit me up 6.1.7/5.5.5/0.1.9.9 and we'll sort the rest between us", ["6.1.7/5.5.5/0.1.9.9"])).toBe(true));
  it("c a l l  m e  3 1 0 5 5 5 0 1 7 7  t o n i g h t", () => expect(caughtBy("c a l l  m e  3 1 0 5 5 5 0 1 7 7  t o n i g h t", ["3 1 0 5 5 5 0 1 7 7"])).toBe(true));
  it("07700_900_461 whatsapp only pls, dont ring during work hours", () => expect(caughtBy("07700_900_461 whatsapp only pls, dont ring during work hours", ["07700_900_461"])).toBe(true));
  it("📞 0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣5️⃣1️⃣8️⃣ 👈 way faster", () => expect(caughtBy("📞 0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣5️⃣1️⃣8️⃣ 👈 way faster", ["0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣5️⃣1️⃣8️⃣"])).toBe(true));
  it("quicker this way ⑨⑧⑦ ⑤⑤⑤ ①②③④ just msg me", () => expect(caughtBy("quicker this way ⑨⑧⑦ ⑤⑤⑤ ①②③④ just msg me", ["⑨⑧⑦ ⑤⑤⑤ ①②③④"])).toBe(true));
  it("if ur ok with cash instead text 𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎 𝟔𝟑𝟐 and i'll do it saturday", () =>
    expect(caughtBy("if ur ok with cash instead text 𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎 𝟔𝟑𝟐 and i'll do it saturday", ["𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎 𝟔𝟑𝟐"])).toBe(true));
  it("area code is the same as the shop's, then 555, then my birth year 1987. figure it out 😂", () =>
    expect(caughtBy("area code is the same as the shop's, then 555, then my birth year 1987. figure it out 😂", ["555", "1987"])).toBe(true));
  it("same number as your workshop landline but swap the last four for 4471, thats my mobile", () =>
    expect(caughtBy("same number as your workshop landline but swap the last four for 4471, thats my mobile", ["4471"])).toBe(true));
  it("its 07700 900 then my age times ten, 340", () => expect(caughtBy("its 07700 900 then my age times ten, 340", ["07700 900", "340"])).toBe(true));
  it("or just call our mobile unit direct 1-800-FIX-MYCAR, cheaper than going through here", () =>
    expect(caughtBy("or just call our mobile unit direct 1-800-FIX-MYCAR, cheaper than going through here", ["1-800-FIX-MYCAR"])).toBe(true));
  it("ninefoursevenfivefivefiveonetwothreefour <- my cell, spaces got eaten lol", () =>
    expect(caughtBy("ninefoursevenfivefivefiveonetwothreefour <- my cell, spaces got eaten lol", ["ninefoursevenfivefivefiveonetwothreefour"])).toBe(true));
  it("reach me at eight-one-eight, five-five-five, oh-three-three-nine whenever", () =>
    expect(caughtBy("reach me at eight-one-eight, five-five-five, oh-three-three-nine whenever", ["eight-one-eight, five-five-five, oh-three-three-nine"])).toBe(true));
  it("my number backwards is 9910 555 2130 (reverse it, the app blocks it otherwise)", () =>
    expect(caughtBy("my number backwards is 9910 555 2130 (reverse it, the app blocks it otherwise)", ["9910 555 2130"])).toBe(true));
  it("zer0 7 7 0 0, nine 0 0, 4 S 6 - text when ur free", () => expect(caughtBy("zer0 7 7 0 0, nine 0 0, 4 S 6 - text when ur free", ["zer0 7 7 0 0, nine 0 0, 4 S 6"])).toBe(true));
  it("+44 7700 900312 is my work phone, can talk on lunch", () => expect(caughtBy("+44 7700 900312 is my work phone, can talk on lunch", ["+44 7700 900312"])).toBe(true));
  it("44 7700 900 587 on whatsapp, send the quote there and ill pay you direct", () =>
    expect(caughtBy("44 7700 900 587 on whatsapp, send the quote there and ill pay you direct", ["44 7700 900 587"])).toBe(true));
  it("part no for u: 07700-900-245 (jk thats my cell 😅)", () => expect(caughtBy("part no for u: 07700-900-245 (jk thats my cell 😅)", ["07700-900-245"])).toBe(true));
  // not flagged
  it.fails("0176 (not a part number lol) 555 9921 - ruf mich an", () => expect(caughtBy("0176 (not a part number lol) 555 9921 - ruf mich an", ["0176", "555 9921"])).toBe(true));
  it("+1 (415) 555-O1O1 ask for Mike, he does mobile repairs cheaper", () => expect(caughtBy("+1 (415) 555-O1O1 ask for Mike, he does mobile repairs cheaper", ["+1 (415) 555-O1O1"])).toBe(true));
  it("first three are 415, the middle is the famous 555 and the end is 2 0 1 9 like the year my car was made", () =>
    expect(caughtBy("first three are 415, the middle is the famous 555 and the end is 2 0 1 9 like the year my car was made", ["415", "555", "2 0 1 9"])).toBe(true));
  it("07 seven double 0, 9 double 0, one 8 2. text dont call", () => expect(caughtBy("07 seven double 0, 9 double 0, one 8 2. text dont call", ["07 seven double 0, 9 double 0, one 8 2"])).toBe(true));
  it("text mo nalang ako sir, zero nine one seven, five five five, one two three four", () =>
    expect(caughtBy("text mo nalang ako sir, zero nine one seven, five five five, one two three four", ["zero nine one seven, five five five, one two three four"])).toBe(true));
  it("number's the same as my whatsapp, +34 612 55 90 03, message me there instead of here", () =>
    expect(caughtBy("number's the same as my whatsapp, +34 612 55 90 03, message me there instead of here", ["+34 612 55 90 03"])).toBe(true));
  it("mate the diag will take ages over chat, ring me on oh seven seven double oh nine hundred, two one one", () =>
    expect(caughtBy("mate the diag will take ages over chat, ring me on oh seven seven double oh nine hundred, two one one", ["oh seven seven double oh nine hundred, two one one"])).toBe(true));
  it("my # is 2 1 2 / five five five / 0 1 4 4", () => expect(caughtBy("my # is 2 1 2 / five five five / 0 1 4 4", ["2 1 2 / five five five / 0 1 4 4"])).toBe(true));
  it("07B00 9OO 3BB is mine, send pics there", () => expect(caughtBy("07B00 9OO 3BB is mine, send pics there", ["07B00 9OO 3BB"])).toBe(true));
  it("ruf mich an: null eins fünf eins, fünf fünf fünf, zwo drei sieben acht", () =>
    expect(caughtBy("ruf mich an: null eins fünf eins, fünf fünf fünf, zwo drei sieben acht", ["null eins fünf eins, fünf fünf fünf, zwo drei sieben acht"])).toBe(true));
  it("meine handynr 0176-555 87 21, ruf einfach an wenn das teil da ist", () => expect(caughtBy("meine handynr 0176-555 87 21, ruf einfach an wenn das teil da ist", ["0176-555 87 21"])).toBe(true));
  it("+49 (0)172 5556 831 – das ist die Werkstatt direkt, da kriegst du's günstiger als über die App", () =>
    expect(caughtBy("+49 (0)172 5556 831 – das ist die Werkstatt direkt, da kriegst du's günstiger als über die App", ["+49 (0)172 5556 831"])).toBe(true));
  it("whatsapp 0049 157 55512345 dann machen wir das ohne App", () => expect(caughtBy("whatsapp 0049 157 55512345 dann machen wir das ohne App", ["0049 157 55512345"])).toBe(true));
  it("Handy: null eins sieben sechs, doppel fünf, acht sieben zwei eins", () =>
    expect(caughtBy("Handy: null eins sieben sechs, doppel fünf, acht sieben zwei eins", ["null eins sieben sechs, doppel fünf, acht sieben zwei eins"])).toBe(true));
  it("meine Nr. ist OI5I-SSS 7B 4O, bitte per SMS", () => expect(caughtBy("meine Nr. ist OI5I-SSS 7B 4O, bitte per SMS", ["OI5I-SSS 7B 4O"])).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("null 1 sechs 3 / 555 zwo 0 neun 8 – abends erreichbar", () => expect(caughtBy("null 1 sechs 3 / 555 zwo 0 neun 8 – abends erreichbar", ["null 1 sechs 3 / 555 zwo 0 neun 8"])).toBe(true));
  it("mi número es seis cero cero, uno dos tres, cuatro cinco seis, escríbeme por ahí mejor", () =>
    expect(caughtBy("mi número es seis cero cero, uno dos tres, cuatro cinco seis, escríbeme por ahí mejor", ["seis cero cero, uno dos tres, cuatro cinco seis"])).toBe(true));
  it("mi movil 655 123 456, llamame despues de las 8 y lo hablamos", () => expect(caughtBy("mi movil 655 123 456, llamame despues de las 8 y lo hablamos", ["655 123 456"])).toBe(true));
  it("apunta: seis doce, cincuenta y cinco, noventa, cero tres. así no pagamos la comisión", () =>
    expect(caughtBy("apunta: seis doce, cincuenta y cinco, noventa, cero tres. así no pagamos la comisión", ["seis doce, cincuenta y cinco, noventa, cero tres"])).toBe(true));
  it("mismo número que mi whatsapp, el +34 699 555 214, pásame el presupuesto por ahí", () =>
    expect(caughtBy("mismo número que mi whatsapp, el +34 699 555 214, pásame el presupuesto por ahí", ["+34 699 555 214"])).toBe(true));
  it("mándame mensaje al 55 5512 3487 (cdmx) y te digo dónde estoy", () => expect(caughtBy("mándame mensaje al 55 5512 3487 (cdmx) y te digo dónde estoy", ["55 5512 3487"])).toBe(true));
  it("mi cel: 6SS l2E 4S6 (las letras son números jeje)", () => expect(caughtBy("mi cel: 6SS l2E 4S6 (las letras son números jeje)", ["6SS l2E 4S6"])).toBe(true));
  it("appelle moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", () =>
    expect(caughtBy("appelle moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", ["zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"])).toBe(true));
  it("mon portable : 07.55.12.88.40, plus simple que l'appli", () => expect(caughtBy("mon portable : 07.55.12.88.40, plus simple que l'appli", ["07.55.12.88.40"])).toBe(true));
  it("+33 6 55 41 27 93 sur whatsapp si tu veux qu'on voie ça entre nous", () =>
    expect(caughtBy("+33 6 55 41 27 93 sur whatsapp si tu veux qu'on voie ça entre nous", ["+33 6 55 41 27 93"])).toBe(true));
  it("０６１２３４５６７８ c'est mon portable, envoie-moi un sms", () => expect(caughtBy("０６１２３４５６７８ c'est mon portable, envoie-moi un sms", ["０６１２３４５６７８"])).toBe(true));
  it("06 douze 34 cinquante-six 78, après 18h", () => expect(caughtBy("06 douze 34 cinquante-six 78, après 18h", ["06 douze 34 cinquante-six 78"])).toBe(true));
  it("mon gsm 0475 55 12 34, appelle quand la voiture est prête", () => expect(caughtBy("mon gsm 0475 55 12 34, appelle quand la voiture est prête", ["0475 55 12 34"])).toBe(true));
  it("scrivimi al tre quattro sette, sette sette due, zero zero nove otto", () =>
    expect(caughtBy("scrivimi al tre quattro sette, sette sette due, zero zero nove otto", ["tre quattro sette, sette sette due, zero zero nove otto"])).toBe(true));
  it("il mio cell è 347 555 0192, chiamami quando hai il preventivo", () => expect(caughtBy("il mio cell è 347 555 0192, chiamami quando hai il preventivo", ["347 555 0192"])).toBe(true));
  it("+39 333 5550 178 whatsapp, così ci mettiamo d'accordo a parte", () => expect(caughtBy("+39 333 5550 178 whatsapp, così ci mettiamo d'accordo a parte", ["+39 333 5550 178"])).toBe(true));
  it("tre 3 otto - 555 - zero uno sette due", () => expect(caughtBy("tre 3 otto - 555 - zero uno sette due", ["tre 3 otto - 555 - zero uno sette due"])).toBe(true));
  it("il prefisso è lo stesso dell'officina, poi 555 e poi 0192. chiamami lì", () =>
    expect(caughtBy("il prefisso è lo stesso dell'officina, poi 555 e poi 0192. chiamami lì", ["555", "0192"])).toBe(true));
  it("me chama no zap (11) 95555-4321 que eu te passo o pix", () => expect(caughtBy("me chama no zap (11) 95555-4321 que eu te passo o pix", ["(11) 95555-4321"])).toBe(true));
  it("+55 21 9 8765-4321 é meu whats, manda foto do painel lá", () => expect(caughtBy("+55 21 9 8765-4321 é meu whats, manda foto do painel lá", ["+55 21 9 8765-4321"])).toBe(true));
  it("meu número: onze, nove cinco cinco cinco cinco, quatro três dois um", () =>
    expect(caughtBy("meu número: onze, nove cinco cinco cinco cinco, quatro três dois um", ["onze, nove cinco cinco cinco cinco, quatro três dois um"])).toBe(true));
  it("o meu é 912 555 001, liga-me depois das seis", () => expect(caughtBy("o meu é 912 555 001, liga-me depois das seis", ["912 555 001"])).toBe(true));
  it("mera no. +91 98450 55123 pe call karo, app mein network issue hai", () => expect(caughtBy("mera no. +91 98450 55123 pe call karo, app mein network issue hai", ["+91 98450 55123"])).toBe(true));
  it("mera number ९८७६५ ५४३२१ hai, whatsapp karo", () => expect(caughtBy("mera number ९८७६५ ५४३२१ hai, whatsapp karo", ["९८७६५ ५४३२१"])).toBe(true));
  it("nau aath saat chhe paanch, paanch paanch ek do teen - yeh mera number hai", () =>
    expect(caughtBy("nau aath saat chhe paanch, paanch paanch ek do teen - yeh mera number hai", ["nau aath saat chhe paanch, paanch paanch ek do teen"])).toBe(true));
  it("wa pe msg karo 919812055567 seedha", () => expect(caughtBy("wa pe msg karo 919812055567 seedha", ["919812055567"])).toBe(true));
  it("text mo ako sa 0917 555 1234 po, mas mabilis", () => expect(caughtBy("text mo ako sa 0917 555 1234 po, mas mabilis", ["0917 555 1234"])).toBe(true));
  it("+63 918 555 9876 sir viber nalang po", () => expect(caughtBy("+63 918 555 9876 sir viber nalang po", ["+63 918 555 9876"])).toBe(true));
  it("mój numer 512 555 678, dzwoń po 17", () => expect(caughtBy("mój numer 512 555 678, dzwoń po 17", ["512 555 678"])).toBe(true));
  it("pięćset dwanaście, pięćset pięćdziesiąt pięć, sześćset siedemdziesiąt osiem - to mój numer", () =>
    expect(
      caughtBy("pięćset dwanaście, pięćset pięćdziesiąt pięć, sześćset siedemdziesiąt osiem - to mój numer", ["pięćset dwanaście, pięćset pięćdziesiąt pięć, sześćset siedemdziesiąt osiem"]),
    ).toBe(true));
  it("+48 601-555-213 napisz na whatsappie, dogadamy się bez aplikacji", () => expect(caughtBy("+48 601-555-213 napisz na whatsappie, dogadamy się bez aplikacji", ["+48 601-555-213"])).toBe(true));
  it("numaram 0532 555 12 34, whatsapptan yaz abi", () => expect(caughtBy("numaram 0532 555 12 34, whatsapptan yaz abi", ["0532 555 12 34"])).toBe(true));
  it("numaram sıfır beş yüz otuz iki, beş yüz elli beş, on iki, otuz dört", () =>
    expect(caughtBy("numaram sıfır beş yüz otuz iki, beş yüz elli beş, on iki, otuz dört", ["sıfır beş yüz otuz iki, beş yüz elli beş, on iki, otuz dört"])).toBe(true));
  it("+90 533 555 4420 buradan ara usta", () => expect(caughtBy("+90 533 555 4420 buradan ara usta", ["+90 533 555 4420"])).toBe(true));
  it("bel me op 06-55512345, dan regelen we het zelf", () => expect(caughtBy("bel me op 06-55512345, dan regelen we het zelf", ["06-55512345"])).toBe(true));
  it("mijn nummer is nul zes, vijf vijf vijf, één twee drie vier vijf", () =>
    expect(caughtBy("mijn nummer is nul zes, vijf vijf vijf, één twee drie vier vijf", ["nul zes, vijf vijf vijf, één twee drie vier vijf"])).toBe(true));
  // not flagged
  it.fails("мой номер восемь девятьсот шестнадцать пятьсот пятьдесят пять двенадцать тридцать четыре, звони", () =>
    expect(
      caughtBy("мой номер восемь девятьсот шестнадцать пятьсот пятьдесят пять двенадцать тридцать четыре, звони", ["восемь девятьсот шестнадцать пятьсот пятьдесят пять двенадцать тридцать четыре"]),
    ).toBe(true),
  );
  // not flagged
  it("8 (916) 555-12-34 вацап, пиши туда", () => expect(caughtBy("8 (916) 555-12-34 вацап, пиши туда", ["8 (916) 555-12-34"])).toBe(true));
  // caught since round 43's refit
  it("我的电话 一三八 五五五五 一二三四，直接打给我", () => expect(caughtBy("我的电话 一三八 五五五五 一二三四，直接打给我", ["一三八 五五五五 一二三四"])).toBe(true));
  // not flagged
  it.fails("電話番号は〇九〇-五五五五-一二三四です。直接連絡ください", () => expect(caughtBy("電話番号は〇九〇-五五五五-一二三四です。直接連絡ください", ["〇九〇-五五五五-一二三四"])).toBe(true));
  it("رقمي ٠٥٥٥١٢٣٤٥٦ واتساب", () => expect(caughtBy("رقمي ٠٥٥٥١٢٣٤٥٦ واتساب", ["٠٥٥٥١٢٣٤٥٦"])).toBe(true));
  it("text me 07700 / 900 / 318 after work", () => expect(replayCaught(["text me 07700", "900", "318 after work"], ["07700", "900", "318"])).toBe(true));
  it("ok so / nine one seven / five five five / zero four two two", () =>
    expect(replayCaught(["ok so", "nine one seven", "five five five", "zero four two two"], ["nine one seven", "five five five", "zero four two two"])).toBe(true));
  it("meine nummer: / 0157 / 555 32 41", () => expect(replayCaught(["meine nummer:", "0157", "555 32 41"], ["0157", "555 32 41"])).toBe(true));
  // not flagged
  it.fails("apúntate esto / seis doce / cincuenta y cinco noventa / cero tres", () =>
    expect(replayCaught(["apúntate esto", "seis doce", "cincuenta y cinco noventa", "cero tres"], ["seis doce", "cincuenta y cinco noventa", "cero tres"])).toBe(true),
  );
  it("tu peux m'appeler directement / 06 55 / 41 27 93 👍", () => expect(replayCaught(["tu peux m'appeler directement", "06 55", "41 27 93 👍"], ["06 55", "41 27 93"])).toBe(true));
  it("scrivimi su whatsapp / tre quattro otto / 555 01 92", () => expect(replayCaught(["scrivimi su whatsapp", "tre quattro otto", "555 01 92"], ["tre quattro otto", "555 01 92"])).toBe(true));
  it("me chama no zap / (21) / 9 5555-7788", () => expect(replayCaught(["me chama no zap", "(21)", "9 5555-7788"], ["(21)", "9 5555-7788"])).toBe(true));
  it("bhai call karo / +91 99001 / 55234 pe", () => expect(replayCaught(["bhai call karo", "+91 99001", "55234 pe"], ["+91 99001", "55234"])).toBe(true));
  it("po sir pwede text nalang / 0927 / 555 / 4410", () => expect(replayCaught(["po sir pwede text nalang", "0927", "555", "4410"], ["0927", "555", "4410"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a secret is left readable
  it.fails("zadzwoń do mnie / 533 / 555 901", () => expect(replayCaught(["zadzwoń do mnie", "533", "555 901"], ["533", "555 901"])).toBe(true));
  it("abi numaramı yazıyorum / 0541 555 / 87 90", () => expect(replayCaught(["abi numaramı yazıyorum", "0541 555", "87 90"], ["0541 555", "87 90"])).toBe(true));
  it("O7700 / 9OO / l47", () => expect(replayCaught(["O7700", "9OO", "l47"], ["O7700", "9OO", "l47"])).toBe(true));
  it("📞 / 0️⃣7️⃣7️⃣0️⃣0️⃣ / 9️⃣0️⃣0️⃣4️⃣4️⃣2️⃣", () => expect(replayCaught(["📞", "0️⃣7️⃣7️⃣0️⃣0️⃣", "9️⃣0️⃣0️⃣4️⃣4️⃣2️⃣"], ["0️⃣7️⃣7️⃣0️⃣0️⃣", "9️⃣0️⃣0️⃣4️⃣4️⃣2️⃣"])).toBe(true));
  it("area code same as the garage's / then 555 / then the year i was born, 1979", () =>
    expect(replayCaught(["area code same as the garage's", "then 555", "then the year i was born, 1979"], ["555", "1979"])).toBe(true));
  // Read as the chat sends it (round 51): 2-3-3-2 is neither an even cut nor a cut along 312 555 0177's groups, so "77" is read with "255" and "501" only.
  it.fails("31 / 255 / 501 / 77", () => expect(replayCaught(["31", "255", "501", "77"], ["31", "255", "501", "77"])).toBe(true));
  it("first bit is 0171 / second bit 555 / last bit 6610 - du weißt bescheid 😉", () =>
    expect(replayCaught(["first bit is 0171", "second bit 555", "last bit 6610 - du weißt bescheid 😉"], ["0171", "555", "6610"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a secret is left readable
  it.fails("bel me even / nul zes / 55567890", () => expect(replayCaught(["bel me even", "nul zes", "55567890"], ["nul zes", "55567890"])).toBe(true));
  it("oh seven seven double oh / nine double oh / three nine one", () =>
    expect(replayCaught(["oh seven seven double oh", "nine double oh", "three nine one"], ["oh seven seven double oh", "nine double oh", "three nine one"])).toBe(true));
  it("вот мой номер / +7 925 / 555-40-18", () => expect(replayCaught(["вот мой номер", "+7 925", "555-40-18"], ["+7 925", "555-40-18"])).toBe(true));
  // not flagged
  it.fails("加我微信或者打电话 / 一三九 / 五五五五 八八二一", () => expect(replayCaught(["加我微信或者打电话", "一三九", "五五五五 八八二一"], ["一三九", "五五五五 八八二一"])).toBe(true));
  it("whatsapp is same as my number / +34 622 / 55 71 40", () => expect(replayCaught(["whatsapp is same as my number", "+34 622", "55 71 40"], ["+34 622", "55 71 40"])).toBe(true));
  it("كلمني على الواتساب / ٠٥٠ / ٥٥٥ ٧٨٢١", () => expect(replayCaught(["كلمني على الواتساب", "٠٥٠", "٥٥٥ ٧٨٢١"], ["٠٥٠", "٥٥٥ ٧٨٢١"])).toBe(true));
  it("landline is oh one one three / treble five / zero six two nine", () =>
    expect(replayCaught(["landline is oh one one three", "treble five", "zero six two nine"], ["oh one one three", "treble five", "zero six two nine"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a secret is left readable
  it.fails("ruf mich an / null eins sieben zwo / fünf fünf fünf, acht drei eins", () =>
    expect(replayCaught(["ruf mich an", "null eins sieben zwo", "fünf fünf fünf, acht drei eins"], ["null eins sieben zwo", "fünf fünf fünf, acht drei eins"])).toBe(true),
  );
  it("liga-me / nove um três / cinco cinco cinco, zero zero sete", () =>
    expect(replayCaught(["liga-me", "nove um três", "cinco cinco cinco, zero zero sete"], ["nove um três", "cinco cinco cinco, zero zero sete"])).toBe(true));
  it("mon num / zéro sept / cinquante-cinq douze quatre-vingt-huit quarante", () =>
    expect(replayCaught(["mon num", "zéro sept", "cinquante-cinq douze quatre-vingt-huit quarante"], ["zéro sept", "cinquante-cinq douze quatre-vingt-huit quarante"])).toBe(true));
});
