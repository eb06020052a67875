import { describe, expect, it } from 'vitest';
import { paginate, type FlowLine } from '../../src/render/pdf/layout.js';

const frame = { top: 100, bottom: 0 }; // room for exactly 10 lines of height 10

function lines(n: number, keep: (i: number) => boolean = () => false): FlowLine[] {
  return Array.from({ length: n }, (_, i) => ({ runs: [], height: 10, spaceBefore: 0, keepWithNext: keep(i) }));
}

describe('paginate', () => {
  it('fills pages and never leaves an empty trailing page', () => {
    expect(paginate(lines(10), frame, frame).map((p) => p.length)).toEqual([10]);
    expect(paginate(lines(11), frame, frame).map((p) => p.length)).toEqual([10, 1]);
    expect(paginate([], frame, frame)).toEqual([[]]);
  });

  it('moves a chain of kept lines to the next page together', () => {
    // Lines 8..11 must stay together: they do not fit after line 7, so all four move.
    const pages = paginate(lines(12, (i) => i >= 8 && i < 11), frame, frame);
    expect(pages.map((p) => p.length)).toEqual([8, 4]);
  });

  it('breaks a chain longer than a page rather than looping', () => {
    const pages = paginate(lines(25, () => true), frame, frame);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
  });

  it('drops the space before a line at the top of a page', () => {
    const flow = lines(11);
    flow[10].spaceBefore = 30;
    const pages = paginate(flow, frame, frame);
    expect(pages[1][0].top).toBe(100);
  });

  it('uses the first frame for page 1 only', () => {
    const pages = paginate(lines(12), { top: 50, bottom: 0 }, frame);
    expect(pages.map((p) => p.length)).toEqual([5, 7]);
  });
});
