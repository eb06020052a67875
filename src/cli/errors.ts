// The one place where errors become messages and exit codes.
import { CommanderError } from 'commander';
import { ZodError, z } from 'zod';
import { EXIT, WooError } from '../core/errors.js';
import type { Io } from './io.js';

// Commander's own messages, in Dutch.
const COMMANDER_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (o, s) => `onbekende optie ${o}${s ? ` (bedoelde u ${s}?)` : ''}`],
  [/unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/, (c, s) => `onbekende opdracht "${c}"${s ? ` (bedoelde u ${s}?)` : ''}`],
  [/missing required argument '([^']+)'/, (a) => `argument <${a}> ontbreekt`],
  [/too many arguments(?: for '([^']+)')?/, (c) => `te veel argumenten${c ? ` voor "${c}"` : ''}`],
  [/option '([^']+)' argument missing/, (o) => `optie ${o} heeft een waarde nodig`],
  [/option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (o, v, c) => `ongeldige waarde "${v}" voor ${o}; kies uit ${c}`],
  [/argument '([^']+)' is invalid\. Allowed choices are (.+)\./, (v, c) => `ongeldige waarde "${v}"; kies uit ${c}`],
  [/required option '([^']+)' not specified/, (o) => `verplichte optie ${o} ontbreekt`],
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
    io.stderr(`woo: ongeldige invoer:\n${z.prettifyError(e)}\n`);
    return EXIT.usage;
  }
  const err = e as Error;
  io.stderr(`woo: interne fout: ${err?.message ?? String(e)}\n  Dit is een fout in woo; meld het met de opdracht die u gaf.\n`);
  if (io.env.WOO_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
  return EXIT.cannot;
}
