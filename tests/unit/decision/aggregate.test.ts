import { describe, expect, it } from 'vitest';
import { emptyEvidence, summariseOutcome, type PointEvidence } from '../../../src/core/decision/aggregate.js';

const evidence = (over: Partial<PointEvidence>): PointEvidence => ({ ...emptyEvidence(), ...over });

describe('summariseOutcome', () => {
  it('has nothing to say about a point without outcomes', () => {
    expect(summariseOutcome(emptyEvidence())).toBeNull();
  });

  it('makes disclosure plus refusal partial_public and keeps both', () => {
    expect(summariseOutcome(evidence({ outcomes: ['public', 'not_public'] }))).toEqual({ outcome: 'partial_public', alsoOutcomes: ['public', 'not_public'] });
  });

  it('treats a disclosure with blacked-out passages or cited grounds as partial', () => {
    expect(summariseOutcome(evidence({ outcomes: ['public'], redaction: true }))).toEqual({ outcome: 'partial_public', alsoOutcomes: [] });
    expect(summariseOutcome(evidence({ outcomes: ['public'], grounds: ['5.1.2e'] }))).toEqual({ outcome: 'partial_public', alsoOutcomes: [] });
  });

  it('prefers what was decided over what was not found or referred to', () => {
    expect(summariseOutcome(evidence({ outcomes: ['nothing_found', 'already_public'] }))?.outcome).toBe('already_public');
    expect(summariseOutcome(evidence({ outcomes: ['nothing_found', 'forwarded'] }))?.outcome).toBe('forwarded');
    expect(summariseOutcome(evidence({ outcomes: ['referred', 'nothing_found'] }))).toEqual({ outcome: 'nothing_found', alsoOutcomes: ['referred'] });
  });
});
