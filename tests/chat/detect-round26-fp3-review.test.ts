// Round 26 fp26, review 3 (topic fp3): attacks main catches that hide behind fp26's remaining exceptions, and innocents.
// Attack: `it` when the branch flags it, `it.fails` (with why) when the branch lets it through.
// Innocent: `it` when the branch leaves it alone, `it.fails` when it flags it.
import { describe, expect, it } from "vitest";
import { detectContactDetails, DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";

const flagged = (s: string): boolean => detectContactDetails(s, DEFAULT_DETECTION_OPTIONS).kinds.length > 0;

describe("round 26 fp3 review: attacks", () => {
  it("Weekdays I'm free 2015-2345, buzz me", () => expect(flagged("Weekdays I'm free 2015-2345, buzz me")).toBe(true));
  it("Mon-Fri 0745-1230 hit me up", () => expect(flagged("Mon-Fri 0745-1230 hit me up")).toBe(true));
  it("Garage open 2230-1945, give us a bell", () => expect(flagged("Garage open 2230-1945, give us a bell")).toBe(true));
  it("Horario 2115-2230, mándame un wasap", () => expect(flagged("Horario 2115-2230, mándame un wasap")).toBe(true));
  // missed on main too
  it.fails("Öffnungszeiten 2245-1915, meld dich", () => expect(flagged("Öffnungszeiten 2245-1915, meld dich")).toBe(true));
  // missed on main too
  it.fails("2115-2230 or 2245-1915, either works for me", () => expect(flagged("2115-2230 or 2245-1915, either works for me")).toBe(true));
  // missed on main too
  it.fails("Late shift 2230-1945 most nights, holler", () => expect(flagged("Late shift 2230-1945 most nights, holler")).toBe(true));
  // missed on main too
  it.fails("Åbningstider 2030-1145 ring mig ikke her, skriv", () => expect(flagged("Åbningstider 2030-1145 ring mig ikke her, skriv")).toBe(true));
  // missed on main too
  it.fails("Open weekends 2100-1830 — try it after 6", () => expect(flagged("Open weekends 2100-1830 — try it after 6")).toBe(true));
  // missed on main too
  it.fails("my hours are 2000-2345 if you wanna ping me", () => expect(flagged("my hours are 2000-2345 if you wanna ping me")).toBe(true));
  // missed on main too
  it.fails("collection window 2215-0830, that's the one to buzz", () => expect(flagged("collection window 2215-0830, that's the one to buzz")).toBe(true));
  it("Sat 2315-2030 on the dot, you know what to do with it", () => expect(flagged("Sat 2315-2030 on the dot, you know what to do with it")).toBe(true));
  it("slots 07:45 12:30 19:15 buzz me", () => expect(flagged("slots 07:45 12:30 19:15 buzz me")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("free at 07:45, 11:30 or 22:15 — hmu", () => expect(flagged("free at 07:45, 11:30 or 22:15 — hmu")).toBe(true));
  // missed on main too
  it.fails("times that work: 07:11 23:45 06:07 89", () => expect(flagged("times that work: 07:11 23:45 06:07 89")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("available 07:59 then 12:34 then 56:10, ping", () => expect(flagged("available 07:59 then 12:34 then 56:10, ping")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("hmu: starts 079 days, then 112, ends 345 days", () => expect(flagged("hmu: starts 079 days, then 112, ends 345 days")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("warranty starts 079 months, mid 911, ends 234 months lol", () => expect(flagged("warranty starts 079 months, mid 911, ends 234 months lol")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("starts 07 days 911 hrs ends 234 mins", () => expect(flagged("starts 07 days 911 hrs ends 234 mins")).toBe(true));
  it("my phone is a 2019 Samsung, facetime me after 6", () => expect(flagged("my phone is a 2019 Samsung, facetime me after 6")).toBe(true));
  // missed on main too
  it.fails("my phone's a 2020 iPhone, Signal works", () => expect(flagged("my phone's a 2020 iPhone, Signal works")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my mobile is a 2021 Pixel, try it after work", () => expect(flagged("my mobile is a 2021 Pixel, try it after work")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my cell is a 2018 Galaxy, 0791gb 1234mb 567mah", () => expect(flagged("my cell is a 2018 Galaxy, 0791gb 1234mb 567mah")).toBe(true));
  it("my phone is an old Nokia, 07911 gb 123 mb 456 mah", () => expect(flagged("my phone is an old Nokia, 07911 gb 123 mb 456 mah")).toBe(true));
  it("my phone is a 2019 Huawei, 079 112 34 56 kbps", () => expect(flagged("my phone is a 2019 Huawei, 079 112 34 56 kbps")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2022 Pixel, get in touch on it tonight", () => expect(flagged("my phone is a 2022 Pixel, get in touch on it tonight")).toBe(true));
  it("Fri I'm at the Shell on Kings Rd, bring the car at 9", () => expect(flagged("Fri I'm at the Shell on Kings Rd, bring the car at 9")).toBe(true));
  it("Sat I'm by the Asda on Fore St, come at 8", () => expect(flagged("Sat I'm by the Asda on Fore St, come at 8")).toBe(true));
  it("Nov 3 I'm at Tesco on High Street, find me at 10", () => expect(flagged("Nov 3 I'm at Tesco on High Street, find me at 10")).toBe(true));
  it("Monday I'm at the Costa on Station Rd around 5, bring the keys", () => expect(flagged("Monday I'm at the Costa on Station Rd around 5, bring the keys")).toBe(true));
  it("Dec I'm in the Lidl car park on Bath Road tomorrow, come", () => expect(flagged("Dec I'm in the Lidl car park on Bath Road tomorrow, come")).toBe(true));
  it("Tuesday we're at the Esso on King St at 7, swing by", () => expect(flagged("Tuesday we're at the Esso on King St at 7, swing by")).toBe(true));
  it("My name is Dana\nWhitfield: look me up on Facebook", () => expect(flagged("My name is Dana\nWhitfield: look me up on Facebook")).toBe(true));
  it("I'm Dana\nWhitfield: find me on insta", () => expect(flagged("I'm Dana\nWhitfield: find me on insta")).toBe(true));
  it("Facebook name: Marcus\nOkafor: add me", () => expect(flagged("Facebook name: Marcus\nOkafor: add me")).toBe(true));
  it("Full name: Dana\nWhitfield: search it", () => expect(flagged("Full name: Dana\nWhitfield: search it")).toBe(true));
  it("Je m'appelle Jean\nDupont: cherchez-moi", () => expect(flagged("Je m'appelle Jean\nDupont: cherchez-moi")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("can you work outside in the car park at Tesco, £60 and we're sorted", () => expect(flagged("can you work outside in the car park at Tesco, £60 and we're sorted")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("I can work outside on your drive Sunday, 80 quid", () => expect(flagged("I can work outside on your drive Sunday, 80 quid")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("we could work outside on the street, half price, keep it quiet", () => expect(flagged("we could work outside on the street, half price, keep it quiet")).toBe(true));
  it("work outside in my yard, off the record", () => expect(flagged("work outside in my yard, off the record")).toBe(true));
  it("let's work outside on the driveway, no receipts, just pay me after", () => expect(flagged("let's work outside on the driveway, no receipts, just pay me after")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("I'll work outside in the rain, don't tell the site", () => expect(flagged("I'll work outside in the rain, don't tell the site")).toBe(true));
  it("happy to work outside on the drive and skip AutoDoctor", () => expect(flagged("happy to work outside on the drive and skip AutoDoctor")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("we'll work outside on the road, £40 less than quoted", () => expect(flagged("we'll work outside on the road, £40 less than quoted")).toBe(true));
  it("Paguei a entrada pelo app, o restante em dinheiro quando buscar", () => expect(flagged("Paguei a entrada pelo app, o restante em dinheiro quando buscar")).toBe(true));
  // missed on main too
  it.fails("Já paguei pelo app a reserva, o que falta te passo no pix", () => expect(flagged("Já paguei pelo app a reserva, o que falta te passo no pix")).toBe(true));
  it("Pagué la señal por la app, lo que falta en efectivo al recoger", () => expect(flagged("Pagué la señal por la app, lo que falta en efectivo al recoger")).toBe(true));
  it("Ya pagué en la app la reserva, el resto por Bizum", () => expect(flagged("Ya pagué en la app la reserva, el resto por Bizum")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt depositum i appen, resten på MobilePay ved afhentning", () => expect(flagged("Betalt depositum i appen, resten på MobilePay ved afhentning")).toBe(true));
  // missed on main too
  it.fails("Betalt i appen for bookingen, resten kontant", () => expect(flagged("Betalt i appen for bookingen, resten kontant")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalat i appen, resterande tar vi med Swish", () => expect(flagged("Betalat i appen, resterande tar vi med Swish")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Jeg har betalt i appen, resten på Vipps når jeg henter", () => expect(flagged("Jeg har betalt i appen, resten på Vipps når jeg henter")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo app, próxima vez faz no pix direto comigo", () => expect(flagged("Paguei pelo app, próxima vez faz no pix direto comigo")).toBe(true));
  it("Pagado por la app, pero la próxima vez Bizum y nos ahorramos la comisión", () => expect(flagged("Pagado por la app, pero la próxima vez Bizum y nos ahorramos la comisión")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betald i appen men nästa gång Swish direkt", () => expect(flagged("Betald i appen men nästa gång Swish direkt")).toBe(true));
  // missed on main too
  it.fails("Paguei no app com PayPal, da próxima pagamos por fora", () => expect(flagged("Paguei no app com PayPal, da próxima pagamos por fora")).toBe(true));
  // REGRESSION (main catches): phone.ts isClockRange: two quarter hours joined by a dash with an hours word; 'save it', 'that's how you get me', 'use those' are no PHONE_WORD_ANYWHERE
  it.fails("workshop hours 0730-1145, that's the one", () => expect(flagged("workshop hours 0730-1145, that's the one")).toBe(true));
  it("Sat 0745-1230 and Sun 0915-2345, save those", () => expect(flagged("Sat 0745-1230 and Sun 0915-2345, save those")).toBe(true));
  // REGRESSION (main catches): phone.ts isClockRange: two quarter hours joined by a dash with an hours word; 'save it', 'that's how you get me', 'use those' are no PHONE_WORD_ANYWHERE
  it.fails("I'm working 0745-1230 both days, use those", () => expect(flagged("I'm working 0745-1230 both days, use those")).toBe(true));
  // REGRESSION (main catches): phone.ts isClockRange: two quarter hours joined by a dash with an hours word; 'save it', 'that's how you get me', 'use those' are no PHONE_WORD_ANYWHERE
  it.fails("Öffnungszeiten 0730-1145 merken!", () => expect(flagged("Öffnungszeiten 0730-1145 merken!")).toBe(true));
  // REGRESSION (main catches): phone.ts isClockRange: two quarter hours joined by a dash with an hours word; 'save it', 'that's how you get me', 'use those' are no PHONE_WORD_ANYWHERE
  it.fails("horario lunes 0715-1230 apúntalo", () => expect(flagged("horario lunes 0715-1230 apúntalo")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("drop-off 0815-2330, remember it", () => expect(flagged("drop-off 0815-2330, remember it")).toBe(true));
  // REGRESSION (main catches): phone.ts isClockRange: two quarter hours joined by a dash with an hours word; 'save it', 'that's how you get me', 'use those' are no PHONE_WORD_ANYWHERE
  it.fails("window 0715-2245 ok? keep it", () => expect(flagged("window 0715-2245 ok? keep it")).toBe(true));
  // still let through: 'add it' is no phone word (only 'add me' was added to PHONE_WORD_ANYWHERE after review 3)
  it.fails("shifts 0715-2245 — add it", () => expect(flagged("shifts 0715-2245 — add it")).toBe(true));
  // REGRESSION (main catches): phone.ts clockTimePiece (findSplitPhones): hh:mm pieces skipped; 'hmu'/'ping'/'then' are no PHONE_WORD_ANYWHERE
  it.fails("free at 07:45, then 11:30, 22:15", () => expect(flagged("free at 07:45, then 11:30, 22:15")).toBe(true));
  // missed on main too
  it.fails("can do 07:45 or 11:30 or 22:15, whatever suits", () => expect(flagged("can do 07:45 or 11:30 or 22:15, whatever suits")).toBe(true));
  // missed on main too
  it.fails("slots Tue 07:45 / Wed 11:30 / Thu 22:15", () => expect(flagged("slots Tue 07:45 / Wed 11:30 / Thu 22:15")).toBe(true));
  // missed on main too
  it.fails("availability 07:15 09:45 12:30 00", () => expect(flagged("availability 07:15 09:45 12:30 00")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("starts 079 days, 112, ends 345 days", () => expect(flagged("starts 079 days, 112, ends 345 days")).toBe(true));
  it("it starts 0791 hrs and ends 123 mins", () => expect(flagged("it starts 0791 hrs and ends 123 mins")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("ends 456 days, starts 079 days, middle 112", () => expect(flagged("ends 456 days, starts 079 days, middle 112")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("starts in 079 days, 112 in between, ends in 345 wks", () => expect(flagged("starts in 079 days, 112 in between, ends in 345 wks")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my mobile is a 2021 Pixel, add me", () => expect(flagged("my mobile is a 2021 Pixel, add me")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2019 Samsung, ask for Dave on it", () => expect(flagged("my phone is a 2019 Samsung, ask for Dave on it")).toBe(true));
  // missed on main too
  it.fails("my phone's a 2018 iPhone, you'll get me on it after 6", () => expect(flagged("my phone's a 2018 iPhone, you'll get me on it after 6")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my mobile is a 2020 Galaxy, try me later", () => expect(flagged("my mobile is a 2020 Galaxy, try me later")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2019 Huawei so email works better", () => expect(flagged("my phone is a 2019 Huawei so email works better")).toBe(true));
  it("my cell is a 2017 Moto, leave a message", () => expect(flagged("my cell is a 2017 Moto, leave a message")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2021 Redmi, use the one I put on the invoice", () => expect(flagged("my phone is a 2021 Redmi, use the one I put on the invoice")).toBe(true));
  it("my phone's a 2019 Samsung, 079 gb 112 mb 345 mah 67", () => expect(flagged("my phone's a 2019 Samsung, 079 gb 112 mb 345 mah 67")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2020 Pixel, 0791gb 1123mb 456hz", () => expect(flagged("my phone is a 2020 Pixel, 0791gb 1123mb 456hz")).toBe(true));
  it("Name: Dana\nWhitfield: search me", () => expect(flagged("Name: Dana\nWhitfield: search me")).toBe(true));
  it("my name's Dana\nWhitfield: on FB", () => expect(flagged("my name's Dana\nWhitfield: on FB")).toBe(true));
  it("Contact: Dana\nWhitfield:", () => expect(flagged("Contact: Dana\nWhitfield:")).toBe(true));
  it("Ask for: Dana\nWhitfield:", () => expect(flagged("Ask for: Dana\nWhitfield:")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Nome: Ana\nApelido: Ferreira", () => expect(flagged("Nome: Ana\nApelido: Ferreira")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("can you work outside in the car park at Tesco tomorrow at 7", () => expect(flagged("can you work outside in the car park at Tesco tomorrow at 7")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("can you work outside on the drive, I'll pay you", () => expect(flagged("can you work outside on the drive, I'll pay you")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("we can work outside in the street, £50", () => expect(flagged("we can work outside in the street, £50")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("I'll work outside on the road for you, no VAT", () => expect(flagged("I'll work outside on the road for you, no VAT")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("work outside in the car park, off the clock", () => expect(flagged("work outside in the car park, off the clock")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("let's just work outside on the street, pay on the day", () => expect(flagged("let's just work outside on the street, pay on the day")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("you'd work outside on my driveway, I'll sort you out", () => expect(flagged("you'd work outside on my driveway, I'll sort you out")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt i appen, men næste gang MobilePay direkte", () => expect(flagged("Betalt i appen, men næste gang MobilePay direkte")).toBe(true));
  // missed on main too
  it.fails("Betalt i appen, resten overfører jeg", () => expect(flagged("Betalt i appen, resten overfører jeg")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt i appen, neste gang Vipps", () => expect(flagged("Betalt i appen, neste gang Vipps")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Jag har betalat i appen, nästa gång Swish", () => expect(flagged("Jag har betalat i appen, nästa gång Swish")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo app, mas o restante é no PIX", () => expect(flagged("Paguei pelo app, mas o restante é no PIX")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo aplicativo, o resto eu deposito na tua conta", () => expect(flagged("Paguei pelo aplicativo, o resto eu deposito na tua conta")).toBe(true));
  // missed on main too
  it.fails("Pagué por la app, la próxima vez Bizum", () => expect(flagged("Pagué por la app, la próxima vez Bizum")).toBe(true));
  // missed on main too
  it.fails("Pagué desde la app, el resto te lo hago por transferencia", () => expect(flagged("Pagué desde la app, el resto te lo hago por transferencia")).toBe(true));
  it("Pagado en la app; lo demás por Bizum", () => expect(flagged("Pagado en la app; lo demás por Bizum")).toBe(true));
  // missed on main too
  it.fails("Ya pagué en la app, la próxima directo contigo por Bizum", () => expect(flagged("Ya pagué en la app, la próxima directo contigo por Bizum")).toBe(true));
  it("Sat I'm in Costa on Bath Rd after 5", () => expect(flagged("Sat I'm in Costa on Bath Rd after 5")).toBe(true));
  it("Wednesday I'm at McDonald's by Junction 4 at 6", () => expect(flagged("Wednesday I'm at McDonald's by Junction 4 at 6")).toBe(true));
  it("3 Nov – 7 Nov I'm at the Shell on Bow Trail, after 6 works", () => expect(flagged("3 Nov – 7 Nov I'm at the Shell on Bow Trail, after 6 works")).toBe(true));
  it("Friday I am at Asda on Fore Street at 7, there", () => expect(flagged("Friday I am at Asda on Fore Street at 7, there")).toBe(true));
  it("Jan I'm by the Tim Hortons on 5th Ave, tomorrow works", () => expect(flagged("Jan I'm by the Tim Hortons on 5th Ave, tomorrow works")).toBe(true));
  it("Sun I'm at the Esso off Exit 12 at noon", () => expect(flagged("Sun I'm at the Esso off Exit 12 at noon")).toBe(true));
  it("Dec 12 I'm at the BP on Mill Rd at 8am", () => expect(flagged("Dec 12 I'm at the BP on Mill Rd at 8am")).toBe(true));
  it("Thurs I'm in the Aldi car park on Bath Road tonight", () => expect(flagged("Thurs I'm in the Aldi car park on Bath Road tonight")).toBe(true));
  // missed on main too
  it.fails("weekdays 2230-1945 — save it", () => expect(flagged("weekdays 2230-1945 — save it")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("weekdays 0745-1230, save it", () => expect(flagged("weekdays 0745-1230, save it")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("hours 0715-2245 you know what to do", () => expect(flagged("hours 0715-2245 you know what to do")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Mon-Fri 0730-1145, that's how you get me", () => expect(flagged("Mon-Fri 0730-1145, that's how you get me")).toBe(true));
  it("shift 0745-1230, that's me", () => expect(flagged("shift 0745-1230, that's me")).toBe(true));
  // missed on main too
  it.fails("slots: 07:45, 11:30, 22:15 — put those in your phone", () => expect(flagged("slots: 07:45, 11:30, 22:15 — put those in your phone")).toBe(true));
  // missed on main too
  it.fails("times 07:45 11:30 22:15, you know what they're for", () => expect(flagged("times 07:45 11:30 22:15, you know what they're for")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo app, o restante no PIX da minha esposa", () => expect(flagged("Paguei pelo app, o restante no PIX da minha esposa")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo app a reserva, mas o conserto a gente acerta por fora", () => expect(flagged("Paguei pelo app a reserva, mas o conserto a gente acerta por fora")).toBe(true));
  // missed on main too
  it.fails("Pagamos no app a taxa, o resto acertamos na oficina", () => expect(flagged("Pagamos no app a taxa, o resto acertamos na oficina")).toBe(true));
  // missed on main too
  it.fails("Pagué la señal en la app, el resto lo arreglamos en el taller", () => expect(flagged("Pagué la señal en la app, el resto lo arreglamos en el taller")).toBe(true));
  it("Ya lo pagué por la app, la mano de obra me la das en efectivo", () => expect(flagged("Ya lo pagué por la app, la mano de obra me la das en efectivo")).toBe(true));
  // missed on main too
  it.fails("Betalt i appen, men arbeidet tar vi kontant", () => expect(flagged("Betalt i appen, men arbeidet tar vi kontant")).toBe(true));
  // missed on main too
  it.fails("Betalt i appen for delene, arbejdet betaler du kontant til mig", () => expect(flagged("Betalt i appen for delene, arbejdet betaler du kontant til mig")).toBe(true));
  // missed on main too
  it.fails("Betalat i appen för delarna, arbetet swishar du", () => expect(flagged("Betalat i appen för delarna, arbetet swishar du")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("I could work outside on your driveway Saturday, 60 quid all in", () => expect(flagged("I could work outside on your driveway Saturday, 60 quid all in")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("we'll work outside in the car park behind Lidl, bring £90", () => expect(flagged("we'll work outside in the car park behind Lidl, bring £90")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("can you work outside on my street instead, pay you on the day?", () => expect(flagged("can you work outside on my street instead, pay you on the day?")).toBe(true));
  it("I'm happy to work outside on the kerb, cheaper than your labour rate", () => expect(flagged("I'm happy to work outside on the kerb, cheaper than your labour rate")).toBe(true));
  it("let's work outside in the yard, keep the site out of it", () => expect(flagged("let's work outside in the yard, keep the site out of it")).toBe(true));
  it("my phone is a 2020 Galaxy, whatsapp-free, but add me on it", () => expect(flagged("my phone is a 2020 Galaxy, whatsapp-free, but add me on it")).toBe(true));
  it("my mobile is a 2019 iPhone, try me on it at 6", () => expect(flagged("my mobile is a 2019 iPhone, try me on it at 6")).toBe(true));
  // missed on main too
  it.fails("my cell's a 2022 Pixel, just use the one on the invoice", () => expect(flagged("my cell's a 2022 Pixel, just use the one on the invoice")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("my phone is a 2018 Samsung, ask the receptionist for it", () => expect(flagged("my phone is a 2018 Samsung, ask the receptionist for it")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt i appen, men neste jobb tar vi over Vipps", () => expect(flagged("Betalt i appen, men neste jobb tar vi over Vipps")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt i appen, nästa gång via Swish istället", () => expect(flagged("Betalt i appen, nästa gång via Swish istället")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("Betalt depositum i appen — resten på MobilePay", () => expect(flagged("Betalt depositum i appen — resten på MobilePay")).toBe(true));
  // missed on main too
  it.fails("Paguei pelo app, próxima vez é no PIX", () => expect(flagged("Paguei pelo app, próxima vez é no PIX")).toBe(true));
  // missed on main too
  it.fails("free at 07:45, 11:30 or 22:15, ping me", () => expect(flagged("free at 07:45, 11:30 or 22:15, ping me")).toBe(true));
  // closed after review 3 (the exception behind it dropped or narrowed)
  it("starts 079 days, ends 345 wks, 112 in between", () => expect(flagged("starts 079 days, ends 345 wks, 112 in between")).toBe(true));
});

describe("round 26 fp3 review: innocents", () => {
  it("We're open Mon-Fri 0800-1730, Sat 0900-1300", () => expect(flagged("We're open Mon-Fri 0800-1730, Sat 0900-1300")).toBe(false));
  it("Drop-off window is 0730-0900, collection 1630-1800", () => expect(flagged("Drop-off window is 0730-0900, collection 1630-1800")).toBe(false));
  // flagged as on main: the model-year exception was dropped after review 3
  it.fails("My phone is a 2019 Samsung, 128GB, so photos are fine", () => expect(flagged("My phone is a 2019 Samsung, 128GB, so photos are fine")).toBe(false));
  it("the app says 12:30 or 15:45 on Thursday, which suits?", () => expect(flagged("the app says 12:30 or 15:45 on Thursday, which suits?")).toBe(false));
  it("Warranty starts 30 days after fitting and ends 36 months later", () => expect(flagged("Warranty starts 30 days after fitting and ends 36 months later")).toBe(false));
  it("Booked you for 09:30 Tuesday, see you then", () => expect(flagged("Booked you for 09:30 Tuesday, see you then")).toBe(false));
  it("3 Nov – 7 Nov I'm in Calgary for work, any day after the 8th", () => expect(flagged("3 Nov – 7 Nov I'm in Calgary for work, any day after the 8th")).toBe(false));
  it("Vehicle: 2014 Ford Focus\nName: Dana\nProblem: grinding noise", () => expect(flagged("Vehicle: 2014 Ford Focus\nName: Dana\nProblem: grinding noise")).toBe(false));
  it("Name: Dana\nVehicle: Golf", () => expect(flagged("Name: Dana\nVehicle: Golf")).toBe(false));
  // flagged on main too (and since review 3 dropped the outdoors exception, here too)
  it.fails("can you still work outside in this rain?", () => expect(flagged("can you still work outside in this rain?")).toBe(false));
  // flagged as on main: the outdoors exception was dropped after review 3
  it.fails("can you work outside on the drive or do you need a garage?", () => expect(flagged("can you work outside on the drive or do you need a garage?")).toBe(false));
  it("Paguei pelo app, chegou a confirmação?", () => expect(flagged("Paguei pelo app, chegou a confirmação?")).toBe(false));
  it("Pagué por la app, ¿te llegó?", () => expect(flagged("Pagué por la app, ¿te llegó?")).toBe(false));
  it("Betalt i appen, har du fått det?", () => expect(flagged("Betalt i appen, har du fått det?")).toBe(false));
  it("Jeg har betalt i appen, er det gået igennem?", () => expect(flagged("Jeg har betalt i appen, er det gået igennem?")).toBe(false));
  it("Jag har betalat i appen, syns det?", () => expect(flagged("Jag har betalat i appen, syns det?")).toBe(false));
  // flagged as on main: the model-year exception was dropped after review 3
  it.fails("my mobile is a 2021 Pixel with 5000mAh, the app works fine", () => expect(flagged("my mobile is a 2021 Pixel with 5000mAh, the app works fine")).toBe(false));
  it("Open daily 0700-2200 including weekends", () => expect(flagged("Open daily 0700-2200 including weekends")).toBe(false));
  it("the clutch is 2030-1145 part no? no, ref 2030-1145 from the invoice", () => expect(flagged("the clutch is 2030-1145 part no? no, ref 2030-1145 from the invoice")).toBe(false));
  it("Shift pattern 0600-1400 / 1400-2200, I'll be there on earlies", () => expect(flagged("Shift pattern 0600-1400 / 1400-2200, I'll be there on earlies")).toBe(false));
  it("MOT starts 14 days before expiry", () => expect(flagged("MOT starts 14 days before expiry")).toBe(false));
  it("the quote ends 30 days from today", () => expect(flagged("the quote ends 30 days from today")).toBe(false));
  // Flagged from round 51 on purpose: a surname given by its label is one mechanics are never shown (det51d).
  it("Surname: Whitfield\nReg: AB12 CDE", () => expect(flagged("Surname: Whitfield\nReg: AB12 CDE")).toBe(true));
});
