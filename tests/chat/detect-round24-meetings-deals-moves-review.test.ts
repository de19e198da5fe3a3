// Round-24 review (rev-meet24) of branch meet24 (2a30dd2 + bed9b6f against main): meetings at a
// public place (private-visits.ts, other-languages.ts), cash beside "no invoice" and the thing bought
// straight from the sender (direct-payment.ts, indirect-deals.ts), and the talk moved to another
// channel (channel-moves.ts PARKED / DISGUISED, other-languages.ts Romance/German/Greek/Vietnamese/Arabizi).
//
// Every sentence was written by the reviewer for this file (none from the corpus). Each is run through
// the application's detector (the rules, then the trained stage: flaggedBy). `it`: the branch gets it
// right; `it.fails`: the branch gets it wrong (an innocent flagged or an attempt missed), with a
// one-line reason. The second column says what main does with the same sentence.
// Counts at review: innocents 67, flagged by the branch 33 (23 new), by main 10; attempts 60,
// caught by the branch 29 (21 new), by main 8. After the tightening: innocents flagged 10 (the ones main flags),
// attempts caught 41 (34 by the tightening, 7 more by the widenings of the same kinds); the fixed sentences moved from it.fails to it.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("innocent repair chat in the languages the round-24 rules cover", () => {
  it.each([
    ["let's meet at the workshop on Harbour Rd at 9, it's booked through the app", "clean on main"],
    ["can we meet the deadline of friday for the MOT?", "clean on main"],
    ["I'm at the Tesco car park till 6 so book the mobile mechanic in the app for 7 please", "clean on main"],
    ["we could meet the insurer's assessor at the body shop at 2pm", "clean on main"],
    ["let's meet in the middle: 180 for pads and discs, tomorrow at your place as booked", "clean on main"],
    ["i'm in the car park at the hospital until 4 so the app booking at 5 works", "clean on main"],
    ["I'm at the market stall till 3 on saturdays, book me for sunday in the app instead", "clean on main"],
    ["I don't want cash, no invoice means no warranty, please pay in the app", "clean on main"],
    ["card payment only, no cash, the invoice comes through the app", "clean on main"],
    ["aceita dinheiro? sem nota fiscal a empresa não me reembolsa", "clean on main"],
    ["get it from me in the app listing, the price there includes fitting", "clean on main"],
    ["I'll buy the pads straight from the dealer, not from you, sorry", "clean on main"],
    ["on continue par mail avec l'assurance pour le dossier", "clean on main"],
    ["il perito ha detto: continuiamo in privato col carrozziere", "clean on main"],
    ["können wir das lieber telefonisch mit der Versicherung klären?", "clean on main"],
    ["seguimos por el chat de la app, ¿te viene bien el jueves?", "clean on main"],
    ["no hace falta que hablemos por teléfono, todo por el chat de la app", "clean on main"],
    ["hablamos por teléfono con la llamada de la app mañana?", "clean on main"],
    ["put your reg number in your profile so the mechanic sees it before the booking", "clean on main"],
    ["put your car in your profile photo so the mechanic recognises it", "clean on main"],
    ["move to 0w20 for the next service, it's what the manual says", "clean on main"],
    ["go to l1 on the OBD menu and read the codes", "clean on main"],
    ["o mecânico me encontra a peça na loja da Bosch amanhã", "clean on main"],
    ["on se voit au garage du centre demain à 9h comme prévu dans l'appli", "clean on main"],
    ["mir träffed üs i de Garasch am 8i, isch gebucht", "clean on main"],
    ["ich warte am Bahnhof, bis das Auto fertig ist, schicken Sie mir den Preis in der App", "clean on main"],
    ["je t'attends à la réception du Norauto demain 9h comme réservé", "clean on main"],
    ["hôm qua gặp anh thợ ở cây xăng, ảnh nói xe bị hư bơm xăng", "clean on main"],
    ["xe em chết máy, đang đợi ở cầu Sài Gòn chờ cứu hộ tới", "clean on main"],
    ["hẹn anh ở tiệm sửa xe lúc 8h nhé, đã đặt trong app", "clean on main"],
    ["gặp nhau trong app nhé, em gửi báo giá", "clean on main"],
    ["θα σε περιμένω στο συνεργείο του Γιάννη στις 9", "clean on main"],
    ["czekam na części do jutra, pod warunkiem że dojdą", "clean on main"],
    ["I'm at the station until 5, my wife will drop the car at your shop", "clean on main"],
    ["the tow driver said let's meet in front of the Shell station at 8, is that ok for him to drop it at yours?", "clean on main"],
    ["I'll meet you at the price you quoted in the app, 240 is fine, see you saturday at your unit", "clean on main"],
    ["I'm at the supermarket till 5, can you start on the car without me? keys are at your reception", "clean on main"],
    ["we're at the mall until 3, will the car be ready by then?", "clean on main"],
    ["I'm in the pub until 8 watching the match, no rush on the brakes", "clean on main"],
    ["can we meet in the app chat tomorrow at 9 to go through the quote line by line?", "clean on main"],
    ["I'll be at the train station from 6 to pick up my son, so the 7pm slot you offered suits me", "clean on main"],
    ["ohne Rechnung zahle ich nicht bar, bitte über die App abrechnen", "clean on main"],
    ["nie płacę gotówką bez faktury, tylko przez aplikację", "clean on main"],
    ["Πλήρωσα μετρητά στον προηγούμενο χωρίς απόδειξη και το μετάνιωσα", "clean on main"],
    ["δέχεστε μετρητά; χωρίς απόδειξη δεν μπορώ να το περάσω στην εταιρεία", "clean on main"],
    ["you can take the old battery straight from us at the counter when you collect, it's free", "clean on main"],
    ["nhắn riêng trong app cho em nhé, đừng gọi điện", "clean on main"],
    ["go over to 1ine 4 on the invoice, that's the labour", "clean on main"],
    ["spotkajmy się w warsztacie jutro o 10, jak w aplikacji", "clean on main"],
    ["spotkamy się z rzeczoznawcą jutro o 10 w sprawie szkody", "clean on main"],
    ["te espero la respuesta de la aseguradora hasta mañana", "clean on main"],
    ["έλα στο θέμα: πόσο κοστίζει η αλλαγή λαδιών;", "clean on main"],
    ["ελάτε στις 9 με το αυτοκίνητο, το ραντεβού είναι κλεισμένο", "clean on main"],
    ["σε περιμένω στο ραντεβού που κλείσαμε στην εφαρμογή", "clean on main"],
    ["ta3ala fe el ma3ad elly 7agaznah 3al app", "clean on main"],
    ["hastanak 3ala el telefon el sa3a 5 3ashan a2olak el se3r", "clean on main"],
    // the trained stage read an ADDRESS here until round 41's retrained stage (the rules leave it clean)
    ["te espero mañana a las 9 con el coche, como reservaste en la app", "flagged on main"],
  ])("%j stays clean (%s)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails('"neta2abel 3and el markaz bokra el sa3a 10" stays clean (clean on main)', () => {
    expect(flaggedBy("neta2abel 3and el markaz bokra el sa3a 10")).toBe(false);
  });

  it.fails.each([
    ["could you meet me at the booked slot tomorrow 10am at your garage?", "flagged on main", "an older rule reads 'meet me at' + time without the booking word"],
    ["you quoted 200 cash, is that with no VAT or plus VAT?", "flagged on main", "CASH: a question about the quote's VAT ('no VAT or plus VAT') read as a no-invoice offer (flagged on main too)"],
    ["pago en efectivo pero necesito factura, sin factura la empresa no me lo reembolsa", "flagged on main", "CASH: an invoice asked for ('necesito factura') flagged (on main too)"],
    ["je peux payer en espèces ? sans facture mon assurance ne rembourse rien", "flagged on main", "CASH: invoice needed for the insurer, flagged (on main too)"],
    ["pago in contanti ma mi serve la fattura, senza fattura non posso scaricarla", "flagged on main", "CASH: invoice asked for, flagged (on main too)"],
    [
      "kal workshop pe milte hain 10 baje, booking ho gayi",
      "flagged on main",
      "HINGLISH: the workshop named before the verb; the new '(pe|par) + milte' lookbehind fires and the older rule's workshop check does not cover it (flagged on main too)",
    ],
    ["kal showroom pe milte hain 11 baje, service booked hai", "flagged on main", "HINGLISH: 'showroom' (the dealer) is not among the workshop words (flagged on main too)"],
    ["Google Meet pe milte hain kal, video pe gaadi dikhana", "flagged on main", "HINGLISH: 'Google Meet pe milte' — a video call; 'meet' is not in the app words (flagged on main too)"],
    ["quedamos en que la pieza llega el lunes a las 10", "flagged on main", "ES: 'quedamos en que' (we agreed that) is not a meeting (flagged on main too)"],
  ])("%j stays clean (%s; the branch flags it: %s)", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("meetings, cash deals and channel moves of the same kinds, worded otherwise", () => {
  it.each([
    ["meet me round the back of the Lidl tomorrow at 6, bring cash", "flagged on main"],
    ["lets meet up at the Asda petrol station after work, I'll fix it there", "flagged on main"],
    ["i'll be at the Morrisons car park from 5, just come over, no need to book", "flagged on main"],
    ["I'm outside the B&Q till half 6, come find me", "flagged on main"],
    ["I'm sat in the Sainsburys car park until 4 if you want to swing by", "clean on main"],
    ["no invoice, 120 cash, cool?", "flagged on main"],
    ["en espèces, pas de facture, 200 et c'est réglé", "flagged on main"],
    ["dinheiro vivo e sem recibo, fica 250", "clean on main"],
    ["contanti e senza scontrino, 180", "clean on main"],
    ["gotówka bez paragonu 400 zł", "clean on main"],
    ["edfa3ly kash w bala fatoora", "clean on main"],
    ["μετρητά χωρίς παραστατικό, 150", "clean on main"],
    ["sem passar pelo aplicativo sai mais barato", "clean on main"],
    ["on continue en dm ?", "clean on main"],
    ["sentiamoci al telefono stasera", "clean on main"],
    ["kalemni bara el app", "clean on main"],
    ["add me on k@k@o, same id", "clean on main"],
    ["put ur number in ur bio real quick and ill grab it", "clean on main"],
    ["mình gặp ở quán cà phê Trung Nguyên 3h chiều", "clean on main"],
    ["ας συναντηθούμε στην πλατεία Συντάγματος στις 5", "clean on main"],
    ["yalla net2abel fel mall el sa3a 8", "clean on main"],
    ["ich warte beim Coop Pronto an der Tankstelle ab 18 Uhr", "clean on main"],
    ["spotkajmy się pod Biedronką o 17", "clean on main"],
    ["te espero en el Oxxo de la esquina a las 6", "clean on main"],
    ["encontramos no estacionamento do Carrefour depois das 6", "clean on main"],
    ["θα σε περιμένω έξω από το σούπερ μάρκετ στις 7", "clean on main"],
    ["mestanik odam el mahatta el sa3a 5", "clean on main"],
    ["nhắn zalo riêng cho em nha", "flagged on main"],
    ["move this to vib3r", "flagged on main"],
    ["tiền mặt, khỏi hóa đơn nha anh, 400k", "clean on main"],
    ["tiền mặt không lấy hóa đơn 500k nhé", "clean on main"],
    ["đợi anh trước cửa hàng Circle K 7h tối", "clean on main"],
    ["anh đợi em ở cây xăng Comeco lúc 5h chiều nhé", "clean on main"],
    ["tiền mặt không xuất hóa đơn, bớt 10%", "clean on main"],
    ["buy it off me direct, skip the listing, 8k", "clean on main"],
    ["you can purchase the wheels from me personally, 350", "clean on main"],
    ["purchase the tyres from me directly and we both save the fee", "clean on main"],
    ["passons en privé, ce sera plus simple", "clean on main"],
    ["me chama no privado que eu te passo o valor", "clean on main"],
    ["ti scrivo in privato, qui è lento", "clean on main"],
    ["schreib mir lieber privat, hier liest jeder mit", "clean on main"],
    ["hablemos por fuera, que aquí cobran comisión", "caught since round 33 (ELSEWHERE_ABROAD reads 'por fuera')"],
    ["kalemny 3al whats", "caught since round 33 (the Arabizi move reads 'kalemny', call me)"],
    ["let us meet by the big Tesco at noon and sort the pads", "caught since round 34 (private-visits: 'let us meet' opens a meeting)"],
    ["meet u at the shell garage 8 tmrw", "caught since round 34 (private-visits: 'meet u', and a fuel brand's garage is a petrol station)"],
    ["lemme meet u outside the train station at 5 and do it there", "caught since round 34 (private-visits: 'lemme meet u' opens a meeting)"],
    ["we can link up at the BP on the ring road at 5, I'll bring my tools", "caught since round 34 (private-visits: 'link up' is a meeting verb)"],
    ["I'm at the Esso forecourt for the next hour, come now and I'll look at it", "caught since round 34 (private-visits: 'for the next hour' is a wait)"],
    ["we should meet outside Greggs on the high street at half 4", "caught since round 34 (private-visits: 'half 4' is a time)"],
  ])("%j is flagged (%s)", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.fails.each([
    ["i'm parked up at the asda till late, pop over whenever", "clean on main", "WAITING: 'parked up' and 'till late' (no digit) miss"],
    ["notes only, no invoice, 180", "clean on main", "CASH: 'notes' (banknotes) not a cash word"],
    ["we can skip the invoice if it's cash", "clean on main", "CASH: 'skip the invoice' / 'forget the receipt' not a no-invoice form"],
    ["bar, keine Rechnung, dann 250", "clean on main", "CASH: German 'keine Rechnung' (only 'ohne')"],
    ["gotówka, faktury nie będzie, 300 zł", "clean on main", "CASH: Polish 'faktury nie będzie' / 'bez fv' not read"],
    ["στείλε μου σε πριβέ", "clean on main", "GR MOVE: 'στείλε μου σε πριβέ' (send me in private) — only talk/continue verbs"],
    ["message me on the l1ne app", "clean on main", "DISGUISED: 'the' before the disguised name ('on the l1ne app') misses"],
    ["stick your mobile in your status for a sec and I'll save it", "clean on main", "PARKED: 'your mobile' without 'number' misses"],
    ["set your name to your phone number quickly so I can copy it", "clean on main", "PARKED: 'set/change your name to your number' not read"],
    ["chờ em ở cổng siêu thị Big C lúc 6h", "clean on main", "VI MEET: 'chờ' (wait) is only read as 'cho nhau'"],
    ["βρεθείτε μαζί μου στο πάρκινγκ του Σκλαβενίτη αύριο", "clean on main", "GR MEET: 'βρεθείτε μαζί μου' — the plural imperative and 'μαζί μου' between verb and place"],
  ])("%j is flagged (%s; the branch misses it: %s)", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
