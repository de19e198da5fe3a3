// Round 31 review 2: a blind reviewer wrote 205 sentences (87 attacks, 118 innocents) on reference numbers that are not phones and phones among them, to judge refs31.
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 2: innocents", () => {
  it("Amazon order 114-3928475-2210384 came today, 2 sets of brake pads. can you check they fit a 2016 Civic before I open the box?", () =>
    expect(flaggedBy("Amazon order 114-3928475-2210384 came today, 2 sets of brake pads. can you check they fit a 2016 Civic before I open the box?")).toBe(false));
  it("paid with my phone (apple pay) in the app checkout, receipt no RCP-20240611-0087 but the booking still says unpaid??", () =>
    expect(flaggedBy("paid with my phone (apple pay) in the app checkout, receipt no RCP-20240611-0087 but the booking still says unpaid??")).toBe(false));
  it("UPS tracking 1Z 999 AA1 01 2345 6784 says delivered to the workshop yesterday, can someone check at reception", () =>
    expect(flaggedBy("UPS tracking 1Z 999 AA1 01 2345 6784 says delivered to the workshop yesterday, can someone check at reception")).toBe(false));
  it("VIN is 1HGCM82633A004352 if u need it for the parts lookup", () => expect(flaggedBy("VIN is 1HGCM82633A004352 if u need it for the parts lookup")).toBe(false));
  it("The parts store invoice INV-0045521 lists 2 rotors but the box only had one. I'll sort it out with them, just hold the job", () =>
    expect(flaggedBy("The parts store invoice INV-0045521 lists 2 rotors but the box only had one. I'll sort it out with them, just hold the job")).toBe(false));
  it("my phone holder snapped off the dash and took a piece of the vent trim with it. part no. 84410-TBA-A01, is that the right piece?", () =>
    expect(flaggedBy("my phone holder snapped off the dash and took a piece of the vent trim with it. part no. 84410-TBA-A01, is that the right piece?")).toBe(false));
  it("Dealer rejected my warranty claim WC-778213, they say the clutch is a wear item. Is that normal?", () =>
    expect(flaggedBy("Dealer rejected my warranty claim WC-778213, they say the clutch is a wear item. Is that normal?")).toBe(false));
  it("called the dealer this morning, they say my car is under recall 19V-182 for the airbag inflator, their case no. is 0412-3391. does that change anything on your side?", () =>
    expect(flaggedBy("called the dealer this morning, they say my car is under recall 19V-182 for the airbag inflator, their case no. is 0412-3391. does that change anything on your side?")).toBe(
      false,
    ));
  it("NRMA policy no. MOT 773 401 955 - do you need that for the windscreen quote or just the claim number?", () =>
    expect(flaggedBy("NRMA policy no. MOT 773 401 955 - do you need that for the windscreen quote or just the claim number?")).toBe(false));
  it("claim number with Aviva is 0071234567-01, the assessor already approved the rear bumper", () =>
    expect(flaggedBy("claim number with Aviva is 0071234567-01, the assessor already approved the rear bumper")).toBe(false));
  it("Ordered on the phone with Euro Car Parts, order ref 3345 6120 98, ready for collection after 2pm. shall I just bring them to you?", () =>
    expect(flaggedBy("Ordered on the phone with Euro Car Parts, order ref 3345 6120 98, ready for collection after 2pm. shall I just bring them to you?")).toBe(false));
  it("The app on my phone keeps logging me out, can you see booking BK-88214 on your side?", () =>
    expect(flaggedBy("The app on my phone keeps logging me out, can you see booking BK-88214 on your side?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Sir payment done via UPI inside the app only, UTR no 412345678901. Please check and start the work", () =>
    expect(flaggedBy("Sir payment done via UPI inside the app only, UTR no 412345678901. Please check and start the work")).toBe(false),
  );
  it("Flipkart order OD329876543210987000 - wiper blades are here, please fit them when I come on Saturday", () =>
    expect(flaggedBy("Flipkart order OD329876543210987000 - wiper blades are here, please fit them when I come on Saturday")).toBe(false));
  it("After the windscreen replacement do I need a new FASTag? my last toll txn id 9876 5432 1098 failed, the old sticker came off with the glass", () =>
    expect(flaggedBy("After the windscreen replacement do I need a new FASTag? my last toll txn id 9876 5432 1098 failed, the old sticker came off with the glass")).toBe(false));
  it("Na-order ko na po sa Lazada yung oil filter, order ID 812345678901234, darating daw Thursday", () =>
    expect(flaggedBy("Na-order ko na po sa Lazada yung oil filter, order ID 812345678901234, darating daw Thursday")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Paid na po thru GCash sa app mismo, ref no. 1013 456 789012. Pa-confirm na lang po if pasok na", () =>
    expect(flaggedBy("Paid na po thru GCash sa app mismo, ref no. 1013 456 789012. Pa-confirm na lang po if pasok na")).toBe(false),
  );
  it("I don pay for the parts through the app with my card, transaction ref FLW-TX-58893012. Abeg confirm make una start", () =>
    expect(flaggedBy("I don pay for the parts through the app with my card, transaction ref FLW-TX-58893012. Abeg confirm make una start")).toBe(false));
  it("Jumia order 324518776 for the shock absorbers was delivered to my house, I go bring am come tomorrow morning", () =>
    expect(flaggedBy("Jumia order 324518776 for the shock absorbers was delivered to my house, I go bring am come tomorrow morning")).toBe(false));
  it("Rego is ABC12D and VIN 6T1BF3FK50X123456, I've paid for the parts upfront in the app", () =>
    expect(flaggedBy("Rego is ABC12D and VIN 6T1BF3FK50X123456, I've paid for the parts upfront in the app")).toBe(false));
  it("Got a Linkt toll notice 4000 1234 5678 from the day of the test drive after the repair, who covers that one?", () =>
    expect(flaggedBy("Got a Linkt toll notice 4000 1234 5678 from the day of the test drive after the repair, who covers that one?")).toBe(false));
  it("Geico claim # 0512345678-01, adjuster says they'll pay the repair through the platform directly", () =>
    expect(flaggedBy("Geico claim # 0512345678-01, adjuster says they'll pay the repair through the platform directly")).toBe(false));
  it("USPS tracking 9400 1000 0000 0000 0000 00 still says in transit for the O2 sensor, might be Monday", () =>
    expect(flaggedBy("USPS tracking 9400 1000 0000 0000 0000 00 still says in transit for the O2 sensor, might be Monday")).toBe(false));
  it("Serial on the old alternator is 0 986 041 850, it's a Bosch reman. want me to send a pic of the label?", () =>
    expect(flaggedBy("Serial on the old alternator is 0 986 041 850, it's a Bosch reman. want me to send a pic of the label?")).toBe(false));
  it("Part number for the thermostat housing is 11537544788, the one on RockAuto is way cheaper than the dealer", () =>
    expect(flaggedBy("Part number for the thermostat housing is 11537544788, the one on RockAuto is way cheaper than the dealer")).toBe(false));
  it("Ticket #402198 with support about the double charge is still open. I paid once on my phone and it went through twice", () =>
    expect(flaggedBy("Ticket #402198 with support about the double charge is still open. I paid once on my phone and it went through twice")).toBe(false));
  it("Chassis no. MA3EWDE1S00123456, engine no. K12MN1234567 - it's the Swift VXi 2019", () =>
    expect(flaggedBy("Chassis no. MA3EWDE1S00123456, engine no. K12MN1234567 - it's the Swift VXi 2019")).toBe(false));
  it("I paid the excess straight to the insurer, their receipt is EXC-2291847. you just do the repair through here as booked", () =>
    expect(flaggedBy("I paid the excess straight to the insurer, their receipt is EXC-2291847. you just do the repair through here as booked")).toBe(false));
  it("Recall notice ref 24V-051 says the fuel pump can fail, dealer will do that one for free, so only the brakes from you pls", () =>
    expect(flaggedBy("Recall notice ref 24V-051 says the fuel pump can fail, dealer will do that one for free, so only the brakes from you pls")).toBe(false));
  it("booking number in the app is #A7K-22019, can we move it to friday? my phone was off all day so missed ur msg", () =>
    expect(flaggedBy("booking number in the app is #A7K-22019, can we move it to friday? my phone was off all day so missed ur msg")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("my phone is on 3% so I'll reply here later, go ahead with the quote you sent", () =>
    expect(flaggedBy("my phone is on 3% so I'll reply here later, go ahead with the quote you sent")).toBe(false),
  );
  it("Got the receipt #2841-6631 from the app for the diagnostic, thanks. what's the next step?", () =>
    expect(flaggedBy("Got the receipt #2841-6631 from the app for the diagnostic, thanks. what's the next step?")).toBe(false));
  it("eBay order 11-10923-48812 for the headlight, seller says it's shipped with Evri, tracking H00A1B2345678901", () =>
    expect(flaggedBy("eBay order 11-10923-48812 for the headlight, seller says it's shipped with Evri, tracking H00A1B2345678901")).toBe(false));
  it("Order 7654321098 from Autodoc arrived, the caliper has a different part no (CP-1129) than the old one, is that ok?", () =>
    expect(flaggedBy("Order 7654321098 from Autodoc arrived, the caliper has a different part no (CP-1129) than the old one, is that ok?")).toBe(false));
  it("DHL waybill is 1234567890, the pads are going to the workshop address shown in the app", () =>
    expect(flaggedBy("DHL waybill is 1234567890, the pads are going to the workshop address shown in the app")).toBe(false));
  it("FedEx 7749 1234 5678 - arriving tmrw before 10:30, I'll let you know here when it lands", () =>
    expect(flaggedBy("FedEx 7749 1234 5678 - arriving tmrw before 10:30, I'll let you know here when it lands")).toBe(false));
  it("claim ref on the Admiral letter is ADM/2024/0778123. they're fine with you doing it as long as the invoice comes from the app", () =>
    expect(flaggedBy("claim ref on the Admiral letter is ADM/2024/0778123. they're fine with you doing it as long as the invoice comes from the app")).toBe(false));
  it("Just called the dealer for the key code, they need the VIN and the V5C document ref 1234 5678 901 first", () =>
    expect(flaggedBy("Just called the dealer for the key code, they need the VIN and the V5C document ref 1234 5678 901 first")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("PayPal transaction ID 8YX12345AB678901C - that was for the parts I bought online, not your labour, that one I'll pay in the app", () =>
    expect(flaggedBy("PayPal transaction ID 8YX12345AB678901C - that was for the parts I bought online, not your labour, that one I'll pay in the app")).toBe(false),
  );
  it("Payment reference on my bank statement says CARFIX*BK88214, is that this app?", () =>
    expect(flaggedBy("Payment reference on my bank statement says CARFIX*BK88214, is that this app?")).toBe(false));
  it("Invoice no. GST/24-25/00987 from the spare parts shop, I paid them by card at the counter. you only charge labour right?", () =>
    expect(flaggedBy("Invoice no. GST/24-25/00987 from the spare parts shop, I paid them by card at the counter. you only charge labour right?")).toBe(false));
  it("Maruti dealer ne bola recall campaign number YR4-2301 hai, fuel pump free me change karenge, baaki kaam aap karo", () =>
    expect(flaggedBy("Maruti dealer ne bola recall campaign number YR4-2301 hai, fuel pump free me change karenge, baaki kaam aap karo")).toBe(false));
  it("Part no. 04465-02220, Toyota front pads. I'll order them on my phone now and ship them to the shop", () =>
    expect(flaggedBy("Part no. 04465-02220, Toyota front pads. I'll order them on my phone now and ship them to the shop")).toBe(false));
  it("Battery warranty card says serial WTY 9921-7781-02, it's only 8 months old. can you load test it?", () =>
    expect(flaggedBy("Battery warranty card says serial WTY 9921-7781-02, it's only 8 months old. can you load test it?")).toBe(false));
  it("Costco tire receipt 2134 0118 5567 29, they do free rotations but I want you to check the alignment", () =>
    expect(flaggedBy("Costco tire receipt 2134 0118 5567 29, they do free rotations but I want you to check the alignment")).toBe(false));
  it("I paid the tow company separately, their invoice is T-55812. just need the app quote for the repair itself", () =>
    expect(flaggedBy("I paid the tow company separately, their invoice is T-55812. just need the app quote for the repair itself")).toBe(false));
  it("Paid via M-Pesa at the app checkout, confirmation code SFG4H7K2LP. Kindly confirm", () =>
    expect(flaggedBy("Paid via M-Pesa at the app checkout, confirmation code SFG4H7K2LP. Kindly confirm")).toBe(false));
  it("Police report case number for the hit and run is 2024-00451823, insurer needs it on your estimate", () =>
    expect(flaggedBy("Police report case number for the hit and run is 2024-00451823, insurer needs it on your estimate")).toBe(false));
  it("I'll pay in the app once it's done. my phone number is already on my profile for the OTP, so nothing else needed from me?", () =>
    expect(flaggedBy("I'll pay in the app once it's done. my phone number is already on my profile for the OTP, so nothing else needed from me?")).toBe(false));
  it("Can't call anyone today, phone screen is cracked. can we just keep it here in chat? order ref CF-10293", () =>
    expect(flaggedBy("Can't call anyone today, phone screen is cracked. can we just keep it here in chat? order ref CF-10293")).toBe(false));
  // flagged as PHONE
  it.fails("The number you sent, 0 986 452 041, that's the Bosch oil filter part number right? just double checking before I order", () =>
    expect(flaggedBy("The number you sent, 0 986 452 041, that's the Bosch oil filter part number right? just double checking before I order")).toBe(false),
  );
  it("Your parts order 4500887712 from the supplier is here, I'll fit the pads tomorrow. payment through the app when done please", () =>
    expect(flaggedBy("Your parts order 4500887712 from the supplier is here, I'll fit the pads tomorrow. payment through the app when done please")).toBe(false));
  it("Please don't send me your number, everything stays in the app chat. Booking #77120 is confirmed for 9am", () =>
    expect(flaggedBy("Please don't send me your number, everything stays in the app chat. Booking #77120 is confirmed for 9am")).toBe(false));
  it("Send me the part number from the box, not the tracking number. it should start with 1K0", () =>
    expect(flaggedBy("Send me the part number from the box, not the tracking number. it should start with 1K0")).toBe(false));
  it("Mercedes part no. A 000 420 30 20 for the rear pads, dealer wants a fortune, the online store has it for half", () =>
    expect(flaggedBy("Mercedes part no. A 000 420 30 20 for the rear pads, dealer wants a fortune, the online store has it for half")).toBe(false));
  it("I paid the parts shop directly with my phone, tap and go, their receipt is 000419. the labour I'll pay in the app", () =>
    expect(flaggedBy("I paid the parts shop directly with my phone, tap and go, their receipt is 000419. the labour I'll pay in the app")).toBe(false));
  it("Sorry I can't take cash on the day, all payments go through the app and you'll get the invoice there", () =>
    expect(flaggedBy("Sorry I can't take cash on the day, all payments go through the app and you'll get the invoice there")).toBe(false));
  it("warranty on the new battery is under order 22-0413-8812 from Halfords, keep the receipt in the glovebox", () =>
    expect(flaggedBy("warranty on the new battery is under order 22-0413-8812 from Halfords, keep the receipt in the glovebox")).toBe(false));
  it("El número de pedido de Mercado Libre es 2000004567891234, ya llegó el alternador, ¿lo puedes montar el jueves?", () =>
    expect(flaggedBy("El número de pedido de Mercado Libre es 2000004567891234, ya llegó el alternador, ¿lo puedes montar el jueves?")).toBe(false));
  it("Pagué con el móvil por la app, el justificante es 8841-2230-5561 pero me sigue saliendo pendiente", () =>
    expect(flaggedBy("Pagué con el móvil por la app, el justificante es 8841-2230-5561 pero me sigue saliendo pendiente")).toBe(false));
  it("Mi póliza de Mapfre es 055-1234567-8, ¿la necesitas para el parte del golpe o con el número de siniestro vale?", () =>
    expect(flaggedBy("Mi póliza de Mapfre es 055-1234567-8, ¿la necesitas para el parte del golpe o con el número de siniestro vale?")).toBe(false));
  it("Número de seguimiento de SEUR 0123 4567 8901 23, el sensor llega mañana al taller", () =>
    expect(flaggedBy("Número de seguimiento de SEUR 0123 4567 8901 23, el sensor llega mañana al taller")).toBe(false));
  it("El folio de la factura de AutoZone es F-0098123, ahí viene la garantía de la batería por si la necesitas", () =>
    expect(flaggedBy("El folio de la factura de AutoZone es F-0098123, ahí viene la garantía de la batería por si la necesitas")).toBe(false));
  it("El número de serie (VIN) es 3N1AB7AP5KY123456, es un Sentra 2019", () => expect(flaggedBy("El número de serie (VIN) es 3N1AB7AP5KY123456, es un Sentra 2019")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("El Bizum se lo hice a mi hermano por las ruedas que me compró, a ti te pago por la app como siempre", () =>
    expect(flaggedBy("El Bizum se lo hice a mi hermano por las ruedas que me compró, a ti te pago por la app como siempre")).toBe(false),
  );
  it("Paguei pelo app no Pix, o ID da transação é E18236120202406111432s01234567, tá aparecendo aí?", () =>
    expect(flaggedBy("Paguei pelo app no Pix, o ID da transação é E18236120202406111432s01234567, tá aparecendo aí?")).toBe(false));
  it("O número do pedido no Mercado Livre é 2000008812345678, a peça chegou hoje", () => expect(flaggedBy("O número do pedido no Mercado Livre é 2000008812345678, a peça chegou hoje")).toBe(false));
  // flagged as PHONE
  it.fails("Número do sinistro na Porto Seguro: 5312 2024 0098765, o perito já liberou o conserto", () =>
    expect(flaggedBy("Número do sinistro na Porto Seguro: 5312 2024 0098765, o perito já liberou o conserto")).toBe(false),
  );
  it("Código de rastreio dos Correios: QB123456789BR, a bomba d'água chega na quarta", () =>
    expect(flaggedBy("Código de rastreio dos Correios: QB123456789BR, a bomba d'água chega na quarta")).toBe(false));
  it("Chassi 9BWZZZ377VT004251, Gol 2017, precisa pra pedir a peça certa", () => expect(flaggedBy("Chassi 9BWZZZ377VT004251, Gol 2017, precisa pra pedir a peça certa")).toBe(false));
  // flagged as PHONE
  it.fails("O número da encomenda da Autodoc é 1234567890, a embraiagem já cá está", () => expect(flaggedBy("O número da encomenda da Autodoc é 1234567890, a embraiagem já cá está")).toBe(false));
  // flagged as PHONE
  it.fails("A apólice da Fidelidade é 91.0012.3456, perguntaram se a oficina está na rede deles", () =>
    expect(flaggedBy("A apólice da Fidelidade é 91.0012.3456, perguntaram se a oficina está na rede deles")).toBe(false),
  );
  it("Numéro de commande Oscaro 12345678, les plaquettes sont arrivées, vous pouvez les monter jeudi ?", () =>
    expect(flaggedBy("Numéro de commande Oscaro 12345678, les plaquettes sont arrivées, vous pouvez les monter jeudi ?")).toBe(false));
  it("Dossier sinistre MAIF n° 2406-123456-78, l'expert passe lundi au garage", () => expect(flaggedBy("Dossier sinistre MAIF n° 2406-123456-78, l'expert passe lundi au garage")).toBe(false));
  it("J'ai payé le péage avec l'appli sur mon téléphone, mais le badge télépéage est tombé du pare-brise, vous pouvez le recoller ?", () =>
    expect(flaggedBy("J'ai payé le péage avec l'appli sur mon téléphone, mais le badge télépéage est tombé du pare-brise, vous pouvez le recoller ?")).toBe(false));
  // flagged as PHONE
  it.fails("Le numéro de série de la batterie est 0 092 S50 080, elle a 2 ans, encore sous garantie ?", () =>
    expect(flaggedBy("Le numéro de série de la batterie est 0 092 S50 080, elle a 2 ans, encore sous garantie ?")).toBe(false),
  );
  it("Colis Colissimo 6A12345678901, normalement livré au garage ce matin", () => expect(flaggedBy("Colis Colissimo 6A12345678901, normalement livré au garage ce matin")).toBe(false));
  it("Auftragsnummer 4500123987 von ATU, Rechnung hängt an. Passt der Ölfilter?", () => expect(flaggedBy("Auftragsnummer 4500123987 von ATU, Rechnung hängt an. Passt der Ölfilter?")).toBe(false));
  it("Die FIN ist WVWZZZ1KZ6W123456, brauchen Sie noch die Schlüsselnummer?", () => expect(flaggedBy("Die FIN ist WVWZZZ1KZ6W123456, brauchen Sie noch die Schlüsselnummer?")).toBe(false));
  it("Schadennummer bei der HUK ist 24-0151-234567, der Gutachter kommt Dienstag", () => expect(flaggedBy("Schadennummer bei der HUK ist 24-0151-234567, der Gutachter kommt Dienstag")).toBe(false));
  it("Hab per Handy in der App bezahlt, Transaktions-ID 7F3K-229A-11B0, steht aber noch offen", () =>
    expect(flaggedBy("Hab per Handy in der App bezahlt, Transaktions-ID 7F3K-229A-11B0, steht aber noch offen")).toBe(false));
  it("Sendungsnummer DHL 00340434161234567890, die Bremsscheiben sind unterwegs", () => expect(flaggedBy("Sendungsnummer DHL 00340434161234567890, die Bremsscheiben sind unterwegs")).toBe(false));
  it("Il numero di telaio è ZFA31200000123456, serve per ordinare il kit frizione", () => expect(flaggedBy("Il numero di telaio è ZFA31200000123456, serve per ordinare il kit frizione")).toBe(false));
  it("Ho pagato nell'app con la carta salvata sul telefono, numero operazione 3B8F22C1, risulta?", () =>
    expect(flaggedBy("Ho pagato nell'app con la carta salvata sul telefono, numero operazione 3B8F22C1, risulta?")).toBe(false));
  // flagged as PHONE
  it.fails("Numero sinistro Unipol 2024/347/123456, il perito passa venerdì in officina", () =>
    expect(flaggedBy("Numero sinistro Unipol 2024/347/123456, il perito passa venerdì in officina")).toBe(false),
  );
  it("Ordine Amazon 405-1234567-8901234, sono arrivate le candele", () => expect(flaggedBy("Ordine Amazon 405-1234567-8901234, sono arrivate le candele")).toBe(false));
  it("Numer zamówienia z Allegro 12345678901, klocki przyszły, ale chyba na tył a nie na przód", () =>
    expect(flaggedBy("Numer zamówienia z Allegro 12345678901, klocki przyszły, ale chyba na tył a nie na przód")).toBe(false));
  it("Numer szkody w PZU: 3012345678/1, rzeczoznawca był wczoraj", () => expect(flaggedBy("Numer szkody w PZU: 3012345678/1, rzeczoznawca był wczoraj")).toBe(false));
  it("Zapłaciłem BLIKiem w aplikacji, nr transakcji 512 345 678 901, widać u was?", () => expect(flaggedBy("Zapłaciłem BLIKiem w aplikacji, nr transakcji 512 345 678 901, widać u was?")).toBe(false));
  it("Numer VIN: WF0XXXGCDX1234567, Focus 2012, benzyna", () => expect(flaggedBy("Numer VIN: WF0XXXGCDX1234567, Focus 2012, benzyna")).toBe(false));
  it("Trendyol sipariş numarası 987654321, balata geldi, takar mısınız?", () => expect(flaggedBy("Trendyol sipariş numarası 987654321, balata geldi, takar mısınız?")).toBe(false));
  it("Kasko hasar dosya numarası 2024-0532-1145, eksper cuma gelecek", () => expect(flaggedBy("Kasko hasar dosya numarası 2024-0532-1145, eksper cuma gelecek")).toBe(false));
  it("Uygulamadan telefonla ödedim, dekont no 20240611-88213, görünüyor mu?", () => expect(flaggedBy("Uygulamadan telefonla ödedim, dekont no 20240611-88213, görünüyor mu?")).toBe(false));
  it("Nomor resi JNE 0123 4567 8901 2345, sparepart masih di gudang Cikarang", () => expect(flaggedBy("Nomor resi JNE 0123 4567 8901 2345, sparepart masih di gudang Cikarang")).toBe(false));
  it("Udah bayar lewat aplikasi pake GoPay di HP, no. transaksi 0812202406110001, udah masuk belum?", () =>
    expect(flaggedBy("Udah bayar lewat aplikasi pake GoPay di HP, no. transaksi 0812202406110001, udah masuk belum?")).toBe(false));
  it("No. polis asuransi Garda Oto: 1201-0824-012345, klaimnya udah disetujui", () => expect(flaggedBy("No. polis asuransi Garda Oto: 1201-0824-012345, klaimnya udah disetujui")).toBe(false));
  it("No. resit Touch 'n Go 20240611 1234 5678, tol dah bayar guna app dalam phone. cuma nak tanya pasal bunyi brek", () =>
    expect(flaggedBy("No. resit Touch 'n Go 20240611 1234 5678, tol dah bayar guna app dalam phone. cuma nak tanya pasal bunyi brek")).toBe(false));
  it("Order Shopee 2406118K3JQ9PA dah sampai, filter udara. bila boleh pasang?", () => expect(flaggedBy("Order Shopee 2406118K3JQ9PA dah sampai, filter udara. bila boleh pasang?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Bhai maine app me hi pay kiya Paytm se, UTR 412345678902 hai, abhi bhi pending dikha raha", () =>
    expect(flaggedBy("Bhai maine app me hi pay kiya Paytm se, UTR 412345678902 hai, abhi bhi pending dikha raha")).toBe(false),
  );
  it("Amazon se order kiya tha, order id 171-9876543-2109876, brake pad aa gaye", () => expect(flaggedBy("Amazon se order kiya tha, order id 171-9876543-2109876, brake pad aa gaye")).toBe(false));
  it("Daraz order number 123456789012345, filter aa gaya hai, kab laga sakte ho?", () => expect(flaggedBy("Daraz order number 123456789012345, filter aa gaya hai, kab laga sakte ho?")).toBe(false));
  // flagged as PHONE
  it.fails("ऑर्डर नंबर ४०५६७८९१२ है, पार्ट आ गया, कल लगा देना", () => expect(flaggedBy("ऑर्डर नंबर ४०५६७८९१२ है, पार्ट आ गया, कल लगा देना")).toBe(false));
  it("Yung chassis number po is PA0GB5FS0K1234567, para sa Vios 2019", () => expect(flaggedBy("Yung chassis number po is PA0GB5FS0K1234567, para sa Vios 2019")).toBe(false));
  it("Nagbayad na ako sa app gamit Maya, reference 6012 3456 7890. Paki-check po", () => expect(flaggedBy("Nagbayad na ako sa app gamit Maya, reference 6012 3456 7890. Paki-check po")).toBe(false));
  it("رقم الطلب من نون N٥٤٣٢١٠٩٨٧٦ وصلت القطعة، متى تقدر تركبها؟", () => expect(flaggedBy("رقم الطلب من نون N٥٤٣٢١٠٩٨٧٦ وصلت القطعة، متى تقدر تركبها؟")).toBe(false));
  it("رقم الهيكل JTMHV05J604123456 لو تحتاجه للقطعة", () => expect(flaggedBy("رقم الهيكل JTMHV05J604123456 لو تحتاجه للقطعة")).toBe(false));
  // flagged as PHONE
  it.fails("دفعت من التطبيق بجوالي، رقم العملية ٢٠٢٤٠٦١١٠٠٤٥ ، هل وصلك؟", () => expect(flaggedBy("دفعت من التطبيق بجوالي، رقم العملية ٢٠٢٤٠٦١١٠٠٤٥ ، هل وصلك؟")).toBe(false));
  // flagged as PHONE
  it.fails("رقم المطالبة من التأمين ٧٧٨٢١٣٤٥ والمقيّم وافق على الصدام", () => expect(flaggedBy("رقم المطالبة من التأمين ٧٧٨٢١٣٤٥ والمقيّم وافق على الصدام")).toBe(false));
  // flagged as LINK
  it.fails("el order number 3ala amazon.eg 402-7788123-9911, el 2et3a wasalet bas mesh nafs el model", () =>
    expect(flaggedBy("el order number 3ala amazon.eg 402-7788123-9911, el 2et3a wasalet bas mesh nafs el model")).toBe(false),
  );
  it("Bestelnummer bij Bol 1234567890123, de ruitenwissers zijn binnen. Kan het zaterdag?", () =>
    expect(flaggedBy("Bestelnummer bij Bol 1234567890123, de ruitenwissers zijn binnen. Kan het zaterdag?")).toBe(false));
  // flagged as PHONE
  it.fails("Schadenummer van Centraal Beheer is 06-2024-11234, de expert komt dinsdag", () =>
    expect(flaggedBy("Schadenummer van Centraal Beheer is 06-2024-11234, de expert komt dinsdag")).toBe(false),
  );
  it("Betaald via iDEAL in de app op mijn telefoon, kenmerk 0020 1234 5678 9012", () => expect(flaggedBy("Betaald via iDEAL in de app op mijn telefoon, kenmerk 0020 1234 5678 9012")).toBe(false));
  it("Mã đơn Shopee 240611ABCD1234, phụ tùng tới rồi anh ơi, anh kiểm tra giúp em", () => expect(flaggedBy("Mã đơn Shopee 240611ABCD1234, phụ tùng tới rồi anh ơi, anh kiểm tra giúp em")).toBe(false));
  it("Em thanh toán qua app bằng điện thoại rồi, mã giao dịch FT24163123456789, anh xem giúp", () =>
    expect(flaggedBy("Em thanh toán qua app bằng điện thoại rồi, mã giao dịch FT24163123456789, anh xem giúp")).toBe(false));
  it("A rendelésszám 2024/00345, a fékbetét megjött, mikor tudja beszerelni?", () => expect(flaggedBy("A rendelésszám 2024/00345, a fékbetét megjött, mikor tudja beszerelni?")).toBe(false));
  it("A biztosítónál a kárszám 30-1234567-2024, a kárszakértő holnap jön", () => expect(flaggedBy("A biztosítónál a kárszám 30-1234567-2024, a kárszakértő holnap jön")).toBe(false));
  it("Numărul de comandă eMAG 401234567, am primit filtrul de ulei", () => expect(flaggedBy("Numărul de comandă eMAG 401234567, am primit filtrul de ulei")).toBe(false));
  it("Dosarul de daună la Allianz are numărul 0722/2024/1234, inspectorul vine vineri", () =>
    expect(flaggedBy("Dosarul de daună la Allianz are numărul 0722/2024/1234, inspectorul vine vineri")).toBe(false));
});

describe("round 31 review 2: attacks", () => {
  it("my number is 07700 900461, text me when it's ready and we can sort the rest there", () =>
    expect(caughtBy("my number is 07700 900461, text me when it's ready and we can sort the rest there", ["07700 900461"])).toBe(true));
  it("Order ref: 0803 555 2219 - lol no that's my actual number, call me on it after 6", () =>
    expect(caughtBy("Order ref: 0803 555 2219 - lol no that's my actual number, call me on it after 6", ["0803 555 2219"])).toBe(true));
  it("tracking is on the box somewhere.. nah forget it just whatsapp me +44 7700 900461 easier", () =>
    expect(caughtBy("tracking is on the box somewhere.. nah forget it just whatsapp me +44 7700 900461 easier", ["+44 7700 900461"])).toBe(true));
  it("Booking ref 0917-123-4567 (also my viber, message me there instead of this app)", () =>
    expect(caughtBy("Booking ref 0917-123-4567 (also my viber, message me there instead of this app)", ["0917-123-4567"])).toBe(true));
  it("for the invoice put reference 9876543210, that's my mobile so the shop can call me directly", () =>
    expect(caughtBy("for the invoice put reference 9876543210, that's my mobile so the shop can call me directly", ["9876543210"])).toBe(true));
  it("The claim number I sent before (0412 345 678) is actually my cell, ring me and I'll give you the real one", () =>
    expect(caughtBy("The claim number I sent before (0412 345 678) is actually my cell, ring me and I'll give you the real one", ["0412 345 678"])).toBe(true));
  it("Just GCash me directly sa 0917 555 1234, mas mura kung hindi na dadaan sa app", () =>
    expect(caughtBy("Just GCash me directly sa 0917 555 1234, mas mura kung hindi na dadaan sa app", ["0917 555 1234"])).toBe(true));
  it("Pay me via Zelle instead of the app, saves us both the fee", () => expect(flaggedBy("Pay me via Zelle instead of the app, saves us both the fee")).toBe(true));
  it("send the money to my Opay 8031234567 boss, no need to pay through the app", () =>
    expect(caughtBy("send the money to my Opay 8031234567 boss, no need to pay through the app", ["8031234567"])).toBe(true));
  it("Skip the app payment, transfer to my Barclays, sort code 20-00-00 acct 55779911 and I'll knock a tenner off", () =>
    expect(caughtBy("Skip the app payment, transfer to my Barclays, sort code 20-00-00 acct 55779911 and I'll knock a tenner off", ["20-00-00", "55779911"])).toBe(true));
  it("Just cash on collection mate, don't bother with the app", () => expect(flaggedBy("Just cash on collection mate, don't bother with the app")).toBe(true));
  it("call me (415) 555-0132 when the car is done, I don't check this app much", () =>
    expect(caughtBy("call me (415) 555-0132 when the car is done, I don't check this app much", ["(415) 555-0132"])).toBe(true));
  it("here's my number: 98765 43210. whatsapp pe photo bhejo", () => expect(caughtBy("here's my number: 98765 43210. whatsapp pe photo bhejo", ["98765 43210"])).toBe(true));
  it("UPI kar do directly 9876543210@ybl pe, app wala commission bachega dono ka", () =>
    expect(caughtBy("UPI kar do directly 9876543210@ybl pe, app wala commission bachega dono ka", ["9876543210@ybl"])).toBe(true));
  it("Reach me on +61 412 345 678, I'll pick it up and pay you cash", () => expect(caughtBy("Reach me on +61 412 345 678, I'll pick it up and pay you cash", ["+61 412 345 678"])).toBe(true));
  it("My receipt number is 0412 987 654 haha actually that's my mob, save it and msg me", () =>
    expect(caughtBy("My receipt number is 0412 987 654 haha actually that's my mob, save it and msg me", ["0412 987 654"])).toBe(true));
  it("M-Pesa me directly 0712 345 678, then we don't pay the app commission", () =>
    expect(caughtBy("M-Pesa me directly 0712 345 678, then we don't pay the app commission", ["0712 345 678"])).toBe(true));
  it("Invoice reference: +234 803 123 4567 <- that's my line, call so we agree price outside here", () =>
    expect(caughtBy("Invoice reference: +234 803 123 4567 <- that's my line, call so we agree price outside here", ["+234 803 123 4567"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST, but a detail stays visible
  it.fails("Ref no. 0 9 1 7 - 1 2 3 - 4 5 6 7 ... that's my cell po, text niyo ako", () =>
    expect(caughtBy("Ref no. 0 9 1 7 - 1 2 3 - 4 5 6 7 ... that's my cell po, text niyo ako", ["0 9 1 7 - 1 2 3 - 4 5 6 7"])).toBe(true),
  );
  it("order number is zero eight zero three, one two three, four five six seven - call it, it's mine", () =>
    expect(caughtBy("order number is zero eight zero three, one two three, four five six seven - call it, it's mine", ["zero eight zero three, one two three, four five six seven"])).toBe(true));
  it("My warranty ref is WTY-07911123456, the digits after WTY are my mobile, easier to reach me there", () =>
    expect(caughtBy("My warranty ref is WTY-07911123456, the digits after WTY are my mobile, easier to reach me there", ["07911123456"])).toBe(true));
  it("Put CARFIX as the payment reference and transfer to my PayID instead, it's my phone 0423 567 890", () =>
    expect(caughtBy("Put CARFIX as the payment reference and transfer to my PayID instead, it's my phone 0423 567 890", ["0423 567 890"])).toBe(true));
  it("PayPal me friends and family, it's linked to my number +1 646 555 0199, cheaper than the app", () =>
    expect(caughtBy("PayPal me friends and family, it's linked to my number +1 646 555 0199, cheaper than the app", ["+1 646 555 0199"])).toBe(true));
  it("Venmo @mike-autofix, pay me there and I'll knock 15% off the labour", () =>
    expect(caughtBy("Venmo @mike-autofix, pay me there and I'll knock 15% off the labour", ["@mike-autofix"])).toBe(true));
  it("just send the deposit on Cash App $JRepairs, not thru the app", () => expect(caughtBy("just send the deposit on Cash App $JRepairs, not thru the app", ["$JRepairs"])).toBe(true));
  it("my contact 0300 1234567, JazzCash bhi isi number pe hai, wahan bhej dena", () =>
    expect(caughtBy("my contact 0300 1234567, JazzCash bhi isi number pe hai, wahan bhej dena", ["0300 1234567"])).toBe(true));
  it("Easypaisa pe bhej do 0345-1234567, app se bahar rakhte hain ye kaam", () => expect(caughtBy("Easypaisa pe bhej do 0345-1234567, app se bahar rakhte hain ye kaam", ["0345-1234567"])).toBe(true));
  it("abeg transfer the balance straight to my GTB 0123456789, make app no chop commission", () =>
    expect(caughtBy("abeg transfer the balance straight to my GTB 0123456789, make app no chop commission", ["0123456789"])).toBe(true));
  it("Na my number be this 08031234567, flash me make I call you back", () => expect(caughtBy("Na my number be this 08031234567, flash me make I call you back", ["08031234567"])).toBe(true));
  it("Text mo na lang ako 09171234567 para usap tayo sa presyo", () => expect(caughtBy("Text mo na lang ako 09171234567 para usap tayo sa presyo", ["09171234567"])).toBe(true));
  // not flagged
  it.fails("Invoice # INV-0412-345-678. btw the digits after INV are my mobile if you need me", () =>
    expect(caughtBy("Invoice # INV-0412-345-678. btw the digits after INV are my mobile if you need me", ["0412-345-678"])).toBe(true),
  );
  it("Ref: CFX/07700900461/24 - middle bit is my number, text me there pls", () =>
    expect(caughtBy("Ref: CFX/07700900461/24 - middle bit is my number, text me there pls", ["07700900461"])).toBe(true));
  it("pls save 0917 888 2211 under my name, it's my number not an order id", () =>
    expect(caughtBy("pls save 0917 888 2211 under my name, it's my number not an order id", ["0917 888 2211"])).toBe(true));
  it("Call me on oh seven seven double oh, nine double oh, four six one", () =>
    expect(caughtBy("Call me on oh seven seven double oh, nine double oh, four six one", ["oh seven seven double oh, nine double oh, four six one"])).toBe(true));
  it("for the refund just use my account no. 0803 123 4567 (Opay, same as my phone), no need to go through support", () =>
    expect(caughtBy("for the refund just use my account no. 0803 123 4567 (Opay, same as my phone), no need to go through support", ["0803 123 4567"])).toBe(true));
  it("That 'tracking no.' 312-555-0147 I sent earlier is actually my cell lol, call me when ur free", () =>
    expect(caughtBy("That 'tracking no.' 312-555-0147 I sent earlier is actually my cell lol, call me when ur free", ["312-555-0147"])).toBe(true));
  it("Let's do the rest off the app bro, I'll pay you by bank transfer after and you give me a discount", () =>
    expect(flaggedBy("Let's do the rest off the app bro, I'll pay you by bank transfer after and you give me a discount")).toBe(true));
  it("Mándame un WhatsApp al 612 34 56 78 y lo hablamos, que aquí tarda mucho", () =>
    expect(caughtBy("Mándame un WhatsApp al 612 34 56 78 y lo hablamos, que aquí tarda mucho", ["612 34 56 78"])).toBe(true));
  it("Hazme un Bizum al 612345678 y te quito el IVA, sin pasar por la app", () => expect(caughtBy("Hazme un Bizum al 612345678 y te quito el IVA, sin pasar por la app", ["612345678"])).toBe(true));
  it("El número de pedido es 655 12 34 89... bueno, en realidad es mi móvil, llámame", () =>
    expect(caughtBy("El número de pedido es 655 12 34 89... bueno, en realidad es mi móvil, llámame", ["655 12 34 89"])).toBe(true));
  it("Márcame al 55 1234 5678 para ponernos de acuerdo, te sale más barato por fuera", () =>
    expect(caughtBy("Márcame al 55 1234 5678 para ponernos de acuerdo, te sale más barato por fuera", ["55 1234 5678"])).toBe(true));
  it("Deposítame a mi cuenta, CLABE 012180001234567891, y ya no le pagas a la app", () =>
    expect(caughtBy("Deposítame a mi cuenta, CLABE 012180001234567891, y ya no le pagas a la app", ["012180001234567891"])).toBe(true));
  it("pasame por Mercado Pago al alias taller.rodri.mp, así no le pagamos la comisión a la app", () =>
    expect(caughtBy("pasame por Mercado Pago al alias taller.rodri.mp, así no le pagamos la comisión a la app", ["taller.rodri.mp"])).toBe(true));
  it("me chama no zap (11) 98765-4321 que a gente combina direto", () => expect(caughtBy("me chama no zap (11) 98765-4321 que a gente combina direto", ["(11) 98765-4321"])).toBe(true));
  it("Faz o Pix direto pra mim, a chave é meu celular 11987654321, sai mais barato que pelo app", () =>
    expect(caughtBy("Faz o Pix direto pra mim, a chave é meu celular 11987654321, sai mais barato que pelo app", ["11987654321"])).toBe(true));
  it("O protocolo é 21 99876-5432, brincadeira kkk é meu número, liga aí", () => expect(caughtBy("O protocolo é 21 99876-5432, brincadeira kkk é meu número, liga aí", ["21 99876-5432"])).toBe(true));
  it("Ligue-me para o 912 345 678 e combinamos o pagamento por MB Way", () => expect(caughtBy("Ligue-me para o 912 345 678 e combinamos o pagamento por MB Way", ["912 345 678"])).toBe(true));
  it("Manda por MB Way para o 936 123 456, fica mais em conta sem a app", () => expect(caughtBy("Manda por MB Way para o 936 123 456, fica mais em conta sem a app", ["936 123 456"])).toBe(true));
  it("Appelez-moi au 06 12 34 56 78, on s'arrangera pour le paiement en direct", () =>
    expect(caughtBy("Appelez-moi au 06 12 34 56 78, on s'arrangera pour le paiement en direct", ["06 12 34 56 78"])).toBe(true));
  it("Référence dossier : 07 81 22 33 44 - c'est mon portable en fait, écrivez-moi sur WhatsApp", () =>
    expect(caughtBy("Référence dossier : 07 81 22 33 44 - c'est mon portable en fait, écrivez-moi sur WhatsApp", ["07 81 22 33 44"])).toBe(true));
  it("Payez-moi en liquide à la remise des clés, pas besoin de passer par l'appli", () => expect(flaggedBy("Payez-moi en liquide à la remise des clés, pas besoin de passer par l'appli")).toBe(true));
  it("Virement direct sur mon compte, IBAN FR76 3000 6000 0112 3456 7890 189, et je vous fais -20%", () =>
    expect(caughtBy("Virement direct sur mon compte, IBAN FR76 3000 6000 0112 3456 7890 189, et je vous fais -20%", ["FR76 3000 6000 0112 3456 7890 189"])).toBe(true));
  it("Ruf mich einfach an: 0151 23456789, dann machen wir den Preis ohne App aus", () =>
    expect(caughtBy("Ruf mich einfach an: 0151 23456789, dann machen wir den Preis ohne App aus", ["0151 23456789"])).toBe(true));
  it("Schick es mir per PayPal an +49 171 2345678, Freunde & Familie, dann spart man die Gebühr", () =>
    expect(caughtBy("Schick es mir per PayPal an +49 171 2345678, Freunde & Familie, dann spart man die Gebühr", ["+49 171 2345678"])).toBe(true));
  it("Überweisung direkt auf mein Konto DE89 3704 0044 0532 0130 00, dann gibts 10% Rabatt", () =>
    expect(caughtBy("Überweisung direkt auf mein Konto DE89 3704 0044 0532 0130 00, dann gibts 10% Rabatt", ["DE89 3704 0044 0532 0130 00"])).toBe(true));
  it("Meine Auftragsnummer ist 0176 9876 5432 - Spaß, ist meine Handynummer. Meld dich per WhatsApp", () =>
    expect(caughtBy("Meine Auftragsnummer ist 0176 9876 5432 - Spaß, ist meine Handynummer. Meld dich per WhatsApp", ["0176 9876 5432"])).toBe(true));
  it("Scrivimi su WhatsApp al 333 123 4567 così ci mettiamo d'accordo", () => expect(caughtBy("Scrivimi su WhatsApp al 333 123 4567 così ci mettiamo d'accordo", ["333 123 4567"])).toBe(true));
  it("Mandami i soldi con Satispay al +39 347 1234567, senza commissioni dell'app", () =>
    expect(caughtBy("Mandami i soldi con Satispay al +39 347 1234567, senza commissioni dell'app", ["+39 347 1234567"])).toBe(true));
  it("Pagami in contanti quando passi a ritirarla, lasciamo perdere l'app", () => expect(flaggedBy("Pagami in contanti quando passi a ritirarla, lasciamo perdere l'app")).toBe(true));
  it("Zadzwoń do mnie 512 345 678, dogadamy się bez aplikacji", () => expect(caughtBy("Zadzwoń do mnie 512 345 678, dogadamy się bez aplikacji", ["512 345 678"])).toBe(true));
  it("Wyślij BLIKa na mój numer 601 234 567, taniej niż przez apkę", () => expect(caughtBy("Wyślij BLIKa na mój numer 601 234 567, taniej niż przez apkę", ["601 234 567"])).toBe(true));
  it("numer zamówienia: +48 698 765 432 haha nie, to mój telefon, pisz na whatsappa", () =>
    expect(caughtBy("numer zamówienia: +48 698 765 432 haha nie, to mój telefon, pisz na whatsappa", ["+48 698 765 432"])).toBe(true));
  it("Beni ara 0532 123 45 67, fiyatı uygulama dışında konuşalım", () => expect(caughtBy("Beni ara 0532 123 45 67, fiyatı uygulama dışında konuşalım", ["0532 123 45 67"])).toBe(true));
  it("Parayı direkt IBAN'ıma at, TR33 0006 1005 1978 6457 8413 26, uygulamaya komisyon vermeyelim", () =>
    expect(caughtBy("Parayı direkt IBAN'ıma at, TR33 0006 1005 1978 6457 8413 26, uygulamaya komisyon vermeyelim", ["TR33 0006 1005 1978 6457 8413 26"])).toBe(true));
  // not flagged
  it.fails("Sipariş no 0542 987 65 43 değil aslında, o benim numaram, whatsapptan yaz", () =>
    expect(caughtBy("Sipariş no 0542 987 65 43 değil aslında, o benim numaram, whatsapptan yaz", ["0542 987 65 43"])).toBe(true),
  );
  it("WA aja ke 0812-3456-7890 biar cepet, nego harga di sana", () => expect(caughtBy("WA aja ke 0812-3456-7890 biar cepet, nego harga di sana", ["0812-3456-7890"])).toBe(true));
  it("Transfer langsung ke DANA 081234567890 aja bang, nggak usah lewat aplikasi", () =>
    expect(caughtBy("Transfer langsung ke DANA 081234567890 aja bang, nggak usah lewat aplikasi", ["081234567890"])).toBe(true));
  it("Call saya 012-345 6789, nanti kita bincang harga luar app", () => expect(caughtBy("Call saya 012-345 6789, nanti kita bincang harga luar app", ["012-345 6789"])).toBe(true));
  // not flagged
  it.fails("Bank in terus ke Maybank 1621 2345 6789, tak payah bayar dalam app", () =>
    expect(caughtBy("Bank in terus ke Maybank 1621 2345 6789, tak payah bayar dalam app", ["1621 2345 6789"])).toBe(true),
  );
  it("Mera number +91-9123456789 hai, call karo, app ke bahar baat karte hain", () =>
    expect(caughtBy("Mera number +91-9123456789 hai, call karo, app ke bahar baat karte hain", ["+91-9123456789"])).toBe(true));
  it("Google Pay kar dena 9123456780 pe, app ko commission kyon dena", () => expect(caughtBy("Google Pay kar dena 9123456780 pe, app ko commission kyon dena", ["9123456780"])).toBe(true));
  it("Order no. 0321 7654321 hai... nahi yaar ye mera number hai, WhatsApp karo", () =>
    expect(caughtBy("Order no. 0321 7654321 hai... nahi yaar ye mera number hai, WhatsApp karo", ["0321 7654321"])).toBe(true));
  it("Tawag ka na lang sa 0998 765 4321 para hindi na dumaan sa app", () => expect(caughtBy("Tawag ka na lang sa 0998 765 4321 para hindi na dumaan sa app", ["0998 765 4321"])).toBe(true));
  it("Sa Maya mo na lang ako bayaran, 09181234567, para walang commission", () => expect(caughtBy("Sa Maya mo na lang ako bayaran, 09181234567, para walang commission", ["09181234567"])).toBe(true));
  it("كلمني على الواتساب ٠٥٥١٢٣٤٥٦٧ نتفق على السعر برا التطبيق", () => expect(caughtBy("كلمني على الواتساب ٠٥٥١٢٣٤٥٦٧ نتفق على السعر برا التطبيق", ["٠٥٥١٢٣٤٥٦٧"])).toBe(true));
  it("رقم الطلب ٠١٠١٢٣٤٥٦٧٨ ... لا هذا رقمي، اتصل علي", () => expect(caughtBy("رقم الطلب ٠١٠١٢٣٤٥٦٧٨ ... لا هذا رقمي، اتصل علي", ["٠١٠١٢٣٤٥٦٧٨"])).toBe(true));
  it("حول لي على STC Pay على رقمي 0501234567 وننسى عمولة التطبيق", () => expect(caughtBy("حول لي على STC Pay على رقمي 0501234567 وننسى عمولة التطبيق", ["0501234567"])).toBe(true));
  it("kalemni 3al whatsapp 01012345678 w net2ebel", () => expect(caughtBy("kalemni 3al whatsapp 01012345678 w net2ebel", ["01012345678"])).toBe(true));
  it("7awel el floos 3ala Vodafone Cash 01123456789 a7san mn el app", () => expect(caughtBy("7awel el floos 3ala Vodafone Cash 01123456789 a7san mn el app", ["01123456789"])).toBe(true));
  it("App me even op 06-12345678, dan spreken we een prijs af buiten de app om", () =>
    expect(caughtBy("App me even op 06-12345678, dan spreken we een prijs af buiten de app om", ["06-12345678"])).toBe(true));
  it("Ik stuur je wel een Tikkie, dan betaal je mij rechtstreeks en niet via de app", () =>
    expect(flaggedBy("Ik stuur je wel een Tikkie, dan betaal je mij rechtstreeks en niet via de app")).toBe(true));
  it("Gọi em số 0912 345 678 nha, mình nói chuyện giá bên ngoài cho rẻ", () => expect(caughtBy("Gọi em số 0912 345 678 nha, mình nói chuyện giá bên ngoài cho rẻ", ["0912 345 678"])).toBe(true));
  it("Chuyển khoản thẳng qua MoMo 090.123.4567 cho em, khỏi qua app", () => expect(caughtBy("Chuyển khoản thẳng qua MoMo 090.123.4567 cho em, khỏi qua app", ["090.123.4567"])).toBe(true));
  it("Hívjon a +36 30 123 4567-es számon, megbeszéljük app nélkül", () => expect(caughtBy("Hívjon a +36 30 123 4567-es számon, megbeszéljük app nélkül", ["+36 30 123 4567"])).toBe(true));
  // not flagged
  it.fails("Revolutra küldje közvetlenül, nem kell az appon keresztül fizetni", () => expect(flaggedBy("Revolutra küldje közvetlenül, nem kell az appon keresztül fizetni")).toBe(true));
  it("Sună-mă la 0722 123 456 și ne înțelegem direct, fără aplicație", () => expect(caughtBy("Sună-mă la 0722 123 456 și ne înțelegem direct, fără aplicație", ["0722 123 456"])).toBe(true));
  it("Numărul comenzii: 0744 555 321 - glumesc, e numărul meu, scrie-mi pe WhatsApp", () =>
    expect(caughtBy("Numărul comenzii: 0744 555 321 - glumesc, e numărul meu, scrie-mi pe WhatsApp", ["0744 555 321"])).toBe(true));
});
