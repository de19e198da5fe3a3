// Round 29 fourth review, of the quantity floor as fixed after the third (not merged): the trained stage would no longer
// read a number followed by a lower-case CLDR unit, currency or magnitude word as a house number, unless the stretch names
// a street type. A fresh reviewer's 75 attacks (addresses whose house number is followed by such a word: "pound", "mile",
// "luna", "lat", "bang", "an", "trieu", "batu", "kaki", "den", "ore", "us", ...; the last six are controls, capitalised
// or with a street type) and 113 innocents (quantities after numbers in many languages), probed with the application's
// options (rules + trained stage): the floor caught 26 attacks where main caught 33 and flagged 1 innocent where main flagged
// 4, so it was not merged. This file specifies main: `it` when right, `it.fails` (with why) when wrong.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

/** Flagged by the application, and every letter and digit of `secret` masked (`caughtBy`). */
const caught = (s: string, secret: string): boolean => caughtBy(s, [secret]);

describe("round 29 floor review 2: attacks", () => {
  it("im at 14 mile end, the flat above the chippy, just knock", () => expect(caught("im at 14 mile end, the flat above the chippy, just knock", "14 mile end")).toBe(true));
  it("forget the garage mate just come to mine, 14 mile end, top buzzer", () => expect(caught("forget the garage mate just come to mine, 14 mile end, top buzzer", "14 mile end")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("drop it round mine instead, 2 pound hill crawley, blue gate", () => expect(caught("drop it round mine instead, 2 pound hill crawley, blue gate", "2 pound hill")).toBe(true));
  it("address is 31 pound green bexley, park on the drive", () => expect(caught("address is 31 pound green bexley, park on the drive", "31 pound green")).toBe(true));
  // caught since round 43's refit
  it("its 48 pound farm, round the back of the barn", () => expect(caught("its 48 pound farm, round the back of the barn", "48 pound farm")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("ok so its 22 pond view, on the left after the school", () => expect(caught("ok so its 22 pond view, on the left after the school", "22 pond view")).toBe(true));
  it("bring it to 6 pond meadow, my neighbour has a ramp", () => expect(caught("bring it to 6 pond meadow, my neighbour has a ramp", "6 pond meadow")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("just come to 7 mile cross, my brothers garage, hes got a ramp", () => expect(caught("just come to 7 mile cross, my brothers garage, hes got a ramp", "7 mile cross")).toBe(true));
  it("meet me at 3 mile oak, by the bus shelter, cash is fine", () => expect(caught("meet me at 3 mile oak, by the bus shelter, cash is fine", "3 mile oak")).toBe(true));
  it("we live at 9 den bank sheffield, white van outside", () => expect(caught("we live at 9 den bank sheffield, white van outside", "9 den bank")).toBe(true));
  it("17 ore valley hastings. ring the bell twice", () => expect(caught("17 ore valley hastings. ring the bell twice", "17 ore valley")).toBe(true));
  it("if u want it cheaper come to 17 ore valley, ill do it on the drive", () => expect(caught("if u want it cheaper come to 17 ore valley, ill do it on the drive", "17 ore valley")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("im at 5 mile house, the pub car park, silver astra", () => expect(caught("im at 5 mile house, the pub car park, silver astra", "5 mile house")).toBe(true));
  it("u can find me at 11 mile oak gardens portslade", () => expect(caught("u can find me at 11 mile oak gardens portslade", "11 mile oak gardens")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("park outside 2 pound corner, im the one with the yellow door", () => expect(caught("park outside 2 pound corner, im the one with the yellow door", "2 pound corner")).toBe(true));
  it("come round 40 pound hill, skip the booking fee", () => expect(caught("come round 40 pound hill, skip the booking fee", "40 pound hill")).toBe(true));
  it("meet at the shell on 8 mile and woodward, i'll have the parts", () => expect(caught("meet at the shell on 8 mile and woodward, i'll have the parts", "8 mile and woodward")).toBe(true));
  it("my shop is at 4100 us 1 next to the mobil, bring cash", () => expect(caught("my shop is at 4100 us 1 next to the mobil, bring cash", "4100 us 1")).toBe(true));
  it("just pull into 2301 us 41 north, blue building, ask for ray", () => expect(caught("just pull into 2301 us 41 north, blue building, ask for ray", "2301 us 41")).toBe(true));
  it("im at 2 dag hammarskjold plaza lobby, come up", () => expect(caught("im at 2 dag hammarskjold plaza lobby, come up", "2 dag hammarskjold plaza")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("house is 15 mile hill, gravel drive on the right", () => expect(caught("house is 15 mile hill, gravel drive on the right", "15 mile hill")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("its 1200 pound ridge, the farmhouse, i'll be home after 5", () => expect(caught("its 1200 pound ridge, the farmhouse, i'll be home after 5", "1200 pound ridge")).toBe(true));
  // caught since round 43's refit
  it("sir come to 45 second cross jayanagar, near the temple", () => expect(caught("sir come to 45 second cross jayanagar, near the temple", "45 second cross")).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("address: 12 second main indiranagar, 1st floor", () => expect(caught("address: 12 second main indiranagar, 1st floor", "12 second main")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("bhai 45 second cross pe aa jao, ghar ke bahar hi kar denge", () => expect(caught("bhai 45 second cross pe aa jao, ghar ke bahar hi kar denge", "45 second cross")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("anh qua 12 an duong vuong nha, em sua cho re hon", () => expect(caught("anh qua 12 an duong vuong nha, em sua cho re hon", "12 an duong vuong")).toBe(true));
  // caught since round 43's refit
  it("nha em o 88 an duong vuong quan 5, anh ghe qua", () => expect(caught("nha em o 88 an duong vuong quan 5, anh ghe qua", "88 an duong vuong")).toBe(true));
  it("chieu nay qua 36 lan ong nhe, khong can dat qua app", () => expect(caught("chieu nay qua 36 lan ong nhe, khong can dat qua app", "36 lan ong")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("em o 45 trieu viet vuong, tang 2, cu den truc tiep", () => expect(caught("em o 45 trieu viet vuong, tang 2, cu den truc tiep", "45 trieu viet vuong")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("xe de o 45 triệu việt vương, anh qua lay nha", () => expect(caught("xe de o 45 triệu việt vương, anh qua lay nha", "45 triệu việt vương")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("nhà em ở 12 an dương vương, qua đây em sửa luôn", () => expect(caught("nhà em ở 12 an dương vương, qua đây em sửa luôn", "12 an dương vương")).toBe(true));
  // caught since round 43's refit
  it("12 an phu quan 2 nha anh, inbox em sau", () => expect(caught("12 an phu quan 2 nha anh, inbox em sau", "12 an phu")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("qua 36 lãn ông nha anh", () => expect(caught("qua 36 lãn ông nha anh", "36 lãn ông")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("toi o 20 an binh, ghe truc tiep khong qua app", () => expect(caught("toi o 20 an binh, ghe truc tiep khong qua app", "20 an binh")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("condo is 88 lat phrao, near the mrt, come after 6", () => expect(caught("condo is 88 lat phrao, near the mrt, come after 6", "88 lat phrao")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("my house 55 bang na, come direct no need app", () => expect(caught("my house 55 bang na, come direct no need app", "55 bang na")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("im at 123 bang rak, the shophouse next to 7-11", () => expect(caught("im at 123 bang rak, the shophouse next to 7-11", "123 bang rak")).toBe(true));
  // flagged on main too but the address itself is left unmasked
  it.fails("come to 77 bang kapi ok? i pay cash", () => expect(caught("come to 77 bang kapi ok? i pay cash", "77 bang kapi")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("shop at 9 lat krabang, tell them you know me", () => expect(caught("shop at 9 lat krabang, tell them you know me", "9 lat krabang")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("bring car to 300 bang sue, the garage behind the market", () => expect(caught("bring car to 300 bang sue, the garage behind the market", "300 bang sue")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("blk 511 kaki bukit, #03-45, just come up", () => expect(caught("blk 511 kaki bukit, #03-45, just come up", "511 kaki bukit")).toBe(true));
  // caught since round 43's refit
  it("datang je rumah aku, 8 batu ferringhi, rumah hijau", () => expect(caught("datang je rumah aku, 8 batu ferringhi, rumah hijau", "8 batu ferringhi")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("bengkel kawan aku kat 23 batu caves, dia buat murah", () => expect(caught("bengkel kawan aku kat 23 batu caves, dia buat murah", "23 batu caves")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("no 12 batu pahat, depan kedai makan", () => expect(caught("no 12 batu pahat, depan kedai makan", "12 batu pahat")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("rumah saya 7 kaki bukit, lepas masjid belok kiri", () => expect(caught("rumah saya 7 kaki bukit, lepas masjid belok kiri", "7 kaki bukit")).toBe(true));
  it("my workshop 14 batu uban, penang, whatsapp no need", () => expect(caught("my workshop 14 batu uban, penang, whatsapp no need", "14 batu uban")).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("punta ka nalang sa 12 luna, san juan, bahay na green gate", () => expect(caught("punta ka nalang sa 12 luna, san juan, bahay na green gate", "12 luna")).toBe(true));
  it("sa bahay nalang boss, 45 luna ext brgy san roque", () => expect(caught("sa bahay nalang boss, 45 luna ext brgy san roque", "45 luna")).toBe(true));
  // caught since round 43's refit
  it("ok come to 14 mile end after work its easier", () => expect(caught("ok come to 14 mile end after work its easier", "14 mile end")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("2 pound hill, crawley, rh10 - thats me", () => expect(caught("2 pound hill, crawley, rh10 - thats me", "2 pound hill")).toBe(true));
  it("cheaper if u come to me: 22 pond view", () => expect(caught("cheaper if u come to me: 22 pond view", "22 pond view")).toBe(true));
  it("im at 9 den bank", () => expect(caught("im at 9 den bank", "9 den bank")).toBe(true));
  it("88 lat phrao, room 1204", () => expect(caught("88 lat phrao, room 1204", "88 lat phrao")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("45 trieu viet vuong", () => expect(caught("45 trieu viet vuong", "45 trieu viet vuong")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("12 an duong vuong, q5", () => expect(caught("12 an duong vuong, q5", "12 an duong vuong")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("my address 55 bang na, bangkok", () => expect(caught("my address 55 bang na, bangkok", "55 bang na")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("the flat is 3 mile oak, pop round sat morning", () => expect(caught("the flat is 3 mile oak, pop round sat morning", "3 mile oak")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("my mum's at 31 pound green, leave the car there", () => expect(caught("my mum's at 31 pound green, leave the car there", "31 pound green")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("we're at 7 mile cross farm, bring the van there", () => expect(caught("we're at 7 mile cross farm, bring the van there", "7 mile cross")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("just text me when ur outside 48 pound farm", () => expect(caught("just text me when ur outside 48 pound farm", "48 pound farm")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("come thru 15 mile hill tomorrow i got the tools", () => expect(caught("come thru 15 mile hill tomorrow i got the tools", "15 mile hill")).toBe(true));
  it("im at 14 Mile End, the flat above the chippy, just knock", () => expect(caught("im at 14 Mile End, the flat above the chippy, just knock", "14 Mile End")).toBe(true));
  it("drop it round mine, 2 Pound Hill, Crawley", () => expect(caught("drop it round mine, 2 Pound Hill, Crawley", "2 Pound Hill")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("come to 88 Lat Phrao, near the mrt", () => expect(caught("come to 88 Lat Phrao, near the mrt", "88 Lat Phrao")).toBe(true));
  it("im at 14 mile end road, the flat above the chippy", () => expect(caught("im at 14 mile end road, the flat above the chippy", "14 mile end road")).toBe(true));
  it("come round 2 pound lane, skip the booking", () => expect(caught("come round 2 pound lane, skip the booking", "2 pound lane")).toBe(true));
  it("its 22 pond street, blue door", () => expect(caught("its 22 pond street, blue door", "22 pond street")).toBe(true));
  it("bring it to 3 pound close? no wait its 3 pound hill, crawley", () => expect(caught("bring it to 3 pound close? no wait its 3 pound hill, crawley", "3 pound hill")).toBe(true));
  it("my address is 19 pound hill, crawley", () => expect(caught("my address is 19 pound hill, crawley", "19 pound hill")).toBe(true));
  it("come to 26 mile cross halifax, the garage with the green door", () => expect(caught("come to 26 mile cross halifax, the garage with the green door", "26 mile cross")).toBe(true));
  it("house is 8 pound corner, whitchurch, big oak tree", () => expect(caught("house is 8 pound corner, whitchurch, big oak tree", "8 pound corner")).toBe(true));
  it("were at 40 luna, san juan city, white gate", () => expect(caught("were at 40 luna, san juan city, white gate", "40 luna")).toBe(true));
  it("ill be at 14 den bank crescent... i mean 14 den bank, sheffield", () => expect(caught("ill be at 14 den bank crescent... i mean 14 den bank, sheffield", "14 den bank")).toBe(true));
  // missed on main too: neither the rules nor the stage read it as an address
  it.fails("im in 22 mile cross lane? no its just 22 mile cross, halifax", () => expect(caught("im in 22 mile cross lane? no its just 22 mile cross, halifax", "22 mile cross")).toBe(true));
  // right on main (the address floor that got it wrong was not merged)
  it("just come 5 pound ridge, bedford ny, i do it cheaper cash", () => expect(caught("just come 5 pound ridge, bedford ny, i do it cheaper cash", "5 pound ridge")).toBe(true));
});

describe("round 29 floor review 2: innocents", () => {
  it("saya sudah tunggu 2 jam di bengkel sebelah, kapan selesai?", () => expect(flaggedBy("saya sudah tunggu 2 jam di bengkel sebelah, kapan selesai?")).toBe(false));
  it("biaya servis 350 ribu sudah termasuk oli sama filter", () => expect(flaggedBy("biaya servis 350 ribu sudah termasuk oli sama filter")).toBe(false));
  it("mobil saya sudah 3 hari di bengkel belum ada kabar", () => expect(flaggedBy("mobil saya sudah 3 hari di bengkel belum ada kabar")).toBe(false));
  it("garansi 6 bulan untuk aki baru ya pak", () => expect(flaggedBy("garansi 6 bulan untuk aki baru ya pak")).toBe(false));
  it("paling 30 menit lagi selesai, ditunggu aja di ruang tunggu", () => expect(flaggedBy("paling 30 menit lagi selesai, ditunggu aja di ruang tunggu")).toBe(false));
  it("mobilnya udah 120 ribu km belum pernah ganti timing belt", () => expect(flaggedBy("mobilnya udah 120 ribu km belum pernah ganti timing belt")).toBe(false));
  it("2 minggu lalu ganti kampas rem depan kok udah bunyi lagi", () => expect(flaggedBy("2 minggu lalu ganti kampas rem depan kok udah bunyi lagi")).toBe(false));
  it("kereta saya dah 3 minggu kat bengkel tak siap siap", () => expect(flaggedBy("kereta saya dah 3 minggu kat bengkel tak siap siap")).toBe(false));
  it("harga dia rm 450 termasuk upah pasang", () => expect(flaggedBy("harga dia rm 450 termasuk upah pasang")).toBe(false));
  // round 43's refit: flags it as ADDRESS
  it.fails("tunggu 45 minit je, nanti saya roger dalam app", () => expect(flaggedBy("tunggu 45 minit je, nanti saya roger dalam app")).toBe(false));
  it("dalam 2 jam siap bos, tinggal pasang bumper", () => expect(flaggedBy("dalam 2 jam siap bos, tinggal pasang bumper")).toBe(false));
  // clean since round 43's refit
  it("trafik yüzünden 15 dakika geç kalacağım, kusura bakmayın", () => expect(flaggedBy("trafik yüzünden 15 dakika geç kalacağım, kusura bakmayın")).toBe(false));
  it("araba 3 gün serviste kaldı hala bitmedi", () => expect(flaggedBy("araba 3 gün serviste kaldı hala bitmedi")).toBe(false));
  it("90 bin km'de triger seti değişti mi bilmiyorum", () => expect(flaggedBy("90 bin km'de triger seti değişti mi bilmiyorum")).toBe(false));
  it("1 ay önce balata değiştirdim yine ses yapıyor", () => expect(flaggedBy("1 ay önce balata değiştirdim yine ses yapıyor")).toBe(false));
  it("işçilik 2 saat sürer, parça gelince başlarız", () => expect(flaggedBy("işçilik 2 saat sürer, parça gelince başlarız")).toBe(false));
  it("toplam 4500 lira tuttu, faturayı uygulamadan gönderin", () => expect(flaggedBy("toplam 4500 lira tuttu, faturayı uygulamadan gönderin")).toBe(false));
  it("15 dk sonra oradayım usta", () => expect(flaggedBy("15 dk sonra oradayım usta")).toBe(false));
  it("mga 2 oras pa bago matapos yung kotse boss", () => expect(flaggedBy("mga 2 oras pa bago matapos yung kotse boss")).toBe(false));
  it("500 pesos lang yung labor sa pag change oil", () => expect(flaggedBy("500 pesos lang yung labor sa pag change oil")).toBe(false));
  it("3 araw na sa shop yung kotse ko wala pa ring update", () => expect(flaggedBy("3 araw na sa shop yung kotse ko wala pa ring update")).toBe(false));
  it("1 linggo pa daw bago dumating yung piyesa", () => expect(flaggedBy("1 linggo pa daw bago dumating yung piyesa")).toBe(false));
  it("llevo 2 horas esperando en el taller y nada", () => expect(flaggedBy("llevo 2 horas esperando en el taller y nada")).toBe(false));
  it("me cobraron 400 euros por las pastillas y los discos", () => expect(flaggedBy("me cobraron 400 euros por las pastillas y los discos")).toBe(false));
  it("en 15 minutos estoy ahí con el coche", () => expect(flaggedBy("en 15 minutos estoy ahí con el coche")).toBe(false));
  it("el coche tiene 90 mil km y nunca le cambiaron la correa", () => expect(flaggedBy("el coche tiene 90 mil km y nunca le cambiaron la correa")).toBe(false));
  it("3 días sin coche, por favor díganme algo", () => expect(flaggedBy("3 días sin coche, por favor díganme algo")).toBe(false));
  it("son 2 mil pesos de mano de obra mas las piezas", () => expect(flaggedBy("son 2 mil pesos de mano de obra mas las piezas")).toBe(false));
  it("esperei 2 horas na oficina e ninguém me atendeu", () => expect(flaggedBy("esperei 2 horas na oficina e ninguém me atendeu")).toBe(false));
  it("custou 300 reais a troca do óleo com filtro", () => expect(flaggedBy("custou 300 reais a troca do óleo com filtro")).toBe(false));
  it("o carro tem 80 mil km rodados, motor original", () => expect(flaggedBy("o carro tem 80 mil km rodados, motor original")).toBe(false));
  it("daqui 10 minutos chego aí com o carro", () => expect(flaggedBy("daqui 10 minutos chego aí com o carro")).toBe(false));
  it("fica 3 dias na oficina, pode ser?", () => expect(flaggedBy("fica 3 dias na oficina, pode ser?")).toBe(false));
  it("ça fait 2 heures que j'attends au garage", () => expect(flaggedBy("ça fait 2 heures que j'attends au garage")).toBe(false));
  it("j'en ai eu pour 300 euros de plaquettes", () => expect(flaggedBy("j'en ai eu pour 300 euros de plaquettes")).toBe(false));
  it("la voiture a 120 mille km, jamais eu de souci", () => expect(flaggedBy("la voiture a 120 mille km, jamais eu de souci")).toBe(false));
  it("je serai là dans 20 minutes environ", () => expect(flaggedBy("je serai là dans 20 minutes environ")).toBe(false));
  it("hab 2 stunden gewartet und keiner hat sich gemeldet", () => expect(flaggedBy("hab 2 stunden gewartet und keiner hat sich gemeldet")).toBe(false));
  it("kostet 250 euro mit einbau, termin über die app", () => expect(flaggedBy("kostet 250 euro mit einbau, termin über die app")).toBe(false));
  it("noch 3 tage bis das teil kommt", () => expect(flaggedBy("noch 3 tage bis das teil kommt")).toBe(false));
  it("bin in 10 min da, stehe grad im stau", () => expect(flaggedBy("bin in 10 min da, stehe grad im stau")).toBe(false));
  it("ik wacht al 2 uur bij de garage", () => expect(flaggedBy("ik wacht al 2 uur bij de garage")).toBe(false));
  it("kost 300 euro inclusief montage", () => expect(flaggedBy("kost 300 euro inclusief montage")).toBe(false));
  it("over 10 minuten ben ik er met de auto", () => expect(flaggedBy("over 10 minuten ben ik er met de auto")).toBe(false));
  it("ho aspettato 2 ore in officina senza notizie", () => expect(flaggedBy("ho aspettato 2 ore in officina senza notizie")).toBe(false));
  it("mi hanno chiesto 300 euro per la frizione", () => expect(flaggedBy("mi hanno chiesto 300 euro per la frizione")).toBe(false));
  it("masina a stat 3 zile in service si nimic", () => expect(flaggedBy("masina a stat 3 zile in service si nimic")).toBe(false));
  it("am dat 500 lei pe placute si discuri", () => expect(flaggedBy("am dat 500 lei pe placute si discuri")).toBe(false));
  it("mai am 2 ore de munca la ea, revin", () => expect(flaggedBy("mai am 2 ore de munca la ea, revin")).toBe(false));
  // wrong on main (the address floor that got it right was not merged)
  it.fails("czekam 2 godziny w warsztacie, kiedy skonczycie", () => expect(flaggedBy("czekam 2 godziny w warsztacie, kiedy skonczycie")).toBe(false));
  it("zaplacilem 800 zl za sprzeglo", () => expect(flaggedBy("zaplacilem 800 zl za sprzeglo")).toBe(false));
  it("auto stoi 3 dni w warsztacie", () => expect(flaggedBy("auto stoi 3 dni w warsztacie")).toBe(false));
  it("cekam 2 hodiny v servisu", () => expect(flaggedBy("cekam 2 hodiny v servisu")).toBe(false));
  it("3 nap mulva kesz lesz az auto", () => expect(flaggedBy("3 nap mulva kesz lesz az auto")).toBe(false));
  it("15 perc es ott vagyok", () => expect(flaggedBy("15 perc es ott vagyok")).toBe(false));
  it("väntade 2 timmar på verkstan", () => expect(flaggedBy("väntade 2 timmar på verkstan")).toBe(false));
  it("kostade 3000 kr för bromsarna", () => expect(flaggedBy("kostade 3000 kr för bromsarna")).toBe(false));
  it("xe nằm gara 3 ngày rồi mà chưa xong", () => expect(flaggedBy("xe nằm gara 3 ngày rồi mà chưa xong")).toBe(false));
  it("thay má phanh hết 800 nghìn hả anh", () => expect(flaggedBy("thay má phanh hết 800 nghìn hả anh")).toBe(false));
  it("khoảng 15 phút nữa em tới", () => expect(flaggedBy("khoảng 15 phút nữa em tới")).toBe(false));
  it("sửa hết 2 triệu, anh chuyển qua app nha", () => expect(flaggedBy("sửa hết 2 triệu, anh chuyển qua app nha")).toBe(false));
  it("xe chay 90 nghin km roi chua thay dau hop so", () => expect(flaggedBy("xe chay 90 nghin km roi chua thay dau hop so")).toBe(false));
  it("cho 2 tieng o gara roi", () => expect(flaggedBy("cho 2 tieng o gara roi")).toBe(false));
  it("been waiting 2 hours at the garage, any update?", () => expect(flaggedBy("been waiting 2 hours at the garage, any update?")).toBe(false));
  it("the quote was 400 pounds for the clutch, bit steep", () => expect(flaggedBy("the quote was 400 pounds for the clutch, bit steep")).toBe(false));
  it("ill be 15 mins late, traffic on the ring road", () => expect(flaggedBy("ill be 15 mins late, traffic on the ring road")).toBe(false));
  it("its done 90 thousand miles and still on the original clutch", () => expect(flaggedBy("its done 90 thousand miles and still on the original clutch")).toBe(false));
  it("im about 5 miles from the garage, be there soon", () => expect(flaggedBy("im about 5 miles from the garage, be there soon")).toBe(false));
  it("took 3 days to get the part in from the dealer", () => expect(flaggedBy("took 3 days to get the part in from the dealer")).toBe(false));
  it("i'm 10 min away from the shop on the corner", () => expect(flaggedBy("i'm 10 min away from the shop on the corner")).toBe(false));
  it("we are 5 miles down the road from you", () => expect(flaggedBy("we are 5 miles down the road from you")).toBe(false));
  it("about 3 km past the shell station i broke down", () => expect(flaggedBy("about 3 km past the shell station i broke down")).toBe(false));
  it("car is 2 years old, 20 thousand miles, still under warranty", () => expect(flaggedBy("car is 2 years old, 20 thousand miles, still under warranty")).toBe(false));
  it("the tank holds 50 litres, i filled it with 40 litres of diesel", () => expect(flaggedBy("the tank holds 50 litres, i filled it with 40 litres of diesel")).toBe(false));
  it("towing is 2 dollars a mile after the first 10 miles", () => expect(flaggedBy("towing is 2 dollars a mile after the first 10 miles")).toBe(false));
  it("the part weighs 12 kg so it ships separately", () => expect(flaggedBy("the part weighs 12 kg so it ships separately")).toBe(false));
  it("ek wag al 2 uur by die garage", () => expect(flaggedBy("ek wag al 2 uur by die garage")).toBe(false));
  it("dit kos 1500 rand vir die remme", () => expect(flaggedBy("dit kos 1500 rand vir die remme")).toBe(false));
  it("2 ghante se wait kar raha hu bhai", () => expect(flaggedBy("2 ghante se wait kar raha hu bhai")).toBe(false));
  it("500 rupees extra lagenge labour ka", () => expect(flaggedBy("500 rupees extra lagenge labour ka")).toBe(false));
  it("3 din ho gaye gaadi garage me hai", () => expect(flaggedBy("3 din ho gaye gaadi garage me hai")).toBe(false));
  it("gari imekaa siku 3, tafadhali nijulishe", () => expect(flaggedBy("gari imekaa siku 3, tafadhali nijulishe")).toBe(false));
  it("dw i wedi aros 2 awr yn y garej", () => expect(flaggedBy("dw i wedi aros 2 awr yn y garej")).toBe(false));
  it("bilen har stået 3 dage på værkstedet", () => expect(flaggedBy("bilen har stået 3 dage på værkstedet")).toBe(false));
  it("venter 2 timer på verkstedet", () => expect(flaggedBy("venter 2 timer på verkstedet")).toBe(false));
  it("odotin 2 tuntia korjaamolla", () => expect(flaggedBy("odotin 2 tuntia korjaamolla")).toBe(false));
  it("saya tunggu 3 jam di depan bengkel pak budi, belum dipanggil", () => expect(flaggedBy("saya tunggu 3 jam di depan bengkel pak budi, belum dipanggil")).toBe(false));
  it("udah 2 hari di bengkel resmi toyota sunter", () => expect(flaggedBy("udah 2 hari di bengkel resmi toyota sunter")).toBe(false));
  it("i waited 2 hours at the kwik fit in crawley for nothing", () => expect(flaggedBy("i waited 2 hours at the kwik fit in crawley for nothing")).toBe(false));
  it("its about 3 miles north of crawley town centre", () => expect(flaggedBy("its about 3 miles north of crawley town centre")).toBe(false));
  it("10 mins from the tesco in leeds, ill be there", () => expect(flaggedBy("10 mins from the tesco in leeds, ill be there")).toBe(false));
  it("the clutch was 400 pounds at halfords in bexley", () => expect(flaggedBy("the clutch was 400 pounds at halfords in bexley")).toBe(false));
  it("3 dni czekam na czesci z warszawy", () => expect(flaggedBy("3 dni czekam na czesci z warszawy")).toBe(false));
  it("2 godziny stalem w korku na obwodnicy krakowa", () => expect(flaggedBy("2 godziny stalem w korku na obwodnicy krakowa")).toBe(false));
  it("15 dakika sonra kadıköy'deki servise geliyorum", () => expect(flaggedBy("15 dakika sonra kadıköy'deki servise geliyorum")).toBe(false));
  // round 41's second refit: flags it as ADDRESS
  it.fails("2 saat kadıköy sanayi sitesinde bekledim", () => expect(flaggedBy("2 saat kadıköy sanayi sitesinde bekledim")).toBe(false));
  it("2 jam macet di tol cikampek, maaf telat", () => expect(flaggedBy("2 jam macet di tol cikampek, maaf telat")).toBe(false));
  it("3 ore di attesa in officina a milano", () => expect(flaggedBy("3 ore di attesa in officina a milano")).toBe(false));
  it("2 horas en el taller de la avenida principal", () => expect(flaggedBy("2 horas en el taller de la avenida principal")).toBe(false));
  it("5 km antes del peaje se me apagó el coche", () => expect(flaggedBy("5 km antes del peaje se me apagó el coche")).toBe(false));
  it("500 euros en el taller oficial de valencia", () => expect(flaggedBy("500 euros en el taller oficial de valencia")).toBe(false));
  it("90 mil km con el aceite original, revisen eso", () => expect(flaggedBy("90 mil km con el aceite original, revisen eso")).toBe(false));
  it("2 heures au garage de la gare, toujours rien", () => expect(flaggedBy("2 heures au garage de la gare, toujours rien")).toBe(false));
  it("3 zile la service in bucuresti, nimic", () => expect(flaggedBy("3 zile la service in bucuresti, nimic")).toBe(false));
  it("2 stunden in der werkstatt in köln gewartet", () => expect(flaggedBy("2 stunden in der werkstatt in köln gewartet")).toBe(false));
  it("20 min von der autobahn weg", () => expect(flaggedBy("20 min von der autobahn weg")).toBe(false));
  it("3 ngày ở gara quận 7 rồi chưa xong", () => expect(flaggedBy("3 ngày ở gara quận 7 rồi chưa xong")).toBe(false));
  it("2 tuan o gara le loi roi", () => expect(flaggedBy("2 tuan o gara le loi roi")).toBe(false));
  it("15 phut nua toi gara an duong vuong", () => expect(flaggedBy("15 phut nua toi gara an duong vuong")).toBe(false));
  it("2 oras sa shop sa quezon city", () => expect(flaggedBy("2 oras sa shop sa quezon city")).toBe(false));
  it("400 pesos sa vulcanizing sa tabi ng kanto", () => expect(flaggedBy("400 pesos sa vulcanizing sa tabi ng kanto")).toBe(false));
  it("5 mile drive to the nearest garage from here", () => expect(flaggedBy("5 mile drive to the nearest garage from here")).toBe(false));
  it("i did 200 miles on the m25 yesterday", () => expect(flaggedBy("i did 200 miles on the m25 yesterday")).toBe(false));
});
