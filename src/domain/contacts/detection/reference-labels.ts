/**
 * The labels of a reference's number, one vocabulary for the phone rule's two readers (issue 13,
 * round 31): an order's, an invoice's, a receipt's, a payment's or a transfer's, a booking's, a
 * waybill's, a claim's number, in the marketplace's languages, as the normalised text holds them
 * (accents gone: "sipariş" is "siparis", "hóa đơn" is "hoa đo'n", Arabic alef folded to "l").
 *
 * `phone.ts` reads a label in two ways, and both take their words from here:
 * - `Cues` (through `NOT_A_PHONE_WORDS` and `NOT_A_PHONE_SCRIPT`) lets the nearer of a phone word and
 *   a thing's word decide, anywhere in a short window: `REFERENCE_WORDS` and `REFERENCE_SCRIPT_WORDS`,
 *   the words whose label alone has always made a number a reference ("txn 0917 ...", "UTR ...");
 * - `orderNumberSaid` wants the label bound right before the number (`referenceLabelBefore`) and the
 *   reference's story told beside it (`REFERENCE_STORY`), or a number dialled nowhere as written. It
 *   reads every word of the first kind and the labels whose bare word says no more than a sender
 *   passing a phone would (round 23's review: "Número de pedido: 612 345 678"; "الحجز عن طريق
 *   الجوال ..."): "mã đơn hàng", "kenmerk", "numéro de commande", "rakam el fatoura", "رقم الحجز".
 * A real mobile under any of these labels stays a phone when the message claims it, calls it or
 * points at it (phone.ts: `ORDER_NUMBER_POINTED`, `claimedIn`, `aimedAfter`).
 * Independent reviewers (round 30, reviews 6 and 7) found references of wallets and bank transfers
 * (GCash, UPI, Bizum, DANA, Satispay, Tikkie) and Vietnamese, Dutch, Hungarian, Turkish, Malay and
 * Arabic labels read as phones; the two readers had kept two lists that had drifted apart.
 */
import { skeletonAlternation } from "./normalise.ts";

/**
 * Words that label a reference wherever they stand before a number, English and the few of other
 * languages read so since round 21 ("order", "invoice", "txn", "UTR", "waybill", "faktura",
 * "sipariş", "resi"; Brazil's "nota fiscal", round 55): a thing's word for `Cues`, and a label `referenceLabelBefore` binds.
 */
export const REFERENCE_WORDS: readonly string[] = (
  "order invoice inv booking reference ref tracking track shipment parcel ups fedex usps dhl ticket claim receipt confirmation conf rma warranty transaction txn utr " +
  "waybill awb consignment zamowienia faktura faktury siparis comprovante recibo boleto fiscal bestelnummer ordrenummer risiti pesanan resi tagihan faktur takip kargo " +
  "bestellung lieferschein garantie garansi"
).split(" ");

/**
 * The same in other scripts, as stems ("заказ", "фактур", "الطلب", "فاتورة", "ऑर्डर"): read by `Cues`
 * as `NOT_A_PHONE_SCRIPT_WORDS` are, and bound by `referenceLabelBefore`.
 */
export const REFERENCE_SCRIPT_WORDS: readonly string[] = [
  ...["заказ", "фактур", "счет", "счёт", "замовлен", "παραγγελ", "τιμολ"],
  ...["الطلب", "طلب", "فاتورة", "الفاتورة"],
  ...["ऑर्डर", "इनवॉइस", "बिल"],
];

/**
 * Arabic labels read only bound, as `BOUND_LABELS` are: a booking, a receipt ("رقم الحجز", "رقم
 * الإيصال"); "الحجز عن طريق الجوال 050..." (book through this mobile) names no reference.
 */
const BOUND_SCRIPT_WORDS: readonly string[] = ["الحجز", "حجز", "الإيصال", "إيصال"];

/**
 * Labels read only bound right before their number, by language: a bare one abroad says no more
 * than a sender passing a phone would, so `orderNumberSaid` wants the story told too. German, Dutch
 * and Hungarian compounds whole ("Bestellnummer", "factuurnr", "rendelésszám").
 */
const BOUND_LABELS: Readonly<Record<string, string>> = {
  english: "orders?|purchase|bill|reservation|folio|pnr",
  spanish: "pedido|factura|ticket|reserva|referencia|seguimiento|envio|compra|albaran|operacion|transaccion|comprobante|guia",
  portuguese: "fatura|encomenda|rastreio|rastreamento|transacao|protocolo",
  french: "commande|facture|recu|suivi|colis|operation",
  italian: "ordine|fattura|ricevuta|prenotazione|riferimento|spedizione|scontrino|transazione|operazione",
  german: "rechnung|auftrag|sendung|buchung|referenz|quittung|beleg|transaktion|(?:bestell|rechnungs|auftrags|sendungs|buchungs|referenz|beleg|tracking|transaktions)(?:nummer|nr)",
  polish: "zamowieni[ae]|faktur[aye]|paragon|rezerwacj[ai]|przesylk[ai]|zleceni[ae]|transakcj[aie]",
  romanian: "comanda|comenzii|facturii|chitanta|rezervare|rezervarii|coletului|tranzacti(?:e|ei)",
  hungarian: "rendeles|rendelesi|rendelesszam|szamla|szamlaszam|foglalas|nyugta|csomagszam|(?:csomag)?kovetesi|tranzakcio|tranzakcios",
  turkish: "siparisin|fis|rezervasyon|fatura|faturasi|faturanin|dekont|islem",
  malay_indonesian: "struk|kwitansi|tempahan|transaksi|resit|invois",
  tagalog: "resibo",
  dutch: "bestelling|factuur|reservering|referentie|zending|(?:betalings)?kenmerk|transactie|(?:bestel|factuur|order|transactie|referentie|zending)(?:nummer|nr)",
  // "mã đơn (hàng)", "mã vận đơn", "(số) hóa đơn", "mã giao dịch", "mã đặt chỗ": "mã" and "số" name the number
  vietnamese: String.raw`ma\s+[đd]o'?n(?:\s+hang)?|(?:ma\s+)?van\s+[đd]o'?n|(?:so\s+)?hoa\s+[đd]o'?n|ma\s+giao\s+dich|ma\s+[đd]at\s+(?:cho|lich)`,
  // Egyptian and Levantine Arabic in Latin letters: "fatoura", "7ajz" (a booking)
  arabizi: "fatoura|fatora|fatoora|7ajz|7agz|hagz|hajz",
};

/** Every label `referenceLabelBefore` binds: `REFERENCE_WORDS`, `BOUND_LABELS`, `REFERENCE_SCRIPT_WORDS` and `BOUND_SCRIPT_WORDS` with their endings. */
const SCRIPT_LABELS = [...REFERENCE_SCRIPT_WORDS, ...BOUND_SCRIPT_WORDS];
const REFERENCE_LABEL = [...REFERENCE_WORDS, ...Object.values(BOUND_LABELS), String.raw`(?:${skeletonAlternation(SCRIPT_LABELS)}|${SCRIPT_LABELS.join("|")})\p{L}*`].join("|");

/**
 * A number's word after such a label, or before it with a linking word ("order number", "número de
 * pedido", "numer zamówienia", "sipariş numarası", "n° de commande", "nr.", "kode booking",
 * "tranzakció azonosító", "رقم الحجز", "raqam el fatoura").
 */
const REFERENCE_NUMBER_WORD = String.raw`(?:number|num|no|nr|n\s*°|#|id|numero|nummer|numer|numarul|nomor|nombor|szam|szama|numarasi|numara|kod|kode|code|cod|codice|azonosito|raqam|rakam|ra2am|rakm|${skeletonAlternation(["رقم"])}|رقم)`;

/** A linking word and an article between a number's word and its label ("número de la factura", "raqam el order"). */
const LINK = String.raw`(?:(?:de|do|da|del|di|du|des|ng|van|of)\s+(?:(?:la|le|el|the|o|a|il)\s+)?|el\s+|d['’]|dell['’])`;

/** A verb of being before the number ("... es", "... is", "... adalah", "... là"). */
const BEING = String.raw`(?:is|es|e|est|ist|era|foi|was|jest|to|este|hai|ay|itu|adalah|ialah|lautet|la)`;

/**
 * A reference's label bound to the number right after it: maybe a number's word before it with a
 * linking word, the label, maybe its number's word, maybe up to five words of whose it is or where
 * it comes from (`gap`: "de Amazon", "Oscaro", "no Mercado Livre", "bij Bol voor de telefoonhouder",
 * "shopee", "GHTK"), maybe a verb of being; on the text before the number. Matched leftmost, so the
 * label's number word in front ("número de") is the label's own.
 */
const REFERENCE_LABEL_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${REFERENCE_NUMBER_WORD}\.?\s*${LINK}?)?(?:${REFERENCE_LABEL})(?:[\s.-]*${REFERENCE_NUMBER_WORD})?(?<gap>(?:\s+(?!${BEING}\s*[:#=]?\s*$)[\p{L}&'’][\p{L}\p{M}&'’.-]*){0,5}?)\.?[\s:#=.-]*(?:${BEING}\s*[:#=]?\s*)?$`,
  "diu",
);

/** Where a reference's label bound to a number starts in `before` (the text before the number, from its sentence's start), and the words between it and the number (`gap`), or null. */
export function referenceLabelBefore(before: string): { at: number; gap: readonly [number, number] } | null {
  const m = REFERENCE_LABEL_BEFORE.exec(before);
  if (!m) return null;
  return { at: m.index, gap: m.indices?.groups?.["gap"] ?? [m.index, m.index] };
}

/**
 * What tells a reference's story, in its sentence beside the label (the label and the number left
 * out): it arrived, was dispatched, delivered, bought, ordered, paid for or transferred, or what it
 * is, an object for a phone ("holder", "Handyhalterung", "funda", "suporte", "uchwyt", "tutucu",
 * "telefontartó", "giá đỡ"), or what it concerns ("concerne", "è per il ...", "itu untuk ..."), in the
 * same languages.
 */
export const REFERENCE_STORY = new RegExp(
  [
    String.raw`\b(?:arriv(?:ed|es|ing|al|e|ee|ees|ato|ata|ati|a)|came|dispatched|ship(?:ped|ping)|deliver(?:ed|y|s)?|ordered|bought|paid|purchased|received|refund(?:ed)?|returned|concerns?|corresponds?|transferred|debited|deducted`,
    String.raw`llego|llega|llegara|llegado|compre|comprado|pague|pagado|enviado|entregad[oa]|recibid[oa]|chegou|chega|chegaram|comprei|paguei|entregue|recebid[oa]|encomendei|pedi|encargue`,
    String.raw`livree?s?|livraison|achetee?|payee?|reglee?|expediee?|concerne|angekommen|kam|kommt|geliefert|lieferung|bestellt|gekauft|bezahlt|versandt|verschickt|unterwegs|zugestellt|betrifft|uberwiesen`,
    String.raw`consegnat[oa]|consegna|ordinat[oa]|comprat[oa]|pagat[oa]|spedit[oa]|ricevut[oa]|riguarda|przyszedl|przyszla|przyszlo|doszl[ao]|doszedl|dostarczon[aye]|zamowi[lł]\p{L}*|kupi[lł]\p{L}*|zap[lł]acon[aey]|zap[lł]aci[lł]\p{L}*|wyslan[aey]|dotarl[ao]?|dotyczy`,
    String.raw`ajuns|livrat[aă]?|comandat[aă]?|cumparat[aă]?|platit[aă]?|expediat[aă]?|sosit|megerkezett|megjott|megrendeltem|rendeltem|kifizettem|fizettem|vettem|hozzak|hozza|geldi|ulasti|teslim|aldim|odendi|odedim|gonderildi`,
    String.raw`sampai|datang|dikirim|terkirim|dibeli|dibayar|bayar|tiba|diterima|dp|aaya|aayi|aa\s+gaya|mila|kharida|dumating|binili|binayaran|nabayaran|bayad|naipadala|aangekomen|geleverd|besteld|gekocht|betaald|verzonden|onderweg`,
    // Vietnamese (ordered, bought, delivered, the shipper, a transfer, paid) and Arabizi (paid, arrived)
    String.raw`(?:em|toi|minh|anh)\s+[đd]at|mua|giao|shipper|chuyen\s+khoan|thanh\s+toan|dafa3\w*|daf3\w*|wasal\w*`,
    String.raw`holders?|mounts?|cradles?|chargers?|soporte|funda|suporte|supporto|custodia|uchwyt|etui|suport|suportul|husa|tutucu|kilif|houder|hoesje|cargador|carregador|chargeur|caricatore|ladowarka|incarcator|capa|coque|pemegang|gia\s+[đd]o)\b`,
    String.raw`[a-z]*(?:halterung|tarto\p{L}*|houder)\b`,
    String.raw`\b(?:is|es|e|est|ist|itu|ay|to|este|hai)?\s*(?:for|para|per|pour|fur|untuk|voor|dla|pentru|icin)\s+(?:the|el|la|le|il|lo|o|a|die|der|das|de|sa|ng|i)\s+\p{L}`,
    // Arabic: "I paid", "it arrived", "I bought" ("دفعت", "وصل", "اشتريت")
    skeletonAlternation(["دفعت", "ودفعت", "وصل", "وصلت", "اشتريت"]),
  ].join("|"),
  "iu",
);
