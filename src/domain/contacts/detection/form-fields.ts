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
 *                is left to the rules of running text): Hong Kong's, Singapore's and the Nordic
 *                countries' mobiles have eight digits, which in running text are too often
 *                something else to be read beside a phone word alone.
 *   NAME FIELD   a person's label opening a line ("name", "nama", "nombre", "owner", "advisor",
 *                "customer", ...), then a plausible full name (`nameIsPlausible`), in a message that
 *                also holds a phone or e-mail field: the name on a contact card is part of the
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

/** A line opened by a phone's label and holding a number, or by an e-mail's label and holding an address. */
const CONTACT_FIELD = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${PHONE_LABEL})\b\.?[ \t]*[:=#-]?[ \t]*\+?[\d(][\d \t().-]{6,}|(?:^|\n)[ \t]*(?:e-?mail|mail|correo|courriel)\b[ \t]*[:=-]?[ \t]*\S+@\S+`,
  "i",
);

export const FORM_FIELD_PATTERNS: Pattern[] = [
  {
    kind: "PHONE", // "Mobile: 6123 8890", "HP: 9672 1108", "Tlf: 4123 4567"
    re: new RegExp(String.raw`(?:^|\n)[ \t]*(?:${PHONE_LABEL})\b\.?[ \t]*(?<colon>[:=])?[ \t]*(?<n>\+?\d{2,4}(?:[ .-]?\d{2,4}){1,3})[ \t]*(?=\n|$)`, "giud"),
    // The number is the field's whole value, and the line a field: after a colon, or in a card of several lines.
    accept: (m, text) => {
      if (!m.groups?.colon && !text.includes("\n")) return false;
      const digits = (m.groups?.n ?? "").replace(/\D/g, "");
      return digits.length >= 8 && digits.length <= 12 && !/000$/.test(digits) && mobileRegionOf(digits) !== null;
    },
    span: (m) => groupSpan(m, "n"),
    gate: /\d{4}/,
  },
  {
    kind: "FULL_NAME", // "Nama: Muhammad Hafiz" above "No Tel: 012-384 7719", "Advisor: Kelly Brandt" above "Direct: 402.331.9870"
    re: new RegExp(String.raw`(?:^|\n)[ \t]*(?:${PERSON_LABEL})\b[ \t]*[:=-]?[ \t]*(?<n>${CAP_NAME})[ \t]*(?=\n|$)`, "gid"),
    accept: (m, text) => !(m.groups?.n ?? "").includes("\n") && CONTACT_FIELD.test(text) && nameIsPlausible(m.groups?.n ?? "", false),
    span: (m) => groupSpan(m, "n"),
    gate: /\n/,
  },
];
