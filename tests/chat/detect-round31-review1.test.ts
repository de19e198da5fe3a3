// Round 31 review 1: a blind reviewer wrote 190 sentences (77 attacks, 113 innocents) on directions to private places and meetings outside the booking, to judge directions31 and visits31.
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 1: innocents", () => {
  it("the clunk comes from the front passenger side, right behind the wheel, worse when I turn left into my driveway", () =>
    expect(flaggedBy("the clunk comes from the front passenger side, right behind the wheel, worse when I turn left into my driveway")).toBe(false));
  it("there's a drip under the car, roughly below the driver's footwell, leaves a puddle on the drive every morning", () =>
    expect(flaggedBy("there's a drip under the car, roughly below the driver's footwell, leaves a puddle on the drive every morning")).toBe(false));
  it("squeal's coming from the left of the engine bay, near the alternator belt I reckon, only on cold starts", () =>
    expect(flaggedBy("squeal's coming from the left of the engine bay, near the alternator belt I reckon, only on cold starts")).toBe(false));
  it("Oil leak is from the back side of engine, near the gearbox joint, left side when you look from front", () =>
    expect(flaggedBy("Oil leak is from the back side of engine, near the gearbox joint, left side when you look from front")).toBe(false));
  it("The noise dey come from under the back seat area, like exhaust hanger, especially when I pass speed bump", () =>
    expect(flaggedBy("The noise dey come from under the back seat area, like exhaust hanger, especially when I pass speed bump")).toBe(false));
  it("El ruido viene de la rueda trasera izquierda, por detrás, como un roce cuando freno", () =>
    expect(flaggedBy("El ruido viene de la rueda trasera izquierda, por detrás, como un roce cuando freno")).toBe(false));
  it("o vazamento é embaixo do motor, do lado do motorista, perto do cárter, pinga no chão da garagem", () =>
    expect(flaggedBy("o vazamento é embaixo do motor, do lado do motorista, perto do cárter, pinga no chão da garagem")).toBe(false));
  it("le bruit vient de l'avant droit, derrière la roue, surtout dans les virages à gauche", () =>
    expect(flaggedBy("le bruit vient de l'avant droit, derrière la roue, surtout dans les virages à gauche")).toBe(false));
  it("Das Klappern kommt von hinten links, irgendwo unter der Rückbank, vielleicht der Auspuff", () =>
    expect(flaggedBy("Das Klappern kommt von hinten links, irgendwo unter der Rückbank, vielleicht der Auspuff")).toBe(false));
  it("la perdita è sotto il motore, lato passeggero, vicino al filtro dell'olio", () => expect(flaggedBy("la perdita è sotto il motore, lato passeggero, vicino al filtro dell'olio")).toBe(false));
  it("Stuka coś z przodu po prawej, za kołem, przy skręcaniu w lewo", () => expect(flaggedBy("Stuka coś z przodu po prawej, za kołem, przy skręcaniu w lewo")).toBe(false));
  it("ses sağ ön tekerin arkasından geliyor, tümsekten geçerken tık tık yapıyor", () => expect(flaggedBy("ses sağ ön tekerin arkasından geliyor, tümsekten geçerken tık tık yapıyor")).toBe(false));
  it("bunyinya dari kolong belakang sebelah kiri mas, kayak knalpot kendor", () => expect(flaggedBy("bunyinya dari kolong belakang sebelah kiri mas, kayak knalpot kendor")).toBe(false));
  it("tiếng kêu phát ra từ bánh trước bên phải, phía sau lốp, khi đánh lái sang trái", () =>
    expect(flaggedBy("tiếng kêu phát ra từ bánh trước bên phải, phía sau lốp, khi đánh lái sang trái")).toBe(false));
  it("الصوت جاي من الكفر الأمامي اليمين، ورا الإطار، لما ألف شمال", () => expect(flaggedBy("الصوت جاي من الكفر الأمامي اليمين، ورا الإطار، لما ألف شمال")).toBe(false));
  it("a csöpögés a motor alól jön, a sofőr oldalon, az olajszűrő környékén", () => expect(flaggedBy("a csöpögés a motor alól jön, a sofőr oldalon, az olajszűrő környékén")).toBe(false));
  it("awaaz front left wheel ke peeche se aa rahi hai, brake lagane pe zyada hoti hai", () =>
    expect(flaggedBy("awaaz front left wheel ke peeche se aa rahi hai, brake lagane pe zyada hoti hai")).toBe(false));
  it("het lek zit onder de motor aan de bijrijderskant, vlak bij het oliefilter", () => expect(flaggedBy("het lek zit onder de motor aan de bijrijderskant, vlak bij het oliefilter")).toBe(false));
  it("it died on me in the Walmart parking lot last night, had to get a jump from a stranger, battery is only 2 yrs old", () =>
    expect(flaggedBy("it died on me in the Walmart parking lot last night, had to get a jump from a stranger, battery is only 2 yrs old")).toBe(false));
  it("broke down on the M25 between junction 10 and 11, AA towed it home, been sat on the drive since", () =>
    expect(flaggedBy("broke down on the M25 between junction 10 and 11, AA towed it home, been sat on the drive since")).toBe(false));
  it("it conked out at a servo near Dubbo on the way back from Sydney, restarted after 20 mins", () =>
    expect(flaggedBy("it conked out at a servo near Dubbo on the way back from Sydney, restarted after 20 mins")).toBe(false));
  it("Car stopped suddenly near Silk Board signal in traffic, started again after few minutes, this happened twice", () =>
    expect(flaggedBy("Car stopped suddenly near Silk Board signal in traffic, started again after few minutes, this happened twice")).toBe(false));
  it("namatayan ako ng makina sa may SLEX tollgate kahapon, tapos nag start ulit after 10 mins", () =>
    expect(flaggedBy("namatayan ako ng makina sa may SLEX tollgate kahapon, tapos nag start ulit after 10 mins")).toBe(false));
  it("Se me quedó tirado en el aparcamiento del Mercadona ayer, no arrancaba, al final arrancó con pinzas", () =>
    expect(flaggedBy("Se me quedó tirado en el aparcamiento del Mercadona ayer, no arrancaba, al final arrancó con pinzas")).toBe(false));
  it("o carro morreu no meio da Marginal ontem, tive que empurrar até o acostamento", () =>
    expect(flaggedBy("o carro morreu no meio da Marginal ontem, tive que empurrar até o acostamento")).toBe(false));
  it("la voiture est restée dans un parking souterrain pendant 3 semaines, c'est peut-être pour ça que la batterie est morte ?", () =>
    expect(flaggedBy("la voiture est restée dans un parking souterrain pendant 3 semaines, c'est peut-être pour ça que la batterie est morte ?")).toBe(false));
  it("Der Wagen stand zwei Wochen am Flughafenparkplatz, seitdem springt er schlecht an", () =>
    expect(flaggedBy("Der Wagen stand zwei Wochen am Flughafenparkplatz, seitdem springt er schlecht an")).toBe(false));
  it("mi si è spenta al semaforo davanti al supermercato e non ripartiva più", () => expect(flaggedBy("mi si è spenta al semaforo davanti al supermercato e non ripartiva più")).toBe(false));
  it("Auto stoi pod blokiem od miesiąca, nie jeździłem nim, teraz akumulator padł", () => expect(flaggedBy("Auto stoi pod blokiem od miesiąca, nie jeździłem nim, teraz akumulator padł")).toBe(false));
  it("araba AVM'nin otoparkında kaldı, çalışmadı, sonra akü takviyesiyle çalıştırdık", () =>
    expect(flaggedBy("araba AVM'nin otoparkında kaldı, çalışmadı, sonra akü takviyesiyle çalıştırdık")).toBe(false));
  it("mobil mogok di depan Indomaret kemarin sore, tapi pas didorong bisa nyala lagi", () =>
    expect(flaggedBy("mobil mogok di depan Indomaret kemarin sore, tapi pas didorong bisa nyala lagi")).toBe(false));
  it("mașina a murit în parcarea de la Kaufland, a pornit doar cu cabluri", () => expect(flaggedBy("mașina a murit în parcarea de la Kaufland, a pornit doar cu cabluri")).toBe(false));
  it("the car just dey park for my compound since last week because of this gear issue", () =>
    expect(flaggedBy("the car just dey park for my compound since last week because of this gear issue")).toBe(false));
  it("el 3arabeya we2fet fel parking beta3 el mall embare7 w ma radetsh tedwar", () => expect(flaggedBy("el 3arabeya we2fet fel parking beta3 el mall embare7 w ma radetsh tedwar")).toBe(false));
  // flagged as FULL_NAME
  it.fails("Hi, AutoFix Downtown here confirming your booking with us tomorrow 9am. Please use our rear entrance, bay 3 has the blue door, front desk opens 7:30", () =>
    expect(flaggedBy("Hi, AutoFix Downtown here confirming your booking with us tomorrow 9am. Please use our rear entrance, bay 3 has the blue door, front desk opens 7:30")).toBe(false),
  );
  it("Thanks for booking with us for Thursday. Our customer car park is behind the workshop, follow the signs to reception, we're open 8 to 5:30", () =>
    expect(flaggedBy("Thanks for booking with us for Thursday. Our customer car park is behind the workshop, follow the signs to reception, we're open 8 to 5:30")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL until round 50 (a meeting at the workshop's own service desk: detect-meeting-at-the-workshop-s-counter)
  it("G'day, re your booking with us Tues 8am: pull into our workshop through the roller door on the left, someone will meet you at the service desk", () =>
    expect(flaggedBy("G'day, re your booking with us Tues 8am: pull into our workshop through the roller door on the left, someone will meet you at the service desk")).toBe(false));
  it("Sir for tomorrow's booked service at our workshop, please come to reception on ground floor, token will be given, we open at 9:30", () =>
    expect(flaggedBy("Sir for tomorrow's booked service at our workshop, please come to reception on ground floor, token will be given, we open at 9:30")).toBe(false));
  it("Para su cita del lunes en nuestro taller: la entrada de vehículos es por la puerta lateral, deje el coche en la zona de recepción", () =>
    expect(flaggedBy("Para su cita del lunes en nuestro taller: la entrada de vehículos es por la puerta lateral, deje el coche en la zona de recepción")).toBe(false));
  it("Sobre o agendamento de sexta aqui na nossa oficina: a entrada é pelo portão dos fundos, a recepção abre às 8h", () =>
    expect(flaggedBy("Sobre o agendamento de sexta aqui na nossa oficina: a entrada é pelo portão dos fundos, a recepção abre às 8h")).toBe(false));
  it("Pour votre rendez-vous de mercredi dans notre atelier : l'accueil est au rez-de-chaussée, entrée des véhicules côté parking, ouvert dès 8h", () =>
    expect(flaggedBy("Pour votre rendez-vous de mercredi dans notre atelier : l'accueil est au rez-de-chaussée, entrée des véhicules côté parking, ouvert dès 8h")).toBe(false));
  it("Zu Ihrem gebuchten Termin am Freitag bei uns: Die Werkstatteinfahrt ist links neben dem Showroom, Annahme ab 7:30 Uhr", () =>
    expect(flaggedBy("Zu Ihrem gebuchten Termin am Freitag bei uns: Die Werkstatteinfahrt ist links neben dem Showroom, Annahme ab 7:30 Uhr")).toBe(false));
  it("Per l'appuntamento di giovedì nella nostra officina: l'ingresso auto è dal cancello laterale, accettazione aperta dalle 8", () =>
    expect(flaggedBy("Per l'appuntamento di giovedì nella nostra officina: l'ingresso auto è dal cancello laterale, accettazione aperta dalle 8")).toBe(false));
  it("W sprawie wizyty w naszym warsztacie w sobotę: wjazd od tyłu budynku, stanowisko nr 2, otwieramy o 8", () =>
    expect(flaggedBy("W sprawie wizyty w naszym warsztacie w sobotę: wjazd od tyłu budynku, stanowisko nr 2, otwieramy o 8")).toBe(false));
  it("Salı günkü randevunuz için: servisimizin girişi arka taraftan, kabul bankosu 08:30'da açılıyor", () =>
    expect(flaggedBy("Salı günkü randevunuz için: servisimizin girişi arka taraftan, kabul bankosu 08:30'da açılıyor")).toBe(false));
  it("Untuk booking servis besok di bengkel kami, silakan masuk lewat pintu samping, parkir di area penerimaan, buka jam 8", () =>
    expect(flaggedBy("Untuk booking servis besok di bengkel kami, silakan masuk lewat pintu samping, parkir di area penerimaan, buka jam 8")).toBe(false));
  it("Voor uw afspraak bij ons in de garage op dinsdag: de ingang van de werkplaats is aan de zijkant, de balie is open vanaf 7.45", () =>
    expect(flaggedBy("Voor uw afspraak bij ons in de garage op dinsdag: de ingang van de werkplaats is aan de zijkant, de balie is open vanaf 7.45")).toBe(false));
  it("Về lịch hẹn sáng mai tại gara bên em: xe vào cổng bên hông, đỗ ở khu tiếp nhận, gara mở cửa lúc 7h30", () =>
    expect(flaggedBy("Về lịch hẹn sáng mai tại gara bên em: xe vào cổng bên hông, đỗ ở khu tiếp nhận, gara mở cửa lúc 7h30")).toBe(false));
  it("A holnapi foglalásához nálunk: a szervizünk bejárata a hátsó udvar felől van, az ügyfélfogadás 8-tól", () =>
    expect(flaggedBy("A holnapi foglalásához nálunk: a szervizünk bejárata a hátsó udvar felől van, az ügyfélfogadás 8-tól")).toBe(false));
  it("Hi maam, for your booked PMS with us on Sat, pls go to our service bay entrance beside the showroom, we open 8am", () =>
    expect(flaggedBy("Hi maam, for your booked PMS with us on Sat, pls go to our service bay entrance beside the showroom, we open 8am")).toBe(false));
  it("بخصوص موعدك عندنا في الورشة يوم الأحد: الدخول من البوابة الجانبية، والاستقبال يفتح الساعة ٨", () =>
    expect(flaggedBy("بخصوص موعدك عندنا في الورشة يوم الأحد: الدخول من البوابة الجانبية، والاستقبال يفتح الساعة ٨")).toBe(false));
  it("can I drop it off at the shop the night before my booking? is there a key drop box?", () =>
    expect(flaggedBy("can I drop it off at the shop the night before my booking? is there a key drop box?")).toBe(false));
  it("I'll drop the car off at the garage at 8 on Monday as booked and get the bus to work", () =>
    expect(flaggedBy("I'll drop the car off at the garage at 8 on Monday as booked and get the bus to work")).toBe(false));
  it("what time can I pick it up from the workshop tmrw? I finish work at 5", () => expect(flaggedBy("what time can I pick it up from the workshop tmrw? I finish work at 5")).toBe(false));
  it("My driver will drop the car at your workshop for the booked service at 10, please message here if any issue", () =>
    expect(flaggedBy("My driver will drop the car at your workshop for the booked service at 10, please message here if any issue")).toBe(false));
  it("¿Puedo recoger el coche en el taller el sábado por la mañana o solo abren entre semana?", () =>
    expect(flaggedBy("¿Puedo recoger el coche en el taller el sábado por la mañana o solo abren entre semana?")).toBe(false));
  it("Deixo o carro na oficina na quinta de manhã como marcado, e levanto ao fim do dia", () =>
    expect(flaggedBy("Deixo o carro na oficina na quinta de manhã como marcado, e levanto ao fim do dia")).toBe(false));
  it("Je dépose la voiture à votre garage demain 8h comme prévu, je pourrai la récupérer quand ?", () =>
    expect(flaggedBy("Je dépose la voiture à votre garage demain 8h comme prévu, je pourrai la récupérer quand ?")).toBe(false));
  it("Kann ich das Auto nach Feierabend bei Ihnen in der Werkstatt abholen, so gegen 18 Uhr?", () =>
    expect(flaggedBy("Kann ich das Auto nach Feierabend bei Ihnen in der Werkstatt abholen, so gegen 18 Uhr?")).toBe(false));
  it("pwede ko po bang kunin yung kotse sa shop nyo bukas after work mga 6pm?", () => expect(flaggedBy("pwede ko po bang kunin yung kotse sa shop nyo bukas after work mga 6pm?")).toBe(false));
  it("Las mașina la service luni dimineață cum am programat, o iau seara", () => expect(flaggedBy("Las mașina la service luni dimineață cum am programat, o iau seara")).toBe(false));
  it("I booked the tow through the app, driver says he'll take it straight to your shop, ETA 40 min", () =>
    expect(flaggedBy("I booked the tow through the app, driver says he'll take it straight to your shop, ETA 40 min")).toBe(false));
  it("I've booked the mobile mechanic option in the app for Saturday, it's using the address on my account", () =>
    expect(flaggedBy("I've booked the mobile mechanic option in the app for Saturday, it's using the address on my account")).toBe(false));
  it("app says the roadside bloke is 15 mins out, I dropped the pin in the app so he can find me", () =>
    expect(flaggedBy("app says the roadside bloke is 15 mins out, I dropped the pin in the app so he can find me")).toBe(false));
  it("I have selected doorstep pickup in the app, the pickup executive will come as per app booking", () =>
    expect(flaggedBy("I have selected doorstep pickup in the app, the pickup executive will come as per app booking")).toBe(false));
  it("He pedido la grúa desde la app, ya les he puesto la ubicación ahí, me dicen que tardan una hora", () =>
    expect(flaggedBy("He pedido la grúa desde la app, ya les he puesto la ubicación ahí, me dicen que tardan una hora")).toBe(false));
  it("agendei o serviço a domicílio pelo app, o endereço já tá no cadastro", () => expect(flaggedBy("agendei o serviço a domicílio pelo app, o endereço já tá no cadastro")).toBe(false));
  it("Ich habe über die App den Abschleppdienst gebucht, Standort ist dort hinterlegt", () =>
    expect(flaggedBy("Ich habe über die App den Abschleppdienst gebucht, Standort ist dort hinterlegt")).toBe(false));
  it("saya sudah pesan layanan servis ke rumah lewat aplikasi, alamat sudah saya isi di aplikasi ya", () =>
    expect(flaggedBy("saya sudah pesan layanan servis ke rumah lewat aplikasi, alamat sudah saya isi di aplikasi ya")).toBe(false));
  it("maine app se towing book kar di hai, location app mein daal di, aap bas workshop pe ready rehna", () =>
    expect(flaggedBy("maine app se towing book kar di hai, location app mein daal di, aap bas workshop pe ready rehna")).toBe(false));
  it("J'ai réservé le dépannage via l'appli, la localisation est partagée dedans, ils arrivent dans 30 min", () =>
    expect(flaggedBy("J'ai réservé le dépannage via l'appli, la localisation est partagée dedans, ils arrivent dans 30 min")).toBe(false));
  it("my neighbor came over yesterday and said it sounds like a wheel bearing, he's not a mechanic tho", () =>
    expect(flaggedBy("my neighbor came over yesterday and said it sounds like a wheel bearing, he's not a mechanic tho")).toBe(false));
  it("a mate popped round last night and had a listen, reckons it's the timing chain rattling", () =>
    expect(flaggedBy("a mate popped round last night and had a listen, reckons it's the timing chain rattling")).toBe(false));
  it("my brother came to my house on Sunday and checked the battery terminals, said they were loose", () =>
    expect(flaggedBy("my brother came to my house on Sunday and checked the battery terminals, said they were loose")).toBe(false));
  it("un vecino vino a casa y me dijo que era el alternador, pero no sé si fiarme", () => expect(flaggedBy("un vecino vino a casa y me dijo que era el alternador, pero no sé si fiarme")).toBe(false));
  it("è passato un amico a casa ieri sera e dice che è la frizione che slitta", () => expect(flaggedBy("è passato un amico a casa ieri sera e dice che è la frizione che slitta")).toBe(false));
  it("sąsiad przyszedł wczoraj i powiedział że to łożysko, co pan o tym sądzi?", () => expect(flaggedBy("sąsiad przyszedł wczoraj i powiedział że to łożysko, co pan o tym sądzi?")).toBe(false));
  it("komşu dün eve geldi, bujiler olabilir dedi, sizce?", () => expect(flaggedBy("komşu dün eve geldi, bujiler olabilir dedi, sizce?")).toBe(false));
  it("hôm qua ông hàng xóm sang nhà xem giúp, bảo là do bugi", () => expect(flaggedBy("hôm qua ông hàng xóm sang nhà xem giúp, bảo là do bugi")).toBe(false));
  it("Sorry, I can't come to your house or meet anywhere, everything has to go through a booking in the app", () =>
    expect(flaggedBy("Sorry, I can't come to your house or meet anywhere, everything has to go through a booking in the app")).toBe(false));
  it("I'd rather not meet at a car park mate, let's just book it in at the garage through the app", () =>
    expect(flaggedBy("I'd rather not meet at a car park mate, let's just book it in at the garage through the app")).toBe(false));
  it("Sir we are not allowed to visit customer home outside the app, please book doorstep service in app if available", () =>
    expect(flaggedBy("Sir we are not allowed to visit customer home outside the app, please book doorstep service in app if available")).toBe(false));
  it("sorry po maam, hindi po ako pwede makipagkita outside the app, book na lang po tayo dito", () =>
    expect(flaggedBy("sorry po maam, hindi po ako pwede makipagkita outside the app, book na lang po tayo dito")).toBe(false));
  it("Lo siento, no puedo quedar en ninguna gasolinera, tiene que reservar por la app", () =>
    expect(flaggedBy("Lo siento, no puedo quedar en ninguna gasolinera, tiene que reservar por la app")).toBe(false));
  it("desculpa, não faço atendimento fora do app, nem em casa nem em posto, agenda por aqui por favor", () =>
    expect(flaggedBy("desculpa, não faço atendimento fora do app, nem em casa nem em posto, agenda por aqui por favor")).toBe(false));
  it("Désolé, je ne peux pas passer chez vous, il faut passer par une réservation dans l'appli", () =>
    expect(flaggedBy("Désolé, je ne peux pas passer chez vous, il faut passer par une réservation dans l'appli")).toBe(false));
  it("Treffen außerhalb der App darf ich leider nicht, buchen Sie bitte einen Werkstatttermin über die App", () =>
    expect(flaggedBy("Treffen außerhalb der App darf ich leider nicht, buchen Sie bitte einen Werkstatttermin über die App")).toBe(false));
  it("kusura bakmayın, uygulama dışında buluşamam, lütfen randevuyu buradan alın", () => expect(flaggedBy("kusura bakmayın, uygulama dışında buluşamam, lütfen randevuyu buradan alın")).toBe(false));
  it("آسف، ما أقدر أقابلك برا التطبيق، احجز موعد من التطبيق لو سمحت", () => expect(flaggedBy("آسف، ما أقدر أقابلك برا التطبيق، احجز موعد من التطبيق لو سمحت")).toBe(false));
  it("Sorry, ik kom niet bij mensen thuis buiten de app om, boek gewoon een afspraak hier", () =>
    expect(flaggedBy("Sorry, ik kom niet bij mensen thuis buiten de app om, boek gewoon een afspraak hier")).toBe(false));
  it("maaf bang, saya tak boleh jumpa luar aplikasi, tempah je melalui app ni", () => expect(flaggedBy("maaf bang, saya tak boleh jumpa luar aplikasi, tempah je melalui app ni")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("does this app have mechanics that come to your house? car won't start and I can't drive it in", () =>
    expect(flaggedBy("does this app have mechanics that come to your house? car won't start and I can't drive it in")).toBe(false),
  );
  it("is there a mobile service option on here or do I have to get it towed to a workshop?", () =>
    expect(flaggedBy("is there a mobile service option on here or do I have to get it towed to a workshop?")).toBe(false));
  it("Is doorstep service available in my area through the app or only workshop visit?", () =>
    expect(flaggedBy("Is doorstep service available in my area through the app or only workshop visit?")).toBe(false));
  it("¿La app tiene servicio a domicilio o tengo que llevar el coche al taller sí o sí?", () =>
    expect(flaggedBy("¿La app tiene servicio a domicilio o tengo que llevar el coche al taller sí o sí?")).toBe(false));
  it("czy przez aplikację można zamówić mechanika do domu?", () => expect(flaggedBy("czy przez aplikację można zamówić mechanika do domu?")).toBe(false));
  it("Lehet az alkalmazáson keresztül házhoz jövő szerelőt foglalni?", () => expect(flaggedBy("Lehet az alkalmazáson keresztül házhoz jövő szerelőt foglalni?")).toBe(false));
  it("Aplicația are și mecanic la domiciliu sau trebuie să duc mașina la service?", () => expect(flaggedBy("Aplicația are și mecanic la domiciliu sau trebuie să duc mașina la service?")).toBe(false));
  it("drove I-80 from Reno to Salt Lake last week and on the long climbs past Elko the temp gauge crept up", () =>
    expect(flaggedBy("drove I-80 from Reno to Salt Lake last week and on the long climbs past Elko the temp gauge crept up")).toBe(false));
  it("happens on my commute, A road out of town then up the big hill past the retail park, the revs flare on the hill", () =>
    expect(flaggedBy("happens on my commute, A road out of town then up the big hill past the retail park, the revs flare on the hill")).toBe(false));
  it("on the Hume heading to Melbourne, around Gundagai, the steering started shaking at 100", () =>
    expect(flaggedBy("on the Hume heading to Melbourne, around Gundagai, the steering started shaking at 100")).toBe(false));
  it("on the Mumbai-Pune expressway, in the ghat section after Lonavala, the clutch started smelling", () =>
    expect(flaggedBy("on the Mumbai-Pune expressway, in the ghat section after Lonavala, the clutch started smelling")).toBe(false));
  it("fui de SP pro Rio pela Dutra e depois da serra das Araras a embreagem começou a patinar", () =>
    expect(flaggedBy("fui de SP pro Rio pela Dutra e depois da serra das Araras a embreagem começou a patinar")).toBe(false));
  it("sur l'A7 entre Lyon et Valence, la clim s'est arrêtée et le voyant moteur s'est allumé", () =>
    expect(flaggedBy("sur l'A7 entre Lyon et Valence, la clim s'est arrêtée et le voyant moteur s'est allumé")).toBe(false));
  it("auf der A8 Richtung München, am Aufstieg bei Aichelberg, verliert er plötzlich Leistung", () =>
    expect(flaggedBy("auf der A8 Richtung München, am Aufstieg bei Aichelberg, verliert er plötzlich Leistung")).toBe(false));
  it("in autostrada da Bologna a Firenze, nelle gallerie dopo Roncobilaccio, il motore perde colpi", () =>
    expect(flaggedBy("in autostrada da Bologna a Firenze, nelle gallerie dopo Roncobilaccio, il motore perde colpi")).toBe(false));
  it("Ankara'dan İzmir'e giderken Afyon yokuşlarında hararet yaptı", () => expect(flaggedBy("Ankara'dan İzmir'e giderken Afyon yokuşlarında hararet yaptı")).toBe(false));
  it("saliendo de Guadalajara rumbo a Puerto Vallarta, en las curvas de la sierra empezó a rechinar el freno", () =>
    expect(flaggedBy("saliendo de Guadalajara rumbo a Puerto Vallarta, en las curvas de la sierra empezó a rechinar el freno")).toBe(false));
  it("How much for changing the front pads at the workshop I booked? Just want to know before I come", () =>
    expect(flaggedBy("How much for changing the front pads at the workshop I booked? Just want to know before I come")).toBe(false));
  it("ok I'll come by the shop at 2 like we booked, see you then", () => expect(flaggedBy("ok I'll come by the shop at 2 like we booked, see you then")).toBe(false));
  it("ana 7agazt fel app maw3ed bokra el sa3a 10 fel warsha, hal el wa2t kfaya?", () => expect(flaggedBy("ana 7agazt fel app maw3ed bokra el sa3a 10 fel warsha, hal el wa2t kfaya?")).toBe(false));
  it("grabe traffic sa EDSA, baka ma-late ako ng 15 mins sa booked appointment ko sa shop nyo", () =>
    expect(flaggedBy("grabe traffic sa EDSA, baka ma-late ako ng 15 mins sa booked appointment ko sa shop nyo")).toBe(false));
  it("Ich bin schon auf dem Weg zu Ihrer Werkstatt für den Termin um 10, stehe aber im Stau", () =>
    expect(flaggedBy("Ich bin schon auf dem Weg zu Ihrer Werkstatt für den Termin um 10, stehe aber im Stau")).toBe(false));
});

describe("round 31 review 1: attacks", () => {
  it("Oga no wahala, come to my house direct. Once you pass Ojodu Berger bus stop, enter the street beside Mr Biggs, yellow storey building, 3rd gate. Ask for Mama Chidi", () =>
    expect(
      caughtBy("Oga no wahala, come to my house direct. Once you pass Ojodu Berger bus stop, enter the street beside Mr Biggs, yellow storey building, 3rd gate. Ask for Mama Chidi", [
        "Ojodu Berger bus stop",
        "the street beside Mr Biggs",
        "yellow storey building, 3rd gate",
        "Ask for Mama Chidi",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("I work at the Costco on Route 9, tire center side, I'm there till 6. Swing by the back loading dock and I'll show you the car", () =>
    expect(
      caughtBy("I work at the Costco on Route 9, tire center side, I'm there till 6. Swing by the back loading dock and I'll show you the car", [
        "the Costco on Route 9",
        "tire center side",
        "back loading dock",
      ]),
    ).toBe(true),
  );
  it("Easier if you pop round mine. It's the cul-de-sac behind the Tesco Express, last house on the left with the white van on the drive", () =>
    expect(
      caughtBy("Easier if you pop round mine. It's the cul-de-sac behind the Tesco Express, last house on the left with the white van on the drive", [
        "the cul-de-sac behind the Tesco Express",
        "last house on the left with the white van on the drive",
      ]),
    ).toBe(true));
  it("mate im out past the servo on the Bruce Hwy, turn at the big pineapple sign, third property, green shed. come have a look this arvo", () =>
    expect(
      caughtBy("mate im out past the servo on the Bruce Hwy, turn at the big pineapple sign, third property, green shed. come have a look this arvo", [
        "past the servo on the Bruce Hwy",
        "turn at the big pineapple sign",
        "third property, green shed",
      ]),
    ).toBe(true));
  it("Sir you can directly come to my office, Tidel Park 4th floor, B wing, tell security you are meeting Ramesh from accounts", () =>
    expect(
      caughtBy("Sir you can directly come to my office, Tidel Park 4th floor, B wing, tell security you are meeting Ramesh from accounts", [
        "Tidel Park 4th floor, B wing",
        "meeting Ramesh from accounts",
      ]),
    ).toBe(true));
  it("sir pls dito nalang kayo sa bahay, near the barangay hall of San Roque, the house with the sari-sari store in front, pink gate", () =>
    expect(
      caughtBy("sir pls dito nalang kayo sa bahay, near the barangay hall of San Roque, the house with the sari-sari store in front, pink gate", [
        "near the barangay hall of San Roque",
        "the house with the sari-sari store in front, pink gate",
      ]),
    ).toBe(true));
  it("Mejor vente a mi casa, es la calle que sale detrás del Mercadona, portal verde, segundo piso puerta B, pregunta por Lucía", () =>
    expect(
      caughtBy("Mejor vente a mi casa, es la calle que sale detrás del Mercadona, portal verde, segundo piso puerta B, pregunta por Lucía", [
        "la calle que sale detrás del Mercadona",
        "portal verde, segundo piso puerta B",
        "pregunta por Lucía",
      ]),
    ).toBe(true));
  it("cara vem aqui em casa msm, é a rua do lado do posto Ipiranga, casa amarela com portão preto, toca o interfone 2", () =>
    expect(
      caughtBy("cara vem aqui em casa msm, é a rua do lado do posto Ipiranga, casa amarela com portão preto, toca o interfone 2", [
        "a rua do lado do posto Ipiranga",
        "casa amarela com portão preto",
        "toca o interfone 2",
      ]),
    ).toBe(true));
  it("Venez directement chez moi, c'est juste derrière la boulangerie Paul près de la gare, la maison avec les volets bleus, sonnez chez Martin", () =>
    expect(
      caughtBy("Venez directement chez moi, c'est juste derrière la boulangerie Paul près de la gare, la maison avec les volets bleus, sonnez chez Martin", [
        "derrière la boulangerie Paul près de la gare",
        "la maison avec les volets bleus",
        "sonnez chez Martin",
      ]),
    ).toBe(true));
  it("Kommen Sie einfach zu mir, hinter dem Aldi links rein, das dritte Haus mit der Holzgarage, klingeln bei Weber", () =>
    expect(
      caughtBy("Kommen Sie einfach zu mir, hinter dem Aldi links rein, das dritte Haus mit der Holzgarage, klingeln bei Weber", [
        "hinter dem Aldi links rein",
        "das dritte Haus mit der Holzgarage",
        "klingeln bei Weber",
      ]),
    ).toBe(true));
  it("vieni da me che è più comodo, dopo la rotonda dell'Esselunga prima a destra, cancello marrone, citofono Bianchi", () =>
    expect(
      caughtBy("vieni da me che è più comodo, dopo la rotonda dell'Esselunga prima a destra, cancello marrone, citofono Bianchi", [
        "dopo la rotonda dell'Esselunga prima a destra",
        "cancello marrone",
        "citofono Bianchi",
      ]),
    ).toBe(true));
  // caught since round 32: a route of two landmarks or turns to a door told by its number (klatka C)
  it("Niech pan podjedzie do mnie, za Biedronką w prawo, szary blok z zielonymi balkonami, klatka C, 4 piętro", () =>
    expect(
      caughtBy("Niech pan podjedzie do mnie, za Biedronką w prawo, szary blok z zielonymi balkonami, klatka C, 4 piętro", [
        "za Biedronką w prawo",
        "szary blok z zielonymi balkonami, klatka C, 4 piętro",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Abi atölyeye gerek yok, bize gel. Migros'un arkasındaki sokak, köşedeki kırmızı kapılı ev, Ahmet'i sor", () =>
    expect(
      caughtBy("Abi atölyeye gerek yok, bize gel. Migros'un arkasındaki sokak, köşedeki kırmızı kapılı ev, Ahmet'i sor", ["Migros'un arkasındaki sokak", "köşedeki kırmızı kapılı ev", "Ahmet'i sor"]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Mas langsung ke rumah aja, masuk gang sebelah Indomaret, rumah cat hijau pagar hitam, tanya Bu Sri", () =>
    expect(
      caughtBy("Mas langsung ke rumah aja, masuk gang sebelah Indomaret, rumah cat hijau pagar hitam, tanya Bu Sri", ["masuk gang sebelah Indomaret", "rumah cat hijau pagar hitam", "tanya Bu Sri"]),
    ).toBe(true),
  );
  it("bhai seedha ghar aa jao, Sector 15 market ke peeche wali gali, gurudwara ke saamne teesra ghar, neeche Sharma ji ka board hai", () =>
    expect(
      caughtBy("bhai seedha ghar aa jao, Sector 15 market ke peeche wali gali, gurudwara ke saamne teesra ghar, neeche Sharma ji ka board hai", [
        "Sector 15 market ke peeche wali gali",
        "gurudwara ke saamne teesra ghar",
        "Sharma ji ka board hai",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("تعال البيت أحسن، بعد الجامع الكبير أول يمين، البيت اللي بابه أخضر، اسأل عن أبو خالد", () =>
    expect(caughtBy("تعال البيت أحسن، بعد الجامع الكبير أول يمين، البيت اللي بابه أخضر، اسأل عن أبو خالد", ["بعد الجامع الكبير أول يمين", "البيت اللي بابه أخضر", "اسأل عن أبو خالد"])).toBe(true),
  );
  // not flagged
  it.fails("ta3al 3al bet a7san, wara saydaliyet el amal, bineyet el 2iz2az, tabe2 tene, es2al 3an abu samir", () =>
    expect(
      caughtBy("ta3al 3al bet a7san, wara saydaliyet el amal, bineyet el 2iz2az, tabe2 tene, es2al 3an abu samir", ["wara saydaliyet el amal", "bineyet el 2iz2az, tabe2 tene", "es2al 3an abu samir"]),
    ).toBe(true),
  );
  it("Kom gewoon bij mij langs, achter de Albert Heijn de eerste links, het hoekhuis met de gele deur, bel aan bij De Vries", () =>
    expect(
      caughtBy("Kom gewoon bij mij langs, achter de Albert Heijn de eerste links, het hoekhuis met de gele deur, bel aan bij De Vries", [
        "achter de Albert Heijn de eerste links",
        "het hoekhuis met de gele deur",
        "bel aan bij De Vries",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Anh qua nhà em luôn đi, vào hẻm cạnh tiệm Circle K, nhà thứ ba cổng xanh, hỏi chị Lan là biết", () =>
    expect(caughtBy("Anh qua nhà em luôn đi, vào hẻm cạnh tiệm Circle K, nhà thứ ba cổng xanh, hỏi chị Lan là biết", ["hẻm cạnh tiệm Circle K", "nhà thứ ba cổng xanh", "hỏi chị Lan"])).toBe(true),
  );
  // not flagged
  it.fails("Jöjjön inkább hozzám, a Tesco mögötti utca, a sárga ház zöld kerítéssel, csöngessen Kovácséknál", () =>
    expect(
      caughtBy("Jöjjön inkább hozzám, a Tesco mögötti utca, a sárga ház zöld kerítéssel, csöngessen Kovácséknál", ["a Tesco mögötti utca", "a sárga ház zöld kerítéssel", "csöngessen Kovácséknál"]),
    ).toBe(true),
  );
  // caught since round 43's refit
  it("Veniți direct la mine, pe strada din spatele Lidl-ului, casa cu poarta albastră, întrebați de nea Ion", () =>
    expect(
      caughtBy("Veniți direct la mine, pe strada din spatele Lidl-ului, casa cu poarta albastră, întrebați de nea Ion", [
        "strada din spatele Lidl-ului",
        "casa cu poarta albastră",
        "întrebați de nea Ion",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("I'm at the Amazon warehouse off exit 42, building 3, employee lot row G. Come find me on my lunch at 12:30 and look at it there", () =>
    expect(
      caughtBy("I'm at the Amazon warehouse off exit 42, building 3, employee lot row G. Come find me on my lunch at 12:30 and look at it there", [
        "the Amazon warehouse off exit 42",
        "building 3, employee lot row G",
      ]),
    ).toBe(true),
  );
  it("skip the garage, I'm on the new estate past the Harvester, house with the caravan out front, come round the back through the side gate", () =>
    expect(
      caughtBy("skip the garage, I'm on the new estate past the Harvester, house with the caravan out front, come round the back through the side gate", [
        "the new estate past the Harvester",
        "house with the caravan out front",
        "round the back through the side gate",
      ]),
    ).toBe(true));
  it("I dey work for the bank opposite Ikeja City Mall, 2nd floor, just tell the security man say you dey find Emeka for IT, we fit check am for car park", () =>
    expect(
      caughtBy("I dey work for the bank opposite Ikeja City Mall, 2nd floor, just tell the security man say you dey find Emeka for IT, we fit check am for car park", [
        "the bank opposite Ikeja City Mall, 2nd floor",
        "you dey find Emeka for IT",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Our flat is in Prestige Lakeside, tower 5, 11th floor, just tell guard Iyer family. Car is in basement slot B-42, come and see it", () =>
    expect(
      caughtBy("Our flat is in Prestige Lakeside, tower 5, 11th floor, just tell guard Iyer family. Car is in basement slot B-42, come and see it", [
        "Prestige Lakeside, tower 5, 11th floor",
        "tell guard Iyer family",
        "basement slot B-42",
      ]),
    ).toBe(true),
  );
  it("kuya punta ka na lang sa work ko, SM Megamall building B, yung Jollibee side, 3rd floor parking near the elevator", () =>
    expect(
      caughtBy("kuya punta ka na lang sa work ko, SM Megamall building B, yung Jollibee side, 3rd floor parking near the elevator", [
        "SM Megamall building B",
        "yung Jollibee side, 3rd floor parking near the elevator",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("mejor ven a mi chamba, trabajo en la ferretería frente a la gasolinera de la salida a Toluca, pregunta por el Güero, ahí tengo el carro", () =>
    expect(
      caughtBy("mejor ven a mi chamba, trabajo en la ferretería frente a la gasolinera de la salida a Toluca, pregunta por el Güero, ahí tengo el carro", [
        "la ferretería frente a la gasolinera de la salida a Toluca",
        "pregunta por el Güero",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails("Venha antes a minha casa, fica na rua por trás do Pingo Doce, prédio cor-de-rosa, 3.º esquerdo, o carro está na garagem", () =>
    expect(
      caughtBy("Venha antes a minha casa, fica na rua por trás do Pingo Doce, prédio cor-de-rosa, 3.º esquerdo, o carro está na garagem", [
        "na rua por trás do Pingo Doce",
        "prédio cor-de-rosa, 3.º esquerdo",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("je bosse à l'entrepôt Leroy Merlin zone nord, quai 7, passez vers 17h et demandez Karim au poste de garde, on regarde la voiture sur le parking", () =>
    expect(
      caughtBy("je bosse à l'entrepôt Leroy Merlin zone nord, quai 7, passez vers 17h et demandez Karim au poste de garde, on regarde la voiture sur le parking", [
        "l'entrepôt Leroy Merlin zone nord, quai 7",
        "demandez Karim au poste de garde",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Bin im Büro, das Glasgebäude neben der Shell am Ring, 2. OG, fragen Sie am Empfang nach Frau Yilmaz, dann gehen wir zum Auto", () =>
    expect(
      caughtBy("Bin im Büro, das Glasgebäude neben der Shell am Ring, 2. OG, fragen Sie am Empfang nach Frau Yilmaz, dann gehen wir zum Auto", [
        "das Glasgebäude neben der Shell am Ring, 2. OG",
        "fragen Sie am Empfang nach Frau Yilmaz",
      ]),
    ).toBe(true),
  );
  it("Boss dito ka na lang dumiretso sa amin, lampas ng simbahan kumanan ka, yung bahay na may puting gate at malaking mangga, hanapin mo si Aling Nena", () =>
    expect(
      caughtBy("Boss dito ka na lang dumiretso sa amin, lampas ng simbahan kumanan ka, yung bahay na may puting gate at malaking mangga, hanapin mo si Aling Nena", [
        "lampas ng simbahan kumanan ka",
        "yung bahay na may puting gate at malaking mangga",
        "hanapin mo si Aling Nena",
      ]),
    ).toBe(true));
  it("Abang datang je rumah, lepas masjid jamek belok kiri, rumah teres hujung pagar biru, tanya Pak Mat", () =>
    expect(
      caughtBy("Abang datang je rumah, lepas masjid jamek belok kiri, rumah teres hujung pagar biru, tanya Pak Mat", [
        "lepas masjid jamek belok kiri",
        "rumah teres hujung pagar biru",
        "tanya Pak Mat",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("I'm at the mine site office in Karratha, the donga next to the fuel bowser, ask at the gate for Davo and I'll show you the ute", () =>
    expect(
      caughtBy("I'm at the mine site office in Karratha, the donga next to the fuel bowser, ask at the gate for Davo and I'll show you the ute", [
        "the mine site office in Karratha",
        "the donga next to the fuel bowser",
        "ask at the gate for Davo",
      ]),
    ).toBe(true),
  );
  it("my apartment is the complex behind the Walgreens on Main, building C, 2nd floor unit facing the pool. car's in the carport, just come by", () =>
    expect(
      caughtBy("my apartment is the complex behind the Walgreens on Main, building C, 2nd floor unit facing the pool. car's in the carport, just come by", [
        "the complex behind the Walgreens on Main",
        "building C, 2nd floor unit facing the pool",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Pracuję w Castoramie przy obwodnicy, dział ogrodowy, niech pan przyjdzie i zapyta o Marka, auto stoi na parkingu dla pracowników", () =>
    expect(
      caughtBy("Pracuję w Castoramie przy obwodnicy, dział ogrodowy, niech pan przyjdzie i zapyta o Marka, auto stoi na parkingu dla pracowników", [
        "Castoramie przy obwodnicy, dział ogrodowy",
        "zapyta o Marka",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("bhai aap ghar aa jayen, Gulshan chowrangi se aagay bank ke bilkul peeche wali gali, kaala gate, Aslam bhai ka poochna", () =>
    expect(
      caughtBy("bhai aap ghar aa jayen, Gulshan chowrangi se aagay bank ke bilkul peeche wali gali, kaala gate, Aslam bhai ka poochna", [
        "Gulshan chowrangi se aagay bank ke bilkul peeche wali gali",
        "kaala gate",
        "Aslam bhai ka poochna",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("lavoro al bar Centrale di fronte al municipio, chiedi di Giulia al bancone, la macchina la lascio nel cortile dietro, passa quando vuoi", () =>
    expect(
      caughtBy("lavoro al bar Centrale di fronte al municipio, chiedi di Giulia al bancone, la macchina la lascio nel cortile dietro, passa quando vuoi", [
        "bar Centrale di fronte al municipio",
        "chiedi di Giulia al bancone",
        "nel cortile dietro",
      ]),
    ).toBe(true),
  );
  it("honestly why don't we skip the app fee, I can come by your place Saturday and look at it in your driveway", () =>
    expect(flaggedBy("honestly why don't we skip the app fee, I can come by your place Saturday and look at it in your driveway")).toBe(true));
  it("fancy meeting at the Asda car park tomorrow around 5? I'll bring my scanner and we can sort it there", () =>
    expect(flaggedBy("fancy meeting at the Asda car park tomorrow around 5? I'll bring my scanner and we can sort it there")).toBe(true));
  it("I'll swing past yours after knock-off and take a look for cash, no need to book it thru here", () =>
    expect(flaggedBy("I'll swing past yours after knock-off and take a look for cash, no need to book it thru here")).toBe(true));
  it("Madam I can come to your home on Sunday itself and do the service there, no need to go to workshop", () =>
    expect(flaggedBy("Madam I can come to your home on Sunday itself and do the service there, no need to go to workshop")).toBe(true));
  // not flagged
  it.fails("Make I come see the car for your house this evening after work, we go settle price there", () =>
    expect(flaggedBy("Make I come see the car for your house this evening after work, we go settle price there")).toBe(true),
  );
  // not flagged
  it.fails("sir pwede tayo magkita sa Petron along EDSA bukas ng umaga, dun ko na lang titingnan yung kotse", () =>
    expect(flaggedBy("sir pwede tayo magkita sa Petron along EDSA bukas ng umaga, dun ko na lang titingnan yung kotse")).toBe(true),
  );
  it("Nos vemos en la gasolinera Repsol de la salida del pueblo el sábado y te lo miro allí mismo", () =>
    expect(flaggedBy("Nos vemos en la gasolinera Repsol de la salida del pueblo el sábado y te lo miro allí mismo")).toBe(true));
  it("che pasate por casa después del laburo y lo vemos tranqui, sin la app", () => expect(flaggedBy("che pasate por casa después del laburo y lo vemos tranqui, sin la app")).toBe(true));
  // not flagged
  it.fails("bora se encontrar no estacionamento do Carrefour amanhã? levo as ferramentas e resolvo lá", () =>
    expect(flaggedBy("bora se encontrar no estacionamento do Carrefour amanhã? levo as ferramentas e resolvo lá")).toBe(true),
  );
  // not flagged
  it.fails("Posso passar aí em sua casa ao fim do dia e dar uma vista de olhos, fica mais barato que a oficina", () =>
    expect(flaggedBy("Posso passar aí em sua casa ao fim do dia e dar uma vista de olhos, fica mais barato que a oficina")).toBe(true),
  );
  it("On peut se retrouver au parking du Carrefour demain midi, je regarde la voiture sur place", () =>
    expect(flaggedBy("On peut se retrouver au parking du Carrefour demain midi, je regarde la voiture sur place")).toBe(true));
  // not flagged
  it.fails("Je peux passer chez vous ce soir après le boulot pour jeter un œil au bruit, pas besoin de rdv", () =>
    expect(flaggedBy("Je peux passer chez vous ce soir après le boulot pour jeter un œil au bruit, pas besoin de rdv")).toBe(true),
  );
  // not flagged
  it.fails("Ich kann auch nach Feierabend bei Ihnen vorbeikommen und mir das in der Einfahrt anschauen", () =>
    expect(flaggedBy("Ich kann auch nach Feierabend bei Ihnen vorbeikommen und mir das in der Einfahrt anschauen")).toBe(true),
  );
  // not flagged
  it.fails("Treffen wir uns doch an der Aral an der B27, dann schau ich's mir da an, ohne Werkstatttermin", () =>
    expect(flaggedBy("Treffen wir uns doch an der Aral an der B27, dann schau ich's mir da an, ohne Werkstatttermin")).toBe(true),
  );
  it("ci vediamo al parcheggio dell'Ipercoop sabato mattina? te la guardo lì", () => expect(flaggedBy("ci vediamo al parcheggio dell'Ipercoop sabato mattina? te la guardo lì")).toBe(true));
  // not flagged
  it.fails("passo io da casa tua stasera dopo il lavoro, così non paghi l'officina", () => expect(flaggedBy("passo io da casa tua stasera dopo il lavoro, così non paghi l'officina")).toBe(true));
  // not flagged
  it.fails("mogę podjechać do pana pod dom w sobotę i zobaczyć to auto na miejscu, bez warsztatu", () =>
    expect(flaggedBy("mogę podjechać do pana pod dom w sobotę i zobaczyć to auto na miejscu, bez warsztatu")).toBe(true),
  );
  it("spotkajmy się na stacji Orlen przy wyjeździe z miasta, tam rzucę okiem", () => expect(flaggedBy("spotkajmy się na stacji Orlen przy wyjeździe z miasta, tam rzucę okiem")).toBe(true));
  // not flagged
  it.fails("Hocam akşam işten çıkınca evinize uğrarım, orada bakarız arabaya", () => expect(flaggedBy("Hocam akşam işten çıkınca evinize uğrarım, orada bakarız arabaya")).toBe(true));
  // not flagged
  // Caught since round 55 (a Turkish "buluşalım" with a time or the job there, in-person-visits.ts MEET_ABROAD).
  it("Yarın Shell benzinliğin otoparkında buluşalım, oradan hallederiz", () => expect(flaggedBy("Yarın Shell benzinliğin otoparkında buluşalım, oradan hallederiz")).toBe(true));
  it("Gimana kalau ketemu di parkiran Alfamart aja besok sore, saya cek di situ", () => expect(flaggedBy("Gimana kalau ketemu di parkiran Alfamart aja besok sore, saya cek di situ")).toBe(true));
  it("saya bisa mampir ke rumah bapak malam ini abis kerja, biar ga usah ke bengkel", () =>
    expect(flaggedBy("saya bisa mampir ke rumah bapak malam ini abis kerja, biar ga usah ke bengkel")).toBe(true));
  // not flagged
  it.fails("bhai kal shaam ko main aapke ghar aa jata hu, wahi dekh lenge, app pe book karne ki zarurat nahi", () =>
    expect(flaggedBy("bhai kal shaam ko main aapke ghar aa jata hu, wahi dekh lenge, app pe book karne ki zarurat nahi")).toBe(true),
  );
  it("petrol pump pe mil lete hai kal subah, highway wala Indian Oil, wahin check kar dunga", () =>
    expect(flaggedBy("petrol pump pe mil lete hai kal subah, highway wala Indian Oil, wahin check kar dunga")).toBe(true));
  // not flagged
  it.fails("ممكن نتقابل في محطة البنزين بكرة العصر وأشوف العربية هناك", () => expect(flaggedBy("ممكن نتقابل في محطة البنزين بكرة العصر وأشوف العربية هناك")).toBe(true));
  // not flagged
  it.fails("momken a3ddi 3alek fel beit ba3d el shoghl w ashoof el 3arabeya", () => expect(flaggedBy("momken a3ddi 3alek fel beit ba3d el shoghl w ashoof el 3arabeya")).toBe(true));
  // not flagged
  it.fails("Zullen we afspreken op de parkeerplaats van de Jumbo? Dan kijk ik er daar even naar", () =>
    expect(flaggedBy("Zullen we afspreken op de parkeerplaats van de Jumbo? Dan kijk ik er daar even naar")).toBe(true),
  );
  // not flagged
  it.fails("Ik kan vanavond na het werk wel even bij je langskomen om ernaar te kijken", () =>
    expect(flaggedBy("Ik kan vanavond na het werk wel even bij je langskomen om ernaar te kijken")).toBe(true),
  );
  // not flagged
  it.fails("Tối nay em tan làm ghé nhà anh xem xe luôn nhé, khỏi ra gara", () => expect(flaggedBy("Tối nay em tan làm ghé nhà anh xem xe luôn nhé, khỏi ra gara")).toBe(true));
  it("Mai gặp nhau ở cây xăng Petrolimex đầu đường rồi em kiểm tra cho", () => expect(flaggedBy("Mai gặp nhau ở cây xăng Petrolimex đầu đường rồi em kiểm tra cho")).toBe(true));
  // not flagged
  it.fails("Munka után átmehetek Önhöz és megnézem a kocsit ott helyben", () => expect(flaggedBy("Munka után átmehetek Önhöz és megnézem a kocsit ott helyben")).toBe(true));
  // not flagged
  it.fails("Ne putem vedea la benzinăria Petrom mâine dimineață, mă uit acolo la mașină", () =>
    expect(flaggedBy("Ne putem vedea la benzinăria Petrom mâine dimineață, mă uit acolo la mașină")).toBe(true),
  );
  // caught since round 43's refit
  it("Pre daanan na lang kita sa bahay nyo mamaya pag-out ko, doon ko na titingnan", () =>
    expect(flaggedBy("Pre daanan na lang kita sa bahay nyo mamaya pag-out ko, doon ko na titingnan")).toBe(true));
  // not flagged
  it.fails("I could look at it at my buddy's shop on the weekend instead, way cheaper than the place you booked", () =>
    expect(flaggedBy("I could look at it at my buddy's shop on the weekend instead, way cheaper than the place you booked")).toBe(true),
  );
  it("don't bother with the booking, I'm round your way Thursday anyway, I'll knock on and have a look", () =>
    expect(flaggedBy("don't bother with the booking, I'm round your way Thursday anyway, I'll knock on and have a look")).toBe(true));
  it("can you just come out to my work parking lot on your lunch? I'll pay you cash", () =>
    expect(flaggedBy("can you just come out to my work parking lot on your lunch? I'll pay you cash")).toBe(true));
  it("Can I meet you near your house and show the car? Where do you stay?", () => expect(flaggedBy("Can I meet you near your house and show the car? Where do you stay?")).toBe(true));
  it("¿Y si vienes tú a mi casa el domingo? te pago en mano y nos ahorramos la comisión", () =>
    expect(flaggedBy("¿Y si vienes tú a mi casa el domingo? te pago en mano y nos ahorramos la comisión")).toBe(true));
  it("meet me at the Maccas on the highway, the one near the Caltex, I'll be in the white ute", () =>
    expect(flaggedBy("meet me at the Maccas on the highway, the one near the Caltex, I'll be in the white ute")).toBe(true));
  // not flagged
  // Caught since round 55 (the Malay afternoon "petang" and "saya tengok", in-person-visits.ts MEET_ABROAD).
  it("Jumpa kat stesen Petronas depan tu je lah petang ni, saya tengok kereta kat situ", () =>
    expect(flaggedBy("Jumpa kat stesen Petronas depan tu je lah petang ni, saya tengok kereta kat situ")).toBe(true));
});
