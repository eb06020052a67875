// What `woo send` tells the user: what to send where, and how to record it.
import { formatDateShort } from '../core/dates.js';
import { CHANNEL_LABELS, EVENT_LABELS } from '../core/schema/event.js';
import type { SendResult } from './send.js';

export function formatSend(r: SendResult, kindArg: string): string {
  const id = r.request.id;
  const out: string[] = [];
  const d = r.dispatch;
  if (!r.reusedPrepared) {
    const notes = r.channel.notes.length ? ` (${r.channel.notes.join('; ')})` : '';
    switch (r.channel.channel) {
      case 'email':
        if (r.mailto) {
          out.push(`Open deze link om het bericht aan ${r.channel.to} in uw e-mailprogramma te zetten (zonder bijlage; de brief staat in de tekst):`, '', r.mailto, '');
        } else {
          out.push(`E-mail aan ${r.channel.to}${notes}: open het bestand hieronder in uw e-mailprogramma en verzend het.`);
          for (const f of r.written) out.push(`  ${f}`);
          out.push('  (met de brief als pdf-bijlage; bewaar het verzonden bericht)');
        }
        break;
      case 'webform':
        out.push(`Webformulier: ${r.channel.to}${notes}`, '', 'Vul het formulier in met deze gegevens (ook bewaard in het .txt-bestand hieronder):', '');
        for (const f of r.form ?? []) out.push(`${f.label}:`, ...f.value.split('\n').map((l) => `  ${l}`), '');
        out.push('Voeg als bijlage toe (uploaden) en bewaar de bevestiging die het formulier geeft:');
        for (const f of r.written) out.push(`  ${f}`);
        break;
      default:
        out.push(`${r.channel.channel === 'hand' ? 'Afgeven' : 'Per post'} aan:`, '', ...[r.envelope?.name ?? '', ...(r.envelope?.lines ?? [])].map((l) => `  ${l}`), '', 'De brief (A4, adres in het venster van een vensterenvelop):');
        for (const f of r.written) out.push(`  ${f}`);
        out.push(
          '',
          r.channel.channel === 'hand'
            ? 'Vraag bij het afgeven om een ontvangststempel met datum op een kopie, en bewaar die.'
            : 'Verstuur de brief aangetekend en bewaar het bewijs met de barcode, of geef hem af en vraag om een ontvangststempel op een kopie. Zonder bewijs kunt u later niet aantonen wanneer het verzoek is ontvangen.',
        );
    }
    out.push('', `Bewaard bij het verzoek (met SHA-256): ${d.files.map((f) => f.name).join(', ')}`);
  }
  if (d.sent) {
    const extra = [d.barcode ? `barcode ${d.barcode}` : '', d.confirmation ? `bevestiging ${d.confirmation}` : ''].filter(Boolean).join('; ');
    out.push(`Vastgelegd: verzonden ${CHANNEL_LABELS[d.channel]} op ${formatDateShort(d.sent)}${extra ? ` (${extra})` : ''}${r.recorded?.event ? ` [${r.recorded.event.id}${r.recorded.event.type === 'sent' ? '' : `: ${EVENT_LABELS[r.recorded.event.type]}`}]` : ''}.`);
    for (const f of d.files.filter((f) => f.role === 'eml' || f.role === 'pdf')) out.push(`  ${f.name}  SHA-256 ${f.sha256}`);
  } else {
    const kind = kindArg === 'request' ? '' : ` ${kindArg}`;
    const hint = d.channel === 'post' ? ' --barcode <barcode>' : d.channel === 'webform' ? ' --confirmation <nummer>' : '';
    out.push('', `Na verzending vastleggen: woo send ${id}${kind} --sent <datum>${hint}`);
  }
  if (d.channel === 'webform' || d.channel === 'post') out.push(`Een bevestiging of bewijs van aflevering bewaart u met: woo attach ${id} <bestand> --as ${d.channel === 'webform' ? 'form-confirmation' : 'delivery-receipt'}`);
  return `${out.join('\n')}\n`;
}
