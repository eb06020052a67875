// How a paragraph or sentence that names no point shows which point it is about: a closing
// formula ("Dit betreft punt 4."), the words of a request point at its start, or a section title
// in the words of a point. Each returns null when unsure: an unanswered point beats a wrong one.
import { classifySentence } from './classify.js';
import { pointByContent } from './content-match.js';
import { findPointRefs } from './point-refs.js';
import { highestPoint } from './reading.js';
import { restatesRequestPoint } from './restatement.js';
import { SECTION_NAME, splitSentences, type Block } from './segment.js';
import { fillThemeGaps, themePoints } from './themes.js';
import type { RequestPoint } from './types.js';

/** A paragraph that opens like this continues the previous one's subject. */
export const CONTINUES_PREVIOUS = /^(?:deze|dit|die|dat|daarnaast|daarbij|ook|verder|wel|hierbij|hiervoor|hierover|hiervan|daarvoor|daarover|daarvan|het\s+betreft|https?:|www\.)/i;
/** A sentence about the request as a whole: never pulled into one point's answer. */
export const ABOUT_WHOLE_REQUEST = /(?<!\bdeel\s+van\s+)\b(?:uw|je|jouw|het)\s+(?:gehele\s+)?verzoek\b(?!\s*(?:onderdeel|punt))|\balle\s+(?:gevraagde|verzochte|documenten)\b/i;
/** Sections that explain the law or the procedure to the reader; they decide nothing. */
export const BOILERPLATE_SECTION =
  /^(?:wat\s+is\s+de\s+(?:woo|wob|wet)|(?:heb(?:t|\s+je)\s+(?:u\s+|je\s+)?(?:nog\s+)?)?vragen|contact(?:gegevens)?\s*:?$|meer\s+informatie|bezwaar|rechtsmiddel|(?:ben|bent)\s+(?:je|u)\s+het\s+niet\s+eens)/i;

/**
 * "… Wij lakken die namen. Dit betreft punt 2.": a paragraph that names its point only in its last
 * sentence, as a closing formula or as the sentence's last words, is about that point throughout.
 */
export function closingPoints(sentences: string[], highest: number): number[] | null {
  if (sentences.length < 2) return null;
  const refs = sentences.map((s) => findPointRefs(s, highest));
  if (refs.slice(0, -1).some((r) => r.groups.length > 0)) return null;
  const last = sentences[sentences.length - 1];
  const { subjects, groups } = refs[refs.length - 1];
  if (subjects.length === 0) return null;
  const wordsAfter = last.slice(groups[groups.length - 1].end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return /^(?:dit|dat|deze|het|zo)\b/i.test(last) || wordsAfter <= 2 ? subjects : null;
}

/** The point whose words a deciding sentence opens with, when it names no point and continues nothing. */
export function newSubjectByWords(sentence: string, points: RequestPoint[]): number | null {
  if (CONTINUES_PREVIOUS.test(sentence) || ABOUT_WHOLE_REQUEST.test(sentence) || findPointRefs(sentence, highestPoint(points)).groups.length > 0) return null;
  if (restatesRequestPoint(sentence, points) || classifySentence(sentence).outcomes.length === 0) return null;
  return pointByContent(opening(sentence), points);
}

/** The subject stands at the start; words further on ("… zijn bij deze brief gevoegd") say little. */
const opening = (sentence: string) => sentence.split(/[,;:]/)[0].split(/\s+/).slice(0, 7).join(' ');

/** "In de overeenkomsten en de kwaliteitsrapporten staan namen …": a subject of two points names both. */
function pointsOfOpening(sentence: string, points: RequestPoint[]): number[] | null {
  const words = opening(sentence);
  const conjuncts = words.split(/\s+(?:en|of)\s+/i);
  if (conjuncts.length > 1) {
    const each = conjuncts.map((c) => pointByContent(c, points));
    if (each.every((p) => p !== null)) return [...new Set(each as number[])];
  }
  const point = pointByContent(words, points);
  return point === null ? null : [point];
}

/** Whether a paragraph states a decision (not only restates the request). */
function decides(text: string, points: RequestPoint[]): boolean {
  return splitSentences(text).some((s) => {
    if (restatesRequestPoint(s, points)) return false;
    const c = classifySentence(s);
    return c.outcomes.length > 0 || c.redaction || c.outOfScope || c.residualAbsence || !!c.formalRefusal;
  });
}

/**
 * The point of an answer paragraph that names none, recognised by the request point's own words in
 * its first sentence: answers open with their subject, while a paragraph that weighs interests for
 * the whole letter may mention one point's documents only in passing. In reasoning per ground
 * (`openingOnly`) only the sentence's opening words count: there a point's words further on are
 * examples of what the ground covers.
 */
export function pointOfUnlabelledAnswer(text: string, points: RequestPoint[], openingOnly = false): number[] | null {
  if (findPointRefs(text, highestPoint(points)).groups.length > 0 || !decides(text, points)) return null;
  const first = splitSentences(text)[0] ?? '';
  if (openingOnly) return pointsOfOpening(first, points);
  const point = pointByContent(first, points);
  return point === null ? null : [point];
}

/**
 * Sections titled by subject ("Evaluaties en audits") that open an answer: block index → the
 * points the title stands for. Order fills gaps only between two titles the words settled.
 */
export function themeHeadings(blocks: Block[], points: RequestPoint[]): Map<number, number[]> {
  const candidates = blocks.flatMap((b, i) => {
    if (b.kind !== 'section' || SECTION_NAME.test(b.title) || BOILERPLATE_SECTION.test(b.title)) return [];
    const next = blocks[i + 1];
    return next?.kind === 'paragraph' && decides(next.text, points) ? [{ index: i, title: b.title }] : [];
  });
  const settled = candidates.map((c) => themePoints(c.title, points));
  const filled = settled.filter((p) => p !== null).length >= 2 ? fillThemeGaps(settled) : settled;
  return new Map(candidates.flatMap((c, k) => (filled[k] ? [[c.index, filled[k]] as [number, number[]]] : [])));
}
