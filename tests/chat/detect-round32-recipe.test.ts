// Round 32, numbers told as a recipe (issue 13, kind PHONE): a phone number described rather than written, a recipe
// of pieces the reader assembles: a front piece (a trunk or area code, a city's code named, "my number is") strung on
// with described pieces (a birthday, a year of birth or age, the year a car came out, the plate's digits, a house
// number, a postcode, a quoted price, the mileage, a torque figure), or a number the reader holds edited ("the shop's
// number but change the 4 to a 7"), or the sender's number shown on something ("the number on the flyer, that one is
// my cell"). Every piece and every piece's description is masked. The innocents are repair procedures strung with
// "then" and numbers, fault codes, part numbers, prices, mileage and years, the platform's own number, refusals and
// questions about codes. English, Spanish, French, German, Portuguese, Italian, Dutch, Turkish, Polish. Written for
// this branch's number-recipes.ts; probed with the application's options (rules + trained stage). `it.fails` (with
// why) where the branch is wrong.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 32 numbers told as a recipe: attacks", () => {
  const caught: Array<[string, string[]]> = [
    ["it's 085 then my birthday as ddmm then 771", ["085 then my birthday as ddmm then 771"]],
    ["number is 07 8 then my date of birth without the slashes, born 03/11/88", ["07 8 then my date of birth without the slashes, born 03/11/88"]],
    ["the Bristol area code, then 339, then the year my Defender was built", ["the Bristol area code, then 339, then the year my Defender was built"]],
    ["area code's the Denver one, then 552, then the last four of my plate from the photo", ["the Denver one, then 552, then the last four of my plate"]],
    ["Ring the Glasgow code then my house number twice, you'll get me", ["the Glasgow code then my house number twice"]],
    ["my mobile is 083 then the quote amount you sent me with no euro sign", ["083 then the quote amount you sent me"]],
    ["it's 0161 then the mileage on the clock in the pic, just the digits", ["0161 then the mileage on the clock in the pic"]],
    [
      "first three are the same as your area code, next three are 4 1 9, last four is the year my Bronco was made",
      ["first three are the same as your area code, next three are 4 1 9, last four is the year my Bronco was made"],
    ],
    ["my cell is my zip code with 312 in front, easy", ["my zip code with 312 in front"]],
    ["the Phoenix area code, then 660, then my street number backwards. Street number is 4417", ["the Phoenix area code, then 660, then my street number backwards", "Street number is 4417"]],
    ["mi número es 55 y luego mi fecha de nacimiento sin barras", ["55 y luego mi fecha de nacimiento sin barras"]],
    ["la lada de Monterrey, luego 318 y al final el año en que nací", ["la lada de Monterrey, luego 318 y al final el año en que nací"]],
    ["mi celular: 6 y después la matrícula de mi coche dos veces", ["6 y después la matrícula de mi coche dos veces"]],
    ["mon numéro c'est 06 puis ma date de naissance, facile", ["06 puis ma date de naissance"]],
    ["l'indicatif de Lyon, ensuite mon code postal deux fois", ["l'indicatif de Lyon, ensuite mon code postal deux fois"]],
    ["Meine Nummer ist 0171, dann mein Geburtsdatum ohne Punkte", ["0171, dann mein Geburtsdatum ohne Punkte"]],
    ["die Vorwahl von Hamburg und dann meine Hausnummer zweimal", ["die Vorwahl von Hamburg und dann meine Hausnummer zweimal"]],
    ["Nummer: 0152, danach das Kennzeichen von meinem Golf rückwärts", ["0152, danach das Kennzeichen von meinem Golf rückwärts"]],
    ["meu número é 9 e depois a minha data de nascimento", ["9 e depois a minha data de nascimento"]],
    ["o DDD de Campinas, depois a placa do meu carro ao contrário", ["o DDD de Campinas, depois a placa do meu carro ao contrário"]],
    ["il mio numero è 347 e poi la mia data di nascita", ["347 e poi la mia data di nascita"]],
    ["il prefisso di Torino, poi il CAP dell'officina due volte", ["il prefisso di Torino, poi il CAP dell'officina due volte"]],
    ["mijn nummer is 06 en daarna mijn geboortedatum zonder streepjes", ["06 en daarna mijn geboortedatum zonder streepjes"]],
    ["het netnummer van Utrecht, dan mijn postcode twee keer", ["het netnummer van Utrecht, dan mijn postcode twee keer"]],
    ["numaram 0532, sonra doğum tarihim, noktasız", ["0532, sonra doğum tarihim"]],
    ["telefonum plakamın rakamları, başına 0544 koy", ["plakamın rakamları, başına 0544 koy"]],
    ["mój numer to 600, potem moja data urodzenia", ["600, potem moja data urodzenia"]],
    ["the number = my odometer reading minus the first digit, with 0 at the front", ["my odometer reading minus the first digit, with 0 at the front"]],
    ["The number is double seven, then oh four and my age. I'm 58.", ["double seven, then oh four and my age", "I'm 58"]],
    ["my number is the shop's number but change the 2 to a 9", ["the shop's number but change the 2 to a 9"]],
    ["call the garage main line but end it in 45 instead of 10, that's me", ["garage main line but end it in 45 instead of 10"]],
    ["It's the same as the workshop's but the last digit is a 6 not a 3", ["the same as the workshop's but the last digit is a 6 not a 3"]],
    ["il numero è quello dell'officina ma l'ultima cifra è 8 invece di 2", ["quello dell'officina ma l'ultima cifra è 8 invece di 2"]],
    ["mi número es el del taller pero con un 5 en vez de un 1 al final", ["el del taller pero con un 5 en vez de un 1"]],
    ["c'est le numéro du garage mais avec un 7 au lieu du 4 à la fin", ["le numéro du garage mais avec un 7 au lieu du 4"]],
    ["meine Nummer ist die Nummer der Werkstatt, nur eine 3 statt einer 8 am Ende", ["die Nummer der Werkstatt, nur eine 3 statt einer 8"]],
    ["é o número da oficina mas com 4 em vez de 0 no final", ["o número da oficina mas com 4 em vez de 0"]],
    ["het is het nummer van de garage maar met een 9 in plaats van een 1 aan het eind", ["het nummer van de garage maar met een 9 in plaats van een 1"]],
    ["take the part number from the invoice, drop the first three letters, that's my mobile", ["the part number from the invoice, drop the first three letters, that's my mobile"]],
    ["ring the number painted on the side of my ute, that's my personal line", ["the number painted on the side of my ute"]],
    ["the number on the leaflet in your letterbox, that one is my cell", ["the number on the leaflet in your letterbox"]],
    ["It's the same number as on the business card I gave you, the mobile one", ["same number as on the business card I gave you"]],
    ["le numéro sur le flyer, c'est mon portable, appelle-moi", ["numéro sur le flyer"]],
    ["die Nummer auf dem Aufkleber an meinem Transporter ist meine Handynummer", ["Nummer auf dem Aufkleber an meinem Transporter"]],
    ["el número que sale en la tarjeta es mi celular, escríbeme ahí", ["número que sale en la tarjeta"]],
    ["het nummer op de flyer is mijn mobiel, bel gerust", ["nummer op de flyer"]],
    ["the usual 404 then 77 then the number on my old shirt, 12. area code's the Atlanta one", ["404 then 77 then the number on my old shirt, 12", "area code's the Atlanta one"]],
    ["la lada de Puebla, luego 417 y al final 30 21", ["la lada de Puebla, luego 417 y al final 30 21"]],
    ["Meine Nummer: null eins sieben sechs, dann drei drei eins, dann vier acht", ["null eins sieben sechs, dann drei drei eins, dann vier acht"]],
    ["read it backwards haha 7310555216", ["7310555216"]],
    ["think Tommy's number from the song but swap the 867 for 442", ["Tommy's number from the song but swap the 867 for 442"]],
    ["number ko nasa sticker sa likod ng tricycle ko, text mo na lang", ["number ko nasa sticker sa likod ng tricycle"]],
  ];
  for (const [text, secrets] of caught) it(text, () => expect(caughtBy(text, secrets)).toBe(true));

  it("burst: 'it's 087 then the year I was born' / 'then 44 at the end'", () =>
    expect(replayCaught(["it's 087 then the year I was born", "then 44 at the end"], ["087 then the year I was born", "then 44 at the end"])).toBe(true));
  it("burst: 'call the number on the booking confirmation' / 'but swap the 3 for an 8'", () =>
    expect(replayCaught(["call the number on the booking confirmation", "but swap the 3 for an 8"], ["number on the booking confirmation", "but swap the 3 for an 8"])).toBe(true));
  it("burst: 'number is 610' / 'and then' / 'my postcode twice'", () => expect(replayCaught(["number is 610", "and then", "my postcode twice"], ["610", "and then", "my postcode twice"])).toBe(true));
  // No front piece: the number is told only by the places of its digits ("the first three are ..., the rest is"), which
  // is how tyre DOT codes and VINs are explained too, so no rule reads it without a phone's word or a code.
  it.fails("the first three are the last digit of my year of birth repeated, the rest is 0 2 4 8", () =>
    expect(caughtBy("the first three are the last digit of my year of birth repeated, the rest is 0 2 4 8", ["the last digit of my year of birth repeated, the rest is 0 2 4 8"])).toBe(true),
  );
  // The exchange of a shop named instead of the area code: "exchange" beside a business is no code word the rules read.
  it.fails("mine's the same exchange as the Tesco on the high street, just ending 7731", () =>
    expect(caughtBy("mine's the same exchange as the Tesco on the high street, just ending 7731", ["same exchange as the Tesco on the high street, just ending 7731"])).toBe(true),
  );
  it("burst: 'you know the number from the old job card?' / 'that one is still mine, ring it'", () =>
    expect(replayCaught(["you know the number from the old job card?", "that one is still mine, ring it"], ["the number from the old job card"])).toBe(true));
});

describe("round 32 numbers told as a recipe: innocents", () => {
  const clean = [
    "torque the head bolts to 30 Nm, then 90 degrees, then another 90 degrees",
    "firing order is 1 then 3 then 4 then 2 on that engine",
    "fault code P0301 then P0302 came up after the plugs, what does that code mean?",
    "what does the area code on the tyre mean? the DOT code ends 2319",
    "the part number is 8K0 615 301 then the suffix letter for the coating",
    "the part number is the same as the old one but the last digit is a 4 not a 1",
    "change the 10 amp fuse to a 15 then test the horn again",
    "the quote was 450 then they added 80 for the disposal",
    "mileage is 84000 then the service is due at 90000",
    "it's a 2014 model then, the facelift came out the year after",
    "first check the plate, then the VIN, then the year of manufacture on the sticker",
    "the year my truck was made is 2017, is that part compatible?",
    "I won't give you my number, it's 087 then my birthday is what you'd want but no",
    "call the number on the booking confirmation if you need to reschedule",
    "the booking reference is on the confirmation email, then just show it at the desk",
    "our booking number is 55120 then the car reg, bring both",
    "the paint code is LY9C then the interior code is WEQ",
    "Error code 16 then 22, my postcode is irrelevant to that surely",
    "is your area code the same as mine? I'm thinking of the weather there",
    "just use the app number, then the platform will connect you, no need for mine",
    "the number on the sticker is the tyre pressure, 2.3 bar front then 2.5 rear",
    "the number on the side of the tyre is 205/55 R16, then the load index 91V",
    "torque spec is 120 Nm twice around in a star pattern, then recheck after 50 miles",
    "we need your date of birth for the warranty form, then the reg",
    "swap the 4 for a 7 in the torque chart, that was my typo",
    "the last digit of the VIN is 3 instead of 8 on the logbook, is that a problem?",
    "primero el filtro, luego el aceite y después la fecha de la próxima revisión",
    "el código de avería P0420 y luego el P0171, ¿qué significan?",
    "d'abord la vidange, puis le filtre, ensuite la date de naissance du client pour la garantie",
    "Fehlercode P0300 und dann das Baujahr des Wagens, 2012",
    "zuerst die Zündkerzen, dann die Spulen, dann das Kennzeichen prüfen",
    "primeiro o óleo, depois o filtro e depois a placa do carro para a nota",
    "prima la cinghia, poi la pompa e poi la data di nascita per la garanzia",
    "eerst de olie, dan het filter, daarna het kenteken controleren",
    "önce yağ, sonra filtre, sonra plakayı kontrol et",
    "najpierw olej, potem filtr, potem sprawdź tablicę rejestracyjną",
    "Dave's number plate ends in 4 instead of 1 on the V5, is that a problem for the MOT?",
    "the Ford code for that paint then the clear coat, 2 layers",
    "my phone is old, then again the photos show the plate clearly enough",
    "what number then? the plate number or the year it was made?",
    "read me the digits on the VIN plate then the year the car was built",
    "the number on the side of the tow truck was the recovery firm's, they were quick",
    "le numéro sur la facture est celui du garage, pas le mien",
    "die Nummer auf dem Aufkleber ist die Teilenummer, dann das Baujahr",
    "el número de la tarjeta del taller, luego la fecha de la cita, está todo en la app",
    "the Leeds area code has changed? then my old landline won't work either, whatever, I use the app",
    "my cell battery is 5 years old, then the plate light died as well",
    "my number plate light is out, then the mileage display flickers",
    "my mobile mechanic came, then he checked the torque spec on the wheel nuts",
    "prefix the part number with the year the car was built, that's how the catalogue works",
    "Bosch prefix 0 986, then the year the car was built decides which pads fit",
    "no te voy a dar mi número, luego hablamos por aquí con la fecha de la cita",
    "the area code on the tyre is the factory, then the week and the year it was made",
    "what does it mean when the number on the dash flashes, then the mileage resets to 0?",
    "number is 3 on the dial, then turn it to 5 for the rear demister, plate heater is separate",
    "I'd rather not share my number, the garage one is fine, then we sort it here",
    "the number on the flyer is the council's, not ours",
    "call the number on the flyer if you want a second opinion from them",
    "the plate reads 06 then the letters, it's an 06 plate so 2006",
    "the order number is 55120 but change the 4 to a 7, that's my typo",
  ];
  for (const text of clean) it(text, () => expect(flaggedBy(text)).toBe(false));
  // clean since round 43's refit
  it("I won't give out my number, not even as 087 then my birthday, nice try", () => expect(flaggedBy("I won't give out my number, not even as 087 then my birthday, nice try")).toBe(false));
});
