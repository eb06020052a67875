// Turns the answer "bestuursorgaan" into the addressee of the letter.
import { UsageError } from '../core/errors.js';
import type { BodyRef } from '../core/schema/request.js';
import type { AppContext } from './context.js';

export async function resolveBody(name: string, _ctx: AppContext, _warnings: string[]): Promise<BodyRef> {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new UsageError('Verplicht antwoord ontbreekt: "bestuursorgaan".', 'Geef het op met --body "Naam" of --set bestuursorgaan="Naam".');
  return { name: trimmed };
}

export async function askBody(label: string, fallback: string | undefined, ctx: AppContext): Promise<BodyRef> {
  const name = await ctx.ask!.text({ message: label, default: fallback, required: true });
  return resolveBody(name, ctx, []);
}
