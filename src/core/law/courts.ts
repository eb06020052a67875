// Which district court (rechtbank) hears an appeal against a Woo body (art. 8:7 Awb): the court of the body's
// seat for a body of a municipality, province, water board or joint arrangement (lid 1), otherwise the court of
// the requester's residence (lid 2). The districts are data: data/courts.json, built by scripts/build-courts.mjs
// from the Wet op de rechterlijke indeling.
import { z } from 'zod';
import { normalise } from '../bodies/search.js';
import type { BodyKind } from '../bodies/schema.js';
import { CannotError, UsageError } from '../errors.js';

const text = z.string().trim().min(1);

export const courtsFileSchema = z.strictObject({
  source: z.strictObject({ districts: text, municipalities: text, checked: text }),
  courts: z.record(text, z.strictObject({ name: text, postal: z.strictObject({ address: text, postcode: text, city: text }), source: text })),
  /** Municipality → court id. */
  municipalities: z.record(text, text),
  /** Place → court id; null where places of that name lie in two districts. */
  places: z.record(text, text.nullable()),
});
export type CourtsFile = z.infer<typeof courtsFileSchema>;

export interface Court {
  id: string;
  name: string;
  postal: { address: string; postcode: string; city: string };
  source: string;
}

export interface CompetentCourt {
  court: Court;
  /** 'seat' (art. 8:7 lid 1), 'residence' (lid 2) or 'chosen' (--court). */
  ground: 'seat' | 'residence' | 'chosen';
  basis: string;
  /** The municipality or place the choice rests on. */
  place?: string;
}

/** Bodies of a municipality, province, water board or joint arrangement (Wgr): art. 8:7 lid 1 Awb. */
const DECENTRAL_KINDS = new Set<BodyKind>(['gemeente', 'provincie', 'waterschap', 'veiligheidsregio', 'ggd']);
/** For a body outside the directory: the kind read from the first word of its name. */
const DECENTRAL_NAME = /^(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip|veiligheidsregio|ggd|gemeenschappelijke regeling) /;

export interface CourtQuestion {
  body: { name: string; kind?: BodyKind; city?: string };
  requesterCity?: string;
  /** --court: an id (midden-nederland) or name (Rechtbank Midden-Nederland). */
  chosen?: string;
}

function court(table: CourtsFile, id: string): Court {
  return { id, ...table.courts[id]! };
}

/** The court named by --court, by id or name; an unknown one is refused with the list. */
export function findCourt(table: CourtsFile, typed: string): Court {
  const wanted = normalise(typed).replace(/^rechtbank /, '');
  const id = Object.keys(table.courts).find((k) => normalise(k) === wanted || normalise(table.courts[k]!.name).replace(/^rechtbank /, '') === wanted);
  if (!id) throw new UsageError(`Onbekende rechtbank "${typed}".`, `Kies uit: ${Object.keys(table.courts).join(', ')}.`);
  return court(table, id);
}

/** The district a municipality or place lies in; undefined when unknown, null when the name is ambiguous. */
function districtOf(table: CourtsFile, place: string): string | null | undefined {
  const wanted = normalise(place);
  const municipality = Object.keys(table.municipalities).find((m) => normalise(m) === wanted);
  if (municipality) return table.municipalities[municipality];
  const known = Object.keys(table.places).find((p) => normalise(p) === wanted);
  return known === undefined ? undefined : table.places[known];
}

export function competentCourt(table: CourtsFile, q: CourtQuestion): CompetentCourt {
  if (q.chosen) return { court: findCourt(table, q.chosen), ground: 'chosen', basis: 'art. 8:7 Awb' };
  const hint = `Kies de rechtbank zelf met --court (${Object.keys(table.courts).join(', ')}).`;
  const decentral = q.body.kind ? DECENTRAL_KINDS.has(q.body.kind) : DECENTRAL_NAME.test(normalise(q.body.name) + ' ');
  if (decentral) {
    // A municipality's seat is the municipality itself; other bodies (and a municipality whose name the table
    // spells differently) are located by their postal address.
    const own = q.body.kind === 'gemeente' || /^gemeente /.test(normalise(q.body.name)) ? q.body.name.replace(/^gemeente\s+/i, '') : undefined;
    const candidates = [own, q.body.city].filter((c): c is string => c !== undefined);
    const seat = candidates.find((c) => districtOf(table, c));
    if (!seat) {
      const tried = candidates.map((c) => `"${c}" ${districtOf(table, c) === null ? 'ligt in meer dan één arrondissement' : 'is geen bekende gemeente of plaats'}`);
      throw new CannotError(`De rechtbank van de vestigingsplaats van ${q.body.name} is niet te bepalen (art. 8:7 lid 1 Awb): ${tried.join('; ') || 'er is geen plaats bekend'}.`, hint);
    }
    return { court: court(table, districtOf(table, seat)!), ground: 'seat', basis: 'art. 8:7 lid 1 Awb', place: seat };
  }
  const city = q.requesterCity;
  const id = city ? districtOf(table, city) : undefined;
  if (!city || !id) {
    throw new CannotError(
      `Bevoegd is de rechtbank van uw woonplaats (art. 8:7 lid 2 Awb), maar ${city ? `"${city}" ${id === null ? 'ligt in meer dan één arrondissement' : 'is geen bekende gemeente of plaats'}` : 'uw woonplaats staat niet in uw profiel'}.`,
      city ? hint : `Vul uw woonplaats in met woo profile --city PLAATS, of ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
    );
  }
  return { court: court(table, id), ground: 'residence', basis: 'art. 8:7 lid 2 Awb', place: city };
}
