// Reads how a decision letter is built before anything reads what it decides: the letterhead (and
// sidebar), the request restated, the course of the procedure, the decision, the reasoning, the
// objection clause, and the annexes (statute text, the inventory list, other enclosures). Dutch
// decision letters follow one plan, whoever writes them: a salutation, sections under short
// headings ("Besluit", "Motivering", "Zienswijzen"), a closing ("Hoogachtend"), then annexes
// headed "Bijlage …". Outcomes come only from the decision, the reasoning and the inventory; the
// other parts restate, recount or quote and decide nothing. One pass over the lines, no
// backtracking: a long letter costs what its length costs.
import type { LetterPart } from './types.js';

type Kind = LetterPart['kind'];

const SALUTATION = /^\s*(?:(?:zeer\s+)?geachte|beste|dear|l\.s\.|hallo)\b/i;
const CLOSING = /^\s*(?:hoogachtend|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|met\s+de\s+meeste\s+hoogachting|vriendelijke\s+groet(?:en)?)\b/i;
/** "Bijlage 1 – Relevante artikelen uit de Wob", "Bijlage B: inventarislijst"; not the letterhead's "Bijlagen 3". */
const ANNEX_HEADING = /^\s*(?:bijlage|annex|appendix)(?:\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})\b)?\s*(?:[:.\-–—]\s*|\s+)?(\S.*)?$/i;
const BARE_ANNEX_COUNT = /^\s*bijlage(?:n|\(n\))?\s*:?\s*\d{0,2}\s*$/i;

const OBJECTION_HEADING = /^(?:bezwaar(?:mogelijkheid|clausule|procedure)?|rechtsmiddel(?:en|clausule)?|rechtsbescherming|mogelijkheid\s+(?:van|tot)\s+bezwaar|bent\s+u\s+het\s+niet\s+eens|niet\s+eens\s+met\s+(?:dit|het)\s+besluit)\b/i;
/** "Tegen dit besluit kunt u …", "Bent u het niet eens met dit besluit?": the objection clause itself. */
const OBJECTION_START = /^\s*(?:tegen\s+(?:dit|deze|het)\s+(?:besluit|beslissing)\s+(?:kunt|kan|kun|staat)|(?:bent|ben)\s+(?:u|je)\s+het\s+niet\s+eens|als\s+(?:u|je)\s+het\s+niet\s+eens\s+bent|indien\s+u\s+het\s+niet\s+eens\s+bent|(?:u|je)\s+(?:kunt|kan)\s+(?:tegen\s+(?:dit|deze)\s+(?:besluit|beslissing)\s+)?(?:binnen\s+zes\s+weken\s+)?(?:(?:een\s+)?(?:bezwaar|bezwaarschrift))|op\s+grond\s+van\s+(?:de\s+)?artikel\s+(?:6:7|7:1)\b|belanghebbenden\s+kunnen\s+(?:tegen|binnen))/i;

const DECISION_HEADING = /^(?:(?:mijn|ons|het)\s+)?(?:besluit|beslissing|dictum|conclusie|slotsom|beslissing\s+op\s+(?:uw|het)\s+(?:verzoek|bezwaar))\s*:?$/i;
const RESTATEMENT_HEADING = /^(?:(?:uw|het|je|jouw)\s+)?(?:wob-|woo-)?(?:verzoek(?:en)?|aanvraag|vraag|vragen|inhoud\s+(?:van\s+)?(?:het|uw)\s+verzoek|(?:uw|het)\s+verzoek\s+(?:om\s+informatie)?|verzoek\s+om\s+informatie|inperking(?:\s+van\s+(?:het|uw)\s+verzoek)?)\s*:?$/i;
const PROCEDURE_HEADING = /^(?:(?:het\s+)?verloop(?:\s+van\s+de\s+(?:procedure|behandeling))?|procedure(?:\s+en\s+\S+)?|procedureel|ontvangst(?:bevestiging)?|termijn(?:en)?|verdaging|(?:voor|ver)geschiedenis|contact(?:\s+met\s+u)?|overleg|gesprek|behandeling(?:\s+van\s+(?:uw|het)\s+verzoek)?|publicatie(?:\s+\S+){0,3}|plaatsing(?:\s+\S+){0,3})\s*:?$/i;

/** "De ontvangst van uw verzoek is bevestigd", "Bij brief van … is de termijn verdaagd": the procedure so far. */
const PROCEDURE_START = /^\s*(?:(?:de\s+)?ontvangst\s+van\s+(?:uw|je|het)\s+(?:verzoek|brief|e-?mail)|bij\s+(?:brief|e-?mail)\s+van\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+(?:is|heb|hebben|heeft)\b[^.]*\b(?:ontvangst|bevestigd|verdaagd|verlengd|opgeschort)|(?:op|per)\s+\d{1,2}\s+\p{L}+\s+(?:\d{4}\s+)?(?:is|heb|hebben|heeft)\s+(?:\S+\s+){0,4}?(?:de\s+)?(?:ontvangst|beslistermijn|termijn)\b)/iu;

/** "Uw verzoek", "In uw brief van … heeft u verzocht": the request told back, deciding nothing. */
const RESTATEMENT_START = /^\s*(?:(?:in|bij|met|per)\s+(?:uw|je|jouw|een)\s+(?:brief|e-?mail|mail|verzoek|schrijven|formulier|webformulier|aanvraag)\b[^.]*?\b(?:verzocht|gevraagd|verzoekt|vraagt|verzoek)|(?:u|je)\s+(?:heeft|hebt|vraagt|verzoekt|vroeg|verzocht)\b[^.]{0,80}?\b(?:verzocht|gevraagd|om\b|naar\b)|uw\s+verzoek\s+(?:richt\s+zich|betreft|luidt|ziet|gaat|heeft\s+betrekking))/i;

/** Statute text quoted in an annex: "Artikel 10", "1. Het verstrekken van informatie …", "Wet openbaarheid van bestuur". */
const STATUTE_LINE = /^\s*(?:artikel|art\.)\s+\d+[a-z]?(?:\.\d+)?\s*$|^\s*(?:artikel|art\.)\s+\d+[a-z]?(?:[.:]\d+)?\s+\S.{0,60}$/i;
const STATUTE_TITLE = /\b(?:relevante|toepasselijke|genoemde)?\s*(?:wet(?:s)?artikelen|artikelen|bepalingen|wettekst|wettelijk\s+kader|wet\s+openbaarheid\s+van\s+bestuur|wet\s+open\s+overheid|wob|woo|algemene\s+wet\s+bestuursrecht|awb)\b/i;
/** "Artikel 10 van de Wob luidt, voor zover relevant, als volgt:": the statute quoted from here on. */
const QUOTES_STATUTE = /^\s*(?:artikel|art\.)\s+\d+[a-z]?(?:\.\d+)?\b.{0,60}\b(?:luidt|luiden|bepaalt|bepalen)\b.{0,40}:\s*$/i;
const ANNEX_TITLE = /\b(?:relevante|toepasselijke)\s+(?:wet)?(?:artikelen|bepalingen)\b|\bwettekst\b|\bwettelijk\s+kader\b|^\s*(?:artikel|art\.)\s+\d+[a-z]?\s*$/i;
const INVENTORY_TITLE = /\binventari[sz](?:lijst|atie(?:lijst)?|overzicht)?\b|\bdocumentenlijst\b|\boverzicht\s+(?:van\s+(?:de\s+)?)?documenten\b/i;
/** An inventory row: a document number, then (somewhere) an assessment in the government's words. */
export const INVENTORY_ROW = /^\s*\d{1,4}(?:[.-]\d{1,3})?[a-z]?[.)]?\s+.*\b(?:(?:deels|gedeeltelijk)\s+openbaar|niet\s+openbaar|reeds\s+openbaar|openbaar|weigeren|geweigerd|reeds\s+bekend)\b/i;

/** A short line that stands alone: a heading. */
function isHeading(line: string, previous: string, next: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 90) return false;
  const words = t.split(/\s+/).length;
  const prevEnded = previous.trim() === '' || /[.:;!?")]$/.test(previous.trim());
  return words <= 9 && prevEnded && /^[\p{Lu}\d]/u.test(t) && !/[,;]$/.test(t) && (!/\.$/.test(t) || words <= 2) && (next.trim() === '' || /^[\p{Lu}\d("'•\-–]/u.test(next.trim()));
}

function headingKind(title: string, afterDecision: boolean, lookahead: string): Kind | null {
  const t = title.trim().replace(/^(?:\d{1,2}|[IVX]{1,5}|[A-H])[.)]?\s+/, '');
  if (DECISION_HEADING.test(t)) return 'decision';
  if (OBJECTION_HEADING.test(t)) return lookahead && /\b(?:zes|6)\s+weken\b|\bbezwaarschrift\b|\bbezwaar\s+(?:maken|indienen)\b/i.test(lookahead) ? 'objection_clause' : afterDecision ? 'reasoning' : null;
  if (RESTATEMENT_HEADING.test(t)) return 'restatement';
  if (PROCEDURE_HEADING.test(t)) return 'procedure';
  // "U vraagt om:" introduces a list; it heads nothing.
  if (/:$/.test(t) && /\b(?:u|je|wij|we|ik|het|de|dit|deze)\b/i.test(t)) return null;
  return afterDecision ? 'reasoning' : 'other';
}

/** What an annex holds, from its title and its first lines. */
function annexKind(title: string, body: string[]): Kind {
  if (INVENTORY_TITLE.test(title)) return 'annex_inventory';
  const rows = body.filter((l) => INVENTORY_ROW.test(l)).length;
  const articles = body.filter((l) => STATUTE_LINE.test(l)).length;
  if (STATUTE_TITLE.test(title)) return 'annex_statute';
  if (articles >= 2) return articles >= rows ? 'annex_statute' : 'annex_inventory';
  if (rows >= 3) return 'annex_inventory';
  return 'annex_other';
}

export function readLetterStructure(text: string): LetterPart[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const salutation = lines.findIndex((l, i) => i < 200 && SALUTATION.test(l));
  const kinds: Kind[] = new Array(lines.length);
  let kind: Kind = salutation > 0 ? 'letterhead' : 'other';
  let afterDecision = false;
  let closed = false;
  let annex = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    const previous = lines[i - 1] ?? '';
    const next = lines[i + 1] ?? '';
    if (i === salutation) kind = 'other';
    else if (kind !== 'letterhead' && t !== '') {
      const paragraphStart = previous.trim() === '';
      const annexMatch = ANNEX_HEADING.exec(t);
      if (annexMatch && !BARE_ANNEX_COUNT.test(t) && (closed || isHeading(line, previous, next)) && t.length <= 90 && /^\s*(?:bijlage|annex|appendix)\b/i.test(t) && (closed || !/[.]$/.test(t))) {
        // The kind waits for the annex's first lines; they are read when the annex ends.
        kind = 'annex_other';
        annex = i;
      } else if (CLOSING.test(t) && !kind.startsWith('annex')) {
        closed = true;
        kind = 'other';
      } else if (!kind.startsWith('annex')) {
        const heading = isHeading(line, previous, next) ? headingKind(t, afterDecision, lines.slice(i + 1, i + 12).join(' ')) : null;
        if (heading && closed && (INVENTORY_TITLE.test(t) || ANNEX_TITLE.test(t))) {
          // After the signature an inventory or the statute text may follow without "Bijlage" above it.
          kind = 'annex_other';
          annex = i;
        } else if (heading && (closed || kind === 'objection_clause') && (heading === 'reasoning' || heading === 'other')) {
          // Sub-headings of the objection clause and of what follows the signature stay where they are.
          if (kind !== 'objection_clause') kind = 'other';
        } else if (heading) {
          kind = heading;
          if (heading === 'decision') afterDecision = true;
        } else if ((paragraphStart || kind === 'other') && OBJECTION_START.test(t)) kind = 'objection_clause';
        else if (paragraphStart && !afterDecision && (kind === 'restatement' || kind === 'other') && PROCEDURE_START.test(t)) kind = 'procedure';
        else if (paragraphStart && !afterDecision && kind !== 'restatement' && RESTATEMENT_START.test(t)) kind = 'restatement';
        else if (closed && kind === 'other' && (QUOTES_STATUTE.test(t) || (STATUTE_LINE.test(t) && /^\s*(?:artikel|art\.)\s+\d+[a-z]?\s*$/i.test(t)))) {
          kind = 'annex_other';
          annex = i;
        } else if (paragraphStart && kind === 'restatement' && !/^\s*(?:[-–•*o]|\d{1,2}[.)]|[a-z][.)])\s/.test(line) && !RESTATEMENT_START.test(t) && !/^\s*(?:in|met|daarnaast|verder|ook|tevens|voorts)\b/i.test(t) && !afterDecision && /\b(?:besluit|besloten|beslis|openbaar|aangetroffen|gevonden|verstrek|weiger|afgewezen)\w*/i.test(t)) {
          // A paragraph after the restated request that decides, with no heading of its own.
          kind = 'other';
        }
      }
    }
    kinds[i] = kind;
    if (kind.startsWith('annex') && annex >= 0 && (i === lines.length - 1 || ANNEX_HEADING.test(next.trim()))) {
      const annexKindFound = annexKind(lines[annex], lines.slice(annex + 1, Math.min(i + 1, annex + 80)));
      for (let j = annex; j <= i; j++) kinds[j] = annexKindFound;
    }
  }

  const parts: LetterPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = starts[i] + lines[i].length;
    const last = parts[parts.length - 1];
    if (last && last.kind === kinds[i]) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else parts.push({ kind: kinds[i], start: starts[i], end, text: lines[i] });
  }
  return parts;
}

/** Parts whose sentences may decide a point: the decision, the reasoning, and what has no heading. */
export const DECIDING_PARTS: readonly Kind[] = ['decision', 'reasoning', 'other'];
