// Round 30 review 3: a third blind reviewer wrote 158 sentences (71 attacks, 87 innocents) of one kind, leaving the booking or the app to deal direct, 40% English and 60% in 14 other languages, to judge the platform-bypass rules after their first fix.
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 3: innocents", () => {
  it("I need to cancel my booking for Saturday, something came up at work, can I rebook through the app for next week?", () =>
    expect(flaggedBy("I need to cancel my booking for Saturday, something came up at work, can I rebook through the app for next week?")).toBe(false));
  it("just paid the invoice in the app, let me know if it came through on your end", () =>
    expect(flaggedBy("just paid the invoice in the app, let me know if it came through on your end")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("A mate of mine said I should just pay cash at his local garage and skip apps like this but I'd rather have the warranty here", () =>
    expect(flaggedBy("A mate of mine said I should just pay cash at his local garage and skip apps like this but I'd rather have the warranty here")).toBe(false),
  );
  it("No sorry, we can't take cash outside the platform, all payments go through AutoDoctor", () =>
    expect(flaggedBy("No sorry, we can't take cash outside the platform, all payments go through AutoDoctor")).toBe(false));
  it("What's the service fee the app charges on top? The quote says 210 but checkout says 226", () =>
    expect(flaggedBy("What's the service fee the app charges on top? The quote says 210 but checkout says 226")).toBe(false));
  it("See you at the workshop at 9 for the booked appointment, park round the back and come to reception", () =>
    expect(flaggedBy("See you at the workshop at 9 for the booked appointment, park round the back and come to reception")).toBe(false));
  it("is it ok if I pay in the app with card? I don't carry cash", () => expect(flaggedBy("is it ok if I pay in the app with card? I don't carry cash")).toBe(false));
  it("I've applied a 10% discount to the quote in the app since it's your second visit with us", () =>
    expect(flaggedBy("I've applied a 10% discount to the quote in the app since it's your second visit with us")).toBe(false));
  it("the other garage down the road quoted 350 for the same clutch job, yours is 320 here so I'll go with you", () =>
    expect(flaggedBy("the other garage down the road quoted 350 for the same clutch job, yours is 320 here so I'll go with you")).toBe(false));
  it("Had to cancel last week because my kid was sick, sorry about that, rebooked for tuesday in the app", () =>
    expect(flaggedBy("Had to cancel last week because my kid was sick, sorry about that, rebooked for tuesday in the app")).toBe(false));
  it("Someone at the last shop told me to cancel the app booking and pay them direct, I said no, felt dodgy tbh", () =>
    expect(flaggedBy("Someone at the last shop told me to cancel the app booking and pay them direct, I said no, felt dodgy tbh")).toBe(false));
  it("does the app hold the payment until the job is done? just want to know how refunds work if the part's wrong", () =>
    expect(flaggedBy("does the app hold the payment until the job is done? just want to know how refunds work if the part's wrong")).toBe(false));
  it("we'll be at the shop straight after you confirm the booking, the bay is ready from 8", () =>
    expect(flaggedBy("we'll be at the shop straight after you confirm the booking, the bay is ready from 8")).toBe(false));
  it("Cash is tight this month so can I pay in instalments through the app? I saw there's a pay later option", () =>
    expect(flaggedBy("Cash is tight this month so can I pay in instalments through the app? I saw there's a pay later option")).toBe(false));
  it("Will the price change if I bring the car directly to the workshop instead of you coming out? I'll pick the drop-off option here", () =>
    expect(flaggedBy("Will the price change if I bring the car directly to the workshop instead of you coming out? I'll pick the drop-off option here")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Mate I'm not going to cancel through the app and do it under the table, sorry, not worth losing my account", () =>
    expect(flaggedBy("Mate I'm not going to cancel through the app and do it under the table, sorry, not worth losing my account")).toBe(false),
  );
  it("The coolant you need is about 15 bucks at any auto shop, or I can bring it and add it to the invoice in the app", () =>
    expect(flaggedBy("The coolant you need is about 15 bucks at any auto shop, or I can bring it and add it to the invoice in the app")).toBe(false));
  it("My dad always paid mechanics in cash back in the day lol, different times", () => expect(flaggedBy("My dad always paid mechanics in cash back in the day lol, different times")).toBe(false));
  it("Do you offer a discount for booking two services at once in the app?", () => expect(flaggedBy("Do you offer a discount for booking two services at once in the app?")).toBe(false));
  it("I paid the deposit in the app but it's showing pending, should I pay again?", () => expect(flaggedBy("I paid the deposit in the app but it's showing pending, should I pay again?")).toBe(false));
  it("Please don't come directly to the shop without a booking, we're full today, grab a slot in the app for tomorrow", () =>
    expect(flaggedBy("Please don't come directly to the shop without a booking, we're full today, grab a slot in the app for tomorrow")).toBe(false));
  it("Platform rules say we can't discuss payment outside, so everything is in the quote I sent", () =>
    expect(flaggedBy("Platform rules say we can't discuss payment outside, so everything is in the quote I sent")).toBe(false));
  it("can we reschedule instead of cancelling? the app charges a cancellation fee if under 24h right?", () =>
    expect(flaggedBy("can we reschedule instead of cancelling? the app charges a cancellation fee if under 24h right?")).toBe(false));
  it("your price on here is cheaper than walking in at Kwik Fit, nice one", () => expect(flaggedBy("your price on here is cheaper than walking in at Kwik Fit, nice one")).toBe(false));
  it("The refund from the cancelled booking still hasn't reached my card, it's been 5 days", () =>
    expect(flaggedBy("The refund from the cancelled booking still hasn't reached my card, it's been 5 days")).toBe(false));
  it("yeah came straight from work to the garage for my 5pm, am in the waiting room now", () =>
    expect(flaggedBy("yeah came straight from work to the garage for my 5pm, am in the waiting room now")).toBe(false));
  it("The shop near me only takes cash, that's why I came on here, paying by card in the app is way easier", () =>
    expect(flaggedBy("The shop near me only takes cash, that's why I came on here, paying by card in the app is way easier")).toBe(false));
  it("I'll bring the car straight to your workshop after the MOT, booking's already confirmed in the app for 2pm", () =>
    expect(flaggedBy("I'll bring the car straight to your workshop after the MOT, booking's already confirmed in the app for 2pm")).toBe(false));
  it("heads up there's a 5% code for first bookings in the app, I used it so the total looks lower than your quote", () =>
    expect(flaggedBy("heads up there's a 5% code for first bookings in the app, I used it so the total looks lower than your quote")).toBe(false));
  it("Kindly note the booking got cancelled automatically due to payment failure, I have rebooked and paid again in the app", () =>
    expect(flaggedBy("Kindly note the booking got cancelled automatically due to payment failure, I have rebooked and paid again in the app")).toBe(false));
  it("Tengo que cancelar la cita del jueves, ya la reprogramé en la app para el lunes", () =>
    expect(flaggedBy("Tengo que cancelar la cita del jueves, ya la reprogramé en la app para el lunes")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Un amigo me dijo que pagara en efectivo en su taller de confianza, pero prefiero hacerlo por aquí por la garantía", () =>
    expect(flaggedBy("Un amigo me dijo que pagara en efectivo en su taller de confianza, pero prefiero hacerlo por aquí por la garantía")).toBe(false),
  );
  it("¿La comisión de la plataforma ya está incluida en el presupuesto o se suma al final?", () =>
    expect(flaggedBy("¿La comisión de la plataforma ya está incluida en el presupuesto o se suma al final?")).toBe(false));
  it("Te he aplicado un descuento del 10% en el presupuesto de la app por la espera", () =>
    expect(flaggedBy("Te he aplicado un descuento del 10% en el presupuesto de la app por la espera")).toBe(false));
  it("No, gracias, no quiero cancelar para pagarte aparte, lo hacemos todo por la app como siempre", () =>
    expect(flaggedBy("No, gracias, no quiero cancelar para pagarte aparte, lo hacemos todo por la app como siempre")).toBe(false));
  it("Paguei pelo app agora há pouco, pode confirmar se caiu aí?", () => expect(flaggedBy("Paguei pelo app agora há pouco, pode confirmar se caiu aí?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Meu cunhado falou pra eu fechar por fora com o mecânico dele, mas não confio, vou manter o agendamento aqui", () =>
    expect(flaggedBy("Meu cunhado falou pra eu fechar por fora com o mecânico dele, mas não confio, vou manter o agendamento aqui")).toBe(false),
  );
  it("Chego na oficina às 10h para o horário marcado no aplicativo, tudo certo?", () => expect(flaggedBy("Chego na oficina às 10h para o horário marcado no aplicativo, tudo certo?")).toBe(false));
  it("Vou direto pra oficina depois do trabalho, o agendamento tá confirmado pra 18h", () =>
    expect(flaggedBy("Vou direto pra oficina depois do trabalho, o agendamento tá confirmado pra 18h")).toBe(false));
  it("Je dois annuler mon rendez-vous de demain, je reprends un créneau dans l'appli pour la semaine prochaine", () =>
    expect(flaggedBy("Je dois annuler mon rendez-vous de demain, je reprends un créneau dans l'appli pour la semaine prochaine")).toBe(false));
  it("Non désolé, je ne peux pas accepter d'espèces hors appli, c'est le règlement de la plateforme", () =>
    expect(flaggedBy("Non désolé, je ne peux pas accepter d'espèces hors appli, c'est le règlement de la plateforme")).toBe(false));
  it("Est-ce que les frais de service de l'appli sont remboursés si j'annule ?", () => expect(flaggedBy("Est-ce que les frais de service de l'appli sont remboursés si j'annule ?")).toBe(false));
  it("Ich habe gerade in der App bezahlt, die Quittung kommt per Mail von AutoDoctor oder?", () =>
    expect(flaggedBy("Ich habe gerade in der App bezahlt, die Quittung kommt per Mail von AutoDoctor oder?")).toBe(false));
  it("Ein Kumpel meinte, ich soll die Buchung stornieren und bar bei seiner Werkstatt zahlen, aber ich bleib lieber hier", () =>
    expect(flaggedBy("Ein Kumpel meinte, ich soll die Buchung stornieren und bar bei seiner Werkstatt zahlen, aber ich bleib lieber hier")).toBe(false));
  it("Wir sehen uns morgen um 8 in der Werkstatt zum gebuchten Termin, Schlüssel bitte am Empfang abgeben", () =>
    expect(flaggedBy("Wir sehen uns morgen um 8 in der Werkstatt zum gebuchten Termin, Schlüssel bitte am Empfang abgeben")).toBe(false));
  it("Die Rechnung über die App war korrekt, danke für den Rabatt beim Ölwechsel", () => expect(flaggedBy("Die Rechnung über die App war korrekt, danke für den Rabatt beim Ölwechsel")).toBe(false));
  it("Ho dovuto annullare la prenotazione perché la macchina è ripartita da sola, se ricapita riprenoto dall'app", () =>
    expect(flaggedBy("Ho dovuto annullare la prenotazione perché la macchina è ripartita da sola, se ricapita riprenoto dall'app")).toBe(false));
  it("Il preventivo di un'altra officina era 80 euro in più, quindi confermo qui sull'app", () =>
    expect(flaggedBy("Il preventivo di un'altra officina era 80 euro in più, quindi confermo qui sull'app")).toBe(false));
  it("Zapłaciłem już w aplikacji kartą, proszę sprawdzić czy doszło", () => expect(flaggedBy("Zapłaciłem już w aplikacji kartą, proszę sprawdzić czy doszło")).toBe(false));
  it("Nie, nie będę brał gotówki poza aplikacją, takie są zasady i tyle", () => expect(flaggedBy("Nie, nie będę brał gotówki poza aplikacją, takie są zasady i tyle")).toBe(false));
  it("Am anulat programarea de vineri și am făcut alta în aplicație pentru marți, scuze de deranj", () =>
    expect(flaggedBy("Am anulat programarea de vineri și am făcut alta în aplicație pentru marți, scuze de deranj")).toBe(false));
  it("Cât e comisionul aplicației? Vreau să înțeleg de ce totalul e mai mare decât oferta", () =>
    expect(flaggedBy("Cât e comisionul aplicației? Vreau să înțeleg de ce totalul e mai mare decât oferta")).toBe(false));
  it("Kifizettem az appban, a számlát kérem oda is feltölteni", () => expect(flaggedBy("Kifizettem az appban, a számlát kérem oda is feltölteni")).toBe(false));
  it("A sógorom mondta, hogy fizessek készpénzzel az app nélkül, de nem akarok ilyet, maradjunk itt", () =>
    expect(flaggedBy("A sógorom mondta, hogy fizessek készpénzzel az app nélkül, de nem akarok ilyet, maradjunk itt")).toBe(false));
  it("Randevuyu iptal etmem gerekiyor, uygulamadan yeni gün seçtim, cumartesi olur mu?", () =>
    expect(flaggedBy("Randevuyu iptal etmem gerekiyor, uygulamadan yeni gün seçtim, cumartesi olur mu?")).toBe(false));
  it("Uygulamada verdiğiniz indirim için teşekkürler, ödemeyi kartla yaptım", () => expect(flaggedBy("Uygulamada verdiğiniz indirim için teşekkürler, ödemeyi kartla yaptım")).toBe(false));
  it("Pembayaran sudah saya lakukan lewat aplikasi ya pak, mohon dicek", () => expect(flaggedBy("Pembayaran sudah saya lakukan lewat aplikasi ya pak, mohon dicek")).toBe(false));
  it("Temen saya bilang mending bayar cash langsung di bengkel biar murah, tapi saya tetap pakai aplikasi aja biar aman", () =>
    expect(flaggedBy("Temen saya bilang mending bayar cash langsung di bengkel biar murah, tapi saya tetap pakai aplikasi aja biar aman")).toBe(false));
  it("bhai maine app pe hi payment kar diya hai, check kar lo", () => expect(flaggedBy("bhai maine app pe hi payment kar diya hai, check kar lo")).toBe(false));
  it("Sir cash nahi le sakte hum, app ke through hi payment hoga, rules hain", () => expect(flaggedBy("Sir cash nahi le sakte hum, app ke through hi payment hoga, rules hain")).toBe(false));
  it("Na-cancel ko na po yung booking kahapon, nag-book ulit ako sa app para sa Monday", () =>
    expect(flaggedBy("Na-cancel ko na po yung booking kahapon, nag-book ulit ako sa app para sa Monday")).toBe(false));
  it("Sabi ng pinsan ko magbayad na lang daw ng cash sa labas, pero mas safe po sa app kaya dito na lang ako", () =>
    expect(flaggedBy("Sabi ng pinsan ko magbayad na lang daw ng cash sa labas, pero mas safe po sa app kaya dito na lang ako")).toBe(false));
  it("دفعت عن طريق التطبيق، ممكن تتأكد إن المبلغ وصلك؟", () => expect(flaggedBy("دفعت عن طريق التطبيق، ممكن تتأكد إن المبلغ وصلك؟")).toBe(false));
  it("آسف ما بقدر آخذ كاش برا التطبيق، هذا ممنوع حسب شروط المنصة", () => expect(flaggedBy("آسف ما بقدر آخذ كاش برا التطبيق، هذا ممنوع حسب شروط المنصة")).toBe(false));
  it("Ik moet helaas mijn afspraak annuleren, ik heb in de app een nieuwe tijd gekozen voor donderdag", () =>
    expect(flaggedBy("Ik moet helaas mijn afspraak annuleren, ik heb in de app een nieuwe tijd gekozen voor donderdag")).toBe(false));
  it("Een collega zei dat ik beter contant buiten de app kon betalen, maar dat doe ik niet, ik houd het hier", () =>
    expect(flaggedBy("Een collega zei dat ik beter contant buiten de app kon betalen, maar dat doe ik niet, ik houd het hier")).toBe(false));
  it("Hoeveel servicekosten rekent de app eigenlijk? Staat nergens duidelijk", () => expect(flaggedBy("Hoeveel servicekosten rekent de app eigenlijk? Staat nergens duidelijk")).toBe(false));
  it("the car makes a grinding noise when I brake at low speed, mostly in the mornings", () =>
    expect(flaggedBy("the car makes a grinding noise when I brake at low speed, mostly in the mornings")).toBe(false));
  it("Check engine light came on after fuelling, code P0420 on my reader", () => expect(flaggedBy("Check engine light came on after fuelling, code P0420 on my reader")).toBe(false));
  it("¿Cuánto tarda más o menos cambiar el embrague de un Seat León del 2015?", () => expect(flaggedBy("¿Cuánto tarda más o menos cambiar el embrague de un Seat León del 2015?")).toBe(false));
  it("A bateria tá arriando toda manhã, já troquei ano passado", () => expect(flaggedBy("A bateria tá arriando toda manhã, já troquei ano passado")).toBe(false));
  it("Le voyant d'huile s'allume dans les virages, le niveau est pourtant bon", () => expect(flaggedBy("Le voyant d'huile s'allume dans les virages, le niveau est pourtant bon")).toBe(false));
  it("Der Motor ruckelt im Leerlauf, besonders wenn die Klimaanlage an ist", () => expect(flaggedBy("Der Motor ruckelt im Leerlauf, besonders wenn die Klimaanlage an ist")).toBe(false));
  it("la macchina perde liquido refrigerante, ho trovato una chiazza sotto il motore", () =>
    expect(flaggedBy("la macchina perde liquido refrigerante, ho trovato una chiazza sotto il motore")).toBe(false));
  it("Skrzynia biegów zgrzyta przy wrzucaniu dwójki", () => expect(flaggedBy("Skrzynia biegów zgrzyta przy wrzucaniu dwójki")).toBe(false));
  it("Am schimbat plăcuțele de frână acum două luni și tot scârțâie", () => expect(flaggedBy("Am schimbat plăcuțele de frână acum două luni și tot scârțâie")).toBe(false));
  it("Hidegindításnál füstöl a kipufogó, fehér füst jön belőle", () => expect(flaggedBy("Hidegindításnál füstöl a kipufogó, fehér füst jön belőle")).toBe(false));
  it("Klima soğuk üflemiyor, gaz mı bitti acaba?", () => expect(flaggedBy("Klima soğuk üflemiyor, gaz mı bitti acaba?")).toBe(false));
  it("Mobil saya suka mati mendadak kalau lagi macet, aki baru ganti bulan lalu", () => expect(flaggedBy("Mobil saya suka mati mendadak kalau lagi macet, aki baru ganti bulan lalu")).toBe(false));
  it("bhai AC ka compressor awaaz kar raha hai, kya check karoge?", () => expect(flaggedBy("bhai AC ka compressor awaaz kar raha hai, kya check karoge?")).toBe(false));
  it("Sir umuusok po yung makina pag umaakyat ng tulay", () => expect(flaggedBy("Sir umuusok po yung makina pag umaakyat ng tulay")).toBe(false));
  it("السيارة تهتز لما أوصل سرعة ١٠٠، ممكن تكون الجنوط؟", () => expect(flaggedBy("السيارة تهتز لما أوصل سرعة ١٠٠، ممكن تكون الجنوط؟")).toBe(false));
  it("De auto trekt naar links bij het remmen, banden zijn net nieuw", () => expect(flaggedBy("De auto trekt naar links bij het remmen, banden zijn net nieuw")).toBe(false));
  it("Mate the aircon smells like wet socks, is that a filter thing?", () => expect(flaggedBy("Mate the aircon smells like wet socks, is that a filter thing?")).toBe(false));
  it("tyre pressure light keeps coming on even tho I pumped them all to 32", () => expect(flaggedBy("tyre pressure light keeps coming on even tho I pumped them all to 32")).toBe(false));
  it("I'll need the car back by 5 as I have to pick up the kids, is that doable?", () => expect(flaggedBy("I'll need the car back by 5 as I have to pick up the kids, is that doable?")).toBe(false));
  it("Ok sent you photos of the dashboard, the ABS one is the orange one", () => expect(flaggedBy("Ok sent you photos of the dashboard, the ABS one is the orange one")).toBe(false));
});

describe("round 30 review 3: attacks", () => {
  it("mate just cancel the booking on here and swing by the shop tmrw morning, ill sort it for cash and knock 20 quid off", () =>
    expect(flaggedBy("mate just cancel the booking on here and swing by the shop tmrw morning, ill sort it for cash and knock 20 quid off")).toBe(true));
  it("honestly the app takes like 15% off me so if you pay me directly we both save, cash or bank transfer whatever suits", () =>
    expect(flaggedBy("honestly the app takes like 15% off me so if you pay me directly we both save, cash or bank transfer whatever suits")).toBe(true));
  it("Sir please cancel from app side and come direct to our workshop in Andheri, I will give you better rate without the platform charges", () =>
    expect(flaggedBy("Sir please cancel from app side and come direct to our workshop in Andheri, I will give you better rate without the platform charges")).toBe(true));
  it("no need to go through autodoctor next time, just rock up at the garage and ask for Dave, cheaper that way", () =>
    expect(flaggedBy("no need to go through autodoctor next time, just rock up at the garage and ask for Dave, cheaper that way")).toBe(true));
  it("can u hit decline on the quote? i'll do the job for 180 cash instead of the 240 the app shows", () =>
    expect(flaggedBy("can u hit decline on the quote? i'll do the job for 180 cash instead of the 240 the app shows")).toBe(true));
  it("Between us, book it as a diagnostic only in the app and we'll settle the rest in person at the workshop, saves you the commission on the big job", () =>
    expect(flaggedBy("Between us, book it as a diagnostic only in the app and we'll settle the rest in person at the workshop, saves you the commission on the big job")).toBe(true));
  it("pay the deposit here if u want but the balance bring in cash, dont put it thru the app", () =>
    expect(flaggedBy("pay the deposit here if u want but the balance bring in cash, dont put it thru the app")).toBe(true));
  it("for the timing belt I'd rather you transfer straight to my account, BSB 062-000 acc 1234 5678, the app holds the money for 7 days and it's a pain", () =>
    expect(
      caughtBy("for the timing belt I'd rather you transfer straight to my account, BSB 062-000 acc 1234 5678, the app holds the money for 7 days and it's a pain", ["062-000", "1234 5678"]),
    ).toBe(true));
  it("If you skip the app booking fee and come straight to us I can do the front pads for $95 flat", () =>
    expect(flaggedBy("If you skip the app booking fee and come straight to us I can do the front pads for $95 flat")).toBe(true));
  it("ya know the platform adds its cut on top, tell u what, next service just walk in and we'll do it off the books", () =>
    expect(flaggedBy("ya know the platform adds its cut on top, tell u what, next service just walk in and we'll do it off the books")).toBe(true));
  it("Please don't confirm the job on the app, I'll send you a payment request from our own system, works out cheaper for you", () =>
    expect(flaggedBy("Please don't confirm the job on the app, I'll send you a payment request from our own system, works out cheaper for you")).toBe(true));
  it("bro cancel it and just come, pay me directly on upi ravimotors@okhdfcbank, I'll finish same day", () =>
    expect(caughtBy("bro cancel it and just come, pay me directly on upi ravimotors@okhdfcbank, I'll finish same day", ["ravimotors@okhdfcbank"])).toBe(true));
  it("just pick pay at workshop in the app then cancel it the day before, come anyway and we'll do cash, no fee for either of us", () =>
    expect(flaggedBy("just pick pay at workshop in the app then cancel it the day before, come anyway and we'll do cash, no fee for either of us")).toBe(true));
  it("Look I'm not meant to say this on here but the commission kills me. Cash on the day and I'll drop it to 300", () =>
    expect(flaggedBy("Look I'm not meant to say this on here but the commission kills me. Cash on the day and I'll drop it to 300")).toBe(true));
  it("Next time you need anything just come to the yard direct, no need to book through this thing", () =>
    expect(flaggedBy("Next time you need anything just come to the yard direct, no need to book through this thing")).toBe(true));
  it("could you maybe mark the booking as cancelled and we keep the appointment anyway? i'd take 10% off", () =>
    expect(flaggedBy("could you maybe mark the booking as cancelled and we keep the appointment anyway? i'd take 10% off")).toBe(true));
  it("ill invoice you myself after, dont pay the app, it just sits in their escrow for ages", () =>
    expect(flaggedBy("ill invoice you myself after, dont pay the app, it just sits in their escrow for ages")).toBe(true));
  it("G'day, reckon we do this one outside the app, I'll do the rego check and pads for 250 cash, bring it Thursday arvo", () =>
    expect(flaggedBy("G'day, reckon we do this one outside the app, I'll do the rego check and pads for 250 cash, bring it Thursday arvo")).toBe(true));
  it("honestly just venmo me @mikes-mobile-mech and we skip the platform, I'll still show up same time", () =>
    expect(caughtBy("honestly just venmo me @mikes-mobile-mech and we skip the platform, I'll still show up same time", ["@mikes-mobile-mech"])).toBe(true));
  it("the price on here is inflated cos of their fees, real price at the counter is 40 less, just come in and ask for me", () =>
    expect(flaggedBy("the price on here is inflated cos of their fees, real price at the counter is 40 less, just come in and ask for me")).toBe(true));
  it("cancel this one and rebook with me direct, I'll still honour the quote minus the service charge", () =>
    expect(flaggedBy("cancel this one and rebook with me direct, I'll still honour the quote minus the service charge")).toBe(true));
  it("If you're ok with it I'll close the job in the app as customer no-show and you pay me on the day, cheaper for you", () =>
    expect(flaggedBy("If you're ok with it I'll close the job in the app as customer no-show and you pay me on the day, cheaper for you")).toBe(true));
  it("Pay half now through the app and hand me the other half in cash when you pick up, keeps the fee down", () =>
    expect(flaggedBy("Pay half now through the app and hand me the other half in cash when you pick up, keeps the fee down")).toBe(true));
  it("we give 15 percent off for customers who pay at the desk and don't use the booking app, just mention my name at reception", () =>
    expect(flaggedBy("we give 15 percent off for customers who pay at the desk and don't use the booking app, just mention my name at reception")).toBe(true));
  it("Don't bother with the in app checkout, bank transfer to me is easier - sort code 20-45-77, account 31926819", () =>
    expect(caughtBy("Don't bother with the in app checkout, bank transfer to me is easier - sort code 20-45-77, account 31926819", ["20-45-77", "31926819"])).toBe(true));
  it("for future jobs you really don't need the middleman, just turn up and we'll sort you out cheaper", () =>
    expect(flaggedBy("for future jobs you really don't need the middleman, just turn up and we'll sort you out cheaper")).toBe(true));
  it("can i just pay u cash when i get there and we forget the app? save us both a few bucks", () =>
    expect(flaggedBy("can i just pay u cash when i get there and we forget the app? save us both a few bucks")).toBe(true));
  it("Mira, cancela la reserva en la app y te vienes directo al taller, en efectivo te lo dejo en 120", () =>
    expect(flaggedBy("Mira, cancela la reserva en la app y te vienes directo al taller, en efectivo te lo dejo en 120")).toBe(true));
  it("si me pagas por fuera te ahorras la comisión de la plataforma, por transferencia o bizum como prefieras", () =>
    expect(flaggedBy("si me pagas por fuera te ahorras la comisión de la plataforma, por transferencia o bizum como prefieras")).toBe(true));
  it("Oye no lo pagues por la aplicación que se quedan un pico, me lo das en mano cuando recojas el coche", () =>
    expect(flaggedBy("Oye no lo pagues por la aplicación que se quedan un pico, me lo das en mano cuando recojas el coche")).toBe(true));
  it("La próxima vez no hace falta que reserves por aquí, te pasás por el taller y te hago precio", () =>
    expect(flaggedBy("La próxima vez no hace falta que reserves por aquí, te pasás por el taller y te hago precio")).toBe(true));
  it("haceme la transferencia a este CBU 0170099220000067797370 y cancelá lo de la app, así no nos cobran nada", () =>
    expect(caughtBy("haceme la transferencia a este CBU 0170099220000067797370 y cancelá lo de la app, así no nos cobran nada", ["0170099220000067797370"])).toBe(true));
  it("¿te puedo pagar en efectivo directamente y cancelamos lo de la app? es que la comisión es mucha", () =>
    expect(flaggedBy("¿te puedo pagar en efectivo directamente y cancelamos lo de la app? es que la comisión es mucha")).toBe(true));
  it("Cancela o agendamento no app e vem direto na oficina, no pix eu faço mais barato", () =>
    expect(flaggedBy("Cancela o agendamento no app e vem direto na oficina, no pix eu faço mais barato")).toBe(true));
  it("se pagar por fora do aplicativo eu tiro os 15% da taxa, pode ser em dinheiro mesmo", () =>
    expect(flaggedBy("se pagar por fora do aplicativo eu tiro os 15% da taxa, pode ser em dinheiro mesmo")).toBe(true));
  it("esquece o app, manda o pix direto pra mim, chave 11987654321, que eu já libero o carro hoje", () =>
    expect(caughtBy("esquece o app, manda o pix direto pra mim, chave 11987654321, que eu já libero o carro hoje", ["11987654321"])).toBe(true));
  it("Para a próxima marque connosco diretamente, sem passar pela app, fica bem mais em conta", () =>
    expect(flaggedBy("Para a próxima marque connosco diretamente, sem passar pela app, fica bem mais em conta")).toBe(true));
  it("Annulez la résa sur l'appli et passez directement au garage, je vous fais 50 € de moins en espèces", () =>
    expect(flaggedBy("Annulez la résa sur l'appli et passez directement au garage, je vous fais 50 € de moins en espèces")).toBe(true));
  it("franchement pas besoin de payer via la plateforme, vous me réglez en liquide à la récupération du véhicule", () =>
    expect(flaggedBy("franchement pas besoin de payer via la plateforme, vous me réglez en liquide à la récupération du véhicule")).toBe(true));
  it("La prochaine fois prenez rdv directement avec nous, l'appli prend une commission énorme sur chaque intervention", () =>
    expect(flaggedBy("La prochaine fois prenez rdv directement avec nous, l'appli prend une commission énorme sur chaque intervention")).toBe(true));
  it("vous pouvez faire un virement direct sur mon compte FR76 3000 6000 0112 3456 7890 189 et on oublie la réservation", () =>
    expect(caughtBy("vous pouvez faire un virement direct sur mon compte FR76 3000 6000 0112 3456 7890 189 et on oublie la réservation", ["FR76 3000 6000 0112 3456 7890 189"])).toBe(true));
  it("Stornieren Sie einfach die Buchung in der App und kommen Sie direkt vorbei, bar wird's günstiger", () =>
    expect(flaggedBy("Stornieren Sie einfach die Buchung in der App und kommen Sie direkt vorbei, bar wird's günstiger")).toBe(true));
  it("zahl mir das lieber direkt, die plattform zieht mir sonst 20 prozent ab", () => expect(flaggedBy("zahl mir das lieber direkt, die plattform zieht mir sonst 20 prozent ab")).toBe(true));
  it("Nächstes Mal musst du nicht über die App buchen, ruf einfach bei uns in der Werkstatt an und wir machen das unter uns", () =>
    expect(flaggedBy("Nächstes Mal musst du nicht über die App buchen, ruf einfach bei uns in der Werkstatt an und wir machen das unter uns")).toBe(true));
  it("Überweis mir die Restsumme direkt aufs Konto DE89 3704 0044 0532 0130 00, dann sparen wir uns beide die Gebühr", () =>
    expect(caughtBy("Überweis mir die Restsumme direkt aufs Konto DE89 3704 0044 0532 0130 00, dann sparen wir uns beide die Gebühr", ["DE89 3704 0044 0532 0130 00"])).toBe(true));
  it("Können wir das nicht ohne die App machen? Ich zahl bar, Sie kriegen am Ende mehr", () =>
    expect(flaggedBy("Können wir das nicht ohne die App machen? Ich zahl bar, Sie kriegen am Ende mehr")).toBe(true));
  it("Annulla pure la prenotazione sull'app e vieni direttamente in officina, in contanti ti faccio lo sconto", () =>
    expect(flaggedBy("Annulla pure la prenotazione sull'app e vieni direttamente in officina, in contanti ti faccio lo sconto")).toBe(true));
  it("se paghi a me e non tramite l'app ti tolgo la commissione, dai che ci mettiamo d'accordo", () =>
    expect(flaggedBy("se paghi a me e non tramite l'app ti tolgo la commissione, dai che ci mettiamo d'accordo")).toBe(true));
  it("la prossima volta scrivimi fuori dall'app e ti faccio un prezzo da amico", () => expect(flaggedBy("la prossima volta scrivimi fuori dall'app e ti faccio un prezzo da amico")).toBe(true));
  it("Proszę anulować rezerwację w aplikacji i przyjechać prosto do warsztatu, gotówką wyjdzie taniej", () =>
    expect(flaggedBy("Proszę anulować rezerwację w aplikacji i przyjechać prosto do warsztatu, gotówką wyjdzie taniej")).toBe(true));
  it("nie płać przez apke, dasz mi do ręki przy odbiorze i odliczę prowizję", () => expect(flaggedBy("nie płać przez apke, dasz mi do ręki przy odbiorze i odliczę prowizję")).toBe(true));
  it("rezerwację olej, przelej mi blikiem na 512 334 998 i będzie po sprawie", () =>
    expect(caughtBy("rezerwację olej, przelej mi blikiem na 512 334 998 i będzie po sprawie", ["512 334 998"])).toBe(true));
  it("Anulează programarea din aplicație și vino direct la service, cash îți fac mai ieftin", () =>
    expect(flaggedBy("Anulează programarea din aplicație și vino direct la service, cash îți fac mai ieftin")).toBe(true));
  it("nu mai plăti prin platformă, îmi dai banii direct când iei mașina și scăpăm de comision", () =>
    expect(flaggedBy("nu mai plăti prin platformă, îmi dai banii direct când iei mașina și scăpăm de comision")).toBe(true));
  it("Mondja le az appban a foglalást és jöjjön be közvetlenül a szervizbe, készpénzzel olcsóbb lesz", () =>
    expect(flaggedBy("Mondja le az appban a foglalást és jöjjön be közvetlenül a szervizbe, készpénzzel olcsóbb lesz")).toBe(true));
  it("legközelebb ne az alkalmazáson keresztül foglalj, gyere be simán és olcsóbban megcsinálom", () =>
    expect(flaggedBy("legközelebb ne az alkalmazáson keresztül foglalj, gyere be simán és olcsóbban megcsinálom")).toBe(true));
  it("Uygulamadan randevuyu iptal et, direkt dükkana gel, nakit verirsen komisyonu düşerim", () =>
    expect(flaggedBy("Uygulamadan randevuyu iptal et, direkt dükkana gel, nakit verirsen komisyonu düşerim")).toBe(true));
  it("abi uygulama üzerinden ödeme yapma, elden verirsin daha ucuza gelir", () => expect(flaggedBy("abi uygulama üzerinden ödeme yapma, elden verirsin daha ucuza gelir")).toBe(true));
  it("IBAN'ım TR33 0006 1005 1978 6457 8413 26 oraya atarsın, uygulamaya hiç gerek yok", () =>
    expect(caughtBy("IBAN'ım TR33 0006 1005 1978 6457 8413 26 oraya atarsın, uygulamaya hiç gerek yok", ["TR33 0006 1005 1978 6457 8413 26"])).toBe(true));
  it("Bang, batalin aja booking di aplikasi, langsung datang ke bengkel, bayar cash lebih murah", () =>
    expect(flaggedBy("Bang, batalin aja booking di aplikasi, langsung datang ke bengkel, bayar cash lebih murah")).toBe(true));
  it("transfer langsung ke rekening saya aja ya BCA 8720123456, gak usah lewat aplikasi biar gak kena potongan", () =>
    expect(caughtBy("transfer langsung ke rekening saya aja ya BCA 8720123456, gak usah lewat aplikasi biar gak kena potongan", ["8720123456"])).toBe(true));
  it("lain kali tak payah book guna app, datang terus ke kedai, saya bagi harga kawan", () =>
    expect(flaggedBy("lain kali tak payah book guna app, datang terus ke kedai, saya bagi harga kawan")).toBe(true));
  it("bhai app se mat karo payment, cash de dena workshop pe, commission bach jayega dono ka", () =>
    expect(flaggedBy("bhai app se mat karo payment, cash de dena workshop pe, commission bach jayega dono ka")).toBe(true));
  it("pls dnt book via app next time yaar, direct aao workshop pe, discount milega", () =>
    expect(flaggedBy("pls dnt book via app next time yaar, direct aao workshop pe, discount milega")).toBe(true));
  it("boss i-cancel nyo na lang po yung booking sa app tapos diretso na kayo sa shop, cash na lang para mas mura", () =>
    expect(flaggedBy("boss i-cancel nyo na lang po yung booking sa app tapos diretso na kayo sa shop, cash na lang para mas mura")).toBe(true));
  it("wag na po kayo magbayad thru app, gcash nyo na lang ako direkta sa 0917 555 2841", () =>
    expect(caughtBy("wag na po kayo magbayad thru app, gcash nyo na lang ako direkta sa 0917 555 2841", ["0917 555 2841"])).toBe(true));
  it("ألغِ الحجز من التطبيق وتعال على الورشة مباشرة، وإذا دفعت كاش بعملك خصم", () => expect(flaggedBy("ألغِ الحجز من التطبيق وتعال على الورشة مباشرة، وإذا دفعت كاش بعملك خصم")).toBe(true));
  it("لا تدفع عن طريق التطبيق، ادفع لي نقداً وبنزّل لك السعر", () => expect(flaggedBy("لا تدفع عن طريق التطبيق، ادفع لي نقداً وبنزّل لك السعر")).toBe(true));
  it("Annuleer de boeking in de app maar en kom gewoon langs bij de garage, contant scheelt je de servicekosten", () =>
    expect(flaggedBy("Annuleer de boeking in de app maar en kom gewoon langs bij de garage, contant scheelt je de servicekosten")).toBe(true));
  it("Volgende keer hoef je niet via de app te boeken hoor, loop gewoon binnen en dan regelen we het buiten het platform om", () =>
    expect(flaggedBy("Volgende keer hoef je niet via de app te boeken hoor, loop gewoon binnen en dan regelen we het buiten het platform om")).toBe(true));
  it("maak het maar direct over naar NL91 ABNA 0417 1643 00, dan hoeft het niet via de app", () =>
    expect(caughtBy("maak het maar direct over naar NL91 ABNA 0417 1643 00, dan hoeft het niet via de app", ["NL91 ABNA 0417 1643 00"])).toBe(true));
});
