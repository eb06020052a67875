// The ground a letter is reasoning about at a given sentence. Dutch decision letters explain one
// ground at a time ("Op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob blijft
// verstrekking van informatie achterwege voor zover …"), often under a heading that names it ("De
// eerbiediging van de persoonlijke levenssfeer"), and then apply it in words that cite nothing
// ("Deze gegevens maak ik niet openbaar"). The trail keeps the ground last explained so that such a
// sentence gets it; a new section or point heading ends it, as does a sentence about other points.
import type { Law } from '../grounds.js';
import { findGroundsInText, groundsFromInterestClauses, groundsFromTopics, groundsNamedByTitle } from './ground-mentions.js';

export interface GroundTrail {
  /** The grounds last explained or named by a heading. */
  current: string[];
  /**
   * Whether the letter is reasoning per ground here: under a heading that names a ground, or in
   * paragraphs that open by setting one out. What is said there is about documents and interests,
   * not about a request point, unless it names the point.
   */
  section: boolean;
  /** The points the sentences were about when `current` was set ('' for none). */
  context: string;
}

export const newGroundTrail = (): GroundTrail => ({ current: [], section: false, context: '' });

/** A heading starts a new stretch of reasoning: the grounds it names, or none. */
export function startSection(trail: GroundTrail, title: string, law: Law): void {
  trail.current = groundsNamedByTitle(title, law);
  trail.section = trail.current.length > 0;
  trail.context = '';
}

/**
 * "Het voorkomen van onevenredige bevoordeling of benadeling" on a line of its own, too long for a
 * section title: a heading all the same when it names a ground and ends in no full stop.
 */
export function paragraphHeading(trail: GroundTrail, text: string, law: Law): boolean {
  const t = text.trim();
  if (/[.;:!?]$/.test(t) || t.split(/\s+/).length > 16 || !/^\p{Lu}/u.test(t)) return false;
  const named = groundsNamedByTitle(t, law);
  if (named.length === 0) return false;
  trail.current = named;
  trail.section = true;
  trail.context = '';
  return true;
}

/** A paragraph that opens by setting out one ground starts the reasoning on it. */
export function opensGroundReasoning(trail: GroundTrail, firstSentence: string): void {
  const states = findGroundsInText(firstSentence).length > 0 && STATES_GROUND.test(firstSentence) && !GENERAL_LAW.test(firstSentence);
  if (states || groundTitleRunIn(firstSentence) !== null) trail.section = true;
}

/**
 * "Het belang van inspectie, controle en toezicht door bestuursorganen (artikel 10, tweede lid,
 * onder d, van de Wob) Bij …": a heading run into its paragraph, naming the interest in the law's
 * words and citing the article in brackets. Not a sentence that gives a reason in brackets.
 */
const TITLE_WITH_CITATION = /^\s*(\p{Lu}[^.:;()]{3,140})\(\s*(?:artikel|art\.)[^)]*\)/u;

function groundTitleRunIn(text: string): string | null {
  const m = TITLE_WITH_CITATION.exec(text);
  if (!m || m[1].trim().split(/\s+/).length > 16 || findGroundsInText(m[0]).length === 0 || groundsFromTopics(m[1], 'woo').length === 0) return null;
  return m[0];
}

/** A paragraph without the ground heading run into its start: what the paragraph itself opens with. */
export function withoutGroundTitle(text: string): string {
  const title = groundTitleRunIn(text);
  return title === null ? text : text.slice(title.length).trim();
}

/** "Hierbij wordt getoetst aan de artikelen 10 en 11": the law in general, no ground being reasoned. */
const GENERAL_LAW = /\bgetoetst\s+aan\b|\bmet\s+inachtneming\s+van\b|\bin\s+welke\s+gevallen\b|\b(?:uitzonderings|weigerings)gronden\b|\bzie\s+bijlage\b/i;

/** Words that withhold something: the sentence applies a ground, whether or not it cites one. */
export const WITHHOLDS =
  /\bniet\s+(?:\S+\s+){0,3}?(?:openbaar|verstrekt|verstrekken|verspreid|geopenbaard|vrijgegeven|gegeven)\b|\bonleesbaar\b|\bgelakt\b|\bzwart(?:gelakt|gemaakt)?\b|\bweggelaten\b|\bverwijderd\b|\bgeanonimiseerd\b|\bweiger(?!ingsgrond)|\bgeweigerd\b|\bachterwege\b|\bafgeschermd\b|\bonthouden\b/i;
/** "persoonlijke beleidsopvattingen worden niet meer onleesbaar gemaakt": nothing withheld. */
export const NOT_WITHHELD = /\bniet\s+(?:meer\s+)?(?:onleesbaar|gelakt|zwart|weggelakt|weggelaten|geanonimiseerd|verwijderd)\b/i;

export const withholds = (sentence: string) => WITHHOLDS.test(sentence) && !NOT_WITHHELD.test(sentence);

/** General explanations of the law: "Hierbij wordt getoetst aan de artikelen 10 en 11 van de Wob". */
const EXPLAINS_LAW = /\bwaarin\s+is\s+aangegeven\b|\bbepaalt\s+dat\b|\bluidt\b|\bkan\s+(?:worden\s+)?(?:geweigerd|achterwege)\b/i;

/** Whether the grounds a sentence cites are applied there, not set out as the law in general. */
export const appliesGrounds = (sentence: string) => !EXPLAINS_LAW.test(sentence) && !GENERAL_LAW.test(sentence);

/** "Op grond van artikel 10, tweede lid, onder e, van de Wob blijft verstrekking … achterwege voor zover …": one ground set out. */
const STATES_GROUND = /\bblijft\b[^.]*\bachterwege\b|\bbepaalt\b|\bluidt\b|^\s*(?:ingevolge|op\s+grond\s+van|gelet\s+op)\s+(?:het\s+bepaalde\s+in\s+)?artikel\b/i;

export interface SentenceGrounds {
  /** Grounds the sentence cites itself (articles, or an interest named as the reason). */
  cited: string[];
  /** The trail's grounds, for a sentence that withholds without citing or naming a ground. */
  carried: string[];
}

/**
 * Reads one sentence against the trail: what it cites, and what it carries from the reasoning
 * before it. `context` is the points the sentence is about (null: none); a sentence about other
 * points than the one a sentence explained the ground for carries nothing.
 */
export function readSentenceGrounds(trail: GroundTrail, sentence: string, law: Law, context: number[] | null = null): SentenceGrounds {
  const cited = [...new Set([...findGroundsInText(sentence), ...groundsFromInterestClauses(sentence, law)])];
  const key = context ? [...context].sort((a, b) => a - b).join(',') : '';
  if (cited.length > 0 && cited.length <= 3 && !GENERAL_LAW.test(sentence)) {
    trail.current = cited;
    trail.context = key;
  }
  // A heading's ground holds for whatever its paragraphs are about; a sentence's only for its points.
  const sameSubject = trail.context === '' || trail.context === key;
  const carries = cited.length === 0 && sameSubject && withholds(sentence) && groundsFromTopics(sentence, law).length === 0;
  return { cited, carried: carries ? [...trail.current] : [] };
}
