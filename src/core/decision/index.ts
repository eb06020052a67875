// Public surface of the decision-letter parser.
export { parseDecision } from './parse.js';
export { readLetterStructure } from './structure.js';
export type {
  DecisionDates,
  DecisionProposal,
  DocumentAssessment,
  Law,
  LedgerDocument,
  LetterPart,
  Outcome,
  OutcomeSource,
  ParseOptions,
  ProposedPoint,
  RequestPoint,
  UnplacedSentence,
} from './types.js';
