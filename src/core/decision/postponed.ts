// Partial decisions ("deelbesluit") leave points for later: "Over de punten 4 en 5 beslis ik
// later", "ontvangt u over onderdeel 3 een afzonderlijk besluit". Those points are not answered by
// this letter, whatever else stands near them (an inventory, a letter-wide statement). A partial
// decision may also name only what it covers ("Dit besluit heeft betrekking op de documenten
// genoemd onder het vierde gedachtestreepje") and say the rest follows ("Mijn beslissing over de
// overige documenten ontvangt u zo spoedig mogelijk"): then every point it does not cover waits.
import { findPointRefs } from './point-refs.js';

const POSTPONED =
  /\b(?:later(?:e)?|afzonderlijk(?:e)?|apart(?:e)?|volgend(?:e)?|tweede|nader(?:e)?|separa(?:at|te)|nieuw(?:e)?)\s+(?:deel)?besluit\b|\bbeslis(?:t|sen)?\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?later\b|\blater\s+(?:\S+\s+){0,3}?(?:beslis(?:t|sen)?|beslist|besloten)\b|\bnog\s+(?:geen|niet)\s+(?:\S+\s+){0,2}?(?:beslist|besloten|besluit)\b/i;

/** "Dit (deel)besluit heeft betrekking op …", "Het onderhavige deelbesluit ziet op …": what this letter covers. */
const COVERS = /\b(?:dit|het\s+onderhavige|deze|het\s+(?:eerste|tweede|derde|vierde))\s+(?:deel)?(?:besluit|beslissing)\s+(?:\S+\s+){0,3}?(?:heeft\s+betrekking\s+op|ziet\s+(?:\S+\s+)?op|betreft|gaat\s+over)\b/i;
/** "Mijn beslissing over de overige documenten ontvangt u …", "de overige deelbesluiten": the rest follows. */
const REST_FOLLOWS =
  /\b(?:beslissing|besluit)\s+over\s+(?:de|het)\s+(?:overige|resterende|andere)\b[^.;]*\b(?:ontvangt|krijgt)\s+(?:u|je)\b|\b(?:overige|resterende|volgende)\s+deelbesluit(?:en)?\b|\b(?:ontvangt|krijgt)\s+(?:u|je)\s+(?:\S+\s+){0,6}?(?:beslissing|besluit)\s+over\s+(?:de|het)\s+(?:overige|resterende)\b/i;

/** Points the sentences say will be decided later. */
export function postponedPoints(sentences: string[], highest: number): Set<number> {
  const postponed = new Set<number>();
  for (const sentence of sentences) {
    const match = POSTPONED.exec(sentence);
    if (!match) continue;
    // With several groups named ("punten 1 tot en met 3 nu, 4 en 5 later"), the one nearest the words.
    const groups = findPointRefs(sentence, highest).groups.filter((g) => !g.cross);
    const distance = (g: { start: number; end: number }) => Math.min(Math.abs(g.start - match.index), Math.abs(g.end - match.index));
    const nearest = [...groups].sort((a, b) => distance(a) - distance(b))[0];
    nearest?.points.forEach((p) => postponed.add(p));
  }
  if (sentences.some((s) => REST_FOLLOWS.test(s))) {
    const covered = new Set(sentences.filter((s) => COVERS.test(s)).flatMap((s) => findPointRefs(s, highest).subjects));
    if (covered.size > 0) for (let p = 1; p <= highest; p++) if (!covered.has(p)) postponed.add(p);
  }
  return postponed;
}
