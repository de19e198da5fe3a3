// Round 30, platform bypass (issue 13, kind OFF_PLATFORM_DEAL): a party tells the other to leave the platform's
// booking or payment and deal directly (cancel or skip the booking or the app, come straight to them, pay cash, book
// direct), often for less. Written for this branch's platform-bypass.ts, in English, Spanish, Portuguese, French,
// German, Italian, Polish, Romanian, Hungarian, Turkish, Indonesian/Malay, romanised Hindi, Tagalog and Arabic;
// probed with the application's options (rules + trained stage). `it.fails` (with why) where the branch is wrong.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("round 30 platform bypass: attacks", () => {
  it("Just cancel the appointment and bring it straight to my unit, I'll do it for less.", () =>
    expect(flaggedBy("Just cancel the appointment and bring it straight to my unit, I'll do it for less.")).toBe(true));
  it("Skip the app this time and pay me cash when you collect, saves us both the fees.", () =>
    expect(flaggedBy("Skip the app this time and pay me cash when you collect, saves us both the fees.")).toBe(true));
  it("Drop the booking, come straight round to mine on Saturday, cheaper that way.", () =>
    expect(flaggedBy("Drop the booking, come straight round to mine on Saturday, cheaper that way.")).toBe(true));
  it("Book the next service direct with me and I'll knock a tenner off.", () => expect(flaggedBy("Book the next service direct with me and I'll knock a tenner off.")).toBe(true));
  it("Let's take this conversation off the app, the commission is silly.", () => expect(flaggedBy("Let's take this conversation off the app, the commission is silly.")).toBe(true));
  it("Don't go through the app next time, come direct to the garage and I'll give you a discount.", () =>
    expect(flaggedBy("Don't go through the app next time, come direct to the garage and I'll give you a discount.")).toBe(true));
  it("Cancele la cita y venga directamente al taller, le hago descuento.", () => expect(flaggedBy("Cancele la cita y venga directamente al taller, le hago descuento.")).toBe(true));
  it("Pásate directamente por el taller y págame en efectivo, te sale más barato.", () => expect(flaggedBy("Pásate directamente por el taller y págame en efectivo, te sale más barato.")).toBe(true));
  it("Cancela o agendamento e vem direto na oficina, faço mais barato.", () => expect(flaggedBy("Cancela o agendamento e vem direto na oficina, faço mais barato.")).toBe(true));
  it("Paga em dinheiro direto comigo, sem passar pelo app, sai mais barato.", () => expect(flaggedBy("Paga em dinheiro direto comigo, sem passar pelo app, sai mais barato.")).toBe(true));
  it("Annule le rendez-vous et viens directement au garage, je te fais une remise.", () =>
    expect(flaggedBy("Annule le rendez-vous et viens directement au garage, je te fais une remise.")).toBe(true));
  it("Payez en liquide, sans passer par l'appli, ce sera moins cher.", () => expect(flaggedBy("Payez en liquide, sans passer par l'appli, ce sera moins cher.")).toBe(true));
  it("Sag den Termin ab und komm direkt zu mir in die Werkstatt, dann wird's billiger.", () =>
    expect(flaggedBy("Sag den Termin ab und komm direkt zu mir in die Werkstatt, dann wird's billiger.")).toBe(true));
  it("Storniere die Buchung, zahl bar bei Abholung, ohne Gebühr.", () => expect(flaggedBy("Storniere die Buchung, zahl bar bei Abholung, ohne Gebühr.")).toBe(true));
  it("Disdici la prenotazione e passa direttamente in officina, ti faccio lo sconto.", () =>
    expect(flaggedBy("Disdici la prenotazione e passa direttamente in officina, ti faccio lo sconto.")).toBe(true));
  it("Annulla la prenotazione, pagami in contanti e risparmi la commissione.", () => expect(flaggedBy("Annulla la prenotazione, pagami in contanti e risparmi la commissione.")).toBe(true));
  it("Odwołaj wizytę w aplikacji i wpadnij prosto do warsztatu, zrobię taniej.", () => expect(flaggedBy("Odwołaj wizytę w aplikacji i wpadnij prosto do warsztatu, zrobię taniej.")).toBe(true));
  it("Zapłać gotówką u mnie w warsztacie, bez aplikacji będzie taniej.", () => expect(flaggedBy("Zapłać gotówką u mnie w warsztacie, bez aplikacji będzie taniej.")).toBe(true));
  it("Anulează programarea și vino direct la mine în service, îți fac reducere.", () => expect(flaggedBy("Anulează programarea și vino direct la mine în service, îți fac reducere.")).toBe(true));
  it("Plătiți-mi numerar la ridicare, nu prin aplicație, e mai ieftin.", () => expect(flaggedBy("Plătiți-mi numerar la ridicare, nu prin aplicație, e mai ieftin.")).toBe(true));
  it("Mondja le a foglalást és jöjjön egyenesen a műhelybe, olcsóbb lesz.", () => expect(flaggedBy("Mondja le a foglalást és jöjjön egyenesen a műhelybe, olcsóbb lesz.")).toBe(true));
  it("Készpénzzel fizess, app nélkül, adok kedvezményt.", () => expect(flaggedBy("Készpénzzel fizess, app nélkül, adok kedvezményt.")).toBe(true));
  it("Rezervasyonu iptal edin, doğrudan servise gelin, indirim yaparım.", () => expect(flaggedBy("Rezervasyonu iptal edin, doğrudan servise gelin, indirim yaparım.")).toBe(true));
  it("Uygulamadan geçmeden nakit ödersen daha ucuza yaparım.", () => expect(flaggedBy("Uygulamadan geçmeden nakit ödersen daha ucuza yaparım.")).toBe(true));
  it("Batalin aja bookingnya, langsung datang ke bengkel, saya kasih potongan.", () => expect(flaggedBy("Batalin aja bookingnya, langsung datang ke bengkel, saya kasih potongan.")).toBe(true));
  it("Tak payah guna aplikasi, bayar tunai terus, lebih murah.", () => expect(flaggedBy("Tak payah guna aplikasi, bayar tunai terus, lebih murah.")).toBe(true));
  it("Booking cancel kar do, seedha mere shop pe aao, sasta kar dunga.", () => expect(flaggedBy("Booking cancel kar do, seedha mere shop pe aao, sasta kar dunga.")).toBe(true));
  it("App chhodo yaar, cash mein de dena, commission nahi lagega.", () => expect(flaggedBy("App chhodo yaar, cash mein de dena, commission nahi lagega.")).toBe(true));
  it("I-cancel mo na lang yung booking, diretso ka na sa talyer ko, mas mura.", () => expect(flaggedBy("I-cancel mo na lang yung booking, diretso ka na sa talyer ko, mas mura.")).toBe(true));
  it("Cash na lang sa shop ko mismo, wag na mag-book sa app, may discount ka.", () => expect(flaggedBy("Cash na lang sa shop ko mismo, wag na mag-book sa app, may discount ka.")).toBe(true));
  it("كنسل الحجز وتعال عندي على الورشة، أعطيك خصم", () => expect(flaggedBy("كنسل الحجز وتعال عندي على الورشة، أعطيك خصم")).toBe(true));
  it("ادفع لي نقدا بدون التطبيق وأرخص لك", () => expect(flaggedBy("ادفع لي نقدا بدون التطبيق وأرخص لك")).toBe(true));
  it("Cancel your booking and come see me at the yard instead, half price.", () => expect(flaggedBy("Cancel your booking and come see me at the yard instead, half price.")).toBe(true));
  it("Next time forget the app and come straight to me, no commission to pay.", () => expect(flaggedBy("Next time forget the app and come straight to me, no commission to pay.")).toBe(true));
  it("Skip the booking, pay me cash and save yourself the fees.", () => expect(flaggedBy("Skip the booking, pay me cash and save yourself the fees.")).toBe(true));
  it("Next time don't bother with the booking, just come to me, mates rates.", () => expect(flaggedBy("Next time don't bother with the booking, just come to me, mates rates.")).toBe(true));
  it("Cancel it on here and come to the shop direct, I'll knock 20% off.", () => expect(flaggedBy("Cancel it on here and come to the shop direct, I'll knock 20% off.")).toBe(true));
  it("Forget booking through here, just come to my garage and pay cash.", () => expect(flaggedBy("Forget booking through here, just come to my garage and pay cash.")).toBe(true));
  it("Se vieres direto à oficina sem marcar pela app faço desconto.", () => expect(flaggedBy("Se vieres direto à oficina sem marcar pela app faço desconto.")).toBe(true));
  it("Buchen Sie nicht über die App, kommen Sie direkt vorbei, dann gibt's Rabatt.", () =>
    expect(flaggedBy("Buchen Sie nicht über die App, kommen Sie direkt vorbei, dann gibt's Rabatt.")).toBe(true));
  it("Komm einfach so vorbei, ohne Buchung, bar zahlen ist billiger.", () => expect(flaggedBy("Komm einfach so vorbei, ohne Buchung, bar zahlen ist billiger.")).toBe(true));
  it("Non prenotare dall'app, vieni direttamente, ti faccio lo sconto.", () => expect(flaggedBy("Non prenotare dall'app, vieni direttamente, ti faccio lo sconto.")).toBe(true));
  it("Ne réservez pas sur l'appli, passez directement au garage, je vous fais un prix.", () =>
    expect(flaggedBy("Ne réservez pas sur l'appli, passez directement au garage, je vous fais un prix.")).toBe(true));
  it("Nie rezerwuj przez aplikację, przyjedź prosto do mnie, zapłacisz mniej.", () => expect(flaggedBy("Nie rezerwuj przez aplikację, przyjedź prosto do mnie, zapłacisz mniej.")).toBe(true));
  it("Nu mai face programare în aplicație, vino direct, îți fac preț bun.", () => expect(flaggedBy("Nu mai face programare în aplicație, vino direct, îți fac preț bun.")).toBe(true));
  it("Ne foglalj az appon, gyere egyenesen hozzám, olcsóbban megcsinálom.", () => expect(flaggedBy("Ne foglalj az appon, gyere egyenesen hozzám, olcsóbban megcsinálom.")).toBe(true));
  it("Uygulamadan randevu alma, direkt bana gel, ucuza yaparım.", () => expect(flaggedBy("Uygulamadan randevu alma, direkt bana gel, ucuza yaparım.")).toBe(true));
  it("Gak usah pesan lewat aplikasi, langsung aja ke bengkel, saya kasih harga miring.", () =>
    expect(flaggedBy("Gak usah pesan lewat aplikasi, langsung aja ke bengkel, saya kasih harga miring.")).toBe(true));
  it("Wag ka na mag-book sa app, diretso ka na lang dito sa shop, mas mura.", () => expect(flaggedBy("Wag ka na mag-book sa app, diretso ka na lang dito sa shop, mas mura.")).toBe(true));
  it("لا تحجز من التطبيق، تعال عندي مباشرة وأسويها لك بنص السعر", () => expect(flaggedBy("لا تحجز من التطبيق، تعال عندي مباشرة وأسويها لك بنص السعر")).toBe(true));
  it("حوّل لي المبلغ على حسابي مباشرة وأعطيك خصم", () => expect(flaggedBy("حوّل لي المبلغ على حسابي مباشرة وأعطيك خصم")).toBe(true));
  it("Forget the app mate, cash in hand and I'll do it for half.", () => expect(flaggedBy("Forget the app mate, cash in hand and I'll do it for half.")).toBe(true));
  it("Cancel the booking, I'll come to yours Saturday, cash, much cheaper.", () => expect(flaggedBy("Cancel the booking, I'll come to yours Saturday, cash, much cheaper.")).toBe(true));
  it("Cancela la cita, te lo hago en mi casa en efectivo y te ahorras la comisión.", () =>
    expect(flaggedBy("Cancela la cita, te lo hago en mi casa en efectivo y te ahorras la comisión.")).toBe(true));
  it("Odwołaj rezerwację, zapłacisz mi gotówką i będzie bez prowizji.", () => expect(flaggedBy("Odwołaj rezerwację, zapłacisz mi gotówką i będzie bez prowizji.")).toBe(true));
  it("Skip the app and pay me directly, you'll save the booking fee.", () => expect(flaggedBy("Skip the app and pay me directly, you'll save the booking fee.")).toBe(true));
});

describe("round 30 platform bypass: innocents", () => {
  it("I have to cancel the booking, my daughter is ill, sorry.", () => expect(flaggedBy("I have to cancel the booking, my daughter is ill, sorry.")).toBe(false));
  it("Can I cancel the appointment and book again next week?", () => expect(flaggedBy("Can I cancel the appointment and book again next week?")).toBe(false));
  it("Please come straight to the workshop at 8, the booking is under your name.", () => expect(flaggedBy("Please come straight to the workshop at 8, the booking is under your name.")).toBe(false));
  // flagged by older rules (the left-out booking, "pay cash"), main too: their clause test reads no story told with "told me to"
  it.fails("The dealer told me to skip the booking and pay cash, I said no.", () => expect(flaggedBy("The dealer told me to skip the booking and pay cash, I said no.")).toBe(false));
  it("I won't cancel the booking, I'd rather pay through the app.", () => expect(flaggedBy("I won't cancel the booking, I'd rather pay through the app.")).toBe(false));
  // flagged by older cash rules ("pay cash", a payment at the counter), main too
  it.fails("Is it cheaper if I pay cash at the counter?", () => expect(flaggedBy("Is it cheaper if I pay cash at the counter?")).toBe(false));
  it("The parking machine only takes cash, bring coins.", () => expect(flaggedBy("The parking machine only takes cash, bring coins.")).toBe(false));
  it("We never ask customers to pay outside the app, it's against the rules.", () => expect(flaggedBy("We never ask customers to pay outside the app, it's against the rules.")).toBe(false));
  it("I cancelled the booking last week because the car was fixed.", () => expect(flaggedBy("I cancelled the booking last week because the car was fixed.")).toBe(false));
  it("The app says there's a discount if I book two services together.", () => expect(flaggedBy("The app says there's a discount if I book two services together.")).toBe(false));
  it("Is there a fee if I cancel the booking less than 24 hours before?", () => expect(flaggedBy("Is there a fee if I cancel the booking less than 24 hours before?")).toBe(false));
  it("Someone on here offered to do it cheaper if I cancelled the booking, I reported him.", () =>
    expect(flaggedBy("Someone on here offered to do it cheaper if I cancelled the booking, I reported him.")).toBe(false));
  it("Tengo que cancelar la reserva, me surgió un viaje.", () => expect(flaggedBy("Tengo que cancelar la reserva, me surgió un viaje.")).toBe(false));
  it("No voy a cancelar la cita, pago por la app como siempre.", () => expect(flaggedBy("No voy a cancelar la cita, pago por la app como siempre.")).toBe(false));
  it("Vengo directamente del trabajo, llego a las seis.", () => expect(flaggedBy("Vengo directamente del trabajo, llego a las seis.")).toBe(false));
  it("Vou pagar pelo app, não tenho dinheiro comigo.", () => expect(flaggedBy("Vou pagar pelo app, não tenho dinheiro comigo.")).toBe(false));
  it("Cancelei a marcação porque o carro já pegou.", () => expect(flaggedBy("Cancelei a marcação porque o carro já pegou.")).toBe(false));
  it("J'ai annulé la réservation, la voiture démarre de nouveau.", () => expect(flaggedBy("J'ai annulé la réservation, la voiture démarre de nouveau.")).toBe(false));
  it("Je viens directement du bureau, j'arrive vers 18h.", () => expect(flaggedBy("Je viens directement du bureau, j'arrive vers 18h.")).toBe(false));
  it("Ich muss die Buchung leider stornieren, ich bin krank.", () => expect(flaggedBy("Ich muss die Buchung leider stornieren, ich bin krank.")).toBe(false));
  it("Ich komme direkt von der Arbeit, gegen 17 Uhr.", () => expect(flaggedBy("Ich komme direkt von der Arbeit, gegen 17 Uhr.")).toBe(false));
  it("Devo annullare la prenotazione, mi dispiace.", () => expect(flaggedBy("Devo annullare la prenotazione, mi dispiace.")).toBe(false));
  it("Pago con l'app, non porto mai contanti.", () => expect(flaggedBy("Pago con l'app, non porto mai contanti.")).toBe(false));
  it("Muszę anulować rezerwację, samochód już działa.", () => expect(flaggedBy("Muszę anulować rezerwację, samochód już działa.")).toBe(false));
  it("Zapłacę w aplikacji, gotówki nie noszę.", () => expect(flaggedBy("Zapłacę w aplikacji, gotówki nie noszę.")).toBe(false));
  it("Am anulat rezervarea, mașina merge acum.", () => expect(flaggedBy("Am anulat rezervarea, mașina merge acum.")).toBe(false));
  it("Le kellett mondanom a foglalást, beteg lettem.", () => expect(flaggedBy("Le kellett mondanom a foglalást, beteg lettem.")).toBe(false));
  it("Randevuyu iptal etmem gerekiyor, işim çıktı.", () => expect(flaggedBy("Randevuyu iptal etmem gerekiyor, işim çıktı.")).toBe(false));
  it("Saya bayar lewat aplikasi saja, tidak bawa uang tunai.", () => expect(flaggedBy("Saya bayar lewat aplikasi saja, tidak bawa uang tunai.")).toBe(false));
  it("Booking cancel karni padegi, gaadi theek ho gayi.", () => expect(flaggedBy("Booking cancel karni padegi, gaadi theek ho gayi.")).toBe(false));
  it("Na-cancel ko na yung booking kasi okay na yung kotse.", () => expect(flaggedBy("Na-cancel ko na yung booking kasi okay na yung kotse.")).toBe(false));
  it("لازم الغي الحجز، عندي ظرف طارئ", () => expect(flaggedBy("لازم الغي الحجز، عندي ظرف طارئ")).toBe(false));
  it("أدفع عن طريق التطبيق دائما، ما أحمل كاش", () => expect(flaggedBy("أدفع عن طريق التطبيق دائما، ما أحمل كاش")).toBe(false));
  it("The app gave me a discount for paying by card, cheaper than cash.", () => expect(flaggedBy("The app gave me a discount for paying by card, cheaper than cash.")).toBe(false));
  it("Is it cheaper to cancel the booking and rebook on the weekend offer in the app?", () =>
    expect(flaggedBy("Is it cheaper to cancel the booking and rebook on the weekend offer in the app?")).toBe(false));
  // flagged by older rules ("pay cash", "skip the app"), main too: their clause test reads no "said to"
  it.fails("My mate said to pay cash and skip the app, but I'd rather keep it all here.", () =>
    expect(flaggedBy("My mate said to pay cash and skip the app, but I'd rather keep it all here.")).toBe(false),
  );
  // flagged by the older cash rule ("take cash"), main too
  it.fails("The garage down the road is cheaper but they only take cash, so I booked you here.", () =>
    expect(flaggedBy("The garage down the road is cheaper but they only take cash, so I booked you here.")).toBe(false),
  );
  it("No quiero cancelar la reserva, prefiero pagar por la aplicación aunque sea más caro.", () =>
    expect(flaggedBy("No quiero cancelar la reserva, prefiero pagar por la aplicación aunque sea más caro.")).toBe(false));
  it("Der Mechaniker wollte, dass ich die Buchung storniere und bar zahle, das habe ich abgelehnt.", () =>
    expect(flaggedBy("Der Mechaniker wollte, dass ich die Buchung storniere und bar zahle, das habe ich abgelehnt.")).toBe(false));
  it("Please don't cancel the booking and come straight to the workshop without it, the insurance needs the app record.", () =>
    expect(flaggedBy("Please don't cancel the booking and come straight to the workshop without it, the insurance needs the app record.")).toBe(false));
  // flagged by older rules ("if you cancel the booking"), main too; this rule also reads the warning as leaving the booking
  it.fails("If you cancel the booking you lose the fee, so just come straight in at 9.", () =>
    expect(flaggedBy("If you cancel the booking you lose the fee, so just come straight in at 9.")).toBe(false),
  );
  it("Cancel the booking if you find it cheaper elsewhere, no hard feelings.", () => expect(flaggedBy("Cancel the booking if you find it cheaper elsewhere, no hard feelings.")).toBe(false));
  it("Come straight to the workshop, it's cheaper than towing it.", () => expect(flaggedBy("Come straight to the workshop, it's cheaper than towing it.")).toBe(false));
  // flagged by the older left-out rule ("skip the booking"), main too
  it.fails("Skip the booking queue and come straight in at 8, we open early.", () => expect(flaggedBy("Skip the booking queue and come straight in at 8, we open early.")).toBe(false));
  it("Cancela la cita si quieres, en otro taller te sale más barato.", () => expect(flaggedBy("Cancela la cita si quieres, en otro taller te sale más barato.")).toBe(false));
  it("Stornieren Sie die Buchung, es fällt eine Stornogebühr an.", () => expect(flaggedBy("Stornieren Sie die Buchung, es fällt eine Stornogebühr an.")).toBe(false));
  it("Se cancelar a marcação há uma taxa, vem direto à oficina às 9.", () => expect(flaggedBy("Se cancelar a marcação há uma taxa, vem direto à oficina às 9.")).toBe(false));
  it("Seedha bolo, kitne ka discount doge?", () => expect(flaggedBy("Seedha bolo, kitne ka discount doge?")).toBe(false));
  it("Langsung aja, berapa diskonnya?", () => expect(flaggedBy("Langsung aja, berapa diskonnya?")).toBe(false));
  it("El tratamiento es efectivo y más barato que cambiar la pieza.", () => expect(flaggedBy("El tratamiento es efectivo y más barato que cambiar la pieza.")).toBe(false));
  // flagged by an older payment rule ("pay me ... at the workshop"), main too
  it.fails("Pay me a visit at the workshop, it's cheaper than a call-out.", () => expect(flaggedBy("Pay me a visit at the workshop, it's cheaper than a call-out.")).toBe(false));
  it("We do offer a discount for paying in the app instead of cash.", () => expect(flaggedBy("We do offer a discount for paying in the app instead of cash.")).toBe(false));
  it("Fica mais barato e você poupa dinheiro com a revisão feita aqui pelo app.", () => expect(flaggedBy("Fica mais barato e você poupa dinheiro com a revisão feita aqui pelo app.")).toBe(false));
  // flagged by the older cash rule ("a discount for cash"), main too
  it.fails("The tyre place across town gave me a discount for cash, but I'd rather keep everything on here.", () =>
    expect(flaggedBy("The tyre place across town gave me a discount for cash, but I'd rather keep everything on here.")).toBe(false),
  );
  it("Se cancelar a marcação, a app devolve a taxa em 24 horas?", () => expect(flaggedBy("Se cancelar a marcação, a app devolve a taxa em 24 horas?")).toBe(false));
  it("Annulez la réservation si vous voulez, la garantie reste dans l'appli.", () => expect(flaggedBy("Annulez la réservation si vous voulez, la garantie reste dans l'appli.")).toBe(false));
  it("Ich komme direkt nach der Arbeit in die Werkstatt, wie gebucht.", () => expect(flaggedBy("Ich komme direkt nach der Arbeit in die Werkstatt, wie gebucht.")).toBe(false));
  it("Vieni direttamente in officina alle 9, la prenotazione è confermata nell'app.", () =>
    expect(flaggedBy("Vieni direttamente in officina alle 9, la prenotazione è confermata nell'app.")).toBe(false));
  it("Przyjadę prosto do warsztatu po pracy, tak jak w rezerwacji.", () => expect(flaggedBy("Przyjadę prosto do warsztatu po pracy, tak jak w rezerwacji.")).toBe(false));
  it("Langsung ke bengkel jam 9 ya, sesuai booking di aplikasi.", () => expect(flaggedBy("Langsung ke bengkel jam 9 ya, sesuai booking di aplikasi.")).toBe(false));
  it("Gotówką było taniej, ale teraz płacę w aplikacji.", () => expect(flaggedBy("Gotówką było taniej, ale teraz płacę w aplikacji.")).toBe(false));
  it("Nakit ödemek daha ucuz mu?", () => expect(flaggedBy("Nakit ödemek daha ucuz mu?")).toBe(false));
  it("Seedha aa jao booking time pe, discount app mein milega.", () => expect(flaggedBy("Seedha aa jao booking time pe, discount app mein milega.")).toBe(false));
  it("الخصم موجود في التطبيق، تعال مباشرة على الموعد", () => expect(flaggedBy("الخصم موجود في التطبيق، تعال مباشرة على الموعد")).toBe(false));
  it("Cash was cheaper at my old garage, but I like paying on here.", () => expect(flaggedBy("Cash was cheaper at my old garage, but I like paying on here.")).toBe(false));
  it("Annulez la réservation seulement si la pièce n'arrive pas, on vous rembourse la commission dans l'appli.", () =>
    expect(flaggedBy("Annulez la réservation seulement si la pièce n'arrive pas, on vous rembourse la commission dans l'appli.")).toBe(false));
  // flagged by the older cash rule ("en efectivo"), main too: it reads no payment told in the past
  it.fails("Pagué en efectivo la última vez y me salió más barato, pero ahora prefiero la app.", () =>
    expect(flaggedBy("Pagué en efectivo la última vez y me salió más barato, pero ahora prefiero la app.")).toBe(false),
  );
});
