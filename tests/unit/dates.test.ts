// Dates come in only with a plausible year (1980–2100): 9999, 1000 or 1582 would give nonsense terms.
import { describe, expect, it } from 'vitest';
import { isPlausibleDate, parseIsoDate } from '../../src/core/dates.js';
import { findDates } from '../../src/core/decision/dates.js';
import { computeDeadlines } from '../../src/core/law/index.js';
import { isoDateSchema } from '../../src/core/schema/common.js';

describe('plausible years', () => {
  it.each(['9999-01-01', '1000-06-15', '1582-10-15', '1979-12-31', '2101-01-01', '31-12-1979'])('refuses %s with the allowed range', (date) => {
    expect(() => parseIsoDate(date, 'ontvangstdatum')).toThrow(/het jaar \d{4} ligt niet tussen 1980 en 2100/);
  });

  it.each(['1980-01-01', '2100-12-31', '2-11-2026'])('accepts %s', (date) => {
    expect(() => parseIsoDate(date)).not.toThrow();
  });

  it('refuses a stored date in an impossible year, naming the range', () => {
    const r = isoDateSchema.safeParse('9999-01-01');
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(['ongeldige datum: het jaar moet tussen 1980 en 2100 liggen']);
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues).toHaveLength(1);
  });

  it('gives no deadline for a received date in the year 9999', () => {
    expect(() => computeDeadlines({ received: '9999-01-01', regime: 'woo' }, '2026-11-23')).toThrow(/ligt niet tussen 1980 en 2100/);
  });

  it('reads no letter date in an impossible year', () => {
    expect(findDates('Besluit van 5 juli 9999 en van 5 juli 2021 op grond van de wet van 1 mei 1978').map((d) => d.date)).toEqual(['2021-07-05']);
    expect(isPlausibleDate('2021-07-05')).toBe(true);
  });
});
