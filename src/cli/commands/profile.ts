import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    name: z.string().optional(),
    address: z.string().optional(),
    postcode: z.string().optional(),
    city: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    organisation: z.string().optional(),
    json: z.boolean().default(false),
  }),
);

export function registerProfile(program: Command, io: Io): void {
  const cmd = program
    .command('profile')
    .description('uw gegevens als verzoeker (afzender van de brieven) bekijken of wijzigen')
    .option('--name <naam>', 'uw naam')
    .option('--address <adres>', 'straat en huisnummer')
    .option('--postcode <postcode>', 'postcode (1234 AB)')
    .option('--city <plaats>', 'woonplaats')
    .option('--email <e-mail>', 'e-mailadres')
    .option('--phone <telefoon>', 'telefoonnummer')
    .option('--organisation <organisatie>', 'organisatie (bijvoorbeeld uw redactie)')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const { json, ...changes } = await optionsSchema.parse(raw);
      const { runProfile, formatProfile } = await import('../../app/profile.js');
      const result = await runProfile(changes, await appContext(io, { prompts: true }));
      if (json) printJson(io, result.profile);
      else io.stdout(`${result.changed ? 'Profiel opgeslagen.\n' : ''}${formatProfile(result.profile)}\n`);
    });
  examples(cmd, [
    'woo profile                      (vraagt alles stap voor stap, of toont het profiel zonder terminal)',
    'woo profile --name "Jan Jansen" --address "Dorpsstraat 1" --postcode "1234 AB" --city Utrecht --email jan@example.nl',
    'woo profile --organisation ""   (veld leegmaken)',
  ]);
}
