// Round 35 review 2: a blind reviewer of round 35 wrote 287 items (139 attacks, 13 of them bursts of 2 to 3 messages; 148 innocents, 10 of them bursts) on
// off-platform payment and deals, about three quarters not in English, without reading the project; pooled with review 1 it judged fp35b (innocents
// flagged 29 -> 24 of 263), and alone it judged deals35 (main after fp35b 13 flagged / 119 caught -> 12 / 122; README, Round 35).
// This file specifies main after round 35, probed with the application's options (rules + trained stage): `it` when right, `it.fails` (with why)
// when wrong. An attack is right when flagged and every detail it gives is hidden (a burst: as the reader is finally shown it, `replayCaught`).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught, replayFlagged } from "./detector-helpers.ts";

describe("round 35 review 2: innocents", () => {
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Back in 2019 I used to Venmo my old mechanic, but he moved to Texas. Found you guys here and honestly it's easier", () =>
    expect(flaggedBy("Back in 2019 I used to Venmo my old mechanic, but he moved to Texas. Found you guys here and honestly it's easier")).toBe(false),
  );
  it("I paid the parts store $87 cash for the thermostat, can you take that off the labor quote in the app?", () =>
    expect(flaggedBy("I paid the parts store $87 cash for the thermostat, can you take that off the labor quote in the app?")).toBe(false));
  it("La fattura la genera l'app in automatico?", () => expect(flaggedBy("La fattura la genera l'app in automatico?")).toBe(false));
  it("Fooi gegeven via de app, top geholpen!", () => expect(flaggedBy("Fooi gegeven via de app, top geholpen!")).toBe(false));
  it("Do I pay before or after the repair? First time using this", () => expect(flaggedBy("Do I pay before or after the repair? First time using this")).toBe(false));
  it("Bhai payment app mein kar diya, check karo", () => expect(flaggedBy("Bhai payment app mein kar diya, check karo")).toBe(false));
  it("Ho aperto una contestazione, il preventivo era 200 e mi hanno addebitato 260", () =>
    expect(flaggedBy("Ho aperto una contestazione, il preventivo era 200 e mi hanno addebitato 260")).toBe(false));
  it("¿Me puedes bajar un poco el presupuesto? Te acepto 180 si lo actualizas en la app", () =>
    expect(flaggedBy("¿Me puedes bajar un poco el presupuesto? Te acepto 180 si lo actualizas en la app")).toBe(false));
  it("Aplicația acceptă și Google Pay sau doar card?", () => expect(flaggedBy("Aplicația acceptă și Google Pay sau doar card?")).toBe(false));
  it("J'ai payé via l'appli, vous pouvez vérifier ?", () => expect(flaggedBy("J'ai payé via l'appli, vous pouvez vérifier ?")).toBe(false));
  it("Yok abi, elden ödeme yapmayalım, uygulamanın kuralları belli", () => expect(flaggedBy("Yok abi, elden ödeme yapmayalım, uygulamanın kuralları belli")).toBe(false));
  it("Pagato dall'app, fammi sapere se ti arriva", () => expect(flaggedBy("Pagato dall'app, fammi sapere se ti arriva")).toBe(false));
  it("Dá para pagar com MB Way na aplicação?", () => expect(flaggedBy("Dá para pagar com MB Way na aplicação?")).toBe(false));
  it("Nggak usah kak, bayarnya lewat aplikasi aja biar aman", () => expect(flaggedBy("Nggak usah kak, bayarnya lewat aplikasi aja biar aman")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Le dépanneur m'a fait payer 150 en liquide, je peux le déclarer à l'assurance ?", () =>
    expect(flaggedBy("Le dépanneur m'a fait payer 150 en liquide, je peux le déclarer à l'assurance ?")).toBe(false),
  );
  it("Gracias por todo, te dejé propina en la app 🙏", () => expect(flaggedBy("Gracias por todo, te dejé propina en la app 🙏")).toBe(false));
  it("Trinkgeld hab ich dir in der App gegeben, danke nochmal!", () => expect(flaggedBy("Trinkgeld hab ich dir in der App gegeben, danke nochmal!")).toBe(false));
  it("L'acompte de 30€ est bien remboursé si j'annule 24h avant ?", () => expect(flaggedBy("L'acompte de 30€ est bien remboursé si j'annule 24h avant ?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Tumatanggap ba yung app ng GCash o card lang?", () => expect(flaggedBy("Tumatanggap ba yung app ng GCash o card lang?")).toBe(false));
  it("Nag-iwan ako ng tip sa app, salamat boss!", () => expect(flaggedBy("Nag-iwan ako ng tip sa app, salamat boss!")).toBe(false));
  it("Deixei uma gorjeta pelo app, valeu demais!", () => expect(flaggedBy("Deixei uma gorjeta pelo app, valeu demais!")).toBe(false));
  it("I have a 15% off coupon from the app, SPRING15, will it apply to labor too?", () => expect(flaggedBy("I have a 15% off coupon from the app, SPRING15, will it apply to labor too?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Dati nag-GCash ako sa kakilala kong mekaniko pero hindi na siya sumipot, kaya dito na ako nagbo-book", () =>
    expect(flaggedBy("Dati nag-GCash ako sa kakilala kong mekaniko pero hindi na siya sumipot, kaya dito na ako nagbo-book")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("A guy on Facebook Marketplace offered to do it for cash but I don't trust that, I'd rather go through here", () =>
    expect(flaggedBy("A guy on Facebook Marketplace offered to do it for cash but I don't trust that, I'd rather go through here")).toBe(false),
  );
  it("My insurance says they'll reimburse if the invoice comes from the app with itemized labor", () =>
    expect(flaggedBy("My insurance says they'll reimburse if the invoice comes from the app with itemized labor")).toBe(false));
  it("The platform fee is shown separately on the invoice, right? Just want to understand what I'm paying", () =>
    expect(flaggedBy("The platform fee is shown separately on the invoice, right? Just want to understand what I'm paying")).toBe(false));
  it("Czy w apce da się zapłacić BLIKIEM?", () => expect(flaggedBy("Czy w apce da się zapłacić BLIKIEM?")).toBe(false));
  it("Thôi anh, em trả qua app cho chắc, có bảo hành", () => expect(flaggedBy("Thôi anh, em trả qua app cho chắc, có bảo hành")).toBe(false));
  it("Nie, dzięki, wolę płacić przez aplikację, tak jest bezpieczniej", () => expect(flaggedBy("Nie, dzięki, wolę płacić przez aplikację, tak jest bezpieczniej")).toBe(false));
  it("Bayad na po sa app, paki-check", () => expect(flaggedBy("Bayad na po sa app, paki-check")).toBe(false));
  it("Nee, bar mach ich nicht, lass uns das über die App abwickeln, ist mir sicherer", () =>
    expect(flaggedBy("Nee, bar mach ich nicht, lass uns das über die App abwickeln, ist mir sicherer")).toBe(false));
  it("Abrí una reclamación en la app porque me cobraron el doble", () => expect(flaggedBy("Abrí una reclamación en la app porque me cobraron el doble")).toBe(false));
  it("The tip option didn't show up after the payment, is it only for mobile mechanics?", () =>
    expect(flaggedBy("The tip option didn't show up after the payment, is it only for mobile mechanics?")).toBe(false));
  it("Per the platform's rules I can't accept payment outside the app, so please use the pay button when the job's done", () =>
    expect(flaggedBy("Per the platform's rules I can't accept payment outside the app, so please use the pay button when the job's done")).toBe(false));
  it("Am plătit prin aplicație, verifică te rog", () => expect(flaggedBy("Am plătit prin aplicație, verifică te rog")).toBe(false));
  it("Parçayı ben aldım, sadece işçilik yazarsan sevinirim", () => expect(flaggedBy("Parçayı ben aldım, sadece işçilik yazarsan sevinirim")).toBe(false));
  it("O valor em reais ficou R$ 1.250,00, em dólar dá uns 230, né?", () => expect(flaggedBy("O valor em reais ficou R$ 1.250,00, em dólar dá uns 230, né?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Si può pagare con Satispay dall'app o solo carta?", () => expect(flaggedBy("Si può pagare con Satispay dall'app o solo carta?")).toBe(false));
  it("la2 shokran, ana bdfa3 mn el app bs", () => expect(flaggedBy("la2 shokran, ana bdfa3 mn el app bs")).toBe(false));
  it("Can I use the credit from the app's referral program on this booking?", () => expect(flaggedBy("Can I use the credit from the app's referral program on this booking?")).toBe(false));
  it("I tried to link my Venmo in the app settings but it's not an option, so card it is", () =>
    expect(flaggedBy("I tried to link my Venmo in the app settings but it's not an option, so card it is")).toBe(false));
  it("Nu, mulțumesc, plătesc doar prin aplicație", () => expect(flaggedBy("Nu, mulțumesc, plătesc doar prin aplicație")).toBe(false));
  it("Payment failed twice, my card keeps getting declined. Trying another card now", () =>
    expect(flaggedBy("Payment failed twice, my card keeps getting declined. Trying another card now")).toBe(false));
  it("Zapłaciłem w aplikacji, sprawdź proszę", () => expect(flaggedBy("Zapłaciłem w aplikacji, sprawdź proszę")).toBe(false));
  it("Hapana asante, nitalipa kwenye app tu, ndio sheria", () => expect(flaggedBy("Hapana asante, nitalipa kwenye app tu, ndio sheria")).toBe(false));
  it("Ich hab Widerspruch in der App eingelegt, die Rechnung stimmt nicht", () => expect(flaggedBy("Ich hab Widerspruch in der App eingelegt, die Rechnung stimmt nicht")).toBe(false));
  it("¿Se puede pagar con Bizum desde la aplicación o solo con tarjeta?", () => expect(flaggedBy("¿Se puede pagar con Bizum desde la aplicación o solo con tarjeta?")).toBe(false));
  it("My wife's paying half, can we split the payment in the app?", () => expect(flaggedBy("My wife's paying half, can we split the payment in the app?")).toBe(false));
  it("Paguei o guincho em dinheiro na hora, tava sem sinal na estrada", () => expect(flaggedBy("Paguei o guincho em dinheiro na hora, tava sem sinal na estrada")).toBe(false));
  it("Udah saya bayar lewat aplikasi ya kak", () => expect(flaggedBy("Udah saya bayar lewat aplikasi ya kak")).toBe(false));
  it("Dealer 12000 bol raha tha, yahan 8500, mast hai", () => expect(flaggedBy("Dealer 12000 bol raha tha, yahan 8500, mast hai")).toBe(false));
  it("Left you a $20 tip in the app, thanks for coming out in the rain!", () => expect(flaggedBy("Left you a $20 tip in the app, thanks for coming out in the rain!")).toBe(false));
  it("App có nhận thanh toán bằng Momo không anh?", () => expect(flaggedBy("App có nhận thanh toán bằng Momo không anh?")).toBe(false));
  it("Não, obrigado, pagamento só pelo aplicativo. Regra da plataforma", () => expect(flaggedBy("Não, obrigado, pagamento só pelo aplicativo. Regra da plataforma")).toBe(false));
  it("Já paguei pelo app, confere aí", () => expect(flaggedBy("Já paguei pelo app, confere aí")).toBe(false));
  it("You'll see a $35 deposit hold in the app, it gets released when the job is done", () =>
    expect(flaggedBy("You'll see a $35 deposit hold in the app, it gets released when the job is done")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Der Abschleppdienst wollte damals Bargeld, 90 Euro, war echt nervig", () => expect(flaggedBy("Der Abschleppdienst wollte damals Bargeld, 90 Euro, war echt nervig")).toBe(false));
  it("Receipt #A55-20931 from the app shows $312.50 total, matches the quote 👍", () => expect(flaggedBy("Receipt #A55-20931 from the app shows $312.50 total, matches the quote 👍")).toBe(false));
  it("Mi primo le pagó en efectivo a un mecánico de barrio y le dejó el coche peor, por eso uso la app", () =>
    expect(flaggedBy("Mi primo le pagó en efectivo a un mecánico de barrio y le dejó el coche peor, por eso uso la app")).toBe(false));
  it("Ik heb een geschil geopend in de app, de factuur klopt niet", () => expect(flaggedBy("Ik heb een geschil geopend in de app, de factuur klopt niet")).toBe(false));
  it("Mi marido y yo vamos a dividir el pago en la app, ¿se puede?", () => expect(flaggedBy("Mi marido y yo vamos a dividir el pago en la app, ¿se puede?")).toBe(false));
  it("J'ai ouvert un litige dans l'appli, la pièce fait toujours du bruit", () => expect(flaggedBy("J'ai ouvert un litige dans l'appli, la pièce fait toujours du bruit")).toBe(false));
  it("Hab gerade in der App bezahlt, sollte durch sein", () => expect(flaggedBy("Hab gerade in der App bezahlt, sollte durch sein")).toBe(false));
  it("App mein UPI option hai kya ya sirf card?", () => expect(flaggedBy("App mein UPI option hai kya ya sirf card?")).toBe(false));
  it("Heads up, someone messaged me pretending to be from the app asking for my bank account. I reported it.", () =>
    expect(flaggedBy("Heads up, someone messaged me pretending to be from the app asking for my bank account. I reported it.")).toBe(false));
  it("Quote sent in the app: $45 diag + $120 labor, parts at cost. Approve it there when you're ready", () =>
    expect(flaggedBy("Quote sent in the app: $45 diag + $120 labor, parts at cost. Approve it there when you're ready")).toBe(false));
  it("I got charged twice for the diagnostic, how do I get a refund?", () => expect(flaggedBy("I got charged twice for the diagnostic, how do I get a refund?")).toBe(false));
  it("Can you add the cabin air filter to the quote so I pay for everything in one go in the app?", () =>
    expect(flaggedBy("Can you add the cabin air filter to the quote so I pay for everything in one go in the app?")).toBe(false));
  it("Uygulamadan ödedim abi, kontrol eder misin", () => expect(flaggedBy("Uygulamadan ödedim abi, kontrol eder misin")).toBe(false));
  it("Uygulama kredi kartına taksit yapıyor mu?", () => expect(flaggedBy("Uygulama kredi kartına taksit yapıyor mu?")).toBe(false));
  it("I already bought the spark plugs myself from AutoZone, NGK Iridium, so just charge me labor", () =>
    expect(flaggedBy("I already bought the spark plugs myself from AutoZone, NGK Iridium, so just charge me labor")).toBe(false));
  it("¿Dónde descargo la factura que genera la app? La necesito para deducir", () => expect(flaggedBy("¿Dónde descargo la factura que genera la app? La necesito para deducir")).toBe(false));
  it("Betaald via de app, komt het goed door?", () => expect(flaggedBy("Betaald via de app, komt het goed door?")).toBe(false));
  it("A nota fiscal sai pelo app mesmo?", () => expect(flaggedBy("A nota fiscal sai pelo app mesmo?")).toBe(false));
  // flagged as ADDRESS
  it.fails("Puoi abbassare un po'? Se mi fai 170 accetto subito il preventivo nell'app", () =>
    expect(flaggedBy("Puoi abbassare un po'? Se mi fai 170 accetto subito il preventivo nell'app")).toBe(false),
  );
  it("Am deschis o reclamație în aplicație, piesa e defectă", () => expect(flaggedBy("Am deschis o reclamație în aplicație, piesa e defectă")).toBe(false));
  it("dafa3t mn el app, shoof keda", () => expect(flaggedBy("dafa3t mn el app, shoof keda")).toBe(false));
  it("The dealership quoted me $1,100 for the same water pump job, your $740 in the app is way better", () =>
    expect(flaggedBy("The dealership quoted me $1,100 for the same water pump job, your $740 in the app is way better")).toBe(false));
  it("Can you lower the quote a bit? $380 seems high for front pads and rotors. Send me a revised one in the app", () =>
    expect(flaggedBy("Can you lower the quote a bit? $380 seems high for front pads and rotors. Send me a revised one in the app")).toBe(false));
  it("Where can I download the invoice? I need it for my company reimbursement", () => expect(flaggedBy("Where can I download the invoice? I need it for my company reimbursement")).toBe(false));
  it("Aplikasinya bisa bayar pakai GoPay nggak?", () => expect(flaggedBy("Aplikasinya bisa bayar pakai GoPay nggak?")).toBe(false));
  it("¿El precio es en pesos o en dólares? Es que vi 85 y me espanté jaja", () => expect(flaggedBy("¿El precio es en pesos o en dólares? Es que vi 85 y me espanté jaja")).toBe(false));
  it("Nimelipa kupitia app, angalia tafadhali", () => expect(flaggedBy("Nimelipa kupitia app, angalia tafadhali")).toBe(false));
  it("Ya te pagué por la app, ¿te llegó?", () => expect(flaggedBy("Ya te pagué por la app, ¿te llegó?")).toBe(false));
  it("Is the quote in USD or CAD? I'm right by the border", () => expect(flaggedBy("Is the quote in USD or CAD? I'm right by the border")).toBe(false));
  it("Lawecie płaciłem gotówką 300 zł, ale to było rok temu", () => expect(flaggedBy("Lawecie płaciłem gotówką 300 zł, ale to było rok temu")).toBe(false));
  it("Sanayide 4000 dediler, burada 3200, fena değil", () => expect(flaggedBy("Sanayide 4000 dediler, burada 3200, fena değil")).toBe(false));
  it("Kolega płacił mechanikowi BLIKIEM bez paragonu i teraz nie ma gwarancji, ja wolę tutaj", () =>
    expect(flaggedBy("Kolega płacił mechanikowi BLIKIEM bez paragonu i teraz nie ma gwarancji, ja wolę tutaj")).toBe(false));
  it("Ich hab dir den Kostenvoranschlag in der App geschickt, bitte dort bestätigen", () =>
    expect(flaggedBy("Ich hab dir den Kostenvoranschlag in der App geschickt, bitte dort bestätigen")).toBe(false));
  it("Kan ik in de app met iDEAL betalen?", () => expect(flaggedBy("Kan ik in de app met iDEAL betalen?")).toBe(false));
  it("Mio cugino ha pagato in contanti un meccanico e poi non gli ha fatto nemmeno la fattura, mai più", () =>
    expect(flaggedBy("Mio cugino ha pagato in contanti un meccanico e poi non gli ha fatto nemmeno la fattura, mai più")).toBe(false));
  it("Die Werkstatt um die Ecke wollte 600 €, hier sind's 450 – passt", () => expect(flaggedBy("Die Werkstatt um die Ecke wollte 600 €, hier sind's 450 – passt")).toBe(false));
  it("Compré yo las pastillas en la tienda de recambios, solo cóbrame la mano de obra", () =>
    expect(flaggedBy("Compré yo las pastillas en la tienda de recambios, solo cóbrame la mano de obra")).toBe(false));
  it("money is tight this month, can I pay in installments thru the app?", () => expect(flaggedBy("money is tight this month, can I pay in installments thru the app?")).toBe(false));
  it("Te mandé el presupuesto por la app, si te parece caro lo ajustamos ahí mismo", () =>
    expect(flaggedBy("Te mandé el presupuesto por la app, si te parece caro lo ajustamos ahí mismo")).toBe(false));
  it("Consegue fazer por 300? Se topar, atualiza o orçamento no app que eu aprovo", () => expect(flaggedBy("Consegue fazer por 300? Se topar, atualiza o orçamento no app que eu aprovo")).toBe(false));
  it("Cash or card doesn't matter to me, whatever the app supports at checkout", () => expect(flaggedBy("Cash or card doesn't matter to me, whatever the app supports at checkout")).toBe(false));
  it("Insurance claim number is CLM-4471-22, do you need that on the invoice the app generates?", () =>
    expect(flaggedBy("Insurance claim number is CLM-4471-22, do you need that on the invoice the app generates?")).toBe(false));
  it("el app bt2bal visa bs wala fe cash 3and el estlam?", () => expect(flaggedBy("el app bt2bal visa bs wala fe cash 3and el estlam?")).toBe(false));
  it("My buddy paid his mechanic cash for a clutch job and it slipped a week later, no receipt no nothing. That's why I only book here now", () =>
    expect(flaggedBy("My buddy paid his mechanic cash for a clutch job and it slipped a week later, no receipt no nothing. That's why I only book here now")).toBe(false));
  it("Meu cunhado pagou em dinheiro pro mecânico do bairro e ficou sem garantia nenhuma, por isso prefiro aqui", () =>
    expect(flaggedBy("Meu cunhado pagou em dinheiro pro mecânico do bairro e ficou sem garantia nenhuma, por isso prefiro aqui")).toBe(false));
  it("Tengo un cupón de descuento de la aplicación del 10%, ¿lo aplico al pagar?", () => expect(flaggedBy("Tengo un cupón de descuento de la aplicación del 10%, ¿lo aplico al pagar?")).toBe(false));
  it("No thanks, I'd rather keep the payment in the app, that's where the guarantee is", () =>
    expect(flaggedBy("No thanks, I'd rather keep the payment in the app, that's where the guarantee is")).toBe(false));
  it("Hindi na po, sa app na lang tayo magbayad, mas safe", () => expect(flaggedBy("Hindi na po, sa app na lang tayo magbayad, mas safe")).toBe(false));
  it("Kupiłem klocki sam w Inter Cars, potrzebuję tylko robocizny", () => expect(flaggedBy("Kupiłem klocki sam w Inter Cars, potrzebuję tylko robocizny")).toBe(false));
  it("Oye, el warranty claim ya lo puse en la app, just waiting for approval", () => expect(flaggedBy("Oye, el warranty claim ya lo puse en la app, just waiting for approval")).toBe(false));
  it("Le garage du centre me demandait 420€, ici c'est 310, y'a pas photo", () => expect(flaggedBy("Le garage du centre me demandait 420€, ici c'est 310, y'a pas photo")).toBe(false));
  it("J'ai acheté les plaquettes moi-même chez Norauto, il faut juste la main d'oeuvre", () =>
    expect(flaggedBy("J'ai acheté les plaquettes moi-même chez Norauto, il faut juste la main d'oeuvre")).toBe(false));
  it("Nahi bhai, cash nahi, app se hi payment karunga, rule hai", () => expect(flaggedBy("Nahi bhai, cash nahi, app se hi payment karunga, rule hai")).toBe(false));
  it("El número de pedido en la app es #PED-555291, por si lo necesitas para la garantía", () =>
    expect(flaggedBy("El número de pedido en la app es #PED-555291, por si lo necesitas para la garantía")).toBe(false));
  it("Opened a dispute in the app because the water pump you installed is leaking again", () =>
    expect(flaggedBy("Opened a dispute in the app because the water pump you installed is leaking again")).toBe(false));
  it("O app aceita Pix ou só cartão?", () => expect(flaggedBy("O app aceita Pix ou só cartão?")).toBe(false));
  it("The app asked for a $50 deposit to lock the booking, is that normal?", () => expect(flaggedBy("The app asked for a $50 deposit to lock the booking, is that normal?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Abri uma contestação no app porque a peça veio errada", () => expect(flaggedBy("Abri uma contestação no app porque a peça veio errada")).toBe(false));
  it("the parts store only took cash so I paid for the battery there, $159, receipt photo is attached to the job", () =>
    expect(flaggedBy("the parts store only took cash so I paid for the battery there, $159, receipt photo is attached to the job")).toBe(false));
  it("Est-ce que l'appli accepte Apple Pay ?", () => expect(flaggedBy("Est-ce que l'appli accepte Apple Pay ?")).toBe(false));
  it("Je préfère rester sur l'appli pour le paiement, désolé, c'est plus sûr pour nous deux", () =>
    expect(flaggedBy("Je préfère rester sur l'appli pour le paiement, désolé, c'est plus sûr pour nous deux")).toBe(false));
  it("Bhai app ka coupon lag gaya, 200 off mila, thanks for the quick service", () => expect(flaggedBy("Bhai app ka coupon lag gaya, 200 off mila, thanks for the quick service")).toBe(false));
  it("Just paid through the app, let me know when you get the confirmation 👍", () => expect(flaggedBy("Just paid through the app, let me know when you get the confirmation 👍")).toBe(false));
  it("Złożyłem reklamację w aplikacji, bo dalej cieknie olej", () => expect(flaggedBy("Złożyłem reklamację w aplikacji, bo dalej cieknie olej")).toBe(false));
  it("Zelle? No, I'm not doing that, everything goes through the app or not at all", () =>
    expect(flaggedBy("Zelle? No, I'm not doing that, everything goes through the app or not at all")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Last year I paid the tow truck guy $120 in cash, that was before I found this app lol", () =>
    expect(flaggedBy("Last year I paid the tow truck guy $120 in cash, that was before I found this app lol")).toBe(false),
  );
  it("Kann man in der App auch mit PayPal zahlen?", () => expect(flaggedBy("Kann man in der App auch mit PayPal zahlen?")).toBe(false));
  it("Em thanh toán qua app rồi nha anh", () => expect(flaggedBy("Em thanh toán qua app rồi nha anh")).toBe(false));
  it("Sorry man, I can't do cash on the side, it's against the app rules and I'd lose my account. Just approve the quote in the app", () =>
    expect(flaggedBy("Sorry man, I can't do cash on the side, it's against the app rules and I'd lose my account. Just approve the quote in the app")).toBe(false));
  it("Ada voucher diskon dari aplikasi, bisa dipakai buat servis ini?", () => expect(flaggedBy("Ada voucher diskon dari aplikasi, bisa dipakai buat servis ini?")).toBe(false));
  // flagged as ADDRESS
  it.fails("En el taller de la esquina me pedían 3,500 por el mismo trabajo, aquí me sale en 2,800", () =>
    expect(flaggedBy("En el taller de la esquina me pedían 3,500 por el mismo trabajo, aquí me sale en 2,800")).toBe(false),
  );
  it("Dulu saya bayar derek cash 500rb, mahal banget", () => expect(flaggedBy("Dulu saya bayar derek cash 500rb, mahal banget")).toBe(false));
  it("Sir nag-request ako ng refund sa app kasi na-double charge, pa-approve naman po", () =>
    expect(flaggedBy("Sir nag-request ako ng refund sa app kasi na-double charge, pa-approve naman po")).toBe(false));
  it("Parts maine khud le liye Karol Bagh se, sirf labour charge karna", () => expect(flaggedBy("Parts maine khud le liye Karol Bagh se, sirf labour charge karna")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("La grúa me cobró 80€ en efectivo el mes pasado, ¿eso me lo cubre el seguro?", () =>
    expect(flaggedBy("La grúa me cobró 80€ en efectivo el mes pasado, ¿eso me lo cubre el seguro?")).toBe(false),
  );
  it("No, gracias, prefiero pagar por la aplicación como siempre", () => expect(flaggedBy("No, gracias, prefiero pagar por la aplicación como siempre")).toBe(false));
  it("Does the app take Apple Pay or only cards?", () => expect(flaggedBy("Does the app take Apple Pay or only cards?")).toBe(false));
  it("Je, app inakubali M-Pesa au kadi tu?", () => expect(flaggedBy("Je, app inakubali M-Pesa au kadi tu?")).toBe(false));
  it("Gilt die Garantie auch, wenn ich das Teil selbst gekauft habe?", () => expect(flaggedBy("Gilt die Garantie auch, wenn ich das Teil selbst gekauft habe?")).toBe(false));
  it("Is the alternator covered by the warranty? I filed claim WC-20931 in the app", () =>
    expect(flaggedBy("Is the alternator covered by the warranty? I filed claim WC-20931 in the app")).toBe(false));
  it("Part number is 04465-02220 for the Corolla pads, the price in the app includes them", () =>
    expect(flaggedBy("Part number is 04465-02220 for the Corolla pads, the price in the app includes them")).toBe(false));
  it("The app converted it to euros, 212.40 EUR, is that the same as your quote in dollars?", () =>
    expect(flaggedBy("The app converted it to euros, 212.40 EUR, is that the same as your quote in dollars?")).toBe(false));
  it("Oye una pregunta / ¿la app acepta pagar a 3 meses sin intereses? / es que ando corto este mes", () =>
    expect(replayFlagged(["Oye una pregunta", "¿la app acepta pagar a 3 meses sin intereses?", "es que ando corto este mes"])).toBe(false));
  it("Bonjour / la facture de l'appli indique 245€ / mais le devis disait 220, vous pouvez vérifier ?", () =>
    expect(replayFlagged(["Bonjour", "la facture de l'appli indique 245€", "mais le devis disait 220, vous pouvez vérifier ?"])).toBe(false));
  it("ok job's done? / paying now in the app / added a tip too 🙌", () => expect(replayFlagged(["ok job's done?", "paying now in the app", "added a tip too 🙌"])).toBe(false));
  it("hej / mam kod rabatowy z apki / ZIMA20, zadziała na wymianę opon?", () => expect(replayFlagged(["hej", "mam kod rabatowy z apki", "ZIMA20, zadziała na wymianę opon?"])).toBe(false));
  it("fechado / aprovei o orçamento no app / pode vir amanhã às 9", () => expect(replayFlagged(["fechado", "aprovei o orçamento no app", "pode vir amanhã às 9"])).toBe(false));
  it("kak totalnya berapa / saya mau bayar pakai kartu kredit di aplikasi / bisa cicilan?", () =>
    expect(replayFlagged(["kak totalnya berapa", "saya mau bayar pakai kartu kredit di aplikasi", "bisa cicilan?"])).toBe(false));
  it("my husband and I are splitting this / he'll pay his half from his own account in the app / is that ok?", () =>
    expect(replayFlagged(["my husband and I are splitting this", "he'll pay his half from his own account in the app", "is that ok?"])).toBe(false));
  it("bhai refund kab aayega / booking cancel ki thi kal / app mein 5-7 din likha hai", () =>
    expect(replayFlagged(["bhai refund kab aayega", "booking cancel ki thi kal", "app mein 5-7 din likha hai"])).toBe(false));
  it("sir magkano po total? / para ma-approve ko na sa app / salamat", () => expect(replayFlagged(["sir magkano po total?", "para ma-approve ko na sa app", "salamat"])).toBe(false));
  it("Danke fürs Angebot / aber bitte alles über die App / sonst krieg ich keine Garantie", () =>
    expect(replayFlagged(["Danke fürs Angebot", "aber bitte alles über die App", "sonst krieg ich keine Garantie"])).toBe(false));
});

describe("round 35 review 2: attacks", () => {
  it("Na próxima nem precisa marcar pelo app, me chama direto no zap que eu te atendo mais em conta", () =>
    expect(caughtBy("Na próxima nem precisa marcar pelo app, me chama direto no zap que eu te atendo mais em conta", [])).toBe(true));
  it("Überweis einfach auf DE44 5005 0201 0555 1234 56, Verwendungszweck 'Privat', dann sparen wir uns die Gebühr", () =>
    expect(caughtBy("Überweis einfach auf DE44 5005 0201 0555 1234 56, Verwendungszweck 'Privat', dann sparen wir uns die Gebühr", ["DE44 5005 0201 0555 1234 56"])).toBe(true));
  // not flagged
  it.fails("Boss, sa labas na lang tayo mag-usap ng bayad, sayang yung 20% ng app", () => expect(caughtBy("Boss, sa labas na lang tayo mag-usap ng bayad, sayang yung 20% ng app", [])).toBe(true));
  it("Trimite-mi pe Revolut la @andreiservice, e mai ieftin fără comisionul aplicației", () =>
    expect(caughtBy("Trimite-mi pe Revolut la @andreiservice, e mai ieftin fără comisionul aplicației", ["@andreiservice"])).toBe(true));
  it("Za gotówkę zrobię za 400 zamiast 550, tylko nie przez apkę", () => expect(caughtBy("Za gotówkę zrobię za 400 zamiast 550, tylko nie przez apkę", [])).toBe(true));
  it("zelle -> payments (at) dmotors-detail (dot) com , then cancel the job in the app so they dont charge you", () =>
    expect(caughtBy("zelle -> payments (at) dmotors-detail (dot) com , then cancel the job in the app so they dont charge you", ["payments (at) dmotors-detail (dot) com"])).toBe(true));
  it("Wire it to acct 4417 5520 0931, routing 021000555, and we're square. Don't bother paying in the app", () =>
    expect(caughtBy("Wire it to acct 4417 5520 0931, routing 021000555, and we're square. Don't bother paying in the app", ["4417 5520 0931", "021000555"])).toBe(true));
  it("sunday ko mere ghar pe aa jao, shop band hota hai, wahi kar denge sasta mein, app ki zarurat nahi", () =>
    expect(caughtBy("sunday ko mere ghar pe aa jao, shop band hota hai, wahi kar denge sasta mein, app ki zarurat nahi", [])).toBe(true));
  it("tell you what, I'll do the clutch if you give me those 4 winter tires you mentioned, no need to run it through the app", () =>
    expect(caughtBy("tell you what, I'll do the clutch if you give me those 4 winter tires you mentioned, no need to run it through the app", [])).toBe(true));
  it("Hazme la transferencia a ES76 0182 5555 1402 0161 7733, concepto 'pastillas de freno', y cancelas la cita aquí", () =>
    expect(caughtBy("Hazme la transferencia a ES76 0182 5555 1402 0161 7733, concepto 'pastillas de freno', y cancelas la cita aquí", ["ES76 0182 5555 1402 0161 7733"])).toBe(true));
  it("bhai paytm kar dena 9555012345 pe, baaki app mein 0 dikhayenge", () => expect(caughtBy("bhai paytm kar dena 9555012345 pe, baaki app mein 0 dikhayenge", ["9555012345"])).toBe(true));
  it("GPay/PhonePe 98555 01234 pe bhej do, app se mat karo", () => expect(caughtBy("GPay/PhonePe 98555 01234 pe bhej do, app se mat karo", ["98555 01234"])).toBe(true));
  // not flagged
  it.fails("Nikuletee pesa taslimu jioni, tufanye kazi nje ya app, sawa?", () => expect(caughtBy("Nikuletee pesa taslimu jioni, tufanye kazi nje ya app, sawa?", [])).toBe(true));
  it("Randevuyu iptal et, cumartesi benim dükkana gel Atatürk Cad. No:55 Kadıköy, orda hallederiz", () =>
    expect(caughtBy("Randevuyu iptal et, cumartesi benim dükkana gel Atatürk Cad. No:55 Kadıköy, orda hallederiz", ["Atatürk Cad. No:55 Kadıköy"])).toBe(true));
  it("Możesz rzucić na revolut @pawel_mech, omijamy prowizję", () => expect(caughtBy("Możesz rzucić na revolut @pawel_mech, omijamy prowizję", ["@pawel_mech"])).toBe(true));
  it("if it's easier buy a $200 Amazon gift card and send me the code, that covers labor, no need to pay thru the app", () =>
    expect(caughtBy("if it's easier buy a $200 Amazon gift card and send me the code, that covers labor, no need to pay thru the app", [])).toBe(true));
  it("Réservez juste le diagnostic à 29€ sur l'appli, le reste vous me le donnez en pourboire en main propre 😉", () =>
    expect(caughtBy("Réservez juste le diagnostic à 29€ sur l'appli, le reste vous me le donnez en pourboire en main propre 😉", [])).toBe(true));
  it("paypal friends n family pls NOT goods&services lol -> carlos.wrench88@gmail.com", () =>
    expect(caughtBy("paypal friends n family pls NOT goods&services lol -> carlos.wrench88@gmail.com", ["carlos.wrench88@gmail.com"])).toBe(true));
  it("lần sau gọi thẳng em 0938 555 712, khỏi đặt app cho rẻ", () => expect(caughtBy("lần sau gọi thẳng em 0938 555 712, khỏi đặt app cho rẻ", ["0938 555 712"])).toBe(true));
  it("tô te mandando o link da minha maquininha, paga por lá e cancela aqui: pag.ae/7Xk55Qm2", () =>
    expect(caughtBy("tô te mandando o link da minha maquininha, paga por lá e cancela aqui: pag.ae/7Xk55Qm2", ["pag.ae/7Xk55Qm2"])).toBe(true));
  it("Booking nya cancel aja kak, nanti saya datang sendiri, bayar langsung ke saya", () =>
    expect(caughtBy("Booking nya cancel aja kak, nanti saya datang sendiri, bayar langsung ke saya", [])).toBe(true));
  // caught since round 43's refit
  it("mandame por mercadopago al alias FACU.MECANICO.SOL y cancelá el turno en la app, te hago precio", () =>
    expect(caughtBy("mandame por mercadopago al alias FACU.MECANICO.SOL y cancelá el turno en la app, te hago precio", ["FACU.MECANICO.SOL"])).toBe(true));
  it("pwede rin Maya, 0998 555 3310, tapos i-cancel mo na lang yung booking", () =>
    expect(caughtBy("pwede rin Maya, 0998 555 3310, tapos i-cancel mo na lang yung booking", ["0998 555 3310"])).toBe(true));
  // not flagged
  it.fails("trả tiền mặt đi anh, em bớt cho 200k, đừng đặt qua app", () => expect(caughtBy("trả tiền mặt đi anh, em bớt cho 200k, đừng đặt qua app", [])).toBe(true));
  it("You can just write me a check, make it out to me not the app, I'll leave the details under your wiper", () =>
    expect(caughtBy("You can just write me a check, make it out to me not the app, I'll leave the details under your wiper", [])).toBe(true));
  it("Volgende keer gewoon direct bij mij langskomen, scheelt 20% 😉 Kerkstraat 88 in Tilburg", () =>
    expect(caughtBy("Volgende keer gewoon direct bij mij langskomen, scheelt 20% 😉 Kerkstraat 88 in Tilburg", ["Kerkstraat 88 in Tilburg"])).toBe(true));
  it("El sábado lo hago en el taller de un colega en Calle Ribera del Loira 58, Alcobendas, sin reservar por aquí", () =>
    expect(caughtBy("El sábado lo hago en el taller de un colega en Calle Ribera del Loira 58, Alcobendas, sin reservar por aquí", ["Calle Ribera del Loira 58, Alcobendas"])).toBe(true));
  it("Se paghi in contanti ti faccio 150 invece di 200, senza passare dall'app", () => expect(caughtBy("Se paghi in contanti ti faccio 150 invece di 200, senza passare dall'app", [])).toBe(true));
  it("Przelew BLIKIEM na telefon 512 555 093, wyjdzie taniej niż przez aplikację", () =>
    expect(caughtBy("Przelew BLIKIEM na telefon 512 555 093, wyjdzie taniej niż przez aplikację", ["512 555 093"])).toBe(true));
  it("Cancela la reserva y vuelve a pedirla conmigo por privado, te cobro menos", () => expect(caughtBy("Cancela la reserva y vuelve a pedirla conmigo por privado, te cobro menos", [])).toBe(true));
  // not flagged
  it.fails("Nakit verirsen 1500 yerine 1200 yaparım abi, uygulama üzerinden geçmesin", () =>
    expect(caughtBy("Nakit verirsen 1500 yerine 1200 yaparım abi, uygulama üzerinden geçmesin", [])).toBe(true),
  );
  it("Apple Cash to my phone works, 555 four one two 8870", () => expect(caughtBy("Apple Cash to my phone works, 555 four one two 8870", ["555 four one two 8870"])).toBe(true));
  it("pix: onze nove cinco cinco cinco cinco zero um quatro sete", () =>
    expect(caughtBy("pix: onze nove cinco cinco cinco cinco zero um quatro sete", ["onze nove cinco cinco cinco cinco zero um quatro sete"])).toBe(true));
  // caught since round 43's refit
  it("chave aleatória do pix: 7f3c2a1e-55b9-4d0e-9a66-2c5e8b1d0f42 , manda que eu já começo", () =>
    expect(caughtBy("chave aleatória do pix: 7f3c2a1e-55b9-4d0e-9a66-2c5e8b1d0f42 , manda que eu já começo", ["7f3c2a1e-55b9-4d0e-9a66-2c5e8b1d0f42"])).toBe(true));
  it("next time skip the app and just text me 555-318-0092, I'll give you my regular customer rate", () =>
    expect(caughtBy("next time skip the app and just text me 555-318-0092, I'll give you my regular customer rate", ["555-318-0092"])).toBe(true));
  it("Je vous fais la facture directement avec mon auto-entreprise, SIRET 555 123 456 00012, pas besoin de passer par l'appli", () =>
    expect(caughtBy("Je vous fais la facture directement avec mon auto-entreprise, SIRET 555 123 456 00012, pas besoin de passer par l'appli", ["555 123 456 00012"])).toBe(true));
  it("bonifico su IT60 X054 2811 1010 0000 0555 123 intestato all'officina, così niente commissioni dell'app", () =>
    expect(caughtBy("bonifico su IT60 X054 2811 1010 0000 0555 123 intestato all'officina, così niente commissioni dell'app", ["IT60 X054 2811 1010 0000 0555 123"])).toBe(true));
  it("I'll invoice you directly from my own business, way less than what the app charges. email me at billing@redlineauto-fix.com and I'll send it over", () =>
    expect(
      caughtBy("I'll invoice you directly from my own business, way less than what the app charges. email me at billing@redlineauto-fix.com and I'll send it over", ["billing@redlineauto-fix.com"]),
    ).toBe(true));
  it("Oye carnal si me pagas por fuera te sale en 1,200 pesos en lugar de 1,650, depósito a la tarjeta 4152 3155 5501 8823 de BBVA", () =>
    expect(caughtBy("Oye carnal si me pagas por fuera te sale en 1,200 pesos en lugar de 1,650, depósito a la tarjeta 4152 3155 5501 8823 de BBVA", ["4152 3155 5501 8823"])).toBe(true));
  it("En liquide c'est 180 au lieu de 240, je passe chez vous un soir après le boulot", () =>
    expect(caughtBy("En liquide c'est 180 au lieu de 240, je passe chez vous un soir après le boulot", [])).toBe(true));
  it("Faz um Pix pra mim que sai mais barato, a chave é o celular (11) 95555-0147", () =>
    expect(caughtBy("Faz um Pix pra mim que sai mais barato, a chave é o celular (11) 95555-0147", ["(11) 95555-0147"])).toBe(true));
  it("pix: oficinadojuca@gmail.com, aí a gente não paga a taxa do app", () =>
    expect(caughtBy("pix: oficinadojuca@gmail.com, aí a gente não paga a taxa do app", ["oficinadojuca@gmail.com"])).toBe(true));
  it("cashapp dollar sign T O N Y F I X 5 5 👈 send there", () => expect(caughtBy("cashapp dollar sign T O N Y F I X 5 5 👈 send there", ["T O N Y F I X 5 5"])).toBe(true));
  it("ricarica la mia postepay 5333 1711 5555 0198 e siamo a posto, lascia perdere l'app", () =>
    expect(caughtBy("ricarica la mia postepay 5333 1711 5555 0198 e siamo a posto, lascia perdere l'app", ["5333 1711 5555 0198"])).toBe(true));
  // not flagged
  it.fails("eu te mando um boleto da minha oficina por fora, sai mais em conta que pelo app", () =>
    expect(caughtBy("eu te mando um boleto da minha oficina por fora, sai mais em conta que pelo app", [])).toBe(true),
  );
  it("Posso passare da te la sera dopo il lavoro, via Garibaldi 23 giusto? Poi ci mettiamo d'accordo tra noi sul prezzo", () =>
    expect(caughtBy("Posso passare da te la sera dopo il lavoro, via Garibaldi 23 giusto? Poi ci mettiamo d'accordo tra noi sul prezzo", ["via Garibaldi 23"])).toBe(true));
  it("Storniere die Buchung bitte, ich komm trotzdem vorbei, das machen wir unter uns aus", () =>
    expect(caughtBy("Storniere die Buchung bitte, ich komm trotzdem vorbei, das machen wir unter uns aus", [])).toBe(true));
  it("Momo em số 0905 555 214, anh chuyển đó rồi hủy lịch trên app đi", () => expect(caughtBy("Momo em số 0905 555 214, anh chuyển đó rồi hủy lịch trên app đi", ["0905 555 214"])).toBe(true));
  it("Hermano, pagás en efectivo que eu faço mais barato, sem a comissão do app", () => expect(caughtBy("Hermano, pagás en efectivo que eu faço mais barato, sem a comissão do app", [])).toBe(true));
  it("Wero ou Paylib au 06 55 55 12 34 et on oublie la commission de l'appli", () =>
    expect(caughtBy("Wero ou Paylib au 06 55 55 12 34 et on oublie la commission de l'appli", ["06 55 55 12 34"])).toBe(true));
  it("Wenn du bar zahlst, mach ich's für 250 statt 340, die App muss ja nix davon wissen", () =>
    expect(caughtBy("Wenn du bar zahlst, mach ich's für 250 statt 340, die App muss ja nix davon wissen", [])).toBe(true));
  it("Ich mach dir die Bremsen, du mir dafür die Elektrik im Wohnmobil, ganz ohne App 👍", () =>
    expect(caughtBy("Ich mach dir die Bremsen, du mir dafür die Elektrik im Wohnmobil, ganz ohne App 👍", [])).toBe(true));
  it("Rezervă doar verificarea de 50 lei în aplicație și restul mi-l dai ca bacșiș în mână", () =>
    expect(caughtBy("Rezervă doar verificarea de 50 lei în aplicație și restul mi-l dai ca bacșiș în mână", [])).toBe(true));
  it("Dacă plătești cash, îți fac 500 lei în loc de 650, dar nu prin aplicație", () => expect(caughtBy("Dacă plătești cash, îți fac 500 lei în loc de 650, dar nu prin aplicație", [])).toBe(true));
  it("Se pagar em dinheiro vivo eu faço por fora no fim de semana, lá em casa mesmo", () =>
    expect(caughtBy("Se pagar em dinheiro vivo eu faço por fora no fim de semana, lá em casa mesmo", [])).toBe(true));
  it("La próxima vez ni reserves, escríbeme al WhatsApp y te hago precio de amigo", () =>
    expect(caughtBy("La próxima vez ni reserves, escríbeme al WhatsApp y te hago precio de amigo", [])).toBe(true));
  it("ab3atli 3ala vodafone cash 0100 555 4421 ya basha", () => expect(caughtBy("ab3atli 3ala vodafone cash 0100 555 4421 ya basha", ["0100 555 4421"])).toBe(true));
  it("cash de dena bhai, 1800 mein kar dunga, app pe booking cancel kar do", () => expect(caughtBy("cash de dena bhai, 1800 mein kar dunga, app pe booking cancel kar do", [])).toBe(true));
  it("venmo is mikey dash garage dash 22, pretty much same as my username here", () =>
    expect(caughtBy("venmo is mikey dash garage dash 22, pretty much same as my username here", ["mikey dash garage dash 22"])).toBe(true));
  it("Anh chuyển khoản thẳng cho em qua Vietcombank 0555 1002 34567 nhé, khỏi qua app mất phí", () =>
    expect(caughtBy("Anh chuyển khoản thẳng cho em qua Vietcombank 0555 1002 34567 nhé, khỏi qua app mất phí", ["0555 1002 34567"])).toBe(true));
  it("wise works too, my wisetag is @danield555 — way cheaper than paying the app's cut", () =>
    expect(caughtBy("wise works too, my wisetag is @danield555 — way cheaper than paying the app's cut", ["@danield555"])).toBe(true));
  it("revolut @mecajulien ou lydia au 07 55 55 98 21, comme tu préfères, et on annule la résa", () =>
    expect(caughtBy("revolut @mecajulien ou lydia au 07 55 55 98 21, comme tu préfères, et on annule la résa", ["@mecajulien", "07 55 55 98 21"])).toBe(true));
  it("here's a direct payment link, skips the app fee: buy.stripe.com/5kA55dQ9xYz", () =>
    expect(caughtBy("here's a direct payment link, skips the app fee: buy.stripe.com/5kA55dQ9xYz", ["buy.stripe.com/5kA55dQ9xYz"])).toBe(true));
  it("Transfer aja ke BCA 555 012 3456 a.n. bengkel, jadi nggak kena potongan aplikasi", () =>
    expect(caughtBy("Transfer aja ke BCA 555 012 3456 a.n. bengkel, jadi nggak kena potongan aplikasi", ["555 012 3456"])).toBe(true));
  it("Envoie en « entre proches » sur paypal : garage.dumoulin@orange.fr, sinon paypal et l'appli prennent des frais", () =>
    expect(caughtBy("Envoie en « entre proches » sur paypal : garage.dumoulin@orange.fr, sinon paypal et l'appli prennent des frais", ["garage.dumoulin@orange.fr"])).toBe(true));
  // not flagged
  it.fails("Kazi ijayo nipigie moja kwa moja, tusilipe komisheni ya app", () => expect(caughtBy("Kazi ijayo nipigie moja kwa moja, tusilipe komisheni ya app", [])).toBe(true));
  it("Hey so the app takes like 20% off my end — if you Venmo me instead I'll knock $40 off. @mike-garage-tuning", () =>
    expect(caughtBy("Hey so the app takes like 20% off my end — if you Venmo me instead I'll knock $40 off. @mike-garage-tuning", ["@mike-garage-tuning"])).toBe(true));
  it("Bayar cash aja pas saya datang ke rumah, gausah lewat aplikasi, nanti saya kasih diskon", () =>
    expect(caughtBy("Bayar cash aja pas saya datang ke rumah, gausah lewat aplikasi, nanti saya kasih diskon", [])).toBe(true));
  it("7awel 3ala instapay 01055 550 123 w nelghi el 7agz mn el app", () => expect(caughtBy("7awel 3ala instapay 01055 550 123 w nelghi el 7agz mn el app", ["01055 550 123"])).toBe(true));
  it("Zwart kan ook he, 180 cash ipv 260", () => expect(caughtBy("Zwart kan ook he, 180 cash ipv 260", [])).toBe(true));
  it("Maak maar over naar NL91 ABNA 0555 1234 56, dan laat ik de app erbuiten", () =>
    expect(caughtBy("Maak maar over naar NL91 ABNA 0555 1234 56, dan laat ik de app erbuiten", ["NL91 ABNA 0555 1234 56"])).toBe(true));
  it("Let's do it off the app, tu me paies en cash et c'est réglé", () => expect(caughtBy("Let's do it off the app, tu me paies en cash et c'est réglé", [])).toBe(true));
  it("Ik stuur je wel een Tikkie buiten de app om, scheelt ons allebei de servicekosten", () =>
    expect(caughtBy("Ik stuur je wel een Tikkie buiten de app om, scheelt ons allebei de servicekosten", [])).toBe(true));
  it("Quedamos en la gasolinera Repsol de la Avenida de América 32 y te la cambio allí, pagas en mano", () =>
    expect(caughtBy("Quedamos en la gasolinera Repsol de la Avenida de América 32 y te la cambio allí, pagas en mano", ["gasolinera Repsol de la Avenida de América 32"])).toBe(true));
  it("Zahl einfach per Überweisung, Kontonummer 0555123456, BLZ 370 400 44 — geht schneller als über die App", () =>
    expect(caughtBy("Zahl einfach per Überweisung, Kontonummer 0555123456, BLZ 370 400 44 — geht schneller als über die App", ["0555123456", "370 400 44"])).toBe(true));
  it("revolut me @jakubm_auto, it's instant and no fees unlike this app", () => expect(caughtBy("revolut me @jakubm_auto, it's instant and no fees unlike this app", ["@jakubm_auto"])).toBe(true));
  it("mandami su satispay al 347 555 0912 dai, che l'app si prende il 20%", () => expect(caughtBy("mandami su satispay al 347 555 0912 dai, che l'app si prende il 20%", ["347 555 0912"])).toBe(true));
  it("mi bizum es seis cinco cinco, cinco cinco cinco, dos uno ocho 😉", () =>
    expect(caughtBy("mi bizum es seis cinco cinco, cinco cinco cinco, dos uno ocho 😉", ["seis cinco cinco, cinco cinco cinco, dos uno ocho"])).toBe(true));
  it("el app bta5od 3omola kbira, edfa3li kash 3and el estlam w 5alas", () => expect(caughtBy("el app bta5od 3omola kbira, edfa3li kash 3and el estlam w 5alas", [])).toBe(true));
  it("cash app $TonyFixesCars2 , $180 for the alternator swap, no app fee that way", () =>
    expect(caughtBy("cash app $TonyFixesCars2 , $180 for the alternator swap, no app fee that way", ["$TonyFixesCars2"])).toBe(true));
  it("Lass mal off-app machen, ich schick dir meine PayPal: @SchrauberTom", () =>
    expect(caughtBy("Lass mal off-app machen, ich schick dir meine PayPal: @SchrauberTom", ["@SchrauberTom"])).toBe(true));
  it("Si quieres me haces un Bizum al 655 555 218 y nos ahorramos la comisión de la app", () =>
    expect(caughtBy("Si quieres me haces un Bizum al 655 555 218 y nos ahorramos la comisión de la app", ["655 555 218"])).toBe(true));
  it("book the cheapest diagnostic ($25) thru the app and then give me the rest as a 'tip' in cash when I'm done 😉", () =>
    expect(caughtBy("book the cheapest diagnostic ($25) thru the app and then give me the rest as a 'tip' in cash when I'm done 😉", [])).toBe(true));
  // not flagged
  it.fails("I'll trade you the labor for that old Yamaha in your garage, we don't have to book anything", () =>
    expect(caughtBy("I'll trade you the labor for that old Yamaha in your garage, we don't have to book anything", [])).toBe(true),
  );
  it("Pay me for labor directly and I'll bring the parts, that way the platform only sees the $20 inspection", () =>
    expect(caughtBy("Pay me for labor directly and I'll bring the parts, that way the platform only sees the $20 inspection", [])).toBe(true));
  it("Pago móvil: Banesco, 0414-555-2231, CI 15.555.321. Así no pagamos lo de la app", () =>
    expect(caughtBy("Pago móvil: Banesco, 0414-555-2231, CI 15.555.321. Así no pagamos lo de la app", ["0414-555-2231", "15.555.321"])).toBe(true));
  // not flagged
  it.fails("Je t'envoie mon RIB en photo, c'est plus simple qu'avec l'appli et ça te coûte moins", () =>
    expect(caughtBy("Je t'envoie mon RIB en photo, c'est plus simple qu'avec l'appli et ça te coûte moins", [])).toBe(true),
  );
  it("Je peux vous faire un prix si vous me payez par virement direct : FR76 3000 6000 0155 5512 3456 789", () =>
    expect(caughtBy("Je peux vous faire un prix si vous me payez par virement direct : FR76 3000 6000 0155 5512 3456 789", ["FR76 3000 6000 0155 5512 3456 789"])).toBe(true));
  it("PayPal an Freunde bitte, an kfz.schrauber.bernd@web.de", () => expect(caughtBy("PayPal an Freunde bitte, an kfz.schrauber.bernd@web.de", ["kfz.schrauber.bernd@web.de"])).toBe(true));
  it("zelle works for me, send to 555-201-4477 and put 'brakes' in the memo", () =>
    expect(caughtBy("zelle works for me, send to 555-201-4477 and put 'brakes' in the memo", ["555-201-4477"])).toBe(true));
  it("Lipa na M-Pesa till number 555123 badala ya kulipa kwenye app", () => expect(caughtBy("Lipa na M-Pesa till number 555123 badala ya kulipa kwenye app", ["555123"])).toBe(true));
  it("Pode pagar por MB Way para o 915 555 302, é mais prático que a aplicação e fica mais barato", () =>
    expect(caughtBy("Pode pagar por MB Way para o 915 555 302, é mais prático que a aplicação e fica mais barato", ["915 555 302"])).toBe(true));
  it("Bhai UPI kar do direct, ravi.autocare@okaxis, app ka commission bach jayega", () =>
    expect(caughtBy("Bhai UPI kar do direct, ravi.autocare@okaxis, app ka commission bach jayega", ["ravi.autocare@okaxis"])).toBe(true));
  it("bisa via dana/ovo ke 0812 5555 0193 kak, lebih murah drpd lewat app", () =>
    expect(caughtBy("bisa via dana/ovo ke 0812 5555 0193 kak, lebih murah drpd lewat app", ["0812 5555 0193"])).toBe(true));
  it("Let's put $50 thru the app so it looks legit and you hand me the other $300 in cash", () =>
    expect(caughtBy("Let's put $50 thru the app so it looks legit and you hand me the other $300 in cash", [])).toBe(true));
  // caught since round 43's refit
  it("my zelle is the same as the number on my truck in the profile pic lol, just hit me there and cancel the booking", () =>
    expect(caughtBy("my zelle is the same as the number on my truck in the profile pic lol, just hit me there and cancel the booking", [])).toBe(true));
  it("Sir pwede ba GCash na lang, same price pero walang app fee. Number ko 0926-555-0177", () =>
    expect(caughtBy("Sir pwede ba GCash na lang, same price pero walang app fee. Number ko 0926-555-0177", ["0926-555-0177"])).toBe(true));
  it("USDT ile de olur, adres: TRx7Kq2mN9pL4vB8cZ3wF6hJ1sD5gR0tYe", () =>
    expect(caughtBy("USDT ile de olur, adres: TRx7Kq2mN9pL4vB8cZ3wF6hJ1sD5gR0tYe", ["TRx7Kq2mN9pL4vB8cZ3wF6hJ1sD5gR0tYe"])).toBe(true));
  it("The app shows $0 labor since it's a warranty redo, but I need $100 from you on the side for my time, just tip it in cash", () =>
    expect(caughtBy("The app shows $0 labor since it's a warranty redo, but I need $100 from you on the side for my time, just tip it in cash", [])).toBe(true));
  it("law tedfa3 cash ba3mlhalak b 800 badal 1100, bala el app", () => expect(caughtBy("law tedfa3 cash ba3mlhalak b 800 badal 1100, bala el app", [])).toBe(true));
  it("I take USDT too if you prefer, TRC20: TXq9Lm3vB7kPz2RwYf8sNc4dHj6UeA1oGt", () =>
    expect(caughtBy("I take USDT too if you prefer, TRC20: TXq9Lm3vB7kPz2RwYf8sNc4dHj6UeA1oGt", ["TXq9Lm3vB7kPz2RwYf8sNc4dHj6UeA1oGt"])).toBe(true));
  it("GCash mo na lang sa 0917 555 0182 boss, para walang kaltas ng app", () => expect(caughtBy("GCash mo na lang sa 0917 555 0182 boss, para walang kaltas ng app", ["0917 555 0182"])).toBe(true));
  it("Cash na lang po tayo, sa bahay ko na lang gagawin, mas mura ng 500", () => expect(caughtBy("Cash na lang po tayo, sa bahay ko na lang gagawin, mas mura ng 500", [])).toBe(true));
  it("IBAN'ım TR33 0006 1005 5551 2345 6789 01, havale yaparsan uygulamaya komisyon vermeyiz", () =>
    expect(caughtBy("IBAN'ım TR33 0006 1005 5551 2345 6789 01, havale yaparsan uygulamaya komisyon vermeyiz", ["TR33 0006 1005 5551 2345 6789 01"])).toBe(true));
  it("Tuma kwa M-Pesa 0712 555 093, tusipitie app, bei itakuwa chini", () => expect(caughtBy("Tuma kwa M-Pesa 0712 555 093, tusipitie app, bei itakuwa chini", ["0712 555 093"])).toBe(true));
  it("Mira, te lo hago en efectivo por 90€ y no lo pasamos por la aplicación, que se quedan un 15%", () =>
    expect(caughtBy("Mira, te lo hago en efectivo por 90€ y no lo pasamos por la aplicación, que se quedan un 15%", [])).toBe(true));
  // not flagged
  it.fails("once the app job closes out I can come back next week for the AC recharge on my own, just me and you, cheaper", () =>
    expect(caughtBy("once the app job closes out I can come back next week for the AC recharge on my own, just me and you, cheaper", [])).toBe(true),
  );
  it("Por Nequi al 310 555 7821 me queda mejor, la app cobra mucho de comisión", () =>
    expect(caughtBy("Por Nequi al 310 555 7821 me queda mejor, la app cobra mucho de comisión", ["310 555 7821"])).toBe(true));
  it("te lo faccio in nero, niente fattura e niente app, ok?", () => expect(caughtBy("te lo faccio in nero, niente fattura e niente app, ok?", [])).toBe(true));
  it("i take btc: bc1q8v4x2kz7m0w9r3jt5y6hd0l2sfnq4pe7c3xa9u", () =>
    expect(caughtBy("i take btc: bc1q8v4x2kz7m0w9r3jt5y6hd0l2sfnq4pe7c3xa9u", ["bc1q8v4x2kz7m0w9r3jt5y6hd0l2sfnq4pe7c3xa9u"])).toBe(true));
  it("contul meu e RO49 AAAA 1B31 0075 5555 0000, fă transfer direct și anulăm programarea", () =>
    expect(caughtBy("contul meu e RO49 AAAA 1B31 0075 5555 0000, fă transfer direct și anulăm programarea", ["RO49 AAAA 1B31 0075 5555 0000"])).toBe(true));
  it("Sir invoice main directly bhej dunga on mail, app ko commission kyun dena. mail: sharma.motors.in@gmail.com", () =>
    expect(caughtBy("Sir invoice main directly bhej dunga on mail, app ko commission kyun dena. mail: sharma.motors.in@gmail.com", ["sharma.motors.in@gmail.com"])).toBe(true));
  // not flagged
  it.fails("mi CLABE es 012180015555123456 pa la transferencia, ya no le pagues a la app", () =>
    expect(caughtBy("mi CLABE es 012180015555123456 pa la transferencia, ya no le pagues a la app", ["012180015555123456"])).toBe(true),
  );
  it("papara numaram 1555 012 345, oradan at, uygulamayı boşver", () => expect(caughtBy("papara numaram 1555 012 345, oradan at, uygulamayı boşver", ["1555 012 345"])).toBe(true));
  it("Mogę zrobić po godzinach u szwagra w garażu, wtedy bez prowizji dla apki", () => expect(caughtBy("Mogę zrobić po godzinach u szwagra w garażu, wtedy bez prowizji dla apki", [])).toBe(true));
  it("Yapéame al 955 512 348 nomás y listo, sin la app", () => expect(caughtBy("Yapéame al 955 512 348 nomás y listo, sin la app", ["955 512 348"])).toBe(true));
  it("Bro te lo hago for $200 cash, no app, just bring it to my casa el sábado", () => expect(caughtBy("Bro te lo hago for $200 cash, no app, just bring it to my casa el sábado", [])).toBe(true));
  it("I can do it after my shift at the shop, like 7pm, at a buddy's garage at 2140 Kessler Ave. $150 cash, no app", () =>
    expect(caughtBy("I can do it after my shift at the shop, like 7pm, at a buddy's garage at 2140 Kessler Ave. $150 cash, no app", ["2140 Kessler Ave"])).toBe(true));
  it("Let's meet at the Walmart parking lot on Hollis Rd at 6, I'll bring the battery, you bring $140 cash. Don't book it", () =>
    expect(caughtBy("Let's meet at the Walmart parking lot on Hollis Rd at 6, I'll bring the battery, you bring $140 cash. Don't book it", ["the Walmart parking lot on Hollis Rd"])).toBe(true));
  it("if we keep it between us I can do $220 instead of $310. app doesn't need to know 🤐", () =>
    expect(caughtBy("if we keep it between us I can do $220 instead of $310. app doesn't need to know 🤐", [])).toBe(true));
  it("Can you cancel the booking on your end? I'll still come out Thursday, we just settle between us, way cheaper for both of us", () =>
    expect(caughtBy("Can you cancel the booking on your end? I'll still come out Thursday, we just settle between us, way cheaper for both of us", [])).toBe(true));
  it("Honestly just bring cash saturday, I'll do the timing belt at my place and we skip the booking fee", () =>
    expect(caughtBy("Honestly just bring cash saturday, I'll do the timing belt at my place and we skip the booking fee", [])).toBe(true));
  it("manda no pix cpf 555.123.789-00 blz? por fora fica 350 em vez de 420", () =>
    expect(caughtBy("manda no pix cpf 555.123.789-00 blz? por fora fica 350 em vez de 420", ["555.123.789-00"])).toBe(true));
  it("Can I just Apple Pay you directly? (555) 730-1189 is my number, then we cancel here", () =>
    expect(caughtBy("Can I just Apple Pay you directly? (555) 730-1189 is my number, then we cancel here", ["(555) 730-1189"])).toBe(true));
  // not flagged
  it.fails("Numer konta: 61 1090 1014 0000 0712 1981 5555, tytuł 'wymiana sprzęgła'. Rezerwację anuluj", () =>
    expect(caughtBy("Numer konta: 61 1090 1014 0000 0712 1981 5555, tytuł 'wymiana sprzęgła'. Rezerwację anuluj", ["61 1090 1014 0000 0712 1981 5555"])).toBe(true),
  );
  it("Ich kann das nach Feierabend bei mir in der Garage machen, Lindenstraße 14 in Bochum, ohne Buchung über die App", () =>
    expect(caughtBy("Ich kann das nach Feierabend bei mir in der Garage machen, Lindenstraße 14 in Bochum, ohne Buchung über die App", ["Lindenstraße 14 in Bochum"])).toBe(true));
  it("sir pwede ba gcash / 0917 / 555 2048", () => expect(replayCaught(["sir pwede ba gcash", "0917", "555 2048"], ["0917", "555 2048"])).toBe(true));
  it("bhai ek kaam karo / booking cancel karo / upi id deepak.garage@ybl pe 1500 bhej do, kal aa jaunga", () =>
    expect(replayCaught(["bhai ek kaam karo", "booking cancel karo", "upi id deepak.garage@ybl pe 1500 bhej do, kal aa jaunga"], ["deepak.garage@ybl"])).toBe(true));
  it("allora ti do l'IBAN / IT02 L012 3412 3450 0055 5123 456 / però non dirlo all'app eh 😅", () =>
    expect(replayCaught(["allora ti do l'IBAN", "IT02 L012 3412 3450 0055 5123 456", "però non dirlo all'app eh 😅"], ["IT02 L012 3412 3450 0055 5123 456"])).toBe(true));
  it("dobra to tak / blik na 601 555 482 / i anuluj rezerwację w apce", () => expect(replayCaught(["dobra to tak", "blik na 601 555 482", "i anuluj rezerwację w apce"], ["601 555 482"])).toBe(true));
  it("Boss sawa / tuma M-Pesa tu / 07 12 55 50 93 jina Juma", () => expect(replayCaught(["Boss sawa", "tuma M-Pesa tu", "07 12 55 50 93 jina Juma"], ["07 12 55 50 93"])).toBe(true));
  // not flagged
  it.fails("kak transfer aja ya biar ga kena fee app / mandiri 155 00 5551 2345 / a.n. Budi Santoso", () =>
    expect(replayCaught(["kak transfer aja ya biar ga kena fee app", "mandiri 155 00 5551 2345", "a.n. Budi Santoso"], ["155 00 5551 2345", "Budi Santoso"])).toBe(true),
  );
  it("Te cuento una cosa / si me pagas por transferencia te hago descuento / ES12 2100 5555 8802 0012 3456", () =>
    expect(replayCaught(["Te cuento una cosa", "si me pagas por transferencia te hago descuento", "ES12 2100 5555 8802 0012 3456"], ["ES12 2100 5555 8802 0012 3456"])).toBe(true));
  it("also I accept crypto if u want / eth: 0x5A3b9C1d2E4f6a7B8c9D0e1F2a3B4c5D6e7F8a9B / no fees no app 😎", () =>
    expect(replayCaught(["also I accept crypto if u want", "eth: 0x5A3b9C1d2E4f6a7B8c9D0e1F2a3B4c5D6e7F8a9B", "no fees no app 😎"], ["0x5A3b9C1d2E4f6a7B8c9D0e1F2a3B4c5D6e7F8a9B"])).toBe(true));
  it("Écoute / On fait ça entre nous / je te fais 120 en liquide au lieu de 165 👌", () =>
    expect(replayCaught(["Écoute", "On fait ça entre nous", "je te fais 120 en liquide au lieu de 165 👌"], [])).toBe(true));
  // not flagged
  it.fails("abi şöyle yapalım / uygulamadan iptal et / nakit 2000 ver, yarın gelip yaparım", () =>
    expect(replayCaught(["abi şöyle yapalım", "uygulamadan iptal et", "nakit 2000 ver, yarın gelip yaparım"], [])).toBe(true),
  );
  it("beleza, faço sim / mas faz o pix direto pra mim / chave: 21 98555-3321", () =>
    expect(replayCaught(["beleza, faço sim", "mas faz o pix direto pra mim", "chave: 21 98555-3321"], ["21 98555-3321"])).toBe(true));
  it("ok so real talk / the app takes 25% off my end / if you zelle me at 555-410-7723 I'll do it for 260 instead of 320", () =>
    expect(replayCaught(["ok so real talk", "the app takes 25% off my end", "if you zelle me at 555-410-7723 I'll do it for 260 instead of 320"], ["555-410-7723"])).toBe(true));
  it("Kurze Frage noch / Können wir das ohne die App machen? / Bar auf die Hand, 200 €", () =>
    expect(replayCaught(["Kurze Frage noch", "Können wir das ohne die App machen?", "Bar auf die Hand, 200 €"], [])).toBe(true));
});
