// `woo receive ID FILE`: take in any letter from the body (PDF, text or an e-mail with its
// attachments): say what it is and on which sentence that rests, propose the events it implies,
// flag what matters legally, show how the deadlines move, and keep the letter with its hash.
// A decision goes on to the decision import, so one command takes whatever arrives.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BODY_LETTER_LABELS, readBodyLetter, type BodyLetterReading, type ProposedBodyEvent } from '../core/correspondence/read-body-letter.js';
import { looksLikeMail, parseMail, partText } from '../core/correspondence/mime.js';
import { daysBetween, type IsoDate } from '../core/dates.js';
import { CannotError, UsageError } from '../core/errors.js';
import { nextEventId } from '../core/event-id.js';
import { checkNewEvent } from '../core/law/index.js';
import { EVENT_LABELS, type WooEvent } from '../core/schema/event.js';
import type { WooRequest } from '../core/schema/request.js';
import { cleanLetterText } from '../core/text.js';
import { attachFile } from './attach.js';
import type { AppContext } from './context.js';
import { LETTER_LIMITS, readDecisionText } from './decision-text.js';
import { readInputFile } from './input-file.js';
import { runRespond, type RespondResult } from './respond.js';
import { deadlinesOf } from './summary.js';

export interface ReceiveOptions {
  id: string;
  file: string;
  cwd: string;
  yes: boolean;
  dryRun: boolean;
}

export interface ProposedEventCheck extends ProposedBodyEvent {
  /** Legal remarks: a late adjournment, a late request to narrow, … */
  warnings: string[];
  /** Why it cannot be logged (an impossible history); such an event is never stored. */
  errors: string[];
}

export interface ReceiveResult {
  request: WooRequest;
  reading: BodyLetterReading;
  proposed: ProposedEventCheck[];
  /** The events stored (empty for --dry-run or when the user declined). */
  logged: WooEvent[];
  /** The decision term before and after the new events. */
  decisionDeadline: { before?: IsoDate; after?: IsoDate };
  /** The letter is a decision: `woo respond --from` takes it on. */
  decision: boolean;
  attached: boolean;
  warnings: string[];
  /** What the decision import made of it, when the letter is a decision. */
  respond?: RespondResult;
}

/** The letter's text and the bytes to keep; an e-mail gives its text part and its PDF attachments. */
async function readLetter(file: string): Promise<{ text: string; bytes: Buffer; decisionFile?: string; cleanup: () => Promise<void> }> {
  // An e-mail may carry a PDF of up to 20 MB; a plain letter is held to the text limit below.
  const bytes = await readInputFile(file, 'De brief', LETTER_LIMITS.pdfBytes, 'Geef de brief als .pdf, .txt of .eml.');
  if (!looksLikeMail(bytes)) return { text: await readDecisionText(file), bytes, cleanup: async () => {} };
  const mail = parseMail(bytes);
  const texts = mail.parts.filter((p) => p.contentType === 'text/plain').map((p) => cleanLetterText(partText(p)));
  const dir = await mkdtemp(join(tmpdir(), 'woo-receive-'));
  let decisionFile: string | undefined;
  for (const [i, pdf] of mail.parts.filter((p) => p.contentType === 'application/pdf' || /\.pdf$/i.test(p.filename ?? '')).entries()) {
    const path = join(dir, `bijlage-${i + 1}.pdf`);
    await writeFile(path, pdf.bytes, { mode: 0o600 });
    texts.push(await readDecisionText(path));
    decisionFile ??= path;
  }
  // A mail without a Date in its letter text: its own Date header dates it.
  const dated = mail.headers.get('date') ? new Date(mail.headers.get('date')!) : undefined;
  const header = dated && !Number.isNaN(dated.getTime()) ? `Datum: ${dated.toISOString().slice(0, 10)}\n` : '';
  return { text: `${header}${texts.join('\n\n')}`, bytes, ...(decisionFile ? { decisionFile } : {}), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function check(request: WooRequest, accepted: WooEvent[], p: ProposedBodyEvent, today: IsoDate): { event: WooEvent; warnings: string[]; errors: string[] } {
  const event: WooEvent = {
    id: nextEventId([...request.events, ...accepted]),
    type: p.type,
    date: p.date,
    ...(p.weeks ? { weeks: p.weeks } : {}),
    ...(p.until ? { until: p.until } : {}),
    note: p.note ? `${p.note} (uit de brief)` : 'overgenomen uit de brief van het bestuursorgaan',
    recorded: today,
  };
  const result = checkNewEvent([...request.events, ...accepted], event, today, { regime: request.regime, committee: request.committee });
  const warnings = [...result.warnings];
  // Art. 4.1 lid 5 Woo: the body asks to narrow a request within two weeks of receipt.
  const received = [...request.events, ...accepted].find((e) => e.type === 'received')?.date;
  if (p.type === 'clarification-requested' && received && daysBetween(received, p.date) > 14) {
    warnings.push(`Het verzoek om precisering kwam ${daysBetween(received, p.date)} dagen na de ontvangst; art. 4.1 lid 5 Woo geeft het bestuursorgaan daarvoor twee weken. Of de termijn dan wordt opgeschort, is twijfelachtig: reken voor een ingebrekestelling met de termijn zonder opschorting als die u gunstiger is.`);
  }
  return { event, warnings, errors: result.errors };
}

export async function runReceive(o: ReceiveOptions, ctx: AppContext): Promise<ReceiveResult> {
  const request = await ctx.workspace.readRequest(o.id);
  const file = resolve(o.cwd, o.file);
  const letter = await readLetter(file);
  try {
    const reading = readBodyLetter(letter.text);
    if (reading.kinds.length === 0) {
      throw new CannotError(`In ${o.file} is geen brief van een bestuursorgaan over een Woo-verzoek herkend (geen ontvangstbevestiging, verdaging, precisering, zienswijze, uitstel, doorzending, hoorzitting of besluit).`, 'Er is niets vastgelegd. Leg een gebeurtenis anders zelf vast met woo log, of bewaar de brief met woo attach.');
    }
    const decision = reading.kinds.some((k) => k.kind === 'decision' || k.kind === 'partial_decision');
    const warnings: string[] = [];
    if (!reading.letterDate && !decision) warnings.push('De datum van de brief is niet gevonden; er zijn geen gebeurtenissen voorgesteld. Leg ze vast met woo log en de datum uit de brief.');
    if (reading.kinds.some((k) => k.kind === 'hearing')) warnings.push('Een uitnodiging voor een hoorzitting verandert geen termijn; de brief wordt bewaard.');
    if (reading.forwardedTo) warnings.push(`Doorgezonden aan ${reading.forwardedTo}: voor het doorgezonden deel loopt de termijn bij dat bestuursorgaan vanaf de ontvangst daar (art. 4.2 Woo). Zoek het adres op met woo bodies "${reading.forwardedTo}".`);
    if (reading.kinds.some((k) => k.kind === 'objection_decision') && reading.letterDate) {
      reading.events.push({ type: 'objection-decided', date: reading.letterDate, basis: reading.kinds.find((k) => k.kind === 'objection_decision')!.basis });
    }
    const accepted: WooEvent[] = [];
    const proposed: ProposedEventCheck[] = [];
    // Events the history already has (the same type on the same day) are not proposed again.
    for (const p of reading.events.filter((e) => !request.events.some((x) => x.type === e.type && x.date === e.date))) {
      const c = check(request, accepted, p, ctx.today);
      proposed.push({ ...p, warnings: c.warnings, errors: c.errors });
      if (c.errors.length === 0) accepted.push(c.event);
    }
    const before = deadlinesOf(request, ctx.today)?.deadlines.find((d) => d.kind === 'decision')?.date;
    const afterAll = deadlinesOf({ ...request, events: [...request.events, ...accepted] }, ctx.today)?.deadlines.find((d) => d.kind === 'decision')?.date;
    const result: ReceiveResult = { request, reading, proposed, logged: [], decisionDeadline: { ...(before ? { before } : {}), ...(afterAll ? { after: afterAll } : {}) }, decision, attached: false, warnings };
    if (decision) {
      const respond = await runRespond({ id: o.id, from: letter.decisionFile ?? file, add: false, dryRun: o.dryRun, yes: o.yes }, ctx);
      const attached = o.dryRun ? undefined : await attachFile(ctx, o.id, letter.bytes, 'body-letter', basename(file));
      return { ...result, respond, request: attached?.request ?? respond.request, attached: attached !== undefined };
    }
    if (o.dryRun) return result;
    if (!ctx.ask && !o.yes) throw new UsageError('Zonder terminal neemt u de voorstellen over met --yes, of bekijkt u ze eerst met --dry-run --json.');
    let toLog = accepted;
    if (ctx.ask && !o.yes) {
      const chosen: WooEvent[] = [];
      for (const event of accepted) {
        if (await ctx.ask.confirm({ message: `${EVENT_LABELS[event.type]} op ${event.date}${event.weeks ? ` (${event.weeks} weken)` : ''}${event.until ? ` tot en met ${event.until}` : ''} vastleggen?`, default: true })) chosen.push(event);
      }
      toLog = chosen;
    }
    const profile = await ctx.workspace.readProfile();
    const saved = await ctx.workspace.updateRequest(o.id, (current) => ({
      ...current,
      events: [...current.events, ...toLog.filter((e) => !current.events.some((c) => c.id === e.id)).map((e) => ({ ...e, ...(profile.name ? { by: profile.name } : {}) }))],
      ...(reading.reference && !current.reference ? { reference: reading.reference } : {}),
    }));
    const attached = await attachFile(ctx, o.id, letter.bytes, 'body-letter', basename(file));
    return { ...result, request: attached.request ?? saved, logged: toLog, attached: true };
  } finally {
    await letter.cleanup();
  }
}

export function describeReceive(r: ReceiveResult): string {
  const lines = [`Soort brief: ${r.reading.kinds.map((k) => BODY_LETTER_LABELS[k.kind]).join(' en ')}`];
  for (const k of r.reading.kinds) lines.push(`  "${k.basis.replace(/\s+/g, ' ').slice(0, 200)}"`);
  const facts = [r.reading.letterDate ? `brief van ${r.reading.letterDate}` : '', r.reading.reference ? `kenmerk ${r.reading.reference}` : '', r.reading.contact ? `contactpersoon ${r.reading.contact}` : ''].filter(Boolean);
  if (facts.length) lines.push(facts.join('; '));
  if (r.proposed.length) {
    lines.push('', 'Gebeurtenissen uit de brief:');
    for (const p of r.proposed) {
      lines.push(`  ${p.date}  ${EVENT_LABELS[p.type]}${p.weeks ? ` (${p.weeks} weken)` : ''}${p.until ? ` tot en met ${p.until}` : ''}${p.errors.length ? '  — NIET vast te leggen' : ''}`);
      for (const e of p.errors) lines.push(`      ${e}`);
      for (const w of p.warnings) lines.push(`      Let op: ${w}`);
    }
  }
  const { before, after } = r.decisionDeadline;
  if (before || after) lines.push('', `Beslistermijn: ${before ?? '—'}${after && after !== before ? ` → ${after}` : ' (ongewijzigd)'}`);
  return lines.join('\n');
}

