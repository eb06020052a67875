// What a letter decides for the request as a whole, and the grounds it applies anywhere. Real
// letters mostly decide once for everything ("Ik heb besloten uw verzoek gedeeltelijk toe te
// wijzen", "Op basis van uw verzoek zijn geen documenten aangetroffen") and then reason per
// document or per ground, not per point. That decision answers every point the letter gives no
// answer of its own; the grounds it explains apply wherever something was withheld.
import type { Law } from '../grounds.js';
import { groundsFromTopics } from './ground-mentions.js';
import { appliesGrounds, newGroundTrail, paragraphHeading, readSentenceGrounds, startSection, withholds } from './ground-trail.js';
import { segmentLetter, splitSentences } from './segment.js';
import { DECIDING_PARTS } from './structure.js';
import type { LetterPart, Outcome } from './types.js';

export interface WholeDecision {
  outcome: Outcome;
  sentence: string;
}

/** A decision being taken now, by the body: "Ik heb besloten", "besluit ik", "Het college besluit", "moet ik uw verzoek afwijzen". */
const DECIDES = /\b(?:(?:heb|hebben|heeft)\s+(?:\S+\s+){0,3}?besloten|besluit\s+(?:ik|wij|we|het\s+college|de\s+burgemeester|de\s+minister)|(?:ik|wij|we|college|burgemeester|minister|staatssecretaris|directeur|raad)\s+(?:\S+\s+){0,2}?(?:besluit|besluiten|beslis|beslissen)\b|\bbesloten\s+(?:\S+\s+){0,4}?(?:te|om)\b|\b(?:moet|wijs|wijzen|moeten)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?af(?:wijzen)?\b|\b(?:wordt|worden)\s+(?:\S+\s+){0,8}?(?:ingewilligd|toegewezen|afgewezen|geopenbaard|openbaar\s+gemaakt|verstrekt)\b)/i;
/** The request as a whole as the object: "uw verzoek", "de (door u) gevraagde informatie". */
const WHOLE = /\b(?:uw|het|je|jouw)\s+(?:wob-|woo-)?(?:verzoek|aanvraag)\b|\bde\s+(?:door\s+(?:u|jou)\s+)?(?:gevraagde|verzochte|opgevraagde)\s+(?:informatie|documenten|stukken|gegevens)\b|\b(?:de|alle|deze)\s+(?:aangetroffen|gevonden|geïnventariseerde|betreffende|relevante)\s+(?:documenten|stukken|informatie)\b|\b(?:sommige|een\s+deel)\s+van\s+(?:de|deze)\s+(?:\S+\s+)?documenten\b|\bde\s+documenten\s+(?:die|waar)\b/i;
/** "Op basis van uw verzoek zijn er geen documenten aangetroffen": nothing held, for the whole request. */
const NOTHING_HELD = /\bgeen\s+(?:\S+\s+){0,3}?(?:document(?:en)?|informatie|stukken|gegevens)\b[^.;]{0,80}?\b(?:aangetroffen|gevonden|aanwezig|berust(?:en)?|beschikbaar|voorhanden|is\s+met|zijn\s+met|bestaat|bestaan|zijn\b(?=\s*[.;,]))|\b(?:niet|geen)\s+(?:\S+\s+){0,4}?(?:beschik|beschikken|beschikt)\s+over\b|\bniet\s+(?:\S+\s+){0,3}?(?:aangetroffen|gevonden)\b|\bniet\s+onder\s+(?:mij|ons|het\s+college|de\s+gemeente)\s+berust|\bbij\s+gebrek\s+aan\b|\bgeen\s+sprake\s+van\s+(?:\S+\s+){0,3}?(?:documenten|stukken)\b/i;
/** Sentences that sound like a decision but are not this one's: intentions, conditions, earlier decisions, the objection. */
const NOT_THIS_DECISION = /\b(?:van\s+plan|voornemen|voornemens|zou|zal\s+worden|indien|tenzij|mocht|bij\s+(?:brief|besluit)\s+van|met\s+(?:het|mijn|ons)\s+(?:besluit|deelbesluit)\s+van|eerder(?:e)?\s+(?:besluit|deelbesluit)|tegen\s+dit\s+besluit|bezwaar|beroep(?!\s+(?:te\s+)?(?:op|doen)\b))\b/i;

const PER_POINT = /\bper\s+(?:verzoek)?(?:onderdeel|punt|vraag|deelverzoek|deelvraag)\b/i;
const PARTIAL = /\b(?:gedeeltelijk|deels|ten\s+dele|grotendeels|gedeeltelijke)\b|\bmet\s+uitzondering\s+van\b|\b(?:een\s+deel|een\s+gedeelte)\s+van\b|\bsommige\b[^.;]*\bsommige\b/i;
const REFUSE = /\baf\s+te\s+wijzen\b|\bafwijzen\b|\bwijs\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?af\b|\bniet\s+(?:\S+\s+)?openbaar\s+te\s+maken\b|\bte\s+weigeren\b|\bniet\s+in\s+te\s+willigen\b|\bniet\s+(?:\S+\s+)?ingewilligd\b|\bniet\s+te\s+honoreren\b|\bafgewezen\b|\bniet\s+(?:\S+\s+)?te\s+verstrekken\b/i;
const ALREADY = /\b(?:reeds|al)\s+(?:\S+\s+)?openba(?:ar|re)\b/i;
const GRANT = /\b(?:toe\s+te\s+wijzen|te\s+honoreren|tegemoet\s+te\s+komen|in\s+te\s+willigen|openbaar\s+te\s+maken|te\s+verstrekken|toegewezen|ingewilligd|verstrekken|geopenbaard|openbaar\s+gemaakt)\b/i;

const WHOLE_OUT_OF_SCOPE = /\b(?:uw|het|je|dit)\s+(?:wob-|woo-)?(?:verzoek|aanvraag)\s+(?:\S+\s+){0,2}?valt\s+(?:\S+\s+){0,2}?(?:niet\s+onder\s+(?:de\s+)?(?:reikwijdte|werking(?:ssfeer)?)|buiten\s+(?:de\s+)?(?:reikwijdte|werking(?:ssfeer)?))\b/i;
/** "… reeds openbaar", "De Wob is niet van toepassing op documenten die reeds openbaar zijn". */
const ALREADY_OUT = /\b(?:reeds|al)\s+(?:\S+\s+)?(?:openbaar|gepubliceerd)\b|\bopenbaar\s+(?:en\s+)?(?:voor\s+een\s+ieder\s+)?(?:beschikbaar|toegankelijk|raadpleegbaar)\b/i;

function wholeOutcome(sentence: string): Outcome | null {
  if (PARTIAL.test(sentence) && (GRANT.test(sentence) || REFUSE.test(sentence))) return 'partial_public';
  if (NOTHING_HELD.test(sentence)) return 'nothing_found';
  if (ALREADY.test(sentence)) return 'already_public';
  if (REFUSE.test(sentence)) return 'not_public';
  if (GRANT.test(sentence)) return 'public';
  return null;
}

const sentencesOf = (parts: LetterPart[], kinds: LetterPart['kind'][]) =>
  parts.filter((p) => kinds.includes(p.kind)).flatMap((p) => splitSentences(p.text.replace(/\s+/g, ' ')));

/** A sentence's own words, without the list its colon opens: "… met uitzondering van de daarin opgenomen: o …". */
const head = (sentence: string) => sentence.split(/:\s/)[0];

/**
 * The letter's decision on the whole request: first the decision section's own words, then any
 * "Ik heb besloten …" about the whole request elsewhere, then a statement that nothing was found.
 */
export function wholeLetterDecision(parts: LetterPart[]): WholeDecision | null {
  // "Hieronder licht ik per onderdeel toe hoe ik heb beslist": the points are answered one by one,
  // and one the letter skips stays unanswered.
  if (sentencesOf(parts, ['decision']).some((s) => PER_POINT.test(s))) return null;
  const passes: [LetterPart['kind'][], (s: string) => boolean][] = [
    [['decision'], (s) => WHOLE.test(s)],
    [['other', 'reasoning'], (s) => WHOLE.test(s) && DECIDES.test(s)],
    // "De notulen … besluit ik niet openbaar te maken": the decision section decides, naming its object.
    [['decision'], (s) => DECIDES.test(s)],
  ];
  for (const [kinds, accepts] of passes) {
    for (const sentence of sentencesOf(parts, kinds).map(head)) {
      if (NOT_THIS_DECISION.test(sentence) || !accepts(sentence)) continue;
      const outcome = wholeOutcome(sentence);
      if (outcome) return { outcome, sentence };
    }
  }
  const deciding = sentencesOf(parts, ['decision', 'other', 'reasoning']).map(head);
  for (const sentence of deciding) {
    if (!NOT_THIS_DECISION.test(sentence) && WHOLE.test(sentence) && NOTHING_HELD.test(sentence) && !/\b(?:andere|overige|verdere|meer)\b/i.test(sentence)) return { outcome: 'nothing_found', sentence };
  }
  // "Uw verzoek valt niet onder de reikwijdte van de Wob": nothing the law covers is asked for;
  // the letter's reason says which: the documents are public already, or there are none.
  const outOfScope = deciding.find((s) => !NOT_THIS_DECISION.test(s) && WHOLE_OUT_OF_SCOPE.test(s));
  if (outOfScope) return { outcome: deciding.some((s) => ALREADY_OUT.test(s)) ? 'already_public' : 'nothing_found', sentence: outOfScope };
  return null;
}

/** A Wob letter never has Woo grounds, nor a Woo letter Wob grounds; other statutes' grounds fit both. */
export const groundOfLaw = (code: string, law: Law) => (law === 'wob' ? !/^5\./.test(code) : !code.startsWith('wob-'));

/**
 * The grounds the decision and reasoning apply anywhere, in the law of the decision: those a
 * sentence cites while applying them, the interests a withholding sentence names, and, for a
 * withholding sentence that names none, the ground the reasoning before it explained.
 */
export function letterGrounds(parts: LetterPart[], law: Law): string[] {
  const found = new Set<string>();
  const trail = newGroundTrail();
  const read = (sentence: string) => {
    const { cited, carried } = readSentenceGrounds(trail, sentence, law);
    if (appliesGrounds(sentence)) for (const code of cited) found.add(code);
    if (!withholds(sentence)) return;
    const named = groundsFromTopics(sentence, law);
    for (const code of named.length > 0 ? named : carried) found.add(code);
  };
  for (const part of parts.filter((p) => DECIDING_PARTS.includes(p.kind))) {
    for (const block of segmentLetter(part.text, 0)) {
      if (block.kind === 'section') startSection(trail, block.title, law);
      else if (block.kind === 'paragraph' && !paragraphHeading(trail, block.text, law)) splitSentences(block.text).forEach(read);
    }
  }
  return [...found].filter((code) => groundOfLaw(code, law));
}
