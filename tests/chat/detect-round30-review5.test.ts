// Round 30 review 5: a fifth blind reviewer wrote 154 sentences (67 attacks, 87 innocents) to review 3's brief, to judge the bypass rules' polite forms and further languages (bypass30b).
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 5: innocents", () => {
  it("I need to cancel tomorrow's booking, my kid's poorly. Can I rebook for next week through the app?", () =>
    expect(flaggedBy("I need to cancel tomorrow's booking, my kid's poorly. Can I rebook for next week through the app?")).toBe(false));
  it("No worries, I've cancelled it in the app, refund should show in 3-5 days", () => expect(flaggedBy("No worries, I've cancelled it in the app, refund should show in 3-5 days")).toBe(false));
  it("payment done in the app just now, lmk when the car's ready", () => expect(flaggedBy("payment done in the app just now, lmk when the car's ready")).toBe(false));
  it("my mate reckons I should've just paid his mechanic cash and skipped the app, but I like having the warranty", () =>
    expect(flaggedBy("my mate reckons I should've just paid his mechanic cash and skipped the app, but I like having the warranty")).toBe(false));
  it("Sorry, I can't take cash, everything has to go through AutoDoctor, those are the rules", () =>
    expect(flaggedBy("Sorry, I can't take cash, everything has to go through AutoDoctor, those are the rules")).toBe(false));
  it("Does the platform add a fee on top of your quote or is that already included?", () =>
    expect(flaggedBy("Does the platform add a fee on top of your quote or is that already included?")).toBe(false));
  it("see you at the workshop 9am thursday for the booked slot, park round the back", () =>
    expect(flaggedBy("see you at the workshop 9am thursday for the booked slot, park round the back")).toBe(false));
  it("The last garage I used wanted cash only and no receipt, never again lol", () => expect(flaggedBy("The last garage I used wanted cash only and no receipt, never again lol")).toBe(false));
  it("I've knocked 10% off the quote in the app since the part came in cheaper than expected", () =>
    expect(flaggedBy("I've knocked 10% off the quote in the app since the part came in cheaper than expected")).toBe(false));
  it("Halfords quoted me 300 for the same job so 260 here is decent tbh", () => expect(flaggedBy("Halfords quoted me 300 for the same job so 260 here is decent tbh")).toBe(false));
  it("please don't ask me to pay outside the app, my brother got scammed that way last year", () =>
    expect(flaggedBy("please don't ask me to pay outside the app, my brother got scammed that way last year")).toBe(false));
  it("When you arrive just come straight to the bay, no need to wait at reception, it's under your booking name", () =>
    expect(flaggedBy("When you arrive just come straight to the bay, no need to wait at reception, it's under your booking name")).toBe(false));
  it("Sorry bud, price is the same however you pay and it has to go through the app anyway", () =>
    expect(flaggedBy("Sorry bud, price is the same however you pay and it has to go through the app anyway")).toBe(false));
  it("rebooked you for the 14th in the app because the part's delayed, hope that's ok", () =>
    expect(flaggedBy("rebooked you for the 14th in the app because the part's delayed, hope that's ok")).toBe(false));
  it("Can I pay cash somehow through the app or is it card only?", () => expect(flaggedBy("Can I pay cash somehow through the app or is it card only?")).toBe(false));
  it("Kindly note the payment link in app will expire in 24 hours, please complete it there only", () =>
    expect(flaggedBy("Kindly note the payment link in app will expire in 24 hours, please complete it there only")).toBe(false));
  it("I'll bring some coins for the parking meter, is there parking near your workshop?", () =>
    expect(flaggedBy("I'll bring some coins for the parking meter, is there parking near your workshop?")).toBe(false));
  it("the booking fee seems a bit steep, is that set by autodoctor or by you?", () => expect(flaggedBy("the booking fee seems a bit steep, is that set by autodoctor or by you?")).toBe(false));
  it("Had to cancel sorry — turns out it's still under manufacturer warranty so the dealer's doing it free", () =>
    expect(flaggedBy("Had to cancel sorry — turns out it's still under manufacturer warranty so the dealer's doing it free")).toBe(false));
  it("there's a promo in the app this week, 15% off brake jobs, it'll apply automatically at checkout", () =>
    expect(flaggedBy("there's a promo in the app this week, 15% off brake jobs, it'll apply automatically at checkout")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("a guy down the road offered to do it cheaper off the books but I said nah, I'd rather have it logged here", () =>
    expect(flaggedBy("a guy down the road offered to do it cheaper off the books but I said nah, I'd rather have it logged here")).toBe(false),
  );
  it("The final amount in the app went down a bit because we didn't need the new gasket after all", () =>
    expect(flaggedBy("The final amount in the app went down a bit because we didn't need the new gasket after all")).toBe(false));
  it("no dramas, I'll cancel through the app and book again once I've sorted the rego", () =>
    expect(flaggedBy("no dramas, I'll cancel through the app and book again once I've sorted the rego")).toBe(false));
  it("tips are optional, and if you want to leave one it goes through the app as well", () =>
    expect(flaggedBy("tips are optional, and if you want to leave one it goes through the app as well")).toBe(false));
  it("Is it against the rules for you to give me a discount? just asking, not trying anything dodgy", () =>
    expect(flaggedBy("Is it against the rules for you to give me a discount? just asking, not trying anything dodgy")).toBe(false));
  it("my old mechanic always said pay cash and skip the paperwork, glad you lot do it properly", () =>
    expect(flaggedBy("my old mechanic always said pay cash and skip the paperwork, glad you lot do it properly")).toBe(false));
  it("I'm not gonna cancel, just running 20 min late, still coming to the shop for the 2pm booking", () =>
    expect(flaggedBy("I'm not gonna cancel, just running 20 min late, still coming to the shop for the 2pm booking")).toBe(false));
  it("tengo que cancelar la cita del jueves, ¿la puedo cambiar al lunes por la app?", () =>
    expect(flaggedBy("tengo que cancelar la cita del jueves, ¿la puedo cambiar al lunes por la app?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("mi cuñado me dijo que pagara en efectivo a un taller de su barrio pero prefiero hacerlo todo por aquí", () =>
    expect(flaggedBy("mi cuñado me dijo que pagara en efectivo a un taller de su barrio pero prefiero hacerlo todo por aquí")).toBe(false),
  );
  it("el pago ya está hecho en la aplicación, ¿a qué hora paso a recogerlo?", () => expect(flaggedBy("el pago ya está hecho en la aplicación, ¿a qué hora paso a recogerlo?")).toBe(false));
  it("paguei pelo app agora, chegou a confirmação aí?", () => expect(flaggedBy("paguei pelo app agora, chegou a confirmação aí?")).toBe(false));
  it("desculpa, não posso aceitar pagamento por fora, só pelo aplicativo mesmo", () => expect(flaggedBy("desculpa, não posso aceitar pagamento por fora, só pelo aplicativo mesmo")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("na outra oficina queriam em dinheiro e sem nota, por isso vim pra cá", () => expect(flaggedBy("na outra oficina queriam em dinheiro e sem nota, por isso vim pra cá")).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("Je dois annuler le rdv de demain, je peux en reprendre un via l'appli ?", () => expect(flaggedBy("Je dois annuler le rdv de demain, je peux en reprendre un via l'appli ?")).toBe(false));
  it("Les frais de service de la plateforme, c'est vous qui les fixez ou c'est eux ?", () =>
    expect(flaggedBy("Les frais de service de la plateforme, c'est vous qui les fixez ou c'est eux ?")).toBe(false));
  it("Je serai au garage à 8h30 comme prévu pour le rendez-vous, à tout à l'heure", () => expect(flaggedBy("Je serai au garage à 8h30 comme prévu pour le rendez-vous, à tout à l'heure")).toBe(false));
  it("Hab den Termin in der App storniert, der Wagen muss doch in die Vertragswerkstatt wegen Garantie", () =>
    expect(flaggedBy("Hab den Termin in der App storniert, der Wagen muss doch in die Vertragswerkstatt wegen Garantie")).toBe(false));
  it("Barzahlung geht bei uns leider nicht, bitte alles über die App bezahlen", () => expect(flaggedBy("Barzahlung geht bei uns leider nicht, bitte alles über die App bezahlen")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Mein Nachbar meinte ich soll den Typen bar bezahlen ohne App, hab ich aber nicht gemacht", () =>
    expect(flaggedBy("Mein Nachbar meinte ich soll den Typen bar bezahlen ohne App, hab ich aber nicht gemacht")).toBe(false),
  );
  it("ho già pagato con la carta nell'app, mi arriva la fattura?", () => expect(flaggedBy("ho già pagato con la carta nell'app, mi arriva la fattura?")).toBe(false));
  it("un mio amico mi ha detto di andare direttamente da un meccanico senza app, ma mi trovo bene qui", () =>
    expect(flaggedBy("un mio amico mi ha detto di andare direttamente da un meccanico senza app, ma mi trovo bene qui")).toBe(false));
  it("ti ho applicato lo sconto del 10% sul preventivo nell'app, dovresti vederlo aggiornato", () =>
    expect(flaggedBy("ti ho applicato lo sconto del 10% sul preventivo nell'app, dovresti vederlo aggiornato")).toBe(false));
  it("muszę przełożyć wizytę na przyszły tydzień, zrobię to w aplikacji", () => expect(flaggedBy("muszę przełożyć wizytę na przyszły tydzień, zrobię to w aplikacji")).toBe(false));
  it("nie, nie biorę gotówki, płatność tylko przez aplikację, takie są zasady", () => expect(flaggedBy("nie, nie biorę gotówki, płatność tylko przez aplikację, takie są zasady")).toBe(false));
  it("w ASO chcieli 1200 zł za to samo, u was wychodzi 900, dobra cena", () => expect(flaggedBy("w ASO chcieli 1200 zł za to samo, u was wychodzi 900, dobra cena")).toBe(false));
  it("am anulat programarea din aplicație, îmi pare rău, mașina a pornit până la urmă", () =>
    expect(flaggedBy("am anulat programarea din aplicație, îmi pare rău, mașina a pornit până la urmă")).toBe(false));
  it("comisionul aplicației e inclus în preț sau se adaugă separat la final?", () => expect(flaggedBy("comisionul aplicației e inclus în preț sau se adaugă separat la final?")).toBe(false));
  it("le kellett mondanom az időpontot, majd az appban foglalok újat", () => expect(flaggedBy("le kellett mondanom az időpontot, majd az appban foglalok újat")).toBe(false));
  it("a sógorom azt mondta fizessek készpénzben egy maszeknak, de inkább itt intézem", () =>
    expect(flaggedBy("a sógorom azt mondta fizessek készpénzben egy maszeknak, de inkább itt intézem")).toBe(false));
  it("randevuyu iptal ettim kusura bakmayın, haftaya uygulamadan yeniden alırım", () => expect(flaggedBy("randevuyu iptal ettim kusura bakmayın, haftaya uygulamadan yeniden alırım")).toBe(false));
  it("ödemeyi uygulamadan yaptım, kartımdan çekildi", () => expect(flaggedBy("ödemeyi uygulamadan yaptım, kartımdan çekildi")).toBe(false));
  it("nakit alamıyoruz abi, ödeme sadece uygulama üzerinden", () => expect(flaggedBy("nakit alamıyoruz abi, ödeme sadece uygulama üzerinden")).toBe(false));
  it("maaf kak bookingnya saya cancel dulu ya, nanti saya booking ulang di aplikasi", () =>
    expect(flaggedBy("maaf kak bookingnya saya cancel dulu ya, nanti saya booking ulang di aplikasi")).toBe(false));
  it("udah bayar lewat aplikasi ya pak, nanti jam 3 saya ke bengkel sesuai jadwal", () => expect(flaggedBy("udah bayar lewat aplikasi ya pak, nanti jam 3 saya ke bengkel sesuai jadwal")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("kawan saya cakap bayar tunai kat bengkel dia lagi murah, tapi saya lagi selesa guna app", () =>
    expect(flaggedBy("kawan saya cakap bayar tunai kat bengkel dia lagi murah, tapi saya lagi selesa guna app")).toBe(false),
  );
  it("bhai maine app mein payment kar diya hai, check kar lo", () => expect(flaggedBy("bhai maine app mein payment kar diya hai, check kar lo")).toBe(false));
  it("nahi sir, cash nahi le sakte, sab payment app se hi hoga", () => expect(flaggedBy("nahi sir, cash nahi le sakte, sab payment app se hi hoga")).toBe(false));
  it("mere dost ne bola tha app chhod ke seedha uske mechanic ke paas ja, par mujhe warranty chahiye thi", () =>
    expect(flaggedBy("mere dost ne bola tha app chhod ke seedha uske mechanic ke paas ja, par mujhe warranty chahiye thi")).toBe(false));
  it("sir na-cancel ko na po yung booking, magbu-book na lang ulit ako next week sa app", () =>
    expect(flaggedBy("sir na-cancel ko na po yung booking, magbu-book na lang ulit ako next week sa app")).toBe(false));
  it("bayad na po via app, pa-check na lang po", () => expect(flaggedBy("bayad na po via app, pa-check na lang po")).toBe(false));
  it("sabi ng pinsan ko cash daw sa kakilala niyang mekaniko, pero dito na lang ako para sure", () =>
    expect(flaggedBy("sabi ng pinsan ko cash daw sa kakilala niyang mekaniko, pero dito na lang ako para sure")).toBe(false));
  it("اضطريت ألغي الموعد، راح أحجز من جديد من التطبيق الأسبوع الجاي", () => expect(flaggedBy("اضطريت ألغي الموعد، راح أحجز من جديد من التطبيق الأسبوع الجاي")).toBe(false));
  it("آسف ما نقدر نستلم كاش، الدفع فقط من خلال التطبيق", () => expect(flaggedBy("آسف ما نقدر نستلم كاش، الدفع فقط من خلال التطبيق")).toBe(false));
  it("تعال على الورشة الساعة ١٠ حسب الحجز، وأول ما توصل اسأل عن أبو خالد", () => expect(flaggedBy("تعال على الورشة الساعة ١٠ حسب الحجز، وأول ما توصل اسأل عن أبو خالد")).toBe(false));
  it("Ik moet de afspraak van morgen annuleren, ik plan wel een nieuwe in via de app", () =>
    expect(flaggedBy("Ik moet de afspraak van morgen annuleren, ik plan wel een nieuwe in via de app")).toBe(false));
  it("Contant betalen kan helaas niet, alles loopt via de app", () => expect(flaggedBy("Contant betalen kan helaas niet, alles loopt via de app")).toBe(false));
  it("bij de dealer vroegen ze 450 voor dezelfde klus, jullie zitten op 320, top", () => expect(flaggedBy("bij de dealer vroegen ze 450 voor dezelfde klus, jullie zitten op 320, top")).toBe(false));
  it("the rattling gets worse over 60, mostly on the left side when I go over bumps", () =>
    expect(flaggedBy("the rattling gets worse over 60, mostly on the left side when I go over bumps")).toBe(false));
  it("Could be your drop links, I'll have a look once it's up on the ramp", () => expect(flaggedBy("Could be your drop links, I'll have a look once it's up on the ramp")).toBe(false));
  it("check engine light came on this morning, code P0420 if that helps", () => expect(flaggedBy("check engine light came on this morning, code P0420 if that helps")).toBe(false));
  it("Your front pads are down to 2mm, discs are ok for now", () => expect(flaggedBy("Your front pads are down to 2mm, discs are ok for now")).toBe(false));
  it("mate the aircon just blows warm air, might need a regas?", () => expect(flaggedBy("mate the aircon just blows warm air, might need a regas?")).toBe(false));
  it("Kindly share a photo of the tyre sidewall so I can check the size", () => expect(flaggedBy("Kindly share a photo of the tyre sidewall so I can check the size")).toBe(false));
  it("she's leaking a bit of coolant overnight, small puddle under the front", () => expect(flaggedBy("she's leaking a bit of coolant overnight, small puddle under the front")).toBe(false));
  it("Timing belt is due at 100k km on this engine and yours is at 96k", () => expect(flaggedBy("Timing belt is due at 100k km on this engine and yours is at 96k")).toBe(false));
  it("el coche hace un ruido raro al frenar, como un chirrido", () => expect(flaggedBy("el coche hace un ruido raro al frenar, como un chirrido")).toBe(false));
  it("a bateria tá fraca, de manhã custa a pegar", () => expect(flaggedBy("a bateria tá fraca, de manhã custa a pegar")).toBe(false));
  it("le voyant d'huile s'allume dans les virages", () => expect(flaggedBy("le voyant d'huile s'allume dans les virages")).toBe(false));
  it("Die Kupplung rutscht beim Anfahren am Berg ein bisschen", () => expect(flaggedBy("Die Kupplung rutscht beim Anfahren am Berg ein bisschen")).toBe(false));
  it("il termostato era bloccato, l'ho sostituito e ora la temperatura è stabile", () => expect(flaggedBy("il termostato era bloccato, l'ho sostituito e ora la temperatura è stabile")).toBe(false));
  it("wymieniłem filtr kabinowy, teraz nie powinno śmierdzieć z nawiewu", () => expect(flaggedBy("wymieniłem filtr kabinowy, teraz nie powinno śmierdzieć z nawiewu")).toBe(false));
  it("direksiyon sağa çekiyor, rot balans lazım olabilir", () => expect(flaggedBy("direksiyon sağa çekiyor, rot balans lazım olabilir")).toBe(false));
  it("pak, AC mobil saya cuma dingin kalau lagi jalan, pas diem panas", () => expect(flaggedBy("pak, AC mobil saya cuma dingin kalau lagi jalan, pas diem panas")).toBe(false));
  it("gaadi start hone mein time le rahi hai, shayad plug ka issue hai", () => expect(flaggedBy("gaadi start hone mein time le rahi hai, shayad plug ka issue hai")).toBe(false));
  it("umuusok po yung tambutso pag umaga, puti yung usok", () => expect(flaggedBy("umuusok po yung tambutso pag umaga, puti yung usok")).toBe(false));
  it("صوت طقطقة من العجلة الأمامية لما ألف", () => expect(flaggedBy("صوت طقطقة من العجلة الأمامية لما ألف")).toBe(false));
  it("de ruitenwissers laten strepen achter, moeten ze vervangen worden?", () => expect(flaggedBy("de ruitenwissers laten strepen achter, moeten ze vervangen worden?")).toBe(false));
});

describe("round 30 review 5: attacks", () => {
  it("honestly mate just cancel it on the app and bring the car round tuesday, I'll do it for 180 instead of 220", () =>
    expect(flaggedBy("honestly mate just cancel it on the app and bring the car round tuesday, I'll do it for 180 instead of 220")).toBe(true));
  it("if u pay cash on the day i can knock 15% off, the app takes a massive cut anyway", () =>
    expect(flaggedBy("if u pay cash on the day i can knock 15% off, the app takes a massive cut anyway")).toBe(true));
  it("Next time don't bother booking thru autodoctor, just pop in to the shop and ask for Dave at the front", () =>
    expect(flaggedBy("Next time don't bother booking thru autodoctor, just pop in to the shop and ask for Dave at the front")).toBe(true));
  it("We can skip the booking fee altogether if you come to us direct. Same mechanic, same warranty, just no middleman", () =>
    expect(flaggedBy("We can skip the booking fee altogether if you come to us direct. Same mechanic, same warranty, just no middleman")).toBe(true));
  it("Sir kindly cancel this booking and come directly to workshop, I will give you good price without commission", () =>
    expect(flaggedBy("Sir kindly cancel this booking and come directly to workshop, I will give you good price without commission")).toBe(true));
  it("pay me directly on UPI rajauto@okaxis and I'll close the job here as cancelled, saves both of us", () =>
    expect(caughtBy("pay me directly on UPI rajauto@okaxis and I'll close the job here as cancelled, saves both of us", ["rajauto@okaxis"])).toBe(true));
  it("Reckon we leave the app out of it for the clutch job, cash in hand 650 and she's sweet", () =>
    expect(flaggedBy("Reckon we leave the app out of it for the clutch job, cash in hand 650 and she's sweet")).toBe(true));
  it("the price on here has their fees baked in. off-app it's 90 bucks flat, your call", () =>
    expect(flaggedBy("the price on here has their fees baked in. off-app it's 90 bucks flat, your call")).toBe(true));
  it("Just so you know, for the follow-up service you're welcome to book with us directly, no need to go through the platform", () =>
    expect(flaggedBy("Just so you know, for the follow-up service you're welcome to book with us directly, no need to go through the platform")).toBe(true));
  it("id rather not put the extra parts through the app tbh, just hand me the cash for those when you collect", () =>
    expect(flaggedBy("id rather not put the extra parts through the app tbh, just hand me the cash for those when you collect")).toBe(true));
  it("Can you transfer the balance straight to my account instead? sort code 20-45-17, acc 53829104. Quicker for me than waiting on the app payout", () =>
    expect(caughtBy("Can you transfer the balance straight to my account instead? sort code 20-45-17, acc 53829104. Quicker for me than waiting on the app payout", ["20-45-17", "53829104"])).toBe(
      true,
    ));
  it("cancel before i accept and just walk in saturday morning, ill squeeze you in and we both save the fee", () =>
    expect(flaggedBy("cancel before i accept and just walk in saturday morning, ill squeeze you in and we both save the fee")).toBe(true));
  it("don't mention it on here but if you bring it Friday I'll do the brakes at trade price", () =>
    expect(flaggedBy("don't mention it on here but if you bring it Friday I'll do the brakes at trade price")).toBe(true));
  it("yo if you want the cheaper rate we gotta do it outside autodoctor, they charge me like 20 percent", () =>
    expect(flaggedBy("yo if you want the cheaper rate we gotta do it outside autodoctor, they charge me like 20 percent")).toBe(true));
  it("Leave the booking open so it all looks normal, we'll settle up in person when you pick it up", () =>
    expect(flaggedBy("Leave the booking open so it all looks normal, we'll settle up in person when you pick it up")).toBe(true));
  it("for regular servicing I'd suggest dealing with the garage directly going forward, the app puts its own margin on top", () =>
    expect(flaggedBy("for regular servicing I'd suggest dealing with the garage directly going forward, the app puts its own margin on top")).toBe(true));
  it("just hit cancel n swing by whenever, I'll charge you the old price not the app price", () =>
    expect(flaggedBy("just hit cancel n swing by whenever, I'll charge you the old price not the app price")).toBe(true));
  it("PayPal friends and family to paypal.me/gazmotors is easiest, then we don't need the checkout thing in here", () =>
    expect(caughtBy("PayPal friends and family to paypal.me/gazmotors is easiest, then we don't need the checkout thing in here", ["paypal.me/gazmotors"])).toBe(true));
  it("Happy to do it cheaper mate but not through here, you know how it is", () => expect(flaggedBy("Happy to do it cheaper mate but not through here, you know how it is")).toBe(true));
  it("i can do u a discount but only cash in hand, cant do that on the app", () => expect(flaggedBy("i can do u a discount but only cash in hand, cant do that on the app")).toBe(true));
  it("Kindly do the payment in cash at counter only, no need of online payment in app, I will adjust 500 rupees for you", () =>
    expect(flaggedBy("Kindly do the payment in cash at counter only, no need of online payment in app, I will adjust 500 rupees for you")).toBe(true));
  it("If you close the request on here I'll still honour the quote at the shop, minus what they skim off", () =>
    expect(flaggedBy("If you close the request on here I'll still honour the quote at the shop, minus what they skim off")).toBe(true));
  it("walk-ins pay less than app bookings at our place, so maybe just turn up next time 😉", () =>
    expect(flaggedBy("walk-ins pay less than app bookings at our place, so maybe just turn up next time 😉")).toBe(true));
  it("Next oil change come straight to us yeah, no point paying autodoctor for a booking you don't need", () =>
    expect(flaggedBy("Next oil change come straight to us yeah, no point paying autodoctor for a booking you don't need")).toBe(true));
  it("I'll email you an invoice from our own system instead, pay that one and just ignore the one in the app", () =>
    expect(flaggedBy("I'll email you an invoice from our own system instead, pay that one and just ignore the one in the app")).toBe(true));
  it("honestly the app fee is a rip off, venmo me @mike-fixes-cars and we're square", () =>
    expect(caughtBy("honestly the app fee is a rip off, venmo me @mike-fixes-cars and we're square", ["@mike-fixes-cars"])).toBe(true));
  it("price on here is 240, price if you meet me at the yard is 200, if you catch my drift", () =>
    expect(flaggedBy("price on here is 240, price if you meet me at the yard is 200, if you catch my drift")).toBe(true));
  it("oye mejor cancela la reserva y vente directo al taller, te lo dejo en 120 en efectivo", () =>
    expect(flaggedBy("oye mejor cancela la reserva y vente directo al taller, te lo dejo en 120 en efectivo")).toBe(true));
  it("si me lo pagas en mano te ahorras la comisión de la app, que es un robo la verdad", () =>
    expect(flaggedBy("si me lo pagas en mano te ahorras la comisión de la app, que es un robo la verdad")).toBe(true));
  it("la próxima no reserves por aquí hombre, te pasas por el taller y te hago precio de amigo", () =>
    expect(flaggedBy("la próxima no reserves por aquí hombre, te pasas por el taller y te hago precio de amigo")).toBe(true));
  it("cancela lá no app e traz o carro direto aqui na oficina, no pix faço mais barato", () =>
    expect(flaggedBy("cancela lá no app e traz o carro direto aqui na oficina, no pix faço mais barato")).toBe(true));
  it("manda o pix direto pra mim que te dou desconto, chave 11987654321", () => expect(caughtBy("manda o pix direto pra mim que te dou desconto, chave 11987654321", ["11987654321"])).toBe(true));
  it("Se pagar em numerário cá na oficina fica 15% mais barato, sem a taxa da aplicação", () =>
    expect(flaggedBy("Se pagar em numerário cá na oficina fica 15% mais barato, sem a taxa da aplicação")).toBe(true));
  it("annulez la résa sur l'appli et passez directement au garage, je vous fais un prix en espèces", () =>
    expect(flaggedBy("annulez la résa sur l'appli et passez directement au garage, je vous fais un prix en espèces")).toBe(true));
  it("pour la prochaine vidange prenez rdv en direct avec nous, ça vous évite les frais de la plateforme", () =>
    expect(flaggedBy("pour la prochaine vidange prenez rdv en direct avec nous, ça vous évite les frais de la plateforme")).toBe(true));
  it("en liquide c 80€ au lieu de 110 sur l'appli, a vous de voir", () => expect(flaggedBy("en liquide c 80€ au lieu de 110 sur l'appli, a vous de voir")).toBe(true));
  it("Stornieren Sie die Buchung einfach in der App und kommen Sie direkt vorbei, bar wird's günstiger", () =>
    expect(flaggedBy("Stornieren Sie die Buchung einfach in der App und kommen Sie direkt vorbei, bar wird's günstiger")).toBe(true));
  it("wenn du bar zahlst lass ich die App-Gebühr weg, bleibt aber unter uns", () => expect(flaggedBy("wenn du bar zahlst lass ich die App-Gebühr weg, bleibt aber unter uns")).toBe(true));
  it("Überweis mir den Rest einfach direkt auf DE89 3704 0044 0532 0130 00, dann muss das nicht über die Plattform laufen", () =>
    expect(caughtBy("Überweis mir den Rest einfach direkt auf DE89 3704 0044 0532 0130 00, dann muss das nicht über die Plattform laufen", ["DE89 3704 0044 0532 0130 00"])).toBe(true));
  it("annulla la prenotazione e vieni direttamente in officina, in contanti ti faccio lo sconto", () =>
    expect(flaggedBy("annulla la prenotazione e vieni direttamente in officina, in contanti ti faccio lo sconto")).toBe(true));
  it("la prossima volta prenota direttamente con noi, senza passare dall'app risparmi la commissione", () =>
    expect(flaggedBy("la prossima volta prenota direttamente con noi, senza passare dall'app risparmi la commissione")).toBe(true));
  it("se mi fai un bonifico a parte ti tolgo 30 euro, l'app si prende troppo", () => expect(flaggedBy("se mi fai un bonifico a parte ti tolgo 30 euro, l'app si prende troppo")).toBe(true));
  it("Panie, niech pan anuluje w aplikacji i przyjedzie prosto do warsztatu, gotówką wyjdzie taniej", () =>
    expect(flaggedBy("Panie, niech pan anuluje w aplikacji i przyjedzie prosto do warsztatu, gotówką wyjdzie taniej")).toBe(true));
  it("przelej blikiem na 601 234 567 to odpuszczę prowizję aplikacji", () => expect(caughtBy("przelej blikiem na 601 234 567 to odpuszczę prowizję aplikacji", ["601 234 567"])).toBe(true));
  it("nastepnym razem umawiaj sie bezposrednio ze mna a nie przez apke, dam lepsza cene", () =>
    expect(flaggedBy("nastepnym razem umawiaj sie bezposrednio ze mna a nie przez apke, dam lepsza cene")).toBe(true));
  it("anulează programarea din aplicație și vino direct la service, îți fac preț bun cash", () =>
    expect(flaggedBy("anulează programarea din aplicație și vino direct la service, îți fac preț bun cash")).toBe(true));
  it("daca platesti cash la noi scapi de comisionul aplicatiei, iti las cu 100 lei mai putin", () =>
    expect(flaggedBy("daca platesti cash la noi scapi de comisionul aplicatiei, iti las cu 100 lei mai putin")).toBe(true));
  it("mondja le az appban a foglalást és jöjjön be egyenesen a műhelybe, készpénzzel olcsóbb lesz", () =>
    expect(flaggedBy("mondja le az appban a foglalást és jöjjön be egyenesen a műhelybe, készpénzzel olcsóbb lesz")).toBe(true));
  it("ha kp-ban fizetsz megúszod az app jutalékát, 5 ezerrel kevesebb", () => expect(flaggedBy("ha kp-ban fizetsz megúszod az app jutalékát, 5 ezerrel kevesebb")).toBe(true));
  it("abi uygulamadan iptal et direkt dükkana gel, nakit verirsen indirim yaparım", () => expect(flaggedBy("abi uygulamadan iptal et direkt dükkana gel, nakit verirsen indirim yaparım")).toBe(true));
  it("komisyon vermeyelim boşuna, parayı elden verirsin, uygulamadan ödeme yapma", () => expect(flaggedBy("komisyon vermeyelim boşuna, parayı elden verirsin, uygulamadan ödeme yapma")).toBe(true));
  it("direkt IBAN'a at TR33 0006 1005 1978 6457 8413 26, uygulama kesinti yapıyor", () =>
    expect(caughtBy("direkt IBAN'a at TR33 0006 1005 1978 6457 8413 26, uygulama kesinti yapıyor", ["TR33 0006 1005 1978 6457 8413 26"])).toBe(true));
  it("kak batalin aja bookingnya di aplikasi, langsung dateng ke bengkel, bayar cash lebih murah", () =>
    expect(flaggedBy("kak batalin aja bookingnya di aplikasi, langsung dateng ke bengkel, bayar cash lebih murah")).toBe(true));
  it("transfer langsung ke rek BCA 8720145566 aja ya biar ga kena potongan aplikasi", () =>
    expect(caughtBy("transfer langsung ke rek BCA 8720145566 aja ya biar ga kena potongan aplikasi", ["8720145566"])).toBe(true));
  it("lain kali tak payah book dalam app, datang terus ke bengkel, saya bagi harga kawan", () =>
    expect(flaggedBy("lain kali tak payah book dalam app, datang terus ke bengkel, saya bagi harga kawan")).toBe(true));
  it("bhai app pe cancel kar do aur seedha garage aa jao, cash mein 500 kam kar dunga", () =>
    expect(flaggedBy("bhai app pe cancel kar do aur seedha garage aa jao, cash mein 500 kam kar dunga")).toBe(true));
  it("online payment mat karo app mein, mujhe direct GPay kar dena 9876543210 pe", () =>
    expect(caughtBy("online payment mat karo app mein, mujhe direct GPay kar dena 9876543210 pe", ["9876543210"])).toBe(true));
  it("agli baar app se booking ki zarurat nahi hai, seedha aa jana, commission bachega dono ka", () =>
    expect(flaggedBy("agli baar app se booking ki zarurat nahi hai, seedha aa jana, commission bachega dono ka")).toBe(true));
  it("sir cancel niyo na lang po sa app tapos diretso na kayo sa shop, cash na lang para walang patong", () =>
    expect(flaggedBy("sir cancel niyo na lang po sa app tapos diretso na kayo sa shop, cash na lang para walang patong")).toBe(true));
  it("gcash niyo na lang po sa akin 0917 555 2381 para di na dumaan sa app", () =>
    expect(caughtBy("gcash niyo na lang po sa akin 0917 555 2381 para di na dumaan sa app", ["0917 555 2381"])).toBe(true));
  it("next time po wag na kayo mag-book dito, punta na lang kayo direkta, mas mura", () =>
    expect(flaggedBy("next time po wag na kayo mag-book dito, punta na lang kayo direkta, mas mura")).toBe(true));
  it("الغِ الحجز من التطبيق وتعال على الورشة مباشرة، الكاش أرخص لك", () => expect(flaggedBy("الغِ الحجز من التطبيق وتعال على الورشة مباشرة، الكاش أرخص لك")).toBe(true));
  it("ادفع لي نقدا يد بيد وبعمل لك خصم، التطبيق ياخذ عمولة كبيرة", () => expect(flaggedBy("ادفع لي نقدا يد بيد وبعمل لك خصم، التطبيق ياخذ عمولة كبيرة")).toBe(true));
  it("ya akhi cancel el booking w ta3ala 3al warsha direct, el cash ar5as", () => expect(flaggedBy("ya akhi cancel el booking w ta3ala 3al warsha direct, el cash ar5as")).toBe(true));
  it("annuleer de afspraak in de app maar en kom gewoon langs, contant is goedkoper", () =>
    expect(flaggedBy("annuleer de afspraak in de app maar en kom gewoon langs, contant is goedkoper")).toBe(true));
  it("als je het rechtstreeks met mij regelt scheelt dat de commissie van de app, ik stuur je wel een tikkie", () =>
    expect(flaggedBy("als je het rechtstreeks met mij regelt scheelt dat de commissie van de app, ik stuur je wel een tikkie")).toBe(true));
  it("volgende keer gewoon direct bij ons boeken, niet via AutoDoctor, scheelt je zo 15 euro", () =>
    expect(flaggedBy("volgende keer gewoon direct bij ons boeken, niet via AutoDoctor, scheelt je zo 15 euro")).toBe(true));
});
