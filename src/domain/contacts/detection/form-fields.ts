/**
 * A contact card typed as a form (issue 13, round 36): lines of "label: value", as customers paste
 * a booking slip, a fleet's or an insurer's details or a signature block ("Nama: Muhammad Hafiz\nNo
 * Tel: 012-384 7719", "Owner: Lam Kwok-wai\nMobile: 6123 8890", "Advisor: Kelly Brandt\nDirect:
 * 402.331.9870"). The label says what each value is, so the values need less evidence than in
 * running text:
 *
 *   PHONE FIELD  a phone's label opening a line, then a number of eight digits or more that is a valid
 *                mobile somewhere (`mobileRegionOf`) and the line's whole value, after a colon or in a card of
 *                several lines ("mobile 776401825 rupiah is what the tow cost" is a price; "tlf 91234567" alone
 *                is left to the rules of running text), and a person's number (`phoneFieldValue`: no date,
 *                no counted run, no engine's figures under "HP", no device's IMEI or model beside): Hong Kong's, Singapore's and the Nordic
 *                countries' mobiles have eight digits, which in running text are too often
 *                something else to be read beside a phone word alone.
 *   NAME FIELD   a person's label opening a line ("name", "nama", "nombre", "owner", "advisor",
 *                "customer", ...), then a plausible full name (`nameIsPlausible`), in a message that
 *                also holds a phone or e-mail field (`hasContactField`: a phone field's whole value a person's
 *                number, not "HP: 245 (180 kW)" or "Cell: 12.6 - 12.8 V"): the name on a contact card is part of the
 *                contact. Without such a field a form's name is no contact ("Name: Tom Reyes\nCar:
 *                Golf" stays innocent).
 */
import { groupSpan, matchesOf, type Pattern } from "./context.ts";
import { countedFromTheStart } from "./normalise.ts";
import { mobileRegionOf } from "./phone.ts";
import { CAP_NAME, nameIsPlausible } from "./phrases.ts";

/** Labels of a phone's field in the languages chat is written in (accents gone, as the normalised text has them). */
const PHONE_LABEL = String.raw`(?:mobile|mob|cell|cellphone|cell\s+phone|phone|tel|telephone|ph|hp|handphone|no\.?\s*(?:tel|telp|hp)|whatsapp|wa|direct|direct\s+line|celular|cel|movil|telefono|telefone|telefon|telephone|portable|handy|gsm|sdt|so\s+dien\s+thoai|tlf|mobil|mobiel|cellulare)`;
/** Labels of a person's field: the holder of the card, the customer, the advisor the card is from. */
const PERSON_LABEL = String.raw`(?:name|full\s+name|customer|customer\s+name|client|contact|contact\s+name|owner|advisor|adviser|technician|driver|nama|nama\s+lengkap|nombre|nome|nom|naam|imie|isim|ad\s+soyad|ho\s+ten|ten|pangalan|kunde|cliente|proprietario|propietario|titular)`;

/** A phone's field: its label opening a line, then the line's whole value, digits and a phone's separators only. */
const PHONE_FIELD = new RegExp(String.raw`(?:^|\n)[ \t]*(?<label>${PHONE_LABEL})\b\.?[ \t]*(?:(?<colon>[:=])|[#-])?[ \t]*(?<n>\+?[\d(][\d \t().-]*\d)[ \t]*(?=\n|$)`, "giud");
/** An e-mail's field: its label opening a line, then an address. */
const MAIL_FIELD = /(?:^|\n)[ \t]*(?:e-?mail|mail|correo|courriel)\b[ \t]*[:=-]?[ \t]*\S+@\S+/i;
/** An engine's figures beside "HP" (horsepower, not "handphone"): kW, PS, bhp, torque, an engine's words. */
const POWER_WORDS = /\b(?:kw|ps|bhp|whp|cv|tq|torque|nm|rpm|cc|engine|motor|turbo|dyno)\b/i;
/**
 * Labels of a phone's field that are everyday words too: a battery's cell, horsepower, a modem's band, a direct price, a
 * pH, a kilometre's "Tel" (a reading's label): read only on a contact card (`PERSON_FIELD`).
 */
const EVERYDAY_LABEL = /^(?:cell|hp|gsm|direct|ph|tel)$/i;
/**
 * A measurement's or a device's words in the message: the values are readings ("Hybrid pack readings (mV)\nCell: 3712
 * 3708", "Bateria\nCelular: 3700 3710", "My printer\nHP: 6420 6455", "Stats\nHP: 9400 9450", "Modem\nGSM: 9001 9002"), or a handset's on its repair ticket ("Screen repair\nMobile: 9187 6543").
 */
const READING_WORDS =
  /(?:\d\s?|\()(?:mv|v|mah|ah|°c|°f|kwh)\b|\b(?:readings?|voltages?|volts?|balanc\w*|pack|modules?|printers?|cartridges?|laptop|modem|router|stats|atk|screens?|handsets?|tablets?|smartphones?)\b/i;
/**
 * A line heading a table of readings, no field's colon on it ("Bateria", "Kilometer", "battery test"): a car card's
 * field ("Job: battery", "Mileage: 40000 km") is no heading.
 */
const READING_HEADING = /(?:^|\n)[^\n:]*\b(?:batter\w*|bateria|km|kilomet\w*|mileage|odometer)\b[^\n:]*(?=\n)/i;
/** A person's field, a line of its own: the label, then `name` (the full name, or a group holding it) as the line's whole value. */
const personLine = (name: string): string => String.raw`(?:^|\n)[ \t]*(?:${PERSON_LABEL})\b[ \t]*[:=-]?[ \t]*${name}[ \t]*(?=\n|$)`;
/** A person's field opening a line of the message: the card a phone's everyday label needs around it. */
const PERSON_FIELD = new RegExp(personLine(CAP_NAME), "i");
/** A phone field's label or a device's in the message: the number is an IMEI's, a serial's, a model's ("IMEI\nPhone: 35678901\nModel: A52"). */
const DEVICE_FIELD = /\b(?:imei|serial|s\/n|firmware|device\s+id)\b|(?:^|\n)[ \t]*model\b[ \t]*:/i;

/** Whether the message holds two fields or more, "label: value" lines: the card a counted number needs ("Tlf: 9123 4567\nBil: Tesla"). */
function onACard(text: string): boolean {
  return text.split("\n").filter((line) => /^[ \t]*\p{L}[\p{L} .]{0,20}:[ \t]*\S/u.test(line)).length >= 2;
}
/** The field's label opening two lines or more: a table of readings ("Cell: 3712 3708\nCell: 3715 3701"), not a card. */
function labelRepeated(label: string, text: string): boolean {
  const name = label.trim().toLowerCase().replace(/\s+/g, " ");
  return text.split("\n").filter((line) => line.trim().toLowerCase().replace(/\s+/g, " ").startsWith(name)).length > 1;
}

/**
 * Whether a phone field's digits are a number a person is called on: seven to twelve of them, no date ("2024 0115",
 * "2023 1215": a year, a month, a day), no run counted up or down ("12345678", "1234 5678"), none counting from its start
 * (`countedFromTheStart`: "4123 4567") but on a card of two fields or more (`onACard`), no trailing thousands;
 * under "HP" no engine's figures beside (`POWER_WORDS`), no device's field in the message (`DEVICE_FIELD`), no
 * measurement's words or heading (`READING_WORDS`, `READING_HEADING`), the label not repeated as a table's (`labelRepeated`), and an everyday label
 * (`EVERYDAY_LABEL`) only on a card naming its person (`PERSON_FIELD`).
 */
function phoneFieldValue(digits: string, label: string, text: string): boolean {
  if (digits.length < 7 || digits.length > 12 || /000$/.test(digits)) return false;
  if (READING_WORDS.test(text) || READING_HEADING.test(text) || labelRepeated(label, text)) return false;
  if (EVERYDAY_LABEL.test(label.trim()) && !PERSON_FIELD.test(text)) return false;
  if (/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits)) return false;
  const steps = new Set([...digits].slice(1).map((d, i) => (Number(d) - Number(digits[i]) + 10) % 10));
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return false;
  if (countedFromTheStart(digits) && !onACard(text)) return false;
  if (/^hp$/i.test(label) && POWER_WORDS.test(text)) return false;
  return !DEVICE_FIELD.test(text);
}

/**
 * A line opened by a phone's label whose whole value is a phone's number (`phoneFieldValue`: not "HP: 245 (180 kW)",
 * "Cell: 12.6 - 12.8 V", "Tel: 24 (48) 72 heures"), or by an e-mail's label and holding an address.
 */
function hasContactField(text: string): boolean {
  if (MAIL_FIELD.test(text)) return true;
  return [...matchesOf(PHONE_FIELD, text)].some((m) => phoneFieldValue((m.groups?.["n"] ?? "").replace(/\D/g, ""), m.groups?.["label"] ?? "", text));
}

export const FORM_FIELD_PATTERNS: Pattern[] = [
  {
    kind: "PHONE", // "Mobile: 6123 8890", "HP: 9672 1108", "Tlf: 4123 4567"
    re: PHONE_FIELD,
    // The number is the field's whole value, and the line a field: after a colon, or in a card of several lines; of
    // eight digits or more, a valid mobile somewhere (`mobileRegionOf`) and a person's number (`phoneFieldValue`).
    accept: (m, text) => {
      if (!m.groups?.colon && !text.includes("\n")) return false;
      const written = m.groups?.n ?? "";
      if (!/^\+?\d{2,4}(?:[ .-]?\d{2,4}){1,3}$/.test(written)) return false;
      const digits = written.replace(/\D/g, "");
      return digits.length >= 8 && phoneFieldValue(digits, m.groups?.label ?? "", text) && mobileRegionOf(digits) !== null;
    },
    span: (m) => groupSpan(m, "n"),
    gate: /\d{4}/,
  },
  {
    kind: "FULL_NAME", // "Nama: Muhammad Hafiz" above "No Tel: 012-384 7719", "Advisor: Kelly Brandt" above "Direct: 402.331.9870"
    re: new RegExp(personLine(`(?<n>${CAP_NAME})`), "gid"),
    accept: (m, text) => !(m.groups?.n ?? "").includes("\n") && hasContactField(text) && nameIsPlausible(m.groups?.n ?? "", false),
    span: (m) => groupSpan(m, "n"),
    gate: /\n/,
  },
];
