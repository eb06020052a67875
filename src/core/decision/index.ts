// Public surface of the decision-letter parser.
export { parseDecision } from './parse.js';
export type { DecisionDates, DecisionProposal, Law, Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';
