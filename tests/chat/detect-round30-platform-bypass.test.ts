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
  it("The tyre place across town gave me a discount for cash, but I'd rather keep everything on here.", () =>
    expect(flaggedBy("The tyre place across town gave me a discount for cash, but I'd rather keep everything on here.")).toBe(false));
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

// A third party's request or offer told back by the writer ("the workshop next door asked me to pay cash outside the app, I
// refused"), and the sender's own offer dressed as one ("my boss says cancel and come direct", "he asked me to tell you").
describe("round 30 platform bypass: a request told back, innocents", () => {
  // round 43's refit: flags it as OFF_PLATFORM_DEAL
  it.fails("bengkel sebelah minta bayar cash di luar aplikasi, saya tolak, mending di sini aman.", () =>
    expect(flaggedBy("bengkel sebelah minta bayar cash di luar aplikasi, saya tolak, mending di sini aman.")).toBe(false),
  );
  it("The workshop next door asked me to pay cash outside the app, I refused, better here.", () =>
    expect(flaggedBy("The workshop next door asked me to pay cash outside the app, I refused, better here.")).toBe(false));
  it("The other mechanic asked me to cancel the booking and come straight to his garage for a discount, I refused.", () =>
    expect(flaggedBy("The other mechanic asked me to cancel the booking and come straight to his garage for a discount, I refused.")).toBe(false));
  it("A guy at the tyre shop tried to get me to pay cash outside the app to save the fees, no way.", () =>
    expect(flaggedBy("A guy at the tyre shop tried to get me to pay cash outside the app to save the fees, no way.")).toBe(false));
  it("He offered to do it cheaper if I cancelled the booking and paid him cash, I'd rather stay on the app.", () =>
    expect(flaggedBy("He offered to do it cheaper if I cancelled the booking and paid him cash, I'd rather stay on the app.")).toBe(false));
  it("They wanted us to pay cash without the app, cheaper they said, we declined.", () => expect(flaggedBy("They wanted us to pay cash without the app, cheaper they said, we declined.")).toBe(false));
  it("A mechanic from another garage wanted me to cancel the booking and come straight to him for half price. I said no.", () =>
    expect(flaggedBy("A mechanic from another garage wanted me to cancel the booking and come straight to him for half price. I said no.")).toBe(false));
  it("He wanted us to cancel the booking and go straight to his unit for a discount, we'd rather stay on the app.", () =>
    expect(flaggedBy("He wanted us to cancel the booking and go straight to his unit for a discount, we'd rather stay on the app.")).toBe(false));
  it("Otro taller me dijo que cancelara la reserva y viniera directamente, más barato, pero prefiero la app.", () =>
    expect(flaggedBy("Otro taller me dijo que cancelara la reserva y viniera directamente, más barato, pero prefiero la app.")).toBe(false));
  it("O rapaz da outra oficina ofereceu desconto se eu cancelasse a marcação. Recusei.", () =>
    expect(flaggedBy("O rapaz da outra oficina ofereceu desconto se eu cancelasse a marcação. Recusei.")).toBe(false));
  it("Un autre garage m'a proposé de venir directement chez lui, moins cher, sans la réservation. J'ai refusé.", () =>
    expect(flaggedBy("Un autre garage m'a proposé de venir directement chez lui, moins cher, sans la réservation. J'ai refusé.")).toBe(false));
  it("Die andere Werkstatt hat mir angeboten, ohne Buchung direkt vorbeizukommen, billiger. Habe abgelehnt.", () =>
    expect(flaggedBy("Die andere Werkstatt hat mir angeboten, ohne Buchung direkt vorbeizukommen, billiger. Habe abgelehnt.")).toBe(false));
  it("Die Werkstatt nebenan wollte, dass ich bar zahle, ohne Buchung, billiger meinte er, ich habe abgelehnt.", () =>
    expect(flaggedBy("Die Werkstatt nebenan wollte, dass ich bar zahle, ohne Buchung, billiger meinte er, ich habe abgelehnt.")).toBe(false));
  it("Un'altra officina mi ha proposto di annullare la prenotazione e venire direttamente da loro, più economico. Ho rifiutato.", () =>
    expect(flaggedBy("Un'altra officina mi ha proposto di annullare la prenotazione e venire direttamente da loro, più economico. Ho rifiutato.")).toBe(false));
  it("Inny warsztat proponował mi, żebym odwołał wizytę i przyjechał prosto do nich, taniej. Odmówiłem.", () =>
    expect(flaggedBy("Inny warsztat proponował mi, żebym odwołał wizytę i przyjechał prosto do nich, taniej. Odmówiłem.")).toBe(false));
  it("Kolega kazał mi odwołać wizytę i zapłacić gotówką, ale wolę przez aplikację.", () =>
    expect(flaggedBy("Kolega kazał mi odwołać wizytę i zapłacić gotówką, ale wolę przez aplikację.")).toBe(false));
  it("Alt service mi-a propus să anulez programarea și să vin direct la ei, mai ieftin. Am refuzat.", () =>
    expect(flaggedBy("Alt service mi-a propus să anulez programarea și să vin direct la ei, mai ieftin. Am refuzat.")).toBe(false));
  it("Service-ul vecin mi-a cerut să plătesc numerar fără aplicație, mai ieftin, am refuzat.", () =>
    expect(flaggedBy("Service-ul vecin mi-a cerut să plătesc numerar fără aplicație, mai ieftin, am refuzat.")).toBe(false));
  it("A szomszéd szerelő kérte, hogy készpénzzel fizessek app nélkül, olcsóbb lenne, nem fogadtam el.", () =>
    expect(flaggedBy("A szomszéd szerelő kérte, hogy készpénzzel fizessek app nélkül, olcsóbb lenne, nem fogadtam el.")).toBe(false));
  it("Egy másik szerelő akarta, hogy mondjam le a foglalást és menjek egyenesen hozzá, olcsóbb lenne. Nem fogadtam el.", () =>
    expect(flaggedBy("Egy másik szerelő akarta, hogy mondjam le a foglalást és menjek egyenesen hozzá, olcsóbb lenne. Nem fogadtam el.")).toBe(false));
  it("Yan sanayideki usta nakit ödememi istedi, uygulama olmadan daha ucuz dedi, reddettim.", () =>
    expect(flaggedBy("Yan sanayideki usta nakit ödememi istedi, uygulama olmadan daha ucuz dedi, reddettim.")).toBe(false));
  it("Başka bir usta randevuyu iptal edip direkt dükkana gelmemi istedi, daha ucuz olurmuş. Reddettim.", () =>
    expect(flaggedBy("Başka bir usta randevuyu iptal edip direkt dükkana gelmemi istedi, daha ucuz olurmuş. Reddettim.")).toBe(false));
  it("Montir itu nyuruh saya batalin booking dan bayar tunai biar murah, saya tolak.", () =>
    expect(flaggedBy("Montir itu nyuruh saya batalin booking dan bayar tunai biar murah, saya tolak.")).toBe(false));
  it("Bengkel sebelah minta saya batalin booking terus langsung datang ke sana, lebih murah katanya. Saya tolak.", () =>
    expect(flaggedBy("Bengkel sebelah minta saya batalin booking terus langsung datang ke sana, lebih murah katanya. Saya tolak.")).toBe(false));
  it("Bengkel lain nawarin diskon kalau bayar cash di luar aplikasi, tapi saya lebih suka lewat aplikasi.", () =>
    expect(flaggedBy("Bengkel lain nawarin diskon kalau bayar cash di luar aplikasi, tapi saya lebih suka lewat aplikasi.")).toBe(false));
  it("Dusre garage wala bola app chhodo aur cash do, sasta padega, maine mana kar diya.", () =>
    expect(flaggedBy("Dusre garage wala bola app chhodo aur cash do, sasta padega, maine mana kar diya.")).toBe(false));
  it("Ek mechanic keh raha tha booking cancel kar do aur cash mein de do, maine mana kar diya.", () =>
    expect(flaggedBy("Ek mechanic keh raha tha booking cancel kar do aur cash mein de do, maine mana kar diya.")).toBe(false));
  it("Inalok ako ng ibang mekaniko na diretso na lang sa shop nila, mas mura daw, pero tumanggi ako.", () =>
    expect(flaggedBy("Inalok ako ng ibang mekaniko na diretso na lang sa shop nila, mas mura daw, pero tumanggi ako.")).toBe(false));
  it("طلب مني الميكانيكي الغي الحجز وادفع له كاش أرخص، رفضت", () => expect(flaggedBy("طلب مني الميكانيكي الغي الحجز وادفع له كاش أرخص، رفضت")).toBe(false));
  it("عرض علي ميكانيكي ثاني الغي الحجز وأجي له مباشرة بسعر أرخص، رفضت", () => expect(flaggedBy("عرض علي ميكانيكي ثاني الغي الحجز وأجي له مباشرة بسعر أرخص، رفضت")).toBe(false));
  // flagged by the older cash rule ("en efectivo"), main too: it reads no request told back
  it.fails("Mi vecino mecánico me ofreció hacerlo más barato en efectivo si cancelaba la cita. No quise.", () =>
    expect(flaggedBy("Mi vecino mecánico me ofreció hacerlo más barato en efectivo si cancelaba la cita. No quise.")).toBe(false),
  );
  // flagged by an older rule (payment "sans passer par l'appli"), main too
  it("Le garage d'à côté m'a demandé de payer en liquide sans passer par l'appli, j'ai refusé.", () =>
    expect(flaggedBy("Le garage d'à côté m'a demandé de payer en liquide sans passer par l'appli, j'ai refusé.")).toBe(false));
  // flagged by an older rule (the booking left for cash), main too
  it("Sabi ng mekaniko sa kabila i-cancel ko na lang daw yung booking at cash na lang, mas mura, tumanggi ako.", () =>
    expect(flaggedBy("Sabi ng mekaniko sa kabila i-cancel ko na lang daw yung booking at cash na lang, mas mura, tumanggi ako.")).toBe(false));
});

describe("round 30 platform bypass: reported speech as a disguise, attacks", () => {
  it("My boss says cancel the booking and come straight to the workshop, it'll be cheaper.", () =>
    expect(flaggedBy("My boss says cancel the booking and come straight to the workshop, it'll be cheaper.")).toBe(true));
  it("My boss said: cancel the booking and come straight here, cheaper.", () => expect(flaggedBy("My boss said: cancel the booking and come straight here, cheaper.")).toBe(true));
  it("My brother said, cancel and come to me, pay cash and save the fees.", () => expect(flaggedBy("My brother said, cancel and come to me, pay cash and save the fees.")).toBe(true));
  it("My mate said you should cancel the booking and come to me direct, half price.", () =>
    expect(flaggedBy("My mate said you should cancel the booking and come to me direct, half price.")).toBe(true));
  it("He said you can cancel the booking and come straight to us, it'll be cheaper.", () =>
    expect(flaggedBy("He said you can cancel the booking and come straight to us, it'll be cheaper.")).toBe(true));
  it("The owner told me to tell you: skip the app, pay cash, we'll knock 20% off.", () => expect(flaggedBy("The owner told me to tell you: skip the app, pay cash, we'll knock 20% off.")).toBe(true));
  it("He asked me to pass this on: cancel the booking and come straight to his garage, half price.", () =>
    expect(flaggedBy("He asked me to pass this on: cancel the booking and come straight to his garage, half price.")).toBe(true));
  it("I told you to cancel the booking and come straight to me, it's cheaper.", () => expect(flaggedBy("I told you to cancel the booking and come straight to me, it's cheaper.")).toBe(true));
  it("As I said, skip the app and pay me cash, no fees.", () => expect(flaggedBy("As I said, skip the app and pay me cash, no fees.")).toBe(true));
  it("I offered to do it cheaper if you cancel the booking and come straight to me, offer still stands.", () =>
    expect(flaggedBy("I offered to do it cheaper if you cancel the booking and come straight to me, offer still stands.")).toBe(true));
  it("I'd rather you skip the app and pay me cash, cheaper for both of us.", () => expect(flaggedBy("I'd rather you skip the app and pay me cash, cheaper for both of us.")).toBe(true));
  it("Skip the app and pay me cash, half price. I'd rather do it here at my garage.", () =>
    expect(flaggedBy("Skip the app and pay me cash, half price. I'd rather do it here at my garage.")).toBe(true));
  it("Mi jefe me dijo que te dijera: cancela la cita y ven directamente al taller, te hacemos descuento.", () =>
    expect(flaggedBy("Mi jefe me dijo que te dijera: cancela la cita y ven directamente al taller, te hacemos descuento.")).toBe(true));
  it("O meu chefe pediu para te dizer: cancela a marcação e vem direto à oficina, fica mais barato.", () =>
    expect(flaggedBy("O meu chefe pediu para te dizer: cancela a marcação e vem direto à oficina, fica mais barato.")).toBe(true));
  it("Meu patrão disse para você cancelar o agendamento e vir direto na oficina, faço mais barato.", () =>
    expect(flaggedBy("Meu patrão disse para você cancelar o agendamento e vir direto na oficina, faço mais barato.")).toBe(true));
  it("Mon patron m'a demandé de vous dire: annulez la réservation et venez directement au garage, moins cher.", () =>
    expect(flaggedBy("Mon patron m'a demandé de vous dire: annulez la réservation et venez directement au garage, moins cher.")).toBe(true));
  it("Der Chef hat mir gesagt, dir zu sagen: storniere die Buchung und komm direkt vorbei, billiger.", () =>
    expect(flaggedBy("Der Chef hat mir gesagt, dir zu sagen: storniere die Buchung und komm direkt vorbei, billiger.")).toBe(true));
  it("Il capo mi ha detto di dirti: annulla la prenotazione e vieni direttamente in officina, ti faccio lo sconto.", () =>
    expect(flaggedBy("Il capo mi ha detto di dirti: annulla la prenotazione e vieni direttamente in officina, ti faccio lo sconto.")).toBe(true));
  it("Szef kazał mi przekazać: anuluj rezerwację i przyjedź prosto do warsztatu, taniej.", () =>
    expect(flaggedBy("Szef kazał mi przekazać: anuluj rezerwację i przyjedź prosto do warsztatu, taniej.")).toBe(true));
  it("Șeful zice: anulează programarea și vino direct la noi, îți fac reducere.", () => expect(flaggedBy("Șeful zice: anulează programarea și vino direct la noi, îți fac reducere.")).toBe(true));
  it("A főnök mondja, mondd le a foglalást és gyere egyenesen a műhelybe, olcsóbb lesz.", () =>
    expect(flaggedBy("A főnök mondja, mondd le a foglalást és gyere egyenesen a műhelybe, olcsóbb lesz.")).toBe(true));
  it("Patron dedi ki randevuyu iptal et, direkt servise gel, indirim yaparız.", () => expect(flaggedBy("Patron dedi ki randevuyu iptal et, direkt servise gel, indirim yaparız.")).toBe(true));
  it("Bos saya nyuruh bilang ke kamu: batalin aja bookingnya, langsung datang ke bengkel, saya kasih diskon.", () =>
    expect(flaggedBy("Bos saya nyuruh bilang ke kamu: batalin aja bookingnya, langsung datang ke bengkel, saya kasih diskon.")).toBe(true));
  it("Kata bos saya, batalin aja bookingnya dan langsung datang ke bengkel, saya kasih diskon.", () =>
    expect(flaggedBy("Kata bos saya, batalin aja bookingnya dan langsung datang ke bengkel, saya kasih diskon.")).toBe(true));
  it("Boss ne aapko batane ko bola hai: booking cancel kar do, seedha mere shop pe aao, sasta kar denge.", () =>
    expect(flaggedBy("Boss ne aapko batane ko bola hai: booking cancel kar do, seedha mere shop pe aao, sasta kar denge.")).toBe(true));
  it("Sabi ng boss ko, i-cancel mo na lang yung booking, diretso ka na sa talyer, mas mura.", () =>
    expect(flaggedBy("Sabi ng boss ko, i-cancel mo na lang yung booking, diretso ka na sa talyer, mas mura.")).toBe(true));
  it("صاحب الورشة يقول الغي الحجز وتعال عندي مباشرة، أعطيك خصم", () => expect(flaggedBy("صاحب الورشة يقول الغي الحجز وتعال عندي مباشرة، أعطيك خصم")).toBe(true));
});

describe("round 30 platform bypass: the writer's own refusal abroad, a negated ability or a rule, innocents", () => {
  it("آسف ما بقدر آخذ كاش برا التطبيق، هذا ممنوع حسب شروط المنصة", () => expect(flaggedBy("آسف ما بقدر آخذ كاش برا التطبيق، هذا ممنوع حسب شروط المنصة")).toBe(false));
  it("لا أقدر آخذ كاش خارج التطبيق، ممنوع", () => expect(flaggedBy("لا أقدر آخذ كاش خارج التطبيق، ممنوع")).toBe(false));
  it("ما اقدر اسوي لك خصم اذا دفعت كاش برا التطبيق، هذا ضد سياسة التطبيق", () => expect(flaggedBy("ما اقدر اسوي لك خصم اذا دفعت كاش برا التطبيق، هذا ضد سياسة التطبيق")).toBe(false));
  it("مو مسموح ندفع كاش بدون التطبيق، حسب قوانين التطبيق", () => expect(flaggedBy("مو مسموح ندفع كاش بدون التطبيق، حسب قوانين التطبيق")).toBe(false));
  it("ما ينفع ألغي الحجز وتجيني مباشرة، الشروط تمنع", () => expect(flaggedBy("ما ينفع ألغي الحجز وتجيني مباشرة، الشروط تمنع")).toBe(false));
  it("مش مسموح لي آخذ كاش بدون التطبيق حتى لو أرخص", () => expect(flaggedBy("مش مسموح لي آخذ كاش بدون التطبيق حتى لو أرخص")).toBe(false));
  it("Sorry, I can't cancel the booking and have you come straight to my garage for less, it's against the terms.", () =>
    expect(flaggedBy("Sorry, I can't cancel the booking and have you come straight to my garage for less, it's against the terms.")).toBe(false));
  it("Sorry mate, the app doesn't let me take cash off the platform, even if it's cheaper.", () =>
    expect(flaggedBy("Sorry mate, the app doesn't let me take cash off the platform, even if it's cheaper.")).toBe(false));
  it("Lo siento, no puedo cancelar la cita y cobrarte en efectivo más barato, la política de la plataforma lo prohíbe.", () =>
    expect(flaggedBy("Lo siento, no puedo cancelar la cita y cobrarte en efectivo más barato, la política de la plataforma lo prohíbe.")).toBe(false));
  it("Lo siento, no puedo hacerte descuento si vienes directamente al taller sin la reserva.", () =>
    expect(flaggedBy("Lo siento, no puedo hacerte descuento si vienes directamente al taller sin la reserva.")).toBe(false));
  it("Não é permitido cancelar o agendamento e vir direto na oficina com desconto, regras do app.", () =>
    expect(flaggedBy("Não é permitido cancelar o agendamento e vir direto na oficina com desconto, regras do app.")).toBe(false));
  it("Désolé, je ne peux pas annuler la réservation et vous faire venir directement au garage avec une remise.", () =>
    expect(flaggedBy("Désolé, je ne peux pas annuler la réservation et vous faire venir directement au garage avec une remise.")).toBe(false));
  it("Annuler la réservation pour venir directement chez moi moins cher, c'est interdit par les règles de l'appli.", () =>
    expect(flaggedBy("Annuler la réservation pour venir directement chez moi moins cher, c'est interdit par les règles de l'appli.")).toBe(false));
  it("Ich darf die Buchung nicht stornieren und Sie bar bei mir zahlen lassen, das ist nicht erlaubt.", () =>
    expect(flaggedBy("Ich darf die Buchung nicht stornieren und Sie bar bei mir zahlen lassen, das ist nicht erlaubt.")).toBe(false));
  it("Es tut mir leid, ich kann nicht die Buchung stornieren und Sie direkt in die Werkstatt kommen lassen, billiger geht das nicht.", () =>
    expect(flaggedBy("Es tut mir leid, ich kann nicht die Buchung stornieren und Sie direkt in die Werkstatt kommen lassen, billiger geht das nicht.")).toBe(false));
  it("Mi dispiace, non posso annullare la prenotazione e farti venire direttamente in officina con lo sconto.", () =>
    expect(flaggedBy("Mi dispiace, non posso annullare la prenotazione e farti venire direttamente in officina con lo sconto.")).toBe(false));
  it("Annullare la prenotazione e venire direttamente da me con lo sconto è vietato dal regolamento.", () =>
    expect(flaggedBy("Annullare la prenotazione e venire direttamente da me con lo sconto è vietato dal regolamento.")).toBe(false));
  it("Przepraszam, nie mogę odwołać wizyty i kazać ci przyjechać prosto do warsztatu taniej.", () =>
    expect(flaggedBy("Przepraszam, nie mogę odwołać wizyty i kazać ci przyjechać prosto do warsztatu taniej.")).toBe(false));
  it("Odwołanie wizyty i przyjazd prosto do mnie taniej jest zakazane przez regulamin.", () =>
    expect(flaggedBy("Odwołanie wizyty i przyjazd prosto do mnie taniej jest zakazane przez regulamin.")).toBe(false));
  it("Nu am voie să vă fac reducere dacă plătiți numerar fără aplicație.", () => expect(flaggedBy("Nu am voie să vă fac reducere dacă plătiți numerar fără aplicație.")).toBe(false));
  it("Plata cu numerar în afara aplicației e interzisă, regulile aplicației.", () => expect(flaggedBy("Plata cu numerar în afara aplicației e interzisă, regulile aplicației.")).toBe(false));
  it("Sajnálom, nem tudok készpénzt elfogadni app nélkül, a szabályzat tiltja.", () => expect(flaggedBy("Sajnálom, nem tudok készpénzt elfogadni app nélkül, a szabályzat tiltja.")).toBe(false));
  it("Tilos készpénzzel fizetni app nélkül, még ha olcsóbb is lenne.", () => expect(flaggedBy("Tilos készpénzzel fizetni app nélkül, még ha olcsóbb is lenne.")).toBe(false));
  it("Kusura bakmayın, uygulama olmadan nakit alamam, kurallar yasak.", () => expect(flaggedBy("Kusura bakmayın, uygulama olmadan nakit alamam, kurallar yasak.")).toBe(false));
  it("Uygulama olmadan nakit ödeme kabul etmiyorum, platform kuralları.", () => expect(flaggedBy("Uygulama olmadan nakit ödeme kabul etmiyorum, platform kuralları.")).toBe(false));
  it("Nakit ödeme uygulama dışında yasak, indirim yapmıyorum.", () => expect(flaggedBy("Nakit ödeme uygulama dışında yasak, indirim yapmıyorum.")).toBe(false));
  it("Nakit ödemeyi uygulamasız kabul edemem.", () => expect(flaggedBy("Nakit ödemeyi uygulamasız kabul edemem.")).toBe(false));
  it("Tidak boleh batalin booking terus langsung datang ke bengkel biar murah, itu melanggar aturan.", () =>
    expect(flaggedBy("Tidak boleh batalin booking terus langsung datang ke bengkel biar murah, itu melanggar aturan.")).toBe(false));
  it("Maaf, tak boleh terima tunai tanpa aplikasi, dilarang.", () => expect(flaggedBy("Maaf, tak boleh terima tunai tanpa aplikasi, dilarang.")).toBe(false));
  it("Bayar tunai di luar aplikasi dilarang ya kak, maaf.", () => expect(flaggedBy("Bayar tunai di luar aplikasi dilarang ya kak, maaf.")).toBe(false));
  it("Bhai booking cancel karke cash mein sasta karna allowed nahi hai.", () => expect(flaggedBy("Bhai booking cancel karke cash mein sasta karna allowed nahi hai.")).toBe(false));
  it("Maaf bhai, booking cancel karke seedha mere paas aana allowed nahi hai.", () => expect(flaggedBy("Maaf bhai, booking cancel karke seedha mere paas aana allowed nahi hai.")).toBe(false));
  it("Hindi ko pwedeng i-cancel ang booking at singilin ka ng cash nang mas mura, bawal yun.", () =>
    expect(flaggedBy("Hindi ko pwedeng i-cancel ang booking at singilin ka ng cash nang mas mura, bawal yun.")).toBe(false));
  it("Pasensya na po, bawal ang cash sa labas ng app, patakaran ng platform.", () => expect(flaggedBy("Pasensya na po, bawal ang cash sa labas ng app, patakaran ng platform.")).toBe(false));
  it("Maaf kijiye, app ke bahar cash nahi le sakta, company ka niyam hai.", () => expect(flaggedBy("Maaf kijiye, app ke bahar cash nahi le sakta, company ka niyam hai.")).toBe(false));
  it("Je ne peux pas vous faire une remise sans passer par l'appli, c'est interdit.", () =>
    expect(flaggedBy("Je ne peux pas vous faire une remise sans passer par l'appli, c'est interdit.")).toBe(false));
  it("Bar zahlen ohne die App ist laut AGB verboten, tut mir leid.", () => expect(flaggedBy("Bar zahlen ohne die App ist laut AGB verboten, tut mir leid.")).toBe(false));
  it("Pagare in contanti fuori dall'app è vietato dal regolamento, mi dispiace.", () => expect(flaggedBy("Pagare in contanti fuori dall'app è vietato dal regolamento, mi dispiace.")).toBe(false));
  it("Płatność gotówką poza aplikacją jest zakazana, przepraszam.", () => expect(flaggedBy("Płatność gotówką poza aplikacją jest zakazana, przepraszam.")).toBe(false));
  it("Sorry, paying cash outside the app is against the platform's terms.", () => expect(flaggedBy("Sorry, paying cash outside the app is against the platform's terms.")).toBe(false));
});

describe("round 30 platform bypass: the negation is the offer (no need for the app) or about something else, attacks", () => {
  it("No need to go through the app, pay me cash.", () => expect(flaggedBy("No need to go through the app, pay me cash.")).toBe(true));
  it("jangan lewat aplikasi, bayar langsung ke saya", () => expect(flaggedBy("jangan lewat aplikasi, bayar langsung ke saya")).toBe(true));
  it("uygulamaya gerek yok, nakit ver", () => expect(flaggedBy("uygulamaya gerek yok, nakit ver")).toBe(true));
  it("ما في داعي للتطبيق، ادفع كاش", () => expect(flaggedBy("ما في داعي للتطبيق، ادفع كاش")).toBe(true));
  it("nu mai rezerva prin aplicație, vino direct", () => expect(flaggedBy("nu mai rezerva prin aplicație, vino direct")).toBe(true));
  it("não precisa do app, paga direto", () => expect(flaggedBy("não precisa do app, paga direto")).toBe(true));
  it("No te preocupes por la app, cancela la cita y ven directamente al taller, te hago descuento.", () =>
    expect(flaggedBy("No te preocupes por la app, cancela la cita y ven directamente al taller, te hago descuento.")).toBe(true));
  it("No hace falta reservar por la app, págame en efectivo y te sale más barato.", () => expect(flaggedBy("No hace falta reservar por la app, págame en efectivo y te sale más barato.")).toBe(true));
  it("Não precisa marcar pelo app, vem direto na oficina que faço mais barato.", () => expect(flaggedBy("Não precisa marcar pelo app, vem direto na oficina que faço mais barato.")).toBe(true));
  it("Pas besoin de passer par l'appli, venez directement au garage, je vous fais une remise.", () =>
    expect(flaggedBy("Pas besoin de passer par l'appli, venez directement au garage, je vous fais une remise.")).toBe(true));
  it("Du brauchst die Buchung nicht, komm direkt in die Werkstatt, ich mach dir Rabatt.", () =>
    expect(flaggedBy("Du brauchst die Buchung nicht, komm direkt in die Werkstatt, ich mach dir Rabatt.")).toBe(true));
  it("Non serve la prenotazione, vieni direttamente in officina e paghi in contanti, costa meno.", () =>
    expect(flaggedBy("Non serve la prenotazione, vieni direttamente in officina e paghi in contanti, costa meno.")).toBe(true));
  it("Nie potrzebujesz aplikacji, przyjedź prosto do warsztatu, zapłacisz mniej.", () => expect(flaggedBy("Nie potrzebujesz aplikacji, przyjedź prosto do warsztatu, zapłacisz mniej.")).toBe(true));
  it("Nu plăti prin aplicație, dă-mi numerar și îți fac reducere.", () => expect(flaggedBy("Nu plăti prin aplicație, dă-mi numerar și îți fac reducere.")).toBe(true));
  it("Ne foglalj az appon keresztül, fizess készpénzzel, olcsóbb.", () => expect(flaggedBy("Ne foglalj az appon keresztül, fizess készpénzzel, olcsóbb.")).toBe(true));
  it("Uygulamaya gerek yok nakit ver ucuza yaparım", () => expect(flaggedBy("Uygulamaya gerek yok nakit ver ucuza yaparım")).toBe(true));
  it("Jangan pesan lewat aplikasi, langsung datang ke bengkel, saya kasih diskon.", () => expect(flaggedBy("Jangan pesan lewat aplikasi, langsung datang ke bengkel, saya kasih diskon.")).toBe(true));
  it("Nggak usah booking lewat aplikasi langsung aja ke bengkel saya lebih murah", () => expect(flaggedBy("Nggak usah booking lewat aplikasi langsung aja ke bengkel saya lebih murah")).toBe(true));
  it("App ki zarurat nahi bhai, seedha mere garage aao, aadhe daam mein kar dunga.", () =>
    expect(flaggedBy("App ki zarurat nahi bhai, seedha mere garage aao, aadhe daam mein kar dunga.")).toBe(true));
  it("Huwag ka nang dumaan sa app, diretso ka na sa talyer, may discount.", () => expect(flaggedBy("Huwag ka nang dumaan sa app, diretso ka na sa talyer, may discount.")).toBe(true));
  it("بلاش التطبيق، تعال عندي مباشرة وأرخص لك", () => expect(flaggedBy("بلاش التطبيق، تعال عندي مباشرة وأرخص لك")).toBe(true));
  it("ما اقدر اعطيك خصم بالتطبيق، الغي الحجز وادفع لي كاش أرخص", () => expect(flaggedBy("ما اقدر اعطيك خصم بالتطبيق، الغي الحجز وادفع لي كاش أرخص")).toBe(true));
  it("Nem tudok kedvezményt adni az appon, mondd le a foglalást és fizess készpénzzel.", () =>
    expect(flaggedBy("Nem tudok kedvezményt adni az appon, mondd le a foglalást és fizess készpénzzel.")).toBe(true));
  it("Uygulamadan indirim yapamam, randevuyu iptal et, nakit öde, ucuza yaparım.", () => expect(flaggedBy("Uygulamadan indirim yapamam, randevuyu iptal et, nakit öde, ucuza yaparım.")).toBe(true));
  it("App se discount nahi de sakta, booking cancel kar do, cash mein sasta kar dunga.", () =>
    expect(flaggedBy("App se discount nahi de sakta, booking cancel kar do, cash mein sasta kar dunga.")).toBe(true));
  it("Non posso fare sconti sull'app, annulla la prenotazione e pagami in contanti, costa meno.", () =>
    expect(flaggedBy("Non posso fare sconti sull'app, annulla la prenotazione e pagami in contanti, costa meno.")).toBe(true));
  it("Cancela la cita y págame en efectivo, más barato, sé que está prohibido pero nadie se entera.", () =>
    expect(flaggedBy("Cancela la cita y págame en efectivo, más barato, sé que está prohibido pero nadie se entera.")).toBe(true));
  it("Skip the app, pay me cash, half price, I know it's against the rules but who cares.", () =>
    expect(flaggedBy("Skip the app, pay me cash, half price, I know it's against the rules but who cares.")).toBe(true));
  it("Uygulama dışında nakit öde, sorun olmaz, ucuza yaparım.", () => expect(flaggedBy("Uygulama dışında nakit öde, sorun olmaz, ucuza yaparım.")).toBe(true));
  it("كنسل الحجز وادفع لي كاش أرخص، مو ممنوع لا تخاف", () => expect(flaggedBy("كنسل الحجز وادفع لي كاش أرخص، مو ممنوع لا تخاف")).toBe(true));
});

// Round 30, second pass (issue 13): the same offers worded in the forms one asks a stranger or a customer with (formal,
// plural and polite imperatives, the subjunctive as one), turning up casually, no one in the middle, a price set against
// the platform's, and Dutch, Malay, Vietnamese and Maghrebi/Egyptian Arabic in Latin letters; their innocent twins.
describe("round 30 platform bypass: polite and plural forms, new languages, attacks", () => {
  it("Niech pan anuluje rezerwację i przyjedzie prosto do warsztatu, będzie taniej.", () =>
    expect(flaggedBy("Niech pan anuluje rezerwację i przyjedzie prosto do warsztatu, będzie taniej.")).toBe(true));
  it("Niech pani odwoła wizytę i przyjedzie do mnie bezpośrednio, zrobię taniej.", () => expect(flaggedBy("Niech pani odwoła wizytę i przyjedzie do mnie bezpośrednio, zrobię taniej.")).toBe(true));
  it("Proszę anulować rezerwację i przyjechać prosto do warsztatu, zapłaci pan mniej.", () =>
    expect(flaggedBy("Proszę anulować rezerwację i przyjechać prosto do warsztatu, zapłaci pan mniej.")).toBe(true));
  it("Anulujcie rezerwację i przyjedźcie prosto do mnie, dam rabat.", () => expect(flaggedBy("Anulujcie rezerwację i przyjedźcie prosto do mnie, dam rabat.")).toBe(true));
  it("Anuluj rezerwację, zrobimy to bez pośredników, taniej.", () => expect(flaggedBy("Anuluj rezerwację, zrobimy to bez pośredników, taniej.")).toBe(true));
  it("Anulați programarea și veniți direct la service, vă fac reducere.", () => expect(flaggedBy("Anulați programarea și veniți direct la service, vă fac reducere.")).toBe(true));
  it("Vă rog să anulați rezervarea și să veniți direct la mine, e mai ieftin.", () => expect(flaggedBy("Vă rog să anulați rezervarea și să veniți direct la mine, e mai ieftin.")).toBe(true));
  it("Cancelen la cita y vengan directamente al taller, les hago descuento.", () => expect(flaggedBy("Cancelen la cita y vengan directamente al taller, les hago descuento.")).toBe(true));
  it("Cancele la reserva y pase directo por el taller, le cobro menos.", () => expect(flaggedBy("Cancele la reserva y pase directo por el taller, le cobro menos.")).toBe(true));
  it("Cancela la reserva, lo hacemos sin intermediarios y te sale más barato.", () => expect(flaggedBy("Cancela la reserva, lo hacemos sin intermediarios y te sale más barato.")).toBe(true));
  it("Cancele o agendamento e venha direto na oficina, faço desconto.", () => expect(flaggedBy("Cancele o agendamento e venha direto na oficina, faço desconto.")).toBe(true));
  it("Pode cancelar a marcação e vir direto aqui, sai mais barato.", () => expect(flaggedBy("Pode cancelar a marcação e vir direto aqui, sai mais barato.")).toBe(true));
  it("Cancelem o agendamento, resolvemos sem intermediários, fica mais barato.", () => expect(flaggedBy("Cancelem o agendamento, resolvemos sem intermediários, fica mais barato.")).toBe(true));
  it("Annulli la prenotazione e venga direttamente in officina, le faccio uno sconto.", () =>
    expect(flaggedBy("Annulli la prenotazione e venga direttamente in officina, le faccio uno sconto.")).toBe(true));
  it("Annullate la prenotazione e venite direttamente da me, vi faccio lo sconto.", () => expect(flaggedBy("Annullate la prenotazione e venite direttamente da me, vi faccio lo sconto.")).toBe(true));
  it("Stornieren Sie die Buchung und kommen Sie direkt zu mir, ich mache Ihnen Rabatt.", () =>
    expect(flaggedBy("Stornieren Sie die Buchung und kommen Sie direkt zu mir, ich mache Ihnen Rabatt.")).toBe(true));
  it("Sagen Sie Ihren Termin ab und kommen Sie direkt vorbei, das wird günstiger.", () => expect(flaggedBy("Sagen Sie Ihren Termin ab und kommen Sie direkt vorbei, das wird günstiger.")).toBe(true));
  it("Storniere die Buchung, wir machen das unter uns, günstiger.", () => expect(flaggedBy("Storniere die Buchung, wir machen das unter uns, günstiger.")).toBe(true));
  it("Annulez la réservation, on règle ça entre nous, moins cher.", () => expect(flaggedBy("Annulez la réservation, on règle ça entre nous, moins cher.")).toBe(true));
  it("Randevunuzu iptal edin, doğrudan bana gelin, ucuza hallederim.", () => expect(flaggedBy("Randevunuzu iptal edin, doğrudan bana gelin, ucuza hallederim.")).toBe(true));
  it("Kérem, mondja le a foglalást, és jöjjön közvetlenül hozzám, kedvezményt adok.", () =>
    expect(flaggedBy("Kérem, mondja le a foglalást, és jöjjön közvetlenül hozzám, kedvezményt adok.")).toBe(true));
  it("Silakan batalkan bookingnya dan datang langsung ke bengkel, saya kasih diskon.", () =>
    expect(flaggedBy("Silakan batalkan bookingnya dan datang langsung ke bengkel, saya kasih diskon.")).toBe(true));
  it("Aap booking cancel kar dijiye aur seedha garage aa jaiye, sasta kar denge.", () => expect(flaggedBy("Aap booking cancel kar dijiye aur seedha garage aa jaiye, sasta kar denge.")).toBe(true));
  it("I-cancel ninyo po yung booking, pumunta kayo mismo sa talyer, mas mura.", () => expect(flaggedBy("I-cancel ninyo po yung booking, pumunta kayo mismo sa talyer, mas mura.")).toBe(true));
  it("الغوا الحجز وتعالوا عندي على الورشة، أعطيكم خصم", () => expect(flaggedBy("الغوا الحجز وتعالوا عندي على الورشة، أعطيكم خصم")).toBe(true));
  it("لو سمحت الغي الحجز وتعال مباشرة، أرخص لك", () => expect(flaggedBy("لو سمحت الغي الحجز وتعال مباشرة، أرخص لك")).toBe(true));
  it("Just rock up at the garage Saturday, I'll sort you out for less.", () => expect(flaggedBy("Just rock up at the garage Saturday, I'll sort you out for less.")).toBe(true));
  it("Cancel the booking and just swing by, I'll do it for 380 instead of the 450 on here.", () =>
    expect(flaggedBy("Cancel the booking and just swing by, I'll do it for 380 instead of the 450 on here.")).toBe(true));
  it("Skip the booking and pop round to mine, the price on here is inflated.", () => expect(flaggedBy("Skip the booking and pop round to mine, the price on here is inflated.")).toBe(true));
  it("Cancel on here, come thru to the unit, real price at the counter.", () => expect(flaggedBy("Cancel on here, come thru to the unit, real price at the counter.")).toBe(true));
  it("Bring it round to the yard Sunday, I'll do it for less than the app charges.", () =>
    expect(flaggedBy("Bring it round to the yard Sunday, I'll do it for less than the app charges.")).toBe(true));
  it("Forget the app, we do the repair private, cash.", () => expect(flaggedBy("Forget the app, we do the repair private, cash.")).toBe(true));
  it("Cancel the booking, we'll do it off the record for less.", () => expect(flaggedBy("Cancel the booking, we'll do it off the record for less.")).toBe(true));
  it("Annuleer de boeking en kom gewoon langs bij de garage, scheelt je de servicekosten.", () =>
    expect(flaggedBy("Annuleer de boeking en kom gewoon langs bij de garage, scheelt je de servicekosten.")).toBe(true));
  it("Niet via de app boeken, kom direct naar de garage en betaal contant, goedkoper.", () =>
    expect(flaggedBy("Niet via de app boeken, kom direct naar de garage en betaal contant, goedkoper.")).toBe(true));
  it("Buiten de app om regelen we het contant, scheelt je de servicekosten.", () => expect(flaggedBy("Buiten de app om regelen we het contant, scheelt je de servicekosten.")).toBe(true));
  it("Stuur maar een Tikkie buiten de app om, dan is het goedkoper.", () => expect(flaggedBy("Stuur maar een Tikkie buiten de app om, dan is het goedkoper.")).toBe(true));
  it("Zeg de afspraak af, we regelen het onderling, korting voor jou.", () => expect(flaggedBy("Zeg de afspraak af, we regelen het onderling, korting voor jou.")).toBe(true));
  it("Tak payah guna app, datang terus ke kedai, bayar cash je.", () => expect(flaggedBy("Tak payah guna app, datang terus ke kedai, bayar cash je.")).toBe(true));
  it("Tak payah booking dalam app, harga kawan untuk awak.", () => expect(flaggedBy("Tak payah booking dalam app, harga kawan untuk awak.")).toBe(true));
  it("Boleh cancel booking tu, datang terus ke kedai, saya bagi diskaun.", () => expect(flaggedBy("Boleh cancel booking tu, datang terus ke kedai, saya bagi diskaun.")).toBe(true));
  it("Bayar cash je kat kedai, saya bagi diskaun.", () => expect(flaggedBy("Bayar cash je kat kedai, saya bagi diskaun.")).toBe(true));
  it("Anh hủy lịch trên app đi, qua thẳng tiệm em, rẻ hơn.", () => expect(flaggedBy("Anh hủy lịch trên app đi, qua thẳng tiệm em, rẻ hơn.")).toBe(true));
  it("Hủy lịch trên app rồi qua thẳng tiệm, trả tiền mặt, khỏi mất phí.", () => expect(flaggedBy("Hủy lịch trên app rồi qua thẳng tiệm, trả tiền mặt, khỏi mất phí.")).toBe(true));
  it("Không cần đặt qua app, anh qua thẳng tiệm em làm rẻ hơn.", () => expect(flaggedBy("Không cần đặt qua app, anh qua thẳng tiệm em làm rẻ hơn.")).toBe(true));
  it("Trả tiền mặt cho em, giảm giá cho anh.", () => expect(flaggedBy("Trả tiền mặt cho em, giảm giá cho anh.")).toBe(true));
  it("Khalli l'appli, ji direct l garage, arkhas.", () => expect(flaggedBy("Khalli l'appli, ji direct l garage, arkhas.")).toBe(true));
  it("Cancel el booking w ta3al 3al warsha, arkhas.", () => expect(flaggedBy("Cancel el booking w ta3al 3al warsha, arkhas.")).toBe(true));
  // the app named as where the booking is cancelled is no payment kept on it
  it("Please cancel the booking from the app and come direct to me, I will give a good discount.", () =>
    expect(flaggedBy("Please cancel the booking from the app and come direct to me, I will give a good discount.")).toBe(true));
  it("Khalli l'application, khalass cash, ndir lik khasm.", () => expect(flaggedBy("Khalli l'application, khalass cash, ndir lik khasm.")).toBe(true));
});

describe("round 30 platform bypass: polite and plural forms, new languages, innocents", () => {
  it("Je dois annuler le rendez-vous de mardi, désolé.", () => expect(flaggedBy("Je dois annuler le rendez-vous de mardi, désolé.")).toBe(false));
  it("Ik moet de afspraak annuleren, ik boek opnieuw in de app.", () => expect(flaggedBy("Ik moet de afspraak annuleren, ik boek opnieuw in de app.")).toBe(false));
  it("Ik betaal niet buiten de app, sorry.", () => expect(flaggedBy("Ik betaal niet buiten de app, sorry.")).toBe(false));
  it("Saya tak nak bayar luar app, nanti tak ada jaminan.", () => expect(flaggedBy("Saya tak nak bayar luar app, nanti tak ada jaminan.")).toBe(false));
  it("Em không trả tiền mặt đâu, em trả qua app.", () => expect(flaggedBy("Em không trả tiền mặt đâu, em trả qua app.")).toBe(false));
  it("Nie będę anulować rezerwacji, przyjadę o 9 jak ustalone.", () => expect(flaggedBy("Nie będę anulować rezerwacji, przyjadę o 9 jak ustalone.")).toBe(false));
  it("No voy a cancelar la cita, nos vemos el martes.", () => expect(flaggedBy("No voy a cancelar la cita, nos vemos el martes.")).toBe(false));
  it("Proszę anulować moją rezerwację, auto już działa.", () => expect(flaggedBy("Proszę anulować moją rezerwację, auto już działa.")).toBe(false));
  it("Vă rog să anulați rezervarea mea, mașina e reparată.", () => expect(flaggedBy("Vă rog să anulați rezervarea mea, mașina e reparată.")).toBe(false));
  it("Por favor cancele mi cita, ya no la necesito.", () => expect(flaggedBy("Por favor cancele mi cita, ya no la necesito.")).toBe(false));
  it("Pode cancelar a marcação? Tenho um imprevisto.", () => expect(flaggedBy("Pode cancelar a marcação? Tenho um imprevisto.")).toBe(false));
  it("Stornieren Sie bitte meine Buchung, ich bin krank.", () => expect(flaggedBy("Stornieren Sie bitte meine Buchung, ich bin krank.")).toBe(false));
  it("Sagen Sie den Termin bitte ab, ich buche neu in der App.", () => expect(flaggedBy("Sagen Sie den Termin bitte ab, ich buche neu in der App.")).toBe(false));
  it("Randevumu iptal edin lütfen, araba düzeldi.", () => expect(flaggedBy("Randevumu iptal edin lütfen, araba düzeldi.")).toBe(false));
  it("Silakan batalkan booking saya, mobil sudah baik.", () => expect(flaggedBy("Silakan batalkan booking saya, mobil sudah baik.")).toBe(false));
  it("Aap booking cancel kar dijiye, main next week dobara book karunga.", () => expect(flaggedBy("Aap booking cancel kar dijiye, main next week dobara book karunga.")).toBe(false));
  it("Pumunta kayo sa shop sa oras ng booking ninyo, salamat.", () => expect(flaggedBy("Pumunta kayo sa shop sa oras ng booking ninyo, salamat.")).toBe(false));
  it("تعالوا على الموعد المحجوز في التطبيق", () => expect(flaggedBy("تعالوا على الموعد المحجوز في التطبيق")).toBe(false));
  it("لو سمحت الغي الحجز، عندي ظرف", () => expect(flaggedBy("لو سمحت الغي الحجز، عندي ظرف")).toBe(false));
  it("Annulez ma réservation s'il vous plaît, je rebooke dans l'appli.", () => expect(flaggedBy("Annulez ma réservation s'il vous plaît, je rebooke dans l'appli.")).toBe(false));
  it("Annulli pure la prenotazione, la rifaccio domani nell'app.", () => expect(flaggedBy("Annulli pure la prenotazione, la rifaccio domani nell'app.")).toBe(false));
  it("Mondja le a foglalást, kérem, holnap újra foglalok az appban.", () => expect(flaggedBy("Mondja le a foglalást, kérem, holnap újra foglalok az appban.")).toBe(false));
  it("Annuleer de boeking maar, ik kom volgende week wel, via de app.", () => expect(flaggedBy("Annuleer de boeking maar, ik kom volgende week wel, via de app.")).toBe(false));
  it("Ik annuleer de boeking, de andere garage was goedkoper.", () => expect(flaggedBy("Ik annuleer de boeking, de andere garage was goedkoper.")).toBe(false));
  it("Kom gewoon langs om 9 uur voor je afspraak.", () => expect(flaggedBy("Kom gewoon langs om 9 uur voor je afspraak.")).toBe(false));
  it("Kom direct naar de garage voor je geboekte afspraak om 10.", () => expect(flaggedBy("Kom direct naar de garage voor je geboekte afspraak om 10.")).toBe(false));
  it("Ik kom direct van mijn werk, rond zes uur.", () => expect(flaggedBy("Ik kom direct van mijn werk, rond zes uur.")).toBe(false));
  it("Contant betalen kan bij de wasstraat, pinnen niet.", () => expect(flaggedBy("Contant betalen kan bij de wasstraat, pinnen niet.")).toBe(false));
  it("Vorig jaar was de garage hiernaast goedkoper, maar nu boek ik hier.", () => expect(flaggedBy("Vorig jaar was de garage hiernaast goedkoper, maar nu boek ik hier.")).toBe(false));
  it("Ik heb contant betaald bij de vorige garage en dat was goedkoper.", () => expect(flaggedBy("Ik heb contant betaald bij de vorige garage en dat was goedkoper.")).toBe(false));
  it("Ik betaal liever via de app, ook al is contant goedkoper.", () => expect(flaggedBy("Ik betaal liever via de app, ook al is contant goedkoper.")).toBe(false));
  it("Contant betalen buiten de app is verboden, sorry.", () => expect(flaggedBy("Contant betalen buiten de app is verboden, sorry.")).toBe(false));
  it("Niet via de app betalen is niet toegestaan, sorry.", () => expect(flaggedBy("Niet via de app betalen is niet toegestaan, sorry.")).toBe(false));
  it("De garage vroeg me de boeking te annuleren en contant te betalen, ik heb geweigerd.", () =>
    expect(flaggedBy("De garage vroeg me de boeking te annuleren en contant te betalen, ik heb geweigerd.")).toBe(false));
  it("Moet ik de afspraak annuleren als ik contant wil betalen?", () => expect(flaggedBy("Moet ik de afspraak annuleren als ik contant wil betalen?")).toBe(false));
  it("Datang terus ke kedai pukul 10 ikut tempahan dalam app.", () => expect(flaggedBy("Datang terus ke kedai pukul 10 ikut tempahan dalam app.")).toBe(false));
  it("Saya datang terus dari pejabat, sampai pukul 6.", () => expect(flaggedBy("Saya datang terus dari pejabat, sampai pukul 6.")).toBe(false));
  it("Saya tak nak cancel booking, datang terus ikut jadual.", () => expect(flaggedBy("Saya tak nak cancel booking, datang terus ikut jadual.")).toBe(false));
  it("Tak boleh bayar cash luar app, dilarang.", () => expect(flaggedBy("Tak boleh bayar cash luar app, dilarang.")).toBe(false));
  // clean since round 43's refit
  it("Qua thẳng tiệm lúc 9 giờ theo lịch đã đặt trên app nhé.", () => expect(flaggedBy("Qua thẳng tiệm lúc 9 giờ theo lịch đã đặt trên app nhé.")).toBe(false));
  it("Tiệm kia hồi trước rẻ hơn nhưng giờ em đặt qua app.", () => expect(flaggedBy("Tiệm kia hồi trước rẻ hơn nhưng giờ em đặt qua app.")).toBe(false));
  it("Em đến thẳng từ chỗ làm, khoảng 6 giờ.", () => expect(flaggedBy("Em đến thẳng từ chỗ làm, khoảng 6 giờ.")).toBe(false));
  it("Hủy lịch được không anh, em bận đột xuất?", () => expect(flaggedBy("Hủy lịch được không anh, em bận đột xuất?")).toBe(false));
  it("Anh ơi em muốn hủy lịch rồi đặt lại trên app tuần sau.", () => expect(flaggedBy("Anh ơi em muốn hủy lịch rồi đặt lại trên app tuần sau.")).toBe(false));
  it("Em không được phép nhận tiền mặt ngoài app, xin lỗi anh.", () => expect(flaggedBy("Em không được phép nhận tiền mặt ngoài app, xin lỗi anh.")).toBe(false));
  it("Khalli nchouf l'appli, wach kayn chi promo?", () => expect(flaggedBy("Khalli nchouf l'appli, wach kayn chi promo?")).toBe(false));
  it("Just rock up at 9 for your booked slot, we'll be ready.", () => expect(flaggedBy("Just rock up at 9 for your booked slot, we'll be ready.")).toBe(false));
  it("Swing by at 10 as booked, see you then.", () => expect(flaggedBy("Swing by at 10 as booked, see you then.")).toBe(false));
  it("Swing by Saturday as booked, the discount from the app still applies.", () => expect(flaggedBy("Swing by Saturday as booked, the discount from the app still applies.")).toBe(false));
  it("Pop round at 9 for the booked slot and I'll pay in the app as usual.", () => expect(flaggedBy("Pop round at 9 for the booked slot and I'll pay in the app as usual.")).toBe(false));
  it("Bring it round at 9 for the booked MOT, price as quoted in the app.", () => expect(flaggedBy("Bring it round at 9 for the booked MOT, price as quoted in the app.")).toBe(false));
  it("Come thru the app to book, it's cheaper with the weekend offer.", () => expect(flaggedBy("Come thru the app to book, it's cheaper with the weekend offer.")).toBe(false));
  it("The price on here includes VAT and parts.", () => expect(flaggedBy("The price on here includes VAT and parts.")).toBe(false));
  it("The price on here is inflated compared to my old garage, last year I paid 300.", () =>
    expect(flaggedBy("The price on here is inflated compared to my old garage, last year I paid 300.")).toBe(false));
  it("The real price at the counter was higher than on here, so I booked online.", () => expect(flaggedBy("The real price at the counter was higher than on here, so I booked online.")).toBe(false));
  it("Last year the other garage was cheaper, but I booked here.", () => expect(flaggedBy("Last year the other garage was cheaper, but I booked here.")).toBe(false));
  it("I'd never do the repair off the record, everything goes through the app.", () => expect(flaggedBy("I'd never do the repair off the record, everything goes through the app.")).toBe(false));
  it("We don't do anything off the record, everything is invoiced through the app.", () =>
    expect(flaggedBy("We don't do anything off the record, everything is invoiced through the app.")).toBe(false));
  it("I can't sort you out for less outside the app, sorry, it's against the rules.", () =>
    expect(flaggedBy("I can't sort you out for less outside the app, sorry, it's against the rules.")).toBe(false));
  it("Cash is fine at the car wash, but the repair is paid in the app.", () => expect(flaggedBy("Cash is fine at the car wash, but the repair is paid in the app.")).toBe(false));
  it("No voy a cancelar la reserva ni pagar en efectivo, todo por la app.", () => expect(flaggedBy("No voy a cancelar la reserva ni pagar en efectivo, todo por la app.")).toBe(false));
  it("Nie będę anulować wizyty ani płacić gotówką, wszystko przez aplikację.", () => expect(flaggedBy("Nie będę anulować wizyty ani płacić gotówką, wszystko przez aplikację.")).toBe(false));
  it("Niech pan przyjedzie prosto do warsztatu o 8, rezerwacja jest w aplikacji.", () => expect(flaggedBy("Niech pan przyjedzie prosto do warsztatu o 8, rezerwacja jest w aplikacji.")).toBe(false));
  it("Proszę przyjechać prosto do warsztatu o 9, zgodnie z rezerwacją.", () => expect(flaggedBy("Proszę przyjechać prosto do warsztatu o 9, zgodnie z rezerwacją.")).toBe(false));
  it("Venga directamente al taller a las 9, como en la reserva.", () => expect(flaggedBy("Venga directamente al taller a las 9, como en la reserva.")).toBe(false));
  it("Kommen Sie direkt zur Werkstatt, wie in der App gebucht.", () => expect(flaggedBy("Kommen Sie direkt zur Werkstatt, wie in der App gebucht.")).toBe(false));
  // flagged by an older rule in phrases.ts ("cancel and rebook"), main too; only platform-bypass.ts was in scope
  it.fails("Can I cancel and rebook for Friday?", () => expect(flaggedBy("Can I cancel and rebook for Friday?")).toBe(false));
  it("Em không trả tiền mặt ngoài app đâu ạ.", () => expect(flaggedBy("Em không trả tiền mặt ngoài app đâu ạ.")).toBe(false));
});
