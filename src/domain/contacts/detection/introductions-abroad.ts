/**
 * The sender's own full name given in the marketplace's other languages (issue 13, round 31):
 * phrases.ts reads "I'm Wendell Haskins", "Regards, Dana Whitfield" and "Wendell Haskins here"
 * with no further cue, but the same sign-offs abroad not at all, and introductions abroad only after
 * "je m'appelle", "me llamo" and the like with a cue of its list, so "Groeten, Sanne van der Linden",
 * "Pieter van den Berg hier", "ich bin Jonas Schneider, einfach googeln" and "ben Serkan Aydoğan,
 * Google'da arat" went through. Three frames:
 *
 *   INTRODUCED  "je m'appelle", "me llamo", "ich heiße", "mi chiamo", "nazywam się", "ik heet",
 *               "benim adım", "nama saya", "mera naam", "ang pangalan ko", "tên tôi là" and the
 *               "I am" of each language ("je suis", "soy", "sou", "sono" opening its clause, "ich
 *               bin", "ik ben", "jestem", "jsem", "saya", "ako si", "tôi là", "main ... hoon", the
 *               Swiss "s isch de"), their "here is" ("aqui é o", "ici c'est", "hier ist", the Polish
 *               "tu"), and those of Greek and Cyrillic script ("με λένε", "меня зовут"), then a full
 *               name, in Latin, Greek or Cyrillic letters. Round 32 (the product owner's decision): the
 *               writer's full name is a contact detail with or without a place to find them, as
 *               "I'm Wendell Haskins" is in English, so a bare "me llamo Tomás Echeverría y el coche
 *               es un Ibiza" counts too; rounds 20, 21, 25 and 31 had held it innocent.
 *   SIGNED      a sign-off of those languages ("Groeten,", "Met vriendelijke groet", "Saludos,",
 *               "Abraços", "Salutations", "Saygılarımla", "LG") and a full name ending the line;
 *               greetings that open messages as often as they close them ("Salam", "Selamlar") are none.
 *   HERE        a full name opening the message, then "hier", "ici", "aquí", "qui", "burada" ending its
 *               clause (not "Jean Dupont qui m'a vendu", "Lewis Hamilton hier im Video"), when it
 *               starts on a first name or holds a particle (a place opens a message the same way).
 *
 * A name is two to four capitalised words with particles ("van der", "de la", "bin"), read by the
 * English rules' test (`ownNameIsPlausible`; in Greek or Cyrillic letters by its shape alone): a first
 * name alone, two given names alone ("Soy Juan Carlos": a compound first name), a make ("Alfa Romeo"),
 * a brand or a business is none. Places follow "ich bin in", "je suis à" in lower case and are never read; the
 * weekdays, months and everyday nouns these languages capitalise ("Ich bin Montag Abend da",
 * "Ich bin Neukunde") are no name words (`NOT_NAME_ABROAD`). A sign-off opening a message that goes
 * on is a greeting to the reader ("Saludos, Juan Pérez, ¿cuánto cuesta?"), not a signature.
 */
import { after, before, caseless, groupSpan, negatedBefore, type Pattern } from "./context.ts";
import { skeletonAlternation } from "./normalise.ts";
import { negatedAbroad, posedAs } from "./other-languages.ts";
import { DEPARTMENT, NAME_END, ownNameIsPlausible, RETOLD_SIGN_OFF } from "./phrases.ts";
import { isFirstName } from "./vocabulary.ts";

/**
 * A name word as normalised, in any script with letter case: a capital, then small letters, hyphens
 * between parts ("Beaulieu-Ricard", "Paweł", "Søgaard"). Greek and Cyrillic letters fold in part to
 * their Latin look-alikes ("Γιώργος" is "Γiώpyoς", "Петров" is "Пetpob"), still a capital and then
 * small letters; with the prefixes of Irish, Scottish and Italian names ("O'Rourke", "McDonald",
 * "DiMarco"). Read with the "u" flag.
 */
export const WORD_ABROAD = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*`;
/** Two to four name words, particles between them, several in a row as the Dutch and Spanish write them ("van der", "de la", "van den", "bin"). */
export const NAME_ABROAD = String.raw`${WORD_ABROAD}(?:(?:\s+(?:van|von|der|den|de|la|las|los|le|du|del|da|das|do|dos|di|bin|al|el|y))*\s+${WORD_ABROAD}){1,3}`;

/**
 * "I am" and "my name is" of the other Latin-script languages, as normalised (accents dropped), in
 * either case. "sono" is also "they are" ("le gomme sono Pirelli"): the sender's only where it opens
 * its clause (`accept`). The Swiss German "(s) isch de" ("it's the") names the writer as "it's" does.
 */
const INTRODUCTION = String.raw`je\s+m['’]?\s*appelle|moi\s+c['’]?est|je\s+suis|mon\s+nom\s+(?:est|c['’]?est)|me\s+llamo|mi\s+nombre\s+es|soy|me\s+chamo|meu\s+nome\s+(?:e|é)|sou|mi\s+chiamo|il\s+mio\s+nome\s+(?:e|è)|sono|tu|aqui\s+(?:e|é|fala)\s+(?:o|a)|aqu[ií]\s+(?:habla|es)|hier\s+(?:ist|spricht|is|spreekt)|ici\s+c['’]?est|qui\s+(?:è|e|parla)|ich\s+hei(?:ss|ß)e|mein\s+name\s+ist|ich\s+bin|isch\s+(?:de|d|dr)|ik\s+heet|mijn\s+naam\s+is|ik\s+ben|nazywam\s+sie|mam\s+na\s+imie|jestem|jmenuj[iu]\s+se|jsem|zovem\s+se|volam\s+sa|jag\s+heter|jeg\s+(?:heter|hedder)|nimeni\s+on|minu\s+nimi\s+on|benim\s+ad[iı]m|ad[iı]m|nama\s+saya|nama\s+aku|saya|aku|mera\s+naam|ang\s+pangalan\s+ko\s+(?:ay|ay\s+si)|pangalan\s+ko\s+(?:ay\s+)?(?:si\s+)?|ako\s+si|ten\s+toi\s+la|toi\s+ten\s+la|toi\s+la|jina\s+langu\s+ni|mimi\s+ni|ma\s+numesc|numele\s+meu\s+este|ismi|main`;
/** The words `INTRODUCTION` opens on, as `wordsOf` splits them: the rule's word gate. */
const INTRODUCTION_WORDS =
  "je moi mon me mi meu il ich mein isch ik mijn nazywam mam jestem jmenuji jmenuju jsem zovem volam jag jeg nimeni minu benim adim adım nama saya aku mera ang pangalan ako ten toi jina mimi ma numele ismi main soy sou sono tu aqui hier ici qui ben".split(
    " ",
  );

/**
 * "My name is" and "I am" written in Greek and Cyrillic ("με λένε", "ονομάζομαι", "είμαι ο",
 * "меня зовут", "мене звати", "казвам се", "ја сам"), as the normaliser folds them, either case of
 * their first letter.
 */
const INTRODUCTION_OTHER_SCRIPTS = caseless(
  skeletonAlternation(
    [
      "με λένε",
      "ονομάζομαι",
      "λέγομαι",
      "το όνομά μου είναι",
      "είμαι ο",
      "είμαι η",
      "меня зовут",
      "моё имя",
      "мое имя",
      "мене звати",
      "мене звуть",
      "казвам се",
      "аз съм",
      "ја сам",
      "јас сум",
    ].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]),
  ),
);

/** Capitalised words of these languages that follow "I am" and are no name: days, months, customer, driver, owner, trade. */
const NOT_NAME_ABROAD =
  /^(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|mittag|lunedi|martedi|mercoledi|giovedi|venerdi|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|terca|quarta|quinta|sexta|senin|selasa|rabu|kamis|jumat|sabtu|minggu|kunde|neukunde|stammkunde|fahrer|besitzer|halter|meister|mechaniker|student|rentner|klant|eigenaar|monteur|cliente|client|propietario|proprietario|proprietaire|dueno|dono|mecanico|mecanicien|meccanico|chauffeur|conductor|motorista|autista|klient|kierowca|wlasciciel|mechanik|pelanggan|pemilik|montir|bengkel|usta|musteri|sahibi|tamirci|kfz|auto|garage|werkstatt|taller|oficina|officina|atelier|warsztat|tamirhane)$/i;

/** Every word of the name is a name word, not one of `NOT_NAME_ABROAD`. */
export const nameWordsAbroad = (name: string): boolean => name.split(/\s+/).every((w) => !NOT_NAME_ABROAD.test(w));

/** Not negated in English or in the negations other-languages.ts reads. */
export const said = (m: RegExpExecArray, text: string): boolean => !negatedBefore(text, m.index) && !negatedAbroad(text, m.index);

/** A Turkish word beside "ben" ("için", "yazıyorum", "merhaba", "arabam"): the pronoun, not the English first name. */
const TURKISH_AROUND = /\b(?:icin|için|yaziyorum|yazıyorum|merhaba|selam|arabam|aracim|aracım|usta|abi|hocam|geliyorum|arayin|arayın|bakar|misiniz|musunuz|burada|adina|adına)\b/i;

/** Sign-offs of the other languages, as normalised: a personal signature follows them. */
const SIGN_OFF_ABROAD = String.raw`(?:met\s+)?(?:vriendelijke\s+)?groet(?:en|jes)?|mvg|(?:un\s+)?(?:saludos?|saludo\s+cordial)|(?:um\s+)?abra(?:c|ç)os?|cumprimentos|(?:bien\s+)?(?:amicalement|salutations(?:\s+distingu[eé]es)?)|cordialmente|sauda(?:c|ç)(?:o|õ)es|(?:liebe\s+|herzliche\s+|viele\s+)?gr(?:u|ü)(?:ss|ß)e|mfg|(?:serdecznie\s+)?pozdrawiam(?:\s+serdecznie)?|bien\s+[aà]\s+vous|(?:schone|schöne)\s+gr(?:u|ü)(?:ss|ß)e|lg|(?:un\s+)?salut[io]|saygilarimla|saygılarımla|hormat\s+saya|tran\s+trong|pozdrowienia|hilsen|med\s+vennlig\s+hilsen|mvh|vriendelijke\s+groet`;

/** "Here" after a name opening the message, in those languages. */
const HERE = String.raw`hier|ici|aqui|aquí|qui|burada|di\s+sini|dito`;

/** Two given names and no family name ("Juan Carlos", "Ana Clara", "Maria Luisa"): a compound first name, no full name. */
const compoundFirstName = (name: string): boolean => {
  const words = name.split(/\s+/);
  return words.length === 2 && words.every((w) => isFirstName(w));
};

/** A letter of another script than the Latin: Greek and Cyrillic fold only in part to Latin look-alikes ("Aλεξίou"). */
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}]/u;

/**
 * A person's name in any script: in Latin letters by the English rules' test (`ownNameIsPlausible`);
 * in Greek or Cyrillic, whose folded words no English list holds ("Aλεξίou" would read as the article
 * "A"), by its shape alone.
 */
export const plausibleInAnyScript = (name: string): boolean => (OTHER_SCRIPT.test(name) ? name.split(/\s+/).every((w) => w.length >= 2) : ownNameIsPlausible(name));

/**
 * One word, a Romance "of" ("de", "do", "da", "di", "du", "del"), one word: "aqui é o Renato do Gol",
 * "soy Marta de Valencia" give a first name and a car or a town. A Dutch "de" is a surname's
 * ("ik heet Bram de Wit"), and two words before the particle are a full name ("Thiago Albuquerque dos Santos").
 */
const FIRST_NAME_OF = /^\S+\s+(?:(?:de|do|da|dos|das|del|di|du|la|las|los|le)\s+)+\S+$/;
const DUTCH_INTRODUCTION = /^(?:ik|mijn|hier\s+(?:is|spreekt))\b/i;

/** An introduction's name, read alike in every script: plausible, no word these languages capitalise, not shouted, said, not denied or likened (`posedAs`). */
const introduced = (m: RegExpExecArray, text: string): boolean => {
  const n = m.groups?.n ?? "";
  if (FIRST_NAME_OF.test(n) && !DUTCH_INTRODUCTION.test(m.groups?.intro ?? "")) return false;
  // "no soy ...", "hindi naman ako si ...", "ben ... değilim", "parang ako si ...": the writer is not, or is like, someone.
  return plausibleInAnyScript(n) && nameWordsAbroad(n) && !compoundFirstName(n) && !/^[A-Z\s.'’-]+$/.test(n) && said(m, text) && !posedAs(text, m.index, m.index + m[0].length);
};

const INTRODUCED: Pattern = {
  kind: "FULL_NAME", // "Je m'appelle Geneviève Beaulieu-Ricard", "ben Serkan Aydoğan, ...", "Ich bin Jonas Schneider und der Passat ruckelt", "main Rahul Sharma hoon"
  re: new RegExp(String.raw`(?<![\w'’])(?<intro>${caseless(`(?:${INTRODUCTION})`)}|ben)\s*[:,-]?\s+(?<n>${NAME_ABROAD})${NAME_END}`, "gdu"),
  accept: (m, text) => {
    if (!introduced(m, text)) return false;
    const intro = (m.groups?.intro ?? "").toLowerCase();
    // "ben" is a first name in English: the Turkish pronoun only written in lower case, among Turkish words.
    if (intro === "ben") return TURKISH_AROUND.test(before(text, m, 60) + " " + after(text, m, 80));
    // "main" is an English word: the Hindi "I" only with the "hoon" that closes the sentence.
    if (intro === "main") return /^\s*(?:hoon|hun|hu|hoo)\b/i.test(after(text, m, 8));
    // "sono" is also "they are" ("le gomme sono Pirelli Cinturato"), the Polish "tu" ("here is") the Romance "you":
    // the sender's where it opens its clause.
    if (intro === "sono" || intro === "tu") return /(?:^|[,.!?;:\n]|\bio)\s*$/i.test(before(text, m, 12));
    return true;
  },
  span: (m) => groupSpan(m, "n"),
  words: INTRODUCTION_WORDS,
};

export const INTRODUCTION_ABROAD_PATTERNS: Pattern[] = [
  INTRODUCED,
  {
    kind: "FULL_NAME", // "Με λένε Γιώργο Παπαδάκη", "Меня зовут Иван Петров", "Είμαι ο Νίκος Κωνσταντίνου"
    re: new RegExp(String.raw`(?<![\p{L}'’])(?:${INTRODUCTION_OTHER_SCRIPTS})\s*[:,-]?\s+(?<n>${NAME_ABROAD})${NAME_END}`, "gdu"),
    accept: introduced,
    span: (m) => groupSpan(m, "n"),
    // Each of those introductions keeps a Greek or Cyrillic letter through the normaliser: a one-class scan shuts the rule for other texts.
    gate: /[\u0370-\u03ff\u0400-\u04ff]/,
  },
  {
    kind: "FULL_NAME", // "Groeten, Sanne van der Linden", "Met vriendelijke groet,\nPieter de Vries", "Saludos, Ana Belén Ruiz"
    re: new RegExp(String.raw`(?<![\w'’])${caseless(`(?:${SIGN_OFF_ABROAD})`)}\s*[!,.:]*\s*[-–—~]?\s*(?<n>${NAME_ABROAD})\s*[.!]?\s*$`, "gdmu"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      // A greeting opening a message that goes on names the reader ("Saludos, Juan Pérez\n¿cuánto cuesta?").
      const opensMessage = before(text, m, 400).trim() === "" && text.slice(m.index + m[0].length).trim() !== "";
      // "LG" is also the brand ("an LG Velvet"): the German sign-off only opening its line.
      const brand = /^lg/i.test(m[0]) && !/(?:^|\n)[ \t]*$/.test(before(text, m, 40));
      return !opensMessage && !brand && ownNameIsPlausible(n) && nameWordsAbroad(n) && !DEPARTMENT.test(n) && !RETOLD_SIGN_OFF.test(before(text, m, 80)) && said(m, text);
    },
    span: (m) => groupSpan(m, "n"),
    gate: new RegExp(String.raw`(?<![\w'’])(?:${SIGN_OFF_ABROAD})(?![\w'’])`, "i"),
  },
  {
    kind: "FULL_NAME", // "Pieter van den Berg hier, ik sta in het telefoonboek", "Jean-Marc Leroy ici", "Marco Bellini qui, per la Punto"
    re: new RegExp(String.raw`^\s*(?<n>${NAME_ABROAD})${NAME_END}\s*[,—–-]?\s*${caseless(String.raw`(?:${HERE})`)}(?=\s*(?:[,.!;:—–-]|$))`, "gdu"),
    accept: (m, text) => {
      const n = m.groups?.n ?? "";
      // A place opens a message the same way ("Amsterdam Centraal hier"): a person's name starts on a first name or holds a particle.
      const person = isFirstName(n.split(/[\s-]/)[0]!) || /\s(?:van|von|de|di|da|del|dos|bin)\s/.test(n);
      return person && ownNameIsPlausible(n) && nameWordsAbroad(n) && !DEPARTMENT.test(n) && said(m, text);
    },
    span: (m) => groupSpan(m, "n"),
    gate: new RegExp(String.raw`(?<![\w'’])(?:${HERE})(?![\w'’])`, "i"),
  },
];
