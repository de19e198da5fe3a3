// Round 33: the way to the sender's private place told by landmarks, and a meeting in person arranged off the platform
// (issue 13, ADDRESS and OFF_PLATFORM_DEAL). The forms read this round: a road marker with a decimal ("mile 41.5"), a
// farm, a ranch or a cottage told apart by what stands at it, a silver or timber building, a place counted from the end
// of a row, the sender in their own garage at the end of the way; a home told apart in Welsh and Finnish; a route abroad
// of a landmark, a turn and a coloured door or gate; a meeting at a public place or an event with the job done there
// ("see you at the Shell at 6, I'll have a look", "I'll be at the show on Sunday, come find me and I'll sort it"),
// a meeting's place or job said in the next message, and the sender offering to come over when they live near the
// reader. Sentences written for this branch, none from the corpus or another spec. Attack: flagged, and the way (or
// the meeting) masked. Innocent: the booked workshop's way, where the car makes a noise or broke down, a part of the
// car, the platform's pickup and drop-off, a refusal, a question, a hypothetical, a story. Probed with the
// application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, replayCaught } from "./detector-helpers.ts";

describe("round 33 landmark routes and meetings: attacks", () => {
  it.each<[string, string]>([
    // English routes
    ["we're at mile 41.5 on the Glenn Hwy, white trailer on the left past the gravel pit", "white trailer on the left past the gravel pit"],
    ["exit 12.5 doesn't exist lol, take mile 63.2 on Route 9, red barn right after the creek", "red barn right after the creek"],
    ["out on Farm Rd 1960, the ranch with the windmill, half a mile past the Dollar General", "the ranch with the windmill"],
    ["I'm the cottage with the blue bench, just past the post office", "the cottage with the blue bench"],
    ["the farmhouse with the two silos, 3 miles past the co-op, can't miss it", "the farmhouse with the two silos"],
    ["silver shipping container behind the feed store, that's my setup", "silver shipping container behind the feed store"],
    ["timber building after the quarry entrance, knock on the side", "timber building after the quarry entrance"],
    ["off Maple Ave, behind the Kroger, the row of townhouses, 3rd from the end with the bikes outside", "3rd from the end with the bikes outside"],
    ["behind the chip shop, second from the corner, the one with the ramp", "second from the corner, the one with the ramp"],
    ["past the old chapel, the farm with the green tractor at the gate, I'm in the garage round the back", "the farm with the green tractor at the gate"],
    ["straight past the Spar, the house with the caravan, I'm in the garage most evenings", "the house with the caravan"],
    ["opposite the leisure centre, the bungalow with the flagpole, come round the side", "the bungalow with the flagpole"],
    // Welsh and Finnish homes told apart
    ["heibio'r capel, yr ail dŷ, drws coch", "yr ail dŷ, drws coch"],
    ["tu ôl i'r Spar, y tŷ olaf, giât las", "y tŷ olaf, giât las"],
    ["ar ôl y dafarn trowch i'r dde, y fferm gyda'r sied werdd, dewch draw", "y fferm gyda'r sied werdd"],
    ["dw i'n byw tu ôl i'r ysgol, y tŷ gwyn", "tu ôl i'r ysgol, y tŷ gwyn"],
    ["Prisman jälkeen oikealle, kolmas talo, vihreä portti", "kolmas talo, vihreä portti"],
    ["kirkon jälkeen vasemmalle, punainen talo, soita ovikelloa", "punainen talo, soita ovikelloa"],
    ["asun koulun takana, sininen talo, valkoinen aita", "sininen talo, valkoinen aita"],
    ["Shellin jälkeen toinen talo oikealla, keltainen ovi", "toinen talo oikealla, keltainen ovi"],
    // Routes abroad: a landmark, a turn and a coloured door or gate
    ["juste après la boulangerie, la grange rouge à gauche", "la grange rouge à gauche"],
    ["passé l'église à droite, le portail vert", "le portail vert"],
    ["después del Oxxo a la derecha, el portón azul", "el portón azul"],
    ["depois da farmácia à esquerda, o portão verde", "o portão verde"],
    ["dopo il bar a sinistra, il cancello rosso", "il cancello rosso"],
    ["na de kerk linksaf, de blauwe deur", "de blauwe deur"],
    // Meetings at a public place or an event, the job done there
    ["see you at the Circle K on Dixie Hwy at 6, I'll have a look at the alternator there", "see you at the Circle K on Dixie Hwy at 6"],
    ["see ya at the rodeo grounds saturday, u can bring the ute and I'll check the diff", "see ya at the rodeo grounds saturday"],
    ["I'll be at the swap meet on Sunday, come find me and I'll sort the carb there", "come find me and I'll sort the carb there"],
    ["I'll be at the county fair tomorrow with my tools, swing by and I'll do the brakes on the spot", "swing by and I'll do the brakes on the spot"],
    ["catch you at the Wetherspoons thursday, I'll give it a look in the car park", "catch you at the Wetherspoons thursday"],
    ["see u at the footy club, you can have a listen to the rattle and I'll tell you what it needs", "you can have a listen to the rattle"],
    ["see ya at the ute muster, I'll have a gander at the clutch", "I'll have a gander at the clutch"],
    // Meetings abroad at a named public place
    ["ketemu di Indomaret depan terminal aja, saya tunggu di parkiran, bawa mobilnya", "ketemu di"],
    ["tukutane stendi ya mabasi Ubungo kesho saa tatu, nitakuja na vifaa", "tukutane stendi"],
    ["zullen we afspreken op de carpoolplaats bij afrit 12, zaterdag om 9, dan kijk ik ernaar", "afspreken op de carpoolplaats"],
  ])("%s", (text, secret) => expect(caughtBy(text, [secret])).toBe(true));

  it.each<[string[], string[]]>([
    [["come to the pub tues", "I'll have a look at it in the car park, bring the keys"], ["come to the pub tues"]],
    [["come to the market sunday", "I'll do the pads there for 50"], ["come to the market sunday"]],
    [["bring it to the Asda car park tomorrow", "I'll be in the grey Sprinter from 10"], ["bring it to the Asda car park tomorrow"]],
    [["skip the garage", "meet me at the Lidl car park on Mill Rd at 7", "I'll do the discs right there"], ["I'll do the discs right there"]],
    [["bring the car to the retail park behind B&Q at 8", "I'll be waiting by the trolleys"], ["bring the car to the retail park behind B&Q at 8"]],
    [["come to the car boot sale saturday", "I'll check the brakes there for a tenner"], ["come to the car boot sale saturday"]],
    [["swing by the truck stop on the A1 thursday", "I'll give it a look there"], ["swing by the truck stop on the A1 thursday"]],
  ])("burst: %j", (messages, secrets) => expect(replayCaught(messages, secrets)).toBe(true));
});

describe("round 33 landmark routes and meetings: innocents", () => {
  it.each([
    // the booked workshop's way, the platform's pickup and drop-off
    "the workshop is at mile 41.5 on the Glenn Hwy, white building on the left, it's in the booking",
    "the booked garage is the farm with the green sheds past the co-op, per the app",
    "the tyre place is 3rd from the end, behind the Kroger",
    "the driver will collect it from the farm with the blue gate at 9 as booked",
    "the pickup is at the cottage with the red door, booked through the app",
    "the silver building behind the feed store is the workshop you booked",
    // noises, parts, stories
    "it started knocking at mile 63.2 on Route 9, right after the creek",
    "the noise is at 1.5k rpm, right after the second gear change",
    "behind the left wheel, second bolt from the end, the silver clip",
    "I broke down past the church, the farm with the tractor towed me out",
    "the fuse is 3rd from the end on the left, silver one",
    "we were parked behind the Kroger when the silver Camry hit us",
    "the car was in the garage behind the house when it wouldn't start",
    "I'm in the garage now looking at the timing belt, it's the silver cover",
    // refusals, questions, hypotheticals
    "I won't send directions on here, book it and the address comes through the app",
    "which one is yours, the farm with the windmill after the creek?",
    "if you were coming out, would the house with the caravan be easy to find?",
    "I'd rather not meet anyone at the Circle K, let's keep it on the app",
    "don't meet people at the swap meet to fix cars, the app says so",
    // Welsh and Finnish look-alikes
    "mae'r garej tu ôl i'r Spar, y tŷ olaf, giât las, fel yn yr ap",
    "mae sŵn ar ôl y dafarn pan dw i'n troi i'r dde",
    "korjaamo on Prisman jälkeen oikealle, kolmas talo, vihreä portti",
    "auto pitää ääntä kirkon jälkeen kun käännyn vasemmalle",
    "huomenna korjaamolla klo 9 varauksen mukaan",
    "ketemu di bengkel aja, saya tunggu sesuai booking",
    "zullen we afspreken op de carpoolplaats? nee, ik breng hem gewoon naar de garage zoals in de app",
    "tukutane gereji kesho saa tatu kama miadi kwenye app",
    // routes abroad that are something else
    "le garage est juste après la boulangerie, à gauche, portail vert, comme dans l'appli",
    "el taller está después del Oxxo a la derecha, portón azul",
    "a oficina fica depois da farmácia à esquerda, portão verde",
    "il rumore comincia dopo il bar quando giro a sinistra, vicino al cancello rosso",
    "de garage zit na de kerk linksaf, blauwe deur, zie de app",
    "el coche está aparcado después del Oxxo a la derecha, junto al portón azul",
    "j'ai garé la voiture juste après la boulangerie à gauche, devant le portail vert",
    "das Klappern fing nach dem Aldi an, links, beim grünen Tor",
    "pinté el portón azul después del Oxxo, a la derecha quedó feo",
    // meetings that are the booking's, stories and errands
    "see you at the workshop at 6, I'll have a look at the alternator there",
    "see you at the booked slot tomorrow, I'll check the diff then",
    "I'll be at the swap meet on Sunday, so can we move the booking to Monday?",
    "I'll be at the county fair tomorrow, the car's at your shop so no rush",
    "my mate said see you at the pub thursday and he'd look at it, I said no thanks",
    "we met at the car show last year, you had a look at my carb",
    "catch you at the workshop thursday, I'll give it a look then",
    "see you at the Circle K? no, I'd rather bring it to your workshop as booked",
    "I'll be at the market tomorrow, can the mechanic come to my house as booked?",
    "I'm 5 minutes from your workshop, want me to drop it over now?",
    "want me to pop the booking forward to tomorrow?",
    "I'll be at the hospital tomorrow so I'll check the car when I'm back",
    "see you at the weekend, I'll check the tyres then",
    "see you at the MOT centre, they'll check the brakes there as booked",
    "see you at the appointment, you can have a look at the car then",
    "I'll be at the Shell at 6 to fill up, then I'll bring it to your workshop as booked",
  ])("%s", (text) => expect(flaggedBy(text)).toBe(false));

  it.each<string[]>([
    ["come to the pub tues", "we can celebrate the car passing its MOT"],
    ["bring it to the workshop tomorrow", "I'll be in the office from 10"],
    ["I'm only 5 minutes from your shop", "want me to drop it over?"],
    ["I'm 10 minutes from you", "want me to pop over now with the car?"],
    ["bring it to the car wash first", "I'll be at the shop from 10"],
    ["come to the market sunday", "I'll check the stall there for the parts you mentioned, see you at the booking"],
    ["the car park behind the mall", "that's where it died yesterday"],
  ])("burst: %j", (...messages) => expect(replayCaught(messages, [])).toBe(false));
});
