// Round 35: e-mail addresses, handles and links in disguise, in many languages (issue 13, EMAIL, SOCIAL_HANDLE,
// MESSAGING_APP, LINK). Probed first with the application's options; the kinds that failed were fixed:
// - a mailbox, the sender's language's "on" and a provider, without any "@" ("joao.silva77 no hotmail", "luca.rossi91
//   su libero", "piotr.nowak88 na gmailu", "ion.popescu pe yahoo", "jose punto r88 en gmail"), over a burst too;
// - "the same name as here" on an app, abroad ("el mismo nombre que aquí", "o mesmo nome daqui", "ismimle aynı");
// - an account named in another language ("mi usuario de tiktok es X", "akun ig saya X", "mon pseudo sur insta c'est X");
// - apps named in another script ("加我微信", "카톡 아이디", "инста", "واتساب"), link-in-bio pages as platforms, a handle
//   with spaced dots, a Discord tag ("mikey#4821");
// - links with their dots left out after "www" or before a path ("www davesgarage com", "bit ly/3xYzAbc");
// and, on the innocent side, apps refused or used by others in other languages ("não tenho whatsapp", "ich habe kein
// WhatsApp", "whatsapp nahi hai", "minha mãe usa whatsapp"), "no problem" abroad kept readable as no refusal, and
// Romance little words after a spoken dot ("ponto de ônibus"). The innocents are the look-alikes: brands, parts and
// manuals, repair videos, mentions, hashtags, file names, codes and versions with dots, measures, prices, apps talked
// about in general, refusals, numbered things with "#" and units with "/".
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 35 mail, handles and links: e-mail addresses abroad", () => {
  it.each([
    ["sou o joao.silva77 no hotmail", "joao.silva77 no hotmail"],
    ["mande um email pro carlos.mendes91 no gmail", "carlos.mendes91 no gmail"],
    ["sono luca.rossi91 su libero, scrivimi", "luca.rossi91 su libero"],
    ["jestem piotr.nowak88 na gmailu", "piotr.nowak88 na gmailu"],
    ["sunt ion.popescu pe yahoo", "ion.popescu pe yahoo"],
    ["mi correo: el mismo de siempre, jose punto r88 en gmail", "jose punto r88 en gmail"],
    ["je suis pierre.dupont sur orange, écris-moi", "pierre.dupont sur orange"],
    ["ik ben jan.devries op hotmail", "jan.devries op hotmail"],
    ["aku budi.santoso di gmail, kirim email ya", "budi.santoso di gmail"],
    ["ich bin klaus.meyer auf gmx, schreib mir", "klaus.meyer auf gmx"],
    ["email ko ay jun.dela.cruz sa gmail", "jun.dela.cruz sa gmail"],
    ["mi correo es jose.r88 arroba gmail punto com", "jose.r88 arroba gmail punto com"],
    ["mój mail to piotr.nowak małpa wp kropka pl", "piotr.nowak małpa wp kropka pl"],
    ["la mia mail è luca.rossi chiocciola libero punto it", "luca.rossi chiocciola libero punto it"],
    ["mailim ahmet.yilmaz et gmail nokta com", "ahmet.yilmaz et gmail nokta com"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
  it("piotr.nowak88 / na gmailu", () => expect(replayCaught(["piotr.nowak88", "na gmailu"], ["piotr.nowak88"])).toBe(true));
  it("luca.rossi91 / su libero", () => expect(replayCaught(["luca.rossi91", "su libero"], ["luca.rossi91"])).toBe(true));
  it("mi correo / jose.r88 / en gmail", () => expect(replayCaught(["mi correo", "jose.r88", "en gmail"], ["jose.r88"])).toBe(true));
});

describe("round 35 mail, handles and links: handles abroad and in other scripts", () => {
  it.each([
    ["encuéntrame en ig con el mismo nombre que aquí"],
    ["no insta é o mesmo nome daqui"],
    ["auf Insta heiße ich genauso wie hier"],
    ["su instagram ho lo stesso nome di qui"],
    ["instagramda buradaki ismimle aynı"],
    ["sur insta j'ai le même pseudo qu'ici"],
    ["op insta heb ik dezelfde naam als hier"],
    ["di ig nama yang sama kayak di sini"],
  ])("%s", (text) => expect(flaggedBy(text)).toBe(true));
  it.each([
    ["mi usuario de tiktok es tallerjose", "tallerjose"],
    ["meu perfil do insta é joaomecanico", "joaomecanico"],
    ["il mio nome su ig è lucameccanico", "lucameccanico"],
    ["akun ig saya budibengkel", "budibengkel"],
    ["mon pseudo sur insta c'est garagedupont", "garagedupont"],
    ["mijn gebruikersnaam op tiktok is janautos", "janautos"],
    ["加我微信 zhangwei_88", "zhangwei_88"],
    ["微信号：zhangwei88", "zhangwei88"],
    ["카톡 아이디 minsu0707", "minsu0707"],
    ["инста: dima_auto77", "dima_auto77"],
    ["IG: mike . fixes . cars", "mike . fixes . cars"],
    ["everything is on my linktree: davefixes", "davefixes"],
    ["discord: mikey#4821", "mikey#4821"],
    ["add me mikey#4821", "mikey#4821"],
    ["dc: davefixes#0001", "davefixes#0001"],
    ["mi instagram es taller.ramirez, no tengo whatsapp", "taller.ramirez"],
    ["nie mam whatsappa ale mój insta to piotr_auto", "piotr_auto"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
  it("wechat / zhangwei_88", () => expect(replayCaught(["wechat", "zhangwei_88"], ["zhangwei_88"])).toBe(true));
  it("meu insta / oficina.do.joao", () => expect(replayCaught(["meu insta", "oficina.do.joao"], ["oficina.do.joao"])).toBe(true));
});

describe("round 35 mail, handles and links: apps offered after all", () => {
  it.each([
    ["kein Problem, schreib mir auf WhatsApp"],
    ["nie ma problemu, napisz na whatsapp"],
    ["não tem problema, me chama no whatsapp"],
    ["non c'è problema, scrivimi su whatsapp"],
    ["geen probleem, stuur me een whatsapp"],
  ])("%s", (text) => expect(flaggedBy(text)).toBe(true));
  it("my cousin uses WhatsApp, message him on 07911 123456", () => expect(caughtBy("my cousin uses WhatsApp, message him on 07911 123456", ["07911 123456"])).toBe(true));
  it("minha mãe usa whatsapp, fala com ela: (11) 98765-4321", () => expect(caughtBy("minha mãe usa whatsapp, fala com ela: (11) 98765-4321", ["98765-4321"])).toBe(true));
});

describe("round 35 mail, handles and links: links with their dots left out", () => {
  it.each([
    ["visit www davesgarage com", "www davesgarage com"],
    ["www oficina-joao com br tem tudo", "www oficina-joao com br"],
    ["bit ly/3xYzAbc", "bit ly/3xYzAbc"],
    ["aqui minha localização: goo gl/maps/abc123", "goo gl/maps/abc123"],
    ["linktr ee/oficinajoao", "linktr ee/oficinajoao"],
    ["mi web es tallerramirez punto es", "tallerramirez punto es"],
    ["meine Seite: kfz-meyer Punkt de", "kfz-meyer Punkt de"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 35 mail, handles and links: innocents", () => {
  it.each([
    ["não tenho whatsapp, só uso o app"],
    ["nunca uso telegram"],
    ["je n'ai pas whatsapp, on reste ici"],
    ["ich habe kein WhatsApp, lass uns hier schreiben"],
    ["ich nutze kein Telegram"],
    ["non ho whatsapp, scriviamo qui"],
    ["nie mam whatsappa, piszmy tutaj"],
    ["nie używam telegrama"],
    ["whatsapp kullanmıyorum, buradan yazalım"],
    ["ik heb geen whatsapp, laten we hier chatten"],
    ["saya tidak pakai whatsapp, di sini saja"],
    ["wala akong whatsapp, dito na lang tayo"],
    ["mere paas whatsapp nahi hai, yahin baat karo"],
    ["nu am whatsapp, scriem aici"],
    ["my cousin uses WhatsApp for everything"],
    ["everyone here uses whatsapp for their business"],
    ["minha mãe usa whatsapp pra tudo"],
    ["Telegram is blocked in my country anyway"],
    ["the car is at Rua Augusta ponto de ônibus"],
    ["at the dot com bubble my dad bought this car lol"],
    ["el mismo nombre que aquí aparece en la factura"],
    ["tengo el mismo problema que aquí describen"],
    ["o mesmo nome da peça aqui no catálogo"],
    ["den gleichen Namen hat das Teil hier auch"],
    ["no tengo insta, pero mi nombre es el mismo que aquí"],
    ["mi usuario de instagram es muy viejo, no lo uso"],
    ["mi cuenta de facebook es privada"],
    ["order#1234 was delivered yesterday"],
    ["ticket#4521 is still open"],
    ["invoice#0042 attached"],
    ["the part is bosch#0261 something"],
    ["go to www and then the login"],
    ["speed in km/hour is 50"],
    ["el coche va a 120 km/hora"],
    ["torque 25 nm/18 ft-lb"],
    ["the code is P0300, random misfire on cylinder 3"],
    ["it's the 2.0 TDI, 140 hp"],
    ["updated the firmware to v1.3.7 yesterday"],
    ["here's the photo img_4032.jpg"],
    ["mandei a foto img_4032.jpg no gmail"],
    ["brake disc thickness 22.5 mm, min 20.8"],
    ["price is 349.99 with labour"],
    ["I'd rather not give my email, let's keep it in the app"],
    ["check the Bosch website for the part number"],
    ["watch the youtube video on replacing the thermostat, it's easy"],
    ["there's a good thread on the vwvortex forum about this"],
    ["#brakes #maintenance"],
    ["tire pressure 2.3 bar front 2.5 rear"],
    ["I use gmail too, it's fine"],
    ["está en el punto muerto superior"],
    ["zahnriemen Punkt am Nockenrad ausrichten"],
    ["software version 10.2.1 on the ECU"],
    ["OLX has used gearboxes cheaper"],
    ["I bought it on mercado libre last year"],
    ["check google maps for the closest tire shop"],
    ["part number 1K0.615.301.AA"],
    ["ChrisFix on youtube has a great video on this"],
    ["ya no uso instagram"],
    ["ich hab kein Insta"],
    ["the ig coil is bad, cylinder 2"],
    ["thanks @Sam for the quick answer"],
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
});

describe("round 35 mail, handles and links: known gaps", () => {
  // A mailbox with a bare trailing "@" and nothing after it: too close to a mention to read alone.
  it.fails("mikej88@", () => expect(caughtBy("mikej88@", ["mikej88"])).toBe(true));
  // A shop's name on a marketplace, said with a foreign naming verb.
  it.fails("mi tienda en mercado libre se llama TallerJoseMX", () => expect(caughtBy("mi tienda en mercado libre se llama TallerJoseMX", ["TallerJoseMX"])).toBe(true));
  it.fails("minha loja na olx: OficinaJoaoSP", () => expect(caughtBy("minha loja na olx: OficinaJoaoSP", ["OficinaJoaoSP"])).toBe(true));
  // A first-name mention asked to look at something, and a parts maker's site said as where to order.
  it.fails("@Mike can you look at the photo?", () => expect(flaggedBy("@Mike can you look at the photo?")).toBe(false));
  it.fails("order the pads from bosch.com or any parts site", () => expect(flaggedBy("order the pads from bosch.com or any parts site")).toBe(false));
});

// Round 35's attacker (items 12, 13, 14, 18) and its fixes, as kinds in several languages: numbered things of other
// languages before a "#digits" tag, two trims or parts side by side after a car model ("gt/gti"), a provider that is an
// everyday word after "w"/"na" ("w centrum"), and a company's other apps (Kakao T, KakaoMap, KakaoPay, WeChat Pay).
describe("round 35 attacker: numbered things abroad before a '#' tag", () => {
  it.each([
    "pedido#1234 ya llegó",
    "Bestellung#4521 ist angekommen",
    "fattura#2024 pagata in app",
    "sipariş#1234 geldi",
    "a fatura#3390 já foi paga no app",
    "Rechnung#8812 ist bezahlt",
    "la factura#4410 está en la app",
    "prenotazione#5521 confermata per sabato",
    "reserva#7734 para el martes",
    "faktura#1209 opłacona w aplikacji",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  // round 41's retrained stage: flags it as SOCIAL_HANDLE
  it.fails.each(["zamówienie#5678 dotarło"])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  // round 43's refit: flags it as SOCIAL_HANDLE
  it.fails.each(["commande#7788 reçue"])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  it.each([
    ["add me mikey#4821", "mikey#4821"],
    ["discord: taller_ruiz#0420, escríbeme allí", "taller_ruiz#0420"],
    ["mein discord ist kfzmeier#7781", "kfzmeier#7781"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 35 attacker: trims and parts side by side after a model are no spaced host", () => {
  it.each([
    "the e46 ac/heater fan is dead",
    "golf gt/gti which one",
    "mini cooper se/jcw",
    "kia ceed gt/line 2019",
    "clio rs/gt trophy, qual é melhor?",
    "civic si/ex coupe, cuál me recomiendas",
    "der astra gs/gsi hat das gleiche fahrwerk",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  it.each([
    ["bit ly/3xYz", "bit ly/3xYz"],
    ["linktr ee/name", "linktr ee/name"],
    ["goo gl/maps", "goo gl/maps"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 35 attacker: a provider that is an everyday word, after a word with digits", () => {
  it.each(["zaparkowałem astra3 w centrum, kluczyki u recepcji", "mam polo9n w centrum miasta", "nechal jsem octavia2 v centru", "o golf4 ficou na terra batida"])("%s", (text) =>
    expect(flaggedBy(text)).toBe(false),
  );
  it.each([
    ["sono luca.rossi91 su libero, scrivimi", "luca.rossi91 su libero"],
    ["je suis pierre.dupont sur orange, écris-moi", "pierre.dupont sur orange"],
    ["mój mail to piotr88 na centrum", "piotr88 na centrum"],
    ["jestem piotr.nowak88 na gmailu", "piotr.nowak88 na gmailu"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});

describe("round 35 attacker: a company's other apps are not its messaging app", () => {
  it.each([
    "카카오T로 견인차 불렀어요",
    "카카오맵에서 정비소 위치 확인했어요",
    "카카오페이로 앱에서 결제했어요",
    "카카오 택시 타고 갈게요",
    "我用微信支付在app里付款了",
    "我用微信红包给他了",
    "위챗페이로 결제했어요",
    "paid with WeChat Pay in the app",
    "called a Kakao T taxi to the garage",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));
  it.each([
    ["카카오톡 아이디 minsu0707", "minsu0707"],
    ["카카오로 연락주세요", "카카오"],
    ["加我微信 zhangwei_88", "zhangwei_88"],
    ["微信联系我", "微信"],
    ["add me on wechat", "wechat"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));
});
