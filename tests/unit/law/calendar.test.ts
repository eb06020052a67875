import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import {
  DECREES,
  EQUALISED_DAYS,
  PROBABLE_EQUALISED_DAYS,
  decreeCovers,
  atwAppliesToTermOfWeeks,
  atwExtend,
  atwHolidays,
  atwMinimumWorkingDays,
  atwNonWorkingReason,
  coverageWarning,
  easterSunday,
} from '../../../src/core/law/index.js';

// Easter Sundays 2000–2035, taken from an independent implementation (python-dateutil).
const EASTER = [
  '2000-04-23', '2001-04-15', '2002-03-31', '2003-04-20', '2004-04-11', '2005-03-27', '2006-04-16', '2007-04-08',
  '2008-03-23', '2009-04-12', '2010-04-04', '2011-04-24', '2012-04-08', '2013-03-31', '2014-04-20', '2015-04-05',
  '2016-03-27', '2017-04-16', '2018-04-01', '2019-04-21', '2020-04-12', '2021-04-04', '2022-04-17', '2023-04-09',
  '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21', '2031-04-13',
  '2032-03-28', '2033-04-17', '2034-04-09', '2035-03-25',
];

describe('easterSunday', () => {
  it.each(EASTER.map((date) => [Number(date.slice(0, 4)), date]))('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('atwHolidays', () => {
  it('lists every Atw holiday of 2026', () => {
    expect(atwHolidays(2026).map((h) => [h.date, h.name])).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-03', 'Goede Vrijdag'],
      ['2026-04-06', 'tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag (5 mei)'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'tweede Pinksterdag'],
      ['2026-12-25', 'eerste Kerstdag'],
      ['2026-12-26', 'tweede Kerstdag'],
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    const kingsDay = (year: number) => atwHolidays(year).find((h) => h.name === 'Koningsdag')?.date;
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2014)).toBe('2014-04-26');
    expect(kingsDay(2027)).toBe('2027-04-27');
  });

  it('counts 5 May every year, not only in lustrum years', () => {
    expect(atwNonWorkingReason('2026-05-05')).toBe('Bevrijdingsdag (5 mei)');
    expect(atwNonWorkingReason('2027-05-05')).toBe('Bevrijdingsdag (5 mei)');
  });

  it('bases Goede Vrijdag on art. 3 lid 2', () => {
    expect(atwHolidays(2026).find((h) => h.name === 'Goede Vrijdag')?.basis).toContain('art. 3 lid 2');
  });
});

describe('days made equal by royal decree', () => {
  it('holds the dated decree days of 2017–2019 and 2023–2028, each a weekday next to a holiday', () => {
    expect(EQUALISED_DAYS.days.map((d) => d.date)).toEqual([
      '2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27',
      '2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30',
      '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26',
    ]);
    for (const day of EQUALISED_DAYS.days) {
      const weekdayOf = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      // A Friday after a Thursday holiday, or (2018) a Monday before a Tuesday holiday.
      expect([1, 5]).toContain(weekdayOf);
      expect(atwNonWorkingReason(addDays(day.date, weekdayOf === 5 ? -1 : 1))).not.toBeNull();
      expect(atwNonWorkingReason(day.date)).toMatch(/^gelijkgestelde dag \(Besluit gelijkstelling 20\d\d–20\d\d\)$/);
    }
    expect(EQUALISED_DAYS.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DECREES[0]!.reference).toContain('BWBR0038666');
    expect(DECREES[1]!.source).toContain('sterfgeval.nl');
  });

  it('counts the probable days of 2020–2022 only on the probable reading, and says so for those years', () => {
    expect(atwNonWorkingReason('2022-05-27')).toBeNull();
    expect(atwNonWorkingReason('2022-05-27', 'probable')).toMatch(/^waarschijnlijk gelijkgestelde dag \(vrijdag na Hemelvaartsdag/);
    expect(atwExtend('2022-05-27', 'probable').date).toBe('2022-05-30');
    expect(atwExtend('2022-05-27').date).toBe('2022-05-27');
    for (const d of PROBABLE_EQUALISED_DAYS) {
      expect(new Date(`${d.date}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(atwNonWorkingReason(addDays(d.date, -1))).not.toBeNull();
      expect(decreeCovers(Number(d.date.slice(0, 4)))).toBe(false);
    }
    const warning = coverageWarning('2022-05-27')!;
    expect(warning).toContain('Voor 2022 is geen koninklijk besluit over gelijkgestelde dagen gevonden');
    expect(warning).toContain('vrijdag 6 mei 2022');
    expect(warning).toContain('vrijdag 27 mei 2022');
  });
});

describe('atwNonWorkingReason', () => {
  it('names weekends and holidays in Dutch and returns null on working days', () => {
    expect(atwNonWorkingReason('2026-11-23')).toBeNull();
    expect(atwNonWorkingReason('2026-11-21')).toBe('zaterdag');
    expect(atwNonWorkingReason('2026-11-22')).toBe('zondag');
    expect(atwNonWorkingReason('2026-05-14')).toBe('Hemelvaartsdag');
    // A holiday on a weekend day is named by the holiday.
    expect(atwNonWorkingReason('2026-12-26')).toBe('tweede Kerstdag');
    expect(atwNonWorkingReason('2025-04-27')).toBe('zondag');
  });
});

describe('atwExtend (art. 1)', () => {
  it('leaves a working day alone', () => {
    expect(atwExtend('2026-11-30')).toEqual({ date: '2026-11-30', movedBecause: [] });
  });

  it('moves Hemelvaartsdag 2026 past the decree day and the weekend', () => {
    expect(atwExtend('2026-05-14')).toEqual({
      date: '2026-05-18',
      movedBecause: ['Hemelvaartsdag', 'gelijkgestelde dag (Besluit gelijkstelling 2026–2028)', 'zaterdag', 'zondag'],
    });
  });

  it('moves Christmas 2026 and New Year 2027 to the Monday after', () => {
    expect(atwExtend('2026-12-25').date).toBe('2026-12-28');
    expect(atwExtend('2027-01-01').date).toBe('2027-01-04');
    expect(atwExtend('2025-12-25').date).toBe('2025-12-29');
    expect(atwExtend('2026-01-01').date).toBe('2026-01-05');
  });
});

describe('atwMinimumWorkingDays (art. 2)', () => {
  it('extends a short term until it holds two working days', () => {
    // Thu 24 – Sun 27 Dec 2026 holds one working day (the 24th); Monday 28 is the second.
    expect(atwMinimumWorkingDays('2026-12-24', '2026-12-27')).toBe('2026-12-28');
    expect(atwMinimumWorkingDays('2026-11-23', '2026-11-25')).toBe('2026-11-25');
  });

  it('does not apply to terms shorter than three days', () => {
    expect(atwMinimumWorkingDays('2026-12-25', '2026-12-26')).toBe('2026-12-26');
  });

  it('never bites on a term of a week or more (2000–2035), which is why the engine does not call it', () => {
    for (let first = '2000-01-01'; first <= '2035-12-31'; first = addDays(first, 1)) {
      const last = addDays(first, 6);
      if (atwMinimumWorkingDays(first, last) !== last) throw new Error(`art. 2 bites on ${first}`);
    }
  });
});

describe('atwAppliesToTermOfWeeks (art. 4 sub a)', () => {
  it('covers twelve weeks but not more', () => {
    expect(atwAppliesToTermOfWeeks(12)).toBe(true);
    expect(atwAppliesToTermOfWeeks(13)).toBe(false);
  });
});

describe('coverageWarning', () => {
  it('is silent inside the table years and warns outside them', () => {
    expect(coverageWarning('2023-01-01')).toBeNull();
    expect(coverageWarning('2028-12-31')).toBeNull();
    expect(coverageWarning('2029-01-01')).toContain('Voor 2029');
    expect(coverageWarning('2029-01-01')).toContain('2017–2019, 2023–2025 en 2026–2028');
    expect(coverageWarning('2019-06-07')).toBeNull();
    expect(coverageWarning('2016-06-07')).toContain('Voor 2016 kent de tabel');
    expect(coverageWarning('2021-06-07')).toContain('vrijdag 14 mei 2021');
  });
});
