// Days made equal to an "algemeen erkende feestdag" by royal decree (art. 3 lid 3 Algemene termijnenwet).
// These are decided year by year, so they are data with their source, never derived in code.
import type { IsoDate } from '../dates.js';

export interface EqualisedDay {
  date: IsoDate;
  /** Short name of the decree, used in explanations. */
  decree: string;
}

export interface EqualisedDaysTable {
  /** First and last calendar year the table is known to be complete for. */
  coversFrom: number;
  coversTo: number;
  source: string;
  /** The day this table was last compared with its source. */
  lastChecked: IsoDate;
  days: readonly EqualisedDay[];
}

const DECREE_2023_2025 = 'Besluit gelijkstelling 2023–2025';
const DECREE_2026_2028 = 'Besluit gelijkstelling 2026–2028';

export const EQUALISED_DAYS: EqualisedDaysTable = {
  coversFrom: 2023,
  coversTo: 2028,
  source:
    'Titels van de besluiten "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en ' +
    '30 mei 2025 met een algemeen erkende feestdag" en "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, ' +
    '7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag", zoals vermeld op ' +
    'https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745 ' +
    '(oktober 2025; secundaire bron, de Staatscourant-teksten zijn niet gevonden; zie woo-law.md § 5.2)',
  lastChecked: '2026-11-23',
  days: [
    { date: '2023-04-28', decree: DECREE_2023_2025 },
    { date: '2023-05-19', decree: DECREE_2023_2025 },
    { date: '2024-05-10', decree: DECREE_2023_2025 },
    { date: '2024-12-27', decree: DECREE_2023_2025 },
    { date: '2025-05-30', decree: DECREE_2023_2025 },
    { date: '2026-01-02', decree: DECREE_2026_2028 },
    { date: '2026-05-15', decree: DECREE_2026_2028 },
    { date: '2027-05-07', decree: DECREE_2026_2028 },
    { date: '2028-04-28', decree: DECREE_2026_2028 },
    { date: '2028-05-26', decree: DECREE_2026_2028 },
  ],
};

/**
 * Reported equalised days we do not count: the only source is unreliable, and counting a day that was
 * never equalised would push the requester's own deadlines (objection, court appeal) one working day too
 * late. They are only mentioned in the coverage warning for their year.
 */
export const UNCONFIRMED_EQUALISED_DAYS: readonly { date: IsoDate; source: string }[] = [
  {
    date: '2022-05-27',
    source:
      'https://wvhl.nl/algemeen/de-algemene-termijnenwet (secundair; dezelfde pagina noemt ook een onmogelijke "vrijdag 31 mei")',
  },
];
