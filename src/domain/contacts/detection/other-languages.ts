/**
 * Requests for contact, moves to a messaging app, meetings and the platform's fee avoided, in the
 * marketplace's other languages: Spanish, Portuguese, French, German, Italian, romanised Hindi
 * (Hinglish), Polish and Tagalog. The English rules live in phrases.ts and social.ts; these are the same intents as a
 * vocabulary per language, read with their clause like the English ones (`negatedBefore`). The
 * text is normalised first, so every word is written here without accents ("numero", "telefono").
 */
import { negatedBefore, type Pattern } from "./context.ts";

/**
 * Not negated ("no te voy a dar mi numero", "ich gebe dir nicht meine Nummer"), nor reported, nor
 * kept on the platform ("me liga pelo app", "appelle-moi via l'appli") or asking to be told when
 * the work is done ("... quando terminar", "... quand c'est fini").
 */
function live(m: RegExpExecArray, text: string): boolean {
  if (negatedBefore(text, m.index) || OTHER_NEGATION.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  const rest = /^[^.!?\n;]*/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))![0];
  return !NOTIFY_AFTER.test(rest) && !(IN_PLATFORM.test(rest) && !AROUND_PLATFORM.test(rest));
}

/** "... quando terminar", "... cuando acabes", "... wenn es fertig ist", "... kiedy skonczysz", "... pag tapos na": tell me when. */
const NOTIFY_AFTER = /^\s*,?\s*(?:cuando|quando|quand|lorsque|des\s+que|wenn|sobald|jab|appena|kiedy|gdy|jak\s+(?:skonczysz|bedzie|juz)|pag|kapag|pagka\w*)\b/i;
/** The platform named as the channel: "pelo app", "por la app", "via l'appli", "in der App", "nell'app", "app pe". */
const IN_PLATFORM =
  /\b(?:pelo|pela|no|na|por|en|via|dans|sur|par|in|uber|nella|nell'?|sulla|sull'?|su|tramite)\s+(?:la\s+|l'?\s?|el\s+|o\s+|a\s+|der\s+|die\s+|dem\s+|this\s+|the\s+)?(?:app|appli|application|aplicativo|aplicacion|applicazione|plataforma|plateforme|plattform|piattaforma)\b|\bapp\s+(?:pe|par|se)\b/i;
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
      String.raw`\b(?:(?:podaj|podajcie|daj|dajcie|wyslij|przeslij|zostaw)\s+(?:mi\s+|nam\s+)?(?:swoj\w*\s+|twoj\w*\s+|pana\s+|pani\s+)?${POLISH_CHANNEL}|(?:masz|macie|ma\s+pan|ma\s+pani)\s+(?:${POLISH_APP}|numer\s+(?:telefonu|komorki))|jaki\s+(?:masz|jest\s+(?:twoj|pana|pani))\s+${POLISH_CHANNEL}|zadzwon(?:cie)?\s+do\s+mnie|napisz(?:cie)?\s+(?:do\s+mnie\s+)?na\s+${POLISH_CHANNEL}|moj\s+numer\s+(?:to|jest))`,
      "gi",
    ),
    words: "podaj podajcie daj dajcie wyslij przeslij zostaw masz macie ma jaki zadzwon zadzwoncie napisz napiszcie moj".split(" "),
    // "podaj numer czesci", "jaki jest twoj numer VIN": the number of a thing.
    accept: (m, text) =>
      live(m, text) && !/^\s*(?:czesci|vin|seryjny|zamowienia|faktury|rejestracyjny|nadwozia|silnika|katalogowy|referencyjny)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)),
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
      String.raw`\b(?:(?:dame|damelo|pasame|pasa(?:me)?|mandame|me\s+(?:da|das|pasa|pasas|manda|mandas|dejas)|cual\s+es|tienes|tenes|te\s+paso|te\s+dejo|te\s+mando)\s+(?:tu|su|mi|el)\s+${DETAIL}|llamame|llameme|marcame|escribeme\s+(?:al|por|en)\b|mi\s+(?:numero|cel|celular|telefono|whats|correo)\s+es)`,
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
      String.raw`\b(?:(?:gib|gibst|geben\s+sie|schick|schicken\s+sie)\s+(?:du\s+)?mir\s+(?:mal\s+|bitte\s+)?(?:deine|ihre|eure)\s+${DETAIL}|(?:was|wie)\s+(?:ist|lautet)\s+(?:deine|ihre)\s+${DETAIL}|ruf(?:en\s+sie)?\s+mich\s+(?:mal\s+|einfach\s+)?an|meine\s+(?:nummer|handynummer|telefonnummer|email|e-mail)\s+(?:ist|lautet)|schreib(?:en\s+sie)?\s+mir\s+(?:auf|per|bei)\s+(?:whatsapp|telegram|signal))`,
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
    re: /\b(?:quedamos|nos\s+vemos|te\s+veo|a\s+gente\s+se\s+(?:ve|encontra)|te\s+encontro|nos\s+encontramos|on\s+se\s+(?:retrouve|voit|rejoint)|retrouvons[\s-]nous|(?:treffen\s+wir\s+uns|wir\s+treffen\s+uns|lass\s+uns\s+(?:uns\s+)?treffen|treffpunkt)|ci\s+(?:vediamo|troviamo|incontriamo)|vediamoci|(?:milte|milenge|milo|milna)\s*(?:hain|hai|he)?)\b(?=[^.!?\n]{0,60}\b(?:\d{1,2}(?:[:h.]\d\d)?\s*(?:h|uhr|baje)?|manana|hoy|esta\s+(?:tarde|noche)|amanha|hoje|demain|ce\s+soir|aujourd'?hui|samedi|dimanche|lundi|morgen|heute|abend|samstag|sonntag|domani|oggi|stasera|sabato|domenica|kal|aaj|subah|shaam|parking|estacionamiento|aparcamiento|estacionamento|posto|parkplatz|tankstelle|parcheggio|bar|cafe|caffe|gasolinera|posto\s+de\s+gasolina|station|petrol|pump|devant|vor\s+dem|davanti)\b)/gi,
    words: "quedamos vemos veo encontramos encontra encontro retrouve voit rejoint retrouvons treffen treffpunkt vediamo troviamo incontriamo vediamoci milte milenge milo milna".split(" "),
    // "nos vemos en el taller manana": the workshop itself is where a booked drop-off happens.
    accept: (m, text) => live(m, text) && !/\b(?:taller|oficina|officina|werkstatt|garage|atelier|concesionario|autohaus)\b/i.test(text.slice(m.index, m.index + 80)),
  },
  {
    // The same in romanised Hindi, whose verb comes last: the time and place are said before it
    // ("kal subah 10 baje Sharma petrol pump pe milte hain", "aaj shaam parking mein milo").
    kind: "OFF_PLATFORM_DEAL",
    // The verb's first letters are tested before the look-behind, which would otherwise run at every character.
    re: /\b(?=mil)(?<=\b(?:baje|parking|petrol|pump|station|dhaba|chowk|market|mandir|masjid|stand)\b[^.!?\n]{0,60})(?:milte|milenge|milo|milna|mil\s+lo|mil\s+lete)\s*(?:hain|hai|he)?\b/gi,
    words: "milte milenge milo milna mil".split(" "),
    // "kal workshop pe milte hain": the workshop itself is where a booked drop-off happens.
    accept: (m, text) => live(m, text) && !/\b(?:workshop|garage|shop|service\s+cent(?:er|re))\b/i.test(text.slice(Math.max(0, m.index - 80), m.index)),
  },
  {
    kind: "OFF_PLATFORM_DEAL", // the fee avoided: "privat machen, ohne die Gebuhr", "fuori piattaforma", "lo facciamo in nero", "fechar por fora, sem a taxa", "sin comision", "au noir"
    re: /\b(?:privat\s+(?:machen|abrechnen|regeln|erledigen)|ohne\s+(?:die\s+)?\w*(?:gebuhr|gebuhren|provision|kommission|vermittlung)|fuori\s+(?:dalla\s+)?piattaforma|(?:lavor\w*|pag\w*|fa\w*)\s+(?:tutto\s+|lo\s+)?in\s+nero|senza\s+(?:la\s+)?(?:commissione|fattura)|(?:fechar|fazer|faz|fazemos|pagar|paga)\s+por\s+fora|sem\s+(?:a\s+)?(?:taxa|comissao)(?:\s+do\s+(?:app|aplicativo))?|sin\s+(?:la\s+)?(?:comision|app|aplicacion|plataforma)|sans\s+(?:la\s+)?(?:commission|frais\s+de\s+(?:la\s+)?plateforme)|au\s+noir|de\s+la\s+main\s+a\s+la\s+main|bina\s+(?:app|platform)\s+(?:ke|ki)|app\s+(?:ke|ki)\s+bina|direct\s+(?:deal|payment)\s+karo)\b/gi,
    words: "privat ohne fuori nero senza fechar fazer faz fazemos pagar paga sem sin sans noir bina karo".split(" "),
    accept: live,
  },
];
