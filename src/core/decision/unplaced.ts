// Nothing the letter decides may vanish. After the points are summed up, every sentence of the
// decision and the reasoning that states an outcome, cites a ground, mentions a redaction, refers
// or forwards is looked for in some point's evidence; a sentence found nowhere is listed as
// unplaced, with a short Dutch reason, so the user sees it before confirming.
import { classifySentence } from './classify.js';
import { findGroundsInText } from './ground-mentions.js';
import { splitSentences } from './segment.js';
import { DECIDING_PARTS } from './structure.js';
import type { LetterPart, ProposedPoint, UnplacedSentence } from './types.js';

/** Words that decide, withhold, redact, refer or forward, read broadly: more is shown, never less. */
const DECISIVE =
  /\bopenba(?:ar|re|arheid\s+van)\b|\bopenbaarmaking\b|\bverstrek\w*|\bweiger\w*|\bafgewezen\b|\baf\s+te\s+wijzen\b|\bafwijz\w*|\bwijs\s+\S+\s+(?:\S+\s+){0,6}?af\b|\btoe\s+te\s+wijzen\b|\btoegewezen\b|\bingewilligd\b|\bin\s+te\s+willigen\b|\bhonoreren\b|\btegemoet\s+te\s+komen\b|\baangetroffen\b|\bgevonden\b|\bberust\w*|\bbeschik\w*\s+(?:\S+\s+){0,3}?over\b|\bonleesbaar\b|\b(?:zwart|weg)?gelakt\b|\bzwart\s*gemaakt\b|\bweggelaten\b|\bverwijderd\b|\bgeanonimiseerd\b|\bafgeschermd\b|\bdoor(?:gezonden|gestuurd|zend\w*|sturen)\b|\bverwijs\b|\bverwijzen\b|\bverwezen\b|\bmet\s+uitzondering\s+van\b|\bseparaat\s+besluit\b|\bnader\s+besluit\b|\bgeweigerd\b|\bgeen\s+(?:\S+\s+)?(?:documenten|stukken|informatie|gegevens)\b|\bartikel\s+1[01],\s+(?:eerste|tweede)\s+lid\b/i;

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

/** The middle of a sentence: robust against where the evidence's sentence split fell. */
function probe(sentence: string): string {
  const k = key(sentence);
  if (k.length <= 60) return k;
  const start = Math.floor((k.length - 60) / 2);
  return k.slice(start, start + 60);
}

function reason(sentence: string): string {
  const c = classifySentence(sentence);
  if (c.outcomes.includes('forwarded')) return 'doorzending, aan geen punt gekoppeld';
  if (c.outcomes.includes('referred')) return 'verwijzing, aan geen punt gekoppeld';
  if (findGroundsInText(sentence).length > 0) return 'weigeringsgrond, aan geen punt gekoppeld';
  if (c.redaction) return 'weggelakte passages, aan geen punt gekoppeld';
  if (c.outcomes.length > 0) return 'beslissing zonder punt; geldt mogelijk voor enkele documenten';
  return 'beslissende woorden, aan geen punt gekoppeld';
}

export function decisiveSentences(parts: LetterPart[]): string[] {
  return parts
    .filter((p) => DECIDING_PARTS.includes(p.kind))
    .flatMap((p) => splitSentences(p.text.replace(/\s+/g, ' ')))
    .filter((s) => DECISIVE.test(s) || findGroundsInText(s).length > 0);
}

/** The decisive sentences no point took, after those the parser already kept apart. */
export function unplacedSentences(parts: LetterPart[], points: ProposedPoint[], already: UnplacedSentence[]): UnplacedSentence[] {
  const placed = key(points.map((p) => p.evidence).join(' '));
  const kept = key(already.map((u) => u.text).join(' '));
  const out = [...already];
  const seen = new Set<string>();
  for (const sentence of decisiveSentences(parts)) {
    const k = probe(sentence);
    if (placed.includes(k) || kept.includes(k) || seen.has(k)) continue;
    seen.add(k);
    out.push({ text: sentence, reason: reason(sentence) });
  }
  return out;
}
