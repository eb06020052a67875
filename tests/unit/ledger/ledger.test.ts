// The document ledger: deriving a point's outcome from its documents, and storing it with the decision.
import { describe, expect, it } from 'vitest';
import { applyLedger, outcomeOfDocuments, outcomesByPoint } from '../../../src/core/ledger.js';
import type { DecisionProposal } from '../../../src/core/decision/index.js';
import { requestSchema } from '../../../src/core/schema/request.js';
import type { LedgerDocument } from '../../../src/core/schema/document.js';

const doc = (number: string, assessment: LedgerDocument['assessment'], grounds: string[] = [], points?: number[]): LedgerDocument => ({ number, assessment, grounds, ...(points ? { points } : {}) });

describe('outcomeOfDocuments', () => {
  it.each([
    [[doc('1', 'public'), doc('2', 'public')], 'public', []],
    [[doc('1', 'public'), doc('2', 'already_public')], 'public', []],
    [[doc('1', 'already_public'), doc('2', 'already_public')], 'already_public', []],
    [[doc('1', 'not_public', ['5.1.2e']), doc('2', 'not_public', ['5.2.1'])], 'not_public', ['5.1.2e', '5.2.1']],
    [[doc('1', 'public'), doc('2', 'not_public', ['5.1.2i'])], 'partial_public', ['5.1.2i']],
    [[doc('1', 'partial_public', ['5.1.2e'])], 'partial_public', ['5.1.2e']],
    [[doc('1', 'already_public'), doc('2', 'partial_public', ['5.1.2e']), doc('3', 'not_public', ['5.1.2e', '5.1.2i'])], 'partial_public', ['5.1.2e', '5.1.2i']],
  ] as const)('%j → %s', (docs, outcome, grounds) => {
    expect(outcomeOfDocuments(docs as unknown as LedgerDocument[])).toEqual({ outcome, grounds, documents: docs.length });
  });

  it('gives nothing for no documents', () => {
    expect(outcomeOfDocuments([])).toBeNull();
  });

  it('keeps no grounds when nothing was withheld, even if a row named one', () => {
    expect(outcomeOfDocuments([doc('1', 'public', ['5.1.2e'])])?.grounds).toEqual([]);
  });
});

describe('outcomesByPoint', () => {
  it('derives each point from the documents tied to it, and ignores documents without a point', () => {
    const byPoint = outcomesByPoint([doc('1', 'public', [], [1]), doc('2', 'not_public', ['5.1.2e'], [1, 2]), doc('3', 'public'), doc('4', 'already_public', [], [3])]);
    expect([...byPoint.keys()]).toEqual([1, 2, 3]);
    expect(byPoint.get(1)).toEqual({ outcome: 'partial_public', grounds: ['5.1.2e'], documents: 2 });
    expect(byPoint.get(2)).toEqual({ outcome: 'not_public', grounds: ['5.1.2e'], documents: 1 });
    expect(byPoint.get(3)).toEqual({ outcome: 'already_public', grounds: [], documents: 1 });
  });
});

describe('the ledger in the request file', () => {
  const base = {
    schemaVersion: 1, id: '2026-001-x', title: 'X', template: 'vrij', created: '2026-01-05', body: { name: 'Gemeente X' }, requester: {}, subject: 'x',
    points: [{ number: 1, text: 'Het plan' }],
    events: [{ id: 'e1', type: 'received', date: '2026-01-05', recorded: '2026-01-05' }, { id: 'e2', type: 'decided', date: '2026-02-01', recorded: '2026-02-02' }],
  };

  it('reads an old file without a ledger, and keeps a ledger through a round trip', () => {
    expect(requestSchema.parse(base).events[1].documents).toBeUndefined();
    const documents = [{ number: '2a', date: '2025-03-04', description: 'E-mail over het plan', assessment: 'partial_public', grounds: ['5.1.2e'], points: [1], evidence: '2a | 04-03-2025 | E-mail | deels openbaar | 5.1.2e' }];
    const withLedger = { ...base, events: [base.events[0], { ...base.events[1], documents }] };
    const parsed = requestSchema.parse(JSON.parse(JSON.stringify(requestSchema.parse(withLedger))));
    expect(parsed.events[1].documents).toEqual(documents);
  });

  it('refuses an assessment outside the government vocabulary and an impossible date', () => {
    const bad = (d: object) => requestSchema.safeParse({ ...base, events: [base.events[0], { ...base.events[1], documents: [{ number: '1', grounds: [], ...d }] }] }).success;
    expect(bad({ assessment: 'misschien' })).toBe(false);
    expect(bad({ assessment: 'public', date: '2025-02-30' })).toBe(false);
    expect(bad({ assessment: 'public' })).toBe(true);
  });
});

describe('applyLedger', () => {
  const proposal = (points: DecisionProposal['points']): DecisionProposal => ({ points, dates: {}, unmatched: [], documents: [], unplaced: [] });

  it('lets the documents decide their points, drops a suggested split there, and says where the letter disagreed', () => {
    const { proposal: p, notes } = applyLedger(
      proposal([
        { point: 1, outcome: 'public', evidence: 'Ik maak de documenten openbaar.', grounds: [], alsoOutcomes: ['not_public'], source: 'own' },
        { point: 2, outcome: 'unanswered', evidence: '', grounds: [] },
        { point: 3, outcome: 'nothing_found', evidence: 'Niet aangetroffen.', grounds: [], source: 'own' },
      ]),
      [doc('1', 'partial_public', ['5.1.2e'], [1]), doc('2', 'partial_public', ['5.1.2e'], [1]), doc('3', 'public', [], [1]), doc('4', 'already_public', [], [2])],
      [1, 2, 3],
    );
    expect(p.points[0]).toEqual({ point: 1, outcome: 'partial_public', grounds: ['5.1.2e'], documents: 3, source: 'documents', evidence: 'Inventarislijst, documenten 1, 2 en 3: deels openbaar (5.1.2e): 1 en 2; openbaar: 3.' });
    expect(p.points[1]).toMatchObject({ outcome: 'already_public', source: 'documents' });
    expect(p.points[2]).toMatchObject({ outcome: 'nothing_found', source: 'own' });
    expect(p.documents).toHaveLength(4);
    expect(notes).toEqual(['Punt 1: de brief zegt "openbaar gemaakt", de inventarislijst "deels openbaar" (documenten 1, 2 en 3); het voorstel volgt de inventarislijst.']);
  });

  it('ties every document to the only point of a one-point request', () => {
    const { proposal: p } = applyLedger(proposal([{ point: 1, outcome: 'unanswered', evidence: '', grounds: [] }]), [doc('1', 'not_public', ['5.1.2i']), doc('2', 'not_public', ['5.1.2i'])], [1]);
    expect(p.points[0]).toMatchObject({ outcome: 'not_public', grounds: ['5.1.2i'], documents: 2 });
    expect(p.documents.every((d) => d.points?.[0] === 1)).toBe(true);
  });
});
