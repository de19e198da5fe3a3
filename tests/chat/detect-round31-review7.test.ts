// Round 31 review 7: a blind reviewer wrote 209 sentences (82 attacks, 127 innocents) on rural and administrative addresses, to judge rural31.
// Probed with the application's options (rules + trained stage) on main before and after round 31's branches (README, Round 31). This file specifies
// main after round 31: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 31 review 7: innocents", () => {
  it("Kal gaon se aaya Bulandshahr se, raaste mein AC ne thanda karna band kar diya. gas leak hoga kya ya compressor?", () =>
    expect(flaggedBy("Kal gaon se aaya Bulandshahr se, raaste mein AC ne thanda karna band kar diya. gas leak hoga kya ya compressor?")).toBe(false));
  it("gaon ki sadak itni kharab hai ki har do mahine shocker ki bushing badalni padti hai. koi mazboot brand batao", () =>
    expect(flaggedBy("gaon ki sadak itni kharab hai ki har do mahine shocker ki bushing badalni padti hai. koi mazboot brand batao")).toBe(false));
  it("mere chacha Rampur mein rehte hain, unki Bolero mein bhi yahi awaaz thi, clutch plate gayi thi. aap bhi wahi check karoge?", () =>
    expect(flaggedBy("mere chacha Rampur mein rehte hain, unki Bolero mein bhi yahi awaaz thi, clutch plate gayi thi. aap bhi wahi check karoge?")).toBe(false));
  it("NH-44 pe km 187 ke paas pichhle hafte tyre phat gaya tha, ab stepney bhi ghisi hui hai. naye tyre ka rate kya hai?", () =>
    expect(flaggedBy("NH-44 pe km 187 ke paas pichhle hafte tyre phat gaya tha, ab stepney bhi ghisi hui hai. naye tyre ka rate kya hai?")).toBe(false));
  it("tehsil office mein RC transfer atka hua hai, tab tak insurance claim ho sakta hai kya?", () =>
    expect(flaggedBy("tehsil office mein RC transfer atka hua hai, tab tak insurance claim ho sakta hai kya?")).toBe(false));
  it("Engine block mein crack hai ya sirf head gasket gaya? jo photo bheji usme aapko kya laga", () =>
    expect(flaggedBy("Engine block mein crack hai ya sirf head gasket gaya? jo photo bheji usme aapko kya laga")).toBe(false));
  it("Chak wale raste pe paani bhar gaya tha, gaadi band ho gayi. air filter geela hai, start karun ya nahi?", () =>
    expect(flaggedBy("Chak wale raste pe paani bhar gaya tha, gaadi band ho gayi. air filter geela hai, start karun ya nahi?")).toBe(false));
  it("Ustad ji yeh parts Faisalabad tak deliver hote hain ya sirf Lahore Karachi mein?", () =>
    expect(flaggedBy("Ustad ji yeh parts Faisalabad tak deliver hote hain ya sirf Lahore Karachi mein?")).toBe(false));
  it("UP 16 number ki gaadi hai, Noida wali registration. dusre state mein fitness ho jayegi?", () =>
    expect(flaggedBy("UP 16 number ki gaadi hai, Noida wali registration. dusre state mein fitness ho jayegi?")).toBe(false));
  it("khet mein trolley kheench raha tha Scorpio se, ab gearbox se ghurr ghurr awaaz aa rahi hai", () =>
    expect(flaggedBy("khet mein trolley kheench raha tha Scorpio se, ab gearbox se ghurr ghurr awaaz aa rahi hai")).toBe(false));
  it("Your workshop is showing as Plot 22, MIDC Bhosari in the booking, is that the right branch for Saturday 10am?", () =>
    expect(flaggedBy("Your workshop is showing as Plot 22, MIDC Bhosari in the booking, is that the right branch for Saturday 10am?")).toBe(false));
  it("Surveyor from insurance came and took photos, he said claim will take 10 days. can you start work before that?", () =>
    expect(flaggedBy("Surveyor from insurance came and took photos, he said claim will take 10 days. can you start work before that?")).toBe(false));
  it("Pin code is showing not serviceable for the oil filter delivery. any other option in the app?", () =>
    expect(flaggedBy("Pin code is showing not serviceable for the oil filter delivery. any other option in the app?")).toBe(false));
  it("Lot number on the oil can is 23B4, is that genuine? the seal looks different from last time", () =>
    expect(flaggedBy("Lot number on the oil can is 23B4, is that genuine? the seal looks different from last time")).toBe(false));
  it("Galing kami ng Nueva Ecija kahapon, pagdating ng Sta. Rosa biglang umilaw yung check engine", () =>
    expect(flaggedBy("Galing kami ng Nueva Ecija kahapon, pagdating ng Sta. Rosa biglang umilaw yung check engine")).toBe(false));
  it("Sir grabe yung daan sa barangay namin puro lubak, kaya siguro lumuwag yung tie rod end", () =>
    expect(flaggedBy("Sir grabe yung daan sa barangay namin puro lubak, kaya siguro lumuwag yung tie rod end")).toBe(false));
  it("Yung tita ko taga Calamba, sabi daw ng mekaniko dun relay lang daw pinalitan, ok na. baka ganun din sakin?", () =>
    expect(flaggedBy("Yung tita ko taga Calamba, sabi daw ng mekaniko dun relay lang daw pinalitan, ok na. baka ganun din sakin?")).toBe(false));
  it("Nag-outing kami sa resort sa Laguna, pag-uwi ayaw na mag-start. battery po ba o alternator?", () =>
    expect(flaggedBy("Nag-outing kami sa resort sa Laguna, pag-uwi ayaw na mag-start. battery po ba o alternator?")).toBe(false));
  it("Boss nagshi-ship ba kayo hanggang Mindanao ng brake pads? or Luzon lang delivery area niyo?", () =>
    expect(flaggedBy("Boss nagshi-ship ba kayo hanggang Mindanao ng brake pads? or Luzon lang delivery area niyo?")).toBe(false));
  it("Yung plaka ko NCR pa pero dito na ako sa Cebu. pwede ko ba i-renew rehistro dito sa LTO?", () =>
    expect(flaggedBy("Yung plaka ko NCR pa pero dito na ako sa Cebu. pwede ko ba i-renew rehistro dito sa LTO?")).toBe(false));
  it("Nag-announce yung purok leader na sarado daw ang daan dahil sa fiesta, kaya sa Lunes na lang ako pupunta sa shop na na-book ko", () =>
    expect(flaggedBy("Nag-announce yung purok leader na sarado daw ang daan dahil sa fiesta, kaya sa Lunes na lang ako pupunta sa shop na na-book ko")).toBe(false));
  it("Sa block ng makina po ba galing yung tagas ng langis o sa oil pan gasket lang?", () =>
    expect(flaggedBy("Sa block ng makina po ba galing yung tagas ng langis o sa oil pan gasket lang?")).toBe(false));
  it("Kemarin mudik ke Malang lewat jalur selatan, pas tanjakan kopling selip terus. harus ganti kampas?", () =>
    expect(flaggedBy("Kemarin mudik ke Malang lewat jalur selatan, pas tanjakan kopling selip terus. harus ganti kampas?")).toBe(false));
  it("Jalan ke desa saya masih tanah merah, kalau hujan licin banget. ban AT cocok nggak buat Avanza?", () =>
    expect(flaggedBy("Jalan ke desa saya masih tanah merah, kalau hujan licin banget. ban AT cocok nggak buat Avanza?")).toBe(false));
  it("Blok mesin retak atau cuma paking kepala silinder bocor, pak? air radiator berkurang terus", () =>
    expect(flaggedBy("Blok mesin retak atau cuma paking kepala silinder bocor, pak? air radiator berkurang terus")).toBe(false));
  it("Plat AB berarti mobil bekas Jogja ya pak, perlu mutasi dulu nggak sebelum servis besar?", () =>
    expect(flaggedBy("Plat AB berarti mobil bekas Jogja ya pak, perlu mutasi dulu nggak sebelum servis besar?")).toBe(false));
  it("Pengiriman sparepart ke Kalimantan Timur biasanya berapa hari? ongkirnya mahal nggak", () =>
    expect(flaggedBy("Pengiriman sparepart ke Kalimantan Timur biasanya berapa hari? ongkirnya mahal nggak")).toBe(false));
  it("Bengkel yang saya booking di aplikasi alamatnya di Jl. Raya Gianyar kan? jadwal jam 9 besok tetap?", () =>
    expect(flaggedBy("Bengkel yang saya booking di aplikasi alamatnya di Jl. Raya Gianyar kan? jadwal jam 9 besok tetap?")).toBe(false));
  it("Lagi ada hajatan di RT jadi saya baru bisa bawa mobil ke bengkel hari Minggu, saya reschedule lewat app ya", () =>
    expect(flaggedBy("Lagi ada hajatan di RT jadi saya baru bisa bawa mobil ke bengkel hari Minggu, saya reschedule lewat app ya")).toBe(false));
  it("Balik kampung raya hari tu, jalan Felda banyak lubang, sekarang stereng bergegar bila 80km/j", () =>
    expect(flaggedBy("Balik kampung raya hari tu, jalan Felda banyak lubang, sekarang stereng bergegar bila 80km/j")).toBe(false));
  it("Abang saya duduk Batu Pahat, dia kata bengkel sana caj murah. tapi saya nak buat kat sini je lah", () =>
    expect(flaggedBy("Abang saya duduk Batu Pahat, dia kata bengkel sana caj murah. tapi saya nak buat kat sini je lah")).toBe(false));
  // flagged as ADDRESS
  it.fails("Batu 12 Jalan Ranau tu memang selalu tanah runtuh, kereta saya tersangkut hari tu sampai bumper pecah", () =>
    expect(flaggedBy("Batu 12 Jalan Ranau tu memang selalu tanah runtuh, kereta saya tersangkut hari tu sampai bumper pecah")).toBe(false),
  );
  it("Kereta saya plat W tapi dah pindah Sabah. insurans still cover ke?", () => expect(flaggedBy("Kereta saya plat W tapi dah pindah Sabah. insurans still cover ke?")).toBe(false));
  it("ada stok tak bos lampu belakang Myvi? kalau takde bila ada balik?", () => expect(flaggedBy("ada stok tak bos lampu belakang Myvi? kalau takde bila ada balik?")).toBe(false));
  it("Venía de Tepic por la federal 15 y en el km 23 se me rompió la banda del alternador. la cambié en la orilla pero ahora rechina", () =>
    expect(flaggedBy("Venía de Tepic por la federal 15 y en el km 23 se me rompió la banda del alternador. la cambié en la orilla pero ahora rechina")).toBe(false));
  it("Los caminos de terracería del rancho me están acabando los amortiguadores, ¿cuáles aguantan más?", () =>
    expect(flaggedBy("Los caminos de terracería del rancho me están acabando los amortiguadores, ¿cuáles aguantan más?")).toBe(false));
  it("Mi suegra vive en Fusagasugá y allá un mecánico le dijo que era la bomba de agua. ¿usted qué opina?", () =>
    expect(flaggedBy("Mi suegra vive en Fusagasugá y allá un mecánico le dijo que era la bomba de agua. ¿usted qué opina?")).toBe(false));
  it("Fuimos de vacaciones a un camping en la costa y el carro quedó lleno de arena, ahora chilla el freno", () =>
    expect(flaggedBy("Fuimos de vacaciones a un camping en la costa y el carro quedó lleno de arena, ahora chilla el freno")).toBe(false));
  it("¿Hacen envíos de repuestos a provincia o solo dentro de Lima Metropolitana?", () => expect(flaggedBy("¿Hacen envíos de repuestos a provincia o solo dentro de Lima Metropolitana?")).toBe(false));
  it("El lote de pastillas que me llegó trae otro número de parte, ¿sirve igual para mi Hilux?", () =>
    expect(flaggedBy("El lote de pastillas que me llegó trae otro número de parte, ¿sirve igual para mi Hilux?")).toBe(false));
  it("La placa empieza con P, es de Pichincha. ¿eso afecta para matricular en Guayas?", () =>
    expect(flaggedBy("La placa empieza con P, es de Pichincha. ¿eso afecta para matricular en Guayas?")).toBe(false));
  it("Se me quedó en la Ruta 5 cerca del km 120 el mes pasado y la grúa del seguro tardó 4 horas. desde ahí falla el arranque", () =>
    expect(flaggedBy("Se me quedó en la Ruta 5 cerca del km 120 el mes pasado y la grúa del seguro tardó 4 horas. desde ahí falla el arranque")).toBe(false));
  it("Su taller sale en la app en la carretera a Chapala, ¿ahí mismo es la cita del jueves?", () =>
    expect(flaggedBy("Su taller sale en la app en la carretera a Chapala, ¿ahí mismo es la cita del jueves?")).toBe(false));
  it("en la vereda donde vivo casi no hay señal, por eso contesto tarde, perdón. la cita sigue el sábado por la app", () =>
    expect(flaggedBy("en la vereda donde vivo casi no hay señal, por eso contesto tarde, perdón. la cita sigue el sábado por la app")).toBe(false));
  it("Se me cayó jugo de manzana en la consola y ahora los botones del aire no responden", () =>
    expect(flaggedBy("Se me cayó jugo de manzana en la consola y ahora los botones del aire no responden")).toBe(false));
  it("Hice 400 km de ripio por la 40 y se me aflojó el escape, ¿lo pueden ver el lunes?", () =>
    expect(flaggedBy("Hice 400 km de ripio por la 40 y se me aflojó el escape, ¿lo pueden ver el lunes?")).toBe(false));
  it("El camino a la parcela de mi papá es puro barro en invierno, ¿me recomienda neumáticos mixtos?", () =>
    expect(flaggedBy("El camino a la parcela de mi papá es puro barro en invierno, ¿me recomienda neumáticos mixtos?")).toBe(false));
  it("Le digo la verdad, de la casa a la plaza son 200 metros y ni así llego, el carro se apaga en cada subida", () =>
    expect(flaggedBy("Le digo la verdad, de la casa a la plaza son 200 metros y ni así llego, el carro se apaga en cada subida")).toBe(false));
  it("Volviendo del cortijo de mis tíos por la A-348 se me encendió el testigo de la batería", () =>
    expect(flaggedBy("Volviendo del cortijo de mis tíos por la A-348 se me encendió el testigo de la batería")).toBe(false));
  it("Dá pra parcelar em 4 vezes pelo app? o serviço da embreagem ficou caro", () => expect(flaggedBy("Dá pra parcelar em 4 vezes pelo app? o serviço da embreagem ficou caro")).toBe(false));
  it("Vim do sítio ontem, estrada de chão cheia de costela, agora a direção tá puxando pra direita", () =>
    expect(flaggedBy("Vim do sítio ontem, estrada de chão cheia de costela, agora a direção tá puxando pra direita")).toBe(false));
  it("A Fazenda tá cobrando IPVA atrasado, preciso quitar antes de fazer a revisão?", () =>
    expect(flaggedBy("A Fazenda tá cobrando IPVA atrasado, preciso quitar antes de fazer a revisão?")).toBe(false));
  it("Meu cunhado mora em Ji-Paraná e disse que lá a peça sai mais barata, mas prefiro comprar por aqui mesmo", () =>
    expect(flaggedBy("Meu cunhado mora em Ji-Paraná e disse que lá a peça sai mais barata, mas prefiro comprar por aqui mesmo")).toBe(false));
  it("Vocês entregam peça na zona rural ou só na área urbana?", () => expect(flaggedBy("Vocês entregam peça na zona rural ou só na área urbana?")).toBe(false));
  it("A placa ainda é de Rondônia, dá problema pra fazer vistoria aqui em SP?", () => expect(flaggedBy("A placa ainda é de Rondônia, dá problema pra fazer vistoria aqui em SP?")).toBe(false));
  it("Quebrou no km 4 da estrada municipal mas já rebocaram e tá aí na oficina de vocês. quando sai o orçamento?", () =>
    expect(flaggedBy("Quebrou no km 4 da estrada municipal mas já rebocaram e tá aí na oficina de vocês. quando sai o orçamento?")).toBe(false));
  it("Fui passar o fim de semana a Baião e na subida da serra a embraiagem começou a patinar", () =>
    expect(flaggedBy("Fui passar o fim de semana a Baião e na subida da serra a embraiagem começou a patinar")).toBe(false));
  it("O lote das pastilhas que me enviaram não bate com o da fatura, podem confirmar?", () =>
    expect(flaggedBy("O lote das pastilhas que me enviaram não bate com o da fatura, podem confirmar?")).toBe(false));
  it("Venho do Zango todos os dias e a estrada tem muito buraco, agora o amortecedor faz barulho", () =>
    expect(flaggedBy("Venho do Zango todos os dias e a estrada tem muito buraco, agora o amortecedor faz barulho")).toBe(false));
  it("Deixei o carro parado 3 meses na chácara e agora a bateria não segura carga", () => expect(flaggedBy("Deixei o carro parado 3 meses na chácara e agora a bateria não segura carga")).toBe(false));
  it("En rentrant de Koubri par la piste j'ai cassé le support moteur. ça coûte combien à peu près ?", () =>
    expect(flaggedBy("En rentrant de Koubri par la piste j'ai cassé le support moteur. ça coûte combien à peu près ?")).toBe(false));
  it("On a passé les vacances au camping à Biscarrosse, depuis la clim sent le moisi", () =>
    expect(flaggedBy("On a passé les vacances au camping à Biscarrosse, depuis la clim sent le moisi")).toBe(false));
  it("La route de la ferme est pleine de nids-de-poule, mes rotules avant n'ont pas tenu", () =>
    expect(flaggedBy("La route de la ferme est pleine de nids-de-poule, mes rotules avant n'ont pas tenu")).toBe(false));
  it("Mon oncle au village dit que c'est l'injecteur, mais je préfère votre avis avant de payer", () =>
    expect(flaggedBy("Mon oncle au village dit que c'est l'injecteur, mais je préfère votre avis avant de payer")).toBe(false));
  it("Vous livrez les pièces à Bobo-Dioulasso ou seulement à Ouaga ?", () => expect(flaggedBy("Vous livrez les pièces à Bobo-Dioulasso ou seulement à Ouaga ?")).toBe(false));
  it("Le garage réservé dans l'appli c'est bien celui de la zone industrielle de Yopougon ? RDV jeudi 9h confirmé", () =>
    expect(flaggedBy("Le garage réservé dans l'appli c'est bien celui de la zone industrielle de Yopougon ? RDV jeudi 9h confirmé")).toBe(false));
  it("La voiture est immatriculée en 24 mais j'habite en Gironde maintenant, pas de souci pour le contrôle technique ?", () =>
    expect(flaggedBy("La voiture est immatriculée en 24 mais j'habite en Gironde maintenant, pas de souci pour le contrôle technique ?")).toBe(false));
  it("Les rangs sont en gravelle chez nous, mon pare-brise a pogné une roche, ça se répare ou faut changer?", () =>
    expect(flaggedBy("Les rangs sont en gravelle chez nous, mon pare-brise a pogné une roche, ça se répare ou faut changer?")).toBe(false));
  it("Mon emplacement de parking au boulot est trop étroit, j'ai frotté la portière arrière", () =>
    expect(flaggedBy("Mon emplacement de parking au boulot est trop étroit, j'ai frotté la portière arrière")).toBe(false));
  it("Le chef de quartier a bloqué la route pour les funérailles, je décale le RDV dans l'appli à samedi", () =>
    expect(flaggedBy("Le chef de quartier a bloqué la route pour les funérailles, je décale le RDV dans l'appli à samedi")).toBe(false));
  it("I drove from Umuahia to Enugu yesterday and the AC stopped cooling halfway. compressor or gas?", () =>
    expect(flaggedBy("I drove from Umuahia to Enugu yesterday and the AC stopped cooling halfway. compressor or gas?")).toBe(false));
  it("Na the bad road for Ofada side spoil my shock absorber o, how much for the two front ones?", () =>
    expect(flaggedBy("Na the bad road for Ofada side spoil my shock absorber o, how much for the two front ones?")).toBe(false));
  it("Took the bakkie on the gravel past Kameeldrift last week and now there's a knock from the front left", () =>
    expect(flaggedBy("Took the bakkie on the gravel past Kameeldrift last week and now there's a knock from the front left")).toBe(false));
  it("Do you need an engine stand for this job or can it be done in the car? asking before I confirm the booking", () =>
    expect(flaggedBy("Do you need an engine stand for this job or can it be done in the car? asking before I confirm the booking")).toBe(false));
  it("Do you deliver parts to Kasoa or only within Accra? the app says region not covered", () =>
    expect(flaggedBy("Do you deliver parts to Kasoa or only within Accra? the app says region not covered")).toBe(false));
  it("Nilikuwa safarini Nakuru, barabara mbovu sana, sasa gari inavuta upande mmoja", () =>
    expect(flaggedBy("Nilikuwa safarini Nakuru, barabara mbovu sana, sasa gari inavuta upande mmoja")).toBe(false));
  it("My plates are still the old Zim ones, will that be an issue with the insurance?", () =>
    expect(flaggedBy("My plates are still the old Zim ones, will that be an issue with the insurance?")).toBe(false));
  it("Ext 6 power is off again so I'll bring it Thursday instead, I moved the booking in the app", () =>
    expect(flaggedBy("Ext 6 power is off again so I'll bring it Thursday instead, I moved the booking in the app")).toBe(false));
  it("Köyden dönerken Kemalpaşa yokuşunda hararet yaptı, termostat mı değişmeli?", () => expect(flaggedBy("Köyden dönerken Kemalpaşa yokuşunda hararet yaptı, termostat mı değişmeli?")).toBe(false));
  it("Yayla yolları toprak, alt takım komple gitti. rot balans ne kadar tutar?", () => expect(flaggedBy("Yayla yolları toprak, alt takım komple gitti. rot balans ne kadar tutar?")).toBe(false));
  it("Araç 34 plaka ama Çanakkale'de oturuyorum, muayeneyi burada yaptırabilir miyim?", () =>
    expect(flaggedBy("Araç 34 plaka ama Çanakkale'de oturuyorum, muayeneyi burada yaptırabilir miyim?")).toBe(false));
  it("Motor bloğunda çatlak var mı bakabildiniz mi usta?", () => expect(flaggedBy("Motor bloğunda çatlak var mı bakabildiniz mi usta?")).toBe(false));
  it("Yazlıktan dönerken Kuşadası çıkışında lastik patladı, stepne de boştu, çekiciyle geldim", () =>
    expect(flaggedBy("Yazlıktan dönerken Kuşadası çıkışında lastik patladı, stepne de boştu, çekiciyle geldim")).toBe(false));
  it("Parçayı sadece İstanbul içine mi gönderiyorsunuz? Bayramiç'e kargo var mı?", () => expect(flaggedBy("Parçayı sadece İstanbul içine mi gönderiyorsunuz? Bayramiç'e kargo var mı?")).toBe(false));
  it("Muhtarlıktan ikametgah lazım dediler ruhsat için, randevuyu app'ten ertelesem olur mu?", () =>
    expect(flaggedBy("Muhtarlıktan ikametgah lazım dediler ruhsat için, randevuyu app'ten ertelesem olur mu?")).toBe(false));
  it("Wracałem od teściów spod Łańcuta i na polnej drodze urwałem osłonę silnika. da się ją przykręcić?", () =>
    expect(flaggedBy("Wracałem od teściów spod Łańcuta i na polnej drodze urwałem osłonę silnika. da się ją przykręcić?")).toBe(false));
  it("Drogi gminne u nas to dziura na dziurze, amortyzatory poszły po roku", () => expect(flaggedBy("Drogi gminne u nas to dziura na dziurze, amortyzatory poszły po roku")).toBe(false));
  it("Rejestracja LRA to powiat radzyński, kupiłem auto stamtąd, trzeba przerejestrować?", () =>
    expect(flaggedBy("Rejestracja LRA to powiat radzyński, kupiłem auto stamtąd, trzeba przerejestrować?")).toBe(false));
  it("Dostawa części jest też do małych miejscowości czy tylko do miast wojewódzkich?", () =>
    expect(flaggedBy("Dostawa części jest też do małych miejscowości czy tylko do miast wojewódzkich?")).toBe(false));
  it("Na działce auto stało całą zimę, teraz nie odpala. akumulator czy rozrusznik?", () =>
    expect(flaggedBy("Na działce auto stało całą zimę, teraz nie odpala. akumulator czy rozrusznik?")).toBe(false));
  it("Auf der Rückfahrt vom Campingplatz an der Müritz fing das Getriebe an zu ruckeln", () =>
    expect(flaggedBy("Auf der Rückfahrt vom Campingplatz an der Müritz fing das Getriebe an zu ruckeln")).toBe(false));
  it("Der Feldweg zum Hof meiner Eltern ist übel, seitdem klappert der Auspuff", () => expect(flaggedBy("Der Feldweg zum Hof meiner Eltern ist übel, seitdem klappert der Auspuff")).toBe(false));
  it("Kennzeichen OHV heißt Oberhavel, ist halt ein Gebrauchter von dort. muss ich beim TÜV was beachten?", () =>
    expect(flaggedBy("Kennzeichen OHV heißt Oberhavel, ist halt ein Gebrauchter von dort. muss ich beim TÜV was beachten?")).toBe(false));
  it("Liefern Sie auch nach Österreich oder nur innerhalb Deutschlands?", () => expect(flaggedBy("Liefern Sie auch nach Österreich oder nur innerhalb Deutschlands?")).toBe(false));
  // flagged as FULL_NAME
  it.fails("Die Werkstatt, die ich gebucht hab, ist im Gewerbegebiet Nord, oder? Termin Dienstag 8 Uhr passt", () =>
    expect(flaggedBy("Die Werkstatt, die ich gebucht hab, ist im Gewerbegebiet Nord, oder? Termin Dienstag 8 Uhr passt")).toBe(false),
  );
  it("Bei Kilometer 112 auf der A1 is ma der Keilriemen grissn, bin mit'm ÖAMTC heimgfahrn", () =>
    expect(flaggedBy("Bei Kilometer 112 auf der A1 is ma der Keilriemen grissn, bin mit'm ÖAMTC heimgfahrn")).toBe(false));
  it("Tornando dalla campagna si è accesa la spia dell'olio, ho fatto 20 km così, è grave?", () =>
    expect(flaggedBy("Tornando dalla campagna si è accesa la spia dell'olio, ho fatto 20 km così, è grave?")).toBe(false));
  it("Le strade bianche in Toscana mi hanno distrutto le sospensioni, cosa mi consiglia?", () =>
    expect(flaggedBy("Le strade bianche in Toscana mi hanno distrutto le sospensioni, cosa mi consiglia?")).toBe(false));
  it("Spedite i ricambi anche in Sardegna o solo in continente?", () => expect(flaggedBy("Spedite i ricambi anche in Sardegna o solo in continente?")).toBe(false));
  it("Sulla SS 131 al km 152 ho bucato e ho messo il ruotino, ora devo cambiare la gomma", () =>
    expect(flaggedBy("Sulla SS 131 al km 152 ho bucato e ho messo il ruotino, ora devo cambiare la gomma")).toBe(false));
  it("Il lotto di produzione delle pastiglie è diverso ma il codice è uguale. vanno bene lo stesso?", () =>
    expect(flaggedBy("Il lotto di produzione delle pastiglie è diverso ma il codice è uguale. vanno bene lo stesso?")).toBe(false));
  it("Vorige week op een vakantiepark in Drenthe ging de koppeling kapot, daar is het provisorisch gemaakt", () =>
    expect(flaggedBy("Vorige week op een vakantiepark in Drenthe ging de koppeling kapot, daar is het provisorisch gemaakt")).toBe(false));
  it("De buitenwegen bij ons zijn één en al gaten, mijn banden hebben het zwaar", () => expect(flaggedBy("De buitenwegen bij ons zijn één en al gaten, mijn banden hebben het zwaar")).toBe(false));
  it("Leveren jullie ook in België of alleen in Nederland?", () => expect(flaggedBy("Leveren jullie ook in België of alleen in Nederland?")).toBe(false));
  it("Am venit de la țară pe drum de pământ și acum se aude un zgomot la roata din față", () =>
    expect(flaggedBy("Am venit de la țară pe drum de pământ și acum se aude un zgomot la roata din față")).toBe(false));
  it("Numărul e de BH dar locuiesc în Cluj, pot face ITP aici?", () => expect(flaggedBy("Numărul e de BH dar locuiesc în Cluj, pot face ITP aici?")).toBe(false));
  it("A tanyára vezető földút tönkretette a lengéscsillapítót, mennyi lenne a csere?", () =>
    expect(flaggedBy("A tanyára vezető földút tönkretette a lengéscsillapítót, mennyi lenne a csere?")).toBe(false));
  it("Balatonról hazafelé jövet kigyulladt a motorhiba lámpa, azóta rángat", () => expect(flaggedBy("Balatonról hazafelé jövet kigyulladt a motorhiba lámpa, azóta rángat")).toBe(false));
  it("Hôm qua em về quê ở Củ Chi, đường đất nhiều ổ gà, giờ xe kêu lọc cọc dưới gầm", () =>
    expect(flaggedBy("Hôm qua em về quê ở Củ Chi, đường đất nhiều ổ gà, giờ xe kêu lọc cọc dưới gầm")).toBe(false));
  it("Biển số 51 là của TP.HCM, em mua lại xe ở Long An có cần sang tên không ạ?", () => expect(flaggedBy("Biển số 51 là của TP.HCM, em mua lại xe ở Long An có cần sang tên không ạ?")).toBe(false));
  it("رجعت من المزرعة امس وطريق الخرج كله مطبات، الحين فيه صوت من الميزانية", () => expect(flaggedBy("رجعت من المزرعة امس وطريق الخرج كله مطبات، الحين فيه صوت من الميزانية")).toBe(false));
  it("ta3bt men el tari2 el zera3i, el 3arabeya betetra3esh 3and 80", () => expect(flaggedBy("ta3bt men el tari2 el zera3i, el 3arabeya betetra3esh 3and 80")).toBe(false));
  it("Did 300km of corrugated dirt out past Roy Hill last month and the shocks are cooked. what do you reckon?", () =>
    expect(flaggedBy("Did 300km of corrugated dirt out past Roy Hill last month and the shocks are cooked. what do you reckon?")).toBe(false));
  it("Grid roads out here eat windshields. anyone do chip repair through the app?", () => expect(flaggedBy("Grid roads out here eat windshields. anyone do chip repair through the app?")).toBe(false));
  it("We were on a caravan site near Hemsby over half term and the tow bar electrics stopped working", () =>
    expect(flaggedBy("We were on a caravan site near Hemsby over half term and the tow bar electrics stopped working")).toBe(false));
  it("The estate's boot won't latch since I took it down the farm track, think the catch is full of mud", () =>
    expect(flaggedBy("The estate's boot won't latch since I took it down the farm track, think the catch is full of mud")).toBe(false));
  it("My old man's got a property out near Gympie, reckon I can borrow his ute while mine's in with you", () =>
    expect(flaggedBy("My old man's got a property out near Gympie, reckon I can borrow his ute while mine's in with you")).toBe(false));
  it("Is there a concession rate for seniors on the diagnostic fee?", () => expect(flaggedBy("Is there a concession rate for seniors on the diagnostic fee?")).toBe(false));
  it("Hit a roo at dusk on the way back from the station, radiator's leaking and the bullbar's bent", () =>
    expect(flaggedBy("Hit a roo at dusk on the way back from the station, radiator's leaking and the bullbar's bent")).toBe(false));
  it("Our PO number for the fleet job is PO-4521, please put it on the invoice in the app", () =>
    expect(flaggedBy("Our PO number for the fleet job is PO-4521, please put it on the invoice in the app")).toBe(false));
  it("Post office was closed so I couldn't collect the rego papers, can I still bring it Tuesday?", () =>
    expect(flaggedBy("Post office was closed so I couldn't collect the rego papers, can I still bring it Tuesday?")).toBe(false));
  it("Please don't share your village address here, just fill it in the app's doorstep service form", () =>
    expect(flaggedBy("Please don't share your village address here, just fill it in the app's doorstep service form")).toBe(false));
  it("No me mande su dirección por aquí por favor, la app me la da cuando se confirma el servicio a domicilio", () =>
    expect(flaggedBy("No me mande su dirección por aquí por favor, la app me la da cuando se confirma el servicio a domicilio")).toBe(false));
  it("The road out to our place is all potholes, I've been through two tyres this year already", () =>
    expect(flaggedBy("The road out to our place is all potholes, I've been through two tyres this year already")).toBe(false));
  it("Mi dirección ya está en la reserva de la app, venga el jueves como quedamos", () => expect(flaggedBy("Mi dirección ya está en la reserva de la app, venga el jueves como quedamos")).toBe(false));
  it("Lote de óleo chegou certinho, obrigado. sábado 8h na oficina como marcado no app", () =>
    expect(flaggedBy("Lote de óleo chegou certinho, obrigado. sábado 8h na oficina como marcado no app")).toBe(false));
  // clean since round 43's refit
  it("Ada 114 sayfalık servis kitabı var, hangi bakım aralığı geçerli bilmiyorum", () => expect(flaggedBy("Ada 114 sayfalık servis kitabı var, hangi bakım aralığı geçerli bilmiyorum")).toBe(false));
});

describe("round 31 review 7: attacks", () => {
  it("bhai seedha ghar aa jao, gaon Rampur Khurd, tehsil Sikandrabad, zila Bulandshahr, pradhan ji ke ghar ke saamne wala makaan. app ka charge mat lagao, cash de dunga", () =>
    expect(
      caughtBy("bhai seedha ghar aa jao, gaon Rampur Khurd, tehsil Sikandrabad, zila Bulandshahr, pradhan ji ke ghar ke saamne wala makaan. app ka charge mat lagao, cash de dunga", [
        "Rampur Khurd",
        "tehsil Sikandrabad",
        "zila Bulandshahr",
        "pradhan ji ke ghar ke saamne",
      ]),
    ).toBe(true));
  it("Sir please come to my farm directly, Survey No. 142/3, Village Kharadi Budruk, Taluka Haveli, near the Hanuman temple. I will pay cash, no need to book in app.", () =>
    expect(
      caughtBy("Sir please come to my farm directly, Survey No. 142/3, Village Kharadi Budruk, Taluka Haveli, near the Hanuman temple. I will pay cash, no need to book in app.", [
        "Survey No. 142/3",
        "Village Kharadi Budruk",
        "Taluka Haveli",
        "near the Hanuman temple",
      ]),
    ).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("Ustad ji Chak No. 47/GB, Tehsil Jaranwala aa jayen, dera Malik Aslam ka puch lena kisi se bhi. tractor aur pickup dono wahin khare hain, paisay hath mein", () =>
    expect(
      caughtBy("Ustad ji Chak No. 47/GB, Tehsil Jaranwala aa jayen, dera Malik Aslam ka puch lena kisi se bhi. tractor aur pickup dono wahin khare hain, paisay hath mein", [
        "Chak No. 47/GB",
        "Tehsil Jaranwala",
        "dera Malik Aslam",
      ]),
    ).toBe(true),
  );
  it("mera pata likh lo: Basti Jhangran, Mauza Kotla Rehm Shah, Tehsil Kot Addu. app se bahar kar lete hain, aap subah 9 baje aa jayen", () =>
    expect(
      caughtBy("mera pata likh lo: Basti Jhangran, Mauza Kotla Rehm Shah, Tehsil Kot Addu. app se bahar kar lete hain, aap subah 9 baje aa jayen", [
        "Basti Jhangran",
        "Mauza Kotla Rehm Shah",
        "Tehsil Kot Addu",
      ]),
    ).toBe(true));
  it("Sir dito nalang kayo pumunta sa bahay, Purok 4, Brgy. San Isidro, Sta. Rosa, Nueva Ecija. tapat ng basketball court. cash nalang bayad para di na dumaan sa app", () =>
    expect(
      caughtBy("Sir dito nalang kayo pumunta sa bahay, Purok 4, Brgy. San Isidro, Sta. Rosa, Nueva Ecija. tapat ng basketball court. cash nalang bayad para di na dumaan sa app", [
        "Purok 4",
        "Brgy. San Isidro",
        "Sta. Rosa, Nueva Ecija",
        "tapat ng basketball court",
      ]),
    ).toBe(true));
  // caught since round 43's refit
  it("Sitio Malinis, Barangay Lawa, Calamba Laguna po kami. yung bahay na may asul na gate katabi ng sari-sari store ni Aling Nena. punta ka nalang bukas ng umaga, usap tayo dun", () =>
    expect(
      caughtBy("Sitio Malinis, Barangay Lawa, Calamba Laguna po kami. yung bahay na may asul na gate katabi ng sari-sari store ni Aling Nena. punta ka nalang bukas ng umaga, usap tayo dun", [
        "Sitio Malinis",
        "Barangay Lawa, Calamba",
        "asul na gate",
        "sari-sari store ni Aling Nena",
      ]),
    ).toBe(true));
  it("Boss just come to Blk 12 Lot 7 Phase 2, Villa Verde Subd., Brgy. Malagasang, Imus Cavite. I'll pay you direct, skip the booking fee", () =>
    expect(
      caughtBy("Boss just come to Blk 12 Lot 7 Phase 2, Villa Verde Subd., Brgy. Malagasang, Imus Cavite. I'll pay you direct, skip the booking fee", [
        "Blk 12 Lot 7 Phase 2",
        "Villa Verde Subd.",
        "Brgy. Malagasang, Imus Cavite",
      ]),
    ).toBe(true));
  it("Mas langsung aja ke rumah, Dusun Krajan RT 03/RW 05, Desa Sumberejo, Kec. Pakis, Kab. Malang. bayar tunai aja gak usah lewat aplikasi", () =>
    expect(
      caughtBy("Mas langsung aja ke rumah, Dusun Krajan RT 03/RW 05, Desa Sumberejo, Kec. Pakis, Kab. Malang. bayar tunai aja gak usah lewat aplikasi", [
        "Dusun Krajan RT 03/RW 05",
        "Desa Sumberejo",
        "Kec. Pakis",
        "Kab. Malang",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("pak alamat saya Kp. Cibeureum RT 002 RW 011, Gg. Melati No. 14, Cimahi Selatan. masuk gang sebelah masjid Al-Ikhlas. dateng jam 4 sore ya, ongkos langsung ke bapak aja", () =>
    expect(
      caughtBy("pak alamat saya Kp. Cibeureum RT 002 RW 011, Gg. Melati No. 14, Cimahi Selatan. masuk gang sebelah masjid Al-Ikhlas. dateng jam 4 sore ya, ongkos langsung ke bapak aja", [
        "Kp. Cibeureum RT 002 RW 011",
        "Gg. Melati No. 14",
        "masjid Al-Ikhlas",
      ]),
    ).toBe(true),
  );
  it("Bang datang terus ke rumah je, Lot 2241, Kampung Parit Haji Ali, Mukim Simpang Kiri, 83000 Batu Pahat. rumah papan sebelah surau. bayar cash ok", () =>
    expect(
      caughtBy("Bang datang terus ke rumah je, Lot 2241, Kampung Parit Haji Ali, Mukim Simpang Kiri, 83000 Batu Pahat. rumah papan sebelah surau. bayar cash ok", [
        "Lot 2241",
        "Kampung Parit Haji Ali",
        "Mukim Simpang Kiri",
        "rumah papan sebelah surau",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Kami kat Felda Jengka 8, Blok C rumah no 112, Maran Pahang. kereta ada bawah pokok rambutan. abang datang la petang nanti, tak payah guna app", () =>
    expect(
      caughtBy("Kami kat Felda Jengka 8, Blok C rumah no 112, Maran Pahang. kereta ada bawah pokok rambutan. abang datang la petang nanti, tak payah guna app", [
        "Felda Jengka 8",
        "Blok C rumah no 112",
      ]),
    ).toBe(true),
  );
  it("Mejor venga directo al rancho, km 23 carretera federal 15 Guadalajara-Tepic, se desvía a la derecha después de la gasolinera Pemex, rancho El Mezquite. le pago en efectivo", () =>
    expect(
      caughtBy("Mejor venga directo al rancho, km 23 carretera federal 15 Guadalajara-Tepic, se desvía a la derecha después de la gasolinera Pemex, rancho El Mezquite. le pago en efectivo", [
        "km 23 carretera federal 15",
        "después de la gasolinera Pemex",
        "rancho El Mezquite",
      ]),
    ).toBe(true));
  it("Estoy en la vereda La Esperanza, finca Los Naranjos, Fusagasugá, subiendo por la vía a Arbeláez en el km 8. venga el sábado y arreglamos sin la app", () =>
    expect(
      caughtBy("Estoy en la vereda La Esperanza, finca Los Naranjos, Fusagasugá, subiendo por la vía a Arbeláez en el km 8. venga el sábado y arreglamos sin la app", [
        "vereda La Esperanza",
        "finca Los Naranjos",
        "vía a Arbeláez en el km 8",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Che vení directamente al campo: Ruta Provincial 41 km 112, tranquera verde, estancia La Paloma, partido de Lobos. Te pago en mano y nos ahorramos la comisión", () =>
    expect(
      caughtBy("Che vení directamente al campo: Ruta Provincial 41 km 112, tranquera verde, estancia La Paloma, partido de Lobos. Te pago en mano y nos ahorramos la comisión", [
        "Ruta Provincial 41 km 112",
        "tranquera verde",
        "estancia La Paloma",
      ]),
    ).toBe(true),
  );
  it("Parcela 14 lote B, sector Los Aromos, camino a Lampa km 6. ahí está la camioneta, venga mañana temprano y le pago directo a usted", () =>
    expect(
      caughtBy("Parcela 14 lote B, sector Los Aromos, camino a Lampa km 6. ahí está la camioneta, venga mañana temprano y le pago directo a usted", [
        "Parcela 14 lote B",
        "sector Los Aromos",
        "camino a Lampa km 6",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("maestro venga nomás, Asoc. de vivienda Los Jardines Mz. F Lt. 12, Carabayllo. le pago al contado fuera de la app", () =>
    expect(caughtBy("maestro venga nomás, Asoc. de vivienda Los Jardines Mz. F Lt. 12, Carabayllo. le pago al contado fuera de la app", ["Asoc. de vivienda Los Jardines", "Mz. F Lt. 12"])).toBe(true),
  );
  it("de la plaza de deportes de San Juan de Poás 200 metros al norte y 50 al este, casa amarilla con portón negro. venga el lunes y lo arreglamos aparte", () =>
    expect(
      caughtBy("de la plaza de deportes de San Juan de Poás 200 metros al norte y 50 al este, casa amarilla con portón negro. venga el lunes y lo arreglamos aparte", [
        "plaza de deportes de San Juan de Poás",
        "200 metros al norte y 50 al este",
        "casa amarilla con portón negro",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Pode vir direto no sítio, Estrada Municipal 120 km 4, Bairro Rural dos Pires, Limeira. porteira azul depois do pesqueiro. acerto no pix por fora", () =>
    expect(
      caughtBy("Pode vir direto no sítio, Estrada Municipal 120 km 4, Bairro Rural dos Pires, Limeira. porteira azul depois do pesqueiro. acerto no pix por fora", [
        "Estrada Municipal 120 km 4",
        "Bairro Rural dos Pires",
        "porteira azul depois do pesqueiro",
      ]),
    ).toBe(true),
  );
  // flagged as FULL_NAME, OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Fazenda Boa Vista, Linha 15 lote 32, gleba 4, Ji-Paraná. entra na estrada de chão na placa da cooperativa. vem sábado que pago em dinheiro", () =>
    expect(
      caughtBy("Fazenda Boa Vista, Linha 15 lote 32, gleba 4, Ji-Paraná. entra na estrada de chão na placa da cooperativa. vem sábado que pago em dinheiro", [
        "Fazenda Boa Vista",
        "Linha 15 lote 32",
        "gleba 4",
        "placa da cooperativa",
      ]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Chácara 22, Quadra 3, Condomínio Recanto das Águas, zona rural de Sobradinho. o carro tá lá, pode vir sem marcar no app que a gente acerta", () =>
    expect(
      caughtBy("Chácara 22, Quadra 3, Condomínio Recanto das Águas, zona rural de Sobradinho. o carro tá lá, pode vir sem marcar no app que a gente acerta", [
        "Chácara 22, Quadra 3",
        "Condomínio Recanto das Águas",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Venha cá a casa, Lugar de Cimo de Vila nº 27, freguesia de Ancede, Baião. É a casa de pedra ao lado da capela. Pago-lhe em mão, escusamos a aplicação.", () =>
    expect(
      caughtBy("Venha cá a casa, Lugar de Cimo de Vila nº 27, freguesia de Ancede, Baião. É a casa de pedra ao lado da capela. Pago-lhe em mão, escusamos a aplicação.", [
        "Lugar de Cimo de Vila nº 27",
        "freguesia de Ancede",
        "casa de pedra ao lado da capela",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Je suis au village de Koubri, secteur 3, après le barrage prenez la piste à gauche, concession de la famille Ouédraogo. Venez demain, je paie cash", () =>
    expect(
      caughtBy("Je suis au village de Koubri, secteur 3, après le barrage prenez la piste à gauche, concession de la famille Ouédraogo. Venez demain, je paie cash", [
        "village de Koubri, secteur 3",
        "après le barrage prenez la piste à gauche",
        "concession de la famille Ouédraogo",
      ]),
    ).toBe(true),
  );
  it("Mon garage c'est chez moi, quartier Mvog-Ada, entrée de la chefferie, après le carrefour Tam-Tam. amenez la voiture là-bas, on fait le travail sans passer par l'appli, c'est moins cher", () =>
    expect(
      caughtBy(
        "Mon garage c'est chez moi, quartier Mvog-Ada, entrée de la chefferie, après le carrefour Tam-Tam. amenez la voiture là-bas, on fait le travail sans passer par l'appli, c'est moins cher",
        ["quartier Mvog-Ada", "entrée de la chefferie", "après le carrefour Tam-Tam"],
      ),
    ).toBe(true));
  it("Oga just come to my house, No 5 Ogbonna Close off Ezeoke Street, Umuahia Ibeku, ask for Mama Chika compound. I go pay you cash, no need for app", () =>
    expect(
      caughtBy("Oga just come to my house, No 5 Ogbonna Close off Ezeoke Street, Umuahia Ibeku, ask for Mama Chika compound. I go pay you cash, no need for app", [
        "No 5 Ogbonna Close off Ezeoke Street",
        "Umuahia Ibeku",
        "Mama Chika compound",
      ]),
    ).toBe(true));
  it("My farm is at Kilometre 14 Lagos-Ibadan expressway, turn at Mowe into Ofada road, after RCCG camp gate, Alhaji Bello poultry farm. come Saturday make we settle am ourselves", () =>
    expect(
      caughtBy("My farm is at Kilometre 14 Lagos-Ibadan expressway, turn at Mowe into Ofada road, after RCCG camp gate, Alhaji Bello poultry farm. come Saturday make we settle am ourselves", [
        "Kilometre 14 Lagos-Ibadan expressway",
        "Ofada road, after RCCG camp gate",
        "Alhaji Bello poultry farm",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Come to Kasoa, Akweley Estate, my GhanaPost address is CX-0912-3345. near the blue poly tank. we go do am cash, forget the app", () =>
    expect(
      caughtBy("Come to Kasoa, Akweley Estate, my GhanaPost address is CX-0912-3345. near the blue poly tank. we go do am cash, forget the app", [
        "Akweley Estate",
        "CX-0912-3345",
        "near the blue poly tank",
      ]),
    ).toBe(true),
  );
  // round 41's second refit: flags the deal but no longer masks the address
  it.fails("Come to Stand 2145, Ext 6, Mamelodi East, next to the Zion church tent. my bakkie is in the yard. cash is fine, dont book on the app", () =>
    expect(
      caughtBy("Come to Stand 2145, Ext 6, Mamelodi East, next to the Zion church tent. my bakkie is in the yard. cash is fine, dont book on the app", [
        "Stand 2145, Ext 6, Mamelodi East",
        "next to the Zion church tent",
      ]),
    ).toBe(true),
  );
  it("Plot 67 Kameeldrift East, off the R513, gravel road past the farm stall with the red roof. come tomorrow bru, I'll pay you straight", () =>
    expect(
      caughtBy("Plot 67 Kameeldrift East, off the R513, gravel road past the farm stall with the red roof. come tomorrow bru, I'll pay you straight", [
        "Plot 67 Kameeldrift East",
        "off the R513",
        "past the farm stall with the red roof",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Kom sommer plaas toe, Plaas Rietfontein 312 JR, afdraai by die silo's op die R34, dan 6 km grondpad. Ek betaal kontant, nie deur die app nie", () =>
    expect(
      caughtBy("Kom sommer plaas toe, Plaas Rietfontein 312 JR, afdraai by die silo's op die R34, dan 6 km grondpad. Ek betaal kontant, nie deur die app nie", [
        "Plaas Rietfontein 312 JR",
        "afdraai by die silo's op die R34",
        "6 km grondpad",
      ]),
    ).toBe(true),
  );
  it("Stand number 4521 Zengeza 3, Chitungwiza, opposite the bottle store on Seke Road. come direct ndokupa cash", () =>
    expect(
      caughtBy("Stand number 4521 Zengeza 3, Chitungwiza, opposite the bottle store on Seke Road. come direct ndokupa cash", ["Stand number 4521 Zengeza 3", "opposite the bottle store on Seke Road"]),
    ).toBe(true));
  // caught since round 41's second refit
  it("Njoo tu nyumbani, Ruiru Kimbo, nyuma ya Kimbo shopping centre, plot 88, nyumba ya mabati ya kijani. nitakulipa cash bila app", () =>
    expect(
      caughtBy("Njoo tu nyumbani, Ruiru Kimbo, nyuma ya Kimbo shopping centre, plot 88, nyumba ya mabati ya kijani. nitakulipa cash bila app", [
        "Ruiru Kimbo",
        "nyuma ya Kimbo shopping centre",
        "plot 88",
        "nyumba ya mabati ya kijani",
      ]),
    ).toBe(true));
  it("Usta direkt köye gelin, Karaağaç köyü Çamlık mevkii, Merkez Camii'nin arkasındaki iki katlı ev, Kemalpaşa. parayı elden veririm uygulamaya gerek yok", () =>
    expect(
      caughtBy("Usta direkt köye gelin, Karaağaç köyü Çamlık mevkii, Merkez Camii'nin arkasındaki iki katlı ev, Kemalpaşa. parayı elden veririm uygulamaya gerek yok", [
        "Karaağaç köyü Çamlık mevkii",
        "Merkez Camii'nin arkasındaki iki katlı ev",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Arabayı benim bağ evine getirin, orada yaparım: Yeşilköy mah. Ada 114 Parsel 22, Bayramiç yolunun 12. km'sinden sağa sapın. uygulamaya komisyon vermeyelim", () =>
    expect(
      caughtBy("Arabayı benim bağ evine getirin, orada yaparım: Yeşilköy mah. Ada 114 Parsel 22, Bayramiç yolunun 12. km'sinden sağa sapın. uygulamaya komisyon vermeyelim", [
        "Yeşilköy mah. Ada 114 Parsel 22",
        "Bayramiç yolunun 12. km'sinden sağa sapın",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Yazlıktayım, Güzelçamlı Mavi Deniz Sitesi C-14, Kuşadası. araba sitenin otoparkında, gelin elden hallederiz", () =>
    expect(caughtBy("Yazlıktayım, Güzelçamlı Mavi Deniz Sitesi C-14, Kuşadası. araba sitenin otoparkında, gelin elden hallederiz", ["Güzelçamlı Mavi Deniz Sitesi C-14"])).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Niech pan przyjedzie prosto do mnie, Zalesie Górne 14A, gmina Piaseczno, za remizą OSP w prawo w polną drogę. Zapłacę gotówką, bez aplikacji", () =>
    expect(
      caughtBy("Niech pan przyjedzie prosto do mnie, Zalesie Górne 14A, gmina Piaseczno, za remizą OSP w prawo w polną drogę. Zapłacę gotówką, bez aplikacji", [
        "Zalesie Górne 14A",
        "za remizą OSP w prawo w polną drogę",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("działka nr 233/5, obręb Wola Mała, gm. Łańcut, domek letniskowy przy stawie. auto stoi pod wiatą, proszę przyjechać w sobotę, rozliczymy się na miejscu", () =>
    expect(
      caughtBy("działka nr 233/5, obręb Wola Mała, gm. Łańcut, domek letniskowy przy stawie. auto stoi pod wiatą, proszę przyjechać w sobotę, rozliczymy się na miejscu", [
        "działka nr 233/5",
        "obręb Wola Mała",
        "domek letniskowy przy stawie",
      ]),
    ).toBe(true),
  );
  it("Kommen Sie einfach direkt zum Hof: Aussiedlerhof Lindenhof an der K 4125 zwischen Weiler und Oberhausen, Feldweg nach dem Bildstock. Bar auf die Hand, ohne App", () =>
    expect(
      caughtBy("Kommen Sie einfach direkt zum Hof: Aussiedlerhof Lindenhof an der K 4125 zwischen Weiler und Oberhausen, Feldweg nach dem Bildstock. Bar auf die Hand, ohne App", [
        "Aussiedlerhof Lindenhof",
        "K 4125 zwischen Weiler und Oberhausen",
        "Feldweg nach dem Bildstock",
      ]),
    ).toBe(true));
  it("Wohnwagen steht auf dem Campingplatz Seeblick, Stellplatz 47, Parzelle B, Am Seeufer 3 in Rechlin. kommen Sie Samstag vorbei, regeln wir privat", () =>
    expect(
      caughtBy("Wohnwagen steht auf dem Campingplatz Seeblick, Stellplatz 47, Parzelle B, Am Seeufer 3 in Rechlin. kommen Sie Samstag vorbei, regeln wir privat", [
        "Campingplatz Seeblick",
        "Stellplatz 47, Parzelle B",
        "Am Seeufer 3 in Rechlin",
      ]),
    ).toBe(true));
  it("Bin am Hof, Oberndorf 23, Gemeinde St. Georgen im Attergau, Einfahrt beim Marterl. Kommen'S morgen vorbei, i zahl bar, de App brauch ma ned", () =>
    expect(
      caughtBy("Bin am Hof, Oberndorf 23, Gemeinde St. Georgen im Attergau, Einfahrt beim Marterl. Kommen'S morgen vorbei, i zahl bar, de App brauch ma ned", [
        "Oberndorf 23",
        "St. Georgen im Attergau",
        "Einfahrt beim Marterl",
      ]),
    ).toBe(true));
  it("Venga direttamente in campagna, contrada Piano dei Limoni, podere 12, SP 24 km 7,300 verso Noto. cancello verde dopo il frantoio. pago in contanti", () =>
    expect(
      caughtBy("Venga direttamente in campagna, contrada Piano dei Limoni, podere 12, SP 24 km 7,300 verso Noto. cancello verde dopo il frantoio. pago in contanti", [
        "contrada Piano dei Limoni, podere 12",
        "SP 24 km 7,300",
        "cancello verde dopo il frantoio",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Frazione Case Nuove 8, località Poggio, Castelfranco Piandiscò. il casale con il fienile rosso. venga sabato e ci mettiamo d'accordo fuori app", () =>
    expect(
      caughtBy("Frazione Case Nuove 8, località Poggio, Castelfranco Piandiscò. il casale con il fienile rosso. venga sabato e ci mettiamo d'accordo fuori app", [
        "Frazione Case Nuove 8",
        "località Poggio",
        "casale con il fienile rosso",
      ]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Venga al cortijo, Cortijo Los Almendros, paraje de la Umbría s/n, A-348 km 42, término de Órgiva. Le pago en mano y nos olvidamos de la app", () =>
    expect(
      caughtBy("Venga al cortijo, Cortijo Los Almendros, paraje de la Umbría s/n, A-348 km 42, término de Órgiva. Le pago en mano y nos olvidamos de la app", [
        "Cortijo Los Almendros",
        "paraje de la Umbría s/n",
        "A-348 km 42",
      ]),
    ).toBe(true),
  );
  it("Passez direct à la ferme, lieu-dit Les Granges, 12 chemin des Vignes, Issigeac. la grange avec le tracteur rouge devant. je vous paye en liquide", () =>
    expect(
      caughtBy("Passez direct à la ferme, lieu-dit Les Granges, 12 chemin des Vignes, Issigeac. la grange avec le tracteur rouge devant. je vous paye en liquide", [
        "lieu-dit Les Granges",
        "12 chemin des Vignes",
        "la grange avec le tracteur rouge devant",
      ]),
    ).toBe(true));
  it("Je suis au camping Les Pins à Biscarrosse, emplacement 112 allée C. passez ce soir, on règle en espèces sans passer par la plateforme", () =>
    expect(
      caughtBy("Je suis au camping Les Pins à Biscarrosse, emplacement 112 allée C. passez ce soir, on règle en espèces sans passer par la plateforme", [
        "camping Les Pins à Biscarrosse",
        "emplacement 112 allée C",
      ]),
    ).toBe(true));
  it("Kom maar gewoon naar het erf, Buitenweg 12a, buurtschap Eext-Oost. Achter de melkveestal staat de auto. Contant betalen, niet via de app", () =>
    expect(
      caughtBy("Kom maar gewoon naar het erf, Buitenweg 12a, buurtschap Eext-Oost. Achter de melkveestal staat de auto. Contant betalen, niet via de app", [
        "Buitenweg 12a",
        "buurtschap Eext-Oost",
        "Achter de melkveestal",
      ]),
    ).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("We staan op vakantiepark De Wildhoeve, chalet 214 aan de Hertenlaan, Emst. kom morgen langs, betalen we gewoon buiten de app om", () =>
    expect(
      caughtBy("We staan op vakantiepark De Wildhoeve, chalet 214 aan de Hertenlaan, Emst. kom morgen langs, betalen we gewoon buiten de app om", ["vakantiepark De Wildhoeve", "chalet 214"]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Veniți direct acasă, satul Vadu Crișului nr. 317, comuna Vadu Crișului, jud. Bihor, lângă căminul cultural. vă plătesc cash, fără aplicație", () =>
    expect(
      caughtBy("Veniți direct acasă, satul Vadu Crișului nr. 317, comuna Vadu Crișului, jud. Bihor, lângă căminul cultural. vă plătesc cash, fără aplicație", [
        "satul Vadu Crișului nr. 317",
        "lângă căminul cultural",
      ]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Jöjjön ki a tanyára, Kiskunfélegyháza, Külső-Galambos tanya 412, a keresztnél jobbra a földúton. készpénzben fizetek, app nélkül", () =>
    expect(
      caughtBy("Jöjjön ki a tanyára, Kiskunfélegyháza, Külső-Galambos tanya 412, a keresztnél jobbra a földúton. készpénzben fizetek, app nélkül", [
        "Külső-Galambos tanya 412",
        "a keresztnél jobbra a földúton",
      ]),
    ).toBe(true),
  );
  it("Anh qua thẳng nhà em nhé, ấp 3 xã Tân Thạnh Đông, Củ Chi, đầu hẻm có tiệm tạp hóa Bà Sáu. em trả tiền mặt, khỏi qua app", () =>
    expect(caughtBy("Anh qua thẳng nhà em nhé, ấp 3 xã Tân Thạnh Đông, Củ Chi, đầu hẻm có tiệm tạp hóa Bà Sáu. em trả tiền mặt, khỏi qua app", ["ấp 3 xã Tân Thạnh Đông", "tiệm tạp hóa Bà Sáu"])).toBe(
      true,
    ));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("تعال على المزرعة مباشرة، طريق الخرج كيلو 35، بعد محطة الدريس لف يمين، مزرعة أبو فهد. الدفع كاش بدون التطبيق", () =>
    expect(
      caughtBy("تعال على المزرعة مباشرة، طريق الخرج كيلو 35، بعد محطة الدريس لف يمين، مزرعة أبو فهد. الدفع كاش بدون التطبيق", ["طريق الخرج كيلو 35", "بعد محطة الدريس لف يمين", "مزرعة أبو فهد"]),
    ).toBe(true),
  );
  it("ta3ala 3ala el beit 3ala tol, 3ezbet el Sheikh Hassan, markaz Tala, ganb el masged el kebir. hadfa3lak cash mn ghir el app", () =>
    expect(
      caughtBy("ta3ala 3ala el beit 3ala tol, 3ezbet el Sheikh Hassan, markaz Tala, ganb el masged el kebir. hadfa3lak cash mn ghir el app", [
        "3ezbet el Sheikh Hassan",
        "markaz Tala",
        "ganb el masged el kebir",
      ]),
    ).toBe(true));
  it("Just come out to the farm, NW-14-32-5-W3, RR 2 Rosthern. gravel road north of the grain elevator, white quonset. cash works, no need to go thru the app", () =>
    expect(
      caughtBy("Just come out to the farm, NW-14-32-5-W3, RR 2 Rosthern. gravel road north of the grain elevator, white quonset. cash works, no need to go thru the app", [
        "NW-14-32-5-W3",
        "RR 2 Rosthern",
        "north of the grain elevator, white quonset",
      ]),
    ).toBe(true));
  it("Venez au chalet direct, 4580 rang Saint-Joseph, Saint-Félix-de-Valois, la maison après la cabane à sucre. J'vous paye cash pas besoin de l'app", () =>
    expect(
      caughtBy("Venez au chalet direct, 4580 rang Saint-Joseph, Saint-Félix-de-Valois, la maison après la cabane à sucre. J'vous paye cash pas besoin de l'app", [
        "4580 rang Saint-Joseph",
        "Saint-Félix-de-Valois",
        "après la cabane à sucre",
      ]),
    ).toBe(true));
  it("Mate just come out to the property, Lot 3 Wallaby Creek Rd, RMB 1420 via Gympie. second gate after the cattle grid. I'll fix you up in cash, dont bother with the app", () =>
    expect(
      caughtBy("Mate just come out to the property, Lot 3 Wallaby Creek Rd, RMB 1420 via Gympie. second gate after the cattle grid. I'll fix you up in cash, dont bother with the app", [
        "Lot 3 Wallaby Creek Rd",
        "RMB 1420",
        "second gate after the cattle grid",
      ]),
    ).toBe(true));
  // caught since round 34 (landmark-routes.ts: a told way opens a sentence after another one)
  it("We're at the caravan park, Big4 Bowen Beachfront, site 23. come round this arvo and we'll sort it out between us", () =>
    expect(caughtBy("We're at the caravan park, Big4 Bowen Beachfront, site 23. come round this arvo and we'll sort it out between us", ["Big4 Bowen Beachfront", "site 23"])).toBe(true));
  it("Come straight to the yard mate, Brook Farm, Lower Tadmarton, OX15 5TA, lane opposite the church, last barn on the left. cash on the day, no app", () =>
    expect(
      caughtBy("Come straight to the yard mate, Brook Farm, Lower Tadmarton, OX15 5TA, lane opposite the church, last barn on the left. cash on the day, no app", [
        "Brook Farm, Lower Tadmarton",
        "OX15 5TA",
        "lane opposite the church, last barn on the left",
      ]),
    ).toBe(true));
  it("Send the injector direct to me, not thru app: PO Box 214, Kothamangalam PO, Ernakulam dist 686691. I will GPay you the amount", () =>
    expect(
      caughtBy("Send the injector direct to me, not thru app: PO Box 214, Kothamangalam PO, Ernakulam dist 686691. I will GPay you the amount", ["PO Box 214", "Kothamangalam PO", "686691"]),
    ).toBe(true));
  it("My address is Private Bag 00123, Maun, or just come to Boseja ward, plot 1142 near the kgotla. I'll pay you direct", () =>
    expect(
      caughtBy("My address is Private Bag 00123, Maun, or just come to Boseja ward, plot 1142 near the kgotla. I'll pay you direct", [
        "Private Bag 00123, Maun",
        "Boseja ward, plot 1142",
        "near the kgotla",
      ]),
    ).toBe(true));
  it("P.O. Box 1523-20100 Nakuru ndio address yangu, tuma spare moja kwa moja nitakulipa mpesa, usipitie app", () =>
    expect(caughtBy("P.O. Box 1523-20100 Nakuru ndio address yangu, tuma spare moja kwa moja nitakulipa mpesa, usipitie app", ["P.O. Box 1523-20100 Nakuru"])).toBe(true));
  // not flagged
  it.fails("Aap mere khet pe aa jao, Khasra No. 456, Mauja Bhatpura, NH-44 pe km 187 ke milestone ke baad kaccha rasta. cash de dunga, app band kar do", () =>
    expect(
      caughtBy("Aap mere khet pe aa jao, Khasra No. 456, Mauja Bhatpura, NH-44 pe km 187 ke milestone ke baad kaccha rasta. cash de dunga, app band kar do", [
        "Khasra No. 456",
        "Mauja Bhatpura",
        "km 187 ke milestone ke baad kaccha rasta",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("gram Bhelwa, post Sugauli, zila Purbi Champaran, pin 845456. mukhiya ji ke dalan ke bagal wala ghar. kal aa jaiye, paisa haath mein denge", () =>
    expect(
      caughtBy("gram Bhelwa, post Sugauli, zila Purbi Champaran, pin 845456. mukhiya ji ke dalan ke bagal wala ghar. kal aa jaiye, paisa haath mein denge", [
        "gram Bhelwa",
        "post Sugauli",
        "pin 845456",
        "mukhiya ji ke dalan ke bagal wala ghar",
      ]),
    ).toBe(true),
  );
  it("Come to our dera direct, Village Kot Fatta, back side of the co-op society near Gurdwara Sahib, Bathinda. We'll settle cash, no app charges", () =>
    expect(
      caughtBy("Come to our dera direct, Village Kot Fatta, back side of the co-op society near Gurdwara Sahib, Bathinda. We'll settle cash, no app charges", [
        "Village Kot Fatta",
        "back side of the co-op society near Gurdwara Sahib",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Goth Allah Bux Jamali, UC Dhoro Naro, taluka Umerkot. vadero ki otaq ke saath wala ghar. ap aa jao, paisay hath mein dunga", () =>
    expect(
      caughtBy("Goth Allah Bux Jamali, UC Dhoro Naro, taluka Umerkot. vadero ki otaq ke saath wala ghar. ap aa jao, paisay hath mein dunga", [
        "Goth Allah Bux Jamali",
        "UC Dhoro Naro",
        "vadero ki otaq ke saath wala ghar",
      ]),
    ).toBe(true),
  );
  it("Sir dire lang mi sa Sitio Lapok, Brgy. Tabunok, Talisay Cebu, sa kilid sa kapilya. adto nalang mo diri, cash nalang ta", () =>
    expect(
      caughtBy("Sir dire lang mi sa Sitio Lapok, Brgy. Tabunok, Talisay Cebu, sa kilid sa kapilya. adto nalang mo diri, cash nalang ta", ["Sitio Lapok", "Brgy. Tabunok", "sa kilid sa kapilya"]),
    ).toBe(true));
  // not flagged
  it.fails("Langsung ke rumah aja bli, Banjar Dinas Kelod, Desa Pejeng, Tampaksiring. gerbang bata merah sebelah pura. bayar cash aja ya", () =>
    expect(
      caughtBy("Langsung ke rumah aja bli, Banjar Dinas Kelod, Desa Pejeng, Tampaksiring. gerbang bata merah sebelah pura. bayar cash aja ya", [
        "Banjar Dinas Kelod",
        "Desa Pejeng",
        "gerbang bata merah sebelah pura",
      ]),
    ).toBe(true),
  );
  // flagged as ADDRESS, but a detail stays visible
  it.fails("Saya di SP 3 Blok C2 jalur 4, Desa Bukit Makmur, Kec. Kaliorang. tanya aja rumah pak Wayan. datang aja pak nanti bayar langsung, gak usah lewat app", () =>
    expect(
      caughtBy("Saya di SP 3 Blok C2 jalur 4, Desa Bukit Makmur, Kec. Kaliorang. tanya aja rumah pak Wayan. datang aja pak nanti bayar langsung, gak usah lewat app", [
        "SP 3 Blok C2 jalur 4",
        "Desa Bukit Makmur",
        "rumah pak Wayan",
      ]),
    ).toBe(true),
  );
  it("Kampung Tambunan Lama, Batu 12 Jalan Ranau, rumah warna pink depan kedai runcit Ah Seng. datang terus esok, kita settle luar app", () =>
    expect(
      caughtBy("Kampung Tambunan Lama, Batu 12 Jalan Ranau, rumah warna pink depan kedai runcit Ah Seng. datang terus esok, kita settle luar app", [
        "Kampung Tambunan Lama",
        "Batu 12 Jalan Ranau",
        "rumah warna pink depan kedai runcit Ah Seng",
      ]),
    ).toBe(true));
  // round 41's second refit: flags the deal but no longer masks the address
  it.fails("Ejido San José de las Palmas, parcela 37, entrando por la brecha junto al pozo. traiga la herramienta y le pago en efectivo sin pasar por la aplicación", () =>
    expect(
      caughtBy("Ejido San José de las Palmas, parcela 37, entrando por la brecha junto al pozo. traiga la herramienta y le pago en efectivo sin pasar por la aplicación", [
        "Ejido San José de las Palmas",
        "parcela 37",
        "brecha junto al pozo",
      ]),
    ).toBe(true),
  );
  it("Aldea El Rosario, caserío Los Pinos, San Juan Sacatepéquez, frente a la iglesia evangélica. venga mañana y le pago aparte", () =>
    expect(
      caughtBy("Aldea El Rosario, caserío Los Pinos, San Juan Sacatepéquez, frente a la iglesia evangélica. venga mañana y le pago aparte", [
        "Aldea El Rosario",
        "caserío Los Pinos",
        "frente a la iglesia evangélica",
      ]),
    ).toBe(true));
  // not flagged
  it.fails("Povoado Lagoa Seca, depois do posto de saúde, segunda casa depois da cisterna, zona rural de Itabaiana. vem direto que pago em mão", () =>
    expect(
      caughtBy("Povoado Lagoa Seca, depois do posto de saúde, segunda casa depois da cisterna, zona rural de Itabaiana. vem direto que pago em mão", [
        "Povoado Lagoa Seca",
        "segunda casa depois da cisterna",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: flags the deal but no longer masks "km 47.5 de la México-Querétaro"
  it.fails("me quedé tirado en el km 47.5 de la México-Querétaro, sentido norte, junto al puente peatonal de Tepeji. venga usted directo y le pago en efectivo, no lo pida por la app", () =>
    expect(
      caughtBy("me quedé tirado en el km 47.5 de la México-Querétaro, sentido norte, junto al puente peatonal de Tepeji. venga usted directo y le pago en efectivo, no lo pida por la app", [
        "km 47.5 de la México-Querétaro",
        "sentido norte",
        "puente peatonal de Tepeji",
      ]),
    ).toBe(true),
  );
  // not flagged
  it.fails("Yayladayım usta, Ayder yaylası Yukarı Kavrun, Hüseyin'in pansiyonunun üstündeki ahşap ev. araba orda, gel elden halledelim", () =>
    expect(
      caughtBy("Yayladayım usta, Ayder yaylası Yukarı Kavrun, Hüseyin'in pansiyonunun üstündeki ahşap ev. araba orda, gel elden halledelim", [
        "Yukarı Kavrun",
        "Hüseyin'in pansiyonunun üstündeki ahşap ev",
      ]),
    ).toBe(true),
  );
  // flagged as ADDRESS, OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Kolonia Borki 7, gm. Radzyń Podlaski, za kapliczką pierwszy dom po lewej. przyjedź pan wieczorem, dogadamy się bez aplikacji", () =>
    expect(
      caughtBy("Kolonia Borki 7, gm. Radzyń Podlaski, za kapliczką pierwszy dom po lewej. przyjedź pan wieczorem, dogadamy się bez aplikacji", [
        "Kolonia Borki 7",
        "za kapliczką pierwszy dom po lewej",
      ]),
    ).toBe(true),
  );
  // round 41's retrained stage: no longer flags it
  it.fails("Sono all'agriturismo Su Barracu, località Sa Serra, SS 131 km 152 uscita Macomer. venga domani col furgone, la pago a parte", () =>
    expect(
      caughtBy("Sono all'agriturismo Su Barracu, località Sa Serra, SS 131 km 152 uscita Macomer. venga domani col furgone, la pago a parte", [
        "agriturismo Su Barracu",
        "località Sa Serra",
        "SS 131 km 152",
      ]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Venha no bairro Zango 2, quarteirão 14, casa 27, Viana. perto da cantina do Zé. pagamento por fora mano", () =>
    expect(caughtBy("Venha no bairro Zango 2, quarteirão 14, casa 27, Viana. perto da cantina do Zé. pagamento por fora mano", ["Zango 2, quarteirão 14, casa 27", "perto da cantina do Zé"])).toBe(
      true,
    ),
  );
  it("We're on Lot 14 Concession 6, Township of Mono, 3rd farm past the sideroad, red barn with the silo. bring the scanner Saturday, I'll pay cash, forget the app", () =>
    expect(
      caughtBy("We're on Lot 14 Concession 6, Township of Mono, 3rd farm past the sideroad, red barn with the silo. bring the scanner Saturday, I'll pay cash, forget the app", [
        "Lot 14 Concession 6",
        "3rd farm past the sideroad, red barn with the silo",
      ]),
    ).toBe(true));
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Truck's out at Mulga Downs station, 60km past the Wittenoom turn-off, homestead's on the left after the windmill. come out and we'll do cash, skip the app", () =>
    expect(
      caughtBy("Truck's out at Mulga Downs station, 60km past the Wittenoom turn-off, homestead's on the left after the windmill. come out and we'll do cash, skip the app", [
        "Mulga Downs station",
        "60km past the Wittenoom turn-off",
        "homestead's on the left after the windmill",
      ]),
    ).toBe(true),
  );
  // flagged as OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("We're at Haven Seashore, caravan C114, Hemsby. come round tomorrow and I'll sort you out cash, no need to book it", () =>
    expect(caughtBy("We're at Haven Seashore, caravan C114, Hemsby. come round tomorrow and I'll sort you out cash, no need to book it", ["Haven Seashore", "caravan C114"])).toBe(true),
  );
  it("Come out to the house, Gortnahoo, Thurles, Eircode E41 X2Y7, the bungalow after the creamery. cash is grand, don't bother with the app", () =>
    expect(
      caughtBy("Come out to the house, Gortnahoo, Thurles, Eircode E41 X2Y7, the bungalow after the creamery. cash is grand, don't bother with the app", [
        "Gortnahoo",
        "E41 X2Y7",
        "the bungalow after the creamery",
      ]),
    ).toBe(true));
  // round 41's retrained stage: no longer flags it
  it.fails("usted mejor no espere la cita de la app, yo vivo en Colonia Agrícola La Joya, calle 5 lote 18, pasando el canal. venga y se la arreglo en mi patio más barato", () =>
    expect(
      caughtBy("usted mejor no espere la cita de la app, yo vivo en Colonia Agrícola La Joya, calle 5 lote 18, pasando el canal. venga y se la arreglo en mi patio más barato", [
        "Colonia Agrícola La Joya",
        "calle 5 lote 18",
        "pasando el canal",
      ]),
    ).toBe(true),
  );
  // round 43's refit: flags it as OFF_PLATFORM_DEAL but no longer hides "Kothi No. 12", "Village Dhakoli" and "Phase 3 Model Town ke peeche"
  it.fails("booking cancel kar deta hoon, aap seedha aa jao: Kothi No. 12, Village Dhakoli, Phase 3 Model Town ke peeche, Zirakpur. cash le lena, app ka commission kyun dena", () =>
    expect(
      caughtBy("booking cancel kar deta hoon, aap seedha aa jao: Kothi No. 12, Village Dhakoli, Phase 3 Model Town ke peeche, Zirakpur. cash le lena, app ka commission kyun dena", [
        "Kothi No. 12",
        "Village Dhakoli",
        "Phase 3 Model Town ke peeche",
      ]),
    ).toBe(true),
  );
  // flagged as ADDRESS, OFF_PLATFORM_DEAL, but a detail stays visible
  it.fails("Kuya wag na sa app, punta ka dito sa Camp 7, Purok Sampaguita, Brgy. Bakakeng, Baguio. yung bahay sa taas ng waiting shed", () =>
    expect(
      caughtBy("Kuya wag na sa app, punta ka dito sa Camp 7, Purok Sampaguita, Brgy. Bakakeng, Baguio. yung bahay sa taas ng waiting shed", [
        "Camp 7, Purok Sampaguita",
        "Brgy. Bakakeng",
        "bahay sa taas ng waiting shed",
      ]),
    ).toBe(true),
  );
});
