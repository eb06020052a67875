// Days made equal to an "algemeen erkende feestdag" by royal decree (art. 3 lid 3 Algemene termijnenwet).
// These are decided by decree, usually for three years at a time, so they are data with their source, never
// derived in code. Years without a known decree get the days the known decrees always equalised, as a
// probable reading (see PROBABLE_EQUALISED_DAYS).
import type { IsoDate } from '../dates.js';

export interface EqualisedDay {
  date: IsoDate;
  /** Short name of the decree, used in explanations. */
  decree: string;
}

export interface Decree {
  /** Short name in explanations: "Besluit gelijkstelling 2017–2019". */
  name: string;
  /** The decree's full title or date and number, and where it is published. */
  reference: string;
  source: string;
  /** The calendar years the decree settles (complete for those years). */
  years: readonly [number, number];
  days: readonly IsoDate[];
}

const SECONDARY_QA =
  'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745 ' +
  '(oktober 2025; secundaire bron, titel van het besluit; zie woo-law.md § 5.2)';

export const DECREES: readonly Decree[] = [
  {
    name: 'Besluit gelijkstelling 2017–2019',
    reference:
      'Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en ' +
      '31 mei en 27 december 2019 met een algemeen erkende feestdag (Staatscourant; BWBR0038666, in werking 1 november 2016)',
    source: 'https://wetten.overheid.nl/BWBR0038666/2016-11-01 (tekst van het besluit)',
    years: [2017, 2019],
    days: ['2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27'],
  },
  {
    name: 'Besluit gelijkstelling 2023–2025',
    reference: 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)',
    source: SECONDARY_QA,
    years: [2023, 2025],
    days: ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  },
  {
    name: 'Besluit gelijkstelling 2026–2028',
    reference: 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)',
    source: SECONDARY_QA,
    years: [2026, 2028],
    days: ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
  },
];

export interface EqualisedDaysTable {
  /** The day the table was last compared with its sources. */
  lastChecked: IsoDate;
  decrees: readonly Decree[];
  days: readonly EqualisedDay[];
}

export const EQUALISED_DAYS: EqualisedDaysTable = {
  lastChecked: '2026-12-02',
  decrees: DECREES,
  days: DECREES.flatMap((d) => d.days.map((date) => ({ date, decree: d.name }))),
};

/** Whether a known decree settles the equalised days of this year. */
export function decreeCovers(year: number): boolean {
  return DECREES.some((d) => year >= d.years[0] && year <= d.years[1]);
}

/** The years between the known decrees, for which no decree was found. */
export const UNCOVERED_GAP = { from: 2020, to: 2022 } as const;

/**
 * For 2020–2022 no decree was found. Every known decree (2017–2028) equalised the Friday after Ascension Day and
 * the Friday after a holiday that falls on a Thursday; these are those days. They are counted for the body's
 * deadlines (the later date: a notice of default is then never premature) and not for the requester's own
 * (the earlier date), each with the other reading as its alternative. 27 May 2022 is also named by
 * https://wvhl.nl/algemeen/de-algemene-termijnenwet (secondary; the same page names an impossible "vrijdag 31 mei").
 */
export const PROBABLE_EQUALISED_DAYS: readonly { date: IsoDate; why: string }[] = [
  { date: '2020-05-22', why: 'vrijdag na Hemelvaartsdag' },
  { date: '2021-05-14', why: 'vrijdag na Hemelvaartsdag' },
  { date: '2022-05-06', why: 'vrijdag na 5 mei, een donderdag' },
  { date: '2022-05-27', why: 'vrijdag na Hemelvaartsdag' },
];
