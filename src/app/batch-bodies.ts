// Which bodies a batch goes to: a list of ids or names (--bodies, --bodies-file) or every body of
// one kind (--bodies-kind, optionally --province). Every name is checked before anything is asked
// or written, and all problems are reported at once, so a list of 300 needs one correction round.
import { readFile } from 'node:fs/promises';
import { PROVINCES, type Body, type BodyKind } from '../core/bodies/schema.js';
import { normalise } from '../core/bodies/search.js';
import { CannotError, UsageError } from '../core/errors.js';
import { stripBom } from '../core/text.js';
import { didYouMean, findExactBody } from './body-lookup.js';
import type { Directory } from './directory.js';

export interface BodySelection {
  /** Ids or names, as given with --bodies. */
  list?: string[];
  /** A file with one id or name per line (# starts a comment). */
  file?: string;
  kind?: BodyKind;
  province?: string;
}

/** How many unknown names get their own "Bedoelde u …?" line; the rest are only named. */
const SUGGESTION_LINES = 5;

async function readListFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = stripBom(await readFile(file, 'utf8'));
  } catch {
    throw new UsageError(`Bestand met bestuursorganen niet gevonden of niet leesbaar: ${file}.`);
  }
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim());
}

function fromList(entries: string[], directory: Directory, where: string, warnings: string[]): Body[] {
  const wanted = entries.map((e) => e.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (wanted.length === 0) throw new UsageError(`Geen bestuursorganen gevonden in ${where}.`, 'Geef ids of namen, bijvoorbeeld --bodies gemeente-utrecht,gemeente-zeist.');
  const unknown: string[] = [];
  const outsideWoo: Body[] = [];
  const chosen = new Map<string, Body>();
  for (const entry of wanted) {
    const body = findExactBody(directory.bodies, entry);
    if (!body) unknown.push(entry);
    else if (!body.woo) outsideWoo.push(body);
    else if (chosen.has(body.id)) warnings.push(`${body.name} staat meer dan één keer in ${where}; het krijgt één verzoek.`);
    else chosen.set(body.id, body);
  }
  if (unknown.length > 0) {
    const hints = unknown.slice(0, SUGGESTION_LINES).map((u) => `"${u}": ${didYouMean(directory.bodies, u) ?? 'geen vergelijkbaar bestuursorgaan gevonden.'}`);
    throw new UsageError(
      `Onbekend in ${where}: ${unknown.map((u) => `"${u}"`).join(', ')}. Er is niets opgeslagen.`,
      [...hints, 'Zoek ids met woo bodies <zoekterm>.'].join('\n  '),
    );
  }
  if (outsideWoo.length > 0) {
    throw new UsageError(
      `Niet onder de Woo: ${outsideWoo.map((b) => `${b.name} (${b.id})`).join(', ')}. Er is niets opgeslagen.`,
      `${[...new Set(outsideWoo.map((b) => b.wooNote))].join(' ')} Haal ${outsideWoo.length === 1 ? 'dit orgaan' : 'deze organen'} uit de lijst.`,
    );
  }
  return [...chosen.values()];
}

function inProvince(bodies: Body[], province: string, warnings: string[]): Body[] {
  const wanted = PROVINCES.find((p) => normalise(p) === normalise(province));
  if (!wanted) throw new UsageError(`Onbekende provincie "${province}".`, `Provincies: ${PROVINCES.join(', ')}.`);
  const known = bodies.filter((b) => b.province !== undefined);
  // The shipped source has no province column, so only the user's own bodies.json can supply one.
  if (known.length === 0) {
    throw new CannotError(
      'De lijst van bestuursorganen legt (nog) niet vast in welke provincie een bestuursorgaan ligt; --province kan daarom niet filteren.',
      'Zet de ids in een bestand, één per regel (ids vindt u met woo bodies --kind gemeente), en gebruik --bodies-file BESTAND.',
    );
  }
  if (known.length < bodies.length) warnings.push(`${bodies.length - known.length} bestuursorganen zonder provincie in de lijst zijn niet meegenomen.`);
  return known.filter((b) => b.province === wanted);
}

function ofKind(kind: BodyKind, province: string | undefined, directory: Directory, warnings: string[]): Body[] {
  const live = directory.bodies.filter((b) => b.kind === kind && b.mergedInto === undefined);
  const outsideWoo = live.filter((b) => !b.woo).length;
  if (outsideWoo > 0) warnings.push(`${outsideWoo} bestuursorga${outsideWoo === 1 ? 'an' : 'nen'} van deze soort vall${outsideWoo === 1 ? 't' : 'en'} niet onder de Woo en ${outsideWoo === 1 ? 'is' : 'zijn'} overgeslagen.`);
  const woo = live.filter((b) => b.woo);
  const chosen = province === undefined ? woo : inProvince(woo, province, warnings);
  if (chosen.length === 0) throw new UsageError(`Geen bestuursorganen van de soort ${kind}${province ? ` in ${province}` : ''} in de lijst.`);
  return chosen;
}

/** The bodies of a batch, in the order given (a kind: directory order). Throws before anything is written. */
export async function selectBodies(selection: BodySelection, directory: Directory, warnings: string[]): Promise<Body[]> {
  if (selection.province !== undefined && selection.kind === undefined) {
    throw new UsageError('--province werkt alleen samen met --bodies-kind, bijvoorbeeld --bodies-kind gemeente --province Utrecht.');
  }
  const given = [selection.list, selection.file, selection.kind].filter((s) => s !== undefined).length;
  if (given !== 1) throw new UsageError('Kies één van --bodies, --bodies-file en --bodies-kind.');
  if (selection.kind) return ofKind(selection.kind, selection.province, directory, warnings);
  if (selection.file) return fromList(await readListFile(selection.file), directory, selection.file, warnings);
  return fromList(selection.list ?? [], directory, '--bodies', warnings);
}
