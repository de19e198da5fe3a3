// Round 29 review of a retrained second stage (every candidate feature also conjoined with its generator, threshold 0.8;
// not merged): 158 hard innocents and 130 attacks a fresh reviewer wrote, probed with the application's options (rules +
// trained stage). The branch flagged 9 more of the innocents than main and caught 2 more attacks, both for the wrong reason
// ("X on Y" read as a spoken e-mail), so main's stage stays; this file specifies main.
// Attack: `it` when main flags it, `it.fails` (with why) when it lets it through.
// Innocent: `it` when main leaves it alone, `it.fails` (with why) when it flags it.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("round 29 stage review: innocents", () => {
  it("The part number on the pump is 06H 121 026 DD, I ordered it through the app this morning.", () =>
    expect(flaggedBy("The part number on the pump is 06H 121 026 DD, I ordered it through the app this morning.")).toBe(false));
  it("Your quote came to £487.50 including VAT, the brake discs alone are £162.", () => expect(flaggedBy("Your quote came to £487.50 including VAT, the brake discs alone are £162.")).toBe(false));
  it("VIN ends in WVWZZZ1KZ8W123456, can you confirm the engine code before I order?", () =>
    expect(flaggedBy("VIN ends in WVWZZZ1KZ8W123456, can you confirm the engine code before I order?")).toBe(false));
  it("Order #4471 2290 arrived at the workshop, we'll fit it Thursday at 10:30.", () => expect(flaggedBy("Order #4471 2290 arrived at the workshop, we'll fit it Thursday at 10:30.")).toBe(false));
  it("Tyres are 225/45 R17 94W, we have two Michelin in stock at £118 each.", () => expect(flaggedBy("Tyres are 225/45 R17 94W, we have two Michelin in stock at £118 each.")).toBe(false));
  it("Mileage is 128,450 km and the last service was on 14/03/2023.", () => expect(flaggedBy("Mileage is 128,450 km and the last service was on 14/03/2023.")).toBe(false));
  it("Booking reference AD-20931-K, please bring the locking wheel nut key.", () => expect(flaggedBy("Booking reference AD-20931-K, please bring the locking wheel nut key.")).toBe(false));
  it("We're open Monday to Friday 8:00 to 17:30 and Saturday 9 till 1.", () => expect(flaggedBy("We're open Monday to Friday 8:00 to 17:30 and Saturday 9 till 1.")).toBe(false));
  // round 43's refit: flags it as EMAIL
  it.fails("The workshop is on Station Road next to the Tesco, you can't miss the blue sign.", () =>
    expect(flaggedBy("The workshop is on Station Road next to the Tesco, you can't miss the blue sign.")).toBe(false),
  );
  it("My daughter Sarah will drop the car off, she's got the spare key.", () => expect(flaggedBy("My daughter Sarah will drop the car off, she's got the spare key.")).toBe(false));
  it("I got the phone number for the DVLA wrong, had to wait 40 minutes on hold, nightmare.", () =>
    expect(flaggedBy("I got the phone number for the DVLA wrong, had to wait 40 minutes on hold, nightmare.")).toBe(false));
  it("Just message me here in the chat when it's ready, I'll check the app after work.", () =>
    expect(flaggedBy("Just message me here in the chat when it's ready, I'll check the app after work.")).toBe(false));
  it("The torque setting for the wheel nuts is 120 Nm, and 30 Nm for the sump plug.", () =>
    expect(flaggedBy("The torque setting for the wheel nuts is 120 Nm, and 30 Nm for the sump plug.")).toBe(false));
  it("Battery is a 70Ah 640A EN, type 096, should be £95 fitted.", () => expect(flaggedBy("Battery is a 70Ah 640A EN, type 096, should be £95 fitted.")).toBe(false));
  it("Fault codes P0301 P0302 and P0420 came up on the scan.", () => expect(flaggedBy("Fault codes P0301 P0302 and P0420 came up on the scan.")).toBe(false));
  it("I bought the car from Arnold Clark in Glasgow, they said the cambelt was done at 60k.", () =>
    expect(flaggedBy("I bought the car from Arnold Clark in Glasgow, they said the cambelt was done at 60k.")).toBe(false));
  it("Postcode for the MOT centre is on the booking confirmation, I'm just going by the app map.", () =>
    expect(flaggedBy("Postcode for the MOT centre is on the booking confirmation, I'm just going by the app map.")).toBe(false));
  it("The oil is 5W-30 C3, 4.3 litres, filter is a Mann HU 7008 z.", () => expect(flaggedBy("The oil is 5W-30 C3, 4.3 litres, filter is a Mann HU 7008 z.")).toBe(false));
  it("Can you do Tuesday the 12th at 8.15? I start work at 9.", () => expect(flaggedBy("Can you do Tuesday the 12th at 8.15? I start work at 9.")).toBe(false));
  it("The invoice number is INV-2024-00871, it's attached in the chat.", () => expect(flaggedBy("The invoice number is INV-2024-00871, it's attached in the chat.")).toBe(false));
  it("My old phone got cracked so I might be slow replying, but I'll keep an eye on the app.", () =>
    expect(flaggedBy("My old phone got cracked so I might be slow replying, but I'll keep an eye on the app.")).toBe(false));
  it("Dave at the front desk said the courtesy car is booked until Friday.", () => expect(flaggedBy("Dave at the front desk said the courtesy car is booked until Friday.")).toBe(false));
  it("I live near Hyde Park so I'll walk over, about 15 minutes.", () => expect(flaggedBy("I live near Hyde Park so I'll walk over, about 15 minutes.")).toBe(false));
  it("Spark plugs NGK BKR6E-11 x4, gap 1.1 mm.", () => expect(flaggedBy("Spark plugs NGK BKR6E-11 x4, gap 1.1 mm.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  it("Registration is KX19 ABC, it's the silver Golf parked outside.", () => expect(flaggedBy("Registration is KX19 ABC, it's the silver Golf parked outside.")).toBe(false));
  it("The diag took 1 hr 45 min so that's £89 labour plus parts.", () => expect(flaggedBy("The diag took 1 hr 45 min so that's £89 labour plus parts.")).toBe(false));
  it("I'm not giving my number out, let's keep it all in here please.", () => expect(flaggedBy("I'm not giving my number out, let's keep it all in here please.")).toBe(false));
  it("Pay through the app please, we don't take cash or bank transfer.", () => expect(flaggedBy("Pay through the app please, we don't take cash or bank transfer.")).toBe(false));
  it("We're at unit 4 of the industrial estate, the address is on our profile page.", () =>
    expect(flaggedBy("We're at unit 4 of the industrial estate, the address is on our profile page.")).toBe(false));
  it("Bosch 0 986 479 R87 pads are the OEM ones, £64 a set.", () => expect(flaggedBy("Bosch 0 986 479 R87 pads are the OEM ones, £64 a set.")).toBe(false));
  it("My wife Maria works at the hospital so she can only pick up after 6pm.", () => expect(flaggedBy("My wife Maria works at the hospital so she can only pick up after 6pm.")).toBe(false));
  it("The Samsung I have keeps dropping the app notifications, sorry for the late reply.", () =>
    expect(flaggedBy("The Samsung I have keeps dropping the app notifications, sorry for the late reply.")).toBe(false));
  it("Clutch kit LuK 624 3183 09 plus the flywheel 415 0453 10 comes to £540.", () => expect(flaggedBy("Clutch kit LuK 624 3183 09 plus the flywheel 415 0453 10 comes to £540.")).toBe(false));
  it("I'll be at the shop at 07:45, can someone open the gate?", () => expect(flaggedBy("I'll be at the shop at 07:45, can someone open the gate?")).toBe(false));
  it("The recall number from VW is 23R7, your car is affected.", () => expect(flaggedBy("The recall number from VW is 23R7, your car is affected.")).toBe(false));
  it("Is 3 x 250 a month on finance okay or does it have to be paid in full?", () => expect(flaggedBy("Is 3 x 250 a month on finance okay or does it have to be paid in full?")).toBe(false));
  it("Thanks John, great job on the brakes, I'll leave a review on the app.", () => expect(flaggedBy("Thanks John, great job on the brakes, I'll leave a review on the app.")).toBe(false));
  it("Don't send me your WhatsApp please, I'd rather stay on AutoDoctor.", () => expect(flaggedBy("Don't send me your WhatsApp please, I'd rather stay on AutoDoctor.")).toBe(false));
  it("I called the dealer on Baker Street but they wanted £900 for the same job.", () => expect(flaggedBy("I called the dealer on Baker Street but they wanted £900 for the same job.")).toBe(false));
  it("The tracking number from Euro Car Parts is 1Z999AA10123456784.", () => expect(flaggedBy("The tracking number from Euro Car Parts is 1Z999AA10123456784.")).toBe(false));
  it("Coolant is G13 purple, 50/50 mix, about 6 litres total.", () => expect(flaggedBy("Coolant is G13 purple, 50/50 mix, about 6 litres total.")).toBe(false));
  it("Mon 9th, Wed 11th or Fri 13th, which suits you best?", () => expect(flaggedBy("Mon 9th, Wed 11th or Fri 13th, which suits you best?")).toBe(false));
  it("Chassis number 1HGCM82633A004352 is stamped under the passenger seat.", () => expect(flaggedBy("Chassis number 1HGCM82633A004352 is stamped under the passenger seat.")).toBe(false));
  it("My neighbour Tom recommended you, he had his Focus done here last year.", () => expect(flaggedBy("My neighbour Tom recommended you, he had his Focus done here last year.")).toBe(false));
  it("The address on my profile is old, I moved to Leeds but the car is still in Bradford.", () =>
    expect(flaggedBy("The address on my profile is old, I moved to Leeds but the car is still in Bradford.")).toBe(false));
  it("Mi coche tiene 145.000 km y el último cambio de aceite fue en marzo.", () => expect(flaggedBy("Mi coche tiene 145.000 km y el último cambio de aceite fue en marzo.")).toBe(false));
  it("La referencia del filtro es 1109.AY, cuesta 18,50 euros.", () => expect(flaggedBy("La referencia del filtro es 1109.AY, cuesta 18,50 euros.")).toBe(false));
  it("Le rendez-vous est mardi à 14h30, la pièce coûte 235 €.", () => expect(flaggedBy("Le rendez-vous est mardi à 14h30, la pièce coûte 235 €.")).toBe(false));
  it("Der Zahnriemen kostet 389 Euro inklusive Wasserpumpe, Termin am 15.05.", () => expect(flaggedBy("Der Zahnriemen kostet 389 Euro inklusive Wasserpumpe, Termin am 15.05.")).toBe(false));
  it("A peça chegou, o número é 7700 274 177, pode trazer o carro amanhã às 9h.", () => expect(flaggedBy("A peça chegou, o número é 7700 274 177, pode trazer o carro amanhã às 9h.")).toBe(false));
  it("Bhai car ka service 4500 rupees ka hai, kal 11 baje le aana.", () => expect(flaggedBy("Bhai car ka service 4500 rupees ka hai, kal 11 baje le aana.")).toBe(false));
  it("Haan ji, brake pads change ho gaye, bill app mein bhej diya hai.", () => expect(flaggedBy("Haan ji, brake pads change ho gaye, bill app mein bhej diya hai.")).toBe(false));
  it("Gracias, prefiero seguir hablando por aquí en la aplicación.", () => expect(flaggedBy("Gracias, prefiero seguir hablando por aquí en la aplicación.")).toBe(false));
  it("Ich schreibe lieber hier im Chat, meine Nummer gebe ich nicht raus.", () => expect(flaggedBy("Ich schreibe lieber hier im Chat, meine Nummer gebe ich nicht raus.")).toBe(false));
  it("Merci, on garde tout sur l'application, c'est plus simple pour la facture.", () => expect(flaggedBy("Merci, on garde tout sur l'application, c'est plus simple pour la facture.")).toBe(false));
  it("Rua das Flores é onde fica a oficina antiga, agora mudamos para o endereço do perfil.", () =>
    expect(flaggedBy("Rua das Flores é onde fica a oficina antiga, agora mudamos para o endereço do perfil.")).toBe(false));
  it("The sensor is 0 261 230 482, same as the one on my brother's Astra.", () => expect(flaggedBy("The sensor is 0 261 230 482, same as the one on my brother's Astra.")).toBe(false));
  it("Price breakdown: 2 hrs labour 130, parts 212.40, total 342.40.", () => expect(flaggedBy("Price breakdown: 2 hrs labour 130, parts 212.40, total 342.40.")).toBe(false));
  it("My account email is the one I signed up with, can you resend the invoice through the app?", () =>
    expect(flaggedBy("My account email is the one I signed up with, can you resend the invoice through the app?")).toBe(false));
  it("She's called Emma Wilson and she'll sign for the car on my behalf.", () => expect(flaggedBy("She's called Emma Wilson and she'll sign for the car on my behalf.")).toBe(false));
  // flagged on main, by the rules
  it.fails("It's the garage on the corner of King Street and Mill Lane, same place as before?", () =>
    expect(flaggedBy("It's the garage on the corner of King Street and Mill Lane, same place as before?")).toBe(false),
  );
  it("I'll be in Manchester till Thursday, so Friday 10am works.", () => expect(flaggedBy("I'll be in Manchester till Thursday, so Friday 10am works.")).toBe(false));
  it("Gearbox oil 75W-90 GL-4, 2.2 l, code 03/11/19 on the can.", () => expect(flaggedBy("Gearbox oil 75W-90 GL-4, 2.2 l, code 03/11/19 on the can.")).toBe(false));
  it("The key fob battery is a CR2032, costs about 3 quid.", () => expect(flaggedBy("The key fob battery is a CR2032, costs about 3 quid.")).toBe(false));
  it("Reference number for the warranty claim: 884 201 337.", () => expect(flaggedBy("Reference number for the warranty claim: 884 201 337.")).toBe(false));
  it("Mechanic said call-out fee is 45 and 60 per hour after that.", () => expect(flaggedBy("Mechanic said call-out fee is 45 and 60 per hour after that.")).toBe(false));
  it("I'm on 3 bars of signal here so the chat may lag a bit.", () => expect(flaggedBy("I'm on 3 bars of signal here so the chat may lag a bit.")).toBe(false));
  it("The parts shop on Elm Road closes at 5:30 on Saturdays.", () => expect(flaggedBy("The parts shop on Elm Road closes at 5:30 on Saturdays.")).toBe(false));
  it("Our opening hours are 08:00-18:00, the workshop phone is always busy so use the chat.", () =>
    expect(flaggedBy("Our opening hours are 08:00-18:00, the workshop phone is always busy so use the chat.")).toBe(false));
  it("Wheel alignment readings: toe 0°10', camber -1°20' front left.", () => expect(flaggedBy("Wheel alignment readings: toe 0°10', camber -1°20' front left.")).toBe(false));
  it("Reg is LK68 XYZ, the black Corsa by the gate.", () => expect(flaggedBy("Reg is LK68 XYZ, the black Corsa by the gate.")).toBe(false));
  it("Plate number BD51 SMR, red Fiesta, keys are in the drop box.", () => expect(flaggedBy("Plate number BD51 SMR, red Fiesta, keys are in the drop box.")).toBe(false));
  it("Car reg YA19 KFD, can you check if the MOT is due?", () => expect(flaggedBy("Car reg YA19 KFD, can you check if the MOT is due?")).toBe(false));
  it("The registration WR21 HNT is on the booking already.", () => expect(flaggedBy("The registration WR21 HNT is on the booking already.")).toBe(false));
  it("Your car LS17 UJP is ready for collection from 4pm.", () => expect(flaggedBy("Your car LS17 UJP is ready for collection from 4pm.")).toBe(false));
  it("Model year 2019, engine code CJZA, gearbox code QKN.", () => expect(flaggedBy("Model year 2019, engine code CJZA, gearbox code QKN.")).toBe(false));
  it("The ECU part number is 03L 906 018 JJ, software 9978.", () => expect(flaggedBy("The ECU part number is 03L 906 018 JJ, software 9978.")).toBe(false));
  it("Ask for Kevin at reception when you arrive, he has the paperwork.", () => expect(flaggedBy("Ask for Kevin at reception when you arrive, he has the paperwork.")).toBe(false));
  it("I spoke to Priya yesterday, she said the part would be in by Wednesday.", () => expect(flaggedBy("I spoke to Priya yesterday, she said the part would be in by Wednesday.")).toBe(false));
  it("Bought the tyres from Kwik Fit on London Road but they fitted them wrong.", () => expect(flaggedBy("Bought the tyres from Kwik Fit on London Road but they fitted them wrong.")).toBe(false));
  it("We moved from Park Lane to the new unit last year, the app has the new location.", () =>
    expect(flaggedBy("We moved from Park Lane to the new unit last year, the app has the new location.")).toBe(false));
  it("Is the workshop the one on Victoria Street or the other branch?", () => expect(flaggedBy("Is the workshop the one on Victoria Street or the other branch?")).toBe(false));
  it("My Android keeps logging me out of the app, any idea?", () => expect(flaggedBy("My Android keeps logging me out of the app, any idea?")).toBe(false));
  it("I tried to call the AA but they said 3 hours wait, so I booked you instead.", () => expect(flaggedBy("I tried to call the AA but they said 3 hours wait, so I booked you instead.")).toBe(false));
  it("I'll pay the 240 in the app now and the rest when I collect.", () => expect(flaggedBy("I'll pay the 240 in the app now and the rest when I collect.")).toBe(false));
  it("It's just a 10 minute drive from Leeds city centre, I'll be there at 9.", () => expect(flaggedBy("It's just a 10 minute drive from Leeds city centre, I'll be there at 9.")).toBe(false));
  it("The code on the dash says 0123-45, is that serious?", () => expect(flaggedBy("The code on the dash says 0123-45, is that serious?")).toBe(false));
  it("Serial number 4471-88-2031 on the alternator label.", () => expect(flaggedBy("Serial number 4471-88-2031 on the alternator label.")).toBe(false));
  it("My husband Raj handles the car stuff, he'll reply on here later.", () => expect(flaggedBy("My husband Raj handles the car stuff, he'll reply on here later.")).toBe(false));
  it("I've got the receipt from Halfords, order 7781 4429 03.", () => expect(flaggedBy("I've got the receipt from Halfords, order 7781 4429 03.")).toBe(false));
  it("Emissions reading was 0.12 CO and 45 ppm HC, pass.", () => expect(flaggedBy("Emissions reading was 0.12 CO and 45 ppm HC, pass.")).toBe(false));
  it("We take card, Apple Pay and Google Pay through the app only.", () => expect(flaggedBy("We take card, Apple Pay and Google Pay through the app only.")).toBe(false));
  it("Open late Thursdays till 8, we're closed Sundays.", () => expect(flaggedBy("Open late Thursdays till 8, we're closed Sundays.")).toBe(false));
  it("The cheapest quote I had was from a place in Croydon, £320.", () => expect(flaggedBy("The cheapest quote I had was from a place in Croydon, £320.")).toBe(false));
  // flagged on main, by the rules
  it.fails("We're at the back of the retail park behind Screwfix, look for the yellow doors.", () =>
    expect(flaggedBy("We're at the back of the retail park behind Screwfix, look for the yellow doors.")).toBe(false),
  );
  it("Hola, el coche es un Seat León 2.0 TDI, matrícula 4521 KLM.", () => expect(flaggedBy("Hola, el coche es un Seat León 2.0 TDI, matrícula 4521 KLM.")).toBe(false));
  it("La cita es el jueves a las 10:15, la dirección está en la app.", () => expect(flaggedBy("La cita es el jueves a las 10:15, la dirección está en la app.")).toBe(false));
  it("Je m'appelle Julien, j'ai réservé pour la vidange de samedi.", () => expect(flaggedBy("Je m'appelle Julien, j'ai réservé pour la vidange de samedi.")).toBe(false));
  it("Mein Kennzeichen ist M-AB 1234, der graue Golf.", () => expect(flaggedBy("Mein Kennzeichen ist M-AB 1234, der graue Golf.")).toBe(false));
  it("Meu carro é placa ABC-1D23, pode ver se o recall está pendente?", () => expect(flaggedBy("Meu carro é placa ABC-1D23, pode ver se o recall está pendente?")).toBe(false));
  it("Bhai gaadi ka number MH 12 AB 3456 hai, service kab tak hogi?", () => expect(flaggedBy("Bhai gaadi ka number MH 12 AB 3456 hai, service kab tak hogi?")).toBe(false));
  it("Aapka bill 3250 ka hai, app pe pay kar dijiye.", () => expect(flaggedBy("Aapka bill 3250 ka hai, app pe pay kar dijiye.")).toBe(false));
  it("You can leave the key with Mrs Patel next door if nobody's home.", () => expect(flaggedBy("You can leave the key with Mrs Patel next door if nobody's home.")).toBe(false));
  it("Phone holder on the dash snapped, can you glue it while it's in?", () => expect(flaggedBy("Phone holder on the dash snapped, can you glue it while it's in?")).toBe(false));
  it("The dealer's service line was useless, so I'm glad I found this app.", () => expect(flaggedBy("The dealer's service line was useless, so I'm glad I found this app.")).toBe(false));
  it("Totals: 1 x oil 5W30 £42, 1 x filter £11, 1 x labour £55.", () => expect(flaggedBy("Totals: 1 x oil 5W30 £42, 1 x filter £11, 1 x labour £55.")).toBe(false));
  it("Could you send photos of the old parts here in the chat?", () => expect(flaggedBy("Could you send photos of the old parts here in the chat?")).toBe(false));
  it("Sorry I missed your message, I was at work till 6.", () => expect(flaggedBy("Sorry I missed your message, I was at work till 6.")).toBe(false));
  it("Call me old fashioned but I like a printed invoice, can you give me one at pickup?", () =>
    expect(flaggedBy("Call me old fashioned but I like a printed invoice, can you give me one at pickup?")).toBe(false));
  it("Text on the part says 'MADE IN GERMANY 5Q0 615 301 H'.", () => expect(flaggedBy("Text on the part says 'MADE IN GERMANY 5Q0 615 301 H'.")).toBe(false));
  it("Registration is KX19 ABC, the blue Polo.", () => expect(flaggedBy("Registration is KX19 ABC, the blue Polo.")).toBe(false));
  it("Registration is LK68 XYZ, it's the white van parked outside.", () => expect(flaggedBy("Registration is LK68 XYZ, it's the white van parked outside.")).toBe(false));
  it("Reg KX19 ABC, it's parked outside the front.", () => expect(flaggedBy("Reg KX19 ABC, it's parked outside the front.")).toBe(false));
  it("The reg is KX19 ABC and it's the silver Golf parked outside.", () => expect(flaggedBy("The reg is KX19 ABC and it's the silver Golf parked outside.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  it("It's KX19 ABC, the silver Golf parked outside your unit.", () => expect(flaggedBy("It's KX19 ABC, the silver Golf parked outside your unit.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  it("Number plate is KX19 ABC, silver Golf, parked outside.", () => expect(flaggedBy("Number plate is KX19 ABC, silver Golf, parked outside.")).toBe(false));
  it("Registration: MA70 PLR. Silver Golf parked outside.", () => expect(flaggedBy("Registration: MA70 PLR. Silver Golf parked outside.")).toBe(false));
  it("My reg is YD16 OWX, it's the grey Qashqai in bay 3.", () => expect(flaggedBy("My reg is YD16 OWX, it's the grey Qashqai in bay 3.")).toBe(false));
  it("The workshop is on Station Road next to the Aldi.", () => expect(flaggedBy("The workshop is on Station Road next to the Aldi.")).toBe(false));
  // flagged on main, by the rules
  it.fails("We're on Albert Street next to the Co-op, blue sign.", () => expect(flaggedBy("We're on Albert Street next to the Co-op, blue sign.")).toBe(false));
  it("The garage is on Mill Lane near the Tesco, can't miss it.", () => expect(flaggedBy("The garage is on Mill Lane near the Tesco, can't miss it.")).toBe(false));
  it("Parts come from the depot on Canal Street, usually same day.", () => expect(flaggedBy("Parts come from the depot on Canal Street, usually same day.")).toBe(false));
  it("Your car is parked on Queen Street behind our unit, keys at the desk.", () => expect(flaggedBy("Your car is parked on Queen Street behind our unit, keys at the desk.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  // round 41's retrained stage: flags it as SOCIAL_HANDLE
  it.fails("My username here is jake_m, if the invoice needs a name.", () => expect(flaggedBy("My username here is jake_m, if the invoice needs a name.")).toBe(false));
  // flagged on main, by the rules
  it.fails("I'm Jake Miller on the booking, the Golf for 10am.", () => expect(flaggedBy("I'm Jake Miller on the booking, the Golf for 10am.")).toBe(false));
  it("Is that Mike who did my clutch last year? Great job mate.", () => expect(flaggedBy("Is that Mike who did my clutch last year? Great job mate.")).toBe(false));
  it("My account name here is Ryan Evans, the booking should be under that.", () => expect(flaggedBy("My account name here is Ryan Evans, the booking should be under that.")).toBe(false));
  it("Tell Gaz the Astra's ready, invoice sent in the app.", () => expect(flaggedBy("Tell Gaz the Astra's ready, invoice sent in the app.")).toBe(false));
  // flagged on main, by the rules
  it.fails("Customer name on the job card: Sandra Okafor, Fiesta 1.0 EcoBoost.", () => expect(flaggedBy("Customer name on the job card: Sandra Okafor, Fiesta 1.0 EcoBoost.")).toBe(false));
  it("Ich wohne in der Nähe vom Bahnhof, bin in 10 Minuten da.", () => expect(flaggedBy("Ich wohne in der Nähe vom Bahnhof, bin in 10 Minuten da.")).toBe(false));
  // round 43's refit: flags it as EMAIL
  it.fails("Let's continue on the same job card, I'll add the brake fluid to it.", () => expect(flaggedBy("Let's continue on the same job card, I'll add the brake fluid to it.")).toBe(false));
  it("Can we carry on the service tomorrow? The part's late.", () => expect(flaggedBy("Can we carry on the service tomorrow? The part's late.")).toBe(false));
  it("I'm keeping everything on the app, you know the one, the booking's all there.", () =>
    expect(flaggedBy("I'm keeping everything on the app, you know the one, the booking's all there.")).toBe(false));
  it("The engine is a B47D20, it's the 2.0 diesel in the 320d.", () => expect(flaggedBy("The engine is a B47D20, it's the 2.0 diesel in the 320d.")).toBe(false));
  it("It's the EA888 gen 3, common issue with the water pump on these.", () => expect(flaggedBy("It's the EA888 gen 3, common issue with the water pump on these.")).toBe(false));
  it("Car is a 2017 X1, engine N47, it's the black one parked outside.", () => expect(flaggedBy("Car is a 2017 X1, engine N47, it's the black one parked outside.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  it("Reg FY19 KLM, the red Mini parked outside the unit.", () => expect(flaggedBy("Reg FY19 KLM, the red Mini parked outside the unit.")).toBe(false));
  it("My reg is GU71 ZTR, it's the white Transit parked round the back.", () => expect(flaggedBy("My reg is GU71 ZTR, it's the white Transit parked round the back.")).toBe(false));
  it("The booking is under jake_m, same as my profile here.", () => expect(flaggedBy("The booking is under jake_m, same as my profile here.")).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails("My login here is sarah.k, booking for the Juke on Friday.", () => expect(flaggedBy("My login here is sarah.k, booking for the Juke on Friday.")).toBe(false));
  // The branch's stage flagged it; main's leaves it alone.
  it("Account username is dave_p in the app, invoice should go there.", () => expect(flaggedBy("Account username is dave_p in the app, invoice should go there.")).toBe(false));
  it("Working on the Audi now, then on the Corsa after lunch.", () => expect(flaggedBy("Working on the Audi now, then on the Corsa after lunch.")).toBe(false));
  it("Pads are on the shelf, discs are on order, fitting on the 14th.", () => expect(flaggedBy("Pads are on the shelf, discs are on order, fitting on the 14th.")).toBe(false));
  it("Tyre code DOT 4519 means week 45 of 2019, they're too old.", () => expect(flaggedBy("Tyre code DOT 4519 means week 45 of 2019, they're too old.")).toBe(false));
  it("Error U0100 lost comms with ECM, probably the wiring loom.", () => expect(flaggedBy("Error U0100 lost comms with ECM, probably the wiring loom.")).toBe(false));
  it("Filter ref W712/75, bulb H7 55W, wiper 600/450 mm.", () => expect(flaggedBy("Filter ref W712/75, bulb H7 55W, wiper 600/450 mm.")).toBe(false));
  it("It's the red Golf with plate KX19, bay 2, keys on the hook.", () => expect(flaggedBy("It's the red Golf with plate KX19, bay 2, keys on the hook.")).toBe(false));
  it("Ask for Sam on the desk, she's got your key and the invoice.", () => expect(flaggedBy("Ask for Sam on the desk, she's got your key and the invoice.")).toBe(false));
  it("Your Peugeot 308 reg AB12 CDE passed the MOT with 2 advisories.", () => expect(flaggedBy("Your Peugeot 308 reg AB12 CDE passed the MOT with 2 advisories.")).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails("Mi usuario aquí es maria_g, la reserva está a ese nombre.", () => expect(flaggedBy("Mi usuario aquí es maria_g, la reserva está a ese nombre.")).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails("Mon identifiant ici c'est julien_r, la facture peut aller là.", () => expect(flaggedBy("Mon identifiant ici c'est julien_r, la facture peut aller là.")).toBe(false));
  it("Sigo en la app, no te preocupes, matrícula 4521 KLM, el Seat gris aparcado fuera.", () =>
    expect(flaggedBy("Sigo en la app, no te preocupes, matrícula 4521 KLM, el Seat gris aparcado fuera.")).toBe(false));
  it("Bhai gaadi bahar khadi hai, number DL 3C AB 1234, chaabi counter pe hai.", () => expect(flaggedBy("Bhai gaadi bahar khadi hai, number DL 3C AB 1234, chaabi counter pe hai.")).toBe(false));
  it("Das Auto steht draußen, Kennzeichen B-XY 123, der silberne Golf.", () => expect(flaggedBy("Das Auto steht draußen, Kennzeichen B-XY 123, der silberne Golf.")).toBe(false));
  it("O carro está lá fora, placa QWE-4R56, o Gol prata.", () => expect(flaggedBy("O carro está lá fora, placa QWE-4R56, o Gol prata.")).toBe(false));
  it("Spoke to Dave on the phone at the parts place, they'll deliver at 2.", () => expect(flaggedBy("Spoke to Dave on the phone at the parts place, they'll deliver at 2.")).toBe(false));
  it("We had the AA on the job, they towed it in last night.", () => expect(flaggedBy("We had the AA on the job, they towed it in last night.")).toBe(false));
  it("Stay on the app and I'll keep you updated on the progress.", () => expect(flaggedBy("Stay on the app and I'll keep you updated on the progress.")).toBe(false));
});

describe("round 29 stage review: attacks", () => {
  it("Easier if you just text me, 07700 900 461.", () => expect(flaggedBy("Easier if you just text me, 07700 900 461.")).toBe(true));
  it("my number is oh seven seven double oh nine hundred four six one", () => expect(flaggedBy("my number is oh seven seven double oh nine hundred four six one")).toBe(true));
  it("ring me on 0 7 7 0 0 - 9 0 0 - 4 6 1 after 5", () => expect(flaggedBy("ring me on 0 7 7 0 0 - 9 0 0 - 4 6 1 after 5")).toBe(true));
  it("Drop me a line at jake dot miller at gmail dot com and I'll send photos", () => expect(flaggedBy("Drop me a line at jake dot miller at gmail dot com and I'll send photos")).toBe(true));
  it("email: sarah_w85 (at) hotmail (dot) co (dot) uk", () => expect(flaggedBy("email: sarah_w85 (at) hotmail (dot) co (dot) uk")).toBe(true));
  it("add me on insta @revs_by_ryan, I'll DM you the price", () => expect(flaggedBy("add me on insta @revs_by_ryan, I'll DM you the price")).toBe(true));
  it("My snap is carlos.fixes, quicker than this app", () => expect(flaggedBy("My snap is carlos.fixes, quicker than this app")).toBe(true));
  it("Find me on Facebook, Mike's Mobile Mechanics Leeds, message me there", () => expect(flaggedBy("Find me on Facebook, Mike's Mobile Mechanics Leeds, message me there")).toBe(true));
  it("Whatsapp me and I'll do it for 50 less without the app fee", () => expect(flaggedBy("Whatsapp me and I'll do it for 50 less without the app fee")).toBe(true));
  it("Let's sort it outside the app, I'll knock off the commission", () => expect(flaggedBy("Let's sort it outside the app, I'll knock off the commission")).toBe(true));
  it("Pay me cash when I come round, no need to book through here", () => expect(flaggedBy("Pay me cash when I come round, no need to book through here")).toBe(true));
  it("Come to mine instead, 42 Beech Grove, LS6 2AB, I'll do it in the driveway", () => expect(flaggedBy("Come to mine instead, 42 Beech Grove, LS6 2AB, I'll do it in the driveway")).toBe(true));
  it("I'm at 17 Cranbrook Avenue, just knock, cheaper than the garage rate", () => expect(flaggedBy("I'm at 17 Cranbrook Avenue, just knock, cheaper than the garage rate")).toBe(true));
  it("My telegram is @autofixer_uk, hit me there", () => expect(flaggedBy("My telegram is @autofixer_uk, hit me there")).toBe(true));
  it("Text me: seven nine double one, one two three, four five six", () => expect(flaggedBy("Text me: seven nine double one, one two three, four five six")).toBe(true));
  it("Call 0161 496 0732 and ask for Gaz, he'll do it cash", () => expect(flaggedBy("Call 0161 496 0732 and ask for Gaz, he'll do it cash")).toBe(true));
  it("+44 7911 123456 is my personal, whatsapp only", () => expect(flaggedBy("+44 7911 123456 is my personal, whatsapp only")).toBe(true));
  it("my cell is 415-555-0132 shoot me a text", () => expect(flaggedBy("my cell is 415-555-0132 shoot me a text")).toBe(true));
  it("Number's in my bio, message me there instead of here", () => expect(flaggedBy("Number's in my bio, message me there instead of here")).toBe(true));
  it("just google 'Gary's Garage Hull' and ring the landline, we'll do it off the books", () =>
    expect(flaggedBy("just google 'Gary's Garage Hull' and ring the landline, we'll do it off the books")).toBe(true));
  it("Signal me, same number you called from last time", () => expect(flaggedBy("Signal me, same number you called from last time")).toBe(true));
  it("skip the booking, I'll come by tomorrow and you pay me direct by bank transfer", () =>
    expect(flaggedBy("skip the booking, I'll come by tomorrow and you pay me direct by bank transfer")).toBe(true));
  it("My sort code is 20-00-00 and account 12345678, send the deposit there", () => expect(flaggedBy("My sort code is 20-00-00 and account 12345678, send the deposit there")).toBe(true));
  it("Send it by PayPal to mikeyfixes@outlook.com to avoid the fees", () => expect(flaggedBy("Send it by PayPal to mikeyfixes@outlook.com to avoid the fees")).toBe(true));
  it("Email me at m.harris at protonmail and I'll send a proper quote", () => expect(flaggedBy("Email me at m.harris at protonmail and I'll send a proper quote")).toBe(true));
  it("seven double-oh nine, two two three, one four five — that's me", () => expect(flaggedBy("seven double-oh nine, two two three, one four five — that's me")).toBe(true));
  it("reach me on zero seven eight four five, six seven eight, nine zero one", () => expect(flaggedBy("reach me on zero seven eight four five, six seven eight, nine zero one")).toBe(true));
  it("my workshop is at 9 Mill Lane, Bolton BL1 4QR, just turn up Saturday and we'll sort it cash", () =>
    expect(flaggedBy("my workshop is at 9 Mill Lane, Bolton BL1 4QR, just turn up Saturday and we'll sort it cash")).toBe(true));
  it("Viber or WhatsApp on the number ending 4417, first part is 0790 122", () => expect(flaggedBy("Viber or WhatsApp on the number ending 4417, first part is 0790 122")).toBe(true));
  it("I'm on Discord as wrenchwizard#4421", () => expect(flaggedBy("I'm on Discord as wrenchwizard#4421")).toBe(true));
  it("Search for me on TikTok, I'm @carfixwithdan, DM me", () => expect(flaggedBy("Search for me on TikTok, I'm @carfixwithdan, DM me")).toBe(true));
  it("call me 07-seven-00 nine-hundred 461", () => expect(flaggedBy("call me 07-seven-00 nine-hundred 461")).toBe(true));
  it("Hit me up on WA, 0 seven 9 one 1 two 3 four 5 6", () => expect(flaggedBy("Hit me up on WA, 0 seven 9 one 1 two 3 four 5 6")).toBe(true));
  it("you can find my shop on Google Maps, it's Kwik Spanners on Hollins Road, come straight there", () =>
    expect(flaggedBy("you can find my shop on Google Maps, it's Kwik Spanners on Hollins Road, come straight there")).toBe(true));
  it("text rather than in here: zero seven nine five five 212 404", () => expect(flaggedBy("text rather than in here: zero seven nine five five 212 404")).toBe(true));
  it("Mi número es 612 345 678, escríbeme por WhatsApp", () => expect(flaggedBy("Mi número es 612 345 678, escríbeme por WhatsApp")).toBe(true));
  it("Llámame al seis uno dos, tres cuatro cinco, seis siete ocho", () => expect(flaggedBy("Llámame al seis uno dos, tres cuatro cinco, seis siete ocho")).toBe(true));
  it("Mejor lo hacemos fuera de la app, te cobro menos", () => expect(flaggedBy("Mejor lo hacemos fuera de la app, te cobro menos")).toBe(true));
  it("Mi correo es pedro.taller arroba gmail punto com", () => expect(flaggedBy("Mi correo es pedro.taller arroba gmail punto com")).toBe(true));
  it("Passe à l'atelier directement, 12 rue des Lilas à Lyon, on s'arrange en liquide", () =>
    expect(flaggedBy("Passe à l'atelier directement, 12 rue des Lilas à Lyon, on s'arrange en liquide")).toBe(true));
  it("Appelle-moi au 06 12 34 56 78, c'est plus simple", () => expect(flaggedBy("Appelle-moi au 06 12 34 56 78, c'est plus simple")).toBe(true));
  it("mon mail c'est garage.dupont arobase orange point fr", () => expect(flaggedBy("mon mail c'est garage.dupont arobase orange point fr")).toBe(true));
  it("Ruf mich an unter 0151 2345 6789, dann machen wir das ohne App", () => expect(flaggedBy("Ruf mich an unter 0151 2345 6789, dann machen wir das ohne App")).toBe(true));
  it("Schreib mir auf WhatsApp, null eins fünf eins, zwei drei vier fünf", () => expect(flaggedBy("Schreib mir auf WhatsApp, null eins fünf eins, zwei drei vier fünf")).toBe(true));
  it("Meine Adresse ist Hauptstraße 14, 80331 München, komm einfach vorbei", () => expect(flaggedBy("Meine Adresse ist Hauptstraße 14, 80331 München, komm einfach vorbei")).toBe(true));
  it("Me chama no zap 11 98765-4321 que faço mais barato", () => expect(flaggedBy("Me chama no zap 11 98765-4321 que faço mais barato")).toBe(true));
  it("meu email é joao.mecanico arroba hotmail ponto com", () => expect(flaggedBy("meu email é joao.mecanico arroba hotmail ponto com")).toBe(true));
  it("Bhai mera number 98765 43210 hai, WhatsApp pe baat karte hain", () => expect(flaggedBy("Bhai mera number 98765 43210 hai, WhatsApp pe baat karte hain")).toBe(true));
  it("app ke bahar kar lete hain, commission bach jayega, cash de dena", () => expect(flaggedBy("app ke bahar kar lete hain, commission bach jayega, cash de dena")).toBe(true));
  it("mera insta id hai @singh_motors_ldh, wahan message karo", () => expect(flaggedBy("mera insta id hai @singh_motors_ldh, wahan message karo")).toBe(true));
  it("nine eight seven six five, four three two one zero, call karo", () => expect(flaggedBy("nine eight seven six five, four three two one zero, call karo")).toBe(true));
  it("my gmail is ryanmech1990, you know the rest", () => expect(flaggedBy("my gmail is ryanmech1990, you know the rest")).toBe(true));
  it("DM me on the gram, name's same as here but with underscores", () => expect(flaggedBy("DM me on the gram, name's same as here but with underscores")).toBe(true));
  it("I'll give you my digits: o7 7 oo 9oo 46l", () => expect(flaggedBy("I'll give you my digits: o7 7 oo 9oo 46l")).toBe(true));
  it("07700-900-461 is the one, but don't tell the app lol", () => expect(flaggedBy("07700-900-461 is the one, but don't tell the app lol")).toBe(true));
  it("Let's just meet at the Shell on Kingsway and I'll do the swap there for cash", () =>
    expect(flaggedBy("Let's just meet at the Shell on Kingsway and I'll do the swap there for cash")).toBe(true));
  it("come round mine, it's the flat above the chippy on Westgate, number 3", () => expect(flaggedBy("come round mine, it's the flat above the chippy on Westgate, number 3")).toBe(true));
  it("Best to email me direct — first name dot surname at yahoo, name is Lee Baxter", () =>
    expect(flaggedBy("Best to email me direct — first name dot surname at yahoo, name is Lee Baxter")).toBe(true));
  it("ring the shop landline, oh one one three, four nine six, oh oh one two", () => expect(flaggedBy("ring the shop landline, oh one one three, four nine six, oh oh one two")).toBe(true));
  it("My mate's number is 07911 654 321, he'll fit it cheaper than booking here", () => expect(flaggedBy("My mate's number is 07911 654 321, he'll fit it cheaper than booking here")).toBe(true));
  it("I'll send you a link to pay me directly, paypal.me/garethmechanic", () => expect(flaggedBy("I'll send you a link to pay me directly, paypal.me/garethmechanic")).toBe(true));
  it("look me up on LinkedIn, Gareth Evans Mobile Mechanic, and drop me a message", () => expect(flaggedBy("look me up on LinkedIn, Gareth Evans Mobile Mechanic, and drop me a message")).toBe(true));
  it("skype me: live:gaz.evans_88", () => expect(flaggedBy("skype me: live:gaz.evans_88")).toBe(true));
  it("Add me on Messenger, Tommy Rivers, profile pic is a red Supra", () => expect(flaggedBy("Add me on Messenger, Tommy Rivers, profile pic is a red Supra")).toBe(true));
  it("Ping me on iMessage, same as my WhatsApp, 07 four 5 two 1 1 3 8 8 9", () => expect(flaggedBy("Ping me on iMessage, same as my WhatsApp, 07 four 5 two 1 1 3 8 8 9")).toBe(true));
  it("cancel the booking here and I'll do it Saturday, no fees, you pay me on the day", () =>
    expect(flaggedBy("cancel the booking here and I'll do it Saturday, no fees, you pay me on the day")).toBe(true));
  it("my whatsapp is plus four four seven seven double zero nine zero zero four six one", () =>
    expect(flaggedBy("my whatsapp is plus four four seven seven double zero nine zero zero four six one")).toBe(true));
  it("Wir können das privat machen, ohne die Plattform, bar auf die Hand", () => expect(flaggedBy("Wir können das privat machen, ohne die Plattform, bar auf die Hand")).toBe(true));
  it("On peut faire ça hors de l'appli, je te fais un prix", () => expect(flaggedBy("On peut faire ça hors de l'appli, je te fais un prix")).toBe(true));
  it("Vamos resolver por fora do aplicativo, te passo meu contato", () => expect(flaggedBy("Vamos resolver por fora do aplicativo, te passo meu contato")).toBe(true));
  it("You can reach me on the same digits as my reg plate, minus the letters, 07 then 19 then my door number 461", () =>
    expect(flaggedBy("You can reach me on the same digits as my reg plate, minus the letters, 07 then 19 then my door number 461")).toBe(true));
  it("my other app is the green one with the phone icon, same name as here", () => expect(flaggedBy("my other app is the green one with the phone icon, same name as here")).toBe(true));
  // caught since round 32: the number on the side of the sender's van, tried (number-recipes.ts, SHOWN)
  it("try the number on the side of my van, it's in the profile picture", () => expect(flaggedBy("try the number on the side of my van, it's in the profile picture")).toBe(true));
  it("I'm jakemiller on pretty much everything, the blue bird, the camera one, all of them", () =>
    expect(flaggedBy("I'm jakemiller on pretty much everything, the blue bird, the camera one, all of them")).toBe(true));
  it("Search my name on the yellow pages and ring the first one, that's me", () => expect(flaggedBy("Search my name on the yellow pages and ring the first one, that's me")).toBe(true));
  it("hmu on the app with the ghost, username in my profile name backwards", () => expect(flaggedBy("hmu on the app with the ghost, username in my profile name backwards")).toBe(true));
  it("my email is my full name with no spaces at the big G", () => expect(flaggedBy("my email is my full name with no spaces at the big G")).toBe(true));
  // missed on main
  it.fails("zero seven, then my age twice (33 33), then 461", () => expect(flaggedBy("zero seven, then my age twice (33 33), then 461")).toBe(true));
  it("Text the number on my business card I left on your windscreen", () => expect(flaggedBy("Text the number on my business card I left on your windscreen")).toBe(true));
  it("I'm Gary Hughes, I'm in the phone book under Hughes Motors, Tadcaster", () => expect(flaggedBy("I'm Gary Hughes, I'm in the phone book under Hughes Motors, Tadcaster")).toBe(true));
  it("My number starts 07700 and the rest is 900461", () => expect(flaggedBy("My number starts 07700 and the rest is 900461")).toBe(true));
  it("write down: 077, 009, 004, 61. Call after 6", () => expect(flaggedBy("write down: 077, 009, 004, 61. Call after 6")).toBe(true));
  it("sevenseven zero zero nine zero zero four six one", () => expect(flaggedBy("sevenseven zero zero nine zero zero four six one")).toBe(true));
  it("the number is 0-7-7-0-0 then 9-0-0 then 4-6-1", () => expect(flaggedBy("the number is 0-7-7-0-0 then 9-0-0 then 4-6-1")).toBe(true));
  it("My Insta is the name of this garage all lowercase, no spaces", () => expect(flaggedBy("My Insta is the name of this garage all lowercase, no spaces")).toBe(true));
  it("Just pop round, I'm the house with the red door on Ash Road, opposite the school", () =>
    expect(flaggedBy("Just pop round, I'm the house with the red door on Ash Road, opposite the school")).toBe(true));
  it("I'll be outside Greggs on the high street at 3, bring cash and I'll do it there", () =>
    expect(flaggedBy("I'll be outside Greggs on the high street at 3, bring cash and I'll do it there")).toBe(true));
  it("Meet me in the Asda car park on Roundhay Road, I'll bring the tools, 60 quid", () =>
    expect(flaggedBy("Meet me in the Asda car park on Roundhay Road, I'll bring the tools, 60 quid")).toBe(true));
  it("It's cheaper if you book the next one direct with me, just tell me next time we meet", () =>
    expect(flaggedBy("It's cheaper if you book the next one direct with me, just tell me next time we meet")).toBe(true));
  it("I'm on WA if you'd rather, you've got my number from the confirmation", () => expect(flaggedBy("I'm on WA if you'd rather, you've got my number from the confirmation")).toBe(true));
  it("You've got my number from when I called you Tuesday, just use that", () => expect(flaggedBy("You've got my number from when I called you Tuesday, just use that")).toBe(true));
  it("find us on fb: smithandsonsautos", () => expect(flaggedBy("find us on fb: smithandsonsautos")).toBe(true));
  it("search 'tonys tyres bradford' on facebook, message the page", () => expect(flaggedBy("search 'tonys tyres bradford' on facebook, message the page")).toBe(true));
  it("let's continue on the other app, you know the one, my name's same there", () => expect(flaggedBy("let's continue on the other app, you know the one, my name's same there")).toBe(true));
  it("my handle: r.e.v.s.b.y.r.y.a.n on the gram", () => expect(flaggedBy("my handle: r.e.v.s.b.y.r.y.a.n on the gram")).toBe(true));
  it("Ring me: 0seven7hundred 900 four6one", () => expect(flaggedBy("Ring me: 0seven7hundred 900 four6one")).toBe(true));
  it("zero seven seven zero zero, nine zero zero, four six one, ok?", () => expect(flaggedBy("zero seven seven zero zero, nine zero zero, four six one, ok?")).toBe(true));
  it("I'm at the unit behind the Esso on Harehills Lane, come direct and skip the app fees", () =>
    expect(flaggedBy("I'm at the unit behind the Esso on Harehills Lane, come direct and skip the app fees")).toBe(true));
  it("My contact is on my website, just google my business name plus Leeds", () => expect(flaggedBy("My contact is on my website, just google my business name plus Leeds")).toBe(true));
  it("next time just call the workshop and ask for me, don't bother with the app", () => expect(flaggedBy("next time just call the workshop and ask for me, don't bother with the app")).toBe(true));
  it("I'll do you a better price if we keep the app out of it, deal?", () => expect(flaggedBy("I'll do you a better price if we keep the app out of it, deal?")).toBe(true));
  it("keep it between us and pay me on collection, no need for the app payment", () => expect(flaggedBy("keep it between us and pay me on collection, no need for the app payment")).toBe(true));
  it("Number: seven-seven-zero-zero · nine-zero-zero · four-six-one", () => expect(flaggedBy("Number: seven-seven-zero-zero · nine-zero-zero · four-six-one")).toBe(true));
  it("me agregas al guasap? el mismo número de la reserva", () => expect(flaggedBy("me agregas al guasap? el mismo número de la reserva")).toBe(true));
  it("búscame en Instagram como talleres_ramirez y lo hablamos allí", () => expect(flaggedBy("búscame en Instagram como talleres_ramirez y lo hablamos allí")).toBe(true));
  it("Trouve-moi sur Insta, garage_martin_69, on en parle là-bas", () => expect(flaggedBy("Trouve-moi sur Insta, garage_martin_69, on en parle là-bas")).toBe(true));
  it("Ma maison est au 8 chemin des Vignes, viens samedi, on fera ça entre nous", () => expect(flaggedBy("Ma maison est au 8 chemin des Vignes, viens samedi, on fera ça entre nous")).toBe(true));
  it("Schreib mir eine Mail an kfz punkt weber at web punkt de", () => expect(flaggedBy("Schreib mir eine Mail an kfz punkt weber at web punkt de")).toBe(true));
  it("Komm einfach zu mir in die Werkstatt, Bahnhofstraße 22, ohne die App ist's billiger", () =>
    expect(flaggedBy("Komm einfach zu mir in die Werkstatt, Bahnhofstraße 22, ohne die App ist's billiger")).toBe(true));
  it("Me acha no insta como oficina_do_ze, lá te passo o preço", () => expect(flaggedBy("Me acha no insta como oficina_do_ze, lá te passo o preço")).toBe(true));
  it("Moro na Rua Augusta 1200, apto 45, passa aqui que faço por fora", () => expect(flaggedBy("Moro na Rua Augusta 1200, apto 45, passa aqui que faço por fora")).toBe(true));
  it("bhai app chhodo, seedha mere garage aa jao, Sector 14 Gurgaon, plot 22", () => expect(flaggedBy("bhai app chhodo, seedha mere garage aa jao, Sector 14 Gurgaon, plot 22")).toBe(true));
  it("mera WhatsApp wahi hai jo booking mein diya tha, wahan bhejo", () => expect(flaggedBy("mera WhatsApp wahi hai jo booking mein diya tha, wahan bhejo")).toBe(true));
  it("Ring me when you're free, my name's Dave Pearson and I'm in the book in Otley", () =>
    expect(flaggedBy("Ring me when you're free, my name's Dave Pearson and I'm in the book in Otley")).toBe(true));
  it("I'm the only mechanic called Wojciech in Bradford on facebook, message me", () => expect(flaggedBy("I'm the only mechanic called Wojciech in Bradford on facebook, message me")).toBe(true));
  it("Email? it's my name, Lee Baxter, all together, at outlook", () => expect(flaggedBy("Email? it's my name, Lee Baxter, all together, at outlook")).toBe(true));
  it("Mobile: 07seven00 nine00 four61", () => expect(flaggedBy("Mobile: 07seven00 nine00 four61")).toBe(true));
  it("my no. is the same as this but swap the 4 and 6: 07700 900 641", () => expect(flaggedBy("my no. is the same as this but swap the 4 and 6: 07700 900 641")).toBe(true));
  it("the code to my gate is 4471, just come round Saturday and we'll do it cash", () => expect(flaggedBy("the code to my gate is 4471, just come round Saturday and we'll do it cash")).toBe(true));
  it("My landline's on the sign outside, just ring it and we'll arrange it without this app", () =>
    expect(flaggedBy("My landline's on the sign outside, just ring it and we'll arrange it without this app")).toBe(true));
  it("I'm jake_miller88 on the other one, message me there", () => expect(flaggedBy("I'm jake_miller88 on the other one, message me there")).toBe(true));
  it("same name on the bird app: gazfixes", () => expect(flaggedBy("same name on the bird app: gazfixes")).toBe(true));
  it("look for revsbyryan, the one with the camera logo", () => expect(flaggedBy("look for revsbyryan, the one with the camera logo")).toBe(true));
  it("you can find me as wrenchwizard on the purple app", () => expect(flaggedBy("you can find me as wrenchwizard on the purple app")).toBe(true));
  it("my @ is gazfixes on the photo app", () => expect(flaggedBy("my @ is gazfixes on the photo app")).toBe(true));
  it("I'm kwikspanners_leeds everywhere, drop me a message", () => expect(flaggedBy("I'm kwikspanners_leeds everywhere, drop me a message")).toBe(true));
  it("username: carfixdan, not on here, the other one", () => expect(flaggedBy("username: carfixdan, not on here, the other one")).toBe(true));
  it("search carfixdan, add me and we'll chat without the fees", () => expect(flaggedBy("search carfixdan, add me and we'll chat without the fees")).toBe(true));
  it("Let's move this chat somewhere else, too many fees on here", () => expect(flaggedBy("Let's move this chat somewhere else, too many fees on here")).toBe(true));
  it("I'll give you a better deal if you just come to me next time, skip the booking", () =>
    expect(flaggedBy("I'll give you a better deal if you just come to me next time, skip the booking")).toBe(true));
});
