// Which arguments an objection makes for a point, from what the decision said about it.
import { groundByCode } from '../grounds.js';
import type { PointState } from '../outcomes.js';
import type { ArgumentKey } from './follow-up-text.js';

export interface PointArgument {
  key: ArgumentKey;
  /** Values the argument's text is filled with. */
  values: Record<string, string | null>;
}

type GroundClass = 'relative' | 'relativeWob' | 'absolute' | 'residual' | 'policyViews';

function classify(code: string): GroundClass {
  if (code === '5.1.5') return 'residual';
  if (code.startsWith('5.2')) return 'policyViews';
  if (/^5\.1\.(2|6)/.test(code)) return 'relative';
  if (/^wob-(10\.2|10\.7|11)/.test(code)) return 'relativeWob';
  return 'absolute';
}

/** "artikel 5.1, tweede lid, aanhef en onder e, Woo en artikel 5.1, tweede lid, aanhef en onder i, Woo". */
export function citeGrounds(codes: string[]): string {
  // Letters write "artikel" in full; the ground table uses the short "art." of decision letters.
  const cited = codes.map((c) => (groundByCode(c)?.article ?? c).replace(/^art\. /, 'artikel '));
  return cited.length <= 1 ? (cited[0] ?? '') : `${cited.slice(0, -1).join(', ')} en ${cited.at(-1)}`;
}

export function pointArguments(state: PointState): PointArgument[] {
  const latest = state.recorded.filter((o) => o.decision === state.recorded.at(-1)?.decision);
  if (state.outcome === 'unanswered') return [{ key: 'unanswered', values: {} }];
  const args: PointArgument[] = [];
  for (const o of latest) {
    if (o.outcome === 'nothing_found') args.push({ key: 'nothingFound', values: {} });
    else if (o.outcome === 'already_public' && !o.reference) args.push({ key: 'alreadyPublicNoReference', values: {} });
    // A pointer to another point's answer is argued differently from a pointer to other information.
    else if (o.outcome === 'referred') args.push({ key: o.reference && /^punt(en)? \d/i.test(o.reference) ? 'referredPoint' : 'referred', values: { reference: o.reference ?? null } });
    else if (o.outcome === 'not_public' || o.outcome === 'partial_public') {
      if (o.grounds.length === 0) {
        args.push({ key: 'noGrounds', values: {} });
        continue;
      }
      const byClass = new Map<GroundClass, string[]>();
      for (const g of o.grounds) byClass.set(classify(g), [...(byClass.get(classify(g)) ?? []), g]);
      for (const [cls, codes] of byClass) args.push({ key: cls, values: { grounds: citeGrounds(codes) } });
    }
  }
  // One argument of a kind per point, even when two recorded outcomes lead to it.
  return args.filter((a, i) => args.findIndex((b) => b.key === a.key && b.values.grounds === a.values.grounds) === i);
}
