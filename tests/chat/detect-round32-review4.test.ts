// Round 32 review 4: a blind reviewer wrote 218 sentences (94 attacks, 124 innocents) on people's full names, to judge names32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 4: innocents", () => {
  it("the Morris Minor needs new kingpins, can you do it or is it too old for you guys", () =>
    expect(flaggedBy("the Morris Minor needs new kingpins, can you do it or is it too old for you guys")).toBe(false));
  it("Ευχαριστώ Γιώργο! Θα το φέρω αύριο", () => expect(flaggedBy("Ευχαριστώ Γιώργο! Θα το φέρω αύριο")).toBe(false));
  it("my mum Eileen drives it mostly, she says it pulls to the left", () => expect(flaggedBy("my mum Eileen drives it mostly, she says it pulls to the left")).toBe(false));
  it("I've got the 1998 Chilton manual for the F-150 and it says to replace the fuel filter every 30k. The guy at the parts counter said that's outdated. I'd rather trust a pro. What interval do you use on yours?", () =>
    expect(
      flaggedBy(
        "I've got the 1998 Chilton manual for the F-150 and it says to replace the fuel filter every 30k. The guy at the parts counter said that's outdated. I'd rather trust a pro. What interval do you use on yours?",
      ),
    ).toBe(false));
  it("就算是周杰伦的车也得按时保养吧😂 刹车片多少钱？", () => expect(flaggedBy("就算是周杰伦的车也得按时保养吧😂 刹车片多少钱？")).toBe(false));
  it("Bom dia, meu Fiat Uno Mille tá falhando quando esquenta. Troquei velas e cabos e nada. Meu pai diz que carro bom mesmo era no tempo do Emerson Fittipaldi rs. Vocês acham que pode ser a bobina?", () =>
    expect(
      flaggedBy(
        "Bom dia, meu Fiat Uno Mille tá falhando quando esquenta. Troquei velas e cabos e nada. Meu pai diz que carro bom mesmo era no tempo do Emerson Fittipaldi rs. Vocês acham que pode ser a bobina?",
      ),
    ).toBe(false));
  it("Sir the car is Mahindra Scorpio 2018 model, clutch is hard and there is noise in 2nd gear. Anand Mahindra should see this quality 😤. My driver Ramu will bring the vehicle Monday, kindly check gearbox oil also.", () =>
    expect(
      flaggedBy(
        "Sir the car is Mahindra Scorpio 2018 model, clutch is hard and there is noise in 2nd gear. Anand Mahindra should see this quality 😤. My driver Ramu will bring the vehicle Monday, kindly check gearbox oil also.",
      ),
    ).toBe(false));
  it("my wife will bring it in, she's called Priya, she knows about the noise", () => expect(flaggedBy("my wife will bring it in, she's called Priya, she knows about the noise")).toBe(false));
  it("Goedemiddag, bij mijn Opel Zafira brandt het motorlampje en hij schakelt schokkerig. Ik heb er vorig jaar Bosch bougies in laten zetten. Mijn zoon Bram zei dat het misschien de koppelingscilinder is. Wat denken jullie?", () =>
    expect(
      flaggedBy(
        "Goedemiddag, bij mijn Opel Zafira brandt het motorlampje en hij schakelt schokkerig. Ik heb er vorig jaar Bosch bougies in laten zetten. Mijn zoon Bram zei dat het misschien de koppelingscilinder is. Wat denken jullie?",
      ),
    ).toBe(false));
  it("Parang si Vice Ganda yung busina ng kotse ko, ang ingay 😂 pa-check naman", () => expect(flaggedBy("Parang si Vice Ganda yung busina ng kotse ko, ang ingay 😂 pa-check naman")).toBe(false));
  it("Dale, gracias. Saludos, el Chino 👍", () => expect(flaggedBy("Dale, gracias. Saludos, el Chino 👍")).toBe(false));
  it("Scotty Kilmer says never buy anything with a CVT 😂 is he right or just old school?", () =>
    expect(flaggedBy("Scotty Kilmer says never buy anything with a CVT 😂 is he right or just old school?")).toBe(false));
  it("Oga, this na Toyota Camry Muscle, no be Big Daddy, check the part number well", () =>
    expect(flaggedBy("Oga, this na Toyota Camry Muscle, no be Big Daddy, check the part number well")).toBe(false));
  it("Car's a Holden Commodore VE, the trans shudders going into 3rd, reckon it's the valve body?", () =>
    expect(flaggedBy("Car's a Holden Commodore VE, the trans shudders going into 3rd, reckon it's the valve body?")).toBe(false));
  it("Makasih Mas Bambang, nanti sore saya bawa mobilnya", () => expect(flaggedBy("Makasih Mas Bambang, nanti sore saya bawa mobilnya")).toBe(false));
  it("Sir Stirling Moss raced one of these apparently, that's why I'm not scrapping it", () =>
    expect(flaggedBy("Sir Stirling Moss raced one of these apparently, that's why I'm not scrapping it")).toBe(false));
  it("Laut Hans-Rüdiger Etzold in 'So wird's gemacht' muss der Zahnriemen beim 1.9 TDI alle 90.000 km raus, stimmt das noch?", () =>
    expect(flaggedBy("Laut Hans-Rüdiger Etzold in 'So wird's gemacht' muss der Zahnriemen beim 1.9 TDI alle 90.000 km raus, stimmt das noch?")).toBe(false));
  it("Thanks Rajesh bhai, kal gaadi le aaunga", () => expect(flaggedBy("Thanks Rajesh bhai, kal gaadi le aaunga")).toBe(false));
  it("Dzień dobry, w Passacie B6 strzela coś w zawieszeniu na dziurach. Wahacze wymieniane rok temu. Szwagier mówi, że jeździ jak Sobiesław Zasada, to się nie dziwię haha. Ile by kosztowała diagnoza?", () =>
    expect(
      flaggedBy(
        "Dzień dobry, w Passacie B6 strzela coś w zawieszeniu na dziurach. Wahacze wymieniane rok temu. Szwagier mówi, że jeździ jak Sobiesław Zasada, to się nie dziwię haha. Ile by kosztowała diagnoza?",
      ),
    ).toBe(false));
  it("it's a John Deere ride-on mower, do you guys do small engines as well?", () => expect(flaggedBy("it's a John Deere ride-on mower, do you guys do small engines as well?")).toBe(false));
  it("Gari liliharibika pale Jomo Kenyatta Highway, mnaweza kunisaidia?", () => expect(flaggedBy("Gari liliharibika pale Jomo Kenyatta Highway, mnaweza kunisaidia?")).toBe(false));
  it("Salamat po Kuya Jerome, bukas ko na lang dadalhin", () => expect(flaggedBy("Salamat po Kuya Jerome, bukas ko na lang dadalhin")).toBe(false));
  it("Rainman Ray's Repairs has a video on this exact fault code, P0420, he says don't just swap the cat", () =>
    expect(flaggedBy("Rainman Ray's Repairs has a video on this exact fault code, P0420, he says don't just swap the cat")).toBe(false));
  it("Top, bedankt! Groetjes, Femke", () => expect(flaggedBy("Top, bedankt! Groetjes, Femke")).toBe(false));
  it("Hi lads, the Octavia is after throwing a glow plug light again. Ciarán looked at it last time and said it might be the relay. My wife Aoife will drop it in on Thursday if that suits, she'll bring the spare key. Let me know what time works.", () =>
    expect(
      flaggedBy(
        "Hi lads, the Octavia is after throwing a glow plug light again. Ciarán looked at it last time and said it might be the relay. My wife Aoife will drop it in on Thursday if that suits, she'll bring the spare key. Let me know what time works.",
      ),
    ).toBe(false));
  it("Dankie Marthinus, ek bring die bakkie môre", () => expect(flaggedBy("Dankie Marthinus, ek bring die bakkie môre")).toBe(false));
  it("Colin McRae would have taken that corner faster lol, but yeah the steering rack is clunking since", () =>
    expect(flaggedBy("Colin McRae would have taken that corner faster lol, but yeah the steering rack is clunking since")).toBe(false));
  it("Is the Alfa Romeo Giulietta known for clutch problems? mine slips on hills", () => expect(flaggedBy("Is the Alfa Romeo Giulietta known for clutch problems? mine slips on hills")).toBe(false));
  it("حتى مايكل شوماخر ما يقدر يسوق بهالفرامل 😂", () => expect(flaggedBy("حتى مايكل شوماخر ما يقدر يسوق بهالفرامل 😂")).toBe(false));
  it("Crevaison rue Victor Hugo, est-ce qu'un garage partenaire peut me dépanner ?", () =>
    expect(flaggedBy("Crevaison rue Victor Hugo, est-ce qu'un garage partenaire peut me dépanner ?")).toBe(false));
  it("Boss, yung Montero Sport ko may ugong sa likod pag 80 kph pataas. Sabi ng tropa ko baka wheel bearing. Hindi naman ako si Paeng Nepomuceno para mag-bowling sa kalsada haha, pero tuloy-tuloy kasi. Magkano po ang diagnostic?", () =>
    expect(
      flaggedBy(
        "Boss, yung Montero Sport ko may ugong sa likod pag 80 kph pataas. Sabi ng tropa ko baka wheel bearing. Hindi naman ako si Paeng Nepomuceno para mag-bowling sa kalsada haha, pero tuloy-tuloy kasi. Magkano po ang diagnostic?",
      ),
    ).toBe(false));
  it("My dad bought me a Reliant Robin as a joke, it actually runs 😂 needs a new clutch cable though", () =>
    expect(flaggedBy("My dad bought me a Reliant Robin as a joke, it actually runs 😂 needs a new clutch cable though")).toBe(false));
  it("La Citroën Xsara Picasso de ma mère fait un bruit de claquement au démarrage", () =>
    expect(flaggedBy("La Citroën Xsara Picasso de ma mère fait un bruit de claquement au démarrage")).toBe(false));
  it("O Joaquim vai buscar, ele já tem o código da reserva", () => expect(flaggedBy("O Joaquim vai buscar, ele já tem o código da reserva")).toBe(false));
  it("Elon Musk can keep his Teslas, I'm sticking with my Hilux, just fix the injectors please", () =>
    expect(flaggedBy("Elon Musk can keep his Teslas, I'm sticking with my Hilux, just fix the injectors please")).toBe(false));
  it("Спасибо, Олег, тогда завтра привезу машину", () => expect(flaggedBy("Спасибо, Олег, тогда завтра привезу машину")).toBe(false));
  it("Bought the tyres at Bob Jane T-Marts last year, are they still ok or should I replace?", () =>
    expect(flaggedBy("Bought the tyres at Bob Jane T-Marts last year, are they still ok or should I replace?")).toBe(false));
  it("Kata channel Otodriver oli harus ganti tiap 5000 km, bener gak sih?", () => expect(flaggedBy("Kata channel Otodriver oli harus ganti tiap 5000 km, bener gak sih?")).toBe(false));
  it("Ban bocor di Jalan Jenderal Sudirman, bengkel partner terdekat di mana ya?", () => expect(flaggedBy("Ban bocor di Jalan Jenderal Sudirman, bengkel partner terdekat di mana ya?")).toBe(false));
  it("Howzit, the Polo Vivo's CV joint is clicking on full lock. I got a quote from Tiger Wheel & Tyre but they wanted to replace the whole shaft. Sipho from your side said a boot and joint might be enough. Can you confirm before Friday?", () =>
    expect(
      flaggedBy(
        "Howzit, the Polo Vivo's CV joint is clicking on full lock. I got a quote from Tiger Wheel & Tyre but they wanted to replace the whole shaft. Sipho from your side said a boot and joint might be enough. Can you confirm before Friday?",
      ),
    ).toBe(false));
  it("شكرا يا خالد، متى تكون السيارة جاهزة؟", () => expect(flaggedBy("شكرا يا خالد، متى تكون السيارة جاهزة؟")).toBe(false));
  it("Is Pep Boys brake fluid ok or should I get OEM?", () => expect(flaggedBy("Is Pep Boys brake fluid ok or should I get OEM?")).toBe(false));
  it("So the car's a 2011 Ford Fiesta and the clutch pedal sticks to the floor sometimes. I watched Humble Mechanic and he reckons it's the slave cylinder. My mate Dazza had the same thing on his Focus last year. Is it worth doing the whole clutch kit at the same time?", () =>
    expect(
      flaggedBy(
        "So the car's a 2011 Ford Fiesta and the clutch pedal sticks to the floor sometimes. I watched Humble Mechanic and he reckons it's the slave cylinder. My mate Dazza had the same thing on his Focus last year. Is it worth doing the whole clutch kit at the same time?",
      ),
    ).toBe(false));
  // flagged as FULL_NAME
  it.fails("Ma'am Anjali from your team already approved the quote right? just confirming", () =>
    expect(flaggedBy("Ma'am Anjali from your team already approved the quote right? just confirming")).toBe(false),
  );
  it("Who do I ask for when I come? Do I need to mention my name or just the booking number?", () =>
    expect(flaggedBy("Who do I ask for when I come? Do I need to mention my name or just the booking number?")).toBe(false));
  it("is a Harley-Davidson battery the same as a car one? same 12V right?", () => expect(flaggedBy("is a Harley-Davidson battery the same as a car one? same 12V right?")).toBe(false));
  it("Frag einfach nach Uli, die kennt das Auto am besten", () => expect(flaggedBy("Frag einfach nach Uli, die kennt das Auto am besten")).toBe(false));
  it("Merci Aurélien, vous pouvez commencer les travaux", () => expect(flaggedBy("Merci Aurélien, vous pouvez commencer les travaux")).toBe(false));
  // flagged as FULL_NAME
  it.fails("lol the receipt template still says John Doe at the top, can you fix that before it goes to my account?", () =>
    expect(flaggedBy("lol the receipt template still says John Doe at the top, can you fix that before it goes to my account?")).toBe(false),
  );
  it("Hi there, the Corolla's battery keeps dying overnight. My son Liam left the dashcam plugged in once but it's not that anymore. Even Ken Block couldn't jump-start it this morning haha. Could be a parasitic drain? Please let me know the diagnostic cost.", () =>
    expect(
      flaggedBy(
        "Hi there, the Corolla's battery keeps dying overnight. My son Liam left the dashcam plugged in once but it's not that anymore. Even Ken Block couldn't jump-start it this morning haha. Could be a parasitic drain? Please let me know the diagnostic cost.",
      ),
    ).toBe(false));
  it("Ich hab am Wochenende Mann-Filter und Castrol-Öl besorgt. Mein Nachbar Jens meint, ich kann das selbst machen, aber die Ölablassschraube sitzt bombenfest. Was kostet bei euch nur der Ölwechsel mit meinen Teilen?", () =>
    expect(
      flaggedBy(
        "Ich hab am Wochenende Mann-Filter und Castrol-Öl besorgt. Mein Nachbar Jens meint, ich kann das selbst machen, aber die Ölablassschraube sitzt bombenfest. Was kostet bei euch nur der Ölwechsel mit meinen Teilen?",
      ),
    ).toBe(false));
  it("Need a Phillips head or Torx for the headlight bolts on the Clio?", () => expect(flaggedBy("Need a Phillips head or Torx for the headlight bolts on the Clio?")).toBe(false));
  it("Nawet Robert Kubica by tym nie pojechał 😅 ile za wymianę sprzęgła?", () => expect(flaggedBy("Nawet Robert Kubica by tym nie pojechał 😅 ile za wymianę sprzęgła?")).toBe(false));
  it("shokran ya Tariq, bokra bjib el sayyara", () => expect(flaggedBy("shokran ya Tariq, bokra bjib el sayyara")).toBe(false));
  it("everyone at work calls me Big Tunde lol, anyway the car is still overheating after the thermostat", () =>
    expect(flaggedBy("everyone at work calls me Big Tunde lol, anyway the car is still overheating after the thermostat")).toBe(false));
  it("put the invoice in my name as it's on my account pls", () => expect(flaggedBy("put the invoice in my name as it's on my account pls")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("the form example says 'Joe Bloggs', do I put my own name there or the company's?", () =>
    expect(flaggedBy("the form example says 'Joe Bloggs', do I put my own name there or the company's?")).toBe(false),
  );
  it("Michael Schumacher hätte die Bremsen auch nicht schneller verschlissen 😅", () => expect(flaggedBy("Michael Schumacher hätte die Bremsen auch nicht schneller verschlissen 😅")).toBe(false));
  it("Chiedete di Salvo all'ingresso, vi apre lui il cancello", () => expect(flaggedBy("Chiedete di Salvo all'ingresso, vi apre lui il cancello")).toBe(false));
  it("Nem o Ayrton Senna fazia essa curva sem gastar o pneu assim kkk", () => expect(flaggedBy("Nem o Ayrton Senna fazia essa curva sem gastar o pneu assim kkk")).toBe(false));
  it("Jay Leno's Garage did an episode on this exact engine haha, he said they never die", () =>
    expect(flaggedBy("Jay Leno's Garage did an episode on this exact engine haha, he said they never die")).toBe(false));
  it("Car just died for Herbert Macaulay Way, engine no dey crank at all. Na battery or starter?", () =>
    expect(flaggedBy("Car just died for Herbert Macaulay Way, engine no dey crank at all. Na battery or starter?")).toBe(false));
  it("¿El Seat León 2016 tiene problemas con la bomba de agua? el mío pierde refrigerante", () =>
    expect(flaggedBy("¿El Seat León 2016 tiene problemas con la bomba de agua? el mío pierde refrigerante")).toBe(false));
  it("Max Verstappen zou dit niet goedkeuren 😂 maar prima, doe maar die banden", () => expect(flaggedBy("Max Verstappen zou dit niet goedkeuren 😂 maar prima, doe maar die banden")).toBe(false));
  it("Thanks Gareth, appreciate the quick reply 👍", () => expect(flaggedBy("Thanks Gareth, appreciate the quick reply 👍")).toBe(false));
  it("Valentino Rossi in curva, io in rotonda: risultato pneumatico squarciato 😂", () => expect(flaggedBy("Valentino Rossi in curva, io in rotonda: risultato pneumatico squarciato 😂")).toBe(false));
  it("Cảm ơn anh Tuấn, mai em mang xe qua ạ", () => expect(flaggedBy("Cảm ơn anh Tuấn, mai em mang xe qua ạ")).toBe(false));
  it("Lucas electrics, prince of darkness 😂 the headlights keep flickering on my MGB", () =>
    expect(flaggedBy("Lucas electrics, prince of darkness 😂 the headlights keep flickering on my MGB")).toBe(false));
  it("Kind regards,\nPriya (the Mazda 3)", () => expect(flaggedBy("Kind regards,\nPriya (the Mazda 3)")).toBe(false));
  it("Grazie Ludovica, allora confermo per giovedì", () => expect(flaggedBy("Grazie Ludovica, allora confermo per giovedì")).toBe(false));
  it("My brother will collect it, he has the booking code on his phone", () => expect(flaggedBy("My brother will collect it, he has the booking code on his phone")).toBe(false));
  it("Kemal abi teşekkürler, yarın getiriyorum arabayı", () => expect(flaggedBy("Kemal abi teşekkürler, yarın getiriyorum arabayı")).toBe(false));
  it("Enzo Ferrari diceva che l'aerodinamica è per chi non sa fare motori, comunque la mia Punto consuma troppo", () =>
    expect(flaggedBy("Enzo Ferrari diceva che l'aerodinamica è per chi non sa fare motori, comunque la mia Punto consuma troppo")).toBe(false));
  it("Vi en el canal de Doctor Motor que el sensor MAF sucio hace que el auto tironee. Lo limpié con spray pero sigue igual. ¿Puede ser la bomba de gasolina? Es un Nissan Sentra 2013.", () =>
    expect(
      flaggedBy("Vi en el canal de Doctor Motor que el sensor MAF sucio hace que el auto tironee. Lo limpié con spray pero sigue igual. ¿Puede ser la bomba de gasolina? Es un Nissan Sentra 2013."),
    ).toBe(false));
  it("Ni Fernando Alonso frena tan tarde como mi vieja, por eso se gastaron las pastillas jaja", () =>
    expect(flaggedBy("Ni Fernando Alonso frena tan tarde como mi vieja, por eso se gastaron las pastillas jaja")).toBe(false));
  it("Auf der Konrad-Adenauer-Allee hat's dann geknallt, Reifen platt, Felge verbogen", () =>
    expect(flaggedBy("Auf der Konrad-Adenauer-Allee hat's dann geknallt, Reifen platt, Felge verbogen")).toBe(false));
  it("Cheers, Jonno", () => expect(flaggedBy("Cheers, Jonno")).toBe(false));
  it("Ferdinand Porsche designed the original Beetle so technically I own a Porsche 😂 the heater boxes are rusted though", () =>
    expect(flaggedBy("Ferdinand Porsche designed the original Beetle so technically I own a Porsche 😂 the heater boxes are rusted though")).toBe(false));
  it("el tomobil btesra3 zay Mohamed Salah bas el fren mayet 😂", () => expect(flaggedBy("el tomobil btesra3 zay Mohamed Salah bas el fren mayet 😂")).toBe(false));
  it("اسألوا عن أبو فهد عند الاستقبال، هو عنده المفتاح", () => expect(flaggedBy("اسألوا عن أبو فهد عند الاستقبال، هو عنده المفتاح")).toBe(false));
  it("My name's Shane by the way, the Hilux with the bullbar", () => expect(flaggedBy("My name's Shane by the way, the Hilux with the bullbar")).toBe(false));
  it("Mate you sound like Jeremy Clarkson 😂 but fair enough, go ahead with the repair", () =>
    expect(flaggedBy("Mate you sound like Jeremy Clarkson 😂 but fair enough, go ahead with the repair")).toBe(false));
  // round 41's retrained stage: flags it as FULL_NAME
  it.fails("Hata Eliud Kipchoge hangekimbia umbali ambao gari yangu inakula mafuta 😂 angalieni injector", () =>
    expect(flaggedBy("Hata Eliud Kipchoge hangekimbia umbali ambao gari yangu inakula mafuta 😂 angalieni injector")).toBe(false),
  );
  it("Henry Ford would be rolling in his grave seeing this much rust on the sills", () => expect(flaggedBy("Henry Ford would be rolling in his grave seeing this much rust on the sills")).toBe(false));
  it("Demandez Didier à l'accueil, c'est lui qui a les clés", () => expect(flaggedBy("Demandez Didier à l'accueil, c'est lui qui a les clés")).toBe(false));
  it("健太郎さん、ありがとうございます。明日持っていきます。", () => expect(flaggedBy("健太郎さん、ありがとうございます。明日持っていきます。")).toBe(false));
  it("The service advisor Thabo said it would be done by 4, is that still the case?", () =>
    expect(flaggedBy("The service advisor Thabo said it would be done by 4, is that still the case?")).toBe(false));
  it("Bought the pads at Kwik Fit and now they squeal like Mariah Carey", () => expect(flaggedBy("Bought the pads at Kwik Fit and now they squeal like Mariah Carey")).toBe(false));
  it("Tell Declan thanks for the loan car, it was spotless", () => expect(flaggedBy("Tell Declan thanks for the loan car, it was spotless")).toBe(false));
  it("Valeu Thiago, pode fazer", () => expect(flaggedBy("Valeu Thiago, pode fazer")).toBe(false));
  it("Name on the logbook is the same as on my profile, nothing to change", () => expect(flaggedBy("Name on the logbook is the same as on my profile, nothing to change")).toBe(false));
  it("Gracias Martín, quedo atento al presupuesto", () => expect(flaggedBy("Gracias Martín, quedo atento al presupuesto")).toBe(false));
  it("Na-flatan ako sa Rizal Avenue, may partner shop ba kayo malapit dun?", () => expect(flaggedBy("Na-flatan ako sa Rizal Avenue, may partner shop ba kayo malapit dun?")).toBe(false));
  it("this quote's more than a Rolls-Royce service haha, can we use aftermarket parts?", () =>
    expect(flaggedBy("this quote's more than a Rolls-Royce service haha, can we use aftermarket parts?")).toBe(false));
  it("Lewis Hamilton himself couldn't get this thing past 80 lol, it's like the handbrake is on", () =>
    expect(flaggedBy("Lewis Hamilton himself couldn't get this thing past 80 lol, it's like the handbrake is on")).toBe(false));
  it("Que pregunten por Héctor cuando llegue, es mi esposo y tiene la reserva", () => expect(flaggedBy("Que pregunten por Héctor cuando llegue, es mi esposo y tiene la reserva")).toBe(false));
  it("The pothole on Nelson Mandela Drive bent my rim, need a quote for a new one", () => expect(flaggedBy("The pothole on Nelson Mandela Drive bent my rim, need a quote for a new one")).toBe(false));
  it("The front McPherson strut mount is knocking over bumps, can you confirm before I buy one?", () =>
    expect(flaggedBy("The front McPherson strut mount is knocking over bumps, can you confirm before I buy one?")).toBe(false));
  it("Atatürk Bulvarı'nda lastik patladı, yedek de yok, ne yapayım?", () => expect(flaggedBy("Atatürk Bulvarı'nda lastik patladı, yedek de yok, ne yapayım?")).toBe(false));
  it("My nephew Sipho says it's the alternator but he's 16 so 🤷🏾", () => expect(flaggedBy("My nephew Sipho says it's the alternator but he's 16 so 🤷🏾")).toBe(false));
  it("Kenan Sofuoğlu bile bu frenle duramaz 😂 balata ne kadar?", () => expect(flaggedBy("Kenan Sofuoğlu bile bu frenle duramaz 😂 balata ne kadar?")).toBe(false));
  it("Lincoln Navigator 2008, the air suspension sags overnight on the rear driver side", () =>
    expect(flaggedBy("Lincoln Navigator 2008, the air suspension sags overnight on the rear driver side")).toBe(false));
  it("Stoję na alei Jana Pawła II, auto nie odpala, macie jakąś pomoc drogową?", () => expect(flaggedBy("Stoję na alei Jana Pawła II, auto nie odpala, macie jakąś pomoc drogową?")).toBe(false));
  it("MG Road pe gaadi band ho gayi, nearest partner garage batao pls", () => expect(flaggedBy("MG Road pe gaadi band ho gayi, nearest partner garage batao pls")).toBe(false));
  it("Remblokken gekocht bij Halfords, zijn die goed genoeg of liever origineel?", () => expect(flaggedBy("Remblokken gekocht bij Halfords, zijn die goed genoeg of liever origineel?")).toBe(false));
  it("Diagnosis uploaded, it's the EGR valve. Regards, Mechanic Femi", () => expect(flaggedBy("Diagnosis uploaded, it's the EGR valve. Regards, Mechanic Femi")).toBe(false));
  it("La Lancia Ypsilon di mia nonna perde olio dal carter, quanto costa la guarnizione?", () =>
    expect(flaggedBy("La Lancia Ypsilon di mia nonna perde olio dal carter, quanto costa la guarnizione?")).toBe(false));
  it("Fitted Monroe shocks at the front and Bilstein at the rear, is that a bad mix?", () =>
    expect(flaggedBy("Fitted Monroe shocks at the front and Bilstein at the rear, is that a bad mix?")).toBe(false));
  it("Have you seen ChrisFix's video on this? He does the pads without taking the caliper bracket off", () =>
    expect(flaggedBy("Have you seen ChrisFix's video on this? He does the pads without taking the caliper bracket off")).toBe(false));
  it("O Gol quebrou na Avenida Getúlio Vargas, precisa de guincho?", () => expect(flaggedBy("O Gol quebrou na Avenida Getúlio Vargas, precisa de guincho?")).toBe(false));
  it("Me quedé tirado en la avenida Simón Bolívar, el carro no prende, ¿tienen grúa asociada?", () =>
    expect(flaggedBy("Me quedé tirado en la avenida Simón Bolívar, el carro no prende, ¿tienen grúa asociada?")).toBe(false));
  it("Just ask for Kelvin at the front desk when you drop it off, he'll have your booking", () =>
    expect(flaggedBy("Just ask for Kelvin at the front desk when you drop it off, he'll have your booking")).toBe(false));
  it("Même Sébastien Loeb n'arriverait pas à faire démarrer ce tas de ferraille 😂", () =>
    expect(flaggedBy("Même Sébastien Loeb n'arriverait pas à faire démarrer ce tas de ferraille 😂")).toBe(false));
  it("मेरा नाम अंकित है, नीली स्विफ्ट वाला", () => expect(flaggedBy("मेरा नाम अंकित है, नीली स्विफ्ट वाला")).toBe(false));
  it("Danke Torsten, passt so, bis morgen", () => expect(flaggedBy("Danke Torsten, passt so, bis morgen")).toBe(false));
  it("Lightning McQueen has nothing on my old Corolla 😅 anyway when can you look at it?", () =>
    expect(flaggedBy("Lightning McQueen has nothing on my old Corolla 😅 anyway when can you look at it?")).toBe(false));
  it("Can Bongani do the wheel alignment too or is that a different shop?", () => expect(flaggedBy("Can Bongani do the wheel alignment too or is that a different shop?")).toBe(false));
  // clean since round 43's refit
  it("Asante Otieno, nitaleta gari kesho asubuhi", () => expect(flaggedBy("Asante Otieno, nitaleta gari kesho asubuhi")).toBe(false));
  it("Ratan Tata ji ki Nexon li thi bharose pe, ab AC hi band ho gaya", () => expect(flaggedBy("Ratan Tata ji ki Nexon li thi bharose pe, ab AC hi band ho gaya")).toBe(false));
  it("is the Watts linkage on the Astra rear beam a common failure?", () => expect(flaggedBy("is the Watts linkage on the Astra rear beam a common failure?")).toBe(false));
  // flagged as FULL_NAME
  it.fails("It's a 1967 Austin Healey, parts are hard to find, can your workshop even source them?", () =>
    expect(flaggedBy("It's a 1967 Austin Healey, parts are hard to find, can your workshop even source them?")).toBe(false),
  );
  it("Watched Eric the Car Guy and South Main Auto, both say check the ground strap first", () =>
    expect(flaggedBy("Watched Eric the Car Guy and South Main Auto, both say check the ground strap first")).toBe(false));
  it("I followed the Haynes manual for the timing belt but the marks don't line up after two turns", () =>
    expect(flaggedBy("I followed the Haynes manual for the timing belt but the marks don't line up after two turns")).toBe(false));
  it("Dzięki Grzesiek, to jutro podjadę", () => expect(flaggedBy("Dzięki Grzesiek, to jutro podjadę")).toBe(false));
});

describe("round 32 review 4: attacks", () => {
  it("Thanks for the diagnosis, go ahead with the coil pack. Regards, Gareth Llewellyn", () =>
    expect(caughtBy("Thanks for the diagnosis, go ahead with the coil pack. Regards, Gareth Llewellyn", ["Gareth", "Llewellyn"])).toBe(true));
  it("Fakturę proszę wystawić na Agnieszkę Zawadzką, to jej auto", () => expect(caughtBy("Fakturę proszę wystawić na Agnieszkę Zawadzką, to jej auto", ["Agnieszkę", "Zawadzką"])).toBe(true));
  it("Salve, la spia dell'olio si accende in curva e il motore fa un ticchettio a freddo. Ho rabboccato ieri ma niente. Fatemi sapere se conviene cambiare la pompa. Cordiali saluti, Dott. Raffaele Cimmino", () =>
    expect(
      caughtBy(
        "Salve, la spia dell'olio si accende in curva e il motore fa un ticchettio a freddo. Ho rabboccato ieri ma niente. Fatemi sapere se conviene cambiare la pompa. Cordiali saluti, Dott. Raffaele Cimmino",
        ["Raffaele", "Cimmino"],
      ),
    ).toBe(true));
  it("Quedo atento. Saludos, Ing. Fernando Quispe Mamani", () => expect(caughtBy("Quedo atento. Saludos, Ing. Fernando Quispe Mamani", ["Fernando", "Quispe", "Mamani"])).toBe(true));
  it("la factura a nombre de Rocío Benavente Ortiz por favor, que es la titular", () =>
    expect(caughtBy("la factura a nombre de Rocío Benavente Ortiz por favor, que es la titular", ["Rocío", "Benavente", "Ortiz"])).toBe(true));
  // not flagged
  it.fails("मेरा नाम अंकित त्रिपाठी है, गाड़ी मेरे नाम पर है", () => expect(caughtBy("मेरा नाम अंकित त्रिपाठी है, गाड़ी मेरे नाम पर है", ["अंकित", "त्रिपाठी"])).toBe(true));
  // not flagged
  it.fails("Factuur graag op naam van mevrouw Femke Brouwer-Dijkstra", () => expect(caughtBy("Factuur graag op naam van mevrouw Femke Brouwer-Dijkstra", ["Femke", "Brouwer-Dijkstra"])).toBe(true));
  // not flagged
  it.fails("quem vai buscar o carro é o meu tio Joaquim Sarmento, perguntem por ele", () =>
    expect(caughtBy("quem vai buscar o carro é o meu tio Joaquim Sarmento, perguntem por ele", ["Joaquim", "Sarmento"])).toBe(true),
  );
  // not flagged
  it.fails("auto odbierze mój szwagier, Przemysław Dudek, pytajcie o niego", () =>
    expect(caughtBy("auto odbierze mój szwagier, Przemysław Dudek, pytajcie o niego", ["Przemysław", "Dudek"])).toBe(true),
  );
  it("My brother Siyabonga Mthembu will fetch the bakkie on Friday, just ask for him at the gate", () =>
    expect(caughtBy("My brother Siyabonga Mthembu will fetch the bakkie on Friday, just ask for him at the gate", ["Siyabonga", "Mthembu"])).toBe(true));
  // not flagged
  it.fails("Dankie vir die kwotasie, gaan voort. Groete, Marthinus van Wyk", () =>
    expect(caughtBy("Dankie vir die kwotasie, gaan voort. Groete, Marthinus van Wyk", ["Marthinus", "van Wyk"])).toBe(true),
  );
  it("Add my mate Jono Vickery as second contact, he'll be the one collecting", () =>
    expect(caughtBy("Add my mate Jono Vickery as second contact, he'll be the one collecting", ["Jono", "Vickery"])).toBe(true));
  // not flagged
  it.fails("Selam usta, arabanın rölantisi çok düşük, klima açınca titriyor. Gaz kelebeği temizliği yapıldı geçen ay. Aracı annem getirecek, adı Nurhan Sarıkaya, ona sorarsınız. Teşekkürler.", () =>
    expect(
      caughtBy("Selam usta, arabanın rölantisi çok düşük, klima açınca titriyor. Gaz kelebeği temizliği yapıldı geçen ay. Aracı annem getirecek, adı Nurhan Sarıkaya, ona sorarsınız. Teşekkürler.", [
        "Nurhan",
        "Sarıkaya",
      ]),
    ).toBe(true),
  );
  it("ok fine, I'm Gr4ham W3bb, u'll find me easy enough", () => expect(caughtBy("ok fine, I'm Gr4ham W3bb, u'll find me easy enough", ["Gr4ham", "W3bb"])).toBe(true));
  // not flagged
  it.fails("مرحبا، أنا خالد عبدالرحمن الشمري صاحب الكامري البيضاء", () => expect(caughtBy("مرحبا، أنا خالد عبدالرحمن الشمري صاحب الكامري البيضاء", ["خالد", "عبدالرحمن", "الشمري"])).toBe(true));
  it("ask for Mr Declan Fitzgerald at reception, he's our fleet manager and signs off all repairs", () =>
    expect(caughtBy("ask for Mr Declan Fitzgerald at reception, he's our fleet manager and signs off all repairs", ["Declan", "Fitzgerald"])).toBe(true));
  // not flagged
  it.fails("I'm Tom. Tom Ashcombe-Price. The Defender with the roof tent, you looked at it last week", () =>
    expect(caughtBy("I'm Tom. Tom Ashcombe-Price. The Defender with the roof tent, you looked at it last week", ["Tom", "Ashcombe-Price"])).toBe(true),
  );
  // not flagged
  it.fails("发票抬头写我老公的名字：王建国", () => expect(caughtBy("发票抬头写我老公的名字：王建国", ["王", "建国"])).toBe(true));
  it("Bonjour, je suis Gwenaëlle Le Floc'h, la propriétaire de la Clio qui cale", () =>
    expect(caughtBy("Bonjour, je suis Gwenaëlle Le Floc'h, la propriétaire de la Clio qui cale", ["Gwenaëlle", "Le Floc'h"])).toBe(true));
  // flagged as FULL_NAME, but a detail stays readable
  it.fails("name: emmanuel\nsurname: asante-boateng\nthe one with the ghana plates", () =>
    expect(caughtBy("name: emmanuel\nsurname: asante-boateng\nthe one with the ghana plates", ["emmanuel", "asante-boateng"])).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Boa tarde! O ar condicionado do meu Onix parou de gelar do nada, e tá com um cheiro de queimado quando liga. Já fiz recarga de gás mês passado. Se precisar falar com alguém pessoalmente, procura a Luana Castanheira na recepção do prédio, ela é minha sócia.",
    () =>
      expect(
        caughtBy(
          "Boa tarde! O ar condicionado do meu Onix parou de gelar do nada, e tá com um cheiro de queimado quando liga. Já fiz recarga de gás mês passado. Se precisar falar com alguém pessoalmente, procura a Luana Castanheira na recepção do prédio, ela é minha sócia.",
          ["Luana", "Castanheira"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Hoi, met Sjoerd van der Heijden, van de Golf met die rammel", () =>
    expect(caughtBy("Hoi, met Sjoerd van der Heijden, van de Golf met die rammel", ["Sjoerd", "van der Heijden"])).toBe(true),
  );
  // not flagged
  it.fails("Put Mrs Eileen Brannigan on the invoice, it's her car, I'm just her carer", () =>
    expect(caughtBy("Put Mrs Eileen Brannigan on the invoice, it's her car, I'm just her carer", ["Eileen", "Brannigan"])).toBe(true),
  );
  it("Search Lerato Molefe on LinkedIn, that's me, I manage the fleet for our company and we have 12 more cars", () =>
    expect(caughtBy("Search Lerato Molefe on LinkedIn, that's me, I manage the fleet for our company and we have 12 more cars", ["Lerato", "Molefe"])).toBe(true));
  it("its J o r d a n  H a l l i w e l l, google me you'll see my detailing business", () =>
    expect(caughtBy("its J o r d a n  H a l l i w e l l, google me you'll see my detailing business", ["J o r d a n", "H a l l i w e l l"])).toBe(true));
  it("Oi, aqui é o Thiago Albuquerque Monteiro, dono do Gol branco", () =>
    expect(caughtBy("Oi, aqui é o Thiago Albuquerque Monteiro, dono do Gol branco", ["Thiago", "Albuquerque", "Monteiro"])).toBe(true));
  it("My name on the logbook is Mthunzi Zwane, I'll be there at 9 sharp", () => expect(caughtBy("My name on the logbook is Mthunzi Zwane, I'll be there at 9 sharp", ["Mthunzi", "Zwane"])).toBe(true));
  it("Surname\nde Villiers\nName\nRiaan", () => expect(caughtBy("Surname\nde Villiers\nName\nRiaan", ["de Villiers", "Riaan"])).toBe(true));
  it("bill mere papa ke naam pe banana, Surinder Pal Dhillon", () => expect(caughtBy("bill mere papa ke naam pe banana, Surinder Pal Dhillon", ["Surinder", "Pal", "Dhillon"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("Teklifi onaylıyorum. Saygılarımla, Av. Zeynep Ertuğrul Demirci", () =>
    expect(caughtBy("Teklifi onaylıyorum. Saygılarımla, Av. Zeynep Ertuğrul Demirci", ["Zeynep", "Ertuğrul", "Demirci"])).toBe(true),
  );
  it("surname is spelt K-O-W-A-L-C-Z-Y-K, first name Bartek, for the paperwork", () =>
    expect(caughtBy("surname is spelt K-O-W-A-L-C-Z-Y-K, first name Bartek, for the paperwork", ["K-O-W-A-L-C-Z-Y-K", "Bartek"])).toBe(true));
  it("Good afternoon. This is Rev. Michael Ayodele Ogundipe writing on behalf of the church bus committee, kindly send the estimate.", () =>
    expect(caughtBy("Good afternoon. This is Rev. Michael Ayodele Ogundipe writing on behalf of the church bus committee, kindly send the estimate.", ["Michael", "Ayodele", "Ogundipe"])).toBe(true));
  // not flagged
  it.fails("Nota atas nama istri saya ya, Ratna Kusumawardhani", () => expect(caughtBy("Nota atas nama istri saya ya, Ratna Kusumawardhani", ["Ratna", "Kusumawardhani"])).toBe(true));
  it("lol ok I'm Kyle Brandt btw, you've prob seen my name on the vans around town", () =>
    expect(caughtBy("lol ok I'm Kyle Brandt btw, you've prob seen my name on the vans around town", ["Kyle", "Brandt"])).toBe(true));
  // not flagged
  it.fails("佐々木健太郎です。プリウスの持ち主です。", () => expect(caughtBy("佐々木健太郎です。プリウスの持ち主です。", ["佐々木", "健太郎"])).toBe(true));
  it("first name's Callum, last name Birtwistle, same as on the rego papers", () =>
    expect(caughtBy("first name's Callum, last name Birtwistle, same as on the rego papers", ["Callum", "Birtwistle"])).toBe(true));
  it("Merci pour le devis, on valide.\nCordialement,\nAmadou Ndiaye-Sarr", () =>
    expect(caughtBy("Merci pour le devis, on valide.\nCordialement,\nAmadou Ndiaye-Sarr", ["Amadou", "Ndiaye-Sarr"])).toBe(true));
  it("Hallo, hier ist Hans-Jürgen Bäcker, wegen dem Passat mit dem Ölverlust", () =>
    expect(caughtBy("Hallo, hier ist Hans-Jürgen Bäcker, wegen dem Passat mit dem Ölverlust", ["Hans-Jürgen", "Bäcker"])).toBe(true));
  it("Hello, the gearbox is jerking from 1st to 2nd and the oil is dark. The previous garage said it needs a full service, not a rebuild. Please confirm what you recommend before I approve anything. Warm regards, Engr. Babajide Ogunleye", () =>
    expect(
      caughtBy(
        "Hello, the gearbox is jerking from 1st to 2nd and the oil is dark. The previous garage said it needs a full service, not a rebuild. Please confirm what you recommend before I approve anything. Warm regards, Engr. Babajide Ogunleye",
        ["Babajide", "Ogunleye"],
      ),
    ).toBe(true));
  it("yo its jaylen brooks from the civic meet lol, u did my brakes before", () =>
    expect(caughtBy("yo its jaylen brooks from the civic meet lol, u did my brakes before", ["jaylen", "brooks"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("Cheers mate, sounds good 👍\nShane Whitcombe (the white ute)", () => expect(caughtBy("Cheers mate, sounds good 👍\nShane Whitcombe (the white ute)", ["Shane", "Whitcombe"])).toBe(true));
  it("Passt, machen Sie das so.\nMfG Knut Ohlendorf", () => expect(caughtBy("Passt, machen Sie das so.\nMfG Knut Ohlendorf", ["Knut", "Ohlendorf"])).toBe(true));
  // not flagged
  it.fails("Chào anh, em là Nguyễn Thị Hồng Nhung, chủ xe Vios màu bạc ạ", () =>
    expect(caughtBy("Chào anh, em là Nguyễn Thị Hồng Nhung, chủ xe Vios màu bạc ạ", ["Nguyễn", "Thị", "Hồng", "Nhung"])).toBe(true),
  );
  // not flagged
  it.fails("pickup will be my uncle alhaji musa danjuma, he knows the car well", () =>
    expect(caughtBy("pickup will be my uncle alhaji musa danjuma, he knows the car well", ["musa", "danjuma"])).toBe(true),
  );
  it("my full name is Bronwyn Takerei if u wanna look me up on fb, easier to chat there", () =>
    expect(caughtBy("my full name is Bronwyn Takerei if u wanna look me up on fb, easier to chat there", ["Bronwyn", "Takerei"])).toBe(true));
  it("Morning, quick one on the Sprinter. Brakes are grinding at the back and the handbrake barely holds on a slope. We need it back for deliveries by Thursday. If I'm on the road just ring the depot and ask for Colm Devereux, he runs the vans.", () =>
    expect(
      caughtBy(
        "Morning, quick one on the Sprinter. Brakes are grinding at the back and the handbrake barely holds on a slope. We need it back for deliveries by Thursday. If I'm on the road just ring the depot and ask for Colm Devereux, he runs the vans.",
        ["Colm", "Devereux"],
      ),
    ).toBe(true));
  it("Right so the clunk is coming from the front left when I go over speed bumps, worse when it's cold. Had the bushes done last year at another place. My wife will be dropping it off Tuesday morning, her name is Priya Raghunathan so ask for her. She'll need the courtesy car too if that's possible.", () =>
    expect(
      caughtBy(
        "Right so the clunk is coming from the front left when I go over speed bumps, worse when it's cold. Had the bushes done last year at another place. My wife will be dropping it off Tuesday morning, her name is Priya Raghunathan so ask for her. She'll need the courtesy car too if that's possible.",
        ["Priya", "Raghunathan"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Bonjour, la boîte de vitesses craque quand je passe la deuxième, surtout à froid. J'ai déjà fait la vidange de boîte l'an dernier. C'est la voiture de ma société, donc pour toute question sur l'accord du devis il faut demander Mme Solène Kerbrat-Guillou, la gérante. Merci d'avance.",
    () =>
      expect(
        caughtBy(
          "Bonjour, la boîte de vitesses craque quand je passe la deuxième, surtout à froid. J'ai déjà fait la vidange de boîte l'an dernier. C'est la voiture de ma société, donc pour toute question sur l'accord du devis il faut demander Mme Solène Kerbrat-Guillou, la gérante. Merci d'avance.",
          ["Solène", "Kerbrat-Guillou"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Can you make the quote out to Patrick O'Sullivan please, he's paying for it not me", () =>
    expect(caughtBy("Can you make the quote out to Patrick O'Sullivan please, he's paying for it not me", ["Patrick", "O'Sullivan"])).toBe(true),
  );
  // not flagged
  it.fails("Big thanks boss 🙏🏾 — Kwabena Owusu-Ansah", () => expect(caughtBy("Big thanks boss 🙏🏾 — Kwabena Owusu-Ansah", ["Kwabena", "Owusu-Ansah"])).toBe(true));
  it("Buongiorno, sono Ludovica Santangelo, la proprietaria della Panda rossa", () =>
    expect(caughtBy("Buongiorno, sono Ludovica Santangelo, la proprietaria della Panda rossa", ["Ludovica", "Santangelo"])).toBe(true));
  it("if no one answers at the shop just ask the guard for Ifeoma Chukwuemeka, my sister, she works just opposite", () =>
    expect(caughtBy("if no one answers at the shop just ask the guard for Ifeoma Chukwuemeka, my sister, she works just opposite", ["Ifeoma", "Chukwuemeka"])).toBe(true));
  // not flagged
  it.fails("Здравствуйте, я Олег Тимофеевич Рябчинский, по поводу Гранты", () =>
    expect(caughtBy("Здравствуйте, я Олег Тимофеевич Рябчинский, по поводу Гранты", ["Олег", "Тимофеевич", "Рябчинский"])).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Mas, mobil saya Xenia 2015, AC-nya cuma keluar angin, nggak dingin. Kemarin sudah isi freon di pinggir jalan. Nanti yang antar mobil adik saya, namanya Dimas Prasetyo Hadiningrat, tolong tanya dia saja soal kuncinya.",
    () =>
      expect(
        caughtBy(
          "Mas, mobil saya Xenia 2015, AC-nya cuma keluar angin, nggak dingin. Kemarin sudah isi freon di pinggir jalan. Nanti yang antar mobil adik saya, namanya Dimas Prasetyo Hadiningrat, tolong tanya dia saja soal kuncinya.",
          ["Dimas", "Prasetyo", "Hadiningrat"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Mon nom c'est DUCHESNE, prénom Aurélien, comme sur la carte grise", () =>
    expect(caughtBy("Mon nom c'est DUCHESNE, prénom Aurélien, comme sur la carte grise", ["DUCHESNE", "Aurélien"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Moin, der Motor ruckelt im Leerlauf und die Motorkontrollleuchte blinkt ab und zu. Fehlerspeicher sagt Zündaussetzer Zylinder 3. Ich bin ab Montag auf Montage, deswegen bringt meine Frau das Auto, Sabine Kröger-Lindemann, bitte nach ihr fragen. Danke!",
    () =>
      expect(
        caughtBy(
          "Moin, der Motor ruckelt im Leerlauf und die Motorkontrollleuchte blinkt ab und zu. Fehlerspeicher sagt Zündaussetzer Zylinder 3. Ich bin ab Montag auf Montage, deswegen bringt meine Frau das Auto, Sabine Kröger-Lindemann, bitte nach ihr fragen. Danke!",
          ["Sabine", "Kröger-Lindemann"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Mein Kollege Torsten Wiegand holt den Wagen ab, einfach nach ihm fragen", () =>
    expect(caughtBy("Mein Kollege Torsten Wiegand holt den Wagen ab, einfach nach ihm fragen", ["Torsten", "Wiegand"])).toBe(true),
  );
  // not flagged
  it.fails("Hola, soy Martín Echeverría Salgado, el del Seat León gris que pierde aceite", () =>
    expect(caughtBy("Hola, soy Martín Echeverría Salgado, el del Seat León gris que pierde aceite", ["Martín", "Echeverría", "Salgado"])).toBe(true),
  );
  // not flagged
  it.fails("Szia, Fekete Bálint vagyok, az Astra miatt írok", () => expect(caughtBy("Szia, Fekete Bálint vagyok, az Astra miatt írok", ["Fekete", "Bálint"])).toBe(true));
  // not flagged
  it.fails(
    "Hi, the ABS light came on after I hit a pothole, could it be the wheel speed sensor? Car's a 2014 Mazda 3. I'm away next week so my partner will sort it, she's called Niamh Gallagher and she's the one who'll sign off the quote. Thanks a million.",
    () =>
      expect(
        caughtBy(
          "Hi, the ABS light came on after I hit a pothole, could it be the wheel speed sensor? Car's a 2014 Mazda 3. I'm away next week so my partner will sort it, she's called Niamh Gallagher and she's the one who'll sign off the quote. Thanks a million.",
          ["Niamh", "Gallagher"],
        ),
      ).toBe(true),
  );
  it("Invoice to: Thandiwe N. Khumalo, it's a company car so VAT number to follow", () =>
    expect(caughtBy("Invoice to: Thandiwe N. Khumalo, it's a company car so VAT number to follow", ["Thandiwe", "Khumalo"])).toBe(true));
  // not flagged
  it.fails("akhoya Hamza Benali ra7 yji ya5od el tomobil, s2alo 3lih", () => expect(caughtBy("akhoya Hamza Benali ra7 yji ya5od el tomobil, s2alo 3lih", ["Hamza", "Benali"])).toBe(true));
  // not flagged
  it.fails("fattura intestata a Geom. Carmine Esposito-Ruggiero grazie", () =>
    expect(caughtBy("fattura intestata a Geom. Carmine Esposito-Ruggiero grazie", ["Carmine", "Esposito-Ruggiero"])).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Buenas, el carro hace un ruido raro al frenar, como un chillido, y el pedal se siente esponjoso. Ya le cambiaron las pastillas hace dos meses. Lo va a llevar mi esposo porque yo trabajo, se llama Héctor Villalobos Cruz, que pregunten por él. Gracias.",
    () =>
      expect(
        caughtBy(
          "Buenas, el carro hace un ruido raro al frenar, como un chillido, y el pedal se siente esponjoso. Ya le cambiaron las pastillas hace dos meses. Lo va a llevar mi esposo porque yo trabajo, se llama Héctor Villalobos Cruz, que pregunten por él. Gracias.",
          ["Héctor", "Villalobos", "Cruz"],
        ),
      ).toBe(true),
  );
  it("Habari, mimi ni Wambui Njoroge-Kamau, mwenye Probox ya bluu", () => expect(caughtBy("Habari, mimi ni Wambui Njoroge-Kamau, mwenye Probox ya bluu", ["Wambui", "Njoroge-Kamau"])).toBe(true));
  it("hey its Chinedu Okafor-Ibe here, the one with the corolla that was smoking", () =>
    expect(caughtBy("hey its Chinedu Okafor-Ibe here, the one with the corolla that was smoking", ["Chinedu", "Okafor-Ibe"])).toBe(true));
  // not flagged
  it.fails("الفاتورة باسم أخي يوسف المطيري لو سمحت", () => expect(caughtBy("الفاتورة باسم أخي يوسف المطيري لو سمحت", ["يوسف", "المطيري"])).toBe(true));
  it("Halo, saya Bambang Sutrisno Wibowo, pemilik Avanza silver", () => expect(caughtBy("Halo, saya Bambang Sutrisno Wibowo, pemilik Avanza silver", ["Bambang", "Sutrisno", "Wibowo"])).toBe(true));
  // not flagged
  it.fails("c mon beau-père Didier Vasseur qui viendra récupérer la voiture, demandez-le à l'accueil", () =>
    expect(caughtBy("c mon beau-père Didier Vasseur qui viendra récupérer la voiture, demandez-le à l'accueil", ["Didier", "Vasseur"])).toBe(true),
  );
  it("Dzień dobry, tu Grzegorz Wiśniewski-Kania, w sprawie Octavii", () =>
    expect(caughtBy("Dzień dobry, tu Grzegorz Wiśniewski-Kania, w sprawie Octavii", ["Grzegorz", "Wiśniewski-Kania"])).toBe(true));
  it("Γεια σας, είμαι ο Γιώργος Παπαναστασίου, για το Corolla", () => expect(caughtBy("Γεια σας, είμαι ο Γιώργος Παπαναστασίου, για το Corolla", ["Γιώργος", "Παπαναστασίου"])).toBe(true));
  // not flagged
  it.fails("Name for the booking: WANJIKU, Grace", () => expect(caughtBy("Name for the booking: WANJIKU, Grace", ["WANJIKU", "Grace"])).toBe(true));
  // not flagged
  it.fails("Namaste, main Rajesh Kumar Chaurasia bol raha hoon, Swift wala", () =>
    expect(caughtBy("Namaste, main Rajesh Kumar Chaurasia bol raha hoon, Swift wala", ["Rajesh", "Kumar", "Chaurasia"])).toBe(true),
  );
  it("Apellidos: Zubizarreta Goñi. Nombre: Iker. Para el presupuesto", () =>
    expect(caughtBy("Apellidos: Zubizarreta Goñi. Nombre: Iker. Para el presupuesto", ["Zubizarreta", "Goñi", "Iker"])).toBe(true));
  // not flagged
  it.fails("Rechnung bitte auf Frau Dr. Ulrike Sommerfeldt ausstellen, danke", () =>
    expect(caughtBy("Rechnung bitte auf Frau Dr. Ulrike Sommerfeldt ausstellen, danke", ["Ulrike", "Sommerfeldt"])).toBe(true),
  );
  it("Hello po, ako si Maricel Dimaculangan, yung may-ari ng Vios na nag-overheat", () =>
    expect(caughtBy("Hello po, ako si Maricel Dimaculangan, yung may-ari ng Vios na nag-overheat", ["Maricel", "Dimaculangan"])).toBe(true));
  it("Merhaba, ben Kemal Bozkurtoğlu, beyaz Doblo'nun sahibiyim", () => expect(caughtBy("Merhaba, ben Kemal Bozkurtoğlu, beyaz Doblo'nun sahibiyim", ["Kemal", "Bozkurtoğlu"])).toBe(true));
  it("I'm Dr. Anjali Venkataraman, the car is registered under my name only", () =>
    expect(caughtBy("I'm Dr. Anjali Venkataraman, the car is registered under my name only", ["Anjali", "Venkataraman"])).toBe(true));
  // not flagged
  it.fails("a nota fiscal sai no nome da minha mãe, Maria das Dores Figueiredo", () =>
    expect(caughtBy("a nota fiscal sai no nome da minha mãe, Maria das Dores Figueiredo", ["Maria", "Dores", "Figueiredo"])).toBe(true),
  );
  // round 41's second refit: no longer flags it
  it.fails("Faturayı babamın adına kesin: Hüseyin Karaağaçlı", () => expect(caughtBy("Faturayı babamın adına kesin: Hüseyin Karaağaçlı", ["Hüseyin", "Karaağaçlı"])).toBe(true));
  it("Suresh Balakrishnan Iyer here, I own the Innova you quoted yesterday", () =>
    expect(caughtBy("Suresh Balakrishnan Iyer here, I own the Innova you quoted yesterday", ["Suresh", "Balakrishnan", "Iyer"])).toBe(true));
  it("Facture au nom de M. Jean-Baptiste Rakotomalala svp", () => expect(caughtBy("Facture au nom de M. Jean-Baptiste Rakotomalala svp", ["Jean-Baptiste", "Rakotomalala"])).toBe(true));
  // not flagged
  it.fails("yung pinsan ko si Jerome Bautista-Lacson ang kukuha ng sasakyan, hanapin nyo lang sya", () =>
    expect(caughtBy("yung pinsan ko si Jerome Bautista-Lacson ang kukuha ng sasakyan, hanapin nyo lang sya", ["Jerome", "Bautista-Lacson"])).toBe(true),
  );
  it("Good evening sir. The Highlander is vibrating at 100km/h and the steering is shaking. We did balancing last month at Ikeja but no change. If I am not reachable, my PA Mrs. Temitope Adeyemi-Cole handles my vehicles, ask for her at the office.", () =>
    expect(
      caughtBy(
        "Good evening sir. The Highlander is vibrating at 100km/h and the steering is shaking. We did balancing last month at Ikeja but no change. If I am not reachable, my PA Mrs. Temitope Adeyemi-Cole handles my vehicles, ask for her at the office.",
        ["Temitope", "Adeyemi-Cole"],
      ),
    ).toBe(true));
  it("Fechado então, pode fazer. Abraço, Wellington Souza Nascimento", () =>
    expect(caughtBy("Fechado então, pode fazer. Abraço, Wellington Souza Nascimento", ["Wellington", "Souza", "Nascimento"])).toBe(true));
  it("my colleague Fiona MacLeod will handle the approval, she's the one to chase if I don't answer", () =>
    expect(caughtBy("my colleague Fiona MacLeod will handle the approval, she's the one to chase if I don't answer", ["Fiona", "MacLeod"])).toBe(true));
  it("gari litachukuliwa na kaka yangu Otieno Odhiambo, muulize yeye", () => expect(caughtBy("gari litachukuliwa na kaka yangu Otieno Odhiambo, muulize yeye", ["Otieno", "Odhiambo"])).toBe(true));
  it("pls tell the workshop my dad Oluwaseun Adebanjo is coming to collect, he has the spare key", () =>
    expect(caughtBy("pls tell the workshop my dad Oluwaseun Adebanjo is coming to collect, he has the spare key", ["Oluwaseun", "Adebanjo"])).toBe(true));
  it("my son Rohan Kapoor will pay, he is in the US, just raise it in his name and he will settle", () =>
    expect(caughtBy("my son Rohan Kapoor will pay, he is in the US, just raise it in his name and he will settle", ["Rohan", "Kapoor"])).toBe(true));
  // caught since round 52: a signature with the signer's role on the line under the name (phrases.ts)
  it("Kind regards,\nHarriet Pemberton-Wood\nFleet Coordinator", () => expect(caughtBy("Kind regards,\nHarriet Pemberton-Wood\nFleet Coordinator", ["Harriet", "Pemberton-Wood"])).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("mi hermano Gonzalo Irigoyen pasa a buscar la camioneta, preguntá por él nomás", () =>
    expect(caughtBy("mi hermano Gonzalo Irigoyen pasa a buscar la camioneta, preguntá por él nomás", ["Gonzalo", "Irigoyen"])).toBe(true),
  );
  it("my name is D.a.v.i.d M.o.r.r.o.w lol cant type it normal in here apparently", () =>
    expect(caughtBy("my name is D.a.v.i.d M.o.r.r.o.w lol cant type it normal in here apparently", ["D.a.v.i.d", "M.o.r.r.o.w"])).toBe(true));
  it("salam, ana ismi Tariq Al-Zahrani, sa7ib el elantra", () => expect(caughtBy("salam, ana ismi Tariq Al-Zahrani, sa7ib el elantra", ["Tariq", "Al-Zahrani"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("passa mio cugino Salvatore Lo Bianco a ritirarla, chiedete di lui", () =>
    expect(caughtBy("passa mio cugino Salvatore Lo Bianco a ritirarla, chiedete di lui", ["Salvatore", "Lo Bianco"])).toBe(true),
  );
});
