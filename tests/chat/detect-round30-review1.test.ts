// Round 30 review 1: a reviewer who never read the corpus nor the code wrote, blind, 261 sentences (124 attacks, 137 hard innocents; about 60% English, the rest Spanish, Portuguese, French, German, Italian and Polish) of the three kinds round 30 worked on: leaving the booking or the app to deal direct, a look-up by name elsewhere, and numbers shaped like phones under order or invoice labels.
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 1: innocents", () => {
  it("I need to cancel my booking for Thursday, something came up at work. Can I rebook through the app for next week?", () =>
    expect(flaggedBy("I need to cancel my booking for Thursday, something came up at work. Can I rebook through the app for next week?")).toBe(false));
  it("just paid in the app, let me know if it hasn't come through", () => expect(flaggedBy("just paid in the app, let me know if it hasn't come through")).toBe(false));
  it("the last garage i went to insisted on cash only which was dodgy af, glad this one's through the app", () =>
    expect(flaggedBy("the last garage i went to insisted on cash only which was dodgy af, glad this one's through the app")).toBe(false));
  it("sorry but I won't pay outside the app, if the price changes please update the quote here", () =>
    expect(flaggedBy("sorry but I won't pay outside the app, if the price changes please update the quote here")).toBe(false));
  it("how much is the platform fee on top of your quote? trying to budget this month", () =>
    expect(flaggedBy("how much is the platform fee on top of your quote? trying to budget this month")).toBe(false));
  it("see you at the workshop at 10 for the booked slot, I'll bring the spare key", () => expect(flaggedBy("see you at the workshop at 10 for the booked slot, I'll bring the spare key")).toBe(false));
  it("the car wash next door only takes cash fyi if you want it cleaned while you wait", () =>
    expect(flaggedBy("the car wash next door only takes cash fyi if you want it cleaned while you wait")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("can I cancel and rebook for saturday? the reschedule button is greyed out for me", () =>
    expect(flaggedBy("can I cancel and rebook for saturday? the reschedule button is greyed out for me")).toBe(false),
  );
  it("refund came through from the app for the cancelled appointment, thanks", () => expect(flaggedBy("refund came through from the app for the cancelled appointment, thanks")).toBe(false));
  it("I'm coming straight from work so might be 10 min late to the appointment", () => expect(flaggedBy("I'm coming straight from work so might be 10 min late to the appointment")).toBe(false));
  it("Is it ok to pay by card in the app or does it have to be apple pay?", () => expect(flaggedBy("Is it ok to pay by card in the app or does it have to be apple pay?")).toBe(false));
  it("another mechanic on here asked me to pay him directly, I reported him. you guys seem legit", () =>
    expect(flaggedBy("another mechanic on here asked me to pay him directly, I reported him. you guys seem legit")).toBe(false));
  it("do I pay the deposit now in the app or the full amount after the job?", () => expect(flaggedBy("do I pay the deposit now in the app or the full amount after the job?")).toBe(false));
  it("the tow truck driver wanted cash, is that normal? I know that's not the app's thing", () =>
    expect(flaggedBy("the tow truck driver wanted cash, is that normal? I know that's not the app's thing")).toBe(false));
  it("Booked you again from your profile in the app, same time as last time", () => expect(flaggedBy("Booked you again from your profile in the app, same time as last time")).toBe(false));
  it("can you add the extra parts to the quote in the app so I can pay for it all together", () =>
    expect(flaggedBy("can you add the extra parts to the quote in the app so I can pay for it all together")).toBe(false));
  it("sir I have paid via app itself, kindly check and confirm the booking", () => expect(flaggedBy("sir I have paid via app itself, kindly check and confirm the booking")).toBe(false));
  it("my cousin said some workshops ask cash without bill, I prefer through app only with proper invoice", () =>
    expect(flaggedBy("my cousin said some workshops ask cash without bill, I prefer through app only with proper invoice")).toBe(false));
  it("cheers mate, cancelled the tuesday one and booked friday in the app instead", () => expect(flaggedBy("cheers mate, cancelled the tuesday one and booked friday in the app instead")).toBe(false));
  it("do you guys take the app payment for towing too or is that separate?", () => expect(flaggedBy("do you guys take the app payment for towing too or is that separate?")).toBe(false));
  it("I don't have any cash on me so glad it's all in the app", () => expect(flaggedBy("I don't have any cash on me so glad it's all in the app")).toBe(false));
  it("the app says pay on completion, so I pay after you finish right?", () => expect(flaggedBy("the app says pay on completion, so I pay after you finish right?")).toBe(false));
  it("Will the discount code work for this booking or only on the first job?", () => expect(flaggedBy("Will the discount code work for this booking or only on the first job?")).toBe(false));
  it("My wife will bring the car to the workshop for the appointment, she's got the booking reference", () =>
    expect(flaggedBy("My wife will bring the car to the workshop for the appointment, she's got the booking reference")).toBe(false));
  it("no need to come to me, I'll drive it straight to your shop for the 2pm booking", () =>
    expect(flaggedBy("no need to come to me, I'll drive it straight to your shop for the 2pm booking")).toBe(false));
  it("is there a cancellation fee if I move it to next week? don't want to lose the deposit", () =>
    expect(flaggedBy("is there a cancellation fee if I move it to next week? don't want to lose the deposit")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("I'd never pay a mechanic off the app after what happened to my dad, so keep everything here pls", () =>
    expect(flaggedBy("I'd never pay a mechanic off the app after what happened to my dad, so keep everything here pls")).toBe(false),
  );
  it("tengo que cancelar la cita del viernes, ¿puedo reprogramarla en la app?", () => expect(flaggedBy("tengo que cancelar la cita del viernes, ¿puedo reprogramarla en la app?")).toBe(false));
  it("ya te pagué por la aplicación, me avisas si te llegó", () => expect(flaggedBy("ya te pagué por la aplicación, me avisas si te llegó")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("el otro taller me pidió efectivo sin factura, por eso prefiero pagar aquí", () =>
    expect(flaggedBy("el otro taller me pidió efectivo sin factura, por eso prefiero pagar aquí")).toBe(false),
  );
  it("paguei pelo app agora, confere aí por favor", () => expect(flaggedBy("paguei pelo app agora, confere aí por favor")).toBe(false));
  it("não vou pagar fora do aplicativo não, se mudar o valor atualiza o orçamento aqui", () =>
    expect(flaggedBy("não vou pagar fora do aplicativo não, se mudar o valor atualiza o orçamento aqui")).toBe(false));
  it("vou ter de desmarcar a marcação de amanhã, marco outra vez pela app", () => expect(flaggedBy("vou ter de desmarcar a marcação de amanhã, marco outra vez pela app")).toBe(false));
  it("je passe au garage demain à 9h pour le rendez-vous réservé sur l'appli", () => expect(flaggedBy("je passe au garage demain à 9h pour le rendez-vous réservé sur l'appli")).toBe(false));
  it("le lavage auto à côté n'accepte que le liquide, c'est pénible", () => expect(flaggedBy("le lavage auto à côté n'accepte que le liquide, c'est pénible")).toBe(false));
  it("ich muss den Termin leider absagen, buche über die App einen neuen", () => expect(flaggedBy("ich muss den Termin leider absagen, buche über die App einen neuen")).toBe(false));
  it("wie hoch ist eigentlich die Gebühr von der Plattform? steht nirgends", () => expect(flaggedBy("wie hoch ist eigentlich die Gebühr von der Plattform? steht nirgends")).toBe(false));
  it("ho già pagato tramite l'app, mi confermi?", () => expect(flaggedBy("ho già pagato tramite l'app, mi confermi?")).toBe(false));
  it("devo disdire l'appuntamento di giovedì, lo riprenoto sull'app", () => expect(flaggedBy("devo disdire l'appuntamento di giovedì, lo riprenoto sull'app")).toBe(false));
  it("zapłaciłem przez aplikację, proszę potwierdzić", () => expect(flaggedBy("zapłaciłem przez aplikację, proszę potwierdzić")).toBe(false));
  it("muszę odwołać wizytę, zarezerwuję nową przez aplikację", () => expect(flaggedBy("muszę odwołać wizytę, zarezerwuję nową przez aplikację")).toBe(false));
  it("I googled P0420 and it says catalytic converter, is that right?", () => expect(flaggedBy("I googled P0420 and it says catalytic converter, is that right?")).toBe(false));
  it("just looked up the price of a clutch kit on google, about £180 for the part alone?", () =>
    expect(flaggedBy("just looked up the price of a clutch kit on google, about £180 for the part alone?")).toBe(false));
  it("read your google reviews before booking, looked good so went with you", () => expect(flaggedBy("read your google reviews before booking, looked good so went with you")).toBe(false));
  it("I'll use google maps to get to your workshop for the booking tomorrow, the postcode's in the app right?", () =>
    expect(flaggedBy("I'll use google maps to get to your workshop for the booking tomorrow, the postcode's in the app right?")).toBe(false));
  it("could you look up whether the 2014 Corsa uses the same wiper blades as the 2012 one?", () =>
    expect(flaggedBy("could you look up whether the 2014 Corsa uses the same wiper blades as the 2012 one?")).toBe(false));
  it("my mate bought his tyres from Halfords last week and they were rubbish", () => expect(flaggedBy("my mate bought his tyres from Halfords last week and they were rubbish")).toBe(false));
  it("pls don't search for me on facebook or anything, i'd rather keep everything on here", () =>
    expect(flaggedBy("pls don't search for me on facebook or anything, i'd rather keep everything on here")).toBe(false));
  it("saw a youtube video on how to change the cabin filter, looks easy but i'd rather you did it", () =>
    expect(flaggedBy("saw a youtube video on how to change the cabin filter, looks easy but i'd rather you did it")).toBe(false));
  it("is the part number something I could google to compare prices?", () => expect(flaggedBy("is the part number something I could google to compare prices?")).toBe(false));
  it("the yelp reviews for the dealership were terrible so came here instead", () => expect(flaggedBy("the yelp reviews for the dealership were terrible so came here instead")).toBe(false));
  it("there's a Costa next to your workshop right? I'll wait there", () => expect(flaggedBy("there's a Costa next to your workshop right? I'll wait there")).toBe(false));
  it("I found a TikTok of a guy doing the same fix with a zip tie lol", () => expect(flaggedBy("I found a TikTok of a guy doing the same fix with a zip tie lol")).toBe(false));
  it("Google Maps says the workshop is 20 min away, leaving now", () => expect(flaggedBy("Google Maps says the workshop is 20 min away, leaving now")).toBe(false));
  it("can you check the parts catalogue for a cheaper OEM alternative?", () => expect(flaggedBy("can you check the parts catalogue for a cheaper OEM alternative?")).toBe(false));
  it("sir I checked on google, engine oil 5W30 price is around 2800, is your rate same?", () =>
    expect(flaggedBy("sir I checked on google, engine oil 5W30 price is around 2800, is your rate same?")).toBe(false));
  it("my brother saw on instagram that ceramic coating is good, should I do?", () => expect(flaggedBy("my brother saw on instagram that ceramic coating is good, should I do?")).toBe(false));
  it("mate I looked on the Repco website, they've got the pads in stock", () => expect(flaggedBy("mate I looked on the Repco website, they've got the pads in stock")).toBe(false));
  it("AutoZone said they'd scan the code for free but I'd rather you look at it", () => expect(flaggedBy("AutoZone said they'd scan the code for free but I'd rather you look at it")).toBe(false));
  it("look up my reg on the app, it should have all the car details", () => expect(flaggedBy("look up my reg on the app, it should have all the car details")).toBe(false));
  it("my neighbour recommended this app in a facebook group for the estate", () => expect(flaggedBy("my neighbour recommended this app in a facebook group for the estate")).toBe(false));
  it("don't bother looking me up on whatsapp or anything, just reply here when you can", () =>
    expect(flaggedBy("don't bother looking me up on whatsapp or anything, just reply here when you can")).toBe(false));
  it("can you run the VIN through the history check? wanna know if it's been in an accident", () =>
    expect(flaggedBy("can you run the VIN through the history check? wanna know if it's been in an accident")).toBe(false));
  it("google says the water pump on this engine is driven by the timing belt, so do both?", () =>
    expect(flaggedBy("google says the water pump on this engine is driven by the timing belt, so do both?")).toBe(false));
  it("the Instagram ad for this app is how I found you guys", () => expect(flaggedBy("the Instagram ad for this app is how I found you guys")).toBe(false));
  it("what's the green light on the dash? I searched the manual pdf but can't find it", () =>
    expect(flaggedBy("what's the green light on the dash? I searched the manual pdf but can't find it")).toBe(false));
  it("busqué en google el código P0300 y dice fallo de encendido, ¿es grave?", () => expect(flaggedBy("busqué en google el código P0300 y dice fallo de encendido, ¿es grave?")).toBe(false));
  it("vi las reseñas de vuestro taller en la app, por eso reservé", () => expect(flaggedBy("vi las reseñas de vuestro taller en la app, por eso reservé")).toBe(false));
  it("pesquisei no google o preço da pastilha, tá uns 150 reais", () => expect(flaggedBy("pesquisei no google o preço da pastilha, tá uns 150 reais")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("vou pelo google maps até a oficina, o endereço tá no agendamento", () => expect(flaggedBy("vou pelo google maps até a oficina, o endereço tá no agendamento")).toBe(false));
  it("vi no youtube um vídeo a explicar o barulho, parece ser a embraiagem", () => expect(flaggedBy("vi no youtube um vídeo a explicar o barulho, parece ser a embraiagem")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("j'ai cherché le code défaut sur google, ça parle de la vanne EGR", () => expect(flaggedBy("j'ai cherché le code défaut sur google, ça parle de la vanne EGR")).toBe(false));
  it("pas besoin de me chercher sur facebook, on reste sur l'appli", () => expect(flaggedBy("pas besoin de me chercher sur facebook, on reste sur l'appli")).toBe(false));
  it("hab bei google nachgeschaut, der Fehlercode deutet auf die Lambdasonde", () => expect(flaggedBy("hab bei google nachgeschaut, der Fehlercode deutet auf die Lambdasonde")).toBe(false));
  it("kannst du mal nachschauen, ob es die Bremsscheiben auch von ATE gibt?", () => expect(flaggedBy("kannst du mal nachschauen, ob es die Bremsscheiben auch von ATE gibt?")).toBe(false));
  it("ho cercato su google il codice errore, dice sensore di pressione", () => expect(flaggedBy("ho cercato su google il codice errore, dice sensore di pressione")).toBe(false));
  it("ho visto le recensioni della vostra officina su google maps prima di prenotare qui", () =>
    expect(flaggedBy("ho visto le recensioni della vostra officina su google maps prima di prenotare qui")).toBe(false));
  it("sprawdziłem w google, ten błąd to podobno czujnik położenia wału", () => expect(flaggedBy("sprawdziłem w google, ten błąd to podobno czujnik położenia wału")).toBe(false));
  it("dojadę z mapami google, adres mam w rezerwacji", () => expect(flaggedBy("dojadę z mapami google, adres mam w rezerwacji")).toBe(false));
  it("mi cuñado compró las llantas en AutoZone y le salieron malas", () => expect(flaggedBy("mi cuñado compró las llantas en AutoZone y le salieron malas")).toBe(false));
  it("order number for the brake pads is 07745 612389, should arrive Thursday", () => expect(flaggedBy("order number for the brake pads is 07745 612389, should arrive Thursday")).toBe(false));
  it("I ordered the phone holder on my phone last night, order no. 20394 88172", () => expect(flaggedBy("I ordered the phone holder on my phone last night, order no. 20394 88172")).toBe(false));
  it("invoice 0791 2345 678 is showing as unpaid in the app, can you check?", () => expect(flaggedBy("invoice 0791 2345 678 is showing as unpaid in the app, can you check?")).toBe(false));
  it("tracking number is 7701 2345 6789, courier says it's at the depot", () => expect(flaggedBy("tracking number is 7701 2345 6789, courier says it's at the depot")).toBe(false));
  it("mileage 112,459 — is the timing belt due at 120k?", () => expect(flaggedBy("mileage 112,459 — is the timing belt due at 120k?")).toBe(false));
  it("the part number on the old alternator is 0986 041 850, Bosch", () => expect(flaggedBy("the part number on the old alternator is 0986 041 850, Bosch")).toBe(false));
  it("receipt number 0044 7812 3391 for the tyres, in case you need it for warranty", () =>
    expect(flaggedBy("receipt number 0044 7812 3391 for the tyres, in case you need it for warranty")).toBe(false));
  it("Amazon order 204-5581739-2264313 for the dash cam, does it fit the 12v socket?", () =>
    expect(flaggedBy("Amazon order 204-5581739-2264313 for the dash cam, does it fit the 12v socket?")).toBe(false));
  it("phone mount part no 07520 445 21, is it compatible with the vent clips?", () => expect(flaggedBy("phone mount part no 07520 445 21, is it compatible with the vent clips?")).toBe(false));
  it("the quote came to £1,245.80 including VAT, bit steep?", () => expect(flaggedBy("the quote came to £1,245.80 including VAT, bit steep?")).toBe(false));
  it("serial on the ECU is 0261 S07 123, any use?", () => expect(flaggedBy("serial on the ECU is 0261 S07 123, any use?")).toBe(false));
  it("ordered it on my phone from eBay, order #071 8823 4412, should be here Monday", () =>
    expect(flaggedBy("ordered it on my phone from eBay, order #071 8823 4412, should be here Monday")).toBe(false));
  it("VIN ends in 9087 7412 55, is that enough to check the recall?", () => expect(flaggedBy("VIN ends in 9087 7412 55, is that enough to check the recall?")).toBe(false));
  it("sir my invoice no is 9876 5432 10 for last service, kindly refer", () => expect(flaggedBy("sir my invoice no is 9876 5432 10 for last service, kindly refer")).toBe(false));
  it("order ID 407-9981234-5678901, the phone charger for the car, delivered today", () =>
    expect(flaggedBy("order ID 407-9981234-5678901, the phone charger for the car, delivered today")).toBe(false));
  it("rego is 1AB 2CD and the odo reads 214 567 km", () => expect(flaggedBy("rego is 1AB 2CD and the odo reads 214 567 km")).toBe(false));
  it("the Advance Auto receipt says transaction 8475 5501 2290, can I return it?", () => expect(flaggedBy("the Advance Auto receipt says transaction 8475 5501 2290, can I return it?")).toBe(false));
  it("warranty claim number 07891 223344 from the manufacturer, can you add it to the job notes?", () =>
    expect(flaggedBy("warranty claim number 07891 223344 from the manufacturer, can you add it to the job notes?")).toBe(false));
  it("oil change at 45,000 then 60,000 — i'm at 58,900 now", () => expect(flaggedBy("oil change at 45,000 then 60,000 — i'm at 58,900 now")).toBe(false));
  it("both tyres were 2 x 89.99 = 179.98, paid in the app", () => expect(flaggedBy("both tyres were 2 x 89.99 = 179.98, paid in the app")).toBe(false));
  it("tracking says parcel 0079 1234 5678 90 out for delivery, phone holder + cable", () =>
    expect(flaggedBy("tracking says parcel 0079 1234 5678 90 out for delivery, phone holder + cable")).toBe(false));
  it("batch number on the brake fluid tin is 0712 3345 67, is it still in date?", () => expect(flaggedBy("batch number on the brake fluid tin is 0712 3345 67, is it still in date?")).toBe(false));
  it("the app booking number on my screen is 44 7700 9001, does that match yours?", () => expect(flaggedBy("the app booking number on my screen is 44 7700 9001, does that match yours?")).toBe(false));
  it("el número de pedido de las pastillas es 612 778 903, llega el jueves", () => expect(flaggedBy("el número de pedido de las pastillas es 612 778 903, llega el jueves")).toBe(false));
  it("factura nº 2024-0345-678, ya está pagada en la app", () => expect(flaggedBy("factura nº 2024-0345-678, ya está pagada en la app")).toBe(false));
  // flagged as PHONE
  it.fails("pedí el soporte para el móvil desde el móvil, pedido 6012345678", () => expect(flaggedBy("pedí el soporte para el móvil desde el móvil, pedido 6012345678")).toBe(false));
  it("o número do pedido é 11987654321, a peça chegou hoje", () => expect(flaggedBy("o número do pedido é 11987654321, a peça chegou hoje")).toBe(false));
  // read as a reference since round 55 ("nota fiscal" labels one, reference-labels.ts)
  it("nota fiscal 000.123.456 da troca de óleo, tá no app", () => expect(flaggedBy("nota fiscal 000.123.456 da troca de óleo, tá no app")).toBe(false));
  it("a referência da peça é 912 34 56 78, é a original da Bosch?", () => expect(flaggedBy("a referência da peça é 912 34 56 78, é a original da Bosch?")).toBe(false));
  it("numéro de commande 06 45 12 98 77 pour le support téléphone, livré demain", () => expect(flaggedBy("numéro de commande 06 45 12 98 77 pour le support téléphone, livré demain")).toBe(false));
  it("la facture 2024/06/1234 est réglée sur l'appli", () => expect(flaggedBy("la facture 2024/06/1234 est réglée sur l'appli")).toBe(false));
  it("Bestellnummer 0151 2234 889 für die Handyhalterung, kommt morgen", () => expect(flaggedBy("Bestellnummer 0151 2234 889 für die Handyhalterung, kommt morgen")).toBe(false));
  it("Kilometerstand 145.320, ist der Zahnriemen fällig?", () => expect(flaggedBy("Kilometerstand 145.320, ist der Zahnriemen fällig?")).toBe(false));
  it("il numero d'ordine è 347 889 2210, il supporto per il telefono arriva venerdì", () =>
    expect(flaggedBy("il numero d'ordine è 347 889 2210, il supporto per il telefono arriva venerdì")).toBe(false));
  it("codice ricambio 0 986 494 524, pastiglie Bosch", () => expect(flaggedBy("codice ricambio 0 986 494 524, pastiglie Bosch")).toBe(false));
  it("numer zamówienia 601-998-223, uchwyt na telefon do auta", () => expect(flaggedBy("numer zamówienia 601-998-223, uchwyt na telefon do auta")).toBe(false));
  it("przebieg 187 650 km, czy trzeba wymienić rozrząd?", () => expect(flaggedBy("przebieg 187 650 km, czy trzeba wymienić rozrząd?")).toBe(false));
  it("Hi Tom, the noise started around junction 14 on the M1, sounds like grinding from the front left", () =>
    expect(flaggedBy("Hi Tom, the noise started around junction 14 on the M1, sounds like grinding from the front left")).toBe(false));
  it("2017 Ford Focus 1.0 EcoBoost, 68k miles, EML came on this morning", () => expect(flaggedBy("2017 Ford Focus 1.0 EcoBoost, 68k miles, EML came on this morning")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("I'm in Manchester near Piccadilly, can the mobile mechanic come out Tuesday?", () =>
    expect(flaggedBy("I'm in Manchester near Piccadilly, can the mobile mechanic come out Tuesday?")).toBe(false),
  );
  it("quote says 3 hours labour at £65/h, does that include the diagnostic?", () => expect(flaggedBy("quote says 3 hours labour at £65/h, does that include the diagnostic?")).toBe(false));
  it("tyre pressure should be 32 psi front and 30 rear right?", () => expect(flaggedBy("tyre pressure should be 32 psi front and 30 rear right?")).toBe(false));
  it("my husband Raj dropped it off at 8:30, any update?", () => expect(flaggedBy("my husband Raj dropped it off at 8:30, any update?")).toBe(false));
  it("Car's a 2009 Honda Civic, 1.8, manual, about 140,000 km", () => expect(flaggedBy("Car's a 2009 Honda Civic, 1.8, manual, about 140,000 km")).toBe(false));
  it("battery reads 11.8V in the morning, is that dead?", () => expect(flaggedBy("battery reads 11.8V in the morning, is that dead?")).toBe(false));
  it("Brisbane heat is killing my aircon, 2015 Hilux, blows warm after 10 min", () => expect(flaggedBy("Brisbane heat is killing my aircon, 2015 Hilux, blows warm after 10 min")).toBe(false));
  it("2012 Silverado 5.3, check engine light, code P0171, I'm in Phoenix", () => expect(flaggedBy("2012 Silverado 5.3, check engine light, code P0171, I'm in Phoenix")).toBe(false));
  it("sir Swift Dzire 2018 model, AC not cooling, I stay in Koramangala", () => expect(flaggedBy("sir Swift Dzire 2018 model, AC not cooling, I stay in Koramangala")).toBe(false));
  it("Hola Miguel, mi Seat Ibiza de 2015 hace un ruido al frenar, tiene 120.000 km", () =>
    expect(flaggedBy("Hola Miguel, mi Seat Ibiza de 2015 hace un ruido al frenar, tiene 120.000 km")).toBe(false));
  it("Bom dia, o Gol 2012 tá esquentando, o ponteiro passa da metade", () => expect(flaggedBy("Bom dia, o Gol 2012 tá esquentando, o ponteiro passa da metade")).toBe(false));
  it("Bonjour, ma Clio 4 de 2016 a un voyant moteur orange depuis hier, 95 000 km", () => expect(flaggedBy("Bonjour, ma Clio 4 de 2016 a un voyant moteur orange depuis hier, 95 000 km")).toBe(false));
  it("Hallo, mein Golf 7 TDI, Baujahr 2015, verliert Öl, ca. 180.000 km", () => expect(flaggedBy("Hallo, mein Golf 7 TDI, Baujahr 2015, verliert Öl, ca. 180.000 km")).toBe(false));
  it("ciao Luca, la Panda del 2010 non parte la mattina, batteria di 3 anni", () => expect(flaggedBy("ciao Luca, la Panda del 2010 non parte la mattina, batteria di 3 anni")).toBe(false));
  it("Dzień dobry, Astra H 1.6 z 2007, stuka coś z przodu na dziurach", () => expect(flaggedBy("Dzień dobry, Astra H 1.6 z 2007, stuka coś z przodu na dziurach")).toBe(false));
  it("Olá, o meu Corsa de 2011 tem a luz do ABS acesa, estou em Braga", () => expect(flaggedBy("Olá, o meu Corsa de 2011 tem a luz do ABS acesa, estou em Braga")).toBe(false));
  it("thanks Priya, the car drives perfectly now, 5 stars from me", () => expect(flaggedBy("thanks Priya, the car drives perfectly now, 5 stars from me")).toBe(false));
  it("can you do 2 front discs and pads on a 2019 Audi A3 for the booking on the 14th?", () =>
    expect(flaggedBy("can you do 2 front discs and pads on a 2019 Audi A3 for the booking on the 14th?")).toBe(false));
});

describe("round 30 review 1: attacks", () => {
  it("mate just cancel the booking in the app and come straight to the shop, I'll do it for 20% less", () =>
    expect(flaggedBy("mate just cancel the booking in the app and come straight to the shop, I'll do it for 20% less")).toBe(true));
  it("if u pay cash we skip the app fee, works out cheaper for both of us", () => expect(flaggedBy("if u pay cash we skip the app fee, works out cheaper for both of us")).toBe(true));
  it("cancel it on the app pls and just rock up tmrw 9am, we sort payment here", () => expect(flaggedBy("cancel it on the app pls and just rock up tmrw 9am, we sort payment here")).toBe(true));
  it("next time dont bother booking thru autodoctor, just message me direct and ill fit u in", () =>
    expect(flaggedBy("next time dont bother booking thru autodoctor, just message me direct and ill fit u in")).toBe(true));
  it("can you transfer to my account instead? the app takes 15% off me", () => expect(flaggedBy("can you transfer to my account instead? the app takes 15% off me")).toBe(true));
  it("bank transfer is fine, sort code 20-45-77 acc 41876203, name R Patel", () =>
    expect(caughtBy("bank transfer is fine, sort code 20-45-77 acc 41876203, name R Patel", ["20-45-77", "41876203", "R Patel"])).toBe(true));
  it("honestly pay me directly and i'll knock 30 quid off, the platform doesnt need to know", () =>
    expect(flaggedBy("honestly pay me directly and i'll knock 30 quid off, the platform doesnt need to know")).toBe(true));
  it("bro skip the booking thing, cash on the day, no commission no hassle", () => expect(flaggedBy("bro skip the booking thing, cash on the day, no commission no hassle")).toBe(true));
  it("we can chat on whatsapp instead, this app charges me for every job lol", () => expect(flaggedBy("we can chat on whatsapp instead, this app charges me for every job lol")).toBe(true));
  it("Sir please cancel the booking from app side and directly come to workshop, I will give discount of 500 rs", () =>
    expect(flaggedBy("Sir please cancel the booking from app side and directly come to workshop, I will give discount of 500 rs")).toBe(true));
  it("payment do via gpay to me directly sir, app payment is taking too much cut", () => expect(flaggedBy("payment do via gpay to me directly sir, app payment is taking too much cut")).toBe(true));
  it("no worries mate, just cancel on the app and swing by Saturday arvo, cash is king here", () =>
    expect(flaggedBy("no worries mate, just cancel on the app and swing by Saturday arvo, cash is king here")).toBe(true));
  it("If you Venmo me directly I can do it for $180 instead of the $240 the app shows", () =>
    expect(flaggedBy("If you Venmo me directly I can do it for $180 instead of the $240 the app shows")).toBe(true));
  it("zelle me the deposit and we'll keep it off the books, app doesn't need a cut", () =>
    expect(flaggedBy("zelle me the deposit and we'll keep it off the books, app doesn't need a cut")).toBe(true));
  it("Mark it as cancelled and I'll come out to you anyway, just have the cash ready", () =>
    expect(flaggedBy("Mark it as cancelled and I'll come out to you anyway, just have the cash ready")).toBe(true));
  it("for the next service just ring the workshop and book with us, not thru here, it's cheaper", () =>
    expect(flaggedBy("for the next service just ring the workshop and book with us, not thru here, it's cheaper")).toBe(true));
  it("pay the labour in the app if u want but the parts u pay me cash when i get there yeah", () =>
    expect(flaggedBy("pay the labour in the app if u want but the parts u pay me cash when i get there yeah")).toBe(true));
  it("I'll send u a paypal link outside the app, saves us both the fees", () => expect(flaggedBy("I'll send u a paypal link outside the app, saves us both the fees")).toBe(true));
  it("easiest is paypal.me/mikesmotors , then we dont need the app for the rest of the job", () =>
    expect(caughtBy("easiest is paypal.me/mikesmotors , then we dont need the app for the rest of the job", ["paypal.me/mikesmotors"])).toBe(true));
  it("dont accept the quote on here, i'll do u a better price if we sort it between us", () =>
    expect(flaggedBy("dont accept the quote on here, i'll do u a better price if we sort it between us")).toBe(true));
  // missed
  it.fails("cancel b4 the 24h so u get ur refund then just come round, I'll honour the same slot", () =>
    expect(flaggedBy("cancel b4 the 24h so u get ur refund then just come round, I'll honour the same slot")).toBe(true),
  );
  it("we could move this convo to telegram, easier for me and no fees taken", () => expect(flaggedBy("we could move this convo to telegram, easier for me and no fees taken")).toBe(true));
  it("tbh the app price is inflated for their commission, cash price is 90 not 120", () =>
    expect(flaggedBy("tbh the app price is inflated for their commission, cash price is 90 not 120")).toBe(true));
  it("Tell the app the job didn't happen and pay me half up front direct, I'll finish it Monday", () =>
    expect(flaggedBy("Tell the app the job didn't happen and pay me half up front direct, I'll finish it Monday")).toBe(true));
  it("UPI kar dijiye directly, 9876543210@ybl pe, app ka charge bach jayega", () =>
    expect(caughtBy("UPI kar dijiye directly, 9876543210@ybl pe, app ka charge bach jayega", ["9876543210@ybl"])).toBe(true));
  it("Once this one's done, keep my details off here and we'll do the MOTs privately every year", () =>
    expect(flaggedBy("Once this one's done, keep my details off here and we'll do the MOTs privately every year")).toBe(true));
  it("if you close the job on the app as no-show i can still come do it off the record, cheaper that way", () =>
    expect(flaggedBy("if you close the job on the app as no-show i can still come do it off the record, cheaper that way")).toBe(true));
  it("cancela la reserva en la app y ven directamente al taller, te hago buen precio", () =>
    expect(flaggedBy("cancela la reserva en la app y ven directamente al taller, te hago buen precio")).toBe(true));
  it("si me pagas en efectivo te ahorras la comisión de la aplicación, tú decides", () => expect(flaggedBy("si me pagas en efectivo te ahorras la comisión de la aplicación, tú decides")).toBe(true));
  it("hazme un bizum directamente y nos olvidamos de la app", () => expect(flaggedBy("hazme un bizum directamente y nos olvidamos de la app")).toBe(true));
  it("la próxima vez reserva directo conmigo sin pasar por aquí, sale más barato", () => expect(flaggedBy("la próxima vez reserva directo conmigo sin pasar por aquí, sale más barato")).toBe(true));
  it("cancela lá no app e vem direto na oficina, faço mais barato no pix", () => expect(flaggedBy("cancela lá no app e vem direto na oficina, faço mais barato no pix")).toBe(true));
  it("me passa no pix direto que eu tiro a taxa do aplicativo", () => expect(flaggedBy("me passa no pix direto que eu tiro a taxa do aplicativo")).toBe(true));
  it("se pagar em dinheiro cá na oficina fica mais em conta, sem a comissão da app", () =>
    expect(flaggedBy("se pagar em dinheiro cá na oficina fica mais em conta, sem a comissão da app")).toBe(true));
  it("pode transferir para a minha conta, IBAN PT50 0035 0651 0000 1234 5678 9, e esquecemos a app", () =>
    expect(caughtBy("pode transferir para a minha conta, IBAN PT50 0035 0651 0000 1234 5678 9, e esquecemos a app", ["PT50 0035 0651 0000 1234 5678 9"])).toBe(true));
  it("annulez la résa sur l'appli et passez directement au garage, je vous fais un prix", () =>
    expect(flaggedBy("annulez la résa sur l'appli et passez directement au garage, je vous fais un prix")).toBe(true));
  it("en liquide c'est 80€ au lieu de 110 sur l'appli, à vous de voir", () => expect(flaggedBy("en liquide c'est 80€ au lieu de 110 sur l'appli, à vous de voir")).toBe(true));
  it("on peut continuer sur whatsapp plutôt, l'appli prend trop de frais", () => expect(flaggedBy("on peut continuer sur whatsapp plutôt, l'appli prend trop de frais")).toBe(true));
  it("storniere einfach in der App und komm direkt vorbei, bar wird's günstiger", () => expect(flaggedBy("storniere einfach in der App und komm direkt vorbei, bar wird's günstiger")).toBe(true));
  it("überweis mir das lieber direkt, dann spar ich mir die Provision von der Plattform", () =>
    expect(flaggedBy("überweis mir das lieber direkt, dann spar ich mir die Provision von der Plattform")).toBe(true));
  it("beim nächsten Mal bitte direkt bei uns buchen, nicht über die App", () => expect(flaggedBy("beim nächsten Mal bitte direkt bei uns buchen, nicht über die App")).toBe(true));
  it("annulla la prenotazione sull'app e vieni direttamente in officina, ti faccio lo sconto", () =>
    expect(flaggedBy("annulla la prenotazione sull'app e vieni direttamente in officina, ti faccio lo sconto")).toBe(true));
  it("se paghi in contanti evitiamo la commissione dell'app", () => expect(flaggedBy("se paghi in contanti evitiamo la commissione dell'app")).toBe(true));
  it("anuluj w aplikacji i przyjedź prosto do warsztatu, gotówką wyjdzie taniej", () => expect(flaggedBy("anuluj w aplikacji i przyjedź prosto do warsztatu, gotówką wyjdzie taniej")).toBe(true));
  it("przelej mi bezpośrednio na konto, bez prowizji aplikacji", () => expect(flaggedBy("przelej mi bezpośrednio na konto, bez prowizji aplikacji")).toBe(true));
  it("just google Patel Auto Care Leicester, we've got loads of reviews there and it's cheaper direct", () =>
    expect(caughtBy("just google Patel Auto Care Leicester, we've got loads of reviews there and it's cheaper direct", ["Patel Auto Care Leicester"])).toBe(true));
  it("look us up on facebook, Dave's Mobile Mechanics, message the page and we can sort it cheaper", () =>
    expect(caughtBy("look us up on facebook, Dave's Mobile Mechanics, message the page and we can sort it cheaper", ["Dave's Mobile Mechanics"])).toBe(true));
  it("find me on insta @wrenchwizard_uk", () => expect(caughtBy("find me on insta @wrenchwizard_uk", ["@wrenchwizard_uk"])).toBe(true));
  it("we're on google maps as KB Motors Brixton, just turn up whenever", () => expect(caughtBy("we're on google maps as KB Motors Brixton, just turn up whenever", ["KB Motors Brixton"])).toBe(true));
  it("search turbo tony on tiktok lol I post all my jobs there, DM me", () => expect(caughtBy("search turbo tony on tiktok lol I post all my jobs there, DM me", ["turbo tony"])).toBe(true));
  it("same name as here on the green app, just add me", () => expect(flaggedBy("same name as here on the green app, just add me")).toBe(true));
  it("hit me up on the bird app, handle's the same as my username here", () => expect(flaggedBy("hit me up on the bird app, handle's the same as my username here")).toBe(true));
  it("check our yelp page, Sunset Auto Repair on Fulton, and call the number listed there", () =>
    expect(caughtBy("check our yelp page, Sunset Auto Repair on Fulton, and call the number listed there", ["Sunset Auto Repair"])).toBe(true));
  it("my shop's called Northside Diesel, you'll find it on maps easy, come by anytime", () =>
    expect(caughtBy("my shop's called Northside Diesel, you'll find it on maps easy, come by anytime", ["Northside Diesel"])).toBe(true));
  it("look for gazzas_garage on snap", () => expect(caughtBy("look for gazzas_garage on snap", ["gazzas_garage"])).toBe(true));
  it("sir search Sri Balaji Car Care Hebbal on google, direct come, cheaper than app", () =>
    expect(caughtBy("sir search Sri Balaji Car Care Hebbal on google, direct come, cheaper than app", ["Sri Balaji Car Care Hebbal"])).toBe(true));
  it("you can find our workshop on justdial, name is Ganesh Motor Works", () =>
    expect(caughtBy("you can find our workshop on justdial, name is Ganesh Motor Works", ["Ganesh Motor Works"])).toBe(true));
  it("chuck Macca's Mechanical Penrith into google mate, we'll sort u out", () =>
    expect(caughtBy("chuck Macca's Mechanical Penrith into google mate, we'll sort u out", ["Macca's Mechanical Penrith"])).toBe(true));
  it("i'm on fb marketplace too under Lee Hargreaves, message me there", () => expect(caughtBy("i'm on fb marketplace too under Lee Hargreaves, message me there", ["Lee Hargreaves"])).toBe(true));
  it("if you type my name into facebook, Kwame Boateng, I'm the one with the red golf as profile pic", () =>
    expect(caughtBy("if you type my name into facebook, Kwame Boateng, I'm the one with the red golf as profile pic", ["Kwame Boateng"])).toBe(true));
  it("follow us on the gram, it's the shop name with _official at the end", () => expect(flaggedBy("follow us on the gram, it's the shop name with _official at the end")).toBe(true));
  it("my youtube channel is Fix It Frank, all my contact details are in the about section", () =>
    expect(caughtBy("my youtube channel is Fix It Frank, all my contact details are in the about section", ["Fix It Frank"])).toBe(true));
  it("read the google reviews for Apex Autos Croydon, our landline is on there, ring us for the cash price", () =>
    expect(caughtBy("read the google reviews for Apex Autos Croydon, our landline is on there, ring us for the cash price", ["Apex Autos Croydon"])).toBe(true));
  it("add me on linkedin, Sarah Okonkwo, I do fleet work on the side", () => expect(caughtBy("add me on linkedin, Sarah Okonkwo, I do fleet work on the side", ["Sarah Okonkwo"])).toBe(true));
  // missed
  it.fails("my handle on X is the same as here but with 88 at the end", () => expect(flaggedBy("my handle on X is the same as here but with 88 at the end")).toBe(true));
  it("We're listed on Google as Rodriguez Transmission & Brake in Mesa, swing by anytime", () =>
    expect(caughtBy("We're listed on Google as Rodriguez Transmission & Brake in Mesa, swing by anytime", ["Rodriguez Transmission & Brake"])).toBe(true));
  it("on the blue app search J Morrison Auto Electrics and ping me", () => expect(caughtBy("on the blue app search J Morrison Auto Electrics and ping me", ["J Morrison Auto Electrics"])).toBe(true));
  it("easiest is find us on gumtree, MotorDoc Sheffield, all our prices are lower there", () =>
    expect(caughtBy("easiest is find us on gumtree, MotorDoc Sheffield, all our prices are lower there", ["MotorDoc Sheffield"])).toBe(true));
  it("I'm the only mobile mechanic called Spanner Steve in Swindon on facebook lol cant miss me", () =>
    expect(caughtBy("I'm the only mobile mechanic called Spanner Steve in Swindon on facebook lol cant miss me", ["Spanner Steve"])).toBe(true));
  // missed
  it.fails("type kingsway tyres and exhausts into maps, the one by the retail park, ask for me at the counter", () =>
    expect(caughtBy("type kingsway tyres and exhausts into maps, the one by the retail park, ask for me at the counter", ["kingsway tyres and exhausts"])).toBe(true),
  );
  it("búscame en instagram como @taller_paco_mx y me escribes por ahí", () => expect(caughtBy("búscame en instagram como @taller_paco_mx y me escribes por ahí", ["@taller_paco_mx"])).toBe(true));
  it("pon en google maps Talleres Hermanos Ruiz Getafe, ven cuando quieras sin cita", () =>
    expect(caughtBy("pon en google maps Talleres Hermanos Ruiz Getafe, ven cuando quieras sin cita", ["Talleres Hermanos Ruiz Getafe"])).toBe(true));
  it("en facebook salgo como Javi Mecánico Móvil, agrégame", () => expect(caughtBy("en facebook salgo como Javi Mecánico Móvil, agrégame", ["Javi Mecánico Móvil"])).toBe(true));
  it("procura no insta oficina.do.zeca que eu te respondo lá", () => expect(caughtBy("procura no insta oficina.do.zeca que eu te respondo lá", ["oficina.do.zeca"])).toBe(true));
  // missed
  it.fails("joga no google Auto Center Irmãos Lima, fica na Vila Mariana", () =>
    expect(caughtBy("joga no google Auto Center Irmãos Lima, fica na Vila Mariana", ["Auto Center Irmãos Lima", "Vila Mariana"])).toBe(true),
  );
  it("procure no facebook por Oficina Rui Carvalho e mande mensagem por lá", () =>
    expect(caughtBy("procure no facebook por Oficina Rui Carvalho e mande mensagem por lá", ["Oficina Rui Carvalho"])).toBe(true));
  it("cherchez Garage Dubois Frères sur google et appelez directement", () => expect(caughtBy("cherchez Garage Dubois Frères sur google et appelez directement", ["Garage Dubois Frères"])).toBe(true));
  it("retrouve-moi sur insta, c'est meca_karim93", () => expect(caughtBy("retrouve-moi sur insta, c'est meca_karim93", ["meca_karim93"])).toBe(true));
  it("such mal bei Google nach Kfz-Werkstatt Yilmaz Dortmund, da steht die Nummer", () =>
    expect(caughtBy("such mal bei Google nach Kfz-Werkstatt Yilmaz Dortmund, da steht die Nummer", ["Kfz-Werkstatt Yilmaz Dortmund"])).toBe(true));
  it("bin auf facebook unter Andi Schrauber, schreib mir da", () => expect(caughtBy("bin auf facebook unter Andi Schrauber, schreib mir da", ["Andi Schrauber"])).toBe(true));
  it("cercami su instagram, officina_bianchi_roma", () => expect(caughtBy("cercami su instagram, officina_bianchi_roma", ["officina_bianchi_roma"])).toBe(true));
  it("su google maps trovi Autofficina Esposito, passa quando vuoi", () => expect(caughtBy("su google maps trovi Autofficina Esposito, passa quando vuoi", ["Autofficina Esposito"])).toBe(true));
  it("wpisz w google Warsztat u Marka Radom i dzwoń bezpośrednio", () => expect(caughtBy("wpisz w google Warsztat u Marka Radom i dzwoń bezpośrednio", ["Warsztat u Marka Radom"])).toBe(true));
  // missed
  it.fails("znajdź mnie na fejsie, Tomek Nowak mechanik", () => expect(caughtBy("znajdź mnie na fejsie, Tomek Nowak mechanik", ["Tomek Nowak"])).toBe(true));
  // missed
  it.fails("en la app verde estoy con el mismo nombre que aquí", () => expect(flaggedBy("en la app verde estoy con el mismo nombre que aquí")).toBe(true));
  it("auf tiktok findest du mich als schrauber_jonas", () => expect(caughtBy("auf tiktok findest du mich als schrauber_jonas", ["schrauber_jonas"])).toBe(true));
  it("parts arrived, order ref 4471 — anyway text me on 07911 123456 when ur outside", () =>
    expect(caughtBy("parts arrived, order ref 4471 — anyway text me on 07911 123456 when ur outside", ["07911 123456"])).toBe(true));
  it("the 'order number' 07700 900123 is my WhatsApp btw 😉", () => expect(caughtBy("the 'order number' 07700 900123 is my WhatsApp btw 😉", ["07700 900123"])).toBe(true));
  it("invoice no 20240311 and my mobile is 0412 555 781 if the app plays up", () =>
    expect(caughtBy("invoice no 20240311 and my mobile is 0412 555 781 if the app plays up", ["0412 555 781"])).toBe(true));
  it("tracking 1Z999AA10123456784 , my number 07823 44 19 02 call when it lands", () =>
    expect(caughtBy("tracking 1Z999AA10123456784 , my number 07823 44 19 02 call when it lands", ["07823 44 19 02"])).toBe(true));
  it("reference for the part: oh seven seven two four, nine one three eight two six — thats also how to reach me lol", () =>
    expect(caughtBy("reference for the part: oh seven seven two four, nine one three eight two six — thats also how to reach me lol", ["oh seven seven two four, nine one three eight two six"])).toBe(
      true,
    ));
  it("ring me 0 7 9 5 6 3 3 2 1 8 4 for the cash price", () => expect(caughtBy("ring me 0 7 9 5 6 3 3 2 1 8 4 for the cash price", ["0 7 9 5 6 3 3 2 1 8 4"])).toBe(true));
  it("call or text (512) 555-0187 for a faster quote", () => expect(caughtBy("call or text (512) 555-0187 for a faster quote", ["(512) 555-0187"])).toBe(true));
  it("order #88213 is ready, holler at 702.555.3391 to pick up", () => expect(caughtBy("order #88213 is ready, holler at 702.555.3391 to pick up", ["702.555.3391"])).toBe(true));
  it("sir booking id AD77812, for any issue call me directly 98450 12376", () => expect(caughtBy("sir booking id AD77812, for any issue call me directly 98450 12376", ["98450 12376"])).toBe(true));
  it("whatsapp pe message karo 9123456780, order details bhejta hu", () => expect(caughtBy("whatsapp pe message karo 9123456780, order details bhejta hu", ["9123456780"])).toBe(true));
  it("job sheet #3381, give us a bell on 0423 111 907 mate", () => expect(caughtBy("job sheet #3381, give us a bell on 0423 111 907 mate", ["0423 111 907"])).toBe(true));
  it("part no. 5Q0-615-301 and my direct line is +44 7700 900461", () => expect(caughtBy("part no. 5Q0-615-301 and my direct line is +44 7700 900461", ["+44 7700 900461"])).toBe(true));
  it("serial 07456 789012 lol jk that's my mob, save it", () => expect(caughtBy("serial 07456 789012 lol jk that's my mob, save it", ["07456 789012"])).toBe(true));
  it("my order number is 447911654321 if you know what i mean, just whatsapp it", () =>
    expect(caughtBy("my order number is 447911654321 if you know what i mean, just whatsapp it", ["447911654321"])).toBe(true));
  it("two numbers for u: receipt 5520193 and the one to ring is 07384 620 915", () =>
    expect(caughtBy("two numbers for u: receipt 5520193 and the one to ring is 07384 620 915", ["07384 620 915"])).toBe(true));
  it("text 07-911-234-567 with the reg and I'll send the invoice", () => expect(caughtBy("text 07-911-234-567 with the reg and I'll send the invoice", ["07-911-234-567"])).toBe(true));
  // missed
  it.fails("the phone holder order went to 07522 987 341 — that's my mum's, she's got the keys, call her", () =>
    expect(caughtBy("the phone holder order went to 07522 987 341 — that's my mum's, she's got the keys, call her", ["07522 987 341"])).toBe(true),
  );
  it("booking ref: zero seven eight one two / 456 / 789 — save it as Dan mech on your phone", () =>
    expect(caughtBy("booking ref: zero seven eight one two / 456 / 789 — save it as Dan mech on your phone", ["zero seven eight one two / 456 / 789"])).toBe(true));
  it("quote number is 0161 496 0732 — that's our workshop landline, call it to confirm", () =>
    expect(caughtBy("quote number is 0161 496 0732 — that's our workshop landline, call it to confirm", ["0161 496 0732"])).toBe(true));
  it("mileage 07943, no wait thats the start of my number 07943 215 660 call me", () =>
    expect(caughtBy("mileage 07943, no wait thats the start of my number 07943 215 660 call me", ["07943 215 660"])).toBe(true));
  it("invoice 1042 attached. Txt 3O5 555 O199 instead of the app", () => expect(caughtBy("invoice 1042 attached. Txt 3O5 555 O199 instead of the app", ["3O5 555 O199"])).toBe(true));
  it("my digits r 07 four 5 two 33 88 1 9 0", () => expect(caughtBy("my digits r 07 four 5 two 33 88 1 9 0", ["07 four 5 two 33 88 1 9 0"])).toBe(true));
  it("price is 150, number 07896 — 452 — 113, cash on pickup", () => expect(caughtBy("price is 150, number 07896 — 452 — 113, cash on pickup", ["07896 — 452 — 113"])).toBe(true));
  it("pedido listo, llámame al 612 345 678", () => expect(caughtBy("pedido listo, llámame al 612 345 678", ["612 345 678"])).toBe(true));
  it("el número de pedido es 655 21 90 43 jaja es mi whatsapp, escríbeme", () => expect(caughtBy("el número de pedido es 655 21 90 43 jaja es mi whatsapp, escríbeme", ["655 21 90 43"])).toBe(true));
  it("ya llegó la pieza, márcame al 55 1234 5678 para recogerla", () => expect(caughtBy("ya llegó la pieza, márcame al 55 1234 5678 para recogerla", ["55 1234 5678"])).toBe(true));
  it("pedido confirmado, me chama no zap 11 98765-4321", () => expect(caughtBy("pedido confirmado, me chama no zap 11 98765-4321", ["11 98765-4321"])).toBe(true));
  it("nota fiscal 45821, qualquer coisa liga (21) 99654-3210", () => expect(caughtBy("nota fiscal 45821, qualquer coisa liga (21) 99654-3210", ["(21) 99654-3210"])).toBe(true));
  it("a encomenda chegou, ligue para 912 345 678 para combinarmos", () => expect(caughtBy("a encomenda chegou, ligue para 912 345 678 para combinarmos", ["912 345 678"])).toBe(true));
  it("commande n° 5587 prête, appelez-moi au 06 12 34 56 78", () => expect(caughtBy("commande n° 5587 prête, appelez-moi au 06 12 34 56 78", ["06 12 34 56 78"])).toBe(true));
  it("mon numéro c'est zéro six, quarante-cinq, douze, trente-trois, quatre-vingt-dix-huit", () =>
    expect(caughtBy("mon numéro c'est zéro six, quarante-cinq, douze, trente-trois, quatre-vingt-dix-huit", ["zéro six, quarante-cinq, douze, trente-trois, quatre-vingt-dix-huit"])).toBe(true));
  it("Bestellung ist da, ruf mich an unter 0151 23456789", () => expect(caughtBy("Bestellung ist da, ruf mich an unter 0151 23456789", ["0151 23456789"])).toBe(true));
  it("Rechnungsnr. 0176-4455-8812 – Spaß, das ist meine Handynummer, schreib mir per WhatsApp", () =>
    expect(caughtBy("Rechnungsnr. 0176-4455-8812 – Spaß, das ist meine Handynummer, schreib mir per WhatsApp", ["0176-4455-8812"])).toBe(true));
  it("ordine pronto, chiamami al 347 123 4567", () => expect(caughtBy("ordine pronto, chiamami al 347 123 4567", ["347 123 4567"])).toBe(true));
  it("il numero della fattura è 333.98.76.543, scherzo, è il mio cell", () => expect(caughtBy("il numero della fattura è 333.98.76.543, scherzo, è il mio cell", ["333.98.76.543"])).toBe(true));
  it("zamówienie gotowe, zadzwoń 601 234 567", () => expect(caughtBy("zamówienie gotowe, zadzwoń 601 234 567", ["601 234 567"])).toBe(true));
  it("numer zamówienia 512-987-654 — to mój numer, pisz na whatsappie", () => expect(caughtBy("numer zamówienia 512-987-654 — to mój numer, pisz na whatsappie", ["512-987-654"])).toBe(true));
  it("referencia 7781, y el móvil del taller es +34 699 88 77 66 por si acaso", () =>
    expect(caughtBy("referencia 7781, y el móvil del taller es +34 699 88 77 66 por si acaso", ["+34 699 88 77 66"])).toBe(true));
});
