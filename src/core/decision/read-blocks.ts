// The walk through a letter's blocks: which point each paragraph, list item and table row speaks
// of. A heading ("Ad 6") holds until the next heading; a sentence naming points ("De punten 2, 3
// en 7 …") holds for the rest of its paragraph, and for the next paragraph when that one plainly
// continues ("Deze …", a URL); a point named only at a paragraph's end ("Dit betreft punt 4.")
// covers the whole paragraph. Paragraphs that name no point are tied by an ordinal opener series
// ("Ten tweede …") or by the request point's own words; failing that they are kept as orphans.
import { emptyEvidence, mergeEvidence } from './aggregate.js';
import { ordinalOpeners } from './openers.js';
import { readSentence } from './read-sentence.js';
import { highestPoint, newReading, type Reading } from './reading.js';
import { SECTION_NAME, splitSentences, type Block } from './segment.js';
import {
  ABOUT_WHOLE_REQUEST,
  BOILERPLATE_SECTION,
  CONTINUES_PREVIOUS,
  closingPoints,
  newSubjectByWords,
  pointOfUnlabelledAnswer,
  themeHeadings,
} from './subjects.js';
import { readTable } from './read-table.js';
import { newGroundTrail, opensGroundReasoning, paragraphHeading, startSection, withoutGroundTitle } from './ground-trail.js';
import type { ParseOptions, RequestPoint } from './types.js';

/** "Alle documenten maak ik openbaar", "De documenten treft u bijgaand aan": about everything disclosed. */
const WHOLE_REQUEST_ONLY = /^\s*(?:alle|de|deze)\s+(?:gevraagde\s+|verzochte\s+)?(?:documenten|stukken)\b/i;
/** Sections that set out the law; they name grounds and outcomes in general, for no point. */
const LEGAL_FRAMEWORK_SECTION = /^(?:\d{1,2}[.)]?\s+)?(?:(?:het\s+)?(?:wettelijk|juridisch)\s+kader|(?:toepasselijke\s+)?wet-?\s*en\s+regelgeving)\s*:?$/i;
/** "Zie de inventarislijst hieronder": the paragraph hands its point to the table after it. */
const TABLE_INTRODUCTION =
  /\b(?:zie|in|onderstaande?|volgende|hieronder|hierna)\b[^.;]{0,40}?\b(?:inventaris\w*|lijst|tabel|overzicht)\b|\b(?:inventaris\w*|lijst|tabel|overzicht)\b[^.;]{0,20}?\b(?:hieronder|hierna|onderstaand)/i;

export function readBlocks(blocks: Block[], points: RequestPoint[], law: ParseOptions['law']): Reading {
  const reading = newReading();
  let previousParagraphPoints: number[] | null = null;
  let boilerplate = false;
  let section = 0;
  let lastParagraph = '';
  let underPointHeading = false;

  const themes = themeHeadings(blocks, points);
  const openers = ordinalOpeners(blocks.flatMap((b, index) => (b.kind === 'paragraph' ? [{ index, text: b.text }] : [])));

  /** `opening`: the point the paragraph's start was recognised as answering; later sentences may move on. */
  const readText = (text: string, inherited: number[] | null, opening: number[] | null = null) => {
    const sentences = splitSentences(text);
    let inline: number[] | null = opening ?? (sentences.length > 0 && CONTINUES_PREVIOUS.test(sentences[0]) ? inherited : null);
    const closing = inline ?? reading.heading ? null : closingPoints(sentences, highestPoint(points));
    sentences.forEach((sentence) => {
      // Outside a heading, a decision that opens a new subject in the words of another request
      // point ("Het validatierapport maken wij niet openbaar") answers that point.
      const byWords = reading.heading || closing || reading.groundTrail.section ? null : newSubjectByWords(sentence, points);
      if (byWords !== null && !inline?.includes(byWords)) inline = [byWords];
      const context = inline ?? reading.heading ?? (closing && !ABOUT_WHOLE_REQUEST.test(sentence) ? closing : null);
      const subjects = readSentence(reading, sentence, context, points, law);
      const named = subjects.length > 0 ? subjects : inline ?? (reading.heading && reading.headingNamed ? reading.heading : null) ?? (reading.heading ? null : closing);
      named?.forEach((p) => reading.named.add(p));
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
        // Under "Onderdeel 3", a short line that names no section of a letter ("WOB 2", a quoted
        // label) goes on about that point; a letter's own section ("Overwegingen") ends it.
        if (underPointHeading && !themes.has(i) && !SECTION_NAME.test(block.title) && !BOILERPLATE_SECTION.test(block.title) && !LEGAL_FRAMEWORK_SECTION.test(block.title)) break;
        underPointHeading = false;
        reading.heading = themes.get(i) ?? null;
        reading.headingNamed = true;
        previousParagraphPoints = null;
        boilerplate = BOILERPLATE_SECTION.test(block.title) || LEGAL_FRAMEWORK_SECTION.test(block.title);
        startSection(reading.groundTrail, block.title, law);
        break;
      case 'point-heading':
        section++;
        underPointHeading = true;
        boilerplate = false;
        reading.heading = block.points;
        reading.headingNamed = true;
        reading.groundTrail = newGroundTrail();
        previousParagraphPoints = block.content ? readText(block.content, null) : null;
        break;
      case 'item': {
        // A run of numbered lines is a list (often the request quoted back); a single numbered
        // line followed by prose is a heading for that prose.
        const inRun = blocks[i - 1]?.kind === 'item' || blocks[i + 1]?.kind === 'item';
        reading.heading = [block.point];
        reading.headingNamed = false;
        reading.groundTrail = newGroundTrail();
        readText(block.text, null);
        if (inRun) reading.heading = null;
        previousParagraphPoints = null;
        break;
      }
      case 'paragraph': {
        lastParagraph = block.text;
        if (boilerplate || paragraphHeading(reading.groundTrail, block.text, law)) break;
        opensGroundReasoning(reading.groundTrail, splitSentences(block.text)[0] ?? '');
        // Without a heading, a paragraph may still say which point it answers: by an ordinal
        // opener ("Ten tweede …") or by the words of the request point it answers.
        const continues = previousParagraphPoints !== null && CONTINUES_PREVIOUS.test(block.text);
        const byContent = pointOfUnlabelledAnswer(withoutGroundTitle(block.text), points, reading.groundTrail.section);
        const own = reading.heading || continues ? null : (openers.has(i) ? [openers.get(i)!] : byContent);
        if (own) {
          // Not a heading: an e-mail answers point after point in one paragraph, each sentence
          // opening with the next point's words, so a later sentence may take another point.
          previousParagraphPoints = readText(block.text, null, own) ?? own;
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
        readTable(reading, block.rows, points, law, introduced, previousParagraphPoints ?? reading.heading);
        break;
      }
    }
  });
  return reading;
}
