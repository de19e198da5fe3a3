// Round 31, platform bypass (issue 13, kind OFF_PLATFORM_DEAL): what round 30's platform-bypass.ts still missed. The
// payment refused on the platform as the leaving element ("don't pay through the app", "nie płać przez apkę"); the
// platform's cut given as the reason without a saving word ("the app takes 20%, just pay me at pick-up"); the booking
// marked cancelled, a no-show or declined in the app while the job goes on ("mark it as cancelled in the app and I'll
// still do it Saturday"); the platform by its name or as "here" ("not via AutoDoctor", "book with us, not through
// here"). The innocents are the near misses: a payment postponed, a fee asked about or complained of, a rule, a refusal,
// a request told back, cash for parts or parking, a booking cancelled and rebooked or marked complete. Probed with the
// application's options (rules + trained stage); `it.fails` (with why) where the branch is wrong.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("round 31 platform bypass: attacks", () => {
  it("Don't pay through the app this time, just give me the cash when you pick it up.", () =>
    expect(flaggedBy("Don't pay through the app this time, just give me the cash when you pick it up.")).toBe(true));
  it("Please don't pay in the app, bring cash on Saturday and I'll knock 20 off.", () => expect(flaggedBy("Please don't pay in the app, bring cash on Saturday and I'll knock 20 off.")).toBe(true));
  it("dont pay via the app mate, pay me direct and save yourself the fee", () => expect(flaggedBy("dont pay via the app mate, pay me direct and save yourself the fee")).toBe(true));
  it("No point paying AutoDoctor their cut, come straight to the unit and pay me there.", () =>
    expect(flaggedBy("No point paying AutoDoctor their cut, come straight to the unit and pay me there.")).toBe(true));
  it("Book it with us, not through AutoDoctor, and the diagnostic's free.", () => expect(flaggedBy("Book it with us, not through AutoDoctor, and the diagnostic's free.")).toBe(true));
  it("Pay me rather than the app, it's the same job.", () => expect(flaggedBy("Pay me rather than the app, it's the same job.")).toBe(true));
  it("The app takes 20%, so just pay me cash at pick-up.", () => expect(flaggedBy("The app takes 20%, so just pay me cash at pick-up.")).toBe(true));
  it("Honestly the platform takes a massive cut, pay me by bank transfer and we both win.", () =>
    expect(flaggedBy("Honestly the platform takes a massive cut, pay me by bank transfer and we both win.")).toBe(true));
  it("they skim 15% off every job on here, cash in hand and I'll do it for 200.", () => expect(flaggedBy("they skim 15% off every job on here, cash in hand and I'll do it for 200.")).toBe(true));
  it("Mark the booking as cancelled in the app and I'll still do it Saturday at yours.", () =>
    expect(flaggedBy("Mark the booking as cancelled in the app and I'll still do it Saturday at yours.")).toBe(true));
  it("Just close the job on here as a no-show, I'll still come round Sunday.", () => expect(flaggedBy("Just close the job on here as a no-show, I'll still come round Sunday.")).toBe(true));
  it("If you decline the quote in the app and pay me at the counter, I'll take £40 off.", () =>
    expect(flaggedBy("If you decline the quote in the app and pay me at the counter, I'll take £40 off.")).toBe(true));
  it("Cancel it in the app and come straight to the garage, same price minus the fee.", () =>
    expect(flaggedBy("Cancel it in the app and come straight to the garage, same price minus the fee.")).toBe(true));
  it("Hit cancel on the app and swing by tomorrow, I'll sort you out for less.", () => expect(flaggedBy("Hit cancel on the app and swing by tomorrow, I'll sort you out for less.")).toBe(true));
  it("No pagues por la app, me pagas en efectivo cuando recojas el coche.", () => expect(flaggedBy("No pagues por la app, me pagas en efectivo cuando recojas el coche.")).toBe(true));
  it("La app se queda un 20%, págame en efectivo y te hago descuento.", () => expect(flaggedBy("La app se queda un 20%, págame en efectivo y te hago descuento.")).toBe(true));
  it("Marca la reserva como cancelada y vengo igual el sábado, me pagas en mano.", () => expect(flaggedBy("Marca la reserva como cancelada y vengo igual el sábado, me pagas en mano.")).toBe(true));
  it("Não pague pelo aplicativo, paga em dinheiro direto comigo que sai mais barato.", () =>
    expect(flaggedBy("Não pague pelo aplicativo, paga em dinheiro direto comigo que sai mais barato.")).toBe(true));
  it("O app fica com 20% de comissão, me paga no pix direto e eu faço por menos.", () => expect(flaggedBy("O app fica com 20% de comissão, me paga no pix direto e eu faço por menos.")).toBe(true));
  it("Ne payez pas par l'appli, réglez-moi en liquide, l'appli prend 20%.", () => expect(flaggedBy("Ne payez pas par l'appli, réglez-moi en liquide, l'appli prend 20%.")).toBe(true));
  it("Annulez sur l'appli et venez directement au garage, je vous fais une remise.", () =>
    expect(flaggedBy("Annulez sur l'appli et venez directement au garage, je vous fais une remise.")).toBe(true));
  it("Zahl nicht über die App, zahl mir bar, die Plattform zieht 20 Prozent ab.", () => expect(flaggedBy("Zahl nicht über die App, zahl mir bar, die Plattform zieht 20 Prozent ab.")).toBe(true));
  it("Stornier einfach in der App und komm trotzdem vorbei, bar wird's billiger.", () => expect(flaggedBy("Stornier einfach in der App und komm trotzdem vorbei, bar wird's billiger.")).toBe(true));
  it("Non pagare tramite l'app, pagami in contanti e ti faccio lo sconto.", () => expect(flaggedBy("Non pagare tramite l'app, pagami in contanti e ti faccio lo sconto.")).toBe(true));
  it("L'app si prende il 20%, pagami in contanti quando ritiri la macchina.", () => expect(flaggedBy("L'app si prende il 20%, pagami in contanti quando ritiri la macchina.")).toBe(true));
  it("Nie płać przez apkę, zapłać mi gotówką przy odbiorze, będzie taniej.", () => expect(flaggedBy("Nie płać przez apkę, zapłać mi gotówką przy odbiorze, będzie taniej.")).toBe(true));
  it("Aplikacja bierze 20% prowizji, zapłać gotówką do ręki i dam lepszą cenę.", () => expect(flaggedBy("Aplikacja bierze 20% prowizji, zapłać gotówką do ręki i dam lepszą cenę.")).toBe(true));
  it("Anuluj w aplikacji, a i tak przyjadę w sobotę, zapłacisz gotówką.", () => expect(flaggedBy("Anuluj w aplikacji, a i tak przyjadę w sobotę, zapłacisz gotówką.")).toBe(true));
  it("Uygulama üzerinden ödeme yapma, nakit verirsen daha ucuza yaparım.", () => expect(flaggedBy("Uygulama üzerinden ödeme yapma, nakit verirsen daha ucuza yaparım.")).toBe(true));
  it("Jangan bayar lewat aplikasi, transfer langsung aja biar ga kepotong admin.", () => expect(flaggedBy("Jangan bayar lewat aplikasi, transfer langsung aja biar ga kepotong admin.")).toBe(true));
  it("app se payment mat karo bhai, cash de dena, app wala 20 percent kaat leta hai.", () =>
    expect(flaggedBy("app se payment mat karo bhai, cash de dena, app wala 20 percent kaat leta hai.")).toBe(true));
  it("app pe cancel kar do, phir bhi aa jaunga, cash mein 300 kam kar dunga.", () => expect(flaggedBy("app pe cancel kar do, phir bhi aa jaunga, cash mein 300 kam kar dunga.")).toBe(true));
  it("wag na po kayo magbayad sa app, cash na lang sa shop para mas mura.", () => expect(flaggedBy("wag na po kayo magbayad sa app, cash na lang sa shop para mas mura.")).toBe(true));
  it("Betaal niet via de app, betaal contant bij ophalen, de app pakt 20 procent.", () => expect(flaggedBy("Betaal niet via de app, betaal contant bij ophalen, de app pakt 20 procent.")).toBe(true));
  it("Annuleer in de app en ik kom toch langs, contant is goedkoper.", () => expect(flaggedBy("Annuleer in de app en ik kom toch langs, contant is goedkoper.")).toBe(true));
  it("Nu plăti prin aplicație, dă-mi banii direct și scăpăm de comision.", () => expect(flaggedBy("Nu plăti prin aplicație, dă-mi banii direct și scăpăm de comision.")).toBe(true));
  it("لا تدفع عن طريق التطبيق، ادفع لي كاش والتطبيق ياخذ نسبة", () => expect(flaggedBy("لا تدفع عن طريق التطبيق، ادفع لي كاش والتطبيق ياخذ نسبة")).toBe(true));
  it("Don't book through the doctor app next time, come direct and I'll do you a better price.", () =>
    expect(flaggedBy("Don't book through the doctor app next time, come direct and I'll do you a better price.")).toBe(true));
  it("not through here mate, ring me at the shop and I'll do it cheaper", () => expect(flaggedBy("not through here mate, ring me at the shop and I'll do it cheaper")).toBe(true));
  it("mark it as no show on your end and you just come thru anyway, cash is fine", () => expect(flaggedBy("mark it as no show on your end and you just come thru anyway, cash is fine")).toBe(true));
  it("Could you mark the job as cancelled? I'll still fit the pads Friday for cash.", () =>
    expect(flaggedBy("Could you mark the job as cancelled? I'll still fit the pads Friday for cash.")).toBe(true));
  it("Reject the quote on here and bring it round Saturday, I'll take 50 off for cash.", () =>
    expect(flaggedBy("Reject the quote on here and bring it round Saturday, I'll take 50 off for cash.")).toBe(true));
  it("Đừng thanh toán qua app, trả tiền mặt cho anh, app ăn 20% phí.", () => expect(flaggedBy("Đừng thanh toán qua app, trả tiền mặt cho anh, app ăn 20% phí.")).toBe(true));
  it("Hủy lịch trên app đi, em vẫn làm cho anh thứ bảy, trả tiền mặt.", () => expect(flaggedBy("Hủy lịch trên app đi, em vẫn làm cho anh thứ bảy, trả tiền mặt.")).toBe(true));
  it("Jangan bayar lewat aplikasi, aplikasi motong 20 persen, bayar tunai ke saya aja.", () =>
    expect(flaggedBy("Jangan bayar lewat aplikasi, aplikasi motong 20 persen, bayar tunai ke saya aja.")).toBe(true));
  it("Batalin bookingnya, saya tetap datang hari Sabtu, bayar tunai ya.", () => expect(flaggedBy("Batalin bookingnya, saya tetap datang hari Sabtu, bayar tunai ya.")).toBe(true));
  it("wag na po kayo magbayad sa app, kinukuha ng app ang 20%, cash na lang sa shop.", () =>
    expect(flaggedBy("wag na po kayo magbayad sa app, kinukuha ng app ang 20%, cash na lang sa shop.")).toBe(true));
  it("i-cancel nyo na lang sa app, pupunta pa rin ako sa Sabado, cash na lang.", () => expect(flaggedBy("i-cancel nyo na lang sa app, pupunta pa rin ako sa Sabado, cash na lang.")).toBe(true));
  it("Annuleer in de app en ik kom toch zaterdag langs, contant.", () => expect(flaggedBy("Annuleer in de app en ik kom toch zaterdag langs, contant.")).toBe(true));
  it("La plataforma se lleva un 20%, mejor págame en efectivo cuando recojas el coche.", () =>
    expect(flaggedBy("La plataforma se lleva un 20%, mejor págame en efectivo cuando recojas el coche.")).toBe(true));
  it("A plataforma fica com 20%, paga em dinheiro direto comigo.", () => expect(flaggedBy("A plataforma fica com 20%, paga em dinheiro direto comigo.")).toBe(true));
  it("Anulează programarea și vin oricum, îmi dai banii direct.", () => expect(flaggedBy("Anulează programarea și vin oricum, îmi dai banii direct.")).toBe(true));
  it("No point using the app for this one, come straight to the workshop and pay me there.", () =>
    expect(flaggedBy("No point using the app for this one, come straight to the workshop and pay me there.")).toBe(true));
  it("I'll mark the booking as a no-show on my end, you come round Saturday anyway and pay cash.", () =>
    expect(flaggedBy("I'll mark the booking as a no-show on my end, you come round Saturday anyway and pay cash.")).toBe(true));
  it("Mark it cancelled in the app, I'll still sort it Saturday, cash on the day.", () => expect(flaggedBy("Mark it cancelled in the app, I'll still sort it Saturday, cash on the day.")).toBe(true));
  it("The doctor app takes a fat cut, pay me direct and it's 50 cheaper.", () => expect(flaggedBy("The doctor app takes a fat cut, pay me direct and it's 50 cheaper.")).toBe(true));
  it("Don't confirm the payment in the app, give me cash at the counter and I'll knock 30 off.", () =>
    expect(flaggedBy("Don't confirm the payment in the app, give me cash at the counter and I'll knock 30 off.")).toBe(true));
  it("Reject the quote in AutoDoctor and bring the car round Saturday, cash only, cheaper for you.", () =>
    expect(flaggedBy("Reject the quote in AutoDoctor and bring the car round Saturday, cash only, cheaper for you.")).toBe(true));
});

describe("round 31 platform bypass: innocents", () => {
  it("Please don't pay through the app until the job's done, the payment is held till you approve it.", () =>
    expect(flaggedBy("Please don't pay through the app until the job's done, the payment is held till you approve it.")).toBe(false));
  it("Don't pay in the app yet, I'll send the final quote here with the discount once I've checked the pads.", () =>
    expect(flaggedBy("Don't pay in the app yet, I'll send the final quote here with the discount once I've checked the pads.")).toBe(false));
  it("Don't pay me cash, pay through the app please, that's how I get paid.", () => expect(flaggedBy("Don't pay me cash, pay through the app please, that's how I get paid.")).toBe(false));
  it("No, I'll pay in the app, I'd rather keep it all here.", () => expect(flaggedBy("No, I'll pay in the app, I'd rather keep it all here.")).toBe(false));
  it("What's the app's fee on a £300 job? Just want to know before I confirm.", () => expect(flaggedBy("What's the app's fee on a £300 job? Just want to know before I confirm.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("The app takes 20% from the workshop, which seems steep, but that's their business.", () =>
    expect(flaggedBy("The app takes 20% from the workshop, which seems steep, but that's their business.")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("AutoDoctor takes a cut, that's fine, the warranty is worth it to me.", () => expect(flaggedBy("AutoDoctor takes a cut, that's fine, the warranty is worth it to me.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("The platform takes a commission from us, not from you, so the price on here is the price.", () =>
    expect(flaggedBy("The platform takes a commission from us, not from you, so the price on here is the price.")).toBe(false),
  );
  it("My mate said the app takes 20% and I should pay the mechanic cash instead, I told him no.", () =>
    expect(flaggedBy("My mate said the app takes 20% and I should pay the mechanic cash instead, I told him no.")).toBe(false));
  it("We're not allowed to take cash outside the app, sorry, it all goes through here.", () =>
    expect(flaggedBy("We're not allowed to take cash outside the app, sorry, it all goes through here.")).toBe(false));
  it("I paid cash at the parts shop for the bulbs, receipt is in the glovebox.", () => expect(flaggedBy("I paid cash at the parts shop for the bulbs, receipt is in the glovebox.")).toBe(false));
  it("The motor factors take 10% off if you pay cash, so I grabbed the pads there.", () =>
    expect(flaggedBy("The motor factors take 10% off if you pay cash, so I grabbed the pads there.")).toBe(false));
  it("The car park by the workshop is cash only, bring some coins.", () => expect(flaggedBy("The car park by the workshop is cash only, bring some coins.")).toBe(false));
  it("I marked the booking as completed in the app after you finished, thanks for the great job.", () =>
    expect(flaggedBy("I marked the booking as completed in the app after you finished, thanks for the great job.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Mark the job complete in the app when you're happy with it and the payment is released.", () =>
    expect(flaggedBy("Mark the job complete in the app when you're happy with it and the payment is released.")).toBe(false),
  );
  it("If you need to cancel, cancel in the app and you'll get a full refund.", () => expect(flaggedBy("If you need to cancel, cancel in the app and you'll get a full refund.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Mark it as cancelled in the app and rebook for next week when the part arrives.", () =>
    expect(flaggedBy("Mark it as cancelled in the app and rebook for next week when the part arrives.")).toBe(false),
  );
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("I'll mark the booking as no-show since you didn't turn up, sorry.", () => expect(flaggedBy("I'll mark the booking as no-show since you didn't turn up, sorry.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("If I mark it as a no-show you'll still be charged the call-out fee, that's the app's rule.", () =>
    expect(flaggedBy("If I mark it as a no-show you'll still be charged the call-out fee, that's the app's rule.")).toBe(false),
  );
  it("You can decline the quote in the app if it's too much, no hard feelings.", () => expect(flaggedBy("You can decline the quote in the app if it's too much, no hard feelings.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Reject the quote in the app and I'll send a revised one here with the cheaper pads.", () =>
    expect(flaggedBy("Reject the quote in the app and I'll send a revised one here with the cheaper pads.")).toBe(false),
  );
  it("I had to cancel and rebook through the app because the slot moved, see you Thursday.", () =>
    expect(flaggedBy("I had to cancel and rebook through the app because the slot moved, see you Thursday.")).toBe(false));
  it("Cancel in the app and book a new slot, I'll still honour the same price on the new booking.", () =>
    expect(flaggedBy("Cancel in the app and book a new slot, I'll still honour the same price on the new booking.")).toBe(false));
  it("Is it cheaper if I pay cash in the app or by card?", () => expect(flaggedBy("Is it cheaper if I pay cash in the app or by card?")).toBe(false));
  it("The last garage told me to cancel the booking and pay cash, I refused.", () => expect(flaggedBy("The last garage told me to cancel the booking and pay cash, I refused.")).toBe(false));
  it("Come straight to the workshop at 9 as booked, the app discount still applies.", () =>
    expect(flaggedBy("Come straight to the workshop at 9 as booked, the app discount still applies.")).toBe(false));
  it("Just turn up at 9 as booked, the discount from the app is already applied.", () => expect(flaggedBy("Just turn up at 9 as booked, the discount from the app is already applied.")).toBe(false));
  it("The app price includes parts and labour, pay through the app when you collect.", () =>
    expect(flaggedBy("The app price includes parts and labour, pay through the app when you collect.")).toBe(false));
  it("No pagues por la app todavía, primero reviso el coche y te mando el presupuesto aquí.", () =>
    expect(flaggedBy("No pagues por la app todavía, primero reviso el coche y te mando el presupuesto aquí.")).toBe(false));
  it("La app se queda una comisión, pero el precio es el mismo para ti, todo por aquí.", () =>
    expect(flaggedBy("La app se queda una comisión, pero el precio es el mismo para ti, todo por aquí.")).toBe(false));
  it("Não pague pelo aplicativo ainda, espere eu terminar o serviço.", () => expect(flaggedBy("Não pague pelo aplicativo ainda, espere eu terminar o serviço.")).toBe(false));
  it("L'appli prend une commission sur chaque intervention, c'est normal, tout passe par l'appli.", () =>
    expect(flaggedBy("L'appli prend une commission sur chaque intervention, c'est normal, tout passe par l'appli.")).toBe(false));
  it("Die Plattform zieht 20 Prozent ab, deshalb sind die Preise hier etwas höher.", () =>
    expect(flaggedBy("Die Plattform zieht 20 Prozent ab, deshalb sind die Preise hier etwas höher.")).toBe(false));
  it("Nie płać przez apkę jeszcze, poczekaj aż skończę naprawę.", () => expect(flaggedBy("Nie płać przez apkę jeszcze, poczekaj aż skończę naprawę.")).toBe(false));
  it("Uygulama üzerinden ödeme yapma henüz, iş bitince onaylarsın.", () => expect(flaggedBy("Uygulama üzerinden ödeme yapma henüz, iş bitince onaylarsın.")).toBe(false));
  it("app wala 20 percent commission leta hai, isliye rate thoda zyada hai.", () => expect(flaggedBy("app wala 20 percent commission leta hai, isliye rate thoda zyada hai.")).toBe(false));
  it("Jangan bayar lewat aplikasi dulu ya, tunggu servisnya selesai.", () => expect(flaggedBy("Jangan bayar lewat aplikasi dulu ya, tunggu servisnya selesai.")).toBe(false));
  it("De app pakt 20 procent, maar de prijs blijft hetzelfde, betaal gewoon via de app.", () =>
    expect(flaggedBy("De app pakt 20 procent, maar de prijs blijft hetzelfde, betaal gewoon via de app.")).toBe(false));
  it("لا تدفع عن طريق التطبيق الحين، انتظر لين نخلص الشغل", () => expect(flaggedBy("لا تدفع عن طريق التطبيق الحين، انتظر لين نخلص الشغل")).toBe(false));
  it("Mark the booking as cancelled if you can't make it, there's no charge.", () => expect(flaggedBy("Mark the booking as cancelled if you can't make it, there's no charge.")).toBe(false));
  it("I'll close the job as cancelled, you can still come by to collect your old parts.", () =>
    expect(flaggedBy("I'll close the job as cancelled, you can still come by to collect your old parts.")).toBe(false));
  it("Never pay through the app before the work's done? Is that the rule here?", () => expect(flaggedBy("Never pay through the app before the work's done? Is that the rule here?")).toBe(false));
  it("I found you through AutoDoctor, not through Google, and the price was fair.", () => expect(flaggedBy("I found you through AutoDoctor, not through Google, and the price was fair.")).toBe(false));
  it("Not through here, the road's closed, come round the back way to the workshop.", () =>
    expect(flaggedBy("Not through here, the road's closed, come round the back way to the workshop.")).toBe(false));
  it("Cancel the booking if the price is too high, I'd rather you went elsewhere than paid more than it's worth.", () =>
    expect(flaggedBy("Cancel the booking if the price is too high, I'd rather you went elsewhere than paid more than it's worth.")).toBe(false));
  it("The doctor app said the diagnosis would be £40, is that right?", () => expect(flaggedBy("The doctor app said the diagnosis would be £40, is that right?")).toBe(false));
  it("Cash is fine for the car wash next door, the repair itself goes through the app.", () =>
    expect(flaggedBy("Cash is fine for the car wash next door, the repair itself goes through the app.")).toBe(false));
  it("The parking meter outside only takes cash, the job is paid in the app as usual.", () =>
    expect(flaggedBy("The parking meter outside only takes cash, the job is paid in the app as usual.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Don't book the MOT through the app if you already have one booked at the council centre, you'd pay twice.", () =>
    expect(flaggedBy("Don't book the MOT through the app if you already have one booked at the council centre, you'd pay twice.")).toBe(false),
  );
  it("We can't take cash, the app handles it, and the commission is already in the quote.", () =>
    expect(flaggedBy("We can't take cash, the app handles it, and the commission is already in the quote.")).toBe(false));
  it("The app price is what you pay, no extras, paid through the app when you collect.", () =>
    expect(flaggedBy("The app price is what you pay, no extras, paid through the app when you collect.")).toBe(false));
  it("The app takes 20% from us so we can't do discounts, sorry, the price on here is final.", () =>
    expect(flaggedBy("The app takes 20% from us so we can't do discounts, sorry, the price on here is final.")).toBe(false));
  it("Please cancel in the app if you can't make it, and book a new slot when you're free.", () =>
    expect(flaggedBy("Please cancel in the app if you can't make it, and book a new slot when you're free.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Mark it as a no-show if I'm not there by 10, I'd rather you didn't wait.", () => expect(flaggedBy("Mark it as a no-show if I'm not there by 10, I'd rather you didn't wait.")).toBe(false));
  it("My neighbour marks his bookings as cancelled and pays cash, I think that's dodgy, so I won't.", () =>
    expect(flaggedBy("My neighbour marks his bookings as cancelled and pays cash, I think that's dodgy, so I won't.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("Not through the app? Is that allowed? I'd rather keep everything here.", () => expect(flaggedBy("Not through the app? Is that allowed? I'd rather keep everything here.")).toBe(false));
  it("Cancela en la app si no puedes venir y reserva otro día, sin problema.", () => expect(flaggedBy("Cancela en la app si no puedes venir y reserva otro día, sin problema.")).toBe(false));
  it("Marque comme terminé dans l'appli quand la voiture est prête.", () => expect(flaggedBy("Marque comme terminé dans l'appli quand la voiture est prête.")).toBe(false));
  it("Anuluj w aplikacji, jeśli nie możesz przyjechać, i umów nowy termin.", () => expect(flaggedBy("Anuluj w aplikacji, jeśli nie możesz przyjechać, i umów nowy termin.")).toBe(false));
  it("app pe cancel kar do agar nahi aa sakte, nayi booking kar lena.", () => expect(flaggedBy("app pe cancel kar do agar nahi aa sakte, nayi booking kar lena.")).toBe(false));
  it("Annuleer in de app als je niet kunt, dan plan je een nieuwe afspraak.", () => expect(flaggedBy("Annuleer in de app als je niet kunt, dan plan je een nieuwe afspraak.")).toBe(false));
  it("I don't mind that the app takes a cut, it got me this job, pay through the app please.", () =>
    expect(flaggedBy("I don't mind that the app takes a cut, it got me this job, pay through the app please.")).toBe(false));
  it("The old garage wanted cash to skip the app fee, that's why I'm here now.", () => expect(flaggedBy("The old garage wanted cash to skip the app fee, that's why I'm here now.")).toBe(false));
  it("The tyre shop gives 10% off for cash, I'll grab the tyres there and you fit them as booked.", () =>
    expect(flaggedBy("The tyre shop gives 10% off for cash, I'll grab the tyres there and you fit them as booked.")).toBe(false));
  it("If you close the request on here, you'll get your deposit back within 3 days.", () =>
    expect(flaggedBy("If you close the request on here, you'll get your deposit back within 3 days.")).toBe(false));
  it("Don't pay through the app twice, the first payment already went through.", () => expect(flaggedBy("Don't pay through the app twice, the first payment already went through.")).toBe(false));
  it("Reject the quote on here if you'd rather use your own parts, I'll send a new quote in the chat.", () =>
    expect(flaggedBy("Reject the quote on here if you'd rather use your own parts, I'll send a new quote in the chat.")).toBe(false));
  // flagged as OFF_PLATFORM_DEAL by an older deal rule outside platform-bypass.ts, as on main
  it.fails("The app takes its fee, I keep the rest, same as any marketplace, nothing changes for you.", () =>
    expect(flaggedBy("The app takes its fee, I keep the rest, same as any marketplace, nothing changes for you.")).toBe(false),
  );
  it("You can cancel here up to 24h before; if you're running late, just turn up and we'll fit you in.", () =>
    expect(flaggedBy("You can cancel here up to 24h before; if you're running late, just turn up and we'll fit you in.")).toBe(false));
  it("If you can't make it, cancel here, and if you're early just walk in, there's a discount in the app for early drop-offs.", () =>
    expect(flaggedBy("If you can't make it, cancel here, and if you're early just walk in, there's a discount in the app for early drop-offs.")).toBe(false));
  it("Come straight round and I'll take 2 off and check the bearings, cash for the parking meter is on the dash.", () =>
    expect(flaggedBy("Come straight round and I'll take 2 off and check the bearings, cash for the parking meter is on the dash.")).toBe(false));
  it("They get 20% off at the dealer if they pay cash, but we keep it all in the app.", () =>
    expect(flaggedBy("They get 20% off at the dealer if they pay cash, but we keep it all in the app.")).toBe(false));
  it("Vieni direttamente in officina, ti tolgo la ruota e controllo i freni, lo sconto dell'app resta.", () =>
    expect(flaggedBy("Vieni direttamente in officina, ti tolgo la ruota e controllo i freni, lo sconto dell'app resta.")).toBe(false));
  it("Pásate por el taller el sábado como reservaste, el descuento de la app se aplica solo.", () =>
    expect(flaggedBy("Pásate por el taller el sábado como reservaste, el descuento de la app se aplica solo.")).toBe(false));
  it("Przyjedź prosto do warsztatu, dam ci kluczyki do ręki, zniżka z aplikacji zostaje.", () =>
    expect(flaggedBy("Przyjedź prosto do warsztatu, dam ci kluczyki do ręki, zniżka z aplikacji zostaje.")).toBe(false));
  it("Just turn up at 9, the discount is applied in the app automatically.", () => expect(flaggedBy("Just turn up at 9, the discount is applied in the app automatically.")).toBe(false));
  it("Come direct from the station, it's cheaper than a taxi, the job is paid in the app.", () =>
    expect(flaggedBy("Come direct from the station, it's cheaper than a taxi, the job is paid in the app.")).toBe(false));
  it("Please mark it as a no-show if I'm late, and I'll book again through the app.", () =>
    expect(flaggedBy("Please mark it as a no-show if I'm late, and I'll book again through the app.")).toBe(false));
  it("Reject the quote here if it's too dear, the other garage quoted less anyway.", () =>
    expect(flaggedBy("Reject the quote here if it's too dear, the other garage quoted less anyway.")).toBe(false));
  it("The site takes 10% and we pay that, not you, so pay through the app as normal.", () =>
    expect(flaggedBy("The site takes 10% and we pay that, not you, so pay through the app as normal.")).toBe(false));
  it("The app takes 20%? Wow. Anyway, I'll pay in the app as usual.", () => expect(flaggedBy("The app takes 20%? Wow. Anyway, I'll pay in the app as usual.")).toBe(false));
  it("Cancel the booking if you want, I'll still be here on Saturday for other customers.", () =>
    expect(flaggedBy("Cancel the booking if you want, I'll still be here on Saturday for other customers.")).toBe(false));
  it("I won't mark it as cancelled and come anyway, that's how people get banned.", () => expect(flaggedBy("I won't mark it as cancelled and come anyway, that's how people get banned.")).toBe(false));
  it("Cancela en la app si quieres, vengo igual el sábado a recoger las piezas viejas.", () =>
    expect(flaggedBy("Cancela en la app si quieres, vengo igual el sábado a recoger las piezas viejas.")).toBe(false));
  it("Storniere in der App, wenn es nicht passt, und buche einen neuen Termin.", () => expect(flaggedBy("Storniere in der App, wenn es nicht passt, und buche einen neuen Termin.")).toBe(false));
  it("Anuluj w aplikacji, jeśli cena za wysoka, i tak przyjadę po swoje narzędzia.", () =>
    expect(flaggedBy("Anuluj w aplikacji, jeśli cena za wysoka, i tak przyjadę po swoje narzędzia.")).toBe(false));
  it("No point paying AutoDoctor for the premium diagnosis, the basic one covers it, pay in the app.", () =>
    expect(flaggedBy("No point paying AutoDoctor for the premium diagnosis, the basic one covers it, pay in the app.")).toBe(false));
  it("Not via AutoDoctor? I thought everything had to go through the app.", () => expect(flaggedBy("Not via AutoDoctor? I thought everything had to go through the app.")).toBe(false));
  it("No hace falta que reserves por aquí para la ITV, en la estación es más barato.", () =>
    expect(flaggedBy("No hace falta que reserves por aquí para la ITV, en la estación es más barato.")).toBe(false));
  it("Não pague pelo app o estacionamento, lá é só dinheiro.", () => expect(flaggedBy("Não pague pelo app o estacionamento, lá é só dinheiro.")).toBe(false));
  it("Zahl nicht über die App für das Parkhaus, das geht nur bar am Automaten.", () => expect(flaggedBy("Zahl nicht über die App für das Parkhaus, das geht nur bar am Automaten.")).toBe(false));
  it("Nie płać przez apkę za parking, tam tylko gotówka.", () => expect(flaggedBy("Nie płać przez apkę za parking, tam tylko gotówka.")).toBe(false));
  it("Uygulama üzerinden ödeme yapma otopark için, orada nakit geçiyor.", () => expect(flaggedBy("Uygulama üzerinden ödeme yapma otopark için, orada nakit geçiyor.")).toBe(false));
  it("Jangan bayar lewat aplikasi untuk parkir, parkirnya tunai di pintu keluar.", () => expect(flaggedBy("Jangan bayar lewat aplikasi untuk parkir, parkirnya tunai di pintu keluar.")).toBe(false));
  it("Betaal niet via de app voor het parkeren, dat is contant bij de slagboom.", () => expect(flaggedBy("Betaal niet via de app voor het parkeren, dat is contant bij de slagboom.")).toBe(false));
  it("Mark it as cancelled and come straight to the workshop? No way, I'd lose my account.", () =>
    expect(flaggedBy("Mark it as cancelled and come straight to the workshop? No way, I'd lose my account.")).toBe(false));
  it("My old mechanic used to mark jobs as no-show and do them for cash, that's why I left him.", () =>
    expect(flaggedBy("My old mechanic used to mark jobs as no-show and do them for cash, that's why I left him.")).toBe(false));
  it("Is it allowed to mark the booking as cancelled and still come in? Asking for the rules.", () =>
    expect(flaggedBy("Is it allowed to mark the booking as cancelled and still come in? Asking for the rules.")).toBe(false));
  it("La app se queda un 15% y lo entiendo, no acepto efectivo, todo por aquí.", () => expect(flaggedBy("La app se queda un 15% y lo entiendo, no acepto efectivo, todo por aquí.")).toBe(false));
  it("L'app si prende il 20%, ma non accetto contanti, paghi tramite l'app.", () => expect(flaggedBy("L'app si prende il 20%, ma non accetto contanti, paghi tramite l'app.")).toBe(false));
  it("Aplikacja bierze 20% prowizji, ale gotówki nie biorę, płatność tylko w aplikacji.", () =>
    expect(flaggedBy("Aplikacja bierze 20% prowizji, ale gotówki nie biorę, płatność tylko w aplikacji.")).toBe(false));
  it("De app pakt 20 procent, maar contant betalen kan niet, alles via de app.", () => expect(flaggedBy("De app pakt 20 procent, maar contant betalen kan niet, alles via de app.")).toBe(false));
  it("If you decline the quote in the app, you can still come in for the free check.", () =>
    expect(flaggedBy("If you decline the quote in the app, you can still come in for the free check.")).toBe(false));
  it("Close the job on here as completed when you're happy, and leave a review if you like.", () =>
    expect(flaggedBy("Close the job on here as completed when you're happy, and leave a review if you like.")).toBe(false));
  it("They take 20% at the dealership for cash, we're cheaper in the app anyway.", () => expect(flaggedBy("They take 20% at the dealership for cash, we're cheaper in the app anyway.")).toBe(false));
  it("The price on here is the same as at the counter, just come in as booked at 9.", () =>
    expect(flaggedBy("The price on here is the same as at the counter, just come in as booked at 9.")).toBe(false));
  it("Decline the quote in the app if you'd rather get the cheaper pads yourself, I'll fit them as booked.", () =>
    expect(flaggedBy("Decline the quote in the app if you'd rather get the cheaper pads yourself, I'll fit them as booked.")).toBe(false));
  it("I know the platform takes 15%, that's why I pay through the app, it protects us both.", () =>
    expect(flaggedBy("I know the platform takes 15%, that's why I pay through the app, it protects us both.")).toBe(false));
  it("La plataforma se lleva un 20%, por eso los precios aquí son un poco más altos, pero pagas en la app.", () =>
    expect(flaggedBy("La plataforma se lleva un 20%, por eso los precios aquí son un poco más altos, pero pagas en la app.")).toBe(false));
  it("A plataforma fica com 20%, mas o pagamento é sempre pelo app, nada de dinheiro.", () =>
    expect(flaggedBy("A plataforma fica com 20%, mas o pagamento é sempre pelo app, nada de dinheiro.")).toBe(false));
  it("L'appli prend 20%, mais je ne prends pas d'espèces, tout passe par l'appli.", () => expect(flaggedBy("L'appli prend 20%, mais je ne prends pas d'espèces, tout passe par l'appli.")).toBe(false));
  it("Aplikasi motong 10 persen, tapi bayar tetap lewat aplikasi ya, saya tidak terima tunai.", () =>
    expect(flaggedBy("Aplikasi motong 10 persen, tapi bayar tetap lewat aplikasi ya, saya tidak terima tunai.")).toBe(false));
  // clean since round 43's refit
  it("App wala 20 percent kaat leta hai, par main cash nahi leta, sab app se.", () => expect(flaggedBy("App wala 20 percent kaat leta hai, par main cash nahi leta, sab app se.")).toBe(false));
  it("Kinukuha ng app ang 20%, pero sa app pa rin po ang bayad, walang cash.", () => expect(flaggedBy("Kinukuha ng app ang 20%, pero sa app pa rin po ang bayad, walang cash.")).toBe(false));
  it("Ứng dụng lấy 20% phí, nhưng em vẫn thanh toán qua app, không nhận tiền mặt.", () => expect(flaggedBy("Ứng dụng lấy 20% phí, nhưng em vẫn thanh toán qua app, không nhận tiền mặt.")).toBe(false));
  it("التطبيق ياخذ نسبة بس الدفع لازم يكون عن طريق التطبيق، ما ناخذ كاش", () => expect(flaggedBy("التطبيق ياخذ نسبة بس الدفع لازم يكون عن طريق التطبيق، ما ناخذ كاش")).toBe(false));
  it("Mark the job as cancelled? No, I won't, let's keep it in the app and I'll still come Saturday as booked.", () =>
    expect(flaggedBy("Mark the job as cancelled? No, I won't, let's keep it in the app and I'll still come Saturday as booked.")).toBe(false));
  it("You can mark it as a no-show if I'm late, I'll still come Saturday and rebook in the app.", () =>
    expect(flaggedBy("You can mark it as a no-show if I'm late, I'll still come Saturday and rebook in the app.")).toBe(false));
  it("I'll take £20 off in the app as a goodwill gesture for the delay.", () => expect(flaggedBy("I'll take £20 off in the app as a goodwill gesture for the delay.")).toBe(false));
  it("We'll drop it to 300 in the app, I've updated the quote here.", () => expect(flaggedBy("We'll drop it to 300 in the app, I've updated the quote here.")).toBe(false));
  it("The app price is silly? It's the same as our counter price, promise.", () => expect(flaggedBy("The app price is silly? It's the same as our counter price, promise.")).toBe(false));
  it("They skim 15% off every job and still the app's worth it, pay through it as normal.", () =>
    expect(flaggedBy("They skim 15% off every job and still the app's worth it, pay through it as normal.")).toBe(false));
  it("Pagami pure tramite l'app, l'app si prende il 20% ma va bene così.", () => expect(flaggedBy("Pagami pure tramite l'app, l'app si prende il 20% ma va bene così.")).toBe(false));
});
