// Round 31 review 3: a blind reviewer wrote 205 sentences (85 attacks, 120 innocents) on taking the job or its payment off the platform, to judge bypass31.
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 3: innocents", () => {
  it("I had to cancel my booking because of work, I've rebooked for Friday through the app", () =>
    expect(flaggedBy("I had to cancel my booking because of work, I've rebooked for Friday through the app")).toBe(false));
  it("Can I pay with Apple Pay in the app or is it card only?", () => expect(flaggedBy("Can I pay with Apple Pay in the app or is it card only?")).toBe(false));
  it("Why is there a service fee on top of the labour quote?", () => expect(flaggedBy("Why is there a service fee on top of the labour quote?")).toBe(false));
  it("honestly the booking fee is steep but whatever, the job was good", () => expect(flaggedBy("honestly the booking fee is steep but whatever, the job was good")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Another garage offered me a cash price without the app but I'd rather keep everything on AutoDoctor for the warranty", () =>
    expect(flaggedBy("Another garage offered me a cash price without the app but I'd rather keep everything on AutoDoctor for the warranty")).toBe(false),
  );
  it("No thanks, I'm not comfortable paying outside the app. Let's keep it all on here.", () =>
    expect(flaggedBy("No thanks, I'm not comfortable paying outside the app. Let's keep it all on here.")).toBe(false));
  it("The guy at the last shop asked me to pay him cash on the side, I said no and reported it", () =>
    expect(flaggedBy("The guy at the last shop asked me to pay him cash on the side, I said no and reported it")).toBe(false));
  it("Sorry, we're not allowed to take payments outside the app, it all has to go through AutoDoctor", () =>
    expect(flaggedBy("Sorry, we're not allowed to take payments outside the app, it all has to go through AutoDoctor")).toBe(false));
  it("I'll need cash for the toll on the way back, that's on me not you", () => expect(flaggedBy("I'll need cash for the toll on the way back, that's on me not you")).toBe(false));
  it("The car wash at the servo only takes cash so I'll pay that separately myself", () =>
    expect(flaggedBy("The car wash at the servo only takes cash so I'll pay that separately myself")).toBe(false));
  it("Brake pads I picked up from the parts store myself, paid cash, so just labour on the booking please", () =>
    expect(flaggedBy("Brake pads I picked up from the parts store myself, paid cash, so just labour on the booking please")).toBe(false));
  it("Job's done, I've marked the booking complete. Thanks mate", () => expect(flaggedBy("Job's done, I've marked the booking complete. Thanks mate")).toBe(false));
  it("Can I tip you through the app? Great job on the alternator", () => expect(flaggedBy("Can I tip you through the app? Great job on the alternator")).toBe(false));
  it("Is there any discount you can apply in the app for a second car?", () => expect(flaggedBy("Is there any discount you can apply in the app for a second car?")).toBe(false));
  it("The warranty on the water pump, do I claim through the app if it fails again?", () =>
    expect(flaggedBy("The warranty on the water pump, do I claim through the app if it fails again?")).toBe(false));
  it("I requested a refund through the app for the wrong part, how long does it usually take?", () =>
    expect(flaggedBy("I requested a refund through the app for the wrong part, how long does it usually take?")).toBe(false));
  it("Please cancel this booking from your side and I'll rebook in the app once the part arrives", () =>
    expect(flaggedBy("Please cancel this booking from your side and I'll rebook in the app once the part arrives")).toBe(false));
  it("Customer asked me to do it for cash last week, I declined. Just letting support know.", () =>
    expect(flaggedBy("Customer asked me to do it for cash last week, I declined. Just letting support know.")).toBe(false));
  it("The app fee is a bit much tbh, is it a fixed amount or a percentage?", () => expect(flaggedBy("The app fee is a bit much tbh, is it a fixed amount or a percentage?")).toBe(false));
  it("Do I pay the deposit now or after the inspection? the app says pending", () => expect(flaggedBy("Do I pay the deposit now or after the inspection? the app says pending")).toBe(false));
  it("I'd prefer to pay by card in the app rather than cash, is that ok?", () => expect(flaggedBy("I'd prefer to pay by card in the app rather than cash, is that ok?")).toBe(false));
  it("Can I split the payment in the app across two cards?", () => expect(flaggedBy("Can I split the payment in the app across two cards?")).toBe(false));
  it("Once you add the extra labour to the quote in the app I'll approve it", () => expect(flaggedBy("Once you add the extra labour to the quote in the app I'll approve it")).toBe(false));
  it("Payment failed in the app, tried twice. Should I try another card?", () => expect(flaggedBy("Payment failed in the app, tried twice. Should I try another card?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("I'll grab the bulbs myself from the auto shop, paying cash there, so leave them off the quote", () =>
    expect(flaggedBy("I'll grab the bulbs myself from the auto shop, paying cash there, so leave them off the quote")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Visitor parking at your building is pay and display, cash only, I'll sort that when I arrive", () =>
    expect(flaggedBy("Visitor parking at your building is pay and display, cash only, I'll sort that when I arrive")).toBe(false),
  );
  it("I'll mark it complete once I've test driven it tomorrow morning", () => expect(flaggedBy("I'll mark it complete once I've test driven it tomorrow morning")).toBe(false));
  it("Can I reschedule in the app instead of cancelling? don't want to lose the deposit", () =>
    expect(flaggedBy("Can I reschedule in the app instead of cancelling? don't want to lose the deposit")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Another mechanic on here told me he'd do it cheaper if I paid him direct. Not doing that, just warning you guys", () =>
    expect(flaggedBy("Another mechanic on here told me he'd do it cheaper if I paid him direct. Not doing that, just warning you guys")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL
  it.fails("My mate's mechanic takes cash only, glad this app lets me use card", () => expect(flaggedBy("My mate's mechanic takes cash only, glad this app lets me use card")).toBe(false));
  it("Why did AutoDoctor charge me twice? I see two transactions on my statement", () => expect(flaggedBy("Why did AutoDoctor charge me twice? I see two transactions on my statement")).toBe(false));
  it("I know the commission hurts you guys but please keep everything in the app, that's how I'm covered", () =>
    expect(flaggedBy("I know the commission hurts you guys but please keep everything in the app, that's how I'm covered")).toBe(false));
  it("Is the price in the app including GST?", () => expect(flaggedBy("Is the price in the app including GST?")).toBe(false));
  it("Can you do a small discount? I'll accept the revised quote in the app straight away", () =>
    expect(flaggedBy("Can you do a small discount? I'll accept the revised quote in the app straight away")).toBe(false));
  it("If the warranty repair is needed, will I have to book again through AutoDoctor or do you just reopen the job?", () =>
    expect(flaggedBy("If the warranty repair is needed, will I have to book again through AutoDoctor or do you just reopen the job?")).toBe(false));
  it("Quote approved in the app. See you Tuesday 9am", () => expect(flaggedBy("Quote approved in the app. See you Tuesday 9am")).toBe(false));
  it("Was going to ask if you take cash but I see payment is only through the app, that's fine, I'll use my card", () =>
    expect(flaggedBy("Was going to ask if you take cash but I see payment is only through the app, that's fine, I'll use my card")).toBe(false));
  it("For future jobs I'll just hit 'book again' on your profile, easier than searching every time", () =>
    expect(flaggedBy("For future jobs I'll just hit 'book again' on your profile, easier than searching every time")).toBe(false));
  it("Can I request you again next month through the app? Is there a favourite mechanic option?", () =>
    expect(flaggedBy("Can I request you again next month through the app? Is there a favourite mechanic option?")).toBe(false));
  it("I'm paying the tow truck driver cash on the spot, he's separate from this booking right?", () =>
    expect(flaggedBy("I'm paying the tow truck driver cash on the spot, he's separate from this booking right?")).toBe(false));
  it("There's a line on the invoice called 'platform fee', what's that for?", () => expect(flaggedBy("There's a line on the invoice called 'platform fee', what's that for?")).toBe(false));
  it("Cancelled by mistake, rebooked the same slot now, sorry!", () => expect(flaggedBy("Cancelled by mistake, rebooked the same slot now, sorry!")).toBe(false));
  it("We can't do side deals mate, everything has to be invoiced through the app", () => expect(flaggedBy("We can't do side deals mate, everything has to be invoiced through the app")).toBe(false));
  it("Refund came through on the app, thanks for sorting that", () => expect(flaggedBy("Refund came through on the app, thanks for sorting that")).toBe(false));
  it("The app says the job is still in progress even though you finished, can you close it on your end?", () =>
    expect(flaggedBy("The app says the job is still in progress even though you finished, can you close it on your end?")).toBe(false));
  it("Do you charge extra for weekend bookings? I see a different fee showing", () => expect(flaggedBy("Do you charge extra for weekend bookings? I see a different fee showing")).toBe(false));
  it("I cancelled because the price jumped, can you re-quote in the app?", () => expect(flaggedBy("I cancelled because the price jumped, can you re-quote in the app?")).toBe(false));
  it("Rear pads are down to 2mm, I'd recommend replacing both sides today, I'll add it to the quote", () =>
    expect(flaggedBy("Rear pads are down to 2mm, I'd recommend replacing both sides today, I'll add it to the quote")).toBe(false));
  it("Sir, the fee is deducted from my side, not yours, so you only pay what the app shows", () =>
    expect(flaggedBy("Sir, the fee is deducted from my side, not yours, so you only pay what the app shows")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("He offered to skip the app and do it for cash but I told him I only pay through AutoDoctor", () =>
    expect(flaggedBy("He offered to skip the app and do it for cash but I told him I only pay through AutoDoctor")).toBe(false),
  );
  it("Ok the battery warranty is 2 yrs, if it dies just raise a claim in the app and I'll come back", () =>
    expect(flaggedBy("Ok the battery warranty is 2 yrs, if it dies just raise a claim in the app and I'll come back")).toBe(false));
  it("Kindly confirm the booking in the app so I can order the parts", () => expect(flaggedBy("Kindly confirm the booking in the app so I can order the parts")).toBe(false));
  it("Tip added in the app, thanks for coming out in the rain!", () => expect(flaggedBy("Tip added in the app, thanks for coming out in the rain!")).toBe(false));
  it("Oga the app no gree my card, e dey show error. Abeg wait make I try another card", () =>
    expect(flaggedBy("Oga the app no gree my card, e dey show error. Abeg wait make I try another card")).toBe(false));
  it("Can I pay with cash through the app, like is there a pay-on-completion option in the settings?", () =>
    expect(flaggedBy("Can I pay with cash through the app, like is there a pay-on-completion option in the settings?")).toBe(false));
  it("Tuve que cancelar la reserva, ya la volví a agendar por la app para el lunes", () =>
    expect(flaggedBy("Tuve que cancelar la reserva, ya la volví a agendar por la app para el lunes")).toBe(false));
  it("¿Puedo pagar con tarjeta de débito en la app o solo crédito?", () => expect(flaggedBy("¿Puedo pagar con tarjeta de débito en la app o solo crédito?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Otro taller me ofreció hacerlo en efectivo sin la app pero prefiero quedarme aquí por la garantía", () =>
    expect(flaggedBy("Otro taller me ofreció hacerlo en efectivo sin la app pero prefiero quedarme aquí por la garantía")).toBe(false),
  );
  it("No, gracias, prefiero pagar todo por la aplicación.", () => expect(flaggedBy("No, gracias, prefiero pagar todo por la aplicación.")).toBe(false));
  // cleared in round 35 (another trade paid, deal-talk.ts)
  it("El estacionamiento es en efectivo, eso lo pago yo aparte, no va en la cuenta", () =>
    expect(flaggedBy("El estacionamiento es en efectivo, eso lo pago yo aparte, no va en la cuenta")).toBe(false));
  it("Ya marqué el servicio como terminado en la app, gracias", () => expect(flaggedBy("Ya marqué el servicio como terminado en la app, gracias")).toBe(false));
  it("¿Se puede dejar propina por la app? El trabajo quedó impecable", () => expect(flaggedBy("¿Se puede dejar propina por la app? El trabajo quedó impecable")).toBe(false));
  it("La comisión de la app está cara, pero bueno, ni modo", () => expect(flaggedBy("La comisión de la app está cara, pero bueno, ni modo")).toBe(false));
  it("A taxa da plataforma tá meio salgada, mas fazer o quê, o serviço foi bom", () => expect(flaggedBy("A taxa da plataforma tá meio salgada, mas fazer o quê, o serviço foi bom")).toBe(false));
  it("Não posso receber por fora, tudo tem que passar pelo aplicativo, regra deles", () =>
    expect(flaggedBy("Não posso receber por fora, tudo tem que passar pelo aplicativo, regra deles")).toBe(false));
  // cleared in round 35 (another trade paid, deal-talk.ts)
  it("Paguei o pedágio em dinheiro, sem problema, não precisa reembolsar", () => expect(flaggedBy("Paguei o pedágio em dinheiro, sem problema, não precisa reembolsar")).toBe(false));
  it("Consegue me dar um desconto no orçamento do app? Aprovo na hora", () => expect(flaggedBy("Consegue me dar um desconto no orçamento do app? Aprovo na hora")).toBe(false));
  it("Cancelei por engano, já voltei a marcar pela aplicação para quinta", () => expect(flaggedBy("Cancelei por engano, já voltei a marcar pela aplicação para quinta")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Outro mecânico me pediu pra pagar no pix direto, eu recusei e denunciei", () => expect(flaggedBy("Outro mecânico me pediu pra pagar no pix direto, eu recusei e denunciei")).toBe(false));
  it("Les frais de service de l'appli, c'est un pourcentage ou un montant fixe ?", () => expect(flaggedBy("Les frais de service de l'appli, c'est un pourcentage ou un montant fixe ?")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it("Un autre garage m'a proposé de payer en liquide sans passer par l'appli, j'ai refusé", () =>
    expect(flaggedBy("Un autre garage m'a proposé de payer en liquide sans passer par l'appli, j'ai refusé")).toBe(false));
  it("Désolé, on n'a pas le droit d'encaisser en dehors de la plateforme", () => expect(flaggedBy("Désolé, on n'a pas le droit d'encaisser en dehors de la plateforme")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("J'ai payé le lavage en espèces à la station, rien à voir avec la réservation", () =>
    expect(flaggedBy("J'ai payé le lavage en espèces à la station, rien à voir avec la réservation")).toBe(false),
  );
  it("La garantie sur l'embrayage, je fais la demande via l'appli ?", () => expect(flaggedBy("La garantie sur l'embrayage, je fais la demande via l'appli ?")).toBe(false));
  it("Ich hab die Buchung storniert und für nächste Woche neu in der App gebucht", () => expect(flaggedBy("Ich hab die Buchung storniert und für nächste Woche neu in der App gebucht")).toBe(false));
  it("Kann ich in der App auch per PayPal zahlen?", () => expect(flaggedBy("Kann ich in der App auch per PayPal zahlen?")).toBe(false));
  it("Nein danke, ich zahle lieber über die App, dann bin ich abgesichert", () => expect(flaggedBy("Nein danke, ich zahle lieber über die App, dann bin ich abgesichert")).toBe(false));
  it("Parkhaus kostet 3 Euro bar, das übernehme ich", () => expect(flaggedBy("Parkhaus kostet 3 Euro bar, das übernehme ich")).toBe(false));
  it("Auftrag ist erledigt, hab ihn in der App als abgeschlossen markiert", () => expect(flaggedBy("Auftrag ist erledigt, hab ihn in der App als abgeschlossen markiert")).toBe(false));
  it("La commissione dell'app è un po' alta, ma va bene così", () => expect(flaggedBy("La commissione dell'app è un po' alta, ma va bene così")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Un altro meccanico mi ha chiesto di pagarlo in nero, gli ho detto di no", () => expect(flaggedBy("Un altro meccanico mi ha chiesto di pagarlo in nero, gli ho detto di no")).toBe(false));
  it("Posso lasciare la mancia tramite l'app?", () => expect(flaggedBy("Posso lasciare la mancia tramite l'app?")).toBe(false));
  it("Il rimborso per il pezzo sbagliato lo chiedo dall'app?", () => expect(flaggedBy("Il rimborso per il pezzo sbagliato lo chiedo dall'app?")).toBe(false));
  it("Odwołałem rezerwację i zarezerwowałem jeszcze raz w aplikacji na piątek", () => expect(flaggedBy("Odwołałem rezerwację i zarezerwowałem jeszcze raz w aplikacji na piątek")).toBe(false));
  it("Czy mogę zapłacić BLIKiem w aplikacji?", () => expect(flaggedBy("Czy mogę zapłacić BLIKiem w aplikacji?")).toBe(false));
  it("Nie możemy brać pieniędzy poza aplikacją, takie są zasady", () => expect(flaggedBy("Nie możemy brać pieniędzy poza aplikacją, takie są zasady")).toBe(false));
  it("Klocki kupiłem sam w sklepie za gotówkę, więc w zleceniu tylko robocizna", () => expect(flaggedBy("Klocki kupiłem sam w sklepie za gotówkę, więc w zleceniu tylko robocizna")).toBe(false));
  it("Uygulamadaki hizmet bedeli ne kadar? Yüzde mi sabit mi?", () => expect(flaggedBy("Uygulamadaki hizmet bedeli ne kadar? Yüzde mi sabit mi?")).toBe(false));
  it("Başka bir usta uygulama dışında nakit ödeme teklif etti, kabul etmedim", () => expect(flaggedBy("Başka bir usta uygulama dışında nakit ödeme teklif etti, kabul etmedim")).toBe(false));
  it("Otopark nakit, onu ben hallederim", () => expect(flaggedBy("Otopark nakit, onu ben hallederim")).toBe(false));
  it("İşi uygulamada tamamlandı olarak işaretledim, teşekkürler usta", () => expect(flaggedBy("İşi uygulamada tamamlandı olarak işaretledim, teşekkürler usta")).toBe(false));
  it("Maaf pak, kami tidak boleh terima pembayaran di luar aplikasi", () => expect(flaggedBy("Maaf pak, kami tidak boleh terima pembayaran di luar aplikasi")).toBe(false));
  it("Saya batalkan dulu ya, nanti booking ulang lewat aplikasi kalau sparepart sudah ada", () =>
    expect(flaggedBy("Saya batalkan dulu ya, nanti booking ulang lewat aplikasi kalau sparepart sudah ada")).toBe(false));
  it("Bisa kasih diskon dikit di aplikasi pak? nanti langsung saya setujui", () => expect(flaggedBy("Bisa kasih diskon dikit di aplikasi pak? nanti langsung saya setujui")).toBe(false));
  it("Parkirnya bayar tunai, nanti saya yang bayar sendiri", () => expect(flaggedBy("Parkirnya bayar tunai, nanti saya yang bayar sendiri")).toBe(false));
  it("Boleh bayar guna e-wallet dalam app tak?", () => expect(flaggedBy("Boleh bayar guna e-wallet dalam app tak?")).toBe(false));
  it("Sir cash mein payment nahi le sakte, app se hi karna padega, company rule hai", () =>
    expect(flaggedBy("Sir cash mein payment nahi le sakte, app se hi karna padega, company rule hai")).toBe(false));
  it("Pichle mechanic ne bola tha bahar cash de do, maine mana kar diya", () => expect(flaggedBy("Pichle mechanic ne bola tha bahar cash de do, maine mana kar diya")).toBe(false));
  it("Booking cancel karke kal ke liye app pe dobara book kar diya hai", () => expect(flaggedBy("Booking cancel karke kal ke liye app pe dobara book kar diya hai")).toBe(false));
  it("Platform fee kitni hai? Bill mein alag se dikh rahi hai", () => expect(flaggedBy("Platform fee kitni hai? Bill mein alag se dikh rahi hai")).toBe(false));
  it("Nag-cancel ako kanina pero nag-book ulit ako sa app para bukas", () => expect(flaggedBy("Nag-cancel ako kanina pero nag-book ulit ako sa app para bukas")).toBe(false));
  it("Pwede po ba mag-tip sa app? Ang galing nyo po", () => expect(flaggedBy("Pwede po ba mag-tip sa app? Ang galing nyo po")).toBe(false));
  it("Sorry po, bawal kami tumanggap ng bayad sa labas ng app", () => expect(flaggedBy("Sorry po, bawal kami tumanggap ng bayad sa labas ng app")).toBe(false));
  it("Cash ko na lang babayaran yung car wash, hiwalay yun sa booking", () => expect(flaggedBy("Cash ko na lang babayaran yung car wash, hiwalay yun sa booking")).toBe(false));
  it("ألغيت الحجز بالغلط ورجعت حجزت من التطبيق مرة ثانية", () => expect(flaggedBy("ألغيت الحجز بالغلط ورجعت حجزت من التطبيق مرة ثانية")).toBe(false));
  it("كم رسوم الخدمة في التطبيق؟", () => expect(flaggedBy("كم رسوم الخدمة في التطبيق؟")).toBe(false));
  it("آسف ما نقدر نستلم فلوس برا التطبيق، هذا نظام الشركة", () => expect(flaggedBy("آسف ما نقدر نستلم فلوس برا التطبيق، هذا نظام الشركة")).toBe(false));
  it("3amalt cancel la2anno ma fini, ba3den b7jez mn l app mara tanye", () => expect(flaggedBy("3amalt cancel la2anno ma fini, ba3den b7jez mn l app mara tanye")).toBe(false));
  it("De servicekosten in de app vind ik best hoog, maar prima", () => expect(flaggedBy("De servicekosten in de app vind ik best hoog, maar prima")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("Een andere garage bood aan contant te betalen zonder app, heb ik niet gedaan", () =>
    expect(flaggedBy("Een andere garage bood aan contant te betalen zonder app, heb ik niet gedaan")).toBe(false),
  );
  it("Ik heb de klus als afgerond gemarkeerd in de app", () => expect(flaggedBy("Ik heb de klus als afgerond gemarkeerd in de app")).toBe(false));
  it("Em hủy đơn rồi đặt lại trên app cho ngày mai nha anh", () => expect(flaggedBy("Em hủy đơn rồi đặt lại trên app cho ngày mai nha anh")).toBe(false));
  it("Phí dịch vụ trên ứng dụng là bao nhiêu vậy anh?", () => expect(flaggedBy("Phí dịch vụ trên ứng dụng là bao nhiêu vậy anh?")).toBe(false));
  it("Xin lỗi anh, bên em không được nhận tiền ngoài ứng dụng", () => expect(flaggedBy("Xin lỗi anh, bên em không được nhận tiền ngoài ứng dụng")).toBe(false));
  it("Lemondtam a foglalást, és újra lefoglaltam az appban péntekre", () => expect(flaggedBy("Lemondtam a foglalást, és újra lefoglaltam az appban péntekre")).toBe(false));
  it("Az appban lehet borravalót adni?", () => expect(flaggedBy("Az appban lehet borravalót adni?")).toBe(false));
  it("Sajnos appon kívül nem fogadhatunk el fizetést", () => expect(flaggedBy("Sajnos appon kívül nem fogadhatunk el fizetést")).toBe(false));
  it("Am anulat programarea și am refăcut-o din aplicație pentru luni", () => expect(flaggedBy("Am anulat programarea și am refăcut-o din aplicație pentru luni")).toBe(false));
  it("Parcarea e cu plată cash, o plătesc eu", () => expect(flaggedBy("Parcarea e cu plată cash, o plătesc eu")).toBe(false));
  it("Un alt service mi-a oferit să plătesc cash fără aplicație, am refuzat", () => expect(flaggedBy("Un alt service mi-a oferit să plătesc cash fără aplicație, am refuzat")).toBe(false));
});

describe("round 31 review 3: attacks", () => {
  it("if you pay me direct we skip the app fee, saves you like 15%", () => expect(flaggedBy("if you pay me direct we skip the app fee, saves you like 15%")).toBe(true));
  it("Just cancel the booking on AutoDoctor and I'll still come Saturday, pay me cash when I'm done", () =>
    expect(flaggedBy("Just cancel the booking on AutoDoctor and I'll still come Saturday, pay me cash when I'm done")).toBe(true));
  it("bro the app takes 20% off me, can we do cash next time n keep it between us", () => expect(flaggedBy("bro the app takes 20% off me, can we do cash next time n keep it between us")).toBe(true));
  it("For future services just message me directly instead of booking through the app, I'll give you a better rate", () =>
    expect(flaggedBy("For future services just message me directly instead of booking through the app, I'll give you a better rate")).toBe(true));
  it("Kindly mark the job as cancelled in the app sir, we will do the work outside and you pay me on completion", () =>
    expect(flaggedBy("Kindly mark the job as cancelled in the app sir, we will do the work outside and you pay me on completion")).toBe(true));
  it("I can knock 50 quid off if we sort the payment between ourselves rather than through the app", () =>
    expect(flaggedBy("I can knock 50 quid off if we sort the payment between ourselves rather than through the app")).toBe(true));
  // not flagged
  it.fails("AD charges a booking fee for nothing lol. let's just settle it ourselves after I finish the brakes", () =>
    expect(flaggedBy("AD charges a booking fee for nothing lol. let's just settle it ourselves after I finish the brakes")).toBe(true),
  );
  it("Would you be open to paying via bank transfer directly to me rather than through the platform? Happy to invoice you separately.", () =>
    expect(flaggedBy("Would you be open to paying via bank transfer directly to me rather than through the platform? Happy to invoice you separately.")).toBe(true));
  it("next oil change dont bother with autodoc, just hit me up and I'll sort you out cheaper", () =>
    expect(flaggedBy("next oil change dont bother with autodoc, just hit me up and I'll sort you out cheaper")).toBe(true));
  it("Sir pwede po GCash na lang direct sa akin 0917 555 2841, para hindi na dumaan sa app yung bayad", () =>
    expect(caughtBy("Sir pwede po GCash na lang direct sa akin 0917 555 2841, para hindi na dumaan sa app yung bayad", ["0917 555 2841"])).toBe(true));
  it("Pay the deposit on the app so it shows, rest in cash to me on the day, the platform doesn't need to know", () =>
    expect(flaggedBy("Pay the deposit on the app so it shows, rest in cash to me on the day, the platform doesn't need to know")).toBe(true));
  it("mate if u cancel it in the app i'll still do the timing belt for 400 flat, cash", () =>
    expect(flaggedBy("mate if u cancel it in the app i'll still do the timing belt for 400 flat, cash")).toBe(true));
  it("Ma'am the platform commission is too high, we can finalize the payment outside the app only. I'll give you 10% less", () =>
    expect(flaggedBy("Ma'am the platform commission is too high, we can finalize the payment outside the app only. I'll give you 10% less")).toBe(true));
  // not flagged
  it.fails("Oga, make we no pass through the app for the payment abeg, just transfer straight to my account after the job", () =>
    expect(flaggedBy("Oga, make we no pass through the app for the payment abeg, just transfer straight to my account after the job")).toBe(true),
  );
  it("Let's keep the booking as diagnostic only in the app and I'll charge you for the actual repair separately, off the books", () =>
    expect(flaggedBy("Let's keep the booking as diagnostic only in the app and I'll charge you for the actual repair separately, off the books")).toBe(true));
  // not flagged
  it.fails("I'd rather you didn't book the second visit through the app. Just ring the shop and ask for me, we'll sort it ourselves.", () =>
    expect(flaggedBy("I'd rather you didn't book the second visit through the app. Just ring the shop and ask for me, we'll sort it ourselves.")).toBe(true),
  );
  it("Could we agree the price here but you pay me in person instead of in the app? the app holds my money for 2 weeks", () =>
    expect(flaggedBy("Could we agree the price here but you pay me in person instead of in the app? the app holds my money for 2 weeks")).toBe(true));
  it("Go ahead and mark the booking as done now, I'll come back Tuesday to finish the rest and we'll sort that money between us", () =>
    expect(flaggedBy("Go ahead and mark the booking as done now, I'll come back Tuesday to finish the rest and we'll sort that money between us")).toBe(true));
  it("Venmo me the balance instead of paying in the app, saves us both the fee", () => expect(flaggedBy("Venmo me the balance instead of paying in the app, saves us both the fee")).toBe(true));
  it("tell you what, skip the in-app payment and give me cash, I'll throw in the wiper blades free", () =>
    expect(flaggedBy("tell you what, skip the in-app payment and give me cash, I'll throw in the wiper blades free")).toBe(true));
  it("For the fleet vans going forward we'd prefer a direct contract with your company rather than going through AutoDoctor. Can we discuss terms?", () =>
    expect(flaggedBy("For the fleet vans going forward we'd prefer a direct contract with your company rather than going through AutoDoctor. Can we discuss terms?")).toBe(true));
  it("can I just pay you directly next time instead of through the app? the service charge on there is a rip off", () =>
    expect(flaggedBy("can I just pay you directly next time instead of through the app? the service charge on there is a rip off")).toBe(true));
  it("Honestly, don't tell the app, but I can do it at half the price if you pay me under the table", () =>
    expect(flaggedBy("Honestly, don't tell the app, but I can do it at half the price if you pay me under the table")).toBe(true));
  // not flagged
  it.fails("we'll just say the job got cancelled in the app and you pay me at the gate when I'm done", () =>
    expect(flaggedBy("we'll just say the job got cancelled in the app and you pay me at the gate when I'm done")).toBe(true),
  );
  it("Would you accept payment outside the app? I'd rather hand you cash and avoid the fee", () =>
    expect(flaggedBy("Would you accept payment outside the app? I'd rather hand you cash and avoid the fee")).toBe(true));
  it("If you need the follow-up done, don't book it on auto doctor, just text me on the number painted on my van", () =>
    expect(flaggedBy("If you need the follow-up done, don't book it on auto doctor, just text me on the number painted on my van")).toBe(true));
  it("Booking says 2 hrs labour but it'll be more. Pay the extra hours to me directly, no point running it through the platform", () =>
    expect(flaggedBy("Booking says 2 hrs labour but it'll be more. Pay the extra hours to me directly, no point running it through the platform")).toBe(true));
  // not flagged
  it.fails("pay thru the app only the callout fee, the parts and labour just give me in hand", () =>
    expect(flaggedBy("pay thru the app only the callout fee, the parts and labour just give me in hand")).toBe(true),
  );
  it("Dear customer, to avoid platform charges kindly make payment to our workshop account directly. Account details will be shared on our invoice.", () =>
    expect(flaggedBy("Dear customer, to avoid platform charges kindly make payment to our workshop account directly. Account details will be shared on our invoice.")).toBe(true));
  it("Can you reject the quote in the app and we do a private deal instead? same work, cheaper", () =>
    expect(flaggedBy("Can you reject the quote in the app and we do a private deal instead? same work, cheaper")).toBe(true));
  it("Send the money to my PayPal jake.mech88@gmail.com and I'll knock the booking fee off", () =>
    expect(caughtBy("Send the money to my PayPal jake.mech88@gmail.com and I'll knock the booking fee off", ["jake.mech88@gmail.com"])).toBe(true));
  it("Sir UPI kar do direct 98450 12377 pe, app wala payment skip karo, thoda kam le lunga", () =>
    expect(caughtBy("Sir UPI kar do direct 98450 12377 pe, app wala payment skip karo, thoda kam le lunga", ["98450 12377"])).toBe(true));
  it("Next time you need anything just come by the workshop and ask for Ravi, no need to go via the app, we'll give you local rate", () =>
    expect(flaggedBy("Next time you need anything just come by the workshop and ask for Ravi, no need to go via the app, we'll give you local rate")).toBe(true));
  it("Kindly don't process the payment in-app, our accountant prefers direct bank transfer and we'll waive the platform charge for you", () =>
    expect(flaggedBy("Kindly don't process the payment in-app, our accountant prefers direct bank transfer and we'll waive the platform charge for you")).toBe(true));
  it("I'd like to hire you directly for monthly maintenance of my 3 cars, off the app. Name your price.", () =>
    expect(flaggedBy("I'd like to hire you directly for monthly maintenance of my 3 cars, off the app. Name your price.")).toBe(true));
  // not flagged
  it.fails("Can we change the booking to just 'inspection' in the app and you pay me the rest of the job in cash?", () =>
    expect(flaggedBy("Can we change the booking to just 'inspection' in the app and you pay me the rest of the job in cash?")).toBe(true),
  );
  it("Could you leave a 5 star and close it off now, then for the clutch we handle it outside the app? cheaper for you", () =>
    expect(flaggedBy("Could you leave a 5 star and close it off now, then for the clutch we handle it outside the app? cheaper for you")).toBe(true));
  it("Fair dinkum the commission on this thing's a joke. Forget the app, cash on the day and we're square", () =>
    expect(flaggedBy("Fair dinkum the commission on this thing's a joke. Forget the app, cash on the day and we're square")).toBe(true));
  it("Just between you and me, the balance can be settled when I drop the car back, no need to put it through the app", () =>
    expect(flaggedBy("Just between you and me, the balance can be settled when I drop the car back, no need to put it through the app")).toBe(true));
  it("Sir why waste money on platform charges, you give me cash directly and I will give proper bill also", () =>
    expect(flaggedBy("Sir why waste money on platform charges, you give me cash directly and I will give proper bill also")).toBe(true));
  it("Make you cancel am for app, I go still come fix am tomorrow, you go pay me for hand", () =>
    expect(flaggedBy("Make you cancel am for app, I go still come fix am tomorrow, you go pay me for hand")).toBe(true));
  it("Si me pagas en efectivo directamente nos ahorramos la comisión de la app, te lo dejo más barato", () =>
    expect(flaggedBy("Si me pagas en efectivo directamente nos ahorramos la comisión de la app, te lo dejo más barato")).toBe(true));
  it("Cancela la reserva en AutoDoctor y yo igual voy el sábado, me pagas ahí mismo", () =>
    expect(flaggedBy("Cancela la reserva en AutoDoctor y yo igual voy el sábado, me pagas ahí mismo")).toBe(true));
  it("La próxima vez no reserves por la app, escríbeme directo y te hago precio", () => expect(flaggedBy("La próxima vez no reserves por la app, escríbeme directo y te hago precio")).toBe(true));
  // not flagged
  it.fails("oye la app me cobra un montón, mejor me pasas la plata por transferencia a mi cuenta y listo", () =>
    expect(flaggedBy("oye la app me cobra un montón, mejor me pasas la plata por transferencia a mi cuenta y listo")).toBe(true),
  );
  it("Para el servicio de la otra camioneta lo arreglamos por fuera de la app, ¿va? así sale más barato", () =>
    expect(flaggedBy("Para el servicio de la otra camioneta lo arreglamos por fuera de la app, ¿va? así sale más barato")).toBe(true));
  // caught since round 35 ("me pagás" is the reader paying the sender, platform-bypass.ts)
  it("Che, si me pagás por Mercado Pago directo te hago precio, la app se queda con mucho", () =>
    expect(flaggedBy("Che, si me pagás por Mercado Pago directo te hago precio, la app se queda con mucho")).toBe(true));
  it("Se pagar no pix direto pra mim sai mais barato, a plataforma come 20%", () => expect(flaggedBy("Se pagar no pix direto pra mim sai mais barato, a plataforma come 20%")).toBe(true));
  it("cancela lá no app que eu faço o serviço do mesmo jeito, você me paga em dinheiro", () =>
    expect(flaggedBy("cancela lá no app que eu faço o serviço do mesmo jeito, você me paga em dinheiro")).toBe(true));
  it("Das próximas vezes não precisa marcar pelo AutoDoctor, fala direto comigo que a gente acerta", () =>
    expect(flaggedBy("Das próximas vezes não precisa marcar pelo AutoDoctor, fala direto comigo que a gente acerta")).toBe(true));
  // not flagged
  it.fails("Podemos acertar o pagamento fora da aplicação? Faço-lhe um desconto jeitoso.", () =>
    expect(flaggedBy("Podemos acertar o pagamento fora da aplicação? Faço-lhe um desconto jeitoso.")).toBe(true),
  );
  it("Si vous me réglez en espèces directement, je vous fais 15% de moins, pas besoin de passer par l'appli", () =>
    expect(flaggedBy("Si vous me réglez en espèces directement, je vous fais 15% de moins, pas besoin de passer par l'appli")).toBe(true));
  it("Annulez la réservation sur AutoDoctor, je viens quand même jeudi et on s'arrange entre nous", () =>
    expect(flaggedBy("Annulez la réservation sur AutoDoctor, je viens quand même jeudi et on s'arrange entre nous")).toBe(true));
  it("pour les prochaines révisions on peut voir ça en direct sans passer par la plateforme, ce sera moins cher", () =>
    expect(flaggedBy("pour les prochaines révisions on peut voir ça en direct sans passer par la plateforme, ce sera moins cher")).toBe(true));
  // not flagged
  it.fails("On garde la résa pour le diagnostic seulement, le reste vous me le payez de la main à la main", () =>
    expect(flaggedBy("On garde la résa pour le diagnostic seulement, le reste vous me le payez de la main à la main")).toBe(true),
  );
  it("Wenn Sie bar zahlen, ohne die App, wird's für uns beide günstiger", () => expect(flaggedBy("Wenn Sie bar zahlen, ohne die App, wird's für uns beide günstiger")).toBe(true));
  // not flagged
  it.fails("Storniere einfach die Buchung in der App, ich mach's trotzdem am Samstag, zahlst mir dann direkt", () =>
    expect(flaggedBy("Storniere einfach die Buchung in der App, ich mach's trotzdem am Samstag, zahlst mir dann direkt")).toBe(true),
  );
  it("Die Gebühren von AutoDoctor sind echt frech. Nächstes Mal machen wir das privat ohne App, ok?", () =>
    expect(flaggedBy("Die Gebühren von AutoDoctor sind echt frech. Nächstes Mal machen wir das privat ohne App, ok?")).toBe(true));
  // not flagged
  it.fails("Können wir den Rest außerhalb der Plattform abrechnen? Dann spar ich mir die Provision und Sie kriegen Rabatt.", () =>
    expect(flaggedBy("Können wir den Rest außerhalb der Plattform abrechnen? Dann spar ich mir die Provision und Sie kriegen Rabatt.")).toBe(true),
  );
  it("Se paghi in contanti a me direttamente evitiamo la commissione dell'app", () => expect(flaggedBy("Se paghi in contanti a me direttamente evitiamo la commissione dell'app")).toBe(true));
  it("annulla la prenotazione sull'app, il lavoro te lo faccio lo stesso e ci mettiamo d'accordo tra noi", () =>
    expect(flaggedBy("annulla la prenotazione sull'app, il lavoro te lo faccio lo stesso e ci mettiamo d'accordo tra noi")).toBe(true));
  it("Jak zapłacisz mi gotówką bez aplikacji to zejdę z ceny o stówę", () => expect(flaggedBy("Jak zapłacisz mi gotówką bez aplikacji to zejdę z ceny o stówę")).toBe(true));
  it("Anuluj rezerwację w apce, a ja i tak przyjadę w sobotę, rozliczymy się na miejscu bez aplikacji", () =>
    expect(flaggedBy("Anuluj rezerwację w apce, a ja i tak przyjadę w sobotę, rozliczymy się na miejscu bez aplikacji")).toBe(true));
  it("Uygulama üzerinden ödeme yapma, elden nakit verirsen komisyon kesilmez, sana da indirim yaparım", () =>
    expect(flaggedBy("Uygulama üzerinden ödeme yapma, elden nakit verirsen komisyon kesilmez, sana da indirim yaparım")).toBe(true));
  // caught since round 43's refit
  it("Rezervasyonu iptal et abi, ben yine gelirim, parayı bana direkt verirsin", () => expect(flaggedBy("Rezervasyonu iptal et abi, ben yine gelirim, parayı bana direkt verirsin")).toBe(true));
  // not flagged
  it.fails("Bir dahaki sefere AutoDoctor'a girmeden direkt bana yaz, hesaplı yaparız", () => expect(flaggedBy("Bir dahaki sefere AutoDoctor'a girmeden direkt bana yaz, hesaplı yaparız")).toBe(true));
  it("Bayarnya langsung ke saya aja ya pak, transfer, ga usah lewat aplikasi biar ga kena potongan", () =>
    expect(flaggedBy("Bayarnya langsung ke saya aja ya pak, transfer, ga usah lewat aplikasi biar ga kena potongan")).toBe(true));
  // not flagged
  it.fails("Kalau mau servis lagi ga usah booking di AutoDoctor, langsung chat saya aja lebih murah", () =>
    expect(flaggedBy("Kalau mau servis lagi ga usah booking di AutoDoctor, langsung chat saya aja lebih murah")).toBe(true),
  );
  it("Boleh bayar tunai terus kat saya, tak payah guna app, jimat sikit dua-dua pihak", () =>
    expect(flaggedBy("Boleh bayar tunai terus kat saya, tak payah guna app, jimat sikit dua-dua pihak")).toBe(true));
  it("Sir app mein payment mat karo, cash de dena mujhe, commission bach jayega dono ka", () =>
    expect(flaggedBy("Sir app mein payment mat karo, cash de dena mujhe, commission bach jayega dono ka")).toBe(true));
  it("Booking cancel kar do app se, main kal aa jaunga phir bhi, paise direct de dena", () =>
    expect(flaggedBy("Booking cancel kar do app se, main kal aa jaunga phir bhi, paise direct de dena")).toBe(true));
  it("Agli dafa app se book na karein, seedha mujhse baat kar lein, rate kam laga dunga", () =>
    expect(flaggedBy("Agli dafa app se book na karein, seedha mujhse baat kar lein, rate kam laga dunga")).toBe(true));
  it("Sir i-cancel nyo na lang po yung booking sa app, punta pa rin ako bukas, cash na lang bayad sa akin", () =>
    expect(flaggedBy("Sir i-cancel nyo na lang po yung booking sa app, punta pa rin ako bukas, cash na lang bayad sa akin")).toBe(true));
  // not flagged
  it.fails("Wag na tayo dumaan sa AutoDoc next time boss, diretso na lang tayo para mas mura", () =>
    expect(flaggedBy("Wag na tayo dumaan sa AutoDoc next time boss, diretso na lang tayo para mas mura")).toBe(true),
  );
  // not flagged
  it.fails("ادفع لي كاش مباشرة بدون التطبيق وبنزلك من السعر", () => expect(flaggedBy("ادفع لي كاش مباشرة بدون التطبيق وبنزلك من السعر")).toBe(true));
  // not flagged
  it.fails("ألغِ الحجز من التطبيق وأنا بجي بكرة نفس الشي، والحساب بيننا", () => expect(flaggedBy("ألغِ الحجز من التطبيق وأنا بجي بكرة نفس الشي، والحساب بيننا")).toBe(true));
  it("ya 3am l app btekhod 3mole kbire, edfa3li cash b ido w ana bnazzellak mn l se3er", () =>
    expect(flaggedBy("ya 3am l app btekhod 3mole kbire, edfa3li cash b ido w ana bnazzellak mn l se3er")).toBe(true));
  it("Als je contant betaalt buiten de app om scheelt dat ons allebei die commissie", () =>
    expect(flaggedBy("Als je contant betaalt buiten de app om scheelt dat ons allebei die commissie")).toBe(true));
  it("Annuleer de boeking maar in de app, ik kom gewoon zaterdag en we regelen het onderling", () =>
    expect(flaggedBy("Annuleer de boeking maar in de app, ik kom gewoon zaterdag en we regelen het onderling")).toBe(true));
  // caught since round 43's refit
  it("Anh hủy đơn trên app đi, em vẫn qua làm, anh trả tiền mặt cho em là được", () => expect(flaggedBy("Anh hủy đơn trên app đi, em vẫn qua làm, anh trả tiền mặt cho em là được")).toBe(true));
  it("Lần sau anh khỏi đặt qua ứng dụng, liên hệ thẳng em làm cho rẻ hơn", () => expect(flaggedBy("Lần sau anh khỏi đặt qua ứng dụng, liên hệ thẳng em làm cho rẻ hơn")).toBe(true));
  it("Ha készpénzzel fizet nekem közvetlenül, app nélkül, engedek az árból", () => expect(flaggedBy("Ha készpénzzel fizet nekem közvetlenül, app nélkül, engedek az árból")).toBe(true));
  // not flagged
  it.fails("Mondja le a foglalást az appban, én ugyanúgy megcsinálom, a pénzt meg elintézzük egymás közt", () =>
    expect(flaggedBy("Mondja le a foglalást az appban, én ugyanúgy megcsinálom, a pénzt meg elintézzük egymás közt")).toBe(true),
  );
  it("Dacă îmi dați banii cash direct, fără aplicație, vă fac o reducere", () => expect(flaggedBy("Dacă îmi dați banii cash direct, fără aplicație, vă fac o reducere")).toBe(true));
  // not flagged
  it.fails("Anulați programarea din aplicație și vin oricum sâmbătă, ne înțelegem între noi la plată", () =>
    expect(flaggedBy("Anulați programarea din aplicație și vin oricum sâmbătă, ne înțelegem între noi la plată")).toBe(true),
  );
});
