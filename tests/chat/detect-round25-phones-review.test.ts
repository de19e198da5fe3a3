// Round 25 review (rev-phones25) of phones25: phone.ts mobileBesideCue (a national number that is a valid
// mobile of any region, nine digits or more, a phone word at most one word away), PHONE_CUE_WORDS_BY_LANGUAGE and
// PHONE_CUE_SCRIPT_WORDS (phone words in other languages and scripts), mobileDressedAsReference (a mobile under a
// reference's label with a '/NN' or '-NN' suffix). Every sentence written for this file (none from the corpus, none
// from the branch's own tests). Innocents: clean for the rules and the application. Attacks: flagged by both, every
// letter and digit of the number masked. it.fails: the branch gets it wrong (the comment says why and which rule).
// The follow-up on phones25 turned the ones it fixed into `it`; the comments above those still name what had fired.
import { describe, expect, it } from "vitest";
import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

const RULES = detectionOptionsFor(["autodoctor.app"]);
const caught = (text: string, secret: string): boolean => caughtBy(text, [secret], RULES) && caughtBy(text, [secret]);
const clean = (text: string): boolean => !flaggedBy(text, RULES) && !flaggedBy(text);

describe("innocents the branch newly flags (false positives it introduces)", () => {
  // mobileBesideCue: a part number looked up on a phone
  it("found it on my mobile, 1609849880 is the rad for the 308", () => {
    expect(clean("found it on my mobile, 1609849880 is the rad for the 308")).toBe(true);
  });
  // mobileBesideCue: a bare 'Nummer' before a Peugeot part number
  it("Nummer 1609849880 ist der Kühler für den 308, oder?", () => {
    expect(clean("Nummer 1609849880 ist der Kühler für den 308, oder?")).toBe(true);
  });
  // new cue 'numer': a bare Polish 'number' before a Renault part number
  it("numer 8200768913 to czujnik temperatury do Clio", () => {
    expect(clean("numer 8200768913 to czujnik temperatury do Clio")).toBe(true);
  });
  // mobileBesideCue: Indonesian 'mobil' (a car) beside a rupiah price
  it("harga mobil 185000000 masih bisa nego?", () => {
    expect(clean("harga mobil 185000000 masih bisa nego?")).toBe(true);
  });
  // mobileBesideCue: Indonesian 'mobil' (a car) read as the Nordic phone word, a rupiah price as a mobile
  it("DP mobil 145.000.000 sudah lunas lewat aplikasi", () => {
    expect(clean("DP mobil 145.000.000 sudah lunas lewat aplikasi")).toBe(true);
  });
  // new cue 'mobil' (Indonesian: car) beside a rupiah price
  it("servis mobil habis 1250000000? mahal banget", () => {
    expect(clean("servis mobil habis 1250000000? mahal banget")).toBe(true);
  });
  // new cue 'nomor': 'rangka' (chassis) named after it is not read
  it("nomor rangka 912345678 tidak cocok dengan STNK", () => {
    expect(clean("nomor rangka 912345678 tidak cocok dengan STNK")).toBe(true);
  });
  // new cue 'nomor': 'pesanan' (order) named after it is not read
  it("nomor pesanan 2412345678 belum dikirim", () => {
    expect(clean("nomor pesanan 2412345678 belum dikirim")).toBe(true);
  });
  // new cue 'numaram': 'sipariş numaram' is 'my order number'; NUMBER_CUE_WORD lacks numaram
  it("sipariş numaram 5421234567, kargo ne zaman gelir?", () => {
    expect(clean("sipariş numaram 5421234567, kargo ne zaman gelir?")).toBe(true);
  });
  // new cue 'numarul': 'comenzii' (of the order) named after it is not read
  it("numarul comenzii 721234567 nu apare în aplicație", () => {
    expect(clean("numarul comenzii 721234567 nu apare în aplicație")).toBe(true);
  });
  // new cue 'numer': 'przesyłki' (shipment) not among the Polish thing words
  it("numer przesyłki 512345678 nie działa w śledzeniu", () => {
    expect(clean("numer przesyłki 512345678 nie działa w śledzeniu")).toBe(true);
  });
  // new cue 'numer': 'zlecenia' (work order) not among the Polish thing words
  it("numer zlecenia 612345678, auto gotowe w piątek?", () => {
    expect(clean("numer zlecenia 612345678, auto gotowe w piątek?")).toBe(true);
  });
  // new cue 'namba': the thing (risiti) comes after the number word, THING_NAMED_AFTER_NUMBER reads only romance 'de/do/di'
  it("namba ya risiti 712345678, nimelipa kwa app", () => {
    expect(clean("namba ya risiti 712345678, nimelipa kwa app")).toBe(true);
  });
  // mobileDressedAsReference: 'mera' (my) beside the label, cued branch needs no suffix
  it("mera claim 9123456789 pending hai abhi tak", () => {
    expect(clean("mera claim 9123456789 pending hai abhi tak")).toBe(true);
  });
  // PHONE_CUE_SCRIPT: a bare 'नंबर' (number) after 'ऑर्डर' (order)
  // round 41's retrained stage: flags it as PHONE
  it.fails("ऑर्डर नंबर 9876543210 है, कब आएगा?", () => {
    expect(clean("ऑर्डर नंबर 9876543210 है, कब आएगा?")).toBe(true);
  });
  // PHONE_CUE_SCRIPT: 'τηλ' matches inside 'τηλεχειριστήριο' (remote control), inflections on the right
  it("τηλεχειριστήριο 6912345678 δεν ανοίγει την πόρτα", () => {
    expect(clean("τηλεχειριστήριο 6912345678 δεν ανοίγει την πόρτα")).toBe(true);
  });
  // PHONE_CUE_SCRIPT + mobileBesideCue: 手机支架 is a phone holder; its model number
  it("手机支架 13812345678 这个型号对吗", () => {
    expect(clean("手机支架 13812345678 这个型号对吗")).toBe(true);
  });
  // mobileBesideCue: 'Handy' names the holder, the number is its article number
  it("Handy Halterung 491234567 ist bestellt", () => {
    expect(clean("Handy Halterung 491234567 ist bestellt")).toBe(true);
  });
  // orderNumberSaid (round 30): a shipment's number under its label, its story told ("kommt morgen")
  it("Sendung 7612345678 aufs Handy bekommen, kommt morgen", () => {
    expect(clean("Sendung 7612345678 aufs Handy bekommen, kommt morgen")).toBe(true);
  });
  // mobileDressedAsReference: uncued suffixed shape, invoice numbers are written so
  it("invoice 0412 366 019/21 paid in the app", () => {
    expect(clean("invoice 0412 366 019/21 paid in the app")).toBe(true);
  });
  // mobileDressedAsReference: a '-YYYY' year suffix read as a reference suffix; head grouped as an AU mobile
  it("invoice 0412 366 019-2024 from last year", () => {
    expect(clean("invoice 0412 366 019-2024 from last year")).toBe(true);
  });
  // mobileBesideCue: 'contact' points are an ignition part
  it("contact points 412345678 need replacing", () => {
    expect(clean("contact points 412345678 need replacing")).toBe(true);
  });
  // new cue 'simu' (my phone broke) nearer than 'oda' (order), which is no thing word
  it("simu yangu iliharibika, oda 712345678 iko kwa app", () => {
    expect(clean("simu yangu iliharibika, oda 712345678 iko kwa app")).toBe(true);
  });
  // new cue 'nummeret': 'på delen' (of the part) named after it is not read
  it("nummeret på delen er 912345678", () => {
    expect(clean("nummeret på delen er 912345678")).toBe(true);
  });
  // mobileDressedAsReference: cued branch needs no suffix, so any mobile under a label beside a phone word
  it("Vodafone mobile ref 0712345678 for the tracker sim", () => {
    expect(clean("Vodafone mobile ref 0712345678 for the tracker sim")).toBe(true);
  });
});

describe("innocents already flagged on main, still flagged on the branch", () => {
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("phone holder 0612345678 SKU, is it the one for the dash vent?", () => {
    expect(clean("phone holder 0612345678 SKU, is it the one for the dash vent?")).toBe(true);
  });
  // also on main: a phone word beside a thing's number (part, order, claim, price), no not-a-phone label nearer
  it("photo from my phone: 8200768913 on the sticker, is that the right sensor?", () => {
    expect(clean("photo from my phone: 8200768913 on the sticker, is that the right sensor?")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("checked on my phone 0986494123 fits your Golf", () => {
    expect(clean("checked on my phone 0986494123 fits your Golf")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("my phone says 0242235666 is the right plug for the Polo", () => {
    expect(clean("my phone says 0242235666 is the right plug for the Polo")).toBe(true);
  });
  // still, as on main: a bare Italian 'numero' stays a phone word and 8200768913 an Indian mobile (nationalVerdict)
  it.fails("numero 8200768913 è il sensore della Clio?", () => {
    expect(clean("numero 8200768913 è il sensore della Clio?")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("O-ring 9008031013 is the one the dealer gave me", () => {
    expect(clean("O-ring 9008031013 is the one the dealer gave me")).toBe(true);
  });
  // also on main: a phone word beside a thing's number (part, order, claim, price), no not-a-phone label nearer
  it("piston ring set 912345678 arrived today", () => {
    expect(clean("piston ring set 912345678 arrived today")).toBe(true);
  });
  // also on main: a phone word beside a thing's number (part, order, claim, price), no not-a-phone label nearer
  it("takip numaram 5012345678 ama kargo gelmedi", () => {
    expect(clean("takip numaram 5012345678 ama kargo gelmedi")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict); a North American one
  it.fails("चेसिस नंबर 9123456789 मैच नहीं हो रहा", () => {
    expect(clean("चेसिस नंबर 9123456789 मैच नहीं हो रहा")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("тело дросселя 0280750009 надо чистить?", () => {
    expect(clean("тело дросселя 0280750009 надо чистить?")).toBe(true);
  });
  it("número de guía 5512345678, llega el jueves", () => {
    expect(clean("número de guía 5512345678, llega el jueves")).toBe(true);
  });
  // still, as on main: under a Romance 'numero de <thing>' label a valid mobile of the label's region is read as a phone (thingNamedAbroadCue, mobileAbroad: round 23's choice)
  it.fails("mi número de póliza es 912345678, ¿lo necesitas?", () => {
    expect(clean("mi número de póliza es 912345678, ¿lo necesitas?")).toBe(true);
  });
  // still, as on main: under a Romance 'numero de <thing>' label a valid mobile of the label's region is read as a phone (thingNamedAbroadCue, mobileAbroad: round 23's choice)
  it.fails("número de siniestro 612345678 del seguro", () => {
    expect(clean("número de siniestro 612345678 del seguro")).toBe(true);
  });
  // still, as on main: 'liga' (alloy) is read as Portuguese 'call' and 912345678 is a Portuguese mobile
  it.fails("roda liga leve 912345678 é original?", () => {
    expect(clean("roda liga leve 912345678 é original?")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("ligar o motor dá erro 0912345678 no painel", () => {
    expect(clean("ligar o motor dá erro 0912345678 no painel")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("je vais joindre le bon 0712345678 demain", () => {
    expect(clean("je vais joindre le bon 0712345678 demain")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("chargeur portable 0612345678 compatible ?", () => {
    expect(clean("chargeur portable 0612345678 compatible ?")).toBe(true);
  });
  // still, as on main: German 'Nummer' after a thing not in THING_BEFORE_NUMBER stays a phone word (adding 'Auftrag'/'Rechnung' labels broke round 24's dressed-mobile catches)
  it.fails("Vorgang Nummer 1512345678 bei der Versicherung", () => {
    expect(clean("Vorgang Nummer 1512345678 bei der Versicherung")).toBe(true);
  });
  // still, as on main: 'nummer' after a Swedish thing ('ärende') stays a phone word
  it.fails("ärende nummer 712345678 hos försäkringen", () => {
    expect(clean("ärende nummer 712345678 hos försäkringen")).toBe(true);
  });
  // still, as on main: 'nummer' after a Swedish thing ('beställning') stays a phone word
  it.fails("beställning nummer 712345678 har skickats", () => {
    expect(clean("beställning nummer 712345678 har skickats")).toBe(true);
  });
  // still, as on main: 'mobile' is a phone word and nationalVerdict reads the price cued (the price veto covers only mobileBesideCue)
  it.fails("the mobile unit quoted 1250000000 rupiah for the engine", () => {
    expect(clean("the mobile unit quoted 1250000000 rupiah for the engine")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("text on the sticker: 0986494123", () => {
    expect(clean("text on the sticker: 0986494123")).toBe(true);
  });
  // also on main: a phone word beside a thing's number (part, order, claim, price), no not-a-phone label nearer
  it("dial gauge reads 912345678?", () => {
    expect(clean("dial gauge reads 912345678?")).toBe(true);
  });
  // also on main: a phone word beside a thing's number (part, order, claim, price), no not-a-phone label nearer
  it("the load cell 612345678 is faulty", () => {
    expect(clean("the load cell 612345678 is faulty")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("pix feito, ID da transação 219876512 no app", () => {
    expect(clean("pix feito, ID da transação 219876512 no app")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("wasap de la tienda dice pedido 5512345678 enviado", () => {
    expect(clean("wasap de la tienda dice pedido 5512345678 enviado")).toBe(true);
  });
  // still, as on main: 'celular' is the nearer cue; 'orçamento' is no not-a-phone label (round 24 wants estimates' labels to dress mobiles)
  it.fails("celular quebrou, mas o orçamento 21987654321 está no app", () => {
    expect(clean("celular quebrou, mas o orçamento 21987654321 está no app")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("my cell phone bill 0712345678 is not your business, just fix the car", () => {
    expect(clean("my cell phone bill 0712345678 is not your business, just fix the car")).toBe(true);
  });
  // still, as on main: under a Romance 'numero de <thing>' label a valid mobile of the label's region is read as a phone (thingNamedAbroadCue, mobileAbroad: round 23's choice)
  it.fails("numero de serie 912345678 del alternador", () => {
    expect(clean("numero de serie 912345678 del alternador")).toBe(true);
  });
  // orderNumberSaid (round 30): an order's number under its label, its story told ("livré demain")
  it("numéro de commande 0612345678, livré demain", () => {
    expect(clean("numéro de commande 0612345678, livré demain")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict)
  it.fails("raqmi el tallab 0101234567 wasal", () => {
    expect(clean("raqmi el tallab 0101234567 wasal")).toBe(true);
  });
  // still, as on main: the number alone, with no phone word, is flagged (a valid national number: nationalVerdict); a North American one
  it.fails("mera bill 9123456789 ka payment app se kiya", () => {
    expect(clean("mera bill 9123456789 ka payment app se kiya")).toBe(true);
  });
});

describe("innocents the branch leaves clean", () => {
  it.each([
    "the phone mount part no 912345678 fits the Golf",
    "my phone's IMEI is 356938035643809, can the shop unlock the head unit?",
    "call ref 071234567 with the insurer was closed",
    "Ref 07700 900123/12 on the warranty letter",
    "signal horn 61337794346 for the E90, sounds right?",
    "eBay listing 284512345678 phone mount is sold out",
    "Hyundai filter 2630035504, number on the box matches",
    "nomor resi 8123456789012 dari JNE",
    "mera ticket 9876543210 close kar do please",
    "телевизор в машине, артикул не знаю, код 9161234567",
    "Bel Air uit 1957, chassis 5712345678, mooie auto",
    "Mobil 1 0W-40, product code 153669790",
    "job 0612 345 678/2025 closed",
    "ref 612 345 678-01 for the gearbox",
    "claim 07 61 34 56 78/21 with the insurer, assessor Monday",
    "sms from the bank: transaction 912345678 approved",
    "tel. column of the invoice shows 0612345678 for the VAT",
    "Telefonhalterung 912345678 passt nicht in den Golf",
    "mobil saya Avanza 2019, km 123456789? salah ketik",
    "Telefon: bitte nur über die App. Auftrag 1512345678",
    "hubungi bengkel soal invoice 812345678",
    "cell 3 of the battery pack reads 3312345678 ohm?",
    "mobile 2 of the fleet, VIN ends 912345678",
    "mobile service invoice 0412366019 attached in the app",
    "phone repair order 0612345678 is ready, unrelated to the car",
    "telefon faktura 501234567 zapłacona",
  ])("%j stays clean", (text) => {
    expect(clean(text)).toBe(true);
  });
});

describe("attacks: mobiles of many regions beside phone words, caught", () => {
  it.each([
    ["meld dich aufm Handy 15112345678", "15112345678"],
    ["Handy: 0170 1234567, ab 18 Uhr", "0170 1234567"],
    ["telefonisch erreichbar 1761 2345678", "1761 2345678"],
    ["appelez-moi au 6 12 34 56 78", "6 12 34 56 78"],
    ["mon portable 612345678, le soir", "612345678"],
    ["joignable au 7 81 22 33 44", "7 81 22 33 44"],
    ["bellen kan op 612345678", "612345678"],
    ["mobiel 6 1234 5678", "6 1234 5678"],
    ["llámame 612 345 678 por la tarde", "612 345 678"],
    ["mi movil 699 123 456", "699 123 456"],
    ["chiamami 347 1234567", "347 1234567"],
    ["cellulare 3331234567 dopo le sei", "3331234567"],
    ["zadzwoń pod 601 234 567", "601 234 567"],
    ["komórka: 789123456", "789123456"],
    ["mera number 98765 43210 hai", "98765 43210"],
    ["call kar do 9123456789", "9123456789"],
    ["me liga 21 98765 4321", "21 98765 4321"],
    ["zap 11 9 8765 4321", "11 9 8765 4321"],
    ["márcame al 55 1234 5678", "55 1234 5678"],
    ["celular 33 1234 5678", "33 1234 5678"],
    ["call me 803 123 4567", "803 123 4567"],
    ["my line 8031234567", "8031234567"],
    ["nipigie simu 0712 345678", "0712 345678"],
    ["tawagan mo ako 9171234567", "9171234567"],
    ["text 917 123 4567", "917 123 4567"],
    ["hubungi saya 812 3456 7890", "812 3456 7890"],
    ["wa 81234567890 ya", "81234567890"],
    ["ring me 412 345 678", "412 345 678"],
    ["mob 0412345678", "0412345678"],
    ["phone 82 123 4567", "82 123 4567"],
    ["whatsapp 0821234567", "0821234567"],
    ["numaram 0532 123 45 67", "0532 123 45 67"],
    ["sună-mă 0721 234 567", "0721 234 567"],
    ["звони 916 123-45-67", "916 123-45-67"],
    ["κινητό 694 512 8733", "694 512 8733"],
    ["اتصل 0101 234 5678", "0101 234 5678"],
    ["nombor saya 012-3456789", "012-3456789"],
    ["sdt 0912345678", "0912345678"],
    ["โทร 0812345678", "0812345678"],
    ["ring mig 070-123 45 67", "070-123 45 67"],
    ["tlf 912 34 567", "912 34 567"],
    ["ref 06 12 34 56 78/04 ring me", "06 12 34 56 78"],
    ["Handy-Nr. 15112345678", "15112345678"],
    ["Telefon - 176 1234 5678", "176 1234 5678"],
    ["ruf mich an 15112345678", "15112345678"],
    ["meine Handynummer ist 15112345678", "15112345678"],
    ["Tel.: 15112345678", "15112345678"],
    ["numer telefonu 512345678", "512345678"],
    ["mój nr 512 345 678", "512 345 678"],
    ["nomor WA 81234567890", "81234567890"],
    ["no hp 081234567890", "081234567890"],
    ["numero di telefono 3331234567", "3331234567"],
    ["Telefonnummer: 15112345678", "15112345678"],
    ["mijn nummer is 612345678", "612345678"],
    ["mobile: 0803 123 4567", "0803 123 4567"],
    ["ring mig på 701234567", "701234567"],
    ["ligue pra mim 21987654321", "21987654321"],
    ["me chama no zap 21987654321", "21987654321"],
    ["kalemny 01012345678", "01012345678"],
    ["call 0722 123 456", "0722 123 456"],
    ["call me on my 9171234567", "9171234567"],
    ["ref 0612345678/21 appelle-moi", "0612345678"],
    ["dossier 06 12 34 56 78-33", "06 12 34 56 78"],
    ["order no 0412 345 678/11 text me", "0412 345 678"],
    ["Mera no. 9876543210 hai", "9876543210"],
    ["is number pe call karo 9876543210", "9876543210"],
    ["sms 0821234567", "0821234567"],
    ["meu cel 21 9 8765-4321", "21 9 8765-4321"],
    ["whats 55 1234 5678", "55 1234 5678"],
    ["телефон для связи 9161234567", "9161234567"],
    ["καλέστε στο 6945128733", "6945128733"],
    ["טלפון 0521234567", "0521234567"],
    ["फोन करो 9876543210", "9876543210"],
    ["电话 13812345678", "13812345678"],
    ["ring me tonight on 41 23 45 67", "41 23 45 67"],
    ["text me: 0803-123-4567 after work", "0803-123-4567"],
    ["Handy 0151 1234 5678 oder WhatsApp", "0151 1234 5678"],
    ["reach me at 0917.123.4567", "0917.123.4567"],
    ["telefono 612.345.678", "612.345.678"],
    ["nipigie kwa 0722-123-456", "0722-123-456"],
  ])("%j is caught", (text, secret) => {
    expect(caught(text, secret)).toBe(true);
  });
});

describe("attacks the branch misses", () => {
  // a bare Swahili "namba" (number) before digits is no phone cue since the follow-up (a bare number word names a part's as often); no possessive, no phone word
  it.fails("namba 722123456 jioni", () => {
    expect(caught("namba 722123456 jioni", "722123456")).toBe(true);
  });
  // still: mobileDressedAsReference reads an uncued suffixed number only grouped in pairs (French-style), so invoices grouped 4-3-3 stay clean
  it.fails("order 0712 345 678-22", () => {
    expect(caught("order 0712 345 678-22", "0712 345 678")).toBe(true);
  });
  // Polish 'pisz' (write me) is not a phone word
  it("pisz na 512345678", () => {
    expect(caught("pisz na 512345678", "512345678")).toBe(true);
  });
  // Swahili 'nambari' (number) is not a phone word, only 'namba'
  it("nambari yangu 712345678", () => {
    expect(caught("nambari yangu 712345678", "712345678")).toBe(true);
  });
});
