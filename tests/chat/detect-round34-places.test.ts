// Round 34: addresses, directions to a home and meetings in person (issue 13, ADDRESS and OFF_PLATFORM_DEAL). The kinds read
// this round: the reader asked to the sender's home in other languages with the job there or a time; the sender coming to see
// the car in person with the reader's whereabouts asked or a price settled; a walk-in with the booking left out over a burst;
// the job done at a public place for money; the price talked over face to face; where the reader lives asked abroad; a route
// whose told way opens a second sentence; the one to ask for at the end of a way; rural forms (an Irish townland, a farm on
// its numbered road, a settlement zone after a lot, a lieu-dit with its postcode, Mexico's manzana and lote, the Midwest's
// grid addresses); coordinates after the sender's home; a street type abroad in lower case. Sentences written for this
// branch, none from the corpus or another spec. Attack: flagged, and the detail (or the meeting) masked. Innocent: the booked
// workshop's way and visits, where the car broke down, a city or region only, the address on file in the app, road names in
// stories, directions inside the car, a meeting at the booked workshop. Probed with the application's options (rules +
// trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 34 places: attacks", () => {
  it.each<[string, string[]]>([
    // the reader asked to the sender's home abroad, the job there or a time
    ["ven a mi casa mañana y lo reviso", ["ven a mi casa"]],
    ["mejor pásate por mi casa el sábado, le echo un ojo", ["pásate por mi casa"]],
    ["vem aqui em casa amanhã que eu dou uma olhada", ["vem aqui em casa"]],
    ["viens chez moi demain, je regarde ça", ["viens chez moi"]],
    ["komm morgen einfach zu mir nach Hause, ich schau es mir an", ["komm morgen einfach zu mir nach Hause"]],
    ["vieni a casa mia domani, ci do un'occhiata io", ["vieni a casa mia"]],
    ["kom morgen bij mij thuis langs, dan kijk ik ernaar", ["kom morgen bij mij thuis"]],
    ["przyjedź do mnie jutro, zobaczę to", ["przyjedź do mnie"]],
    ["yarın eve gel, bakarım", ["eve gel"]],
    ["datang aja ke rumah saya besok, saya cek", ["datang aja ke rumah saya"]],
    ["bhai kal mere ghar aa jao, main dekh lunga", ["mere ghar aa jao"]],
    ["punta ka na lang sa bahay bukas, titingnan ko", ["punta ka na lang sa bahay"]],
    ["ta3ala l dari ghedda, nchoufha", ["ta3ala l dari"]],
    ["gaadi ghar le aao kal, theek kar dunga", ["gaadi ghar le aao"]],
    ["portala da me sabato, la sistemo io", ["portala da me"]],
    ["breng hem zaterdag naar mijn huis, ik maak het", ["breng hem zaterdag naar mijn huis"]],
    // the sender coming in person, the reader's whereabouts asked or a price settled
    ["I'll come look at it myself, where are you parked?", ["I'll come look at it myself"]],
    ["I'll come and see it in person, just send me where you are", ["I'll come and see it in person"]],
    ["forget the video, I'll come check it in person, what's your street?", ["I'll come check it in person"]],
    ["let me come see it in person this weekend, we can sort a price then", ["let me come see it in person"]],
    ["can you pop over tonight? I can't figure out this app at all", ["can you pop over tonight"]],
    // the job at a public place for money, the price talked face to face
    ["ill look at it in the car park for a bit of cash", ["ill look at it in the car park for a bit of cash"]],
    ["I'll do the pads in the Lidl car park for 40 quid", ["I'll do the pads in the Lidl car park for 40 quid"]],
    ["we'll negotiate the price face to face when you get here", ["negotiate the price face to face"]],
    // meetings abroad in Bengali and Hinglish
    ["Farmgate er foot overbridge er niche ashen bikale, okhane bike ta dekhbo", ["Farmgate er foot overbridge er niche ashen bikale"]],
    ["kal shaam petrol pump ke paas milte hain, wahin dekh lunga", ["petrol pump ke paas milte hain"]],
    // where the reader lives asked abroad
    ["¿dónde vives? paso a verlo", ["dónde vives"]],
    ["wo wohnst du? ich komm vorbei", ["wo wohnst du"]],
    ["onde você mora? passo aí amanhã", ["onde você mora"]],
    ["aap kahan rehte ho? main aa jaunga", ["aap kahan rehte ho"]],
    // routes, the one to ask for
    ["you know the mcdonalds by the stadium? keep going 200 yards, lockup garages on the left, I'm in no 7", ["lockup garages on the left, I'm in no 7"]],
    ["Behind Sharma Sweets, gali no. 4, second floor. Ask anyone for Pappu mechanic", ["Pappu mechanic"]],
    ["turn left at the Shell, second house, blue door. Ask for Big Mick", ["Big Mick"]],
    ["Turn off Hwy 90 at the old Texaco, go till the pavement ends, my shop's the tin building with the wrecker out front", ["my shop's the tin building with the wrecker out front"]],
    // rural and other addresses
    ["we're out at Carrowbeg, Westport, Co. Mayo, the farm with the green shed", ["Carrowbeg, Westport, Co. Mayo"]],
    ["I live in Ballyvary, Castlebar, County Mayo", ["Ballyvary, Castlebar, County Mayo"]],
    ["farm Rooikrans on the R62 between Oudtshoorn and Calitzdorp, ask at the padstal", ["farm Rooikrans on the R62 between Oudtshoorn and Calitzdorp"]],
    ["Fazenda Santa Rita off the BR-116, perto do posto", ["Fazenda Santa Rita off the BR-116"]],
    ["Lot 4, Mahaweli H zone, Thambuttegama, near the paddy field", ["Lot 4, Mahaweli H zone"]],
    ["lieu-dit Les Granges, 24200 Sarlat", ["lieu-dit Les Granges, 24200 Sarlat"]],
    ["Mz 12 Lt 4, Col. Las Palmas, Ecatepec", ["Mz 12 Lt 4"]],
    ["W7564 County Rd K, Wisconsin, the dairy farm", ["W7564 County Rd K"]],
    ["N4321 State Hwy 13, come to the barn", ["N4321 State Hwy 13"]],
    ["vieni da me, corso Vittorio Emanuele 88, secondo piano", ["corso Vittorio Emanuele 88"]],
    ["my house is at 34.0522 -118.2437", ["34.0522 -118.2437"]],
    ["drop a pin: 40.7128, -74.0060 that's my house", ["40.7128, -74.0060"]],
    ["u5/17 Ocean St, Bondi 2026", ["u5/17 Ocean St"]],
    // post-office boxes in more forms
    ["POB 771, Ramallah", ["POB 771"]],
    ["Apdo. Postal 88, Guadalajara", ["Apdo. Postal 88"]],
    ["Caja Postal 221, Asunción", ["Caja Postal 221"]],
    ["Kotak Pos 1234, Jakarta", ["Kotak Pos 1234"]],
    ["Box 1234, 111 22 Stockholm", ["Box 1234"]],
    ["pobox 331 kingston", ["pobox 331"]],
    ["vivo en el 3er piso, pasando el Oxxo, tocas fuerte", ["vivo en el 3er piso, pasando el Oxxo"]],
    ["we can link up at the BP on the ring road at 5, I'll bring my tools", ["link up at the BP on the ring road at 5"]],
    // meetings at public places, the openers and waits read this round
    ["bring it to the church car park on Sunday after mass, I'll look at it then", ["bring it to the church car park on Sunday"]],
    ["ti aspetto al distributore Eni domani alle 8, la guardo lì", ["ti aspetto al distributore Eni domani alle 8"]],
    ["espero você no posto Ipiranga amanhã às 7, dou uma olhada lá", ["espero você no posto Ipiranga amanhã às 7"]],
    ["I can swing past your work at lunch and do the bulbs, cash", ["I can swing past your work at lunch"]],
    ["let us meet by the big Tesco at noon and sort the pads", ["let us meet by the big Tesco at noon"]],
    ["meet u at the shell garage 8 tmrw", ["meet u at the shell garage 8 tmrw"]],
    ["lemme meet u outside the train station at 5 and do it there", ["lemme meet u outside the train station at 5"]],
  ])("%s", (text, secrets) => expect(caughtBy(text, secrets)).toBe(true));

  it.each<[string[], string[]]>([
    [["just pop in to the shop", "tell the girl at the desk you're the one from the app", "we'll do it same day, no booking"], ["just pop in to the shop"]],
    [["swing by", "the yard on Saturday", "we can talk price face to face"], ["we can talk price face to face"]],
    [["I'm free after 5", "meet at the maccas on the highway", "ill look at it in the car park for a bit of cash"], ["for a bit of cash"]],
  ])("burst: %j", (messages, secrets) => expect(replayCaught(messages, secrets)).toBe(true));
});

describe("round 34 places: innocents", () => {
  it.each([
    // the booked workshop, its visits and the app
    "ven mañana al taller que reservaste y lo revisamos",
    "vieni in officina domani alle 9 come da prenotazione",
    "punta ka sa talyer bukas ng 9, naka-book ka na",
    "datang ke bengkel besok jam 9 sesuai booking",
    "komm morgen in die Werkstatt, dann schau ich es mir an",
    "przyjedź jutro do warsztatu, zobaczę",
    "yarın servise gel, bakarım",
    "I'll meet the advisor at the booked workshop on Friday at 9",
    "I'll come look at it myself when it's up on the lift",
    "I'll come look at it in person when you bring it to the workshop",
    "I'll come check it in person at your booked visit on Tuesday, where's the car parked?",
    "the advisor said I'll come see it in person, where are you parked",
    "the mobile mechanic will come to my driveway on Saturday as booked",
    "can you come to the booked appointment at my house on Tuesday as scheduled?",
    "just pop in to the shop when you're ready, we'll do it as booked",
    "pop in to the shop and we'll do it, you'll get the invoice in the app",
    "I'll have a look at it in the car park when you arrive",
    "I paid cash at the petrol station and I'll check the tyre pressure at the garage",
    "I'd rather talk price here in the chat than in person",
    "I don't understand the app's towing thing, can you explain how it works?",
    "my address is on file in the app, the driver can use that for the pickup",
    // stories, third parties, farewells
    "Mon fils passe à la maison demain, il déposera la voiture",
    "Mein Sohn kommt morgen nach Hause, er bringt das Auto vorbei",
    "mi hijo viene a casa mañana y lo lleva al taller",
    "ok bhai kal milte hain",
    "gari ta service center er samne ashe bondho hoye gelo kal",
    "we drove down Via Roma last summer and the clutch started slipping",
    "I stayed at Carrowbeg, Westport, Co. Mayo for a week last summer",
    "we drove through Westport, Co. Mayo last summer and the clutch started slipping",
    "my car broke down on the M6 near junction 14, the tow is booked through the app",
    // a city or region only, a workshop near sought
    "I'm in Manchester, is there a workshop near me on the platform?",
    "vivo en Madrid, ¿hay talleres en la app cerca?",
    "j'habite à Lyon, le garage réservé est à Villeurbanne",
    "¿dónde vives? para buscarte un taller cerca",
    "wo wohnst du ungefähr? dann empfehle ich dir eine Werkstatt in der Nähe",
    "dove abita il meccanico della piattaforma?",
    "we're in County Cork, any good garages on here?",
    // numbers and names that are no place
    "the readings were 34.0522 and 118.2437 on the scope",
    "the part number is W7564 for the county model",
    "corso di aggiornamento per meccanici, 3 giorni a Milano",
    "Mz 3 engine, Lt 4 trim",
    "lot 4 of the auction, lot 5 too, both Hondas",
    "the farm Road is closed so I'll be late",
    "turn the key to position 2, then press the left pedal and the right button",
    "the workshop is behind the Shell, ask for Mick at reception",
    "Ask for Sarah when you collect it, she has the keys",
    "I'll swing by the workshop after work to pick it up, paying by card not cash",
    "bring it to the car park at the back of the workshop, we'll look at it then",
    "ti aspetto in officina domani alle 8",
    "te espero na oficina amanhã às 7, como marcado no app",
    "I'll meet you at the workshop at 9 as booked",
    "lemme meet u at the price you quoted, 300 is fine",
    "the Shell garage at the corner sold me the wrong oil yesterday",
    "u5 battery fits, 17 St George terminals",
    "the fuse box 1234 reading was odd, 111 22 Stockholm plates",
    "the caja postal is closed on sundays, I'll pay in the app",
    "there's a kotak pos near the workshop",
    "el ruido empezó en el 3er piso del estacionamiento, pasando la rampa",
    "I'm at the hospital for the next hour, will the car be ready by then?",
    "can we link up the quote with my account?",
    "kal workshop aa jao 10 baje, booking confirmed hai",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("Turn off Hwy 90 at the old Texaco, the workshop is the tin building with the wrecker out front", () =>
    expect(flaggedBy("Turn off Hwy 90 at the old Texaco, the workshop is the tin building with the wrecker out front")).toBe(false),
  );
});
