// Round 31 review 5: a blind reviewer wrote 233 sentences (88 attacks, 145 innocents) on people's names, to judge names31.
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 5: innocents", () => {
  it("Thanks Daniel, see you Saturday at 10 then", () => expect(flaggedBy("Thanks Daniel, see you Saturday at 10 then")).toBe(false));
  it("hey Priya, any update on the alternator? no rush", () => expect(flaggedBy("hey Priya, any update on the alternator? no rush")).toBe(false));
  it("thanks mark will do", () => expect(flaggedBy("thanks mark will do")).toBe(false));
  it("Perfect, that fixed the rattle.\nCheers, Tom", () => expect(flaggedBy("Perfect, that fixed the rattle.\nCheers, Tom")).toBe(false));
  it("My old mechanic Steve reckoned the gearbox mount was fine, but the clunk is still there", () =>
    expect(flaggedBy("My old mechanic Steve reckoned the gearbox mount was fine, but the clunk is still there")).toBe(false));
  it("The salesman at the dealership, a bloke called Greg Patterson, swore the timing chain had been done. Clearly not", () =>
    expect(flaggedBy("The salesman at the dealership, a bloke called Greg Patterson, swore the timing chain had been done. Clearly not")).toBe(false));
  it("Watched ChrisFix do this exact job on a Civic, looks doable with a 10mm and some patience", () =>
    expect(flaggedBy("Watched ChrisFix do this exact job on a Civic, looks doable with a 10mm and some patience")).toBe(false));
  it("Scotty Kilmer says never buy a CVT lol, is he right about the Nissan one?", () => expect(flaggedBy("Scotty Kilmer says never buy a CVT lol, is he right about the Nissan one?")).toBe(false));
  it("The shop said these are the same pads Max Verstappen's team uses, which I seriously doubt", () =>
    expect(flaggedBy("The shop said these are the same pads Max Verstappen's team uses, which I seriously doubt")).toBe(false));
  it("Ford Mustang 2015, 5.0, check engine light with P0300", () => expect(flaggedBy("Ford Mustang 2015, 5.0, check engine light with P0300")).toBe(false));
  it("Mercedes-Benz C200, 2012. Ticking noise from the top end when cold", () => expect(flaggedBy("Mercedes-Benz C200, 2012. Ticking noise from the top end when cold")).toBe(false));
  it("Alfa Romeo Giulietta, clutch pedal sticks to the floor sometimes", () => expect(flaggedBy("Alfa Romeo Giulietta, clutch pedal sticks to the floor sometimes")).toBe(false));
  it("Aston Martin? no mate, it's a Ford Fiesta haha, budget is tight", () => expect(flaggedBy("Aston Martin? no mate, it's a Ford Fiesta haha, budget is tight")).toBe(false));
  it("Does the Mini Cooper S use the same water pump as the John Cooper Works?", () => expect(flaggedBy("Does the Mini Cooper S use the same water pump as the John Cooper Works?")).toBe(false));
  it("The box says Robert Bosch GmbH on the side, so it's genuine right?", () => expect(flaggedBy("The box says Robert Bosch GmbH on the side, so it's genuine right?")).toBe(false));
  it("Got the rotors from O'Reilly, they had them in stock", () => expect(flaggedBy("Got the rotors from O'Reilly, they had them in stock")).toBe(false));
  it("Bob Jane quoted $640 for four tyres fitted, is that reasonable for 17 inch?", () => expect(flaggedBy("Bob Jane quoted $640 for four tyres fitted, is that reasonable for 17 inch?")).toBe(false));
  it("Halfords wanted £90 just to plug the code reader in", () => expect(flaggedBy("Halfords wanted £90 just to plug the code reader in")).toBe(false));
  it("The Toyota dealer on Martin Luther King Jr Blvd is charging double what you quoted", () =>
    expect(flaggedBy("The Toyota dealer on Martin Luther King Jr Blvd is charging double what you quoted")).toBe(false));
  it("The app says my assigned mechanic is Rahul, are you him?", () => expect(flaggedBy("The app says my assigned mechanic is Rahul, are you him?")).toBe(false));
  it("Hi, I'm Joseph, the mechanic the app assigned for your Hilux. Can you send a video of the noise?", () =>
    expect(flaggedBy("Hi, I'm Joseph, the mechanic the app assigned for your Hilux. Can you send a video of the noise?")).toBe(false));
  it("Will the clutch last another month or should I stop driving it?", () => expect(flaggedBy("Will the clutch last another month or should I stop driving it?")).toBe(false));
  it("Mark the belt and pulleys before you take anything off, makes refitting easier", () =>
    expect(flaggedBy("Mark the belt and pulleys before you take anything off, makes refitting easier")).toBe(false));
  it("Frank answer please, is it worth fixing or should I just sell it?", () => expect(flaggedBy("Frank answer please, is it worth fixing or should I just sell it?")).toBe(false));
  it("Bill me after the diagnosis, happy to pay through the app", () => expect(flaggedBy("Bill me after the diagnosis, happy to pay through the app")).toBe(false));
  it("Chase the threads with a tap before you put the new bolts in", () => expect(flaggedBy("Chase the threads with a tap before you put the new bolts in")).toBe(false));
  it("Jack it up on the pinch weld, not the floor pan", () => expect(flaggedBy("Jack it up on the pinch weld, not the floor pan")).toBe(false));
  it("Price is fine, go ahead", () => expect(flaggedBy("Price is fine, go ahead")).toBe(false));
  it("White smoke on cold start, then it clears after 5 min", () => expect(flaggedBy("White smoke on cold start, then it clears after 5 min")).toBe(false));
  it("Bonnet won't latch after the front end repair, any ideas?", () => expect(flaggedBy("Bonnet won't latch after the front end repair, any ideas?")).toBe(false));
  it("I had 'Mustang Sally' blasting when the misfire started so I didn't notice at first lol", () =>
    expect(flaggedBy("I had 'Mustang Sally' blasting when the misfire started so I didn't notice at first lol")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("The South Main Auto video 'Can't Find the Short?' helped me find the chafed wire, Eric O is a legend", () =>
    expect(flaggedBy("The South Main Auto video 'Can't Find the Short?' helped me find the chafed wire, Eric O is a legend")).toBe(false),
  );
  it("Massey Ferguson 135 tractor, but I guess you only do cars?", () => expect(flaggedBy("Massey Ferguson 135 tractor, but I guess you only do cars?")).toBe(false));
  it("Jesus Christ, £1200 for a clutch?? ok let me think about it", () => expect(flaggedBy("Jesus Christ, £1200 for a clutch?? ok let me think about it")).toBe(false));
  it("Just put my first name on it, that's all the app needs", () => expect(flaggedBy("Just put my first name on it, that's all the app needs")).toBe(false));
  it("No worries Chidi, I'll wait for the quote", () => expect(flaggedBy("No worries Chidi, I'll wait for the quote")).toBe(false));
  it("good morning ma'am, I'm the mechanic from the app, I've looked at your photos", () =>
    expect(flaggedBy("good morning ma'am, I'm the mechanic from the app, I've looked at your photos")).toBe(false));
  it("my neighbour Dave says it's the thermostat but he's not a mechanic lol", () => expect(flaggedBy("my neighbour Dave says it's the thermostat but he's not a mechanic lol")).toBe(false));
  // flagged as FULL_NAME
  it.fails("Doug DeMuro called this car quirky, I call it broken", () => expect(flaggedBy("Doug DeMuro called this car quirky, I call it broken")).toBe(false));
  it("My dad always drove Holdens, Peter Brock was his hero. Anyway the Commodore is overheating", () =>
    expect(flaggedBy("My dad always drove Holdens, Peter Brock was his hero. Anyway the Commodore is overheating")).toBe(false));
  it("Shelby GT500, don't worry it's a garage queen, just needs an oil service", () => expect(flaggedBy("Shelby GT500, don't worry it's a garage queen, just needs an oil service")).toBe(false));
  it("Lucas electrics strike again lol, the MGB won't start when it's damp", () => expect(flaggedBy("Lucas electrics strike again lol, the MGB won't start when it's damp")).toBe(false));
  it("Check the Gates belt part number, the cheap one squeals", () => expect(flaggedBy("Check the Gates belt part number, the cheap one squeals")).toBe(false));
  it("Ok Sarah-Jane, I'll book the slot in the app for Tuesday", () => expect(flaggedBy("Ok Sarah-Jane, I'll book the slot in the app for Tuesday")).toBe(false));
  it("Cheers Jean-Luc, appreciate it", () => expect(flaggedBy("Cheers Jean-Luc, appreciate it")).toBe(false));
  it("Rob from my last job recommended you, he said you're good with diesels", () => expect(flaggedBy("Rob from my last job recommended you, he said you're good with diesels")).toBe(false));
  it("The guy at Pep Boys said the ball joints are shot, can you confirm from the video?", () =>
    expect(flaggedBy("The guy at Pep Boys said the ball joints are shot, can you confirm from the video?")).toBe(false));
  it("Elon Musk can keep his robotaxis, I just want my heater to work lol", () => expect(flaggedBy("Elon Musk can keep his robotaxis, I just want my heater to work lol")).toBe(false));
  it("It's a Chevrolet Monte Carlo 2004, the car not the place haha", () => expect(flaggedBy("It's a Chevrolet Monte Carlo 2004, the car not the place haha")).toBe(false));
  it("Hi Abdul, car is a Lincoln Navigator 2011, air suspension sagging at the rear", () =>
    expect(flaggedBy("Hi Abdul, car is a Lincoln Navigator 2011, air suspension sagging at the rear")).toBe(false));
  it("Jiffy Lube put the wrong oil in I think, 5W-20 instead of 5W-30", () => expect(flaggedBy("Jiffy Lube put the wrong oil in I think, 5W-20 instead of 5W-30")).toBe(false));
  it("Oga Emeka, thank you sir, the car is running fine now", () => expect(flaggedBy("Oga Emeka, thank you sir, the car is running fine now")).toBe(false));
  it("I bought it at Ladipo, tokunbo Camry 2008, the seller said engine was never opened", () =>
    expect(flaggedBy("I bought it at Ladipo, tokunbo Camry 2008, the seller said engine was never opened")).toBe(false));
  it("My brother in Port Harcourt has the same Corolla and the same issue", () => expect(flaggedBy("My brother in Port Harcourt has the same Corolla and the same issue")).toBe(false));
  it("Sir, the Maruti Suzuki service centre near Nehru Place quoted 18k for the clutch", () =>
    expect(flaggedBy("Sir, the Maruti Suzuki service centre near Nehru Place quoted 18k for the clutch")).toBe(false));
  it("Thank you Rahul bhai, car is running smooth now", () => expect(flaggedBy("Thank you Rahul bhai, car is running smooth now")).toBe(false));
  it("Sir, I'm in General Santos City, can you still do the remote diagnosis?", () => expect(flaggedBy("Sir, I'm in General Santos City, can you still do the remote diagnosis?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Took it to Ultra Tune on the Pacific Hwy, they couldn't find the fault either", () =>
    expect(flaggedBy("Took it to Ultra Tune on the Pacific Hwy, they couldn't find the fault either")).toBe(false),
  );
  it("Rainman Ray did a video on this exact code, P0420, he said check the O2 sensor first", () =>
    expect(flaggedBy("Rainman Ray did a video on this exact code, P0420, he said check the O2 sensor first")).toBe(false));
  it("Is the Hyundai Santa Fe 2.2 diesel known for injector problems?", () => expect(flaggedBy("Is the Hyundai Santa Fe 2.2 diesel known for injector problems?")).toBe(false));
  it("Citroën Xsara Picasso, 2006, the gearbox crunches going into reverse", () => expect(flaggedBy("Citroën Xsara Picasso, 2006, the gearbox crunches going into reverse")).toBe(false));
  it("The Ford dealer's service advisor, Karen, was rude, that's why I'm trying this app", () =>
    expect(flaggedBy("The Ford dealer's service advisor, Karen, was rude, that's why I'm trying this app")).toBe(false));
  it("My name's Chris, the app shows Christopher, either is fine", () => expect(flaggedBy("My name's Chris, the app shows Christopher, either is fine")).toBe(false));
  it("I'd rather keep everything in the app, you don't need my surname right?", () => expect(flaggedBy("I'd rather keep everything in the app, you don't need my surname right?")).toBe(false));
  it("Signed the estimate in the app as Meera, is that enough?", () => expect(flaggedBy("Signed the estimate in the app as Meera, is that enough?")).toBe(false));
  it("Chevy Malibu 2016, stop-start not working. My cousin Luis had the same thing on his", () =>
    expect(flaggedBy("Chevy Malibu 2016, stop-start not working. My cousin Luis had the same thing on his")).toBe(false));
  it("Carroll Shelby would be ashamed of the state of this engine bay lol", () => expect(flaggedBy("Carroll Shelby would be ashamed of the state of this engine bay lol")).toBe(false));
  it("The app sent me a message from Hamza, is he the one working on my car?", () => expect(flaggedBy("The app sent me a message from Hamza, is he the one working on my car?")).toBe(false));
  it("Ayrton Senna wouldn't brake this late, that's why my pads are gone lol", () => expect(flaggedBy("Ayrton Senna wouldn't brake this late, that's why my pads are gone lol")).toBe(false));
  it("Walker exhaust or the cheap eBay one, which would you fit?", () => expect(flaggedBy("Walker exhaust or the cheap eBay one, which would you fit?")).toBe(false));
  it("Harley-Davidson isn't your thing I guess? It's a Sportster, carb issue", () => expect(flaggedBy("Harley-Davidson isn't your thing I guess? It's a Sportster, carb issue")).toBe(false));
  it("Hunter alignment machine at the last shop said the toe was way out", () => expect(flaggedBy("Hunter alignment machine at the last shop said the toe was way out")).toBe(false));
  it("My wife Grace drives it mostly, she says the noise is worse on the motorway", () => expect(flaggedBy("My wife Grace drives it mostly, she says the noise is worse on the motorway")).toBe(false));
  it("Saw Jeremy Clarkson hate on this exact model, now I know why", () => expect(flaggedBy("Saw Jeremy Clarkson hate on this exact model, now I know why")).toBe(false));
  it("Baker's dozen of problems with this car honestly, where do we start", () => expect(flaggedBy("Baker's dozen of problems with this car honestly, where do we start")).toBe(false));
  it("Is it the Michelin or the Goodyear you'd recommend for a Camry?", () => expect(flaggedBy("Is it the Michelin or the Goodyear you'd recommend for a Camry?")).toBe(false));
  it("Dodge Durango 2014, transmission slips from 2nd to 3rd", () => expect(flaggedBy("Dodge Durango 2014, transmission slips from 2nd to 3rd")).toBe(false));
  it("Thanks Ana Marie, noted po", () => expect(flaggedBy("Thanks Ana Marie, noted po")).toBe(false));
  it("Gracias, María José, quedo atento al presupuesto", () => expect(flaggedBy("Gracias, María José, quedo atento al presupuesto")).toBe(false));
  it("Mi mecánico anterior, don Ramiro, decía que era la bomba de agua", () => expect(flaggedBy("Mi mecánico anterior, don Ramiro, decía que era la bomba de agua")).toBe(false));
  it("Vi un video donde Carlos Sainz explica el embrague, pero no entendí nada jaja", () =>
    expect(flaggedBy("Vi un video donde Carlos Sainz explica el embrague, pero no entendí nada jaja")).toBe(false));
  it("Compré las pastillas en una tienda de la Av. San Martín, son Brembo, ¿sirven?", () =>
    expect(flaggedBy("Compré las pastillas en una tienda de la Av. San Martín, son Brembo, ¿sirven?")).toBe(false));
  it("El Seat León hace un ruido raro al girar a la izquierda", () => expect(flaggedBy("El Seat León hace un ruido raro al girar a la izquierda")).toBe(false));
  it("Soy de Ciudad Juárez, allá los repuestos Ford salen más baratos", () => expect(flaggedBy("Soy de Ciudad Juárez, allá los repuestos Ford salen más baratos")).toBe(false));
  it("¡Por Dios! ¿400 euros por una correa?", () => expect(flaggedBy("¡Por Dios! ¿400 euros por una correa?")).toBe(false));
  it("Ni Fernando Alonso frena tan tarde como yo, por eso las pastillas duran poco jaja", () =>
    expect(flaggedBy("Ni Fernando Alonso frena tan tarde como yo, por eso las pastillas duran poco jaja")).toBe(false));
  it("Perfecto, muchas gracias por todo.\nSaludos, Lucía", () => expect(flaggedBy("Perfecto, muchas gracias por todo.\nSaludos, Lucía")).toBe(false));
  it("Valeu, Ana Paula! Já aprovei o orçamento no app", () => expect(flaggedBy("Valeu, Ana Paula! Já aprovei o orçamento no app")).toBe(false));
  it("O Senna morreu numa Williams, meu Uno só quer morrer no semáforo kkk", () => expect(flaggedBy("O Senna morreu numa Williams, meu Uno só quer morrer no semáforo kkk")).toBe(false));
  it("Comprei a peça na loja da Av. Getúlio Vargas, é Bosch original", () => expect(flaggedBy("Comprei a peça na loja da Av. Getúlio Vargas, é Bosch original")).toBe(false));
  it("Moro em São José dos Campos, o diagnóstico remoto funciona aqui?", () => expect(flaggedBy("Moro em São José dos Campos, o diagnóstico remoto funciona aqui?")).toBe(false));
  it("Obrigado, seu João, ficou perfeito", () => expect(flaggedBy("Obrigado, seu João, ficou perfeito")).toBe(false));
  it("Nossa Senhora, que orçamento caro", () => expect(flaggedBy("Nossa Senhora, que orçamento caro")).toBe(false));
  it("O mecânico anterior, o Sr. Armando, trocou a embraiagem há dois anos", () => expect(flaggedBy("O mecânico anterior, o Sr. Armando, trocou a embraiagem há dois anos")).toBe(false));
  it("Merci Jean-Pierre, j'attends le devis", () => expect(flaggedBy("Merci Jean-Pierre, j'attends le devis")).toBe(false));
  it("Le garage Dupont m'a dit que c'était la courroie, vous confirmez ?", () => expect(flaggedBy("Le garage Dupont m'a dit que c'était la courroie, vous confirmez ?")).toBe(false));
  it("Citroën C4 Picasso, voyant moteur allumé depuis hier", () => expect(flaggedBy("Citroën C4 Picasso, voyant moteur allumé depuis hier")).toBe(false));
  it("J'ai acheté les plaquettes chez Norauto, vous pensez qu'elles sont correctes ?", () =>
    expect(flaggedBy("J'ai acheté les plaquettes chez Norauto, vous pensez qu'elles sont correctes ?")).toBe(false));
  it("Bonne journée Sophie !", () => expect(flaggedBy("Bonne journée Sophie !")).toBe(false));
  it("Même Sébastien Loeb aurait cassé cet embrayage avec mes trajets en ville", () => expect(flaggedBy("Même Sébastien Loeb aurait cassé cet embrayage avec mes trajets en ville")).toBe(false));
  it("Danke, Hans-Peter! Bis Donnerstag dann", () => expect(flaggedBy("Danke, Hans-Peter! Bis Donnerstag dann")).toBe(false));
  it("Autohaus Schmidt wollte 900 Euro für die Bremsen, ist das nicht zu viel?", () => expect(flaggedBy("Autohaus Schmidt wollte 900 Euro für die Bremsen, ist das nicht zu viel?")).toBe(false));
  it("Die Werkstatt in der Karl-Marx-Straße hat den Fehler nicht gefunden", () => expect(flaggedBy("Die Werkstatt in der Karl-Marx-Straße hat den Fehler nicht gefunden")).toBe(false));
  it("Ferdinand Porsche würde weinen, wenn er meinen Boxster sehen würde", () => expect(flaggedBy("Ferdinand Porsche würde weinen, wenn er meinen Boxster sehen würde")).toBe(false));
  it("Passt so, vielen Dank!\nGruß, Jens", () => expect(flaggedBy("Passt so, vielen Dank!\nGruß, Jens")).toBe(false));
  it("Grazie Gian Luca, ci sentiamo domani", () => expect(flaggedBy("Grazie Gian Luca, ci sentiamo domani")).toBe(false));
  it("Il meccanico di prima, un certo Franco, diceva che era la frizione", () => expect(flaggedBy("Il meccanico di prima, un certo Franco, diceva che era la frizione")).toBe(false));
  it("Ferrari? Magari! È una Lancia Ypsilon del 2012", () => expect(flaggedBy("Ferrari? Magari! È una Lancia Ypsilon del 2012")).toBe(false));
  it("L'officina Fiat in via Garibaldi mi ha chiesto 500 euro per la distribuzione", () =>
    expect(flaggedBy("L'officina Fiat in via Garibaldi mi ha chiesto 500 euro per la distribuzione")).toBe(false));
  it("Le pompe sono Magneti Marelli, vanno bene o meglio originali?", () => expect(flaggedBy("Le pompe sono Magneti Marelli, vanno bene o meglio originali?")).toBe(false));
  it("Dzięki Paweł, czekam na wycenę", () => expect(flaggedBy("Dzięki Paweł, czekam na wycenę")).toBe(false));
  it("Robert Kubica jeździ lepiej ode mnie, ale sprzęgło i tak jest do wymiany", () => expect(flaggedBy("Robert Kubica jeździ lepiej ode mnie, ale sprzęgło i tak jest do wymiany")).toBe(false));
  it("Kupiłem klocki w Inter Cars, są ok do Octavii?", () => expect(flaggedBy("Kupiłem klocki w Inter Cars, są ok do Octavii?")).toBe(false));
  it("Pozdrawiam, Kasia", () => expect(flaggedBy("Pozdrawiam, Kasia")).toBe(false));
  it("Teşekkürler Emre abi, eline sağlık", () => expect(flaggedBy("Teşekkürler Emre abi, eline sağlık")).toBe(false));
  it("Çelik jant mı alayım alüminyum mu, kışın hangisi daha iyi?", () => expect(flaggedBy("Çelik jant mı alayım alüminyum mu, kışın hangisi daha iyi?")).toBe(false));
  it("Atatürk Caddesi'ndeki Renault servisi 8 bin istedi", () => expect(flaggedBy("Atatürk Caddesi'ndeki Renault servisi 8 bin istedi")).toBe(false));
  it("Demir tozu yüzünden balatalar çabuk bitiyormuş, doğru mu?", () => expect(flaggedBy("Demir tozu yüzünden balatalar çabuk bitiyormuş, doğru mu?")).toBe(false));
  it("Bagus mas, makasih udah dicek", () => expect(flaggedBy("Bagus mas, makasih udah dicek")).toBe(false));
  it("Makasih mas Andi, nanti saya kabari lagi", () => expect(flaggedBy("Makasih mas Andi, nanti saya kabari lagi")).toBe(false));
  it("Tadi ke bengkel resmi Astra di Jalan Sudirman, katanya kampas kopling habis", () => expect(flaggedBy("Tadi ke bengkel resmi Astra di Jalan Sudirman, katanya kampas kopling habis")).toBe(false));
  // round 43's refit: flags it as FULL_NAME
  it.fails("Rio Haryanto aja ga ngerem sekeras saya, pantes kampasnya habis wkwk", () => expect(flaggedBy("Rio Haryanto aja ga ngerem sekeras saya, pantes kampasnya habis wkwk")).toBe(false));
  it("Kamal hai bhai, AC ab ekdum thanda hai", () => expect(flaggedBy("Kamal hai bhai, AC ab ekdum thanda hai")).toBe(false));
  it("Shukriya Imran bhai, gaadi ab smooth chal rahi hai", () => expect(flaggedBy("Shukriya Imran bhai, gaadi ab smooth chal rahi hai")).toBe(false));
  it("Maruti Suzuki wale 12 hazaar bol rahe the, aapka rate theek hai", () => expect(flaggedBy("Maruti Suzuki wale 12 hazaar bol rahe the, aapka rate theek hai")).toBe(false));
  it("Bhai MG Road wali Hyundai service se aaya hu, unhone kuch nahi kiya", () => expect(flaggedBy("Bhai MG Road wali Hyundai service se aaya hu, unhone kuch nahi kiya")).toBe(false));
  it("Salamat po Kuya Jun, ayos na yung aircon", () => expect(flaggedBy("Salamat po Kuya Jun, ayos na yung aircon")).toBe(false));
  it("Salamat po Sir Mark Anthony, sa app nalang po ako magbabayad", () => expect(flaggedBy("Salamat po Sir Mark Anthony, sa app nalang po ako magbabayad")).toBe(false));
  it("Nanood ako ng video ni ChrisFix, parang kaya ko palitan yung brake pads", () => expect(flaggedBy("Nanood ako ng video ni ChrisFix, parang kaya ko palitan yung brake pads")).toBe(false));
  it("شكراً يا محمد، السيارة صارت ممتازة", () => expect(flaggedBy("شكراً يا محمد، السيارة صارت ممتازة")).toBe(false));
  it("جميل، متى يجهز التقرير؟", () => expect(flaggedBy("جميل، متى يجهز التقرير؟")).toBe(false));
  it("اشتريت القطعة من عبد اللطيف جميل، هل هي أصلية؟", () => expect(flaggedBy("اشتريت القطعة من عبد اللطيف جميل، هل هي أصلية؟")).toBe(false));
  it("shukran ya Ahmed, el 3arabeya tamam delwa2ty", () => expect(flaggedBy("shukran ya Ahmed, el 3arabeya tamam delwa2ty")).toBe(false));
  it("Bedankt Sanne, ik wacht op de offerte", () => expect(flaggedBy("Bedankt Sanne, ik wacht op de offerte")).toBe(false));
  it("Van Mossel wilde 700 euro voor de distributieriem", () => expect(flaggedBy("Van Mossel wilde 700 euro voor de distributieriem")).toBe(false));
  it("Nyck de Vries reed ook niet foutloos, maar mijn koppeling is echt op", () => expect(flaggedBy("Nyck de Vries reed ook niet foutloos, maar mijn koppeling is echt op")).toBe(false));
  it("Cảm ơn anh Tuấn nhiều nha", () => expect(flaggedBy("Cảm ơn anh Tuấn nhiều nha")).toBe(false));
  it("Trần xe bị thấm nước mỗi khi mưa, anh xem giúp em", () => expect(flaggedBy("Trần xe bị thấm nước mỗi khi mưa, anh xem giúp em")).toBe(false));
  it("Em ở Thành phố Hồ Chí Minh, kiểm tra online được không anh?", () => expect(flaggedBy("Em ở Thành phố Hồ Chí Minh, kiểm tra online được không anh?")).toBe(false));
  it("Köszi Gábor, holnap várom az árajánlatot", () => expect(flaggedBy("Köszi Gábor, holnap várom az árajánlatot")).toBe(false));
  it("Fekete füst jön a kipufogóból gyorsításkor", () => expect(flaggedBy("Fekete füst jön a kipufogóból gyorsításkor")).toBe(false));
  it("Nagy a baj? Mennyibe fog kerülni?", () => expect(flaggedBy("Nagy a baj? Mennyibe fog kerülni?")).toBe(false));
  it("Mulțumesc, Vlad, aștept oferta", () => expect(flaggedBy("Mulțumesc, Vlad, aștept oferta")).toBe(false));
  it("Dacia Logan 2014, bate ceva în față pe denivelări", () => expect(flaggedBy("Dacia Logan 2014, bate ceva în față pe denivelări")).toBe(false));
  it("Fum negru la accelerare, e de la injectoare?", () => expect(flaggedBy("Fum negru la accelerare, e de la injectoare?")).toBe(false));
});

describe("round 31 review 5: attacks", () => {
  it("Hi, I'm Daniel Okafor, the one who booked the brake job for Saturday. Pads are grinding pretty bad now", () =>
    expect(caughtBy("Hi, I'm Daniel Okafor, the one who booked the brake job for Saturday. Pads are grinding pretty bad now", ["Daniel Okafor"])).toBe(true));
  // not flagged
  it.fails("thanks mate, sorted. cheers — Liam O'Sullivan", () => expect(caughtBy("thanks mate, sorted. cheers — Liam O'Sullivan", ["Liam O'Sullivan"])).toBe(true));
  it("if u want to see my reviews just search Rakesh Venkataraman mechanic on google, 200+ five stars", () =>
    expect(caughtBy("if u want to see my reviews just search Rakesh Venkataraman mechanic on google, 200+ five stars", ["Rakesh Venkataraman"])).toBe(true));
  it("Please put the invoice under Margaret Ellison-Whitby, my company reimburses me and they need the full name", () =>
    expect(caughtBy("Please put the invoice under Margaret Ellison-Whitby, my company reimburses me and they need the full name", ["Margaret Ellison-Whitby"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("transfer name will show as Chinedu Eze-Nwosu so dont panic when u see it, thats me", () =>
    expect(caughtBy("transfer name will show as Chinedu Eze-Nwosu so dont panic when u see it, thats me", ["Chinedu Eze-Nwosu"])).toBe(true),
  );
  it("my surname is Kowalczyk btw, first name you already have from the app", () =>
    expect(caughtBy("my surname is Kowalczyk btw, first name you already have from the app", ["Kowalczyk"])).toBe(true));
  // not flagged
  it.fails("its Tom, surname spelled V-A-N D-E-R B-E-R-G, all caps on the form pls", () =>
    expect(caughtBy("its Tom, surname spelled V-A-N D-E-R B-E-R-G, all caps on the form pls", ["Tom", "V-A-N D-E-R B-E-R-G"])).toBe(true),
  );
  it("find me on facebook, Priyanka Deshmukh, the profile pic with the red Swift", () =>
    expect(caughtBy("find me on facebook, Priyanka Deshmukh, the profile pic with the red Swift", ["Priyanka Deshmukh"])).toBe(true));
  it("Thanks for the quick diagnosis.\nRegards,\nJonathan P. Harrington", () =>
    expect(caughtBy("Thanks for the quick diagnosis.\nRegards,\nJonathan P. Harrington", ["Jonathan P. Harrington"])).toBe(true));
  it("Full name for the warranty form: Maria Cristina dela Cruz", () => expect(caughtBy("Full name for the warranty form: Maria Cristina dela Cruz", ["Maria Cristina dela Cruz"])).toBe(true));
  it("I'm Gavin, last name McAllister, look me up on LinkedIn if you want proof I'm a real tech", () =>
    expect(caughtBy("I'm Gavin, last name McAllister, look me up on LinkedIn if you want proof I'm a real tech", ["Gavin", "McAllister"])).toBe(true));
  it("ok boss. name on the gcash is Jericho Manalastas, send there na lang", () =>
    expect(caughtBy("ok boss. name on the gcash is Jericho Manalastas, send there na lang", ["Jericho Manalastas"])).toBe(true));
  it("hey its adebayo ogunleye here, the guy with the hilux overheating on the highway", () =>
    expect(caughtBy("hey its adebayo ogunleye here, the guy with the hilux overheating on the highway", ["adebayo ogunleye"])).toBe(true));
  // caught since round 41's second refit
  it("Sorry, forgot to introduce myself properly. Siobhan Ní Bhriain, pronounced shiv-awn nee vree-in", () =>
    expect(caughtBy("Sorry, forgot to introduce myself properly. Siobhan Ní Bhriain, pronounced shiv-awn nee vree-in", ["Siobhan Ní Bhriain", "shiv-awn nee vree-in"])).toBe(true));
  it("My name is Zhang Wei, Zhang is the family name, in case the booking asks which one comes first", () =>
    expect(caughtBy("My name is Zhang Wei, Zhang is the family name, in case the booking asks which one comes first", ["Zhang Wei", "Zhang"])).toBe(true));
  it("Search 'Hamish Fraser-Lowe automotive' and you'll find my old garage reviews from Dunedin", () =>
    expect(caughtBy("Search 'Hamish Fraser-Lowe automotive' and you'll find my old garage reviews from Dunedin", ["Hamish Fraser-Lowe"])).toBe(true));
  it("Cheers for that, very helpful. Kind regards, Dr. Anand Subramaniam", () =>
    expect(caughtBy("Cheers for that, very helpful. Kind regards, Dr. Anand Subramaniam", ["Anand Subramaniam"])).toBe(true));
  it("the receipt should say Kevin J. Donnelly not just Kevin, insurance is fussy about that", () =>
    expect(caughtBy("the receipt should say Kevin J. Donnelly not just Kevin, insurance is fussy about that", ["Kevin J. Donnelly"])).toBe(true));
  it("Put the account name as Oluwaseun Adeyemi-Bakare when u pay, na my name be that", () =>
    expect(caughtBy("Put the account name as Oluwaseun Adeyemi-Bakare when u pay, na my name be that", ["Oluwaseun Adeyemi-Bakare"])).toBe(true));
  it("My full name is Nguyen Thi Mai Anh if you need it for the booking", () =>
    expect(caughtBy("My full name is Nguyen Thi Mai Anh if you need it for the booking", ["Nguyen Thi Mai Anh"])).toBe(true));
  it("I'm on insta too, just type my name Brandon Kowalski, I post all my builds there", () =>
    expect(caughtBy("I'm on insta too, just type my name Brandon Kowalski, I post all my builds there", ["Brandon Kowalski"])).toBe(true));
  it("first name Sarah, last name is Montgomery-Price, double barrelled with a hyphen", () =>
    expect(caughtBy("first name Sarah, last name is Montgomery-Price, double barrelled with a hyphen", ["Sarah", "Montgomery-Price"])).toBe(true));
  it("Ask for Ravi Chandrasekhar when you ring the front desk, that's me, I own the place", () =>
    expect(caughtBy("Ask for Ravi Chandrasekhar when you ring the front desk, that's me, I own the place", ["Ravi Chandrasekhar"])).toBe(true));
  it("This is Aoife Gallagher btw, not sure if the app shows my last name or not", () =>
    expect(caughtBy("This is Aoife Gallagher btw, not sure if the app shows my last name or not", ["Aoife Gallagher"])).toBe(true));
  it("PayPal name is Marcus Thibodeaux, same as on my license", () => expect(caughtBy("PayPal name is Marcus Thibodeaux, same as on my license", ["Marcus Thibodeaux"])).toBe(true));
  // not flagged
  it.fails("Kenji here. Surname Watanabe. Tell the front desk that and they'll pull up the file", () =>
    expect(caughtBy("Kenji here. Surname Watanabe. Tell the front desk that and they'll pull up the file", ["Kenji", "Watanabe"])).toBe(true),
  );
  // not flagged
  it.fails("thx!! car feels brand new\n- jess mccormack", () => expect(caughtBy("thx!! car feels brand new\n- jess mccormack", ["jess mccormack"])).toBe(true));
  it("u can google me, Emeka Nwachukwu, I did the auto fair at Tafawa Balewa Square last year", () =>
    expect(caughtBy("u can google me, Emeka Nwachukwu, I did the auto fair at Tafawa Balewa Square last year", ["Emeka Nwachukwu"])).toBe(true));
  it("The name on the bank transfer will be J. Ramírez-Ortega, that's me, don't worry", () =>
    expect(caughtBy("The name on the bank transfer will be J. Ramírez-Ortega, that's me, don't worry", ["J. Ramírez-Ortega"])).toBe(true));
  it("Invoice to: Fatima Zahra Benali. Thanks", () => expect(caughtBy("Invoice to: Fatima Zahra Benali. Thanks", ["Fatima Zahra Benali"])).toBe(true));
  it("Call me Bob, but officially it's Robert Ainsworth III on all the paperwork", () =>
    expect(caughtBy("Call me Bob, but officially it's Robert Ainsworth III on all the paperwork", ["Robert Ainsworth III"])).toBe(true));
  it("ya my surname is D'Souza, with an apostrophe, first name Clifford", () =>
    expect(caughtBy("ya my surname is D'Souza, with an apostrophe, first name Clifford", ["D'Souza", "Clifford"])).toBe(true));
  it("i'm Arjun, full name Arjun Pratap Singh Rathore if u want to verify me on the trade board", () =>
    expect(caughtBy("i'm Arjun, full name Arjun Pratap Singh Rathore if u want to verify me on the trade board", ["Arjun Pratap Singh Rathore"])).toBe(true));
  // not flagged
  it.fails("Mark here. Tennant is the surname, if you need it for ordering the parts", () =>
    expect(caughtBy("Mark here. Tennant is the surname, if you need it for ordering the parts", ["Mark", "Tennant"])).toBe(true),
  );
  it("last name's Van Houten, like the cocoa lol. first name Greg", () => expect(caughtBy("last name's Van Houten, like the cocoa lol. first name Greg", ["Van Houten", "Greg"])).toBe(true));
  it("Write it on the invoice as Lakshmi Narayanan Iyer please, not just Lakshmi", () =>
    expect(caughtBy("Write it on the invoice as Lakshmi Narayanan Iyer please, not just Lakshmi", ["Lakshmi Narayanan Iyer"])).toBe(true));
  it("Hey, it's Rosa. My surname is De la Fuente, capital D capital F", () => expect(caughtBy("Hey, it's Rosa. My surname is De la Fuente, capital D capital F", ["Rosa", "De la Fuente"])).toBe(true));
  it("btw the surname is Abernathy. search that plus 'mobile mechanic Tulsa' and my page comes up first", () =>
    expect(caughtBy("btw the surname is Abernathy. search that plus 'mobile mechanic Tulsa' and my page comes up first", ["Abernathy"])).toBe(true));
  it("Thank you for your patience with the diagnosis.\nYours sincerely,\nCatherine Mwangi-Odhiambo", () =>
    expect(caughtBy("Thank you for your patience with the diagnosis.\nYours sincerely,\nCatherine Mwangi-Odhiambo", ["Catherine Mwangi-Odhiambo"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Good day sir, I am Engr. Babatunde Olawale Fashola, owner of the Corolla you checked yesterday", () =>
    expect(caughtBy("Good day sir, I am Engr. Babatunde Olawale Fashola, owner of the Corolla you checked yesterday", ["Babatunde Olawale Fashola"])).toBe(true));
  // not flagged
  it.fails("my name's Callum, the last bit is Fitzgerald. same as on the reg docs if you look", () =>
    expect(caughtBy("my name's Callum, the last bit is Fitzgerald. same as on the reg docs if you look", ["Callum", "Fitzgerald"])).toBe(true),
  );
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Hola, soy Juan Pablo García López, el del Corolla con el ruido en la dirección", () =>
    expect(caughtBy("Hola, soy Juan Pablo García López, el del Corolla con el ruido en la dirección", ["Juan Pablo García López"])).toBe(true));
  it("Búscame en Facebook como Lucía Fernández de Córdoba, ahí subí fotos del golpe", () =>
    expect(caughtBy("Búscame en Facebook como Lucía Fernández de Córdoba, ahí subí fotos del golpe", ["Lucía Fernández de Córdoba"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("La factura a nombre de Jorge Iván Restrepo Villegas porfa, es para la empresa", () =>
    expect(caughtBy("La factura a nombre de Jorge Iván Restrepo Villegas porfa, es para la empresa", ["Jorge Iván Restrepo Villegas"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("me llamo Nicolás, mi apellido es Echeverría, con tilde en la i", () => expect(caughtBy("me llamo Nicolás, mi apellido es Echeverría, con tilde en la i", ["Nicolás", "Echeverría"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Quedo atento. Saludos cordiales, Ing. Alejandro Muñoz Quintanilla", () =>
    expect(caughtBy("Quedo atento. Saludos cordiales, Ing. Alejandro Muñoz Quintanilla", ["Alejandro Muñoz Quintanilla"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("la transferencia te va a salir a nombre de Mariana Sosa Aguirre, soy yo eh", () =>
    expect(caughtBy("la transferencia te va a salir a nombre de Mariana Sosa Aguirre, soy yo eh", ["Mariana Sosa Aguirre"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Oi, aqui é o Thiago Albuquerque dos Santos, do Gol 2014 que tá com a embreagem pesada", () =>
    expect(caughtBy("Oi, aqui é o Thiago Albuquerque dos Santos, do Gol 2014 que tá com a embreagem pesada", ["Thiago Albuquerque dos Santos"])).toBe(true));
  it("o pix tá no nome de Fernanda Carvalho de Oliveira, pode mandar que sou eu", () =>
    expect(caughtBy("o pix tá no nome de Fernanda Carvalho de Oliveira, pode mandar que sou eu", ["Fernanda Carvalho de Oliveira"])).toBe(true));
  // not flagged
  it.fails("me procura no insta, Rodrigo Bittencourt, tem vídeo de todos os serviços que já fiz", () =>
    expect(caughtBy("me procura no insta, Rodrigo Bittencourt, tem vídeo de todos os serviços que já fiz", ["Rodrigo Bittencourt"])).toBe(true),
  );
  it("Obrigada pela ajuda. Cumprimentos, Maria João Vasconcelos Pereira", () =>
    expect(caughtBy("Obrigada pela ajuda. Cumprimentos, Maria João Vasconcelos Pereira", ["Maria João Vasconcelos Pereira"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("o meu apelido é Magalhães, o nome é Rui, para pôr na fatura", () => expect(caughtBy("o meu apelido é Magalhães, o nome é Rui, para pôr na fatura", ["Magalhães", "Rui"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Bonjour, je suis Jean-Baptiste Lefèvre, j'ai réservé pour la vidange jeudi", () =>
    expect(caughtBy("Bonjour, je suis Jean-Baptiste Lefèvre, j'ai réservé pour la vidange jeudi", ["Jean-Baptiste Lefèvre"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("mettez la facture au nom de Mme Hélène Dubois-Marchand svp, c'est pour ma mutuelle", () =>
    expect(caughtBy("mettez la facture au nom de Mme Hélène Dubois-Marchand svp, c'est pour ma mutuelle", ["Hélène Dubois-Marchand"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("mon nom de famille c'est de Villeneuve, en deux mots, prénom Arnaud", () =>
    expect(caughtBy("mon nom de famille c'est de Villeneuve, en deux mots, prénom Arnaud", ["de Villeneuve", "Arnaud"])).toBe(true));
  it("Merci encore pour le diagnostic. Cordialement, Karim Benhaddou", () => expect(caughtBy("Merci encore pour le diagnostic. Cordialement, Karim Benhaddou", ["Karim Benhaddou"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Hallo, ich bin Matthias Schönberger, wir hatten wegen dem Zahnriemen geschrieben", () =>
    expect(caughtBy("Hallo, ich bin Matthias Schönberger, wir hatten wegen dem Zahnriemen geschrieben", ["Matthias Schönberger"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Die Rechnung bitte auf Friedrich von Albrecht-Hainsberg ausstellen, danke", () =>
    expect(caughtBy("Die Rechnung bitte auf Friedrich von Albrecht-Hainsberg ausstellen, danke", ["Friedrich von Albrecht-Hainsberg"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Nachname ist Müller-Lüdenscheidt, mit Bindestrich. Vorname Klaus", () =>
    expect(caughtBy("Nachname ist Müller-Lüdenscheidt, mit Bindestrich. Vorname Klaus", ["Müller-Lüdenscheidt", "Klaus"])).toBe(true));
  it("Vielen Dank für die schnelle Hilfe!\nMfG Sabine Krzyzanowski", () => expect(caughtBy("Vielen Dank für die schnelle Hilfe!\nMfG Sabine Krzyzanowski", ["Sabine Krzyzanowski"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Salve, sono Giuseppe Di Lorenzo, quello della Panda che perde olio", () =>
    expect(caughtBy("Salve, sono Giuseppe Di Lorenzo, quello della Panda che perde olio", ["Giuseppe Di Lorenzo"])).toBe(true));
  it("cercami su facebook come Francesca Dell'Acqua, trovi le foto del danno", () =>
    expect(caughtBy("cercami su facebook come Francesca Dell'Acqua, trovi le foto del danno", ["Francesca Dell'Acqua"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Il cognome è Lo Cascio, staccato. Nome Salvatore. Per la fattura", () =>
    expect(caughtBy("Il cognome è Lo Cascio, staccato. Nome Salvatore. Per la fattura", ["Lo Cascio", "Salvatore"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Dzień dobry, tu Krzysztof Wiśniewski, pisałem w sprawie sprzęgła w Octavii", () =>
    expect(caughtBy("Dzień dobry, tu Krzysztof Wiśniewski, pisałem w sprawie sprzęgła w Octavii", ["Krzysztof Wiśniewski"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("fakturę proszę wystawić na Agnieszka Nowak-Jabłońska", () => expect(caughtBy("fakturę proszę wystawić na Agnieszka Nowak-Jabłońska", ["Agnieszka Nowak-Jabłońska"])).toBe(true));
  // not flagged
  it.fails("nazwisko: Szczepańczyk, przeliteruję: S-Z-C-Z-E-P-A-Ń-C-Z-Y-K", () =>
    expect(caughtBy("nazwisko: Szczepańczyk, przeliteruję: S-Z-C-Z-E-P-A-Ń-C-Z-Y-K", ["Szczepańczyk", "S-Z-C-Z-E-P-A-Ń-C-Z-Y-K"])).toBe(true),
  );
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Merhaba, ben Mehmet Ali Yıldırım, Passat'ın sahibi", () => expect(caughtBy("Merhaba, ben Mehmet Ali Yıldırım, Passat'ın sahibi", ["Mehmet Ali Yıldırım"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("faturayı Ayşe Karaoğlu adına kesin lütfen", () => expect(caughtBy("faturayı Ayşe Karaoğlu adına kesin lütfen", ["Ayşe Karaoğlu"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("adım Burak, soyadım Çelikkaya, instagramda aratırsanız çıkarım", () => expect(caughtBy("adım Burak, soyadım Çelikkaya, instagramda aratırsanız çıkarım", ["Burak", "Çelikkaya"])).toBe(true));
  it("Halo mas, saya Budi Santoso Wibowo yang servis Avanza kemarin", () => expect(caughtBy("Halo mas, saya Budi Santoso Wibowo yang servis Avanza kemarin", ["Budi Santoso Wibowo"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("transfernya atas nama Nur Aisyah binti Kamaruddin ya", () => expect(caughtBy("transfernya atas nama Nur Aisyah binti Kamaruddin ya", ["Nur Aisyah binti Kamaruddin"])).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("cari aja di fb, Rizky Pratama Hutapea, ada foto bengkel saya", () =>
    expect(caughtBy("cari aja di fb, Rizky Pratama Hutapea, ada foto bengkel saya", ["Rizky Pratama Hutapea"])).toBe(true),
  );
  it("bhai main Rohit Malhotra hu, kal wali Creta ki booking meri hai", () => expect(caughtBy("bhai main Rohit Malhotra hu, kal wali Creta ki booking meri hai", ["Rohit Malhotra"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("invoice pe naam Syed Imran Hussain Naqvi likhna please, office mein claim karna hai", () =>
    expect(caughtBy("invoice pe naam Syed Imran Hussain Naqvi likhna please, office mein claim karna hai", ["Syed Imran Hussain Naqvi"])).toBe(true));
  // caught since round 52: a surname after its bare label, a first name given in the message (names-owned.ts)
  it("mera naam Anil hai, surname Chaturvedi, google karoge toh meri workshop ki reviews mil jayengi", () =>
    expect(caughtBy("mera naam Anil hai, surname Chaturvedi, google karoge toh meri workshop ki reviews mil jayengi", ["Anil", "Chaturvedi"])).toBe(true));
  it("Hello po, ako po si Mark Anthony Villanueva, yung may-ari ng Vios", () =>
    expect(caughtBy("Hello po, ako po si Mark Anthony Villanueva, yung may-ari ng Vios", ["Mark Anthony Villanueva"])).toBe(true));
  // not flagged
  it.fails("pa-lagay nalang po sa resibo yung buong pangalan ko, Kristine Joy Dimaculangan", () =>
    expect(caughtBy("pa-lagay nalang po sa resibo yung buong pangalan ko, Kristine Joy Dimaculangan", ["Kristine Joy Dimaculangan"])).toBe(true),
  );
  // not flagged
  it.fails("مرحبا، أنا أحمد عبد الله الشمري صاحب الكامري", () => expect(caughtBy("مرحبا، أنا أحمد عبد الله الشمري صاحب الكامري", ["أحمد عبد الله الشمري"])).toBe(true));
  // not flagged
  it.fails("الفاتورة باسم خالد بن سعيد العتيبي لو سمحت", () => expect(caughtBy("الفاتورة باسم خالد بن سعيد العتيبي لو سمحت", ["خالد بن سعيد العتيبي"])).toBe(true));
  it("ana esmi Youssef El-Masry, dawwar 3alaya 3al facebook hatla2y sewar el 3arabeya", () =>
    expect(caughtBy("ana esmi Youssef El-Masry, dawwar 3alaya 3al facebook hatla2y sewar el 3arabeya", ["Youssef El-Masry"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("Hoi, ik ben Pieter van den Broek, over die APK van vrijdag", () => expect(caughtBy("Hoi, ik ben Pieter van den Broek, over die APK van vrijdag", ["Pieter van den Broek"])).toBe(true));
  // caught since round 32 (introductions-abroad.ts, party-names.ts)
  it("achternaam is De Vries-Bakker, met een streepje. voornaam Anouk", () =>
    expect(caughtBy("achternaam is De Vries-Bakker, met een streepje. voornaam Anouk", ["De Vries-Bakker", "Anouk"])).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("Chào anh, em là Trần Văn Hùng, chủ xe Vios hôm qua", () => expect(caughtBy("Chào anh, em là Trần Văn Hùng, chủ xe Vios hôm qua", ["Trần Văn Hùng"])).toBe(true));
  // not flagged
  it.fails("hóa đơn ghi tên Phạm Thị Thu Hà giúp em nhé", () => expect(caughtBy("hóa đơn ghi tên Phạm Thị Thu Hà giúp em nhé", ["Phạm Thị Thu Hà"])).toBe(true));
  // not flagged
  it.fails("Üdv, Kovács Péter vagyok, a Golf miatt írtam", () => expect(caughtBy("Üdv, Kovács Péter vagyok, a Golf miatt írtam", ["Kovács Péter"])).toBe(true));
  // not flagged
  it.fails("a számlát Szabó-Nagy Eszter névre kérném", () => expect(caughtBy("a számlát Szabó-Nagy Eszter névre kérném", ["Szabó-Nagy Eszter"])).toBe(true));
  // caught since round 43's refit
  it("Bună ziua, sunt Andrei Popescu-Ionescu, am programare pentru frâne", () =>
    expect(caughtBy("Bună ziua, sunt Andrei Popescu-Ionescu, am programare pentru frâne", ["Andrei Popescu-Ionescu"])).toBe(true));
  // not flagged
  it.fails("numele de familie e Constantinescu, prenumele Ioana, mă găsiți pe facebook ușor", () =>
    expect(caughtBy("numele de familie e Constantinescu, prenumele Ioana, mă găsiți pe facebook ușor", ["Constantinescu", "Ioana"])).toBe(true),
  );
});
