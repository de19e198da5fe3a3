// Round 24, meetings, cash deals and moves to another channel, in English and abroad: a meeting verb
// of the language before a public place (with a time in English), cash beside no invoice or beside
// the app left out, and the talk carried on privately, by phone or outside the app. The workshop
// named as the place, a booking, a store passed on the way, a payment made in the app, the quote's
// two prices and refusals stay innocent. Sentences written for this spec, not taken from a corpus.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a meeting at a public place", () => {
  it.each([
    ["English, in front of a station", "let's meet in front of the BP station on Harbour Rd saturday 9am"],
    ["English, a mall car park", "we can meet in the Riverside mall car park at 6 and I'll listen to the noise"],
    ["English, waiting until a time", "I'm parked at the Aldi car park on Station Lane till 5, come have a look"],
    ["English, from a time", "i'm at the Shell petrol station on the A40 from 4, silver golf"],
    ["Spanish, te espero", "te espero en la Shell de Avenida Colón a las 7"],
    ["Spanish, a branch and the car handed over", "nos vemos en el McDonalds de Plaza Norte y te doy el carro"],
    ["Portuguese, me encontra", "me encontra no posto Shell da avenida amanhã às 9"],
    ["French, on peut se retrouver", "on peut se retrouver au parking du Carrefour dimanche ?"],
    ["Greek, ας βρεθούμε", "ας βρεθούμε στο βενζινάδικο της Βουλιαγμένης το απόγευμα"],
    ["Greek, without accents", "να βρεθουμε εξω απο το Lidl αυριο"],
    ["Vietnamese, hẹn", "hẹn chị ở siêu thị Coopmart lúc 5h chiều nhé"],
    ["Vietnamese, gặp nhau", "mình gặp nhau tại cây xăng gần cầu nha"],
    ["Swiss German", "mir träffed üs bim Parkhuus am Bahnhof Bern am 8i"],
    ["Egyptian Arabizi", "net2abel 3and el mall bokra ba3d el 3asr"],
    ["Hinglish, a place then pe milte", "kal Rajiv Chowk metro gate 2 pe milte hain"],
    ["English, waiting, the invitation a sentence before", "could you look at it in person? i'm in the Tesco Extra car park until 7"],
    ["English, waiting, the invitation after", "we're outside the retail park till 4, pop over and I'll look at it"],
    ["Vietnamese, đợi with its accents", "em đợi anh ở trạm xăng Petrolimex lúc 6h nhé"],
    ["Greek, a named square", "ελάτε στην πλατεία Αριστοτέλους στις 8 το βράδυ"],
  ])("%s: %j is flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["the workshop, booked", "see you at the workshop tomorrow at 9, it's booked in the app"],
    ["a third party met at the workshop", "I'll meet the recovery truck at the workshop at 8 tomorrow"],
    ["a store passed on the way", "stopped at the Lidl for fuel on the way, there in ten"],
    ["where the reader is, with the app's mechanic coming", "I'm at the Asda car park now, the app says the mechanic is 10 min away"],
    ["busy until a time, the visit booked", "I'm at the train station till 6 so please schedule the pickup after that"],
    ["meeting halfway on the price", "can we meet halfway on the labour price?"],
    ["Spanish, the workshop", "te espero en el taller mañana a las 9"],
    ["Vietnamese, the garage", "hẹn anh ở gara lúc 8h sáng mai"],
    ["Greek, the workshop", "θα σε περιμένω στο συνεργείο αύριο στις 10"],
    ["Greek, negated", "δεν χρειάζεται να βρεθούμε στο πάρκινγκ, όλα μέσω εφαρμογής"],
    ["German, the workshop", "wir treffen uns morgen um 8 in der Werkstatt"],
    ["Arabizi, the workshop", "neta2abel 3and el warsha bokra"],
    ["Hinglish, on the app", "app pe milte hain kal, video call se dikhao"],
    ["English, waiting, a readiness question", "I'm at the shopping centre until 2, is the car done by then?"],
    ["English, waiting, no rush", "we're at the diner till 9 for a birthday, no hurry with the clutch"],
    ["English, waiting, an errand and someone else drops the car", "I'll be at the bus station from 5 collecting my daughter, my husband will drop the car at yours"],
    ["English, a platform place", "can we meet in the app call tomorrow at 10 to talk through the parts?"],
    ["English, reported", "the recovery guy told me: let's meet outside the Tesco at 6, then he tows it to you"],
    ["Greek, a time", "ελα στις 10 με το αμάξι, όπως κλείσαμε"],
    ["Greek, the booked appointment in the app", "θα σε περιμένω στο ραντεβού μέσω της εφαρμογής"],
    ["Polish, the workshop declined", "spotkajmy się przy warsztacie jutro o 9, zgodnie z rezerwacją"],
    ["Polish, with a third party", "spotkamy się jutro z mechanikiem z ubezpieczalni o 11"],
    ["Spanish, an object awaited", "te espero el presupuesto hasta el viernes"],
    ["Arabizi, on the phone", "mestanik 3ala el phone ba3d el sa3a 4"],
    ["Vietnamese, stranded waiting for the tow", "xe hư, em đang đợi ở ngã tư chờ xe kéo"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("cash deals around the app", () => {
  it.each([
    ["bought straight off me", "buy the rims off me direct, 400 and they're yours"],
    ["bought from me personally", "you could get the alternator from me personally for 150"],
    ["Vietnamese, hóa đơn with its accents", "trả tiền mặt, không xuất hóa đơn, giảm 50k"],
    ["Vietnamese, khỏi hóa đơn", "tiền mặt khỏi hóa đơn cho nhanh"],
    ["cash, no invoice", "60k forints cash, no invoice, deal?"],
    ["no receipt first", "no receipt and it's 180 cash"],
    ["bought straight from the sender", "you can buy the wheels directly from me, 400 cash"],
    ["bought instead of the listing", "get it off me rather than the listing and it's 2k"],
    ["Polish", "gotówką 500 zł, bez faktury"],
    ["German", "300 bar, ohne Rechnung"],
    ["Spanish", "en efectivo son 200, sin factura"],
    ["Greek", "200 ευρώ μετρητά, χωρίς τιμολόγιο"],
    ["Greek, outside the app", "πληρωμή εκτός εφαρμογής και σου κάνω έκπτωση"],
    ["Vietnamese, outside the app", "chuyển khoản ngoài app cho em nhé, rẻ hơn"],
    ["Vietnamese, the fee saved", "trả tiền mặt cho đỡ phí nha anh"],
    ["Arabizi, pay me cash", "edfa3li cash lama tegy"],
    ["Arabizi, without the app", "nedfa3 bala el app w a5sem lak 100"],
    ["Spanish, the platform passed by", "te la vendo directo, sin pasar por la plataforma"],
    ["Spanish, the commission saved", "efectivo al entregar y nos ahorramos la comisión"],
  ])("%s: %j is flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["TWINT in the app", "paid by TWINT in the app, thanks"],
    ["Revolut in the app", "I paid with Revolut in the app already"],
    ["the quote's two prices", "what's the cash price vs card price in the app quote?"],
    ["a refusal", "I won't pay cash outside the app"],
    ["a fleet manager", "drivers, do not pay mechanics in cash, everything goes through the app"],
    ["a complaint told", "the last guy took cash and gave no invoice, can the app help?"],
    ["an invoice asked for", "no invoice yet in the app, could you upload it?"],
    ["bought from a third party", "I'll buy the pads straight from the dealer"],
    ["bought from me in the app", "you can buy it from me directly in the app"],
    ["Vietnamese, payment trouble", "thanh toán không qua app được, lỗi thẻ"],
    ["Arabizi, negated", "mesh hadfa3 bara el app, kolo 3al app"],
    ["Greek, negated", "δεν πληρώνω μετρητά χωρίς απόδειξη"],
    ["German, nicht after the verb", "bar zahle ich ohne Rechnung nicht, bitte über die App"],
    ["Polish, nie before the verb", "nie zapłacę gotówką bez paragonu"],
    ["Greek, told in the past", "πληρώσαμε μετρητά χωρίς απόδειξη πέρσι και είχαμε πρόβλημα"],
    ["Greek, the question mark ends the clause", "παίρνετε μετρητά; χωρίς τιμολόγιο δεν γίνεται για την εταιρεία"],
    ["bought at the booked visit", "take the old wheels straight from us at the front desk when you collect"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});

describe("the talk moved to another channel", () => {
  it.each([
    ["French, en privé", "on continue en privé, ici c'est lent"],
    ["French, par mail", "on peut continuer par mail ?"],
    ["Spanish, por privado", "seguimos por privado mejor"],
    ["Portuguese, pro zap", "vamos pro zap que é mais rápido"],
    ["Italian", "continuiamo in privato"],
    ["German", "können wir das lieber telefonisch klären?"],
    ["Arabizi", "nkamel 3al 5as ahsan"],
    ["Vietnamese", "nhắn riêng cho anh nhé"],
    ["Greek", "να μιλήσουμε ιδιωτικά καλύτερα"],
    ["a profile parked", "pop your number in your bio for a few minutes and I'll copy it"],
    ["a disguised app", "add me on t3legram, same name"],
    ["a disguised line", "switch to l!ne pls"],
    ["Portuguese, me chama no pv", "me chama no pv pra gente fechar o valor"],
    ["Italian, scrivimi in privato", "scrivimi in privato, ti faccio uno sconto"],
    ["German, schreib mir privat", "schreib mir lieber privat, dann wird's günstiger"],
    ["French, passons en privé", "passons en privé pour le prix"],
  ])("%s: %j is flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["French, in the app", "on continue dans l'appli, c'est plus simple"],
    ["a profile photo", "put your car in your profile photo so the mechanic recognises it"],
    ["a plain line", "move to line 3 of the quote"],
    ["a part number", "move to 5w30 oil next service"],
    ["Greek, the app", "τα λέμε αύριο στο ραντεβού"],
    ["Vietnamese, negated", "đừng inbox riêng nha, nhắn trong app thôi"],
    ["Italian, a document written privately", "ti scrivo la fattura in privato?"],
    ["German, told when done", "schreib mir privat wenn das Auto fertig ist"],
    ["Vietnamese, private message in the app", "chat riêng qua app với anh nhé"],
    ["a line of a document", "check 1ine 7 of the quote, the labour is there"],
    ["Arabizi, booked in the app", "neta2abel fel ma3ad 3al app bokra"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
