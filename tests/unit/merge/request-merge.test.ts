import { describe, expect, it } from 'vitest';
import { mergeRequestVersions } from '../../../src/core/merge/request-merge.js';
import type { Json } from '../../../src/core/merge/three-way.js';
import { nextEventId, resolveEventId } from '../../../src/core/event-id.js';

const base = {
  id: 'r1',
  title: 'CAS',
  clauses: ['inventaris'],
  points: [{ number: 1, text: 'Punt een' }, { number: 2, text: 'Punt twee' }],
  events: [{ id: 'e1-aaaa', type: 'sent', date: '2026-11-02', recorded: '2026-11-02' }],
  outcomes: [] as Json[],
};
const clone = (): typeof base => JSON.parse(JSON.stringify(base));

describe('merging two versions of a request', () => {
  it('keeps the events both sides added, in the order they happened', () => {
    const ours = clone();
    ours.events.push({ id: 'e2-bbbb', type: 'decided', date: '2026-11-20', recorded: '2026-11-20' });
    const theirs = clone();
    theirs.events.push({ id: 'e2-cccc', type: 'received', date: '2026-11-03', recorded: '2026-11-21' });
    const { merged, conflicts } = mergeRequestVersions(base, ours, theirs);
    expect((merged as typeof base).events.map((e) => e.id)).toEqual(['e1-aaaa', 'e2-cccc', 'e2-bbbb']);
    expect(conflicts).toEqual([]);
  });

  it('keeps outcomes per point and decision from both sides, and one side removing an event', () => {
    const ours = clone();
    ours.outcomes.push({ point: 1, decision: 'e5-x', outcome: 'public', grounds: [] });
    ours.events = [];
    const theirs = clone();
    theirs.outcomes.push({ point: 2, decision: 'e5-x', outcome: 'nothing_found', grounds: [] });
    theirs.clauses.push('doorzenden');
    const { merged, conflicts } = mergeRequestVersions(base, ours, theirs);
    const m = merged as typeof base;
    expect(m.outcomes).toHaveLength(2);
    expect(m.events).toEqual([]);
    expect(m.clauses).toEqual(['inventaris', 'doorzenden']);
    expect(conflicts).toEqual([]);
  });

  it('decides a value both sides changed differently by the rule (ours) and reports it', () => {
    const ours = clone();
    ours.title = 'CAS (ons)';
    ours.points[1].text = 'Punt twee, anders';
    const theirs = clone();
    theirs.title = 'CAS (hun)';
    theirs.points[0].text = 'Punt een, elders verbeterd';
    const { merged, conflicts } = mergeRequestVersions(base, ours, theirs);
    const m = merged as typeof base;
    expect(m.title).toBe('CAS (ons)');
    expect(m.points.map((p) => p.text)).toEqual(['Punt een, elders verbeterd', 'Punt twee, anders']);
    expect(conflicts).toEqual([{ path: 'title', kept: 'CAS (ons)', dropped: 'CAS (hun)' }]);
  });

  it('keeps a change over a removal, so nothing recorded is lost', () => {
    const ours = clone();
    ours.events[0] = { ...ours.events[0], date: '2026-11-03' };
    const theirs = clone();
    theirs.events = [];
    const { merged, conflicts } = mergeRequestVersions(base, ours, theirs);
    expect((merged as typeof base).events[0].date).toBe('2026-11-03');
    expect(conflicts).toHaveLength(1);
  });
});

describe('event ids', () => {
  it('number on from the highest and never repeat an id taken back', () => {
    let n = 0;
    const tails = ['aaaa', 'aaaa', 'bbbb'];
    const tail = () => tails[n++];
    const events = [{ id: 'e1' }, { id: 'e2-aaaa' }];
    expect(nextEventId(events, tail)).toBe('e3-aaaa');
    // e3-aaaa already exists: a new tail is drawn.
    expect(nextEventId([...events, { id: 'e3-aaaa' }], () => (n++ % 2 ? 'cccc' : 'aaaa'))).toMatch(/^e4-/);
    expect(nextEventId([])).toMatch(/^e1-[0-9a-z]{4}$/);
  });

  it('resolve a typed number when it is unambiguous', () => {
    const events = [{ id: 'e1' }, { id: 'e2-aaaa' }, { id: 'e3-bbbb' }, { id: 'e3-cccc' }];
    expect(resolveEventId(events, 'e2').id).toBe('e2-aaaa');
    expect(resolveEventId(events, 'e1').id).toBe('e1');
    expect(resolveEventId(events, 'e3')).toEqual({ candidates: ['e3-bbbb', 'e3-cccc'] });
    expect(resolveEventId(events, 'e3-cccc').id).toBe('e3-cccc');
    expect(resolveEventId(events, 'e9').id).toBeUndefined();
  });
});
