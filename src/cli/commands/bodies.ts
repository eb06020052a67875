import { Option, type Command } from 'commander';
import { BODY_KINDS } from '../../core/bodies/kinds.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const searchSchema = lazySchema((z) => z.object({ kind: z.enum(BODY_KINDS).optional(), json: z.boolean().default(false) }));
const showSchema = lazySchema((z) => z.object({ json: z.boolean().default(false) }));

const OVERRIDE_HELP = `
Eigen correcties en aanvullingen: zet een bestand bodies.json in de werkmap (naast profile.json).
Het geldt voor woo bodies, woo new en reeksen:
  { "bodies": [
      { "id": "gemeente-utrecht", "email": "woo@utrecht.nl" },
      { "id": "stichting-voorbeeld", "name": "Stichting Voorbeeld", "kind": "overig", "woo": true,
        "postal": { "address": "Postbus 1", "postcode": "1234 AB", "city": "Utrecht" } }
  ] }
Een bestaand id verbetert alleen de velden die u noemt (null wist een veld; postal per onderdeel);
een nieuw id voegt een bestuursorgaan toe en heeft minstens id, name, kind en woo nodig.
Velden: name, shortName, aliases, kind, postal {address, postcode, city}, email, webform, website,
woo, wooNote, province, note. Een voorbeeld van alle velden: woo bodies show <id> --json.
Is het bestand onjuist, dan meldt woo dat en gebruikt het alleen de meegeleverde lijst.`;

export function registerBodies(program: Command, io: Io): void {
  const cmd = program
    .command('bodies [zoekterm...]')
    .description('bestuursorganen zoeken: naam, afkorting of plaats (hoofdletters, accenten en kleine typefouten maken niet uit)')
    .addOption(new Option('--kind <soort>', 'alleen deze soort').choices(BODY_KINDS))
    .option('--json', 'uitvoer als JSON ({source, bodies})')
    .action(async (words: string[], raw) => {
      const o = await searchSchema.parse(raw);
      const { runBodies, formatBodies, bodiesJson } = await import('../../app/bodies.js');
      const result = await runBodies({ query: words.join(' '), kind: o.kind }, await appContext(io));
      if (o.json) printJson(io, bodiesJson(result));
      else io.stdout(`${formatBodies(result)}\n`);
    });
  const show = cmd
    .command('show <id>')
    .description('één bestuursorgaan met volledig adres')
    .option('--json', 'uitvoer als JSON (dezelfde velden als in bodies.json)')
    // The parent's --json takes the flag wherever it stands, so read it from both levels.
    .action(async (id: string, _raw, command: Command) => {
      const { json } = await showSchema.parse(command.optsWithGlobals());
      const { runBodyShow, formatBody } = await import('../../app/bodies.js');
      const result = await runBodyShow(id, await appContext(io));
      if (json) printJson(io, result.body);
      else io.stdout(`${formatBody(result)}\n`);
    });
  examples(show, ['woo bodies show nationale-politie', 'woo bodies show gemeente-utrecht --json']);
  examples(cmd, [
    'woo bodies amsterdam                  alles met Amsterdam in naam of plaats',
    'woo bodies "autoriteit persoonsgegevens"',
    'woo bodies AFM --json',
    'woo bodies --kind gemeente            alle gemeenten',
    'woo bodies show nationale-politie',
  ]).addHelpText('after', OVERRIDE_HELP);
}
