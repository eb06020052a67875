// The one place where errors become messages and exit codes.
import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { issuesText } from '../core/problem-text.js';
import { EXIT, WooError } from '../core/errors.js';
import type { Io } from './io.js';

// Commander's own messages, in Dutch.
const COMMANDER_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (o, s) => `Onbekende optie ${o}.${s ? ` Bedoelde u ${s}?` : ''}`],
  [/unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (c, s) => `Onbekende opdracht "${c}".${s ? ` Bedoelde u ${s}?` : ''}`],
  [/missing required argument '([^']+)'/, (a) => `Argument <${a}> ontbreekt.`],
  [/too many arguments(?: for '([^']+)')?/, (c) => `Te veel argumenten${c ? ` voor "${c}"` : ''}.`],
  [/option '([^']+)' argument missing/, (o) => `Optie ${o} heeft een waarde nodig.`],
  [/option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (o, v, c) => `Ongeldige waarde "${v}" voor ${o}; kies uit ${c}.`],
  [/argument '([^']+)' is invalid\. Allowed choices are (.+)\./, (v, c) => `Ongeldige waarde "${v}"; kies uit ${c}.`],
  [/required option '([^']+)' not specified/, (o) => `Verplichte optie ${o} ontbreekt.`],
];

export function translateCommanderMessage(message: string): string {
  const text = message.replace(/^error:\s*/, '').trim();
  for (const [pattern, make] of COMMANDER_MESSAGES) {
    const m = pattern.exec(text);
    if (m) return make(...m.slice(1));
  }
  return text;
}

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

export function reportError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    // Commander already printed its (translated) message through outputError.
    return EXIT.usage;
  }
  if (isPromptExit(e)) {
    io.stderr('Afgebroken.\n');
    return EXIT.cancelled;
  }
  if (e instanceof WooError) {
    io.stderr(`woo: ${e.message}\n${e.hint ? `  ${e.hint}\n` : ''}`);
    return e.exitCode;
  }
  if (e instanceof ZodError) {
    io.stderr(`woo: Ongeldige invoer: ${issuesText(e)}\n`);
    return EXIT.usage;
  }
  const err = e as Error;
  io.stderr(`woo: Interne fout: ${err?.message ?? String(e)}\n  Dit is een fout in woo; meld die met de opdracht die u gaf.\n`);
  if (io.env.WOO_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
  return EXIT.cannot;
}
