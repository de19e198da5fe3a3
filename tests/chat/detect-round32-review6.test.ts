// Round 32 review 6: a blind reviewer wrote 204 sentences (82 attacks, 122 innocents) on people's full names in longer messages (a fresh review after names32 failed review 4), to judge names32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 6: innocents", () => {
  it("Watched the ChrisFix video on replacing the serpentine belt and it looked easy enough, but the tensioner on my Accord is seized. I also checked Eric O's diagnosis of the same squeal and he said it could be the idler pulley. Can you confirm which one before I order parts?", () =>
    expect(
      flaggedBy(
        "Watched the ChrisFix video on replacing the serpentine belt and it looked easy enough, but the tensioner on my Accord is seized. I also checked Eric O's diagnosis of the same squeal and he said it could be the idler pulley. Can you confirm which one before I order parts?",
      ),
    ).toBe(false));
  it("Merci Sébastien pour le diag, c'était clair", () => expect(flaggedBy("Merci Sébastien pour le diag, c'était clair")).toBe(false));
  it("¿El taller está en la Avenida Benito Juárez, cierto? o se mudaron", () => expect(flaggedBy("¿El taller está en la Avenida Benito Juárez, cierto? o se mudaron")).toBe(false));
  it("Ayrton Senna tinha um Honda, eu tenho um Fit que não sobe ladeira kkk", () => expect(flaggedBy("Ayrton Senna tinha um Honda, eu tenho um Fit que não sobe ladeira kkk")).toBe(false));
  it("Was watching Jeremy Clarkson on Top Gear slate this exact engine", () => expect(flaggedBy("Was watching Jeremy Clarkson on Top Gear slate this exact engine")).toBe(false));
  it("I grew up watching Richard Petty and Dale Earnhardt so I'm not scared of a little engine work, but this Silverado's misfire has me stumped. Codes are P0300 and P0304. Plugs and coil on 4 are new. Could it be the injector or a lifter on the AFM?", () =>
    expect(
      flaggedBy(
        "I grew up watching Richard Petty and Dale Earnhardt so I'm not scared of a little engine work, but this Silverado's misfire has me stumped. Codes are P0300 and P0304. Plugs and coil on 4 are new. Could it be the injector or a lifter on the AFM?",
      ),
    ).toBe(false));
  it("Tengo el Sandero en la calle Gabriel García Márquez, ¿la grúa puede ir por él? No arranca desde ayer, da contacto pero el motor de arranque ni suena. Creo que es la batería pero ya la cargué.", () =>
    expect(
      flaggedBy(
        "Tengo el Sandero en la calle Gabriel García Márquez, ¿la grúa puede ir por él? No arranca desde ayer, da contacto pero el motor de arranque ni suena. Creo que es la batería pero ya la cargué.",
      ),
    ).toBe(false));
  it("La Mercedes de mi suegra tiene el mismo fallo en la caja, ¿será algo común en la Clase C?", () =>
    expect(flaggedBy("La Mercedes de mi suegra tiene el mismo fallo en la caja, ¿será algo común en la Clase C?")).toBe(false));
  it("Volvo XC90 D5, DPF full, the Volvo dealer on Churchill Way quoted £1200", () => expect(flaggedBy("Volvo XC90 D5, DPF full, the Volvo dealer on Churchill Way quoted £1200")).toBe(false));
  it("Sorry, who's Jacinta? Is she the advisor? 😅", () => expect(flaggedBy("Sorry, who's Jacinta? Is she the advisor? 😅")).toBe(false));
  it("my Mini looks exactly like the green one Mr Bean had lol, same rust too", () => expect(flaggedBy("my Mini looks exactly like the green one Mr Bean had lol, same rust too")).toBe(false));
  it("Chale, Kwame dey come for the car later, same booking", () => expect(flaggedBy("Chale, Kwame dey come for the car later, same booking")).toBe(false));
  it("sweet as, see you Thursday. Cheers, Bazza", () => expect(flaggedBy("sweet as, see you Thursday. Cheers, Bazza")).toBe(false));
  it("Meu carro é um Gol G5 e tá com cheiro de gasolina dentro quando ligo de manhã. Vi um vídeo do canal Oficina do Zé e ele falou que pode ser a mangueira do tanque. Pode pedir pra oficina olhar isso também?", () =>
    expect(
      flaggedBy(
        "Meu carro é um Gol G5 e tá com cheiro de gasolina dentro quando ligo de manhã. Vi um vídeo do canal Oficina do Zé e ele falou que pode ser a mangueira do tanque. Pode pedir pra oficina olhar isso também?",
      ),
    ).toBe(false));
  it("Henry Ford said any colour as long as it's black, my Fiesta is black and still rusting", () =>
    expect(flaggedBy("Henry Ford said any colour as long as it's black, my Fiesta is black and still rusting")).toBe(false));
  it("Does the Bosch or the Denso alternator fit the Hilux?", () => expect(flaggedBy("Does the Bosch or the Denso alternator fit the Hilux?")).toBe(false));
  it("Who's the mechanic on my job? I'd like to thank them, they were great", () => expect(flaggedBy("Who's the mechanic on my job? I'd like to thank them, they were great")).toBe(false));
  it("Warsztat jest na ulicy Jana Pawła II, tak?", () => expect(flaggedBy("Warsztat jest na ulicy Jana Pawła II, tak?")).toBe(false));
  it("Howzit, the bakkie's been at Supa Quick on Jan Smuts Avenue and they said the shocks are gone. Jan Smuts the road not the guy haha. Should I get the Monroe ones or the OEM Toyota? Just want a second opinion before the workshop quotes.", () =>
    expect(
      flaggedBy(
        "Howzit, the bakkie's been at Supa Quick on Jan Smuts Avenue and they said the shocks are gone. Jan Smuts the road not the guy haha. Should I get the Monroe ones or the OEM Toyota? Just want a second opinion before the workshop quotes.",
      ),
    ).toBe(false));
  it("Servis Atatürk Bulvarı'nda değil mi? oraya mı getireyim", () => expect(flaggedBy("Servis Atatürk Bulvarı'nda değil mi? oraya mı getireyim")).toBe(false));
  it("My daughter Chloe drives it mostly and she says the steering wheel shakes at about 100 km/h. Tyres were balanced at the last rotation. Could it be a bent rim? She hit a kerb a couple of weeks ago.", () =>
    expect(
      flaggedBy(
        "My daughter Chloe drives it mostly and she says the steering wheel shakes at about 100 km/h. Tyres were balanced at the last rotation. Could it be a bent rim? She hit a kerb a couple of weeks ago.",
      ),
    ).toBe(false));
  it("¿Las pastillas son Brembo o Ferodo? mi cuñado dice que Brembo", () => expect(flaggedBy("¿Las pastillas son Brembo o Ferodo? mi cuñado dice que Brembo")).toBe(false));
  it("ok so the invoice just says 'customer' - can you add my name? it's on my profile already", () =>
    expect(flaggedBy("ok so the invoice just says 'customer' - can you add my name? it's on my profile already")).toBe(false));
  it("Mate the Holden dealer on Victoria Parade reckons the timing chain is stretched on my Captiva. They want $2800 which seems steep. My mate Robbo had the same job done on his for half that. Is the chain a common failure on the 2.4?", () =>
    expect(
      flaggedBy(
        "Mate the Holden dealer on Victoria Parade reckons the timing chain is stretched on my Captiva. They want $2800 which seems steep. My mate Robbo had the same job done on his for half that. Is the chain a common failure on the 2.4?",
      ),
    ).toBe(false));
  it("Bengkelnya di Jalan Sudirman kan? yang dekat halte", () => expect(flaggedBy("Bengkelnya di Jalan Sudirman kan? yang dekat halte")).toBe(false));
  it("Harley-Davidson Road King, fuel pump whine, can the workshop do bikes?", () => expect(flaggedBy("Harley-Davidson Road King, fuel pump whine, can the workshop do bikes?")).toBe(false));
  it("Macpherson strut on front left is leaking, can u quote for a pair", () => expect(flaggedBy("Macpherson strut on front left is leaking, can u quote for a pair")).toBe(false));
  it("My grandad had a Morris Minor just like this, he swore by it", () => expect(flaggedBy("My grandad had a Morris Minor just like this, he swore by it")).toBe(false));
  it("Invoice to my company pls, it's in the billing details already", () => expect(flaggedBy("Invoice to my company pls, it's in the billing details already")).toBe(false));
  it("Mijn schoonvader rijdt een Spyker, maar die van mij is gewoon een Toyota Aygo met een lekke uitlaat 😅", () =>
    expect(flaggedBy("Mijn schoonvader rijdt een Spyker, maar die van mij is gewoon een Toyota Aygo met een lekke uitlaat 😅")).toBe(false));
  it("Danke Uwe, passt so", () => expect(flaggedBy("Danke Uwe, passt so")).toBe(false));
  it("Salamat po Kuya Jun!", () => expect(flaggedBy("Salamat po Kuya Jun!")).toBe(false));
  it("Ackermann angle off after the lift kit? steering feels weird on tight turns", () => expect(flaggedBy("Ackermann angle off after the lift kit? steering feels weird on tight turns")).toBe(false));
  it("The Pitman arm and idler arm both have play, photos attached", () => expect(flaggedBy("The Pitman arm and idler arm both have play, photos attached")).toBe(false));
  it("the owner's manual says use Castrol Edge 5W-30, is Mobil 1 fine?", () => expect(flaggedBy("the owner's manual says use Castrol Edge 5W-30, is Mobil 1 fine?")).toBe(false));
  it("वर्कशॉप महात्मा गांधी रोड पर है ना? कल गाड़ी लेकर आता हूँ", () => expect(flaggedBy("वर्कशॉप महात्मा गांधी रोड पर है ना? कल गाड़ी लेकर आता हूँ")).toBe(false));
  it("Good evening sir. The Corolla is still jerking when I engage reverse, it started after my brother's driver took it to Ladipo market for a gearbox oil change. I'm not sure what oil they used. Please can the workshop drain and refill with the correct ATF and check the mounts?", () =>
    expect(
      flaggedBy(
        "Good evening sir. The Corolla is still jerking when I engage reverse, it started after my brother's driver took it to Ladipo market for a gearbox oil change. I'm not sure what oil they used. Please can the workshop drain and refill with the correct ATF and check the mounts?",
      ),
    ).toBe(false));
  it("ok book it in. signed, a very tired mum 😂", () => expect(flaggedBy("ok book it in. signed, a very tired mum 😂")).toBe(false));
  it("Is the Haynes manual by John Haynes any good for the E46 or should I get the Bentley one?", () =>
    expect(flaggedBy("Is the Haynes manual by John Haynes any good for the E46 or should I get the Bentley one?")).toBe(false));
  it("La factura a nombre de la empresa, como siempre", () => expect(flaggedBy("La factura a nombre de la empresa, como siempre")).toBe(false));
  it("Si Tito Boy po may Mitsubishi Adventure din, same daw yung problema sa injection pump", () =>
    expect(flaggedBy("Si Tito Boy po may Mitsubishi Adventure din, same daw yung problema sa injection pump")).toBe(false));
  it("Asante Juma, nimeelewa", () => expect(flaggedBy("Asante Juma, nimeelewa")).toBe(false));
  it("Спасибо, Саша, всё понятно", () => expect(flaggedBy("Спасибо, Саша, всё понятно")).toBe(false));
  it("Scotty Kilmer says never buy a CVT lol is he right", () => expect(flaggedBy("Scotty Kilmer says never buy a CVT lol is he right")).toBe(false));
  it("el warsha fe share3 Gamal Abdel Nasser sa7? ana gay bokra", () => expect(flaggedBy("el warsha fe share3 Gamal Abdel Nasser sa7? ana gay bokra")).toBe(false));
  it("Took it to Bob Jane T-Marts for a wheel alignment last week and now it pulls to the left even more. The tyres are Michelin Pilot Sport 4 and only 6 months old. Do you think the alignment was done wrong or could it be a sticking caliper? It's a 2016 Mazda 3.", () =>
    expect(
      flaggedBy(
        "Took it to Bob Jane T-Marts for a wheel alignment last week and now it pulls to the left even more. The tyres are Michelin Pilot Sport 4 and only 6 months old. Do you think the alignment was done wrong or could it be a sticking caliper? It's a 2016 Mazda 3.",
      ),
    ).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails(
    "Im Buch 'Jetzt helfe ich mir selbst' von Dieter Korp steht, dass man das Ventilspiel regelmäßig prüfen soll. Mein T3 klackert jetzt ziemlich laut im Leerlauf. Könnt ihr das Ventilspiel mit ins Angebot nehmen?",
    () =>
      expect(
        flaggedBy(
          "Im Buch 'Jetzt helfe ich mir selbst' von Dieter Korp steht, dass man das Ventilspiel regelmäßig prüfen soll. Mein T3 klackert jetzt ziemlich laut im Leerlauf. Könnt ihr das Ventilspiel mit ins Angebot nehmen?",
        ),
      ).toBe(false),
  );
  it("Hi, is this the same Dave who did my brakes last year? thanks for sorting it mate", () =>
    expect(flaggedBy("Hi, is this the same Dave who did my brakes last year? thanks for sorting it mate")).toBe(false));
  it("James May would fix this with a cable tie 😂 seriously tho what's the quote for the exhaust hanger", () =>
    expect(flaggedBy("James May would fix this with a cable tie 😂 seriously tho what's the quote for the exhaust hanger")).toBe(false));
  it("shokran ya Omar, kolo tamam", () => expect(flaggedBy("shokran ya Omar, kolo tamam")).toBe(false));
  it("Tell the advisor I'm happy with the quote, my husband agreed too", () => expect(flaggedBy("Tell the advisor I'm happy with the quote, my husband agreed too")).toBe(false));
  it("My Ford Mustang Mach-E keeps throwing a 12V battery warning", () => expect(flaggedBy("My Ford Mustang Mach-E keeps throwing a 12V battery warning")).toBe(false));
  it("Garage iko Moi Avenue sivyo? nitaleta gari kesho", () => expect(flaggedBy("Garage iko Moi Avenue sivyo? nitaleta gari kesho")).toBe(false));
  it("Thanks Priya, that all makes sense", () => expect(flaggedBy("Thanks Priya, that all makes sense")).toBe(false));
  it("Grazie Marco, tutto chiaro", () => expect(flaggedBy("Grazie Marco, tutto chiaro")).toBe(false));
  it("is it ok to tell you my name or does the app hide that? just want the invoice to look right", () =>
    expect(flaggedBy("is it ok to tell you my name or does the app hide that? just want the invoice to look right")).toBe(false));
  it("Giorgetto Giugiaro designed the original Golf, shame VW didn't design the window regulators as well 🙄 passenger side dropped into the door again", () =>
    expect(flaggedBy("Giorgetto Giugiaro designed the original Golf, shame VW didn't design the window regulators as well 🙄 passenger side dropped into the door again")).toBe(false));
  it("is the Tesla Model 3 heat pump a known fault? asking for a friend", () => expect(flaggedBy("is the Tesla Model 3 heat pump a known fault? asking for a friend")).toBe(false));
  it("Name on the booking is just my first name, Siobhan, is that ok? The app wouldn't let me add more for some reason. Anyway the squeak from the rear brakes is back and it's worse when reversing.", () =>
    expect(
      flaggedBy(
        "Name on the booking is just my first name, Siobhan, is that ok? The app wouldn't let me add more for some reason. Anyway the squeak from the rear brakes is back and it's worse when reversing.",
      ),
    ).toBe(false));
  it("A oficina fica na Avenida Getúlio Vargas né? do lado do posto. Vou levar o Onix amanhã cedo, o ar condicionado só gela com o carro andando.", () =>
    expect(flaggedBy("A oficina fica na Avenida Getúlio Vargas né? do lado do posto. Vou levar o Onix amanhã cedo, o ar condicionado só gela com o carro andando.")).toBe(false));
  it("My wife says hi 😊 she's the one who noticed the smell", () => expect(flaggedBy("My wife says hi 😊 she's the one who noticed the smell")).toBe(false));
  it("Dzięki Kasia, wszystko jasne", () => expect(flaggedBy("Dzięki Kasia, wszystko jasne")).toBe(false));
  it("Mas, mobil saya Xenia tahun 2012, kalau nanjak suka brebet. Kata Mas Ipul montir langganan saya businya sudah aus. Tapi saya ganti busi masih sama. Bisa dicek koil atau filter bensin sekalian?", () =>
    expect(
      flaggedBy(
        "Mas, mobil saya Xenia tahun 2012, kalau nanjak suka brebet. Kata Mas Ipul montir langganan saya businya sudah aus. Tapi saya ganti busi masih sama. Bisa dicek koil atau filter bensin sekalian?",
      ),
    ).toBe(false));
  it("Did Greg in the parts dept get the order? just checking", () => expect(flaggedBy("Did Greg in the parts dept get the order? just checking")).toBe(false));
  it("Frank's Auto Electrics did the wiring last time, could that be it?", () => expect(flaggedBy("Frank's Auto Electrics did the wiring last time, could that be it?")).toBe(false));
  it("Hyundai i20 N, Bosch ESP unit fault, known issue?", () => expect(flaggedBy("Hyundai i20 N, Bosch ESP unit fault, known issue?")).toBe(false));
  it("thanks Pinky didi, samajh gaya", () => expect(flaggedBy("thanks Pinky didi, samajh gaya")).toBe(false));
  it("Is de werkplaats aan de Willem de Zwijgerlaan? Dan kom ik met de tram", () => expect(flaggedBy("Is de werkplaats aan de Willem de Zwijgerlaan? Dan kom ik met de tram")).toBe(false));
  it("Lewis Hamilton wouldn't drive this thing lol, the steering is so vague", () => expect(flaggedBy("Lewis Hamilton wouldn't drive this thing lol, the steering is so vague")).toBe(false));
  it("Sir my driver Bablu says the car is pulling to the right while braking. He has been driving for 15 years so I trust him. Please check the front calipers and brake hose when the car comes in on Monday.", () =>
    expect(
      flaggedBy(
        "Sir my driver Bablu says the car is pulling to the right while braking. He has been driving for 15 years so I trust him. Please check the front calipers and brake hose when the car comes in on Monday.",
      ),
    ).toBe(false));
  it("Abi Doğan SLX'te de aynı sorun varmış, forumda okudum. Benim Şahin rölantide stop ediyor, karbüratör ayarı mı bozuldu acaba? Usta kontrol edebilir mi, fiyat da söylerseniz sevinirim.", () =>
    expect(
      flaggedBy(
        "Abi Doğan SLX'te de aynı sorun varmış, forumda okudum. Benim Şahin rölantide stop ediyor, karbüratör ayarı mı bozuldu acaba? Usta kontrol edebilir mi, fiyat da söylerseniz sevinirim.",
      ),
    ).toBe(false));
  it("Is Fitzgerald's Tyres on your approved list? the workshop mentioned them for the tyres", () =>
    expect(flaggedBy("Is Fitzgerald's Tyres on your approved list? the workshop mentioned them for the tyres")).toBe(false));
  it("Vi el video de Fernando Alonso probando el Aston y casi lloro jaja, yo con mi Corsa que no pasa de 120. En serio, el motor vibra mucho en ralentí y el testigo de aceite parpadea. ¿Puede ser la bomba de aceite o solo el sensor?", () =>
    expect(
      flaggedBy(
        "Vi el video de Fernando Alonso probando el Aston y casi lloro jaja, yo con mi Corsa que no pasa de 120. En serio, el motor vibra mucho en ralentí y el testigo de aceite parpadea. ¿Puede ser la bomba de aceite o solo el sensor?",
      ),
    ).toBe(false));
  it("J'ai suivi un tuto de Monsieur Bricolage sur YouTube pour changer les plaquettes et maintenant ça couine. J'ai peut-être oublié la graisse sur les glissières. Vous pouvez vérifier quand la voiture passe à l'atelier ? C'est une 308 de 2017.", () =>
    expect(
      flaggedBy(
        "J'ai suivi un tuto de Monsieur Bricolage sur YouTube pour changer les plaquettes et maintenant ça couine. J'ai peut-être oublié la graisse sur les glissières. Vous pouvez vérifier quand la voiture passe à l'atelier ? C'est une 308 de 2017.",
      ),
    ).toBe(false));
  it("Yes that's me, the owner. Name matches the one on my account", () => expect(flaggedBy("Yes that's me, the owner. Name matches the one on my account")).toBe(false));
  it("the part number on the box says 'Lemförder 31126' is that the control arm?", () => expect(flaggedBy("the part number on the box says 'Lemförder 31126' is that the control arm?")).toBe(false));
  it("Go ahead with the rear pads only for now.\n\nKind regards,\nTom", () => expect(flaggedBy("Go ahead with the rear pads only for now.\n\nKind regards,\nTom")).toBe(false));
  it("Xưởng ở đường Lê Lợi phải không anh? mai em mang xe tới", () => expect(flaggedBy("Xưởng ở đường Lê Lợi phải không anh? mai em mang xe tới")).toBe(false));
  it("Rolls-Royce of diesel engines they said about the 1HZ lol, mine's still smoking", () =>
    expect(flaggedBy("Rolls-Royce of diesel engines they said about the 1HZ lol, mine's still smoking")).toBe(false));
  it("Sir, the Maruti Suzuki service center at Mahatma Gandhi Road told me the clutch is at 40 percent. I have only done 38,000 km. Is this normal for a Dzire? Kindly advise before I approve the quote.", () =>
    expect(
      flaggedBy(
        "Sir, the Maruti Suzuki service center at Mahatma Gandhi Road told me the clutch is at 40 percent. I have only done 38,000 km. Is this normal for a Dzire? Kindly advise before I approve the quote.",
      ),
    ).toBe(false));
  it("Following the Eric the Car Guy video I cleaned the throttle body on my Altima and the idle went up to 1200. Apparently you need to do an idle relearn after. Is that something the workshop can do with their scanner or does it need a Nissan Consult?", () =>
    expect(
      flaggedBy(
        "Following the Eric the Car Guy video I cleaned the throttle body on my Altima and the idle went up to 1200. Apparently you need to do an idle relearn after. Is that something the workshop can do with their scanner or does it need a Nissan Consult?",
      ),
    ).toBe(false));
  it("الورشة في شارع الملك فهد صح؟ بجيب السيارة بكرة", () => expect(flaggedBy("الورشة في شارع الملك فهد صح؟ بجيب السيارة بكرة")).toBe(false));
  it("Le garage est bien rue Jean Jaurès ? Je passe demain matin avant le boulot. La Twingo fait toujours un bruit de claquement côté passager sur les dos d'âne.", () =>
    expect(flaggedBy("Le garage est bien rue Jean Jaurès ? Je passe demain matin avant le boulot. La Twingo fait toujours un bruit de claquement côté passager sur les dos d'âne.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails(
    "Robert Kubica by tego nie przeżył, ale mój Passat B6 ma problem z pompowtryskiwaczami. Na zimnym silniku trzęsie i dymi na czarno. Czy warsztat może sprawdzić wtryski i dać wycenę regeneracji?",
    () =>
      expect(
        flaggedBy(
          "Robert Kubica by tego nie przeżył, ale mój Passat B6 ma problem z pompowtryskiwaczami. Na zimnym silniku trzęsie i dymi na czarno. Czy warsztat może sprawdzić wtryski i dać wycenę regeneracji?",
        ),
      ).toBe(false),
  );
  it("Service-ul e pe bulevardul Ștefan cel Mare, nu?", () => expect(flaggedBy("Service-ul e pe bulevardul Ștefan cel Mare, nu?")).toBe(false));
  it("my dad's gonna drop it off, he knows the way", () => expect(flaggedBy("my dad's gonna drop it off, he knows the way")).toBe(false));
  it("Ayrton Senna edition Honda NSX? no mine's just a plain Civic haha", () => expect(flaggedBy("Ayrton Senna edition Honda NSX? no mine's just a plain Civic haha")).toBe(false));
  it("Sir napanood ko po yung vlog ng isang mekaniko sa YouTube, sabi niya baka yung fuel pump relay. Ayaw mag-start ng Innova ko pag mainit ang makina. Pwede po bang ipa-check sa talyer bago palitan ang fuel pump?", () =>
    expect(
      flaggedBy(
        "Sir napanood ko po yung vlog ng isang mekaniko sa YouTube, sabi niya baka yung fuel pump relay. Ayaw mag-start ng Innova ko pag mainit ang makina. Pwede po bang ipa-check sa talyer bago palitan ang fuel pump?",
      ),
    ).toBe(false));
  it("sir I am the same Rahul who booked the Creta, pls check", () => expect(flaggedBy("sir I am the same Rahul who booked the Creta, pls check")).toBe(false));
  it("Ho letto sul forum che la Giulia di Alfa Romeo ha spesso problemi al sensore ABS posteriore. La mia ha la spia accesa da una settimana e a volte il cruise control si disattiva da solo. Può dire all'officina di controllare il sensore e il cablaggio? Grazie.", () =>
    expect(
      flaggedBy(
        "Ho letto sul forum che la Giulia di Alfa Romeo ha spesso problemi al sensore ABS posteriore. La mia ha la spia accesa da una settimana e a volte il cruise control si disattiva da solo. Può dire all'officina di controllare il sensore e il cablaggio? Grazie.",
      ),
    ).toBe(false));
  it("Gracias Lupita, todo claro", () => expect(flaggedBy("Gracias Lupita, todo claro")).toBe(false));
  it("the parts guy said the Dayco belt is out of stock, will Gates do?", () => expect(flaggedBy("the parts guy said the Dayco belt is out of stock, will Gates do?")).toBe(false));
  it("Peter Brock would've had this Commodore sorted in ten minutes lol. anyway the fuel gauge reads empty all the time", () =>
    expect(flaggedBy("Peter Brock would've had this Commodore sorted in ten minutes lol. anyway the fuel gauge reads empty all the time")).toBe(false));
  it("Just to confirm the booking is under my account name so no need for anything else from me. The CV joint is clicking on full lock, both directions, worse on the left. Happy to go ahead with the quote of $420 if that includes both joints.", () =>
    expect(
      flaggedBy(
        "Just to confirm the booking is under my account name so no need for anything else from me. The CV joint is clicking on full lock, both directions, worse on the left. Happy to go ahead with the quote of $420 if that includes both joints.",
      ),
    ).toBe(false));
  it("El Chino del taller de mi barrio dice que es la bomba de agua, ¿ustedes qué opinan?", () =>
    expect(flaggedBy("El Chino del taller de mi barrio dice que es la bomba de agua, ¿ustedes qué opinan?")).toBe(false));
  it("قريت في كتيب هاينز إن الحساس هذا يخرب كثير في الكامري. السيارة تطفي فجأة وهي واقفة عند الإشارة. ممكن الورشة تفحص حساس الكرنك قبل لا نغير أي شي؟", () =>
    expect(flaggedBy("قريت في كتيب هاينز إن الحساس هذا يخرب كثير في الكامري. السيارة تطفي فجأة وهي واقفة عند الإشارة. ممكن الورشة تفحص حساس الكرنك قبل لا نغير أي شي؟")).toBe(false));
  it("Nimeona video ya fundi mmoja wa YouTube anasema Probox nyingi zina shida ya CVT. Yangu inateleza ikipanda mlima na inapiga kelele. Tafadhali mwambie fundi aangalie mafuta ya gearbox pia.", () =>
    expect(
      flaggedBy(
        "Nimeona video ya fundi mmoja wa YouTube anasema Probox nyingi zina shida ya CVT. Yangu inateleza ikipanda mlima na inapiga kelele. Tafadhali mwambie fundi aangalie mafuta ya gearbox pia.",
      ),
    ).toBe(false));
  it("Oga Emeka abeg how far with the quote", () => expect(flaggedBy("Oga Emeka abeg how far with the quote")).toBe(false));
  it("Mercedes-Benz Sprinter, glow plug light flashing, 2.1 CDI", () => expect(flaggedBy("Mercedes-Benz Sprinter, glow plug light flashing, 2.1 CDI")).toBe(false));
  it("Ok so I followed the Mighty Car Mods guys on the intake cleaning and now it idles rough. I think I knocked the MAF connector. Marty and Moog make it look easy. Could your guy check that first when it goes in?", () =>
    expect(
      flaggedBy(
        "Ok so I followed the Mighty Car Mods guys on the intake cleaning and now it idles rough. I think I knocked the MAF connector. Marty and Moog make it look easy. Could your guy check that first when it goes in?",
      ),
    ).toBe(false));
  it("My mechanic back home, Uncle Tunde, said it's the plugs but idk", () => expect(flaggedBy("My mechanic back home, Uncle Tunde, said it's the plugs but idk")).toBe(false));
  it("Enzo Ferrari would be spinning in his grave seeing what they charge for a 458 clutch", () =>
    expect(flaggedBy("Enzo Ferrari would be spinning in his grave seeing what they charge for a 458 clutch")).toBe(false));
  it("The workshop's on Martin Luther King Jr Blvd right? next to the tire place", () => expect(flaggedBy("The workshop's on Martin Luther King Jr Blvd right? next to the tire place")).toBe(false));
  it("The car's in with Joe Duffy Motors for the NCT prep and they flagged the rear brake balance. I'm a bit confused because the discs were done at the last service. Could you have a look at the NCT report I uploaded and tell me if it's worth fixing before the retest?", () =>
    expect(
      flaggedBy(
        "The car's in with Joe Duffy Motors for the NCT prep and they flagged the rear brake balance. I'm a bit confused because the discs were done at the last service. Could you have a look at the NCT report I uploaded and tell me if it's worth fixing before the retest?",
      ),
    ).toBe(false));
  it("Sa may Rizal Avenue po ba yung talyer? pupunta po ako bukas", () => expect(flaggedBy("Sa may Rizal Avenue po ba yung talyer? pupunta po ako bukas")).toBe(false));
  it("Mon frère Julien a une Peugeot 206 avec exactement le même souci de vanne EGR. Il l'a fait nettoyer et ça a réglé le problème pendant un an. Est-ce qu'on peut tenter le nettoyage avant de remplacer la vanne sur ma 207 ?", () =>
    expect(
      flaggedBy(
        "Mon frère Julien a une Peugeot 206 avec exactement le même souci de vanne EGR. Il l'a fait nettoyer et ça a réglé le problème pendant un an. Est-ce qu'on peut tenter le nettoyage avant de remplacer la vanne sur ma 207 ?",
      ),
    ).toBe(false));
  it("Mein Opa hat den Wagen gekauft, er kommt aber nicht mit zur Werkstatt", () => expect(flaggedBy("Mein Opa hat den Wagen gekauft, er kommt aber nicht mit zur Werkstatt")).toBe(false));
  it("Valeu Gabi, tudo certo", () => expect(flaggedBy("Valeu Gabi, tudo certo")).toBe(false));
  it("The guy at Halfords said it's the battery but I replaced it and the Astra still won't crank on cold mornings. Starter motor clicks once and then nothing. My uncle who used to be a mechanic reckons it's the solenoid. Can the workshop test the starter before replacing anything?", () =>
    expect(
      flaggedBy(
        "The guy at Halfords said it's the battery but I replaced it and the Astra still won't crank on cold mornings. Starter motor clicks once and then nothing. My uncle who used to be a mechanic reckons it's the solenoid. Can the workshop test the starter before replacing anything?",
      ),
    ).toBe(false));
  it("Die Werkstatt ist doch in der Konrad-Adenauer-Straße, oder?", () => expect(flaggedBy("Die Werkstatt ist doch in der Konrad-Adenauer-Straße, oder?")).toBe(false));
  it("Alain Prost conduisait une Renault, moi aussi, mais la mienne fume 😅", () => expect(flaggedBy("Alain Prost conduisait une Renault, moi aussi, mais la mienne fume 😅")).toBe(false));
  it("King Charles would approve, it's a Land Rover Defender 110 lol", () => expect(flaggedBy("King Charles would approve, it's a Land Rover Defender 110 lol")).toBe(false));
  it("Sir I watched the Autocar India review and they said the DCT overheats in bumper to bumper traffic. My Venue is exactly doing that, showing 'Gearbox hot' warning. Is it covered under extended warranty? Please tell before I approve.", () =>
    expect(
      flaggedBy(
        "Sir I watched the Autocar India review and they said the DCT overheats in bumper to bumper traffic. My Venue is exactly doing that, showing 'Gearbox hot' warning. Is it covered under extended warranty? Please tell before I approve.",
      ),
    ).toBe(false));
  it("Is Pep Boys or AutoZone cheaper for the pads? or does the workshop supply them", () =>
    expect(flaggedBy("Is Pep Boys or AutoZone cheaper for the pads? or does the workshop supply them")).toBe(false));
  it("Thanks for the detailed report. I hadn't realised the rear subframe bushes were that far gone, the photos really helped. I'll go with option 2 (bushes only for now) and revisit the arms next year. Please pass my thanks to whoever took the photos.", () =>
    expect(
      flaggedBy(
        "Thanks for the detailed report. I hadn't realised the rear subframe bushes were that far gone, the photos really helped. I'll go with option 2 (bushes only for now) and revisit the arms next year. Please pass my thanks to whoever took the photos.",
      ),
    ).toBe(false));
  it("Kevin from the workshop said Friday, is that still right?", () => expect(flaggedBy("Kevin from the workshop said Friday, is that still right?")).toBe(false));
  // flagged as FULL_NAME
  it.fails(
    "Mijn Opel Corsa maakt een tikkend geluid bij het starten, verdwijnt na een minuut. Op het forum zei iemand dat het de hydraulische klepstoters zijn. Max Verstappen zou erom lachen maar ik wil hem gewoon veilig kunnen rijden. Kunnen jullie dat meenemen in de offerte?",
    () =>
      expect(
        flaggedBy(
          "Mijn Opel Corsa maakt een tikkend geluid bij het starten, verdwijnt na een minuut. Op het forum zei iemand dat het de hydraulische klepstoters zijn. Max Verstappen zou erom lachen maar ik wil hem gewoon veilig kunnen rijden. Kunnen jullie dat meenemen in de offerte?",
        ),
      ).toBe(false),
  );
  it("bhai Sachin Tendulkar wali BMW nahi hai meri, simple Alto hai 😂 par AC ka compressor bahut awaaz kar raha hai. gas bhi kam lag rahi hai. workshop wale compressor check karke batayenge kya cost hoga?", () =>
    expect(
      flaggedBy(
        "bhai Sachin Tendulkar wali BMW nahi hai meri, simple Alto hai 😂 par AC ka compressor bahut awaaz kar raha hai. gas bhi kam lag rahi hai. workshop wale compressor check karke batayenge kya cost hoga?",
      ),
    ).toBe(false));
  it("Reifen Müller bei uns im Ort hat die gleichen Reifen günstiger, kann die Werkstatt die auch montieren?", () =>
    expect(flaggedBy("Reifen Müller bei uns im Ort hat die gleichen Reifen günstiger, kann die Werkstatt die auch montieren?")).toBe(false));
  // flagged as FULL_NAME
  it.fails("Is Ferdinand the guy from the app's support team? he was helpful", () => expect(flaggedBy("Is Ferdinand the guy from the app's support team? he was helpful")).toBe(false));
  it("L'officina è in via Giuseppe Garibaldi giusto? quella vicino al distributore. Porto la Punto lunedì, la spia dell'airbag è ancora accesa.", () =>
    expect(flaggedBy("L'officina è in via Giuseppe Garibaldi giusto? quella vicino al distributore. Porto la Punto lunedì, la spia dell'airbag è ancora accesa.")).toBe(false));
  it("Thanks — the Service Team at Greenway Motors", () => expect(flaggedBy("Thanks — the Service Team at Greenway Motors")).toBe(false));
});

describe("round 32 review 6: attacks", () => {
  it("Mrs Oluwaseun Adebayo-Cole will collect on Saturday morning", () => expect(caughtBy("Mrs Oluwaseun Adebayo-Cole will collect on Saturday morning", ["Oluwaseun", "Adebayo-Cole"])).toBe(true));
  // not flagged
  it.fails("Здравствуйте, машина оформлена на тестя — Гончаренко Виктор Павлович, счёт на него, пожалуйста", () =>
    expect(caughtBy("Здравствуйте, машина оформлена на тестя — Гончаренко Виктор Павлович, счёт на него, пожалуйста", ["Гончаренко", "Виктор", "Павлович"])).toBe(true),
  );
  // not flagged
  it.fails("مرحبا، أنا عبد الرحمن الشمري صاحب الكامري، الفاتورة باسمي لو سمحت", () =>
    expect(caughtBy("مرحبا، أنا عبد الرحمن الشمري صاحب الكامري، الفاتورة باسمي لو سمحت", ["عبد الرحمن", "الشمري"])).toBe(true),
  );
  it("Hi I'm Ananya Krishnamurthy, customer for the Creta booking", () => expect(caughtBy("Hi I'm Ananya Krishnamurthy, customer for the Creta booking", ["Ananya", "Krishnamurthy"])).toBe(true));
  it("Please the car is for my uncle, Nana Kwabena Owusu-Ansah, the receipt should carry his name. The gearbox is hard to engage in first and reverse in the mornings. Kindly let the workshop check the clutch master cylinder too.", () =>
    expect(
      caughtBy(
        "Please the car is for my uncle, Nana Kwabena Owusu-Ansah, the receipt should carry his name. The gearbox is hard to engage in first and reverse in the mornings. Kindly let the workshop check the clutch master cylinder too.",
        ["Kwabena", "Owusu-Ansah"],
      ),
    ).toBe(true));
  it("Dzień dobry, tu Grzegorz Brzęczyszczykiewicz, właściciel Octavii. Dwumasa stuka na wolnych obrotach, szczególnie po zgaszeniu silnika. Proszę o wycenę z robocizną.", () =>
    expect(
      caughtBy("Dzień dobry, tu Grzegorz Brzęczyszczykiewicz, właściciel Octavii. Dwumasa stuka na wolnych obrotach, szczególnie po zgaszeniu silnika. Proszę o wycenę z robocizną.", [
        "Grzegorz",
        "Brzęczyszczykiewicz",
      ]),
    ).toBe(true));
  it("perfect, book it in for the 14th. thanks, Tamsin Whitlock", () => expect(caughtBy("perfect, book it in for the 14th. thanks, Tamsin Whitlock", ["Tamsin", "Whitlock"])).toBe(true));
  it("Servus, hier ist Korbinian Wimmer, ich hab den Passat für Dienstag gebucht", () =>
    expect(caughtBy("Servus, hier ist Korbinian Wimmer, ich hab den Passat für Dienstag gebucht", ["Korbinian", "Wimmer"])).toBe(true));
  it("look up k a t r i n a  b e l l o w s on insta, thats me", () => expect(caughtBy("look up k a t r i n a  b e l l o w s on insta, thats me", ["k a t r i n a", "b e l l o w s"])).toBe(true));
  it("Aye the clutch is slipping bad now, cannae get up the brae in 3rd. Garage said the flywheel might be dual mass and that's where the money goes. Put it under my granda's name, Alasdair MacLeòid, it's his motor and he's paying. He'll be in Tuesday.", () =>
    expect(
      caughtBy(
        "Aye the clutch is slipping bad now, cannae get up the brae in 3rd. Garage said the flywheel might be dual mass and that's where the money goes. Put it under my granda's name, Alasdair MacLeòid, it's his motor and he's paying. He'll be in Tuesday.",
        ["Alasdair", "MacLeòid"],
      ),
    ).toBe(true));
  it("Oga the AC is still blowing hot even after the regas, I think it's the compressor clutch. The gas was topped up last month at the filling station. Please when you send the quote put it in the name of Chief Babatunde Ogunleye, he's the owner of the Camry and he'll pay. I'm just his driver.", () =>
    expect(
      caughtBy(
        "Oga the AC is still blowing hot even after the regas, I think it's the compressor clutch. The gas was topped up last month at the filling station. Please when you send the quote put it in the name of Chief Babatunde Ogunleye, he's the owner of the Camry and he'll pay. I'm just his driver.",
        ["Babatunde", "Ogunleye"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Bonjour, c'est Gwenaëlle Le Bihan, la propriétaire de la Clio. La courroie fait toujours un bruit de sifflement au démarrage le matin. Vous pouvez me trouver sur Facebook si besoin de photos du moteur.",
    () =>
      expect(
        caughtBy(
          "Bonjour, c'est Gwenaëlle Le Bihan, la propriétaire de la Clio. La courroie fait toujours un bruit de sifflement au démarrage le matin. Vous pouvez me trouver sur Facebook si besoin de photos du moteur.",
          ["Gwenaëlle", "Le Bihan"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Dr. Emeka Obi-Nwosu is the owner, bill him please", () => expect(caughtBy("Dr. Emeka Obi-Nwosu is the owner, bill him please", ["Emeka", "Obi-Nwosu"])).toBe(true));
  it("For the record, the legal owner is Ifeoluwa Ogundipe (my sis), pls make the quote out to her", () =>
    expect(caughtBy("For the record, the legal owner is Ifeoluwa Ogundipe (my sis), pls make the quote out to her", ["Ifeoluwa", "Ogundipe"])).toBe(true));
  // not flagged
  it.fails("Auf der Rechnung bitte: Kowalczyk-Brandt, Jörg. Der Wagen ist auf mich zugelassen", () =>
    expect(caughtBy("Auf der Rechnung bitte: Kowalczyk-Brandt, Jörg. Der Wagen ist auf mich zugelassen", ["Kowalczyk-Brandt", "Jörg"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Thanks for the diag. The knock is only on cold start and fades after about two minutes, which matches what you said about the lifters. My brother-in-law Obinna Chukwuemeka will drop it at the workshop on Thursday since I'm travelling. He's the one to talk to if the advisor has questions.",
    () =>
      expect(
        caughtBy(
          "Thanks for the diag. The knock is only on cold start and fades after about two minutes, which matches what you said about the lifters. My brother-in-law Obinna Chukwuemeka will drop it at the workshop on Thursday since I'm travelling. He's the one to talk to if the advisor has questions.",
          ["Obinna", "Chukwuemeka"],
        ),
      ).toBe(true),
  );
  it("my mum Margaret Dunphy will sign for it, she's the registered keeper", () =>
    expect(caughtBy("my mum Margaret Dunphy will sign for it, she's the registered keeper", ["Margaret", "Dunphy"])).toBe(true));
  it("Invoice to Niamh Ní Dhomhnaill please, she's paying for it", () => expect(caughtBy("Invoice to Niamh Ní Dhomhnaill please, she's paying for it", ["Niamh", "Ní Dhomhnaill"])).toBe(true));
  // not flagged
  it.fails(
    "el 3arabeya bet3mel sot fel fetees lama baghayar men tany le talet. el mechanic 2al eno el debriage. lama tro7 el warsha es2al 3ala Mahmoud Abdel-Ghaffar da 5ali w howa elli hayestalem el 3arabeya.",
    () =>
      expect(
        caughtBy(
          "el 3arabeya bet3mel sot fel fetees lama baghayar men tany le talet. el mechanic 2al eno el debriage. lama tro7 el warsha es2al 3ala Mahmoud Abdel-Ghaffar da 5ali w howa elli hayestalem el 3arabeya.",
          ["Mahmoud", "Abdel-Ghaffar"],
        ),
      ).toBe(true),
  );
  it("name for the insurance claim is Bongani Mthembu, policy holder", () => expect(caughtBy("name for the insurance claim is Bongani Mthembu, policy holder", ["Bongani", "Mthembu"])).toBe(true));
  it("Buongiorno, sono Ludovica Santarelli, la proprietaria della Panda. Il preventivo per la cinghia va bene, procedete pure. Fattura a mio nome per favore, non della ditta.", () =>
    expect(
      caughtBy("Buongiorno, sono Ludovica Santarelli, la proprietaria della Panda. Il preventivo per la cinghia va bene, procedete pure. Fattura a mio nome per favore, non della ditta.", [
        "Ludovica",
        "Santarelli",
      ]),
    ).toBe(true));
  it("Howzit, this is Pieter-Jan Steyn, my bakkie's the white Hilux with the clutch problem", () =>
    expect(caughtBy("Howzit, this is Pieter-Jan Steyn, my bakkie's the white Hilux with the clutch problem", ["Pieter-Jan", "Steyn"])).toBe(true));
  // not flagged
  it.fails(
    "De koppeling ruikt verbrand na het inparkeren en hij pakt heel hoog. Ik denk dat de drukgroep versleten is. De factuur graag op naam van mijn vriendin, Femke van Dijkhuizen, want het is haar auto. Zij brengt hem ook woensdag.",
    () =>
      expect(
        caughtBy(
          "De koppeling ruikt verbrand na het inparkeren en hij pakt heel hoog. Ik denk dat de drukgroep versleten is. De factuur graag op naam van mijn vriendin, Femke van Dijkhuizen, want het is haar auto. Zij brengt hem ook woensdag.",
          ["Femke", "van Dijkhuizen"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("नमस्ते, मैं राजेश कुमार त्रिपाठी हूँ, स्विफ्ट मेरी है। ब्रेक लगाते समय स्टीयरिंग काँपता है और पीछे से आवाज़ भी आती है। बिल मेरे नाम पे बनाना।", () =>
    expect(caughtBy("नमस्ते, मैं राजेश कुमार त्रिपाठी हूँ, स्विफ्ट मेरी है। ब्रेक लगाते समय स्टीयरिंग काँपता है और पीछे से आवाज़ भी आती है। बिल मेरे नाम पे बनाना।", ["राजेश", "कुमार", "त्रिपाठी"])).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "O barulho na suspensão começou depois de passar num buraco na A1. Acho que é o braço de suspensão ou a rótula. Quando a oficina tiver o orçamento, pode ser em nome do meu sogro, Armindo Cerqueira Lopes, que é quem vai pagar. Ele vai lá levantar o carro.",
    () =>
      expect(
        caughtBy(
          "O barulho na suspensão começou depois de passar num buraco na A1. Acho que é o braço de suspensão ou a rótula. Quando a oficina tiver o orçamento, pode ser em nome do meu sogro, Armindo Cerqueira Lopes, que é quem vai pagar. Ele vai lá levantar o carro.",
          ["Armindo", "Cerqueira Lopes"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "G'day, thanks for checking the Commodore. The idle hunting is worse with the aircon on so I reckon it's the IAC valve like you said. My old man Barry Tregenza owns the car and he's the one who'll be at the shop on Monday, just ask for him by name at the front. He's a bit deaf so speak up haha.",
    () =>
      expect(
        caughtBy(
          "G'day, thanks for checking the Commodore. The idle hunting is worse with the aircon on so I reckon it's the IAC valve like you said. My old man Barry Tregenza owns the car and he's the one who'll be at the shop on Monday, just ask for him by name at the front. He's a bit deaf so speak up haha.",
          ["Barry", "Tregenza"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Pickup person: Lerato Khumalo, she'll bring ID", () => expect(caughtBy("Pickup person: Lerato Khumalo, she'll bring ID", ["Lerato", "Khumalo"])).toBe(true));
  // not flagged
  it.fails("Chào anh, em là Nguyễn Thị Thu Hằng, chủ xe Vios. Hóa đơn ghi tên em nha", () =>
    expect(caughtBy("Chào anh, em là Nguyễn Thị Thu Hằng, chủ xe Vios. Hóa đơn ghi tên em nha", ["Nguyễn", "Thị", "Thu", "Hằng"])).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "La frizione slitta in quarta e quinta quando accelera forte in salita, lo abbiamo verificato in prova. Serve il kit completo più il volano bimassa. Quando arriva in officina chieda di Gianfranco Pellegatta, sono io il capofficina, e ci mettiamo d'accordo.",
    () =>
      expect(
        caughtBy(
          "La frizione slitta in quarta e quinta quando accelera forte in salita, lo abbiamo verificato in prova. Serve il kit completo più il volano bimassa. Quando arriva in officina chieda di Gianfranco Pellegatta, sono io il capofficina, e ci mettiamo d'accordo.",
          ["Gianfranco", "Pellegatta"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "Brake fluid was black when I checked it, so yes please add the flush. The pedal goes almost to the floor before it bites. The company car is signed for by our office manager, Ms. Precious Mahlangu, so she'll be the one at the counter on Friday.",
    () =>
      expect(
        caughtBy(
          "Brake fluid was black when I checked it, so yes please add the flush. The pedal goes almost to the floor before it bites. The company car is signed for by our office manager, Ms. Precious Mahlangu, so she'll be the one at the counter on Friday.",
          ["Precious", "Mahlangu"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "Samochód szarpie przy przyspieszaniu na trzecim biegu, check engine miga. Podejrzewam cewkę zapłonową albo świece. Faktura ma być na teścia, Zdzisław Kaczmarczyk, bo auto jest na niego. On też odbierze auto w piątek.",
    () =>
      expect(
        caughtBy(
          "Samochód szarpie przy przyspieszaniu na trzecim biegu, check engine miga. Podejrzewam cewkę zapłonową albo świece. Faktura ma być na teścia, Zdzisław Kaczmarczyk, bo auto jest na niego. On też odbierze auto w piątek.",
          ["Zdzisław", "Kaczmarczyk"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("차주는 저희 아버지 김영수 씨예요, 영수증 그 이름으로 부탁드려요", () => expect(caughtBy("차주는 저희 아버지 김영수 씨예요, 영수증 그 이름으로 부탁드려요", ["김영수"])).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Ya autoricé el cambio de balatas y discos delanteros. La camioneta hace un chirrido al frenar desde hace dos semanas, así que mejor de una vez. Mi esposo Joaquín Tlapanco va a recoger la camioneta el viernes, él firma la orden.",
    () =>
      expect(
        caughtBy(
          "Ya autoricé el cambio de balatas y discos delanteros. La camioneta hace un chirrido al frenar desde hace dos semanas, así que mejor de una vez. Mi esposo Joaquín Tlapanco va a recoger la camioneta el viernes, él firma la orden.",
          ["Joaquín", "Tlapanco"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Tell the advisor to put Dwayne Kessler on the work order, that's my boss and it's a company truck", () =>
    expect(caughtBy("Tell the advisor to put Dwayne Kessler on the work order, that's my boss and it's a company truck", ["Dwayne", "Kessler"])).toBe(true),
  );
  // not flagged
  it.fails(
    "cheers mate, Brendan O'Shaughnessy here, the one with the blue Falcon ute. Diff is still whining on overrun even after the oil change you suggested. Reckon it's the pinion bearing? Happy to go ahead with whatever the shop quotes.",
    () =>
      expect(
        caughtBy(
          "cheers mate, Brendan O'Shaughnessy here, the one with the blue Falcon ute. Diff is still whining on overrun even after the oil change you suggested. Reckon it's the pinion bearing? Happy to go ahead with whatever the shop quotes.",
          ["Brendan", "O'Shaughnessy"],
        ),
      ).toBe(true),
  );
  it("Le voyant moteur s'allume à froid, code P0420 d'après votre diag. Le catalyseur a déjà été changé en 2019 donc ça m'étonne un peu. Pour la facture, merci de mettre au nom de M. Thierry Vaugelade, c'est mon beau-père qui paie. Il passera chercher la voiture jeudi.", () =>
    expect(
      caughtBy(
        "Le voyant moteur s'allume à froid, code P0420 d'après votre diag. Le catalyseur a déjà été changé en 2019 donc ça m'étonne un peu. Pour la facture, merci de mettre au nom de M. Thierry Vaugelade, c'est mon beau-père qui paie. Il passera chercher la voiture jeudi.",
        ["Thierry", "Vaugelade"],
      ),
    ).toBe(true));
  it("Bro the coilovers you recommended are sick, car sits perfect now. Still got a rattle from the rear left over speed bumps tho, probably the drop link. Search Tshepo Mokoena on FB, I post all my builds there, you'll see the videos of the noise.", () =>
    expect(
      caughtBy(
        "Bro the coilovers you recommended are sick, car sits perfect now. Still got a rattle from the rear left over speed bumps tho, probably the drop link. Search Tshepo Mokoena on FB, I post all my builds there, you'll see the videos of the noise.",
        ["Tshepo", "Mokoena"],
      ),
    ).toBe(true));
  it("Mobil saya AC-nya kadang dingin kadang tidak, kompresor kayak putus-nyambung. Kemarin sudah isi freon di bengkel dekat rumah. Nanti kuitansinya atas nama Bapak Bambang Sutrisno Hadiwijaya ya, itu mertua saya yang bayar. Beliau juga yang ambil mobilnya.", () =>
    expect(
      caughtBy(
        "Mobil saya AC-nya kadang dingin kadang tidak, kompresor kayak putus-nyambung. Kemarin sudah isi freon di bengkel dekat rumah. Nanti kuitansinya atas nama Bapak Bambang Sutrisno Hadiwijaya ya, itu mertua saya yang bayar. Beliau juga yang ambil mobilnya.",
        ["Bambang", "Sutrisno", "Hadiwijaya"],
      ),
    ).toBe(true));
  it("Abholen wird mein Kollege, Herr Mehmet Aydın-Schulz, er bringt den Fahrzeugschein mit", () =>
    expect(caughtBy("Abholen wird mein Kollege, Herr Mehmet Aydın-Schulz, er bringt den Fahrzeugschein mit", ["Mehmet", "Aydın-Schulz"])).toBe(true));
  // not flagged
  it.fails(
    "bhai gaadi mein pickup bilkul nahi hai, 3rd gear mein bhi kheench nahi rahi. clutch plate ya fuel filter lag raha hai mujhe. bill mere papa ke naam pe banana, Ramesh Chandra Agarwal, gaadi unke naam pe hai. wo hi le jayenge workshop se.",
    () =>
      expect(
        caughtBy(
          "bhai gaadi mein pickup bilkul nahi hai, 3rd gear mein bhi kheench nahi rahi. clutch plate ya fuel filter lag raha hai mujhe. bill mere papa ke naam pe banana, Ramesh Chandra Agarwal, gaadi unke naam pe hai. wo hi le jayenge workshop se.",
          ["Ramesh", "Chandra", "Agarwal"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Che, el auto está a nombre de mi viejo, Rubén Ostolaza, poné eso en el presupuesto", () =>
    expect(caughtBy("Che, el auto está a nombre de mi viejo, Rubén Ostolaza, poné eso en el presupuesto", ["Rubén", "Ostolaza"])).toBe(true),
  );
  // not flagged
  it.fails("صوت الطقطقة يطلع من الكفر الأمامي اليمين لما ألف. غيرت المساعدات قبل سنة. لما توصل الورشة اسأل عن أخوي فيصل بن ناصر القحطاني هو اللي بيستلم السيارة ويدفع.", () =>
    expect(
      caughtBy("صوت الطقطقة يطلع من الكفر الأمامي اليمين لما ألف. غيرت المساعدات قبل سنة. لما توصل الورشة اسأل عن أخوي فيصل بن ناصر القحطاني هو اللي بيستلم السيارة ويدفع.", [
        "فيصل",
        "ناصر",
        "القحطاني",
      ]),
    ).toBe(true),
  );
  // caught since round 52: a surname after its bare label once a first name is given (names-owned.ts)
  it("my name is Lachlan, last name Fairweather, add me", () => expect(caughtBy("my name is Lachlan, last name Fairweather, add me", ["Lachlan", "Fairweather"])).toBe(true));
  // not flagged
  it.fails("Que la factura salga a nombre de la Lic. Mercedes Altamirano Pozo, ella es la dueña del Tsuru", () =>
    expect(caughtBy("Que la factura salga a nombre de la Lic. Mercedes Altamirano Pozo, ella es la dueña del Tsuru", ["Mercedes", "Altamirano", "Pozo"])).toBe(true),
  );
  // caught since round 43's refit
  it("Gari linatoa moshi mweupe asubuhi na linakula coolant. Fundi wa kwanza alisema ni head gasket. Ukifika garage, ulizia Baraka Mwakyusa, ni kaka yangu, yeye ndiye atalipa.", () =>
    expect(
      caughtBy("Gari linatoa moshi mweupe asubuhi na linakula coolant. Fundi wa kwanza alisema ni head gasket. Ukifika garage, ulizia Baraka Mwakyusa, ni kaka yangu, yeye ndiye atalipa.", [
        "Baraka",
        "Mwakyusa",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Name on the policy: MCALLISTER, Fiona. Use that for the claim paperwork", () =>
    expect(caughtBy("Name on the policy: MCALLISTER, Fiona. Use that for the claim paperwork", ["MCALLISTER", "Fiona"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Right, so the DPF light came on again on the M6 and it went into limp mode. I did a regen run like you said but no joy. If the garage needs anyone to authorise the new DPF, it's my fleet manager, Gareth Llewellyn-Jones at Brightway Logistics, he signs off anything over £500. I'll be in Spain next week.",
    () =>
      expect(
        caughtBy(
          "Right, so the DPF light came on again on the M6 and it went into limp mode. I did a regen run like you said but no joy. If the garage needs anyone to authorise the new DPF, it's my fleet manager, Gareth Llewellyn-Jones at Brightway Logistics, he signs off anything over £500. I'll be in Spain next week.",
          ["Gareth", "Llewellyn-Jones"],
        ),
      ).toBe(true),
  );
  it("Merhaba, ben Serkan Yılmazoğlu, Egea'nın sahibi. Ön balatalar cızırdıyor ve fren pedalı biraz boşluk yapıyor. Faturayı benim adıma kesin lütfen.", () =>
    expect(caughtBy("Merhaba, ben Serkan Yılmazoğlu, Egea'nın sahibi. Ön balatalar cızırdıyor ve fren pedalı biraz boşluk yapıyor. Faturayı benim adıma kesin lütfen.", ["Serkan", "Yılmazoğlu"])).toBe(
      true,
    ));
  it("Oi, aqui é a Thaís Bezerra de Albuquerque, dona do Gol. O carro continua falhando quando tá frio, mesmo depois da troca das velas. Me procura no insta se precisar de vídeo do barulho.", () =>
    expect(
      caughtBy(
        "Oi, aqui é a Thaís Bezerra de Albuquerque, dona do Gol. O carro continua falhando quando tá frio, mesmo depois da troca das velas. Me procura no insta se precisar de vídeo do barulho.",
        ["Thaís", "Bezerra de Albuquerque"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("It's Jess by the way — Jessica Thornbury if you need it for the paperwork", () =>
    expect(caughtBy("It's Jess by the way — Jessica Thornbury if you need it for the paperwork", ["Jessica", "Thornbury"])).toBe(true),
  );
  // caught from round 54 (the two-word particle "van der" read as part of a name)
  it("Your Fortuner is ready, we replaced both front wheel bearings and did the alignment. The old bearings are in a bag on the passenger seat if you want to see them. Just ask for Hendrik van der Walt at reception at our Bellville branch, he'll sort the keys.", () =>
    expect(
      caughtBy(
        "Your Fortuner is ready, we replaced both front wheel bearings and did the alignment. The old bearings are in a bag on the passenger seat if you want to see them. Just ask for Hendrik van der Walt at reception at our Bellville branch, he'll sort the keys.",
        ["Hendrik", "van der Walt"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("Hoi, met Sjoerd Hoekstra, de eigenaar van de Golf. Zoek me maar op LinkedIn", () =>
    expect(caughtBy("Hoi, met Sjoerd Hoekstra, de eigenaar van de Golf. Zoek me maar op LinkedIn", ["Sjoerd", "Hoekstra"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Arabada rölantide titreme var, özellikle klima açıkken. Motor takozu olabilir diye düşünüyorum. Arabayı eniştem Hüseyin Karaağaçlı teslim alacak, servise söyleyin evrakları onun adına hazırlasınlar.",
    () =>
      expect(
        caughtBy(
          "Arabada rölantide titreme var, özellikle klima açıkken. Motor takozu olabilir diye düşünüyorum. Arabayı eniştem Hüseyin Karaağaçlı teslim alacak, servise söyleyin evrakları onun adına hazırlasınlar.",
          ["Hüseyin", "Karaağaçlı"],
        ),
      ).toBe(true),
  );
  it("Please go ahead with the timing belt and water pump together.\n\nRegards,\nAdaeze Nwankwo-Ibe", () =>
    expect(caughtBy("Please go ahead with the timing belt and water pump together.\n\nRegards,\nAdaeze Nwankwo-Ibe", ["Adaeze", "Nwankwo-Ibe"])).toBe(true));
  it("Habari, mimi ni Wanjiru Kamau-Otieno, mwenye Probox. Risiti iandikwe kwa jina langu", () =>
    expect(caughtBy("Habari, mimi ni Wanjiru Kamau-Otieno, mwenye Probox. Risiti iandikwe kwa jina langu", ["Wanjiru", "Kamau-Otieno"])).toBe(true));
  it("Demandez Jean-Sébastien Tremblay-Gagnon au comptoir des pièces, c'est moi", () =>
    expect(caughtBy("Demandez Jean-Sébastien Tremblay-Gagnon au comptoir des pièces, c'est moi", ["Jean-Sébastien", "Tremblay-Gagnon"])).toBe(true));
  // not flagged
  it.fails("salam, ana Hamza El Attar mol Golf, dir lfactura b smiti 3afak", () =>
    expect(caughtBy("salam, ana Hamza El Attar mol Golf, dir lfactura b smiti 3afak", ["Hamza", "El Attar"])).toBe(true),
  );
  it("mama yangu Agnes Chepkoech atakuja kuchukua gari, ndiye mwenye kadi ya gari", () =>
    expect(caughtBy("mama yangu Agnes Chepkoech atakuja kuchukua gari, ndiye mwenye kadi ya gari", ["Agnes", "Chepkoech"])).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Sir, the vehicle is showing engine overheating after 20 minutes of city driving, the fan is not coming on. I have checked the fuse, it is okay. Kindly prepare the estimate in the name of my father-in-law Shri Venkatesh Iyengar, the RC is in his name and he will come and sign the papers. He is retired so morning time is better.",
    () =>
      expect(
        caughtBy(
          "Sir, the vehicle is showing engine overheating after 20 minutes of city driving, the fan is not coming on. I have checked the fuse, it is okay. Kindly prepare the estimate in the name of my father-in-law Shri Venkatesh Iyengar, the RC is in his name and he will come and sign the papers. He is retired so morning time is better.",
          ["Venkatesh", "Iyengar"],
        ),
      ).toBe(true),
  );
  it("Hola, soy Ximena Arredondo Villalobos, la dueña del Jetta. ¿A nombre de quién sale la factura?", () =>
    expect(caughtBy("Hola, soy Ximena Arredondo Villalobos, la dueña del Jetta. ¿A nombre de quién sale la factura?", ["Ximena", "Arredondo", "Villalobos"])).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails(
    "El ruido que nos comenta viene del rodamiento delantero derecho, ya lo confirmamos en la prueba de ruta. El repuesto llega el martes y la mano de obra son unas dos horas. Cuando venga, pregunte por Anselmo Quiroga Bastidas en recepción y se lo arreglamos en el momento.",
    () =>
      expect(
        caughtBy(
          "El ruido que nos comenta viene del rodamiento delantero derecho, ya lo confirmamos en la prueba de ruta. El repuesto llega el martes y la mano de obra son unas dos horas. Cuando venga, pregunte por Anselmo Quiroga Bastidas en recepción y se lo arreglamos en el momento.",
          ["Anselmo", "Quiroga", "Bastidas"],
        ),
      ).toBe(true),
  );
  it("when you come by ask for Nelson Kariuki at the front desk, he's my cousin and he manages the bay", () =>
    expect(caughtBy("when you come by ask for Nelson Kariuki at the front desk, he's my cousin and he manages the bay", ["Nelson", "Kariuki"])).toBe(true));
  // not flagged
  it.fails("Bună, sunt Ionuț Dumitrescu, proprietarul Loganului, cel cu zgomotul la direcție", () =>
    expect(caughtBy("Bună, sunt Ionuț Dumitrescu, proprietarul Loganului, cel cu zgomotul la direcție", ["Ionuț", "Dumitrescu"])).toBe(true),
  );
  it("my wife Rhiannon Pritchard will sign for the car, she has the spare key", () =>
    expect(caughtBy("my wife Rhiannon Pritchard will sign for the car, she has the spare key", ["Rhiannon", "Pritchard"])).toBe(true));
  it("Halo, saya Yohanes Simanjuntak, pemilik Avanza. Kopling sudah mulai selip kalau nanjak dan bau hangus. Cari aja nama saya di FB kalau mau lihat videonya.", () =>
    expect(
      caughtBy("Halo, saya Yohanes Simanjuntak, pemilik Avanza. Kopling sudah mulai selip kalau nanjak dan bau hangus. Cari aja nama saya di FB kalau mau lihat videonya.", ["Yohanes", "Simanjuntak"]),
    ).toBe(true));
  it("it's Ciarán Mac Giolla Phádraig, the fella who booked the Passat in — your lad can ask for me at the parts desk in the dealership", () =>
    expect(caughtBy("it's Ciarán Mac Giolla Phádraig, the fella who booked the Passat in — your lad can ask for me at the parts desk in the dealership", ["Ciarán", "Mac Giolla Phádraig"])).toBe(
      true,
    ));
  // not flagged
  it.fails("Invoice to 陈志明 (Chen Zhiming), he owns the Lexus", () => expect(caughtBy("Invoice to 陈志明 (Chen Zhiming), he owns the Lexus", ["陈志明", "Chen", "Zhiming"])).toBe(true));
  it("So the transmission shudder happens right around 40 mph when it shifts into 4th, feels like driving over rumble strips. Fluid looks dark but doesn't smell burnt. My neighbor Travis Oyelaran-Hutchins works the parts counter at that shop, so put him down as the contact and he can walk it through. Lmk what you think of the torque converter theory.", () =>
    expect(
      caughtBy(
        "So the transmission shudder happens right around 40 mph when it shifts into 4th, feels like driving over rumble strips. Fluid looks dark but doesn't smell burnt. My neighbor Travis Oyelaran-Hutchins works the parts counter at that shop, so put him down as the contact and he can walk it through. Lmk what you think of the torque converter theory.",
        ["Travis", "Oyelaran-Hutchins"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "The brake judder is definitely from the front discs, I can feel it in the steering wheel at 60-80 km/h. Pads were done 8 months ago but the discs are original. Can you please make sure the quote says Siddharth Menon and not my company name, because I'm claiming it personally. Thanks.",
    () =>
      expect(
        caughtBy(
          "The brake judder is definitely from the front discs, I can feel it in the steering wheel at 60-80 km/h. Pads were done 8 months ago but the discs are original. Can you please make sure the quote says Siddharth Menon and not my company name, because I'm claiming it personally. Thanks.",
          ["Siddharth", "Menon"],
        ),
      ).toBe(true),
  );
  it("The person picking up is my colleague Ji-woo Park from accounts", () => expect(caughtBy("The person picking up is my colleague Ji-woo Park from accounts", ["Ji-woo", "Park"])).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays readable
  it.fails("Hi, I'm the service advisor, Chandrika Perera-Wijesinghe. If you come in just ask for me and we'll settle it direct, no need for the app", () =>
    expect(
      caughtBy("Hi, I'm the service advisor, Chandrika Perera-Wijesinghe. If you come in just ask for me and we'll settle it direct, no need for the app", ["Chandrika", "Perera-Wijesinghe"]),
    ).toBe(true),
  );
  it("Hi po, si Maricel Dimaculangan po ito, yung may-ari ng Vios. I-search nyo lang ako sa FB", () =>
    expect(caughtBy("Hi po, si Maricel Dimaculangan po ito, yung may-ari ng Vios. I-search nyo lang ako sa FB", ["Maricel", "Dimaculangan"])).toBe(true));
  it("Honestly the workshop is going to charge you triple for that clutch. I'm Dele Fashola, the mechanic on your job. Find me on Facebook and I'll do it at your place on Sunday for cash. Bring the parts and I'll bring the tools.", () =>
    expect(
      caughtBy(
        "Honestly the workshop is going to charge you triple for that clutch. I'm Dele Fashola, the mechanic on your job. Find me on Facebook and I'll do it at your place on Sunday for cash. Bring the parts and I'll bring the tools.",
        ["Dele", "Fashola"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Sir yung ingay sa ilalim parang galing sa tambutso, lalo na pag umaandar ng mabagal. Nagpa-check na ako sa casa pero wala daw sira. Pakilagay po sa resibo yung pangalan ng tatay ko, Rodolfo Macaraeg Jr., siya po ang may-ari. Siya rin po kukuha ng sasakyan sa Sabado.",
    () =>
      expect(
        caughtBy(
          "Sir yung ingay sa ilalim parang galing sa tambutso, lalo na pag umaandar ng mabagal. Nagpa-check na ako sa casa pero wala daw sira. Pakilagay po sa resibo yung pangalan ng tatay ko, Rodolfo Macaraeg Jr., siya po ang may-ari. Siya rin po kukuha ng sasakyan sa Sabado.",
          ["Rodolfo", "Macaraeg"],
        ),
      ).toBe(true),
  );
  it("@mechanic if u wanna do it cash hit me up on WhatsApp, name's Kofi Asante-Darko", () =>
    expect(caughtBy("@mechanic if u wanna do it cash hit me up on WhatsApp, name's Kofi Asante-Darko", ["Kofi", "Asante-Darko"])).toBe(true));
  it("I'm Sunita Venkataraman btw, you can find me on linkedin if you want the fleet work", () =>
    expect(caughtBy("I'm Sunita Venkataraman btw, you can find me on linkedin if you want the fleet work", ["Sunita", "Venkataraman"])).toBe(true));
  it("Merci, je valide le devis pour les amortisseurs.\nCordialement,\nÉmilie Fournier-Desjardins", () =>
    expect(caughtBy("Merci, je valide le devis pour les amortisseurs.\nCordialement,\nÉmilie Fournier-Desjardins", ["Émilie", "Fournier-Desjardins"])).toBe(true));
  // not flagged
  it.fails(
    "Das Klappern kommt definitiv von der Abgasanlage, vermutlich das Hitzeschutzblech. Beim Kaltstart ist es am schlimmsten. Die Rechnung bitte auf Frau Dr. Annegret Schwarzkopf-Lindner ausstellen, das ist meine Chefin, der Wagen läuft über die Praxis. Danke!",
    () =>
      expect(
        caughtBy(
          "Das Klappern kommt definitiv von der Abgasanlage, vermutlich das Hitzeschutzblech. Beim Kaltstart ist es am schlimmsten. Die Rechnung bitte auf Frau Dr. Annegret Schwarzkopf-Lindner ausstellen, das ist meine Chefin, der Wagen läuft über die Praxis. Danke!",
          ["Annegret", "Schwarzkopf-Lindner"],
        ),
      ).toBe(true),
  );
  it("Hi, the car's registered to my dad, Terence Mulvaney, so the invoice needs to go in his name pls", () =>
    expect(caughtBy("Hi, the car's registered to my dad, Terence Mulvaney, so the invoice needs to go in his name pls", ["Terence", "Mulvaney"])).toBe(true));
  it("sir pls raise the bill on Mr. Harpreet Singh Gill, he is my cousin and car is on his name", () =>
    expect(caughtBy("sir pls raise the bill on Mr. Harpreet Singh Gill, he is my cousin and car is on his name", ["Harpreet", "Singh", "Gill"])).toBe(true));
  it("yeah the first name's Declan... surname Ferriter, that's who you bill", () =>
    expect(caughtBy("yeah the first name's Declan... surname Ferriter, that's who you bill", ["Declan", "Ferriter"])).toBe(true));
  it("You can google me — Marcus DeLaurentis, I do mobile detailing in the valley", () =>
    expect(caughtBy("You can google me — Marcus DeLaurentis, I do mobile detailing in the valley", ["Marcus", "DeLaurentis"])).toBe(true));
});
