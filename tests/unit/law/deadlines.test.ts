import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { computeDeadlines, type DeadlineInput, type DeadlineKind, type DeadlineReport } from '../../../src/core/law/index.js';

const TODAY = '2026-11-23';

function find(report: DeadlineReport, kind: DeadlineKind) {
  const deadline = report.deadlines.find((d) => d.kind === kind);
  if (!deadline) throw new Error(`no ${kind} in ${JSON.stringify(report.deadlines.map((d) => d.kind))}`);
  return deadline;
}
const kinds = (report: DeadlineReport) => report.deadlines.map((d) => d.kind);
const compute = (input: DeadlineInput, today = TODAY) => computeDeadlines(input, today);

describe('decision term: worked examples', () => {
  it('DESIGN.md: received Mon 2 Nov 2026 → Mon 30 Nov 2026', () => {
    const report = compute({ received: '2026-11-02' });
    expect(report.regime).toBe('woo');
    expect(report.received).toBe('2026-11-02');
    expect(report.receivedAssumed).toBe(false);
    expect(kinds(report)).toEqual(['decision', 'notice_of_default_from']);
    expect(find(report, 'decision')).toEqual({
      kind: 'decision',
      date: '2026-11-30',
      basis: 'art. 4.4 lid 1 Woo',
      explanation: 'ontvangen ma 2 nov 2026; vier weken vanaf de dag erna: ma 30 nov 2026 (art. 4.4 lid 1 Woo)',
      alternatives: [],
    });
    expect(find(report, 'notice_of_default_from').date).toBe('2026-12-01');
    expect(find(report, 'notice_of_default_from').basis).toBe('art. 6:12 lid 2 sub a Awb; ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711');
    expect(report.warnings).toEqual([]);
  });

  it('ECLI:NL:RBMNE:2024:686: received 19 Apr 2023, adjourned two weeks on 1 May 2023 → 31 May 2023', () => {
    const decision = find(compute({ received: '2023-04-19', adjournment: { date: '2023-05-01', weeks: 2 } }), 'decision');
    expect(decision.date).toBe('2023-05-31');
    expect(decision.alternatives).toEqual([]);
    expect(decision.basis).toBe('art. 4.4 lid 1 Woo; art. 4.4 lid 2 Woo');
    expect(decision.explanation).toBe(
      'ontvangen wo 19 apr 2023; vier weken vanaf de dag erna: wo 17 mei 2023 (art. 4.4 lid 1 Woo); ' +
        'verdaagd met twee weken (mededeling ma 1 mei 2023; art. 4.4 lid 2 Woo): wo 31 mei 2023',
    );
  });

  it('ECLI:NL:RBMNE:2025:654: received 2 Jul 2024 → 30 Jul 2024', () => {
    expect(find(compute({ received: '2024-07-02' }), 'decision').date).toBe('2024-07-30');
  });

  it('official circular: invitation 4 Oct, supplement 17 Oct adds 13 days, adjournment comes on top', () => {
    const report = compute({
      received: '2026-10-01',
      suspensions: [{ kind: 'third_party', from: '2026-10-04', to: '2026-10-17' }],
      adjournment: { date: '2026-10-20', weeks: 2 },
    });
    const decision = find(report, 'decision');
    // 1 Oct + 4 weeks = 29 Oct; + 13 days = 11 Nov; + 2 weeks = 25 Nov (the circular: 12 Nov + 13 days = 25 Nov).
    expect(decision.date).toBe('2026-11-25');
    expect(decision.explanation).toContain('+ 13 dagen opschorting (zienswijze derden, ma 5 okt 2026 t/m za 17 okt 2026; art. 4.4 lid 3 Woo): wo 11 nov 2026');
    expect(decision.basis).toBe('art. 4.4 lid 1 Woo; art. 4.4 lid 3 Woo; art. 4.4 lid 2 Woo');
  });

  it('woo-law.md § 6.3: first term ends on Hemelvaartsdag 2026; without adjournment Mon 18 May', () => {
    const decision = find(compute({ received: '2026-04-16' }), 'decision');
    expect(decision.date).toBe('2026-05-18');
    expect(decision.explanation).toBe(
      'ontvangen do 16 apr 2026; vier weken vanaf de dag erna: do 14 mei 2026 (art. 4.4 lid 1 Woo); valt op Hemelvaartsdag; ' +
        'daarna gelijkgestelde dag (Besluit gelijkstelling 2026–2028), zaterdag, zondag; verschoven naar ma 18 mei 2026, art. 1 Algemene termijnenwet',
    );
    expect(decision.basis).toBe('art. 4.4 lid 1 Woo; art. 1 Algemene termijnenwet');
  });

  it('woo-law.md § 6.3: with a two-week adjournment the later reading (1 Jun) is the date, 28 May the alternative', () => {
    const report = compute({ received: '2026-04-16', adjournment: { date: '2026-05-01', weeks: 2 } });
    const decision = find(report, 'decision');
    expect(decision.date).toBe('2026-06-01');
    expect(decision.alternatives.map((a) => a.date)).toEqual(['2026-05-28']);
    expect(decision.alternatives[0].reason).toContain('onverlengde einde van de eerste termijn (do 14 mei 2026)');
    const notice = find(report, 'notice_of_default_from');
    expect(notice.date).toBe('2026-06-02');
    expect(notice.alternatives.map((a) => a.date)).toEqual(['2026-05-29']);
  });

  it('CAS request (Wob): received 10 May 2021, adjourned four weeks on 18 May 2021 → 7 Jun, then 5 Jul 2021', () => {
    expect(find(compute({ received: '2021-05-10', decided: '2021-07-01' }), 'decision').date).toBe('2021-06-07');
    const report = compute({ received: '2021-05-10', adjournment: { date: '2021-05-18', weeks: 4 }, decided: '2021-07-01' });
    expect(report.regime).toBe('wob');
    const decision = find(report, 'decision');
    expect(decision.date).toBe('2021-07-05');
    expect(decision.basis).toBe('art. 6 lid 1 Wob; art. 6 lid 2 Wob');
    expect(decision.explanation).toContain('verdaagd met vier weken (mededeling di 18 mei 2021; art. 6 lid 2 Wob): ma 5 jul 2021');
    // Decided before 1 May 2022: not a transitional case, but 2021 is outside the decree table.
    expect(report.warnings.some((w) => w.startsWith('Overgangsgeval'))).toBe(false);
    expect(report.warnings.some((w) => w.startsWith('Voor 2021'))).toBe(true);
    expect(report.notes.some((n) => n.includes('art. 15 Wob'))).toBe(true);
  });
});

describe('adjournment edge cases', () => {
  it('counts an adjournment announced on the last day of the first term', () => {
    expect(find(compute({ received: '2026-11-02', adjournment: { date: '2026-11-30', weeks: 2 } }), 'decision').date).toBe('2026-12-14');
  });

  it('ignores an adjournment announced after the first term, with a warning', () => {
    const report = compute({ received: '2026-11-02', adjournment: { date: '2026-12-01', weeks: 2 } });
    const decision = find(report, 'decision');
    expect(decision.date).toBe('2026-11-30');
    expect(decision.basis).toBe('art. 4.4 lid 1 Woo');
    expect(decision.explanation).toContain('verdaging van di 1 dec 2026 telt niet mee');
    expect(report.warnings.join('\n')).toContain('na afloop van de eerste termijn (ma 30 nov 2026)');
  });

  it('counts an adjournment announced within the Atw extension of the first term, with a note', () => {
    const report = compute({ received: '2026-04-16', adjournment: { date: '2026-05-15', weeks: 2 } });
    expect(find(report, 'decision').date).toBe('2026-06-01');
    expect(report.notes.join('\n')).toContain('zoals verlengd door de Algemene termijnenwet (tot en met ma 18 mei 2026)');
  });

  it('counts a too long adjournment for the legal maximum, with a warning', () => {
    const woo = compute({ received: '2026-11-02', adjournment: { date: '2026-11-10', weeks: 4 } });
    expect(find(woo, 'decision').date).toBe('2026-12-14');
    expect(woo.warnings.join('\n')).toContain('ten hoogste twee weken toe (art. 4.4 lid 2 Woo)');
    const wob = compute({ received: '2021-05-10', adjournment: { date: '2021-05-18', weeks: 6 }, decided: '2021-07-01' });
    expect(find(wob, 'decision').date).toBe('2021-07-05');
  });

  it('counts an adjournment without a recorded length for the legal maximum, with a note', () => {
    const report = compute({ received: '2026-11-02', adjournment: { date: '2026-11-10' } });
    expect(find(report, 'decision').date).toBe('2026-12-14');
    expect(report.notes.join('\n')).toContain('wettelijk maximum van twee weken');
  });
});

describe('suspensions', () => {
  it('leaves the decision term open while a suspension runs', () => {
    const report = compute({ received: '2026-11-02', suspensions: [{ kind: 'third_party', from: '2026-11-10' }] });
    expect(kinds(report)).toEqual(['decision']);
    expect(find(report, 'decision').date).toBe('2026-11-30');
    expect(report.warnings.join('\n')).toContain('opgeschort sinds wo 11 nov 2026 (zienswijze derden) en die opschorting loopt nog');
  });

  it('calls a notice of default during an open suspension premature', () => {
    const report = compute({ received: '2026-11-02', suspensions: [{ kind: 'postponed', from: '2026-11-10' }], noticeOfDefault: '2026-12-07' }, '2026-12-08');
    expect(kinds(report)).toEqual(['decision']);
    expect(report.warnings.join('\n')).toContain('prematuur');
  });

  it('counts overlapping suspensions once', () => {
    const report = compute({
      received: '2026-11-02',
      suspensions: [
        { kind: 'third_party', from: '2026-11-05', to: '2026-11-15' },
        { kind: 'postponed', from: '2026-11-10', to: '2026-11-20' },
      ],
    });
    // Suspended 6–20 Nov = 15 days: 30 Nov + 15 = Tue 15 Dec.
    expect(find(report, 'decision').date).toBe('2026-12-15');
    expect(find(report, 'decision').explanation).toContain('+ 5 dagen opschorting (uitstel met instemming');
  });

  it('does not let a suspension that began after the term ended revive it', () => {
    const report = compute({ received: '2026-11-02', suspensions: [{ kind: 'postponed', from: '2026-12-05', to: '2026-12-20' }] }, '2026-12-21');
    expect(find(report, 'decision').date).toBe('2026-11-30');
    expect(report.warnings.join('\n')).toContain('begon na afloop van de beslistermijn en telt niet mee');
  });

  it('counts a suspension that begins during the adjournment', () => {
    const report = compute({
      received: '2026-11-02',
      adjournment: { date: '2026-11-20', weeks: 2 },
      suspensions: [{ kind: 'third_party', from: '2026-12-03', to: '2026-12-10' }],
    });
    // 30 Nov + 2 weeks = 14 Dec; + 7 days = Mon 21 Dec.
    expect(find(report, 'decision').date).toBe('2026-12-21');
  });

  it('treats a clarification as a probable suspension, with the unsuspended date as alternative', () => {
    const report = compute({ received: '2026-10-01', suspensions: [{ kind: 'clarification', from: '2026-10-04', to: '2026-10-17' }] });
    const decision = find(report, 'decision');
    expect(decision.date).toBe('2026-11-11');
    expect(decision.alternatives).toEqual([
      { date: '2026-10-29', reason: 'zonder opschorting wegens precisering, als art. 4:15 Awb daarop niet van toepassing is' },
    ]);
    expect(decision.basis).toContain('art. 4:15 lid 1 sub a Awb jo. art. 4.1 lid 5–6 Woo');
    expect(report.warnings.join('\n')).toContain('waarschijnlijk (art. 4:15 lid 1 sub a Awb) maar niet met zekerheid vastgesteld');
  });
});

describe('notice of default and appeal for lateness', () => {
  it('notice on Monday → appeal from Tuesday two weeks later', () => {
    const report = compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07' }, '2026-12-08');
    expect(kinds(report)).toEqual(['decision', 'notice_of_default_from', 'appeal_from']);
    const appeal = find(report, 'appeal_from');
    expect(appeal.date).toBe('2026-12-22');
    expect(appeal.basis).toBe('art. 6:12 lid 2 sub b Awb');
    expect(appeal.alternatives).toEqual([]);
    expect(appeal.explanation).toBe(
      'ingebrekestelling verzonden ma 7 dec 2026; twee weken vanaf de dag erna: ma 21 dec 2026; ' +
        'beroep wegens niet tijdig beslissen op zijn vroegst di 22 dec 2026 (art. 6:12 lid 2 sub b Awb)',
    );
  });

  it('takes the later date when the two weeks end on Christmas, the unextended one as alternative', () => {
    const appeal = find(compute({ received: '2026-11-02', noticeOfDefault: '2026-12-11' }, '2026-12-11'), 'appeal_from');
    expect(appeal.date).toBe('2026-12-29');
    expect(appeal.alternatives.map((a) => a.date)).toEqual(['2026-12-26']);
  });

  it('refuses to compute from a premature notice', () => {
    const report = compute({ received: '2026-11-02', noticeOfDefault: '2026-11-30' }, '2026-12-01');
    expect(kinds(report)).toEqual(['decision', 'notice_of_default_from']);
    expect(report.warnings.join('\n')).toContain('zij is prematuur en telt niet');
  });

  it('flags a notice that is on time only under the shorter reading', () => {
    const report = compute({ received: '2026-04-16', adjournment: { date: '2026-05-01', weeks: 2 }, noticeOfDefault: '2026-05-29' });
    expect(kinds(report)).toEqual(['decision', 'notice_of_default_from']);
    expect(report.warnings.join('\n')).toContain('volgens de kortere lezing van de termijn was zij op tijd, maar zij kan prematuur zijn');
  });

  it('says when a notice may be sent now', () => {
    expect(compute({ received: '2026-10-01' }).notes.join('\n')).toContain('u kunt het bestuursorgaan nu schriftelijk in gebreke stellen');
    expect(compute({ received: '2026-11-02' }).notes.join('\n')).not.toContain('nu schriftelijk in gebreke');
  });
});

describe('after the decision', () => {
  it('gives the objection term, Atw-extended past Christmas, and drops the notice of default', () => {
    const report = compute({ received: '2026-10-12', decided: '2026-11-13' });
    expect(kinds(report)).toEqual(['decision', 'objection']);
    const objection = find(report, 'objection');
    expect(objection.date).toBe('2026-12-28');
    expect(objection.basis).toBe('art. 6:7 en 6:8 Awb');
    expect(objection.explanation).toBe(
      'besluit bekendgemaakt vr 13 nov 2026; zes weken vanaf de dag erna: vr 25 dec 2026 (art. 6:7 en 6:8 Awb); ' +
        'valt op eerste Kerstdag; daarna tweede Kerstdag, zondag; verschoven naar ma 28 dec 2026, art. 1 Algemene termijnenwet',
    );
    expect(report.notes.join('\n')).toContain('art. 6:9 lid 2 Awb');
  });

  it('notes a late decision', () => {
    const report = compute({ received: '2026-10-01', decided: '2026-11-13' });
    expect(report.notes.join('\n')).toContain('kwam 15 dagen na het einde van de beslistermijn (do 29 okt 2026)');
  });

  it('counts the decision on objection from the day after the objection term, not from lodging', () => {
    const report = compute({ received: '2026-10-12', decided: '2026-11-13', objectionLodged: '2026-11-20' });
    expect(kinds(report)).toEqual(['decision', 'objection_decision', 'objection_notice_of_default_from']);
    const decision = find(report, 'objection_decision');
    // Objection term ends Fri 25 Dec, extended to Mon 28 Dec; + 6 weeks = Mon 8 Feb 2027.
    expect(decision.date).toBe('2027-02-08');
    expect(decision.basis).toBe('art. 7:10 lid 1 Awb');
    expect(decision.alternatives.map((a) => a.date)).toEqual(['2027-02-05']);
    expect(decision.explanation).toBe(
      'besluit bekendgemaakt vr 13 nov 2026; bezwaartermijn van zes weken tot en met vr 25 dec 2026; valt op eerste Kerstdag; ' +
        'daarna tweede Kerstdag, zondag; verschoven naar ma 28 dec 2026, art. 1 Algemene termijnenwet; ' +
        'zes weken vanaf de dag na het einde van de bezwaartermijn: ma 8 feb 2027 (art. 7:10 lid 1 Awb)',
    );
  });

  it('gives twelve weeks with an advisory committee', () => {
    const report = compute({ received: '2026-10-12', decided: '2026-11-13', objectionLodged: '2026-11-20', committee: true });
    const decision = find(report, 'objection_decision');
    expect(decision.date).toBe('2027-03-22');
    expect(decision.alternatives.map((a) => a.date)).toEqual(['2027-03-19']);
    expect(decision.explanation).toContain('twaalf weken (met adviescommissie)');
  });

  it('adds an objection adjournment of at most six weeks', () => {
    const input: DeadlineInput = {
      received: '2026-10-12',
      decided: '2026-11-13',
      objectionLodged: '2026-11-20',
      objectionAdjournment: { date: '2027-01-20', weeks: 6 },
    };
    const decision = find(compute(input), 'objection_decision');
    expect(decision.date).toBe('2027-03-22');
    expect(decision.basis).toBe('art. 7:10 lid 1 Awb; art. 7:10 lid 3 Awb');
    const tooLong = compute({ ...input, objectionAdjournment: { date: '2027-01-20', weeks: 8 } });
    expect(find(tooLong, 'objection_decision').date).toBe('2027-03-22');
    expect(tooLong.warnings.join('\n')).toContain('ten hoogste zes weken toe');
  });

  it('with a committee and adjournment (18 weeks) computes from the extended objection term', () => {
    const report = compute({
      received: '2026-10-12',
      decided: '2026-11-13',
      objectionLodged: '2026-11-20',
      committee: true,
      objectionAdjournment: { date: '2027-02-01', weeks: 6 },
    });
    const decision = find(report, 'objection_decision');
    // 28 Dec + 12 weeks = Mon 22 Mar 2027; + 6 weeks = Mon 3 May 2027. Straight from 25 Dec: + 18 weeks = Fri 30 Apr.
    expect(decision.date).toBe('2027-05-03');
    expect(decision.alternatives.map((a) => a.date)).toEqual(['2027-04-30']);
  });

  it('warns about an objection lodged after the objection term', () => {
    const report = compute({ received: '2026-10-12', decided: '2026-11-13', objectionLodged: '2026-12-29' }, '2027-01-01');
    expect(report.warnings.join('\n')).toContain('na afloop van de bezwaartermijn (ma 28 dec 2026)');
  });

  it('gives the court appeal term after the decision on objection, past Hemelvaartsdag 2027', () => {
    const report = compute(
      { received: '2026-10-12', decided: '2026-11-13', objectionLodged: '2026-11-20', objectionDecided: '2027-03-25' },
      '2027-03-26',
    );
    expect(kinds(report)).toEqual(['decision', 'court_appeal']);
    const appeal = find(report, 'court_appeal');
    // Thu 25 Mar + 6 weeks = Thu 6 May 2027 = Hemelvaartsdag; Fri 7 May decree day; → Mon 10 May.
    expect(appeal.date).toBe('2027-05-10');
    expect(appeal.basis).toBe('art. 6:7, 6:8 en 7:1 Awb');
    expect(appeal.explanation).toContain('valt op Hemelvaartsdag');
  });
});

describe('receipt', () => {
  it('post: the cautious receipt is the last day of the delivery norm, the first delivery day the alternative (issue 10 item 7)', () => {
    // Posted Fri 13 Nov 2026; since 1 July 2026 delivery within two delivery days (Tue–Sat): Sat 14, Tue 17.
    const report = compute({ sent: { date: '2026-11-13', channel: 'post' } });
    expect(report.received).toBe('2026-11-17');
    expect(report.receivedAssumed).toBe(true);
    expect(find(report, 'decision')).toMatchObject({ date: '2026-12-15', alternatives: [{ date: '2026-12-14', reason: expect.stringContaining('za 14 nov 2026') }] });
    expect(find(report, 'notice_of_default_from').date).toBe('2026-12-16');
    expect(report.warnings[0]).toContain('Ontvangst aangenomen op di 17 nov 2026: per post verzonden op vr 13 nov 2026');
    expect(report.warnings[0]).toContain('binnen twee bezorgdagen (sinds 1 juli 2026)');
    expect(report.warnings[0]).toContain('voorzichtige lezing');
    // Thu 24 Dec: no delivery on Christmas, Boxing Day, Sunday or Monday → Tue 29, Wed 30 Dec.
    expect(compute({ sent: { date: '2026-12-24', channel: 'post' } }, '2026-12-24').received).toBe('2026-12-30');
    // Before 1 July 2026 one delivery day; a Saturday delivery is taken in on the Monday.
    expect(compute({ sent: { date: '2026-03-13', channel: 'post' } }, '2026-03-13').received).toBe('2026-03-16');
    // From 1 July 2027 three delivery days: Mon 5 Jul → Tue, Wed, Thu 8 Jul.
    expect(compute({ sent: { date: '2027-07-05' } }, '2027-07-05').received).toBe('2027-07-08');
  });

  it('assumes same-day receipt for e-mail, web form and hand delivery', () => {
    for (const channel of ['email', 'webform', 'hand'] as const) {
      const report = compute({ sent: { date: '2026-11-13', channel } });
      expect(report.received).toBe('2026-11-13');
      expect(report.receivedAssumed).toBe(true);
    }
  });

  it('prefers a logged receipt over the sending date', () => {
    const report = compute({ sent: { date: '2026-11-02', channel: 'post' }, received: '2026-11-05' });
    expect(report.received).toBe('2026-11-05');
    expect(report.receivedAssumed).toBe(false);
    expect(report.warnings).toEqual([]);
  });

  it('refuses to compute without receipt or sending date', () => {
    expect(() => compute({})).toThrow(UsageError);
    expect(() => compute({})).toThrow(/Geen datum van ontvangst of verzending/);
  });

  it('refuses invalid input', () => {
    expect(() => compute({ received: '2026-02-30' })).toThrow(UsageError);
    expect(() => compute({ received: '2026-11-02', suspensions: [{ kind: 'other', from: '2026-11-10', to: '2026-11-09' }] })).toThrow(UsageError);
    expect(() => compute({ received: '2026-11-02', adjournment: { date: '2026-11-10', weeks: 0 } })).toThrow(UsageError);
  });
});

describe('regime', () => {
  it('warns about a Wob request not decided before 1 May 2022', () => {
    const report = compute({ received: '2022-04-20' });
    expect(report.regime).toBe('wob');
    expect(find(report, 'decision').date).toBe('2022-05-18');
    expect(report.warnings[0]).toMatch(/^Overgangsgeval, controleer met de hand/);
    expect(compute({ received: '2022-04-20', decided: '2022-05-02' }).warnings[0]).toMatch(/^Overgangsgeval/);
    expect(compute({ received: '2022-05-01' }).regime).toBe('woo');
  });

  it('issue 10 item 9: no transitional warning when the whole Wob term ended before 1 May 2022, even if decided later', () => {
    const report = compute({ received: '2022-03-01', decided: '2022-06-01' });
    expect(find(report, 'decision').date).toBe('2022-03-29');
    expect(report.warnings.some((w) => w.startsWith('Overgangsgeval'))).toBe(false);
  });

  it('issue 10 item 9: a Wob adjournment announced from 1 May 2022 on gets the Woo reading (two weeks) as the earlier alternative', () => {
    // Received Mon 11 Apr 2022; first term to Mon 9 May; adjourned 3 May by four weeks → Mon 6 Jun (Whit Monday) → Tue 7 Jun.
    const report = compute({ received: '2022-04-11', adjournment: { date: '2022-05-03', weeks: 4 } }, '2022-06-10');
    const decision = find(report, 'decision');
    expect(decision.date).toBe('2022-06-07');
    expect(decision.alternatives).toEqual([{ date: '2022-05-23', reason: expect.stringContaining('als de Woo op de verdaging van di 3 mei 2022 van toepassing is (ten hoogste twee weken, art. 4.4 lid 2 Woo)') }]);
    expect(find(report, 'notice_of_default_from').alternatives.map((a) => a.date)).toEqual(['2022-05-24']);
    expect(report.warnings[0]).toMatch(/^Overgangsgeval, controleer met de hand: het verzoek is vóór 1 mei 2022 ontvangen en de beslistermijn liep op die dag nog/);
    expect(report.warnings[0]).toContain('volgens de Woo is zij ten hoogste twee weken');
    // Announced before 1 May 2022, the Wob adjournment stands: no Woo alternative (believed, woo-law.md § 4.2).
    const before = compute({ received: '2022-04-11', adjournment: { date: '2022-04-28', weeks: 4 } }, '2022-06-10');
    expect(find(before, 'decision')).toMatchObject({ date: '2022-06-07', alternatives: [] });
    expect(before.warnings[0]).toMatch(/^Overgangsgeval/);
    expect(before.warnings[0]).not.toContain('volgens de Woo is zij');
  });

  it('warns when the Wob is chosen for a request received after it was repealed', () => {
    const report = compute({ received: '2026-11-02', regime: 'wob' });
    expect(report.regime).toBe('wob');
    expect(report.warnings.join('\n')).toContain('De Wob is per 1 mei 2022 ingetrokken');
  });

  it('warns for dates outside the decree table', () => {
    const report = compute({ received: '2029-03-01' }, '2029-03-02');
    expect(report.warnings.some((w) => w.startsWith('Voor 2029'))).toBe(true);
    expect(compute({ received: '2026-11-02' }).warnings).toEqual([]);
  });
});

describe('penalty and withdrawal', () => {
  it('always notes that a late decision earns no penalty, and never says it does', () => {
    const reports = [
      compute({ received: '2026-11-02' }),
      compute({ received: '2021-05-10', decided: '2021-07-01' }),
      compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07' }, '2026-12-08'),
    ];
    for (const report of reports) {
      const text = JSON.stringify(report);
      expect(report.notes.some((n) => n.includes('levert de verzoeker geen dwangsom op') && n.includes('art. 8:55d Awb'))).toBe(true);
      expect(text).not.toMatch(/verbeurt|recht op een dwangsom|dwangsom verschuldigd/);
    }
    expect(reports[0].notes[0]).toContain('(art. 8.2 Woo)');
    expect(reports[0].notes[0]).toContain('art. 8.4 Woo');
  });

  it('gives no deadlines after withdrawal', () => {
    const report = compute({ received: '2026-11-02', withdrawn: '2026-11-10' });
    expect(report.deadlines).toEqual([]);
    expect(report.notes[0]).toBe('Het verzoek is ingetrokken op di 10 nov 2026; er lopen geen termijnen meer.');
  });

  it('warns about dates after today', () => {
    expect(compute({ received: '2026-11-02', decided: '2026-11-25' }).warnings).toEqual([
      'De datum van het besluit (wo 25 nov 2026) ligt na vandaag (ma 23 nov 2026).',
    ]);
  });
});

describe('issue 10 item 11: warnings', () => {
  it('a clarification asked more than two weeks after receipt (art. 4.1 lid 5 Woo), not within them, nor under the Wob', () => {
    const late = compute({ received: '2026-11-02', suspensions: [{ kind: 'clarification', from: '2026-11-20', to: '2026-11-30' }] });
    expect(late.warnings.join('\n')).toContain('Het verzoek om precisering van vr 20 nov 2026 kwam 18 dagen na de ontvangst');
    expect(late.warnings.join('\n')).toContain('uiterlijk op ma 16 nov 2026 (art. 4.1 lid 5 Woo)');
    const timely = compute({ received: '2026-11-02', suspensions: [{ kind: 'clarification', from: '2026-11-16', to: '2026-11-30' }] });
    expect(timely.warnings.join('\n')).not.toContain('art. 4.1 lid 5 Woo');
    const wob = compute({ received: '2021-03-01', suspensions: [{ kind: 'clarification', from: '2021-03-25', to: '2021-03-30' }] });
    expect(wob.warnings.join('\n')).not.toContain('art. 4.1 lid 5 Woo');
  });

  it('an objection-stage adjournment announced after the 7:10 term: counted, with the term without it as alternative', () => {
    const report = compute({ received: '2026-09-01', decided: '2026-10-01', objectionLodged: '2026-11-10', objectionAdjournment: { date: '2027-01-05', weeks: 4 } }, '2027-01-06');
    const term = find(report, 'objection_decision');
    // Objection term to Thu 12 Nov 2026; + 6 weeks = Thu 24 Dec 2026; adjourned (late) 4 weeks → Thu 21 Jan 2027.
    expect(term.date).toBe('2027-01-21');
    expect(term.alternatives).toContainEqual({ date: '2026-12-24', reason: 'als de na afloop van de termijn meegedeelde verdaging niet meetelt (art. 7:10 lid 3 Awb)' });
    expect(report.warnings.join('\n')).toContain('na afloop van de beslistermijn (do 24 dec 2026)');
  });

  it('says which date the objection date is (art. 6:9 Awb): receipt, or the day it was posted', () => {
    const report = compute({ received: '2026-09-01', decided: '2026-10-01', objectionLodged: '2026-11-10' }, '2026-11-11');
    expect(report.notes.join('\n')).toContain('De datum van het bezwaar (di 10 nov 2026) is de dag waarop het bestuursorgaan het ontving of, per post, de dag waarop u het op de post deed');
    expect(report.notes.join('\n')).toContain('(art. 6:9 Awb)');
  });
});

describe('a notice of default between the two calendar readings of 2022', () => {
  it('is called possibly premature, not void, and opens no appeal on the safe reading', () => {
    // Received Fri 29 Apr 2022: term to Fri 27 May (if not equalised) or Mon 30 May (safe reading); notice on Sat 28 May.
    const report = compute({ received: '2022-04-29', noticeOfDefault: '2022-05-28' }, '2022-06-20');
    const warning = report.warnings.find((w) => w.startsWith('De ingebrekestelling van za 28 mei 2022'))!;
    expect(warning).toContain('volgens de kortere lezing van de termijn was zij op tijd, maar zij kan prematuur zijn');
    expect(kinds(report)).not.toContain('appeal_from');
  });
});
