// `woo send ID [kind]`: make a letter ready for the body's best channel (an .eml, a web form's text
// and PDF, or a PDF with its envelope address), keep those exact bytes with the request, and record
// when and how it was sent. Nothing goes over the network: the user sends it.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { rankChannels, type ChannelInfo } from '../core/bodies/channels.js';
import { formatDateLong, parseIsoDate, type IsoDate } from '../core/dates.js';
import { CannotError, UsageError } from '../core/errors.js';
import type { LetterKind, LetterModel, Party } from '../core/letters/model.js';
import { sendingTextSchema, type SendingText } from '../core/letters/sending-text.js';
import type { Dispatch, DispatchFileRole } from '../core/schema/dispatch.js';
import { CHANNELS, CHANNEL_LABELS, type Channel, type EventType, type WooEvent } from '../core/schema/event.js';
import type { WooRequest } from '../core/schema/request.js';
import { fill } from '../render/handlebars.js';
import { mailDate, renderEml } from '../render/eml.js';
import { renderLetter } from '../render/letter.js';
import { storeRequestFile } from '../store/request-files.js';
import type { AppContext } from './context.js';
import { channelSourceOf } from './channels.js';
import { DEFAULT_FILE_NAMES, parseGroundFlags } from './letter.js';
import { letterModel } from './letters.js';
import { appendEvent } from './log.js';
import { checkOutputFiles, checkOutsideWorkspace, writeOutputFileChecked } from '../store/output-file.js';
import { loadLetterText } from './templates.js';

/** The event that sending each letter is (a reminder is no step in the procedure). */
export const SENT_EVENT: Record<LetterKind, EventType | undefined> = {
  request: 'sent',
  'notice-of-default': 'notice-of-default',
  objection: 'objection-lodged',
  'objection-pro-forma': 'objection-lodged',
  reminder: undefined,
  'appeal-for-lateness': 'appeal-lodged',
};

export interface SendOptions {
  id: string;
  kind: LetterKind;
  channel?: string;
  mailto: boolean;
  /** Folder for the files; default the current directory. */
  output?: string;
  sent?: string;
  barcode?: string;
  confirmation?: string;
  force: boolean;
  grounds: string[];
  cwd: string;
  now: Date;
}

export interface FormField {
  label: string;
  value: string;
}

export interface SendResult {
  request: WooRequest;
  dispatch: Dispatch;
  channel: ChannelInfo;
  /** Files written for the user to send. */
  written: string[];
  mailto?: string;
  envelope?: Party;
  form?: FormField[];
  /** Set when the sending was recorded now. */
  recorded?: { event?: WooEvent; warnings: string[] };
  /** Only the sending was recorded, for what an earlier `woo send` made ready. */
  reusedPrepared: boolean;
  warnings: string[];
}

function parseChannel(word: string): Channel {
  if ((CHANNELS as readonly string[]).includes(word)) return word as Channel;
  throw new UsageError(`Onbekend kanaal "${word}".`, `Kies uit: ${CHANNELS.join(', ')}.`);
}

function pickChannel(available: ChannelInfo[], wanted: Channel | undefined, request: WooRequest): ChannelInfo {
  const fix = `Vul het adres aan in bodies.json in de werkmap (zie woo bodies --help) of kies een ander kanaal met --channel.`;
  if (wanted === undefined) {
    if (available.length === 0) throw new CannotError(`Voor ${request.body.name} is geen e-mailadres, webformulier of postadres bekend.`, fix);
    return available[0];
  }
  // Delivering by hand goes to the postal (visiting) address.
  const found = available.find((c) => c.channel === (wanted === 'hand' ? 'post' : wanted));
  if (!found) throw new CannotError(`${request.body.name} heeft geen bekend adres voor verzending ${CHANNEL_LABELS[wanted]}.`, `Bekend: ${available.map((c) => c.channel).join(', ') || 'niets'}. ${fix}`);
  return { ...found, channel: wanted };
}

export function mailSubject(request: WooRequest, model: LetterModel): string {
  return `${model.subject}: ${request.title} (${request.reference ? `uw kenmerk ${request.reference}, ` : ''}ons kenmerk ${request.id})`;
}

/** The short covering message; `file` names the attached PDF, absent for a mailto link (no attachment). */
export function coveringText(text: SendingText, request: WooRequest, model: LetterModel, file?: string): string {
  const sender = [model.sender.name, ...model.sender.lines].filter(Boolean).join('\n');
  const covering = `${fill(text.covering, { what: text.what[model.kind], title: request.title })} ${file ? fill(text.attached, { file }) : text.mailtoNote}`;
  return [text.salutation, covering, text.acknowledge, `${text.closing}\n\n${sender}`].join('\n\n') + '\n';
}

/** RFC 6068: the address, subject and body percent-encoded, line ends as CRLF. */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** The letter's text in the order web forms usually ask for it. */
export function formFields(request: WooRequest, model: LetterModel, subject: string, bodyText: string): FormField[] {
  const r = request.requester;
  const fields: [string, string | undefined][] = [
    ['Naam', r.name],
    ['Organisatie', r.organisation],
    ['Adres', r.address],
    ['Postcode en plaats', [r.postcode, r.city].filter(Boolean).join(' ')],
    ['E-mailadres', r.email],
    ['Telefoonnummer', r.phone],
    ['Onderwerp', subject],
    ['Omschrijving van uw verzoek', bodyText],
  ];
  void model;
  return fields.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => ({ label, value }));
}

/** The letter's body only (no address blocks): what goes in a form's description field. */
function letterBodyText(txt: string, model: LetterModel): string {
  const start = txt.indexOf(model.salutation);
  return (start >= 0 ? txt.slice(start) : txt).trim();
}

async function askSending(ctx: AppContext, channel: ChannelInfo, available: ChannelInfo[]): Promise<{ date: IsoDate; channel: Channel; barcode?: string; confirmation?: string } | undefined> {
  const ask = ctx.ask!;
  const when = await ask.select({
    message: 'Is het verzonden?',
    choices: [
      { name: 'Nog niet (later vastleggen met --sent DATUM)', value: 'later' as const },
      { name: 'Ja, vandaag', value: 'today' as const },
      { name: 'Ja, op een andere dag', value: 'other' as const },
    ],
  });
  if (when === 'later') return undefined;
  const date =
    when === 'today'
      ? ctx.today
      : parseIsoDate(await ask.text({ message: 'Op welke dag (JJJJ-MM-DD)?', required: true, validate: (v) => { try { parseIsoDate(v); return true; } catch (e) { return (e as Error).message; } } }));
  const choices = [...available.map((c) => c.channel), ...(available.some((c) => c.channel === 'post') ? ['hand' as const] : [])];
  const used = choices.length > 1 ? await ask.select({ message: 'Hoe is het verzonden?', choices: choices.map((c) => ({ name: CHANNEL_LABELS[c], value: c })), default: channel.channel }) : channel.channel;
  const extra = (message: string) => ask.text({ message }).then((v) => v.trim() || undefined);
  const barcode = used === 'post' ? await extra('Barcode van de aangetekende zending (leeg als u die niet hebt):') : undefined;
  const confirmation = used === 'webform' ? await extra('Bevestigings- of zaaknummer van het formulier (leeg als er geen is):') : undefined;
  return { date, channel: used, ...(barcode ? { barcode } : {}), ...(confirmation ? { confirmation } : {}) };
}

function latestUnsent(request: WooRequest, kind: LetterKind): number {
  return request.dispatches.findLastIndex((d) => d.letter === kind && d.sent === undefined);
}

/** Records that the letter made ready last for `kind` was sent: the dispatch and the event, in one write. */
export async function recordSending(
  ctx: AppContext,
  requestId: string,
  kind: LetterKind,
  details: { date: IsoDate; channel?: Channel; barcode?: string; confirmation?: string },
): Promise<{ request: WooRequest; dispatch: Dispatch; event?: WooEvent; warnings: string[] }> {
  const profile = await ctx.workspace.readProfile();
  let result: { dispatch: Dispatch; event?: WooEvent; warnings: string[] } | undefined;
  const request = await ctx.workspace.updateRequest(requestId, (current) => {
    const at = latestUnsent(current, kind);
    if (at < 0) throw new CannotError('Er staat niets klaar om als verzonden vast te leggen.', `Maak de brief eerst klaar met woo send ${current.id}${kind === 'request' ? '' : ` ${kind}`}.`);
    const prepared = current.dispatches[at];
    const channel = details.channel ?? prepared.channel;
    const type = SENT_EVENT[kind];
    const logged = type ? appendEvent(current, { event: type, date: details.date, ...(type === 'sent' ? { channel } : {}) }, profile, ctx.today) : { request: current, event: undefined, warnings: [] };
    const dispatch: Dispatch = {
      ...prepared,
      channel,
      sent: details.date,
      ...(logged.event ? { event: logged.event.id } : {}),
      ...(details.barcode ? { barcode: details.barcode } : {}),
      ...(details.confirmation ? { confirmation: details.confirmation } : {}),
    };
    result = { dispatch, event: logged.event, warnings: logged.warnings };
    return { ...logged.request, dispatches: current.dispatches.map((d, i) => (i === at ? dispatch : d)) };
  });
  return { request, ...result! };
}

export async function runSend(options: SendOptions, ctx: AppContext): Promise<SendResult> {
  // The body's channels are no way to the court.
  if (options.kind === 'appeal-for-lateness') {
    throw new CannotError(
      'Een beroepschrift gaat naar de rechtbank, niet naar het bestuursorgaan; woo send kent alleen de kanalen van het bestuursorgaan.',
      `Maak de brief met woo letter ${options.id} appeal-for-lateness --format pdf, stuur hem per post of via het Digitaal loket bestuursrecht, en leg het beroep vast: woo log ${options.id} appeal-lodged <datum>.`,
    );
  }
  const wanted = options.channel !== undefined ? parseChannel(options.channel) : options.mailto ? 'email' : undefined;
  const sentDate = options.sent !== undefined ? parseIsoDate(options.sent, 'datum bij --sent') : undefined;
  const details = { ...(options.barcode ? { barcode: options.barcode.trim() } : {}), ...(options.confirmation ? { confirmation: options.confirmation.trim() } : {}) };
  let request = await ctx.workspace.readRequest(options.id);
  const available = rankChannels(await channelSourceOf(request, ctx));

  // What an earlier `woo send` made ready is what went out: record it, do not make it anew.
  const ready = latestUnsent(request, options.kind);
  if (sentDate !== undefined && ready >= 0 && !options.mailto && (wanted === undefined || wanted === request.dispatches[ready].channel || wanted === 'hand')) {
    const rec = await recordSending(ctx, request.id, options.kind, { date: sentDate, ...(wanted ? { channel: wanted } : {}), ...details });
    const channel = available.find((c) => c.channel === rec.dispatch.channel) ?? { channel: rec.dispatch.channel, to: rec.dispatch.to, notes: [] };
    return { request: rec.request, dispatch: rec.dispatch, channel, written: [], recorded: { event: rec.event, warnings: rec.warnings }, reusedPrepared: true, warnings: [] };
  }
  const done = request.dispatches.findLast((d) => d.letter === options.kind && d.sent !== undefined);
  if (done && !options.force) {
    throw new CannotError(`Deze brief is al verzonden op ${formatDateLong(done.sent!)} (${CHANNEL_LABELS[done.channel]}); zie woo show ${request.id}.`, 'Nogmaals klaarmaken (bijvoorbeeld naar een ander adres) kan met --force.');
  }

  const channel = pickChannel(available, wanted, request);
  const { model, warnings } = await letterModel(request, options.kind, ctx, { force: options.force, ownGrounds: parseGroundFlags(options.grounds) });
  const [pdf, txt, md] = await Promise.all([renderLetter(model, 'pdf'), renderLetter(model, 'txt'), renderLetter(model, 'md')]);
  const text = await loadLetterText<SendingText>('sending', sendingTextSchema);
  const base = `${request.id}-${DEFAULT_FILE_NAMES[options.kind]}`;
  const subject = mailSubject(request, model);
  const dir = resolve(options.cwd, options.output ?? '.');
  const out: { role: DispatchFileRole; name: string; bytes: Uint8Array | string; write: boolean }[] = [];
  const result: Partial<SendResult> = {};
  let messageId: string | undefined;

  if (channel.channel === 'email' && options.mailto) {
    const body = `${coveringText(text, request, model)}\n\n${txt}`;
    result.mailto = mailtoUrl(channel.to, subject, body);
    out.push({ role: 'txt', name: `${base}.txt`, bytes: txt, write: false });
  } else if (channel.channel === 'email') {
    const from = request.requester.email ?? (await ctx.workspace.readProfile()).email;
    if (!from) throw new CannotError('Uw e-mailadres ontbreekt: het is de afzender van het bericht.', 'Vul het in met woo profile --email uw@adres.nl, of gebruik --mailto.');
    messageId = `${randomUUID()}@${from.split('@')[1]}`;
    const eml = renderEml(
      {
        from: { name: model.sender.name || undefined, email: from },
        to: { name: request.body.name, email: channel.to },
        subject,
        date: mailDate(ctx.today, options.now),
        messageId,
        text: coveringText(text, request, model, `${base}.pdf`),
        attachments: [{ filename: `${base}.pdf`, contentType: 'application/pdf', bytes: pdf }],
      },
      `=_woo_${randomUUID().replace(/-/g, '')}`,
    );
    out.push({ role: 'eml', name: `${base}.eml`, bytes: eml, write: true });
  } else if (channel.channel === 'webform') {
    result.form = formFields(request, model, subject, letterBodyText(txt, model));
    out.push({ role: 'txt', name: `${base}.txt`, bytes: result.form.map((f) => `${f.label}:\n${f.value}\n`).join('\n'), write: true });
  } else {
    result.envelope = model.recipient;
  }
  out.push({ role: 'pdf', name: `${base}.pdf`, bytes: pdf, write: channel.channel !== 'email' }, { role: 'md', name: `${base}.md`, bytes: md, write: false });
  if (!out.some((f) => f.role === 'txt')) out.push({ role: 'txt', name: `${base}.txt`, bytes: txt, write: false });

  const toWrite = out.filter((f) => f.write).map((f) => ({ path: join(dir, f.name), bytes: f.bytes }));
  const policy = { workspaceRoot: ctx.workspace.root, force: options.force, ...(ctx.ask ? { ask: ctx.ask } : {}) };
  if (toWrite.length > 0) {
    await checkOutsideWorkspace(dir, policy);
    await checkOutputFiles(toWrite.map((f) => f.path), policy);
    await mkdir(dir, { recursive: true });
  }
  for (const f of toWrite) await writeOutputFileChecked(f.path, f.bytes);
  const written = toWrite.map((f) => f.path);

  let dispatch: Dispatch | undefined;
  request = await ctx.workspace.updateRequest(request.id, async (current) => {
    const files = [];
    for (const f of out) files.push({ ...(await storeRequestFile(ctx.workspace, current.id, f.bytes, f.name)), role: f.role });
    dispatch = { letter: options.kind, channel: channel.channel, to: channel.to, prepared: ctx.today, ...(messageId ? { messageId } : {}), files };
    // A letter made ready again replaces the one that was not sent.
    return { ...current, dispatches: [...current.dispatches.filter((d) => !(d.letter === options.kind && d.sent === undefined)), dispatch] };
  });

  const sending = sentDate !== undefined ? { date: sentDate, channel: wanted ?? channel.channel, ...details } : ctx.ask ? await askSending(ctx, channel, available) : undefined;
  let recorded: SendResult['recorded'];
  if (sending) {
    const rec = await recordSending(ctx, request.id, options.kind, sending);
    request = rec.request;
    dispatch = rec.dispatch;
    recorded = { event: rec.event, warnings: rec.warnings };
  }
  return { request, dispatch: dispatch!, channel, written, ...result, recorded, reusedPrepared: false, warnings };
}
