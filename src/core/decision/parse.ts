// parseDecision: reads a decision letter and proposes, per request point, the outcome, the
// sentences it rests on, the refusal grounds and any reference; plus the letter's dates.
// Which point a sentence is about follows how letters are written: a heading ("Ad 6") holds
// until the next heading; a sentence naming points ("De punten 2, 3 en 7 …") holds for the rest of
// its paragraph, and for the next paragraph when that one plainly continues ("Deze …", a URL).
import { emptyEvidence, mergeEvidence, summariseOutcome, type PointEvidence } from './aggregate.js';
import { classifySentence } from './classify.js';
import { extractDecisionDates } from './dates.js';
import { findGroundsInText, groundsFromTopics } from './ground-mentions.js';
import { normaliseLetterText } from './normalise.js';
import { numberPointLabels } from './labels.js';
import { findPointRefs } from './point-refs.js';
import { findReference } from './references.js';
import { restatesRequestPoint } from './restatement.js';
import { segmentLetter, splitSentences, type Block } from './segment.js';
import { readInventory } from './tables.js';
import type { DecisionProposal, Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';

/** A paragraph that opens like this continues the previous one's subject. */
const CONTINUES_PREVIOUS = /^(?:deze|dit|die|dat|daarnaast|daarbij|ook|verder|wel|hierbij|hiervoor|hierover|hiervan|daarvoor|daarover|daarvan|het\s+betreft|https?:|www\.)/i;
/** Letter-wide statements that may answer every point at once. */
const WHOLE_REQUEST = /\b(?:alle|gevraagde|verzochte|uw\s+verzoek|geheel|volledig|integraal|de\s+documenten|deze\s+documenten)\b/i;
/** "Voor de overige punten geldt …": applies to the points nothing else answered. */
const REMAINING_POINTS = /\b(?:overige|resterende|andere|overblijvende)\s+(?:punten|onderdelen|verzoekonderdelen|vragen|deelvragen)\b|\bvoor\s+het\s+overige\b/i;
const DOCUMENT_COUNT = /\b(\d{1,4}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\S+\s+)?(?:documenten|document|stukken)\b/i;
const NUMBER_WORDS: Record<string, number> = { één: 1, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 };
const WITHHELD: Outcome[] = ['partial_public', 'not_public'];

interface Reading {
  byPoint: Map<number, PointEvidence>;
  /** Decision statements tied to no point. */
  letterWide: PointEvidence;
  /** Statements about "the other points". */
  remaining: PointEvidence;
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

function sentenceEvidence(sentence: string, outcomes: Outcome[], redaction: boolean, crossRefs: number[], grounds: string[]): PointEvidence {
  const evidence = emptyEvidence();
  evidence.outcomes = outcomes;
  evidence.redaction = redaction;
  evidence.crossRefs = crossRefs;
  evidence.grounds = grounds;
  evidence.sentences = [sentence];
  if (outcomes.length > 0 || redaction) evidence.decisive = [sentence];
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
function readSentence(reading: Reading, sentence: string, context: number[] | null, points: RequestPoint[]): number[] {
  const refs = findPointRefs(sentence, highestPoint(points));
  const classification = restatesRequestPoint(sentence, points) ? { outcomes: [], positions: [], redaction: false } : classifySentence(sentence);
  // "Zie het antwoord bij punt 2" refers to a point, not to other information.
  const outcomes = refs.crossRefs.length > 0 ? classification.outcomes.filter((o) => o !== 'referred') : classification.outcomes;
  const grounds = findGroundsInText(sentence);
  const aboutRemainingPoints = refs.subjects.length === 0 && REMAINING_POINTS.test(sentence);
  const target = refs.subjects.length > 0 ? refs.subjects : aboutRemainingPoints ? null : context;

  if (!target) {
    const bucket = aboutRemainingPoints ? reading.remaining : reading.letterWide;
    mergeEvidence(bucket, sentenceEvidence(sentence, outcomes, classification.redaction, [], grounds));
    return [];
  }

  const subjectGroups = refs.groups.filter((g) => !g.cross);
  if (subjectGroups.length >= 2 && classification.positions.length >= 2) {
    // "De punten 1 en 2 zijn reeds openbaar, punt 3 is niet aangetroffen": each outcome belongs to
    // the group named before it (or, when it comes first, to the first group).
    for (const { outcome, start } of classification.positions) {
      const group = [...subjectGroups].reverse().find((g) => g.start <= start) ?? subjectGroups[0];
      if (outcome === 'referred' && refs.crossRefs.length > 0) continue;
      for (const point of group.points) addTo(reading, point, sentenceEvidence(sentence, [outcome], classification.redaction, refs.crossRefs, grounds));
    }
  } else {
    for (const point of target) addTo(reading, point, sentenceEvidence(sentence, outcomes, classification.redaction, refs.crossRefs, grounds));
  }
  return refs.subjects;
}

function readBlocks(blocks: Block[], points: RequestPoint[], law: ParseOptions['law']): Reading {
  const reading: Reading = { byPoint: new Map(), letterWide: emptyEvidence(), remaining: emptyEvidence(), heading: null };
  let previousParagraphPoints: number[] | null = null;

  const readText = (text: string, inherited: number[] | null) => {
    let inline: number[] | null = null;
    splitSentences(text).forEach((sentence, i) => {
      if (i === 0 && CONTINUES_PREVIOUS.test(sentence)) inline = inherited;
      const subjects = readSentence(reading, sentence, inline ?? reading.heading, points);
      if (subjects.length > 0) inline = subjects;
    });
    return inline;
  };

  blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'section':
        reading.heading = null;
        previousParagraphPoints = null;
        break;
      case 'point-heading':
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
      case 'paragraph':
        previousParagraphPoints = readText(block.text, previousParagraphPoints);
        break;
      case 'table':
        for (const row of readInventory(block.rows, law, highestPoint(points))) {
          const evidence = emptyEvidence();
          evidence.outcomes = [row.outcome];
          evidence.grounds = row.grounds;
          evidence.decisive = [row.text];
          evidence.sentences = [row.text];
          evidence.documents = 1;
          const target = row.points ?? previousParagraphPoints ?? reading.heading;
          if (target) for (const point of target) mergeEvidence(ensure(reading, point), evidence);
          else mergeEvidence(reading.letterWide, evidence);
        }
        break;
    }
  });
  return reading;
}

const isAnswered = (e: PointEvidence | undefined) => !!e && (e.outcomes.length > 0 || e.crossRefs.length > 0);

/** Letter-wide and "other points" statements go to the points nothing else answered; what is left is unmatched. */
function applyLetterWideStatements(reading: Reading, points: RequestPoint[]): string[] {
  const unanswered = points.filter((p) => !isAnswered(reading.byPoint.get(p.number))).map((p) => p.number);
  if (reading.remaining.outcomes.length > 0) {
    for (const n of unanswered) mergeEvidence(ensure(reading, n), reading.remaining);
  }
  const wide = reading.letterWide;
  const nothingSpecific = points.every((p) => !isAnswered(reading.byPoint.get(p.number)));
  const answersAll = wide.decisive.some((s) => WHOLE_REQUEST.test(s) || s.includes(' | ')) || points.length === 1;
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
  const reading = readBlocks(blocks, ordered, opts.law);
  const unmatched = applyLetterWideStatements(reading, ordered);

  const summaries = new Map<number, Summary | null>();
  for (const p of ordered) {
    const evidence = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = summariseOutcome(evidence);
    if (summary && WITHHELD.some((o) => o === summary.outcome || summary.alsoOutcomes.includes(o)) && evidence.grounds.length === 0) {
      // A point whose sentences name only the interest ("persoonsgegevens") gets that ground; else
      // grounds explained once for the whole letter apply to every point where something was withheld.
      const byTopic = groundsFromTopics(evidence.sentences.join(' '), opts.law);
      evidence.grounds = byTopic.length > 0 ? byTopic : [...reading.letterWide.grounds];
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

  const sentences = blocks.flatMap((b) => (b.kind === 'paragraph' ? splitSentences(b.text) : b.kind === 'item' ? [b.text] : []));
  return { points: proposed, dates: extractDecisionDates(clean, sentences), unmatched };
}
