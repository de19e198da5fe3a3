// Round 33 review 1: a blind reviewer of round 32 wrote 236 sentences (107 attacks, 129 innocents) on moving the conversation to another channel;
// kept unread in tests/contacts/unseen-reviews until round 33 took it to judge channels33 (main 5 flagged / 59 caught -> 5 / 69; README, Round 33).
// This file specifies main after round 33, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 33 review 1: innocents", () => {
  it("Não tenho WhatsApp, pode continuar por aqui mesmo", () => expect(flaggedBy("Não tenho WhatsApp, pode continuar por aqui mesmo")).toBe(false));
  it("I'll post the pictures here once I get home, bad signal at the car park", () => expect(flaggedBy("I'll post the pictures here once I get home, bad signal at the car park")).toBe(false));
  it("Phone charger port in the console stopped working, fuse maybe?", () => expect(flaggedBy("Phone charger port in the console stopped working, fuse maybe?")).toBe(false));
  it("Mate I reckon the Bluetooth module's cooked, it won't pair with anything", () => expect(flaggedBy("Mate I reckon the Bluetooth module's cooked, it won't pair with anything")).toBe(false));
  it("Cheers for the video session earlier, really helpful. I've had a think and I'm happy to go ahead with the timing chain. I'll accept the quote in the app tonight once I'm off my shift. Do I need to leave the spare key?", () =>
    expect(
      flaggedBy(
        "Cheers for the video session earlier, really helpful. I've had a think and I'm happy to go ahead with the timing chain. I'll accept the quote in the app tonight once I'm off my shift. Do I need to leave the spare key?",
      ),
    ).toBe(false));
  it("The SOS button in the roof console called emergency services when I pressed it by mistake, could that be a fault?", () =>
    expect(flaggedBy("The SOS button in the roof console called emergency services when I pressed it by mistake, could that be a fault?")).toBe(false));
  it("No worries, I'm not on WhatsApp anyway, here's fine", () => expect(flaggedBy("No worries, I'm not on WhatsApp anyway, here's fine")).toBe(false));
  it("The radio shows 'CODE' after the battery change, where do I find the code?", () => expect(flaggedBy("The radio shows 'CODE' after the battery change, where do I find the code?")).toBe(false));
  it("Saw a guy on a Facebook group say it's the EGR valve, but I'd like a proper diagnosis from you", () =>
    expect(flaggedBy("Saw a guy on a Facebook group say it's the EGR valve, but I'd like a proper diagnosis from you")).toBe(false));
  it("My phone holder snapped off the vent, can the workshop glue the vent slat back?", () =>
    expect(flaggedBy("My phone holder snapped off the vent, can the workshop glue the vent slat back?")).toBe(false));
  it("Me llegó el correo de la plataforma con la factura, todo bien", () => expect(flaggedBy("Me llegó el correo de la plataforma con la factura, todo bien")).toBe(false));
  it("Nimepata ujumbe wa jukwaa kuhusu nukuu, asante", () => expect(flaggedBy("Nimepata ujumbe wa jukwaa kuhusu nukuu, asante")).toBe(false));
  it("Merhaba usta, telefonla konuşamıyorum işteyim, buradan yazıyorum. Araba sabah ilk çalıştırmada tekliyor sonra düzeliyor. Videoyu sohbete ekledim, bakabilir misiniz?", () =>
    expect(flaggedBy("Merhaba usta, telefonla konuşamıyorum işteyim, buradan yazıyorum. Araba sabah ilk çalıştırmada tekliyor sonra düzeliyor. Videoyu sohbete ekledim, bakabilir misiniz?")).toBe(
      false,
    ));
  it("Notifications are off on my phone, so if I don't reply quick that's why", () => expect(flaggedBy("Notifications are off on my phone, so if I don't reply quick that's why")).toBe(false));
  it("I'll upload the video to this chat tonight, it's too big for mobile data", () => expect(flaggedBy("I'll upload the video to this chat tonight, it's too big for mobile data")).toBe(false));
  it("Selamat siang. Tadi ada orang telpon ngaku dari bengkel minta transfer DP, saya nggak kasih. Bener nggak itu dari pihak bengkel? Saya mau bayar lewat aplikasi aja.", () =>
    expect(flaggedBy("Selamat siang. Tadi ada orang telpon ngaku dari bengkel minta transfer DP, saya nggak kasih. Bener nggak itu dari pihak bengkel? Saya mau bayar lewat aplikasi aja.")).toBe(
      false,
    ));
  it("Il vivavoce non funziona più dopo il cambio batteria", () => expect(flaggedBy("Il vivavoce non funziona più dopo il cambio batteria")).toBe(false));
  it("Good morning. Abeg I no fit receive calls for office so make we continue for here. The car dey overheat after 20 minutes for traffic, the fan no dey come on. I don upload the video for the chat.", () =>
    expect(
      flaggedBy(
        "Good morning. Abeg I no fit receive calls for office so make we continue for here. The car dey overheat after 20 minutes for traffic, the fan no dey come on. I don upload the video for the chat.",
      ),
    ).toBe(false));
  it("Simu yangu haiunganishi na redio ya gari", () => expect(flaggedBy("Simu yangu haiunganishi na redio ya gari")).toBe(false));
  it("J'ai reçu la notification du devis, je regarde ce soir", () => expect(flaggedBy("J'ai reçu la notification du devis, je regarde ce soir")).toBe(false));
  it("Moin, die Freisprecheinrichtung geht seit dem Batteriewechsel nicht mehr, Handy wird zwar gefunden aber Anrufe kommen nicht durch. Muss das Steuergerät neu codiert werden? Kann das die Werkstatt aus dem Angebot mitmachen?", () =>
    expect(
      flaggedBy(
        "Moin, die Freisprecheinrichtung geht seit dem Batteriewechsel nicht mehr, Handy wird zwar gefunden aber Anrufe kommen nicht durch. Muss das Steuergerät neu codiert werden? Kann das die Werkstatt aus dem Angebot mitmachen?",
      ),
    ).toBe(false));
  it("Bildirimi aldım, teklif uygulamada görünüyor", () => expect(flaggedBy("Bildirimi aldım, teklif uygulamada görünüyor")).toBe(false));
  it("The MOT reminder letter came in the post, it's due on the 14th", () => expect(flaggedBy("The MOT reminder letter came in the post, it's due on the 14th")).toBe(false));
  it("Oga good evening. I don charge the battery but the car still dey crank slow. I go snap the battery terminals and send am for here this night. Abeg no vex for the late reply, light no dey since morning.", () =>
    expect(
      flaggedBy(
        "Oga good evening. I don charge the battery but the car still dey crank slow. I go snap the battery terminals and send am for here this night. Abeg no vex for the late reply, light no dey since morning.",
      ),
    ).toBe(false));
  it("Natanggap ko na po yung notif ng quote sa app, i-approve ko mamaya", () => expect(flaggedBy("Natanggap ko na po yung notif ng quote sa app, i-approve ko mamaya")).toBe(false));
  it("The old ECU is being posted back to the manufacturer for warranty", () => expect(flaggedBy("The old ECU is being posted back to the manufacturer for warranty")).toBe(false));
  it("The dashcam app on my phone recorded the moment it cut out, uploading the clip here now", () =>
    expect(flaggedBy("The dashcam app on my phone recorded the moment it cut out, uploading the clip here now")).toBe(false));
  it("Dzień dobry, dostałem powiadomienie, że wycena jest gotowa. Zanim zaakceptuję, proszę wyjaśnić tutaj, czemu sprzęgło z kołem dwumasowym. Samochód ma dopiero 120 tys. km.", () =>
    expect(flaggedBy("Dzień dobry, dostałem powiadomienie, że wycena jest gotowa. Zanim zaakceptuję, proszę wyjaśnić tutaj, czemu sprzęgło z kołem dwumasowym. Samochód ma dopiero 120 tys. km.")).toBe(
      false,
    ));
  it("البلوتوث في العربية مش بيتوصل بالموبايل", () => expect(flaggedBy("البلوتوث في العربية مش بيتوصل بالموبايل")).toBe(false));
  it("HP saya lowbat, nanti saya balas di sini ya", () => expect(flaggedBy("HP saya lowbat, nanti saya balas di sini ya")).toBe(false));
  it("You should've got an email from the platform confirming the booking", () => expect(flaggedBy("You should've got an email from the platform confirming the booking")).toBe(false));
  it("Sir, I have received the estimate notification on the app. Before approving, please confirm whether the brake pads are OEM or aftermarket. My father will check the chat also from his phone since it is his car. Thank you.", () =>
    expect(
      flaggedBy(
        "Sir, I have received the estimate notification on the app. Before approving, please confirm whether the brake pads are OEM or aftermarket. My father will check the chat also from his phone since it is his car. Thank you.",
      ),
    ).toBe(false));
  it("Thanks for the quick diagnosis. I tried to upload the video of the rattle but the file is too big for the chat. I'll trim it on my phone and try again in a few minutes. If it still doesn't work I'll just describe it in writing here.", () =>
    expect(
      flaggedBy(
        "Thanks for the quick diagnosis. I tried to upload the video of the rattle but the file is too big for the chat. I'll trim it on my phone and try again in a few minutes. If it still doesn't work I'll just describe it in writing here.",
      ),
    ).toBe(false));
  it("Appreciate the offer but I'd rather keep everything on here, it's how I'm covered if something goes wrong. Send the revised price through the quote button and I'll accept it tonight. Also the noise got worse on the motorway this morning.", () =>
    expect(
      flaggedBy(
        "Appreciate the offer but I'd rather keep everything on here, it's how I'm covered if something goes wrong. Send the revised price through the quote button and I'll accept it tonight. Also the noise got worse on the motorway this morning.",
      ),
    ).toBe(false));
  it("the horn is really weak now, sounds like a phone ringing lol", () => expect(flaggedBy("the horn is really weak now, sounds like a phone ringing lol")).toBe(false));
  it("Nie mogę teraz rozmawiać przez telefon, piszmy tutaj", () => expect(flaggedBy("Nie mogę teraz rozmawiać przez telefon, piszmy tutaj")).toBe(false));
  it("Bonsoir, je n'ai pas WhatsApp et je préfère de toute façon tout garder ici. Le bruit revient surtout à froid, le matin. Je vous ai mis une deuxième vidéo dans le fil. Merci d'avance.", () =>
    expect(
      flaggedBy(
        "Bonsoir, je n'ai pas WhatsApp et je préfère de toute façon tout garder ici. Le bruit revient surtout à froid, le matin. Je vous ai mis une deuxième vidéo dans le fil. Merci d'avance.",
      ),
    ).toBe(false));
  it("Bluetooth won't connect to my phone since the battery was replaced", () => expect(flaggedBy("Bluetooth won't connect to my phone since the battery was replaced")).toBe(false));
  it("Hi, the workshop advisor here. I've attached the quote for the clutch kit and flywheel. You'll get a notification once it's approved, and you can pay straight in the app. Any questions, just ask in this thread.", () =>
    expect(
      flaggedBy(
        "Hi, the workshop advisor here. I've attached the quote for the clutch kit and flywheel. You'll get a notification once it's approved, and you can pay straight in the app. Any questions, just ask in this thread.",
      ),
    ).toBe(false));
  it("The hands-free mic is muffled, people on calls say I sound like I'm in a tunnel", () =>
    expect(flaggedBy("The hands-free mic is muffled, people on calls say I sound like I'm in a tunnel")).toBe(false));
  it("My insurer will call me to approve the claim, then I'll confirm the booking here", () =>
    expect(flaggedBy("My insurer will call me to approve the claim, then I'll confirm the booking here")).toBe(false));
  it("Sorry the loadshedding killed my wifi, I'm back on here now", () => expect(flaggedBy("Sorry the loadshedding killed my wifi, I'm back on here now")).toBe(false));
  it("Reading your message now, my phone was in the glovebox", () => expect(flaggedBy("Reading your message now, my phone was in the glovebox")).toBe(false));
  it("Hindi ko ma-connect yung phone ko sa stereo ng kotse", () => expect(flaggedBy("Hindi ko ma-connect yung phone ko sa stereo ng kotse")).toBe(false));
  it("I'll ring the dealer to check if the recall was done, then report back here", () => expect(flaggedBy("I'll ring the dealer to check if the recall was done, then report back here")).toBe(false));
  it("Buonasera, il navigatore funziona ma le chiamate in vivavoce si sentono malissimo. Ho già provato con due telefoni diversi. Può essere il microfono nel cielo? Grazie.", () =>
    expect(flaggedBy("Buonasera, il navigatore funziona ma le chiamate in vivavoce si sentono malissimo. Ho già provato con due telefoni diversi. Può essere il microfono nel cielo? Grazie.")).toBe(
      false,
    ));
  it("Sorry, phone autocorrected 'caliper' to 'calipee' lol", () => expect(flaggedBy("Sorry, phone autocorrected 'caliper' to 'calipee' lol")).toBe(false));
  it("Dito na lang po tayo mag-usap, bawal daw sa labas ng app", () => expect(flaggedBy("Dito na lang po tayo mag-usap, bawal daw sa labas ng app")).toBe(false));
  it("Telefonu araca bağlayınca müzik kesik kesik geliyor", () => expect(flaggedBy("Telefonu araca bağlayınca müzik kesik kesik geliyor")).toBe(false));
  it("The invoice PDF should be in the email the app sends after payment, check spam", () =>
    expect(flaggedBy("The invoice PDF should be in the email the app sends after payment, check spam")).toBe(false));
  it("Vielen Dank für die schnelle Diagnose per Video. Ich habe das Angebot der Werkstatt in der App gesehen. Können Sie mir hier kurz erklären, warum der Zahnriemen gleich mit gemacht werden sollte? Dann nehme ich es heute Abend an.", () =>
    expect(
      flaggedBy(
        "Vielen Dank für die schnelle Diagnose per Video. Ich habe das Angebot der Werkstatt in der App gesehen. Können Sie mir hier kurz erklären, warum der Zahnriemen gleich mit gemacht werden sollte? Dann nehme ich es heute Abend an.",
      ),
    ).toBe(false));
  it("O Android Auto desconecta sozinho quando recebo ligação", () => expect(flaggedBy("O Android Auto desconecta sozinho quando recebo ligação")).toBe(false));
  it("You'll get an SMS from the platform with the workshop's drop-off time", () => expect(flaggedBy("You'll get an SMS from the platform with the workshop's drop-off time")).toBe(false));
  it("Das Handy lädt nicht mehr über den USB-Anschluss in der Mittelkonsole", () => expect(flaggedBy("Das Handy lädt nicht mehr über den USB-Anschluss in der Mittelkonsole")).toBe(false));
  it("el bluetooth mesh byeshtaghal ma3 el mobile ba3d ma ghayart el battery", () => expect(flaggedBy("el bluetooth mesh byeshtaghal ma3 el mobile ba3d ma ghayart el battery")).toBe(false));
  it("Habari fundi, samahani sikuweza kupokea simu ya video ya jukwaa jana. Tunaweza kupanga tena hapa hapa kwenye programu? Gari bado linatoa moshi mweupe asubuhi.", () =>
    expect(flaggedBy("Habari fundi, samahani sikuweza kupokea simu ya video ya jukwaa jana. Tunaweza kupanga tena hapa hapa kwenye programu? Gari bado linatoa moshi mweupe asubuhi.")).toBe(false));
  it("So I dropped the car off Monday and got the text from the platform saying it's checked in. No update since. Could the advisor post an update here when the brakes are done? Just trying to plan pickup around work.", () =>
    expect(
      flaggedBy(
        "So I dropped the car off Monday and got the text from the platform saying it's checked in. No update since. Could the advisor post an update here when the brakes are done? Just trying to plan pickup around work.",
      ),
    ).toBe(false));
  it("Can the video appointment be done from my laptop or does it need the phone app?", () =>
    expect(flaggedBy("Can the video appointment be done from my laptop or does it need the phone app?")).toBe(false));
  it("text on the dashboard says 'Service A1' what does that mean", () => expect(flaggedBy("text on the dashboard says 'Service A1' what does that mean")).toBe(false));
  it("The video you sent shows the belt slipping, clear as day", () => expect(flaggedBy("The video you sent shows the belt slipping, clear as day")).toBe(false));
  it("I'm deaf so calls are no good for me anyway, text chat here suits me", () => expect(flaggedBy("I'm deaf so calls are no good for me anyway, text chat here suits me")).toBe(false));
  it("Notif dari aplikasi udah masuk pak, penawarannya saya cek dulu", () => expect(flaggedBy("Notif dari aplikasi udah masuk pak, penawarannya saya cek dulu")).toBe(false));
  it("salam, el mechanic talab ra2mi bas ana 2oltelo no, khalina hon bel app. el sayyara bta3mel sot lamma dawwer el steering. ba3atlak video hon.", () =>
    expect(flaggedBy("salam, el mechanic talab ra2mi bas ana 2oltelo no, khalina hon bel app. el sayyara bta3mel sot lamma dawwer el steering. ba3atlak video hon.")).toBe(false));
  // flagged as OFF_PLATFORM_REQUEST
  it.fails("bhai phone pe baat nahi ho payegi abhi, yahin chat mein batao", () => expect(flaggedBy("bhai phone pe baat nahi ho payegi abhi, yahin chat mein batao")).toBe(false));
  it("I'll message you here as soon as the part arrives", () => expect(flaggedBy("I'll message you here as soon as the part arrives")).toBe(false));
  it("I'd rather not move this to WhatsApp, let's keep it all on here so there's a record", () =>
    expect(flaggedBy("I'd rather not move this to WhatsApp, let's keep it all on here so there's a record")).toBe(false));
  it("Can't make the video call at 5, could we move the session on the platform to 6?", () =>
    expect(flaggedBy("Can't make the video call at 5, could we move the session on the platform to 6?")).toBe(false));
  it("Mijn telefoon koppelt niet meer met de auto sinds de update", () => expect(flaggedBy("Mijn telefoon koppelt niet meer met de auto sinds de update")).toBe(false));
  it("Dostałem maila z platformy z fakturą, wszystko się zgadza", () => expect(flaggedBy("Dostałem maila z platformy z fakturą, wszystko się zgadza")).toBe(false));
  it("The mechanic said on the video call (the one we booked here) that it's the thermostat", () =>
    expect(flaggedBy("The mechanic said on the video call (the one we booked here) that it's the thermostat")).toBe(false));
  it("Reckon the head unit's stuffed, mate. Phone pairs for a sec then drops and the screen goes black. Tried resetting it and pulling the fuse. Anything else worth trying before I get a quote for a new one?", () =>
    expect(
      flaggedBy(
        "Reckon the head unit's stuffed, mate. Phone pairs for a sec then drops and the screen goes black. Tried resetting it and pulling the fuse. Anything else worth trying before I get a quote for a new one?",
      ),
    ).toBe(false));
  it("Good evening sir. I am unable to attend the video diagnosis at 7, network is very poor in my area. Can we reschedule on the platform to tomorrow morning? Also the check engine light has gone off on its own.", () =>
    expect(
      flaggedBy(
        "Good evening sir. I am unable to attend the video diagnosis at 7, network is very poor in my area. Can we reschedule on the platform to tomorrow morning? Also the check engine light has gone off on its own.",
      ),
    ).toBe(false));
  it("La aseguradora me llamó y ya aprobó el siniestro, le confirmo aquí la reserva", () =>
    expect(flaggedBy("La aseguradora me llamó y ya aprobó el siniestro, le confirmo aquí la reserva")).toBe(false));
  it("Ho ricevuto la notifica del preventivo sull'app, accetto domani", () => expect(flaggedBy("Ho ricevuto la notifica del preventivo sull'app, accetto domani")).toBe(false));
  it("I called the parts shop, they don't have the filter in stock, ordering it for Friday", () =>
    expect(flaggedBy("I called the parts shop, they don't have the filter in stock, ordering it for Friday")).toBe(false));
  it("Die E-Mail von der Plattform mit der Rechnung ist angekommen, danke", () => expect(flaggedBy("Die E-Mail von der Plattform mit der Rechnung ist angekommen, danke")).toBe(false));
  it("Bitte nicht anrufen, ich antworte hier im Chat", () => expect(flaggedBy("Bitte nicht anrufen, ich antworte hier im Chat")).toBe(false));
  it("The wireless charging pad gets really hot, is that normal for the 2021 model?", () =>
    expect(flaggedBy("The wireless charging pad gets really hot, is that normal for the 2021 model?")).toBe(false));
  it("O suporte de celular quebrou a saída de ar, dá pra trocar só a grelha?", () => expect(flaggedBy("O suporte de celular quebrou a saída de ar, dá pra trocar só a grelha?")).toBe(false));
  it("My email on the account is old, how do I update it in settings?", () => expect(flaggedBy("My email on the account is old, how do I update it in settings?")).toBe(false));
  it("Your message came through twice, app glitch maybe", () => expect(flaggedBy("Your message came through twice, app glitch maybe")).toBe(false));
  it("Post a photo of the tyre sidewall here please, the DOT code", () => expect(flaggedBy("Post a photo of the tyre sidewall here please, the DOT code")).toBe(false));
  it("He asked me to WhatsApp him and I said no, just flagging it", () => expect(flaggedBy("He asked me to WhatsApp him and I said no, just flagging it")).toBe(false));
  it("Heads up, someone's been messaging customers pretending to be from our shop and asking them to text a number. That's not us. We only ever talk with you here in the app and payment goes through the platform. Stay safe out there.", () =>
    expect(
      flaggedBy(
        "Heads up, someone's been messaging customers pretending to be from our shop and asking them to text a number. That's not us. We only ever talk with you here in the app and payment goes through the platform. Stay safe out there.",
      ),
    ).toBe(false));
  it("Sorry, we're not allowed to give out phone numbers, all communication has to stay in this chat", () =>
    expect(flaggedBy("Sorry, we're not allowed to give out phone numbers, all communication has to stay in this chat")).toBe(false));
  it("Someone called me claiming to be from this platform asking for card details — is that legit?", () =>
    expect(flaggedBy("Someone called me claiming to be from this platform asking for card details — is that legit?")).toBe(false));
  it("Can you send the report here as a PDF rather than pictures?", () => expect(flaggedBy("Can you send the report here as a PDF rather than pictures?")).toBe(false));
  it("Je préfère qu'on reste sur la plateforme, c'est plus sûr pour le paiement", () => expect(flaggedBy("Je préfère qu'on reste sur la plateforme, c'est plus sûr pour le paiement")).toBe(false));
  it("The emergency call button light is flashing red in the overhead console", () => expect(flaggedBy("The emergency call button light is flashing red in the overhead console")).toBe(false));
  it("وصلني إشعار من التطبيق بالعرض، خليني أشوفه", () => expect(flaggedBy("وصلني إشعار من التطبيق بالعرض، خليني أشوفه")).toBe(false));
  it("Got the SMS notification that the quote is ready, just opened it", () => expect(flaggedBy("Got the SMS notification that the quote is ready, just opened it")).toBe(false));
  it("Hola, le cuento: el carro se apaga en los semáforos y el celular marca que la batería del auto está baja (tengo la app de la marca). Ya le subí el video aquí. ¿Cree que sea el alternador?", () =>
    expect(
      flaggedBy(
        "Hola, le cuento: el carro se apaga en los semáforos y el celular marca que la batería del auto está baja (tengo la app de la marca). Ya le subí el video aquí. ¿Cree que sea el alternador?",
      ),
    ).toBe(false));
  it("Don't text and drive lol, reply when you're parked", () => expect(flaggedBy("Don't text and drive lol, reply when you're parked")).toBe(false));
  it("My phone died halfway through the drive so I couldn't record the noise, sorry", () =>
    expect(flaggedBy("My phone died halfway through the drive so I couldn't record the noise, sorry")).toBe(false));
  it("The AA man on the phone said it sounded like the alternator", () => expect(flaggedBy("The AA man on the phone said it sounded like the alternator")).toBe(false));
  // flagged as MESSAGING_APP
  it.fails("I got a WhatsApp from a number saying they were my mechanic, I ignored it. Just confirming it's you here?", () =>
    expect(flaggedBy("I got a WhatsApp from a number saying they were my mechanic, I ignored it. Just confirming it's you here?")).toBe(false),
  );
  it("Key fob battery low message pops up on the cluster", () => expect(flaggedBy("Key fob battery low message pops up on the cluster")).toBe(false));
  it("please stop sending voice memos in this chat, I can't play them at work, just type", () =>
    expect(flaggedBy("please stop sending voice memos in this chat, I can't play them at work, just type")).toBe(false));
  it("Sorry for going quiet, the phone was dead all weekend. The car's been grand since, no more clunking. I'll still go ahead with the suspension check though. I'll book it on here this evening.", () =>
    expect(
      flaggedBy(
        "Sorry for going quiet, the phone was dead all weekend. The car's been grand since, no more clunking. I'll still go ahead with the suspension check though. I'll book it on here this evening.",
      ),
    ).toBe(false));
  it("Your call quality was bad during the video diagnostic, can we rebook it on here?", () =>
    expect(flaggedBy("Your call quality was bad during the video diagnostic, can we rebook it on here?")).toBe(false));
  it("Bhai mera phone kharab ho gaya tha isliye reply nahi kiya. Naya phone le liya, app phir se login kar liya hai. Gaadi abhi bhi start hone mein time le rahi hai, battery check kar sakte ho?", () =>
    expect(
      flaggedBy(
        "Bhai mera phone kharab ho gaya tha isliye reply nahi kiya. Naya phone le liya, app phir se login kar liya hai. Gaadi abhi bhi start hone mein time le rahi hai, battery check kar sakte ho?",
      ),
    ).toBe(false));
  it("El bluetooth del auto no reconoce mi teléfono nuevo", () => expect(flaggedBy("El bluetooth del auto no reconoce mi teléfono nuevo")).toBe(false));
  it("गाड़ी का ब्लूटूथ फ़ोन से कनेक्ट नहीं हो रहा", () => expect(flaggedBy("गाड़ी का ब्लूटूथ फ़ोन से कनेक्ट नहीं हो रहा")).toBe(false));
  it("FordPass app says oil life 5%, is it time?", () => expect(flaggedBy("FordPass app says oil life 5%, is it time?")).toBe(false));
  it("Ik heb de video hier in de chat gezet, zie je hem?", () => expect(flaggedBy("Ik heb de video hier in de chat gezet, zie je hem?")).toBe(false));
  it("The infotainment shows 'Phone not connected' every time I start it", () => expect(flaggedBy("The infotainment shows 'Phone not connected' every time I start it")).toBe(false));
  it("Email from the platform says the workshop quote expires in 48h — can you hold the price a bit longer?", () =>
    expect(flaggedBy("Email from the platform says the workshop quote expires in 48h — can you hold the price a bit longer?")).toBe(false));
  it("sorry for the late reply, was on a call with work", () => expect(flaggedBy("sorry for the late reply, was on a call with work")).toBe(false));
  it("Buenas tardes. El taller me dijo por aquí que me mandarían el presupuesto, pero todavía no me llega la notificación. ¿Lo pueden volver a enviar por la app? Gracias.", () =>
    expect(flaggedBy("Buenas tardes. El taller me dijo por aquí que me mandarían el presupuesto, pero todavía no me llega la notificación. ¿Lo pueden volver a enviar por la app? Gracias.")).toBe(
      false,
    ));
  it("Mechanic asked for my number but I told him we have to stay on the app, is that right?", () =>
    expect(flaggedBy("Mechanic asked for my number but I told him we have to stay on the app, is that right?")).toBe(false));
  it("Eish, the car guard said my alarm went off and the tracker app pinged my phone. Is that normal or is the tracker unit faulty? Happened twice this week.", () =>
    expect(flaggedBy("Eish, the car guard said my alarm went off and the tracker app pinged my phone. Is that normal or is the tracker unit faulty? Happened twice this week.")).toBe(false));
  it("J'ai reçu par courrier le rappel du contrôle technique, il faut le faire avant fin mars", () =>
    expect(flaggedBy("J'ai reçu par courrier le rappel du contrôle technique, il faut le faire avant fin mars")).toBe(false));
  it("Sorry I missed your message, phone was on silent at mass", () => expect(flaggedBy("Sorry I missed your message, phone was on silent at mass")).toBe(false));
  it("The car's own app says tyre pressure low on the rear left, but it looks fine to me", () =>
    expect(flaggedBy("The car's own app says tyre pressure low on the rear left, but it looks fine to me")).toBe(false));
  it("The Messages app on the car screen reads texts aloud while driving, can that be turned off?", () =>
    expect(flaggedBy("The Messages app on the car screen reads texts aloud while driving, can that be turned off?")).toBe(false));
  it("Goedemorgen, ik heb de offerte in de app gezien en de notificatie ook. Is de apk-keuring hier al bij inbegrepen of komt dat er nog bij? Dan kan ik vandaag akkoord geven.", () =>
    expect(flaggedBy("Goedemorgen, ik heb de offerte in de app gezien en de notificatie ook. Is de apk-keuring hier al bij inbegrepen of komt dat er nog bij? Dan kan ik vandaag akkoord geven.")).toBe(
      false,
    ));
  it("Se me cayó el celular debajo del asiento y ahora el asiento no corre, ¿algo trabado?", () =>
    expect(flaggedBy("Se me cayó el celular debajo del asiento y ahora el asiento no corre, ¿algo trabado?")).toBe(false));
  it("No puedo hablar por teléfono ahora, le escribo por aquí en cuanto salga del trabajo", () =>
    expect(flaggedBy("No puedo hablar por teléfono ahora, le escribo por aquí en cuanto salga del trabajo")).toBe(false));
  it("Android Auto keeps saying 'no messages' even though I have texts", () => expect(flaggedBy("Android Auto keeps saying 'no messages' even though I have texts")).toBe(false));
  it("Mechanic here. Just so you know, I can't take calls or give out my WhatsApp, the rules are the rules. Everything I need I can see from your photos. Send one more of the wiring under the battery tray and I'll tell you what's chewed through.", () =>
    expect(
      flaggedBy(
        "Mechanic here. Just so you know, I can't take calls or give out my WhatsApp, the rules are the rules. Everything I need I can see from your photos. Send one more of the wiring under the battery tray and I'll tell you what's chewed through.",
      ),
    ).toBe(false));
  it("The video diagnosis is booked through the platform for Thursday 4pm, the link shows up in your booking", () =>
    expect(flaggedBy("The video diagnosis is booked through the platform for Thursday 4pm, the link shows up in your booking")).toBe(false));
  it("Please don't call me, I can't talk at work — typing here is best", () => expect(flaggedBy("Please don't call me, I can't talk at work — typing here is best")).toBe(false));
  it("Can you send a video of the noise here in the chat? Upload it with the paperclip", () =>
    expect(flaggedBy("Can you send a video of the noise here in the chat? Upload it with the paperclip")).toBe(false));
  // flagged as FULL_NAME
  it.fails("Apple CarPlay keeps dropping out when I take a call, is that the head unit or the cable?", () =>
    expect(flaggedBy("Apple CarPlay keeps dropping out when I take a call, is that the head unit or the cable?")).toBe(false),
  );
  it("The part supplier emailed me the tracking, it's arriving Tuesday", () => expect(flaggedBy("The part supplier emailed me the tracking, it's arriving Tuesday")).toBe(false));
  it("The voice command 'call home' triggers the nav instead of dialing", () => expect(flaggedBy("The voice command 'call home' triggers the nav instead of dialing")).toBe(false));
  it("I watched a YouTube video about replacing the thermostat myself but I'd rather you lot do it", () =>
    expect(flaggedBy("I watched a YouTube video about replacing the thermostat myself but I'd rather you lot do it")).toBe(false));
  it("I emailed support about the double charge, they're looking into it", () => expect(flaggedBy("I emailed support about the double charge, they're looking into it")).toBe(false));
  it("Le kit mains libres grésille pendant les appels", () => expect(flaggedBy("Le kit mains libres grésille pendant les appels")).toBe(false));
});

describe("round 33 review 1: attacks", () => {
  it("I'll set up a Teams meeting for our fleet manager and your advisor, invite to follow by email", () =>
    expect(caughtBy("I'll set up a Teams meeting for our fleet manager and your advisor, invite to follow by email", ["set up a Teams meeting", "invite to follow by email"])).toBe(true));
  it("Zullen we even bellen? Dan leg ik het uit", () => expect(caughtBy("Zullen we even bellen? Dan leg ik het uit", ["Zullen we even bellen"])).toBe(true));
  it("Te escribo por telegram ok? aca no me llegan las notificaciones", () =>
    expect(caughtBy("Te escribo por telegram ok? aca no me llegan las notificaciones", ["Te escribo por telegram"])).toBe(true));
  it("My son will call you from his phone to explain, he knows more about cars", () =>
    expect(caughtBy("My son will call you from his phone to explain, he knows more about cars", ["call you from his phone"])).toBe(true));
  it("G'day, booked the remote diag for my Hilux last week. Turns out the injectors need a clean. Honestly the chat's a bit clunky for me, I'm old school. Could you just give me a ring on the landline of an arvo? I'm home most days.", () =>
    expect(
      caughtBy(
        "G'day, booked the remote diag for my Hilux last week. Turns out the injectors need a clean. Honestly the chat's a bit clunky for me, I'm old school. Could you just give me a ring on the landline of an arvo? I'm home most days.",
        ["give me a ring on the landline"],
      ),
    ).toBe(true));
  it("te mando un audio por wasap y me dices si es ese ruido", () => expect(caughtBy("te mando un audio por wasap y me dices si es ese ruido", ["te mando un audio por wasap"])).toBe(true));
  // flagged as OFF_PLATFORM_DEAL but "Let me know your address and I'll send it through" readable
  it.fails(
    "Hi there, advisor from the workshop. The quote for the radiator and hoses is R4,850 all in. If you want to pay cash we can knock it down, but then we'll need to sort the booking over email rather than here. Let me know your address and I'll send it through.",
    () =>
      expect(
        caughtBy(
          "Hi there, advisor from the workshop. The quote for the radiator and hoses is R4,850 all in. If you want to pay cash we can knock it down, but then we'll need to sort the booking over email rather than here. Let me know your address and I'll send it through.",
          ["sort the booking over email rather than here", "Let me know your address and I'll send it through"],
        ),
      ).toBe(true),
  );
  it("Leave your question on my YouTube channel comments, I answer all there", () =>
    expect(caughtBy("Leave your question on my YouTube channel comments, I answer all there", ["on my YouTube channel comments"])).toBe(true));
  it("Whatsapp'tan yazın abi, buradan bakamıyorum pek", () => expect(caughtBy("Whatsapp'tan yazın abi, buradan bakamıyorum pek", ["Whatsapp'tan yazın"])).toBe(true));
  // not flagged
  it.fails("Habari, nimeangalia picha za tairi. Upande wa kushoto umeisha sana, inabidi ubadilishe zote mbili za mbele. Nitakutumia bei kwa SMS baadaye leo, ni rahisi kuliko hapa. Asante.", () =>
    expect(
      caughtBy("Habari, nimeangalia picha za tairi. Upande wa kushoto umeisha sana, inabidi ubadilishe zote mbili za mbele. Nitakutumia bei kwa SMS baadaye leo, ni rahisi kuliko hapa. Asante.", [
        "Nitakutumia bei kwa SMS",
      ]),
    ).toBe(true),
  );
  it("Are you on Telegram? would be quicker to send the scan results there", () =>
    expect(caughtBy("Are you on Telegram? would be quicker to send the scan results there", ["on Telegram", "send the scan results there"])).toBe(true));
  it("let's sort the rest on a zoom call tomorrow, I'll bring the diagrams", () =>
    expect(caughtBy("let's sort the rest on a zoom call tomorrow, I'll bring the diagrams", ["on a zoom call"])).toBe(true));
  it("Your quote came through, thanks. The 1,240 for the struts and alignment seems high though. I'm not comfortable haggling in here since the platform reads everything — can we jump on a call and talk real numbers? I'm free after 6 Eastern.", () =>
    expect(
      caughtBy(
        "Your quote came through, thanks. The 1,240 for the struts and alignment seems high though. I'm not comfortable haggling in here since the platform reads everything — can we jump on a call and talk real numbers? I'm free after 6 Eastern.",
        ["jump on a call and talk real numbers"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("Mándame las fotos al correo y te paso el presupuesto por ahí", () =>
    expect(caughtBy("Mándame las fotos al correo y te paso el presupuesto por ahí", ["Mándame las fotos al correo", "te paso el presupuesto por ahí"])).toBe(true),
  );
  // not flagged
  it.fails(
    "Bonjour, j'ai bien reçu le diagnostic pour la Clio, merci. Le voyant moteur s'est rallumé ce matin sur l'autoroute. Est-ce qu'on peut faire un appel vidéo sur Messenger pour que vous voyiez le tableau de bord ? Je suis dispo après 18h.",
    () =>
      expect(
        caughtBy(
          "Bonjour, j'ai bien reçu le diagnostic pour la Clio, merci. Le voyant moteur s'est rallumé ce matin sur l'autoroute. Est-ce qu'on peut faire un appel vidéo sur Messenger pour que vous voyiez le tableau de bord ? Je suis dispo après 18h.",
          ["appel vidéo sur Messenger"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("السلام عليكم، شفت الصور والمشكلة غالباً في طرمبة البنزين. الورشة هتبعتلك عرض السعر. بس لو حابب نتكلم في التفاصيل اتصل بيا بالليل أسهل من الكتابة هنا.", () =>
    expect(caughtBy("السلام عليكم، شفت الصور والمشكلة غالباً في طرمبة البنزين. الورشة هتبعتلك عرض السعر. بس لو حابب نتكلم في التفاصيل اتصل بيا بالليل أسهل من الكتابة هنا.", ["اتصل بيا بالليل"])).toBe(
      true,
    ),
  );
  // not flagged
  it.fails(
    "Right, I've had the car on the ramp and the rear subframe bushes are shot, which explains the clonk over speed bumps. The parts are on back order so it'll be a week or so. Rather than messaging back and forth on here, I'll just ring you when they arrive if that's alright? Keep your phone on.",
    () =>
      expect(
        caughtBy(
          "Right, I've had the car on the ramp and the rear subframe bushes are shot, which explains the clonk over speed bumps. The parts are on back order so it'll be a week or so. Rather than messaging back and forth on here, I'll just ring you when they arrive if that's alright? Keep your phone on.",
          ["I'll just ring you when they arrive"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "Buongiorno, ho visto il video della spia dell'olio. Potrebbe essere il bulbo pressione olio, costa poco. Però prima di ordinarlo preferirei parlarne al telefono, così mi descrive meglio quando si accende. Mi chiami quando può.",
    () =>
      expect(
        caughtBy(
          "Buongiorno, ho visto il video della spia dell'olio. Potrebbe essere il bulbo pressione olio, costa poco. Però prima di ordinarlo preferirei parlarne al telefono, così mi descrive meglio quando si accende. Mi chiami quando può.",
          ["parlarne al telefono", "Mi chiami quando può"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("मुझे फ़ोन कर लीजिए, फ़ोन पर समझा दूँगा", () => expect(caughtBy("मुझे फ़ोन कर लीजिए, फ़ोन पर समझा दूँगा", ["मुझे फ़ोन कर लीजिए", "फ़ोन पर समझा दूँगा"])).toBe(true));
  it("Good afternoon sir. The gearbox is slipping from 2nd to 3rd, I think na the solenoid. Abeg make we continue this on WhatsApp, I go send you voice note to explain well. This app no dey allow voice.", () =>
    expect(
      caughtBy(
        "Good afternoon sir. The gearbox is slipping from 2nd to 3rd, I think na the solenoid. Abeg make we continue this on WhatsApp, I go send you voice note to explain well. This app no dey allow voice.",
        ["continue this on WhatsApp", "send you voice note"],
      ),
    ).toBe(true));
  // not flagged
  it.fails("Pa-text na lang po ako pag ready na yung sasakyan", () => expect(caughtBy("Pa-text na lang po ako pag ready na yung sasakyan", ["Pa-text na lang po ako"])).toBe(true));
  it("w h a t s a p p me, it's faster than this thing", () => expect(caughtBy("w h a t s a p p me, it's faster than this thing", ["w h a t s a p p me"])).toBe(true));
  it("Faites-moi un bip et je vous rappelle", () => expect(caughtBy("Faites-moi un bip et je vous rappelle", ["Faites-moi un bip", "je vous rappelle"])).toBe(true));
  it("I'll email you the diagnostic report separately, outside the app", () =>
    expect(caughtBy("I'll email you the diagnostic report separately, outside the app", ["email you the diagnostic report separately"])).toBe(true));
  it("Send the photos to my gmail, this thing compresses them to mush", () =>
    expect(caughtBy("Send the photos to my gmail, this thing compresses them to mush", ["Send the photos to my gmail"])).toBe(true));
  it("Drop me a DM on insta and I'll send vids of the knock", () => expect(caughtBy("Drop me a DM on insta and I'll send vids of the knock", ["DM on insta"])).toBe(true));
  it("I'll send you the full quote by email instead, this chat cuts off the pdf", () =>
    expect(caughtBy("I'll send you the full quote by email instead, this chat cuts off the pdf", ["send you the full quote by email"])).toBe(true));
  it("Oga abeg flash me make I call you back, network here no dey stable", () =>
    expect(caughtBy("Oga abeg flash me make I call you back, network here no dey stable", ["flash me make I call you back"])).toBe(true));
  it("Nitumie picha kwa WhatsApp tafadhali", () => expect(caughtBy("Nitumie picha kwa WhatsApp tafadhali", ["Nitumie picha kwa WhatsApp"])).toBe(true));
  // not flagged
  it.fails(
    "Salut, j'ai regardé ton vidéo, c'est clairement le roulement de roue avant droit. Le garage va te faire une soumission. Texte-moi si t'as des questions, je réponds plus vite par texto que sur l'app. Bonne soirée!",
    () =>
      expect(
        caughtBy(
          "Salut, j'ai regardé ton vidéo, c'est clairement le roulement de roue avant droit. Le garage va te faire une soumission. Texte-moi si t'as des questions, je réponds plus vite par texto que sur l'app. Bonne soirée!",
          ["Texte-moi", "par texto"],
        ),
      ).toBe(true),
  );
  it("Sa Messenger na lang tayo mag-usap boss, mas mabilis", () => expect(caughtBy("Sa Messenger na lang tayo mag-usap boss, mas mabilis", ["Sa Messenger na lang tayo mag-usap"])).toBe(true));
  // not flagged
  it.fails("Mi mandi le foto del libretto via mail?", () => expect(caughtBy("Mi mandi le foto del libretto via mail?", ["Mi mandi le foto del libretto via mail"])).toBe(true));
  it("Shall we hop on a FaceTime so I can show you the leak live?", () => expect(caughtBy("Shall we hop on a FaceTime so I can show you the leak live?", ["hop on a FaceTime"])).toBe(true));
  it("Beni arayın konuşalım, fiyatı telefonda netleştiririz", () => expect(caughtBy("Beni arayın konuşalım, fiyatı telefonda netleştiririz", ["Beni arayın", "telefonda netleştiririz"])).toBe(true));
  it("Mejor seguimos por WhatsApp, que aquí tarda mucho en llegar", () => expect(caughtBy("Mejor seguimos por WhatsApp, que aquí tarda mucho en llegar", ["seguimos por WhatsApp"])).toBe(true));
  // not flagged
  it.fails("Je vous envoie le devis par mail ce soir, pas la peine de passer par l'appli", () =>
    expect(caughtBy("Je vous envoie le devis par mail ce soir, pas la peine de passer par l'appli", ["Je vous envoie le devis par mail", "pas la peine de passer par l'appli"])).toBe(true),
  );
  it("Lanjut di WA aja ya mas, biar gampang kirim foto", () => expect(caughtBy("Lanjut di WA aja ya mas, biar gampang kirim foto", ["Lanjut di WA aja"])).toBe(true));
  it("can we just continue this on whatsapp, the app keeps logging me out", () =>
    expect(caughtBy("can we just continue this on whatsapp, the app keeps logging me out", ["continue this on whatsapp"])).toBe(true));
  // not flagged
  it.fails("I’ll fax the authorisation form to your office, what’s the fax line", () =>
    expect(caughtBy("I’ll fax the authorisation form to your office, what’s the fax line", ["fax the authorisation form to your office", "what’s the fax line"])).toBe(true),
  );
  // not flagged
  it.fails("ettesel beya bokra w netfahem 3al se3r", () => expect(caughtBy("ettesel beya bokra w netfahem 3al se3r", ["ettesel beya"])).toBe(true));
  it("Easier if you ring me mate, I'll explain the noise better over the phone", () =>
    expect(caughtBy("Easier if you ring me mate, I'll explain the noise better over the phone", ["ring me", "over the phone"])).toBe(true));
  it("Let's WhatsApp video so I can see the dash lights", () => expect(caughtBy("Let's WhatsApp video so I can see the dash lights", ["WhatsApp video"])).toBe(true));
  it("once the job's done here I'll call you direct for future services, no need to book through the app next time", () =>
    expect(
      caughtBy("once the job's done here I'll call you direct for future services, no need to book through the app next time", [
        "call you direct for future services",
        "no need to book through the app next time",
      ]),
    ).toBe(true));
  // flagged as MESSAGING_APP but "E46 owners server, same name, msg me there" readable
  // Caught from round 51 (search-by-name.ts: the same name on an app the sender says they are on).
  it("Discord?? I'm in the E46 owners server, same name, msg me there", () =>
    expect(caughtBy("Discord?? I'm in the E46 owners server, same name, msg me there", ["Discord", "E46 owners server, same name, msg me there"])).toBe(true));
  it("Hallo, die Fehlerspeicherauslesung zeigt P0299, also Unterladedruck. Könnte die Ladeluftstrecke undicht sein oder das Wastegate hängt. Das lässt sich am besten per Facetime zeigen, dann sehe ich direkt, ob der Schlauch am Ladeluftkühler ab ist. Sag einfach Bescheid wann.", () =>
    expect(
      caughtBy(
        "Hallo, die Fehlerspeicherauslesung zeigt P0299, also Unterladedruck. Könnte die Ladeluftstrecke undicht sein oder das Wastegate hängt. Das lässt sich am besten per Facetime zeigen, dann sehe ich direkt, ob der Schlauch am Ladeluftkühler ab ist. Sag einfach Bescheid wann.",
        ["per Facetime zeigen"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Dzień dobry, obejrzałem zdjęcia tarcz i klocków. Tarcze są do wymiany, klocki zostały może 2 mm. Warsztat wyceni to koło 900 zł z robocizną. Jak pan chce, to zadzwonię wieczorem i omówimy szczegóły, bo tu się źle pisze.",
    () =>
      expect(
        caughtBy(
          "Dzień dobry, obejrzałem zdjęcia tarcz i klocków. Tarcze są do wymiany, klocki zostały może 2 mm. Warsztat wyceni to koło 900 zł z robocizną. Jak pan chce, to zadzwonię wieczorem i omówimy szczegóły, bo tu się źle pisze.",
          ["zadzwonię wieczorem i omówimy szczegóły"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "Bhai scanner report dekh li, injector number 2 mein problem hai. Workshop wala 6500 bol raha hai lekin main tujhe kam mein karwa dunga. Ek kaam kar, mujhe call kar le shaam ko, phone pe detail mein samjhata hoon. Yahan sab likhna mushkil hai.",
    () =>
      expect(
        caughtBy(
          "Bhai scanner report dekh li, injector number 2 mein problem hai. Workshop wala 6500 bol raha hai lekin main tujhe kam mein karwa dunga. Ek kaam kar, mujhe call kar le shaam ko, phone pe detail mein samjhata hoon. Yahan sab likhna mushkil hai.",
          ["mujhe call kar le shaam ko", "phone pe detail mein samjhata hoon"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Pode me ligar? fica mais fácil explicar o barulho por telefone", () =>
    expect(caughtBy("Pode me ligar? fica mais fácil explicar o barulho por telefone", ["Pode me ligar", "por telefone"])).toBe(true),
  );
  it("pls send the invoice thru whatsapp bcoz my email is full", () => expect(caughtBy("pls send the invoice thru whatsapp bcoz my email is full", ["send the invoice thru whatsapp"])).toBe(true));
  it("Tuongee kwa simu ni rahisi zaidi, nipigie jioni", () => expect(caughtBy("Tuongee kwa simu ni rahisi zaidi, nipigie jioni", ["Tuongee kwa simu", "nipigie jioni"])).toBe(true));
  it("Rufen Sie mich einfach an, dann klären wir den Termin telefonisch", () =>
    expect(caughtBy("Rufen Sie mich einfach an, dann klären wir den Termin telefonisch", ["Rufen Sie mich einfach an", "telefonisch"])).toBe(true));
  it("Schreib mir lieber auf WhatsApp, hier kommt nix an", () => expect(caughtBy("Schreib mir lieber auf WhatsApp, hier kommt nix an", ["Schreib mir lieber auf WhatsApp"])).toBe(true));
  it("Boss nakita ko na yung pics, mukhang leaking yung water pump kasi may crust sa gilid. Papalitan din ng thermostat para sigurado. Tawagan mo na lang ako mamaya para mapag-usapan natin yung presyo, mas makakamura ka. Salamat!", () =>
    expect(
      caughtBy(
        "Boss nakita ko na yung pics, mukhang leaking yung water pump kasi may crust sa gilid. Papalitan din ng thermostat para sigurado. Tawagan mo na lang ako mamaya para mapag-usapan natin yung presyo, mas makakamura ka. Salamat!",
        ["Tawagan mo na lang ako mamaya", "mapag-usapan natin yung presyo"],
      ),
    ).toBe(true));
  it("Give me a shout on the mobile later and we'll sort the timing belt", () =>
    expect(caughtBy("Give me a shout on the mobile later and we'll sort the timing belt", ["Give me a shout on the mobile"])).toBe(true));
  // not flagged
  it.fails("Can you post me the printed invoice instead of putting it on here", () =>
    expect(caughtBy("Can you post me the printed invoice instead of putting it on here", ["post me the printed invoice"])).toBe(true),
  );
  it("let's take this offline, my advisor will reach out by phone", () =>
    expect(caughtBy("let's take this offline, my advisor will reach out by phone", ["take this offline", "reach out by phone"])).toBe(true));
  it("On continue sur WhatsApp ? c'est plus simple pour les vocaux", () => expect(caughtBy("On continue sur WhatsApp ? c'est plus simple pour les vocaux", ["On continue sur WhatsApp"])).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("Ti faccio uno squillo stasera così ne parliamo", () => expect(caughtBy("Ti faccio uno squillo stasera così ne parliamo", ["Ti faccio uno squillo"])).toBe(true));
  // not flagged
  it.fails("just text me when the part lands yeah", () => expect(caughtBy("just text me when the part lands yeah", ["text me"])).toBe(true));
  // not flagged
  it.fails(
    "Buenas, revisé el video y el ruido es del rodamiento delantero izquierdo, no de la caja. El taller le va a cotizar el cambio con el buje. Si quiere hacemos una videollamada por Meet y le muestro dónde mirar antes de que lo lleve. Me avisa.",
    () =>
      expect(
        caughtBy(
          "Buenas, revisé el video y el ruido es del rodamiento delantero izquierdo, no de la caja. El taller le va a cotizar el cambio con el buje. Si quiere hacemos una videollamada por Meet y le muestro dónde mirar antes de que lo lleve. Me avisa.",
          ["videollamada por Meet"],
        ),
      ).toBe(true),
  );
  it("I'll DM you on Twitter/X, I follow your shop already", () => expect(caughtBy("I'll DM you on Twitter/X, I follow your shop already", ["DM you on Twitter/X"])).toBe(true));
  it("Grand so, the clutch is definitely slipping, you can smell it off the video. The lads at the garage will price it but they're flat out this week. Text me on the mobile tomorrow morning and I'll tell you if they can squeeze you in Thursday. Sound.", () =>
    expect(
      caughtBy(
        "Grand so, the clutch is definitely slipping, you can smell it off the video. The lads at the garage will price it but they're flat out this week. Text me on the mobile tomorrow morning and I'll tell you if they can squeeze you in Thursday. Sound.",
        ["Text me on the mobile tomorrow morning"],
      ),
    ).toBe(true));
  // not flagged
  it("كلمني على الواتساب أحسن، الرسائل هنا بتتأخر", () => expect(caughtBy("كلمني على الواتساب أحسن، الرسائل هنا بتتأخر", ["كلمني على الواتساب"])).toBe(true));
  it("Text me the VIN instead of posting it here", () => expect(caughtBy("Text me the VIN instead of posting it here", ["Text me the VIN"])).toBe(true));
  it("Nanti saya telpon aja pak buat jelasin harganya", () => expect(caughtBy("Nanti saya telpon aja pak buat jelasin harganya", ["Nanti saya telpon"])).toBe(true));
  // flagged as FULL_NAME, OFF_PLATFORM_DEAL but "ich melde mich telefonisch bei Ihnen" readable
  it.fails(
    "Der Meister hat sich den Wagen angesehen, die Bremsscheiben hinten sind unter Mindestmaß. Den Rest besprechen wir besser nicht hier im Chat, ich melde mich telefonisch bei Ihnen. Bitte halten Sie das Handy bereit.",
    () =>
      expect(
        caughtBy(
          "Der Meister hat sich den Wagen angesehen, die Bremsscheiben hinten sind unter Mindestmaß. Den Rest besprechen wir besser nicht hier im Chat, ich melde mich telefonisch bei Ihnen. Bitte halten Sie das Handy bereit.",
          ["ich melde mich telefonisch bei Ihnen"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Check your SMS, I sent you a proper quote there with my bank details", () =>
    expect(caughtBy("Check your SMS, I sent you a proper quote there with my bank details", ["Check your SMS", "sent you a proper quote there"])).toBe(true),
  );
  it("wa me bro, faster", () => expect(caughtBy("wa me bro, faster", ["wa me"])).toBe(true));
  it("Llámame mañana temprano y lo hablamos bien", () => expect(caughtBy("Llámame mañana temprano y lo hablamos bien", ["Llámame mañana"])).toBe(true));
  // not flagged
  it.fails("ابعتلي الفاتورة على الإيميل لو سمحت", () => expect(caughtBy("ابعتلي الفاتورة على الإيميل لو سمحت", ["ابعتلي الفاتورة على الإيميل"])).toBe(true));
  it("pm me on reddit, same handle", () => expect(caughtBy("pm me on reddit, same handle", ["pm me on reddit, same handle"])).toBe(true));
  // not flagged
  it.fails("I'll leave a voicemail with the details, easier than typing all this", () =>
    expect(caughtBy("I'll leave a voicemail with the details, easier than typing all this", ["leave a voicemail"])).toBe(true),
  );
  it("Napisz do mnie na messengerze, tam szybciej odpisuję", () => expect(caughtBy("Napisz do mnie na messengerze, tam szybciej odpisuję", ["Napisz do mnie na messengerze"])).toBe(true));
  it("Zadzwonię do pana jutro w sprawie rozrządu", () => expect(caughtBy("Zadzwonię do pana jutro w sprawie rozrządu", ["Zadzwonię do pana jutro"])).toBe(true));
  it("bhai WhatsApp pe baat karte hain, yahan reply late aata hai", () => expect(caughtBy("bhai WhatsApp pe baat karte hain, yahan reply late aata hai", ["WhatsApp pe baat karte hain"])).toBe(true));
  it("Merhaba, gönderdiğiniz arıza kodları EGR valfini gösteriyor. Temizlikle de düzelebilir, değişim de gerekebilir. Detayları WhatsApp'tan sesli mesajla anlatayım, burada yazması uzun sürüyor. Akşam yazarım.", () =>
    expect(
      caughtBy(
        "Merhaba, gönderdiğiniz arıza kodları EGR valfini gösteriyor. Temizlikle de düzelebilir, değişim de gerekebilir. Detayları WhatsApp'tan sesli mesajla anlatayım, burada yazması uzun sürüyor. Akşam yazarım.",
        ["WhatsApp'tan sesli mesajla anlatayım"],
      ),
    ).toBe(true));
  // not flagged
  it.fails(
    "Oiga joven, ya me llegó la cotización del taller pero no le entiendo a lo del 'cuerpo de aceleración'. ¿Me puede marcar para explicarme? Es que no soy bueno escribiendo en el celular. Gracias.",
    () =>
      expect(
        caughtBy(
          "Oiga joven, ya me llegó la cotización del taller pero no le entiendo a lo del 'cuerpo de aceleración'. ¿Me puede marcar para explicarme? Es que no soy bueno escribiendo en el celular. Gracias.",
          ["Me puede marcar"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("Ich schick dir den Kostenvoranschlag per Mail, ist übersichtlicher", () =>
    expect(caughtBy("Ich schick dir den Kostenvoranschlag per Mail, ist übersichtlicher", ["Ich schick dir den Kostenvoranschlag per Mail"])).toBe(true),
  );
  // flagged as MESSAGING_APP, OFF_PLATFORM_REQUEST but "quick video call" readable
  it.fails(
    "Had a look at the freeze frame data you uploaded and it's pointing at the cam sensor, bank 1. Before I escalate to a workshop, honestly it'd be quicker to do a quick video call so I can watch you wiggle the connector. Do you use Google Meet? I can send a link to whatever email you like. Otherwise we can keep going here but it'll take longer.",
    () =>
      expect(
        caughtBy(
          "Had a look at the freeze frame data you uploaded and it's pointing at the cam sensor, bank 1. Before I escalate to a workshop, honestly it'd be quicker to do a quick video call so I can watch you wiggle the connector. Do you use Google Meet? I can send a link to whatever email you like. Otherwise we can keep going here but it'll take longer.",
          ["quick video call", "Google Meet", "send a link to whatever email you like"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails(
    "Goedemiddag, de storingscode wijst op de bobine van cilinder 3. Vaak gaat de bougie dan ook mee. De offerte van de garage komt nog, maar ik mail u zelf ook even een overzicht met prijzen zonder de platformkosten. Laat maar weten.",
    () =>
      expect(
        caughtBy(
          "Goedemiddag, de storingscode wijst op de bobine van cilinder 3. Vaak gaat de bougie dan ook mee. De offerte van de garage komt nog, maar ik mail u zelf ook even een overzicht met prijzen zonder de platformkosten. Laat maar weten.",
          ["ik mail u zelf ook even een overzicht"],
        ),
      ).toBe(true),
  );
  // not flagged
  it.fails("envoie moi un texto quand t'es devant le garage", () => expect(caughtBy("envoie moi un texto quand t'es devant le garage", ["envoie moi un texto"])).toBe(true));
  it("Howzit, just send a please-call-me and I'll phone you now now", () =>
    expect(caughtBy("Howzit, just send a please-call-me and I'll phone you now now", ["send a please-call-me", "phone you now now"])).toBe(true));
  it("Appelez-moi au garage directement, on en parlera de vive voix", () =>
    expect(caughtBy("Appelez-moi au garage directement, on en parlera de vive voix", ["Appelez-moi au garage directement"])).toBe(true));
  it("I've sent you a friend request on Facebook, easier to chat there about the resto", () =>
    expect(caughtBy("I've sent you a friend request on Facebook, easier to chat there about the resto", ["sent you a friend request on Facebook", "chat there"])).toBe(true));
  it("can u skype me the footage instead", () => expect(caughtBy("can u skype me the footage instead", ["skype me"])).toBe(true));
  it("i'll send a letter with the warranty forms, ur address from the booking ok?", () =>
    expect(caughtBy("i'll send a letter with the warranty forms, ur address from the booking ok?", ["send a letter with the warranty forms", "ur address from the booking"])).toBe(true));
  it("kalemni 3al whatsapp ya ba4a, a7san", () => expect(caughtBy("kalemni 3al whatsapp ya ba4a, a7san", ["kalemni 3al whatsapp"])).toBe(true));
  // not flagged
  it.fails("Reply to the text I just sent you, that's my personal one", () =>
    expect(caughtBy("Reply to the text I just sent you, that's my personal one", ["Reply to the text I just sent you"])).toBe(true),
  );
  it("hit me up on snap, same username as here", () => expect(caughtBy("hit me up on snap, same username as here", ["hit me up on snap", "same username as here"])).toBe(true));
  // not flagged
  it.fails("Manda um SMS quando estiver a caminho, por favor", () => expect(caughtBy("Manda um SMS quando estiver a caminho, por favor", ["Manda um SMS"])).toBe(true));
  it("Sentiamoci su WhatsApp che facciamo prima", () => expect(caughtBy("Sentiamoci su WhatsApp che facciamo prima", ["Sentiamoci su WhatsApp"])).toBe(true));
  it("Let's talk on iMessage, green bubbles are fine too lol", () => expect(caughtBy("Let's talk on iMessage, green bubbles are fine too lol", ["talk on iMessage"])).toBe(true));
  it("we can carry on via Messenger, I'm the only Tunde Bakare in Ikeja on FB", () =>
    expect(caughtBy("we can carry on via Messenger, I'm the only Tunde Bakare in Ikeja on FB", ["carry on via Messenger", "Tunde Bakare in Ikeja on FB"])).toBe(true));
  // flagged as OFF_PLATFORM_REQUEST but "rather not go through the app" readable
  it.fails(
    "Righto, the CV boot's split and it's flung grease everywhere, so the joint's probably cactus too. I can do both for about 380 but I'd rather not go through the app for it. Chuck us a text after five and we'll sort a day. Cheers",
    () =>
      expect(
        caughtBy(
          "Righto, the CV boot's split and it's flung grease everywhere, so the joint's probably cactus too. I can do both for about 380 but I'd rather not go through the app for it. Chuck us a text after five and we'll sort a day. Cheers",
          ["rather not go through the app", "Chuck us a text after five"],
        ),
      ).toBe(true),
  );
  it("App me maar even, dan stuur ik de offerte", () => expect(caughtBy("App me maar even, dan stuur ik de offerte", ["App me maar even"])).toBe(true));
  it("Oi just viber me, the chat here is laggy as", () => expect(caughtBy("Oi just viber me, the chat here is laggy as", ["viber me"])).toBe(true));
  it("Can you send the service book pics over WeChat? I'm on there as the shop name", () =>
    expect(caughtBy("Can you send the service book pics over WeChat? I'm on there as the shop name", ["send the service book pics over WeChat", "on there as the shop name"])).toBe(true));
  it("Ping me on Signal for the final price, don't want the platform fee on it", () =>
    expect(caughtBy("Ping me on Signal for the final price, don't want the platform fee on it", ["Ping me on Signal"])).toBe(true));
  it("Me chama no zap que eu te mando o orçamento certinho", () => expect(caughtBy("Me chama no zap que eu te mando o orçamento certinho", ["Me chama no zap"])).toBe(true));
  it("My number's the one on the sticker on the windscreen, give us a bell", () =>
    expect(caughtBy("My number's the one on the sticker on the windscreen, give us a bell", ["the one on the sticker on the windscreen", "give us a bell"])).toBe(true));
  // not flagged
  it.fails("Pagi pak, hasil scan sudah saya cek. Ada masalah di sensor O2 bagian depan. Biar lebih jelas nanti saya video call lewat WA aja ya, sekalian saya tunjukin letaknya. Sore ini bisa?", () =>
    expect(
      caughtBy("Pagi pak, hasil scan sudah saya cek. Ada masalah di sensor O2 bagian depan. Biar lebih jelas nanti saya video call lewat WA aja ya, sekalian saya tunjukin letaknya. Sore ini bisa?", [
        "video call lewat WA",
      ]),
    ).toBe(true),
  );
  it("Sir please whatsapp the RC copy and insurance, then only I can start the claim process", () =>
    expect(caughtBy("Sir please whatsapp the RC copy and insurance, then only I can start the claim process", ["whatsapp the RC copy"])).toBe(true));
  // not flagged
  it.fails("i've added you on LinkedIn, accept and we'll talk there", () =>
    expect(caughtBy("i've added you on LinkedIn, accept and we'll talk there", ["added you on LinkedIn", "talk there"])).toBe(true),
  );
  it("I'd rather discuss the price by phone tbh, can you call me tonight?", () =>
    expect(caughtBy("I'd rather discuss the price by phone tbh, can you call me tonight?", ["discuss the price by phone", "call me tonight"])).toBe(true));
  // not flagged
  it.fails(
    "Boa tarde! Vi as fotos do motor e tem vazamento na junta da tampa de válvulas, nada grave. O orçamento da oficina deve chegar amanhã. Se quiser, faço uma chamada de vídeo no Instagram pra te mostrar onde olhar. Abraço.",
    () =>
      expect(
        caughtBy(
          "Boa tarde! Vi as fotos do motor e tem vazamento na junta da tampa de válvulas, nada grave. O orçamento da oficina deve chegar amanhã. Se quiser, faço uma chamada de vídeo no Instagram pra te mostrar onde olhar. Abraço.",
          ["chamada de vídeo no Instagram"],
        ),
      ).toBe(true),
  );
  it("You can reach our front desk directly by phone, it's on Google under Hillcrest Auto Works", () =>
    expect(
      caughtBy("You can reach our front desk directly by phone, it's on Google under Hillcrest Auto Works", ["reach our front desk directly by phone", "on Google under Hillcrest Auto Works"]),
    ).toBe(true));
  // not flagged
  it.fails(
    "Sir, diagnosis done. AC compressor clutch is not engaging, relay is ok. Workshop quote will be around 14k with gas refill. Kindly share your mail id, I will send the detailed estimate directly to you.",
    () =>
      expect(
        caughtBy(
          "Sir, diagnosis done. AC compressor clutch is not engaging, relay is ok. Workshop quote will be around 14k with gas refill. Kindly share your mail id, I will send the detailed estimate directly to you.",
          ["share your mail id", "send the detailed estimate directly to you"],
        ),
      ).toBe(true),
  );
});
