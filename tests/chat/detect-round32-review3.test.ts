// Round 32 review 3: a blind reviewer wrote 213 sentences (89 attacks, 124 innocents) on pointing the reader to find the writer elsewhere, to judge lookup32.
// Probed with the application's options (rules + trained stage) on main before and after round 32's branches (README, Round 32). This file specifies
// main after round 32: `it` when right, `it.fails` (with why) when wrong. An attack is right when flagged and every detail it gives is hidden.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("round 32 review 3: innocents", () => {
  it("no sé cómo buscar un taller de confianza en mi zona, por eso uso esta app", () => expect(flaggedBy("no sé cómo buscar un taller de confianza en mi zona, por eso uso esta app")).toBe(false));
  it("kun je een review achterlaten in de app? alvast bedankt", () => expect(flaggedBy("kun je een review achterlaten in de app? alvast bedankt")).toBe(false));
  // flagged as SOCIAL_HANDLE
  it.fails("shoft video 3al youtube 3an el moshkela di, by2olo el thermostat", () => expect(flaggedBy("shoft video 3al youtube 3an el moshkela di, by2olo el thermostat")).toBe(false));
  it("Ah sure I looked it up and the NCT fail was for the ball joint, can yer man at the workshop on here do it?", () =>
    expect(flaggedBy("Ah sure I looked it up and the NCT fail was for the ball joint, can yer man at the workshop on here do it?")).toBe(false));
  it("Auf Kleinanzeigen gibt's gebrauchte Turbos für 300€, lohnt sich das oder lieber neu über die Werkstatt?", () =>
    expect(flaggedBy("Auf Kleinanzeigen gibt's gebrauchte Turbos für 300€, lohnt sich das oder lieber neu über die Werkstatt?")).toBe(false));
  it("Instagram pe ek reel dekha tha jisme bole AC gas har saal refill karwao, kya zaroori hai?", () =>
    expect(flaggedBy("Instagram pe ek reel dekha tha jisme bole AC gas har saal refill karwao, kya zaroori hai?")).toBe(false));
  it("Had a look at your logbook photos, the last service was at 90k so the timing belt is overdue. I looked up the Subaru service schedule to double check and it's 105k for your model. Accept the workshop quote when it comes through on the app and they'll book you in.", () =>
    expect(
      flaggedBy(
        "Had a look at your logbook photos, the last service was at 90k so the timing belt is overdue. I looked up the Subaru service schedule to double check and it's 105k for your model. Accept the workshop quote when it comes through on the app and they'll book you in.",
      ),
    ).toBe(false));
  it("I googled P0171 and it says lean condition bank 1, could that be the vacuum leak you mentioned?", () =>
    expect(flaggedBy("I googled P0171 and it says lean condition bank 1, could that be the vacuum leak you mentioned?")).toBe(false));
  it("Is it worth checking Google reviews for the workshop too or are the app ones enough?", () =>
    expect(flaggedBy("Is it worth checking Google reviews for the workshop too or are the app ones enough?")).toBe(false));
  it("there's a thread on a Golf forum saying the DSG mechatronic fails around 80k miles, is that true?", () =>
    expect(flaggedBy("there's a thread on a Golf forum saying the DSG mechatronic fails around 80k miles, is that true?")).toBe(false));
  it("w grupie na facebooku o Passatach ktoś pisał, że to zawór EGR, ma to sens?", () => expect(flaggedBy("w grupie na facebooku o Passatach ktoś pisał, że to zawór EGR, ma to sens?")).toBe(false));
  it("Howzit, so I read through a couple of threads on the Polo forums and it seems the coil packs on the 1.4 TSI are a known issue. Yours is showing misfire on cylinder 3 so it fits. I'll escalate to a workshop on here so they can swap the coil and plug. Shouldn't be more than an hour's work.", () =>
    expect(
      flaggedBy(
        "Howzit, so I read through a couple of threads on the Polo forums and it seems the coil packs on the 1.4 TSI are a known issue. Yours is showing misfire on cylinder 3 so it fits. I'll escalate to a workshop on here so they can swap the coil and plug. Shouldn't be more than an hour's work.",
      ),
    ).toBe(false));
  it("I looked up the part on eBay and they want £90 for a genuine Bosch sensor, is that normal?", () =>
    expect(flaggedBy("I looked up the part on eBay and they want £90 for a genuine Bosch sensor, is that normal?")).toBe(false));
  it("che, en un foro de Peugeot dicen que el 208 tiene drama con la bomba de agua, ¿puede ser?", () =>
    expect(flaggedBy("che, en un foro de Peugeot dicen que el 208 tiene drama con la bomba de agua, ¿puede ser?")).toBe(false));
  it("on the app, tap the workshop name and it'll show you the quote breakdown", () => expect(flaggedBy("on the app, tap the workshop name and it'll show you the quote breakdown")).toBe(false));
  it("My neighbour found you by searching 'mobile mechanic' in this app, said you were good", () =>
    expect(flaggedBy("My neighbour found you by searching 'mobile mechanic' in this app, said you were good")).toBe(false));
  it("is the reviewer Sarah K on your profile legit? she said you fixed her Audi in an hour", () =>
    expect(flaggedBy("is the reviewer Sarah K on your profile legit? she said you fixed her Audi in an hour")).toBe(false));
  it("sprawdziłem w google ten kod błędu, wychodzi czujnik ciśnienia doładowania", () => expect(flaggedBy("sprawdziłem w google ten kod błędu, wychodzi czujnik ciśnienia doładowania")).toBe(false));
  it("don't bother with facebook groups for this, half the advice is rubbish, let the workshop on here quote it", () =>
    expect(flaggedBy("don't bother with facebook groups for this, half the advice is rubbish, let the workshop on here quote it")).toBe(false));
  it("Nimesearch Google hiyo code ya hitilafu, inasema ni sensor ya oksijeni, ni kweli?", () =>
    expect(flaggedBy("Nimesearch Google hiyo code ya hitilafu, inasema ni sensor ya oksijeni, ni kweli?")).toBe(false));
  it("liat review bengkelnya di aplikasi, bagus-bagus semua", () => expect(flaggedBy("liat review bengkelnya di aplikasi, bagus-bagus semua")).toBe(false));
  it("procurei nas páginas amarelas uma oficina perto de casa mas prefiro marcar por aqui", () =>
    expect(flaggedBy("procurei nas páginas amarelas uma oficina perto de casa mas prefiro marcar por aqui")).toBe(false));
  it("sur un forum de Peugeot ils disent que c'est la pompe haute pression, c'est cher ?", () =>
    expect(flaggedBy("sur un forum de Peugeot ils disent que c'est la pompe haute pression, c'est cher ?")).toBe(false));
  it("Mas, dari suara di video itu kayaknya bearing roda depan. Aku sempat cek di forum Avanza, banyak yang bilang gejalanya sama persis. Nanti bengkel di aplikasi kasih penawaran ya, tinggal setujui aja.", () =>
    expect(
      flaggedBy(
        "Mas, dari suara di video itu kayaknya bearing roda depan. Aku sempat cek di forum Avanza, banyak yang bilang gejalanya sama persis. Nanti bengkel di aplikasi kasih penawaran ya, tinggal setujui aja.",
      ),
    ).toBe(false));
  it("I'm the workshop with the blue logo on the app list, accept the quote whenever you're ready", () =>
    expect(flaggedBy("I'm the workshop with the blue logo on the app list, accept the quote whenever you're ready")).toBe(false));
  it("Read your reviews on the app before booking, 4.9 stars is impressive mate", () => expect(flaggedBy("Read your reviews on the app before booking, 4.9 stars is impressive mate")).toBe(false));
  it("tapez 'boîte auto' dans la recherche de l'appli, vous verrez les garages spécialisés près de chez vous", () =>
    expect(flaggedBy("tapez 'boîte auto' dans la recherche de l'appli, vous verrez les garages spécialisés près de chez vous")).toBe(false));
  it("arıza kodunu google'da arattım, emme manifoldu diyor, doğru mu?", () => expect(flaggedBy("arıza kodunu google'da arattım, emme manifoldu diyor, doğru mu?")).toBe(false));
  it("Type tyre pressure in the app's help section, there's a chart", () => expect(flaggedBy("Type tyre pressure in the app's help section, there's a chart")).toBe(false));
  it("I found a video where they bleed the clutch with a pressure bleeder, is that how you'll do it?", () =>
    expect(flaggedBy("I found a video where they bleed the clutch with a pressure bleeder, is that how you'll do it?")).toBe(false));
  it("¿en la app se pueden ver las reseñas del taller antes de aceptar el presupuesto?", () =>
    expect(flaggedBy("¿en la app se pueden ver las reseñas del taller antes de aceptar el presupuesto?")).toBe(false));
  it("I'm not on Instagram or anything, just message me here in the app whenever", () => expect(flaggedBy("I'm not on Instagram or anything, just message me here in the app whenever")).toBe(false));
  // flagged as SOCIAL_HANDLE
  it.fails("mashallah el facebook mali2 nas bt2ol nafs el moshkela ma3 el Elantra, 3adi ya3ni?", () =>
    expect(flaggedBy("mashallah el facebook mali2 nas bt2ol nafs el moshkela ma3 el Elantra, 3adi ya3ni?")).toBe(false),
  );
  it("the workshop's page on here has a photo of the building, big yellow sign, so you'll spot it when you go in for your booking", () =>
    expect(flaggedBy("the workshop's page on here has a photo of the building, big yellow sign, so you'll spot it when you go in for your booking")).toBe(false));
  it("Before I accept I had a look at the workshop's reviews on the app and someone mentioned they kept the car for a week. Is that normal for a gearbox job? I need it back by Friday for work. If not I'll pick another one from the list.", () =>
    expect(
      flaggedBy(
        "Before I accept I had a look at the workshop's reviews on the app and someone mentioned they kept the car for a week. Is that normal for a gearbox job? I need it back by Friday for work. If not I'll pick another one from the list.",
      ),
    ).toBe(false));
  // flagged as OFF_PLATFORM_DEAL
  it.fails("search your VIN on the NHTSA recall site, there's an open recall on that airbag inflator", () =>
    expect(flaggedBy("search your VIN on the NHTSA recall site, there's an open recall on that airbag inflator")).toBe(false),
  );
  it("deixa uma avaliação pra gente aqui no app depois, ajuda muito", () => expect(flaggedBy("deixa uma avaliação pra gente aqui no app depois, ajuda muito")).toBe(false));
  it("I'd avoid buying that part off Facebook Marketplace, too many fakes, get it through the workshop", () =>
    expect(flaggedBy("I'd avoid buying that part off Facebook Marketplace, too many fakes, get it through the workshop")).toBe(false));
  it("I posted about this noise in a Facebook group and everyone said wheel bearing lol", () =>
    expect(flaggedBy("I posted about this noise in a Facebook group and everyone said wheel bearing lol")).toBe(false));
  it("the listing on here said the workshop does hybrids, can you confirm before I book?", () =>
    expect(flaggedBy("the listing on here said the workshop does hybrids, can you confirm before I book?")).toBe(false));
  it("na-search ko sa google yung error code, sabi oxygen sensor daw, tama ba?", () => expect(flaggedBy("na-search ko sa google yung error code, sabi oxygen sensor daw, tama ba?")).toBe(false));
  it("Do you have a name on here I can search for next time? I want to book you again through the app", () =>
    expect(flaggedBy("Do you have a name on here I can search for next time? I want to book you again through the app")).toBe(false));
  it("busqué el código P0420 en google y dice que es el catalizador, ¿es caro cambiarlo?", () =>
    expect(flaggedBy("busqué el código P0420 en google y dice que es el catalizador, ¿es caro cambiarlo?")).toBe(false));
  it("you can search by postcode on here to find a workshop near you, I'd pick one with good reviews", () =>
    expect(flaggedBy("you can search by postcode on here to find a workshop near you, I'd pick one with good reviews")).toBe(false));
  it("op Marktplaats zie ik gebruikte koppelingsets, is dat slim of niet?", () => expect(flaggedBy("op Marktplaats zie ik gebruikte koppelingsets, is dat slim of niet?")).toBe(false));
  it("we have loads of 5-star reviews on here, scroll down on our profile to see them", () =>
    expect(flaggedBy("we have loads of 5-star reviews on here, scroll down on our profile to see them")).toBe(false));
  it("Right, I've had a look at the video you uploaded. That rattle is the heat shield on the exhaust, very common on these. There's no point googling for a new one, the workshop can just put a jubilee clip round it for a tenner. I'll add it to the escalation notes.", () =>
    expect(
      flaggedBy(
        "Right, I've had a look at the video you uploaded. That rattle is the heat shield on the exhaust, very common on these. There's no point googling for a new one, the workshop can just put a jubilee clip round it for a tenner. I'll add it to the escalation notes.",
      ),
    ).toBe(false));
  it("google maps says the workshop is 20 min from me, is that the same address the app gave after I booked?", () =>
    expect(flaggedBy("google maps says the workshop is 20 min from me, is that the same address the app gave after I booked?")).toBe(false));
  it("na OLX są używane wtryskiwacze, opłaca się czy lepiej nowe?", () => expect(flaggedBy("na OLX są używane wtryskiwacze, opłaca się czy lepiej nowe?")).toBe(false));
  it("My instagram is private and just pics of my dog lol, nothing to do with cars", () =>
    expect(flaggedBy("My instagram is private and just pics of my dog lol, nothing to do with cars")).toBe(false));
  it("maine google pe error code search kiya, O2 sensor bata raha hai, sahi hai kya?", () =>
    expect(flaggedBy("maine google pe error code search kiya, O2 sensor bata raha hai, sahi hai kya?")).toBe(false));
  it("Cheers for the clip. I watched a couple of videos from other owners on youtube and the noise sounds the same as a failing fuel pump relay. It's a cheap part though. Can you confirm when you escalate to the workshop?", () =>
    expect(
      flaggedBy(
        "Cheers for the clip. I watched a couple of videos from other owners on youtube and the noise sounds the same as a failing fuel pump relay. It's a cheap part though. Can you confirm when you escalate to the workshop?",
      ),
    ).toBe(false));
  it("Bhai maine video dekha, sound clutch release bearing ka hai. Google pe bhi check kiya, Swift mein ye common problem hai 60-70 hazaar km pe. App wala workshop quote bhejega, wahi accept kar lena, warranty bhi milegi.", () =>
    expect(
      flaggedBy(
        "Bhai maine video dekha, sound clutch release bearing ka hai. Google pe bhi check kiya, Swift mein ye common problem hai 60-70 hazaar km pe. App wala workshop quote bhejega, wahi accept kar lena, warranty bhi milegi.",
      ),
    ).toBe(false));
  it("laissez-nous un avis sur l'appli après l'intervention, ça nous aide beaucoup", () =>
    expect(flaggedBy("laissez-nous un avis sur l'appli après l'intervention, ça nous aide beaucoup")).toBe(false));
  it("I don't have a website, the app is basically my website", () => expect(flaggedBy("I don't have a website, the app is basically my website")).toBe(false));
  it("ho cercato su google il codice errore e dice sonda lambda, confermi?", () => expect(flaggedBy("ho cercato su google il codice errore e dice sonda lambda, confermi?")).toBe(false));
  it("Saw a review on Google saying this model's CVT whines a lot, is that what I'm hearing?", () =>
    expect(flaggedBy("Saw a review on Google saying this model's CVT whines a lot, is that what I'm hearing?")).toBe(false));
  it("Danke für die Fotos. Ich hab im Reparaturhandbuch nachgeschaut, der Zahnriemen ist bei deinem Motor alle 120.000 km fällig. Du bist bei 135.000, also höchste Zeit. Die Werkstatt hier in der App macht dir ein Angebot mit Wasserpumpe.", () =>
    expect(
      flaggedBy(
        "Danke für die Fotos. Ich hab im Reparaturhandbuch nachgeschaut, der Zahnriemen ist bei deinem Motor alle 120.000 km fällig. Du bist bei 135.000, also höchste Zeit. Die Werkstatt hier in der App macht dir ein Angebot mit Wasserpumpe.",
      ),
    ).toBe(false));
  it("I searched the fault code in the app's own code lookup and it says EVAP small leak", () =>
    expect(flaggedBy("I searched the fault code in the app's own code lookup and it says EVAP small leak")).toBe(false));
  it("Is there a website where I can look up torque specs for wheel nuts? I lost the manual", () =>
    expect(flaggedBy("Is there a website where I can look up torque specs for wheel nuts? I lost the manual")).toBe(false));
  it("ik heb de foutcode even gegoogeld, lijkt op de nokkenassensor", () => expect(flaggedBy("ik heb de foutcode even gegoogeld, lijkt op de nokkenassensor")).toBe(false));
  it("I watched a video of a guy doing this exact timing chain job on a Fiesta, looked like a nightmare lol", () =>
    expect(flaggedBy("I watched a video of a guy doing this exact timing chain job on a Fiesta, looked like a nightmare lol")).toBe(false));
  it("Google Haritalar'da trafik çok görünüyor, servise randevu saatinden biraz geç kalabilirim, sorun olur mu?", () =>
    expect(flaggedBy("Google Haritalar'da trafik çok görünüyor, servise randevu saatinden biraz geç kalabilirim, sorun olur mu?")).toBe(false));
  it("mate I had a squiz on youtube and reckon it's the thermo fan, but I'm no expert, can you check it properly", () =>
    expect(flaggedBy("mate I had a squiz on youtube and reckon it's the thermo fan, but I'm no expert, can you check it properly")).toBe(false));
  it("can you leave me a review on here after the job? helps me get more bookings", () => expect(flaggedBy("can you leave me a review on here after the job? helps me get more bookings")).toBe(false));
  it("su Subito ci sono centraline usate a poco, conviene o meglio nuova?", () => expect(flaggedBy("su Subito ci sono centraline usate a poco, conviene o meglio nuova?")).toBe(false));
  it("I saw a listing for a second hand gearbox on eBay for this car, can the workshop fit a part I supply?", () =>
    expect(flaggedBy("I saw a listing for a second hand gearbox on eBay for this car, can the workshop fit a part I supply?")).toBe(false));
  it("بحثت في جوجل عن كود العطل وطلع حساس الأكسجين، هل هذا صحيح؟", () => expect(flaggedBy("بحثت في جوجل عن كود العطل وطلع حساس الأكسجين، هل هذا صحيح؟")).toBe(false));
  it("Im Golf-Forum schreiben viele, dass die Wasserpumpe bei dem Motor oft undicht wird", () =>
    expect(flaggedBy("Im Golf-Forum schreiben viele, dass die Wasserpumpe bei dem Motor oft undicht wird")).toBe(false));
  it("Search brake fluid DOT 4 vs DOT 5.1 if you don't believe me, you can't mix them", () =>
    expect(flaggedBy("Search brake fluid DOT 4 vs DOT 5.1 if you don't believe me, you can't mix them")).toBe(false));
  it("Gracias por el diagnóstico. Busqué el precio del embrague en Mercado Libre y está por 180 mil el kit. ¿El taller lo consigue más barato o lo compro yo? Prefiero que todo vaya por la app para tener la garantía.", () =>
    expect(
      flaggedBy(
        "Gracias por el diagnóstico. Busqué el precio del embrague en Mercado Libre y está por 180 mil el kit. ¿El taller lo consigue más barato o lo compro yo? Prefiero que todo vaya por la app para tener la garantía.",
      ),
    ).toBe(false));
  it("na forum Astry piszą, że to typowa usterka, ile to kosztuje?", () => expect(flaggedBy("na forum Astry piszą, że to typowa usterka, ile to kosztuje?")).toBe(false));
  it("di tokopedia ada kampas rem murah, boleh beli sendiri terus dipasang bengkel di sini?", () =>
    expect(flaggedBy("di tokopedia ada kampas rem murah, boleh beli sendiri terus dipasang bengkel di sini?")).toBe(false));
  it("Ich hab den Fehlercode gegoogelt, da steht was von Lambdasonde, kann das sein?", () =>
    expect(flaggedBy("Ich hab den Fehlercode gegoogelt, da steht was von Lambdasonde, kann das sein?")).toBe(false));
  it("may napanood ako sa youtube na ganito rin yung tunog, cv joint daw", () => expect(flaggedBy("may napanood ako sa youtube na ganito rin yung tunog, cv joint daw")).toBe(false));
  it("not on facebook sorry, deleted it years ago, here is fine", () => expect(flaggedBy("not on facebook sorry, deleted it years ago, here is fine")).toBe(false));
  it("vi un video en youtube de cómo cambiar las pastillas, pero prefiero que lo haga el taller de aquí", () =>
    expect(flaggedBy("vi un video en youtube de cómo cambiar las pastillas, pero prefiero que lo haga el taller de aquí")).toBe(false));
  it("the part number is 1K0 199 262, search that on any parts site and you'll see what it looks like", () =>
    expect(flaggedBy("the part number is 1K0 199 262, search that on any parts site and you'll see what it looks like")).toBe(false));
  it("My cousin's a mechanic but he lives in Lagos so that's why I'm using this app", () =>
    expect(flaggedBy("My cousin's a mechanic but he lives in Lagos so that's why I'm using this app")).toBe(false));
  it("boss pa-review naman dito sa app pag tapos na, salamat!", () => expect(flaggedBy("boss pa-review naman dito sa app pag tapos na, salamat!")).toBe(false));
  it("look for Castrol Edge 5W-30 at any supermarket, that's the oil you want", () => expect(flaggedBy("look for Castrol Edge 5W-30 at any supermarket, that's the oil you want")).toBe(false));
  it("Check the workshop's profile in the app, it lists all their certifications and photos of the bays", () =>
    expect(flaggedBy("Check the workshop's profile in the app, it lists all their certifications and photos of the bays")).toBe(false));
  it("nakita ko sa Shopee yung brake pads na mura, original kaya yun o peke?", () => expect(flaggedBy("nakita ko sa Shopee yung brake pads na mura, original kaya yun o peke?")).toBe(false));
  it("Ramani ya Google inaonyesha garage ni dakika 15 kutoka kwangu, nitafika saa tatu kama tulivyopanga kwenye app", () =>
    expect(flaggedBy("Ramani ya Google inaonyesha garage ni dakika 15 kutoka kwangu, nitafika saa tatu kama tulivyopanga kwenye app")).toBe(false));
  it("aku udah googling kode errornya, katanya sensor MAP, bener ga mas?", () => expect(flaggedBy("aku udah googling kode errornya, katanya sensor MAP, bener ga mas?")).toBe(false));
  it("youtube'da bir video izledim, balata değişimi kolay görünüyor ama ustaya bırakayım", () =>
    expect(flaggedBy("youtube'da bir video izledim, balata değişimi kolay görünüyor ama ustaya bırakayım")).toBe(false));
  it("मैंने यूट्यूब पर वीडियो देखा, क्लच प्लेट बदलना आसान लग रहा था लेकिन आप ही करवा दो", () => expect(flaggedBy("मैंने यूट्यूब पर वीडियो देखा, क्लच प्लेट बदलना आसान लग रहा था लेकिन आप ही करवा दो")).toBe(false));
  it("lol I'm famous on the app now, three people booked me from the same street", () => expect(flaggedBy("lol I'm famous on the app now, three people booked me from the same street")).toBe(false));
  it("I read on the Toyota website that the hybrid battery has a 10 year warranty, should I go to the dealer for this instead?", () =>
    expect(flaggedBy("I read on the Toyota website that the hybrid battery has a 10 year warranty, should I go to the dealer for this instead?")).toBe(false));
  it("Oga I checked google, they say the AC compressor for Corolla 2010 is like 150k naira, is that correct?", () =>
    expect(flaggedBy("Oga I checked google, they say the AC compressor for Corolla 2010 is like 150k naira, is that correct?")).toBe(false));
  it("vi no youtube um cara trocando a correia dentada do Gol, parece complicado", () => expect(flaggedBy("vi no youtube um cara trocando a correia dentada do Gol, parece complicado")).toBe(false));
  it("put your reg into the DVLA MOT history checker, it'll show the advisories from the last test", () =>
    expect(flaggedBy("put your reg into the DVLA MOT history checker, it'll show the advisories from the last test")).toBe(false));
  it("app pe workshop ke reviews dekhe, sab achhe hain, quote accept kar raha hoon", () =>
    expect(flaggedBy("app pe workshop ke reviews dekhe, sab achhe hain, quote accept kar raha hoon")).toBe(false));
  it("The workshop I got escalated to has the same name as a chain near me, are they related?", () =>
    expect(flaggedBy("The workshop I got escalated to has the same name as a chain near me, are they related?")).toBe(false));
  it("someone asked me to find them on facebook last week and I reported it, not risking my account", () =>
    expect(flaggedBy("someone asked me to find them on facebook last week and I reported it, not risking my account")).toBe(false));
  it("uygulamadaki yorumlara baktım, bu servis iyi görünüyor", () => expect(flaggedBy("uygulamadaki yorumlara baktım, bu servis iyi görünüyor")).toBe(false));
  it("Die Bewertungen der Werkstatt hier in der App sind echt gut, ich nehm das Angebot", () =>
    expect(flaggedBy("Die Bewertungen der Werkstatt hier in der App sind echt gut, ich nehm das Angebot")).toBe(false));
  it("ho letto le recensioni dell'officina qui sull'app, sembrano seri", () => expect(flaggedBy("ho letto le recensioni dell'officina qui sull'app, sembrano seri")).toBe(false));
  it("j'ai vu sur Leboncoin des jantes d'occasion pour ma Clio, le garage peut les monter ?", () =>
    expect(flaggedBy("j'ai vu sur Leboncoin des jantes d'occasion pour ma Clio, le garage peut les monter ?")).toBe(false));
  it("j'ai cherché sur internet et apparemment c'est la vanne EGR, vous confirmez ?", () =>
    expect(flaggedBy("j'ai cherché sur internet et apparemment c'est la vanne EGR, vous confirmez ?")).toBe(false));
  it("What's the name of that tool you used, the one to test the coil packs? want to look it up", () =>
    expect(flaggedBy("What's the name of that tool you used, the one to test the coil packs? want to look it up")).toBe(false));
  it("Is there a list of approved garages for warranty work? my warranty company says it has to be VAT registered", () =>
    expect(flaggedBy("Is there a list of approved garages for warranty work? my warranty company says it has to be VAT registered")).toBe(false));
  it("I used to watch a lot of car channels on youtube, that's how I got into fixing cars", () =>
    expect(flaggedBy("I used to watch a lot of car channels on youtube, that's how I got into fixing cars")).toBe(false));
  it("just search P0300 random misfire on youtube, there's loads of videos explaining it, but I'd rather you had a look on here", () =>
    expect(flaggedBy("just search P0300 random misfire on youtube, there's loads of videos explaining it, but I'd rather you had a look on here")).toBe(false));
  it("no tengo facebook ni insta, escríbeme por aquí nomás", () => expect(flaggedBy("no tengo facebook ni insta, escríbeme por aquí nomás")).toBe(false));
  it("dawwart 3al google 3al code, by2ol sensor el oxygen, sa7?", () => expect(flaggedBy("dawwart 3al google 3al code, by2ol sensor el oxygen, sa7?")).toBe(false));
  it("Ja I saw on a 4x4 forum that the Hilux D4D injectors give issues, you reckon that's it?", () =>
    expect(flaggedBy("Ja I saw on a 4x4 forum that the Hilux D4D injectors give issues, you reckon that's it?")).toBe(false));
  it("Sir I searched on google, it shows the clutch plate replacement is around 8000, what is your estimate?", () =>
    expect(flaggedBy("Sir I searched on google, it shows the clutch plate replacement is around 8000, what is your estimate?")).toBe(false));
  it("Madam I see the video you send. The knocking is from the engine mount, not the engine itself, no worry. I check the price for Jiji and the mount is around 25k. The workshop for here go quote you the labour, just accept am for app.", () =>
    expect(
      flaggedBy(
        "Madam I see the video you send. The knocking is from the engine mount, not the engine itself, no worry. I check the price for Jiji and the mount is around 25k. The workshop for here go quote you the labour, just accept am for app.",
      ),
    ).toBe(false));
  it("don't trust the Google reviews for that model, people only post when something breaks", () =>
    expect(flaggedBy("don't trust the Google reviews for that model, people only post when something breaks")).toBe(false));
  it("My profile on here has my car details saved, 2015 Mazda 3 2.0, so you can see the history", () =>
    expect(flaggedBy("My profile on here has my car details saved, 2015 Mazda 3 2.0, so you can see the history")).toBe(false));
  it("the workshop's name is on the quote in the app, you can look at their profile there", () =>
    expect(flaggedBy("the workshop's name is on the quote in the app, you can look at their profile there")).toBe(false));
  // flagged as FULL_NAME, OFF_PLATFORM_REQUEST
  it.fails("Just search Dave P in the app's mechanic list next time and you can rebook me through it, cheers", () =>
    expect(flaggedBy("Just search Dave P in the app's mechanic list next time and you can rebook me through it, cheers")).toBe(false),
  );
  it("search how to reset service light Astra J on youtube, it's like 3 buttons, no need to pay for that", () =>
    expect(flaggedBy("search how to reset service light Astra J on youtube, it's like 3 buttons, no need to pay for that")).toBe(false));
  it("the Haynes manual says 25Nm for the caliper bolts, is that right for yours?", () => expect(flaggedBy("the Haynes manual says 25Nm for the caliper bolts, is that right for yours?")).toBe(false));
  it("pesquisei no google e falaram que barulho assim é bieleta, pode ser?", () => expect(flaggedBy("pesquisei no google e falaram que barulho assim é bieleta, pode ser?")).toBe(false));
  it("What should I search to find the right oil filter for a 2012 Civic? the auto parts site has like 6 options", () =>
    expect(flaggedBy("What should I search to find the right oil filter for a 2012 Civic? the auto parts site has like 6 options")).toBe(false));
  it("Someone on reddit said to try a seafoam treatment, is that a good idea or a waste of money?", () =>
    expect(flaggedBy("Someone on reddit said to try a seafoam treatment, is that a good idea or a waste of money?")).toBe(false));
  it("Niliona video YouTube ya mtu akibadilisha brake pads, lakini bora garage ya hapa ifanye", () =>
    expect(flaggedBy("Niliona video YouTube ya mtu akibadilisha brake pads, lakini bora garage ya hapa ifanye")).toBe(false));
  it("The advisor said to look up the price of the tyres online to compare, they're matching any price", () =>
    expect(flaggedBy("The advisor said to look up the price of the tyres online to compare, they're matching any price")).toBe(false));
  it("Thanks for the diagnosis. I did a bit of googling after and it matches what people on the forums say about the N47 timing chain. Quite a few of them mentioned the noise gets worse when cold. Can the workshop on here quote me for the chain kit and the labour?", () =>
    expect(
      flaggedBy(
        "Thanks for the diagnosis. I did a bit of googling after and it matches what people on the forums say about the N47 timing chain. Quite a few of them mentioned the noise gets worse when cold. Can the workshop on here quote me for the chain kit and the labour?",
      ),
    ).toBe(false));
  it("I'm not gonna tell you my business name, rules are rules, everything stays on the app", () =>
    expect(flaggedBy("I'm not gonna tell you my business name, rules are rules, everything stays on the app")).toBe(false));
  it("google says the water pump on this engine is driven by the cambelt so do both at the same time, makes sense?", () =>
    expect(flaggedBy("google says the water pump on this engine is driven by the cambelt so do both at the same time, makes sense?")).toBe(false));
  it("شفت تقييمات الورشة في التطبيق وكلها ممتازة، راح أوافق على العرض", () => expect(flaggedBy("شفت تقييمات الورشة في التطبيق وكلها ممتازة، راح أوافق على العرض")).toBe(false));
});

describe("round 32 review 3: attacks", () => {
  it("Cherche Garage Diallo Auto Yopougon sur Facebook, c'est moi le patron, on va voir ça ensemble", () =>
    expect(caughtBy("Cherche Garage Diallo Auto Yopougon sur Facebook, c'est moi le patron, on va voir ça ensemble", ["Garage Diallo Auto Yopougon"])).toBe(true));
  it("We have a whatsapp business profile called Sharif Auto AC Deira, search it and send us the car details", () =>
    expect(caughtBy("We have a whatsapp business profile called Sharif Auto AC Deira, search it and send us the car details", ["Sharif Auto AC Deira"])).toBe(true));
  it("I'm on the clio sport forum as RenaultRhys, PM me and we'll sort the cambelt off here", () =>
    expect(caughtBy("I'm on the clio sport forum as RenaultRhys, PM me and we'll sort the cambelt off here", ["RenaultRhys"])).toBe(true));
  it("me segue no insta @oficinadojairo_oficial, lá tem o link pra agendar direto comigo", () =>
    expect(caughtBy("me segue no insta @oficinadojairo_oficial, lá tem o link pra agendar direto comigo", ["@oficinadojairo_oficial"])).toBe(true));
  it("ektb f google maps 'Markaz El Sherif lel Takyeef' f Nasr City, hat2ab2a arkhas", () =>
    expect(caughtBy("ektb f google maps 'Markaz El Sherif lel Takyeef' f Nasr City, hat2ab2a arkhas", ["Markaz El Sherif lel Takyeef", "Nasr City"])).toBe(true));
  it("our company is Hargreaves Vehicle Solutions Ltd, you can find our registered address on companies house and come direct", () =>
    expect(caughtBy("our company is Hargreaves Vehicle Solutions Ltd, you can find our registered address on companies house and come direct", ["Hargreaves Vehicle Solutions Ltd"])).toBe(true));
  it("we're on trustpilot as Greaves & Clarke Auto Care, the contact page there has our landline, ring us and skip the booking fee", () =>
    expect(caughtBy("we're on trustpilot as Greaves & Clarke Auto Care, the contact page there has our landline, ring us and skip the booking fee", ["Greaves & Clarke Auto Care"])).toBe(true));
  // not flagged
  it.fails("g o o g l e   r o c k y s   a u t o   h u b   e l d o r a d o  lol thats us", () =>
    expect(caughtBy("g o o g l e   r o c k y s   a u t o   h u b   e l d o r a d o  lol thats us", ["r o c k y s   a u t o   h u b   e l d o r a d o"])).toBe(true),
  );
  it("instagramda ozcan.otoservis diye ara, oradan yaz abi", () => expect(caughtBy("instagramda ozcan.otoservis diye ara, oradan yaz abi", ["ozcan.otoservis"])).toBe(true));
  // not flagged
  it.fails("check my shop on Jiji, Emeka Genuine Toyota Parts Ladipo, I go fix am for you cheaper", () =>
    expect(caughtBy("check my shop on Jiji, Emeka Genuine Toyota Parts Ladipo, I go fix am for you cheaper", ["Emeka Genuine Toyota Parts Ladipo"])).toBe(true),
  );
  it("Sir the AC compressor clutch is not engaging, probably the relay or low gas. Workshop quote here is showing 6500 plus fees. Better you search 'Cool Breeze Car AC Service Velachery' on Google, that is my shop, come directly and I will check gas pressure free.", () =>
    expect(
      caughtBy(
        "Sir the AC compressor clutch is not engaging, probably the relay or low gas. Workshop quote here is showing 6500 plus fees. Better you search 'Cool Breeze Car AC Service Velachery' on Google, that is my shop, come directly and I will check gas pressure free.",
        ["Cool Breeze Car AC Service Velachery"],
      ),
    ).toBe(true));
  it("type brake pads fitted mobile Sunnybank in fb marketplace, my listing has the white Hiace in the pic, message me on that", () =>
    expect(
      caughtBy("type brake pads fitted mobile Sunnybank in fb marketplace, my listing has the white Hiace in the pic, message me on that", ["brake pads fitted mobile Sunnybank", "white Hiace"]),
    ).toBe(true));
  it("join the discord, server's called Subie Swap Midlands, I'm the mod called boxerbrad, we can sort your turbo there", () =>
    expect(caughtBy("join the discord, server's called Subie Swap Midlands, I'm the mod called boxerbrad, we can sort your turbo there", ["Subie Swap Midlands", "boxerbrad"])).toBe(true));
  // not flagged
  it.fails("मुझे यूट्यूब पर 'मिस्त्री राजू ऑटो गैराज जयपुर' सर्च करके ढूंढ लो, डिस्क्रिप्शन में नंबर है", () =>
    expect(caughtBy("मुझे यूट्यूब पर 'मिस्त्री राजू ऑटो गैराज जयपुर' सर्च करके ढूंढ लो, डिस्क्रिप्शन में नंबर है", ["मिस्त्री राजू ऑटो गैराज जयपुर"])).toBe(true),
  );
  it("jestem na OLX jako 'Mechanik z dojazdem Gdynia Marek', napisz tam", () =>
    expect(caughtBy("jestem na OLX jako 'Mechanik z dojazdem Gdynia Marek', napisz tam", ["Mechanik z dojazdem Gdynia Marek"])).toBe(true));
  it("che buscanos en facebook como Lubricentro El Tano Lanús, ahí coordinamos sin la app", () =>
    expect(caughtBy("che buscanos en facebook como Lubricentro El Tano Lanús, ahí coordinamos sin la app", ["Lubricentro El Tano Lanús"])).toBe(true));
  it("cercate Officina Sarti Forlì su google, c'è il numero, chiamatemi e vi faccio un prezzo migliore", () =>
    expect(caughtBy("cercate Officina Sarti Forlì su google, c'è il numero, chiamatemi e vi faccio un prezzo migliore", ["Officina Sarti Forlì"])).toBe(true));
  it("my insta is @torque.and.tacos dm me there for the discount price", () => expect(caughtBy("my insta is @torque.and.tacos dm me there for the discount price", ["@torque.and.tacos"])).toBe(true));
  it("Justdial pe Sharma Motors Karol Bagh search karo, wahan se call kar lena, app ka commission bachega", () =>
    expect(caughtBy("Justdial pe Sharma Motors Karol Bagh search karo, wahan se call kar lena, app ka commission bachega", ["Sharma Motors Karol Bagh"])).toBe(true));
  it("cherchez-moi sur Leboncoin, l'annonce 'mécanicien à domicile Rennes Yannick', on s'arrange en direct", () =>
    expect(caughtBy("cherchez-moi sur Leboncoin, l'annonce 'mécanicien à domicile Rennes Yannick', on s'arrange en direct", ["mécanicien à domicile Rennes Yannick"])).toBe(true));
  // not flagged
  it.fails("dawwar 3alaya 3al facebook, Karaj Abu Samer Tripoli, w ba3atli msg hnik", () =>
    expect(caughtBy("dawwar 3alaya 3al facebook, Karaj Abu Samer Tripoli, w ba3atli msg hnik", ["Karaj Abu Samer Tripoli"])).toBe(true),
  );
  it("wpisz w google Auto Serwis Zbyszek Wieliczka, tam jest mój numer, dogadamy się bez aplikacji", () =>
    expect(caughtBy("wpisz w google Auto Serwis Zbyszek Wieliczka, tam jest mój numer, dogadamy się bez aplikacji", ["Auto Serwis Zbyszek Wieliczka"])).toBe(true));
  it("Oga search me for facebook, Chinedu Okafor Auto Electrician Ikeja, na my face dey the profile", () =>
    expect(caughtBy("Oga search me for facebook, Chinedu Okafor Auto Electrician Ikeja, na my face dey the profile", ["Chinedu Okafor Auto Electrician Ikeja"])).toBe(true));
  it("look up our yelp page, Alvarado Auto Glass Fresno, you can book there and pay us cash", () =>
    expect(caughtBy("look up our yelp page, Alvarado Auto Glass Fresno, you can book there and pay us cash", ["Alvarado Auto Glass Fresno"])).toBe(true));
  it("we're in the yellow pages under auto electricians, Pillay & Sons, Chatsworth. phone us", () =>
    expect(caughtBy("we're in the yellow pages under auto electricians, Pillay & Sons, Chatsworth. phone us", ["Pillay & Sons, Chatsworth"])).toBe(true));
  it("Bon, d'après les photos le joint de culasse est mort, il y a de la mayonnaise sous le bouchon. Le devis de l'atelier ici sera autour de 1200€. Moi je le fais pour 800 si vous passez par moi : cherchez Garage Mercier Père et Fils à Carvin sur Google, on est juste derrière l'Intermarché.", () =>
    expect(
      caughtBy(
        "Bon, d'après les photos le joint de culasse est mort, il y a de la mayonnaise sous le bouchon. Le devis de l'atelier ici sera autour de 1200€. Moi je le fais pour 800 si vous passez par moi : cherchez Garage Mercier Père et Fils à Carvin sur Google, on est juste derrière l'Intermarché.",
        ["Garage Mercier Père et Fils à Carvin"],
      ),
    ).toBe(true));
  it("pon en google Taller Hermanos Quispe Los Olivos y sale mi número, llámame directo", () =>
    expect(caughtBy("pon en google Taller Hermanos Quispe Los Olivos y sale mi número, llámame directo", ["Taller Hermanos Quispe Los Olivos"])).toBe(true));
  it("De storing is de EGR-klep, dat zie ik zo aan de foutcodes. Via de app ben je duurder uit. Zoek op Facebook naar Garage Bakker Almere-Buiten, stuur ons daar een bericht en we plannen je in.", () =>
    expect(
      caughtBy(
        "De storing is de EGR-klep, dat zie ik zo aan de foutcodes. Via de app ben je duurder uit. Zoek op Facebook naar Garage Bakker Almere-Buiten, stuur ons daar een bericht en we plannen je in.",
        ["Garage Bakker Almere-Buiten"],
      ),
    ).toBe(true));
  // round 41's second refit: no longer flags it
  it.fails("Google even op Autobedrijf De Kruif Heerhugowaard, dan zie je ons nummer", () =>
    expect(caughtBy("Google even op Autobedrijf De Kruif Heerhugowaard, dan zie je ons nummer", ["Autobedrijf De Kruif Heerhugowaard"])).toBe(true),
  );
  it("we're the only shop on Harlan Ave with the giant fiberglass rooster out front, just roll in any morning and ask for Pete, skip the booking", () =>
    expect(
      caughtBy("we're the only shop on Harlan Ave with the giant fiberglass rooster out front, just roll in any morning and ask for Pete, skip the booking", [
        "Harlan Ave with the giant fiberglass rooster",
        "Pete",
      ]),
    ).toBe(true));
  it("sono su Subito.it con l'annuncio 'elettrauto a domicilio Bari Nicola', scrivimi lì", () =>
    expect(caughtBy("sono su Subito.it con l'annuncio 'elettrauto a domicilio Bari Nicola', scrivimi lì", ["elettrauto a domicilio Bari Nicola"])).toBe(true));
  it("google my name: first name Obinna, surname Eze, add 'mechanic Enugu' and you'll see my page", () =>
    expect(caughtBy("google my name: first name Obinna, surname Eze, add 'mechanic Enugu' and you'll see my page", ["Obinna", "Eze", "mechanic Enugu"])).toBe(true));
  it("search gumtree for Reliable mobile diagnostics Croydon Tomasz thats my ad, message me through it", () =>
    expect(caughtBy("search gumtree for Reliable mobile diagnostics Croydon Tomasz thats my ad, message me through it", ["Reliable mobile diagnostics Croydon Tomasz"])).toBe(true));
  it("Sir kindly search 'Sri Lakshmi Auto Works Madiwala' in Justdial, you will get my direct number", () =>
    expect(caughtBy("Sir kindly search 'Sri Lakshmi Auto Works Madiwala' in Justdial, you will get my direct number", ["Sri Lakshmi Auto Works Madiwala"])).toBe(true));
  it("follow ig aku @bengkelmotor_asep, chat di situ aja biar gampang", () => expect(caughtBy("follow ig aku @bengkelmotor_asep, chat di situ aja biar gampang", ["@bengkelmotor_asep"])).toBe(true));
  it("Boss, base sa sinabi mo mukhang yung alternator na talaga, mahina na charging. Dito sa app mga 7k aabutin kasama fees. Search mo na lang sa FB 'Aling Nena Battery & Alternator Shop Cainta', ako yung anak na nag-aayos dun, dun na tayo mag-usap.", () =>
    expect(
      caughtBy(
        "Boss, base sa sinabi mo mukhang yung alternator na talaga, mahina na charging. Dito sa app mga 7k aabutin kasama fees. Search mo na lang sa FB 'Aling Nena Battery & Alternator Shop Cainta', ako yung anak na nag-aayos dun, dun na tayo mag-usap.",
        ["Aling Nena Battery & Alternator Shop Cainta"],
      ),
    ).toBe(true));
  it("check ma page facebook, Mécanique Mobile Gagnon Lévis, écris-moi là pis on s'arrange", () =>
    expect(caughtBy("check ma page facebook, Mécanique Mobile Gagnon Lévis, écris-moi là pis on s'arrange", ["Mécanique Mobile Gagnon Lévis"])).toBe(true));
  it("se ti serve ancora dopo, cerca Carrozzeria Bellandi Empoli su google e chiedi di me, Fabio", () =>
    expect(caughtBy("se ti serve ancora dopo, cerca Carrozzeria Bellandi Empoli su google e chiedi di me, Fabio", ["Carrozzeria Bellandi Empoli", "Fabio"])).toBe(true));
  it("I'm an admin in the 'Peterborough Car Repairs & Recommendations' fb group, post there and tag me, Gaz Whitlock", () =>
    expect(
      caughtBy("I'm an admin in the 'Peterborough Car Repairs & Recommendations' fb group, post there and tag me, Gaz Whitlock", ["Peterborough Car Repairs & Recommendations", "Gaz Whitlock"]),
    ).toBe(true));
  it("tweet at me, @BrakeLadyBev, I'm always on there and we can sort a time", () =>
    expect(caughtBy("tweet at me, @BrakeLadyBev, I'm always on there and we can sort a time", ["@BrakeLadyBev"])).toBe(true));
  it("Auf Kleinanzeigen findest du mich unter 'Mobiler Kfz-Service Dennis Bochum', schreib mir da", () =>
    expect(caughtBy("Auf Kleinanzeigen findest du mich unter 'Mobiler Kfz-Service Dennis Bochum', schreib mir da", ["Mobiler Kfz-Service Dennis Bochum"])).toBe(true));
  it("Wir sind die einzige Werkstatt im Gewerbegebiet Lindenau mit dem roten Käfer auf dem Dach, komm einfach vorbei und frag nach Uwe", () =>
    expect(
      caughtBy("Wir sind die einzige Werkstatt im Gewerbegebiet Lindenau mit dem roten Käfer auf dem Dach, komm einfach vorbei und frag nach Uwe", [
        "Gewerbegebiet Lindenau mit dem roten Käfer auf dem Dach",
        "Uwe",
      ]),
    ).toBe(true));
  it("I'm the guy who does the turbo rebuilds behind the Caltex in Mount Druitt, everyone knows me, just ask for Sami", () =>
    expect(
      caughtBy("I'm the guy who does the turbo rebuilds behind the Caltex in Mount Druitt, everyone knows me, just ask for Sami", ["turbo rebuilds behind the Caltex in Mount Druitt", "Sami"]),
    ).toBe(true));
  it("Tafuta kwenye Google 'Mwangi Auto Electricals Githurai 45', utaona namba yangu", () =>
    expect(caughtBy("Tafuta kwenye Google 'Mwangi Auto Electricals Githurai 45', utaona namba yangu", ["Mwangi Auto Electricals Githurai 45"])).toBe(true));
  it("leave the app and google best mechanic Kempton Park Thabo, I'm the top result with 200 reviews", () =>
    expect(caughtBy("leave the app and google best mechanic Kempton Park Thabo, I'm the top result with 200 reviews", ["best mechanic Kempton Park Thabo"])).toBe(true));
  it("hanapin mo kami sa Google Maps, Dela Cruz Vulcanizing & Repair sa may Kalentong, tabi ng Jollibee", () =>
    expect(caughtBy("hanapin mo kami sa Google Maps, Dela Cruz Vulcanizing & Repair sa may Kalentong, tabi ng Jollibee", ["Dela Cruz Vulcanizing & Repair", "Kalentong"])).toBe(true));
  it("only Honda specialist in Athlone with a yellow S2000 parked outside, can't miss us, call in whenever and we'll do it off the books", () =>
    expect(
      caughtBy("only Honda specialist in Athlone with a yellow S2000 parked outside, can't miss us, call in whenever and we'll do it off the books", [
        "only Honda specialist in Athlone with a yellow S2000",
      ]),
    ).toBe(true));
  it("تابعني على انستغرام garage_abu_fahad وكلمني هناك أرخص لك", () => expect(caughtBy("تابعني على انستغرام garage_abu_fahad وكلمني هناك أرخص لك", ["garage_abu_fahad"])).toBe(true));
  it("Nitafute Facebook, Juma Garage Kariakoo, tuongee huko bei itakuwa nafuu", () =>
    expect(caughtBy("Nitafute Facebook, Juma Garage Kariakoo, tuongee huko bei itakuwa nafuu", ["Juma Garage Kariakoo"])).toBe(true));
  it("if you want it done cheaper look us up on Checkatrade, we're listed as Pemberton Mobile Mechanics, Stockport", () =>
    expect(caughtBy("if you want it done cheaper look us up on Checkatrade, we're listed as Pemberton Mobile Mechanics, Stockport", ["Pemberton Mobile Mechanics, Stockport"])).toBe(true));
  it("procura no google Auto Center Vieira Contagem que aparece meu zap, aí a gente fecha por fora", () =>
    expect(caughtBy("procura no google Auto Center Vieira Contagem que aparece meu zap, aí a gente fecha por fora", ["Auto Center Vieira Contagem"])).toBe(true));
  it("ابحث في جوجل عن ورشة الأمين لصيانة السيارات في الصناعية ١٣ بالشارقة وتعال مباشرة", () =>
    expect(caughtBy("ابحث في جوجل عن ورشة الأمين لصيانة السيارات في الصناعية ١٣ بالشارقة وتعال مباشرة", ["ورشة الأمين لصيانة السيارات", "الصناعية ١٣ بالشارقة"])).toBe(true));
  it("search our dealership on autotrader, Eastfield Car Sales Hull, we do servicing too and it's way cheaper than on here", () =>
    expect(caughtBy("search our dealership on autotrader, Eastfield Car Sales Hull, we do servicing too and it's way cheaper than on here", ["Eastfield Car Sales Hull"])).toBe(true));
  it("I'm u/ratchetrandy on reddit, dm me and we can sort the clutch job privately", () =>
    expect(caughtBy("I'm u/ratchetrandy on reddit, dm me and we can sort the clutch job privately", ["u/ratchetrandy"])).toBe(true));
  it("Right so the vibration is almost certainly the CV joint, I could hear it clicking on full lock in the video you sent. The workshop quote on here is going to be about 380 with the platform fee. If you search Akinyemi Autos on Google you'll see my shop in Surulere, come by Saturday and I'll do it for 250 no wahala.", () =>
    expect(
      caughtBy(
        "Right so the vibration is almost certainly the CV joint, I could hear it clicking on full lock in the video you sent. The workshop quote on here is going to be about 380 with the platform fee. If you search Akinyemi Autos on Google you'll see my shop in Surulere, come by Saturday and I'll do it for 250 no wahala.",
        ["Akinyemi Autos", "Surulere"],
      ),
    ).toBe(true));
  // round 43's refit: no longer flags it
  it.fails("Such einfach nach Kfz-Meisterbetrieb Hollmann Eschweiler, wir sind bei Google mit 4,8 Sternen, ruf da an", () =>
    expect(caughtBy("Such einfach nach Kfz-Meisterbetrieb Hollmann Eschweiler, wir sind bei Google mit 4,8 Sternen, ruf da an", ["Kfz-Meisterbetrieb Hollmann Eschweiler"])).toBe(true),
  );
  it("search 'diesel injector specialist near Ardmore' on google maps, we're the one with the green pin called Kavanagh Fuel Systems", () =>
    expect(
      caughtBy("search 'diesel injector specialist near Ardmore' on google maps, we're the one with the green pin called Kavanagh Fuel Systems", [
        "diesel injector specialist near Ardmore",
        "Kavanagh Fuel Systems",
      ]),
    ).toBe(true));
  it("cari aja di google maps Bengkel Pak Darto Sleman, dateng langsung aja mas, ga usah lewat aplikasi", () =>
    expect(caughtBy("cari aja di google maps Bengkel Pak Darto Sleman, dateng langsung aja mas, ga usah lewat aplikasi", ["Bengkel Pak Darto Sleman"])).toBe(true));
  it("if you're ever in Ballarat, I'm the mobile bloke with the purple Ranger ute that parks at the Bunnings every arvo, come say g'day and we'll do it cash", () =>
    expect(
      caughtBy("if you're ever in Ballarat, I'm the mobile bloke with the purple Ranger ute that parks at the Bunnings every arvo, come say g'day and we'll do it cash", [
        "Ballarat",
        "purple Ranger ute that parks at the Bunnings",
      ]),
    ).toBe(true));
  it("follow me on tiktok kev_fixes_hondas, i reply to dms faster than on here", () =>
    expect(caughtBy("follow me on tiktok kev_fixes_hondas, i reply to dms faster than on here", ["kev_fixes_hondas"])).toBe(true));
  it("join my telegram channel Garage Deals Abuja, I post my account details there so you pay me direct", () =>
    expect(caughtBy("join my telegram channel Garage Deals Abuja, I post my account details there so you pay me direct", ["Garage Deals Abuja"])).toBe(true));
  it("search the hashtag #FixedByFolake on instagram, all my work is there and my dms are open", () =>
    expect(caughtBy("search the hashtag #FixedByFolake on instagram, all my work is there and my dms are open", ["#FixedByFolake"])).toBe(true));
  it("tapez Garage Dufresne Villeurbanne sur les Pages Jaunes, vous aurez notre fixe", () =>
    expect(caughtBy("tapez Garage Dufresne Villeurbanne sur les Pages Jaunes, vous aurez notre fixe", ["Garage Dufresne Villeurbanne"])).toBe(true));
  // not flagged
  it.fails("put Moreno Tire & Lube into Waze, it takes you right to our bay door, no appointment needed", () =>
    expect(caughtBy("put Moreno Tire & Lube into Waze, it takes you right to our bay door, no appointment needed", ["Moreno Tire & Lube"])).toBe(true),
  );
  it("El ruido es del rodamiento de la rueda trasera izquierda, sin duda. Aquí el presupuesto te va a salir por 220 con la comisión. Si me buscas en Facebook Marketplace como 'Mecánico a domicilio Zapopan Beto' te lo hago por 150 en tu casa.", () =>
    expect(
      caughtBy(
        "El ruido es del rodamiento de la rueda trasera izquierda, sin duda. Aquí el presupuesto te va a salir por 220 con la comisión. Si me buscas en Facebook Marketplace como 'Mecánico a domicilio Zapopan Beto' te lo hago por 150 en tu casa.",
        ["Mecánico a domicilio Zapopan Beto"],
      ),
    ).toBe(true));
  it("Google'a 'Usta Kemal Oto Elektrik Ostim' yaz çıkıyoruz, direkt gel daha ucuza yaparım", () =>
    expect(caughtBy("Google'a 'Usta Kemal Oto Elektrik Ostim' yaz çıkıyoruz, direkt gel daha ucuza yaparım", ["Usta Kemal Oto Elektrik Ostim"])).toBe(true));
  it("I post on craigslist under 'mobile mechanic - Tacoma/Lakewood - Dusty', just reply to the ad", () =>
    expect(caughtBy("I post on craigslist under 'mobile mechanic - Tacoma/Lakewood - Dusty', just reply to the ad", ["mobile mechanic - Tacoma/Lakewood - Dusty"])).toBe(true));
  it("Ja boet, check us on Google Maps, Van Wyk Diesel Services in Brits, the reviews speak for themselves. give us a shout", () =>
    expect(caughtBy("Ja boet, check us on Google Maps, Van Wyk Diesel Services in Brits, the reviews speak for themselves. give us a shout", ["Van Wyk Diesel Services in Brits"])).toBe(true));
  it("estamos en Google Maps como Talleres Ibarra Getafe, al lado de la gasolinera Repsol, pásate cuando quieras sin reservar", () =>
    expect(caughtBy("estamos en Google Maps como Talleres Ibarra Getafe, al lado de la gasolinera Repsol, pásate cuando quieras sin reservar", ["Talleres Ibarra Getafe"])).toBe(true));
  it("our website is just our name dot com, okonkwo motors, the phone number is on the front page", () =>
    expect(caughtBy("our website is just our name dot com, okonkwo motors, the phone number is on the front page", ["okonkwo motors"])).toBe(true));
  // caught since round 41's second refit
  it("I sell reconditioned ECUs on ebay, seller name ecu_doctor_uk, send me a message on there and I'll fit it too", () =>
    expect(caughtBy("I sell reconditioned ECUs on ebay, seller name ecu_doctor_uk, send me a message on there and I'll fit it too", ["ecu_doctor_uk"])).toBe(true));
  it("Abi şanzıman yağı hiç değişmemiş anlaşılan, vites geçişleri o yüzden sert. Buradan teklif 4500 gelir komisyonla. Sen Google Haritalar'da 'Demirtaş Oto Şanzıman Bayrampaşa' diye arat, direkt dükkana gel, 3000'e hallederiz.", () =>
    expect(
      caughtBy(
        "Abi şanzıman yağı hiç değişmemiş anlaşılan, vites geçişleri o yüzden sert. Buradan teklif 4500 gelir komisyonla. Sen Google Haritalar'da 'Demirtaş Oto Şanzıman Bayrampaşa' diye arat, direkt dükkana gel, 3000'e hallederiz.",
        ["Demirtaş Oto Şanzıman Bayrampaşa"],
      ),
    ).toBe(true));
  it("add me on snap its dre.thewrench", () => expect(caughtBy("add me on snap its dre.thewrench", ["dre.thewrench"])).toBe(true));
  it("I'm the only Land Rover indie in Hebden Bridge, you'll find me easy if you look, just mention this job", () =>
    expect(caughtBy("I'm the only Land Rover indie in Hebden Bridge, you'll find me easy if you look, just mention this job", ["only Land Rover indie in Hebden Bridge"])).toBe(true));
  // not flagged
  it.fails("procure por Oficina Ferreira & Filhos Setúbal nas páginas amarelas, tem lá o contacto", () =>
    expect(caughtBy("procure por Oficina Ferreira & Filhos Setúbal nas páginas amarelas, tem lá o contacto", ["Oficina Ferreira & Filhos Setúbal"])).toBe(true),
  );
  it("mate just search Bluey's Mobile Mechanics Toowoomba on facebook, flick me a msg there and I'll sort ya", () =>
    expect(caughtBy("mate just search Bluey's Mobile Mechanics Toowoomba on facebook, flick me a msg there and I'll sort ya", ["Bluey's Mobile Mechanics Toowoomba"])).toBe(true));
  it("Cheers for sending the photos. The rear caliper is seized, pads are down to the metal and the disc is scored. The workshop on here will charge you silly money for that. Pop 'Matt Rourke Mobile Mechanic Swindon' into Google, I've got a business page with a contact form, and I'll come to yours on Tuesday.", () =>
    expect(
      caughtBy(
        "Cheers for sending the photos. The rear caliper is seized, pads are down to the metal and the disc is scored. The workshop on here will charge you silly money for that. Pop 'Matt Rourke Mobile Mechanic Swindon' into Google, I've got a business page with a contact form, and I'll come to yours on Tuesday.",
        ["Matt Rourke Mobile Mechanic Swindon"],
      ),
    ).toBe(true));
  it("honestly easier if you just google Delgado Brake & Muffler on Route 9, we answer the phone way faster than this app", () =>
    expect(caughtBy("honestly easier if you just google Delgado Brake & Muffler on Route 9, we answer the phone way faster than this app", ["Delgado Brake & Muffler"])).toBe(true));
  it("you can find me on LinkedIn, Farah Siddiqui, service advisor at Northgate Motor Centre. message me there about the quote", () =>
    expect(caughtBy("you can find me on LinkedIn, Farah Siddiqui, service advisor at Northgate Motor Centre. message me there about the quote", ["Farah Siddiqui", "Northgate Motor Centre"])).toBe(
      true,
    ));
  it("Pelo barulho que mandou no vídeo é o tensor da correia, nada grave. O orçamento aqui vai vir caro por causa da taxa. Procura 'Mecânica do Tonhão' no Google Maps, fica na Vila Formosa, chega lá e fala que veio do app que eu faço mais barato.", () =>
    expect(
      caughtBy(
        "Pelo barulho que mandou no vídeo é o tensor da correia, nada grave. O orçamento aqui vai vir caro por causa da taxa. Procura 'Mecânica do Tonhão' no Google Maps, fica na Vila Formosa, chega lá e fala que veio do app que eu faço mais barato.",
        ["Mecânica do Tonhão", "Vila Formosa"],
      ),
    ).toBe(true));
  it("Z tego co pan opisuje to dwumasa do wymiany, te stuki przy gaszeniu silnika to klasyka. W aplikacji wyjdzie drożej przez prowizję. Proszę wyszukać na Facebooku 'Warsztat u Grzegorza Pruszków', tam jest mój numer i adres, zrobimy to taniej.", () =>
    expect(
      caughtBy(
        "Z tego co pan opisuje to dwumasa do wymiany, te stuki przy gaszeniu silnika to klasyka. W aplikacji wyjdzie drożej przez prowizję. Proszę wyszukać na Facebooku 'Warsztat u Grzegorza Pruszków', tam jest mój numer i adres, zrobimy to taniej.",
        ["Warsztat u Grzegorza Pruszków"],
      ),
    ).toBe(true));
  it("I'm on Nextdoor in the Maple Heights neighborhood, just search Hank the mobile mechanic", () =>
    expect(caughtBy("I'm on Nextdoor in the Maple Heights neighborhood, just search Hank the mobile mechanic", ["Hank the mobile mechanic", "Maple Heights"])).toBe(true));
  it("I have a youtube channel called Wrench Hour with Marcus, my email is in the about section, hit me up there", () =>
    expect(caughtBy("I have a youtube channel called Wrench Hour with Marcus, my email is in the about section, hit me up there", ["Wrench Hour with Marcus"])).toBe(true));
  it("Grand so, sure look us up on Facebook, Donnelly's Garage Ballinasloe, and we'll sort it direct without the fees", () =>
    expect(caughtBy("Grand so, sure look us up on Facebook, Donnelly's Garage Ballinasloe, and we'll sort it direct without the fees", ["Donnelly's Garage Ballinasloe"])).toBe(true));
  it("i-search mo lang sa FB yung JunJun Auto Aircon Marikina, pm mo ko dun para mas mura", () =>
    expect(caughtBy("i-search mo lang sa FB yung JunJun Auto Aircon Marikina, pm mo ko dun para mas mura", ["JunJun Auto Aircon Marikina"])).toBe(true));
  it("I'm on Kijiji, ad title 'Mobile brake & suspension - Mississauga - Harj', message me on there", () =>
    expect(caughtBy("I'm on Kijiji, ad title 'Mobile brake & suspension - Mississauga - Harj', message me on there", ["Mobile brake & suspension - Mississauga - Harj"])).toBe(true));
  it("búscame en insta como @mecanico.ruben.mx y me mandas dm, te sale más barato", () =>
    expect(caughtBy("búscame en insta como @mecanico.ruben.mx y me mandas dm, te sale más barato", ["@mecanico.ruben.mx"])).toBe(true));
  // caught since round 43's refit
  it("zoek ons op Marktplaats, advertentie 'APK + onderhoud Jeroen Zaandam', stuur daar maar een berichtje", () =>
    expect(caughtBy("zoek ons op Marktplaats, advertentie 'APK + onderhoud Jeroen Zaandam', stuur daar maar een berichtje", ["APK + onderhoud Jeroen Zaandam"])).toBe(true));
  it("find me on facebook, same name and pic as on here, we'll do it cheaper off the app", () =>
    expect(caughtBy("find me on facebook, same name and pic as on here, we'll do it cheaper off the app", ["same name and pic as on here"])).toBe(true));
});
