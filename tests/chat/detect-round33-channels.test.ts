// Round 33, moves to another channel said with their own words (issue 13, OFF_PLATFORM_REQUEST). English: a call asked
// for politely ("mind giving me a call?"), a party rung on a phone line ("I'll call u on ur mobile"), a text or an SMS flung
// over ("flick me an sms"), a video meeting on another service ("I'll send you a Zoom link"), the quote sent by e-mail or to a
// mailbox ("send the quote to my gmail") or already e-mailed ("I emailed you the quote"), a call set for a clock time ("give
// me a buzz after 5"), the platform's trouble in the next sentence as the reason to leave ("by phone? Typing on here is a
// nightmare"), someone of the sender's calling the reader ("my advisor will reach out to you by phone"), a friend, connection
// or LinkedIn request, an app as the easier place ("easier to sort over discord"), a preference to ring the shop direct ("I'd
// rather just ring them"), the reader's channel asked to be shared ("mind sharing your email?"), Nigerian Pidgin ("flash me",
// "make we yarn for phone"). Abroad (Spanish, French, Italian, Portuguese, German, Dutch, Polish, Turkish, Indonesian,
// Tagalog, Swahili, Hinglish, Arabizi): the sender ringing the reader ("te llamo mañana", "ich ruf Sie an", "zadzwonię do
// ciebie"), the reader asked to ring or write ("tawagan mo ako", "beni arayın", "stuur maar een mailtje", "kalemni 3al
// telephone"), the talk carried to a phone, an app or out of the app ("lanjut di WA", "telefonda konuşalım", "praten we
// verder buiten de app") and the reader told to answer "there" after a mail or an app was named or as the quicker place ("me
// contestas por ahí", "me liga lá que é mais fácil"). The innocents are the near misses: the app's own calls, calls refused,
// third parties called for the reader ("te llamo una grúa", "ti chiamo il meccanico"), reminders ("je te rappelle que"),
// names ("te llamo Juan"), notices when the car is ready ("je vous appelle dès que"), past calls told, a proposal asked back
// and turned down ("send you a friend request? haha no"), the platform named as the channel ("escríbeme por aquí"), a phone
// told of as a device, "por ahí" on a road. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 33 moves to another channel: attacks", () => {
  it("Mind giving me a call? Easier than typing all this", () => expect(caughtBy("Mind giving me a call? Easier than typing all this", ["Mind giving me a call"])).toBe(true));
  it("would you mind ringing me tonight about the gearbox", () => expect(caughtBy("would you mind ringing me tonight about the gearbox", ["would you mind ringing me"])).toBe(true));
  it("can you give me a buzz after 5, I'll explain the noise", () => expect(caughtBy("can you give me a buzz after 5, I'll explain the noise", ["give me a buzz"])).toBe(true));
  it("I'll give ya a bell on your mobile tonight", () => expect(caughtBy("I'll give ya a bell on your mobile tonight", ["give ya a bell on your mobile"])).toBe(true));
  it("flick us a txt when you're near", () => expect(caughtBy("flick us a txt when you're near", ["flick us a txt"])).toBe(true));
  it("bung me a text when you're done at work", () => expect(caughtBy("bung me a text when you're done at work", ["bung me a text"])).toBe(true));
  it("ima ring u on ur cell in 5 ok", () => expect(caughtBy("ima ring u on ur cell in 5 ok", ["ring u on ur cell"])).toBe(true));
  it("I'll ring you on your landline after lunch", () => expect(caughtBy("I'll ring you on your landline after lunch", ["ring you on your landline"])).toBe(true));
  it("I'll send you a Zoom link for 4pm so you can show me the engine", () => expect(caughtBy("I'll send you a Zoom link for 4pm so you can show me the engine", ["send you a Zoom link"])).toBe(true));
  it("I'll send a Teams invite over for tomorrow morning", () => expect(caughtBy("I'll send a Teams invite over for tomorrow morning", ["send a Teams invite"])).toBe(true));
  it("Zoom at 3 tomorrow? I'll send you an invite", () => expect(caughtBy("Zoom at 3 tomorrow? I'll send you an invite", ["I'll send you an invite"])).toBe(true));
  it("let's do a quick zoom tomorrow so I can see the leak", () => expect(caughtBy("let's do a quick zoom tomorrow so I can see the leak", ["do a quick zoom"])).toBe(true));
  it("I'll send you the itemised invoice by email tonight", () => expect(caughtBy("I'll send you the itemised invoice by email tonight", ["send you the itemised invoice by email"])).toBe(true));
  it("could you forward the receipt to my hotmail please", () => expect(caughtBy("could you forward the receipt to my hotmail please", ["forward the receipt to my hotmail"])).toBe(true));
  it("Could we carry on by email? Uploading on here is painful", () => expect(caughtBy("Could we carry on by email? Uploading on here is painful", ["carry on by email"])).toBe(true));
  it("Can we sort it over the phone? Messaging on here is such a pain", () =>
    expect(caughtBy("Can we sort it over the phone? Messaging on here is such a pain", ["sort it over the phone"])).toBe(true));
  it("te llamo mañana y lo hablamos con calma", () => expect(caughtBy("te llamo mañana y lo hablamos con calma", ["te llamo"])).toBe(true));
  it("Le llamo esta tarde para explicarle el presupuesto", () => expect(caughtBy("Le llamo esta tarde para explicarle el presupuesto", ["Le llamo"])).toBe(true));
  it("je vous appelle demain matin pour le devis", () => expect(caughtBy("je vous appelle demain matin pour le devis", ["je vous appelle"])).toBe(true));
  it("je te rappelle ce soir, on voit ça ensemble", () => expect(caughtBy("je te rappelle ce soir, on voit ça ensemble", ["je te rappelle"])).toBe(true));
  it("ti chiamo stasera per il preventivo", () => expect(caughtBy("ti chiamo stasera per il preventivo", ["ti chiamo"])).toBe(true));
  it("eu te ligo amanhã cedo pra combinar", () => expect(caughtBy("eu te ligo amanhã cedo pra combinar", ["te ligo"])).toBe(true));
  it("Ich rufe Sie heute Nachmittag zurück wegen der Kupplung", () => expect(caughtBy("Ich rufe Sie heute Nachmittag zurück wegen der Kupplung", ["rufe Sie heute Nachmittag zurück"])).toBe(true));
  it("ich rufe dich heute Abend an wegen dem Angebot", () => expect(caughtBy("ich rufe dich heute Abend an wegen dem Angebot", ["rufe dich heute Abend an"])).toBe(true));
  it("ik bel je vanavond even over de offerte", () => expect(caughtBy("ik bel je vanavond even over de offerte", ["ik bel je"])).toBe(true));
  it("zadzwonię do ciebie jutro w sprawie wyceny", () => expect(caughtBy("zadzwonię do ciebie jutro w sprawie wyceny", ["zadzwonię do ciebie"])).toBe(true));
  it("besok pagi saya telepon aja ya bu, lebih enak ngobrol langsung", () => expect(caughtBy("besok pagi saya telepon aja ya bu, lebih enak ngobrol langsung", ["saya telepon"])).toBe(true));
  it("tatawagan kita mamaya boss para mas mabilis", () => expect(caughtBy("tatawagan kita mamaya boss para mas mabilis", ["tatawagan kita"])).toBe(true));
  it("itext mo na lang ako mamaya boss, mas mabilis", () => expect(caughtBy("itext mo na lang ako mamaya boss, mas mabilis", ["itext mo na lang ako"])).toBe(true));
  it("telpon saya aja ya mas, biar cepat", () => expect(caughtBy("telpon saya aja ya mas, biar cepat", ["telpon saya"])).toBe(true));
  it("beni arayın lütfen, yazması zor", () => expect(caughtBy("beni arayın lütfen, yazması zor", ["beni arayın"])).toBe(true));
  it("zadzwoń do mnie po południu, wszystko wyjaśnię", () => expect(caughtBy("zadzwoń do mnie po południu, wszystko wyjaśnię", ["zadzwoń do mnie"])).toBe(true));
  it("Kunnen we morgen even bellen? Typen gaat me slecht af", () => expect(caughtBy("Kunnen we morgen even bellen? Typen gaat me slecht af", ["Kunnen we morgen even bellen"])).toBe(true));
  it("kita lanjut lewat whatsapp aja gan, fotonya lebih jelas", () => expect(caughtBy("kita lanjut lewat whatsapp aja gan, fotonya lebih jelas", ["lanjut lewat whatsapp"])).toBe(true));
  it("Pogadamy przez telefon wieczorem? Łatwiej mi tak", () => expect(caughtBy("Pogadamy przez telefon wieczorem? Łatwiej mi tak", ["Pogadamy przez telefon"])).toBe(true));
  it("usap na lang tayo sa fb boss, mas mabilis ako doon", () => expect(caughtBy("usap na lang tayo sa fb boss, mas mabilis ako doon", ["usap na lang tayo sa fb"])).toBe(true));
  it("Whatsapp'tan devam edelim abi, burası çok yavaş", () => expect(caughtBy("Whatsapp'tan devam edelim abi, burası çok yavaş", ["Whatsapp'tan devam edelim"])).toBe(true));
  it("nipigie simu jioni tuzungumze vizuri", () => expect(caughtBy("nipigie simu jioni tuzungumze vizuri", ["nipigie simu"])).toBe(true));
  it("bhai video call pe aa jao shaam ko, engine dikhata hoon", () => expect(caughtBy("bhai video call pe aa jao shaam ko, engine dikhata hoon", ["video call pe aa jao"])).toBe(true));
  it("ngobrol di telegram aja gan, lebih cepat", () => expect(caughtBy("ngobrol di telegram aja gan, lebih cepat", ["ngobrol di telegram"])).toBe(true));
  it("usap tayo sa viber mamaya", () => expect(caughtBy("usap tayo sa viber mamaya", ["usap tayo sa viber"])).toBe(true));
  it("Te paso la factura por whatsapp y me contestas por ahí mismo", () => expect(caughtBy("Te paso la factura por whatsapp y me contestas por ahí mismo", ["me contestas por ahí"])).toBe(true));
  it("Mando as fotos pelo zap, depois fala comigo por lá", () => expect(caughtBy("Mando as fotos pelo zap, depois fala comigo por lá", ["fala comigo por lá"])).toBe(true));
  it("Je t'écris sur WhatsApp, réponds-moi là-bas", () => expect(caughtBy("Je t'écris sur WhatsApp, réponds-moi là-bas", ["réponds-moi là-bas"])).toBe(true));
  it("continuamos por fuera, aquí se quedan con una comisión", () => expect(caughtBy("continuamos por fuera, aquí se quedan con una comisión", ["continuamos por fuera"])).toBe(true));
  it("te llamo mañana fuera de la app, aquí cobran comisión", () => expect(caughtBy("te llamo mañana fuera de la app, aquí cobran comisión", ["te llamo"])).toBe(true));
  it("seni yarın ararım usta, detayları konuşuruz", () => expect(caughtBy("seni yarın ararım usta, detayları konuşuruz", ["seni yarın ararım"])).toBe(true));
  it("sizi akşam arayacağım, fiyatı telefonda söylerim", () => expect(caughtBy("sizi akşam arayacağım, fiyatı telefonda söylerim", ["sizi akşam arayacağım"])).toBe(true));
  it("tatawagan kita bukas ng umaga boss", () => expect(caughtBy("tatawagan kita bukas ng umaga boss", ["tatawagan kita"])).toBe(true));
  it("hubungi saya aja pak, nomornya sudah ada kan", () => expect(caughtBy("hubungi saya aja pak, nomornya sudah ada kan", ["hubungi saya"])).toBe(true));
  it("fancy giving us a ring later? easier to talk it through", () => expect(caughtBy("fancy giving us a ring later? easier to talk it through", ["fancy giving us a ring"])).toBe(true));
  it("I'll bung you a text tonight with the details", () => expect(caughtBy("I'll bung you a text tonight with the details", ["bung you a text"])).toBe(true));
  it("ti chiamo io stasera, meglio a voce", () => expect(caughtBy("ti chiamo io stasera, meglio a voce", ["ti chiamo"])).toBe(true));
  it("le llamo yo, no se preocupe, así lo hablamos", () => expect(caughtBy("le llamo yo, no se preocupe, así lo hablamos", ["le llamo"])).toBe(true));
  it("zadzwońcie do mnie po szesnastej", () => expect(caughtBy("zadzwońcie do mnie po szesnastej", ["zadzwońcie do mnie"])).toBe(true));
  it("ik bel u morgenochtend over de distributieriem", () => expect(caughtBy("ik bel u morgenochtend over de distributieriem", ["ik bel u"])).toBe(true));
  it("easier to sort it over viber honestly, I reply faster there", () => expect(caughtBy("easier to sort it over viber honestly, I reply faster there", ["over viber"])).toBe(true));
  it("simpler to chat on discord, this thing lags", () => expect(caughtBy("simpler to chat on discord, this thing lags", ["chat on discord"])).toBe(true));
  it("geef me maar even een belletje, typen is lastig", () => expect(caughtBy("geef me maar even een belletje, typen is lastig", ["geef me maar even een belletje"])).toBe(true));
  it("stuur me liever een mailtje met de offerte", () => expect(caughtBy("stuur me liever een mailtje met de offerte", ["stuur me liever een mailtje"])).toBe(true));
  it("dan praten we verder buiten de app, dat is goedkoper", () => expect(caughtBy("dan praten we verder buiten de app, dat is goedkoper", ["praten we verder buiten de app"])).toBe(true));
  it("kallimni 3al mobile ba3d el shoghl", () => expect(caughtBy("kallimni 3al mobile ba3d el shoghl", ["kallimni 3al mobile"])).toBe(true));
  it("my wife will text you directly with the pickup time", () => expect(caughtBy("my wife will text you directly with the pickup time", ["my wife will text you directly"])).toBe(true));
  it("our office will get in touch with you by email about the invoice", () =>
    expect(caughtBy("our office will get in touch with you by email about the invoice", ["our office will get in touch with you by email"])).toBe(true));
  it("I've texted you the itemised quote, have a look", () => expect(caughtBy("I've texted you the itemised quote, have a look", ["I've texted you the itemised quote"])).toBe(true));
  it("we emailed you the photos this morning, reply there", () => expect(caughtBy("we emailed you the photos this morning, reply there", ["we emailed you the photos"])).toBe(true));
  it("I'll send you a friend request on fb, same name", () => expect(caughtBy("I'll send you a friend request on fb, same name", ["send you a friend request"])).toBe(true));
  it("accept my connection request and we'll talk there", () => expect(caughtBy("accept my connection request and we'll talk there", ["accept my connection request"])).toBe(true));
  it("flash me abeg, I go call you back sharp", () => expect(caughtBy("flash me abeg, I go call you back sharp", ["flash me"])).toBe(true));
  it("make we gist for phone later, e too long to type", () => expect(caughtBy("make we gist for phone later, e too long to type", ["make we gist for phone"])).toBe(true));
  it("honestly I'd rather just phone the workshop direct, what's their line", () =>
    expect(caughtBy("honestly I'd rather just phone the workshop direct, what's their line", ["I'd rather just phone the workshop direct"])).toBe(true));
  it("I'd prefer to ring you myself, typing isn't my thing", () => expect(caughtBy("I'd prefer to ring you myself, typing isn't my thing", ["I'd prefer to ring you myself"])).toBe(true));
  it("mind sharing your email? I'll send the logbook scans", () => expect(caughtBy("mind sharing your email? I'll send the logbook scans", ["mind sharing your email"])).toBe(true));
  it("could you share with me your whatsapp so I can send the video", () =>
    expect(caughtBy("could you share with me your whatsapp so I can send the video", ["share with me your whatsapp"])).toBe(true));
  it("me liga lá que é mais fácil, aqui demora", () => expect(caughtBy("me liga lá que é mais fácil, aqui demora", ["me liga lá"])).toBe(true));
  it("escríbeme ahí, es más fácil que aquí", () => expect(caughtBy("escríbeme ahí, es más fácil que aquí", ["escríbeme ahí"])).toBe(true));
  it("je te laisse mon mail, écris-moi là-bas c'est plus simple", () => expect(caughtBy("je te laisse mon mail, écris-moi là-bas c'est plus simple", ["écris-moi là-bas"])).toBe(true));
  it("I'll send a linkedin connection request tonight, easier to talk there", () =>
    expect(caughtBy("I'll send a linkedin connection request tonight, easier to talk there", ["send a linkedin connection request"])).toBe(true));
  it("sending you an insta request now, accept it", () => expect(caughtBy("sending you an insta request now, accept it", ["sending you an insta request"])).toBe(true));
  it("just send me a fb friend request, I am the one with the red ute", () =>
    expect(caughtBy("just send me a fb friend request, I am the one with the red ute", ["send me a fb friend request"])).toBe(true));
});

describe("round 33 moves to another channel: innocents", () => {
  it("The app will call you when the mechanic is on the way", () => expect(flaggedBy("The app will call you when the mechanic is on the way")).toBe(false));
  it("I can't take calls at work, please keep it on here", () => expect(flaggedBy("I can't take calls at work, please keep it on here")).toBe(false));
  it("He texted me yesterday that the part arrived", () => expect(flaggedBy("He texted me yesterday that the part arrived")).toBe(false));
  it("Contact support in the app if the payment fails", () => expect(flaggedBy("Contact support in the app if the payment fails")).toBe(false));
  it("Could you send a photo of the dashboard here?", () => expect(flaggedBy("Could you send a photo of the dashboard here?")).toBe(false));
  it("Mind giving me a minute? I'm under the car", () => expect(flaggedBy("Mind giving me a minute? I'm under the car")).toBe(false));
  it("would you mind checking the coolant level before you drive it", () => expect(flaggedBy("would you mind checking the coolant level before you drive it")).toBe(false));
  it("can you give me a rough quote first", () => expect(flaggedBy("can you give me a rough quote first")).toBe(false));
  it("I'll send you the full quote through the app instead", () => expect(flaggedBy("I'll send you the full quote through the app instead")).toBe(false));
  it("The quote will be emailed to you automatically by the platform", () => expect(flaggedBy("The quote will be emailed to you automatically by the platform")).toBe(false));
  it("I'll send the invoice to the insurer by email this afternoon", () => expect(flaggedBy("I'll send the invoice to the insurer by email this afternoon")).toBe(false));
  it("Can you send the quote here instead? I lost the last one", () => expect(flaggedBy("Can you send the quote here instead? I lost the last one")).toBe(false));
  it("My boss sends me a Zoom link every Monday for the team meeting, sorry if I'm slow", () =>
    expect(flaggedBy("My boss sends me a Zoom link every Monday for the team meeting, sorry if I'm slow")).toBe(false));
  it("Is there a video call option in the app? I'd like to show you the noise", () => expect(flaggedBy("Is there a video call option in the app? I'd like to show you the noise")).toBe(false));
  it("let's do a video call through the app so I can see the engine", () => expect(flaggedBy("let's do a video call through the app so I can see the engine")).toBe(false));
  it("te llamo la atención sobre el ruido del motor, no es normal", () => expect(flaggedBy("te llamo la atención sobre el ruido del motor, no es normal")).toBe(false));
  it("la aplicación te llama cuando el mecánico llega", () => expect(flaggedBy("la aplicación te llama cuando el mecánico llega")).toBe(false));
  it("te llamo una grúa si no arranca mañana", () => expect(flaggedBy("te llamo una grúa si no arranca mañana")).toBe(false));
  it("ti chiamo un carro attrezzi se non parte", () => expect(flaggedBy("ti chiamo un carro attrezzi se non parte")).toBe(false));
  it("je t'appelle un dépanneur si elle ne démarre pas", () => expect(flaggedBy("je t'appelle un dépanneur si elle ne démarre pas")).toBe(false));
  it("eu te ligo pelo app quando chegar na oficina", () => expect(flaggedBy("eu te ligo pelo app quando chegar na oficina")).toBe(false));
  it("Ich rufe die Werkstatt morgen an und frage nach dem Teil", () => expect(flaggedBy("Ich rufe die Werkstatt morgen an und frage nach dem Teil")).toBe(false));
  it("ik bel de garage morgen even over het onderdeel", () => expect(flaggedBy("ik bel de garage morgen even over het onderdeel")).toBe(false));
  it("zadzwonię do warsztatu jutro i zapytam o część", () => expect(flaggedBy("zadzwonię do warsztatu jutro i zapytam o część")).toBe(false));
  it("nanti saya telpon bengkelnya dulu soal sparepart", () => expect(flaggedBy("nanti saya telpon bengkelnya dulu soal sparepart")).toBe(false));
  it("tatawagan ko ang talyer mamaya para sa piyesa", () => expect(flaggedBy("tatawagan ko ang talyer mamaya para sa piyesa")).toBe(false));
  it("Lanjut di aplikasi aja ya kak, biar tercatat", () => expect(flaggedBy("Lanjut di aplikasi aja ya kak, biar tercatat")).toBe(false));
  it("Telefonda konuşamıyorum, buradan yazalım", () => expect(flaggedBy("Telefonda konuşamıyorum, buradan yazalım")).toBe(false));
  it("Pwede ba tayo mag-usap dito na lang sa app?", () => expect(flaggedBy("Pwede ba tayo mag-usap dito na lang sa app?")).toBe(false));
  it("Może przejdziemy do wyceny? Mam już zdjęcia", () => expect(flaggedBy("Może przejdziemy do wyceny? Mam już zdjęcia")).toBe(false));
  it("seguimos por ahí, por la carretera vieja, y llegamos antes", () => expect(flaggedBy("seguimos por ahí, por la carretera vieja, y llegamos antes")).toBe(false));
  it("Te mando el presupuesto por la app y me contestas por ahí", () => expect(flaggedBy("Te mando el presupuesto por la app y me contestas por ahí")).toBe(false));
  it("Je vous envoie le devis ici, répondez-moi directement dans l'appli", () => expect(flaggedBy("Je vous envoie le devis ici, répondez-moi directement dans l'appli")).toBe(false));
  it("He rang me yesterday to say the car was ready", () => expect(flaggedBy("He rang me yesterday to say the car was ready")).toBe(false));
  it("the garage gave me a buzz last week about the recall", () => expect(flaggedBy("the garage gave me a buzz last week about the recall")).toBe(false));
  it("flick me a photo of the tyre wall here", () => expect(flaggedBy("flick me a photo of the tyre wall here")).toBe(false));
  it("typing on here is a nightmare, sorry for the typos", () => expect(flaggedBy("typing on here is a nightmare, sorry for the typos")).toBe(false));
  it("I don't want to continue this by phone, the chat is fine", () => expect(flaggedBy("I don't want to continue this by phone, the chat is fine")).toBe(false));
  it("your insurer will call you on your mobile to confirm the claim", () => expect(flaggedBy("your insurer will call you on your mobile to confirm the claim")).toBe(false));
  it("the zoom on my camera isn't great, I'll take a closer photo", () => expect(flaggedBy("the zoom on my camera isn't great, I'll take a closer photo")).toBe(false));
  it("can you email the dealer and ask for the service history?", () => expect(flaggedBy("can you email the dealer and ask for the service history?")).toBe(false));
  it("my phone died so I couldn't answer the in-app call, sorry", () => expect(flaggedBy("my phone died so I couldn't answer the in-app call, sorry")).toBe(false));
  it("the mechanic said he'd ring you through the app's call button at 11", () => expect(flaggedBy("the mechanic said he'd ring you through the app's call button at 11")).toBe(false));
  it("ik bel je garage morgen wel even, die weten het", () => expect(flaggedBy("ik bel je garage morgen wel even, die weten het")).toBe(false));
  it("telpon saya rusak jadi saya balas di sini saja", () => expect(flaggedBy("telpon saya rusak jadi saya balas di sini saja")).toBe(false));
  it("beni arama, buradan yazalım lütfen", () => expect(flaggedBy("beni arama, buradan yazalım lütfen")).toBe(false));
  it("ti chiamo il meccanico appena arriva", () => expect(flaggedBy("ti chiamo il meccanico appena arriva")).toBe(false));
  it("je te rappelle que le devis est dans l'appli", () => expect(flaggedBy("je te rappelle que le devis est dans l'appli")).toBe(false));
  it("I'll send a photo here instead of by email, easier for the record", () => expect(flaggedBy("I'll send a photo here instead of by email, easier for the record")).toBe(false));
  it("je te rappelle que le devis est prêt depuis hier", () => expect(flaggedBy("je te rappelle que le devis est prêt depuis hier")).toBe(false));
  it("te llamo por la videollamada de la app dentro de un rato", () => expect(flaggedBy("te llamo por la videollamada de la app dentro de un rato")).toBe(false));
  it("Ich rufe Sie gleich über die App an, halten Sie die Kamera auf den Motor", () => expect(flaggedBy("Ich rufe Sie gleich über die App an, halten Sie die Kamera auf den Motor")).toBe(false));
  it("je vous appelle via l'appli dans cinq minutes pour voir le bruit", () => expect(flaggedBy("je vous appelle via l'appli dans cinq minutes pour voir le bruit")).toBe(false));
  it("ti chiamo con la videochiamata della piattaforma tra poco", () => expect(flaggedBy("ti chiamo con la videochiamata della piattaforma tra poco")).toBe(false));
  it("te llamo cuando esté lista la camioneta, no antes", () => expect(flaggedBy("te llamo cuando esté lista la camioneta, no antes")).toBe(false));
  it("je vous appelle dès que la voiture est prête", () => expect(flaggedBy("je vous appelle dès que la voiture est prête")).toBe(false));
  it("ich rufe Sie an, sobald das Teil da ist", () => expect(flaggedBy("ich rufe Sie an, sobald das Teil da ist")).toBe(false));
  it("ik bel je zodra de auto klaar is", () => expect(flaggedBy("ik bel je zodra de auto klaar is")).toBe(false));
  it("zadzwonię do pana, jak tylko auto będzie gotowe", () => expect(flaggedBy("zadzwonię do pana, jak tylko auto będzie gotowe")).toBe(false));
  it("nanti saya telpon kalau mobilnya sudah selesai", () => expect(flaggedBy("nanti saya telpon kalau mobilnya sudah selesai")).toBe(false));
  it("ich rufe dich nicht an, wir schreiben lieber hier", () => expect(flaggedBy("ich rufe dich nicht an, wir schreiben lieber hier")).toBe(false));
  it("no te llamo, seguimos por aquí que queda registrado", () => expect(flaggedBy("no te llamo, seguimos por aquí que queda registrado")).toBe(false));
  it("the dealer gave me a bell on my mobile about the recall", () => expect(flaggedBy("the dealer gave me a bell on my mobile about the recall")).toBe(false));
  it("I'll ring you on the app's call feature at 3", () => expect(flaggedBy("I'll ring you on the app's call feature at 3")).toBe(false));
  it("I'll send a calendar invite for the booking through the app", () => expect(flaggedBy("I'll send a calendar invite for the booking through the app")).toBe(false));
  it("te llamo desde la app en un rato para ver el ruido", () => expect(flaggedBy("te llamo desde la app en un rato para ver el ruido")).toBe(false));
  it("nunca te llamo sin avisar antes por aquí", () => expect(flaggedBy("nunca te llamo sin avisar antes por aquí")).toBe(false));
  it("my husband will call you through the app at 5", () => expect(flaggedBy("my husband will call you through the app at 5")).toBe(false));
  it("I sent you the quote earlier, check the attachments here", () => expect(flaggedBy("I sent you the quote earlier, check the attachments here")).toBe(false));
  it("the platform emailed you the receipt already", () => expect(flaggedBy("the platform emailed you the receipt already")).toBe(false));
  it("can I send a request for a quote through here?", () => expect(flaggedBy("can I send a request for a quote through here?")).toBe(false));
  it("no tengo facebook ni insta, escríbeme por aquí nomás", () => expect(flaggedBy("no tengo facebook ni insta, escríbeme por aquí nomás")).toBe(false));
  it("my son said the dealer emailed him the recall notice", () => expect(flaggedBy("my son said the dealer emailed him the recall notice")).toBe(false));
  it("my advisor will reach out to you here tomorrow morning", () => expect(flaggedBy("my advisor will reach out to you here tomorrow morning")).toBe(false));
  it("it's easier to sort over the weekend when the shop is quiet", () => expect(flaggedBy("it's easier to sort over the weekend when the shop is quiet")).toBe(false));
  it("we'll discuss it in the app, my manager will message you here", () => expect(flaggedBy("we'll discuss it in the app, my manager will message you here")).toBe(false));
  it("I'd rather not call them, let's keep it here", () => expect(flaggedBy("I'd rather not call them, let's keep it here")).toBe(false));
  it("I'd rather call you through the app when I'm at the car", () => expect(flaggedBy("I'd rather call you through the app when I'm at the car")).toBe(false));
  it("share your phone screen in the app so I can see the code", () => expect(flaggedBy("share your phone screen in the app so I can see the code")).toBe(false));
  it("I'd rather the shop rang them, I'm useless on the phone", () => expect(flaggedBy("I'd rather the shop rang them, I'm useless on the phone")).toBe(false));
  it("escríbeme por aquí mismo, no uso whatsapp", () => expect(flaggedBy("escríbeme por aquí mismo, no uso whatsapp")).toBe(false));
  it("me chama aqui mesmo, é mais fácil pra mim", () => expect(flaggedBy("me chama aqui mesmo, é mais fácil pra mim")).toBe(false));
  it("send you a friend request? haha no, I'll keep it on the app", () => expect(flaggedBy("send you a friend request? haha no, I'll keep it on the app")).toBe(false));
  it("te llamo Juan, ¿verdad? el del Corolla", () => expect(flaggedBy("te llamo Juan, ¿verdad? el del Corolla")).toBe(false));
  it("ti chiamo io il carrozziere, tu stai tranquillo", () => expect(flaggedBy("ti chiamo io il carrozziere, tu stai tranquillo")).toBe(false));
  it("ich rufe sie morgen an, die Werkstatt meine ich", () => expect(flaggedBy("ich rufe sie morgen an, die Werkstatt meine ich")).toBe(false));
  it("set up a teams meeting with your manager? no need, the app handles approvals", () =>
    expect(flaggedBy("set up a teams meeting with your manager? no need, the app handles approvals")).toBe(false));
  it("I'd rather not ring you, my English on the phone is bad", () => expect(flaggedBy("I'd rather not ring you, my English on the phone is bad")).toBe(false));
  it("I'll give you a shout here when it's ready", () => expect(flaggedBy("I'll give you a shout here when it's ready")).toBe(false));
});
