// The only module that imports Inquirer.js: implements the Ask interface with Dutch texts.
import { styleText } from 'node:util';
import { checkbox, input, search, select } from '@inquirer/prompts';
import type { Ask, Choice } from '../../app/ask.js';
import { fitToWidth, wrapParagraph } from '../../render/screen.js';

const ACTIONS: Record<string, string> = {
  navigate: 'bladeren',
  select: 'kiezen',
  all: 'alles',
  invert: 'omkeren',
  submit: 'bevestigen',
};

const KEYS: Record<string, string> = { space: 'spatie', enter: 'Enter', tab: 'Tab' };

const keysHelpTip = (keys: [string, string][]) =>
  keys.map(([key, action]) => `${styleText('bold', KEYS[key] ?? key)} ${styleText('dim', ACTIONS[action] ?? action)}`).join(styleText('dim', ' • '));

// Inquirer cuts lines that are too wide at the edge of the screen, in the middle of a word: the
// texts are wrapped at word boundaries before they get there.
const width = () => Math.max(40, process.stdout.columns || 80);

/** The question after "? ", wrapped; the lines after the first are indented. */
function wrapMessage(message: string): string {
  return message
    .split('\n')
    .map((line, i) => wrapParagraph(line, width(), '  ', i === 0 ? '? ' : ''))
    .join('\n');
}

/**
 * The answer shown after the question once it is given ("✔ question answer"), wrapped after it;
 * a choice that cannot be chosen, wrapped with its reason (Inquirer adds the reason to the name).
 */
function theme(message: string, disabled: (text: string) => string = (t) => t) {
  const last = message.split('\n').at(-1) ?? '';
  return {
    style: {
      keysHelpTip,
      answer: (text: string) => styleText('cyan', wrapParagraph(text, width(), '  ', ' '.repeat(Array.from(last).length + 3))),
      disabled: (text: string) => styleText('dim', disabled(text)),
    },
  };
}

/** Choice names after the cursor (and check box), descriptions under the list, wrapped to the screen. */
function wrapChoices<T>(choices: Choice<T>[], before: number): Choice<T>[] {
  return choices.map((c) => ({
    ...c,
    name: c.disabled ? c.name : wrapParagraph(c.name, width(), ' '.repeat(before), ' '.repeat(before)),
    short: c.short ?? c.name,
    ...(c.description ? { description: fitToWidth(c.description.split('\n').map((l) => wrapParagraph(l, width(), '')).join('\n'), width()) } : {}),
  }));
}

export function inquirerAsk(): Ask {
  return {
    text: ({ message, default: def, required, validate }) =>
      input({
        message: wrapMessage(message),
        default: def,
        theme: theme(wrapMessage(message)),
        validate: (value) => {
          if (required && value.trim() === '') return 'Dit antwoord is verplicht.';
          return validate ? validate(value) : true;
        },
      }),
    // A Ja/Nee choice instead of Inquirer's confirm, whose y/n keys and hint are English.
    confirm: ({ message, default: def = true }) =>
      select({
        message: wrapMessage(message),
        choices: [
          { name: 'Ja', value: true },
          { name: 'Nee', value: false },
        ],
        default: def,
        theme: theme(wrapMessage(message)),
      }),
    select: ({ message, choices, default: def }) =>
      select({ message: wrapMessage(message), choices: wrapChoices(choices, 2), default: def, theme: theme(wrapMessage(message), (t) => wrapParagraph(t, width(), '  ', '')), pageSize: 12 }),
    checkbox: ({ message, choices, validate }) =>
      checkbox({
        message: wrapMessage(message),
        choices: wrapChoices(choices, 4),
        theme: theme(wrapMessage(message), (t) => wrapParagraph(t, width(), '    ', '')),
        pageSize: 14,
        ...(validate ? { validate: (picked: readonly { value: unknown }[]) => validate(picked.map((c) => c.value as never)) } : {}),
      }),
    search: ({ message, source }) => search({ message: wrapMessage(message), source: (term) => wrapChoices(source(term ?? ''), 2), theme: theme(wrapMessage(message), (t) => `- ${wrapParagraph(t, width(), '  ', '- ')}`), pageSize: 10 }),
  };
}
