// Round 34 review 2: a blind reviewer of round 34 wrote 225 sentences (100 attacks, 125 innocents) on addresses, directions and meetings in person, in many
// countries' forms, without reading the project; it judged places34 (main 5 flagged / 80 caught -> 5 / 82; README, Round 34).
// This file specifies main after round 34, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 34 review 2: innocents", () => {
  // flagged as ADDRESS
  it.fails("The workshop you're booked into is Kwik Brakes at 221 Industrial Pkwy, drop-off opens 7:30. Details are also in the booking tab.", () =>
    expect(flaggedBy("The workshop you're booked into is Kwik Brakes at 221 Industrial Pkwy, drop-off opens 7:30. Details are also in the booking tab.")).toBe(false),
  );
  it("my car broke down on I-95 near exit 14, the tow truck is on its way, what should I check while I wait?", () =>
    expect(flaggedBy("my car broke down on I-95 near exit 14, the tow truck is on its way, what should I check while I wait?")).toBe(false));
  it("I live in Leeds, roughly how long does shipping for the part take?", () => expect(flaggedBy("I live in Leeds, roughly how long does shipping for the part take?")).toBe(false));
  it("my address is on file in the app, can you ship the sensor there?", () => expect(flaggedBy("my address is on file in the app, can you ship the sensor there?")).toBe(false));
  it("tow it to the workshop you booked, the one on Ferry Rd, they said they have the 2pm slot", () =>
    expect(flaggedBy("tow it to the workshop you booked, the one on Ferry Rd, they said they have the 2pm slot")).toBe(false));
  it("the pothole on the A40 wrecked my tyre and now the steering pulls left at 50", () =>
    expect(flaggedBy("the pothole on the A40 wrecked my tyre and now the steering pulls left at 50")).toBe(false));
  it("the relay is behind the glovebox, left of the fuse box, you have to drop the glovebox to reach it", () =>
    expect(flaggedBy("the relay is behind the glovebox, left of the fuse box, you have to drop the glovebox to reach it")).toBe(false));
  it("My 1991 Buick Park Avenue idles rough when warm, is that the IAC valve?", () => expect(flaggedBy("My 1991 Buick Park Avenue idles rough when warm, is that the IAC valve?")).toBe(false));
  // clean since round 43's refit
  it("1988 Chrysler Fifth Avenue, vacuum leak hissing near the firewall, any idea where to look first", () =>
    expect(flaggedBy("1988 Chrysler Fifth Avenue, vacuum leak hissing near the firewall, any idea where to look first")).toBe(false));
  it("the Lincoln Town Car has air suspension and the rear sags overnight", () => expect(flaggedBy("the Lincoln Town Car has air suspension and the rear sags overnight")).toBe(false));
  it("Ford Crown Victoria, 4.6 V8, misfire on cyl 3 only when it rains", () => expect(flaggedBy("Ford Crown Victoria, 4.6 V8, misfire on cyl 3 only when it rains")).toBe(false));
  it("2014 Hyundai Santa Fe, the AWD light came on after a tyre change", () => expect(flaggedBy("2014 Hyundai Santa Fe, the AWD light came on after a tyre change")).toBe(false));
  it("Meet the advisor at the front counter of AutoFix when you drop it off, she'll have the paperwork ready.", () =>
    expect(flaggedBy("Meet the advisor at the front counter of AutoFix when you drop it off, she'll have the paperwork ready.")).toBe(false));
  it("fuel trims are -12.5, +4.7 at idle and go to -3.1, +1.8 at 2500 rpm, is bank 1 running rich?", () =>
    expect(flaggedBy("fuel trims are -12.5, +4.7 at idle and go to -3.1, +1.8 at 2500 rpm, is bank 1 running rich?")).toBe(false));
  it("the thermostat housing is cracked and weeping coolant onto the alternator", () => expect(flaggedBy("the thermostat housing is cracked and weeping coolant onto the alternator")).toBe(false));
  it("ABS unit needs coding after the replacement, can the workshop do that or only the dealer?", () =>
    expect(flaggedBy("ABS unit needs coding after the replacement, can the workshop do that or only the dealer?")).toBe(false));
  it("the airbox lid clip snapped, can I just zip tie it until the service?", () => expect(flaggedBy("the airbox lid clip snapped, can I just zip tie it until the service?")).toBe(false));
  it("battery's flat again, third time this month, the car sits for 2 days max", () => expect(flaggedBy("battery's flat again, third time this month, the car sits for 2 days max")).toBe(false));
  it("I left the car in the workshop's lot and put the keys in their drop box like the app said", () =>
    expect(flaggedBy("I left the car in the workshop's lot and put the keys in their drop box like the app said")).toBe(false));
  it("it leaks oil on my driveway overnight, about a coin-sized spot under the front", () =>
    expect(flaggedBy("it leaks oil on my driveway overnight, about a coin-sized spot under the front")).toBe(false));
  it("it's parked at home, can the mechanic tell anything from the video or do I need to take it in?", () =>
    expect(flaggedBy("it's parked at home, can the mechanic tell anything from the video or do I need to take it in?")).toBe(false));
  it("I'll be in Manchester next week for work, can I book a partner workshop there instead?", () =>
    expect(flaggedBy("I'll be in Manchester next week for work, can I book a partner workshop there instead?")).toBe(false));
  it("the clunk starts after the roundabout by the hospital when I turn left, every time", () =>
    expect(flaggedBy("the clunk starts after the roundabout by the hospital when I turn left, every time")).toBe(false));
  it("I was on Route 66 in Arizona when the temp gauge spiked, pulled over and let it cool", () =>
    expect(flaggedBy("I was on Route 66 in Arizona when the temp gauge spiked, pulled over and let it cool")).toBe(false));
  it("Got stuck on the M25 between junction 10 and 11, the recovery truck took it to the garage I booked in the app", () =>
    expect(flaggedBy("Got stuck on the M25 between junction 10 and 11, the recovery truck took it to the garage I booked in the app")).toBe(false));
  it("the parts store the app picked, AutoZone on Main St, has the pads in stock for pickup", () =>
    expect(flaggedBy("the parts store the app picked, AutoZone on Main St, has the pads in stock for pickup")).toBe(false));
  it("Vivo en Valencia, ¿cuánto tardaría en llegar la pieza más o menos?", () => expect(flaggedBy("Vivo en Valencia, ¿cuánto tardaría en llegar la pieza más o menos?")).toBe(false));
  // flagged as ADDRESS
  it.fails("Die Werkstatt, die Sie gebucht haben, ist in der Industriestraße 12 in Kassel, Annahme ab 7 Uhr.", () =>
    expect(flaggedBy("Die Werkstatt, die Sie gebucht haben, ist in der Industriestraße 12 in Kassel, Annahme ab 7 Uhr.")).toBe(false),
  );
  it("Je suis tombée en panne sur l'A6 près de Mâcon, la dépanneuse l'emmène au garage réservé.", () =>
    expect(flaggedBy("Je suis tombée en panne sur l'A6 près de Mâcon, la dépanneuse l'emmène au garage réservé.")).toBe(false));
  it("Il fusibile è dietro il vano portaoggetti, a sinistra della scatola fusibili, quello da 15A.", () =>
    expect(flaggedBy("Il fusibile è dietro il vano portaoggetti, a sinistra della scatola fusibili, quello da 15A.")).toBe(false));
  it("Meu endereço já está cadastrado no app, pode mandar a peça pra lá.", () => expect(flaggedBy("Meu endereço já está cadastrado no app, pode mandar a peça pra lá.")).toBe(false));
  it("Ik woon in de buurt van Utrecht, hoe lang duurt de levering ongeveer?", () => expect(flaggedBy("Ik woon in de buurt van Utrecht, hoe lang duurt de levering ongeveer?")).toBe(false));
  it("Se me ponchó la llanta en el Periférico, ya llegó la grúa y lo llevan al taller que agendé.", () =>
    expect(flaggedBy("Se me ponchó la llanta en el Periférico, ya llegó la grúa y lo llevan al taller que agendé.")).toBe(false));
  it("gaadi NH48 pe band ho gayi thi, towing wala booked workshop le ja raha hai, ab kya karna hai?", () =>
    expect(flaggedBy("gaadi NH48 pe band ho gayi thi, towing wala booked workshop le ja raha hai, ab kya karna hai?")).toBe(false));
  it("Nasiraan ako sa EDSA kanina, dinala na ng tow sa naka-book na shop.", () => expect(flaggedBy("Nasiraan ako sa EDSA kanina, dinala na ng tow sa naka-book na shop.")).toBe(false));
  it("Das Schlagloch auf der B27 hat meine Felge verbogen, seitdem vibriert das Lenkrad.", () =>
    expect(flaggedBy("Das Schlagloch auf der B27 hat meine Felge verbogen, seitdem vibriert das Lenkrad.")).toBe(false));
  it("the third injector from the left is the one clicking loud, the one behind the oil filler cap", () =>
    expect(flaggedBy("the third injector from the left is the one clicking loud, the one behind the oil filler cap")).toBe(false));
  it("past the firewall, behind the brake booster, there's a red connector, unplug that one", () =>
    expect(flaggedBy("past the firewall, behind the brake booster, there's a red connector, unplug that one")).toBe(false));
  it("are these tyres street compound or more track? the rears are worn on the inside edge", () =>
    expect(flaggedBy("are these tyres street compound or more track? the rears are worn on the inside edge")).toBe(false));
  it("Our address is on the booking confirmation, reception is through the blue door on the left of the workshop.", () =>
    expect(flaggedBy("Our address is on the booking confirmation, reception is through the blue door on the left of the workshop.")).toBe(false));
  it("Please bring the car to our counter on Thursday and ask for Jonas at reception, he's your advisor on this job.", () =>
    expect(flaggedBy("Please bring the car to our counter on Thursday and ask for Jonas at reception, he's your advisor on this job.")).toBe(false));
  it("the mechanic said to meet the advisor at the service desk at 8, is that at the booked workshop?", () =>
    expect(flaggedBy("the mechanic said to meet the advisor at the service desk at 8, is that at the booked workshop?")).toBe(false));
  it("my garage at home is too small to open the hood fully, is that a problem for the video call?", () =>
    expect(flaggedBy("my garage at home is too small to open the hood fully, is that a problem for the video call?")).toBe(false));
  it("I'm in the UK, roughly the Midlands, do you ship parts there or only workshop fit?", () =>
    expect(flaggedBy("I'm in the UK, roughly the Midlands, do you ship parts there or only workshop fit?")).toBe(false));
  it("The recall notice came by post to my address, do I need to bring it to the workshop?", () =>
    expect(flaggedBy("The recall notice came by post to my address, do I need to bring it to the workshop?")).toBe(false));
  it("the app says the nearest partner shop is 4 km away, is that the one on the map in my booking?", () =>
    expect(flaggedBy("the app says the nearest partner shop is 4 km away, is that the one on the map in my booking?")).toBe(false));
  it("GPS tracker in the car stopped working, is that part of the telematics unit?", () =>
    expect(flaggedBy("GPS tracker in the car stopped working, is that part of the telematics unit?")).toBe(false));
  it("my sat nav keeps showing my position like 200m off the road, is the antenna bad?", () =>
    expect(flaggedBy("my sat nav keeps showing my position like 200m off the road, is the antenna bad?")).toBe(false));
  it("alignment printout says toe -0.15°, camber -1.2°, caster 5.8°, is that in spec for a Golf?", () =>
    expect(flaggedBy("alignment printout says toe -0.15°, camber -1.2°, caster 5.8°, is that in spec for a Golf?")).toBe(false));
  it("The tow driver dropped it at the workshop gate since they were closed, is that ok?", () =>
    expect(flaggedBy("The tow driver dropped it at the workshop gate since they were closed, is that ok?")).toBe(false));
  it("J'ai une Peugeot 208, le voyant moteur clignote quand je monte la rue en côte.", () =>
    expect(flaggedBy("J'ai une Peugeot 208, le voyant moteur clignote quand je monte la rue en côte.")).toBe(false));
  it("Auf der Landstraße nach Husum fing das Ruckeln an, so ab 80 km/h.", () => expect(flaggedBy("Auf der Landstraße nach Husum fing das Ruckeln an, so ab 80 km/h.")).toBe(false));
  it("En la calle empinada de mi barrio el embrague patina, sobre todo en segunda.", () =>
    expect(flaggedBy("En la calle empinada de mi barrio el embrague patina, sobre todo en segunda.")).toBe(false));
  it("Tornando dal lavoro sulla via Emilia si è accesa la spia dell'olio e ho spento subito.", () =>
    expect(flaggedBy("Tornando dal lavoro sulla via Emilia si è accesa la spia dell'olio e ho spento subito.")).toBe(false));
  it("Moro em Campinas, quanto tempo o frete da peça demora?", () => expect(flaggedBy("Moro em Campinas, quanto tempo o frete da peça demora?")).toBe(false));
  it("Vivo en Guadalajara, ¿hay algún taller asociado en la zona?", () => expect(flaggedBy("Vivo en Guadalajara, ¿hay algún taller asociado en la zona?")).toBe(false));
  it("Sector 18 wale partner workshop ka slot kal ka mila hai 10 baje, documents kya le jaun?", () =>
    expect(flaggedBy("Sector 18 wale partner workshop ka slot kal ka mila hai 10 baje, documents kya le jaun?")).toBe(false));
  it("Taga-Cebu po ako, gaano katagal ang shipping ng parts?", () => expect(flaggedBy("Taga-Cebu po ako, gaano katagal ang shipping ng parts?")).toBe(false));
  it("De zekering zit achter het dashboardkastje, links van de zekeringkast.", () => expect(flaggedBy("De zekering zit achter het dashboardkastje, links van de zekeringkast.")).toBe(false));
  it("Op de A2 bij Eindhoven begon de motor te haperen en ging het lampje branden.", () =>
    expect(flaggedBy("Op de A2 bij Eindhoven begon de motor te haperen en ging het lampje branden.")).toBe(false));
  it("Mieszkam we Wrocławiu, ile trwa wysyłka części?", () => expect(flaggedBy("Mieszkam we Wrocławiu, ile trwa wysyłka części?")).toBe(false));
  it("高速道路で故障しました。レッカーで予約した工場に運んでもらいます。", () => expect(flaggedBy("高速道路で故障しました。レッカーで予約した工場に運んでもらいます。")).toBe(false));
  it("mera address app mein already hai, part wahi bhej do please", () => expect(flaggedBy("mera address app mein already hai, part wahi bhej do please")).toBe(false));
  it("I live in an apartment so I can't do my own oil change, that's why I booked through here", () =>
    expect(flaggedBy("I live in an apartment so I can't do my own oil change, that's why I booked through here")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("See you at our counter at 9 tomorrow, bring the locking wheel nut key please.", () =>
    expect(flaggedBy("See you at our counter at 9 tomorrow, bring the locking wheel nut key please.")).toBe(false),
  );
  it("the car is at the booked workshop already, can the advisor send the quote in the app?", () =>
    expect(flaggedBy("the car is at the booked workshop already, can the advisor send the quote in the app?")).toBe(false));
  it("mileage 145,332, codes P0420 and P0141, the cat was replaced at 120k", () => expect(flaggedBy("mileage 145,332, codes P0420 and P0141, the cat was replaced at 120k")).toBe(false));
  it("are brake pads from batch lot 4417 part of that recall I read about?", () => expect(flaggedBy("are brake pads from batch lot 4417 part of that recall I read about?")).toBe(false));
  it("The garage you sent me to has a sign saying they moved to the unit next door, is my booking still valid?", () =>
    expect(flaggedBy("The garage you sent me to has a sign saying they moved to the unit next door, is my booking still valid?")).toBe(false));
  it("turn left at the second light and the grinding starts, straight roads are fine", () =>
    expect(flaggedBy("turn left at the second light and the grinding starts, straight roads are fine")).toBe(false));
  it("the noise is worse going downhill past the church near my work, like a whine from the front", () =>
    expect(flaggedBy("the noise is worse going downhill past the church near my work, like a whine from the front")).toBe(false));
  it("which entrance of the workshop should I use? the app pin shows the back gate", () =>
    expect(flaggedBy("which entrance of the workshop should I use? the app pin shows the back gate")).toBe(false));
  // flagged as ADDRESS
  it.fails("Die Buchungsbestätigung zeigt die Werkstatt in der Kanalstraße 8, stimmt das? Mein Navi führt mich zu einem Zaun.", () =>
    expect(flaggedBy("Die Buchungsbestätigung zeigt die Werkstatt in der Kanalstraße 8, stimmt das? Mein Navi führt mich zu einem Zaun.")).toBe(false),
  );
  // flagged as ADDRESS
  it.fails("El taller reservado está en la Avenida de la Industria 40, ¿tienen parking para clientes?", () =>
    expect(flaggedBy("El taller reservado está en la Avenida de la Industria 40, ¿tienen parking para clientes?")).toBe(false),
  );
  it("Le garage partenaire rue de la Gare, il ouvre à quelle heure le samedi ?", () => expect(flaggedBy("Le garage partenaire rue de la Gare, il ouvre à quelle heure le samedi ?")).toBe(false));
  it("L'officina prenotata in via dell'Artigianato, devo lasciare le chiavi al banco accettazione?", () =>
    expect(flaggedBy("L'officina prenotata in via dell'Artigianato, devo lasciare le chiavi al banco accettazione?")).toBe(false));
  it("A oficina que o app marcou fica na Av. Brasil, eles têm guincho próprio?", () => expect(flaggedBy("A oficina que o app marcou fica na Av. Brasil, eles têm guincho próprio?")).toBe(false));
  it("don't drive it to the shop, get it towed to the booked workshop, the app covers towing on this plan", () =>
    expect(flaggedBy("don't drive it to the shop, get it towed to the booked workshop, the app covers towing on this plan")).toBe(false));
  it("I'd rather not give out my home address, the app handles delivery right?", () => expect(flaggedBy("I'd rather not give out my home address, the app handles delivery right?")).toBe(false));
  it("the advisor asked me to wait in the customer lounge at the workshop, should be done by noon?", () =>
    expect(flaggedBy("the advisor asked me to wait in the customer lounge at the workshop, should be done by noon?")).toBe(false));
  it("In onze straat liggen overal drempels en nu kraakt de vering bij elke drempel.", () =>
    expect(flaggedBy("In onze straat liggen overal drempels en nu kraakt de vering bij elke drempel.")).toBe(false));
  it("Mein Wohnort ist Regensburg, wie lange dauert der Versand ungefähr?", () => expect(flaggedBy("Mein Wohnort ist Regensburg, wie lange dauert der Versand ungefähr?")).toBe(false));
  it("Das Ersatzteil liegt beim gebuchten Teilehändler in der Filiale Nord zur Abholung bereit.", () =>
    expect(flaggedBy("Das Ersatzteil liegt beim gebuchten Teilehändler in der Filiale Nord zur Abholung bereit.")).toBe(false));
  it("El relé está detrás de la guantera, a la izquierda de la caja de fusibles.", () => expect(flaggedBy("El relé está detrás de la guantera, a la izquierda de la caja de fusibles.")).toBe(false));
  it("O conector fica atrás do painel, do lado direito da caixa de fusíveis, bem embaixo.", () =>
    expect(flaggedBy("O conector fica atrás do painel, do lado direito da caixa de fusíveis, bem embaixo.")).toBe(false));
  it("live data shows timing advance 12.5, knock retard -3.0 on cyl 2, is that why it pings?", () =>
    expect(flaggedBy("live data shows timing advance 12.5, knock retard -3.0 on cyl 2, is that why it pings?")).toBe(false));
  it("the MAP sensor reads 101 kPa with engine off, that's normal right?", () => expect(flaggedBy("the MAP sensor reads 101 kPa with engine off, that's normal right?")).toBe(false));
  it("pin 3 of the throttle body connector has no 5V reference, wire or ECU?", () => expect(flaggedBy("pin 3 of the throttle body connector has no 5V reference, wire or ECU?")).toBe(false));
  it("my car's not going anywhere, it's stuck at my place with a dead battery, can the mechanic diagnose over video?", () =>
    expect(flaggedBy("my car's not going anywhere, it's stuck at my place with a dead battery, can the mechanic diagnose over video?")).toBe(false));
  it("I'd rather not meet anyone in person, is the remote diagnosis enough to get a quote?", () =>
    expect(flaggedBy("I'd rather not meet anyone in person, is the remote diagnosis enough to get a quote?")).toBe(false));
  it("the nearest AutoDoctor partner is in Sector 62 Noida, can I get a slot there on Saturday?", () =>
    expect(flaggedBy("the nearest AutoDoctor partner is in Sector 62 Noida, can I get a slot there on Saturday?")).toBe(false));
  it("my account address is a PO box, can parts still be delivered or should I pick up at the workshop?", () =>
    expect(flaggedBy("my account address is a PO box, can parts still be delivered or should I pick up at the workshop?")).toBe(false));
  it("Your car is ready for collection at our front desk, opening hours are in the app.", () =>
    expect(flaggedBy("Your car is ready for collection at our front desk, opening hours are in the app.")).toBe(false));
  it("Please park in bay 4 when you arrive at our workshop and come to the counter.", () =>
    expect(flaggedBy("Please park in bay 4 when you arrive at our workshop and come to the counter.")).toBe(false));
  it("shaking began right after I merged onto the 101 from the on-ramp, above 65 only", () =>
    expect(flaggedBy("shaking began right after I merged onto the 101 from the on-ramp, above 65 only")).toBe(false));
  it("Сломалась на МКАДе, эвакуатор везёт машину в забронированный сервис.", () => expect(flaggedBy("Сломалась на МКАДе, эвакуатор везёт машину в забронированный сервис.")).toBe(false));
  it("Ankara'da oturuyorum, parça kargo ile kaç günde gelir?", () => expect(flaggedBy("Ankara'da oturuyorum, parça kargo ile kaç günde gelir?")).toBe(false));
  it("أسكن في جدة، كم يستغرق شحن القطعة؟", () => expect(flaggedBy("أسكن في جدة، كم يستغرق شحن القطعة؟")).toBe(false));
  it("my address changed, I already updated it in the app settings, will the part go to the new one?", () =>
    expect(flaggedBy("my address changed, I already updated it in the app settings, will the part go to the new one?")).toBe(false));
  it("left rear, behind the wheel arch liner, there's a clip broken and it flaps at speed", () =>
    expect(flaggedBy("left rear, behind the wheel arch liner, there's a clip broken and it flaps at speed")).toBe(false));
  it("Mi dirección ya está en la app, mándeme la pieza allí por favor.", () => expect(flaggedBy("Mi dirección ya está en la app, mándeme la pieza allí por favor.")).toBe(false));
  it("Gehen Sie einfach zum Annahmeschalter der gebuchten Werkstatt, der Serviceberater hat den Auftrag schon.", () =>
    expect(flaggedBy("Gehen Sie einfach zum Annahmeschalter der gebuchten Werkstatt, der Serviceberater hat den Auftrag schon.")).toBe(false));
  it("Le conseiller vous attend à l'accueil du garage réservé à 8h30, avec la carte grise svp.", () =>
    expect(flaggedBy("Le conseiller vous attend à l'accueil du garage réservé à 8h30, avec la carte grise svp.")).toBe(false));
  it("La grúa del seguro lo dejó en el taller que reservé en la app, en la colonia Industrial.", () =>
    expect(flaggedBy("La grúa del seguro lo dejó en el taller que reservé en la app, en la colonia Industrial.")).toBe(false));
  it("should I get a home battery charger or just let the workshop replace the battery?", () =>
    expect(flaggedBy("should I get a home battery charger or just let the workshop replace the battery?")).toBe(false));
  it("Sa loob ng kotse, sa likod ng glovebox, kaliwa ng fuse box yung relay na mainit.", () =>
    expect(flaggedBy("Sa loob ng kotse, sa likod ng glovebox, kaliwa ng fuse box yung relay na mainit.")).toBe(false));
  it("I'm in Germany, near Stuttgart, is the part shipped from inside the EU?", () => expect(flaggedBy("I'm in Germany, near Stuttgart, is the part shipped from inside the EU?")).toBe(false));
  it("We're the workshop on Harbour Road the app booked you into; the after-hours key drop instructions are in your booking.", () =>
    expect(flaggedBy("We're the workshop on Harbour Road the app booked you into; the after-hours key drop instructions are in your booking.")).toBe(false));
  it("I passed the Walmart on Elm and the car started shaking, then the check engine light flashed", () =>
    expect(flaggedBy("I passed the Walmart on Elm and the car started shaking, then the check engine light flashed")).toBe(false));
  it("I'll come by the workshop tomorrow to collect it, is 5pm ok?", () => expect(flaggedBy("I'll come by the workshop tomorrow to collect it, is 5pm ok?")).toBe(false));
  it("the Shell on route 9 wouldn't let me use the air pump, tyres are at 22 psi, is it safe to drive to the booked shop?", () =>
    expect(flaggedBy("the Shell on route 9 wouldn't let me use the air pump, tyres are at 22 psi, is it safe to drive to the booked shop?")).toBe(false));
  it("Tengo un Chevrolet Monte Carlo del 2002 y la transmisión cambia tarde.", () => expect(flaggedBy("Tengo un Chevrolet Monte Carlo del 2002 y la transmisión cambia tarde.")).toBe(false));
  it("Der Wagen verliert Kühlwasser, in meiner Einfahrt ist morgens eine grüne Pfütze.", () =>
    expect(flaggedBy("Der Wagen verliert Kühlwasser, in meiner Einfahrt ist morgens eine grüne Pfütze.")).toBe(false));
  it("I use the truck on our farm a lot, lots of dust, could that be clogging the air filter so fast?", () =>
    expect(flaggedBy("I use the truck on our farm a lot, lots of dust, could that be clogging the air filter so fast?")).toBe(false));
  it("tyre pressures were 2.3, 2.4 front and 2.1, 2.2 rear bar, is the rear too low with a load?", () =>
    expect(flaggedBy("tyre pressures were 2.3, 2.4 front and 2.1, 2.2 rear bar, is the rear too low with a load?")).toBe(false));
  it("Ho preso una buca sulla tangenziale di Bologna e ora la macchina tira a destra.", () =>
    expect(flaggedBy("Ho preso una buca sulla tangenziale di Bologna e ora la macchina tira a destra.")).toBe(false));
  it("Estou em Recife, qual oficina parceira atende aqui? quero agendar pelo app.", () => expect(flaggedBy("Estou em Recife, qual oficina parceira atende aqui? quero agendar pelo app.")).toBe(false));
  it("Auto zepsuło się na A4 pod Opolem, laweta wiezie je do zarezerwowanego warsztatu.", () =>
    expect(flaggedBy("Auto zepsuło się na A4 pod Opolem, laweta wiezie je do zarezerwowanego warsztatu.")).toBe(false));
  it("Fehlercode P0299 bei 1.850 U/min, Ladedruck nur 0,6 bar statt 1,2 bar, Turbo oder Schlauch?", () =>
    expect(flaggedBy("Fehlercode P0299 bei 1.850 U/min, Ladedruck nur 0,6 bar statt 1,2 bar, Turbo oder Schlauch?")).toBe(false));
  it("Le capteur est derrière le moteur, à gauche de la boîte de vitesses, on le voit par en dessous.", () =>
    expect(flaggedBy("Le capteur est derrière le moteur, à gauche de la boîte de vitesses, on le voit par en dessous.")).toBe(false));
  it("ghar ke paas wale speed breaker pe gaadi neeche lag gayi, ab neeche se awaaz aa rahi hai", () =>
    expect(flaggedBy("ghar ke paas wale speed breaker pe gaadi neeche lag gayi, ab neeche se awaaz aa rahi hai")).toBe(false));
  it("Cuando llegue al taller pregunte en el mostrador por el asesor, ya tiene su presupuesto.", () =>
    expect(flaggedBy("Cuando llegue al taller pregunte en el mostrador por el asesor, ya tiene su presupuesto.")).toBe(false));
  it("De sleepdienst brengt de auto naar de geboekte garage, moet ik zelf ook langskomen?", () =>
    expect(flaggedBy("De sleepdienst brengt de auto naar de geboekte garage, moet ik zelf ook langskomen?")).toBe(false));
  it("Ich wohne in einer Mietwohnung ohne Garage, kann ich das Video auf der Straße machen?", () =>
    expect(flaggedBy("Ich wohne in einer Mietwohnung ohne Garage, kann ich das Video auf der Straße machen?")).toBe(false));
  it("La centralina dell'ABS va ricodificata dopo la sostituzione, lo fa l'officina?", () =>
    expect(flaggedBy("La centralina dell'ABS va ricodificata dopo la sostituzione, lo fa l'officina?")).toBe(false));
});

describe("round 34 review 2: attacks", () => {
  it("honestly easier if the mechanic just swings by, im at 4417 maple ridge dr apt 2b dayton 45419, im home after 5", () =>
    expect(caughtBy("honestly easier if the mechanic just swings by, im at 4417 maple ridge dr apt 2b dayton 45419, im home after 5", ["4417 maple ridge dr apt 2b", "45419"])).toBe(true));
  it("I can do the brake job cheaper on my own time. my 'shop' is just my garage at 88 Cottonwood Ln, Tulsa. cash only, dont tell the app lol", () =>
    expect(caughtBy("I can do the brake job cheaper on my own time. my 'shop' is just my garage at 88 Cottonwood Ln, Tulsa. cash only, dont tell the app lol", ["88 Cottonwood Ln"])).toBe(true));
  it("just mail the old ECU to PO Box 7731, Boise ID 83707 and I'll reflash it for $80, way cheaper than the dealer", () =>
    expect(caughtBy("just mail the old ECU to PO Box 7731, Boise ID 83707 and I'll reflash it for $80, way cheaper than the dealer", ["PO Box 7731", "83707"])).toBe(true));
  it("we're way out, RR 2 Box 118 off county road 14, the farm with the blue silos. come by saturday and look at the tractor and the truck both", () =>
    expect(
      caughtBy("we're way out, RR 2 Box 118 off county road 14, the farm with the blue silos. come by saturday and look at the tractor and the truck both", [
        "RR 2 Box 118",
        "county road 14, the farm with the blue silos",
      ]),
    ).toBe(true));
  it("just come out to the house, past the baptist church on Hwy 9 its the third house on the left with the red gate. dog is friendly", () =>
    expect(
      caughtBy("just come out to the house, past the baptist church on Hwy 9 its the third house on the left with the red gate. dog is friendly", [
        "past the baptist church on Hwy 9 its the third house on the left with the red gate",
      ]),
    ).toBe(true));
  it("meet me at the walmart parking lot at 6 and ill hand you the cash for the sensor, no need to book the shop", () =>
    expect(caughtBy("meet me at the walmart parking lot at 6 and ill hand you the cash for the sensor, no need to book the shop", [])).toBe(true));
  it("I'll come by your house and look at it myself, no need to pay the diag fee here", () =>
    expect(caughtBy("I'll come by your house and look at it myself, no need to pay the diag fee here", [])).toBe(true));
  // not flagged
  it.fails("tell you what, roll it into your driveway saturday and I'll swap the alternator there for parts + 100", () =>
    expect(caughtBy("tell you what, roll it into your driveway saturday and I'll swap the alternator there for parts + 100", [])).toBe(true),
  );
  // not flagged
  it.fails("car's at home and won't start, here's the pin 39.7392, -104.9903 just come to that spot whenever", () =>
    expect(caughtBy("car's at home and won't start, here's the pin 39.7392, -104.9903 just come to that spot whenever", ["39.7392, -104.9903"])).toBe(true),
  );
  it("plus code is 8FVC9G8F+6X, thats my yard, the car is behind the shed. bring your scanner", () =>
    expect(caughtBy("plus code is 8FVC9G8F+6X, thats my yard, the car is behind the shed. bring your scanner", ["8FVC9G8F+6X"])).toBe(true));
  it("https://maps.app.goo.gl/Qm4rT7vLpZ8 thats where i live, come whenever u want and ill pay u direct", () =>
    expect(caughtBy("https://maps.app.goo.gl/Qm4rT7vLpZ8 thats where i live, come whenever u want and ill pay u direct", ["https://maps.app.goo.gl/Qm4rT7vLpZ8"])).toBe(true));
  it("come to my place after your shift, its 10 min from the workshop, I'll have a beer waiting 🍺", () =>
    expect(caughtBy("come to my place after your shift, its 10 min from the workshop, I'll have a beer waiting 🍺", [])).toBe(true));
  it("Mate I'm literally 10 mins from you, flat 3, 27 Hartley Road, Leeds LS6 2QT — pop round and have a listen to the knock?", () =>
    expect(caughtBy("Mate I'm literally 10 mins from you, flat 3, 27 Hartley Road, Leeds LS6 2QT — pop round and have a listen to the knock?", ["flat 3, 27 Hartley Road", "LS6 2QT"])).toBe(true));
  it("my postcode's BS3 4NF, number 61, blue door, just knock loud the bell's broken", () =>
    expect(caughtBy("my postcode's BS3 4NF, number 61, blue door, just knock loud the bell's broken", ["BS3 4NF", "number 61"])).toBe(true));
  it("unit 4/112 Beach Rd Coogee NSW 2034, car's in the undercover bay, come round this arvo if ya keen", () =>
    expect(caughtBy("unit 4/112 Beach Rd Coogee NSW 2034, car's in the undercover bay, come round this arvo if ya keen", ["unit 4/112 Beach Rd", "2034"])).toBe(true));
  it("we're on Lot 17 Wattle Creek Rd, Toodyay WA 6566 — big shed past the cattle grid. easier if you come out than me towing it 80k", () =>
    expect(
      caughtBy("we're on Lot 17 Wattle Creek Rd, Toodyay WA 6566 — big shed past the cattle grid. easier if you come out than me towing it 80k", [
        "Lot 17 Wattle Creek Rd",
        "6566",
        "big shed past the cattle grid",
      ]),
    ).toBe(true));
  it("unit 1204, 77 Harbourview Cres, Toronto ON M5V 2Z9 — buzz the unit number, I'll come down and we can look at the car in P2", () =>
    expect(caughtBy("unit 1204, 77 Harbourview Cres, Toronto ON M5V 2Z9 — buzz the unit number, I'll come down and we can look at the car in P2", ["unit 1204, 77 Harbourview Cres", "M5V 2Z9"])).toBe(
      true,
    ));
  it("Venez directement chez moi au 4521 rue des Érables, app. 3, Montréal H2J 1K4, c'est plus simple que le garage", () =>
    expect(caughtBy("Venez directement chez moi au 4521 rue des Érables, app. 3, Montréal H2J 1K4, c'est plus simple que le garage", ["4521 rue des Érables, app. 3", "H2J 1K4"])).toBe(true));
  it("Kommen Sie doch einfach vorbei, Lindenstraße 14a, 3. OG links, 50674 Köln. Dann sparen wir uns die Werkstatt.", () =>
    expect(caughtBy("Kommen Sie doch einfach vorbei, Lindenstraße 14a, 3. OG links, 50674 Köln. Dann sparen wir uns die Werkstatt.", ["Lindenstraße 14a, 3. OG links", "50674"])).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a secret is left readable
  it.fails("Ich wohne Am Mühlbach 3, hinterm Edeka rechts rein. Können Sie sich den Wagen nicht direkt bei mir anschauen?", () =>
    expect(caughtBy("Ich wohne Am Mühlbach 3, hinterm Edeka rechts rein. Können Sie sich den Wagen nicht direkt bei mir anschauen?", ["Am Mühlbach 3", "hinterm Edeka rechts rein"])).toBe(true),
  );
  it("Ich mach das auch privat am Wochenende bei mir in der Garage, Hauptstr. 82 in 74523 Schwäbisch Hall, bar auf die Hand und ohne App", () =>
    expect(caughtBy("Ich mach das auch privat am Wochenende bei mir in der Garage, Hauptstr. 82 in 74523 Schwäbisch Hall, bar auf die Hand und ohne App", ["Hauptstr. 82", "74523"])).toBe(true));
  it("Schicken Sie das alte Steuergerät an Postfach 10 22 45, 80336 München, ich prüfe es privat für 50€", () =>
    expect(caughtBy("Schicken Sie das alte Steuergerät an Postfach 10 22 45, 80336 München, ich prüfe es privat für 50€", ["Postfach 10 22 45", "80336"])).toBe(true));
  it("je suis au 12 bis rue Victor-Hugo, bâtiment B, 3e étage, 69003 Lyon, passez ce soir si vous pouvez regarder la fuite", () =>
    expect(
      caughtBy("je suis au 12 bis rue Victor-Hugo, bâtiment B, 3e étage, 69003 Lyon, passez ce soir si vous pouvez regarder la fuite", ["12 bis rue Victor-Hugo, bâtiment B, 3e étage", "69003"]),
    ).toBe(true));
  it("Le plus simple : on se retrouve sur le parking du Leclerc à 18h, je vous paie en liquide et vous changez les plaquettes sur place", () =>
    expect(caughtBy("Le plus simple : on se retrouve sur le parking du Leclerc à 18h, je vous paie en liquide et vous changez les plaquettes sur place", [])).toBe(true));
  it("Pour le paiement envoyez plutôt un chèque à BP 218, 13002 Marseille, pas besoin de passer par l'appli", () =>
    expect(caughtBy("Pour le paiement envoyez plutôt un chèque à BP 218, 13002 Marseille, pas besoin de passer par l'appli", ["BP 218", "13002"])).toBe(true));
  it("Mejor venga usted a casa, calle Alcalde Sáinz 27, 4º izq., 28012 Madrid, le abro el garaje y lo mira tranquilo", () =>
    expect(caughtBy("Mejor venga usted a casa, calle Alcalde Sáinz 27, 4º izq., 28012 Madrid, le abro el garaje y lo mira tranquilo", ["calle Alcalde Sáinz 27, 4º izq.", "28012"])).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a secret is left readable
  it.fails("estoy en Avda. de Andalucía 113, piso 2, puerta 7, Sevilla 41005. si me lo arregla aquí le pago en mano", () =>
    expect(caughtBy("estoy en Avda. de Andalucía 113, piso 2, puerta 7, Sevilla 41005. si me lo arregla aquí le pago en mano", ["Avda. de Andalucía 113, piso 2, puerta 7", "41005"])).toBe(true),
  );
  // round 43's refit: no longer flags it
  it.fails("yo se lo hago en mi taller particular, C/ Mayor 9 bajo, Alcorcón, más barato que lo que le cobran aquí", () =>
    expect(caughtBy("yo se lo hago en mi taller particular, C/ Mayor 9 bajo, Alcorcón, más barato que lo que le cobran aquí", ["C/ Mayor 9 bajo"])).toBe(true),
  );
  it("Venga pure a casa mia, via Giuseppe Verdi 42, scala C, interno 8, 20121 Milano, citofono rotto quindi mi chiami quando arriva... anzi bussi", () =>
    expect(
      caughtBy("Venga pure a casa mia, via Giuseppe Verdi 42, scala C, interno 8, 20121 Milano, citofono rotto quindi mi chiami quando arriva... anzi bussi", [
        "via Giuseppe Verdi 42, scala C, interno 8",
        "20121",
      ]),
    ).toBe(true));
  it("abito in v.le dei Pini 7/b a Rimini, passi domani mattina che le pago in contanti il lavoro", () =>
    expect(caughtBy("abito in v.le dei Pini 7/b a Rimini, passi domani mattina che le pago in contanti il lavoro", ["v.le dei Pini 7/b"])).toBe(true));
  it("mi spedisca il pezzo alla Casella Postale 341, 00185 Roma, così evitiamo le commissioni dell'app", () =>
    expect(caughtBy("mi spedisca il pezzo alla Casella Postale 341, 00185 Roma, così evitiamo le commissioni dell'app", ["Casella Postale 341", "00185"])).toBe(true));
  it("pode vir aqui em casa, Rua das Palmeiras, 1580, apto 402, Bairro Jardim América, CEP 30421-160, BH. tô o dia todo", () =>
    expect(caughtBy("pode vir aqui em casa, Rua das Palmeiras, 1580, apto 402, Bairro Jardim América, CEP 30421-160, BH. tô o dia todo", ["Rua das Palmeiras, 1580, apto 402", "30421-160"])).toBe(
      true,
    ));
  it("meu CEP é 04538 133 (sem traço kkk), número 77, casa dos fundos, vem olhar o carro aqui que é mais fácil", () =>
    expect(caughtBy("meu CEP é 04538 133 (sem traço kkk), número 77, casa dos fundos, vem olhar o carro aqui que é mais fácil", ["04538 133", "número 77, casa dos fundos"])).toBe(true));
  it("te encontro no estacionamento do Atacadão às 19h, faço a troca da correia lá mesmo e você me paga no pix", () =>
    expect(caughtBy("te encontro no estacionamento do Atacadão às 19h, faço a troca da correia lá mesmo e você me paga no pix", [])).toBe(true));
  it("Vivo en Calle Naranjo 215, Col. Santa María la Ribera, Alc. Cuauhtémoc, CP 06400. si gusta venga a revisarlo aquí", () =>
    expect(caughtBy("Vivo en Calle Naranjo 215, Col. Santa María la Ribera, Alc. Cuauhtémoc, CP 06400. si gusta venga a revisarlo aquí", ["Calle Naranjo 215", "06400"])).toBe(true));
  it("ando en la col. Del Valle, Av. Coyoacán 1435 int. 3, entre Pilares y Morena, portón negro, aquí tengo la camioneta", () =>
    expect(
      caughtBy("ando en la col. Del Valle, Av. Coyoacán 1435 int. 3, entre Pilares y Morena, portón negro, aquí tengo la camioneta", [
        "Av. Coyoacán 1435 int. 3",
        "entre Pilares y Morena, portón negro",
      ]),
    ).toBe(true));
  it("sir please come to home only, H.No. 2-14/7, near Hanuman temple, Sector 15, Rohini Delhi 110085. car not starting since morning", () =>
    expect(
      caughtBy("sir please come to home only, H.No. 2-14/7, near Hanuman temple, Sector 15, Rohini Delhi 110085. car not starting since morning", [
        "H.No. 2-14/7, near Hanuman temple, Sector 15",
        "110085",
      ]),
    ).toBe(true));
  // flagged as ADDRESS, but a secret is left readable
  it.fails("House no 432, Sector 21C, Faridabad, opp. DAV school, 2nd floor. mechanic ji aap kal ghar aa jao, wahi dikha dunga", () =>
    expect(
      caughtBy("House no 432, Sector 21C, Faridabad, opp. DAV school, 2nd floor. mechanic ji aap kal ghar aa jao, wahi dikha dunga", ["House no 432, Sector 21C", "opp. DAV school, 2nd floor"]),
    ).toBe(true),
  );
  it("bhai workshop kyu jaana, mere ghar aa jao, flat 303 Sai Krupa apts, behind Reliance Fresh, Kothrud Pune 411038", () =>
    expect(
      caughtBy("bhai workshop kyu jaana, mere ghar aa jao, flat 303 Sai Krupa apts, behind Reliance Fresh, Kothrud Pune 411038", ["flat 303 Sai Krupa apts, behind Reliance Fresh", "411038"]),
    ).toBe(true));
  it("Sir punta na lang po kayo sa bahay, Blk 12 Lot 8, Purok 3, Brgy. San Isidro, Cabuyao Laguna. dito nyo na lang ayusin", () =>
    expect(caughtBy("Sir punta na lang po kayo sa bahay, Blk 12 Lot 8, Purok 3, Brgy. San Isidro, Cabuyao Laguna. dito nyo na lang ayusin", ["Blk 12 Lot 8, Purok 3, Brgy. San Isidro"])).toBe(true));
  it("dito na lang po kayo sa amin, Purok Maligaya, Brgy. Tigatto, yung bahay na may sari-sari store sa kanto", () =>
    expect(
      caughtBy("dito na lang po kayo sa amin, Purok Maligaya, Brgy. Tigatto, yung bahay na may sari-sari store sa kanto", [
        "Purok Maligaya, Brgy. Tigatto",
        "yung bahay na may sari-sari store sa kanto",
      ]),
    ).toBe(true));
  it("Kom gerust langs, Kastanjelaan 19-II, 1071 AB Amsterdam, tweede bel van boven", () =>
    expect(caughtBy("Kom gerust langs, Kastanjelaan 19-II, 1071 AB Amsterdam, tweede bel van boven", ["Kastanjelaan 19-II", "1071 AB"])).toBe(true));
  it("ik woon op de Molenstraat 4 in Zwolle. kunt u niet gewoon hier even kijken, scheelt mij de werkplaats", () =>
    expect(caughtBy("ik woon op de Molenstraat 4 in Zwolle. kunt u niet gewoon hier even kijken, scheelt mij de werkplaats", ["Molenstraat 4"])).toBe(true));
  it("Zullen we gewoon afspreken bij de Shell aan de A28 om 7 uur? Dan betaal ik je contant en hoeft het niet via de app", () =>
    expect(caughtBy("Zullen we gewoon afspreken bij de Shell aan de A28 om 7 uur? Dan betaal ik je contant en hoeft het niet via de app", [])).toBe(true));
  it("im at twenty-two oak hollow lane, come see it in person, the noise only happens cold", () =>
    expect(caughtBy("im at twenty-two oak hollow lane, come see it in person, the noise only happens cold", ["twenty-two oak hollow lane"])).toBe(true));
  it("my place is 1905 W1llow Ct (yes with a 1, the chat eats addresses lol) come by sunday", () =>
    expect(caughtBy("my place is 1905 W1llow Ct (yes with a 1, the chat eats addresses lol) come by sunday", ["1905 W1llow Ct"])).toBe(true));
  // flagged as ADDRESS, OFF_PLATFORM_DEAL, but a secret is left readable
  it.fails("number is 58. street is Birchwood Ave. zip 60614. come by sat morning and bring the code reader", () =>
    expect(caughtBy("number is 58. street is Birchwood Ave. zip 60614. come by sat morning and bring the code reader", ["58", "Birchwood Ave", "60614"])).toBe(true),
  );
  it("///ladder.pickle.orbit is my driveway exactly, see you there at 10 🙏", () =>
    expect(caughtBy("///ladder.pickle.orbit is my driveway exactly, see you there at 10 🙏", ["///ladder.pickle.orbit"])).toBe(true));
  it("48°51'24.2\"N 2°21'08.0\"E c'est chez moi, garez-vous devant le portail", () =>
    expect(caughtBy("48°51'24.2\"N 2°21'08.0\"E c'est chez moi, garez-vous devant le portail", ["48°51'24.2\"N 2°21'08.0\"E"])).toBe(true));
  it("whats your home address? easier if I just come over and scan it with my own tool, skip the app fee", () =>
    expect(caughtBy("whats your home address? easier if I just come over and scan it with my own tool, skip the app fee", [])).toBe(true));
  // caught since round 43's refit
  it("Can you send me your street address so I can drop by after hours and have a look personally?", () =>
    expect(caughtBy("Can you send me your street address so I can drop by after hours and have a look personally?", [])).toBe(true));
  it("Wo wohnen Sie genau? Dann komme ich nach Feierabend privat vorbei, das ist für Sie günstiger.", () =>
    expect(caughtBy("Wo wohnen Sie genau? Dann komme ich nach Feierabend privat vorbei, das ist für Sie günstiger.", [])).toBe(true));
  it("¿Me pasa su dirección? Paso por su casa mañana y se lo reviso sin pasar por la app", () =>
    expect(caughtBy("¿Me pasa su dirección? Paso por su casa mañana y se lo reviso sin pasar por la app", [])).toBe(true));
  // not flagged
  it.fails("me manda seu endereço que eu passo aí amanhã cedo e resolvo isso rapidinho", () =>
    expect(caughtBy("me manda seu endereço que eu passo aí amanhã cedo e resolvo isso rapidinho", [])).toBe(true),
  );
  it("Ci vediamo al parcheggio dell'Esselunga alle 18, porti i soldi in contanti e le monto le pastiglie lì", () =>
    expect(caughtBy("Ci vediamo al parcheggio dell'Esselunga alle 18, porti i soldi in contanti e le monto le pastiglie lì", [])).toBe(true));
  it("meet me at the shell on route 9 tomorrow 7am, I'll bring my own scanner, 40 bucks and we're done", () =>
    expect(caughtBy("meet me at the shell on route 9 tomorrow 7am, I'll bring my own scanner, 40 bucks and we're done", [])).toBe(true));
  it("I'm off Tuesday, I can come to your driveway and do the timing belt myself, way cheaper than what the workshop quoted you", () =>
    expect(caughtBy("I'm off Tuesday, I can come to your driveway and do the timing belt myself, way cheaper than what the workshop quoted you", [])).toBe(true));
  it("we're the dairy farm on Hollow Creek Rd, 2 miles past the grain elevator, mailbox says Lindqvist, just come up the lane", () =>
    expect(
      caughtBy("we're the dairy farm on Hollow Creek Rd, 2 miles past the grain elevator, mailbox says Lindqvist, just come up the lane", [
        "dairy farm on Hollow Creek Rd, 2 miles past the grain elevator",
        "Lindqvist",
      ]),
    ).toBe(true));
  it("Brook Farm, Lower Lane, nr Ledbury HR8 2XX — come round the back by the barn, the landy is in there", () =>
    expect(caughtBy("Brook Farm, Lower Lane, nr Ledbury HR8 2XX — come round the back by the barn, the landy is in there", ["Brook Farm, Lower Lane", "HR8 2XX"])).toBe(true));
  it("my eircode is D04 X2P9 if you want to drop over and listen to the noise yourself", () =>
    expect(caughtBy("my eircode is D04 X2P9 if you want to drop over and listen to the noise yourself", ["D04 X2P9"])).toBe(true));
  it("うちに直接来てもらえますか？東京都世田谷区桜丘3-12-5 コーポ桜201です。駐車場に車あります", () =>
    expect(caughtBy("うちに直接来てもらえますか？東京都世田谷区桜丘3-12-5 コーポ桜201です。駐車場に車あります", ["桜丘3-12-5 コーポ桜201"])).toBe(true));
  it("Proszę przyjechać do mnie, ul. Kwiatowa 15/4, 00-950 Warszawa, zapłacę gotówką bez aplikacji", () =>
    expect(caughtBy("Proszę przyjechać do mnie, ul. Kwiatowa 15/4, 00-950 Warszawa, zapłacę gotówką bez aplikacji", ["ul. Kwiatowa 15/4", "00-950"])).toBe(true));
  it("Eve gelip bakın bence, Atatürk Mah. Gül Sok. No:14 D:6 Kadıköy, araba kapının önünde", () =>
    expect(caughtBy("Eve gelip bakın bence, Atatürk Mah. Gül Sok. No:14 D:6 Kadıköy, araba kapının önünde", ["Gül Sok. No:14 D:6"])).toBe(true));
  it("Приезжайте лучше ко мне, ул. Лесная, д. 45, кв. 12, посмотрите машину на месте", () =>
    expect(caughtBy("Приезжайте лучше ко мне, ул. Лесная, д. 45, кв. 12, посмотрите машину на месте", ["ул. Лесная, д. 45, кв. 12"])).toBe(true));
  it("it's flat 9 above the chippy on the high street in Ashby, come by after 6 and I'll show you the leak", () =>
    expect(caughtBy("it's flat 9 above the chippy on the high street in Ashby, come by after 6 and I'll show you the leak", ["flat 9 above the chippy on the high street"])).toBe(true));
  // not flagged
  it.fails("I'm in the Parkview towers, unit 1710, concierge will let you up, car's in the garage level B", () =>
    expect(caughtBy("I'm in the Parkview towers, unit 1710, concierge will let you up, car's in the garage level B", ["Parkview towers, unit 1710"])).toBe(true),
  );
  it("main road se left, petrol pump ke saamne wali gali, teesra ghar hara gate. wahi aa jana kal subah", () =>
    expect(caughtBy("main road se left, petrol pump ke saamne wali gali, teesra ghar hara gate. wahi aa jana kal subah", ["petrol pump ke saamne wali gali, teesra ghar hara gate"])).toBe(true));
  it("Después de la iglesia, la tercera casa a mano izquierda, la del portón rojo, ahí estoy toda la tarde", () =>
    expect(
      caughtBy("Después de la iglesia, la tercera casa a mano izquierda, la del portón rojo, ahí estoy toda la tarde", ["Después de la iglesia, la tercera casa a mano izquierda, la del portón rojo"]),
    ).toBe(true));
  it("Après la boulangerie c'est la maison aux volets verts au fond de l'impasse, venez voir la voiture directement", () =>
    expect(
      caughtBy("Après la boulangerie c'est la maison aux volets verts au fond de l'impasse, venez voir la voiture directement", [
        "Après la boulangerie c'est la maison aux volets verts au fond de l'impasse",
      ]),
    ).toBe(true));
  it("Nach der Kirche die zweite links, das gelbe Haus mit dem Wohnwagen in der Einfahrt. Kommen Sie einfach vorbei.", () =>
    expect(
      caughtBy("Nach der Kirche die zweite links, das gelbe Haus mit dem Wohnwagen in der Einfahrt. Kommen Sie einfach vorbei.", [
        "Nach der Kirche die zweite links, das gelbe Haus mit dem Wohnwagen in der Einfahrt",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("depois do posto Ipiranga, a casa amarela de muro alto do lado do campinho. vem hoje que eu tô aqui", () =>
    expect(
      caughtBy("depois do posto Ipiranga, a casa amarela de muro alto do lado do campinho. vem hoje que eu tô aqui", ["depois do posto Ipiranga, a casa amarela de muro alto do lado do campinho"]),
    ).toBe(true),
  );
  it("lat -33.8731 lon 151.2065 that's where the ute is parked at home, swing past and have a squiz", () =>
    expect(caughtBy("lat -33.8731 lon 151.2065 that's where the ute is parked at home, swing past and have a squiz", ["-33.8731", "151.2065"])).toBe(true));
  it("https://www.google.com/maps?q=52.4711,-1.9022 there. come by whenever, i'm working from home", () =>
    expect(caughtBy("https://www.google.com/maps?q=52.4711,-1.9022 there. come by whenever, i'm working from home", ["https://www.google.com/maps?q=52.4711,-1.9022"])).toBe(true));
  // caught since round 43's refit
  it("pin: 40.73012, -73.99487 — that's my building, buzz 4F and I'll bring the keys down", () =>
    expect(caughtBy("pin: 40.73012, -73.99487 — that's my building, buzz 4F and I'll bring the keys down", ["40.73012, -73.99487", "4F"])).toBe(true));
  it("nos vemos en el Oxxo de la esquina a las 8 y ahí le doy el efectivo por la bomba de gasolina", () =>
    expect(caughtBy("nos vemos en el Oxxo de la esquina a las 8 y ahí le doy el efectivo por la bomba de gasolina", [])).toBe(true));
  // not flagged
  it.fails("kita na lang tayo sa Jollibee sa tapat ng munisipyo mamayang 6, dun ko na bayaran yung alternator", () =>
    expect(caughtBy("kita na lang tayo sa Jollibee sa tapat ng munisipyo mamayang 6, dun ko na bayaran yung alternator", [])).toBe(true),
  );
  it("Treffen wir uns morgen um 17 Uhr auf dem Kaufland-Parkplatz, ich bring mein eigenes Diagnosegerät mit", () =>
    expect(caughtBy("Treffen wir uns morgen um 17 Uhr auf dem Kaufland-Parkplatz, ich bring mein eigenes Diagnosegerät mit", [])).toBe(true));
  it("I'm the advisor but honestly I can do it on the side at my house saturday, 1402 Pecan St, just don't mention it in the app", () =>
    expect(caughtBy("I'm the advisor but honestly I can do it on the side at my house saturday, 1402 Pecan St, just don't mention it in the app", ["1402 Pecan St"])).toBe(true));
  it("post the spare key to PO Box 552, Mudgee NSW 2850 and I'll sort the immobiliser privately", () =>
    expect(caughtBy("post the spare key to PO Box 552, Mudgee NSW 2850 and I'll sort the immobiliser privately", ["PO Box 552", "2850"])).toBe(true));
  it("RR#3, 4471 Concession 7, Uxbridge ON L9P 1R3 — come out to the farm, the f150 is by the barn", () =>
    expect(caughtBy("RR#3, 4471 Concession 7, Uxbridge ON L9P 1R3 — come out to the farm, the f150 is by the barn", ["RR#3, 4471 Concession 7", "L9P 1R3"])).toBe(true));
  it("Bldg C apt 310 at the Riverstone complex on Fairview, just come knock, i'll pay you straight", () =>
    expect(caughtBy("Bldg C apt 310 at the Riverstone complex on Fairview, just come knock, i'll pay you straight", ["Bldg C apt 310 at the Riverstone complex on Fairview"])).toBe(true));
  it("if u want it done proper come to mine, 16 Severn Close, Swindon, I've got a ramp in the garage", () =>
    expect(caughtBy("if u want it done proper come to mine, 16 Severn Close, Swindon, I've got a ramp in the garage", ["16 Severn Close"])).toBe(true));
  it('Estoy en Av. Rivadavia 5420, 3° "C", Caballito. Venga a casa y lo vemos juntos, le pago en efectivo', () =>
    expect(caughtBy('Estoy en Av. Rivadavia 5420, 3° "C", Caballito. Venga a casa y lo vemos juntos, le pago en efectivo', ['Av. Rivadavia 5420, 3° "C"'])).toBe(true));
  it("moro na Rua do Salitre n.º 88, 2.º Esq., 1250-198 Lisboa, passe cá amanhã e vê o carro", () =>
    expect(caughtBy("moro na Rua do Salitre n.º 88, 2.º Esq., 1250-198 Lisboa, passe cá amanhã e vê o carro", ["Rua do Salitre n.º 88, 2.º Esq.", "1250-198"])).toBe(true));
  it("Kom hem till mig istället, Storgatan 12 B, lgh 1102, 903 26 Umeå, bilen står på gården", () =>
    expect(caughtBy("Kom hem till mig istället, Storgatan 12 B, lgh 1102, 903 26 Umeå, bilen står på gården", ["Storgatan 12 B, lgh 1102", "903 26"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("I'm at forty-one cedar, the one w/ the boat in the drive lol, come thru", () =>
    expect(caughtBy("I'm at forty-one cedar, the one w/ the boat in the drive lol, come thru", ["forty-one cedar", "the one w/ the boat in the drive"])).toBe(true),
  );
  it("Se vuole glielo faccio io nel mio box sotto casa, via Roma 3, Pavia, a metà prezzo e senza app", () =>
    expect(caughtBy("Se vuole glielo faccio io nel mio box sotto casa, via Roma 3, Pavia, a metà prezzo e senza app", ["via Roma 3"])).toBe(true));
  it("kal subah 9 baje Big Bazaar ke parking mein milo, wahi cash de dena aur main check kar lunga", () =>
    expect(caughtBy("kal subah 9 baje Big Bazaar ke parking mein milo, wahi cash de dena aur main check kar lunga", [])).toBe(true));
  // not flagged
  it.fails("Je peux passer chez vous samedi regarder ça moi-même, ça vous évitera les frais de l'appli", () =>
    expect(caughtBy("Je peux passer chez vous samedi regarder ça moi-même, ça vous évitera les frais de l'appli", [])).toBe(true),
  );
  it("Stuur het onderdeel maar naar Postbus 1440, 3500 BK Utrecht, dan bouw ik het bij jou thuis in", () =>
    expect(caughtBy("Stuur het onderdeel maar naar Postbus 1440, 3500 BK Utrecht, dan bouw ik het bij jou thuis in", ["Postbus 1440", "3500 BK"])).toBe(true));
  it("addr -> 7 7 1 2   S u n s e t   B l v d   (spaced so the bot cant read it) come tmrw", () =>
    expect(caughtBy("addr -> 7 7 1 2   S u n s e t   B l v d   (spaced so the bot cant read it) come tmrw", ["7 7 1 2   S u n s e t   B l v d"])).toBe(true));
  // caught since round 41's second refit
  it("تعال البيت أحسن، شارع الأمير سلطان، عمارة 14، شقة 5، الرياض، وأدفع لك كاش", () =>
    expect(caughtBy("تعال البيت أحسن، شارع الأمير سلطان، عمارة 14، شقة 5، الرياض، وأدفع لك كاش", ["شارع الأمير سلطان، عمارة 14، شقة 5"])).toBe(true));
  it("where's your garage at home? I'd rather drive the car to you directly and pay you cash", () =>
    expect(caughtBy("where's your garage at home? I'd rather drive the car to you directly and pay you cash", [])).toBe(true));
  it("Im at 9a Kingsley Gardens EH7 5QP come have a look tonight cheers", () =>
    expect(caughtBy("Im at 9a Kingsley Gardens EH7 5QP come have a look tonight cheers", ["9a Kingsley Gardens", "EH7 5QP"])).toBe(true));
  it("yeah its 3390 S Juniper Way #12 — the white tahoe out front. see you at 6", () =>
    expect(caughtBy("yeah its 3390 S Juniper Way #12 — the white tahoe out front. see you at 6", ["3390 S Juniper Way #12", "the white tahoe out front"])).toBe(true));
  // not flagged
  it.fails("Adresse: Birkenweg dreizehn, PLZ 2 2 0 4 1 — kommen Sie vorbei, dann schauen wir zusammen", () =>
    expect(caughtBy("Adresse: Birkenweg dreizehn, PLZ 2 2 0 4 1 — kommen Sie vorbei, dann schauen wir zusammen", ["Birkenweg dreizehn", "2 2 0 4 1"])).toBe(true),
  );
  it("estoy en Mz 14 Lt 22, Col. Ejército de Oriente, Iztapalapa. véngase el domingo y le invito unos tacos", () =>
    expect(caughtBy("estoy en Mz 14 Lt 22, Col. Ejército de Oriente, Iztapalapa. véngase el domingo y le invito unos tacos", ["Mz 14 Lt 22"])).toBe(true));
  // not flagged
  it.fails("Mire, mejor yo paso por su casa y le cambio el sensor ahí mismo, así no paga el taller", () =>
    expect(caughtBy("Mire, mejor yo paso por su casa y le cambio el sensor ahí mismo, así no paga el taller", [])).toBe(true),
  );
  // not flagged
  it.fails("Ich kann die Bremsen auch bei Ihnen in der Einfahrt machen, Samstag, Teile bring ich mit, 150 bar", () =>
    expect(caughtBy("Ich kann die Bremsen auch bei Ihnen in der Einfahrt machen, Samstag, Teile bring ich mit, 150 bar", [])).toBe(true),
  );
  it("Plot 27, Green Park Colony, beside SBI ATM, Jaipur 302012 — pls send someone home directly, will pay cash", () =>
    expect(caughtBy("Plot 27, Green Park Colony, beside SBI ATM, Jaipur 302012 — pls send someone home directly, will pay cash", ["Plot 27, Green Park Colony, beside SBI ATM", "302012"])).toBe(true));
});
