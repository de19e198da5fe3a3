/**
 * Requests for contact, moves to a messaging app, meetings and the platform's fee avoided, in the
 * marketplace's other languages: Spanish, Portuguese, French, German, Italian, romanised Hindi
 * (Hinglish), Polish, Dutch and Tagalog. The English rules live in phrases.ts and social.ts; these are the same intents as a
 * vocabulary per language, read with their clause like the English ones (`negatedBefore`). The
 * text is normalised first, so every word is written here without accents ("numero", "telefono").
 */
import { negatedBefore, type Pattern, sentenceAt, sentenceStart } from "./context.ts";
import { isSocialMeeting, NEGATED_ABROAD } from "./deal-talk.ts";
import { unicodeSkeleton } from "./normalise.ts";

/**
 * Not negated ("no te voy a dar mi numero", "ich gebe dir nicht meine Nummer"), nor reported, nor
 * kept on the platform ("me liga pelo app", "appelle-moi via l'appli") or asking to be told when
 * the work is done ("... quando terminar", "... quand c'est fini").
 */
function live(m: RegExpExecArray, text: string): boolean {
  if (negatedBefore(text, m.index) || OTHER_NEGATION.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  const wide = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  const rest = /^[^.!?\n;]*/.exec(wide)![0];
  return !NOTIFY_AFTER.test(rest) && !((IN_PLATFORM.test(rest) || fromPlatform(rest, wide)) && !AROUND_PLATFORM.test(rest));
}

/** "... quando terminar", "... cuando acabes", "... wenn es fertig ist", "... kiedy skonczysz", "... pag tapos na": tell me when. */
const NOTIFY_AFTER = /^\s*,?\s*(?:cuando|quando|quand|lorsque|des\s+que|wenn|sobald|jab|appena|kiedy|gdy|jak\s+(?:skonczysz|bedzie|juz)|pag|kapag|pagka\w*)\b/i;
/**
 * The platform named as the channel: "pelo app", "por la app", "via l'appli", "in der App", "nell' app", Dutch "via de app", "app pe",
 * Vietnamese "trong app" / "qua ứng dụng" ("nhắn riêng trong app": a private message in the app), Arabizi "3al app"
 * (Greek: `GREEK_IN_PLATFORM`, built once `greekWords` is defined).
 */
const IN_PLATFORM = new RegExp(
  String.raw`\b(?:pelo|pela|no|na|por|en|via|dans|sur|par|in|uber|nella|nell'?|sulla|sull'?|su|tramite|op|binnen)\s+(?:la\s+|l'?\s?|el\s+|o\s+|a\s+|der\s+|die\s+|dem\s+|de\s+|het\s+|this\s+|the\s+)?(?:(?:proprio|propria|propio|propia)\s+)?(?:app|appli|application|aplicativo|aplicacion|applicazione|plataforma|plateforme|plattform|piattaforma)\b|\bapp\s+(?:pe|par|se)\b|\b(?:trong|qua|tren)\s+(?:app|ung\s+dung)\b|\b(?:3al|3ala\s+el|fel|fe\s+el|fi\s+el)\s+(?:app|abb|application|tatbee2)\b`,
  "i",
);
/**
 * The app named as where the call or message comes from, right after the verb and its pronoun ("mi chiami dall'app", "chiamami
 * nell'app", "llámame desde la app", "appelle-moi depuis l'appli", "ruf mich gern aus der App an"): up to two words between, no
 * comma ("chiamami, dall'app prendono il 20%" is the app's fee given as the reason to call; round 25's review of fp25), nor a word of
 * going direct or the phone's own ("llámame mejor por teléfono, desde la app ...").
 */
const FROM_PLATFORM = new RegExp(
  String.raw`^\s*(?:-?(?:moi|me|mi|mich|nous|uns|ci|nos)\b\s*)?(?:(?!(?:direct|dirett|privat|telefon|telephon|phone|handy|cell|movil|portable|numero|nummer|whats|por|per|par)\w*\b)[\w'’]+\s+){0,2}?(?:(?:aus|dalla|attraverso|desde|depuis|nella|sulla)\s+|(?:nell|sull|dall)['’]\s?)(?:la\s+|l['’]\s?|el\s+|der\s+|dem\s+)?(?:app|appli|application|aplicacion|applicazione|plataforma|plateforme|plattform|piattaforma)\b(?<after>.*)$`,
  "i",
);
/**
 * After the app a call comes from, what makes it no in-platform call: the phone's own app ("dall'app del telefono", "desde la app de
 * teléfono", "depuis l'appli du téléphone", "aus der Telefon-App"; a word or two on, with the dialler, the SIM or the carrier:
 * "dall'app normale del telefono", "la app de llamadas", "de tu cel", "dall'app della sim", "de votre opérateur"), a saving or a
 * private deal ("risparmiamo", "moins cher", "precio real", "entre nous", "a parte", "evitiamo", "privat"; round 25's second review
 * of fp25), the app's fee ("cobran comisión", "prendono il 20%", "ils prennent
 * une commission"), or, in its clause, a negation ("nell'app non rispondo mai", "desde la app no me llegan", "depuis l'appli ça ne
 * marche pas", "aquí no contesto nunca"; a phone named as the other way: "meglio al telefono").
 */
const FROM_PLATFORM_UNDONE =
  /^\s*-?(?:(?:[\w'’]+\s+){0,2}?(?:del|de|du|dal|della|delle|dei|des|di|vom|von|d['’]|deines|meines|ihres|seines)\s*(?:[\w'’]+\s+)?)?(?:telefon\w*|telephone|handys?|cellulare|celular|cel|movil|portable|phone|sim|operador|operateur|operatore|llamadas|chiamate|appels|anrufe)\b|\b(?:al|por|par|au|am|per|ans|sul)\s+(?:telefono|telephone|telefon|handy|cellulare|celular|cel|movil|portable)\b|\b(?:risparm\w*|moins\s+cher|mas\s+barato|precio\s+real|entre\s+nous|a\s+parte|evit\w*|privat\w*)\b|\b(?:cobran?|comision|commission\w*|prend\w*|nehmen|gebuhr\w*|fee|tarifa|tassa|cargo|recargo)\b|%|\b(?:non|no|pas|nicht|nie|nunca|jamais|mai|kein\w*)\b/i;
/**
 * The app named as where a call comes from (`FROM_PLATFORM`, in the clause `rest`) and not undone after it (`FROM_PLATFORM_UNDONE`,
 * read on to the sentence's end past a question mark: "mi chiami nell'app? no, meglio al telefono").
 */
function fromPlatform(rest: string, wide: string): boolean {
  const m = FROM_PLATFORM.exec(rest);
  if (m === null) return false;
  const after = m.groups?.["after"] ?? "";
  const further = /^[^.\n]*/.exec(wide.slice(rest.length))![0];
  return !FROM_PLATFORM_UNDONE.test(after + further);
}
/** The platform named as what to go around: "fuera de la app", "sans l'appli", "ohne die App". */
const AROUND_PLATFORM = /\b(?:fuera|fora|hors|sans|ohne|fuori|senza|sem|sin|bina)\b/i;

/** Negations of these languages, just before the phrase in its clause. */
const OTHER_NEGATION = /\b(?:no|nunca|jamas|nao|nem|ne|pas|jamais|nicht|kein(?:e|en)?|nie|non|mai|nahi|nahin|mat)\b[^,.!?;\n]{0,25}$/i;

/** A contact detail asked for or offered: "dame tu numero", "passa seu zap", "gib mir deine Nummer", "apna number do". */
const DETAIL = String.raw`(?:numero|num|telefono|telefone|tel|cel|celular|movil|whats|whatsapp|wasap|guasap|zap|correo|mail|e-?mail|insta(?:gram)?|face(?:book)?|telegram|tiktok|snap(?:chat)?|contato|contacto|portable|nummer|handynummer|telefonnummer|handy|cellulare|contact|no\.?|number)`;

/** Polish words for a channel, as declined after "podaj", "masz", "na" ("numer", "WhatsAppa", "messengerze"). */
const POLISH_CHANNEL = String.raw`(?:numer\w*|telefon\w*|komork\w*|maila?|e-?maila?|whatsapp\w*|telegram\w*|messenger\w*|insta\w*|fejsa?|signal\w*)`;

/** The apps alone: "masz numer" may ask for a part's number ("masz numer czesci?"), "masz WhatsAppa?" may not. */
const POLISH_APP = String.raw`(?:whatsapp\w*|telegram\w*|messenger\w*|insta\w*|fejsa?|signal\w*)`;

export const OTHER_LANGUAGE_PATTERNS: Pattern[] = [
  {
    kind: "OFF_PLATFORM_REQUEST", // Polish: "podaj numer", "daj mi swoj telefon", "masz WhatsAppa?", "jaki masz numer", "zadzwon do mnie", "napisz na messengerze"
    re: new RegExp(
      String.raw`\b(?:(?:podaj|podajcie|daj|dajcie|wyslij|przeslij|zostaw)\s+(?:mi\s+|nam\s+)?(?:swoj\w*\s+|twoj\w*\s+|pana\s+|pani\s+)?${POLISH_CHANNEL}|(?:masz|macie|ma\s+pan|ma\s+pani)\s+(?:${POLISH_APP}|numer\s+(?:telefonu|komorki)|(?:moze\s+|jakis\s+)?(?:telefon|numer|maila?|e-?maila?)(?=\s*\?))|jaki\s+(?:masz|jest\s+(?:twoj|pana|pani))\s+${POLISH_CHANNEL}|zadzwon(?:cie)?\s+do\s+mnie|napisz(?:cie)?\s+(?:do\s+mnie\s+)?na\s+${POLISH_CHANNEL}|moj\s+numer\s+(?:to|jest))`,
      "gi",
    ),
    words: "podaj podajcie daj dajcie wyslij przeslij zostaw masz macie ma jaki zadzwon zadzwoncie napisz napiszcie moj".split(" "),
    // "podaj numer czesci", "jaki jest twoj numer VIN": the number of a thing.
    accept: (m, text) =>
      live(m, text) && !/^\s*(?:czesci|vin|seryjny|zamowienia|faktury|rejestracyjny|nadwozia|silnika|katalogowy|referencyjny)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)),
    phrase: true,
  },
  {
    // A mail or a text announced to the reader, the move made by sending it: "te mando un correo", "je t'envoie un mail",
    // "ich schicke dir eine Mail", "ti mando una mail", "te mando um email", "ik stuur je een mailtje" (not the app's own:
    // "la app te manda un correo").
    kind: "OFF_PLATFORM_REQUEST",
    re: /\b(?:(?:te|le|les|lhe|ti|vi|vous|t['’]\s?|je\s+t['’]\s?|je\s+vous)\s*(?:mando|envio|escribo|mandare|enviare|mandarei|enviarei|envoie|enverrai|ecris|ecrirai|invio|scrivo|mandero)|(?:schicke?|sende|schreibe?)\s+(?:dir|ihnen|euch)|stuur\s+(?:je|jou|u))\s+(?:(?:ahora|luego|manana|agora|depois|amanha|demain|tout\s+de\s+suite|gleich|morgen|heute|dann|mal|kurz|dopo|domani|subito|even|straks)\s+)*(?:un|una|um|uma|une|eine|een)\s+(?:correo|mail|e-?mail|mailtje|sms|courriel|whats(?:app)?|zap)\b/gi,
    words: "te le les lhe ti vi vous t je schick schicke sende schreib schreibe stuur".split(" "),
    accept: (m, text) =>
      live(m, text) &&
      !/\b(?:app|appli|application|aplicacion|aplicativo|applicazione|plataforma|plateforme|plattform|piattaforma|sistema|systeme)\b[^.!?,\n]{0,20}$/i.test(
        text.slice(Math.max(0, m.index - 40), m.index),
      ),
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Dutch: "wat is je mailadres", "geef me je nummer", "mag ik je 06", "heb je whatsapp?", "bel me"
    re: /\b(?:(?:wat\s+is|wat\s+was|geef\s+(?:me|mij|ons)|stuur\s+(?:me|mij|ons)|mag\s+ik|heb\s+je|heeft\s+u|hebt\s+u)\s+(?:(?:even|nog|je|jouw|uw|een)\s+){1,2}(?:mail\s*adres|e-?mail(?:\s*adres)?|mailtje|nummer|telefoonnummer|mobiele\s+nummer|06(?:-nummer)?|whatsapp|telegram|signal)|(?:bel|app|mail|sms)\s+(?:me|mij)\s+(?:maar|even|gewoon|vanavond|morgen)|heb\s+je\s+(?:whatsapp|telegram|signal|messenger)(?=\s*\?))/gi,
    words: "wat geef stuur mag heb heeft hebt bel app mail sms".split(" "),
    // "wat is je nummer van het onderdeel", "heb je een nummer voor de sleepdienst": a thing's or another's number.
    accept: (m, text) => live(m, text) && !/^\s*(?:van|voor|op\s+(?:de|het)|uit)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)),
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Tagalog: "add niyo ako sa FB", "i-text mo ako", "tawagan mo ako", "ano number mo", "chat tayo sa messenger"
    re: /\b(?:(?:add|i-?add|follow|i-?follow|pm|i-?pm|message|i-?message|chat|text|i-?text|tawagan|tawag|kontakin)\s+(?:mo|niyo|nyo|nio|nalang|na\s+lang|po)?\s*(?:ako|kami|tayo)\b|(?:ano|anong|pahingi|pa-?hingi|bigay|ibigay)\s+(?:(?:ng|po|ang|yung|ba|sa)\s+)*(?:number|numero|cp|cellphone|fb|facebook|email)(?:\s+(?:mo|niyo|nyo|po))?|(?:number|numero|cp)\s+(?:mo|niyo|nyo)\b)/gi,
    words: "add i-add iadd follow pm message chat text i-text itext tawagan tawag kontakin ano anong pahingi bigay ibigay number numero cp".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_DEAL", // cash or a direct booking around the app, Polish, Hinglish and Tagalog: "gotowka poza aplikacja", "bez prowizji", "app pe book mat karo", "direct cash de dena", "commission bachega", "cash na lang, wag na sa app"
    re: /\b(?:poza\s+(?:aplikacj\w*|platform\w*|apk\w*)|bez\s+(?:prowizji|aplikacji|posrednika)|na\s+czarno|app\s+(?:pe|par|se|me)\s+(?:book|booking|payment|pay)\s+(?:mat|na|nahi|nahin)\s+kar\w*|app\s+ke\s+bahar|(?:direct|seedha|sidha)\s+(?:cash|payment|paisa|paise|upi)?\s*(?:de\s+dena|dena|de\s+do|dedo|bhej\s+do|bhejo|kar\s+dena|kar\s+do|karo|le\s+lunga|lenge|lunga)|(?:commission|fee|charges?)\s+(?:bach\w+)|(?:sa\s+labas\s+ng|wag\s+na\s+sa|hindi\s+na\s+sa)\s+(?:app|platform)|cash\s+(?:na\s+lang|nalang))/gi,
    words: "poza bez na app direct seedha sidha commission fee charge charges sa wag hindi cash".split(" "),
    accept: (m, text) => !negatedBefore(text, m.index),
  },
  {
    // A detail asked for politely, a modal and an infinitive: "pode me passar seu whats?", "tu peux me
    // donner ton numero ?", "me puedes pasar tu cel", "puoi darmi il tuo numero", "kannst du mir deine Nummer geben".
    kind: "OFF_PLATFORM_REQUEST",
    re: new RegExp(
      String.raw`\b(?:(?:pode|podes|poderia|consegue)\s+(?:me\s+)?(?:passar|mandar|dar|enviar)\s+(?:o\s+|a\s+)?(?:seu|sua|teu|tua)|(?:tu\s+peux|vous\s+pouvez|peux[\s-]tu|pouvez[\s-]vous|pourriez[\s-]vous|tu\s+pourrais)\s+me\s+(?:donner|passer|envoyer|filer|laisser)\s+(?:ton|votre|ta)|(?:me\s+)?(?:puedes|podes|podrias|podria)\s+(?:darme|pasarme|mandarme|dejarme|dar|pasar|mandar)\s+(?:tu|su)|(?:mi\s+)?(?:puoi|potresti|potete)\s+(?:darmi|passarmi|mandarmi|lasciarmi|dare|passare|mandare)\s+(?:il\s+|la\s+)?(?:tuo|tua|suo|sua)|(?:kannst\s+du|konnen\s+sie|konntest\s+du|konnten\s+sie)\s+mir\s+(?:mal\s+|bitte\s+)?(?:deine|ihre))\s+${DETAIL}`,
      "gi",
    ),
    words: "pode podes poderia consegue peux pouvez pourriez pourrais puedes podes podrias podria puoi potresti potete kannst konnen konntest konnten".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Spanish: "dame tu numero", "me pasas tu cel?", "cual es tu whats", "te paso mi numero", "llamame", "escribeme al whats"
    re: new RegExp(
      String.raw`\b(?:(?:dame|damelo|pasame|pasa(?:me)?|mandame|me\s+(?:da|das|pasa|pasas|manda|mandas|dejas)|cual\s+es|tienes|tenes|te\s+paso|te\s+dejo|te\s+mando)\s+(?:tu|su|mi|el)\s+${DETAIL}|llamame|llameme|marcame|escribeme\s+(?:al|por|en)\b(?!\s+(?:aqui|aca)\b(?![^.!?\n]{0,6}\bo\b))|mi\s+(?:numero|cel|celular|telefono|whats|correo)\s+es(?!\s+(?:viejo|nuevo|antiguo|lento|malo|barato|muy|un|una|android|iphone|samsung|xiaomi|motorola)\b))`,
      "gi",
    ),
    words: "dame damelo pasame mandame da pasa manda pasas mandas dejas cual tienes tenes paso dejo llamame llameme marcame escribeme numero celular telefono correo".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Portuguese: "me passa seu numero", "passa seu zap ai", "qual e o seu whats", "me liga", "meu numero e"
    re: new RegExp(
      String.raw`\b(?:(?:me\s+)?(?:passa|manda|da|de|envia)\s+(?:o\s+|a\s+)?(?:seu|sua|teu|tua)\s+${DETAIL}|qual\s+(?:e\s+)?(?:o\s+|a\s+)?(?:seu|sua|teu|tua)\s+${DETAIL}|(?:te\s+passo|vou\s+te\s+passar)\s+(?:o\s+|a\s+)?(?:meu|minha)\s+${DETAIL}|me\s+liga|liga\s+pra\s+mim|me\s+chama\s+no\s+(?:zap|whats|whatsapp|telegram|insta)|meu\s+(?:numero|zap|whats|celular|telefone)\s+e)`,
      "gi",
    ),
    words: "passa manda envia qual passo passar liga chama meu seu sua teu tua".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // French: "donne-moi ton numero", "c'est quoi ton portable", "vous avez un numero ou je peux vous joindre", "appelle-moi", "mon numero c'est"
    re: new RegExp(
      String.raw`\b(?:(?:donne|donnez|passe|passez|envoie|envoyez|file)[\s-]+(?:moi|nous)\s+(?:ton|votre|ta)\s+${DETAIL}|(?:c'?\s?est\s+quoi|quel\s+est)\s+(?:ton|votre|ta)\s+${DETAIL}|(?:vous\s+avez|avez[\s-]vous|t'?\s?as|as[\s-]tu)\s+(?:un|une|ton|votre)\s+${DETAIL}|(?:ou|comment)\s+(?:je\s+peux|puis[\s-]je|on\s+peut)\s+(?:vous|te)\s+(?:joindre|appeler|contacter)|appelle[\s-]moi|appelez[\s-]moi|mon\s+(?:numero|portable|tel|whatsapp|mail)\s+(?:c'?\s?est|est))`,
      "gi",
    ),
    words: "donne donnez passe passez envoie envoyez quoi quel avez joindre appelle appelez numero portable".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // German: "gib mir mal deine Nummer", "was ist Ihre Handynummer", "ruf mich an", "meine Nummer ist"
    re: new RegExp(
      String.raw`\b(?:(?:gib|gibst|geben\s+sie|schick|schicken\s+sie)\s+(?:du\s+)?mir\s+(?:mal\s+|bitte\s+)?(?:deine|ihre|eure)\s+${DETAIL}|(?:was|wie)\s+(?:ist|lautet)\s+(?:deine|ihre)\s+${DETAIL}|ruf(?:en\s+sie)?\s+mich\s+(?:mal\s+|einfach\s+)?an|meine\s+(?:nummer|handynummer|telefonnummer|email|e-mail)\s+(?:ist|lautet)|schreib(?:en\s+sie)?\s+mir\s+(?:auf|per|bei)\s+(?:whatsapp|telegram|signal)|schreib(?:en\s+sie)?\s+mir\s+(?:(?:lieber|einfach|doch|bitte|mal|kurz)\s+)*(?:eine\s+)?(?:mail|e-?mail|sms))`,
      "gi",
    ),
    words: "gib gibst geben schick schicken deine ihre ruf rufen meine schreib schreiben".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Italian: "mi dai il tuo numero?", "qual e il tuo cellulare", "chiamami", "il mio numero e", "scrivimi su whatsapp"
    re: new RegExp(
      String.raw`\b(?:(?:mi\s+)?(?:dai|da|passi|mandi|lasci)\s+(?:il\s+|la\s+)?(?:tuo|suo|tua|sua)\s+${DETAIL}|qual\s+e\s+(?:il\s+|la\s+)?(?:tuo|suo|tua|sua)\s+${DETAIL}|chiamami|mi\s+chiami|il\s+mio\s+(?:numero|cellulare|whatsapp)\s+e|scrivimi\s+(?:su|al|sul|a)\b)`,
      "gi",
    ),
    words: "tuo suo tua sua chiamami chiami mio scrivimi".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // Hinglish: "apna number do", "aapka number dena", "mera number le lo", "call karo", "whatsapp karo"
    re: new RegExp(
      String.raw`\b(?:(?:apna|apni|aapka|apka|aapki|tumhara|tera)\s+${DETAIL}(?:\s+(?:number|no|numero))?\s+(?:do|dena|de\s+do|dijiye|bhejo|bhej\s+do|send\s+karo|batao|bataiye|kya\s+(?:hai|he|h))|(?:mera|meri)\s+${DETAIL}\s+(?:le\s+lo|lo|note\s+karo|save\s+karo|hai)|(?:call|phone|whatsapp|wa|msg|message)\s+(?:karo|kar\s+do|kijiye|karna|kar\s+lena)|(?:call|phone|whatsapp|wa)\s+(?:pe|par)\s+baat)\b`,
      "gi",
    ),
    words: "apna apni aapka apka aapki tumhara tera mera meri karo kar kijiye karna baat".split(" "),
    accept: live,
    phrase: true,
  },
  {
    kind: "MESSAGING_APP", // the chat moved to an app: "hablemos por guasap", "on parle sur WhatsApp ?", "wa pe baat karte hain", "ci sentiamo su whatsapp"
    re: /\b(?:(?:hablemos|hablamos|seguimos|platicamos|escribime|escribeme|conversamos|falamos|vamos\s+falar|continuamos|on\s+parle|parlons|on\s+continue|continuons|ecris[\s-]moi|ecrivez[\s-]moi|lass\s+uns|wir\s+schreiben|ci\s+sentiamo|sentiamoci|parliamo|continuiamo)\s+(?:mejor\s+|melhor\s+|plutot\s+|lieber\s+|meglio\s+)?(?:por|pelo|no|na|sur|par|auf|per|su|via|en|in)\s+(?:el\s+|o\s+)?(?:whats(?:app)?|wasap|guasap|wsp|wpp|zap|telegram|signal|insta(?:gram)?|messenger|viber)|(?:wa|whatsapp|whats|telegram|insta)\s+(?:pe|par)\s+(?:baat|message|msg|call|chat|aa\s*jao|aao|milte|bhejo))\b/gi,
    words: "whats whatsapp wasap guasap wsp wpp zap telegram signal insta instagram messenger viber wa".split(" "),
    accept: live,
  },
  {
    kind: "OFF_PLATFORM_DEAL", // a meeting: "quedamos en el parking manana a las 10", "on se retrouve devant le Leclerc samedi", "treffen wir uns morgen um 8", "ci vediamo al bar alle 18", "kal 10 baje petrol pump pe milte hain"
    re: /\b(?:quedamos|nos\s+vemos|te\s+veo|te\s+espero|nos\s+juntamos|juntemonos|a\s+gente\s+se\s+(?:ve|encontra)|te\s+encontro|(?:me|nos)\s+encontra[rs]?|(?:nos\s+)?encontramos|on\s+(?:peut\s+|pourrait\s+)?se\s+(?:retrouve[r]?|voit|voir|rejoint|rejoindre)|retrouvons[\s-]nous|je\s+t['’]?\s?attends|(?:treffen\s+wir\s+uns|wir\s+treffen\s+uns|lass\s+uns\s+(?:uns\s+)?treffen|treffpunkt|(?:mer|mir|wir)\s+tr[ae]ffe[nd]?\s+(?:us|uns|ois|eus)|tr[ae]ffe[nd]?\s+(?:mer|mir)\s+(?:us|uns|ois|eus)|i(?:ch)?\s+wart(?:e)?\s+(?:am|bim|beim|vor|bi)|spotkajmy\s+sie|spotkamy\s+sie|czekam\s+(?:na\s+(?:ciebie|pana|pania)\s+)?(?:pod|przy))|ci\s+(?:vediamo|troviamo|incontriamo)|vediamoci|(?:milte|milenge|milo|milna)\s*(?:hain|hai|he)?)\b(?=[^.!?\n]{0,60}\b(?:\d{1,2}(?:[:h.]\d\d)?\s*(?:h|uhr|baje)?|manana|hoy|esta\s+(?:tarde|noche)|amanha|hoje|demain|ce\s+soir|aujourd'?hui|samedi|dimanche|lundi|morgen|heute|abend|samstag|sonntag|domani|oggi|stasera|sabato|domenica|kal|aaj|subah|shaam|parking|estacionamiento|aparcamiento|estacionamento|posto|parkplatz|tankstelle|parcheggio|bar|cafe|caffe|gasolinera|posto\s+de\s+gasolina|station|petrol|pump|devant|vor\s+dem|davanti|bahnhof|parkhaus|parkhuus|einkaufszentrum|shopping|mall|plaza|centro\s+comercial|metro|gare|pod|przy|stacj\w*|ypf|shell|total|repsol|petrobras|ipiranga|orlen\w*|esso|carrefour|leclerc|walmart|oxxo|mcdonalds|burger\s+king|kfc|wimpy)\b|(?:en|no|na|au|a\s+la)\s+(?:el\s+|la\s+|o\s+|a\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,2}\s+(?:de|da|do|del|du)\s+\w|(?:te\s+(?:doy|dejo|entrego)|(?:eu\s+)?(?:vejo|olho)|dou\s+uma\s+olhada|je\s+(?:regarde|verifie)|lo\s+reviso|te\s+lo\s+(?:reviso|miro))\b)/gi,
    words:
      "quedamos vemos veo espero juntamos juntemonos encontramos encontra encontrar encontras encontro retrouve retrouver voit voir rejoint rejoindre retrouvons attends treffen treffpunkt traffe traffen traffed treffe treffed wart warte spotkajmy spotkamy czekam vediamo troviamo incontriamo vediamoci milte milenge milo milna".split(
        " ",
      ),
    // "nos vemos en el taller manana": the workshop itself is where a booked drop-off happens.
    accept: (m, text) =>
      live(m, text) &&
      // "ci vediamo al bar alle 8 per un caffè": a social meeting, no deal
      !isSocialMeeting(text.slice(...sentenceAt(text, m.index, m.index + m[0].length))) &&
      !/\b(?:taller|oficina|officina|werkstatt|garage|garasch|atelier|concesionario|concessionaria|mecanica|centre\s+auto|carrosserie|autohaus|warszta[tc]\w*|serwis\w*)\b/i.test(
        text.slice(m.index, m.index + 80),
      ) &&
      // the car dropped off or collected: "... quando eu deixar o carro", "przy odbiorze samochodu"
      !/\b(?:deixar\s+o\s+carro|dejar\s+el\s+(?:coche|carro)|deposer\s+la\s+voiture|odbior\w*|abholung|abgabe|pick-?up|drop-?off)\b/i.test(text.slice(m.index, m.index + 80)) &&
      // "me encontra a peça": a thing found; "on peut se voir refuser ...": a passive; "o guincho vai me encontrar": a third party's visit
      !/^\s+(?:a|o|as|os|um|uma|el|los|las)\s|^\s+(?!ce\b|demain\b)\w+(?:er|ir|re)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) &&
      // "te espero la respuesta": an object awaited, not a place (the place takes en/a/frente); "spotkamy się z rzeczoznawcą": with a third party.
      !(/espero$/i.test(m[0]) && /^\s+(?:la|el|los|las|un|una|tu|su|sus|tus)\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) &&
      !(/sie$/i.test(m[0]) && /^\s+(?:\w+\s+)?(?:z|ze)\s+(?!(?:toba|tobą|wami|panem|pania|panią|mna|mną|nami)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) &&
      !/\b(?:vai|va|vao|van|wird|will|viene|vem|vient)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      // "app pe milte hain", "video call pe milte": met on the app, not at a place.
      !/\b(?:app|video|call|zoom|whatsapp)\s+(?:pe|par)\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    // The same in romanised Hindi, whose verb comes last: the time and place are said before it
    // ("kal subah 10 baje Sharma petrol pump pe milte hain", "aaj shaam parking mein milo").
    kind: "OFF_PLATFORM_DEAL",
    // The verb's first letters are tested before the look-behind, which would otherwise run at every character.
    re: /\b(?=mil)(?<=\b(?:baje|parking|petrol|pump|station|dhaba|chowk|market|mandir|masjid|stand|metro|gate|mall)\b[^.!?\n]{0,60}|\b(?:pe|par)\s+)(?:milte|milenge|milo|milna|mil\s+lo|mil\s+lete)\s*(?:hain|hai|he)?\b/gi,
    words: "milte milenge milo milna mil".split(" "),
    // "kal workshop pe milte hain": the workshop itself is where a booked drop-off happens.
    accept: (m, text) => live(m, text) && !/\b(?:workshop|garage|shop|service\s+cent(?:er|re)|app|call|video|zoom|whatsapp|wa)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index)),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // the fee avoided: "privat machen, ohne die Gebuhr", "fuori piattaforma", "lo facciamo in nero", "fechar por fora, sem a taxa", "sin comision", "au noir"
    re: /\b(?:privat\s+(?:machen|abrechnen|regeln|erledigen)|ohne\s+(?:die\s+)?\w*(?:gebuhr|gebuhren|provision|kommission|vermittlung)|fuori\s+(?:dalla\s+)?piattaforma|(?:lavor\w*|pag\w*|fa\w*)\s+(?:tutto\s+|lo\s+)?in\s+nero|senza\s+(?:la\s+)?(?:commissione|fattura)|(?:fechar|fazer|faz|fazemos|pagar|paga)\s+por\s+fora|sem\s+(?:a\s+)?(?:taxa|comissao)(?:\s+do\s+(?:app|aplicativo))?|sin\s+(?:la\s+)?(?:comision|app|aplicacion|plataforma)|sans\s+(?:la\s+)?(?:commission|frais\s+de\s+(?:la\s+)?plateforme)|au\s+noir|de\s+la\s+main\s+a\s+la\s+main|bina\s+(?:app|platform)\s+(?:ke|ki)|app\s+(?:ke|ki)\s+bina|direct\s+(?:deal|payment)\s+karo)\b/gi,
    words: "privat ohne fuori nero senza fechar fazer faz fazemos pagar paga sem sin sans noir bina karo".split(" "),
    accept: live,
  },
];

// ----- round 24: meetings, cash deals and moves in Greek, Vietnamese and Arabizi, and the moves
// "in private" of the Romance languages and German. Each is a meeting verb of the language before a
// place (not the workshop), cash beside the app left out, or a verb of talking on beside a channel
// that is not the platform ("privately", "by phone", "outside the app"), read with its clause.

/** Greek vowels with their accented forms, and the final sigma. */
const GREEK_FORMS: Readonly<Record<string, string>> = { α: "ά", ε: "έ", η: "ή", ι: "ίϊΐ", ο: "ό", υ: "ύϋΰ", ω: "ώ", σ: "ς" };

/** A letter or digit of Latin or Greek on either side: the end of a word the normaliser half-folded. */
export const GREEK_START = String.raw`(?<![\w\u0370-\u03ff\u1f00-\u1fff])`;
export const GREEK_END = String.raw`(?![\w\u0370-\u03ff\u1f00-\u1fff])`;

/**
 * Regex source for Greek words written plainly (lower case, no accents; "|" between alternatives,
 * a space for any spacing) as the normaliser hands them on: it folds the Greek letters that look
 * Latin ("ο" -> "o", "ρ" -> "p", "υ" -> "u") and keeps the others and the accented ones ("ύ"), so
 * "βρεθούμε" reaches the rules as "βpεθoύμε". Each letter matches its accented and capital forms
 * folded the same way, so a rule is written once in Greek and reads every way it is typed.
 */
export function greekWords(words: string): string {
  const letter = (ch: string): string => {
    if (ch === " ") return String.raw`\s+`;
    if (!/[\u0370-\u03ff]/.test(ch)) return ch;
    const forms = new Set<string>();
    for (const v of [ch, ...(GREEK_FORMS[ch] ?? "")]) for (const f of [v, v.toUpperCase()]) forms.add(unicodeSkeleton(f).text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"));
    return forms.size === 1 ? [...forms][0]! : `(?:${[...forms].join("|")})`;
  };
  return `(?:${words
    .split("|")
    .map((w) => [...w].map(letter).join(""))
    .join("|")})`;
}

/** Negations of Greek, Vietnamese and Arabizi just before a phrase: "δεν", "μην", "đừng", "không được", "mesh", "la2". */
const MORE_NEGATION = new RegExp(
  String.raw`(?:${GREEK_START}${greekWords("δεν|μη|μην|οχι|ουτε|ποτε")}${GREEK_END}|(?<![\w\u00c0-\u024f])(?:[đd]ung|khong\s+(?:[đd]uoc|nen)|ko\s+[đd]uoc|cam|chang|mesh|msh|mish|la2|ma\w+sh|balash)(?![\w\u00c0-\u024f]))[^,.!?;\n]{0,25}$`,
  "i",
);

/** Negated in Greek, Vietnamese or Arabizi just before `index`. */
export const negatedAbroad = (text: string, index: number): boolean => MORE_NEGATION.test(text.slice(Math.max(0, index - 30), index));

/**
 * Comparison and make-believe right before an introduction or a name, in the languages the introductions read, and
 * the denials `NEGATED_ABROAD` leaves out: "as if", "who do you think (I am)", "como si", "acaso", "tampoco",
 * "comme si", "als ob", "alsof", "come se", "jakby", "niby", "sanki", the Tagalog "parang", "akala mo", "kunwari",
 * the Indonesian "emangnya", the Vietnamese "không phải là" ("is not"); a Tagalog particle may follow ("parang
 * naman ako si").
 */
const LIKENED_BEFORE =
  /(?:^|[^\p{L}'’])(?:as\s+if|as\s+though|(?:who|what)\s+(?:do|did)\s+(?:you|u)\s+think|you['’]?d\s+think|pretend(?:ing)?|como\s+si|como\s+se|acaso|tampoco|comme\s+si|als\s+ob|alsof|come\s+se|jakby[mś]?|niby|sanki|parang|para\s+bang|akala(?:\s+mo)?|kala\s+mo|kunwari|emang(?:nya)?|memang(?:nya)?|khong\s+phai(?:\s+la)?)(?:\s+(?:naman|nga|ba|lang|talaga))?\s*$/iu;

/** The bare "like" of each language ending the clause ("I drive like ...", "je conduis comme ..."), not "I'd like". */
const LIKE_BEFORE = /(?:^|[^\p{L}'’])(?<!(?:would|['’]d)\s+)(?:like|como|comme|wie|als|come|tipo|jak|gibi|kayak|gaya|seperti|macam|jaise)\s*$/iu;

/**
 * A clause in which that bare word is "as", naming the writer: the writer as the object of a look-up ("búscame como
 * ...", "cercami su facebook come ...", "such mich als ...", "zoek mij als ..."), a site, or "known / saved /
 * registered as" ("conocido como ...", "registriert als ...").
 */
const NAMED_AS =
  /(?<![\p{L}'’])(?:\p{L}{3,}(?:ame|ami|eme|ime)|me|mi|moi|mich|mnie|mij|nos|nous|uns|us|facebook|fb|face|insta\w*|google|linkedin|tiktok|zalo|whatsapp|telegram|known|bekannt|conocid[oa]|conhecid[oa]|connue?|not[oa]|znan[ya]|registriert|angemeldet|eingetragen|gespeichert|registrad[oa]|inscrit|enregistree?|salv[oa]|guardad[oa]|listad[oa]|listed|saved)(?![\p{L}'’])/iu;

/** The clause ends on a bare "like" (`LIKE_BEFORE`) that does not name the writer (`NAMED_AS`). */
function likened(head: string): boolean {
  const like = LIKE_BEFORE.exec(head);
  return like !== null && !NAMED_AS.test(head.slice(0, like.index + 1));
}

/**
 * "I am" right before a name found without its introduction (the unannounced names, the second stage's), read back
 * over to the words before it: "as if I'm ...", "who do you think I am, ...", "hindi naman ako si ...", "eu não sou ...".
 */
const SELF_BEFORE = /(?<![\p{L}'’])(?:i['’]?m|i\s+am|ako\s+si|soy|sou|sono|je\s+suis|ich\s+bin|ik\s+ben|jestem|saya|aku)\s*[:,-]?\s*$/iu;

/** A denial after the name, where the verb comes last: the Turkish "değilim" ("ben Orhan Kalkavan değilim"). */
const DENIED_AFTER = /^\s*(?:degil|değil)/i;

/**
 * The writer says they are not someone, or are like someone (often a famous driver, joking): "I'm not ...", "hindi
 * naman ako si ...", "não sou ...", "nie jestem ...", "ben ... değilim", "as if I'm ...", "parang ako si ...", "ik rij
 * als ...". Read on the clause before `frameStart` (where the introduction, or the name without one, opens): a
 * negation of `NEGATED_ABROAD` or `negatedAbroad` in its last two words, or `LIKENED_BEFORE` or `likened` ending it; and after the
 * name's `nameEnd`; a name found alone is read from before its "I am" (`SELF_BEFORE`). A negation earlier in the message or its clause ("I'm not in today, I'm ...") is not this.
 */
export function posedAs(text: string, frameStart: number, nameEnd: number): boolean {
  const before = text.slice(Math.max(0, frameStart - 50), frameStart);
  const self = SELF_BEFORE.exec(before)?.[0].length ?? 0;
  const head = /[^,.!?;:\n¿¡]{0,40}$/.exec(before.slice(0, before.length - self))![0];
  const near = /(?:[\p{L}'’]+\s+){0,2}$/u.exec(head)![0];
  // The Tagalog "di" ("di ako si ...") is the Italian and Indonesian "of", "at" elsewhere.
  const tagalogDenied = /(?:^|\s)di\s+$/i.test(head) && /^ako\s/i.test(text.slice(frameStart - self, frameStart - self + 4));
  return tagalogDenied || NEGATED_ABROAD.test(near) || negatedAbroad(near, near.length) || LIKENED_BEFORE.test(head) || likened(head) || DENIED_AFTER.test(text.slice(nameEnd, nameEnd + 12));
}

/**
 * Not negated in English or in Greek, Vietnamese or Arabizi, and not kept on the platform. The
 * negations of the other languages (`OTHER_NEGATION`) are left out: their "mat" (Hindi "don't") is
 * the Vietnamese "tiền mặt" (cash), their "ne" a Greek and Arabizi word.
 */
function liveAbroad(m: RegExpExecArray, text: string): boolean {
  if (negatedBefore(text, m.index) || negatedAbroad(text, m.index)) return false;
  const wide = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  const rest = /^[^.!?\n;]*/.exec(wide)![0];
  return !((IN_PLATFORM.test(rest) || fromPlatform(rest, wide) || GREEK_IN_PLATFORM.test(rest)) && !AROUND_PLATFORM.test(rest));
}

/** The platform named as the channel in Greek: "στην εφαρμογή", "μέσω της εφαρμογής" (not "εκτός εφαρμογής", which `AROUND_PLATFORM` does not read: its words are other rules'). */
const GREEK_IN_PLATFORM = new RegExp(`${GREEK_START}${greekWords("στην εφαρμογη|μεσα απο την εφαρμογη|απο την εφαρμογη|μεσω της εφαρμογης|μεσω εφαρμογης")}${GREEK_END}`, "i");

/** The workshop, a garage or a dealer named as the place: a booked drop-off, not a meeting elsewhere. */
const WORKSHOP_ABROAD = new RegExp(
  String.raw`${greekWords("συνεργειο|συνεργειου|γκαραζ|αντιπροσωπεια")}|\b(?:gara|garage|xuong|tiem\s+sua|tiem|warsha|wersha|markaz|tawkeel|tawkil|mechaniky|workshop)\b`,
  "i",
);

/** A Greek "place" that is a time, a topic or the booked appointment: "στις 9", "στο θέμα: ...", "στο ραντεβού που κλείσαμε". */
const NOT_A_GREEK_PLACE = new RegExp(String.raw`^\s*(?:\d|${greekWords("θεμα|ραντεβου|ωρα|ωρες")}${GREEK_END})|:`, "i");

/** A channel named abroad: a text, a mail, the phone, a letter, a messaging app. */
const CHANNEL_ABROAD = String.raw`(?:sms|texto|e-?mail|mail|correo|courriel|telefon\w*|telephone|tel|telemovel|celular|cellulare|handy|post|brief|courrier|whats(?:app)?|zap|wpp|telegram|signal|messenger)`;
/**
 * Who proposes to go on talking, abroad: "on peut continuer", "podemos seguir", "possiamo sentirci", "kunnen we verder",
 * "możemy pogadać", and the older first-person forms ("seguimos", "continuiamo", "lass uns").
 */
const TALK_ABROAD = String.raw`(?:on\s+(?:peut\s+|pourrait\s+)?continu(?:e|er)|continuons|on\s+(?:se\s+)?parle|parlons|on\s+(?:en\s+)?discute|on\s+jase|on\s+(?:se\s+)?(?:regle|voit)\s+(?:ca|le\s+reste)|on\s+passe|(?:on\s+peut|on\s+pourrait|peut[\s-]on|pourrait[\s-]on)\s+(?:en\s+)?(?:parler|discuter|se\s+parler|echanger)|seguimos|sigamos|hablamos|hablemos|lo\s+hablamos|continuamos|continuemos|platicamos|lo\s+arreglamos|falamos|a\s+gente\s+(?:fala|conversa|continua|resolve|combina)|vamos\s+(?:conversar|falar|continuar)|(?:podemos|podriamos|podiamos|puedo|posso|pode|da\s+pra)\s+(?:(?:lo|la|isso|eso)\s+)?(?:continuar|seguir|hablar|falar|conversar|platicar|resolver|combinar|tratar|arreglar)(?:lo|la)?|continuiamo|parliamo|sentiamoci|ci\s+sentiamo|(?:possiamo|potremmo|possiamo\s+anche)\s+(?:continuare|proseguire|sentirci|parlare|parlarne|scriverci)|(?:schreiben|reden|sprechen)\s+wir|lass\s+uns|passons|me\s+chama|ti\s+scrivo|scrivimi|schreib\s+mir|schreiben\s+sie\s+mir|(?:regelen|bespreken|praten|doen)\s+we|(?:kunnen|zullen|kunnen\s+wij|zullen\s+wij)\s+(?:we\s+)?(?:(?:dit|het|even|misschien)\s+)*(?:verder(?:gaan|praten)?|praten|overleggen|afspreken|regelen|bespreken)|(?:mozemy|moglibysmy|pogadajmy|porozmawiajmy|przejdzmy|przejdziemy|pogadamy|mozemy\s+(?:pogadac|porozmawiac|kontynuowac|przejsc|pisac)))`;
/** Where the talk goes abroad: private, the phone, a text or a mail, another app, out of the app. */
const ELSEWHERE_ABROAD = String.raw`(?:en\s+prive|en\s+mp|am\s+telefon|(?:par|sur|via)\s+(?:sms|texto|mail|e-?mail|courriel|telephone|tel|message\s+prive|courrier|la\s+poste|whatsapp|telegram|signal|messenger|insta(?:gram)?)|au\s+telephone|hors\s+(?:de\s+)?l['’]?\s?appli\w*|en\s+dehors\s+de\s+l['’]?\s?appli\w*|(?:por|en|x|via)\s+(?:privado|interno|dm|md|telefono|tel|mail|e-?mail|correo|sms|whats(?:app)?|wasap|zap|telegram|signal|messenger)|fuera\s+de\s+la\s+(?:app|aplicacion|plataforma)|(?:no|pelo)\s+(?:privado|pv|telefone|telemovel|zap|whats(?:app)?|telegram|signal|messenger|e-?mail)|(?:por|pelo|via)\s+(?:sms|e-?mail|mail|telefone|telemovel|celular)|por\s+f(?:o|ue)ra(?!\s+de)|fora\s+do\s+app|in\s+privato|al\s+telefono|(?:per|su|via|tramite)\s+(?:telefono|e-?mail|mail|sms|whatsapp|telegram|signal|messenger|posta)|fuori\s+dall['’]?\s?app|privat(?:\s+weiter)?|(?:per\s+)?telefonisch|per\s+(?:telefon|sms|mail|e-?mail|post|brief|whatsapp)|ausserhalb\s+der\s+app|buiten\s+(?:de|het)\s+(?:app|platform)|(?:via|per|over)\s+(?:de\s+)?(?:mail|e-?mail|sms|whatsapp|telefoon|telegram|signal|post)|(?:przez|na)\s+(?:telefon|sms|maila?|e-?maila?|whatsapp\w*|messenger\w*|telegram\w*|signal\w*)|telefonicznie|mailowo|smsem)`;

/** Speech reported before the phrase in its sentence: a verb of saying, a colon or an opening quote ("el perito me dijo: ...", "« on continue par SMS »"). */
const REPORTED_BEFORE = /(?:\b(?:dijo|dice|dicen|decia|falou|disse|diz|dit|disait|ecrivait|meinte|sagt|sagte|meint|detto|dice|ha\s+detto|said|says|told|asked|wrote)\b|[:«"“])[^.!?\n]*$/i;
/** A third party the talk is with or a thing is sent to, or a time gone by: "con la grúa", "avec le service client", "col perito", "mit dem Autohaus", "an die Versicherung", "ayer", "gestern". */
const WITH_ANOTHER_OR_PAST =
  /\b(?:(?:con|avec|mit|col|coi|com|with)\s+(?:(?:la|el|le|les|il|lo|o|a|os|as|dem|der|den|the|l['’]?)\s*)?(?!(?:toi|vous|te|ti|tigo|voce|vc|dir|ihnen|you|u|me|mi|moi|mir|nos|nous|uns)\b)[\w'’]{3,}|an\s+(?:die|den|das|der)\s+\w+|ayer|gestern|(?<!\b(?:statt|anstatt|nicht|als|niet|dan)\s)hier|ieri|ontem|deles|delas)\b/i;
/** Reported, with a third party or in the past: a move told of others, not proposed (round 22's review). */
function toldOrWithAnother(m: RegExpExecArray, text: string): boolean {
  const start = sentenceStart(text, m.index);
  let end = m.index + m[0].length;
  while (end < text.length && !/[.!?\n,]/.test(text[end]!)) end++;
  return REPORTED_BEFORE.test(text.slice(start, m.index)) || WITH_ANOTHER_OR_PAST.test(text.slice(start, m.index)) || WITH_ANOTHER_OR_PAST.test(text.slice(m.index, end));
}

OTHER_LANGUAGE_PATTERNS.push(
  {
    kind: "OFF_PLATFORM_DEAL", // Greek: "ας βρεθούμε στη μαρίνα", "βρεθούμε στο Flocafe αύριο στις 10;", "θα σε περιμένω έξω από το Lidl"
    re: new RegExp(
      String.raw`${GREEK_START}${greekWords("βρεθουμε|συναντηθουμε|συναντιομαστε|βρισκομαστε|θα σε περιμενω|σε περιμενω|θα σας περιμενω|σας περιμενω|ελα|ελατε")} ${greekWords("στο|στη|στην|στον|στα|στις|στους|εξω απο|μπροστα απο|μπροστα στο|μπροστα στη|διπλα στο|διπλα στη|κοντα στο|κοντα στη")}${GREEK_END}(?<place>[^,.;!?\n]{2,60})`,
      "gid",
    ),
    gate: /[\u0370-\u03ff\u1f00-\u1fff]/,
    // "ελάτε στις 9": a time; "έλα στο θέμα:" (get to the point), "στο ραντεβού": not a place.
    accept: (m, text) => liveAbroad(m, text) && !WORKSHOP_ABROAD.test(m.groups?.place ?? "") && !NOT_A_GREEK_PLACE.test(m.groups?.place ?? ""),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // Vietnamese: "hẹn anh ở Highlands Coffee 3h chiều", "gặp nhau tại cây xăng", "đợi em trước siêu thị"
    // No \b before "đ" (not a word character without the u flag): "đợi" reaches the rules as "đoi".
    re: /(?<![\w\u00c0-\u024f\u0111])(?:hen|gap(?:\s+nhau)?|[đd]oi|cho\s+nhau)\s+(?:(?:anh|chi|em|ban|ong|co|chu|nhau|minh|a|c|e)\s+)?(?:o|tai|truoc|ngay|cho)\s+(?<place>[^,.;!?\n]{2,60})/dgi,
    words: "hen gap doi oi cho".split(" "),
    // "đang đợi ở cầu ... chờ cứu hộ": the sender stranded, waiting for the tow, no one invited.
    accept: (m, text) =>
      liveAbroad(m, text) &&
      !WORKSHOP_ABROAD.test(m.groups?.place ?? "") &&
      !/^(?:day|nha|nhe|app|ung\s+dung)\b/i.test(m.groups?.place ?? "") &&
      !(/^[đd]oi\s+(?:o|tai|truoc|ngay)\s/i.test(m[0]) && /[đd]ang\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) &&
      !/\b(?:cuu\s+ho|xe\s+keo|keo\s+xe)\b/i.test(m.groups?.place ?? ""),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // Arabizi: "neta2abel 3and mahattet Total", "2ablny 3and el mall", "hastanak odam el station"
    re: /\b(?:n[ei]?t?[ae]?2a?b[ei]?l|ne2abel|2abelni|2ablni|2ablny|2abilni|hastanak|hastanaki|ha?stana\w*|mestan[ei]{1,2}k|mstan[ei]k|ni?lta2i|mnelta2i|mnilta2i|ne?shofak|ta3ala|ta3ali)\s+(?:(?:el|al)\s+)?(?:3and|3nd|3ind|fe|fi|fel|fil|odam|2odam|gamb|janb|3ala)\b(?<place>[^,.;!?\n]{2,60})/dgi,
    // "hastanak 3ala el telefon": waiting on the phone; "fe el ma3ad": at the (booked) appointment.
    accept: (m, text) =>
      liveAbroad(m, text) && !WORKSHOP_ABROAD.test(m.groups?.place ?? "") && !/^\s*(?:(?:el|al)\s+)?(?:telefon|tel|phone|fon|mobile|mobil|app|abb|ma3ad|maw3ed|mi3ad)\b/i.test(m.groups?.place ?? ""),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // the app left out, Vietnamese and Arabizi: "khỏi qua app cho đỡ phí", "ngoài app", "edfa3ly cash", "bala el app"
    re: /\b(?:(?:khoi|khong\s+can|ko\s+can|k\s+can|khoi\s+can)\s+(?:qua|thong\s+qua|dung|xai|[đd]at\s+qua|tra\s+qua|thanh\s+toan\s+qua)\s+(?:app|ung\s+dung|nen\s+tang)|ngoai\s+(?:app|ung\s+dung|nen\s+tang)|cho\s+[đd]o\s+(?:phi|tien\s+phi|hoa\s+hong)|(?:edfa3|edf3|nedfa3|tedfa3|hadfa3|badfa3|adfa3)(?:ly|li|lak|lik|ely)?\s+(?:(?:el\s+)?(?:flos|floos|fulus)\s+)?(?:cash|kash|naqdan|na2dan)|(?:bara|barra|bala|bela|men\s+gher|min\s+gheir|bdoon|bedoon|5areg|khareg)\s+(?:el\s+|al\s+)?(?:app|abb|application|tatbee2|platform))\b/gi,
    accept: (m, text) => liveAbroad(m, text) && !/^\s*(?:[đd]uoc|nhe\s+anh\s+[đd]uoc)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // Greek: "πληρωμή εκτός εφαρμογής", "χωρίς την εφαρμογή, γλιτώνουμε την προμήθεια"
    re: new RegExp(
      String.raw`${GREEK_START}${greekWords("εκτος εφαρμογης|εκτος της εφαρμογης|εξω απο την εφαρμογη|χωρις την εφαρμογη|χωρις την πλατφορμα|χωρις προμηθεια|χωρις την προμηθεια|γλιτωνουμε την προμηθεια")}${GREEK_END}`,
      "gi",
    ),
    gate: /[\u0370-\u03ff\u1f00-\u1fff]/,
    accept: liveAbroad,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // the talk taken private or to the phone, Vietnamese and Arabizi: "inbox riêng em", "nhắn riêng", "nkamel bara el app", "nkalem 3al 5as", "kalemni 3al telephone"
    re: /\b(?:(?:inbox|ib|nhan(?:\s+tin)?|chat|trao\s+[đd]oi|noi\s+chuyen)\s+(?:(?:cho\s+)?(?:anh|chi|em|minh|ban|e|a|c)\s+)?rieng|(?:n?kamel|nekamel|nkml|nkamml|nkalem|net?kalem|nitkallam|nehki|nihki|n7ki|ne7ki|kalemni|kalemny|kallemni|kallimni|kalmni|klmni)\s+(?:(?:el\s+)?kalam\s+)?(?:bara|barra|5areg|khareg|3al\s*(?:5as|khas|whats|phone|telephone|telefon|tel|mobile)|fel\s*(?:5as|khas)|private|priv))\b/gi,
    accept: liveAbroad,
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_REQUEST", // the talk taken to the phone or private, Greek: "ας τα πούμε στο τηλέφωνο, όχι εδώ", "να μιλήσουμε ιδιωτικά"
    re: new RegExp(
      String.raw`${GREEK_START}${greekWords("τα πουμε|τα λεμε|μιλησουμε|μιλαμε|συνεχισουμε|συνεχιζουμε|συζητησουμε|τα κανονισουμε|τα κανονιζουμε")} ${greekWords("στο τηλεφωνο|στο κινητο|τηλεφωνικα|ιδιωτικα|σε πριβε|στο πριβε|απο κοντα|εκτος εφαρμογης|εξω απο την εφαρμογη")}${GREEK_END}`,
      "gi",
    ),
    gate: /[\u0370-\u03ff\u1f00-\u1fff]/,
    accept: liveAbroad,
    phrase: true,
  },
  {
    // The talk carried on privately, by phone, by mail or on another app, or outside the app, in French, Spanish,
    // Portuguese, Italian, German, Dutch and Polish (`TALK_ABROAD` before `ELSEWHERE_ABROAD`): "on continue en privé ?",
    // "on peut continuer sur Messenger ?", "seguimos por privado", "podemos continuar por SMS?", "vamos pro zap",
    // "possiamo continuare su whatsapp?", "können wir das per Mail machen statt hier?", "kunnen we verder via de mail?",
    // "możemy pogadać przez telefon?".
    kind: "OFF_PLATFORM_REQUEST",
    re: new RegExp(
      String.raw`\b(?:${TALK_ABROAD}\s+(?:(?:plutot|mejor|melhor|meglio|lieber|liever|mal|ca|le\s+reste|eso|isso|das|dit|het|esto|isto|questo|verder|weiter|dalej|lepiej|normalnie)\s+)*${ELSEWHERE_ABROAD}|(?:vamos|bora)\s+(?:pro|pra|para\s+o|no)\s+(?:zap|whats(?:app)?|privado|pv|telegram|insta)|(?:konnen|konnten|sollen|wollen)\s+wir\s+(?:das\s+|uns\s+)?(?:(?:lieber|auch|bitte|einfach|vielleicht|dann)\s+)*(?:telefonisch|privat|per\s+${CHANNEL_ABROAD}|uber\s+${CHANNEL_ABROAD})\s+(?:klaren|besprechen|regeln|machen|weitermachen|fortsetzen|bereden|reden|schreiben))\b`,
      "gi",
    ),
    accept: (m, text) => live(m, text) && !toldOrWithAnother(m, text),
    phrase: true,
  },
  {
    kind: "OFF_PLATFORM_DEAL", // the platform passed by, the fee saved: "sin pasar por la plataforma", "sem passar pelo app", "nos ahorramos la comisión", "on économise la commission"
    re: /\b(?:sin\s+pasar\s+por\s+(?:la\s+)?(?:app|aplicacion|plataforma|pagina)|sem\s+passar\s+pel[oa]\s+(?:app|aplicativo|plataforma)|sans\s+passer\s+par\s+(?:la\s+|l['’]?\s?)?(?:appli\w*|plateforme|app)|senza\s+passare\s+(?:dall['’]?\s?app|dalla\s+piattaforma)|(?:nos\s+)?ahorr\w+\s+(?:la\s+)?(?:comision|tarifa|cuota)|(?:a\s+gente\s+)?economiz\w+\s+(?:a\s+)?(?:taxa|comissao)|(?:on\s+)?econom\w+\s+(?:la\s+)?commission|spar\w*\s+(?:uns\s+)?(?:die\s+)?(?:gebuhr|provision)|risparmi\w*\s+(?:la\s+)?commissione|(?:te\s+lo|te\s+la|te\s+los|te\s+las)\s+vendo\s+(?:directo|directamente|yo))\b/gi,
    accept: live,
  },
);

// ----- round 33: the call or the move said with the verb of the language (issue 13, OFF_PLATFORM_REQUEST) -------------
//   CALL-ABROAD: the sender ringing the reader, or the reader asked to ring the sender, with the verb and its person:
//     "te llamo mañana", "je vous appelle demain", "ti chiamo stasera", "eu te ligo", "ich ruf Sie morgen an", "ik bel
//     je", "zadzwonię do ciebie", "seni ararım", "saya telpon aja", "tatawagan kita"; "tawagan mo ako", "telpon saya",
//     "beni arayın", "zadzwoń do mnie", "zullen we even bellen?", "stuur maar een mailtje", "geef me een belletje". A thing or a third party called for the reader ("te
//     llamo una grúa", "ti chiamo un carro attrezzi", "je t'appelle un dépanneur", "te llamo la atención", "ik bel je
//     de garage") and the sender's phone told of ("telpon saya rusak") and a reminder ("je te rappelle que ...") stay innocent.
//   MOVE-ABROAD: the talk carried to a phone or an app in the languages TALK_ABROAD does not read: "lanjut di WA",
//     "ngobrol di telegram", "mag-usap sa Messenger", "telefonda konuşalım", "tuongee kwa simu", "call pe aa jao".
//   THERE-ABROAD: the reader told to answer or call "there" after a mail or an app was named in the message, or with
//     "there" said to be quicker: "te mando el presupuesto por correo y me contestas por ahí", "répondez-moi là-bas",
//     "fala comigo por lá", "me chama lá que é mais rápido" (the app named instead, "por la app ... por ahí", is the
//     platform; "escríbeme por la app" is no "there").

/** An object after the call: a tow truck, a mechanic, "la atención": something called for the reader, not the reader called. */
const CALLED_FOR_YOU = /^\s+(?:(?:io|yo|eu)\s+)?(?:(?:un|una|uno|uma|um|une|il|lo|el|la|le|les|los|las|o|os|einen?|den|de|het|een|ang|si|que)\s|qu['’]|d['’])/i;
/** A name or a nickname after the verb, written with a capital or in quotes: "te llamo Juan", "le llamo «el ruido»" (naming, not ringing). */
const NAMED_AFTER = /^\s+(?:[A-Z]|["“'«])/;
/** The sender's phone told of as a device: "telpon saya rusak", "telepon saya mati". */
const PHONE_AS_DEVICE = /^\s+(?:rusak|mati|hilang|error|lowbat|lobet|jatuh|baru|lama|lemot|nggak|gak|ga|tidak|ini|itu)\b/i;

/**
 * The app named in the call's clause, and not as what is left ("te llamo por la videollamada de la app", "ich rufe Sie gleich über die
 * App an"): the platform's own call. "... fuera de la app", "ohne die App" leave it.
 */
const APP_IN_CLAUSE =
  /^[^.!?\n;]{0,50}?\b(?<!\b(?:fuera\s+de|fora\s+do|hors\s+de|sans|ohne|ausserhalb|buiten|bez|senza|sin|sem|without|outside|luar|not\s+(?:on|in|through)|nicht\s+uber)\s+(?:(?:la|el|a|o|die|der|l['’]?|de|het|the)\s*)?)(?:app|appli|aplicacion|aplicativo|applicazione|aplikasi|aplikacji|uygulama|plataforma|plattform|platform|plateforme|piattaforma)\b/i;

/**
 * A notice when the job is done, as the English rules keep "I'll give you a call when it's ready": "te llamo cuando esté lista",
 * "je vous appelle dès que", "ti chiamo appena", "ich rufe Sie an, sobald", "ik bel je zodra", "jak tylko", "kalau sudah".
 */
const NOTIFY_ABROAD =
  /^[\s,]*(?:(?:an|zuruck|yo|io|eu|manana|domani|demain|morgen|besok|nanti|bukas)[\s,]+)?(?:cuando|en\s+cuanto|apenas|quand|des\s+que|sitot\s+que|quando|appena|assim\s+que|logo\s+que|wenn|sobald|zodra|als|kiedy|gdy|jak\s+tylko|pag|kapag|kalau|kalo|klo|begitu|hazir\s+olunca|bitince)\b/i;
/** A negation before the verb abroad, or "nicht" / "niet" / "nie" inside the call ("ich rufe dich nicht an"). */
const NOT_CALLING_BEFORE = /\b(?:no|nunca|jamas|nao|non|mai|ne|nie|niet|nooit|nicht|hic|asla|tidak|gak|nggak|ga|jangan|hindi|huwag|wag)\s+(?:\w+\s+)?$/i;

/** Not negated, not kept on the platform, not reported ("dijo: te llamo"), no notice when the job is done. */
function proposedAbroad(m: RegExpExecArray, text: string): boolean {
  const start = sentenceStart(text, m.index);
  const end = m.index + m[0].length;
  return (
    liveAbroad(m, text) &&
    !REPORTED_BEFORE.test(text.slice(start, m.index)) &&
    !APP_IN_CLAUSE.test(text.slice(m.index, end + 50)) &&
    !NOTIFY_ABROAD.test(text.slice(end, end + 30)) &&
    !NOT_CALLING_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
    !/\b(?:nicht|niet|nie)\b/i.test(m[0])
  );
}

/**
 * A call proposed (`proposedAbroad`) with no object called for the reader, no name given ("te llamo Juan"), no phone told of as a
 * device after it, and no lower-case German "sie" (them).
 */
function callProposedAbroad(m: RegExpExecArray, text: string): boolean {
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  // "ich rufe sie morgen an" in lower case is "them" or "her": the formal "Sie" is the reader.
  return proposedAbroad(m, text) && !CALLED_FOR_YOU.test(rest) && !NAMED_AFTER.test(rest) && !PHONE_AS_DEVICE.test(rest) && !/\bsie\b/.test(m[0]);
}

/** "There" said to be quicker than here: "me chama lá que é mais rápido", "llámame ahí, es más fácil", "écris-moi là-bas, c'est plus simple". */
const FASTER_THERE = /^[^.!?\n]{0,20}\b(?:mais|mas|plus|piu)\s+(?:rapido|facil|simples|simple|sencillo|veloce|facile|pratico|practico)\b/i;
/** A mail or another app named as the channel before "there": "por correo", "par mail", "por email", "via whatsapp". */
const CHANNEL_NAMED_BEFORE =
  /\b(?:por|par|pelo|per|via|su|sur|no|al|au)\s+(?:correo|mail|e-?mail|courriel|whats(?:app)?|wasap|zap|telegram|signal|telefono|telefone|telephone|sms|texto)\b[^\n]{0,80}$/i;

/**
 * CALL-ABROAD, one form per language with the verb words it cannot match without (each runs only on texts holding one): the
 * sender calling the reader ("te llamo", "je vous appelle", "ich ruf Sie an", "zadzwonię do ciebie", "seni ararım", "saya telpon",
 * "tatawagan kita") or the reader asked to ("tawagan mo ako", "beni arayın", "stuur maar een mailtje", "zullen we even bellen?").
 */
const CALLS_ABROAD: ReadonlyArray<readonly [words: string, source: string]> = [
  ["llamo marco llamar", String.raw`\b(?:te|le)\s+(?:llamo|marco|vuelvo\s+a\s+llamar)\b`],
  ["ligo telefono", String.raw`\b(?:te|lhe)\s+(?:ligo|telefono)\b|\bligo\s+(?:pra|para)\s+(?:voce|vc|ti|o\s+senhor|a\s+senhora)\b`],
  ["appelle rappelle telephone passe", String.raw`\bje\s+(?:te\s+|t['’]\s?|vous\s+)(?:appelle|rappelle|telephone|passe\s+un\s+(?:coup\s+de\s+fil|appel))\b`],
  ["chiamo richiamo telefono squillo", String.raw`\b(?:ti|vi)\s+(?:chiamo|richiamo|telefono|squillo)\b`],
  ["ruf rufe", String.raw`\bich\s+(?:ruf|rufe)\s+(?:dich|sie|euch)\s+(?:[a-z]+\s+){0,4}?(?:an|zuruck)\b`],
  [
    "bel bellen facetimen videobellen",
    String.raw`\bik\s+bel\s+(?:je|jou|u|jullie)\b(?!\s+(?:garage|werkplaats|dealer|monteur|baas|verzekeraar|verzekering|vrouw|man|zoon|dochter)\b)|\b(?:zullen|kunnen|zal\s+ik|kan\s+ik)\s+(?:we|wij|je|u)?\s*(?:(?:je|u|even|straks|vanavond|morgen|gewoon|misschien|snel)\s+)*(?:bellen|facetimen|videobellen)\b`,
  ],
  [
    "mailtje e-mailtje emailtje appje sms smsje whatsappje belletje",
    String.raw`\b(?:stuur|app|mail|sms)\s+(?:(?:me|mij|ons|maar|even|gewoon|liever)\s+)*(?:een\s+)?(?:mailtje|e-?mailtje|appje|sms(?:je)?|whatsappje)\b|\bgeef\s+(?:me|mij|ons)\s+(?:(?:maar|even|gewoon)\s+)*een\s+belletje\b`,
  ],
  ["zadzwonie zadzwon zadzwoncie", String.raw`\bzadzwonie\s+do\s+(?:ciebie|pana|pani|was|panstwa)\b|\bzadzwon(?:cie)?\s+do\s+mnie\b`],
  [
    "ararim arayacagim arariz arayacagiz ara arayin arasana arar arayabilir",
    String.raw`\b(?:seni|sizi)\s+(?:[a-z]+\s+)?(?:ararim|arayacagim|arariz|arayacagiz)\b|\bbeni\s+(?:bir\s+)?(?:ara|arayin|arasana|arar\s+misin(?:iz)?|arayabilir\s+misin(?:iz)?)\b`,
  ],
  [
    "telpon telepon tlp telfon hubungi",
    String.raw`\b(?:saya|aku|gue|gw|sy)\s+(?:telpon|telepon|tlp|telfon)\b(?=\s*(?:aja|saja|ya|nanti|kamu|anda|bapak|pak|mas|kak|bang|mbak|ibu|bu|gan|sekarang|besok|$|[,.!?]))|\b(?:telpon|telepon|tlp|telfon|hubungi)\s+(?:saya|aku|gue|gw)\b`,
  ],
  ["tatawagan tawagan itext i-text ipm i-pm", String.raw`\btatawagan\s+(?:kita|ka)\b|\b(?:tawagan|i-?text|itext|i-?pm)\s+mo\s+(?:(?:na\s+)?(?:lang|lng|nalang)\s+)?ako\b`],
];

/**
 * MOVE-ABROAD, one form per language with its words: "lanjut di WA", "mag-usap sa Messenger", "telefonda konuşalım",
 * "tuongee kwa simu", "call pe aa jao".
 */
const MOVES_ABROAD: ReadonlyArray<readonly [words: string, source: string]> = [
  [
    "lanjut ngobrol chatting bahas ngobrolin diskusi kontak kontakan wa",
    String.raw`\b(?:lanjut|ngobrol|chat|chatting|bahas|ngobrolin|diskusi|kontak(?:an)?)\s+(?:aja\s+)?(?:di|ke|lewat|via|pake|pakai)\s+(?:wa|whatsapp|telegram|tele|telpon|telepon|dm|japri)\b`,
  ],
  ["usap mag-usap magusap mag-chat magchat", String.raw`\b(?:mag-?usap|usap|mag-?chat)\s+(?:na\s+lang\s+)?(?:tayo\s+)?sa\s+(?:messenger|viber|fb|facebook|whatsapp|telegram|telepono|phone|cp)\b`],
  ["konusalim goruselim yazisalim edelim", String.raw`\b(?:telefonda|whatsapp(?:['’]?(?:tan|ta|dan|da))?|telegram(?:['’]?(?:dan|da))?)\s+(?:konusalim|goruselim|yazisalim|devam\s+edelim)\b`],
  ["tuongee tuzungumze tuwasiliane nipigie nitakupigia", String.raw`\b(?:tuongee|tuzungumze|tuwasiliane|nipigie|nitakupigia)\s+(?:(?:kwa|kupitia|kwenye)\s+)?(?:simu|whatsapp|wasap|sms)\b`],
  ["pe par pr", String.raw`\b(?:call|phone|video\s+call|whatsapp)\s+(?:pe|par|pr)\s+(?:aa\s*jao|aao|aaiye|aa\s+jaiye|milte|baat\s+kar\w*)\b`],
];

OTHER_LANGUAGE_PATTERNS.push(
  ...CALLS_ABROAD.map(([words, source]): Pattern => ({ kind: "OFF_PLATFORM_REQUEST", re: new RegExp(source, "gi"), words: words.split(" "), accept: callProposedAbroad, phrase: true })),
  ...MOVES_ABROAD.map(([words, source]): Pattern => ({ kind: "OFF_PLATFORM_REQUEST", re: new RegExp(source, "gi"), words: words.split(" "), accept: proposedAbroad, phrase: true })),
);

OTHER_LANGUAGE_PATTERNS.push({
  kind: "OFF_PLATFORM_REQUEST", // THERE-ABROAD
  re: /\b(?:me\s+(?:contestas|respondes|escribes|llamas|chama|liga|escreve)|contestame|respondeme|escribeme|llamame|(?:fala|responde|escreve)(?:-me)?\s+comigo|(?:repondez|reponds|ecrivez|ecris|appelle|appelez)[\s-]moi|rispondimi|scrivimi|chiamami)\s+(?:(?:directamente|directement|direto|diretamente|direttamente)\s+)?(?:por\s+ahi|por\s+alli|alli|ahi|por\s+la|la[\s-]bas|la|li)(?=\s*(?:$|[,.!?;]|que\b|mesmo\b|mismo\b|e\b|y\b|entao\b|tambem\b|c['’]?\s?est\b|che\b))/gi,
  gate: /\b(?:ahi|alli|la|bas|li)\b/i,
  accept: (m, text) =>
    (CHANNEL_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)) || FASTER_THERE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) && proposedAbroad(m, text),
  phrase: true,
});
