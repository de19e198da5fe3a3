// Round 32 review 2: a blind reviewer wrote 193 sentences (87 attacks, 106 innocents) on moving the conversation to another channel, to judge channels32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 2: innocents", () => {
  it("mail came from DVLA saying MOT is overdue, can you book me in asap?", () => expect(flaggedBy("mail came from DVLA saying MOT is overdue, can you book me in asap?")).toBe(false));
  it("Ich hab mit der Versicherung telefoniert, die übernehmen das. Schreib mir hier das Angebot", () =>
    expect(flaggedBy("Ich hab mit der Versicherung telefoniert, die übernehmen das. Schreib mir hier das Angebot")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("Take a video with your phone while someone revs it, then upload it here", () => expect(flaggedBy("Take a video with your phone while someone revs it, then upload it here")).toBe(false));
  it("the telematics box is sending alerts to my phone saying low battery voltage, is that the alternator?", () =>
    expect(flaggedBy("the telematics box is sending alerts to my phone saying low battery voltage, is that the alternator?")).toBe(false));
  it("Had a look at the video you uploaded. That ticking is the lifter, not the injector. I'll call the workshop to check they've got the part in stock and post the quote here by tomorrow. Don't drive it far until then.", () =>
    expect(
      flaggedBy(
        "Had a look at the video you uploaded. That ticking is the lifter, not the injector. I'll call the workshop to check they've got the part in stock and post the quote here by tomorrow. Don't drive it far until then.",
      ),
    ).toBe(false));
  it("Bluetooth HP saya gak nyambung ke head unit setelah ganti aki", () => expect(flaggedBy("Bluetooth HP saya gak nyambung ke head unit setelah ganti aki")).toBe(false));
  it("I got a recall letter in the post for the airbag, can the workshop do that too?", () =>
    expect(flaggedBy("I got a recall letter in the post for the airbag, can the workshop do that too?")).toBe(false));
  it("मैं इंजन की आवाज़ का वीडियो यहीं चैट में डाल दूँगा", () => expect(flaggedBy("मैं इंजन की आवाज़ का वीडियो यहीं चैट में डाल दूँगा")).toBe(false));
  it("The dealer emailed me a quote for 900 quid, can you beat that through the platform?", () =>
    expect(flaggedBy("The dealer emailed me a quote for 900 quid, can you beat that through the platform?")).toBe(false));
  it("zestaw głośnomówiący przestał działać, czy to może być bezpiecznik?", () => expect(flaggedBy("zestaw głośnomówiący przestał działać, czy to może być bezpiecznik?")).toBe(false));
  it("Recebi uma carta do recall pelos correios, a oficina faz isso também?", () => expect(flaggedBy("Recebi uma carta do recall pelos correios, a oficina faz isso também?")).toBe(false));
  it("Can we do the video diagnostic through the platform's video call button? Never used it before", () =>
    expect(flaggedBy("Can we do the video diagnostic through the platform's video call button? Never used it before")).toBe(false));
  it("Ek sal die foto's hier stuur sodra my foon gelaai is", () => expect(flaggedBy("Ek sal die foto's hier stuur sodra my foon gelaai is")).toBe(false));
  it("Don't worry, you'll get a text from the platform when the workshop accepts", () => expect(flaggedBy("Don't worry, you'll get a text from the platform when the workshop accepts")).toBe(false));
  it("Le foto le carico qui stasera, il telefono ora è scarico", () => expect(flaggedBy("Le foto le carico qui stasera, il telefono ora è scarico")).toBe(false));
  it("The car's Bluetooth won't pair with my phone since the battery was swapped, is that related?", () =>
    expect(flaggedBy("The car's Bluetooth won't pair with my phone since the battery was swapped, is that related?")).toBe(false));
  it("bhai video yahin chat mein bhej raha hoon, phone ka net slow hai", () => expect(flaggedBy("bhai video yahin chat mein bhej raha hoon, phone ka net slow hai")).toBe(false));
  it("Reckon the aircon fault's the pressure switch. I'll put the full write-up in the chat tonight", () =>
    expect(flaggedBy("Reckon the aircon fault's the pressure switch. I'll put the full write-up in the chat tonight")).toBe(false));
  it("sorry for the late msg, been stuck on the phone with the bank all morning", () => expect(flaggedBy("sorry for the late msg, been stuck on the phone with the bank all morning")).toBe(false));
  it("اتصلت بالتأمين وقالوا يغطون الإصلاح، أنتظر العرض هنا", () => expect(flaggedBy("اتصلت بالتأمين وقالوا يغطون الإصلاح، أنتظر العرض هنا")).toBe(false));
  it("Will you be sending the final invoice through the app or do I download it somewhere?", () =>
    expect(flaggedBy("Will you be sending the final invoice through the app or do I download it somewhere?")).toBe(false));
  it("lol my phone autocorrected 'caliper' to 'calliope'", () => expect(flaggedBy("lol my phone autocorrected 'caliper' to 'calliope'")).toBe(false));
  it("the app says my booking is confirmed but I didn't get the email confirmation, is that normal?", () =>
    expect(flaggedBy("the app says my booking is confirmed but I didn't get the email confirmation, is that normal?")).toBe(false));
  it("Keep all the communication in here please, that way the platform has a record if anything goes wrong", () =>
    expect(flaggedBy("Keep all the communication in here please, that way the platform has a record if anything goes wrong")).toBe(false));
  it("My wife will message on this account tomorrow, she's dropping the car off", () => expect(flaggedBy("My wife will message on this account tomorrow, she's dropping the car off")).toBe(false));
  it("Heb een brief van de RDW gekregen over de APK, kunnen jullie dat meenemen?", () => expect(flaggedBy("Heb een brief van de RDW gekregen over de APK, kunnen jullie dat meenemen?")).toBe(false));
  it("I'll ring the dealership myself about the recall, no worries, will let you know here what they say", () =>
    expect(flaggedBy("I'll ring the dealership myself about the recall, no worries, will let you know here what they say")).toBe(false));
  it("I'd rather not move to WhatsApp, can we keep it on here please?", () => expect(flaggedBy("I'd rather not move to WhatsApp, can we keep it on here please?")).toBe(false));
  it("Ich schicke die Fotos gleich hier in den Chat, muss nur das Handy laden", () => expect(flaggedBy("Ich schicke die Fotos gleich hier in den Chat, muss nur das Handy laden")).toBe(false));
  it("Talk soon 👍 I'll reply on here when I've had a look", () => expect(flaggedBy("Talk soon 👍 I'll reply on here when I've had a look")).toBe(false));
  it("Send ko dito yung video mamaya boss, lowbat pa phone ko", () => expect(flaggedBy("Send ko dito yung video mamaya boss, lowbat pa phone ko")).toBe(false));
  it("o carregador de celular do carro parou de funcionar, pode ser fusível?", () => expect(flaggedBy("o carregador de celular do carro parou de funcionar, pode ser fusível?")).toBe(false));
  it("Wrzucę tu filmik z dźwiękiem silnika jak wrócę do domu", () => expect(flaggedBy("Wrzucę tu filmik z dźwiękiem silnika jak wrócę do domu")).toBe(false));
  it("Видео со звуком скину сюда в чат, как доеду до дома", () => expect(flaggedBy("Видео со звуком скину сюда в чат, как доеду до дома")).toBe(false));
  it("Does the app send a text when the car's ready or just a push notification?", () => expect(flaggedBy("Does the app send a text when the car's ready or just a push notification?")).toBe(false));
  it("بأرسل لك فيديو الصوت هنا في الشات بعد شوي، الجوال شحنه خلصان", () => expect(flaggedBy("بأرسل لك فيديو الصوت هنا في الشات بعد شوي، الجوال شحنه خلصان")).toBe(false));
  it("insurance wale ka call aaya tha, unhone approve kar diya, aap quote yahin bhejo", () =>
    expect(flaggedBy("insurance wale ka call aaya tha, unhone approve kar diya, aap quote yahin bhejo")).toBe(false));
  it("Spoke to the insurance on the phone, they're happy for the work to go ahead", () => expect(flaggedBy("Spoke to the insurance on the phone, they're happy for the work to go ahead")).toBe(false));
  it("can you send the photos in this chat? my phone camera is a bit rubbish but I'll try", () =>
    expect(flaggedBy("can you send the photos in this chat? my phone camera is a bit rubbish but I'll try")).toBe(false));
  it("Sorry slow reply, I was on a call with my insurer. They need the quote in writing — can you post it here?", () =>
    expect(flaggedBy("Sorry slow reply, I was on a call with my insurer. They need the quote in writing — can you post it here?")).toBe(false));
  it("Can the advisor do a video walkthrough using the platform's video option when the car's stripped down?", () =>
    expect(flaggedBy("Can the advisor do a video walkthrough using the platform's video option when the car's stripped down?")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("Someone messaged me on WhatsApp pretending to be this platform asking for my card details — reporting it here", () =>
    expect(flaggedBy("Someone messaged me on WhatsApp pretending to be this platform asking for my card details — reporting it here")).toBe(false),
  );
  it("The bakkie's phone charger port is dead, check the fuse when you're in there", () =>
    expect(flaggedBy("The bakkie's phone charger port is dead, check the fuse when you're in there")).toBe(false));
  it("Can you check if the e-call SOS button works? The light's red", () => expect(flaggedBy("Can you check if the e-call SOS button works? The light's red")).toBe(false));
  it("Sorry I can't take calls at work, but I'll keep checking messages here", () => expect(flaggedBy("Sorry I can't take calls at work, but I'll keep checking messages here")).toBe(false));
  it("The platform emailed me a receipt, all good thanks", () => expect(flaggedBy("The platform emailed me a receipt, all good thanks")).toBe(false));
  it("Ya grabé el ruido con el móvil pero el archivo pesa mucho. Lo voy a comprimir y lo subo aquí mismo. Si no se puede, te escribo la descripción.", () =>
    expect(flaggedBy("Ya grabé el ruido con el móvil pero el archivo pesa mucho. Lo voy a comprimir y lo subo aquí mismo. Si no se puede, te escribo la descripción.")).toBe(false));
  it("Just got the notification on my phone, reading your quote now", () => expect(flaggedBy("Just got the notification on my phone, reading your quote now")).toBe(false));
  it("the hands-free calling stopped working after the dash came apart, mic might be unplugged", () =>
    expect(flaggedBy("the hands-free calling stopped working after the dash came apart, mic might be unplugged")).toBe(false));
  it("Ik stuur de video hier zo, mijn telefoon doet even raar", () => expect(flaggedBy("Ik stuur de video hier zo, mijn telefoon doet even raar")).toBe(false));
  it("Ik heb de verzekering gebeld, ze vergoeden het. Ik wacht hier op de offerte", () => expect(flaggedBy("Ik heb de verzekering gebeld, ze vergoeden het. Ik wacht hier op de offerte")).toBe(false));
  it("il vivavoce non va più dopo il cambio della batteria", () => expect(flaggedBy("il vivavoce non va più dopo il cambio della batteria")).toBe(false));
  it("voice notes don't seem to work on this chat, I'll type it out instead", () => expect(flaggedBy("voice notes don't seem to work on this chat, I'll type it out instead")).toBe(false));
  it("I'll chat to my husband tonight and get back to you here", () => expect(flaggedBy("I'll chat to my husband tonight and get back to you here")).toBe(false));
  it("I'll call the parts supplier this afternoon and update you here", () => expect(flaggedBy("I'll call the parts supplier this afternoon and update you here")).toBe(false));
  it("The radio says 'phone not connected' every time I start the car, super annoying", () =>
    expect(flaggedBy("The radio says 'phone not connected' every time I start the car, super annoying")).toBe(false));
  it("The phone mount is blocking the airbag light, that's why you didn't see it", () => expect(flaggedBy("The phone mount is blocking the airbag light, that's why you didn't see it")).toBe(false));
  it("Did you get my message? the app showed it as delivered", () => expect(flaggedBy("Did you get my message? the app showed it as delivered")).toBe(false));
  it("The service advisor is on another call, she'll reply here within the hour", () => expect(flaggedBy("The service advisor is on another call, she'll reply here within the hour")).toBe(false));
  it("The platform's support team emailed me asking for the VIN, should I give it to them or you?", () =>
    expect(flaggedBy("The platform's support team emailed me asking for the VIN, should I give it to them or you?")).toBe(false));
  it("Phone a friend moment lol, I honestly don't know the engine code. Is it on the V5?", () =>
    expect(flaggedBy("Phone a friend moment lol, I honestly don't know the engine code. Is it on the V5?")).toBe(false));
  it("Somebody rang me claiming to be from your workshop asking for payment, is that legit? I said I'd only pay through here", () =>
    expect(flaggedBy("Somebody rang me claiming to be from your workshop asking for payment, is that legit? I said I'd only pay through here")).toBe(false));
  it("The head unit doesn't show WhatsApp notifications through Android Auto anymore, could be a software thing?", () =>
    expect(flaggedBy("The head unit doesn't show WhatsApp notifications through Android Auto anymore, could be a software thing?")).toBe(false));
  it("el manos libres del coche no funciona desde que cambiaron la radio", () => expect(flaggedBy("el manos libres del coche no funciona desde que cambiaron la radio")).toBe(false));
  it("my phone's on silent at work so messages here are best", () => expect(flaggedBy("my phone's on silent at work so messages here are best")).toBe(false));
  it("Ho parlato al telefono con l'assicurazione, sono d'accordo. Procedete pure", () => expect(flaggedBy("Ho parlato al telefono con l'assicurazione, sono d'accordo. Procedete pure")).toBe(false));
  it("Nimepokea ujumbe kutoka kwa programu kwamba fundi amekubali", () => expect(flaggedBy("Nimepokea ujumbe kutoka kwa programu kwamba fundi amekubali")).toBe(false));
  it("Will send updates here as soon as the gearbox is out. Might be Thursday", () => expect(flaggedBy("Will send updates here as soon as the gearbox is out. Might be Thursday")).toBe(false));
  it("Sir I have uploaded the call recording of engine sound in chat itself, please check", () =>
    expect(flaggedBy("Sir I have uploaded the call recording of engine sound in chat itself, please check")).toBe(false));
  it("the instrument cluster shows 'call service' warning, what does that mean?", () => expect(flaggedBy("the instrument cluster shows 'call service' warning, what does that mean?")).toBe(false));
  it("The car's SIM card for the emergency call system expired, is that an MOT fail?", () =>
    expect(flaggedBy("The car's SIM card for the emergency call system expired, is that an MOT fail?")).toBe(false));
  it("Abeg no vex for late reply, network for my area bad. I go send the picture for here when light come", () =>
    expect(flaggedBy("Abeg no vex for late reply, network for my area bad. I go send the picture for here when light come")).toBe(false));
  it("Uploading a video of the noise here now, give it a minute, signal is weak", () => expect(flaggedBy("Uploading a video of the noise here now, give it a minute, signal is weak")).toBe(false));
  it("I've got the email from my warranty company, I'll copy the relevant bit in here", () =>
    expect(flaggedBy("I've got the email from my warranty company, I'll copy the relevant bit in here")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("my mate said to whatsapp a mechanic he knows but I'd rather use this site tbh", () =>
    expect(flaggedBy("my mate said to whatsapp a mechanic he knows but I'd rather use this site tbh")).toBe(false),
  );
  it("Oga I don see your message, I go check the car tomorrow morning and send update for here", () =>
    expect(flaggedBy("Oga I don see your message, I go check the car tomorrow morning and send update for here")).toBe(false));
  it("I prefer keeping it in writing here so I don't forget what we agreed", () => expect(flaggedBy("I prefer keeping it in writing here so I don't forget what we agreed")).toBe(false));
  it("Is there a number on the platform I can call if the workshop doesn't show up?", () =>
    expect(flaggedBy("Is there a number on the platform I can call if the workshop doesn't show up?")).toBe(false));
  it("Tumawag yung insurance kanina, okay na daw. Dito ko na lang hintayin yung quote", () =>
    expect(flaggedBy("Tumawag yung insurance kanina, okay na daw. Dito ko na lang hintayin yung quote")).toBe(false));
  it("¿Me llega un correo cuando el taller acepte o solo aviso en la app?", () => expect(flaggedBy("¿Me llega un correo cuando el taller acepte o solo aviso en la app?")).toBe(false));
  it("I posted a review on the platform for the last mechanic, he was great", () => expect(flaggedBy("I posted a review on the platform for the last mechanic, he was great")).toBe(false));
  it("I'll message you here once the car's on the lift", () => expect(flaggedBy("I'll message you here once the car's on the lift")).toBe(false));
  it("Mon téléphone ne se connecte plus en Bluetooth à la voiture depuis la batterie neuve", () =>
    expect(flaggedBy("Mon téléphone ne se connecte plus en Bluetooth à la voiture depuis la batterie neuve")).toBe(false));
  it("Die Werkstatt hat mich per App-Benachrichtigung informiert, danke", () => expect(flaggedBy("Die Werkstatt hat mich per App-Benachrichtigung informiert, danke")).toBe(false));
  it("Me llamó el seguro y dicen que cubren la reparación, sigo por aquí", () => expect(flaggedBy("Me llamó el seguro y dicen que cubren la reparación, sigo por aquí")).toBe(false));
  it("Em sẽ gửi video tiếng máy vào đây nha anh, điện thoại đang sạc", () => expect(flaggedBy("Em sẽ gửi video tiếng máy vào đây nha anh, điện thoại đang sạc")).toBe(false));
  it("J'ai reçu un courrier de rappel constructeur pour l'airbag, vous pouvez vérifier ?", () =>
    expect(flaggedBy("J'ai reçu un courrier de rappel constructeur pour l'airbag, vous pouvez vérifier ?")).toBe(false));
  it("Sir the AC compressor clutch is not engaging. I checked relay and fuse, both ok. I will take video on my phone tomorrow when car is cold and upload here only. Then we can decide.", () =>
    expect(
      flaggedBy("Sir the AC compressor clutch is not engaging. I checked relay and fuse, both ok. I will take video on my phone tomorrow when car is cold and upload here only. Then we can decide."),
    ).toBe(false));
  it("Shot bru, I'll check the app later for the quote, busy at work now", () => expect(flaggedBy("Shot bru, I'll check the app later for the quote, busy at work now")).toBe(false));
  it("Nanti saya upload video suaranya di sini ya pak, HP lagi dicas", () => expect(flaggedBy("Nanti saya upload video suaranya di sini ya pak, HP lagi dicas")).toBe(false));
  it("Freisprecheinrichtung geht nicht mehr, seit das Radio getauscht wurde", () => expect(flaggedBy("Freisprecheinrichtung geht nicht mehr, seit das Radio getauscht wurde")).toBe(false));
  it("hab3atlak el video hena fel chat ba3d shwaya, el mobile fasel", () => expect(flaggedBy("hab3atlak el video hena fel chat ba3d shwaya, el mobile fasel")).toBe(false));
  it("Does BMW ConnectedDrive need a phone signal to send the crash alert?", () => expect(flaggedBy("Does BMW ConnectedDrive need a phone signal to send the crash alert?")).toBe(false));
  it("Motor sesinin videosunu buraya yükleyeceğim, telefonum şarjda", () => expect(flaggedBy("Motor sesinin videosunu buraya yükleyeceğim, telefonum şarjda")).toBe(false));
  it("Sigorta şirketi aradı, onayladılar, teklifi buradan bekliyorum", () => expect(flaggedBy("Sigorta şirketi aradı, onayladılar, teklifi buradan bekliyorum")).toBe(false));
  it("Désolé je suis en appel avec l'assurance, je vous réponds ici dans 10 min", () => expect(flaggedBy("Désolé je suis en appel avec l'assurance, je vous réponds ici dans 10 min")).toBe(false));
  it("Can you screenshot the fault codes and send them through here?", () => expect(flaggedBy("Can you screenshot the fault codes and send them through here?")).toBe(false));
  it("Je vous envoie la vidéo ici dès que je rentre, le réseau est mauvais au garage", () =>
    expect(flaggedBy("Je vous envoie la vidéo ici dès que je rentre, le réseau est mauvais au garage")).toBe(false));
  it("My phone died, that's why I didn't reply, sorry! Yes Thursday is fine", () => expect(flaggedBy("My phone died, that's why I didn't reply, sorry! Yes Thursday is fine")).toBe(false));
  it("Grand, I'll keep an eye on the app for the quote so", () => expect(flaggedBy("Grand, I'll keep an eye on the app for the quote so")).toBe(false));
  it("the keyless entry works with the phone app from the manufacturer, will a new battery reset it?", () =>
    expect(flaggedBy("the keyless entry works with the phone app from the manufacturer, will a new battery reset it?")).toBe(false));
  it("vou gravar um vídeo do barulho com o celular e mando aqui no chat", () => expect(flaggedBy("vou gravar um vídeo do barulho com o celular e mando aqui no chat")).toBe(false));
  it("My phone holder snapped off the dash, can the workshop glue it back while the car's in?", () =>
    expect(flaggedBy("My phone holder snapped off the dash, can the workshop glue it back while the car's in?")).toBe(false));
  it("Te mando las fotos por aquí en un rato, que ahora estoy sin batería en el móvil", () =>
    expect(flaggedBy("Te mando las fotos por aquí en un rato, que ahora estoy sin batería en el móvil")).toBe(false));
  it("Nitatuma picha hapa kwenye chat baadaye, simu yangu haina chaji", () => expect(flaggedBy("Nitatuma picha hapa kwenye chat baadaye, simu yangu haina chaji")).toBe(false));
  it("Posted the old parts back to the supplier for the core refund yesterday", () => expect(flaggedBy("Posted the old parts back to the supplier for the core refund yesterday")).toBe(false));
});

describe("round 32 review 2: attacks", () => {
  it("Happy to send a LinkedIn request, then we can chat there about the fleet contract", () =>
    expect(caughtBy("Happy to send a LinkedIn request, then we can chat there about the fleet contract", ["send a LinkedIn request", "chat there"])).toBe(true));
  it("Sir the wiring harness is burnt near the ECU connector, we will need to replace full section. Price I will discuss on call only, this portal takes too much commission. Please ping me on WA.", () =>
    expect(
      caughtBy(
        "Sir the wiring harness is burnt near the ECU connector, we will need to replace full section. Price I will discuss on call only, this portal takes too much commission. Please ping me on WA.",
        ["discuss on call only", "ping me on WA"],
      ),
    ).toBe(true));
  it("any chance we can take this to the green app 😉", () => expect(caughtBy("any chance we can take this to the green app 😉", ["take this to the green app"])).toBe(true));
  // not flagged
  it.fails("i'll post the receipts to you instead of uploading them here, less hassle", () =>
    expect(caughtBy("i'll post the receipts to you instead of uploading them here, less hassle", ["post the receipts to you"])).toBe(true),
  );
  it("pls drop me a text bro, I dont check this app much", () => expect(caughtBy("pls drop me a text bro, I dont check this app much", ["drop me a text"])).toBe(true));
  it("Best to continue by SMS, I'll text you the details", () => expect(caughtBy("Best to continue by SMS, I'll text you the details", ["continue by SMS", "text you the details"])).toBe(true));
  it("Schick mir die Bilder einfach per WhatsApp, hier lädt das nicht", () => expect(caughtBy("Schick mir die Bilder einfach per WhatsApp, hier lädt das nicht", ["per WhatsApp"])).toBe(true));
  it("Shall we hop on a quick zoom so I can see the noise live instead of typing back n forth", () =>
    expect(caughtBy("Shall we hop on a quick zoom so I can see the noise live instead of typing back n forth", ["hop on a quick zoom"])).toBe(true));
  it("Mate easier if you give me a bell, this chat is painfully slow", () => expect(caughtBy("Mate easier if you give me a bell, this chat is painfully slow", ["give me a bell"])).toBe(true));
  it("im gonna call u on ur mobile in 10 if thats ok", () => expect(caughtBy("im gonna call u on ur mobile in 10 if thats ok", ["call u on ur mobile"])).toBe(true));
  it("El sensor de oxígeno está mal y el catalizador puede estar tocado también. Para no pagar la comisión de la plataforma, mejor lo arreglamos por teléfono y vienes directo al taller. ¿Te va bien?", () =>
    expect(
      caughtBy(
        "El sensor de oxígeno está mal y el catalizador puede estar tocado también. Para no pagar la comisión de la plataforma, mejor lo arreglamos por teléfono y vienes directo al taller. ¿Te va bien?",
        ["lo arreglamos por teléfono", "vienes directo al taller"],
      ),
    ).toBe(true));
  it("Lets take this offline, ill ring you after 5", () => expect(caughtBy("Lets take this offline, ill ring you after 5", ["take this offline", "ring you"])).toBe(true));
  // not flagged
  it("ممكن نكمل على الواتساب؟ أسهل لي أرسل الصور", () => expect(caughtBy("ممكن نكمل على الواتساب؟ أسهل لي أرسل الصور", ["نكمل على الواتساب"])).toBe(true));
  it("Le mando le foto via Telegram, ok?", () => expect(caughtBy("Le mando le foto via Telegram, ok?", ["via Telegram"])).toBe(true));
  it("On peut continuer sur WhatsApp ? C'est plus simple pour les photos", () =>
    expect(caughtBy("On peut continuer sur WhatsApp ? C'est plus simple pour les photos", ["continuer sur WhatsApp"])).toBe(true));
  it("Oga make we continue this matter for WhatsApp abeg", () => expect(caughtBy("Oga make we continue this matter for WhatsApp abeg", ["continue this matter for WhatsApp"])).toBe(true));
  it("nitumie ujumbe WhatsApp nikutumie picha za gari", () => expect(caughtBy("nitumie ujumbe WhatsApp nikutumie picha za gari", ["nitumie ujumbe WhatsApp"])).toBe(true));
  it("Let's do this old school, give me a call and we'll book it direct", () =>
    expect(caughtBy("Let's do this old school, give me a call and we'll book it direct", ["give me a call", "book it direct"])).toBe(true));
  it("can we just continue this on whatsapp? the app keeps logging me out", () =>
    expect(caughtBy("can we just continue this on whatsapp? the app keeps logging me out", ["continue this on whatsapp"])).toBe(true));
  it("pásame tu wasap porfa y te mando fotos del golpe", () => expect(caughtBy("pásame tu wasap porfa y te mando fotos del golpe", ["pásame tu wasap"])).toBe(true));
  it("Podemos falar por telefone? Fica mais fácil explicar o barulho", () => expect(caughtBy("Podemos falar por telefone? Fica mais fácil explicar o barulho", ["falar por telefone"])).toBe(true));
  // not flagged
  it.fails("I'm more of a phone person tbh, can we switch to that?", () => expect(caughtBy("I'm more of a phone person tbh, can we switch to that?", ["phone person", "switch to that"])).toBe(true));
  it("Sir aap call pe aa jao, main samjha deta hoon sab", () => expect(caughtBy("Sir aap call pe aa jao, main samjha deta hoon sab", ["call pe aa jao"])).toBe(true));
  // not flagged
  it.fails("كلمني على التلفون أحسن، الكتابة هنا متعبة", () => expect(caughtBy("كلمني على التلفون أحسن، الكتابة هنا متعبة", ["كلمني على التلفون"])).toBe(true));
  it("If ur ok with it we'll do a video call on whatsapp so I can walk you thru it", () =>
    expect(caughtBy("If ur ok with it we'll do a video call on whatsapp so I can walk you thru it", ["video call on whatsapp"])).toBe(true));
  // not flagged
  it.fails("I'll pop a letter in the post with the warranty paperwork and my direct details", () =>
    expect(caughtBy("I'll pop a letter in the post with the warranty paperwork and my direct details", ["pop a letter in the post", "my direct details"])).toBe(true),
  );
  it("Could we arrange a Teams call with the service advisor rather than doing it over chat?", () =>
    expect(caughtBy("Could we arrange a Teams call with the service advisor rather than doing it over chat?", ["arrange a Teams call"])).toBe(true));
  it("Google Meet link works better for me, I'll send it once you confirm", () =>
    expect(caughtBy("Google Meet link works better for me, I'll send it once you confirm", ["Google Meet link"])).toBe(true));
  it("tawagan mo na lang ako mamaya para mas mabilis", () => expect(caughtBy("tawagan mo na lang ako mamaya para mas mabilis", ["tawagan mo na lang ako"])).toBe(true));
  it("kalemni 3al telephone ba3d el 3asr", () => expect(caughtBy("kalemni 3al telephone ba3d el 3asr", ["kalemni 3al telephone"])).toBe(true));
  it("nanti saya telpon aja pak, ngetik di sini ribet", () => expect(caughtBy("nanti saya telpon aja pak, ngetik di sini ribet", ["saya telpon"])).toBe(true));
  it("me chama no zap que a gente resolve mais rápido", () => expect(caughtBy("me chama no zap que a gente resolve mais rápido", ["me chama no zap"])).toBe(true));
  it("Check your spam folder, I emailed you the quote directly, reply to that one", () =>
    expect(caughtBy("Check your spam folder, I emailed you the quote directly, reply to that one", ["emailed you the quote directly", "reply to that one"])).toBe(true));
  it("tu as snap ? je t'envoie la vidéo du bruit", () => expect(caughtBy("tu as snap ? je t'envoie la vidéo du bruit", ["tu as snap"])).toBe(true));
  it("Może przejdziemy na messengera? Tam szybciej odpisuję", () => expect(caughtBy("Może przejdziemy na messengera? Tam szybciej odpisuję", ["przejdziemy na messengera"])).toBe(true));
  it("I'll send you the full quote by email instead, it's got the pdf breakdown", () =>
    expect(caughtBy("I'll send you the full quote by email instead, it's got the pdf breakdown", ["send you the full quote by email"])).toBe(true));
  it("Der Zahnriemen ist definitiv fällig, die Wasserpumpe würde ich gleich mitmachen. Das Angebot kommt von mir per E-Mail, nicht über die Plattform, dann sparen wir beide die Gebühr. Passt das?", () =>
    expect(
      caughtBy(
        "Der Zahnriemen ist definitiv fällig, die Wasserpumpe würde ich gleich mitmachen. Das Angebot kommt von mir per E-Mail, nicht über die Plattform, dann sparen wir beide die Gebühr. Passt das?",
        ["per E-Mail, nicht über die Plattform"],
      ),
    ).toBe(true));
  it("mejor llámame y lo hablamos, no me gusta escribir tanto", () => expect(caughtBy("mejor llámame y lo hablamos, no me gusta escribir tanto", ["llámame"])).toBe(true));
  it("add me on fb messenger, I'll send you the videos of the knock there", () =>
    expect(caughtBy("add me on fb messenger, I'll send you the videos of the knock there", ["add me on fb messenger"])).toBe(true));
  it("zadzwoń do mnie wieczorem to się dogadamy bez tej aplikacji", () =>
    expect(caughtBy("zadzwoń do mnie wieczorem to się dogadamy bez tej aplikacji", ["zadzwoń do mnie", "bez tej aplikacji"])).toBe(true));
  it("Sir kindly share your whatsapp so I can forward the invoice directly", () =>
    expect(caughtBy("Sir kindly share your whatsapp so I can forward the invoice directly", ["share your whatsapp"])).toBe(true));
  it("Stuur maar een mailtje, dan regelen we het verder buiten de app", () =>
    expect(caughtBy("Stuur maar een mailtje, dan regelen we het verder buiten de app", ["Stuur maar een mailtje", "buiten de app"])).toBe(true));
  it("Je vous envoie le devis par mail, répondez-moi directement là-bas", () =>
    expect(caughtBy("Je vous envoie le devis par mail, répondez-moi directement là-bas", ["envoie le devis par mail", "répondez-moi directement là-bas"])).toBe(true));
  it("Te mando el presupuesto por correo y me contestas por ahí", () =>
    expect(caughtBy("Te mando el presupuesto por correo y me contestas por ahí", ["Te mando el presupuesto por correo", "me contestas por ahí"])).toBe(true));
  it("mmkn nkml 3al whatsapp ya m3allem? asra3", () => expect(caughtBy("mmkn nkml 3al whatsapp ya m3allem? asra3", ["nkml 3al whatsapp"])).toBe(true));
  it("Can you send the quote to my gmail instead? I'll forward it to my husband", () =>
    expect(caughtBy("Can you send the quote to my gmail instead? I'll forward it to my husband", ["send the quote to my gmail"])).toBe(true));
  it("You on telegram? would be quicker to sort the parts there", () => expect(caughtBy("You on telegram? would be quicker to sort the parts there", ["on telegram"])).toBe(true));
  it("Let's move this convo to text, I'll reply faster", () => expect(caughtBy("Let's move this convo to text, I'll reply faster", ["move this convo to text"])).toBe(true));
  it("no need to keep messaging here, my advisor will reach out to you by phone tomorrow", () =>
    expect(caughtBy("no need to keep messaging here, my advisor will reach out to you by phone tomorrow", ["reach out to you by phone"])).toBe(true));
  it("Ci sentiamo su whatsapp? qui non mi arrivano le notifiche", () => expect(caughtBy("Ci sentiamo su whatsapp? qui non mi arrivano le notifiche", ["Ci sentiamo su whatsapp"])).toBe(true));
  it("Lanjut di WA aja ya kak, biar gampang kirim foto", () => expect(caughtBy("Lanjut di WA aja ya kak, biar gampang kirim foto", ["Lanjut di WA"])).toBe(true));
  // not flagged
  it.fails("Давайте лучше в телеге продолжим, тут неудобно", () => expect(caughtBy("Давайте лучше в телеге продолжим, тут неудобно", ["в телеге продолжим"])).toBe(true));
  it("appelez-moi plutôt, ce sera plus rapide que de taper tout ça", () => expect(caughtBy("appelez-moi plutôt, ce sera plus rapide que de taper tout ça", ["appelez-moi"])).toBe(true));
  it("Tuongee kwa simu badala ya hapa, itakuwa rahisi zaidi", () => expect(caughtBy("Tuongee kwa simu badala ya hapa, itakuwa rahisi zaidi", ["Tuongee kwa simu"])).toBe(true));
  it("bhai whatsapp pe baat karte hain, yahan reply late aata hai", () => expect(caughtBy("bhai whatsapp pe baat karte hain, yahan reply late aata hai", ["whatsapp pe baat karte"])).toBe(true));
  it("Howzit, rather send me a WhatsApp voice note, I'm driving most of the day", () =>
    expect(caughtBy("Howzit, rather send me a WhatsApp voice note, I'm driving most of the day", ["send me a WhatsApp voice note"])).toBe(true));
  it("Telefonda konuşalım mı, buradan anlatması zor", () => expect(caughtBy("Telefonda konuşalım mı, buradan anlatması zor", ["Telefonda konuşalım"])).toBe(true));
  it("Pwede ba tayo mag-usap sa Messenger? Mas madali dun boss", () => expect(caughtBy("Pwede ba tayo mag-usap sa Messenger? Mas madali dun boss", ["mag-usap sa Messenger"])).toBe(true));
  it("Stuur vir my eerder 'n WhatsApp, ek kyk nie gereeld hier nie", () =>
    expect(caughtBy("Stuur vir my eerder 'n WhatsApp, ek kyk nie gereeld hier nie", ["Stuur vir my eerder 'n WhatsApp"])).toBe(true));
  // not flagged
  it.fails(
    "Bonjour, j'ai bien regardé la vidéo, c'est sûrement le roulement avant gauche. Le conseiller de l'atelier préfère en discuter par téléphone plutôt qu'ici. Il vous rappellera demain dans la matinée.",
    () =>
      expect(
        caughtBy(
          "Bonjour, j'ai bien regardé la vidéo, c'est sûrement le roulement avant gauche. Le conseiller de l'atelier préfère en discuter par téléphone plutôt qu'ici. Il vous rappellera demain dans la matinée.",
          ["en discuter par téléphone plutôt qu'ici", "Il vous rappellera"],
        ),
      ).toBe(true),
  );
  it("Envio-lhe o orçamento por email e depois fala comigo por lá", () =>
    expect(caughtBy("Envio-lhe o orçamento por email e depois fala comigo por lá", ["Envio-lhe o orçamento por email", "fala comigo por lá"])).toBe(true));
  it("can u facetime me tonight? want u to hear the rattle", () => expect(caughtBy("can u facetime me tonight? want u to hear the rattle", ["facetime me"])).toBe(true));
  it("Ich ruf Sie morgen früh kurz an, dann machen wir den Termin direkt aus", () =>
    expect(caughtBy("Ich ruf Sie morgen früh kurz an, dann machen wir den Termin direkt aus", ["ruf Sie morgen früh kurz an", "Termin direkt aus"])).toBe(true));
  it("Mate flick me an sms when ur outside", () => expect(caughtBy("Mate flick me an sms when ur outside", ["flick me an sms"])).toBe(true));
  it("Können wir das lieber per Telefon klären? Schreiben dauert mir zu lange.", () =>
    expect(caughtBy("Können wir das lieber per Telefon klären? Schreiben dauert mir zu lange.", ["per Telefon klären"])).toBe(true));
  it("Anh nhắn Zalo cho em nhé, em gửi báo giá qua đó", () => expect(caughtBy("Anh nhắn Zalo cho em nhé, em gửi báo giá qua đó", ["nhắn Zalo", "gửi báo giá qua đó"])).toBe(true));
  it("Ring me on the landline, mobile signal's rubbish out here", () => expect(caughtBy("Ring me on the landline, mobile signal's rubbish out here", ["Ring me on the landline"])).toBe(true));
  it("we can chat on TikTok DMs if you like, I post my repairs there", () => expect(caughtBy("we can chat on TikTok DMs if you like, I post my repairs there", ["chat on TikTok DMs"])).toBe(true));
  // not flagged
  it.fails("मुझे फ़ोन कर लीजिए, वहीं बात कर लेंगे", () => expect(caughtBy("मुझे फ़ोन कर लीजिए, वहीं बात कर लेंगे", ["मुझे फ़ोन कर लीजिए"])).toBe(true));
  it("Lemme send you a voice message on whatsapp to explain the noise properly", () =>
    expect(caughtBy("Lemme send you a voice message on whatsapp to explain the noise properly", ["voice message on whatsapp"])).toBe(true));
  it("Ah sure look I'll just give you a shout on the phone later and we'll sort it", () =>
    expect(caughtBy("Ah sure look I'll just give you a shout on the phone later and we'll sort it", ["give you a shout on the phone"])).toBe(true));
  it("Zullen we even bellen? Dan leg ik het beter uit", () => expect(caughtBy("Zullen we even bellen? Dan leg ik het beter uit", ["Zullen we even bellen"])).toBe(true));
  it("app me maar even, dan stuur ik de offerte daar", () => expect(caughtBy("app me maar even, dan stuur ik de offerte daar", ["app me maar even"])).toBe(true));
  it("leave me a voicemail and I'll call you back", () => expect(caughtBy("leave me a voicemail and I'll call you back", ["leave me a voicemail", "call you back"])).toBe(true));
  it("Reply to me on the email thread I sent earlier rather than here", () =>
    expect(caughtBy("Reply to me on the email thread I sent earlier rather than here", ["Reply to me on the email thread"])).toBe(true));
  it("easier to sort over discord tbh, I'm always online there", () => expect(caughtBy("easier to sort over discord tbh, I'm always online there", ["over discord"])).toBe(true));
  it("Whatsapp'tan yazsanız daha hızlı dönerim abi", () => expect(caughtBy("Whatsapp'tan yazsanız daha hızlı dönerim abi", ["Whatsapp'tan yazsanız"])).toBe(true));
  it("Send the photos over iMessage, this upload thing keeps failing", () => expect(caughtBy("Send the photos over iMessage, this upload thing keeps failing", ["over iMessage"])).toBe(true));
  it("Are you on WeChat by any chance? My supplier only quotes there and I can loop you in", () =>
    expect(caughtBy("Are you on WeChat by any chance? My supplier only quotes there and I can loop you in", ["on WeChat", "loop you in"])).toBe(true));
  it("Abeg flash me make we yarn for phone, typing dey tire me", () => expect(caughtBy("Abeg flash me make we yarn for phone, typing dey tire me", ["flash me", "yarn for phone"])).toBe(true));
  it("mi chiami tu domani mattina così ne parliamo a voce", () => expect(caughtBy("mi chiami tu domani mattina così ne parliamo a voce", ["mi chiami tu", "ne parliamo a voce"])).toBe(true));
  it("Right so the scan shows P0301 and P0304, probably coil pack or plugs. Before I escalate to the workshop, would you be up for chatting on signal? I can give you a better price if we skip the booking fee. Let me know.", () =>
    expect(
      caughtBy(
        "Right so the scan shows P0301 and P0304, probably coil pack or plugs. Before I escalate to the workshop, would you be up for chatting on signal? I can give you a better price if we skip the booking fee. Let me know.",
        ["chatting on signal", "skip the booking fee"],
      ),
    ).toBe(true));
  it("Hit me up on snap and I'll send the engine bay vid", () => expect(caughtBy("Hit me up on snap and I'll send the engine bay vid", ["Hit me up on snap"])).toBe(true));
  it("my son will message you on viber about the pickup, he handles that stuff", () =>
    expect(caughtBy("my son will message you on viber about the pickup, he handles that stuff", ["message you on viber"])).toBe(true));
  it("DM me on insta, same name as here, I'll show you pics of my previous jobs", () =>
    expect(caughtBy("DM me on insta, same name as here, I'll show you pics of my previous jobs", ["DM me on insta", "same name as here"])).toBe(true));
  it("¿Te parece si seguimos por whatsapp? Aquí tarda mucho en llegar", () =>
    expect(caughtBy("¿Te parece si seguimos por whatsapp? Aquí tarda mucho en llegar", ["seguimos por whatsapp"])).toBe(true));
  it("w h a t s a p p me when u get a chance", () => expect(caughtBy("w h a t s a p p me when u get a chance", ["w h a t s a p p me"])).toBe(true));
});
