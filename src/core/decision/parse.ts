// parseDecision: reads a decision letter and proposes, per request point, the outcome, the
// sentences it rests on, the refusal grounds and any reference; plus the letter's dates.
// Which point a sentence is about follows how letters are written: a heading ("Ad 6") holds
// until the next heading; a sentence naming points ("De punten 2, 3 en 7 …") holds for the rest of
// its paragraph, and for the next paragraph when that one plainly continues ("Deze …", a URL); a
// point named only at a paragraph's end ("Dit betreft punt 4.") covers the whole paragraph.
// Paragraphs that name no point are tied by an ordinal opener series ("Ten tweede …"), by the
// request point's own words, or by the order of a restated request list; failing that they stay
// unmatched, because a wrong outcome is worse than an unanswered point.
import { emptyEvidence, mergeEvidence, summariseOutcome, type PointEvidence } from './aggregate.js';
import { NO_DECISION, classifySentence, type SentenceClassification } from './classify.js';
import { pointByContent } from './content-match.js';
import { extractDecisionDates } from './dates.js';
import { findGroundsInText, groundsFromInterestClauses, groundsFromTopics } from './ground-mentions.js';
import { normaliseLetterText } from './normalise.js';
import { numberPointLabels } from './labels.js';
import { findPointRefs } from './point-refs.js';
import { ordinalOpeners } from './openers.js';
import { alignByOrder, restatesRequestList, type OrphanParagraph } from './order-alignment.js';
import { findReference } from './references.js';
import { restatesRequestPoint } from './restatement.js';
import { SECTION_NAME, segmentLetter, splitSentences, type Block } from './segment.js';
import { fillThemeGaps, themePoints } from './themes.js';
import { readInventory, type InventoryRow } from './tables.js';
import { documentNumbers, groundsOfMentionedDocuments } from './document-refs.js';
import { postponedPoints } from './postponed.js';
import type { DecisionProposal, Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';

/** A paragraph that opens like this continues the previous one's subject. */
const CONTINUES_PREVIOUS = /^(?:deze|dit|die|dat|daarnaast|daarbij|ook|verder|wel|hierbij|hiervoor|hierover|hiervan|daarvoor|daarover|daarvan|het\s+betreft|https?:|www\.)/i;
/** Letter-wide statements that may answer every point at once. */
const WHOLE_REQUEST = /\b(?:alle|gevraagde|verzochte|uw\s+verzoek|geheel|volledig|integraal|de\s+documenten|deze\s+documenten)\b/i;
/** "Alle documenten maak ik openbaar", "De documenten treft u bijgaand aan": about everything disclosed. */
const WHOLE_REQUEST_ONLY = /^\s*(?:alle|de|deze)\s+(?:gevraagde\s+|verzochte\s+)?(?:documenten|stukken)\b/i;
/** A sentence about the request as a whole: never pulled into one point's answer. */
const ABOUT_WHOLE_REQUEST = /(?<!\bdeel\s+van\s+)\b(?:uw|je|jouw|het)\s+(?:gehele\s+)?verzoek\b(?!\s*(?:onderdeel|punt))|\balle\s+(?:gevraagde|verzochte|documenten)\b/i;
/** Sections that explain the law or the procedure to the reader; they decide nothing. */
const BOILERPLATE_SECTION =
  /^(?:wat\s+is\s+de\s+(?:woo|wob|wet)|(?:heb(?:t|\s+je)\s+(?:u\s+|je\s+)?(?:nog\s+)?)?vragen|contact(?:gegevens)?\s*:?$|meer\s+informatie|bezwaar|rechtsmiddel|(?:ben|bent)\s+(?:je|u)\s+het\s+niet\s+eens)/i;
/** Sections that set out the law; they name grounds and outcomes in general, for no point. */
const LEGAL_FRAMEWORK_SECTION = /^(?:\d{1,2}[.)]?\s+)?(?:(?:het\s+)?(?:wettelijk|juridisch)\s+kader|(?:toepasselijke\s+)?wet-?\s*en\s+regelgeving)\s*:?$/i;
/** "Voor de overige punten geldt …": applies to the points nothing else answered. */
const REMAINING_POINTS = /\b(?:overige|resterende|andere|overblijvende)\s+(?:punten|onderdelen|verzoekonderdelen|vragen|deelvragen)\b|\bvoor\s+het\s+overige\b/i;
/** "Zie de inventarislijst hieronder": the paragraph hands its point to the table after it. */
const TABLE_INTRODUCTION =
  /\b(?:zie|in|onderstaande?|volgende|hieronder|hierna)\b[^.;]{0,40}?\b(?:inventaris\w*|lijst|tabel|overzicht)\b|\b(?:inventaris\w*|lijst|tabel|overzicht)\b[^.;]{0,20}?\b(?:hieronder|hierna|onderstaand)/i;
const DOCUMENT_COUNT = /\b(\d{1,4}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\S+\s+)?(?:documenten|document|stukken)\b/i;
const NUMBER_WORDS: Record<string, number> = { één: 1, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 };
const WITHHELD: Outcome[] = ['partial_public', 'not_public'];
const DISCLOSURE: Outcome[] = ['public', ...WITHHELD];

interface Reading {
  byPoint: Map<number, PointEvidence>;
  /** Decision statements tied to no point. */
  letterWide: PointEvidence;
  /** Statements about "the other points". */
  remaining: PointEvidence;
  /** Paragraphs that decide something but were tied to no point, kept apart for aligning by order. */
  orphans: OrphanParagraph[];
  /** Inventory rows tied to no point: used only where the letter's text names their documents. */
  inventory: InventoryRow[];
  /** Document number → the points an inventory's point column gave it. */
  documentPoints: Map<number, number[]>;
  heading: number[] | null;
}

/** Point numbers need not be contiguous; references up to the highest one are valid. */
const highestPoint = (points: RequestPoint[]) => Math.max(0, ...points.map((p) => p.number));

function documentCount(sentence: string): number | undefined {
  const m = DOCUMENT_COUNT.exec(sentence);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return NUMBER_WORDS[word] ?? (Number.isNaN(Number(word)) ? undefined : Number(word));
}

function sentenceEvidence(sentence: string, outcomes: Outcome[], classification: SentenceClassification, crossRefs: number[], grounds: string[]): PointEvidence {
  const evidence = emptyEvidence();
  evidence.outcomes = outcomes;
  evidence.redaction = classification.redaction;
  evidence.outOfScope = classification.outOfScope;
  evidence.crossRefs = crossRefs;
  evidence.grounds = grounds;
  evidence.sentences = [sentence];
  if (outcomes.length > 0 || classification.redaction || classification.outOfScope) evidence.decisive = [sentence];
  else if (crossRefs.length > 0) evidence.pointers = [sentence];
  if (outcomes.length > 0) evidence.documents = documentCount(sentence) ?? 0;
  return evidence;
}

function ensure(reading: Reading, point: number): PointEvidence {
  let evidence = reading.byPoint.get(point);
  if (!evidence) reading.byPoint.set(point, (evidence = emptyEvidence()));
  return evidence;
}

/** Adds a sentence's evidence; document counts stated in prose repeat rather than add up. */
function addTo(reading: Reading, point: number, evidence: PointEvidence): void {
  const target = ensure(reading, point);
  const documents = Math.max(target.documents, evidence.documents);
  mergeEvidence(target, evidence);
  target.documents = documents;
}

/** Reads one sentence; returns the points it names as its subject, to carry to the next sentences. */
function readSentence(reading: Reading, sentence: string, context: number[] | null, points: RequestPoint[], law: ParseOptions['law']): number[] {
  const refs = findPointRefs(sentence, highestPoint(points));
  const classification = restatesRequestPoint(sentence, points) ? NO_DECISION : classifySentence(sentence);
  // "Zie het antwoord bij punt 2" refers to a point, not to other information.
  const outcomes = refs.crossRefs.length > 0 ? classification.outcomes.filter((o) => o !== 'referred') : classification.outcomes;
  const grounds = [...new Set([...findGroundsInText(sentence), ...groundsFromInterestClauses(sentence, law)])];
  const aboutRemainingPoints = refs.subjects.length === 0 && REMAINING_POINTS.test(sentence);
  // "Document 5 bevat bedrijfsgegevens …" after an inventory with a point column: that row's point,
  // when it lies within what the sentence was about anyway.
  const byDocuments = refs.subjects.length > 0 ? [] : [...new Set(documentNumbers(sentence).flatMap((n) => reading.documentPoints.get(n) ?? []))];
  const narrowed = byDocuments.length > 0 && (!context || byDocuments.every((p) => context.includes(p))) ? byDocuments : null;
  const target = refs.subjects.length > 0 ? refs.subjects : aboutRemainingPoints ? null : (narrowed ?? context);

  if (!target) {
    const bucket = aboutRemainingPoints ? reading.remaining : reading.letterWide;
    mergeEvidence(bucket, sentenceEvidence(sentence, outcomes, classification, [], grounds));
    return [];
  }

  const subjectGroups = refs.groups.filter((g) => !g.cross);
  if (subjectGroups.length >= 2 && classification.positions.length >= 2) {
    // "De punten 1 en 2 zijn reeds openbaar, punt 3 is niet aangetroffen": each outcome belongs to
    // the group named before it (or, when it comes first, to the first group).
    for (const { outcome, start } of classification.positions) {
      const group = [...subjectGroups].reverse().find((g) => g.start <= start) ?? subjectGroups[0];
      if (outcome === 'referred' && refs.crossRefs.length > 0) continue;
      for (const point of group.points) addTo(reading, point, sentenceEvidence(sentence, [outcome], classification, refs.crossRefs, grounds));
    }
  } else {
    for (const point of target) addTo(reading, point, sentenceEvidence(sentence, outcomes, classification, refs.crossRefs, grounds));
  }
  return refs.subjects;
}

/**
 * "… Wij lakken die namen. Dit betreft punt 2.": a paragraph that names its point only in its last
 * sentence, as a closing formula or as the sentence's last words, is about that point throughout.
 */
function closingPoints(sentences: string[], highest: number): number[] | null {
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
function newSubjectByWords(sentence: string, points: RequestPoint[]): number | null {
  if (CONTINUES_PREVIOUS.test(sentence) || ABOUT_WHOLE_REQUEST.test(sentence) || findPointRefs(sentence, highestPoint(points)).groups.length > 0) return null;
  if (restatesRequestPoint(sentence, points) || classifySentence(sentence).outcomes.length === 0) return null;
  // The subject stands at the start; words further on ("… zijn bij deze brief gevoegd") say little.
  const opening = sentence.split(/[,;:]/)[0].split(/\s+/).slice(0, 7).join(' ');
  return pointByContent(opening, points);
}

/** Whether a paragraph states a decision (not only restates the request). */
function decides(text: string, points: RequestPoint[]): boolean {
  return splitSentences(text).some((s) => {
    if (restatesRequestPoint(s, points)) return false;
    const c = classifySentence(s);
    return c.outcomes.length > 0 || c.redaction || c.outOfScope;
  });
}

/**
 * The point of an answer paragraph that names none, recognised by the request point's own words in
 * its first sentence: answers open with their subject, while a paragraph that weighs interests for
 * the whole letter may mention one point's documents only in passing.
 */
function pointOfUnlabelledAnswer(text: string, points: RequestPoint[]): number[] | null {
  if (findPointRefs(text, highestPoint(points)).groups.length > 0 || !decides(text, points)) return null;
  const point = pointByContent(splitSentences(text)[0] ?? '', points);
  return point === null ? null : [point];
}

/**
 * Sections titled by subject ("Evaluaties en audits") that open an answer: block index → the
 * points the title stands for. Order fills gaps only between two titles the words settled.
 */
function themeHeadings(blocks: Block[], points: RequestPoint[]): Map<number, number[]> {
  const candidates = blocks.flatMap((b, i) => {
    if (b.kind !== 'section' || SECTION_NAME.test(b.title) || BOILERPLATE_SECTION.test(b.title)) return [];
    const next = blocks[i + 1];
    return next?.kind === 'paragraph' && decides(next.text, points) ? [{ index: i, title: b.title }] : [];
  });
  const settled = candidates.map((c) => themePoints(c.title, points));
  const filled = settled.filter((p) => p !== null).length >= 2 ? fillThemeGaps(settled) : settled;
  return new Map(candidates.flatMap((c, k) => (filled[k] ? [[c.index, filled[k]] as [number, number[]]] : [])));
}

function readBlocks(blocks: Block[], points: RequestPoint[], law: ParseOptions['law']): Reading {
  const reading: Reading = { byPoint: new Map(), letterWide: emptyEvidence(), remaining: emptyEvidence(), orphans: [], inventory: [], documentPoints: new Map(), heading: null };
  let previousParagraphPoints: number[] | null = null;
  let boilerplate = false;
  let section = 0;
  let lastParagraph = '';

  const themes = themeHeadings(blocks, points);
  const openers = ordinalOpeners(blocks.flatMap((b, index) => (b.kind === 'paragraph' ? [{ index, text: b.text }] : [])));

  const readText = (text: string, inherited: number[] | null) => {
    const sentences = splitSentences(text);
    let inline: number[] | null = sentences.length > 0 && CONTINUES_PREVIOUS.test(sentences[0]) ? inherited : null;
    const closing = inline ?? reading.heading ? null : closingPoints(sentences, highestPoint(points));
    sentences.forEach((sentence) => {
      // Outside a heading, a decision that opens a new subject in the words of another request
      // point ("Het validatierapport maken wij niet openbaar") answers that point.
      const byWords = reading.heading || closing ? null : newSubjectByWords(sentence, points);
      if (byWords !== null && !inline?.includes(byWords)) inline = [byWords];
      const context = inline ?? reading.heading ?? (closing && !ABOUT_WHOLE_REQUEST.test(sentence) ? closing : null);
      const subjects = readSentence(reading, sentence, context, points, law);
      if (subjects.length > 0) inline = subjects;
    });
    return inline;
  };

  /** Reads an unlabelled paragraph; when none of it went to a point, it is kept as an orphan. */
  const readOrphanCandidate = (text: string) => {
    const outer = reading.letterWide;
    reading.letterWide = emptyEvidence();
    const tiedSentences = () => [...reading.byPoint.values()].reduce((n, e) => n + e.sentences.length, 0);
    const before = tiedSentences();
    const subjects = readText(text, previousParagraphPoints);
    const after = tiedSentences();
    const own = reading.letterWide;
    reading.letterWide = outer;
    const orphan = before === after && own.decisive.length > 0 && !own.decisive.some((s) => ABOUT_WHOLE_REQUEST.test(s) || WHOLE_REQUEST_ONLY.test(s));
    if (orphan) reading.orphans.push({ evidence: own, section });
    else mergeEvidence(reading.letterWide, own);
    return subjects;
  };

  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'section':
        section++;
        reading.heading = themes.get(i) ?? null;
        previousParagraphPoints = null;
        boilerplate = BOILERPLATE_SECTION.test(block.title) || LEGAL_FRAMEWORK_SECTION.test(block.title);
        break;
      case 'point-heading':
        section++;
        boilerplate = false;
        reading.heading = block.points;
        previousParagraphPoints = block.content ? readText(block.content, null) : null;
        break;
      case 'item': {
        // A run of numbered lines is a list (often the request quoted back); a single numbered
        // line followed by prose is a heading for that prose.
        const inRun = blocks[i - 1]?.kind === 'item' || blocks[i + 1]?.kind === 'item';
        reading.heading = [block.point];
        readText(block.text, null);
        if (inRun) reading.heading = null;
        previousParagraphPoints = null;
        break;
      }
      case 'paragraph': {
        lastParagraph = block.text;
        if (boilerplate) break;
        // Without a heading, a paragraph may still say which point it answers: by an ordinal
        // opener ("Ten tweede …") or by the words of the request point it answers.
        const continues = previousParagraphPoints !== null && CONTINUES_PREVIOUS.test(block.text);
        const own = reading.heading || continues ? null : (openers.has(i) ? [openers.get(i)!] : pointOfUnlabelledAnswer(block.text, points));
        if (own) {
          reading.heading = own;
          previousParagraphPoints = readText(block.text, null) ?? own;
          reading.heading = null;
        } else {
          previousParagraphPoints = readOrphanCandidate(block.text);
        }
        break;
      }
      case 'table': {
        // A numbered inventory belongs to a point only when the letter places it there: right
        // under the point's heading, or after a paragraph about the point that announces the list.
        const before = blocks[i - 1];
        const introduced =
          before?.kind === 'point-heading' || (before?.kind === 'paragraph' && TABLE_INTRODUCTION.test(lastParagraph) && (previousParagraphPoints ?? reading.heading) !== null);
        for (const row of readInventory(block.rows, law, highestPoint(points))) {
          const evidence = emptyEvidence();
          evidence.outcomes = [row.outcome];
          evidence.grounds = row.grounds;
          evidence.decisive = [row.text];
          evidence.sentences = [row.text];
          evidence.documents = 1;
          const named = row.points && row.points.length > 0 ? row.points : row.subject ? themePoints(row.subject, points) : row.points;
          if (named) {
            for (const point of named) mergeEvidence(ensure(reading, point), evidence);
            for (const n of row.documents) reading.documentPoints.set(n, named);
          } else if (row.documents.length > 0 && !introduced) {
            reading.inventory.push(row);
          } else {
            const target = previousParagraphPoints ?? reading.heading;
            if (target) for (const point of target) mergeEvidence(ensure(reading, point), evidence);
            else mergeEvidence(reading.letterWide, evidence);
          }
        }
        break;
      }
    }
  });
  return reading;
}

const isAnswered = (e: PointEvidence | undefined) => !!e && (e.outcomes.length > 0 || e.crossRefs.length > 0 || e.outOfScope);

/** Orphan paragraphs answer the unanswered points in order when that is unambiguous; else they are letter-wide. */
function placeOrphans(reading: Reading, points: RequestPoint[], restated: boolean): void {
  const unanswered = points.filter((p) => !isAnswered(reading.byPoint.get(p.number))).map((p) => p.number);
  const aligned = alignByOrder(reading.orphans, unanswered, restated);
  if (aligned) for (const [point, evidence] of aligned) mergeEvidence(ensure(reading, point), evidence);
  else for (const orphan of reading.orphans) mergeEvidence(reading.letterWide, orphan.evidence);
}

/** Letter-wide and "other points" statements go to the points nothing else answered; what is left is unmatched. */
function applyLetterWideStatements(reading: Reading, points: RequestPoint[]): string[] {
  const unanswered = points.filter((p) => !isAnswered(reading.byPoint.get(p.number))).map((p) => p.number);
  if (reading.remaining.outcomes.length > 0) {
    for (const n of unanswered) mergeEvidence(ensure(reading, n), reading.remaining);
  }
  const wide = reading.letterWide;
  const nothingSpecific = points.every((p) => !isAnswered(reading.byPoint.get(p.number)));
  // Only a letter that answers the request at once says one kind of thing: disclosure (with or
  // without withheld parts), or already public, or nothing found. Several kinds of answer with no
  // point named mean the letter has a structure this parser did not follow; then a wrong outcome
  // on every point is worse than leaving them unanswered with the sentences shown as unmatched.
  const kinds = new Set(wide.outcomes.map((o) => (DISCLOSURE.includes(o) ? 'disclosure' : o)));
  const answersAll = (wide.decisive.some((s) => WHOLE_REQUEST.test(s) || s.includes(' | ')) && kinds.size === 1) || points.length === 1;
  if (nothingSpecific && answersAll && wide.outcomes.length > 0) {
    for (const p of points) mergeEvidence(ensure(reading, p.number), wide);
    return [];
  }
  return wide.decisive;
}

interface Summary {
  outcome: Outcome;
  alsoOutcomes: Outcome[];
  evidence: PointEvidence;
}

/** A point answered only by "zie punt 2" takes point 2's answer, or becomes `referred` when that point has none. */
function resolvePoint(point: number, summaries: Map<number, Summary | null>, reading: Reading, seen: number[] = []): Summary | null {
  const own = summaries.get(point);
  if (own) return own;
  const evidence = reading.byPoint.get(point);
  for (const other of evidence?.crossRefs ?? []) {
    if (seen.includes(other) || other === point) continue;
    const resolved = resolvePoint(other, summaries, reading, [...seen, point]);
    if (resolved) return resolved;
  }
  return null;
}

export function parseDecision(text: string, points: RequestPoint[], opts: ParseOptions): DecisionProposal {
  const clean = numberPointLabels(normaliseLetterText(text));
  const ordered = [...points].sort((a, b) => a.number - b.number);
  const blocks = segmentLetter(clean, highestPoint(ordered));
  const sentences = blocks.flatMap((b) => (b.kind === 'paragraph' ? splitSentences(b.text) : b.kind === 'item' ? [b.text] : []));
  const reading = readBlocks(blocks, ordered, opts.law);
  // Points left for a later decision stay unanswered here, and take no letter-wide statement.
  const postponed = postponedPoints(sentences, highestPoint(ordered));
  postponed.forEach((p) => reading.byPoint.delete(p));
  const decidedNow = ordered.filter((p) => !postponed.has(p.number));
  placeOrphans(reading, decidedNow, restatesRequestList(blocks, ordered.map((p) => p.number)));
  const unmatched = applyLetterWideStatements(reading, decidedNow);

  const summaries = new Map<number, Summary | null>();
  for (const p of ordered) {
    const evidence = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = summariseOutcome(evidence);
    if (summary && WITHHELD.some((o) => o === summary.outcome || summary.alsoOutcomes.includes(o)) && evidence.grounds.length === 0) {
      // A point whose sentences name only the interest ("persoonsgegevens") gets that ground; else
      // grounds explained once for the whole letter apply to every point where something was withheld.
      // Failing that, the inventory rows of the documents its sentences name.
      const byDocuments = groundsOfMentionedDocuments(evidence.sentences, reading.inventory);
      const byTopic = groundsFromTopics(evidence.sentences.join(' '), opts.law);
      evidence.grounds = byDocuments.length > 0 ? byDocuments : byTopic.length > 0 ? byTopic : [...reading.letterWide.grounds];
    }
    summaries.set(p.number, summary ? { ...summary, evidence } : null);
  }

  const proposed: ProposedPoint[] = ordered.map((p) => {
    const own = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = resolvePoint(p.number, summaries, reading);
    const evidenceText = (own.decisive.length > 0 ? own.decisive : own.pointers).join(' ').slice(0, 4000);
    if (!summary) {
      const pointedTo = own.crossRefs[0];
      if (pointedTo === undefined) return { point: p.number, outcome: 'unanswered', evidence: '', grounds: [] };
      return { point: p.number, outcome: 'referred', evidence: evidenceText, reference: `punt ${pointedTo}`, grounds: [] };
    }
    const { outcome, alsoOutcomes, evidence } = summary;
    const keepsGrounds = WITHHELD.some((o) => o === outcome || alsoOutcomes.includes(o));
    const reference = findReference([...own.sentences, ...evidence.sentences], outcome);
    return {
      point: p.number,
      outcome,
      evidence: evidenceText,
      ...(reference ? { reference } : {}),
      grounds: keepsGrounds ? evidence.grounds : [],
      ...(evidence.documents > 0 ? { documents: evidence.documents } : {}),
      ...(alsoOutcomes.length > 0 ? { alsoOutcomes } : {}),
    };
  });

  return { points: proposed, dates: extractDecisionDates(clean, sentences), unmatched };
}
