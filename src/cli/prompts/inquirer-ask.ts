// The only module that imports Inquirer.js: implements the Ask interface with Dutch texts.
import { styleText } from 'node:util';
import { checkbox, input, search, select } from '@inquirer/prompts';
import type { Ask } from '../../app/ask.js';

const ACTIONS: Record<string, string> = {
  navigate: 'bladeren',
  select: 'kiezen',
  all: 'alles',
  invert: 'omkeren',
  submit: 'bevestigen',
};

const KEYS: Record<string, string> = { space: 'spatie', enter: 'Enter', tab: 'Tab' };

const theme = {
  style: {
    keysHelpTip: (keys: [string, string][]) =>
      keys.map(([key, action]) => `${styleText('bold', KEYS[key] ?? key)} ${styleText('dim', ACTIONS[action] ?? action)}`).join(styleText('dim', ' • ')),
  },
};

export function inquirerAsk(): Ask {
  return {
    text: ({ message, default: def, required, validate }) =>
      input({
        message,
        default: def,
        validate: (value) => {
          if (required && value.trim() === '') return 'Dit antwoord is verplicht.';
          return validate ? validate(value) : true;
        },
      }),
    // A Ja/Nee choice instead of Inquirer's confirm, whose y/n keys and hint are English.
    confirm: ({ message, default: def = true }) =>
      select({
        message,
        choices: [
          { name: 'Ja', value: true },
          { name: 'Nee', value: false },
        ],
        default: def,
        theme,
      }),
    select: ({ message, choices, default: def }) => select({ message, choices, default: def, theme, pageSize: 12 }),
    checkbox: ({ message, choices, validate }) =>
      checkbox({ message, choices, theme, pageSize: 14, ...(validate ? { validate: (picked: readonly { value: unknown }[]) => validate(picked.map((c) => c.value as never)) } : {}) }),
    search: ({ message, source }) => search({ message, source: (term) => source(term ?? ''), theme, pageSize: 10 }),
  };
}
