// Round 33 review 2: a blind reviewer of round 32 wrote 213 sentences (91 attacks, 122 innocents) on directions by landmarks and meetings in person;
// kept unread in tests/contacts/unseen-reviews until round 33 took it to judge landmarks33 (main 2 flagged / 54 caught -> 2 / 55; README, Round 33).
// This file specifies main after round 33, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 33 review 2: innocents", () => {
  it("the leak's under the car just behind the front right wheel, drips onto my driveway overnight. kind of pinkish and smells sweet. level in the reservoir dropped about 2cm in a week. coolant or ATF?", () =>
    expect(
      flaggedBy(
        "the leak's under the car just behind the front right wheel, drips onto my driveway overnight. kind of pinkish and smells sweet. level in the reservoir dropped about 2cm in a week. coolant or ATF?",
      ),
    ).toBe(false));
  it("shudder kicks in about 110 on the motorway just past the toll plaza, steering wheel shakes, stops under 90", () =>
    expect(flaggedBy("shudder kicks in about 110 on the motorway just past the toll plaza, steering wheel shakes, stops under 90")).toBe(false));
  it("الفيوز موجود تحت الطبلون جهة السواق، افتح الغطاء، الصف الثاني من فوق، الثالث من اليمين. لو محروق بدّله وجرب المكيف. وإذا ما اشتغل ارسل لي صورة هنا.", () =>
    expect(flaggedBy("الفيوز موجود تحت الطبلون جهة السواق، افتح الغطاء، الصف الثاني من فوق، الثالث من اليمين. لو محروق بدّله وجرب المكيف. وإذا ما اشتغل ارسل لي صورة هنا.")).toBe(false));
  it("the AC works fine on the motorway but in town traffic it starts blowing warm after a few minutes", () =>
    expect(flaggedBy("the AC works fine on the motorway but in town traffic it starts blowing warm after a few minutes")).toBe(false));
  it("the knock only starts when I take the left off the roundabout by the big Tesco, then goes away on the straight. Gets worse when it's cold. Only had the car since March. Is that a CV joint or something in the suspension?", () =>
    expect(
      flaggedBy(
        "the knock only starts when I take the left off the roundabout by the big Tesco, then goes away on the straight. Gets worse when it's cold. Only had the car since March. Is that a CV joint or something in the suspension?",
      ),
    ).toBe(false));
  it("não, não atendo fora do aplicativo, leve o carro na oficina que você agendou", () =>
    expect(flaggedBy("não, não atendo fora do aplicativo, leve o carro na oficina que você agendou")).toBe(false));
  it("I can't be at the workshop when they open, can I leave the keys in the key drop box?", () =>
    expect(flaggedBy("I can't be at the workshop when they open, can I leave the keys in the key drop box?")).toBe(false));
  it("lo siento, no puedo quedar contigo fuera de la plataforma, lleva el coche al taller reservado", () =>
    expect(flaggedBy("lo siento, no puedo quedar contigo fuera de la plataforma, lleva el coche al taller reservado")).toBe(false));
  it("o barulho aparece quando passo na lombada perto do meu trabalho, do lado direito da frente. Parece um toc seco. Em asfalto liso não faz nada. Será bieleta?", () =>
    expect(flaggedBy("o barulho aparece quando passo na lombada perto do meu trabalho, do lado direito da frente. Parece um toc seco. Em asfalto liso não faz nada. Será bieleta?")).toBe(false));
  it("satnav keeps telling me to turn left at roundabouts that don't exist anymore, is that just a map update or the unit?", () =>
    expect(flaggedBy("satnav keeps telling me to turn left at roundabouts that don't exist anymore, is that just a map update or the unit?")).toBe(false));
  it("which way round does the belt go? over the alternator, under the idler, then round the crank pulley right?", () =>
    expect(flaggedBy("which way round does the belt go? over the alternator, under the idler, then round the crank pulley right?")).toBe(false));
  it("the car's parked in a basement car park with no signal, I'll move it up to the street to run the scan", () =>
    expect(flaggedBy("the car's parked in a basement car park with no signal, I'll move it up to the street to run the scan")).toBe(false));
  it("the workshop the mechanic escalated to is on the other side of town, can I pick a closer one in the app?", () =>
    expect(flaggedBy("the workshop the mechanic escalated to is on the other side of town, can I pick a closer one in the app?")).toBe(false));
  it("Çekici aracı otoyoldan alıp uygulamada seçtiğiniz servise götürecek. Servis danışmanı araç gelince size buradan haber verecek. Teklif de buraya düşer, onayı uygulamadan verirsiniz.", () =>
    expect(
      flaggedBy("Çekici aracı otoyoldan alıp uygulamada seçtiğiniz servise götürecek. Servis danışmanı araç gelince size buradan haber verecek. Teklif de buraya düşer, onayı uygulamadan verirsiniz."),
    ).toBe(false));
  it("sorry mate, I can't meet you outside the app, please drop it at the workshop you booked and they'll sort it", () =>
    expect(flaggedBy("sorry mate, I can't meet you outside the app, please drop it at the workshop you booked and they'll sort it")).toBe(false));
  it("it stalls at the lights at the bottom of my road every morning, usually after about 3 km, engine warm", () =>
    expect(flaggedBy("it stalls at the lights at the bottom of my road every morning, usually after about 3 km, engine warm")).toBe(false));
  it("Il sensore è sotto la macchina, dietro il catalizzatore. Segua il tubo di scarico dal collettore verso il posteriore: il primo sensore che trova è la sonda a monte, il secondo è quella a valle. Quella che segnala l'errore è la seconda. Mi mandi la foto del connettore.", () =>
    expect(
      flaggedBy(
        "Il sensore è sotto la macchina, dietro il catalizzatore. Segua il tubo di scarico dal collettore verso il posteriore: il primo sensore che trova è la sonda a monte, il secondo è quella a valle. Quella che segnala l'errore è la seconda. Mi mandi la foto del connettore.",
      ),
    ).toBe(false));
  it("no worries, I'll follow the directions in the booking to the workshop, see you in the app once they've had a look", () =>
    expect(flaggedBy("no worries, I'll follow the directions in the booking to the workshop, see you in the app once they've had a look")).toBe(false));
  it("samahani, siwezi kukutana nawe nje ya app, peleka gari kwenye garage uliyoweka booking", () =>
    expect(flaggedBy("samahani, siwezi kukutana nawe nje ya app, peleka gari kwenye garage uliyoweka booking")).toBe(false));
  it("had to drive out to Dubbo and back on the weekend, 800 km, and now there's a whine from the diff when I lift off", () =>
    expect(flaggedBy("had to drive out to Dubbo and back on the weekend, 800 km, and now there's a whine from the diff when I lift off")).toBe(false));
  it("how far is the workshop from you roughly? if it's more than 20 km with that noise I'd get it towed", () =>
    expect(flaggedBy("how far is the workshop from you roughly? if it's more than 20 km with that noise I'd get it towed")).toBe(false));
  it("Oga the car just dey jerk when I climb the bridge for Third Mainland, especially for traffic. When e reach flat road e dey okay. I don check the ATF, e black small. Abeg wetin fit cause am?", () =>
    expect(
      flaggedBy(
        "Oga the car just dey jerk when I climb the bridge for Third Mainland, especially for traffic. When e reach flat road e dey okay. I don check the ATF, e black small. Abeg wetin fit cause am?",
      ),
    ).toBe(false));
  it("maaf mas, saya gak bisa ketemuan di luar aplikasi, mobilnya dibawa ke bengkel yang sudah dipesan aja", () =>
    expect(flaggedBy("maaf mas, saya gak bisa ketemuan di luar aplikasi, mobilnya dibawa ke bengkel yang sudah dipesan aja")).toBe(false));
  it("The fault comes and goes. Yesterday it cut out twice on the ring road near the hospital, both times at idle at a red light. Today 50 km no issues. Battery is 3 years old. Should I still take it in?", () =>
    expect(
      flaggedBy(
        "The fault comes and goes. Yesterday it cut out twice on the ring road near the hospital, both times at idle at a red light. Today 50 km no issues. Battery is 3 years old. Should I still take it in?",
      ),
    ).toBe(false));
  it("So the clunk happens every time I turn into my driveway, it's a steep angle off the road and the front dips hard. Doesn't do it anywhere else. Could be a sway bar link right? The workshop quoted 320 in the app which seems fine, just want to confirm before I approve.", () =>
    expect(
      flaggedBy(
        "So the clunk happens every time I turn into my driveway, it's a steep angle off the road and the front dips hard. Doesn't do it anywhere else. Could be a sway bar link right? The workshop quoted 320 in the app which seems fine, just want to confirm before I approve.",
      ),
    ).toBe(false));
  it("the workshop's in the booking, just follow the map link in the app, they're open till 5:30", () =>
    expect(flaggedBy("the workshop's in the booking, just follow the map link in the app, they're open till 5:30")).toBe(false));
  it("para sacar el filtro de habitáculo abrís la guantera, apretás los costados y queda a la vista la tapita, tirás hacia vos", () =>
    expect(flaggedBy("para sacar el filtro de habitáculo abrís la guantera, apretás los costados y queda a la vista la tapita, tirás hacia vos")).toBe(false));
  it("my neighbour said the same car down our street had the timing chain go at 120k, should I be worried?", () =>
    expect(flaggedBy("my neighbour said the same car down our street had the timing chain go at 120k, should I be worried?")).toBe(false));
  it("The workshop offers pickup through the app, they'll grab it from home Monday morning. Do I need to leave the keys somewhere or will the driver knock? Also can they check the aircon while it's in?", () =>
    expect(
      flaggedBy(
        "The workshop offers pickup through the app, they'll grab it from home Monday morning. Do I need to leave the keys somewhere or will the driver knock? Also can they check the aircon while it's in?",
      ),
    ).toBe(false));
  it("Le connecteur est derrière le phare gauche : démontez d'abord le cache plastique, suivez le faisceau vers la batterie, puis descendez le long du longeron. Il y a un connecteur noir à trois broches juste avant le passage de roue. C'est le capteur de température extérieure. Envoyez-moi une photo.", () =>
    expect(
      flaggedBy(
        "Le connecteur est derrière le phare gauche : démontez d'abord le cache plastique, suivez le faisceau vers la batterie, puis descendez le long du longeron. Il y a un connecteur noir à trois broches juste avant le passage de roue. C'est le capteur de température extérieure. Envoyez-moi une photo.",
      ),
    ).toBe(false));
  it("sorry bhai main bahar nahi milta, app pe jo workshop book hai wahin gaadi le jao", () =>
    expect(flaggedBy("sorry bhai main bahar nahi milta, app pe jo workshop book hai wahin gaadi le jao")).toBe(false));
  it("the recovery truck is meeting me in the lay-by on the A34 where I broke down, the insurer arranged it, they'll take it to the booked garage", () =>
    expect(flaggedBy("the recovery truck is meeting me in the lay-by on the A34 where I broke down, the insurer arranged it, they'll take it to the booked garage")).toBe(false));
  it("nah I'm not comfortable meeting you at your place, let's keep it on the app please", () =>
    expect(flaggedBy("nah I'm not comfortable meeting you at your place, let's keep it on the app please")).toBe(false));
  it("стук появляется только когда заезжаю во двор через высокий бордюр, справа спереди", () =>
    expect(flaggedBy("стук появляется только когда заезжаю во двор через высокий бордюр, справа спереди")).toBe(false));
  it("xe kêu khi quẹo trái ở vòng xoay gần nhà, chạy thẳng thì không sao", () => expect(flaggedBy("xe kêu khi quẹo trái ở vòng xoay gần nhà, chạy thẳng thì không sao")).toBe(false));
  it("गाड़ी ऑफिस के पास वाले स्पीड ब्रेकर पर खटखट करती है, आगे बाएँ तरफ से आवाज़ आती है", () => expect(flaggedBy("गाड़ी ऑफिस के पास वाले स्पीड ब्रेकर पर खटखट करती है, आगे बाएँ तरफ से आवाज़ आती है")).toBe(false));
  it("I'd rather not meet anyone in person, is it ok if the tow company just takes it to the workshop?", () =>
    expect(flaggedBy("I'd rather not meet anyone in person, is it ok if the tow company just takes it to the workshop?")).toBe(false));
  it("I'm in Nairobi, are parts for a 2012 Fielder easy to find here or will the workshop need to order?", () =>
    expect(flaggedBy("I'm in Nairobi, are parts for a 2012 Fielder easy to find here or will the workshop need to order?")).toBe(false));
  it("je fais 25 km tous les matins pour aller au boulot, moitié nationale moitié ville, est-ce que ça suffit pour régénérer le FAP ?", () =>
    expect(flaggedBy("je fais 25 km tous les matins pour aller au boulot, moitié nationale moitié ville, est-ce que ça suffit pour régénérer le FAP ?")).toBe(false));
  it("noise is coming from the back left, around where the spare wheel sits", () => expect(flaggedBy("noise is coming from the back left, around where the spare wheel sits")).toBe(false));
  it("vou viajar de São Paulo pra Campinas amanhã, dá pra ir com essa luz acesa ou chamo o guincho?", () =>
    expect(flaggedBy("vou viajar de São Paulo pra Campinas amanhã, dá pra ir com essa luz acesa ou chamo o guincho?")).toBe(false));
  it("I no fit meet you outside o, make I carry am go the workshop wey dem book for app", () =>
    expect(flaggedBy("I no fit meet you outside o, make I carry am go the workshop wey dem book for app")).toBe(false));
  it("el sot bytla3 lama anzel el matab, w lama ados 3al fren byhezz el direksiyon", () =>
    expect(flaggedBy("el sot bytla3 lama anzel el matab, w lama ados 3al fren byhezz el direksiyon")).toBe(false));
  it("the cable runs from the battery along the left chassis rail to the starter, check where it passes the exhaust", () =>
    expect(flaggedBy("the cable runs from the battery along the left chassis rail to the starter, check where it passes the exhaust")).toBe(false));
  it("hit a massive pothole on Kingsway just after the bus stop, proper bang. Now it pulls right and the steering wheel's off centre. Tyre looks ok but there's a small bulge on the inner sidewall. Safe to drive to the workshop?", () =>
    expect(
      flaggedBy(
        "hit a massive pothole on Kingsway just after the bus stop, proper bang. Now it pulls right and the steering wheel's off centre. Tyre looks ok but there's a small bulge on the inner sidewall. Safe to drive to the workshop?",
      ),
    ).toBe(false));
  it("Am I OK to leave it in the workshop's car park overnight? I'm dropping it Sunday evening", () =>
    expect(flaggedBy("Am I OK to leave it in the workshop's car park overnight? I'm dropping it Sunday evening")).toBe(false));
  it("stuka tylko na progach zwalniających przy mojej pracy, z przodu po lewej", () => expect(flaggedBy("stuka tylko na progach zwalniających przy mojej pracy, z przodu po lewej")).toBe(false));
  it("Thanks for booking with Harlow Motor Services. When you arrive, pull into the yard through the second entrance, the first one is for the MOT bay. Our service advisor Priya will meet you at reception and take the keys. We'll message the quote here in the app once the mechanic's findings are in.", () =>
    expect(
      flaggedBy(
        "Thanks for booking with Harlow Motor Services. When you arrive, pull into the yard through the second entrance, the first one is for the MOT bay. Our service advisor Priya will meet you at reception and take the keys. We'll message the quote here in the app once the mechanic's findings are in.",
      ),
    ).toBe(false));
  it("el ruido sale cuando giro a la derecha en las rotondas, sobre todo bajando el puerto de Navacerrada. En recta no se oye nada. Los neumáticos son nuevos. ¿Puede ser la rótula?", () =>
    expect(
      flaggedBy("el ruido sale cuando giro a la derecha en las rotondas, sobre todo bajando el puerto de Navacerrada. En recta no se oye nada. Los neumáticos son nuevos. ¿Puede ser la rótula?"),
    ).toBe(false));
  it("le bruit apparaît dans les virages à gauche, surtout au rond-point en sortant de l'autoroute. En ligne droite rien. J'ai changé les pneus avant il y a deux mois. Ça peut être le roulement ?", () =>
    expect(
      flaggedBy(
        "le bruit apparaît dans les virages à gauche, surtout au rond-point en sortant de l'autoroute. En ligne droite rien. J'ai changé les pneus avant il y a deux mois. Ça peut être le roulement ?",
      ),
    ).toBe(false));
  it("الصوت يطلع بس لما أدخل الدوار وأنا لاف يسار، وفي الخط السريع ما فيه شي", () => expect(flaggedBy("الصوت يطلع بس لما أدخل الدوار وأنا لاف يسار، وفي الخط السريع ما فيه شي")).toBe(false));
  it("turn the steering fully left, then look behind the wheel arch liner, the ABS sensor plug is clipped up near the top", () =>
    expect(flaggedBy("turn the steering fully left, then look behind the wheel arch liner, the ABS sensor plug is clipped up near the top")).toBe(false));
  it("Hi, the car cut out on the N2 just after the Somerset West offramp and I coasted onto the shoulder. Roadside assist towed it to the workshop in the app. The advisor says they'll only have a look tomorrow morning. Is there anything I should tell them about the scan you did?", () =>
    expect(
      flaggedBy(
        "Hi, the car cut out on the N2 just after the Somerset West offramp and I coasted onto the shoulder. Roadside assist towed it to the workshop in the app. The advisor says they'll only have a look tomorrow morning. Is there anything I should tell them about the scan you did?",
      ),
    ).toBe(false));
  it("the battery keeps dying during load shedding when the gate motor's off and I leave it parked outside, could it be a drain?", () =>
    expect(flaggedBy("the battery keeps dying during load shedding when the gate motor's off and I leave it parked outside, could it be a drain?")).toBe(false));
  it("my house is on a steep hill so I always leave it in gear, could that have worn the handbrake?", () =>
    expect(flaggedBy("my house is on a steep hill so I always leave it in gear, could that have worn the handbrake?")).toBe(false));
  it("laweta zabierze auto z parkingu pod blokiem i zawiezie do warsztatu z rezerwacji", () =>
    expect(flaggedBy("laweta zabierze auto z parkingu pod blokiem i zawiezie do warsztatu z rezerwacji")).toBe(false));
  it("car's at my apartment complex, in the back lot by the dumpsters, that's where the tow truck the app sent will pick it up right?", () =>
    expect(flaggedBy("car's at my apartment complex, in the back lot by the dumpsters, that's where the tow truck the app sent will pick it up right?")).toBe(false));
  it("non désolé, je ne me déplace pas chez les clients et je ne donne pas de rendez-vous ailleurs, tout passe par le garage réservé", () =>
    expect(flaggedBy("non désolé, je ne me déplace pas chez les clients et je ne donne pas de rendez-vous ailleurs, tout passe par le garage réservé")).toBe(false));
  it("het tikken begint pas na een kilometer of vijf, meestal als ik bij de afrit de snelweg op rij", () =>
    expect(flaggedBy("het tikken begint pas na een kilometer of vijf, meestal als ik bij de afrit de snelweg op rij")).toBe(false));
  it("je dois faire Lyon–Marseille samedi, 300 km, je peux rouler avec ce voyant ou je fais remorquer ?", () =>
    expect(flaggedBy("je dois faire Lyon–Marseille samedi, 300 km, je peux rouler avec ce voyant ou je fais remorquer ?")).toBe(false));
  it("hayır abi, dışarıda buluşamam, randevulu servise götür lütfen", () => expect(flaggedBy("hayır abi, dışarıda buluşamam, randevulu servise götür lütfen")).toBe(false));
  it("das Klopfen kommt nur, wenn ich bei uns die Einfahrt rückwärts hochfahre, also bei vollem Lenkeinschlag. Auf der Straße ist nichts. Servoöl ist voll. Kann das die Antriebswelle sein?", () =>
    expect(
      flaggedBy(
        "das Klopfen kommt nur, wenn ich bei uns die Einfahrt rückwärts hochfahre, also bei vollem Lenkeinschlag. Auf der Straße ist nichts. Servoöl ist voll. Kann das die Antriebswelle sein?",
      ),
    ).toBe(false));
  it("Follow the main loom down past the battery tray, then turn left along the firewall. Just behind the brake booster you'll find a grey two-pin connector. That's the cam sensor plug. Unclip it, check for green corrosion on the pins, and send me a photo.", () =>
    expect(
      flaggedBy(
        "Follow the main loom down past the battery tray, then turn left along the firewall. Just behind the brake booster you'll find a grey two-pin connector. That's the cam sensor plug. Unclip it, check for green corrosion on the pins, and send me a photo.",
      ),
    ).toBe(false));
  it("Sir the workshop you escalated is the one on MG Road as per booking, I reached, advisor is checking now", () =>
    expect(flaggedBy("Sir the workshop you escalated is the one on MG Road as per booking, I reached, advisor is checking now")).toBe(false));
  it("συγγνώμη, δεν συναντιέμαι εκτός εφαρμογής, πηγαίνετε το αυτοκίνητο στο συνεργείο της κράτησης", () =>
    expect(flaggedBy("συγγνώμη, δεν συναντιέμαι εκτός εφαρμογής, πηγαίνετε το αυτοκίνητο στο συνεργείο της κράτησης")).toBe(false));
  it("zgomotul apare doar pe autostradă peste 120, după ce trec de Pitești începe să vibreze volanul", () =>
    expect(flaggedBy("zgomotul apare doar pe autostradă peste 120, după ce trec de Pitești începe să vibreze volanul")).toBe(false));
  it("the car overheated on Mombasa Road near the airport turnoff, I've parked at the petrol station, tow is coming to take it to the booked garage", () =>
    expect(flaggedBy("the car overheated on Mombasa Road near the airport turnoff, I've parked at the petrol station, tow is coming to take it to the booked garage")).toBe(false));
  it("reversing camera guidelines don't line up when I back into my garage, the car ends up a foot to the left", () =>
    expect(flaggedBy("reversing camera guidelines don't line up when I back into my garage, the car ends up a foot to the left")).toBe(false));
  it("Sir Delhi se Jaipur gaya tha, highway pe 100 ke upar steering kaanpne lagi. Toll ke baad petrol pump pe ruk ke dekha toh tyre theek lag rahe the. Wheel balancing karwani padegi kya? Workshop jo app ne diya hai usi pe karwa lunga.", () =>
    expect(
      flaggedBy(
        "Sir Delhi se Jaipur gaya tha, highway pe 100 ke upar steering kaanpne lagi. Toll ke baad petrol pump pe ruk ke dekha toh tyre theek lag rahe the. Wheel balancing karwani padegi kya? Workshop jo app ne diya hai usi pe karwa lunga.",
      ),
    ).toBe(false));
  it("Driving Manchester to Leeds on Friday, roughly 45 miles of M62. Safe to do with the oil light flickering or should I get it towed? Booked the workshop for Monday but I need to be in Leeds for work.", () =>
    expect(
      flaggedBy(
        "Driving Manchester to Leeds on Friday, roughly 45 miles of M62. Safe to do with the oil light flickering or should I get it towed? Booked the workshop for Monday but I need to be in Leeds for work.",
      ),
    ).toBe(false));
  it("I was reversing out of my garage and scraped the door on the gate post, is that something the workshop can do too?", () =>
    expect(flaggedBy("I was reversing out of my garage and scraped the door on the gate post, is that something the workshop can do too?")).toBe(false));
  it("Seit dem Parkhaus am Hauptbahnhof blinkt die Reifendruckkontrolle. Ich bin da über eine ziemlich scharfe Kante gefahren. Der Druck scheint okay. Muss ich trotzdem zur gebuchten Werkstatt?", () =>
    expect(
      flaggedBy(
        "Seit dem Parkhaus am Hauptbahnhof blinkt die Reifendruckkontrolle. Ich bin da über eine ziemlich scharfe Kante gefahren. Der Druck scheint okay. Muss ich trotzdem zur gebuchten Werkstatt?",
      ),
    ).toBe(false));
  it("the check engine light came on right after I filled up at the Shell on my way to work, could the cap be loose?", () =>
    expect(flaggedBy("the check engine light came on right after I filled up at the Shell on my way to work, could the cap be loose?")).toBe(false));
  it("der Abschleppdienst holt ihn vom Rastplatz an der A9 ab und bringt ihn direkt in die gebuchte Werkstatt", () =>
    expect(flaggedBy("der Abschleppdienst holt ihn vom Rastplatz an der A9 ab und bringt ihn direkt in die gebuchte Werkstatt")).toBe(false));
  it("Nein, ein Treffen außerhalb der Plattform mache ich nicht, bitte bringen Sie das Auto in die Werkstatt laut Buchung.", () =>
    expect(flaggedBy("Nein, ein Treffen außerhalb der Plattform mache ich nicht, bitte bringen Sie das Auto in die Werkstatt laut Buchung.")).toBe(false));
  it("the mechanic on the call asked me to drive to the end of my street and back with the scanner plugged in, done, data's uploaded", () =>
    expect(flaggedBy("the mechanic on the call asked me to drive to the end of my street and back with the scanner plugged in, done, data's uploaded")).toBe(false));
  it("hindi po ako nakikipagkita sa labas ng app, dalhin na lang po sa naka-book na shop", () =>
    expect(flaggedBy("hindi po ako nakikipagkita sa labas ng app, dalhin na lang po sa naka-book na shop")).toBe(false));
  it("bhaiya aawaz sirf flyover chadhte time aati hai, neeche flat road pe theek hai", () =>
    expect(flaggedBy("bhaiya aawaz sirf flyover chadhte time aati hai, neeche flat road pe theek hai")).toBe(false));
  it("Das Steuergerät sitzt im Fußraum Beifahrerseite hinter der Verkleidung. Teppich zurückklappen, dann sehen Sie links die zwei Stecker. Der graue ist für die Komfortfunktionen. Prüfen Sie bitte, ob da Wasser drin steht, bei dem Modell ist der Wasserablauf oft verstopft.", () =>
    expect(
      flaggedBy(
        "Das Steuergerät sitzt im Fußraum Beifahrerseite hinter der Verkleidung. Teppich zurückklappen, dann sehen Sie links die zwei Stecker. Der graue ist für die Komfortfunktionen. Prüfen Sie bitte, ob da Wasser drin steht, bei dem Modell ist der Wasserablauf oft verstopft.",
      ),
    ).toBe(false));
  it("A oficina indicada fica na morada que aparece na marcação. Quando chegar, estacione do lado esquerdo, junto às boxes de lavagem, e entregue a chave na receção. O orçamento chega aqui pela aplicação. Qualquer dúvida diga.", () =>
    expect(
      flaggedBy(
        "A oficina indicada fica na morada que aparece na marcação. Quando chegar, estacione do lado esquerdo, junto às boxes de lavagem, e entregue a chave na receção. O orçamento chega aqui pela aplicação. Qualquer dúvida diga.",
      ),
    ).toBe(false));
  it("the workshop you sent me to is grand, found it no bother with the directions in the app", () =>
    expect(flaggedBy("the workshop you sent me to is grand, found it no bother with the directions in the app")).toBe(false));
  it("Right, so the rattle comes from under the car, roughly in the middle, just under the gear stick. It's worst at 1500 rpm in third, pulling up the hill by the school. I reckon it's the heat shield. The workshop you escalated me to is fine, I've booked the Thursday slot.", () =>
    expect(
      flaggedBy(
        "Right, so the rattle comes from under the car, roughly in the middle, just under the gear stick. It's worst at 1500 rpm in third, pulling up the hill by the school. I reckon it's the heat shield. The workshop you escalated me to is fine, I've booked the Thursday slot.",
      ),
    ).toBe(false));
  it("first start of the day is fine, it's only after I park at the supermarket for 20 min that it won't crank", () =>
    expect(flaggedBy("first start of the day is fine, it's only after I park at the supermarket for 20 min that it won't crank")).toBe(false));
  it("Okay so here's what I need you to do. Start it cold, let it idle two minutes, then drive gently to the first set of lights and back. Watch the short-term fuel trims on bank 1. If they go above +15 at idle we're looking at a vacuum leak, probably the PCV hose behind the intake.", () =>
    expect(
      flaggedBy(
        "Okay so here's what I need you to do. Start it cold, let it idle two minutes, then drive gently to the first set of lights and back. Watch the short-term fuel trims on bank 1. If they go above +15 at idle we're looking at a vacuum leak, probably the PCV hose behind the intake.",
      ),
    ).toBe(false));
  it("ska ta färjan till Gotland på fredag, kan jag köra med den här varningslampan eller ska jag låta verkstaden titta först?", () =>
    expect(flaggedBy("ska ta färjan till Gotland på fredag, kan jag köra med den här varningslampan eller ska jag låta verkstaden titta först?")).toBe(false));
  it("can you join the video call while I'm at the workshop so you can explain it to the advisor?", () =>
    expect(flaggedBy("can you join the video call while I'm at the workshop so you can explain it to the advisor?")).toBe(false));
  it("le garage que t'as réservé c'est celui sur le boulevard dans l'app, ils ouvrent à 7h30, tu laisses les clés au comptoir", () =>
    expect(flaggedBy("le garage que t'as réservé c'est celui sur le boulevard dans l'app, ils ouvrent à 7h30, tu laisses les clés au comptoir")).toBe(false));
  it("Mate it only does it on the dirt. Out at my in-laws' the road's corrugated for about 10 km and by the end there's a clunk from the front left every bump. Back on the bitumen it's quiet. Workshop in the app has me booked for Tuesday, anything I should ask them to look at specifically?", () =>
    expect(
      flaggedBy(
        "Mate it only does it on the dirt. Out at my in-laws' the road's corrugated for about 10 km and by the end there's a clunk from the front left every bump. Back on the bitumen it's quiet. Workshop in the app has me booked for Tuesday, anything I should ask them to look at specifically?",
      ),
    ).toBe(false));
  it("it's a silver 2014 Accord with a dent in the rear bumper, the workshop asked me to describe it so they can find it in their lot after the tow", () =>
    expect(flaggedBy("it's a silver 2014 Accord with a dent in the rear bumper, the workshop asked me to describe it so they can find it in their lot after the tow")).toBe(false));
  it("may kalansing pag dumadaan ako sa humps sa subdivision namin, sa likod na kaliwa ata", () =>
    expect(flaggedBy("may kalansing pag dumadaan ako sa humps sa subdivision namin, sa likod na kaliwa ata")).toBe(false));
  it("derek akan jemput mobil dari tol dan antar ke bengkel mitra sesuai booking", () => expect(flaggedBy("derek akan jemput mobil dari tol dan antar ke bengkel mitra sesuai booking")).toBe(false));
  it("gari linatoa kelele nikipita matuta karibu na ofisi yangu, upande wa mbele kulia. Barabara laini hakuna shida. Nimeangalia matairi yako sawa. Inaweza kuwa bushi?", () =>
    expect(flaggedBy("gari linatoa kelele nikipita matuta karibu na ofisi yangu, upande wa mbele kulia. Barabara laini hakuna shida. Nimeangalia matairi yako sawa. Inaweza kuwa bushi?")).toBe(false));
  it("Each time I dey enter the roundabout for Allen, the steering go dey hard and e go make sound like krrr. For straight road e no dey do am. Power steering oil still full. Na pump don go?", () =>
    expect(
      flaggedBy(
        "Each time I dey enter the roundabout for Allen, the steering go dey hard and e go make sound like krrr. For straight road e no dey do am. Power steering oil still full. Na pump don go?",
      ),
    ).toBe(false));
  it("the tracker the insurance fitted is tucked under the dash on the driver's side, could that be draining the battery?", () =>
    expect(flaggedBy("the tracker the insurance fitted is tucked under the dash on the driver's side, could that be draining the battery?")).toBe(false));
  it("Your booking's confirmed at AutoFix Ringwood, full address is in the booking details. Parking's round the back, reception is through the glass door.", () =>
    expect(flaggedBy("Your booking's confirmed at AutoFix Ringwood, full address is in the booking details. Parking's round the back, reception is through the glass door.")).toBe(false));
  it("I'm on the hard shoulder near junction 23, the AA say they'll tow me to the garage I booked, is that ok with you?", () =>
    expect(flaggedBy("I'm on the hard shoulder near junction 23, the AA say they'll tow me to the garage I booked, is that ok with you?")).toBe(false));
  it("will the advisor be there when I drop it at 8 or do I just hand the keys to whoever's on the desk?", () =>
    expect(flaggedBy("will the advisor be there when I drop it at 8 or do I just hand the keys to whoever's on the desk?")).toBe(false));
  it("No, I don't come to people's houses and I won't meet in a car park. Everything goes through the platform, that's how you're covered if something goes wrong.", () =>
    expect(flaggedBy("No, I don't come to people's houses and I won't meet in a car park. Everything goes through the platform, that's how you're covered if something goes wrong.")).toBe(false));
  it("ya llegué, el taller de la app es el que está junto a la llantera, ¿le dejo las llaves al asesor?", () =>
    expect(flaggedBy("ya llegué, el taller de la app es el que está junto a la llantera, ¿le dejo las llaves al asesor?")).toBe(false));
  it("Left it in the long-stay car park at the airport for 2 weeks and now it just clicks", () =>
    expect(flaggedBy("Left it in the long-stay car park at the airport for 2 weeks and now it just clicks")).toBe(false));
  it("la spia si accende sempre in salita, tipo quando faccio la strada per il passo, mai in pianura", () =>
    expect(flaggedBy("la spia si accende sempre in salita, tipo quando faccio la strada per il passo, mai in pianura")).toBe(false));
  it("fuse box is behind the glovebox on the passenger side, second row, third fuse from the right, 15A, check that one first", () =>
    expect(flaggedBy("fuse box is behind the glovebox on the passenger side, second row, third fuse from the right, 15A, check that one first")).toBe(false));
  it("nee sorry, ik spreek niet af buiten de app, breng hem maar naar de garage die je geboekt hebt", () =>
    expect(flaggedBy("nee sorry, ik spreek niet af buiten de app, breng hem maar naar de garage die je geboekt hebt")).toBe(false));
  it("Madam the speedometer stops working after the toll booth every time, then comes back after few km", () =>
    expect(flaggedBy("Madam the speedometer stops working after the toll booth every time, then comes back after few km")).toBe(false));
  it("I live about 40 minutes from the workshop, is it ok to drive there with the ABS light on?", () =>
    expect(flaggedBy("I live about 40 minutes from the workshop, is it ok to drive there with the ABS light on?")).toBe(false));
  it("آسف ما أقدر أقابلك برا التطبيق، ودّ السيارة للورشة اللي حجزتها", () => expect(flaggedBy("آسف ما أقدر أقابلك برا التطبيق، ودّ السيارة للورشة اللي حجزتها")).toBe(false));
  it("drive it round the block a few times then send me the live data screenshot", () => expect(flaggedBy("drive it round the block a few times then send me the live data screenshot")).toBe(false));
  it("Galing ako Batangas pauwi ng Manila kahapon, mga 120 km sa SLEX. Pagdating ng Alabang biglang umilaw yung temperature tapos may amoy na matamis. Tumigil ako sa gas station at may tumutulo sa ilalim. Safe ba i-drive papunta sa naka-book na shop o ipa-tow ko na?", () =>
    expect(
      flaggedBy(
        "Galing ako Batangas pauwi ng Manila kahapon, mga 120 km sa SLEX. Pagdating ng Alabang biglang umilaw yung temperature tapos may amoy na matamis. Tumigil ako sa gas station at may tumutulo sa ilalim. Safe ba i-drive papunta sa naka-book na shop o ipa-tow ko na?",
      ),
    ).toBe(false));
  it("Sir the noise comes only on speed breakers near my office, front right side, like tak tak", () =>
    expect(flaggedBy("Sir the noise comes only on speed breakers near my office, front right side, like tak tak")).toBe(false));
  it("abi ses sadece sola dönerken geliyor, özellikle köprüden inerken. Düz yolda hiç yok. Lastikler yeni. Rotil olabilir mi?", () =>
    expect(flaggedBy("abi ses sadece sola dönerken geliyor, özellikle köprüden inerken. Düz yolda hiç yok. Lastikler yeni. Rotil olabilir mi?")).toBe(false));
  it("the tow truck will collect it from the Asda car park where it died and bring it straight to the workshop you booked through the app", () =>
    expect(flaggedBy("the tow truck will collect it from the Asda car park where it died and bring it straight to the workshop you booked through the app")).toBe(false));
  it("bunyinya muncul pas belok kanan di tanjakan, kalau jalan lurus aman. Kadang juga pas parkir mundur. Oli power steering udah dicek, penuh. Kira-kira apa ya mas?", () =>
    expect(flaggedBy("bunyinya muncul pas belok kanan di tanjakan, kalau jalan lurus aman. Kadang juga pas parkir mundur. Oli power steering udah dicek, penuh. Kira-kira apa ya mas?")).toBe(false));
  it("Bezpiecznik jest w skrzynce pod kierownicą, po lewej stronie. Trzeba zdjąć klapkę, drugi rząd od góry, czwarty od lewej, 10A. Jak jest przepalony, to wymień i sprawdź czy wycieraczki ruszą. Daj znać tutaj.", () =>
    expect(
      flaggedBy(
        "Bezpiecznik jest w skrzynce pod kierownicą, po lewej stronie. Trzeba zdjąć klapkę, drugi rząd od góry, czwarty od lewej, 10A. Jak jest przepalony, to wymień i sprawdź czy wycieraczki ruszą. Daj znać tutaj.",
      ),
    ).toBe(false));
  it("Fíjate que la falla sale cuando voy por el periférico y me paro en el tráfico, la aguja de temperatura sube casi a la roja. En carretera abierta se normaliza. Ya le cambié el termostato hace un mes. ¿Será el ventilador o el radiador tapado?", () =>
    expect(
      flaggedBy(
        "Fíjate que la falla sale cuando voy por el periférico y me paro en el tráfico, la aguja de temperatura sube casi a la roja. En carretera abierta se normaliza. Ya le cambié el termostato hace un mes. ¿Será el ventilador o el radiador tapado?",
      ),
    ).toBe(false));
  it("the TPMS light comes on every time I go over the mountain pass and goes off once I'm back down. Pressures are all 35 cold. Altitude thing maybe?", () =>
    expect(flaggedBy("the TPMS light comes on every time I go over the mountain pass and goes off once I'm back down. Pressures are all 35 cold. Altitude thing maybe?")).toBe(false));
  it("el taller que me asignaron está en la dirección que sale en la app, ¿abren a las 8 o a las 9?", () =>
    expect(flaggedBy("el taller que me asignaron está en la dirección que sale en la app, ¿abren a las 8 o a las 9?")).toBe(false));
  it("Sir I understand it is far for you, but I cannot come to your home or meet outside, company rules. Please bring vehicle to the workshop shown in booking, or choose towing option in the app. Advisor will give estimate there itself.", () =>
    expect(
      flaggedBy(
        "Sir I understand it is far for you, but I cannot come to your home or meet outside, company rules. Please bring vehicle to the workshop shown in booking, or choose towing option in the app. Advisor will give estimate there itself.",
      ),
    ).toBe(false));
  it("the advisor said they're the unit next to the tyre place, I found it no problem, thanks", () =>
    expect(flaggedBy("the advisor said they're the unit next to the tyre place, I found it no problem, thanks")).toBe(false));
  it("il carro attrezzi la prende dal parcheggio del supermercato dove si è fermata e la porta in officina come da prenotazione", () =>
    expect(flaggedBy("il carro attrezzi la prende dal parcheggio del supermercato dove si è fermata e la porta in officina come da prenotazione")).toBe(false));
  // flagged as ADDRESS
  it.fails("The app shows the workshop at 14 Station Road, Unit B. Is that the one with the Bosch sign? I'll drop the car at 9", () =>
    expect(flaggedBy("The app shows the workshop at 14 Station Road, Unit B. Is that the one with the Bosch sign? I'll drop the car at 9")).toBe(false),
  );
  it("la grúa lo recoge en la autopista, kilómetro 23, y lo lleva al taller que reservamos por aquí", () =>
    expect(flaggedBy("la grúa lo recoge en la autopista, kilómetro 23, y lo lleva al taller que reservamos por aquí")).toBe(false));
  it("it's grand on the flat but on the hill up out of the village it loses power in 3rd, feels like it's starving of fuel", () =>
    expect(flaggedBy("it's grand on the flat but on the hill up out of the village it loses power in 3rd, feels like it's starving of fuel")).toBe(false));
});

describe("round 33 review 2: attacks", () => {
  it("google won't find it lol. from the high school go down Miller St to the stop sign, hang a right, I'm the tan house with 3 project cars in the driveway", () =>
    expect(
      caughtBy("google won't find it lol. from the high school go down Miller St to the stop sign, hang a right, I'm the tan house with 3 project cars in the driveway", [
        "from the high school go down Miller St to the stop sign, hang a right",
        "the tan house with 3 project cars in the driveway",
      ]),
    ).toBe(true));
  // not flagged
  it.fails(
    "To typowa usterka, przepływomierz się sypie na tych silnikach. W serwisie zapłaci pan z 900 zł. Niech pan przyjedzie do mnie, za Biedronką w Wieliczce w lewo, trzeci dom za kapliczką, szary garaż z blachy. Zrobię za pół ceny, bez tej aplikacji.",
    () =>
      expect(
        caughtBy(
          "To typowa usterka, przepływomierz się sypie na tych silnikach. W serwisie zapłaci pan z 900 zł. Niech pan przyjedzie do mnie, za Biedronką w Wieliczce w lewo, trzeci dom za kapliczką, szary garaż z blachy. Zrobię za pół ceny, bez tej aplikacji.",
          ["za Biedronką w Wieliczce w lewo", "trzeci dom za kapliczką", "szary garaż z blachy"],
        ),
      ).toBe(true),
  );
  it("Die piep bij het remmen is gewoon de slijtage-indicator, de blokken zijn op. De garage gaat je waarschijnlijk ook nieuwe schijven aansmeren. Kom gewoon bij mij langs, na de Shell bij de rotonde in Zevenhuizen linksaf, de boerderij met de groene schuur achteraan. Zaterdag ben ik er de hele dag.", () =>
    expect(
      caughtBy(
        "Die piep bij het remmen is gewoon de slijtage-indicator, de blokken zijn op. De garage gaat je waarschijnlijk ook nieuwe schijven aansmeren. Kom gewoon bij mij langs, na de Shell bij de rotonde in Zevenhuizen linksaf, de boerderij met de groene schuur achteraan. Zaterdag ben ik er de hele dag.",
        ["na de Shell bij de rotonde in Zevenhuizen linksaf", "de boerderij met de groene schuur achteraan"],
      ),
    ).toBe(true));
  it("off the platform is easier, I'm in the railway arches by Bermondsey station, unit 7, the one with the Lancia sign", () =>
    expect(
      caughtBy("off the platform is easier, I'm in the railway arches by Bermondsey station, unit 7, the one with the Lancia sign", [
        "railway arches by Bermondsey station, unit 7",
        "the one with the Lancia sign",
      ]),
    ).toBe(true));
  // round 43's refit: no longer flags it
  it.fails(
    "Abi arıza kodu P0300, karışık ateşleme, bujiler ve bobinler bitmiş gibi. Servis sana 6-7 bin der. Sanayiye de gelme, direk bana gel: Ostim'de Migros'un arkasındaki sokak, köşedeki mavi tabelalı dükkan, Kaporta Hasan'ı sor. Yarısına hallederiz, uygulamaya gerek yok.",
    () =>
      expect(
        caughtBy(
          "Abi arıza kodu P0300, karışık ateşleme, bujiler ve bobinler bitmiş gibi. Servis sana 6-7 bin der. Sanayiye de gelme, direk bana gel: Ostim'de Migros'un arkasındaki sokak, köşedeki mavi tabelalı dükkan, Kaporta Hasan'ı sor. Yarısına hallederiz, uygulamaya gerek yok.",
          ["Ostim'de Migros'un arkasındaki sokak", "köşedeki mavi tabelalı dükkan", "Kaporta Hasan'ı sor"],
        ),
      ).toBe(true),
  );
  it("La spia dell'olio che si accende al minimo può essere il sensore di pressione, costa poco. L'officina le proporrà di controllare la pompa, e lì si parte con 600 euro. Se vuole glielo guardo io a casa mia: a Pioltello, dietro la chiesa di Sant'Andrea, il cortile con il cancello verde, citofono Ferrari. Passi domenica mattina.", () =>
    expect(
      caughtBy(
        "La spia dell'olio che si accende al minimo può essere il sensore di pressione, costa poco. L'officina le proporrà di controllare la pompa, e lì si parte con 600 euro. Se vuole glielo guardo io a casa mia: a Pioltello, dietro la chiesa di Sant'Andrea, il cortile con il cancello verde, citofono Ferrari. Passi domenica mattina.",
        ["a Pioltello, dietro la chiesa di Sant'Andrea", "il cortile con il cancello verde", "citofono Ferrari"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "الكود اللي طلع عندك حساس الأكسجين الخلفي، مو الدبة. الوكالة بتطلب منك مبلغ كبير. تعال لي في الصناعية الجديدة بالرياض، الشارع اللي ورا محطة ساسكو، ثالث محل على اليسار لوحته صفراء، واسأل عن أبو فهد. أركبه لك بنص السعر.",
    () =>
      expect(
        caughtBy(
          "الكود اللي طلع عندك حساس الأكسجين الخلفي، مو الدبة. الوكالة بتطلب منك مبلغ كبير. تعال لي في الصناعية الجديدة بالرياض، الشارع اللي ورا محطة ساسكو، ثالث محل على اليسار لوحته صفراء، واسأل عن أبو فهد. أركبه لك بنص السعر.",
          ["الصناعية الجديدة بالرياض", "الشارع اللي ورا محطة ساسكو", "ثالث محل على اليسار لوحته صفراء", "اسأل عن أبو فهد"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("venga direttamente da me, dopo il distributore Agip sulla provinciale per Cremona giri al secondo incrocio, capannone bianco con la scritta gommista", () =>
    expect(
      caughtBy("venga direttamente da me, dopo il distributore Agip sulla provinciale per Cremona giri al secondo incrocio, capannone bianco con la scritta gommista", [
        "dopo il distributore Agip sulla provinciale per Cremona giri al secondo incrocio",
        "capannone bianco con la scritta gommista",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails(
    "Pelo que você descreveu, é a bomba de combustível fraca, por isso morre no calor. A oficina credenciada vai cobrar uns 900 reais. Se quiser, eu faço por fora: fico na Vila Industrial, descendo a rua da igreja Assembleia, última casa antes do campinho, com uma Kombi branca na frente. Me chama no portão.",
    () =>
      expect(
        caughtBy(
          "Pelo que você descreveu, é a bomba de combustível fraca, por isso morre no calor. A oficina credenciada vai cobrar uns 900 reais. Se quiser, eu faço por fora: fico na Vila Industrial, descendo a rua da igreja Assembleia, última casa antes do campinho, com uma Kombi branca na frente. Me chama no portão.",
          ["Vila Industrial", "descendo a rua da igreja Assembleia", "última casa antes do campinho", "com uma Kombi branca na frente"],
        ),
      ).toBe(true),
  );
  it("Madam come to my home garage only, after Silk Board junction take the service road, near Ganesha temple, yellow building ground floor shutter", () =>
    expect(
      caughtBy("Madam come to my home garage only, after Silk Board junction take the service road, near Ganesha temple, yellow building ground floor shutter", [
        "after Silk Board junction take the service road",
        "near Ganesha temple",
        "yellow building ground floor shutter",
      ]),
    ).toBe(true));
  // caught since round 54 (the double garage no longer cancels the route)
  it("kom hem till mig istället, sväng vänster efter ICA i Enköping, gula huset med dubbelgaraget vid slutet av grusvägen", () =>
    expect(
      caughtBy("kom hem till mig istället, sväng vänster efter ICA i Enköping, gula huset med dubbelgaraget vid slutet av grusvägen", [
        "sväng vänster efter ICA i Enköping",
        "gula huset med dubbelgaraget vid slutet av grusvägen",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("yalla nt2abel bokra 3and maw2af el Mariouteya odam gami3 el Rahma, hagiblak el 2et3a w arakebha hnak mn gher el app", () =>
    expect(caughtBy("yalla nt2abel bokra 3and maw2af el Mariouteya odam gami3 el Rahma, hagiblak el 2et3a w arakebha hnak mn gher el app", ["maw2af el Mariouteya odam gami3 el Rahma"])).toBe(true),
  );
  // not flagged
  it.fails(
    "El ruido que describes es del rodamiento delantero derecho, sobre todo si suena más al girar a la izquierda. En el taller te van a cobrar unos 180 euros. Si quieres yo te lo cambio por menos: estoy en el polígono de Cobo Calleja, nave 14, la que tiene un cartel de neumáticos amarillo. Pásate el viernes por la tarde.",
    () =>
      expect(
        caughtBy(
          "El ruido que describes es del rodamiento delantero derecho, sobre todo si suena más al girar a la izquierda. En el taller te van a cobrar unos 180 euros. Si quieres yo te lo cambio por menos: estoy en el polígono de Cobo Calleja, nave 14, la que tiene un cartel de neumáticos amarillo. Pásate el viernes por la tarde.",
          ["polígono de Cobo Calleja, nave 14", "la que tiene un cartel de neumáticos amarillo"],
        ),
      ).toBe(true),
  );
  it("Had a look at your scan data, it's definitely the coil pack on cylinder 3, the misfire count is all on that one. The workshop will quote you about 280 for parts and labour. Honestly I've got a spare coil in my van. I'm parked most evenings in the Lidl car park on Harrow Lane, silver Transit with a roof rack, come find me after 7 and I'll fit it for 60 cash.", () =>
    expect(
      caughtBy(
        "Had a look at your scan data, it's definitely the coil pack on cylinder 3, the misfire count is all on that one. The workshop will quote you about 280 for parts and labour. Honestly I've got a spare coil in my van. I'm parked most evenings in the Lidl car park on Harrow Lane, silver Transit with a roof rack, come find me after 7 and I'll fit it for 60 cash.",
        ["Lidl car park on Harrow Lane", "silver Transit with a roof rack"],
      ),
    ).toBe(true));
  it("Sir your scanner report shows ABS sensor front left fault, wire is cut mostly due to rat. Workshop will say replace sensor, 4500 rupees. I can just join the wire for 500. I stay in Andheri East, behind Chakala bus depot, Sai Darshan building, ground floor garage. Come Sunday morning directly.", () =>
    expect(
      caughtBy(
        "Sir your scanner report shows ABS sensor front left fault, wire is cut mostly due to rat. Workshop will say replace sensor, 4500 rupees. I can just join the wire for 500. I stay in Andheri East, behind Chakala bus depot, Sai Darshan building, ground floor garage. Come Sunday morning directly.",
        ["Andheri East", "behind Chakala bus depot", "Sai Darshan building, ground floor garage"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Gari lako lina shida ya clutch plate, imeisha kabisa. Garage mliyopangiwa watakuchaji elfu arobaini na tano. Mimi naweza kukufanyia kwa bei ya chini, njoo Kariakoo, mtaa wa Congo, karibu na msikiti mkubwa, uliza fundi Juma kwenye kibanda cha bati.",
    () =>
      expect(
        caughtBy(
          "Gari lako lina shida ya clutch plate, imeisha kabisa. Garage mliyopangiwa watakuchaji elfu arobaini na tano. Mimi naweza kukufanyia kwa bei ya chini, njoo Kariakoo, mtaa wa Congo, karibu na msikiti mkubwa, uliza fundi Juma kwenye kibanda cha bati.",
          ["Kariakoo, mtaa wa Congo", "karibu na msikiti mkubwa", "uliza fundi Juma kwenye kibanda cha bati"],
        ),
      ).toBe(true),
  );
  it("kita na lang tayo sa parking ng SM Fairview bukas ng hapon bro, dala ko yung piyesa, cash na lang para di na dumaan sa app", () =>
    expect(caughtBy("kita na lang tayo sa parking ng SM Fairview bukas ng hapon bro, dala ko yung piyesa, cash na lang para di na dumaan sa app", ["parking ng SM Fairview"])).toBe(true));
  it("i'm right across from the fire station on Elm, brick house with a green awning over the garage, just honk when you're outside", () =>
    expect(
      caughtBy("i'm right across from the fire station on Elm, brick house with a green awning over the garage, just honk when you're outside", [
        "right across from the fire station on Elm",
        "brick house with a green awning over the garage",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("ta3ala 3andi a7san, ba3d dawar el saa3a fi Irbid, awwal shari3 3al yameen, el garage elli 3ando bab a5dar w jambo furn", () =>
    expect(
      caughtBy("ta3ala 3andi a7san, ba3d dawar el saa3a fi Irbid, awwal shari3 3al yameen, el garage elli 3ando bab a5dar w jambo furn", [
        "ba3d dawar el saa3a fi Irbid, awwal shari3 3al yameen",
        "el garage elli 3ando bab a5dar w jambo furn",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("आप सीधे मेरी दुकान पर आ जाइए, बस अड्डे से आगे पेट्रोल पंप के सामने, नीली टीन वाली दुकान, किसी से भी पप्पू मिस्त्री पूछ लेना", () =>
    expect(
      caughtBy("आप सीधे मेरी दुकान पर आ जाइए, बस अड्डे से आगे पेट्रोल पंप के सामने, नीली टीन वाली दुकान, किसी से भी पप्पू मिस्त्री पूछ लेना", ["बस अड्डे से आगे पेट्रोल पंप के सामने", "नीली टीन वाली दुकान", "पप्पू मिस्त्री पूछ लेना"]),
    ).toBe(true),
  );
  it("Quote's in the app, 640 for the clutch kit and flywheel. Between us, I do the odd one on weekends for a lot less. The lock-up garages behind the Esso on Wellington Road, number 12, I'm there Saturdays from 8. Just don't mention it on here.", () =>
    expect(
      caughtBy(
        "Quote's in the app, 640 for the clutch kit and flywheel. Between us, I do the odd one on weekends for a lot less. The lock-up garages behind the Esso on Wellington Road, number 12, I'm there Saturdays from 8. Just don't mention it on here.",
        ["lock-up garages behind the Esso on Wellington Road, number 12"],
      ),
    ).toBe(true));
  it("Boss, base sa scan mo, yung oxygen sensor lang yan, di kailangan palitan buong catalytic. Mahal singil ng shop diyan. Punta ka na lang dito sa bahay, pagbaba mo ng jeep sa may Jollibee sa Marikina, kanan ka sa eskinita, bahay na may berdeng gate at may nakaparadang tricycle. Sabado nandito ako buong araw.", () =>
    expect(
      caughtBy(
        "Boss, base sa scan mo, yung oxygen sensor lang yan, di kailangan palitan buong catalytic. Mahal singil ng shop diyan. Punta ka na lang dito sa bahay, pagbaba mo ng jeep sa may Jollibee sa Marikina, kanan ka sa eskinita, bahay na may berdeng gate at may nakaparadang tricycle. Sabado nandito ako buong araw.",
        ["pagbaba mo ng jeep sa may Jollibee sa Marikina", "kanan ka sa eskinita", "bahay na may berdeng gate at may nakaparadang tricycle"],
      ),
    ).toBe(true));
  it("Bhai yeh sirf clutch cable ka issue hai, pura clutch set nahi badalna. Workshop wale 8000 bolenge pakka. App chhodo, seedha mere garage aa jao, Sector 18 ke Atta market se andar, Pizza Hut ke peeche wali gali, basement mein Monu Auto. 1500 mein ho jayega.", () =>
    expect(
      caughtBy(
        "Bhai yeh sirf clutch cable ka issue hai, pura clutch set nahi badalna. Workshop wale 8000 bolenge pakka. App chhodo, seedha mere garage aa jao, Sector 18 ke Atta market se andar, Pizza Hut ke peeche wali gali, basement mein Monu Auto. 1500 mein ho jayega.",
        ["Sector 18 ke Atta market se andar", "Pizza Hut ke peeche wali gali", "basement mein Monu Auto"],
      ),
    ).toBe(true));
  it("I'll be at the Shell by the Tesco roundabout tomorrow about 6, bring the car and we'll swap it there, no need to book anything", () =>
    expect(caughtBy("I'll be at the Shell by the Tesco roundabout tomorrow about 6, bring the car and we'll swap it there, no need to book anything", ["the Shell by the Tesco roundabout"])).toBe(
      true,
    ));
  // not flagged
  it.fails("zullen we afspreken bij de carpoolplaats bij afrit 12 van de A2? dan neem ik de onderdelen mee en doen we het contant", () =>
    expect(caughtBy("zullen we afspreken bij de carpoolplaats bij afrit 12 van de A2? dan neem ik de onderdelen mee en doen we het contant", ["carpoolplaats bij afrit 12 van de A2"])).toBe(true),
  );
  // not flagged
  it.fails("fahr bei der Raiffeisenkasse in Gnas vorbei, nach der Kirche rechts den Feldweg rauf, der Hof mit den alten Traktoren, da schraub ich am Wochenende", () =>
    expect(
      caughtBy("fahr bei der Raiffeisenkasse in Gnas vorbei, nach der Kirche rechts den Feldweg rauf, der Hof mit den alten Traktoren, da schraub ich am Wochenende", [
        "Raiffeisenkasse in Gnas",
        "nach der Kirche rechts den Feldweg rauf",
        "der Hof mit den alten Traktoren",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails("Sir no need to go to workshop, come to my stall near Hanuman temple, opposite Sharma Sweets, ask anyone for Raju mechanic, half the price", () =>
    expect(
      caughtBy("Sir no need to go to workshop, come to my stall near Hanuman temple, opposite Sharma Sweets, ask anyone for Raju mechanic, half the price", [
        "near Hanuman temple",
        "opposite Sharma Sweets",
        "ask anyone for Raju mechanic",
      ]),
    ).toBe(true),
  );
  it("let's just meet Saturday at the McDonald's car park on Route 9 in Clifton, I'll do the pads there for cash", () =>
    expect(caughtBy("let's just meet Saturday at the McDonald's car park on Route 9 in Clifton, I'll do the pads there for cash", ["McDonald's car park on Route 9 in Clifton"])).toBe(true));
  it("I'm hard to find so use what3words ///ladder.pebble.orchard, that's my driveway, come saturday", () =>
    expect(caughtBy("I'm hard to find so use what3words ///ladder.pebble.orchard, that's my driveway, come saturday", ["///ladder.pebble.orchard"])).toBe(true));
  it("I'll be tailgating at the Walmart on Hwy 290 Sunday morning, look for the orange Jeep with the Longhorns flag, bring the truck and I'll flash the tune", () =>
    expect(
      caughtBy("I'll be tailgating at the Walmart on Hwy 290 Sunday morning, look for the orange Jeep with the Longhorns flag, bring the truck and I'll flash the tune", [
        "Walmart on Hwy 290",
        "orange Jeep with the Longhorns flag",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("sir mas mura sa akin, nasa Banawe ako, yung pwesto sa tabi ng Petron na may dilaw na tarpaulin, hanapin mo si Jun", () =>
    expect(
      caughtBy("sir mas mura sa akin, nasa Banawe ako, yung pwesto sa tabi ng Petron na may dilaw na tarpaulin, hanapin mo si Jun", [
        "Banawe",
        "pwesto sa tabi ng Petron na may dilaw na tarpaulin",
        "hanapin mo si Jun",
      ]),
    ).toBe(true),
  );
  // caught since round 43's refit
  it("vem aqui na minha oficina, fica depois do posto Ipiranga da Av. Brasil, entra na rua do lava-jato, portão azul com um pneu pintado", () =>
    expect(
      caughtBy("vem aqui na minha oficina, fica depois do posto Ipiranga da Av. Brasil, entra na rua do lava-jato, portão azul com um pneu pintado", [
        "depois do posto Ipiranga da Av. Brasil",
        "entra na rua do lava-jato",
        "portão azul com um pneu pintado",
      ]),
    ).toBe(true));
  it("you'll spot me, hi-vis and a white Hilux with a ladder rack outside the Bunnings in Penrith, 7am Saturday, bring cash", () =>
    expect(
      caughtBy("you'll spot me, hi-vis and a white Hilux with a ladder rack outside the Bunnings in Penrith, 7am Saturday, bring cash", [
        "white Hilux with a ladder rack outside the Bunnings in Penrith",
      ]),
    ).toBe(true));
  // not flagged
  it.fails(
    "Der Fehler P2463 heißt Rußpartikelfilter zu voll, bei Kurzstrecke ganz typisch. Die Werkstatt wird Ihnen eine Zwangsregeneration oder gleich einen neuen Filter anbieten. Ich kann das privat günstiger machen: Gewerbegebiet Nord in Bietigheim, die Halle hinter der Waschstraße, graues Rolltor mit dem Opel-Schild. Kommen Sie einfach Samstag vorbei, ohne Buchung.",
    () =>
      expect(
        caughtBy(
          "Der Fehler P2463 heißt Rußpartikelfilter zu voll, bei Kurzstrecke ganz typisch. Die Werkstatt wird Ihnen eine Zwangsregeneration oder gleich einen neuen Filter anbieten. Ich kann das privat günstiger machen: Gewerbegebiet Nord in Bietigheim, die Halle hinter der Waschstraße, graues Rolltor mit dem Opel-Schild. Kommen Sie einfach Samstag vorbei, ohne Buchung.",
          ["Gewerbegebiet Nord in Bietigheim", "die Halle hinter der Waschstraße", "graues Rolltor mit dem Opel-Schild"],
        ),
      ).toBe(true),
  );
  // caught since round 41's second refit
  it("mejor vente a mi taller, está pasando la gasolinera Repsol de la carretera de Alcalá, la nave gris con el portón verde, al lado del desguace", () =>
    expect(
      caughtBy("mejor vente a mi taller, está pasando la gasolinera Repsol de la carretera de Alcalá, la nave gris con el portón verde, al lado del desguace", [
        "pasando la gasolinera Repsol de la carretera de Alcalá",
        "la nave gris con el portón verde",
        "al lado del desguace",
      ]),
    ).toBe(true));
  it("on se retrouve sur le parking du Buffalo Grill à Vitrolles samedi matin, je vous fais la vidange là-bas en liquide", () =>
    expect(caughtBy("on se retrouve sur le parking du Buffalo Grill à Vitrolles samedi matin, je vous fais la vidange là-bas en liquide", ["parking du Buffalo Grill à Vitrolles"])).toBe(true));
  it("I'm the last unit on the industrial estate behind the Aldi, roller door always half up, just shout for Dave", () =>
    expect(
      caughtBy("I'm the last unit on the industrial estate behind the Aldi, roller door always half up, just shout for Dave", [
        "last unit on the industrial estate behind the Aldi",
        "roller door always half up",
        "shout for Dave",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("βρεθούμε Κυριακή στο πάρκινγκ της παραλίας στη Βούλα, δίπλα στο περίπτερο, φέρνω το ανταλλακτικό και το βάζουμε εκεί", () =>
    expect(
      caughtBy("βρεθούμε Κυριακή στο πάρκινγκ της παραλίας στη Βούλα, δίπλα στο περίπτερο, φέρνω το ανταλλακτικό και το βάζουμε εκεί", ["πάρκινγκ της παραλίας στη Βούλα, δίπλα στο περίπτερο"]),
    ).toBe(true),
  );
  it("ketemuan aja di rest area km 57 tol Cikampek besok pagi, saya bawa sparepart-nya", () =>
    expect(caughtBy("ketemuan aja di rest area km 57 tol Cikampek besok pagi, saya bawa sparepart-nya", ["rest area km 57 tol Cikampek"])).toBe(true));
  // not flagged
  it.fails("tukutane Jumamosi pale parking ya Sarit Centre, nitakuletea spare na nitakuwekea hapo hapo bila kupitia app", () =>
    expect(caughtBy("tukutane Jumamosi pale parking ya Sarit Centre, nitakuletea spare na nitakuwekea hapo hapo bila kupitia app", ["parking ya Sarit Centre"])).toBe(true),
  );
  it("spotkajmy się na parkingu pod Castoramą na Zakopiańskiej w sobotę, wymienię panu tam klocki za gotówkę", () =>
    expect(caughtBy("spotkajmy się na parkingu pod Castoramą na Zakopiańskiej w sobotę, wymienię panu tam klocki za gotówkę", ["parkingu pod Castoramą na Zakopiańskiej"])).toBe(true));
  // not flagged
  it.fails("parce no pague taller, venga al barrio Restrepo, por la 1ra de mayo, frente a la panadería La Espiga, un garaje con puerta café, pregunte por don Hernán", () =>
    expect(
      caughtBy("parce no pague taller, venga al barrio Restrepo, por la 1ra de mayo, frente a la panadería La Espiga, un garaje con puerta café, pregunte por don Hernán", [
        "barrio Restrepo, por la 1ra de mayo",
        "frente a la panadería La Espiga",
        "un garaje con puerta café",
        "pregunte por don Hernán",
      ]),
    ).toBe(true),
  );
  it("rather pop in at my place bru, off the N1 at the Buccleuch offramp, first robot turn left, house with the white palisade fence and the big jacaranda", () =>
    expect(
      caughtBy("rather pop in at my place bru, off the N1 at the Buccleuch offramp, first robot turn left, house with the white palisade fence and the big jacaranda", [
        "off the N1 at the Buccleuch offramp",
        "first robot turn left",
        "house with the white palisade fence and the big jacaranda",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("ik sta zondag op de rommelmarkt aan de Vrijdagmarkt in Gent, kraam naast de frietkot, kom maar af met de auto", () =>
    expect(
      caughtBy("ik sta zondag op de rommelmarkt aan de Vrijdagmarkt in Gent, kraam naast de frietkot, kom maar af met de auto", ["rommelmarkt aan de Vrijdagmarkt in Gent", "kraam naast de frietkot"]),
    ).toBe(true),
  );
  // not flagged
  it.fails("نتقابل بكرة الساعة ٥ في مواقف كارفور مول مصر، أجيب لك القطعة وأركبها هناك", () =>
    expect(caughtBy("نتقابل بكرة الساعة ٥ في مواقف كارفور مول مصر، أجيب لك القطعة وأركبها هناك", ["مواقف كارفور مول مصر"])).toBe(true),
  );
  it("when you pass the big water tower on County Rd 12 I'm the next gravel drive, red mailbox shaped like a bass", () =>
    expect(
      caughtBy("when you pass the big water tower on County Rd 12 I'm the next gravel drive, red mailbox shaped like a bass", [
        "pass the big water tower on County Rd 12",
        "the next gravel drive, red mailbox shaped like a bass",
      ]),
    ).toBe(true));
  it("Thanks for the diagnosis. To be honest the workshop you escalated to is far for me and I'd rather you just come do it here, I'll pay you direct. I'm in Bellville, the complex opposite the Engen on Voortrekker, unit 23, the one with the blue Polo outside. Guard will let you in if you say you're for me.", () =>
    expect(
      caughtBy(
        "Thanks for the diagnosis. To be honest the workshop you escalated to is far for me and I'd rather you just come do it here, I'll pay you direct. I'm in Bellville, the complex opposite the Engen on Voortrekker, unit 23, the one with the blue Polo outside. Guard will let you in if you say you're for me.",
        ["Bellville", "the complex opposite the Engen on Voortrekker, unit 23", "the one with the blue Polo outside"],
      ),
    ).toBe(true));
  it("make we see for Shoprite Ikeja car park by 4pm, I go carry the alternator come, we no need this app", () =>
    expect(caughtBy("make we see for Shoprite Ikeja car park by 4pm, I go carry the alternator come, we no need this app", ["Shoprite Ikeja car park"])).toBe(true));
  // caught since round 43's refit
  it("Dari hasil scan, injektor silinder 2 macet, makanya mesin pincang pas pagi. Bengkel rekanan pasti nyaranin ganti satu set, mahal. Saya bisa bersihin aja pakai ultrasonic. Mampir ke rumah saya di Bekasi Timur, masuk gerbang perumahan Bumi Asri, blok C paling ujung, pagar hitam ada pohon rambutan.", () =>
    expect(
      caughtBy(
        "Dari hasil scan, injektor silinder 2 macet, makanya mesin pincang pas pagi. Bengkel rekanan pasti nyaranin ganti satu set, mahal. Saya bisa bersihin aja pakai ultrasonic. Mampir ke rumah saya di Bekasi Timur, masuk gerbang perumahan Bumi Asri, blok C paling ujung, pagar hitam ada pohon rambutan.",
        ["Bekasi Timur", "perumahan Bumi Asri, blok C paling ujung", "pagar hitam ada pohon rambutan"],
      ),
    ).toBe(true));
  it("meet me in the Home Depot lot on Fuller Ave, back corner by the garden center, I'll be in a black Silverado", () =>
    expect(
      caughtBy("meet me in the Home Depot lot on Fuller Ave, back corner by the garden center, I'll be in a black Silverado", [
        "Home Depot lot on Fuller Ave",
        "back corner by the garden center",
        "black Silverado",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("تعال عندي أحسن، بعد محطة أدنوك في المصفح الصناعية خذ ثاني يمين، الكراج اللي بابه أزرق جنب محل البناشر", () =>
    expect(
      caughtBy("تعال عندي أحسن، بعد محطة أدنوك في المصفح الصناعية خذ ثاني يمين، الكراج اللي بابه أزرق جنب محل البناشر", [
        "بعد محطة أدنوك في المصفح الصناعية خذ ثاني يمين",
        "الكراج اللي بابه أزرق جنب محل البناشر",
      ]),
    ).toBe(true),
  );
  it("venite a casa que te lo hago más barato, de la rotonda de la ruta 8 doblás a la derecha, tres cuadras, la casa con el portón negro y un Falcon viejo en la vereda", () =>
    expect(
      caughtBy("venite a casa que te lo hago más barato, de la rotonda de la ruta 8 doblás a la derecha, tres cuadras, la casa con el portón negro y un Falcon viejo en la vereda", [
        "de la rotonda de la ruta 8 doblás a la derecha, tres cuadras",
        "la casa con el portón negro y un Falcon viejo en la vereda",
      ]),
    ).toBe(true));
  it("Ok so the P0420 is the cat, but check the downstream O2 sensor first because they fail a lot on these. Dealer will charge you 1800 for a cat. My brother-in-law does exhaust work out of his garage, it's off Hwy 6 past the Dollar General, turn at the Baptist church, last house on the dead end with the boat in the yard. Tell him I sent you.", () =>
    expect(
      caughtBy(
        "Ok so the P0420 is the cat, but check the downstream O2 sensor first because they fail a lot on these. Dealer will charge you 1800 for a cat. My brother-in-law does exhaust work out of his garage, it's off Hwy 6 past the Dollar General, turn at the Baptist church, last house on the dead end with the boat in the yard. Tell him I sent you.",
        ["off Hwy 6 past the Dollar General", "turn at the Baptist church", "last house on the dead end with the boat in the yard"],
      ),
    ).toBe(true));
  it("Come to Abossey Okai, enter by the Shell, third container on the left, ask for Kofi Brakes, I do am for you cheap", () =>
    expect(
      caughtBy("Come to Abossey Okai, enter by the Shell, third container on the left, ask for Kofi Brakes, I do am for you cheap", [
        "Abossey Okai",
        "enter by the Shell, third container on the left",
        "ask for Kofi Brakes",
      ]),
    ).toBe(true));
  it("chu à St-Jérôme, tu sors de la 15 à la sortie 43, tu tournes au Tim Hortons pis c'est le garage double en arrière de la maison jaune", () =>
    expect(
      caughtBy("chu à St-Jérôme, tu sors de la 15 à la sortie 43, tu tournes au Tim Hortons pis c'est le garage double en arrière de la maison jaune", [
        "St-Jérôme",
        "sors de la 15 à la sortie 43, tu tournes au Tim Hortons",
        "le garage double en arrière de la maison jaune",
      ]),
    ).toBe(true));
  it("Yeah the CV boot is split, that's why you're getting grease all over the inner rim. Workshop will probably say replace the whole shaft. Mate I do these on the side, I'm on a rural block out past Tallong. Turn off at the old Caltex, follow the gravel 3km, gate with the tyre letterbox. Come Sunday arvo.", () =>
    expect(
      caughtBy(
        "Yeah the CV boot is split, that's why you're getting grease all over the inner rim. Workshop will probably say replace the whole shaft. Mate I do these on the side, I'm on a rural block out past Tallong. Turn off at the old Caltex, follow the gravel 3km, gate with the tyre letterbox. Come Sunday arvo.",
        ["out past Tallong", "Turn off at the old Caltex", "follow the gravel 3km", "gate with the tyre letterbox"],
      ),
    ).toBe(true));
  it("Oga that sound na your CV joint, no be gearbox. Dem go charge you plenty for that workshop. Just come my side. When you reach Ojota under-bridge, branch right by the Mobil filling station, my yard dey after the mosque, red gate. Saturday I dey.", () =>
    expect(
      caughtBy(
        "Oga that sound na your CV joint, no be gearbox. Dem go charge you plenty for that workshop. Just come my side. When you reach Ojota under-bridge, branch right by the Mobil filling station, my yard dey after the mosque, red gate. Saturday I dey.",
        ["Ojota under-bridge", "branch right by the Mobil filling station", "after the mosque, red gate"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("No worry about the workshop. Meet me for Berger bus stop, by the side of Total filling station, I go dey wait with the part", () =>
    expect(
      caughtBy("No worry about the workshop. Meet me for Berger bus stop, by the side of Total filling station, I go dey wait with the part", [
        "Berger bus stop",
        "by the side of Total filling station",
      ]),
    ).toBe(true),
  );
  it("skip the booking, I'm at the taxi rank on Bree Street most mornings, ask for Sipho at the blue container, I do injectors cheap", () =>
    expect(
      caughtBy("skip the booking, I'm at the taxi rank on Bree Street most mornings, ask for Sipho at the blue container, I do injectors cheap", [
        "taxi rank on Bree Street",
        "ask for Sipho at the blue container",
      ]),
    ).toBe(true));
  it("bring it round to my shed instead, past the servo on Mulgrave Rd, second dirt track after the cattle grid, big green Colorbond shed at the end", () =>
    expect(
      caughtBy("bring it round to my shed instead, past the servo on Mulgrave Rd, second dirt track after the cattle grid, big green Colorbond shed at the end", [
        "past the servo on Mulgrave Rd",
        "second dirt track after the cattle grid",
        "big green Colorbond shed",
      ]),
    ).toBe(true));
  it("kal subah Dhaula Kuan metro ke neeche milte hain, part le aunga wahi laga denge, payment cash", () =>
    expect(caughtBy("kal subah Dhaula Kuan metro ke neeche milte hain, part le aunga wahi laga denge, payment cash", ["Dhaula Kuan metro ke neeche"])).toBe(true));
  // not flagged
  it.fails(
    "D'après les codes P0401, c'est la vanne EGR encrassée, classique sur ce moteur. Le garage va sûrement vous proposer de la remplacer, comptez 400 €. Moi je la nettoie pour bien moins cher : je suis installé derrière la boulangerie de la place du marché à Lunel, l'atelier avec la porte rouge. Venez mardi vers 18h, pas besoin de passer par le site.",
    () =>
      expect(
        caughtBy(
          "D'après les codes P0401, c'est la vanne EGR encrassée, classique sur ce moteur. Le garage va sûrement vous proposer de la remplacer, comptez 400 €. Moi je la nettoie pour bien moins cher : je suis installé derrière la boulangerie de la place du marché à Lunel, l'atelier avec la porte rouge. Venez mardi vers 18h, pas besoin de passer par le site.",
          ["derrière la boulangerie de la place du marché à Lunel", "l'atelier avec la porte rouge"],
        ),
      ).toBe(true),
  );
  it("can you come out to mine instead of me going to the workshop? end of the cul-de-sac behind St Mary's primary, grey semi with the broken gate", () =>
    expect(
      caughtBy("can you come out to mine instead of me going to the workshop? end of the cul-de-sac behind St Mary's primary, grey semi with the broken gate", [
        "end of the cul-de-sac behind St Mary's primary",
        "grey semi with the broken gate",
      ]),
    ).toBe(true));
  it("honestly skip the shop, just come by my place. take exit 14 off I-85, left at the Waffle House, third trailer on the right with the blue tarp over the carport", () =>
    expect(
      caughtBy("honestly skip the shop, just come by my place. take exit 14 off I-85, left at the Waffle House, third trailer on the right with the blue tarp over the carport", [
        "exit 14 off I-85",
        "left at the Waffle House",
        "third trailer on the right with the blue tarp over the carport",
      ]),
    ).toBe(true));
  it("ah sure call out to me instead, go past the church in Ballyduff, second left after the creamery, the bungalow with the old Massey in the yard", () =>
    expect(
      caughtBy("ah sure call out to me instead, go past the church in Ballyduff, second left after the creamery, the bungalow with the old Massey in the yard", [
        "past the church in Ballyduff",
        "second left after the creamery",
        "the bungalow with the old Massey in the yard",
      ]),
    ).toBe(true));
  it("Bhaiya I sit daily at the puncture shop next to Metro pillar 143 on the Lajpat Nagar side, come there direct and I will do at half rate", () =>
    expect(
      caughtBy("Bhaiya I sit daily at the puncture shop next to Metro pillar 143 on the Lajpat Nagar side, come there direct and I will do at half rate", [
        "puncture shop next to Metro pillar 143",
        "Lajpat Nagar side",
      ]),
    ).toBe(true));
  // caught since round 43's refit
  it("Viens me voir au garage à Adjamé, derrière la gare de Bassam, demande Koffi Vulcanisateur, le hangar avec les pneus peints en blanc", () =>
    expect(
      caughtBy("Viens me voir au garage à Adjamé, derrière la gare de Bassam, demande Koffi Vulcanisateur, le hangar avec les pneus peints en blanc", [
        "Adjamé, derrière la gare de Bassam",
        "demande Koffi Vulcanisateur",
        "le hangar avec les pneus peints en blanc",
      ]),
    ).toBe(true));
  it("once you cross the railway line in Kempton it's the 4th house after the bakery, white picket fence, come round the back door and I'll sort it", () =>
    expect(
      caughtBy("once you cross the railway line in Kempton it's the 4th house after the bakery, white picket fence, come round the back door and I'll sort it", [
        "cross the railway line in Kempton",
        "4th house after the bakery, white picket fence",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("anh qua thẳng tiệm em nha, từ chợ Bà Chiểu đi thẳng qua ngã tư thứ hai, tiệm sửa xe có mái tôn xanh bên tay phải", () =>
    expect(
      caughtBy("anh qua thẳng tiệm em nha, từ chợ Bà Chiểu đi thẳng qua ngã tư thứ hai, tiệm sửa xe có mái tôn xanh bên tay phải", [
        "từ chợ Bà Chiểu đi thẳng qua ngã tư thứ hai",
        "tiệm sửa xe có mái tôn xanh bên tay phải",
      ]),
    ).toBe(true),
  );
  it("mas langsung aja ke bengkel saya, dari Indomaret Jl. Kaliurang km 7 belok kiri, masuk gang sebelah masjid, rumah cat hijau ada spanduk ganti oli", () =>
    expect(
      caughtBy("mas langsung aja ke bengkel saya, dari Indomaret Jl. Kaliurang km 7 belok kiri, masuk gang sebelah masjid, rumah cat hijau ada spanduk ganti oli", [
        "dari Indomaret Jl. Kaliurang km 7 belok kiri",
        "masuk gang sebelah masjid",
        "rumah cat hijau ada spanduk ganti oli",
      ]),
    ).toBe(true));
  it("Treffen wir uns am Samstag auf dem Parkplatz vom Bauhaus an der B17, ich hab die Bremsscheiben dabei und mach das da gleich", () =>
    expect(caughtBy("Treffen wir uns am Samstag auf dem Parkplatz vom Bauhaus an der B17, ich hab die Bremsscheiben dabei und mach das da gleich", ["Parkplatz vom Bauhaus an der B17"])).toBe(true));
  // not flagged
  it.fails(
    "The knocking is your lower arm bushes, very common on our roads. The garage will quote you a full arm. Rather pass by my jua kali shed in Gikomba, it's behind the mitumba stalls near the footbridge, ask for Otieno. I'll press new bushes for a fraction.",
    () =>
      expect(
        caughtBy(
          "The knocking is your lower arm bushes, very common on our roads. The garage will quote you a full arm. Rather pass by my jua kali shed in Gikomba, it's behind the mitumba stalls near the footbridge, ask for Otieno. I'll press new bushes for a fraction.",
          ["jua kali shed in Gikomba", "behind the mitumba stalls near the footbridge", "ask for Otieno"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("encontramo-nos no parque do Continente de Matosinhos amanhã às 9h, levo a bateria e troco lá", () =>
    expect(caughtBy("encontramo-nos no parque do Continente de Matosinhos amanhã às 9h, levo a bateria e troco lá", ["parque do Continente de Matosinhos"])).toBe(true),
  );
  it("Komm lieber direkt zu mir, hinter dem Edeka in Grafing links rein, dann das dritte Haus mit der Doppelgarage und dem roten Tor", () =>
    expect(
      caughtBy("Komm lieber direkt zu mir, hinter dem Edeka in Grafing links rein, dann das dritte Haus mit der Doppelgarage und dem roten Tor", [
        "hinter dem Edeka in Grafing links rein",
        "das dritte Haus mit der Doppelgarage und dem roten Tor",
      ]),
    ).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("njoo tu kwangu, ukifika stage ya Githurai 45 shuka, pita Naivas, garage iko nyuma ya kanisa la PCEA, geti jekundu", () =>
    expect(
      caughtBy("njoo tu kwangu, ukifika stage ya Githurai 45 shuka, pita Naivas, garage iko nyuma ya kanisa la PCEA, geti jekundu", [
        "stage ya Githurai 45",
        "pita Naivas",
        "nyuma ya kanisa la PCEA, geti jekundu",
      ]),
    ).toBe(true),
  );
  it("come down to the Cars & Coffee at Brooklands on Sunday, I'm always parked by the entrance in a red E30, we can sort it there out of the app", () =>
    expect(
      caughtBy("come down to the Cars & Coffee at Brooklands on Sunday, I'm always parked by the entrance in a red E30, we can sort it there out of the app", [
        "Cars & Coffee at Brooklands",
        "parked by the entrance in a red E30",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("I've got a pitch at the Sunday car boot at Wexham fields, blue gazebo next to the burger van, bring the Corsa there and I'll plug it in", () =>
    expect(
      caughtBy("I've got a pitch at the Sunday car boot at Wexham fields, blue gazebo next to the burger van, bring the Corsa there and I'll plug it in", [
        "Sunday car boot at Wexham fields",
        "blue gazebo next to the burger van",
      ]),
    ).toBe(true),
  );
  it("meet at the Tim Hortons at Dundas and Kipling, you pay me cash and I'll do it in the lot", () =>
    expect(caughtBy("meet at the Tim Hortons at Dundas and Kipling, you pay me cash and I'll do it in the lot", ["Tim Hortons at Dundas and Kipling"])).toBe(true));
  it("just drive to the end of Kettle Lane where the tarmac stops, there's a farm track, I'm in the barn on the left", () =>
    expect(
      caughtBy("just drive to the end of Kettle Lane where the tarmac stops, there's a farm track, I'm in the barn on the left", [
        "end of Kettle Lane where the tarmac stops",
        "farm track, I'm in the barn on the left",
      ]),
    ).toBe(true));
  it("we can meet halfway, the rest area at mile marker 112 on I-40 westbound, I'll have the alternator in my truck", () =>
    expect(caughtBy("we can meet halfway, the rest area at mile marker 112 on I-40 westbound, I'll have the alternator in my truck", ["rest area at mile marker 112 on I-40 westbound"])).toBe(true));
  it("ci vediamo al bar davanti alla stazione di Lecco sabato mattina, le porto il ricambio e lo montiamo nel parcheggio", () =>
    expect(caughtBy("ci vediamo al bar davanti alla stazione di Lecco sabato mattina, le porto il ricambio e lo montiamo nel parcheggio", ["bar davanti alla stazione di Lecco"])).toBe(true));
  // not flagged
  it.fails("Can u just come to my work instead? I'm at the dental office in the strip mall next to Chipotle on Grand Ave, car's the white Camry parked under the big oak", () =>
    expect(
      caughtBy("Can u just come to my work instead? I'm at the dental office in the strip mall next to Chipotle on Grand Ave, car's the white Camry parked under the big oak", [
        "dental office in the strip mall next to Chipotle on Grand Ave",
        "white Camry parked under the big oak",
      ]),
    ).toBe(true),
  );
  it("compa mejor nos vemos en el Oxxo de la esquina de Av. Juárez y Morelos el sábado, llevo el sensor y te lo pongo ahí mismo sin pasar por la app", () =>
    expect(
      caughtBy("compa mejor nos vemos en el Oxxo de la esquina de Av. Juárez y Morelos el sábado, llevo el sensor y te lo pongo ahí mismo sin pasar por la app", [
        "Oxxo de la esquina de Av. Juárez y Morelos",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("my workshop na the one with the big tyre stack for front, after Texaco for Lagos-Ibadan expressway, 200m on your left. come tomorrow make I fix am", () =>
    expect(
      caughtBy("my workshop na the one with the big tyre stack for front, after Texaco for Lagos-Ibadan expressway, 200m on your left. come tomorrow make I fix am", [
        "the one with the big tyre stack for front",
        "after Texaco for Lagos-Ibadan expressway",
        "200m on your left",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails(
    "Судя по ошибкам, это датчик коленвала, деталь копеечная. В сервисе насчитают тысяч пятнадцать. Приезжайте лучше ко мне в гаражный кооператив за Пятёрочкой на Садовой, ряд 5, бокс с зелёными воротами. По вечерам я там.",
    () =>
      expect(
        caughtBy(
          "Судя по ошибкам, это датчик коленвала, деталь копеечная. В сервисе насчитают тысяч пятнадцать. Приезжайте лучше ко мне в гаражный кооператив за Пятёрочкой на Садовой, ряд 5, бокс с зелёными воротами. По вечерам я там.",
          ["гаражный кооператив за Пятёрочкой на Садовой", "ряд 5, бокс с зелёными воротами"],
        ),
      ).toBe(true),
  );
  it("I'm in Flanagan's in Kilcullen most Thursday nights, grab me at the end of the bar and we'll sort a price away from this site", () =>
    expect(
      caughtBy("I'm in Flanagan's in Kilcullen most Thursday nights, grab me at the end of the bar and we'll sort a price away from this site", ["Flanagan's in Kilcullen", "end of the bar"]),
    ).toBe(true));
  it("vino direct la mine, după benzinăria Petrom din Otopeni faci prima la dreapta, casa cu poarta maro și atelierul în curte", () =>
    expect(
      caughtBy("vino direct la mine, după benzinăria Petrom din Otopeni faci prima la dreapta, casa cu poarta maro și atelierul în curte", [
        "după benzinăria Petrom din Otopeni faci prima la dreapta",
        "casa cu poarta maro",
      ]),
    ).toBe(true));
  it("I can do it cheaper at mine mate, I'm just behind the Co-op on Brackley Road, yellow garage door with a Union Jack sticker, can't miss it", () =>
    expect(
      caughtBy("I can do it cheaper at mine mate, I'm just behind the Co-op on Brackley Road, yellow garage door with a Union Jack sticker, can't miss it", [
        "behind the Co-op on Brackley Road",
        "yellow garage door with a Union Jack sticker",
      ]),
    ).toBe(true));
  it("passez plutôt chez moi, après le rond-point du Leclerc prenez la deuxième à droite, c'est la maison avec le portail bleu et le garage en tôle au fond", () =>
    expect(
      caughtBy("passez plutôt chez moi, après le rond-point du Leclerc prenez la deuxième à droite, c'est la maison avec le portail bleu et le garage en tôle au fond", [
        "après le rond-point du Leclerc prenez la deuxième à droite",
        "la maison avec le portail bleu et le garage en tôle au fond",
      ]),
    ).toBe(true));
  it("easier if you come to me, drop a pin at -33.8731, 151.2065 and walk down the lane, my garage is the green one", () =>
    expect(
      caughtBy("easier if you come to me, drop a pin at -33.8731, 151.2065 and walk down the lane, my garage is the green one", [
        "-33.8731, 151.2065",
        "walk down the lane, my garage is the green one",
      ]),
    ).toBe(true));
  // not flagged
  // Caught since round 55 (a Turkish "buluşalım" with a time or the job there, in-person-visits.ts MEET_ABROAD).
  it("yarın sabah Esenyurt'taki Shell'in karşısındaki çay ocağında buluşalım, parçayı getiririm orada takarız", () =>
    expect(caughtBy("yarın sabah Esenyurt'taki Shell'in karşısındaki çay ocağında buluşalım, parçayı getiririm orada takarız", ["Esenyurt'taki Shell'in karşısındaki çay ocağında"])).toBe(true));
});
