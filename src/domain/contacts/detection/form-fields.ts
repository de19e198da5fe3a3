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
import { groupSpan, type Pattern } from "./context.ts";
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
/** A phone field's label or a device's in the message: the number is an IMEI's, a serial's, a model's ("IMEI\nPhone: 35678901\nModel: A52"). */
const DEVICE_FIELD = /\b(?:imei|serial|s\/n|firmware|device\s+id)\b|(?:^|\n)[ \t]*model\b[ \t]*:/i;

/**
 * Whether a phone field's digits are a number a person is called on: seven to twelve of them, no date ("2024 0115",
 * "2023 1215": a year, a month, a day), no run counted up or down ("12345678", "1234 5678"), no trailing thousands;
 * under "HP" no engine's figures beside (`POWER_WORDS`), and no device's field in the message (`DEVICE_FIELD`).
 */
function phoneFieldValue(digits: string, label: string, text: string): boolean {
  if (digits.length < 7 || digits.length > 12 || /000$/.test(digits)) return false;
  if (/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits)) return false;
  const steps = new Set([...digits].slice(1).map((d, i) => (Number(d) - Number(digits[i]) + 10) % 10));
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return false;
  if (/^hp$/i.test(label) && POWER_WORDS.test(text)) return false;
  return !DEVICE_FIELD.test(text);
}

/**
 * A line opened by a phone's label whose whole value is a phone's number (`phoneFieldValue`: not "HP: 245 (180 kW)",
 * "Cell: 12.6 - 12.8 V", "Tel: 24 (48) 72 heures"), or by an e-mail's label and holding an address.
 */
function hasContactField(text: string): boolean {
  if (MAIL_FIELD.test(text)) return true;
  return [...text.matchAll(PHONE_FIELD)].some((m) => phoneFieldValue((m.groups?.["n"] ?? "").replace(/\D/g, ""), m.groups?.["label"] ?? "", text));
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
    re: new RegExp(String.raw`(?:^|\n)[ \t]*(?:${PERSON_LABEL})\b[ \t]*[:=-]?[ \t]*(?<n>${CAP_NAME})[ \t]*(?=\n|$)`, "gid"),
    accept: (m, text) => !(m.groups?.n ?? "").includes("\n") && hasContactField(text) && nameIsPlausible(m.groups?.n ?? "", false),
    span: (m) => groupSpan(m, "n"),
    gate: /\n/,
  },
];
