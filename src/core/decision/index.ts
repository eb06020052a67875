// Public surface of the decision-letter parser.
export { parseDecision } from './parse.js';
export type { DecisionDates, DecisionProposal, DocumentAssessment, Law, LedgerDocument, Outcome, OutcomeSource, ParseOptions, ProposedPoint, RequestPoint, UnplacedSentence } from './types.js';
