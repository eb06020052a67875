// Differential test: an independent, deliberately simple reading of the deadline rules, written from
// /work/shared/reference/woo-law.md (§ 1.8, 3.5–3.9, 4.1, 5, 6, 9) without looking at src/core/law,
// compared with computeDeadlines on fixed worked examples and on thousands of seeded random inputs.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlineInput, type DeadlineKind, type DeadlineReport } from '../../../src/core/law/index.js';

// ---------------------------------------------------------------- dates (UTC day numbers, no library)

const DAY = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const add = (iso: string, days: number): string => toIso(toDay(iso) + days);
const diff = (later: string, earlier: string): number => toDay(later) - toDay(earlier);
const weekday = (iso: string): number => new Date(toDay(iso) * DAY).getUTCDay(); // 0 = Sunday
const maxIso = (a: string, b: string): string => (a > b ? a : b);

// ---------------------------------------------------------------- Atw (art. 1 and 3)

/** Gregorian Easter Sunday (anonymous Gregorian algorithm), written again on purpose: the oracle must not share code with the engine. */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days made equal by royal decree (Atw art. 3 lid 3), woo-law.md § 5.2, and the decree of 24 October 2016 (BWBR0038666). */
const DECREE_DAYS = new Set([
  '2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27',
  '2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30',
  '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26',
]);
/**
 * 2020–2022 have no known decree: the Fridays after Ascension Day and after a Thursday holiday, which every known
 * decree equalised, count for the body's deadlines (later) and not for the requester's own (earlier).
 */
const PROBABLE_DAYS = new Set(['2020-05-22', '2021-05-14', '2022-05-06', '2022-05-27']);
let countProbable = true;

const holidayCache = new Map<number, Set<string>>();
function holidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (set) return set;
  const e = easter(year);
  const koningsdag = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  set = new Set([
    `${year}-01-01`, // Nieuwjaarsdag
    add(e, -2), // Goede Vrijdag (art. 3 lid 2)
    add(e, 1), // tweede Paasdag
    koningsdag,
    `${year}-05-05`, // every year for the Atw
    add(e, 39), // Hemelvaartsdag
    add(e, 50), // tweede Pinksterdag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, set);
  return set;
}

function isNonWorking(iso: string): boolean {
  const wd = weekday(iso);
  return wd === 0 || wd === 6 || holidays(Number(iso.slice(0, 4))).has(iso) || DECREE_DAYS.has(iso) || (countProbable && PROBABLE_DAYS.has(iso));
}

/** Atw art. 1: a term ending on a Saturday, Sunday or holiday runs through the next working day. */
function atw(iso: string): string {
  let d = iso;
  while (isNonWorking(d)) d = add(d, 1);
  return d;
}

// ---------------------------------------------------------------- the oracle

interface OracleSuspension { kind: 'third_party' | 'postponed' | 'other' | 'clarification'; from: string; to: string }
interface OracleInput {
  received: string;
  adjournment?: { date: string; weeks?: number };
  suspensions?: OracleSuspension[];
  decided?: string;
  noticeOfDefault?: string;
  objectionLodged?: string;
  committee?: boolean;
  objectionAdjournment?: { date: string; weeks?: number };
  objectionDecided?: string;
}
interface OracleDeadline { date: string; alternatives: string[] }
type Oracle = Partial<Record<DeadlineKind, OracleDeadline>>;

/**
 * Woo 4.4 lid 3 / Awb 4:15: the term is suspended from the day after the notice up to and including `to`.
 * A term that has L days left after the notice day then ends L days after `to`: end' = end + (to − from).
 * The term still runs on a day inside its Atw extension (after the raw end, up to the extended end); a
 * suspension noticed there leaves (extendedEnd − from) days, so end' = extendedEnd + (to − from) — never a
 * day inside the suspension itself. A suspension noticed after the extended end does not count.
 * Returns the new raw end. The generator makes no overlapping suspensions.
 */
function suspend(end: string, s: OracleSuspension): string {
  if (s.from <= end) return add(end, diff(s.to, s.from));
  if (s.from <= atw(end)) return add(atw(end), diff(s.to, s.from));
  return end;
}

function decisionTerm(input: OracleInput): OracleDeadline {
  const wob = input.received < '2022-05-01'; // Woo in force 1 May 2022 (§ 1.1); Wob art. 6 before
  const maxAdjWeeks = wob ? 4 : 2;
  const queue = [...(input.suspensions ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1));

  // Woo 4.4 lid 1: four weeks from the day after receipt = receipt + 28 days; suspensions that begin
  // while the first term runs stretch it.
  let firstRaw = add(input.received, 28);
  while (queue.length > 0 && queue[0].from <= atw(firstRaw)) firstRaw = suspend(firstRaw, queue.shift()!);
  const firstEnd = atw(firstRaw);

  // Woo 4.4 lid 2 / Wob 6 lid 2: adjournment announced before the first term ends (its last day, as
  // extended by the Atw, included); length capped at the legal maximum, absent = maximum.
  if (!input.adjournment || input.adjournment.date > firstEnd) return { date: firstEnd, alternatives: [] };
  const days = 7 * Math.min(input.adjournment.weeks ?? maxAdjWeeks, maxAdjWeeks);
  let a = add(firstRaw, days); // raw first end + adjournment, then Atw (the body's earlier reading)
  let b = add(firstEnd, days); // Atw-extended first end + adjournment, then Atw (the safe reading)
  // Suspensions during the adjournment: counted on the safe reading; the earlier reading moves alike.
  while (queue.length > 0 && queue[0].from <= atw(b)) {
    const next = suspend(b, queue.shift()!);
    a = add(a, diff(next, b));
    b = next;
  }
  const [ea, eb] = [atw(a), atw(b)];
  return { date: maxIso(ea, eb), alternatives: ea === eb ? [] : [ea < eb ? ea : eb] };
}

/** The requester's own deadlines take the earlier calendar, the body's the later; the other date becomes an alternative. */
function oracle(input: OracleInput): Oracle {
  countProbable = true;
  const late = oracleOn(input);
  countProbable = false;
  const early = oracleOn(input);
  countProbable = true;
  const out: Oracle = {};
  for (const [kind, d] of Object.entries(late) as Array<[DeadlineKind, OracleDeadline]>) {
    const other = early[kind];
    if (!other || other.date === d.date) {
      out[kind] = d;
      continue;
    }
    const [chosen, alt] = kind === 'objection' || kind === 'court_appeal' ? [other, d] : [d, other];
    out[kind] = { date: chosen.date, alternatives: [...chosen.alternatives.filter((a) => a !== alt.date), alt.date] };
  }
  return out;
}

function oracleOn(input: OracleInput): Oracle {
  const out: Oracle = {};
  const decision = decisionTerm(input);
  // A clarification (Awb 4:15 lid 1 sub a via Woo 4.1) only probably suspends: the engine documents the
  // suspended date as the safe one and the date without it as an alternative; followed here.
  if ((input.suspensions ?? []).some((s) => s.kind === 'clarification')) {
    const without = decisionTerm({ ...input, suspensions: input.suspensions!.filter((s) => s.kind !== 'clarification') });
    if (without.date !== decision.date) decision.alternatives.push(without.date);
  }
  // Transitional (woo-law.md § 4.2, issue 10 item 9): a Wob request whose term still ran on 1 May 2022 and whose
  // adjournment was announced from that day on: the Woo's two weeks give the body's earlier alternative.
  const adj = input.adjournment;
  if (input.received < '2022-05-01' && decision.date >= '2022-05-01' && (input.decided ?? TODAY) >= '2022-05-01' && adj && adj.date >= '2022-05-01' && (adj.weeks ?? 4) > 2) {
    const woo = decisionTerm({ ...input, adjournment: { ...adj, weeks: 2 } }).date;
    if (woo < decision.date && !decision.alternatives.includes(woo)) decision.alternatives.push(woo);
  }
  out.decision = decision;

  if (!input.decided) {
    // Awb 6:12 lid 2 sub a: a notice is valid from the day after the term ended.
    out.notice_of_default_from = { date: add(decision.date, 1), alternatives: decision.alternatives.map((a) => add(a, 1)) };
    if (input.noticeOfDefault) {
      // Awb 6:12 lid 2 sub b: two weeks after the day of the notice; the appeal may go in the day after.
      // Safe (later) reading: the two weeks are a statutory term, extended by the Atw (documented in the
      // engine); without the Atw it is notice + 15 days.
      const plain = add(input.noticeOfDefault, 15);
      const extended = add(atw(add(input.noticeOfDefault, 14)), 1);
      out.appeal_from = { date: extended, alternatives: plain === extended ? [] : [plain] };
    }
    return out;
  }

  // Awb 6:7, 6:8: six weeks from the day after the decision; Atw.
  const objectionRaw = add(input.decided, 42);
  const objectionEnd = atw(objectionRaw);
  if (!input.objectionLodged) {
    out.objection = { date: objectionEnd, alternatives: [] };
    return out;
  }
  if (!input.objectionDecided) {
    // Awb 7:10 lid 1: 6 (12 with committee) weeks from the day after the objection term expired; lid 3:
    // adjournment ≤ 6 weeks. Engine's documented choices (objection-terms.ts), followed here: the count
    // starts after the Atw-extended objection term, an adjournment is added to the Atw-extended end of
    // the 6/12 weeks (the later, safe reading for a notice of default); alternatives: counting straight
    // through from the unextended objection term (then Atw), and — when the total exceeds twelve weeks —
    // no Atw at all (art. 4 sub a Atw).
    const weeks = input.committee ? 12 : 6;
    const adj = input.objectionAdjournment ? Math.min(input.objectionAdjournment.weeks ?? 6, 6) : 0;
    let end = add(objectionEnd, 7 * weeks);
    if (input.objectionAdjournment) end = add(atw(end), 7 * adj);
    const date = atw(end);
    const straightRaw = add(objectionRaw, 7 * (weeks + adj));
    const straight = atw(straightRaw);
    const alternatives: string[] = [];
    if (straight !== date) alternatives.push(straight);
    if (weeks + adj > 12 && straightRaw !== straight && straightRaw !== date) alternatives.push(straightRaw);
    out.objection_decision = { date, alternatives };
    // Awb 6:12 applies to a late decision on objection as well: a notice is valid from the day after its term.
    out.objection_notice_of_default_from = { date: add(date, 1), alternatives: alternatives.map((a) => add(a, 1)) };
    return out;
  }
  // Awb 6:7, 6:8, 7:1: six weeks from the day after the decision on objection; Atw.
  out.court_appeal = { date: atw(add(input.objectionDecided, 42)), alternatives: [] };
  return out;
}

// ---------------------------------------------------------------- comparison helpers

const TODAY = '2031-01-01'; // after every generated date: no "future" branches

function engine(input: OracleInput): DeadlineReport {
  return computeDeadlines(input as DeadlineInput, TODAY);
}

function summary(report: DeadlineReport): Oracle {
  const out: Oracle = {};
  for (const d of report.deadlines) out[d.kind] = { date: d.date, alternatives: d.alternatives.map((a) => a.date) };
  return out;
}

// ---------------------------------------------------------------- the oracle itself is checked first

describe('oracle calendar', () => {
  it('knows Easter and the moving holidays', () => {
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2025)).toBe('2025-04-20');
    expect(easter(2026)).toBe('2026-04-05');
    expect(easter(2027)).toBe('2027-03-28');
    expect(easter(2028)).toBe('2028-04-16');
    expect(holidays(2026).has('2026-05-14')).toBe(true); // Hemelvaart
    expect(holidays(2026).has('2026-05-25')).toBe(true); // 2e Pinksterdag
    expect(holidays(2025).has('2025-04-26')).toBe(true); // Koningsdag on Saturday (27 Apr is Sunday)
    expect(holidays(2025).has('2025-04-27')).toBe(false);
    expect(atw('2026-05-14')).toBe('2026-05-18');
    expect(atw('2024-12-25')).toBe('2024-12-30');
  });
});

// ---------------------------------------------------------------- worked examples (woo-law.md, DESIGN.md)

const FIXED: Array<{ name: string; input: OracleInput; expected: Partial<Record<DeadlineKind, string>>; alternatives?: Partial<Record<DeadlineKind, string[]>> }> = [
  { name: 'DESIGN.md: received Mon 2 Nov 2026', input: { received: '2026-11-02' }, expected: { decision: '2026-11-30', notice_of_default_from: '2026-12-01' } },
  { name: 'ECLI:NL:RBMNE:2024:686', input: { received: '2023-04-19', adjournment: { date: '2023-05-01', weeks: 2 } }, expected: { decision: '2023-05-31' } },
  { name: 'ECLI:NL:RBMNE:2025:654', input: { received: '2024-07-02' }, expected: { decision: '2024-07-30' } },
  {
    name: 'circular: supplement adds 13 days, adjournment on top',
    input: { received: '2026-10-01', suspensions: [{ kind: 'third_party', from: '2026-10-04', to: '2026-10-17' }], adjournment: { date: '2026-10-20', weeks: 2 } },
    expected: { decision: '2026-11-25' },
  },
  { name: '§ 6.3 without adjournment', input: { received: '2026-04-16' }, expected: { decision: '2026-05-18' } },
  {
    name: '§ 6.3 with two-week adjournment: later reading, earlier as alternative',
    input: { received: '2026-04-16', adjournment: { date: '2026-05-01', weeks: 2 } },
    expected: { decision: '2026-06-01', notice_of_default_from: '2026-06-02' },
    alternatives: { decision: ['2026-05-28'], notice_of_default_from: ['2026-05-29'] },
  },
  { name: 'CAS request (Wob), first term', input: { received: '2021-05-10', decided: '2021-07-01' }, expected: { decision: '2021-06-07' } },
  { name: 'CAS request (Wob), four-week adjournment', input: { received: '2021-05-10', adjournment: { date: '2021-05-18', weeks: 4 }, decided: '2021-07-01' }, expected: { decision: '2021-07-05' } },
  {
    name: 'circular: notice on Monday → appeal Tuesday two weeks later',
    input: { received: '2026-11-02', noticeOfDefault: '2026-12-07' },
    expected: { appeal_from: '2026-12-22' },
  },
  {
    name: 'issue 10 item 6: received Fri 29 Apr 2022 → Fri 27 May 2022, the Friday after Ascension every known decree equalised',
    input: { received: '2022-04-29' },
    expected: { decision: '2022-05-30', notice_of_default_from: '2022-05-31' },
    alternatives: { decision: ['2022-05-27'], notice_of_default_from: ['2022-05-28'] },
  },
  {
    name: 'the requester’s own term in 2022 takes the earlier reading: objection by Fri 27 May 2022',
    input: { received: '2022-03-01', decided: '2022-04-15' },
    expected: { objection: '2022-05-27' },
    alternatives: { objection: ['2022-05-30'] },
  },
  { name: 'decree of 24 October 2016: Fri 31 May 2019 equalised', input: { received: '2019-05-03' }, expected: { decision: '2019-06-03' }, alternatives: { decision: [] } },
  { name: 'circular: 1 Oct + 6 weeks = 12 Nov (objection)', input: { received: '2026-09-01', decided: '2026-10-01' }, expected: { objection: '2026-11-12' } },
];

describe('oracle and engine on the worked examples', () => {
  for (const c of FIXED) {
    it(c.name, () => {
      const mine = oracle(c.input);
      const theirs = summary(engine(c.input));
      for (const [kind, date] of Object.entries(c.expected) as Array<[DeadlineKind, string]>) {
        expect(mine[kind]?.date, `oracle ${kind}`).toBe(date);
        expect(theirs[kind]?.date, `engine ${kind}`).toBe(date);
      }
      for (const [kind, alts] of Object.entries(c.alternatives ?? {}) as Array<[DeadlineKind, string[]]>) {
        expect(mine[kind]?.alternatives, `oracle ${kind} alternatives`).toEqual(alts);
        expect(theirs[kind]?.alternatives, `engine ${kind} alternatives`).toEqual(alts);
      }
    });
  }
});

// ---------------------------------------------------------------- random cases

/** mulberry32: small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  return { next, int, chance: (p: number) => next() < p };
}

/** Every Atw holiday and decree day 2019–2028, to aim receipt dates at "term ends on a holiday". */
const ALL_HOLIDAYS: string[] = [];
for (let y = 2019; y <= 2029; y++) ALL_HOLIDAYS.push(...holidays(y));
ALL_HOLIDAYS.push(...DECREE_DAYS, ...PROBABLE_DAYS);

function randomCase(rnd: ReturnType<typeof prng>): OracleInput {
  let received: string;
  const pick = rnd.next();
  if (pick < 0.1) {
    received = add('2019-01-01', rnd.int(0, diff('2022-04-30', '2019-01-01'))); // Wob
  } else if (pick < 0.45) {
    // raw term end (possibly after an adjournment) on or near a holiday
    const h = ALL_HOLIDAYS[rnd.int(0, ALL_HOLIDAYS.length - 1)];
    received = add(h, -[28, 42, 28, 27, 29, 21][rnd.int(0, 5)]);
  } else {
    received = add('2022-05-01', rnd.int(0, diff('2028-12-31', '2022-05-01')));
  }
  if (received < '2019-01-01') received = '2019-01-07';
  const input: OracleInput = { received };

  // one or two non-overlapping suspensions noticed while the (unadjourned) term runs, the Atw
  // extension of its end included; a fifth of them are aimed at the last days
  if (rnd.chance(0.4)) {
    const kinds = ['third_party', 'postponed', 'other', 'clarification'] as const;
    const suspensions: OracleSuspension[] = [];
    let end = add(received, 28);
    let earliest = received;
    const n = rnd.chance(0.3) ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const last = atw(end);
      if (earliest > last) break;
      const from = rnd.chance(0.2) ? maxIso(earliest, add(end, rnd.int(-1, diff(last, end)))) : add(earliest, rnd.int(0, diff(last, earliest)));
      const to = add(from, rnd.int(1, 30));
      const s: OracleSuspension = { kind: kinds[rnd.int(0, 3)], from, to };
      suspensions.push(s);
      end = suspend(end, s);
      earliest = add(to, 1);
    }
    input.suspensions = suspensions;
  }

  if (rnd.chance(0.5)) {
    input.adjournment = { date: add(received, rnd.int(0, 35)) };
    if (rnd.chance(0.9)) input.adjournment.weeks = rnd.int(1, 4);
  }

  const o = oracle(input);
  const stage = rnd.int(0, 4);
  if (stage === 1) {
    input.noticeOfDefault = add(o.decision!.date, 1 + rnd.int(0, 20));
  } else if (stage >= 2) {
    input.decided = add(received, rnd.int(1, 70));
    if (stage >= 3) {
      input.objectionLodged = add(input.decided, rnd.int(1, 42));
      input.committee = rnd.chance(0.3);
      if (rnd.chance(0.3)) input.objectionAdjournment = { date: add(input.objectionLodged, rnd.int(0, 20)), weeks: rnd.int(1, 8) };
      if (stage === 4) input.objectionDecided = add(input.objectionLodged, rnd.int(1, 120));
    }
  }
  return input;
}

const CASES = 3000;

describe('engine agrees with the oracle on random inputs', () => {
  it(`${CASES} seeded cases`, () => {
    const rnd = prng(20260515);
    const mismatches: string[] = [];
    const classes = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const input = randomCase(rnd);
      const mine = oracle(input);
      let theirs: Oracle;
      try {
        theirs = summary(engine(input));
      } catch (error) {
        mismatches.push(`#${i} throws ${(error as Error).message}: ${JSON.stringify(input)}`);
        classes.set('throws', (classes.get('throws') ?? 0) + 1);
        continue;
      }
      const kindsMine = Object.keys(mine).sort().join(',');
      const kindsTheirs = Object.keys(theirs).sort().join(',');
      if (kindsMine !== kindsTheirs) {
        mismatches.push(`#${i} kinds oracle=${kindsMine} engine=${kindsTheirs}: ${JSON.stringify(input)}`);
        classes.set('kinds', (classes.get('kinds') ?? 0) + 1);
        continue;
      }
      for (const kind of Object.keys(mine) as DeadlineKind[]) {
        const a = mine[kind]!;
        const b = theirs[kind]!;
        if (a.date !== b.date || JSON.stringify(a.alternatives) !== JSON.stringify(b.alternatives)) {
          const what = a.date !== b.date ? 'date' : 'alternatives';
          mismatches.push(
            `#${i} ${kind} ${what}: oracle=${a.date} [${a.alternatives}] engine=${b.date} [${b.alternatives}]: ${JSON.stringify(input)}`,
          );
          classes.set(`${kind} ${what}`, (classes.get(`${kind} ${what}`) ?? 0) + 1);
        }
      }
    }
    if (mismatches.length > 0) {
      console.log([...classes].map(([k, v]) => `${k}: ${v}`).join('\n'));
      console.log(mismatches.slice(0, 60).join('\n'));
    }
    expect(mismatches).toEqual([]);
  });
});
