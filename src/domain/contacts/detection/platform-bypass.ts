/**
 * The platform's booking or payment left to deal directly (OFF_PLATFORM_DEAL), issue 13, round 30:
 * "Cancel the booking and come straight to the workshop, it'll be cheaper", "Cancela la reserva y
 * vente directamente al taller", "Randevuyu iptal et, direkt dükkana gel, yarı fiyatına yaparım",
 * "Bayar cash aja di bengkel, nggak usah lewat aplikasi". Independent reviewers found these missed,
 * most of all abroad: the older deal rules read fixed English phrases, and each element of such an
 * offer is innocent alone ("I need to cancel the booking", "come straight to the workshop at 9",
 * "the car wash only takes cash", "is it cheaper in the app?").
 *
 * So this reads an offer as two of its three elements in one sentence, in English, Spanish,
 * Portuguese, French, German, Italian, Polish, Romanian, Hungarian, Turkish, Indonesian/Malay,
 * romanised Hindi, Tagalog, Arabic, Dutch, Vietnamese and Maghrebi/Egyptian Arabic in Latin letters.
 * Each element is read in the forms one asks a stranger or a customer with, not only the familiar
 * imperative (issue 13, round 30's blind reviews: the same offers missed when worded politely):
 * the formal and plural imperatives and the subjunctive as one ("niech pan anuluje", "proszę
 * anulować", "anulați", "cancele", "venham", "annulli", "stornieren Sie", "iptal edin", "jöjjön",
 * "silakan batalkan", "kar dijiye", "i-cancel ninyo po", "الغوا", "تعالوا"):
 *
 *   AWAY    the platform left: its booking cancelled or skipped, the app not used or left
 *           ("cancel the booking", "anuluj rezerwację", "app chhodo", "uygulamadan geçmeyelim",
 *           "الغي الحجز", "let's move this chat somewhere else", "annuleer de boeking", "buiten de app
 *           om", "hủy lịch trên app", "khalli l'appli");
 *   DIRECT  dealing straight with the sender: come straight there ("vente directamente al
 *           taller"), or with them: to them or their shop, booked or paid with them directly, cash
 *           ("book the next one direct with me", "seedha mere paas aao", "nakit"), turning up ("just
 *           rock up", "swing by", "kom gewoon langs", "qua thẳng tiệm", "ta3al 3al warsha"), or no
 *           one in the middle ("off the record", "sin intermediarios", "unter uns", "onderling");
 *   GAIN    what it saves: cheaper, a discount, half price, no commission or fees ("te sale más
 *           barato", "yarı fiyatına", "aadhe daam", "أرخص", "goedkoper", "rẻ hơn", "arkhas"), or a
 *           lower price set against the platform's ("I'll sort you out for less", "380 instead of
 *           the 450 on here", "the price on here is inflated", "le cobro menos").
 *
 * Round 31 (issue 13) read what independent reviewers still found missed, as classes: the payment refused on the
 * platform as AWAY ("don't pay through the app", "no lo pagues por la aplicación", "nie płać przez apkę", "uygulama
 * üzerinden ödeme yapma", "app se mat karo payment", "لا تدفع عن طريق التطبيق"); the platform's cut as GAIN though no
 * saving is named ("the app takes 20%", "se quedan un pico", "die Plattform zieht 20 Prozent ab", "app wala 20 percent
 * kaat leta hai"); the booking marked cancelled, a no-show or declined on the platform as AWAY, with the job carried
 * on all the same as its third partner ("mark it as cancelled in the app and I'll still do it Saturday", "vengo
 * igual", "komm trotzdem vorbei"), the writer's own closing included ("I'll close the job as no-show and you pay me
 * on the day"); and the platform by its name or as "here" ("niet via AutoDoctor", "book with us, not through here").
 * A payment postponed with nothing offered beside it ("don't pay through the app yet"), the job rebooked, a visit only to collect something, a way
 * of paying refused right after it ("nakit kabul etmiyoruz") and cash for parking, a tow or a toll stay innocent.
 *
 * AWAY with DIRECT or GAIN, or DIRECT with GAIN, is the offer; a price compared with something else
 * is no GAIN ("come straight to the workshop, it's cheaper than a tow", "cheaper elsewhere"), nor is a
 * fee alone ("you lose the fee if you cancel"). Each is read with its sentence: a
 * negation before it ("I won't pay cash outside the app", "no voy a cancelar la reserva"), a story
 * or a complaint ("the last garage told me to cancel the booking and pay cash, I refused"), the
 * sender's own cancellation ("I'll cancel the booking, it's cheaper elsewhere") and a question
 * about the platform's own rules ("is it cheaper if I pay cash?") stay innocent; that reading lives in `deal-talk.ts`
 * (round 31), shared with the older deal rules. The text reaches
 * the rules normalised: words are written without accents, Arabic alef folded to "l".
 */
import { type Pattern, sentenceAt } from "./context.ts";
import { arabicWords, NEGATED_ABROAD, NEGATED_AFTER, OFFER_IN_QUESTION, talkedOf } from "./deal-talk.ts";

const DEAL = "OFF_PLATFORM_DEAL" as const;

/**
 * The platform by its own name, as writers call it (issue 13, round 31): "AutoDoctor", "Auto Doctor", "the doctor app".
 * Not "Autodoc", a parts shop's name.
 */
const PLATFORM_NAME = String.raw`(?:auto\s?-?doctor|doctor\s+app)`;

/** The platform's app, booking or site, as the languages name it after an avoiding word. */
const PLATFORM_WORD = String.raw`(?:the\s+|this\s+)?(?:app|apps|platform|site|booking|reservation|appointment|${PLATFORM_NAME})`;

/**
 * Where on the platform a booking is cancelled or a payment made, right after an avoiding word ("cancel in the app",
 * "anuluj w aplikacji", "cancela lá no app", "app pe", "sa app"): read as part of it, so that the rest of the sentence
 * does not take it for the payment kept on the platform (`THROUGH_PLATFORM`). Issue 13, round 31.
 */
const PLACE = String.raw`(?:(?:in|on|from|via|through|thru|using)\s+(?:the\s+|this\s+)?(?:app|platform|site|${PLATFORM_NAME})|on\s+here|on\s+my\s+end|sa\s+app|(?:la\s+)?(?:en|por|desde|no|na|pelo|pela)\s+(?:la\s+|o\s+|a\s+)?(?:app|aplicacion|aplicativo|plataforma)|(?:sur|dans|via)\s+l['’]?\s?appli\w*|in\s+(?:der|de)\s+app|(?:sull|nell|dall)['’]?\s?app|w\s+(?:aplikacji|apce|apke)|(?:di|lewat|dari)\s+(?:aplikasi|app)|uygulama(?:da|dan)|app\s+(?:se|pe|par|me|mein))`;

/** AWAY, in the Latin-written languages (imperatives and proposals, not the sender's own "I cancelled"). */
const AWAY_LATIN = String.raw`\b(?:${[
  // English: "cancel the booking", "skip the app", "move this chat somewhere else", "not through the app", "without the booking"
  // ("skip the booking queue", "forget the app password": a part of the platform, not the platform left)
  String.raw`(?:cancel|skip|ditch|drop|scrap|bin|forget|bypass)\s+(?:the|this|your|ur|that)\s+(?:booking|appointment|reservation|app|platform)(?!\s+(?:queue|line|form|page|screen|reference|number|confirmation|password|login|update))`,
  String.raw`(?:move|take|continue|carry\s+on)\s+(?:this|the|our)\s+(?:chat|conversation|convo|talk)\s+(?:somewhere\s+else|elsewhere|off\s+(?:here|the\s+app)|outside)`,
  String.raw`cancel\s+(?:(?:it|that|the\s+job|the\s+request)\s+)?(?:on|in)\s+(?:here|the\s+app)|(?:forget|skip|stop|quit)\s+(?:booking|paying|going)\s+(?:through|thru|via|on|in)\s+(?:here|the\s+app|this\s+app|the\s+platform)`,
  String.raw`(?:not|never)\s+(?:through|thru|via|on)\s+${PLATFORM_WORD}`,
  // the platform as "here" or "this" after a contrast: "book with us, not thru here", "not through this, ..." (round 31)
  // (not the way there: "not through here, the road's closed")
  String.raw`(?:not|never|rather\s+than|instead\s+of)\s+(?:through|thru|via)\s+(?:here|this(?=\s*(?:[,.!?;]|$)))(?![^.!?\n]*\b(?:road|roads|route|way|gate|entrance|door|street|lane|traffic|closed|blocked|roadworks|diversion)\b)`,
  // the payment refused on the platform (round 31): "don't pay through the app", "dnt book via app", "no point paying autodoctor"
  String.raw`(?:don['’]?t|dont|dnt|do\s+not|never)\s+(?:pay|book|confirm|approve|accept)\s+(?:(?:it|for\s+it|this|that|the\s+(?:payment|quote|job))\s+)?(?:(?:through|thru|via|on|in|using)\s+)${PLATFORM_WORD}`,
  String.raw`don['’]?t\s+(?:mention|say)\s+(?:it|this|that|anything)\s+(?:on\s+here|in\s+the\s+app)|no\s+point\s+(?:in\s+)?(?:paying|using|booking\s+(?:through|on|via)|going\s+through)\s+${PLATFORM_WORD}`,
  // the booking closed, cancelled or declined on the platform while the job goes on (round 31): "mark the booking as
  // cancelled", "close the job on the app as no-show", "decline the quote in the app", "cancel in app"
  // round 54: the job recorded on the platform as what it was not, the money going elsewhere: "do it for cash and close it on the
  // app as no fault found", "log the job as diagnosis only", "mark it as completed in the app and pay me on the day" (its partner,
  // cash or the sender paid, is still needed: "mark it as completed in the app once the part is fitted" stays innocent)
  String.raw`(?:mark|flag|close(?:\s+out)?|log|record|report|enter|sign\s+off|write\s+up)\s+(?:it|this|that|(?:the|this|that|my|your|ur)\s+(?:job|booking|appointment|request|order|visit|quote))(?:\s+out|\s+off)?\s+(?:(?:on|in)\s+(?:the\s+)?app\s+|on\s+here\s+|on\s+my\s+end\s+)?as\s+(?:(?:a|an|customer)\s+)*(?:cancell?ed|no[\s-]?show|not\s+(?:done|needed|required)|declined|rejected|void|no[\s-]fault(?:\s+found)?|nff|nothing\s+(?:found|wrong)|(?:completed?|done|fixed|resolved|finished)(?:\s+remotely)?|diagnos(?:is|tic)\s+only|(?:just\s+)?(?:a\s+)?(?:diagnosis|diagnostic|consultation|video\s+call))`,
  String.raw`(?:decline|reject|refuse|withdraw|close)\s+(?:it|the\s+(?:quote|job|request|booking|order)|(?:this|that|my|your|ur)\s+(?:quote|job|request|booking|order))\s+(?:(?:in|on|via|through|from)\s+(?:the\s+)?(?:app|platform|${PLATFORM_NAME})|on\s+here|here)`,
  String.raw`cancel\s+(?:(?:it|that|the\s+job|the\s+request|the\s+booking)\s+)?(?:in\s+app|(?:via|from|through|on)\s+(?:the\s+)?app)`,
  // the negation that is the offer: "no need to go through the app", "don't bother with the booking", "don't use the app"
  String.raw`(?:no\s+need\s+(?:for|to\s+(?:use|go\s+through|book\s+(?:through|on|via)))|don['’]?t\s+(?:bother\s+with|use|go\s+through))\s+${PLATFORM_WORD}`,
  // round 51: the platform waved away without a trigger word: "don't worry about the app", "never mind the booking" (not a
  // thing of it: "don't worry about the app notifications")
  String.raw`(?:don['’]?t\s+(?:worry|bother)\s+about|never\s*mind)\s+${PLATFORM_WORD}(?![\s'’s]*(?:notification|crash|glitch|bug|password|log-?in|update|page|screen|reminder|e-?mail|message|alert|rating|review|button|menu|setting|map|chat|timer|status|photo|upload)\w*)`,
  String.raw`(?:outside|without|off)\s+(?:of\s+)?${PLATFORM_WORD}|no\s+(?:money|payment|cash)\s+(?:going\s+)?(?:through|via|on|in)\s+${PLATFORM_WORD}`,
  // Spanish, Portuguese: "cancela la reserva", "cancela a marcação", "sin pasar por la app", "sem marcar pelo app"
  String.raw`(?:cancel(?:a|e|en|em|ala|ela)|(?:pode|podes|puede|puedes|pueden|podem)\s+cancelar)\s+(?:la|tu|su|esa|a|o|sua|seu|tua|teu|essa|esse)\s+(?:reserva|cita|marcacao|agendamento)`,
  String.raw`(?:sin|sem|no|nao)\s+(?:pasar|pasamos|pasemos|reservar|marcar|agendar|passar|passamos|passemos)\s+(?:por|pel[oa])\s+(?:la\s+)?(?:app|aplicacion|aplicativo|plataforma)`,
  // the payment or booking refused there, "aquí" for the platform (round 31): "no lo pagues por la aplicación", "no reserves por aquí",
  // "no hace falta que reserves por aquí", "no confirmes el pago en la app", "não pague pelo app", "cancela lá no app"
  String.raw`(?:no|nao)\s+(?:(?:hace\s+falta|precisa|e\s+preciso)\s+(?:que\s+)?)?(?:(?:lo|la|le|me|o|a)\s+)?(?:pagues|pague|paguen|pagar|confirmes|confirme|reserves|reserve|reserven|reservar|agendes|agende|agendar|marques|marque|marcar)\s+(?:(?:el|o)\s+(?:pago|pagamento)\s+)?(?:por|en|desde|pel[oa]|no|na|via)\s+(?:(?:la|el|o|a)\s+)?(?:app|aplicacion|aplicativo|aplicacao|plataforma|aqui)`,
  String.raw`(?:no|nao)\s+(?:por|pel[oa]|via|en|na|no)\s+(?:la\s+|o\s+|a\s+)?(?:app|aplicacion|aplicativo|aplicacao|plataforma)(?!\s+(?:no|nao)\b)|cancel(?:a|e|en|em)\s+(?:la\s+|tudo\s+)?(?:en|no|na|por|pelo|pela)\s+(?:la\s+|o\s+|a\s+)?(?:app|aplicacion|aplicativo|plataforma)`,
  // "no hace falta la app", "no uses la app", "não precisa do app", "não precisa marcar pelo app", "fuera de la app", "fora do app"
  String.raw`(?:no\s+(?:hace\s+falta|necesitas|uses|pagues|reserves)|nao\s+(?:precisa|precisas|e\s+preciso|use|usa|pague|marque))\s+(?:\w+\s+)?(?:la\s+|o\s+|a\s+|pel[oa]\s+|por\s+la\s+|do\s+|da\s+)?(?:app|aplicacion|aplicativo|aplicacao|plataforma)|(?:fuera\s+de|fora\s+d)[oae]?\s+(?:la\s+)?(?:app|aplicacion|aplicativo|plataforma)`,
  // French: "annulez la réservation", "sans passer par l'appli"
  String.raw`annul(?:ez|e)\s+(?:la|votre|ta|cette|le|ton)\s+(?:reservation|rdv|rendez-vous)|ne\s+(?:reserve[zr]?|paye[zr]?|passe[zr]?)\s+pas\s+(?:par|sur|via)\s+l['’]?\s?appli\w*|pas\s+(?:besoin|la\s+peine)\s+d(?:e\s+|['’]\s?)(?:passer\s+par\s+)?l['’]?\s?appli\w*|hors\s+(?:de\s+)?l['’]?\s?appli\w*|pas\s+(?:par|via|sur|dans)\s+l['’]?\s?appli\w*|oublie[rz]?\s+l['’]?\s?appli\w*|annule[zr]?\s+(?:sur|dans)\s+l['’]?\s?appli\w*`,
  // German: "stornieren Sie die Buchung", "sag den Termin ab", "nicht über die App"
  String.raw`(?:stornier(?:en|e)?|streich(?:en)?)\s+(?:sie\s+)?(?:die|deine|ihre)\s+(?:buchung|reservierung)|stornier\w*\s+(?:(?:sie|einfach|es|das|sie)\s+)*(?:in|uber)\s+der\s+app|sag(?:en|t)?\s+(?:sie\s+)?(?:die|den|ihre|ihren|deine|deinen)\s+(?:buchung|termin|reservierung)\s+ab|nicht\s+(?:uber|via|mit|in)\s+(?:die\s+|der\s+)?(?:app|plattform)|ohne\s+(?:die\s+)?(?:buchung|app)|(?:brauchst|braucht|brauchen\s+sie)\s+(?:die\s+)?(?:app|buchung)\s+nicht`,
  // Italian: "annulla la prenotazione", "disdici la prenotazione"
  String.raw`(?:annulla|annulli|annullate|disdici|disdica)\s+(?:pure\s+|subito\s+)?(?:la\s+|tua\s+|sua\s+)?prenotazione|non\s+(?:(?:prenotare|pagare|pagarlo|confermare)\s+)?(?:dall['’]?\s?|sull['’]?\s?|nell['’]?\s?|tramite\s+(?:l['’]?\s?)?)(?:app|piattaforma)|non\s+serve\s+(?:l['’]?\s?app|la\s+prenotazione)|(?:fuori\s+dall['’]?\s?|senza\s+(?:l['’]?\s?)?)app`,
  // Polish: "anuluj rezerwację", "odwołaj wizytę", "bez aplikacji", "nie przez aplikację"
  String.raw`(?:anuluj(?:cie)?|odwo[lł]aj(?:cie)?|niech\s+(?:pan|pani|panstwo)\s+(?:anuluj[ea]|odwo[lł]a(?:ja)?)|prosze\s+(?:anulowac|odwo[lł]ac)(?!\s+moj))\s+(?:(?:\w+\s+)?(?:rezerwacj\w*|wizyt\w*)|w\s+(?:aplikacji|apce))|(?:bez|poza)\s+(?:rezerwacji|aplikacj\w*|apki|apk[aą]|platform\w*)|nie\s+potrzebujesz\s+aplikacji|nie\s+(?:(?:rezerwuj|umawiaj|plac|p[lł]ac)\w*\s+(?:sie\s+)?)?przez\s+(?:aplikacj\w*|apk[eiaęą]|platform\w*)`,
  // Romanian: "anulează rezervarea", "nu mai rezerva prin aplicație", "fără aplicație"
  String.raw`anul(?:eaz[ai]|ati)\s+(?:\w+\s+)?(?:rezervarea|programarea)|(?:nu\s+(?:mai\s+)?)?(?:rezerva|rezervati|plati|platiti)\s+prin\s+(?:aplicati\w*|platforma)|fara\s+(?:aplicati\w*|rezervare)|nu\s+prin\s+aplicati\w*|nu\s+ai\s+nevoie\s+de\s+aplicati\w*|in\s+afara\s+aplicatiei`,
  // Hungarian: "mondd le a foglalást", "app nélkül", "ne az appon keresztül"
  String.raw`mond(?:d|ja)\s+le\s+a\s+foglalast|(?:app|applikacio|alkalmazas|foglalas)\s+nelkul|ne\s+(?:\w+\s+)?(?:az\s+)?(?:appon|alkalmazason|alkalmazasban|appban|applikacioban)|nem\s+kell\s+(?:az\s+)?(?:app|alkalmazas)|(?:appon|alkalmazason)\s+kivul`,
  // Turkish: "randevuyu iptal et", "uygulamadan geçmeyelim", "uygulama olmadan"
  String.raw`(?:randevu(?:nu)?yu|rezervasyon(?:unu)?u)\s+iptal\s+(?:et|edin|edelim|edersen|ederseniz)|uygulama(?:dan|yi)?\s+(?:gecmeyelim|gecmeden|kullanmadan|kullanmayalim)|uygulamasiz|uygulama\s+(?:olmadan|disinda)|uygulamaya\s+(?:gerek|ihtiyac)\s+yok|uygulamayi\s+kullanma\b|uygulama(?:dan|\s+uzerinden)\s+(?:odeme\s+)?(?:yapma(?:yin|yalim)?|odemeyin|odemeyelim)\b|uygulamada\s+iptal\s+(?:et|edin)\b`,
  // Indonesian/Malay: "nggak usah lewat aplikasi", "batalin bookingnya", "di luar aplikasi"
  String.raw`(?:nggak|ngga|gak|ga|tidak|tak|tdk|gausah|gak\s+usah|tak\s+payah)\s+(?:usah\s+|perlu\s+|payah\s+)?(?:pesan\s+|booking\s+|bayar\s+)?(?:lewat|pakai|pake|via|guna|di|dalam|kat|melalui)\s+(?:aplikasi|app|apk)|(?:batal(?:in|kan)?|(?:boleh|sila|silakan|tolong)\s+cancel)\s+(?:aja\s+|saja\s+|je\s+)?(?:booking|pesanan|reservasi|tempahan)(?:nya)?|(?:tanpa|(?:di\s+)?luar)\s+(?:aplikasi|app)|jangan\s+(?:pesan\s+|booking\s+|bayar\s+)?(?:lewat|pakai|pake|via|di)\s+(?:aplikasi|app)`,
  // romanised Hindi: "booking cancel karo", "app chhodo"
  String.raw`booking\s+cancel\s+(?:karo|kar\s+do|kardo|kar\s+dena|kar\s+dijiye|kijiye|kariye|karein|karen)|app\s+(?:chhodo|chodo|chhod\s+do|chod\s+do|chhodiye|ki\s+zarurat\s+nahi|ke\s+bahar|se\s+(?:booking|payment)\s+mat)`,
  // "app se mat karo payment", "app ke through mat book karna", "app se karne ki zaroorat nahi", "app pe cancel kar do" (round 31)
  String.raw`app\s+(?:se|pe|par|me|mein|ke\s+through|ke\s+zariye)\s+(?:(?:\w+\s+){0,2}?mat\s+(?:\w+\s+)?(?:karo|karna|kijiye|karein|karen)|(?:\w+\s+)?(?:karne|karwane)\s+ki\s+(?:zarurat|zaroorat|jarurat|jaroorat)\s+nahi|cancel\s+(?:karo|kar\s+do|kardo|kar\s+dijiye|kijiye|karein))`,
  // Tagalog: "i-cancel mo na lang yung booking", "wag na mag-book sa app"
  String.raw`(?:i-?)?cancel\s+(?:mo|nyo|niyo|ninyo)\s+(?:na\s+lang\s+|nalang\s+)?(?:po\s+)?(?:yung|ang)\s+booking|(?:wag|huwag|hindi)\s+(?:ka\s+|kayo\s+|mo\s+)?na\s+(?:kailangan\s+)?mag-?book|(?:wag|huwag)\s+(?:ka\s+|kayo\s+)?(?:na|nang)\s+(?:dumaan|magbayad)\s+sa\s+app|sa\s+labas\s+ng\s+app|(?:wag|huwag)\s+(?:na\s+)?(?:(?:kayo|ka|natin|nyo|mo)\s+)?(?:na\s+)?(?:po\s+)?(?:mag-?book|magbayad|idaan|dumaan)\s+(?:dito|sa\s+app)|i-?cancel\s+(?:mo|nyo|niyo|ninyo)\s+(?:na\s+lang\s+|nalang\s+)?(?:po\s+)?sa\s+app`,
  // Dutch: "annuleer de boeking", "zeg de afspraak af", "niet via de app boeken", "buiten de app om", "zonder de app"
  String.raw`annuleer\s+(?:de|je|uw|die)\s+(?:boeking|afspraak|reservering)|zeg\s+(?:de|je|uw|die)\s+(?:boeking|afspraak|reservering)\s+af|(?:niet|nooit)\s+(?:via|door|in|met|op)\s+(?:de\s+app|${PLATFORM_NAME})|(?:buiten|zonder)\s+(?:de\s+|het\s+)?(?:app|boeking|platform)|(?:geen|niet)\s+(?:\w+\s+)?(?:app|boeking)\s+nodig|(?:laten|laat|houden|houd)\s+(?:we\s+|ik\s+)?de\s+app\s+erbuiten|annuleer\s+(?:het\s+|hem\s+)?in\s+de\s+app|kanselleer\s+(?:net\s+)?(?:die|jou)\s+(?:bespreking|afspraak)`,
  // Vietnamese: "hủy lịch trên app", "không cần đặt qua app", "ngoài app"
  String.raw`huy\s+(?:cai\s+)?(?:lich|don|booking)|(?:khong|ko|khoi)\s+(?:can\s+)?(?:dat|book|tra|thanh\s+toan|qua)\s+(?:(?:qua|tren|trong)\s+)?(?:app|ung\s+dung)|ngoai\s+(?:app|ung\s+dung)`,
  // Maghrebi and Egyptian Arabic in Latin letters: "khalli l'appli", "cancel el booking", "bla l'app"
  String.raw`(?:khall?i|khell?i|sib)\s+(?:l['’]?\s?|el\s+|al\s+)(?:appli|app|application|booking|7agz)|cancel(?:i|y)?\s+(?:el|al|l)\s*-?\s*(?:booking|7agz|reservation)|bla\s+(?:l['’]?\s?)(?:appli|app)`,
].join("|")})(?:\s+${PLACE})?\b`;

/**
 * DIRECT as a way there, in the Latin-written languages: come straight or directly ("come straight to the
 * workshop", "vente directamente al taller", "przyjedź prosto do warsztatu", "direkt dükkana gel", "pase directo",
 * "jöjjön egyenesen", "datang terus ke kedai", "kom gewoon langs", "qua thẳng tiệm", "ji direct"), or turn up ("just
 * rock up", "swing by", "pop round", "bring it round", "come thru"). The booked visit is said so too ("come straight
 * to the workshop at 9", "swing by at 10 as booked"): alone it is innocent.
 */
const STRAIGHT_THERE = String.raw`\b(?:${[
  String.raw`(?:come|pop|swing|drop|bring\s+it|head|turn\s+up|go)\s+(?:straight|direct(?:ly)?|right)\s+(?:to|round|over|in)`,
  // "come direct and I'll do it for 380", "directly come to garage", "just walk in", "just turn up" (round 31)
  String.raw`come\s+direct(?:ly)?(?!\s+(?:from|after|home))|direct(?:ly)?\s+come\s+to|just\s+(?:walk\s+in|turn\s+up|show\s+up|drop\s+in|pop\s+in|come\s+in)`,
  // the casual ways of turning up: "just rock up", "swing by", "pop round", "bring it round", "come thru" (not "come through the app")
  String.raw`(?:rock|rocks|roll)\s+up|swing\s+(?:by|round|over)|pop\s+(?:round|over|by)|bring\s+(?:it|her|the\s+car|the\s+motor)\s+(?:round|over)|come\s+(?:thru|through|round)(?!\s+(?:the|this|your)\s+(?:app|platform|site|booking))`,
  String.raw`(?:ven|vente|venga|vengan|vengase|venir|pasa|pase|pasen|pasate|vem|venha|venham|vir|passe|passa)\s+(?:\w+\s+)?(?:directamente|directo|derecho|direto|diretamente)|(?:directamente|directo|direto|diretamente)\s+(?:al|a|na|no|para|pra|aqui|aca)`,
  String.raw`(?:pasate|pasese|vente)\s+(?:por|al|a)\s+(?:el\s+|mi\s+|nuestro\s+)?(?:taller|local|negocio)`,
  String.raw`(?:venez|viens|passez|passe)\s+(?:\w+\s+)?directement|directement\s+(?:au|a|chez)`,
  String.raw`(?:kommen\s+sie|komm|kommt)\s+(?:\w+\s+)?direkt|direkt\s+(?:in|zu|bei|an)`,
  String.raw`(?:vieni|venga|passa|venite)\s+(?:\w+\s+)?direttamente|direttamente\s+(?:in|da|a)`,
  String.raw`(?:przyje(?:dz|cha)\w*|przyjd\w*|wpadn\w*|podje(?:dz|cha)\w*)\s+(?:\w+\s+)?(?:prosto|bezposrednio|do\s+mnie)|(?:prosto|bezposrednio)\s+(?:do|u)`,
  String.raw`(?:vino|veniti|treci)\s+(?:\w+\s+)?direct|direct\s+la`,
  String.raw`(?:gyere|gyertek|jojjon|jojjenek)\s+(?:\w+\s+)?(?:egyenesen|kozvetlenul|kozvetlen)|(?:egyenesen|kozvetlenul)\s+(?:a|az)|(?:gyere|gyertek|jojjon)\s+(?:be\s+)?(?:\w+\s+)?hozzam`,
  String.raw`(?:direkt|dogrudan|dogru)\s+(?:\w+\s+)?(?:gel|gelin)`,
  String.raw`langsung\s+(?:aja\s+|saja\s+)?(?:ke|datang)|datang\s+(?:langsung|terus)|terus\s+ke\s+(?:kedai|bengkel|workshop|sini)`,
  // "seedha" alone is also "frankly" ("seedha bolo"): only with coming
  String.raw`(?:seedha|sidha|seedhe|sidhe|direct)\s+(?:\w+\s+){0,2}?(?:aa\s+jao|aao|aaiye|aa\s+jaiye|aa\s+jaye|aa\s+jana|aana|aake|chale\s+aao|pahunch\w*)`,
  String.raw`(?:dumiretso|diretso)\s+(?:ka|kayo)|(?:punta|pumunta)\s+(?:na\s+lang\s+)?(?:ka|kayo)\s+(?:na\s+lang\s+)?direkta|(?:punta|pumunta)\s+(?:ka|kayo)\b[^.!?\n]{0,25}?\bmismo`,
  String.raw`(?:kom|loop)\s+(?:(?:gewoon|maar|even|dan)\s+)*(?:langs|direct|rechtstreeks|binnen)|(?:direct|rechtstreeks)\s+(?:naar|bij)\s+(?:de|mijn|onze|mij|ons)`,
  String.raw`(?:qua|den|toi|ghe|lai)\s+thang\s+(?:\w+\s+)?(?:tiem|garage|xuong|cho|nha)`,
  String.raw`(?:aji|ji|ajiw|jiw|ta3al[aoy]?|t3al[aoy]?)\s+(?:direct(?:ement)?|nichan|mobachara|3andi|(?:3al|3la|l)\s*(?:el\s+)?(?:warsha|garage|mahal))`,
].join("|")})\b`;

/**
 * DIRECT with the sender, in the Latin-written languages: to them or their own shop, booked or paid with them
 * directly, or cash ("come to me", "book the next one direct with me", "pay me", "conmigo", "bar zahlen",
 * "gotówką", "nakit", "transfer langsung", "seedha mere paas", "sa shop ko", "contant", "Tikkie", "tiền mặt"), or with
 * no one in the middle ("we do the repair private", "off the record", "sin intermediarios", "unter uns", "entre
 * nous", "onderling", "bez pośredników"). Cash alone is a topic ("the car wash
 * only takes cash"), cash back a card's ("cash back on my card made this cheaper") and cash compared a loser ("cheaper
 * than cash").
 */
const WITH_ME = String.raw`\b(?:${[
  String.raw`(?:come|turn\s+up|pop\s+round|swing\s+by)\s+(?:straight\s+|direct(?:ly)?\s+)?(?:to|at|by)\s+(?:me|my\s+(?:shop|garage|workshop|place|unit|yard))|(?:book|deal|sort|arrange|do)\b[^.!?\n]{0,25}?\bdirect(?:ly)?\s+(?:with|through)\s+(?:me|us)|pay\s+(?:me|us)(?!\s+a\s+visit)|(?<!\bthan\s+)(?:in\s+)?cash(?!\s*-?\s*back)`,
  // paid with the sender by hand or straight to their account, the garage dealt with directly (round 31): "pay by hand",
  // "EFT straight to the business acc", "dealing with the garage directly"
  // round 51: the money squared face to face or billed apart: "settle up when I see you", "square up on the day", "the parts I'll
  // charge you separately" ("settle up through the app" names the platform and is no such place)
  String.raw`(?:settle|square|sort\s+(?:it|the\s+money|the\s+rest))\s+(?:up\s+)?(?:with\s+me\s+)?(?:when\s+(?:i|we)\s+(?:see|meet)\s+(?:you|u|ya)|in\s+person|face\s+to\s+face|on\s+the\s+day|(?:on|at)\s+(?:pick-?up|collection|drop-?off))|(?:charge|bill|invoice)\s+(?:you|u)\s+(?:for\s+(?:(?:it|them|that|those|the\s+\w+)\s+)?)?(?:separately|on\s+the\s+side|apart)`,
  String.raw`deal(?:ing)?\s+with\s+(?:the\s+|our\s+)?(?:garage|workshop|shop)\s+direct(?:ly)?|pay\w*\s+(?:\w+\s+)?(?:by|in)\s+hand|(?:eft|e-?transfer|transfer)\s+(?:it\s+)?(?:straight|direct(?:ly)?)\s+(?:to|into)`,
  String.raw`(?:directamente|directo|direto|diretamente)\s+(?:conmigo|comigo)|(?:en|con|el|al)\s+efectivo|paga\w*\s+efectivo|en\s+mano|(?:em|no|com)\s+dinheiro|dinheiro\s+(?:vivo|na\s+mao)|em\s+especie|pagame|pagueme|transfere-?me|transfira-?me|(?:paga|pague|pagar)\s+(?:\w+\s+)?(?:direto|diretamente|directamente|directo)`,
  String.raw`(?:directement|en\s+direct)\s+(?:avec|chez)\s+(?:moi|nous)|en\s+liquide|en\s+especes|(?:argent\s+)?comptant`,
  String.raw`direkt\s+mit\s+mir|(?:in\s+)?bar\s+(?:zahl\w*|bezahl\w*|bei|auf)|(?:zahl|bezahl)\w*\s+(?:\w+\s+)?bar|bargeld|(?:zahl|bezahl|uberweis)\w*\s+(?:mir|uns)\s+(?:\w+\s+){0,2}?direkt`,
  String.raw`direttamente\s+con\s+me|contanti|paghi\s+a\s+me|pagami|(?:bonifico|pagamento)\s+a\s+parte`,
  String.raw`(?:prosto|bezposrednio)\s+ze\s+mna|gotowk\w*|(?:pieniadze|kase|kasa|hajs|dasz\s+mi|daj\s+mi|zaplac\w*)\s+(?:\w+\s+){0,2}?do\s+reki`,
  String.raw`direct\s+cu\s+mine|numerar|bani\s+gheata|plateste-?mi|platiti-?mi|imi\s+dai\s+banii`,
  String.raw`(?:egyenesen|kozvetlenul)\s+hozzam|keszpenz\w*|kp-?(?:ban|val)`,
  String.raw`nakit|elden`,
  String.raw`tunai|transfer\s+langsung|bayar\s+(?:langsung\s+)?(?:di|ke)\s+(?:saya|bengkel)`,
  String.raw`mere\s+(?:paas|garage|shop|dukaan)`,
  String.raw`sa\s+(?:shop|talyer|bahay|garahe)\s+ko`,
  // between the parties, no one in the middle: "we do the repair private", "off the record", "sin intermediarios", "unter uns"
  // (round 51: the same said softly: "on the quiet", "on the sly", "on the down low", "under the radar", "the old-fashioned way")
  String.raw`off\s+the\s+(?:record|books|radar)|under\s+the\s+(?:table|radar)|(?:quiet|sly|down\s*low|dl)(?<=\bon\s+the\s+(?:quiet|sly|down\s*low|dl))|hush[\s-]hush|old[\s-]?(?:fashioned|school)(?<=\b(?:do|pay|sort|settle|handle)\s+(?:it|this|that|things|the\s+(?:job|payment|money))\s+(?:the\s+)?old[\s-]?(?:fashioned|school))(?:\s+way)?|(?:do|doing|sort|fix|repair|handle)\w*\s+(?:\w+\s+){0,2}?private(?:ly)?|(?:without|sin|sem|sans|ohne|senza|bez|fara|zonder)\s+(?:any\s+|a\s+)?(?:middle\s*m[ae]n|intermediar\w*|vermittler\w*|posrednik\w*|tussenpersoon)|unter\s+uns|entre\s+nous|onderling|tra\s+(?:di\s+)?noi`,
  String.raw`contant|kontant|tikkie|(?:betaal|betalen)\s+(?:\w+\s+)?(?:aan|bij)\s+mij`,
  String.raw`tien\s+mat|chuyen\s+khoan\s+(?:truc\s+tiep|thang)`,
].join("|")})\b`;

/**
 * DIRECT between the two of them, as round 35's probes found it missed abroad (issue 13): the reader paying the sender
 * ("me pagas a mí", "payez-moi", "zahl an mich"), a transfer or an invoice made out directly, the job done in private, off
 * the clock or at a friend's place, payment in kind. A rule of its own (beside `WITH_ME`), so that its many opening words
 * ("me", "at", "if", "in") try only these alternatives.
 */
const BETWEEN_THE_TWO = String.raw`\b(?:${[
  // the reader paying the sender abroad, as "pay me" is read in English ("me pagas a mí", "paga pra mim",
  // "payez-moi", "zahl lieber an mich", "überweis mir", "pagatemi", "zapłać mi", "przelej mi", "bana öde", "bayaran mo ako")
  String.raw`me\s+(?:pagas|pagan|pagues|pague)(?:\s+a\s+mi)?|paga\w*\s+(?:\w+\s+)?(?:a|pra|para)\s+mim|pag(?:a|ate|ue)\s+a\s+me|pagatemi|(?:pay|regl)(?:ez|e|es)-?moi|(?:tu\s+me|vous\s+me)\s+(?:paies|payes|payez|regles|reglez)|(?:zahl|bezahl|uberweis)(?:e|en|st)?\s+(?:\w+\s+){0,2}?(?:an\s+mich|mir)|(?:zaplac|zapłac|zaplaccie|zapłaccie|plac|płac|przelej|przelejcie)\s+mi|bana\s+(?:direkt\s+)?ode\w*|bayar(?:an)?\s+(?:mo\s+)?(?:na\s+lang\s+|nalang\s+)?(?:ako|sa\s+akin)|mujhe\s+(?:seedha\s+|direct\s+)?(?:pay|payment|paise)`,
  // a transfer or an invoice straight between the two ("fammi un bonifico direttamente", "te hago la factura directamente",
  // "ich stelle dir die Rechnung direkt aus", "je vous fais la facture directement", "przelew bezpośrednio")
  String.raw`(?:bonifico|transferencia|virement|uberweisung|przelew|przelewem|havale|eft|pix|factura|fatura|facture|rechnung|fattura|faktura|fakture|invoice)\b[^.!?\n]{0,25}?\b(?:directamente|directo|direto|diretamente|directement|en\s+direct|direkt|direttamente|bezposrednio|dogrudan|langsung)(?![^.!?\n]{0,20}(?<!\b(?:no|not|nicht|pas|non|nie|nao)\s)\b(?:von|from|through|via|uber|in|de|desde|da|do|del|por|pelo|pela|par|dans|en|na|no|nella|dalla|z|w|przez)\s+(?:der\s+|die\s+|la\s+|the\s+|l['’]\s?|o\s+|a\s+)?(?:app|aplicacion|aplicativo|appli\w*|aplikac\w*|plattform|platform|plataforma|piattaforma)\b)`,
  // the job done in private or off the clock, at home or at a friend's place: "lo hacemos en privado", "wir machen
  // das privat", "after hours at my mate's garage", "po godzinach u kumpla", "mesai sonrası", "kerjain di rumah", "gawin sa bahay"
  String.raw`(?:hago|hacemos|hacer|arreglo|arreglamos|faco|fazemos|fazer|faz|resolvo|resolvemos|resolve|fais|faisons|faire|fait|regle|reglons|mach|mache|machen|macht|machs|regeln|regle|erledigen|erledige|faccio|facciamo|sistemo|sistemiamo|zrobie|zrobimy|robie|robimy|yaparim|yapariz|yapalim|kerjain|kerjakan|gawin|gagawin|ayusin|aayusin|doe|doen|maak|maken)\s+(?:\w+\s+){0,3}?(?:en\s+privado|em\s+particular|en\s+prive|privat|in\s+privato|prywatnie|ozel\s+olarak|secara\s+pribadi|prive)`,
  String.raw`after\s+hours(?<=\b(?:i['’]?ll|i\s+(?:can|could|will)|let\s+me)\s+(?:\w+\s+){0,3}?after\s+hours)|at\s+(?:my\s+|a\s+)?(?:mate|friend|buddy|pal|cousin|brother|bro)['’]?s?\s+(?:garage|place|shop|unit|yard|driveway)|(?:mate|friend|buddy|pal|cousin|brother|bro)(?<=\bto\s+(?:my\s+|a\s+)?\w+)['’]?s?\s+(?:garage|place|shop|unit|yard|driveway)|po\s+godzinach|u\s+(?:kumpla|kolegi|znajomego)|fuera\s+de(?:l)?\s+horario|(?:en|a)\s+casa\s+de\s+un\s+(?:amigo|colega|compa)|en\s+el\s+taller\s+de\s+un\s+(?:amigo|colega)|depois\s+do\s+expediente|fora\s+do\s+(?:horario|expediente)|na\s+(?:oficina|garagem)\s+de\s+um\s+amigo|chez\s+un\s+(?:pote|ami|copain)|nach\s+feierabend|bei\s+(?:einem\s+)?kumpel|fuori\s+orario|mesai\s+(?:sonrasi|disinda)|arkadas\w*\s+(?:dukkan|garaj)\w*|setelah\s+jam\s+kerja|(?:kerja\w*|garap\w*|servis|benerin|perbaiki\w*)\s+(?:\w+\s+){0,2}?di\s+rumah|(?:gawin|gagawin|ayusin|aayusin)\s+(?:\w+\s+){0,2}?sa\s+(?:bahay|garahe)|(?:faco|fazemos|conserto|arrumo)\s+(?:\w+\s+){0,3}?(?:em\s+casa|na\s+minha\s+(?:casa|garagem)|por\s+fora(?!\s+e\s+(?:por\s+)?dentro))|(?:hago|hacemos|arreglo|reparo)\s+(?:\w+\s+){0,3}?en\s+(?:mi\s+)?(?:casa|cochera)|na\s+(?:werktijd|sluitingstijd)`,
  // payment in kind: "I'll do the service if you paint my fence", "in exchange for your old rims", "te lo cambio por
  // tu moto", "em troca de", "en échange de", "im Tausch gegen", "in cambio di", "w zamian za", "karşılığında", "kapalit ng"
  String.raw`(?:if\s+(?:you|u)\s+(?:paint|tile|mow|clean|build|decorate|do|fix|sort)\s+(?:my|our)\s+(?:fence|house|kitchen|bathroom|roof|garden|lawn|hair|tiles|deck|walls?|website|books|taxes|accounts|flat|shed|gutters|plumbing|wiring)|in\s+exchange\s+for\s+(?:your|ur|you|a|some)|(?:trade|swap)\s+(?:you\s+)?(?:it\s+|the\s+job\s+)?for\s+(?:your|ur)|(?:te\s+lo|se\s+lo|lo)\s+cambio\s+por|a\s+cambio\s+de|em\s+troca\s+d|en\s+echange\s+d|im\s+tausch\s+gegen|in\s+cambio\s+d\w*|w\s+zamian\s+za|karsiligind\w*|sebagai\s+gantinya|tukar\s+dengan|badle\s+mein|kapalit\s+ng|in\s+ruil\s+voor)(?![^.!?\n]{0,25}\b(?:batter\w*|bateri\w*|cores?|old\s+parts?|pieza\w*|pecas?|teile?|akku\w*|altteil\w*|ricambi\w*|czesc\w*|akumulator\w*|aku|parca\w*|onderde\w*|accu)\b)`,
].join("|")})\b`;

/** Another garage or place named: a price compared with it ("cheaper elsewhere", "en otro taller") is no saving offered. */
export const ELSEWHERE =
  /\b(?:elsewhere|somewhere\s+else|(?:the|a|main)\s+dealer(?:ship)?|concesionario|concessionaria|concessionnaire|autohaus|(?:en\s+)?la\s+estacion|itv|mot\s+(?:centre|center|station)|test\s+centre|parts?\s+(?:shop|store|counter|place|supplier)|motor\s+factors?|car\s+wash|parking|scrap\s*yard|tyre\s+(?:place|shop)|(?:my|the)\s+(?:old|last|previous|usual)\s+(?:garage|shop|mechanic|place)|(?:an|the)\s*other\s+(?:garage|shop|place|mechanic)|otro\s+taller|outra\s+oficina|ailleurs|woanders|altrove|gdzie\s+indziej|baska\s+(?:yer|servis)\w*|tempat\s+lain|bengkel\s+(?:lain|sebelah)|kahin\s+aur|ibang\s+(?:shop|talyer)|ergens\s+anders|elders|andere\s+garage|kedai\s+lain|(?:tiem|garage|cho)\s+(?:khac|kia))\b/i;

/**
 * GAIN, in the Latin-written languages: a lower price ("cheaper", "más barato", "moins cher", "taniej", "yarı
 * fiyatına", "aadhe daam", "goedkoper", "diskaun", "rẻ hơn", "arkhas"), a price set against the platform's ("I'll
 * sort you out for less", "for 380 instead of the 450 on here", "the price on here is inflated", "the real price at
 * the counter", "le cobro menos", "zapłaci pan mniej"; not "for less than 50"), or the platform's fee or commission
 * avoided ("no commission", "too many fees on here", "sin comisión", "komisyon vermeyelim", "scheelt je de
 * servicekosten", "khỏi mất phí"). A fee alone is the platform's own ("you lose the fee if you cancel").
 */
const GAIN_LATIN = String.raw`\b(?:${[
  // "cheaper than towing it": compared with something else, unless that is the platform ("cheaper than through the app")
  String.raw`(?:cheaper|mas\s+barato|mais\s+barato|moins\s+cher)(?!\s+(?:than|que|qu['’]?)\s+(?!(?:(?:on|through|via|in|by|por|pelo|par|sur|dans|en|no|na)\s+)?(?:the\s+|la\s+|o\s+|l['’]?\s?)?(?:app|booking|platform|here|site|aplicacion|aplicativo|appli\w*)))`,
  String.raw`discount|better\s+(?:deal|price|rate)|half\s+(?:price|the\s+price)|knock\s+(?:\w+\s+){0,2}off|charge\s+(?:you\s+)?less|mates?\s+rates?`,
  // a favour earned by a name dropped (round 51): "just tell them Dave sent you", "say I sent you", "mention my name"
  String.raw`(?:tell|let)\s+(?:them|him|her|the\s+(?:guys?|lads|boys|fellas?))\s+(?:know\s+)?(?:that\s+)?(?:i|[a-z]+)\s+sent\s+(?:you|u|ya)|say\s+(?:that\s+)?(?:i|[a-z]+)\s+sent\s+(?:you|u|ya)|mention\s+my\s+name|drop\s+my\s+name`,
  String.raw`(?:mais|bem|super)\s+em\s+conta|cheaper\s+than\s+(?:the|my|our)\s+(?:shop|workshop|garage)['’]?s?\s+(?:rates?|prices?|charges)|barato|descuento|desconto|rebaja|mitad\s+de\s+precio|metade\s+do\s+preco`,
  String.raw`remise|reduction|rabais|moitie\s+prix`,
  // a price made for the reader: "I'll do you a good price", "te hago un buen precio", "je vous fais un prix", "faço um preço"
  String.raw`(?:do|make)\s+you\s+a\s+(?:good\s+|better\s+|special\s+)?(?:price|deal)|(?:hago|fais|faco|faccio)\s+(?:un\s+|um\s+)?(?:buen\s+|bon\s+|bom\s+|buon\s+)?(?:precio|prix|preco|prezzo)`,
  String.raw`billiger|gunstiger|rabatt|nachlass|halben\s+preis`,
  String.raw`costa\s+meno|spendi\s+meno|meno\s+caro|piu\s+economico|sconto|risparmi\w*|meta\s+prezzo`,
  String.raw`taniej|rabat|znizk\w*|polowe\s+ceny|zap[lł]acisz\s+mniej`,
  String.raw`mai\s+ieftin|ieftin\w*|reducere|pret\s+(?:bun|mai\s+mic)`,
  String.raw`olcsobb\w*|olcson|kedvezmeny\w*|fel\s+aron`,
  String.raw`ucuz\w*|indirim\w*|yari\s+fiyat\w*`,
  String.raw`(?:lebih\s+)?murah|diskon|potongan|setengah\s+harga|harga\s+(?:miring|teman|khusus)`,
  String.raw`sasta|saste|sasti|aadhe\s+(?:daam|price|paise)|kam\s+(?:paise|daam|rate)`,
  String.raw`mas\s+mura|mura|walang\s+(?:bayad|bawas)|kalahati`,
  String.raw`goedkoper|korting|vriendenprijs\w*|halve\s+prijs|diskaun|harga\s+(?:kawan|member|geng)|re\s+hon|giam\s+gia|nua\s+gia|khoi\s+(?:mat\s+)?phi|arkhas|ar5as|rkhis|khasm|takhfid`,
  // a lower price against the platform's: "I'll sort you out for less", "380 instead of the 450 on here", "the price on here is inflated",
  // "the real price at the counter", "le cobro menos", "zapłaci pan mniej"
  String.raw`for\s+(?:a\s+lot\s+|a\s+bit\s+|much\s+)?less(?!\s+than)|less\s+than\s+(?:the\s+app|on\s+here|the\s+booking|the\s+platform|app\s+bookings?|(?:booking\s+)?(?:through|via|on|in)\s+the\s+app)|instead\s+of\s+(?:the\s+)?[£$€]?\s?\d[\d.,]*[^,.!?;\n]{0,12}?\b(?:on\s+here|in\s+the\s+app|on\s+the\s+app)|(?:price|prices|quote|rate)\s+(?:on\s+here|on\s+the\s+app|in\s+the\s+app)\s+(?:is|are|['’]s)\s+(?:\w+\s+)?(?:inflated|too\s+high|a\s+rip\s*-?\s*off|marked\s+up|steep)|(?:real|actual|true)\s+price\s+(?:is\s+)?(?:at\s+the\s+(?:counter|desk|shop|garage)|in\s+person)|(?:cobr|pag)\w*\s+(?:\w+\s+)?menos|zap[lł]aci\w*\s+(?:pan\s+|pani\s+)?mniej`,
  // the fee or commission avoided, said before it ("no fees", "save us both the fees", "sin comisión") or after it ("commission bachega")
  // (round 31: "évite les frais", "spar ich mir die Provision", "scapi de taxa", "não pagares a comissão", "hoef nie die app se fooi", "saves the 15%")
  String.raw`(?:no|nao|pas\s+de|without|save|saves|saving|skip|avoid|dodge|cut\s+out|too\s+(?:many|much)|sin|sem|sans|ohne|keine|senza|bez|fara|tanpa|walang|bina|zonder|geen|scheelt|bespaar\w*|evite\w*|eviter|spar\w*|ahorr\w*|economiz\w*|scap\w*|megusz\w*|hoef\s+nie)\s+(?:\w+\s+){0,3}?(?:fees?|(?:\w+-)?\w*kosten|commissie|commission|comision\w*|comissao|taxa|frais|\w*gebuhr\w*|provision|commissione|prowizj\w*|jutalek\w*|komisyon\w*|komisi|fooi|\d+\s*(?:%|percent))`,
  String.raw`fees?\s+(?:on\s+here|here|nahi|bach\w*|free)|fee-free|(?:app|platform|service|site)['’]?s?\s+(?:fees?|cut)|(?:app|plattform)-?gebuhr\w*|taxa\s+aplicatiei|app\s+se\s+fooi|fee\s+van\s+de\s+app`,
  // a commission is the platform's cut whatever is said of it ("the commission is silly", "komisyon vermeyelim")
  String.raw`commission|comision\w*|comissao|commissione|komisyon\w*|komisi|prowizj\w*|jutalek\w*|commissie|hoa\s+hong`,
  // the platform's cut given as the reason (round 31): "the app takes 20%", "an app taking a cut", "the app puts its own margin
  // on top", "what they skim off", "se quedan un pico", "die Plattform zieht 20 Prozent ab", "l'app si prende troppo", "app wala
  // 20 percent kaat leta hai", "kepotong admin"; a fee or cut alone is no offer: it counts only beside AWAY or DIRECT
  String.raw`(?:app|apps|platform|site|${PLATFORM_NAME}|they|company)\s+(?:\w+\s+)?(?:takes?|taking|grabs?|keeps?|skims?|eats?|puts?|charges?|gets?|adds?|adding|slaps?|tacks?|whacks?|sticks?)\s+(?:off\s+|on\s+)?(?:a\s+|its\s+|their\s+)?(?:(?:big|huge|fat|massive|own|hefty)\s+)?(?:cut|commission|percentage|margin|mark-?up|slice|chunk|share|\d+\s*(?:%|percent|per\s*cent))|what\s+(?:they|the\s+app|the\s+platform)\s+(?:skim|take|charge|keep)s?`,
  String.raw`se\s+(?:queda|quedan|lleva|llevan)\s+(?:con\s+)?(?:un\s+|una\s+|el\s+|su\s+|1\s+)?(?:pico|pellizco|tajada|porcentaje|parte|\d+\s*(?:%|por\s*ciento))|(?:app|aplicativo|plataforma)\s+(?:fica\s+com|leva|cobra|come|tira)\s+(?:\w+\s+)?(?:\d+\s*%|porcentagem|parte|fatia|taxa)`,
  String.raw`(?:appli\w*|plateforme)\s+(?:se\s+)?(?:prend|prennent|garde|touche)\s+(?:\w+\s+){0,2}?(?:\d+\s*%|pourcentage|part|marge)|(?:app|plattform|die)\s+(?:zieht|ziehen|nimmt|nehmen|kassiert|kassieren|behalt|behalten)\s+(?:\w+\s+){0,3}?(?:\d+\s*(?:%|prozent)|anteil|marge)|(?:app|plattform)\s+(?:kassiert|verdient)\s+mit|we\s+both\s+(?:save|win)|saves?\s+us\s+both`,
  String.raw`(?:app|piattaforma)\s+si\s+(?:prende|mangia|tiene)|si\s+prend(?:e|ono)\s+(?:troppo|\d+\s*%|una\s+(?:commissione|percentuale|fetta))|(?:aplikacj\w*|apk\w*|platform\w*)\s+(?:bierze|zabiera|pobiera|zgarnia|zjada)\s+(?:\w+\s+)?(?:\d+\s*%|procent\w*|dzia[lł]k\w*|marz\w*)`,
  String.raw`(?:aplicatia|platforma)\s+(?:\w+\s+)?(?:ia|opreste|percepe|mananca)\s+(?:\w+\s+)?(?:\d+\s*%|procent\w*|taxa)|(?:kepotong|dipotong|motong|potong)\s+(?:\w+\s+)?(?:admin|aplikasi|app|\d+\s*(?:%|persen))`,
  String.raw`(?:app|platform|company)\s+(?:wala\s+)?(?:\w+\s+){0,2}?(?:\d+\s*(?:percent|%)|commission|cut)\s+(?:kaat|kat|kha)\s*(?:leta|leti|lete|lega|raha|jata)|(?:app|platform)\s+(?:pakt|neemt|houdt|rekent)\s+(?:\w+\s+){0,2}?(?:\d+\s*%|procent|een\s+deel|marge)|(?:app|ung\s+dung)\s+(?:an|lay|thu|tru)\s+(?:\w+\s+)?(?:\d+\s*%|phi|hoa\s+hong)`,
  // a price lowered or set against the platform's (round 31): "not the app price", "the app price is silly", "I'll drop it to
  // 300", "I can take about $90 off", "trade price", "40 less", "por menos", "dam lepszą cenę", "ti tolgo 30 euro", "rate bhi kam"
  String.raw`(?:not|instead\s+of|rather\s+than|than)\s+the\s+(?:app|platform)\s+(?:price|rate)|(?:app|platform)\s+(?:price|rate)\s+(?:is|['’]s)\s+(?:\w+\s+)?(?:silly|inflated|too\s+high|a\s+joke|daft|mad|crazy|steep|a\s+rip\s*-?\s*off)`,
  String.raw`drop\s+(?:it|the\s+price)\s+(?:down\s+)?to\s+[£$€]?\s?\d+(?!\s*(?:am|pm|o['’]?clock|[:.]\d))|take\s+(?:about\s+|like\s+|around\s+)?(?:[£$€₦]\s?\d[\d,.]*|\d[\d,.]*\s*(?:%|percent|quid|bucks|dollars|euros?|pounds|lira|k)|\d{2,}[\d,.]*)\s+off|trade\s+price`,
  String.raw`\d[\d.,]*\s*(?:quid|bucks|euros?|lei|ezerrel|zl)?\s+(?:less(?!\s+than)|mai\s+putin|mniej|kevesebb)|(?:rate|daam|price)\s+(?:bhi\s+)?kam|\d+\s*(?:rs|rupees|rupaye)?\s+kam\s+(?:kar\s+(?:dunga|denge|doonga)|lagega|lunga)|por\s+menos(?!\s+(?:de|que|do|da)\b)|lepsz[aąe]\s+cen\w*|ti\s+(?:tolgo|levo)\s+(?:\d|la\s+commissione|qualcosa)|scheelt\s+(?:je\s+|u\s+)?(?:zo\s+|al\s+|wel\s+)?(?:€\s?)?\d+`,
].join("|")})(?!\w)`;

/** AWAY in Arabic: "الغي الحجز", "كنسل الحجز", "بدون التطبيق", "برا التطبيق", "خارج التطبيق". */
const AWAY_ARABIC = arabicWords(
  "لا تدفع عن طريق التطبيق|لا تدفع من التطبيق|لا تدفع في التطبيق|لا تدفع بالتطبيق|الغي الحجز|الغ الحجز|الغاء الحجز|الغوا الحجز|كنسل الحجز|كنسلوا الحجز|بدون التطبيق|بدون الحجز|بدون تطبيق|برا التطبيق|بره التطبيق|خارج التطبيق|من غير التطبيق|لا تحجز من التطبيق|ما في داعي للتطبيق|مافي داعي للتطبيق|لا داعي للتطبيق|بلاش التطبيق|انسى التطبيق|لا تستخدم التطبيق|ما تحتاج التطبيق",
);
/** DIRECT in Arabic: straight there ("مباشرة"); with the sender ("كاش", "نقدا", "ادفع لي", "تعال عندي", plural "تعالوا عندي", and after a joined "و" ("and"), which the word bound reads as a letter). */
const STRAIGHT_THERE_ARABIC = arabicWords("مباشرة|مباشر");
const WITH_ME_ARABIC = arabicWords("كاش|نقدا|نقدي|ادفع لي|ادفعلي|ادفعوا لي|تعال لي|تعال عندي|تعالوا عندي|تعالوا لي|وتعال عندي|وتعالوا عندي|على حسابي");
/** GAIN in Arabic: "أرخص", "خصم", "عمولة", "نص السعر". */
const GAIN_ARABIC = arabicWords("ارخص|رخيص|خصم|تخفيض|عمولة|عمولات|نص السعر|نصف السعر|ياخذ نسبة|تاخذ نسبة|ياخذون نسبة|بنزل لك السعر|بنزلك السعر|انزل لك السعر|انزلك السعر");

/** DIRECT of either sort and GAIN (exported: `payment-talk.ts` reads a saving beside talk of paying), in every language read, as tested on the rest of a sentence. */
const STRAIGHT_OR_WITH_ME = new RegExp(`${STRAIGHT_THERE}|${WITH_ME}|${BETWEEN_THE_TWO}|${STRAIGHT_THERE_ARABIC}|${WITH_ME_ARABIC}`, "i");
/** The same, to walk a sentence's matches from a given place (`directLive`). */
const STRAIGHT_OR_WITH_ME_ALL = new RegExp(STRAIGHT_OR_WITH_ME.source, "gi");
export const GAIN = new RegExp(`${GAIN_LATIN}|${GAIN_ARABIC}`, "i");
/** AWAY in every language read, as one test: the platform left or the booking cancelled (`payment-talk.ts` reads it beside talk of paying). */
export const AWAY = new RegExp(`${AWAY_LATIN}|${AWAY_ARABIC}`, "i");

/**
 * The sender's own cancellation, not one asked of the reader: "I'll cancel the booking", "I need to
 * cancel", "do I have to cancel", "we had to cancel"; Dutch "ik annuleer de boeking" (its first person is the imperative's form).
 */
const OWN_ACT_BEFORE =
  /\b(?:i|ik|i['’](?:ll|d|ve|m\s+(?:going\s+to|gonna))|i\s+(?:will|would|need\s+to|have\s+to|had\s+to|want\s+to|must|might|may|can|could|should|am\s+going\s+to)|we\s+(?:need|have|had)\s+to|(?:do|should|can|could|must|shall)\s+(?:i|we)|(?:had|have|need|want)\s+to)\s+(?:just\s+)?$/i;

/**
 * The element is live: not negated, not the sender's own act nor a third party's, not told of others nor refused, not a question about the terms.
 * `start` and `end` bound the element's sentence (`sentenceAt`).
 */
function offered(m: RegExpExecArray, text: string, start: number, end: number, closed = false): boolean {
  const head = text.slice(Math.max(0, m.index - 60), m.index);
  if ((!closed && OWN_ACT_BEFORE.test(head)) || talkedOf(m, text, start, end)) return false;
  return text[end] !== "?" || OFFER_IN_QUESTION.test(text.slice(start, end)) || (closed && ASKED_OF_READER.test(head));
}

/**
 * The booking closed on the platform as cancelled, a no-show or declined (issue 13, round 31): "I'll close the job in the
 * app as customer no-show and you pay me on the day" is no cancellation of the writer's own but the cover of a job kept
 * going, so the writer's own closing is read like the reader's, and a request for it is an offer though asked ("could you
 * maybe mark the booking as cancelled and we keep the appointment anyway?").
 */
const CLOSED_AS = /^(?:mark|flag|close|decline|reject|refuse|withdraw|log|record|report|enter|sign|write)\b/i;
// (round 54: or asked after the other half of the deal, "could you do it for cash and just close it on the app as no fault found?")
const ASKED_OF_READER = /\b(?:could|can|would)\s+(?:you|u)\s+(?:maybe\s+|just\s+|please\s+)?(?:[^.!?\n]{0,40}?\band\s+(?:then\s+)?(?:just\s+)?)?$/i;

/**
 * The job going on all the same after the booking is cancelled or closed (issue 13, round 31): "I'll still do it
 * Saturday", "you just come thru anyway", "we keep the appointment anyway", "vengo igual", "faço mesmo assim", "je viens
 * quand même", "ich komme trotzdem", "vengo comunque", "i tak przyjadę", "yine de gelirim", "tetap datang", "phir bhi aa
 * jaunga", "pupunta pa rin ako", "ik kom toch", "em vẫn làm". Not the writer's own charge or refund ("you'll still be charged").
 */
const CARRY_ON = new RegExp(
  String.raw`\b(?:${[
    String.raw`(?:i|we)(?:['’]?ll|\s+(?:can|could|will|would))?\s+(?:\w+\s+)?still\s+(?:come|do|fix|sort|fit|see|honou?r|keep|go\s+ahead|bring|drop|pop|swing|turn\s+up|show\s+up|be\s+there)`,
    String.raw`(?:come|coming|do\s+it|fix\s+it|turn\s+up|show\s+up|come\s+(?:thru|through|round|over|by)|bring\s+it(?:\s+in)?|drop\s+it\s+off|go\s+ahead|keep\s+(?:the|our)\s+(?:appointment|slot|booking|date))\s+(?:\w+\s+){0,2}?(?:anyway|anyways|regardless|all\s+the\s+same)`,
    String.raw`(?:vengo|voy|paso|lo\s+hago|te\s+lo\s+hago|lo\s+arreglo)\s+(?:igual|igualmente|de\s+todas\s+(?:formas|maneras))|igual\s+(?:vengo|voy|paso|lo\s+hago|te\s+lo\s+hago)`,
    String.raw`(?:vou|passo|faco|venho)\s+(?:\w+\s+)?(?:mesmo\s+assim|igual)|(?:je\s+viens|je\s+passe|je\s+le\s+fais|on\s+le\s+fait)\s+quand\s+meme`,
    String.raw`(?:komm\w*|mach\w*)\s+(?:\w+\s+){0,2}?trotzdem|trotzdem\s+(?:komm\w*|mach\w*|vorbei)|(?:vengo|passo|lo\s+faccio|te\s+lo\s+faccio)\s+(?:\w+\s+)?(?:comunque|lo\s+stesso)`,
    String.raw`i\s+tak\s+(?:przyjad\w*|zrobi\w*|przyjd\w*|wpadn\w*)|(?:yine|gene)\s+de\s+(?:gel\w*|yapar\w*)|tetap\s+(?:datang|dateng|saya\s+kerjakan|dikerjain|aku\s+kerjain)`,
    String.raw`phir\s+bhi\s+(?:aa\w*|kar\s+(?:dunga|denge))|(?:pupunta|gagawin)\s+(?:ko\s+|ako\s+|namin\s+)?pa\s*rin|(?:ik\s+kom|ik\s+doe|we\s+doen|ik\s+maak)\s+(?:\w+\s+){0,2}?(?:toch|alsnog)|(?:em|anh|minh)\s+van\s+(?:lam|den|qua|sua)`,
  ].join("|")})\b`,
  "i",
);

/**
 * What is paid for is no job of the platform's: parking, a car wash, a tow, a toll, a parts shop ("nie płać przez apkę za
 * parking, tam tylko gotówka", "uygulama üzerinden ödeme yapma otopark için, orada nakit geçiyor"). Issue 13, round 31.
 */
const PAID_FOR_OTHER =
  /\b(?:parking|car\s+park|parkir\w*|parkhaus|parkplatz|parcheggio|estacionamento|estacionamiento|otopark|parkeren|parkeer\w*|car\s+wash|myjni\w*|lavado|tow|towing|grua|guincho|toll|peage|maut|motor\s+factors?|parts?\s+(?:shop|store))\b/i;

/** Coming all the same only to collect something: "you can still come by to collect your old parts", "vengo igual a recoger las piezas", "i tak przyjadę po swoje narzędzia". */
const ONLY_TO_COLLECT =
  /^[^,.!?;\n]{0,30}?\b(?:collect|pick\s+up|get\s+(?:your|the|my)\s+(?:old|keys|parts|tools|refund|stuff)|recoger|buscar|po\s+(?:swoje|moje|narzedzi\w*|czesci|klucz\w*)|abhol\w*|ritirar\w*|recuperer|ophalen|almaya|ambil|lene)\b/i;

/** The job carried on in `rest` (`CARRY_ON`), not a visit only to collect something. */
function carriedOn(rest: string): boolean {
  const c = CARRY_ON.exec(rest);
  return c !== null && !ONLY_TO_COLLECT.test(rest.slice(c.index + c[0].length));
}

/** The job booked again on the platform: "cancel it in the app and rebook for next week" (not "rebook it direct with me"). */
const REBOOKED = /\b(?:rebook|re-book|book\s+(?:it\s+)?again|new\s+(?:booking|request|slot))\w*\b(?![^,.!?;\n]{0,20}\b(?:direct|with\s+(?:me|us)|outside|off))/i;

/** The sentence around the match (bounded by `start` and `end`) with the match itself blanked, so an element is not counted twice. */
function restOfSentence(m: RegExpExecArray, text: string, start: number, end: number): string {
  return `${text.slice(start, m.index)} ${text.slice(m.index + m[0].length, end)}`;
}

/**
 * The payment or booking kept on the platform: "paid in the app", "über die App", "por la app", "przez aplikację",
 * "uygulama üzerinden", "lewat aplikasi", "عن طريق التطبيق", the visit "as booked". A price or a discount beside it is
 * the platform's own ("cash back on my card made this cheaper, paid in the app", "swing by as booked, the discount from
 * the app still applies"), not one for leaving it; the app as where a booking is cancelled is no such place ("cancel
 * the booking from the app and come direct, I'll give a discount").
 */
export const THROUGH_PLATFORM = new RegExp(
  String.raw`\b(?:(?:in|through|thru|via|on|using)\s+(?:the\s+|this\s+)?app|(?:discount|offer|voucher|credit)\s+from\s+(?:the\s+)?app|(?:descuento|oferta|cupon|desconto|remise|rabatt|sconto|znizk\w*|korting)\s+(?:de|da|do|del|de\s+l['’]?\s?|der|dell['’]?\s?|z|van\s+de)\s*(?:la\s+|o\s+|a\s+)?(?:app|aplicacion|aplicativo|appli\w*|aplikacji)|(?:app|in-app)\s+(?:discount|voucher|credit|promo|offer|deal)|(?:through|thru|via)\s+here|(?:send|post|put|update|revise|upload)\w*\s+(?:\w+\s+){0,4}?(?:here|in\s+the\s+chat)|(?:new|revised|updated|fresh)\s+(?:quote|booking|request)|as\s+booked|(?:the|this)\s+app\s+(?:gave|gives|offers?|offered|says|said|shows?|has|had)|in-app|(?:uber|mit)\s+die\s+app|desde\s+la\s+(?:app|aplicacion)|von\s+der\s+app|via\s+de\s+app|dall['’]\s?app|(?:por|en|pelo|na|no)\s+(?:la\s+)?(?:app|aplicacion|aplicativo)|(?:par|dans|via)\s+l['’]?\s?appli\w*|tramite\s+(?:l['’]?\s?)?app|przez\s+aplikacj\w*|prin\s+aplicati\w*|(?:az\s+)?appon\s+keresztul|uygulama\s+uzerinden|(?:lewat|via|pakai)\s+(?:aplikasi|app)|app\s+(?:se(?!\s+(?:fooi|queda|quedan|lleva|llevan|cobra|fica|leva))|pe|par|mein|me)|sa\s+app|w\s+aplikacji)\b|${arabicWords("عن طريق التطبيق|من التطبيق|في التطبيق")}`,
  "i",
);

/** A saving told as past: "cash was cheaper", "me salió más barato", "ficou mais barato", "było taniej". */
const PAST_SAVING = new RegExp(String.raw`\b(?:was|were|used\s+to\s+be|came\s+out|salio|ficou|saiu|etait|war|era|bylo|volt|oldu)\s+(?:\w+\s+){0,2}?${GAIN_LATIN}`, "i");

/** A saving in `words`, not one compared with another garage named in the rest of the sentence nor one told as past. */
const savingOffered = (words: string, rest: string = words): boolean => GAIN.test(words) && !ELSEWHERE.test(rest) && !PAST_SAVING.test(words);

/** AWAY with DIRECT or GAIN in its sentence; the saving is read over the whole sentence: "without the booking fee" leaves the platform and saves its fee at once. */
function awayWithDeal(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const rest = restOfSentence(m, text, start, end);
  // A saving alone beside the platform named is the platform's own ("..., on vous rembourse la commission dans l'appli").
  const dealt = directLive(m, text, start, end) || (savingOffered(text.slice(start, end), rest) && !THROUGH_PLATFORM.test(rest)) || carriedOn(rest);
  return dealt && !REBOOKED.test(rest) && !PAID_FOR_OTHER.test(rest) && offered(m, text, start, end, CLOSED_AS.test(m[0]));
}

/**
 * The way of paying or coming refused right after it, in the languages whose verb comes last (issue 13, round 31):
 * "nakit kabul etmiyoruz", "gotówki nie przyjmujemy", "cash nahi lete hum", "contanti non li prendiamo"; not a fee
 * denied ("gotówką nie ma prowizji", "tunai tidak ada potongan", "cash nu mai punem comisionul").
 */
const REFUSED_RIGHT_AFTER =
  /^\s*(?:\w+\s+){0,2}?(?:(?:nie|nu|non|nao|nicht|niet|nahi|nahin|hindi|khong|tidak|gak|ga)\b(?!\s+(?:ma|c['’]?e|tem|ada|lag\w*|kena|via|door|op|uber|przez|prin|tramite|pelo|pela|por|lewat|se|through)\b)(?![^,.!?;\n]{0,25}\b(?:comision\w*|commission\w*|prowizj\w*|fees?|taxa|frais|\w*gebuhr\w*|komisyon\w*|potongan|admin|provision)\b)|kabul\s+etm\w*|\w+(?:miyor(?:um|uz)|m[ae]yiz)\b)/i;

/**
 * DIRECT in the sentence of an AWAY match `m`, beside it and not refused: not denied right after ("nakit kabul
 * etmiyoruz", "cash isn't accepted") nor negated between the two in the other languages ("..., gotówki nie
 * przyjmujemy"). The AWAY match's own negation ("nie płać przez apkę, dasz mi do ręki") is no refusal of it.
 */
function directLive(m: RegExpExecArray, text: string, start: number, end: number): boolean {
  STRAIGHT_OR_WITH_ME_ALL.lastIndex = start;
  const upToEnd = text.slice(0, end);
  for (let d = STRAIGHT_OR_WITH_ME_ALL.exec(upToEnd); d; d = STRAIGHT_OR_WITH_ME_ALL.exec(upToEnd)) {
    if (d.index < m.index + m[0].length && d.index + d[0].length > m.index) continue;
    const from = d.index > m.index ? m.index + m[0].length : start;
    const after = text.slice(d.index + d[0].length, end);
    if (!NEGATED_ABROAD.test(text.slice(Math.max(from, d.index - 60), d.index)) && !REFUSED_RIGHT_AFTER.test(after) && !NEGATED_AFTER.test(after)) return true;
  }
  return false;
}

/** DIRECT with GAIN in its sentence, the platform not named as where it is paid. */
function directWithSaving(m: RegExpExecArray, text: string): boolean {
  const [start, end] = sentenceAt(text, m.index, m.index + m[0].length);
  const rest = restOfSentence(m, text, start, end);
  if (REFUSED_RIGHT_AFTER.test(text.slice(m.index + m[0].length, end))) return false;
  return savingOffered(rest) && !THROUGH_PLATFORM.test(rest) && offered(m, text, start, end);
}

/**
 * DIRECT set against the platform in one phrase, both elements at once (issue 13, round 31): "book with us, not through
 * here", "pay me rather than the app", "book it with us instead of on AutoDoctor".
 */
const WITH_ME_NOT_HERE = String.raw`\b(?:book|pay|deal|sort\s+it)\s+(?:\w+\s+){0,3}?(?:with|to)\s+(?:me|us)\s*,?\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:(?:through|thru|via|on|in)\s+)?(?:here|this(?=\s*(?:[,.!?;]|$))|${PLATFORM_WORD})\b`;

/** Arabic letters: the Arabic rules run only on a text that has some. */
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The platform's booking or payment left to deal directly (issue 13, kind OFF_PLATFORM_DEAL, round 30): AWAY beside
 * DIRECT or GAIN, and DIRECT beside GAIN, in one sentence (see the module's head). A phrase hit: flagged, nothing masked.
 */
export const PLATFORM_BYPASS_PATTERNS: Pattern[] = [
  // The Latin-written rules open on words, so they are tried only where those stand (anchors.ts); the Arabic ones are gated.
  { kind: DEAL, re: new RegExp(AWAY_LATIN, "gi"), accept: awayWithDeal }, // "cancel the booking and come straight to the workshop", "nggak usah lewat aplikasi, saya kasih diskon"
  { kind: DEAL, re: new RegExp(AWAY_ARABIC, "g"), gate: ARABIC, accept: awayWithDeal }, // "الغي الحجز وتعال على الورشة مباشرة"
  { kind: DEAL, re: new RegExp(`${STRAIGHT_THERE}|${WITH_ME}`, "gi"), accept: directWithSaving },
  { kind: DEAL, re: new RegExp(BETWEEN_THE_TWO, "gi"), accept: directWithSaving }, // "la app se lleva un 15%, mejor me pagas a mí", "zrobię to po godzinach u kumpla, taniej"
  { kind: DEAL, re: new RegExp(WITH_ME_NOT_HERE, "gi"), accept: (m, text) => offered(m, text, ...sentenceAt(text, m.index, m.index + m[0].length)) }, // "book with us, not through here"
  // "book the next one direct with me, it's cheaper", "készpénzzel olcsóbb"
  { kind: DEAL, re: new RegExp(`${STRAIGHT_THERE_ARABIC}|${WITH_ME_ARABIC}`, "g"), gate: ARABIC, accept: directWithSaving }, // "الدفع كاش أرخص"
];
