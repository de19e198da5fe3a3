// Round 31, in-person visits (issue 13, kind OFF_PLATFORM_DEAL): a visit or a meeting proposed outside the booking: the
// mechanic coming to the customer's home or drive off duty or for cash, the customer asking the mechanic out with the app's
// screen shunned, the sender's workplace as the place to find them, a job offered at a public place or an event, and
// visits and meetings abroad (Spanish, Portuguese, French, German, Italian, Polish, Turkish, Indonesian/Malay, Tagalog,
// romanised Hindi, Dutch, Arabic, Vietnamese, Afrikaans). Written for this branch's in-person-visits.ts and
// private-visits.ts; probed with the application's options (rules + trained stage). `it.fails` (with why) where the
// branch is wrong.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("round 31 in-person visits: attacks", () => {
  it("Can I pop over to yours after work and sort it? cash is fine", () => expect(flaggedBy("Can I pop over to yours after work and sort it? cash is fine")).toBe(true));
  it("I live 5 minutes from you, I can nip round after work and sort it", () => expect(flaggedBy("I live 5 minutes from you, I can nip round after work and sort it")).toBe(true));
  it("I'll run over after my shift and have a look at it, you're only round the corner from me", () =>
    expect(flaggedBy("I'll run over after my shift and have a look at it, you're only round the corner from me")).toBe(true));
  it("I do mobile work on the side, I can come to yours this weekend", () => expect(flaggedBy("I do mobile work on the side, I can come to yours this weekend")).toBe(true));
  it("Can you come to mine after work instead? I'll pay cash", () => expect(flaggedBy("Can you come to mine after work instead? I'll pay cash")).toBe(true));
  it("Mechanic here, I'm free Sunday, I'll come over to your place and do it cheaper than the workshop", () =>
    expect(flaggedBy("Mechanic here, I'm free Sunday, I'll come over to your place and do it cheaper than the workshop")).toBe(true));
  it("Rather than booking, could you just come round to mine and I'll pay you direct?", () =>
    expect(flaggedBy("Rather than booking, could you just come round to mine and I'll pay you direct?")).toBe(true));
  it("I could come to your house Saturday and do it for less", () => expect(flaggedBy("I could come to your house Saturday and do it for less")).toBe(true));
  it("I can pop over after my shift if you're local", () => expect(flaggedBy("I can pop over after my shift if you're local")).toBe(true));
  it("im in ur area tuesday anyway, ill drop by and do it on your drive", () => expect(flaggedBy("im in ur area tuesday anyway, ill drop by and do it on your drive")).toBe(true));
  it("i'll swing past yours after work and do the plugs in your driveway", () => expect(flaggedBy("i'll swing past yours after work and do the plugs in your driveway")).toBe(true));
  it("I'll be in your area tmrw doing a brake job, I can stop by", () => expect(flaggedBy("I'll be in your area tmrw doing a brake job, I can stop by")).toBe(true));
  it("I could swing by yours on Saturday and sort it for cash, no need for the booking", () =>
    expect(flaggedBy("I could swing by yours on Saturday and sort it for cash, no need for the booking")).toBe(true));
  it("we can come out to you after hours, cash in hand", () => expect(flaggedBy("we can come out to you after hours, cash in hand")).toBe(true));
  it("I'll nip round to yours on my day off and have a look at it", () => expect(flaggedBy("I'll nip round to yours on my day off and have a look at it")).toBe(true));
  it("I can call round to your place after I knock off, bring cash", () => expect(flaggedBy("I can call round to your place after I knock off, bring cash")).toBe(true));
  it("I'm happy to come over to your house at the weekend, off the books", () => expect(flaggedBy("I'm happy to come over to your house at the weekend, off the books")).toBe(true));
  it("If you're local I can stop by on my way home and check it over", () => expect(flaggedBy("If you're local I can stop by on my way home and check it over")).toBe(true));
  it("we could swing by your work on my lunch break and check it in the car park", () => expect(flaggedBy("we could swing by your work on my lunch break and check it in the car park")).toBe(true));
  it("I could even come out to you on my day off and do the brakes, mates rates", () => expect(flaggedBy("I could even come out to you on my day off and do the brakes, mates rates")).toBe(true));
  it("could you come to the house? I'd really rather somebody look at it properly in person than on this little screen", () =>
    expect(flaggedBy("could you come to the house? I'd really rather somebody look at it properly in person than on this little screen")).toBe(true));
  it("can you come round tonight and have a look in person? it's quicker than all this video stuff", () =>
    expect(flaggedBy("can you come round tonight and have a look in person? it's quicker than all this video stuff")).toBe(true));
  it("can u pop over tmrw and have a look? rather than doing this video call thing", () =>
    expect(flaggedBy("can u pop over tmrw and have a look? rather than doing this video call thing")).toBe(true));
  it("Could you come over and look at it in person rather than through this app? I'll pay you in cash", () =>
    expect(flaggedBy("Could you come over and look at it in person rather than through this app? I'll pay you in cash")).toBe(true));
  it("would u be able to come round tonight? I'll pay cash, don't want to book", () => expect(flaggedBy("would u be able to come round tonight? I'll pay cash, don't want to book")).toBe(true));
  it("Good morning. Further to our conversation, the proprietor is willing to inspect the vehicle personally at your premises this evening, outside of the booking, should that be convenient.", () =>
    expect(
      flaggedBy(
        "Good morning. Further to our conversation, the proprietor is willing to inspect the vehicle personally at your premises this evening, outside of the booking, should that be convenient.",
      ),
    ).toBe(true));
  it("i work at the kmart in the mall, come by the service desk tmrw and ask for me", () =>
    expect(flaggedBy("i work at the kmart in the mall, come by the service desk tmrw and ask for me")).toBe(true));
  it("I'm working at the Shell on the high street all week, drop by and ask for me", () =>
    expect(flaggedBy("I'm working at the Shell on the high street all week, drop by and ask for me")).toBe(true));
  it("swing by Carter's Tire in Bozeman at lunch, I'm off the clock then and can check it", () =>
    expect(flaggedBy("swing by Carter's Tire in Bozeman at lunch, I'm off the clock then and can check it")).toBe(true));
  it("swing by the Z station in Te Kuiti thursday, I'll have a look under the bonnet and we'll sort it", () =>
    expect(flaggedBy("swing by the Z station in Te Kuiti thursday, I'll have a look under the bonnet and we'll sort it")).toBe(true));
  it("come to the cars and coffee saturday at Ridgedale, I'll look at it there no charge", () =>
    expect(flaggedBy("come to the cars and coffee saturday at Ridgedale, I'll look at it there no charge")).toBe(true));
  it("come to Liberty Market parking, the Gulberg one, I'll check the car there only", () =>
    expect(flaggedBy("come to Liberty Market parking, the Gulberg one, I'll check the car there only")).toBe(true));
  it("come by the car show at the showground Sunday, I'll look at it there", () => expect(flaggedBy("come by the car show at the showground Sunday, I'll look at it there")).toBe(true));
  it("bring it to my shed this arvo, its behind the footy oval, you cant miss it", () => expect(flaggedBy("bring it to my shed this arvo, its behind the footy oval, you cant miss it")).toBe(true));
  it("Come to my compound on Saturday morning, I will check am for you myself", () => expect(flaggedBy("Come to my compound on Saturday morning, I will check am for you myself")).toBe(true));
  it("Paso por tu casa después del trabajo y te lo reviso, en efectivo", () => expect(flaggedBy("Paso por tu casa después del trabajo y te lo reviso, en efectivo")).toBe(true));
  it("¿Puedes venir a mi casa? Te pago en efectivo, sin la app", () => expect(flaggedBy("¿Puedes venir a mi casa? Te pago en efectivo, sin la app")).toBe(true));
  it("Passo aí na sua casa depois do expediente, pagamento em dinheiro", () => expect(flaggedBy("Passo aí na sua casa depois do expediente, pagamento em dinheiro")).toBe(true));
  it("Je peux passer à votre domicile après le boulot, en liquide", () => expect(flaggedBy("Je peux passer à votre domicile après le boulot, en liquide")).toBe(true));
  it("Je passe chez vous ce soir, au black, sans passer par l'appli", () => expect(flaggedBy("Je passe chez vous ce soir, au black, sans passer par l'appli")).toBe(true));
  it("Ich komme nach Feierabend zu dir nach Hause, bar auf die Hand", () => expect(flaggedBy("Ich komme nach Feierabend zu dir nach Hause, bar auf die Hand")).toBe(true));
  it("Ich komme morgen bei dir vorbei, ohne die App und ohne Rechnung", () => expect(flaggedBy("Ich komme morgen bei dir vorbei, ohne die App und ohne Rechnung")).toBe(true));
  it("Passo a casa tua dopo il lavoro, mi paghi in contanti", () => expect(flaggedBy("Passo a casa tua dopo il lavoro, mi paghi in contanti")).toBe(true));
  it("Wpadnę do ciebie do domu po pracy, za gotówkę", () => expect(flaggedBy("Wpadnę do ciebie do domu po pracy, za gotówkę")).toBe(true));
  it("İşten sonra evine uğrarım, nakit ödersin", () => expect(flaggedBy("İşten sonra evine uğrarım, nakit ödersin")).toBe(true));
  it("Saya mampir ke rumah bapak pulang kerja, bayar tunai saja", () => expect(flaggedBy("Saya mampir ke rumah bapak pulang kerja, bayar tunai saja")).toBe(true));
  it("Dadaan ako sa bahay mo pagkatapos ng trabaho, cash na lang", () => expect(flaggedBy("Dadaan ako sa bahay mo pagkatapos ng trabaho, cash na lang")).toBe(true));
  it("Main aapke ghar aa jaunga duty ke baad, cash de dena", () => expect(flaggedBy("Main aapke ghar aa jaunga duty ke baad, cash de dena")).toBe(true));
  it("Ik kom na mijn werk bij je thuis langs, contant betalen", () => expect(flaggedBy("Ik kom na mijn werk bij je thuis langs, contant betalen")).toBe(true));
  it("Tôi qua nhà anh sau giờ làm, trả tiền mặt nhé", () => expect(flaggedBy("Tôi qua nhà anh sau giờ làm, trả tiền mặt nhé")).toBe(true));
  it("ketemuan di parkiran Alfamart Jl. Ahmad Yani aja pak, besok jam 4", () => expect(flaggedBy("ketemuan di parkiran Alfamart Jl. Ahmad Yani aja pak, besok jam 4")).toBe(true));
  it("kita nalang tayo sa Jollibee Cubao bukas ng tanghali, dala ko na yung piyesa", () =>
    expect(flaggedBy("kita nalang tayo sa Jollibee Cubao bukas ng tanghali, dala ko na yung piyesa")).toBe(true));
  it("Ons kry mekaar by die Wimpy in Paarl Sondag, dan kyk ek na die bakkie", () => expect(flaggedBy("Ons kry mekaar by die Wimpy in Paarl Sondag, dan kyk ek na die bakkie")).toBe(true));
  it("ons kan by die Wimpy in Bellville ontmoet môre om 10", () => expect(flaggedBy("ons kan by die Wimpy in Bellville ontmoet môre om 10")).toBe(true));
  it("Rendez-vous au stationnement du Costco de Boucherville, 18h", () => expect(flaggedBy("Rendez-vous au stationnement du Costco de Boucherville, 18h")).toBe(true));
  it("te encontro no estacionamento do Carrefour amanhã às 5", () => expect(flaggedBy("te encontro no estacionamento do Carrefour amanhã às 5")).toBe(true));
  it("lass uns morgen um 18 Uhr auf dem Parkplatz vom Kaufland treffen", () => expect(flaggedBy("lass uns morgen um 18 Uhr auf dem Parkplatz vom Kaufland treffen")).toBe(true));
  it("ci vediamo al parcheggio dell'Esselunga domani alle 6", () => expect(flaggedBy("ci vediamo al parcheggio dell'Esselunga domani alle 6")).toBe(true));
  it("we zien elkaar op de parkeerplaats van de Jumbo morgen om 5", () => expect(flaggedBy("we zien elkaar op de parkeerplaats van de Jumbo morgen om 5")).toBe(true));
  // caught since round 34 (in-person-visits.ts: the app given up on as too hard is the reason against the booking)
  it("Would you be able to come out to the house? I can't drive it and I don't understand the app's towing thing.", () =>
    expect(flaggedBy("Would you be able to come out to the house? I can't drive it and I don't understand the app's towing thing.")).toBe(true));
  // missed: 'size gelirim' (I come to you) is the customer's visit to the workshop as often, so it needs the app left out
  it.fails("Mesaiden sonra size gelebilirim, ödeme nakit", () => expect(flaggedBy("Mesaiden sonra size gelebilirim, ödeme nakit")).toBe(true));
});

describe("round 31 in-person visits: innocents", () => {
  it("come to the track day Sunday, I'll have a look at your lap times", () => expect(flaggedBy("come to the track day Sunday, I'll have a look at your lap times")).toBe(false));
  it("head down to the station tomorrow, I'll check the train times", () => expect(flaggedBy("head down to the station tomorrow, I'll check the train times")).toBe(false));
  it("I'll drop by your work after my shift to grab the keys", () => expect(flaggedBy("I'll drop by your work after my shift to grab the keys")).toBe(false));
  it("ketemu di pom bensin besok jam 9, mobil derek akan jemput di sana", () => expect(flaggedBy("ketemu di pom bensin besok jam 9, mobil derek akan jemput di sana")).toBe(false));
  it("Can I pop over to the workshop after work to see the car?", () => expect(flaggedBy("Can I pop over to the workshop after work to see the car?")).toBe(false));
  it("I'd never come round to yours for cash", () => expect(flaggedBy("I'd never come round to yours for cash")).toBe(false));
  it("I'm not allowed to pop over to a customer's house after my shift", () => expect(flaggedBy("I'm not allowed to pop over to a customer's house after my shift")).toBe(false));
  it("I live 5 minutes from you, I'll pop over after work to collect it", () => expect(flaggedBy("I live 5 minutes from you, I'll pop over after work to collect it")).toBe(false));
  it("I'm just round the corner from you, I'll swing by after work to pick it up", () => expect(flaggedBy("I'm just round the corner from you, I'll swing by after work to pick it up")).toBe(false));
  it("I'll come to your workshop after work, is it cheaper than the dealer?", () => expect(flaggedBy("I'll come to your workshop after work, is it cheaper than the dealer?")).toBe(false));
  it("I'll pop round to yours after work to drop off the spare key, I live near you", () =>
    expect(flaggedBy("I'll pop round to yours after work to drop off the spare key, I live near you")).toBe(false));
  it("I'll swing by after work to pick it up", () => expect(flaggedBy("I'll swing by after work to pick it up")).toBe(false));
  it("I'll pop in after work to collect the car from your shop", () => expect(flaggedBy("I'll pop in after work to collect the car from your shop")).toBe(false));
  it("I'll come to yours at 10 for the booked service and do the plugs on the drive", () =>
    expect(flaggedBy("I'll come to yours at 10 for the booked service and do the plugs on the drive")).toBe(false));
  it("The mobile mechanic will come to your house at 9 as booked", () => expect(flaggedBy("The mobile mechanic will come to your house at 9 as booked")).toBe(false));
  it("we'll pop over to your place at 2 as per the booking", () => expect(flaggedBy("we'll pop over to your place at 2 as per the booking")).toBe(false));
  it("I'll come out to you at 10, it's booked in the app as a mobile service", () => expect(flaggedBy("I'll come out to you at 10, it's booked in the app as a mobile service")).toBe(false));
  it("my neighbour came over after work and had a look, he reckons it's the alternator", () =>
    expect(flaggedBy("my neighbour came over after work and had a look, he reckons it's the alternator")).toBe(false));
  it("he said he'd swing by after work and look at it for cash, I said no", () => expect(flaggedBy("he said he'd swing by after work and look at it for cash, I said no")).toBe(false));
  it("my dad popped over after work to look at it but couldn't find anything", () => expect(flaggedBy("my dad popped over after work to look at it but couldn't find anything")).toBe(false));
  it("Last week I popped over to my mate's after work and we did the pads", () => expect(flaggedBy("Last week I popped over to my mate's after work and we did the pads")).toBe(false));
  it("I can't pop over after my shift, sorry, please book through the app", () => expect(flaggedBy("I can't pop over after my shift, sorry, please book through the app")).toBe(false));
  it("sorry I can't come round to yours after my shift, please book the mobile service in the app", () =>
    expect(flaggedBy("sorry I can't come round to yours after my shift, please book the mobile service in the app")).toBe(false));
  it("I won't come to your house for cash, book it through the app please", () => expect(flaggedBy("I won't come to your house for cash, book it through the app please")).toBe(false));
  it("I'd rather not meet outside the app", () => expect(flaggedBy("I'd rather not meet outside the app")).toBe(false));
  it("Do you do home visits or do I have to bring it in?", () => expect(flaggedBy("Do you do home visits or do I have to bring it in?")).toBe(false));
  it("Can you come out to the house, or do I need to book the mobile service in the app?", () =>
    expect(flaggedBy("Can you come out to the house, or do I need to book the mobile service in the app?")).toBe(false));
  it("Can you come to my house? I'm not sure if the app does home visits", () => expect(flaggedBy("Can you come to my house? I'm not sure if the app does home visits")).toBe(false));
  it("Could you come out to the house? The app says mobile service is available in my area", () =>
    expect(flaggedBy("Could you come out to the house? The app says mobile service is available in my area")).toBe(false));
  it("can you come round tonight? the car won't start and I've booked the callout in the app", () =>
    expect(flaggedBy("can you come round tonight? the car won't start and I've booked the callout in the app")).toBe(false));
  it("Could you come and check it in person at the booked appointment instead of the video call?", () =>
    expect(flaggedBy("Could you come and check it in person at the booked appointment instead of the video call?")).toBe(false));
  it("I'd prefer you look at it in person than on this little screen, so I booked a workshop visit through the app", () =>
    expect(flaggedBy("I'd prefer you look at it in person than on this little screen, so I booked a workshop visit through the app")).toBe(false));
  it("The tow truck driver will meet you at the car park at 4", () => expect(flaggedBy("The tow truck driver will meet you at the car park at 4")).toBe(false));
  it("the tow driver said let's meet at the Walmart car park at 5", () => expect(flaggedBy("the tow driver said let's meet at the Walmart car park at 5")).toBe(false));
  it("the tow driver will meet you at the Tesco car park tomorrow at 10 and bring it to the workshop", () =>
    expect(flaggedBy("the tow driver will meet you at the Tesco car park tomorrow at 10 and bring it to the workshop")).toBe(false));
  it("I work at the hospital so I'll drop the car at your shop before my shift", () => expect(flaggedBy("I work at the hospital so I'll drop the car at your shop before my shift")).toBe(false));
  it("I work in the city, come by the shop at 9 for your booking and ask for Dave", () => expect(flaggedBy("I work in the city, come by the shop at 9 for your booking and ask for Dave")).toBe(false));
  it("Please come by the workshop tomorrow at 9 and ask for me at reception", () => expect(flaggedBy("Please come by the workshop tomorrow at 9 and ask for me at reception")).toBe(false));
  it("I'll come over to the garage after work, is that ok?", () => expect(flaggedBy("I'll come over to the garage after work, is that ok?")).toBe(false));
  it("I can drop by the shop after work on Tuesday to drop the keys off", () => expect(flaggedBy("I can drop by the shop after work on Tuesday to drop the keys off")).toBe(false));
  it("I'll stop by after work and pay at the counter", () => expect(flaggedBy("I'll stop by after work and pay at the counter")).toBe(false));
  it("I'll pop over after my shift and have a look at the quote with you", () => expect(flaggedBy("I'll pop over after my shift and have a look at the quote with you")).toBe(false));
  it("I'll swing by after work, I'm only five minutes from you", () => expect(flaggedBy("I'll swing by after work, I'm only five minutes from you")).toBe(false));
  it("I'll come over to you after work to drop off the spare key", () => expect(flaggedBy("I'll come over to you after work to drop off the spare key")).toBe(false));
  it("If you're local, the workshop is on the high street, just bring it in at 9", () => expect(flaggedBy("If you're local, the workshop is on the high street, just bring it in at 9")).toBe(false));
  it("swing by the shop at lunch, I'm on the desk then and can check your booking", () => expect(flaggedBy("swing by the shop at lunch, I'm on the desk then and can check your booking")).toBe(false));
  it("come to the shop at 9 and I'll have a look", () => expect(flaggedBy("come to the shop at 9 and I'll have a look")).toBe(false));
  it("I'll bring it to my house tonight and you can pick it up from the workshop tomorrow", () =>
    expect(flaggedBy("I'll bring it to my house tonight and you can pick it up from the workshop tomorrow")).toBe(false));
  it("pop to the petrol station and fill up first, I'll have a look when you get here", () =>
    expect(flaggedBy("pop to the petrol station and fill up first, I'll have a look when you get here")).toBe(false));
  it("I took it to my mate's shed last night and we checked the plugs", () => expect(flaggedBy("I took it to my mate's shed last night and we checked the plugs")).toBe(false));
  it("Paso por el taller después del trabajo para recoger el coche", () => expect(flaggedBy("Paso por el taller después del trabajo para recoger el coche")).toBe(false));
  it("Je passe chez vous après le boulot pour récupérer la voiture", () => expect(flaggedBy("Je passe chez vous après le boulot pour récupérer la voiture")).toBe(false));
  it("Ich komme nach Feierabend bei Ihnen vorbei und hole das Auto ab", () => expect(flaggedBy("Ich komme nach Feierabend bei Ihnen vorbei und hole das Auto ab")).toBe(false));
  it("Passo da te dopo il lavoro a ritirare la macchina", () => expect(flaggedBy("Passo da te dopo il lavoro a ritirare la macchina")).toBe(false));
  it("Wpadnę do pana po pracy odebrać auto", () => expect(flaggedBy("Wpadnę do pana po pracy odebrać auto")).toBe(false));
  it("Mesaiden sonra size uğrarım, arabayı alırım", () => expect(flaggedBy("Mesaiden sonra size uğrarım, arabayı alırım")).toBe(false));
  it("Ik kom na mijn werk bij u langs om de auto op te halen", () => expect(flaggedBy("Ik kom na mijn werk bij u langs om de auto op te halen")).toBe(false));
  it("ketemu di sana besok jam 9 ya pak", () => expect(flaggedBy("ketemu di sana besok jam 9 ya pak")).toBe(false));
  it("ketemu di bengkel besok jam 10 ya, sesuai jadwal di aplikasi", () => expect(flaggedBy("ketemu di bengkel besok jam 10 ya, sesuai jadwal di aplikasi")).toBe(false));
  it("kita tayo sa talyer bukas ng umaga", () => expect(flaggedBy("kita tayo sa talyer bukas ng umaga")).toBe(false));
  it("Ons kry mekaar by die werkswinkel more om 9", () => expect(flaggedBy("Ons kry mekaar by die werkswinkel more om 9")).toBe(false));
  it("Rendez-vous au garage demain à 9h comme prévu dans l'appli", () => expect(flaggedBy("Rendez-vous au garage demain à 9h comme prévu dans l'appli")).toBe(false));
  it("Rendez-vous au Centre Auto Norauto demain 10h pour le contrôle", () => expect(flaggedBy("Rendez-vous au Centre Auto Norauto demain 10h pour le contrôle")).toBe(false));
  it("treffen wir uns morgen um 9 am Parkplatz der Werkstatt", () => expect(flaggedBy("treffen wir uns morgen um 9 am Parkplatz der Werkstatt")).toBe(false));
  it("ci vediamo al parcheggio dell'officina domani alle 9", () => expect(flaggedBy("ci vediamo al parcheggio dell'officina domani alle 9")).toBe(false));
  it("We can come out to you if you're local, just book the mobile option", () => expect(flaggedBy("We can come out to you if you're local, just book the mobile option")).toBe(false));
  it("we could come out to you after hours if you book the after-hours mobile slot", () =>
    expect(flaggedBy("we could come out to you after hours if you book the after-hours mobile slot")).toBe(false));
  it("I'll be in your area tomorrow anyway, I can pop round to yours at 11 instead of 2", () =>
    expect(flaggedBy("I'll be in your area tomorrow anyway, I can pop round to yours at 11 instead of 2")).toBe(false));
  it("can you come round and look at it in person? easier than over the phone", () => expect(flaggedBy("can you come round and look at it in person? easier than over the phone")).toBe(false));
  it("I'm working at the front desk today, come by and ask for me", () => expect(flaggedBy("I'm working at the front desk today, come by and ask for me")).toBe(false));
  it("I work at Tesco, come by the customer service desk and ask for me when you drop the car back", () =>
    expect(flaggedBy("I work at Tesco, come by the customer service desk and ask for me when you drop the car back")).toBe(false));
  it("Once it's done, bring it back to my drive tonight, I'll be in after 6", () => expect(flaggedBy("Once it's done, bring it back to my drive tonight, I'll be in after 6")).toBe(false));
  it("he told me to come to the car show Sunday and he'll look at it there", () => expect(flaggedBy("he told me to come to the car show Sunday and he'll look at it there")).toBe(false));
  it("I went to the cars and coffee on Saturday and a guy had a look at it there", () => expect(flaggedBy("I went to the cars and coffee on Saturday and a guy had a look at it there")).toBe(false));
  it("I'd rather you come out to the house than me drive it in, can I book that here?", () =>
    expect(flaggedBy("I'd rather you come out to the house than me drive it in, can I book that here?")).toBe(false));
  it("I used to pop over to my customers' houses after work for cash, not anymore, it's all through the app now", () =>
    expect(flaggedBy("I used to pop over to my customers' houses after work for cash, not anymore, it's all through the app now")).toBe(false));
  // flagged by phrases.ts's older 'we can come out to you' rule: a mobile visit offered with no deal beside it
  it.fails("If you're local we can come out to you, it's the same price as the workshop", () =>
    expect(flaggedBy("If you're local we can come out to you, it's the same price as the workshop")).toBe(false),
  );
  // flagged by phrases.ts's older cash rule ('en efectivo'): the customer paying at the booked workshop
  it.fails("Paso por el taller después del trabajo y pago en efectivo allí", () => expect(flaggedBy("Paso por el taller después del trabajo y pago en efectivo allí")).toBe(false));
});
