// Finds which request points a sentence talks about: "punt 3", "de punten 1 tot en met 5",
// "onderdelen 2, 3 en 7", "Ad 4 en 5", "U vraagt onder 5", "vraag 2". A reference that points the
// reader elsewhere ("zie het antwoord bij punt 2") is a cross-reference, not the sentence's subject.
// Cross-references come in two kinds, which DESIGN.md tells apart: a pointer ("zie het antwoord bij
// punt 2", "verwijs ik u naar het antwoord op punt 1") sends the reader elsewhere without deciding,
// so the point is `referred`; an equivalence ("hetzelfde als bij punt 4", "evenals punt 4", "net
// als voor punt 4", "conform punt 4") says the same decision applies, so the point takes it over.

export interface PointRefs {
  /** Points the sentence is about. */
  subjects: number[];
  /** Points whose answer the sentence refers to, by pointer or by equivalence. */
  crossRefs: number[];
  /** Of those, the points whose decision the sentence says applies here too ("hetzelfde als bij punt 4"). */
  sameAs: number[];
  /** Where each reference starts, in order, for splitting a sentence that answers several groups. */
  groups: { start: number; end: number; points: number[]; cross: boolean; same: boolean }[];
}

// "Verzoek 3" only with a number after it: "uw verzoek" alone is the whole request.
const POINT_WORD = String.raw`(?:verzoek)?punt(?:en)?|(?:verzoek)?onderde(?:el|len)|(?:deel)?vra(?:ag|gen)|deelverzoek(?:en)?|verzoek(?=\s+\d)`;
const KEYWORD = String.raw`\b(?:(?:onder\s+(?:de\s+)?)?(?:${POINT_WORD})|onder|ad\.?|sub)`;
// "2a" (a sub-point) counts as 2; "5.1" is an article, not a point.
const NUMBER = String.raw`\d{1,2}(?!\d)(?:[a-z](?![a-z]))?(?!\.\d)`;
const SEPARATOR = String.raw`\s*(?:,\s*(?:en\s+)?|\s(?:en|of)\s+|\s*(?:tot\s+en\s+met|t\/m|tot|-|–|—)\s*)(?:(?:de\s+)?(?:${POINT_WORD})\s+)?`;
const REFERENCE = new RegExp(String.raw`${KEYWORD}\s+(${NUMBER}(?:${SEPARATOR}${NUMBER})*)`, 'gi');

export const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste'];
/** "het eerste onderdeel", "uw derde vraag"; a request in bullets: "het vierde gedachtestreepje". */
const ORDINAL_REFERENCE = new RegExp(String.raw`\b(?:het|de|uw|dit|ons)\s+(${ORDINALS.join('|')})\s+(?:${POINT_WORD}|gedachtestreep(?:je)?|opsommingsteken|bolletje)\b`, 'gi');

/** Words after a number that show it is a quantity or a date, not a point. */
const NOT_A_POINT_AFTER = /^\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec|jaar|jaren|weken|dagen|maanden|uur|procent|%|euro)\b/i;

/** Text right before a reference that makes it a pointer to another point's answer. */
const CROSS_REFERENCE_BEFORE =
  /(?:\bzie(?:\s+(?:ook|daarvoor|hiervoor|daarbij|verder))?|\bnaar|\b(?:antwoord|beantwoording|toelichting|reactie)|hetzelfde\s+als|\bevenals|\bnet\s+als|\bzoals|\bconform|\bgelijk\s+aan)\s+(?:(?:het|mijn|ons|onze|de)\s+)?(?:(?:antwoord|beantwoording|toelichting|reactie|besluit)\s+)?(?:(?:is\s+)?(?:vermeld|gesteld|aangegeven|beschreven|opgemerkt|besloten|beslist)\s+)?(?:(?:hierboven|hiervoor|eerder|bij|op|onder|voor|in|van)\s+){0,2}$/i;

/**
 * "de documenten die onder onderdeel 1 zijn genoemd": a point named inside a clause describing
 * documents points to that point's answer; the sentence is not about that point.
 */
const RELATIVE_BEFORE = /\b(?:die|dat|welke)\s+(?:\S+\s+){0,3}$/i;
// "het contract dat je bij punt 1 krijgt", "de documenten die wij bij punt 3 hebben beoordeeld".
const MENTIONED_AFTER =
  /^\s*(?:(?:al|reeds|hierboven|eerder|zijn|is|werden|worden|staan|staat|heb|hebben|heeft)\s+){0,3}(?:genoemd|vermeld|beschreven|besproken|behandeld|opgesomd|aangegeven|beoordeeld|krijgt|krijg|ontvangt|ontvang|gekregen|ontvangen|verstrekt)\b/i;

/**
 * Of the cross-references, those that say the decision is the same rather than point to where it
 * stands. "Zoals" only without a verb: "zoals bij punt 2" is the same decision, "zoals vermeld bij
 * punt 2" points to an explanation.
 */
const SAME_AS_BEFORE =
  /(?:hetzelfde\s+als|\bevenals|\bnet\s+als|\bzoals|\bconform|\bgelijk\s+aan)\s+(?:(?:het|mijn|ons|onze|de)\s+)?(?:(?:antwoord|besluit|beslissing)\s+)?(?:(?:hierboven|hiervoor|eerder|bij|op|onder|voor|in|van|met)\s+){0,2}$/i;

/**
 * "Ik verwijs u naar mijn besluit over het tweede onderdeel": the point named after a referral is
 * where the reader is sent, not what the sentence answers, and (unlike "zie het antwoord op punt 2")
 * the letter does not say the answer is the same. Such a mention is neither subject nor cross-reference.
 */
const REFERRAL_OBJECT_BEFORE = /\bverwij(?:s|st|zen)\s+(?:\S+\s+){0,6}?naar\s+(?:\S+\s+){0,6}$/i;

/** "2, 3 en 7", "1 tot en met 5": the numbers a list names, ranges expanded. */
export function expandList(list: string): number[] {
  const points: number[] = [];
  const tokens = list.match(/\d{1,2}|tot\s+en\s+met|t\/m|tot|[-–—]/gi) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const isRange = /^(?:tot|t\/m|[-–—])/i.test(tokens[i + 1] ?? '') && /^\d/.test(tokens[i + 2] ?? '');
    const from = Number(tokens[i]);
    if (isRange) {
      const to = Number(tokens[i + 2]);
      for (let n = from; n <= to && to - from < 100; n++) points.push(n);
      i += 2;
    } else if (/^\d/.test(tokens[i])) {
      points.push(from);
    }
  }
  return points;
}

export function findPointRefs(sentence: string, pointCount: number): PointRefs {
  const groups: PointRefs['groups'] = [];
  const add = (start: number, end: number, numbers: number[]) => {
    const points = numbers.filter((n) => n >= 1 && n <= pointCount);
    if (points.length === 0) return;
    const before = sentence.slice(Math.max(0, start - 80), start);
    const same = SAME_AS_BEFORE.test(before);
    const mentioned = RELATIVE_BEFORE.test(before) && MENTIONED_AFTER.test(sentence.slice(end));
    const cross = same || mentioned || CROSS_REFERENCE_BEFORE.test(before);
    if (!cross && REFERRAL_OBJECT_BEFORE.test(before)) return;
    groups.push({ start, end, points, cross, same });
  };
  for (const match of sentence.matchAll(REFERENCE)) {
    const start = match.index ?? 0;
    if (NOT_A_POINT_AFTER.test(sentence.slice(start + match[0].length))) continue;
    add(start, start + match[0].length, expandList(match[1]));
  }
  for (const match of sentence.matchAll(ORDINAL_REFERENCE)) {
    const start = match.index ?? 0;
    add(start, start + match[0].length, [ORDINALS.indexOf(match[1].toLowerCase()) + 1]);
  }
  groups.sort((a, b) => a.start - b.start);
  const collect = (keep: (g: PointRefs['groups'][number]) => boolean) => [...new Set(groups.filter(keep).flatMap((g) => g.points))];
  return { subjects: collect((g) => !g.cross), crossRefs: collect((g) => g.cross), sameAs: collect((g) => g.same), groups };
}
