// Round 32 review 5: a blind reviewer wrote 203 sentences (87 attacks, 116 innocents) on directions by landmarks and meetings in person, to judge landmarks32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 5: innocents", () => {
  it("آسف ما أقدر أقابلك برا، كل شي لازم يكون عن طريق التطبيق", () => expect(flaggedBy("آسف ما أقدر أقابلك برا، كل شي لازم يكون عن طريق التطبيق")).toBe(false));
  it("sir hindi po ako pwede makipagkita sa labas, dito lang po sa app ang transaction", () =>
    expect(flaggedBy("sir hindi po ako pwede makipagkita sa labas, dito lang po sa app ang transaction")).toBe(false));
  it("it's at the back of the engine, second left after the intake runners if you follow the vacuum line, proper hard to reach", () =>
    expect(flaggedBy("it's at the back of the engine, second left after the intake runners if you follow the vacuum line, proper hard to reach")).toBe(false));
  it("my husband drove it through the car wash on Grove Lane and now the window won't go up", () =>
    expect(flaggedBy("my husband drove it through the car wash on Grove Lane and now the window won't go up")).toBe(false));
  it("الصوت يطلع لما أطلع الجسر وأدعس بنزين. بعد ما أنزل يختفي. الموعد في الورشة يوم الأحد حسب الحجز. هل أقدر أستخدم السيارة لين ذاك اليوم؟", () =>
    expect(flaggedBy("الصوت يطلع لما أطلع الجسر وأدعس بنزين. بعد ما أنزل يختفي. الموعد في الورشة يوم الأحد حسب الحجز. هل أقدر أستخدم السيارة لين ذاك اليوم؟")).toBe(false));
  it("Mas bunyi 'tek tek' itu muncul tiap saya belok kanan di perempatan dekat kantor. Kalau jalan lurus nggak ada. Jadwal bengkel dari aplikasi hari Sabtu jam 9. Aman nggak dipakai sampai hari itu?", () =>
    expect(
      flaggedBy(
        "Mas bunyi 'tek tek' itu muncul tiap saya belok kanan di perempatan dekat kantor. Kalau jalan lurus nggak ada. Jadwal bengkel dari aplikasi hari Sabtu jam 9. Aman nggak dipakai sampai hari itu?",
      ),
    ).toBe(false));
  it("a fuga de óleo é mesmo por baixo, à frente, entre o cárter e a caixa", () => expect(flaggedBy("a fuga de óleo é mesmo por baixo, à frente, entre o cárter e a caixa")).toBe(false));
  it("Fui por la autopista hasta Villanueva y en la subida después del peaje empezó a fallar. Paré en un área de servicio, lo dejé enfriar y siguió. Tengo la cita en el taller el lunes a las 9, ¿lo llevo manejando o pido la grúa?", () =>
    expect(
      flaggedBy(
        "Fui por la autopista hasta Villanueva y en la subida después del peaje empezó a fallar. Paré en un área de servicio, lo dejé enfriar y siguió. Tengo la cita en el taller el lunes a las 9, ¿lo llevo manejando o pido la grúa?",
      ),
    ).toBe(false));
  it("the coolant hose that goes from the top of the radiator round the back of the engine to the thermostat housing is wet", () =>
    expect(flaggedBy("the coolant hose that goes from the top of the radiator round the back of the engine to the thermostat housing is wet")).toBe(false));
  it("Votre rendez-vous est confirmé au Garage des Tilleuls, zone artisanale des Prés, mardi 10h, l'entrée est à côté du contrôle technique", () =>
    expect(flaggedBy("Votre rendez-vous est confirmé au Garage des Tilleuls, zone artisanale des Prés, mardi 10h, l'entrée est à côté du contrôle technique")).toBe(false));
  it("la grúa ya lo lleva al taller que me asignó la app, llega como a las 4", () => expect(flaggedBy("la grúa ya lo lleva al taller que me asignó la app, llega como a las 4")).toBe(false));
  it("there's a clicking from behind the glovebox when the AC is on, like the blend door", () =>
    expect(flaggedBy("there's a clicking from behind the glovebox when the AC is on, like the blend door")).toBe(false));
  it("it's a dealer car from Ballycorrin, bought it 2 months ago, the dealer won't answer about the clutch", () =>
    expect(flaggedBy("it's a dealer car from Ballycorrin, bought it 2 months ago, the dealer won't answer about the clutch")).toBe(false));
  it("I can't do home visits or meet at the pub, sorry, the escalation to the workshop is the way to go", () =>
    expect(flaggedBy("I can't do home visits or meet at the pub, sorry, the escalation to the workshop is the way to go")).toBe(false));
  it("ses sağ ön taraftan geliyor, özellikle köprüden inerken direksiyonu çevirince", () =>
    expect(flaggedBy("ses sağ ön taraftan geliyor, özellikle köprüden inerken direksiyonu çevirince")).toBe(false));
  it("The car started hesitating on the drive back from Dunmore. I stopped at a lay-by, let it cool, and it was fine for 20 min then did it again at the lights by the chippy. Workshop is booked for Monday, is it safe to drive it there or should I get it towed?", () =>
    expect(
      flaggedBy(
        "The car started hesitating on the drive back from Dunmore. I stopped at a lay-by, let it cool, and it was fine for 20 min then did it again at the lights by the chippy. Workshop is booked for Monday, is it safe to drive it there or should I get it towed?",
      ),
    ).toBe(false));
  it("where exactly does the leak drip from, front left under the engine or further back near the gearbox?", () =>
    expect(flaggedBy("where exactly does the leak drip from, front left under the engine or further back near the gearbox?")).toBe(false));
  it("it broke down in the Asda car park in Thornaby, had to get the RAC out, now it won't start at all", () =>
    expect(flaggedBy("it broke down in the Asda car park in Thornaby, had to get the RAC out, now it won't start at all")).toBe(false));
  it("sorry mate I don't do meet-ups in car parks, keep it on the app and the workshop will sort you", () =>
    expect(flaggedBy("sorry mate I don't do meet-ups in car parks, keep it on the app and the workshop will sort you")).toBe(false));
  it("the route I do every day is about 25 mile each way, mostly dual carriageway, then 5 min of town with speed bumps", () =>
    expect(flaggedBy("the route I do every day is about 25 mile each way, mostly dual carriageway, then 5 min of town with speed bumps")).toBe(false));
  it("no puedo verte en la gasolinera, todo tiene que ir por la plataforma, lo siento", () =>
    expect(flaggedBy("no puedo verte en la gasolinera, todo tiene que ir por la plataforma, lo siento")).toBe(false));
  it("nahi bhai dhaba pe nahi milna, app ke through hi karo, warna warranty nahi milegi", () =>
    expect(flaggedBy("nahi bhai dhaba pe nahi milna, app ke through hi karo, warna warranty nahi milegi")).toBe(false));
  it("السيارة تعطلت عند محطة البنزين على الطريق السريع، والونش نقلها للورشة المحجوزة في التطبيق", () =>
    expect(flaggedBy("السيارة تعطلت عند محطة البنزين على الطريق السريع، والونش نقلها للورشة المحجوزة في التطبيق")).toBe(false));
  it("Thanks for the scan. FYI the workshop you booked me into is the one on Route 9 next to the Dollar General, I've been there before for tires. I'll drop it off at 8 Monday like the booking says. Anything I should tell the service advisor?", () =>
    expect(
      flaggedBy(
        "Thanks for the scan. FYI the workshop you booked me into is the one on Route 9 next to the Dollar General, I've been there before for tires. I'll drop it off at 8 Monday like the booking says. Anything I should tell the service advisor?",
      ),
    ).toBe(false));
  it("elle est tombée en panne sur le parking de l'Intermarché, le dépanneur l'a emmenée au garage réservé", () =>
    expect(flaggedBy("elle est tombée en panne sur le parking de l'Intermarché, le dépanneur l'a emmenée au garage réservé")).toBe(false));
  it("yung tunog parang galing sa likod ng dashboard, sa may kanan ng manibela", () => expect(flaggedBy("yung tunog parang galing sa likod ng dashboard, sa may kanan ng manibela")).toBe(false));
  it("I took it to a track day at Morvale speedway last month and since then the brakes squeal", () =>
    expect(flaggedBy("I took it to a track day at Morvale speedway last month and since then the brakes squeal")).toBe(false));
  it("No worries, I'm not allowed to give my own garage details, the platform workshop will do the timing belt", () =>
    expect(flaggedBy("No worries, I'm not allowed to give my own garage details, the platform workshop will do the timing belt")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("your appointment at Fairway Auto is on Tuesday at 10, the workshop is in the retail park behind B&Q, there's customer parking at the front", () =>
    expect(flaggedBy("your appointment at Fairway Auto is on Tuesday at 10, the workshop is in the retail park behind B&Q, there's customer parking at the front")).toBe(false),
  );
  it("आवाज़ बोनट के अंदर बाईं तरफ़ से आ रही है, बैटरी के पास", () => expect(flaggedBy("आवाज़ बोनट के अंदर बाईं तरफ़ से आ रही है, बैटरी के पास")).toBe(false));
  it("Q: is the workshop you picked close to the Walmart on Delmont? just so I know how long the drive is", () =>
    expect(flaggedBy("Q: is the workshop you picked close to the Walmart on Delmont? just so I know how long the drive is")).toBe(false));
  it("stuk jest z prawej strony z przodu, najbardziej na wybojach za Biedronką jak jadę do pracy", () =>
    expect(flaggedBy("stuk jest z prawej strony z przodu, najbardziej na wybojach za Biedronką jak jadę do pracy")).toBe(false));
  it("het piepen komt van linksvoor, vooral bij de drempels in onze straat", () => expect(flaggedBy("het piepen komt van linksvoor, vooral bij de drempels in onze straat")).toBe(false));
  it("the check engine light came on right as I passed the grain elevator on county road 12, then the truck lost power uphill", () =>
    expect(flaggedBy("the check engine light came on right as I passed the grain elevator on county road 12, then the truck lost power uphill")).toBe(false));
  it("from the oil cap go down and left, past the dipstick, the second connector on the right with the grey clip is the cam sensor", () =>
    expect(flaggedBy("from the oil cap go down and left, past the dipstick, the second connector on the right with the grey clip is the cam sensor")).toBe(false));
  it("araba sanayi sitesinin girişinde stop etti, çekici randevulu servise götürdü", () =>
    expect(flaggedBy("araba sanayi sitesinin girişinde stop etti, çekici randevulu servise götürdü")).toBe(false));
  it("I drove from the Pacific Hwy up to Kurrabi and the temp gauge climbed the whole way, should I be worried?", () =>
    expect(flaggedBy("I drove from the Pacific Hwy up to Kurrabi and the temp gauge climbed the whole way, should I be worried?")).toBe(false));
  it("El mecánico me dijo que me veía en un estacionamiento pero le dije que no, prefiero la garantía de la app. Ya tengo la cita en el taller para el miércoles. ¿Me pueden confirmar la dirección del taller que sale en la reserva?", () =>
    expect(
      flaggedBy(
        "El mecánico me dijo que me veía en un estacionamiento pero le dije que no, prefiero la garantía de la app. Ya tengo la cita en el taller para el miércoles. ¿Me pueden confirmar la dirección del taller que sale en la reserva?",
      ),
    ).toBe(false));
  it("the mechanic in the video told me to check behind the battery tray, there's a little earth strap bolted to the chassis there", () =>
    expect(flaggedBy("the mechanic in the video told me to check behind the battery tray, there's a little earth strap bolted to the chassis there")).toBe(false));
  it("¿el taller de la reserva está cerca de la estación de tren? es para saber cuánto tardo", () =>
    expect(flaggedBy("¿el taller de la reserva está cerca de la estación de tren? es para saber cuánto tardo")).toBe(false));
  it("Bhai the workshop the app gave me is near Hanuman temple only, good, I'll drop it tomorrow 10am as per booking", () =>
    expect(flaggedBy("Bhai the workshop the app gave me is near Hanuman temple only, good, I'll drop it tomorrow 10am as per booking")).toBe(false));
  it("when I reverse out of the drive there's a squeal, stops after the first corner", () =>
    expect(flaggedBy("when I reverse out of the drive there's a squeal, stops after the first corner")).toBe(false));
  // flagged as ADDRESS
  it.fails(
    "So it started on Tuesday. I was coming back along the A38, past the Halfway House garage, and it lost power on the hill before the Ashgrove turn. Pulled into a lay-by, switched off, and it restarted fine. The workshop appointment is Friday, will it be ok till then?",
    () =>
      expect(
        flaggedBy(
          "So it started on Tuesday. I was coming back along the A38, past the Halfway House garage, and it lost power on the hill before the Ashgrove turn. Pulled into a lay-by, switched off, and it restarted fine. The workshop appointment is Friday, will it be ok till then?",
        ),
      ).toBe(false),
  );
  it("it started after I filled up at a supermarket petrol station, could it be bad fuel?", () =>
    expect(flaggedBy("it started after I filled up at a supermarket petrol station, could it be bad fuel?")).toBe(false));
  it("hij viel stil op de carpoolplaats bij de afrit, de wegenwacht heeft hem naar de geboekte garage gesleept", () =>
    expect(flaggedBy("hij viel stil op de carpoolplaats bij de afrit, de wegenwacht heeft hem naar de geboekte garage gesleept")).toBe(false));
  it("the farm lane to my nan's has a cattle grid and every time I go over it something clunks at the front", () =>
    expect(flaggedBy("the farm lane to my nan's has a cattle grid and every time I go over it something clunks at the front")).toBe(false));
  it("il rumore viene da dietro a destra, soprattutto in curva a sinistra sulla tangenziale", () =>
    expect(flaggedBy("il rumore viene da dietro a destra, soprattutto in curva a sinistra sulla tangenziale")).toBe(false));
  it("the noise starts every time I take the left at the big roundabout by the Shell, like a grinding from the front right", () =>
    expect(flaggedBy("the noise starts every time I take the left at the big roundabout by the Shell, like a grinding from the front right")).toBe(false));
  it("no guarda, non ci vediamo al bar, passiamo dall'app come da regolamento", () => expect(flaggedBy("no guarda, non ci vediamo al bar, passiamo dall'app come da regolamento")).toBe(false));
  it("the noise is loudest when I turn right into my road, full lock, like a clicking from the front left CV joint", () =>
    expect(flaggedBy("the noise is loudest when I turn right into my road, full lock, like a clicking from the front left CV joint")).toBe(false));
  it("Mechanic here: I won't meet off the platform, but if you drive it to the booked workshop tomorrow they'll have my notes", () =>
    expect(flaggedBy("Mechanic here: I won't meet off the platform, but if you drive it to the booked workshop tomorrow they'll have my notes")).toBe(false));
  it("is the booked workshop open before 8? I'd drop it on the way to work if so", () => expect(flaggedBy("is the booked workshop open before 8? I'd drop it on the way to work if so")).toBe(false));
  it("nasiraan ako sa SLEX malapit sa Alabang exit, hinila na papunta sa shop na naka-book sa app", () =>
    expect(flaggedBy("nasiraan ako sa SLEX malapit sa Alabang exit, hinila na papunta sa shop na naka-book sa app")).toBe(false));
  it("Der Sensor sitzt hinten am Motorblock, unter dem Ansaugkrümmer, links neben dem Ölfilter", () =>
    expect(flaggedBy("Der Sensor sitzt hinten am Motorblock, unter dem Ansaugkrümmer, links neben dem Ölfilter")).toBe(false));
  it("abi kusura bakma, dışarıda buluşamam, her şey uygulama üzerinden", () => expect(flaggedBy("abi kusura bakma, dışarıda buluşamam, her şey uygulama üzerinden")).toBe(false));
  it("can you tell from the video if the noise is coming from the left or right of the engine bay?", () =>
    expect(flaggedBy("can you tell from the video if the noise is coming from the left or right of the engine bay?")).toBe(false));
  it("samahani siwezi kukutana nje, kila kitu kupitia app tafadhali", () => expect(flaggedBy("samahani siwezi kukutana nje, kila kitu kupitia app tafadhali")).toBe(false));
  it("tow driver says he'll take it to Kilnsey Auto (the workshop on the booking) and leave keys with reception", () =>
    expect(flaggedBy("tow driver says he'll take it to Kilnsey Auto (the workshop on the booking) and leave keys with reception")).toBe(false));
  it("não posso te encontrar no estacionamento, desculpa, tudo pelo app senão perco a garantia", () =>
    expect(flaggedBy("não posso te encontrar no estacionamento, desculpa, tudo pelo app senão perco a garantia")).toBe(false));
  it("se me quedó tirado en el estacionamiento del Soriana, tuve que llamar a la grúa, ahora no arranca", () =>
    expect(flaggedBy("se me quedó tirado en el estacionamiento del Soriana, tuve que llamar a la grúa, ahora no arranca")).toBe(false));
  it("sorry cant meet you at the Caltex, thats not how this works, all jobs through the app mate", () =>
    expect(flaggedBy("sorry cant meet you at the Caltex, thats not how this works, all jobs through the app mate")).toBe(false));
  it("there's a puddle under the car every morning, front middle, greenish", () => expect(flaggedBy("there's a puddle under the car every morning, front middle, greenish")).toBe(false));
  it("Car died at the BP on exit 42, got it jump started by a stranger and drove home, light still on", () =>
    expect(flaggedBy("Car died at the BP on exit 42, got it jump started by a stranger and drove home, light still on")).toBe(false));
  it("non désolé je ne fais pas de rendez-vous au café ou sur un parking, on passe par l'appli", () =>
    expect(flaggedBy("non désolé je ne fais pas de rendez-vous au café ou sur un parking, on passe par l'appli")).toBe(false));
  it("Thanks for the diagnosis. I live out in the countryside so the drive to the workshop is about 40 minutes, mostly A-roads. Is it safe to do that with the EML on, or should I ask for the tow option on the booking?", () =>
    expect(
      flaggedBy(
        "Thanks for the diagnosis. I live out in the countryside so the drive to the workshop is about 40 minutes, mostly A-roads. Is it safe to do that with the EML on, or should I ask for the tow option on the booking?",
      ),
    ).toBe(false));
  it("do you want me to bring it to the booked workshop or will they collect from home? the booking says collection available", () =>
    expect(flaggedBy("do you want me to bring it to the booked workshop or will they collect from home? the booking says collection available")).toBe(false));
  it("Das Ruckeln kommt immer kurz nach dem Kaltstart, wenn ich aus dem Ort raus auf die Bundesstraße fahre. Nach ca. 5 km ist es weg. Termin in der Werkstatt ist Donnerstag 8 Uhr laut Buchung. Soll ich vorher noch was prüfen?", () =>
    expect(
      flaggedBy(
        "Das Ruckeln kommt immer kurz nach dem Kaltstart, wenn ich aus dem Ort raus auf die Bundesstraße fahre. Nach ca. 5 km ist es weg. Termin in der Werkstatt ist Donnerstag 8 Uhr laut Buchung. Soll ich vorher noch was prüfen?",
      ),
    ).toBe(false));
  it("the radiator fan only kicks in when I'm stuck in traffic on the flyover, then it's fine on the open road", () =>
    expect(flaggedBy("the radiator fan only kicks in when I'm stuck in traffic on the flyover, then it's fine on the open road")).toBe(false));
  it("em không gặp ngoài được anh ơi, mình làm qua app cho đảm bảo nha", () => expect(flaggedBy("em không gặp ngoài được anh ơi, mình làm qua app cho đảm bảo nha")).toBe(false));
  it("le bruit vient de l'arrière droit quand je passe le rond-point du Leclerc, genre un claquement", () =>
    expect(flaggedBy("le bruit vient de l'arrière droit quand je passe le rond-point du Leclerc, genre un claquement")).toBe(false));
  it("Ist die Werkstatt aus der Buchung die beim Baumarkt oder die in der Innenstadt?", () =>
    expect(flaggedBy("Ist die Werkstatt aus der Buchung die beim Baumarkt oder die in der Innenstadt?")).toBe(false));
  it("the knocking came after I hit a pothole on Cross Street near the church, now it pulls to the left", () =>
    expect(flaggedBy("the knocking came after I hit a pothole on Cross Street near the church, now it pulls to the left")).toBe(false));
  it("The O2 sensor is the one after the cat, on the downpipe under the car, passenger side", () =>
    expect(flaggedBy("The O2 sensor is the one after the cat, on the downpipe under the car, passenger side")).toBe(false));
  it("The advisor said the workshop entrance is on the side road next to the tyre place, just follow the signs for Reception, drop-off 8 to 9", () =>
    expect(flaggedBy("The advisor said the workshop entrance is on the side road next to the tyre place, just follow the signs for Reception, drop-off 8 to 9")).toBe(false));
  it("bunyinya dari roda belakang kiri kalau lewat polisi tidur", () => expect(flaggedBy("bunyinya dari roda belakang kiri kalau lewat polisi tidur")).toBe(false));
  it("under the bonnet on the left, next to the airbox, there's a black box with three plugs, is that the ECU?", () =>
    expect(flaggedBy("under the bonnet on the left, next to the airbox, there's a black box with three plugs, is that the ECU?")).toBe(false));
  it("el sensor está detrás del faro izquierdo, debajo de la tapa de plástico, al lado del depósito del limpiaparabrisas", () =>
    expect(flaggedBy("el sensor está detrás del faro izquierdo, debajo de la tapa de plástico, al lado del depósito del limpiaparabrisas")).toBe(false));
  it("mașina s-a oprit lângă benzinăria Petrom, tractarea a dus-o la service-ul rezervat", () =>
    expect(flaggedBy("mașina s-a oprit lângă benzinăria Petrom, tractarea a dus-o la service-ul rezervat")).toBe(false));
  it("maaf mas saya nggak bisa ketemu di luar, semua lewat aplikasi ya", () => expect(flaggedBy("maaf mas saya nggak bisa ketemu di luar, semua lewat aplikasi ya")).toBe(false));
  it("el sayyara w2fat 3and el doowar, w el winch akhadha 3al warsha elli 7ajazna fiha bel app", () =>
    expect(flaggedBy("el sayyara w2fat 3and el doowar, w el winch akhadha 3al warsha elli 7ajazna fiha bel app")).toBe(false));
  it("Então, o carro começou a falhar na volta da praia, na serra. Parei num posto, esperei esfriar e voltou ao normal. O agendamento na oficina é sexta de manhã. Dá pra rodar até lá ou chamo o guincho pelo app?", () =>
    expect(
      flaggedBy(
        "Então, o carro começou a falhar na volta da praia, na serra. Parei num posto, esperei esfriar e voltou ao normal. O agendamento na oficina é sexta de manhã. Dá pra rodar até lá ou chamo o guincho pelo app?",
      ),
    ).toBe(false));
  it("Ma, the tow man don carry the car reach the workshop wey dem book, I dey wait their call", () =>
    expect(flaggedBy("Ma, the tow man don carry the car reach the workshop wey dem book, I dey wait their call")).toBe(false));
  it("Recovery truck is taking it straight to the workshop you escalated to, they said about 40 min", () =>
    expect(flaggedBy("Recovery truck is taking it straight to the workshop you escalated to, they said about 40 min")).toBe(false));
  it("Mate I appreciate the offer to have a look but I'd rather keep it on here. The tow's already booked to take it to the workshop from the app. Can you just send your notes through so they know what you found?", () =>
    expect(
      flaggedBy(
        "Mate I appreciate the offer to have a look but I'd rather keep it on here. The tow's already booked to take it to the workshop from the app. Can you just send your notes through so they know what you found?",
      ),
    ).toBe(false));
  it("o carro morreu no posto Ipiranga, empurramos até a vaga e o guincho levou pra oficina agendada", () =>
    expect(flaggedBy("o carro morreu no posto Ipiranga, empurramos até a vaga e o guincho levou pra oficina agendada")).toBe(false));
  it("Das Geräusch kommt von vorne links, vor allem wenn ich in die Tiefgarage runterfahre und einlenke", () =>
    expect(flaggedBy("Das Geräusch kommt von vorne links, vor allem wenn ich in die Tiefgarage runterfahre und einlenke")).toBe(false));
  it("nah I'm not meeting anyone at a petrol station for cash, I'd rather pay through here and have the warranty", () =>
    expect(flaggedBy("nah I'm not meeting anyone at a petrol station for cash, I'd rather pay through here and have the warranty")).toBe(false));
  it("the ABS sensor is on the back of the hub, behind the brake disc, follow the wire up to the clip by the strut", () =>
    expect(flaggedBy("the ABS sensor is on the back of the hub, behind the brake disc, follow the wire up to the clip by the strut")).toBe(false));
  it("Can't come to your house, sorry, platform rules. Book the workshop visit and they'll do it properly", () =>
    expect(flaggedBy("Can't come to your house, sorry, platform rules. Book the workshop visit and they'll do it properly")).toBe(false));
  it("la sonde est sur le collecteur, derrière le moteur côté passager, faut passer par dessous", () =>
    expect(flaggedBy("la sonde est sur le collecteur, derrière le moteur côté passager, faut passer par dessous")).toBe(false));
  it("afspreken bij de Jumbo doe ik niet hoor, gewoon via de app boeken", () => expect(flaggedBy("afspreken bij de Jumbo doe ik niet hoor, gewoon via de app boeken")).toBe(false));
  it("Hiya, the garage on the booking is it the one by the train station or the other branch? Want to make sure I go to the right one Thursday", () =>
    expect(flaggedBy("Hiya, the garage on the booking is it the one by the train station or the other branch? Want to make sure I go to the right one Thursday")).toBe(false));
  it("Sorry, Treffen auf irgendeinem Parkplatz mache ich nicht, läuft alles über die Plattform", () =>
    expect(flaggedBy("Sorry, Treffen auf irgendeinem Parkplatz mache ich nicht, läuft alles über die Plattform")).toBe(false));
  it("nie umawiam się na parkingu, sorry, wszystko przez aplikację", () => expect(flaggedBy("nie umawiam się na parkingu, sorry, wszystko przez aplikację")).toBe(false));
  it("lol no I'm not coming to the flea market to look at a car, use the booking please", () =>
    expect(flaggedBy("lol no I'm not coming to the flea market to look at a car, use the booking please")).toBe(false));
  it("la macchina si è fermata all'area di servizio sulla statale, il carro attrezzi l'ha portata all'officina prenotata", () =>
    expect(flaggedBy("la macchina si è fermata all'area di servizio sulla statale, il carro attrezzi l'ha portata all'officina prenotata")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails(
    "Le mécano m'a proposé de se voir sur un parking pour régler ça en liquide, j'ai refusé. Je préfère passer par le garage réservé sur la plateforme. Vous pouvez confirmer mon rendez-vous de jeudi ?",
    () =>
      expect(
        flaggedBy(
          "Le mécano m'a proposé de se voir sur un parking pour régler ça en liquide, j'ai refusé. Je préfère passer par le garage réservé sur la plateforme. Vous pouvez confirmer mon rendez-vous de jeudi ?",
        ),
      ).toBe(false),
  );
  it("bhai gaadi flyover ke neeche band ho gayi thi, towing wale ne booked workshop pe chhod di", () =>
    expect(flaggedBy("bhai gaadi flyover ke neeche band ho gayi thi, towing wale ne booked workshop pe chhod di")).toBe(false));
  it("it's worse on the motorway, like past junction 15 on the M6 it starts shaking above 70", () =>
    expect(flaggedBy("it's worse on the motorway, like past junction 15 on the M6 it starts shaking above 70")).toBe(false));
  it("we went camping out past the quarry on gravel roads all weekend and since then there's a rattle under the back", () =>
    expect(flaggedBy("we went camping out past the quarry on gravel roads all weekend and since then there's a rattle under the back")).toBe(false));
  it("mobil mogok di depan pasar, udah diderek ke bengkel yang dipesan lewat aplikasi", () =>
    expect(flaggedBy("mobil mogok di depan pasar, udah diderek ke bengkel yang dipesan lewat aplikasi")).toBe(false));
  it("el ruido sale de la rueda delantera izquierda cuando giro a la derecha en la rotonda", () =>
    expect(flaggedBy("el ruido sale de la rueda delantera izquierda cuando giro a la derecha en la rotonda")).toBe(false));
  it("it only stalls at the traffic lights at the bottom of the hill, never on flat roads", () =>
    expect(flaggedBy("it only stalls at the traffic lights at the bottom of the hill, never on flat roads")).toBe(false));
  it("fuse box is under the dash on the driver side, left of the steering column, pop the little cover off", () =>
    expect(flaggedBy("fuse box is under the dash on the driver side, left of the steering column, pop the little cover off")).toBe(false));
  it("الصوت جاي من الجهة اليمنى قدام، لما ألف عند الدوار", () => expect(flaggedBy("الصوت جاي من الجهة اليمنى قدام، لما ألف عند الدوار")).toBe(false));
  it("Got stuck at the Engen on the N4 last night, battery flat, a guy jumped it, now it's at the booked garage", () =>
    expect(flaggedBy("Got stuck at the Engen on the N4 last night, battery flat, a guy jumped it, now it's at the booked garage")).toBe(false));
  it("which garage are they sending it to, is it the one next to the retail park?", () => expect(flaggedBy("which garage are they sending it to, is it the one next to the retail park?")).toBe(false));
  it("el 9oot jay min wara 3al yameen lamma adoos brake", () => expect(flaggedBy("el 9oot jay min wara 3al yameen lamma adoos brake")).toBe(false));
  it("Is the pick-up point for the loan car at the workshop reception or round the back?", () =>
    expect(flaggedBy("Is the pick-up point for the loan car at the workshop reception or round the back?")).toBe(false));
  it("I was going to meet the seller of a used part in a car park but I'll just let the workshop source it", () =>
    expect(flaggedBy("I was going to meet the seller of a used part in a car park but I'll just let the workshop source it")).toBe(false));
  it("o barulho aparece quando passo na lombada perto de casa, parece vir da suspensão traseira", () =>
    expect(flaggedBy("o barulho aparece quando passo na lombada perto de casa, parece vir da suspensão traseira")).toBe(false));
  // flagged as ADDRESS
  it.fails(
    "Bhai aawaz tab aati hai jab main Sector 14 ke main road se flyover pe chadhta hoon. Thoda vibration bhi hota hai steering mein. Workshop ka booking kal 11 baje ka hai, kya tab tak chala sakta hoon?",
    () =>
      expect(
        flaggedBy(
          "Bhai aawaz tab aati hai jab main Sector 14 ke main road se flyover pe chadhta hoon. Thoda vibration bhi hota hai steering mein. Workshop ka booking kal 11 baje ka hai, kya tab tak chala sakta hoon?",
        ),
      ).toBe(false),
  );
  it("auto stanęło na parkingu przy Orlenie, laweta zawiozła je do warsztatu z rezerwacji", () =>
    expect(flaggedBy("auto stanęło na parkingu przy Orlenie, laweta zawiozła je do warsztatu z rezerwacji")).toBe(false));
  // flagged as ADDRESS
  it.fails("Your repair is booked at Hallam Road Motors, Unit 6 Crown Trading Estate, Thursday 9:30am - details are in the booking tab", () =>
    expect(flaggedBy("Your repair is booked at Hallam Road Motors, Unit 6 Crown Trading Estate, Thursday 9:30am - details are in the booking tab")).toBe(false),
  );
  it("gari ilizima karibu na stage ya Githurai, sasa imevutwa hadi gereji iliyopangwa kwenye app", () =>
    expect(flaggedBy("gari ilizima karibu na stage ya Githurai, sasa imevutwa hadi gereji iliyopangwa kwenye app")).toBe(false));
  it("Das Auto ist auf der A7 kurz vor der Ausfahrt liegen geblieben, der Abschleppdienst bringt es jetzt zur gebuchten Werkstatt", () =>
    expect(flaggedBy("Das Auto ist auf der A7 kurz vor der Ausfahrt liegen geblieben, der Abschleppdienst bringt es jetzt zur gebuchten Werkstatt")).toBe(false));
});

describe("round 32 review 5: attacks", () => {
  it("my yard's out past the quarry on the Bellmont road, go over the cattle grid and it's the barn on your right, just come whenever", () =>
    expect(
      caughtBy("my yard's out past the quarry on the Bellmont road, go over the cattle grid and it's the barn on your right, just come whenever", [
        "out past the quarry on the Bellmont road",
        "over the cattle grid and it's the barn on your right",
      ]),
    ).toBe(true));
  it("bring the bakkie to my place in Soshanguve block L, next to the tuck shop with the Coca-Cola wall, ask for Bra Sipho", () =>
    expect(
      caughtBy("bring the bakkie to my place in Soshanguve block L, next to the tuck shop with the Coca-Cola wall, ask for Bra Sipho", [
        "Soshanguve block L, next to the tuck shop with the Coca-Cola wall",
        "ask for Bra Sipho",
      ]),
    ).toBe(true));
  it("cancel the workshop booking, I'll be at the truck stop at junction 15 M6 all day thursday, bay near the showers", () =>
    expect(caughtBy("cancel the workshop booking, I'll be at the truck stop at junction 15 M6 all day thursday, bay near the showers", ["truck stop at junction 15 M6", "bay near the showers"])).toBe(
      true,
    ));
  // not flagged
  it.fails("Ich schraub privat bei mir zuhause, Ortseingang Bernried, das Haus mit der Doppelgarage neben dem Feuerwehrhaus", () =>
    expect(
      caughtBy("Ich schraub privat bei mir zuhause, Ortseingang Bernried, das Haus mit der Doppelgarage neben dem Feuerwehrhaus", [
        "Ortseingang Bernried",
        "das Haus mit der Doppelgarage neben dem Feuerwehrhaus",
      ]),
    ).toBe(true),
  );
  it("bhai app pe mat karo, seedha mere garage aa jao, Lajpat Nagar flyover ke neeche, petrol pump ke peeche wali gali, Pappu mechanic pooch lena", () =>
    expect(
      caughtBy("bhai app pe mat karo, seedha mere garage aa jao, Lajpat Nagar flyover ke neeche, petrol pump ke peeche wali gali, Pappu mechanic pooch lena", [
        "Lajpat Nagar flyover ke neeche, petrol pump ke peeche wali gali",
        "Pappu mechanic pooch lena",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("आप सीधे मेरे घर आ जाइए, गांधी चौक से आगे मंदिर के बगल वाली गली, नीले गेट वाला मकान, वहीं गाड़ी देख लूंगा", () =>
    expect(caughtBy("आप सीधे मेरे घर आ जाइए, गांधी चौक से आगे मंदिर के बगल वाली गली, नीले गेट वाला मकान, वहीं गाड़ी देख लूंगा", ["गांधी चौक से आगे मंदिर के बगल वाली गली", "नीले गेट वाला मकान"])).toBe(true),
  );
  it("If you're in Fairbrook, I live right behind the high school football field, the yellow house with the lifted Jeep, just knock", () =>
    expect(
      caughtBy("If you're in Fairbrook, I live right behind the high school football field, the yellow house with the lifted Jeep, just knock", [
        "Fairbrook, I live right behind the high school football field",
        "yellow house with the lifted Jeep",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays readable
  it.fails(
    "Sir based sa scan, misfire sa cylinder 2, baka spark plug lang. Mahal maningil yung shop na binigay ng app. Punta na lang kayo sa bahay ko sa Antipolo, pagkalampas ng simbahan kanan kayo, yung bahay na may sari-sari store sa harap. Ako na bahala, cash na lang.",
    () =>
      expect(
        caughtBy(
          "Sir based sa scan, misfire sa cylinder 2, baka spark plug lang. Mahal maningil yung shop na binigay ng app. Punta na lang kayo sa bahay ko sa Antipolo, pagkalampas ng simbahan kanan kayo, yung bahay na may sari-sari store sa harap. Ako na bahala, cash na lang.",
          ["Antipolo, pagkalampas ng simbahan kanan kayo", "bahay na may sari-sari store sa harap"],
        ),
      ).toBe(true),
  );
  it("spotkajmy się na parkingu przy Orlenie na wylotówce na Radom, koło myjni, podjadę z komputerem", () =>
    expect(caughtBy("spotkajmy się na parkingu przy Orlenie na wylotówce na Radom, koło myjni, podjadę z komputerem", ["parkingu przy Orlenie na wylotówce na Radom, koło myjni"])).toBe(true));
  it("reckon we skip the app, I'm out at the Morvale speedway pits most Saturdays, come find the blue Commodore on stands", () =>
    expect(caughtBy("reckon we skip the app, I'm out at the Morvale speedway pits most Saturdays, come find the blue Commodore on stands", ["Morvale speedway pits", "blue Commodore on stands"])).toBe(
      true,
    ));
  // round 41's retrained stage: no longer flags it
  it.fails("komm einfach bei mir in der Werkstatt vorbei, Gewerbegebiet Nord in Hallstedt, hinter dem Aldi die zweite Halle links, dann sparst du dir die Gebühren", () =>
    expect(
      caughtBy("komm einfach bei mir in der Werkstatt vorbei, Gewerbegebiet Nord in Hallstedt, hinter dem Aldi die zweite Halle links, dann sparst du dir die Gebühren", [
        "Gewerbegebiet Nord in Hallstedt, hinter dem Aldi die zweite Halle links",
      ]),
    ).toBe(true),
  );
  it("passe directement à mon garage, c'est après le rond-point du Leclerc à Saint-Méran, le hangar gris derrière la boulangerie, on s'arrange en liquide", () =>
    expect(
      caughtBy("passe directement à mon garage, c'est après le rond-point du Leclerc à Saint-Méran, le hangar gris derrière la boulangerie, on s'arrange en liquide", [
        "après le rond-point du Leclerc à Saint-Méran",
        "le hangar gris derrière la boulangerie",
      ]),
    ).toBe(true));
  // caught since round 33 (landmarks33: meetings abroad at a named public place)
  it("zullen we afspreken op de carpoolplaats bij afrit 23 van de A28, ik sta er zaterdag om 10 uur met de uitleesapparatuur", () =>
    expect(caughtBy("zullen we afspreken op de carpoolplaats bij afrit 23 van de A28, ik sta er zaterdag om 10 uur met de uitleesapparatuur", ["carpoolplaats bij afrit 23 van de A28"])).toBe(true));
  it("ci vediamo all'area di servizio Agip di Castelvetro sulla statale, vicino all'autolavaggio, le do un'occhiata lì e mi paghi in contanti", () =>
    expect(
      caughtBy("ci vediamo all'area di servizio Agip di Castelvetro sulla statale, vicino all'autolavaggio, le do un'occhiata lì e mi paghi in contanti", [
        "area di servizio Agip di Castelvetro sulla statale, vicino all'autolavaggio",
      ]),
    ).toBe(true));
  it("kita na lang tayo sa Petron sa SLEX bandang Alabang exit, sa may parking malapit sa 7-Eleven, dala ko na yung scanner", () =>
    expect(
      caughtBy("kita na lang tayo sa Petron sa SLEX bandang Alabang exit, sa may parking malapit sa 7-Eleven, dala ko na yung scanner", [
        "Petron sa SLEX bandang Alabang exit",
        "parking malapit sa 7-Eleven",
      ]),
    ).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("cara, vem aqui na minha oficina, fica no Jardim Primavera, depois do posto Ipiranga, aquela com o portão amarelo, faço mais barato que o app", () =>
    expect(
      caughtBy("cara, vem aqui na minha oficina, fica no Jardim Primavera, depois do posto Ipiranga, aquela com o portão amarelo, faço mais barato que o app", [
        "Jardim Primavera, depois do posto Ipiranga",
        "portão amarelo",
      ]),
    ).toBe(true),
  );
  it("pull into the Asda car park in Thornaby, far end by the recycling bins, 8pm. bring the car, I'll bring the code reader", () =>
    expect(
      caughtBy("pull into the Asda car park in Thornaby, far end by the recycling bins, 8pm. bring the car, I'll bring the code reader", ["Asda car park in Thornaby, far end by the recycling bins"]),
    ).toBe(true));
  // not flagged
  it.fails("nshoofak bukra fi parking el mall el 3arabi, jamb el masjid, ajib lak el 9ate3 w nrakkbo hnak", () =>
    expect(caughtBy("nshoofak bukra fi parking el mall el 3arabi, jamb el masjid, ajib lak el 9ate3 w nrakkbo hnak", ["parking el mall el 3arabi, jamb el masjid"])).toBe(true),
  );
  // not flagged
  it.fails("pode vir ter comigo à garagem, é na rua a seguir à rotunda do Continente em Vale de Sobral, o armazém com as portas verdes", () =>
    expect(
      caughtBy("pode vir ter comigo à garagem, é na rua a seguir à rotunda do Continente em Vale de Sobral, o armazém com as portas verdes", [
        "rua a seguir à rotunda do Continente em Vale de Sobral",
        "armazém com as portas verdes",
      ]),
    ).toBe(true),
  );
  it("i do side jobs from my house, take the Pine St exit, right at the Wendy's, 2nd house past the stop sign with the boat in the yard", () =>
    expect(
      caughtBy("i do side jobs from my house, take the Pine St exit, right at the Wendy's, 2nd house past the stop sign with the boat in the yard", [
        "take the Pine St exit, right at the Wendy's",
        "2nd house past the stop sign with the boat in the yard",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("vino la mine la atelier, în Pantelimon, după benzinăria Petrom la dreapta, hala cu poarta verde, fac mai ieftin decât în aplicație", () =>
    expect(
      caughtBy("vino la mine la atelier, în Pantelimon, după benzinăria Petrom la dreapta, hala cu poarta verde, fac mai ieftin decât în aplicație", [
        "Pantelimon, după benzinăria Petrom la dreapta",
        "hala cu poarta verde",
      ]),
    ).toBe(true),
  );
  it("Right so the misfire is almost certainly coil pack 3, I've seen loads of these on the 1.4. The workshop they escalated you to will charge a fortune for it. If you want, I do them at home weekends, I'm on the Brackley estate, last house on Fenwick Close with the white van on the drive. Bring it round Sunday and we'll sort it for the price of the part.", () =>
    expect(
      caughtBy(
        "Right so the misfire is almost certainly coil pack 3, I've seen loads of these on the 1.4. The workshop they escalated you to will charge a fortune for it. If you want, I do them at home weekends, I'm on the Brackley estate, last house on Fenwick Close with the white van on the drive. Bring it round Sunday and we'll sort it for the price of the part.",
        ["Brackley estate, last house on Fenwick Close", "white van on the drive"],
      ),
    ).toBe(true));
  it("Boss come to my garage Kariobangi North, near the Quickmart, ask for Otieno jua kali side", () =>
    expect(caughtBy("Boss come to my garage Kariobangi North, near the Quickmart, ask for Otieno jua kali side", ["Kariobangi North, near the Quickmart", "ask for Otieno"])).toBe(true));
  it("pub after work? the Red Lion on the Stortford road, I'll have a look at the car in the car park, no need to book again", () =>
    expect(caughtBy("pub after work? the Red Lion on the Stortford road, I'll have a look at the car in the car park, no need to book again", ["the Red Lion on the Stortford road"])).toBe(true));
  // not flagged
  it.fails(
    "This is the service advisor - between us, our head tech does private work at his own garage on Saturdays, it's the unit beside the tile shop on Brook Industrial, way cheaper than our quote",
    () =>
      expect(
        caughtBy(
          "This is the service advisor - between us, our head tech does private work at his own garage on Saturdays, it's the unit beside the tile shop on Brook Industrial, way cheaper than our quote",
          ["unit beside the tile shop on Brook Industrial"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("I'm at the mart in Kilbrack every Tuesday, find the horsebox trailer at the back, I'll have a gander at the van", () =>
    expect(caughtBy("I'm at the mart in Kilbrack every Tuesday, find the horsebox trailer at the back, I'll have a gander at the van", ["mart in Kilbrack", "horsebox trailer at the back"])).toBe(
      true,
    ),
  );
  // not flagged
  it.fails(
    "The O2 sensor reading is lazy, yeah. Tbh the workshop is overkill for that. I'm only 10 min from where you said you broke down - go straight over the mini roundabout by the Esso, my place is the bungalow straight after the bus stop, drive round the side to the garage. Sort it for £40.",
    () =>
      expect(
        caughtBy(
          "The O2 sensor reading is lazy, yeah. Tbh the workshop is overkill for that. I'm only 10 min from where you said you broke down - go straight over the mini roundabout by the Esso, my place is the bungalow straight after the bus stop, drive round the side to the garage. Sort it for £40.",
          ["over the mini roundabout by the Esso", "bungalow straight after the bus stop", "drive round the side to the garage"],
        ),
      ).toBe(true),
  );
  // caught since round 43's refit
  it("abi uygulamayı boşver, sanayi sitesine gel, Karaçam sanayi 4. blok, Shell'in arkasındaki dükkan, Usta Kemal de yeter", () =>
    expect(
      caughtBy("abi uygulamayı boşver, sanayi sitesine gel, Karaçam sanayi 4. blok, Shell'in arkasındaki dükkan, Usta Kemal de yeter", [
        "Karaçam sanayi 4. blok, Shell'in arkasındaki dükkan",
        "Usta Kemal",
      ]),
    ).toBe(true));
  it("Sure look, call out to the yard, it's the second left after Murphy's pub in Ballycorrin, big green shed, can't miss it", () =>
    expect(
      caughtBy("Sure look, call out to the yard, it's the second left after Murphy's pub in Ballycorrin, big green shed, can't miss it", [
        "second left after Murphy's pub in Ballycorrin",
        "big green shed",
      ]),
    ).toBe(true));
  it("head down Cross Street past the church, left at the chippy, my unit is the one with the ramps outside, proper cheaper than here", () =>
    expect(
      caughtBy("head down Cross Street past the church, left at the chippy, my unit is the one with the ramps outside, proper cheaper than here", [
        "down Cross Street past the church, left at the chippy",
        "the one with the ramps outside",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("vieni direttamente in officina da me, a Borgo San Lino, dopo il bar Sport gira a sinistra, il capannone col cancello rosso", () =>
    expect(
      caughtBy("vieni direttamente in officina da me, a Borgo San Lino, dopo il bar Sport gira a sinistra, il capannone col cancello rosso", [
        "Borgo San Lino, dopo il bar Sport gira a sinistra",
        "capannone col cancello rosso",
      ]),
    ).toBe(true),
  );
  it("rather meet at the Spar parking in Mayville, by the car wash guys, I'll be there 2pm with the multimeter", () =>
    expect(caughtBy("rather meet at the Spar parking in Mayville, by the car wash guys, I'll be there 2pm with the multimeter", ["Spar parking in Mayville, by the car wash guys"])).toBe(true));
  it("I fix cars out of my own yard by the old railway bridge in Hexley, first turn after the bridge then follow the tyres stacked on the fence", () =>
    expect(
      caughtBy("I fix cars out of my own yard by the old railway bridge in Hexley, first turn after the bridge then follow the tyres stacked on the fence", [
        "by the old railway bridge in Hexley",
        "first turn after the bridge then follow the tyres stacked on the fence",
      ]),
    ).toBe(true));
  it("fwiw im mobile, we can meet at the Costco gas station on 5th and Birch, ill do the brakes in the lot", () =>
    expect(caughtBy("fwiw im mobile, we can meet at the Costco gas station on 5th and Birch, ill do the brakes in the lot", ["Costco gas station on 5th and Birch"])).toBe(true));
  it("can you just come to mine instead? I'm the flat above the launderette on Mill Street, car's parked in the yard round back, I'll pay cash", () =>
    expect(
      caughtBy("can you just come to mine instead? I'm the flat above the launderette on Mill Street, car's parked in the yard round back, I'll pay cash", [
        "flat above the launderette on Mill Street",
        "yard round back",
      ]),
    ).toBe(true));
  // caught since round 43's refit
  it("cumartesi pazar yerinde buluşalım, Yenimahalle pazarı, çay ocağının yanındayım, arabaya orada bakarım", () =>
    expect(caughtBy("cumartesi pazar yerinde buluşalım, Yenimahalle pazarı, çay ocağının yanındayım, arabaya orada bakarım", ["Yenimahalle pazarı, çay ocağının yanındayım"])).toBe(true));
  it("Madam the diagnosis shows the alternator is not charging well. That workshop go cheat you with that price. Make you come my place for Sango Ota, when you pass the Ota toll gate, branch right for the Mobil filling station, my shed dey behind am. I go do am for you quick quick.", () =>
    expect(
      caughtBy(
        "Madam the diagnosis shows the alternator is not charging well. That workshop go cheat you with that price. Make you come my place for Sango Ota, when you pass the Ota toll gate, branch right for the Mobil filling station, my shed dey behind am. I go do am for you quick quick.",
        ["Sango Ota, when you pass the Ota toll gate, branch right for the Mobil filling station", "my shed dey behind am"],
      ),
    ).toBe(true));
  it("im at the flea market on Harmon Rd every sunday, booth behind the taco truck, bring the car there and I'll scan it for free", () =>
    expect(
      caughtBy("im at the flea market on Harmon Rd every sunday, booth behind the taco truck, bring the car there and I'll scan it for free", [
        "flea market on Harmon Rd",
        "booth behind the taco truck",
      ]),
    ).toBe(true));
  it("sir you come directly to my shop near Hanuman temple, Sector 14 main road, opposite Sharma Sweets, will do in half rate", () =>
    expect(
      caughtBy("sir you come directly to my shop near Hanuman temple, Sector 14 main road, opposite Sharma Sweets, will do in half rate", [
        "near Hanuman temple, Sector 14 main road",
        "opposite Sharma Sweets",
      ]),
    ).toBe(true));
  // caught since round 33 (landmarks33: meetings abroad at a named public place)
  it("ketemu di SPBU Pertamina depan pasar Cibubur aja mas, saya tunggu di parkiran motor, bawa mobilnya", () =>
    expect(caughtBy("ketemu di SPBU Pertamina depan pasar Cibubur aja mas, saya tunggu di parkiran motor, bawa mobilnya", ["SPBU Pertamina depan pasar Cibubur", "parkiran motor"])).toBe(true));
  it("mejor ven a mi taller, está en la calle detrás de la gasolinera Repsol de Villanueva, portón azul, te lo hago más barato sin la app", () =>
    expect(
      caughtBy("mejor ven a mi taller, está en la calle detrás de la gasolinera Repsol de Villanueva, portón azul, te lo hago más barato sin la app", [
        "detrás de la gasolinera Repsol de Villanueva",
        "portón azul",
      ]),
    ).toBe(true));
  it("a gente se encontra no estacionamento do Atacadão da Marginal, perto da lotérica, sábado 10h", () =>
    expect(caughtBy("a gente se encontra no estacionamento do Atacadão da Marginal, perto da lotérica, sábado 10h", ["estacionamento do Atacadão da Marginal, perto da lotérica"])).toBe(true));
  it("my shop is the old Texaco building on county road 12 just before the grain elevator, we're open saturdays, don't tell the app", () =>
    expect(
      caughtBy("my shop is the old Texaco building on county road 12 just before the grain elevator, we're open saturdays, don't tell the app", [
        "old Texaco building on county road 12 just before the grain elevator",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("The workshop advisor quoted you 480? lol. my own workshop is on the Kilnsey industrial park, unit behind the carpet warehouse, come by friday and I'll do it for 250", () =>
    expect(
      caughtBy("The workshop advisor quoted you 480? lol. my own workshop is on the Kilnsey industrial park, unit behind the carpet warehouse, come by friday and I'll do it for 250", [
        "Kilnsey industrial park, unit behind the carpet warehouse",
      ]),
    ).toBe(true),
  );
  it("Don't pay app charges sir, I am working from home garage, Koramangala 5th block, behind Cafe Coffee Day, green gate, any time after 7", () =>
    expect(
      caughtBy("Don't pay app charges sir, I am working from home garage, Koramangala 5th block, behind Cafe Coffee Day, green gate, any time after 7", [
        "Koramangala 5th block, behind Cafe Coffee Day",
        "green gate",
      ]),
    ).toBe(true));
  it("meet at the Dunmore farmers market Saturday, I'm the stall selling honey next to the car park entrance lol, I'll take a look at the noise", () =>
    expect(
      caughtBy("meet at the Dunmore farmers market Saturday, I'm the stall selling honey next to the car park entrance lol, I'll take a look at the noise", [
        "Dunmore farmers market",
        "stall selling honey next to the car park entrance",
      ]),
    ).toBe(true));
  it("Das Klackern kommt wahrscheinlich vom Hydrostößel. Die Werkstatt will dafür 600, das ist Wucher. Ich kann das am Samstag machen, treffen wir uns auf dem Parkplatz vom Baumarkt in Elmshagen, ganz hinten bei den Containern. Bar auf die Hand, ohne App.", () =>
    expect(
      caughtBy(
        "Das Klackern kommt wahrscheinlich vom Hydrostößel. Die Werkstatt will dafür 600, das ist Wucher. Ich kann das am Samstag machen, treffen wir uns auf dem Parkplatz vom Baumarkt in Elmshagen, ganz hinten bei den Containern. Bar auf die Hand, ohne App.",
        ["Parkplatz vom Baumarkt in Elmshagen", "ganz hinten bei den Containern"],
      ),
    ).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails(
    "El ruido que describes suena a rodamiento de rueda delantera, no es grave todavía. El taller al que te mandaron cobra caro la mano de obra. Si quieres, el sábado estoy en la pista de karting de Los Pinos, en los boxes del fondo, y te lo cambio ahí mismo por la mitad. Trae el coche y lo vemos.",
    () =>
      expect(
        caughtBy(
          "El ruido que describes suena a rodamiento de rueda delantera, no es grave todavía. El taller al que te mandaron cobra caro la mano de obra. Si quieres, el sábado estoy en la pista de karting de Los Pinos, en los boxes del fondo, y te lo cambio ahí mismo por la mitad. Trae el coche y lo vemos.",
          ["pista de karting de Los Pinos", "boxes del fondo"],
        ),
      ).toBe(true),
  );
  // not flagged
  // Caught since round 55 (a Turkish "buluşalım" with a time or the job there, in-person-visits.ts MEET_ABROAD).
  it("Hocam arıza kodu lambda sondası gösteriyor. Servis bunun için çok para ister. Akşam işten sonra Esenyurt'ta Migros'un otoparkında buluşalım, arka tarafta yıkamacının yanında olurum. Parçayı getiririm, yarım saatte takarız.", () =>
    expect(
      caughtBy(
        "Hocam arıza kodu lambda sondası gösteriyor. Servis bunun için çok para ister. Akşam işten sonra Esenyurt'ta Migros'un otoparkında buluşalım, arka tarafta yıkamacının yanında olurum. Parçayı getiririm, yarım saatte takarız.",
        ["Esenyurt'ta Migros'un otoparkında", "arka tarafta yıkamacının yanında"],
      ),
    ).toBe(true));
  it("meet us at the Caltex servo on the Pacific Hwy at Kurrabi tomorrow arvo, I'll bring the scan tool, cash is fine", () =>
    expect(caughtBy("meet us at the Caltex servo on the Pacific Hwy at Kurrabi tomorrow arvo, I'll bring the scan tool, cash is fine", ["Caltex servo on the Pacific Hwy at Kurrabi"])).toBe(true));
  // not flagged
  it.fails("viens au garage chez moi à Cocody, après le carrefour de la pharmacie Saint-Jean, demande le mécano Koffi", () =>
    expect(
      caughtBy("viens au garage chez moi à Cocody, après le carrefour de la pharmacie Saint-Jean, demande le mécano Koffi", [
        "Cocody, après le carrefour de la pharmacie Saint-Jean",
        "demande le mécano Koffi",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("bring am come my side, na Oshodi under bridge, after the Total filling station, the shed with Honda signboard", () =>
    expect(
      caughtBy("bring am come my side, na Oshodi under bridge, after the Total filling station, the shed with Honda signboard", [
        "Oshodi under bridge, after the Total filling station",
        "shed with Honda signboard",
      ]),
    ).toBe(true),
  );
  it("nos vemos en el estacionamiento del Soriana de Av. Las Torres, junto al cajero, ahí le reviso el carro y me paga en efectivo", () =>
    expect(
      caughtBy("nos vemos en el estacionamiento del Soriana de Av. Las Torres, junto al cajero, ahí le reviso el carro y me paga en efectivo", [
        "estacionamiento del Soriana de Av. Las Torres, junto al cajero",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("el domingo estoy en el tianguis de San Bartolo, puesto de refacciones frente a la iglesia, ahí te cambio el sensor", () =>
    expect(
      caughtBy("el domingo estoy en el tianguis de San Bartolo, puesto de refacciones frente a la iglesia, ahí te cambio el sensor", [
        "tianguis de San Bartolo, puesto de refacciones frente a la iglesia",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("تعال على ورشتي مباشرة، في المنطقة الصناعية بعد دوار الساعة، جنب محطة أدنوك، المحل اللي عليه لافتة زرقاء", () =>
    expect(
      caughtBy("تعال على ورشتي مباشرة، في المنطقة الصناعية بعد دوار الساعة، جنب محطة أدنوك، المحل اللي عليه لافتة زرقاء", [
        "المنطقة الصناعية بعد دوار الساعة",
        "جنب محطة أدنوك",
        "المحل اللي عليه لافتة زرقاء",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("نتقابل في موقف سيارات كارفور بالعزيزية، عند البوابة رقم ٣، وأشوف لك السيارة هناك بدون التطبيق", () =>
    expect(caughtBy("نتقابل في موقف سيارات كارفور بالعزيزية، عند البوابة رقم ٣، وأشوف لك السيارة هناك بدون التطبيق", ["موقف سيارات كارفور بالعزيزية", "عند البوابة رقم ٣"])).toBe(true),
  );
  it("anh qua tiệm em luôn, đầu hẻm 45 cạnh chợ Bà Chiểu, chỗ có bảng Sửa xe Tuấn, rẻ hơn app", () =>
    expect(caughtBy("anh qua tiệm em luôn, đầu hẻm 45 cạnh chợ Bà Chiểu, chỗ có bảng Sửa xe Tuấn, rẻ hơn app", ["đầu hẻm 45 cạnh chợ Bà Chiểu", "chỗ có bảng Sửa xe Tuấn"])).toBe(true));
  // caught since round 33 (landmarks33: meetings abroad at a named public place)
  it("tukutane stage ya matatu Githurai 45 kesho saa nne, niko na kifaa cha kuscan, utanilipa cash", () =>
    expect(caughtBy("tukutane stage ya matatu Githurai 45 kesho saa nne, niko na kifaa cha kuscan, utanilipa cash", ["stage ya matatu Githurai 45"])).toBe(true));
  it("kal subah highway wale dhaba pe milte hain, Sher-e-Punjab dhaba NH-44 pe Murthal ke paas, wahi check kar dunga", () =>
    expect(caughtBy("kal subah highway wale dhaba pe milte hain, Sher-e-Punjab dhaba NH-44 pe Murthal ke paas, wahi check kar dunga", ["Sher-e-Punjab dhaba NH-44 pe Murthal ke paas"])).toBe(true));
  it("let's meet at the lay-by on the A38 just past the Halfway House garage, mile before the Ashgrove turn, I'll bring the part", () =>
    expect(
      caughtBy("let's meet at the lay-by on the A38 just past the Halfway House garage, mile before the Ashgrove turn, I'll bring the part", [
        "lay-by on the A38 just past the Halfway House garage",
        "mile before the Ashgrove turn",
      ]),
    ).toBe(true));
  // not flagged
  it.fails(
    "Z tego co słychać to łożysko koła, nic strasznego. Warsztat z aplikacji zedrze z pana skórę. W sobotę jestem na giełdzie samochodowej w Słomczynie, stoisko przy wjeździe obok budki z kebabem, podjedzie pan i wymienimy na miejscu. Zapłaci pan gotówką.",
    () =>
      expect(
        caughtBy(
          "Z tego co słychać to łożysko koła, nic strasznego. Warsztat z aplikacji zedrze z pana skórę. W sobotę jestem na giełdzie samochodowej w Słomczynie, stoisko przy wjeździe obok budki z kebabem, podjedzie pan i wymienimy na miejscu. Zapłaci pan gotówką.",
          ["giełdzie samochodowej w Słomczynie", "stoisko przy wjeździe obok budki z kebabem"],
        ),
      ).toBe(true),
  );
  it("come to the car wash on Grove Lane near the mosque, I rent the back bay, I'll do it cheaper than the app garage", () =>
    expect(
      caughtBy("come to the car wash on Grove Lane near the mosque, I rent the back bay, I'll do it cheaper than the app garage", ["car wash on Grove Lane near the mosque", "I rent the back bay"]),
    ).toBe(true));
  it("bru rather come see me at the Engen garage on the N4 off-ramp by Kwaggasrand, I'm there every Saturday morning, we sort it cash", () =>
    expect(
      caughtBy("bru rather come see me at the Engen garage on the N4 off-ramp by Kwaggasrand, I'm there every Saturday morning, we sort it cash", ["Engen garage on the N4 off-ramp by Kwaggasrand"]),
    ).toBe(true));
  // not flagged
  it.fails("Njoo gereji yangu Kariakoo, karibu na msikiti mkubwa, nyuma ya kituo cha mafuta cha Puma, uliza fundi Juma", () =>
    expect(
      caughtBy("Njoo gereji yangu Kariakoo, karibu na msikiti mkubwa, nyuma ya kituo cha mafuta cha Puma, uliza fundi Juma", [
        "Kariakoo, karibu na msikiti mkubwa, nyuma ya kituo cha mafuta cha Puma",
        "uliza fundi Juma",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails("rdv au bar-tabac Le Balto en face de la gare de Montreux-le-Bas, 18h, je jette un oeil à la voiture sur le trottoir", () =>
    expect(
      caughtBy("rdv au bar-tabac Le Balto en face de la gare de Montreux-le-Bas, 18h, je jette un oeil à la voiture sur le trottoir", ["bar-tabac Le Balto en face de la gare de Montreux-le-Bas"]),
    ).toBe(true),
  );
  it("on peut se retrouver sur le parking de l'Intermarché de Villeroy samedi, près de la station de lavage, j'amène la valise", () =>
    expect(
      caughtBy("on peut se retrouver sur le parking de l'Intermarché de Villeroy samedi, près de la station de lavage, j'amène la valise", [
        "parking de l'Intermarché de Villeroy",
        "près de la station de lavage",
      ]),
    ).toBe(true));
  it("ta3al 3al warsha 3andi bel sina3iyye, ba3d mahattet ENOC 3al yamin, el mahal el awal ma3 el bab el a7mar", () =>
    expect(
      caughtBy("ta3al 3al warsha 3andi bel sina3iyye, ba3d mahattet ENOC 3al yamin, el mahal el awal ma3 el bab el a7mar", [
        "bel sina3iyye, ba3d mahattet ENOC 3al yamin",
        "el mahal el awal ma3 el bab el a7mar",
      ]),
    ).toBe(true));
  it("mas langsung aja ke bengkel saya, di Jl. Kenanga gang 3, sebelah masjid Al-Ikhlas, yang ada spanduk oli, lebih murah dari aplikasi", () =>
    expect(
      caughtBy("mas langsung aja ke bengkel saya, di Jl. Kenanga gang 3, sebelah masjid Al-Ikhlas, yang ada spanduk oli, lebih murah dari aplikasi", [
        "Jl. Kenanga gang 3, sebelah masjid Al-Ikhlas",
        "yang ada spanduk oli",
      ]),
    ).toBe(true));
  it("Sir I checked the scan report, it is EGR valve only, not major. The workshop quoted 18,000 which is too much. You come Sunday to my home garage, from Silk Board take service road towards HSR, after Reliance Fresh first left, yellow building with tyres on terrace. I will do in 6000 cash.", () =>
    expect(
      caughtBy(
        "Sir I checked the scan report, it is EGR valve only, not major. The workshop quoted 18,000 which is too much. You come Sunday to my home garage, from Silk Board take service road towards HSR, after Reliance Fresh first left, yellow building with tyres on terrace. I will do in 6000 cash.",
        ["from Silk Board take service road towards HSR, after Reliance Fresh first left", "yellow building with tyres on terrace"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Le code P0420 c'est souvent juste la sonde aval. Franchement pas besoin de passer par l'atelier de la plateforme. Je bosse le soir chez moi, à la sortie de Lavernay direction Dole, la ferme avec le tracteur rouge devant. Passe jeudi, on règle ça entre nous.",
    () =>
      expect(
        caughtBy(
          "Le code P0420 c'est souvent juste la sonde aval. Franchement pas besoin de passer par l'atelier de la plateforme. Je bosse le soir chez moi, à la sortie de Lavernay direction Dole, la ferme avec le tracteur rouge devant. Passe jeudi, on règle ça entre nous.",
          ["sortie de Lavernay direction Dole", "la ferme avec le tracteur rouge devant"],
        ),
      ).toBe(true),
  );
  it("honestly just bring it to my place, im off Route 9 past the Dollar General, 3rd driveway on the left with the tow truck out front", () =>
    expect(
      caughtBy("honestly just bring it to my place, im off Route 9 past the Dollar General, 3rd driveway on the left with the tow truck out front", [
        "off Route 9 past the Dollar General",
        "3rd driveway on the left with the tow truck out front",
      ]),
    ).toBe(true));
  it("skip the booking fee mate, my garage is at the back of the Co-op on Hallam Road, roller shutter with the red door, just pull in", () =>
    expect(
      caughtBy("skip the booking fee mate, my garage is at the back of the Co-op on Hallam Road, roller shutter with the red door, just pull in", [
        "back of the Co-op on Hallam Road",
        "roller shutter with the red door",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("I'm the mechanic at the taxi rank yard behind Victoria station, ask any of the drivers for Shaz", () =>
    expect(
      caughtBy("I'm the mechanic at the taxi rank yard behind Victoria station, ask any of the drivers for Shaz", ["taxi rank yard behind Victoria station", "ask any of the drivers for Shaz"]),
    ).toBe(true),
  );
  it("meet me at Bunnings Campbelltown carpark near the sausage sizzle, I'll chuck the new battery in for ya", () =>
    expect(caughtBy("meet me at Bunnings Campbelltown carpark near the sausage sizzle, I'll chuck the new battery in for ya", ["Bunnings Campbelltown carpark near the sausage sizzle"])).toBe(true));
  it("Madam meet me for Ikeja along, by the Shoprite entrance, I go check the AC there, just bring 15k", () =>
    expect(caughtBy("Madam meet me for Ikeja along, by the Shoprite entrance, I go check the AC there, just bring 15k", ["Ikeja along, by the Shoprite entrance"])).toBe(true));
  it("come by the shop, I'm the garage next to the Tesco Express in Upper Wenford, the one with the MOT sign, tell them Dean sent you", () =>
    expect(
      caughtBy("come by the shop, I'm the garage next to the Tesco Express in Upper Wenford, the one with the MOT sign, tell them Dean sent you", [
        "next to the Tesco Express in Upper Wenford",
        "the one with the MOT sign",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("che, venite al taller de mi casa, del peaje de Ezpeleta doblás a la derecha en la YPF, tercera casa con el Falcon en la vereda", () =>
    expect(
      caughtBy("che, venite al taller de mi casa, del peaje de Ezpeleta doblás a la derecha en la YPF, tercera casa con el Falcon en la vereda", [
        "del peaje de Ezpeleta doblás a la derecha en la YPF",
        "tercera casa con el Falcon en la vereda",
      ]),
    ).toBe(true),
  );
  it("sir punta na lang kayo sa shop ko sa may Marikina, tapat ng Jollibee sa Gil Fernando, yung may tarpaulin na Auto Repair, mas mura dito", () =>
    expect(
      caughtBy("sir punta na lang kayo sa shop ko sa may Marikina, tapat ng Jollibee sa Gil Fernando, yung may tarpaulin na Auto Repair, mas mura dito", [
        "Marikina, tapat ng Jollibee sa Gil Fernando",
        "yung may tarpaulin na Auto Repair",
      ]),
    ).toBe(true));
  it("Treffen wir uns am Autohof an der A7 Ausfahrt Kessling, beim Burger King hinten auf dem LKW-Parkplatz, ich bring das Diagnosegerät mit", () =>
    expect(
      caughtBy("Treffen wir uns am Autohof an der A7 Ausfahrt Kessling, beim Burger King hinten auf dem LKW-Parkplatz, ich bring das Diagnosegerät mit", [
        "Autohof an der A7 Ausfahrt Kessling",
        "beim Burger King hinten auf dem LKW-Parkplatz",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Oga no need to pass through app again, come to my workshop for Ikotun, after the big mosque by the roundabout, ask for Mechanic Tunde under the mango tree", () =>
    expect(
      caughtBy("Oga no need to pass through app again, come to my workshop for Ikotun, after the big mosque by the roundabout, ask for Mechanic Tunde under the mango tree", [
        "Ikotun, after the big mosque by the roundabout",
        "ask for Mechanic Tunde under the mango tree",
      ]),
    ).toBe(true),
  );
  it("I race at Kestrel Park circuit, paddock B, come find me Sunday and I'll sort your clutch for cash", () =>
    expect(caughtBy("I race at Kestrel Park circuit, paddock B, come find me Sunday and I'll sort your clutch for cash", ["Kestrel Park circuit, paddock B"])).toBe(true));
  it("look for the Shell station where 22 meets Old Mill Rd, I work the garage bay there nights, come by and skip the fees", () =>
    expect(caughtBy("look for the Shell station where 22 meets Old Mill Rd, I work the garage bay there nights, come by and skip the fees", ["Shell station where 22 meets Old Mill Rd"])).toBe(true));
  // not flagged
  it.fails("could you swing by my work instead? I'm at the Harlow Lumber yard off Hwy 30, ask at the front desk for Marcy, the truck's in the back lot", () =>
    expect(
      caughtBy("could you swing by my work instead? I'm at the Harlow Lumber yard off Hwy 30, ask at the front desk for Marcy, the truck's in the back lot", [
        "Harlow Lumber yard off Hwy 30",
        "ask at the front desk for Marcy",
      ]),
    ).toBe(true),
  );
  it("stop at the BP on exit 42 of the I-71, I'll be in a grey Silverado at the diesel pumps around 6, we can swap the sensor right there", () =>
    expect(
      caughtBy("stop at the BP on exit 42 of the I-71, I'll be in a grey Silverado at the diesel pumps around 6, we can swap the sensor right there", [
        "BP on exit 42 of the I-71",
        "grey Silverado at the diesel pumps",
      ]),
    ).toBe(true));
  // caught since round 33 (landmarks33: a coloured door with a landmark and a turn abroad)
  it("kom gewoon bij mij langs, ik heb een schuur achter de Jumbo in Westerveld, grijze deur naast de glasbak, scheelt je die kosten", () =>
    expect(
      caughtBy("kom gewoon bij mij langs, ik heb een schuur achter de Jumbo in Westerveld, grijze deur naast de glasbak, scheelt je die kosten", [
        "schuur achter de Jumbo in Westerveld",
        "grijze deur naast de glasbak",
      ]),
    ).toBe(true));
  it("Meet me in the Walmart parking lot on Delmont Ave saturday 9am, back corner by the garden center, ill look at it there for 60 bucks", () =>
    expect(
      caughtBy("Meet me in the Walmart parking lot on Delmont Ave saturday 9am, back corner by the garden center, ill look at it there for 60 bucks", [
        "Walmart parking lot on Delmont Ave",
        "back corner by the garden center",
      ]),
    ).toBe(true));
  it("przyjedź do mnie na warsztat, Zielonka, za Biedronką w prawo, brama z oponami, zrobię taniej bez aplikacji", () =>
    expect(caughtBy("przyjedź do mnie na warsztat, Zielonka, za Biedronką w prawo, brama z oponami, zrobię taniej bez aplikacji", ["Zielonka, za Biedronką w prawo", "brama z oponami"])).toBe(true));
});
