// `woo bodies`: search the directory of public bodies, and show one entry in full.
import type { Body, BodyKind } from '../core/bodies/schema.js';
import { searchBodies } from '../core/bodies/search.js';
import { CannotError } from '../core/errors.js';
import { didYouMean, findExactBody } from './body-lookup.js';
import type { AppContext } from './context.js';
import { loadDirectory, type Directory } from './directory.js';
import { directoryChannelSource } from './channels.js';
import { checkedLabel, rankChannels, type ChannelInfo } from '../core/bodies/channels.js';
import { CHANNEL_LABELS } from '../core/schema/event.js';

/** At most this many search results: past that, a longer query finds the body sooner than scrolling. */
const SEARCH_LIMIT = 25;

export interface BodiesResult {
  directory: Directory;
  bodies: Body[];
}

export interface BodyShowResult {
  directory: Directory;
  body: Body;
  /** Its ways in for a Woo request, most suitable first, each with source, date and warnings. */
  channels: ChannelInfo[];
}

/** Matching bodies, best first; without a query every body (of the kind), by name. */
export async function runBodies(options: { query?: string; kind?: BodyKind }, ctx: AppContext): Promise<BodiesResult> {
  const directory = await loadDirectory(ctx);
  const pool = options.kind ? directory.bodies.filter((b) => b.kind === options.kind) : directory.bodies;
  const bodies = options.query?.trim()
    ? searchBodies(pool, options.query, { limit: SEARCH_LIMIT }).map((r) => r.body)
    : [...pool].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { directory, bodies };
}

/** One body by id (or its exact name); an unknown one is an error with suggestions. */
export async function runBodyShow(id: string, ctx: AppContext): Promise<BodyShowResult> {
  const directory = await loadDirectory(ctx);
  const body = findExactBody(directory.bodies, id);
  if (!body) {
    const suggestion = didYouMean(directory.bodies, id);
    throw new CannotError(`Onbekend bestuursorgaan: "${id}".`, `${suggestion ? `${suggestion} ` : ''}Zoek met woo bodies <zoekterm>.`);
  }
  return { directory, body, channels: rankChannels(directoryChannelSource(body, directory), ctx.today) };
}

/** The --json output of a search: where the data comes from, and the bodies as in the directory. */
export function bodiesJson(result: BodiesResult): Record<string, unknown> {
  const { directory } = result;
  return {
    source: { ...directory.source, generated: directory.generated, ...(directory.override ? { override: directory.override.file } : {}) },
    bodies: result.bodies,
  };
}

const MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Source, date and the warning that addresses may have changed since; shown under every listing. */
export function sourceNotice(directory: Directory): string {
  const date = MONTH_YEAR.format(new Date(`${directory.source.date}-01T00:00:00Z`));
  const lines = [`Bron: ${directory.source.name}; stand ${date}.`, directory.source.note];
  if (directory.override) lines.push(`Met eigen correcties en aanvullingen uit ${directory.override.file}.`);
  return lines.join('\n');
}

const NOT_WOO = ' [geen Woo]';

function cell(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** The name, shortened to fit, with the not-Woo marker kept visible. */
function nameCell(body: Body, width: number): string {
  const marker = body.woo ? '' : NOT_WOO;
  const name = body.name.length + marker.length <= width ? body.name : `${body.name.slice(0, width - marker.length - 1)}…`;
  return `${name}${marker}`.padEnd(width);
}

/** The best way in, for the list: e-mail marked first, since woo send can then prepare the message. */
function wayIn(b: Body): string {
  const email = b.channels?.email?.address ?? b.email;
  if (email) return `e-mail ${email}`;
  const form = b.channels?.webform?.url ?? b.webform;
  if (form) return `formulier ${form}`;
  return b.postal || b.channels?.postal ? 'post' : '—';
}

export function formatBodies(result: BodiesResult): string {
  const { bodies, directory } = result;
  if (bodies.length === 0) return `Geen bestuursorganen gevonden. Probeer een korter of ander zoekwoord.\n\n${sourceNotice(directory)}`;
  // Ids are never shortened: they are what the user copies into --body and --bodies.
  // Ids are never shortened (users copy them), so their column is as wide as the longest.
  const idWidth = Math.max(2, ...bodies.map((b) => b.id.length));
  const nameWidth = Math.min(40, Math.max(4, ...bodies.map((b) => b.name.length + (b.woo ? 0 : NOT_WOO.length))));
  const kindWidth = Math.max(5, ...bodies.map((b) => b.kind.length));
  const row = (id: string, name: string, kind: string, place: string, contact: string) =>
    `${id.padEnd(idWidth)}  ${name}  ${kind.padEnd(kindWidth)}  ${cell(place, 20)}  ${contact}`.trimEnd();
  const lines = [
    row('Id', cell('Naam', nameWidth), 'Soort', 'Plaats', 'Woo-verzoek'),
    ...bodies.map((b) => row(b.id, nameCell(b, nameWidth), b.kind, b.postal?.city ?? '—', wayIn(b))),
  ];
  const notes = [`${bodies.length} ${bodies.length === 1 ? 'bestuursorgaan' : 'bestuursorganen'}. Alles over één: woo bodies show <id>.`, 'Woo-verzoek: "e-mail" neemt verzoeken per e-mail aan (woo send maakt dan een .eml), anders het webformulier of de post.'];
  if (bodies.some((b) => !b.woo)) notes.push('[geen Woo]: de Woo geldt niet voor dit orgaan; een verzoek is daar geen Woo-verzoek.');
  return `${lines.join('\n')}\n\n${notes.join('\n')}\n\n${sourceNotice(directory)}`;
}

export function formatBody(result: BodyShowResult): string {
  const { body, directory } = result;
  const postal = body.postal
    ? [body.postal.address, [body.postal.postcode, body.postal.city].filter(Boolean).join('  '), body.postal.country].filter(Boolean)
    : ['onbekend'];
  const fields: [string, string | undefined][] = [
    ['Id', body.id],
    ['Soort', body.kind],
    ['Afkorting', body.shortName],
    ['Ook bekend als', body.aliases?.join(', ')],
    ['Postadres', postal.join(`\n${' '.repeat(18)}`)],
    ['Website', body.website],
    ['Woo', body.woo ? 'ja' : `nee — ${body.wooNote}`],
    ['Provincie', body.province],
    ['Opgegaan in', body.mergedInto],
    ['Let op', body.note],
    ['Herkomst', directory.override?.ids.has(body.id) ? `eigen correctie of aanvulling (${directory.override.file})` : undefined],
  ];
  const lines = fields.filter(([, value]) => value !== undefined).map(([label, value]) => `  ${`${label}:`.padEnd(16)}${value}`);
  const ways = result.channels.length
    ? result.channels.flatMap((c, i) => [
        `  ${i + 1}. ${CHANNEL_LABELS[c.channel]}: ${c.to}`,
        ...(c.provenance ? [`     bron: ${c.provenance.source}${c.provenance.checked ? `, gecontroleerd ${checkedLabel(c.provenance.checked)}` : ''}`] : []),
        ...c.notes.map((n) => `     let op: ${n}`),
      ])
    : ['  geen bekend: vul een adres aan in bodies.json (zie woo bodies --help)'];
  const contact = body.channels?.contact ? [`  Woo-contact: ${body.channels.contact.text} (bron: ${body.channels.contact.source}, ${checkedLabel(body.channels.contact.checked)})`] : [];
  return `${body.name}\n${lines.join('\n')}\n\nKanalen voor een Woo-verzoek (meest geschikt eerst; woo send gebruikt het eerste):\n${[...ways, ...contact].join('\n')}\n\n${sourceNotice(directory)}`;
}
