/**
 * Numbers said in words the way phone numbers are read out abroad: in groups of two or three
 * digits with tens, teens and hundreds ("seiscientos doce", "duzentos e um", "vierunddreißig",
 * "zesenvijftig", "førtisju", "sześćset jeden", "beş yüz otuz iki", "trecentoquarantacinque").
 * normalise.ts reads single digit words and the English, Spanish, Portuguese, Italian and French
 * tens itself; this module reads what those rules cannot: any group with a hundred in it, and the
 * tens and teens of German, Dutch, Swedish, Norwegian, Danish, Polish and Turkish, including the
 * glued compounds those languages write as one word.
 */
import { matchesOf } from "./context.ts";

/** What one number word (or one piece of a glued compound) stands for. */
interface Piece {
  /** unit 0-9, tens 1-9 (10 to 90), teen 11-19, hundreds 1-9, "hundred" alone (times the unit before), or a joining word. */
  kind: "unit" | "tens" | "teen" | "hundreds" | "hundred" | "and";
  value: number;
}

const table = (kind: Piece["kind"], spec: string): Array<[string, Piece]> =>
  spec.split(/\s+/).flatMap((entry) => {
    const [value, forms = ""] = entry.split(":");
    return forms.split(",").map((form): [string, Piece] => [form, { kind, value: Number(value) }]);
  });

// Keys as the normalised text holds them (marks dropped: "dwieście" is "dwiescie"), with "o" for
// "ø", "ss" for "ß" and "l" for "ł" (see `key`). Spanish, Portuguese, Italian, German, Dutch,
// Swedish, Norwegian and Danish, Polish, Turkish.
// prettier-ignore
const PIECES = new Map<string, Piece>([
  ...table("unit", "0:cero,zero,null,nul,noll,sifir 1:uno,una,um,uma,eins,ein,een,ett,jeden,jedna,bir 2:dos,dois,duas,due,zwei,zwo,twee,tva,to,dwa,dwie,iki 3:tres,tre,drei,drie,trzy,uc 4:cuatro,quatro,quattro,vier,fyra,fire,cztery,dort 5:cinco,cinque,funf,vijf,fem,piec,bes 6:seis,sei,sechs,zes,sex,seks,szesc,alti 7:siete,sete,sette,sieben,zeven,sju,syv,siedem,yedi 8:ocho,oito,otto,acht,atta,atte,otte,osiem,sekiz 9:nueve,nove,neun,negen,nio,ni,dziewiec,dokuz"),
  ...table("tens", "1:diez,dez,dieci,zehn,tien,tio,ti,dziesiec,on"),
  ...table("teen", "11:once,onze,undici,elf,elva,elleve,jedenascie 12:doce,doze,dodici,zwolf,twaalf,tolv,dwanascie 13:trece,treze,tredici,dreizehn,dertien,tretton,tretten,trzynascie 14:catorce,catorze,quatorze,quattordici,vierzehn,veertien,fjorton,fjorten,czternascie 15:quince,quinze,quindici,funfzehn,vijftien,femton,femten,pietnascie 16:dieciseis,dezesseis,dezasseis,sedici,sechzehn,zestien,sexton,seksten,szesnascie 17:diecisiete,dezessete,dezassete,diciassette,siebzehn,zeventien,sjutton,sytten,siedemnascie 18:dieciocho,dezoito,diciotto,achtzehn,achttien,arton,atten,osiemnascie 19:diecinueve,dezenove,dezanove,diciannove,neunzehn,negentien,nitton,nitten,dziewietnascie"),
  ...table("tens", "2:veinte,veinti,vinte,venti,vent,zwanzig,twintig,tjugo,tjugu,tjue,dwadziescia,yirmi 3:treinta,trinta,trenta,trent,dreissig,dertig,trettio,tretti,trzydziesci,otuz 4:cuarenta,quarenta,quaranta,quarant,vierzig,veertig,fyrtio,forti,czterdziesci,kirk 5:cincuenta,cinquenta,cinquanta,cinquant,funfzig,vijftig,femtio,femti,piecdziesiat,elli 6:sesenta,sessenta,sessanta,sessant,sechzig,zestig,sextio,seksti,szescdziesiat,altmis 7:setenta,settanta,settant,siebzig,zeventig,sjuttio,sytti,siedemdziesiat,yetmis 8:ochenta,oitenta,ottanta,ottant,achtzig,tachtig,attio,atti,osiemdziesiat,seksen 9:noventa,novanta,novant,neunzig,negentig,nittio,nitti,dziewiecdziesiat,doksan"),
  ...table("hundreds", "1:cien,ciento,cem,cento,sto 2:doscientos,doscientas,duzentos,duzentas,duecento,duecent,dwiescie 3:trescientos,trescientas,trezentos,trezentas,trecento,trecent,trzysta 4:cuatrocientos,cuatrocientas,quatrocentos,quatrocentas,quattrocento,quattrocent,czterysta 5:quinientos,quinientas,quinhentos,quinhentas,cinquecento,cinquecent,piecset 6:seiscientos,seiscientas,seiscentos,seiscentas,seicento,seicent,szescset 7:setecientos,setecientas,setecentos,setecentas,settecento,settecent,siedemset 8:ochocientos,ochocientas,oitocentos,oitocentas,ottocento,ottocent,osiemset 9:novecientos,novecientas,novecentos,novecentas,novecento,novecent,dziewiecset"),
  ...table("hundred", "100:hundert,honderd,hundra,hundrede,hundre,yuz"),
  ...table("and", "0:y,e,und,en,og,och"),
]);

/** Pieces that are ordinary words too ("to", "on", "elf", "sex", "sto"): never a number on their own, nor two of them glued ("onto"). */
const WEAK = new Set("y e und en og och to ni ti on ein een elf tre sei due otto sex fem bir vent trent cento cent sto um una".split(" "));

/** A thousands word after the run: a mileage or a price ("yüz yirmi bin", "ciento veinte mil"), no group of a number. */
const THOUSANDS_AFTER = /^[ \t]*(?:bin|mil|mila|mille|tausend|duizend|tusen|tusind|tys\w*|thousand|k)(?![\p{L}\p{N}])/iu;

/** Tens and teens normalise.ts reads itself (Spanish, Portuguese, Italian): a run of only these and digit words is left to it. */
const READ_ELSEWHERE = new Set(
  "diez dez dieci once onze undici doce doze dodici trece treze tredici catorce catorze quatorze quattordici quince quinze quindici dieciseis dezesseis sedici diecisiete dezessete diciassette dieciocho dezoito diciotto diecinueve dezenove diciannove veinte vinte venti treinta trinta trenta cuarenta quarenta quaranta cincuenta cinquenta cinquanta sesenta sessenta sessanta setenta settanta ochenta oitenta ottanta noventa novanta".split(
    " ",
  ),
);

/** A number word as `PIECES` keys it: lower case, "ø" as "o", "ß" as "ss", "ł" as "l". */
const key = (word: string): string => word.toLowerCase().replace(/ø/g, "o").replace(/ß/g, "ss").replace(/ł/g, "l");

/** One piece of the alternation: its letters, with the characters `key` folds matched either way. */
const pieceSource = (form: string): string => form.replace(/ss/g, "(?:ss|ß)").replace(/o/g, "[oø]").replace(/l/g, "[lł]");
/** A piece's first character as `pieceSource` spells it: a letter, "[oø]", "[lł]" or "(?:ss|ß)". */
const headOf = (source: string): string => /^(?:\(\?:ss\|ß\)|\[[^\]]*\]|.)/u.exec(source)![0];
/** The pieces' sources, longest first, behind their first character (in the order those first come). */
const PIECES_BY_HEAD = new Map<string, string[]>();
for (const source of [...PIECES.keys()].sort((a, b) => b.length - a.length).map(pieceSource)) {
  const head = headOf(source);
  (PIECES_BY_HEAD.get(head) ?? PIECES_BY_HEAD.set(head, []).get(head)!).push(source.slice(head.length));
}
/**
 * Every piece, as one alternation behind each first character ("d(?:ziewiecdziesiat|...)|s(?:...)|..."): a word's
 * first letter picks its branch, where a flat list of the 300-odd pieces was tried one by one at every word of a
 * long message. The same words are cut into pieces: whichever cut the lookahead finds, it takes the whole word.
 */
const PIECE = [...PIECES_BY_HEAD].map(([head, rests]) => `${head}(?:${rests.join("|")})`).join("|");
/** The letters a piece may open on: a cheap test before the pieces are tried at a word. */
const PIECE_OPENING = `[${[...PIECES_BY_HEAD.keys()].map((head) => (head === "(?:ss|ß)" ? "sß" : head.replace(/^\[|\]$/g, ""))).join("")}]`;
/**
 * A word made only of number pieces ("vierunddreißig", "trecentottantadue"), of at most 32
 * letters: the lookahead finds a way to cut it into pieces (trying another cut only inside the
 * word) and the back-reference takes it whole, never tried again.
 */
const word = (n: number): string => `(?=\\p{L}{1,32}(?![\\p{L}\\p{N}]))(?=((?:${PIECE})+)(?![\\p{L}\\p{N}]))\\${n}`;
/** A run of number words apart by spaces, dashes or a comma: the span `readNumberWords` reads. Its first word opens on a piece's letter. */
export const NUMBER_WORD_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?=${PIECE_OPENING})${word(1)}(?:(?:[ \\t]*[,.\\/–—-]?[ \\t]+|[–—-])${word(2)})*`, "giu");

/**
 * What a run must hold to be worth reading here: a hundred, or a tens or teen word of a language
 * normalise.ts does not read, or a glued compound of tens. A cheap test before `NUMBER_WORD_RUN`.
 */
export const NUMBER_WORDS_ABROAD_GATE =
  /hundert|honderd|hundr[ae]\b|hundrede\b|y[uü]z\b|(?:ci|ni)ent[oa]s?\b|[zhc]ent[oa]s\b|cento|dwie[sś]|trzysta|czterysta|[cm]set\b|zehn\b|zig\b|ssig\b|ßig\b|tien\b|tig\b|tt[oe]n\b|(?:fjor|fem|sex|ar)ton\b|tio\b|tjue|tretti|f[oø]rti|femti|seksti|sytti|[aå]tti|nitti|elleve|elva\b|tolv\b|twaalf|zw[oö]lf|na[sś]cie|dziesi|yirmi|otuz|k[iı]rk\b|elli\b|altm[iı]|yetm[iı]|seksen|doksan|(?:venti|vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:a|uno|due|tre|quattro|cinque|sei|sette|otto|nove)|veinti[a-z]/i;

/** The digits of a group said in words: hundreds, tens and unit as far as they were said. */
interface Group {
  hundreds?: number;
  tens?: number;
  unit?: number;
}

/** Reads pieces into digit groups (`out`), one per number said, each after the separator typed before its first word (`seps`). */
class Groups {
  readonly out: string[] = [];
  readonly seps: string[] = [];
  private group: Group = {};
  private sep = "";
  private joined = false;

  /** Ends the group being read, if it holds anything. */
  close(): void {
    const g = this.group;
    const digits =
      g.hundreds !== undefined
        ? String(g.hundreds * 100 + (g.tens ?? 0) * 10 + (g.unit ?? 0))
        : g.tens !== undefined
          ? String(g.tens * 10 + (g.unit ?? 0))
          : g.unit !== undefined
            ? String(g.unit)
            : "";
    if (digits) {
      this.out.push(digits);
      this.seps.push(this.sep);
    }
    this.group = {};
  }

  /** Adds one piece typed after `sep`, ending the group first when the piece cannot go on it. */
  add(p: Piece, sep = ""): void {
    if (p.kind === "and") {
      this.joined = true;
      return;
    }
    const g = this.group;
    if (p.kind === "unit") {
      if (g.unit !== undefined) this.close();
    } else if (p.kind === "tens" || p.kind === "teen") {
      // "vier-und-dreißig", "zes-en-vijftig": a unit joined to the tens after it.
      const unitFirst = this.joined && g.unit !== undefined && g.tens === undefined;
      if (g.tens !== undefined || (g.unit !== undefined && !unitFirst)) this.close();
    } else if (p.kind === "hundreds") {
      if (g.hundreds !== undefined || g.tens !== undefined || g.unit !== undefined) this.close();
    } else if (g.hundreds !== undefined || g.tens !== undefined) this.close();
    const next = this.group;
    if (next.hundreds === undefined && next.tens === undefined && next.unit === undefined) this.sep = sep;
    if (p.kind === "unit") {
      next.unit = p.value;
      // A zero is a group of its own ("sıfır beş yüz": 0 then 500).
      if (p.value === 0 && next.hundreds === undefined && next.tens === undefined) this.close();
    } else if (p.kind === "tens") next.tens = p.value;
    else if (p.kind === "teen") {
      next.tens = 1;
      next.unit = p.value % 10;
    } else if (p.kind === "hundreds") next.hundreds = p.value;
    else {
      // "hundred" times the unit before it ("beş yüz" 500), or one hundred alone ("yüz yirmi").
      next.hundreds = next.unit ?? 1;
      next.unit = undefined;
    }
    this.joined = false;
  }
}

/** Splits a word into the forms of its pieces, the fewest that cover it ("trecentottantadue": trecent, ottanta, due). */
function formsOf(w: string): string[] {
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= w.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const head = best[start];
      const form = w.slice(start, end);
      if (head && PIECES.has(form) && (!best[end] || head.length + 1 < best[end]!.length)) best[end] = [...head, form];
    }
  }
  return best[w.length] ?? [];
}

/**
 * A glued compound reads as one group ("vierunddreißig" 34, "trecentoquarantacinque" 345,
 * "førtisju" 47), with a joining word only between a unit and its tens and at least one piece that
 * is no ordinary word ("onto", "tito" are words).
 */
function compoundGroup(pieces: readonly Piece[], forms: readonly string[]): boolean {
  if (forms.every((f) => WEAK.has(f))) return false;
  if (pieces.some((p, i) => p.kind === "and" && (pieces[i - 1]?.kind !== "unit" || (pieces[i + 1]?.kind !== "tens" && pieces[i + 1]?.kind !== "teen")))) return false;
  const g = new Groups();
  pieces.forEach((p) => g.add(p));
  g.close();
  return g.out.length === 1;
}

/**
 * Reads a run of number words (`NUMBER_WORD_RUN`) as digit groups, one group per number said
 * ("beş yüz otuz iki, yüz yirmi üç" -> "532, 123", "sıfır beş yüz" -> "0 500"), keeping a comma or
 * dash the sender put between words. `undefined` leaves the run to normalise.ts's own rules: it
 * holds no hundred, no tens or teen of the languages read only here and no compound, or it is a
 * single word with no digit beside it ("zwölf Euro"), or a word that is no number after all.
 */
export function readNumberWords(m: RegExpExecArray): string | undefined {
  const words = [...matchesOf(/\p{L}+/gu, m[0])];
  const keys = words.map((w) => key(w[0]));
  let fresh = false;
  let strong = 0;
  const said: Piece[][] = [];
  for (const [i, k] of keys.entries()) {
    const forms = PIECES.has(k) ? [k] : formsOf(k);
    const pieces = forms.map((f) => PIECES.get(f)!);
    if (pieces.length === 0) return undefined;
    if (pieces.length > 1) {
      if (!compoundGroup(pieces, forms)) return undefined;
      fresh = true;
    } else if (pieces[0]!.kind === "and" && (i === 0 || i === keys.length - 1)) return undefined;
    const p = pieces[0]!;
    if (pieces.length === 1 && (p.kind === "hundreds" || p.kind === "hundred" || ((p.kind === "tens" || p.kind === "teen") && !READ_ELSEWHERE.has(k)))) fresh = true;
    if (pieces.length > 1 || !WEAK.has(k)) strong++;
    said.push(pieces);
  }
  const input = m.input;
  if (THOUSANDS_AFTER.test(input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
  const digitBeside = /\d[^\p{L}\d]{0,3}$/u.test(input.slice(Math.max(0, m.index - 4), m.index)) || /^[^\p{L}\d]{0,3}\d/u.test(input.slice(m.index + m[0].length, m.index + m[0].length + 4));
  if (!fresh || (strong < 2 && !digitBeside)) return undefined;
  const groups = new Groups();
  words.forEach((w, i) => {
    const between = i === 0 ? "" : m[0].slice(words[i - 1]!.index! + words[i - 1]![0].length, w.index);
    // Punctuation between words ends a group ("sześćset jeden, dwieście").
    if (/[,.\/–—]/.test(between)) groups.close();
    for (const [k, p] of said[i]!.entries()) groups.add(p, k === 0 ? between : "");
  });
  groups.close();
  // Each group after the punctuation typed before it, or a space.
  return groups.out.map((digits, k) => (k === 0 ? "" : /[,.\/–—]/.test(groups.seps[k]!) ? groups.seps[k] : " ") + digits).join("");
}
