// Round 30 review 4: a fourth blind reviewer wrote 163 sentences (71 attacks, 92 innocents) to the same brief as review 3, to judge the platform-bypass rules after their second fix.
// Probed with the application's options (rules + trained stage) on main before and after round 30's branches (README, Round 30). This file specifies
// main after round 30: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 30 review 4: innocents", () => {
  it("Hi, I need to cancel Thursday's booking, kid's sick. Can I rebook through the app for next week?", () =>
    expect(flaggedBy("Hi, I need to cancel Thursday's booking, kid's sick. Can I rebook through the app for next week?")).toBe(false));
  it("No problem, I've cancelled it on my side, just pick a new slot in the app whenever suits", () =>
    expect(flaggedBy("No problem, I've cancelled it on my side, just pick a new slot in the app whenever suits")).toBe(false));
  it("Payment went through in the app, thanks! See you at the workshop at 9", () => expect(flaggedBy("Payment went through in the app, thanks! See you at the workshop at 9")).toBe(false));
  it("My old garage always wanted cash and no receipt, that's exactly why I switched to using this app", () =>
    expect(flaggedBy("My old garage always wanted cash and no receipt, that's exactly why I switched to using this app")).toBe(false));
  it("Sorry, I can't take cash or direct payments, everything has to go through the app, it's how you're covered by the guarantee", () =>
    expect(flaggedBy("Sorry, I can't take cash or direct payments, everything has to go through the app, it's how you're covered by the guarantee")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("My brother-in-law said just pay the guy cash and skip the app. Told him no, I want the warranty", () =>
    expect(flaggedBy("My brother-in-law said just pay the guy cash and skip the app. Told him no, I want the warranty")).toBe(false),
  );
  it("Does the app charge a booking fee on top of the quote or is it included?", () => expect(flaggedBy("Does the app charge a booking fee on top of the quote or is it included?")).toBe(false));
  it("What's the cancellation policy on here? If I cancel 24h before do I get my deposit back?", () =>
    expect(flaggedBy("What's the cancellation policy on here? If I cancel 24h before do I get my deposit back?")).toBe(false));
  it("Your appointment is confirmed for 10:30, just come straight to the workshop and give your name at reception", () =>
    expect(flaggedBy("Your appointment is confirmed for 10:30, just come straight to the workshop and give your name at reception")).toBe(false));
  it("I applied a 10% loyalty discount to the quote in the app, should show when you refresh", () =>
    expect(flaggedBy("I applied a 10% loyalty discount to the quote in the app, should show when you refresh")).toBe(false));
  it("Halfords quoted me 320 for the same job, yours in the app is 290 so I'll go with you", () =>
    expect(flaggedBy("Halfords quoted me 320 for the same job, yours in the app is 290 so I'll go with you")).toBe(false));
  it("just so you know we don't handle any cash at the shop, everything's paid in the app", () =>
    expect(flaggedBy("just so you know we don't handle any cash at the shop, everything's paid in the app")).toBe(false));
  it("Can I pay the balance in the app after the job's done, or does it need to be upfront?", () =>
    expect(flaggedBy("Can I pay the balance in the app after the job's done, or does it need to be upfront?")).toBe(false));
  it("I'd rather not do any side deal, sorry. Happy to go ahead at the app price", () => expect(flaggedBy("I'd rather not do any side deal, sorry. Happy to go ahead at the app price")).toBe(false));
  it("A customer last week tried to pay me cash to skip the fee, I refused, it's against the rules here and I'm not risking my account", () =>
    expect(flaggedBy("A customer last week tried to pay me cash to skip the fee, I refused, it's against the rules here and I'm not risking my account")).toBe(false));
  it("Running 20 mins late, traffic on the M25, still coming to the workshop for my booked slot", () =>
    expect(flaggedBy("Running 20 mins late, traffic on the M25, still coming to the workshop for my booked slot")).toBe(false));
  it("I'll need to cancel the brake job, the dealer is doing it under recall for free", () =>
    expect(flaggedBy("I'll need to cancel the brake job, the dealer is doing it under recall for free")).toBe(false));
  it("Sir the app is showing 2 bookings, please cancel the duplicate one, I only need one service", () =>
    expect(flaggedBy("Sir the app is showing 2 bookings, please cancel the duplicate one, I only need one service")).toBe(false));
  it("Found the part cheaper online, can you update the quote in the app so I pay less?", () =>
    expect(flaggedBy("Found the part cheaper online, can you update the quote in the app so I pay less?")).toBe(false));
  it("Can you send me the invoice through the app? need it for my company expenses", () =>
    expect(flaggedBy("Can you send me the invoice through the app? need it for my company expenses")).toBe(false));
  it("no dramas, I'll reschedule through the app for Friday arvo", () => expect(flaggedBy("no dramas, I'll reschedule through the app for Friday arvo")).toBe(false));
  it("Cash is king at my local servo lol but I'm happy paying through here", () => expect(flaggedBy("Cash is king at my local servo lol but I'm happy paying through here")).toBe(false));
  it("the app said there's a promo code for first time bookings, does that apply to the clutch job?", () =>
    expect(flaggedBy("the app said there's a promo code for first time bookings, does that apply to the clutch job?")).toBe(false));
  it("How much commission does the platform take from you guys? Just curious, not asking to go around it", () =>
    expect(flaggedBy("How much commission does the platform take from you guys? Just curious, not asking to go around it")).toBe(false));
  it("Paid the deposit in app, I pay the remaining in the app too when I collect right?", () =>
    expect(flaggedBy("Paid the deposit in app, I pay the remaining in the app too when I collect right?")).toBe(false));
  it("Can I come directly to the workshop for my booked appointment or do you pick the car up?", () =>
    expect(flaggedBy("Can I come directly to the workshop for my booked appointment or do you pick the car up?")).toBe(false));
  it("I got the refund in the app after the cancellation, all good, thanks for being quick", () =>
    expect(flaggedBy("I got the refund in the app after the cancellation, all good, thanks for being quick")).toBe(false));
  it("Found a tenner and some coins under the seat when we did the carpets, left them in the cup holder for you", () =>
    expect(flaggedBy("Found a tenner and some coins under the seat when we did the carpets, left them in the cup holder for you")).toBe(false));
  it("I'll skip the diagnostic fee since it's part of the same booking, already adjusted it in the app", () =>
    expect(flaggedBy("I'll skip the diagnostic fee since it's part of the same booking, already adjusted it in the app")).toBe(false));
  it("Tengo que cancelar la cita del viernes, ¿la puedo cambiar en la app para el lunes?", () =>
    expect(flaggedBy("Tengo que cancelar la cita del viernes, ¿la puedo cambiar en la app para el lunes?")).toBe(false));
  it("Ya te pagué por la aplicación, ¿me llega la factura por ahí mismo?", () => expect(flaggedBy("Ya te pagué por la aplicación, ¿me llega la factura por ahí mismo?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Mi cuñado me dijo que le pagara en efectivo a otro mecánico para ahorrar, pero prefiero hacerlo todo por aquí", () =>
    expect(flaggedBy("Mi cuñado me dijo que le pagara en efectivo a otro mecánico para ahorrar, pero prefiero hacerlo todo por aquí")).toBe(false),
  );
  it("¿Cuánto cobra la app de comisión? Es que el precio me parece alto comparado con el taller de mi barrio", () =>
    expect(flaggedBy("¿Cuánto cobra la app de comisión? Es que el precio me parece alto comparado con el taller de mi barrio")).toBe(false));
  it("Cancelei o agendamento sem querer, consegue reabrir pelo app?", () => expect(flaggedBy("Cancelei o agendamento sem querer, consegue reabrir pelo app?")).toBe(false));
  it("Paguei pelo aplicativo no pix deles, já aparece como pago aí?", () => expect(flaggedBy("Paguei pelo aplicativo no pix deles, já aparece como pago aí?")).toBe(false));
  it("Não aceito pagamento por fora, tudo pelo app, é regra e também te protege", () => expect(flaggedBy("Não aceito pagamento por fora, tudo pelo app, é regra e também te protege")).toBe(false));
  it("Apliquei um desconto de 50 reais no orçamento do app, confere aí", () => expect(flaggedBy("Apliquei um desconto de 50 reais no orçamento do app, confere aí")).toBe(false));
  it("Je dois annuler le rendez-vous de mardi, je reprends un créneau sur l'appli dès que possible", () =>
    expect(flaggedBy("Je dois annuler le rendez-vous de mardi, je reprends un créneau sur l'appli dès que possible")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Un garage du coin m'a proposé de payer en liquide sans facture, j'ai refusé", () => expect(flaggedBy("Un garage du coin m'a proposé de payer en liquide sans facture, j'ai refusé")).toBe(false));
  it("Le paiement sur l'appli a échoué deux fois, vous pouvez vérifier de votre côté ?", () =>
    expect(flaggedBy("Le paiement sur l'appli a échoué deux fois, vous pouvez vérifier de votre côté ?")).toBe(false));
  it("Ich muss den Termin leider absagen, buche aber gleich über die App neu", () => expect(flaggedBy("Ich muss den Termin leider absagen, buche aber gleich über die App neu")).toBe(false));
  it("Kommen Sie zum gebuchten Termin einfach direkt in die Werkstatt, Einfahrt hinten links", () =>
    expect(flaggedBy("Kommen Sie zum gebuchten Termin einfach direkt in die Werkstatt, Einfahrt hinten links")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Eine andere Werkstatt wollte Barzahlung ohne Rechnung, deshalb bin ich hier gelandet", () =>
    expect(flaggedBy("Eine andere Werkstatt wollte Barzahlung ohne Rechnung, deshalb bin ich hier gelandet")).toBe(false),
  );
  it("Wie hoch ist eigentlich die Servicegebühr der App? Steht nirgends beim Angebot", () =>
    expect(flaggedBy("Wie hoch ist eigentlich die Servicegebühr der App? Steht nirgends beim Angebot")).toBe(false));
  it("Devo disdire l'appuntamento di giovedì, lo riprenoto dall'app per la settimana prossima", () =>
    expect(flaggedBy("Devo disdire l'appuntamento di giovedì, lo riprenoto dall'app per la settimana prossima")).toBe(false));
  it("Ho già pagato con la carta sull'app, mi arriva la ricevuta?", () => expect(flaggedBy("Ho già pagato con la carta sull'app, mi arriva la ricevuta?")).toBe(false));
  it("Il meccanico sotto casa voleva i contanti in nero, per questo uso l'app", () => expect(flaggedBy("Il meccanico sotto casa voleva i contanti in nero, per questo uso l'app")).toBe(false));
  it("Muszę odwołać wizytę, zarezerwuję nowy termin przez aplikację", () => expect(flaggedBy("Muszę odwołać wizytę, zarezerwuję nowy termin przez aplikację")).toBe(false));
  it("Płatność w aplikacji przeszła, do zobaczenia w warsztacie o 8", () => expect(flaggedBy("Płatność w aplikacji przeszła, do zobaczenia w warsztacie o 8")).toBe(false));
  it("Kolega mówił żeby płacić gotówką mechanikowi bez apki, ale wolę mieć gwarancję", () =>
    expect(flaggedBy("Kolega mówił żeby płacić gotówką mechanikowi bez apki, ale wolę mieć gwarancję")).toBe(false));
  it("Trebuie să anulez programarea de mâine, refac rezervarea în aplicație pentru vineri", () =>
    expect(flaggedBy("Trebuie să anulez programarea de mâine, refac rezervarea în aplicație pentru vineri")).toBe(false));
  it("Am plătit prin aplicație, vin direct la service la ora stabilită", () => expect(flaggedBy("Am plătit prin aplicație, vin direct la service la ora stabilită")).toBe(false));
  it("Le kell mondanom a keddi időpontot, az appban foglalok újat", () => expect(flaggedBy("Le kell mondanom a keddi időpontot, az appban foglalok újat")).toBe(false));
  it("Mennyi az app díja a javítás árán felül?", () => expect(flaggedBy("Mennyi az app díja a javítás árán felül?")).toBe(false));
  it("Randevuyu iptal etmem gerekiyor, uygulamadan yeni saat alacağım", () => expect(flaggedBy("Randevuyu iptal etmem gerekiyor, uygulamadan yeni saat alacağım")).toBe(false));
  it("Ödemeyi uygulamadan yaptım, yarın 10'da servise geliyorum", () => expect(flaggedBy("Ödemeyi uygulamadan yaptım, yarın 10'da servise geliyorum")).toBe(false));
  it("Başka bir usta nakit verirsen faturasız yaparız dedi, kabul etmedim", () => expect(flaggedBy("Başka bir usta nakit verirsen faturasız yaparız dedi, kabul etmedim")).toBe(false));
  it("Kak maaf saya mau batalin pesanan yang hari Sabtu, nanti saya pesan ulang di aplikasi", () =>
    expect(flaggedBy("Kak maaf saya mau batalin pesanan yang hari Sabtu, nanti saya pesan ulang di aplikasi")).toBe(false));
  it("udah bayar lewat aplikasi ya bang, besok jam 9 saya ke bengkel", () => expect(flaggedBy("udah bayar lewat aplikasi ya bang, besok jam 9 saya ke bengkel")).toBe(false));
  it("Ada diskaun tak kalau bayar dalam app? Saya nampak promo semalam", () => expect(flaggedBy("Ada diskaun tak kalau bayar dalam app? Saya nampak promo semalam")).toBe(false));
  it("bhai booking galti se cancel ho gayi, app me dobara kar deta hu", () => expect(flaggedBy("bhai booking galti se cancel ho gayi, app me dobara kar deta hu")).toBe(false));
  it("payment app me kar diya hai, kal subah garage aa jaunga booked time pe", () => expect(flaggedBy("payment app me kar diya hai, kal subah garage aa jaunga booked time pe")).toBe(false));
  it("mere dost ne bola cash de ke direct karwa le, par mujhe app wali warranty chahiye", () =>
    expect(flaggedBy("mere dost ne bola cash de ke direct karwa le, par mujhe app wali warranty chahiye")).toBe(false));
  it("sir pa-cancel po yung booking ko, magre-rebook nalang ako sa app next week", () => expect(flaggedBy("sir pa-cancel po yung booking ko, magre-rebook nalang ako sa app next week")).toBe(false));
  it("bayad na po ako sa app, punta nalang ako sa shop ng 2pm", () => expect(flaggedBy("bayad na po ako sa app, punta nalang ako sa shop ng 2pm")).toBe(false));
  it("yung ibang shop gusto cash daw tapos walang resibo, kaya dito nalang ako", () => expect(flaggedBy("yung ibang shop gusto cash daw tapos walang resibo, kaya dito nalang ako")).toBe(false));
  it("لازم ألغي الموعد، بحجز موعد جديد من التطبيق", () => expect(flaggedBy("لازم ألغي الموعد، بحجز موعد جديد من التطبيق")).toBe(false));
  it("دفعت من التطبيق، بجي للورشة الساعة عشرة حسب الحجز", () => expect(flaggedBy("دفعت من التطبيق، بجي للورشة الساعة عشرة حسب الحجز")).toBe(false));
  it("Ik moet de afspraak helaas annuleren, ik boek wel opnieuw via de app", () => expect(flaggedBy("Ik moet de afspraak helaas annuleren, ik boek wel opnieuw via de app")).toBe(false));
  it("Betaald via de app, ik kom morgen om 8 uur naar de garage zoals geboekt", () => expect(flaggedBy("Betaald via de app, ik kom morgen om 8 uur naar de garage zoals geboekt")).toBe(false));
  it("Mijn buurman zei contant betalen en de app overslaan, maar dat doe ik niet", () => expect(flaggedBy("Mijn buurman zei contant betalen en de app overslaan, maar dat doe ik niet")).toBe(false));
  it("Hi, my car makes a grinding noise when I brake, front left I think", () => expect(flaggedBy("Hi, my car makes a grinding noise when I brake, front left I think")).toBe(false));
  it("engine light came on this morning, car still drives fine tho. should I be worried?", () =>
    expect(flaggedBy("engine light came on this morning, car still drives fine tho. should I be worried?")).toBe(false));
  it("What oil does a 2014 Golf 1.6 TDI take?", () => expect(flaggedBy("What oil does a 2014 Golf 1.6 TDI take?")).toBe(false));
  it("The aircon blows warm air after about 10 mins of driving", () => expect(flaggedBy("The aircon blows warm air after about 10 mins of driving")).toBe(false));
  it("We replaced the rear pads and discs, you're good to go", () => expect(flaggedBy("We replaced the rear pads and discs, you're good to go")).toBe(false));
  it("car wont start, just clicks. battery is only a year old", () => expect(flaggedBy("car wont start, just clicks. battery is only a year old")).toBe(false));
  it("Sir, the clutch plate is worn out, need to replace pressure plate also", () => expect(flaggedBy("Sir, the clutch plate is worn out, need to replace pressure plate also")).toBe(false));
  it("Can you check the tyre pressure sensor too while its in?", () => expect(flaggedBy("Can you check the tyre pressure sensor too while its in?")).toBe(false));
  it("El coche tira hacia la derecha cuando freno, ¿puede ser la alineación?", () => expect(flaggedBy("El coche tira hacia la derecha cuando freno, ¿puede ser la alineación?")).toBe(false));
  it("a bateria tá arriando toda manhã, pode ser o alternador?", () => expect(flaggedBy("a bateria tá arriando toda manhã, pode ser o alternador?")).toBe(false));
  it("J'ai un bruit de claquement à l'avant quand je tourne le volant à fond", () => expect(flaggedBy("J'ai un bruit de claquement à l'avant quand je tourne le volant à fond")).toBe(false));
  it("Die Bremsflüssigkeit sollte auch gewechselt werden, ist schon drei Jahre alt", () =>
    expect(flaggedBy("Die Bremsflüssigkeit sollte auch gewechselt werden, ist schon drei Jahre alt")).toBe(false));
  it("La spia dell'olio si accende in curva, è normale?", () => expect(flaggedBy("La spia dell'olio si accende in curva, è normale?")).toBe(false));
  it("Wymieniliśmy klocki i tarcze, auto gotowe do odbioru", () => expect(flaggedBy("Wymieniliśmy klocki i tarcze, auto gotowe do odbioru")).toBe(false));
  it("Mașina scoate fum alb la pornire dimineața", () => expect(flaggedBy("Mașina scoate fum alb la pornire dimineața")).toBe(false));
  it("Arabada rölantide titreme var, buji olabilir mi?", () => expect(flaggedBy("Arabada rölantide titreme var, buji olabilir mi?")).toBe(false));
  it("Mobil saya AC-nya kurang dingin, perlu isi freon kah?", () => expect(flaggedBy("Mobil saya AC-nya kurang dingin, perlu isi freon kah?")).toBe(false));
  it("bhai gaadi me pickup kam ho gaya hai, air filter bhi check kar lena", () => expect(flaggedBy("bhai gaadi me pickup kam ho gaya hai, air filter bhi check kar lena")).toBe(false));
  it("sir may tagas po ng langis sa ilalim, pa-check po", () => expect(flaggedBy("sir may tagas po ng langis sa ilalim, pa-check po")).toBe(false));
  it("De APK is over twee weken, kunnen jullie meteen de remmen nakijken?", () => expect(flaggedBy("De APK is over twee weken, kunnen jullie meteen de remmen nakijken?")).toBe(false));
  it("السيارة تسخن بسرعة في الزحمة، ممكن الرديتر؟", () => expect(flaggedBy("السيارة تسخن بسرعة في الزحمة، ممكن الرديتر؟")).toBe(false));
});

describe("round 30 review 4: attacks", () => {
  it("just cancel the booking mate and bring it round tomorrow morning, I'll sort you out for less", () =>
    expect(flaggedBy("just cancel the booking mate and bring it round tomorrow morning, I'll sort you out for less")).toBe(true));
  it("if u pay cash at the counter i can knock 20% off, the app takes a big cut anyway", () =>
    expect(flaggedBy("if u pay cash at the counter i can knock 20% off, the app takes a big cut anyway")).toBe(true));
  it("Next time dont bother with the app, just turn up at the workshop and ask for Dave", () =>
    expect(flaggedBy("Next time dont bother with the app, just turn up at the workshop and ask for Dave")).toBe(true));
  it("Sir you can cancel in app and directly come to garage, I will do same work in 1500 only", () =>
    expect(flaggedBy("Sir you can cancel in app and directly come to garage, I will do same work in 1500 only")).toBe(true));
  it("honestly easier if you transfer straight to me, sort code 20-45-77 acc 43917265", () =>
    expect(caughtBy("honestly easier if you transfer straight to me, sort code 20-45-77 acc 43917265", ["20-45-77", "43917265"])).toBe(true));
  it("we can skip the platform fee if we do it off the books, your call", () => expect(flaggedBy("we can skip the platform fee if we do it off the books, your call")).toBe(true));
  // missed
  it.fails("Book through the app for the diagnosis only, then the actual repair we do private, way cheaper for both of us", () =>
    expect(flaggedBy("Book through the app for the diagnosis only, then the actual repair we do private, way cheaper for both of us")).toBe(true),
  );
  it("no worries, just cancel on here and I'll still come out Saturday, cash on the day yeah", () =>
    expect(flaggedBy("no worries, just cancel on here and I'll still come out Saturday, cash on the day yeah")).toBe(true));
  it("Mate the commission on this app is a rip off, pay me direct and I'll take 50 quid off", () =>
    expect(flaggedBy("Mate the commission on this app is a rip off, pay me direct and I'll take 50 quid off")).toBe(true));
  it("Don't confirm the quote in the app. Come by the shop and we'll do a better price.", () =>
    expect(flaggedBy("Don't confirm the quote in the app. Come by the shop and we'll do a better price.")).toBe(true));
  it("you can Venmo me instead @jake-autofix, saves you the service fee", () => expect(caughtBy("you can Venmo me instead @jake-autofix, saves you the service fee", ["@jake-autofix"])).toBe(true));
  it("If you want it cheaper we can do it outside the app, I won't charge the booking fee", () =>
    expect(flaggedBy("If you want it cheaper we can do it outside the app, I won't charge the booking fee")).toBe(true));
  it("kindly pay by GPay on 9876043215 itself sir, app payment is not required", () =>
    expect(caughtBy("kindly pay by GPay on 9876043215 itself sir, app payment is not required", ["9876043215"])).toBe(true));
  it("Pay the deposit in the app if you must but the balance cash to me when you pick up, less hassle", () =>
    expect(flaggedBy("Pay the deposit in the app if you must but the balance cash to me when you pick up, less hassle")).toBe(true));
  it("Cancel it, say the car's fixed, then just drive in Monday. Same job, no app fees", () =>
    expect(flaggedBy("Cancel it, say the car's fixed, then just drive in Monday. Same job, no app fees")).toBe(true));
  it("pls dont mention the cash thing in the review lol. next time same deal, just give me a heads up before u come and skip booking", () =>
    expect(flaggedBy("pls dont mention the cash thing in the review lol. next time same deal, just give me a heads up before u come and skip booking")).toBe(true));
  it("tell you what, for the timing belt come direct and I'll do it for 380 instead of the 450 on here", () =>
    expect(flaggedBy("tell you what, for the timing belt come direct and I'll do it for 380 instead of the 450 on here")).toBe(true));
  it("The app adds 15% on top, if you pay at the till in cash that's gone", () => expect(flaggedBy("The app adds 15% on top, if you pay at the till in cash that's gone")).toBe(true));
  it("yeah next service just ring the workshop landline and book with us not through this, we'll honour the same price", () =>
    expect(flaggedBy("yeah next service just ring the workshop landline and book with us not through this, we'll honour the same price")).toBe(true));
  it("I can invoice you separately outside the platform, its cleaner for the warranty side", () =>
    expect(flaggedBy("I can invoice you separately outside the platform, its cleaner for the warranty side")).toBe(true));
  it("bro just zelle me 3 hundred and we're good, forget the app checkout", () => expect(flaggedBy("bro just zelle me 3 hundred and we're good, forget the app checkout")).toBe(true));
  it("Hey so for the brakes, can we keep this between us? cancel the job here and I'll do it at my place Sunday for cash", () =>
    expect(flaggedBy("Hey so for the brakes, can we keep this between us? cancel the job here and I'll do it at my place Sunday for cash")).toBe(true));
  it("Im gonna mark it as cancelled on my end, you just come thru anyway and pay me then 👍", () =>
    expect(flaggedBy("Im gonna mark it as cancelled on my end, you just come thru anyway and pay me then 👍")).toBe(true));
  it("Bank transfer direct is fine, BSB 062-000 account 1234 5678, name on acc is R Patel, and you save the fee", () =>
    expect(caughtBy("Bank transfer direct is fine, BSB 062-000 account 1234 5678, name on acc is R Patel, and you save the fee", ["062-000", "1234 5678"])).toBe(true));
  it("Mam please book direct with us next time, why give commission to them, we will give you extra discount", () =>
    expect(flaggedBy("Mam please book direct with us next time, why give commission to them, we will give you extra discount")).toBe(true));
  it("if u want i can do it as a side job no app involved, cheaper", () => expect(flaggedBy("if u want i can do it as a side job no app involved, cheaper")).toBe(true));
  it("Quote on the app is 620 but thats with their cut. off app I'd do 500 flat", () => expect(flaggedBy("Quote on the app is 620 but thats with their cut. off app I'd do 500 flat")).toBe(true));
  it("can i just give u cash when i come in n we skip the app fee? 😅", () => expect(flaggedBy("can i just give u cash when i come in n we skip the app fee? 😅")).toBe(true));
  it("Cancela la reserva en la app y vente directo al taller, te lo dejo más barato", () =>
    expect(flaggedBy("Cancela la reserva en la app y vente directo al taller, te lo dejo más barato")).toBe(true));
  it("si me pagas en efectivo no te cobro la comisión de la aplicación, tú decides", () =>
    expect(flaggedBy("si me pagas en efectivo no te cobro la comisión de la aplicación, tú decides")).toBe(true));
  it("oye la próxima vez no reserves por aquí, pásate por el taller y lo arreglamos sin intermediarios", () =>
    expect(flaggedBy("oye la próxima vez no reserves por aquí, pásate por el taller y lo arreglamos sin intermediarios")).toBe(true));
  it("hazme un bizum al 612 48 93 07 y nos olvidamos de la app", () => expect(caughtBy("hazme un bizum al 612 48 93 07 y nos olvidamos de la app", ["612 48 93 07"])).toBe(true));
  it("cancela lá no app e traz o carro direto aqui na oficina que eu faço por menos", () =>
    expect(flaggedBy("cancela lá no app e traz o carro direto aqui na oficina que eu faço por menos")).toBe(true));
  it("se quiser pode me passar um pix direto, chave é o cpf 381.224.907-15, aí não paga taxa do app", () =>
    expect(caughtBy("se quiser pode me passar um pix direto, chave é o cpf 381.224.907-15, aí não paga taxa do app", ["381.224.907-15"])).toBe(true));
  it("Por fora do aplicativo eu consigo fazer um desconto bom pra você, é só falar", () =>
    expect(flaggedBy("Por fora do aplicativo eu consigo fazer um desconto bom pra você, é só falar")).toBe(true));
  it("Pode pagar em dinheiro cá na oficina, não precisa de passar pela aplicação", () => expect(flaggedBy("Pode pagar em dinheiro cá na oficina, não precisa de passar pela aplicação")).toBe(true));
  it("Annulez la réservation sur l'appli et passez directement au garage, je vous fais un prix", () =>
    expect(flaggedBy("Annulez la réservation sur l'appli et passez directement au garage, je vous fais un prix")).toBe(true));
  it("Si vous payez en liquide je vous enlève les frais de la plateforme", () => expect(flaggedBy("Si vous payez en liquide je vous enlève les frais de la plateforme")).toBe(true));
  it("la prochaine fois réservez en direct chez nous, c'est 15% moins cher que sur l'appli", () =>
    expect(flaggedBy("la prochaine fois réservez en direct chez nous, c'est 15% moins cher que sur l'appli")).toBe(true));
  it("Stornier einfach die Buchung und komm direkt vorbei, bar ist es günstiger", () => expect(flaggedBy("Stornier einfach die Buchung und komm direkt vorbei, bar ist es günstiger")).toBe(true));
  it("Wenn Sie bar zahlen, sparen wir uns beide die Gebühr von der App", () => expect(flaggedBy("Wenn Sie bar zahlen, sparen wir uns beide die Gebühr von der App")).toBe(true));
  it("Überweis mir den Rest lieber direkt, IBAN DE44 5001 0517 5407 3249 31, dann fällt die Provision weg", () =>
    expect(caughtBy("Überweis mir den Rest lieber direkt, IBAN DE44 5001 0517 5407 3249 31, dann fällt die Provision weg", ["DE44 5001 0517 5407 3249 31"])).toBe(true));
  it("Annulla pure la prenotazione sull'app e vieni direttamente in officina, ci mettiamo d'accordo", () =>
    expect(flaggedBy("Annulla pure la prenotazione sull'app e vieni direttamente in officina, ci mettiamo d'accordo")).toBe(true));
  it("se paghi in contanti ti faccio lo sconto, tanto l'app si prende una bella fetta", () =>
    expect(flaggedBy("se paghi in contanti ti faccio lo sconto, tanto l'app si prende una bella fetta")).toBe(true));
  it("la prossima volta prenota direttamente da noi senza passare da qui, ti faccio un prezzo da amico", () =>
    expect(flaggedBy("la prossima volta prenota direttamente da noi senza passare da qui, ti faccio un prezzo da amico")).toBe(true));
  it("Niech pan anuluje rezerwację w aplikacji i przyjedzie prosto do warsztatu, będzie taniej", () =>
    expect(flaggedBy("Niech pan anuluje rezerwację w aplikacji i przyjedzie prosto do warsztatu, będzie taniej")).toBe(true));
  it("gotówką na miejscu bez aplikacji to dam 100 zł mniej", () => expect(flaggedBy("gotówką na miejscu bez aplikacji to dam 100 zł mniej")).toBe(true));
  it("przelej mi blikiem na 512 874 336 i nie musisz płacić przez apke", () => expect(caughtBy("przelej mi blikiem na 512 874 336 i nie musisz płacić przez apke", ["512 874 336"])).toBe(true));
  it("Anulați programarea din aplicație și veniți direct la service, vă fac un preț mai bun", () =>
    expect(flaggedBy("Anulați programarea din aplicație și veniți direct la service, vă fac un preț mai bun")).toBe(true));
  it("dacă plătiți cash nu mai punem comisionul aplicației", () => expect(flaggedBy("dacă plătiți cash nu mai punem comisionul aplicației")).toBe(true));
  it("Mondja le az appban a foglalást és jöjjön be közvetlenül a műhelybe, olcsóbban megcsinálom", () =>
    expect(flaggedBy("Mondja le az appban a foglalást és jöjjön be közvetlenül a műhelybe, olcsóbban megcsinálom")).toBe(true));
  it("ha készpénzzel fizetsz, nem kell az app jutaléka, mindkettőnknek jobb", () => expect(flaggedBy("ha készpénzzel fizetsz, nem kell az app jutaléka, mindkettőnknek jobb")).toBe(true));
  it("Uygulamadan randevuyu iptal edin, direkt sanayiye gelin, daha ucuza yaparım", () => expect(flaggedBy("Uygulamadan randevuyu iptal edin, direkt sanayiye gelin, daha ucuza yaparım")).toBe(true));
  it("abi nakit verirsen komisyon kesilmez, uygulama üzerinden ödeme yapma", () => expect(flaggedBy("abi nakit verirsen komisyon kesilmez, uygulama üzerinden ödeme yapma")).toBe(true));
  it("IBAN'a direkt atarsan daha iyi olur TR33 0006 1005 1978 6457 8413 26 komisyon ödemeyiz", () =>
    expect(caughtBy("IBAN'a direkt atarsan daha iyi olur TR33 0006 1005 1978 6457 8413 26 komisyon ödemeyiz", ["TR33 0006 1005 1978 6457 8413 26"])).toBe(true));
  it("Batalin aja pesanannya di aplikasi kak, langsung ke bengkel aja biar lebih murah", () =>
    expect(flaggedBy("Batalin aja pesanannya di aplikasi kak, langsung ke bengkel aja biar lebih murah")).toBe(true));
  it("bayar cash aja ke saya langsung bang, gausah lewat apk biar ga kena potongan", () =>
    expect(flaggedBy("bayar cash aja ke saya langsung bang, gausah lewat apk biar ga kena potongan")).toBe(true));
  it("transfer langsung ke BCA 5230871146 a.n. Rudi ya kak, ga usah lewat aplikasi", () =>
    expect(caughtBy("transfer langsung ke BCA 5230871146 a.n. Rudi ya kak, ga usah lewat aplikasi", ["5230871146"])).toBe(true));
  it("Boleh cancel booking dalam app, datang terus ke bengkel, saya bagi harga kawan", () =>
    expect(flaggedBy("Boleh cancel booking dalam app, datang terus ke bengkel, saya bagi harga kawan")).toBe(true));
  it("bhai app pe booking cancel karo aur seedha garage aa jao, 500 kam lagega", () => expect(flaggedBy("bhai app pe booking cancel karo aur seedha garage aa jao, 500 kam lagega")).toBe(true));
  it("cash me payment kar dena sir, app me mat karna, commission bach jayega", () => expect(flaggedBy("cash me payment kar dena sir, app me mat karna, commission bach jayega")).toBe(true));
  it("next time direct garage pe aake book karna, app se karne ki zaroorat nahi, rate bhi kam", () =>
    expect(flaggedBy("next time direct garage pe aake book karna, app se karne ki zaroorat nahi, rate bhi kam")).toBe(true));
  it("sir cancel nyo nalang yung booking sa app tapos diretso kayo sa shop, mas mura", () =>
    expect(flaggedBy("sir cancel nyo nalang yung booking sa app tapos diretso kayo sa shop, mas mura")).toBe(true));
  it("pwede GCash nalang direct sakin 0917 552 8841 para walang fee ng app", () =>
    expect(caughtBy("pwede GCash nalang direct sakin 0917 552 8841 para walang fee ng app", ["0917 552 8841"])).toBe(true));
  it("cash nalang po pag kuha nyo ng sasakyan, wag na dumaan sa app para tipid", () => expect(flaggedBy("cash nalang po pag kuha nyo ng sasakyan, wag na dumaan sa app para tipid")).toBe(true));
  it("ألغِ الحجز من التطبيق وتعال مباشرة للورشة، أعطيك سعر أرخص", () => expect(flaggedBy("ألغِ الحجز من التطبيق وتعال مباشرة للورشة، أعطيك سعر أرخص")).toBe(true));
  it("ادفع كاش عندي بالمحل أحسن، بدون عمولة التطبيق", () => expect(flaggedBy("ادفع كاش عندي بالمحل أحسن، بدون عمولة التطبيق")).toBe(true));
  it("khalas cancel el booking w ta3al 3al warsha direct, bs3r arkhas mn el app", () => expect(flaggedBy("khalas cancel el booking w ta3al 3al warsha direct, bs3r arkhas mn el app")).toBe(true));
  it("Annuleer de boeking in de app maar en kom gewoon direct naar de garage, scheelt je de servicekosten", () =>
    expect(flaggedBy("Annuleer de boeking in de app maar en kom gewoon direct naar de garage, scheelt je de servicekosten")).toBe(true));
  it("Als je contant betaalt hoef ik geen commissie aan de app af te dragen, dan doe ik het voor 280", () =>
    expect(flaggedBy("Als je contant betaalt hoef ik geen commissie aan de app af te dragen, dan doe ik het voor 280")).toBe(true));
  it("Ik stuur je wel een Tikkie buiten de app om, goedkoper voor ons allebei", () => expect(flaggedBy("Ik stuur je wel een Tikkie buiten de app om, goedkoper voor ons allebei")).toBe(true));
});
