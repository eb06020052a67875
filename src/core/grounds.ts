// Refusal grounds (weigeringsgronden) as codes, with their article and Dutch wording.
// Woo: art. 5.1, 5.2, 5.4, 5.4a (reference/woo-law.md § 1.11). Wob: art. 10 and 11 (§ 4.1), needed
// only for decisions taken under the old law. Where the reference does not quote the Wob text,
// `text` is a short Dutch summary and `textIsSummary` says so: we never present a summary as statute.
import { OUTCOME_LABELS, type Outcome } from './schema/outcome.js';

export type Law = 'woo' | 'wob';

export interface RefusalGround {
  code: string;
  /** 'both': a secrecy provision of another statute, which applies under the Wob and the Woo alike. */
  law: Law | 'both';
  /** Citation as a decision letter writes it. */
  article: string;
  /** The protected interest in a few words, for tables and summaries. */
  short: string;
  text: string;
  /** True when `text` summarises the provision instead of quoting it. */
  textIsSummary?: true;
}

const WOO_51_1 = 'Het openbaar maken van informatie ingevolge deze wet blijft achterwege voor zover dit: ';
const WOO_51_2 =
  'Het openbaar maken van informatie blijft eveneens achterwege voor zover het belang daarvan niet opweegt tegen de volgende belangen: ';

const woo51 = (lid: 1 | 2, letter: string, short: string, clause: string): RefusalGround => ({
  code: `5.1.${lid}${letter}`,
  law: 'woo',
  article: `art. 5.1, ${lid === 1 ? 'eerste' : 'tweede'} lid, aanhef en onder ${letter}, Woo`,
  short,
  text: (lid === 1 ? WOO_51_1 : WOO_51_2) + clause,
});

const wobSummary = (code: string, article: string, short: string, text: string): RefusalGround => ({
  code,
  law: 'wob',
  article,
  short,
  text,
  textIsSummary: true,
});

export const REFUSAL_GROUNDS: readonly RefusalGround[] = [
  woo51(1, 'a', 'eenheid van de Kroon', 'a. de eenheid van de Kroon in gevaar zou kunnen brengen;'),
  woo51(1, 'b', 'veiligheid van de Staat', 'b. de veiligheid van de Staat zou kunnen schaden;'),
  woo51(
    1,
    'c',
    'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens',
    'c. bedrijfs- en fabricagegegevens betreft die door natuurlijke personen of rechtspersonen vertrouwelijk aan de overheid zijn meegedeeld;',
  ),
  woo51(
    1,
    'd',
    'bijzondere persoonsgegevens',
    'd. persoonsgegevens betreft als bedoeld in paragraaf 3.1 onderscheidenlijk paragraaf 3.2 van de Uitvoeringswet Algemene verordening gegevensbescherming, tenzij de betrokkene uitdrukkelijk toestemming heeft gegeven voor de openbaarmaking van deze persoonsgegevens of deze persoonsgegevens kennelijk door de betrokkene openbaar zijn gemaakt;',
  ),
  woo51(
    1,
    'e',
    'identificatienummers',
    'e. nummers betreft die dienen ter identificatie van personen die bij wet of algemene maatregel van bestuur zijn voorgeschreven als bedoeld in artikel 46 van de Uitvoeringswet Algemene verordening gegevensbescherming, tenzij de verstrekking kennelijk geen inbreuk op de levenssfeer maakt.',
  ),
  woo51(
    2,
    'a',
    'internationale betrekkingen',
    'a. de betrekkingen van Nederland met andere landen en staten en met internationale organisaties;',
  ),
  woo51(
    2,
    'b',
    'economische of financiële belangen van de Staat',
    'b. de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen, in geval van milieu-informatie slechts voor zover de informatie betrekking heeft op handelingen met een vertrouwelijk karakter;',
  ),
  woo51(2, 'c', 'opsporing en vervolging van strafbare feiten', 'c. de opsporing en vervolging van strafbare feiten;'),
  woo51(2, 'd', 'inspectie, controle en toezicht', 'd. de inspectie, controle en toezicht door bestuursorganen;'),
  woo51(2, 'e', 'eerbiediging van de persoonlijke levenssfeer', 'e. de eerbiediging van de persoonlijke levenssfeer;'),
  woo51(
    2,
    'f',
    'concurrentiegevoelige bedrijfs- en fabricagegegevens',
    'f. de bescherming van andere dan in het eerste lid, onderdeel c, genoemde concurrentiegevoelige bedrijfs- en fabricagegegevens;',
  ),
  woo51(2, 'g', 'bescherming van het milieu', 'g. de bescherming van het milieu waarop deze informatie betrekking heeft;'),
  woo51(2, 'h', 'beveiliging van personen en bedrijven', 'h. de beveiliging van personen en bedrijven en het voorkomen van sabotage;'),
  woo51(
    2,
    'i',
    'goed functioneren van de Staat',
    'i. het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen.',
  ),
  {
    code: '5.1.4',
    law: 'woo',
    article: 'art. 5.1, vierde lid, Woo',
    short: 'geadresseerde eerst kennis laten nemen (tijdelijk)',
    text: 'Openbaarmaking kan tijdelijk achterwege blijven, indien het belang van de geadresseerde van de informatie om als eerste kennis te nemen van de informatie dit kennelijk vereist. Het bestuursorgaan doet mededeling aan de verzoeker van de termijn waarbinnen de openbaarmaking alsnog zal geschieden.',
  },
  {
    code: '5.1.5',
    law: 'woo',
    article: 'art. 5.1, vijfde lid, Woo',
    short: 'onevenredige benadeling van een ander belang',
    text: 'In uitzonderlijke gevallen kan openbaarmaking van andere informatie dan milieu-informatie voorts achterwege blijven indien openbaarmaking onevenredige benadeling toebrengt aan een ander belang dan genoemd in het eerste of tweede lid en het algemeen belang van openbaarheid niet tegen deze benadeling opweegt. Het bestuursorgaan baseert een beslissing tot achterwege laten van de openbaarmaking van enige informatie op deze grond ten aanzien van dezelfde informatie niet tevens op een van de in het eerste of tweede lid genoemde gronden.',
  },
  {
    code: '5.1.6',
    law: 'woo',
    article: 'art. 5.1, zesde lid, Woo',
    short: 'vertrouwelijke bedrijfsgegevens in milieu-informatie',
    text: 'Het openbaar maken van informatie blijft in afwijking van het eerste lid, onderdeel c, in geval van milieu-informatie eveneens achterwege voor zover daardoor het in het eerste lid, onderdeel c, genoemde belang ernstig geschaad wordt en het algemeen belang van openbaarheid van informatie niet opweegt tegen deze schade.',
  },
  {
    code: '5.2.1',
    law: 'woo',
    article: 'art. 5.2, eerste lid, Woo',
    short: 'persoonlijke beleidsopvattingen (intern beraad)',
    text: 'In geval van een verzoek om informatie uit documenten, opgesteld ten behoeve van intern beraad, wordt geen informatie verstrekt over daarin opgenomen persoonlijke beleidsopvattingen. Onder persoonlijke beleidsopvattingen worden verstaan ambtelijke adviezen, visies, standpunten en overwegingen ten behoeve van intern beraad, niet zijnde feiten, prognoses, beleidsalternatieven, de gevolgen van een bepaald beleidsalternatief of andere onderdelen met een overwegend objectief karakter.',
  },
  {
    code: '5.2.2',
    law: 'woo',
    article: 'art. 5.2, tweede lid, Woo',
    short: 'persoonlijke beleidsopvattingen in niet herleidbare vorm',
    text: 'Het bestuursorgaan kan over persoonlijke beleidsopvattingen met het oog op een goede en democratische bestuursvoering informatie verstrekken in niet tot personen herleidbare vorm. Indien degene die deze opvattingen heeft geuit of zich erachter heeft gesteld, daarmee heeft ingestemd, kan de informatie in tot personen herleidbare vorm worden verstrekt.',
  },
  {
    code: '5.4',
    law: 'woo',
    article: 'art. 5.4 Woo',
    short: 'informatie van de formateur of informateur',
    text: 'In afwijking van de artikelen 5.1 en 5.2 is informatie die berust bij de formateur of de informateur, dan wel informatie die door een bestuursorgaan aan de formateur of de informateur is gezonden niet openbaar totdat de formatie is afgerond.',
  },
  {
    code: '5.4a',
    law: 'woo',
    article: 'art. 5.4a, eerste lid, Woo',
    short: 'ambtelijke ondersteuning van volksvertegenwoordigers',
    text: 'In afwijking van de artikelen 5.1 en 5.2 is niet openbaar de informatie betreffende de ondersteuning van individuele leden van de Eerste Kamer of de Tweede Kamer der Staten-Generaal, provinciale staten of de gemeenteraad door ambtenaren werkzaam bij de Eerste Kamer of de Tweede Kamer, de griffie van provinciale staten of de griffie van de gemeenteraad.',
  },
  wobSummary('wob-10.1a', 'art. 10, eerste lid, aanhef en onder a, Wob', 'eenheid van de Kroon', 'Samenvatting: geen openbaarmaking voor zover dit de eenheid van de Kroon in gevaar zou kunnen brengen.'),
  wobSummary('wob-10.1b', 'art. 10, eerste lid, aanhef en onder b, Wob', 'veiligheid van de Staat', 'Samenvatting: geen openbaarmaking voor zover dit de veiligheid van de Staat zou kunnen schaden.'),
  wobSummary(
    'wob-10.1c',
    'art. 10, eerste lid, aanhef en onder c, Wob',
    'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens',
    'Samenvatting: geen openbaarmaking van bedrijfs- en fabricagegegevens die vertrouwelijk aan de overheid zijn meegedeeld.',
  ),
  wobSummary(
    'wob-10.1d',
    'art. 10, eerste lid, aanhef en onder d, Wob',
    'bijzondere persoonsgegevens',
    'Samenvatting: geen openbaarmaking van bijzondere persoonsgegevens, tenzij de verstrekking kennelijk geen inbreuk op de persoonlijke levenssfeer maakt.',
  ),
  wobSummary('wob-10.2a', 'art. 10, tweede lid, aanhef en onder a, Wob', 'internationale betrekkingen', 'Samenvatting: afweging tegen de betrekkingen van Nederland met andere staten en met internationale organisaties.'),
  wobSummary(
    'wob-10.2b',
    'art. 10, tweede lid, aanhef en onder b, Wob',
    'economische of financiële belangen van de Staat',
    'Samenvatting: afweging tegen de economische of financiële belangen van de Staat en andere publiekrechtelijke lichamen.',
  ),
  wobSummary('wob-10.2c', 'art. 10, tweede lid, aanhef en onder c, Wob', 'opsporing en vervolging van strafbare feiten', 'Samenvatting: afweging tegen de opsporing en vervolging van strafbare feiten.'),
  wobSummary('wob-10.2d', 'art. 10, tweede lid, aanhef en onder d, Wob', 'inspectie, controle en toezicht', 'Samenvatting: afweging tegen inspectie, controle en toezicht door bestuursorganen.'),
  wobSummary('wob-10.2e', 'art. 10, tweede lid, aanhef en onder e, Wob', 'eerbiediging van de persoonlijke levenssfeer', 'Samenvatting: afweging tegen de eerbiediging van de persoonlijke levenssfeer.'),
  {
    code: 'wob-10.2f',
    law: 'wob',
    article: 'art. 10, tweede lid, aanhef en onder f, Wob',
    short: 'geadresseerde eerst kennis laten nemen',
    text: 'f. het belang, dat de geadresseerde erbij heeft als eerste kennis te kunnen nemen van de informatie;',
  },
  wobSummary(
    'wob-10.2g',
    'art. 10, tweede lid, aanhef en onder g, Wob',
    'onevenredige bevoordeling of benadeling',
    'Samenvatting (de reference citeert alleen het begin: "het voorkomen van onevenredige bevoordeling of benadeling ..."): afweging tegen het voorkomen van onevenredige bevoordeling of benadeling van betrokkenen of derden.',
  ),
  wobSummary('wob-10.7a', 'art. 10, zevende lid, aanhef en onder a, Wob', 'bescherming van het milieu', 'Samenvatting: bij milieu-informatie, afweging tegen de bescherming van het milieu waarop de informatie betrekking heeft.'),
  wobSummary('wob-10.7b', 'art. 10, zevende lid, aanhef en onder b, Wob', 'beveiliging van bedrijven', 'Samenvatting: bij milieu-informatie, afweging tegen de beveiliging van bedrijven en het voorkomen van sabotage.'),
  wobSummary(
    'wob-11.1',
    'art. 11, eerste lid, Wob',
    'persoonlijke beleidsopvattingen (intern beraad)',
    'Samenvatting: uit documenten opgesteld voor intern beraad wordt geen informatie verstrekt over daarin opgenomen persoonlijke beleidsopvattingen.',
  ),
  // Secrecy provisions of other statutes ("bijzondere wet"): they set the Wob aside (art. 2, eerste
  // lid, Wob) and, listed in the Woo's annex, the Woo too (art. 8.8 Woo). Codes name the statute.
  specialStatute('awr-67', 'art. 67 Algemene wet inzake rijksbelastingen', 'fiscale geheimhoudingsplicht', 'Samenvatting: wat bij de uitvoering van de belastingwet over een ander bekend is geworden, wordt niet verder bekendgemaakt dan de uitvoering nodig maakt.'),
  specialStatute('wpg-7', 'art. 7 Wet politiegegevens', 'geheimhouding van politiegegevens', 'Samenvatting: wie politiegegevens verwerkt, is verplicht tot geheimhouding ervan, behalve voor zover de Wet politiegegevens verstrekking toestaat.'),
  specialStatute('bibob-28', 'art. 28 Wet Bibob', 'geheimhoudingsplicht Wet Bibob', 'Samenvatting: gegevens verkregen bij de toepassing van de Wet Bibob zijn geheim, behalve voor zover de wet verstrekking toestaat.'),
];

function specialStatute(code: string, article: string, short: string, text: string): RefusalGround {
  return { code, law: 'both', article, short, text, textIsSummary: true };
}

/** Whether a ground may be recorded for a decision under `law`. */
export const groundAppliesUnder = (ground: RefusalGround, law: Law) => ground.law === law || ground.law === 'both';

const BY_CODE = new Map(REFUSAL_GROUNDS.map((g) => [g.code, g]));

export function groundByCode(code: string): RefusalGround | undefined {
  return BY_CODE.get(code);
}

/** The parts of a citation, as found in a letter: "artikel 5.1, tweede lid, onder e" → 5.1 / 2 / e. */
export interface GroundCitation {
  /** '5.1', '5.2', '5.4', '5.4a', '10' or '11'. */
  article: string;
  paragraph?: number;
  letter?: string;
}

/** Turns citation parts into a known code, or null when the table has no such ground. */
export function groundCodeFromCitation({ article, paragraph, letter }: GroundCitation): string | null {
  let code: string;
  if (article === '10') code = `wob-10.${paragraph ?? ''}${letter ?? ''}`;
  else if (article === '11') code = 'wob-11.1';
  else if (article === '5.4' || article === '5.4a') code = article;
  // Art. 5.2 without a paragraph is cited for its first paragraph, which holds the ground itself.
  else if (article === '5.2') code = `5.2.${paragraph ?? 1}`;
  else if (article === '5.1' && (paragraph === 1 || paragraph === 2)) code = `5.1.${paragraph}${letter ?? ''}`;
  else if (article === '5.1') code = `5.1.${paragraph ?? ''}`;
  else return null;
  return BY_CODE.has(code) ? code : null;
}

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7 };

/**
 * OCR reads "1" as "l" inside numbers ("5.l", "l0"). Only "l" is repaired: "i" is a ground letter
 * ("5.1.2.i"), while "l" never is.
 */
function repairCitationOcr(s: string): string {
  return s
    .replace(/(?<=\d\s?\.\s?)l(?![a-z])/g, '1')
    .replace(/\bl(?=\s?\.\s?\d|\d)/g, '1')
    .replace(/(\d)\s*\.\s*(?=\d)/g, '$1.');
}

/**
 * Reads one refusal ground written in any common way — "5.1.2e", "5.1.2.e", "5.1 lid 2 sub e",
 * "artikel 5.1, tweede lid, aanhef en onder e, Woo", "10.2e", "artikel 11 Wob", "wob-10.2e" — and
 * returns its code, or null. `law` fills in the article when the text gives only paragraph and
 * letter ("tweede lid, onder e"); the article itself decides the law otherwise, because the Woo has
 * no grounds in art. 10/11 and the Wob none in art. 5.
 */
export function normaliseGround(input: string, law?: Law): string | null {
  let s = repairCitationOcr(input.toLowerCase().trim())
    .replace(/^wob-/, '')
    .replace(/\b(eerste|tweede|derde|vierde|vijfde|zesde|zevende)\s+lid\b/g, (_, w: string) => `lid ${ORDINALS[w]}`)
    .replace(/\b(\d)e\s+lid\b/g, 'lid $1');
  s = s.replace(/\b(artikel|art\.?|van de|aanhef en|wet open overheid|wet openbaarheid van bestuur|woo|wob)\b/g, ' ');

  const compact = /^\s*(\d{1,2})(?:\.(\d))?(?:\.(\d))?\s*\.?\s*\(?([a-i])?\)?[\s,.]*$/.exec(s);
  if (compact) {
    const [, major, second, third, letter] = compact;
    if (major === '5') {
      if (second === '4' && letter === 'a' && !third) return groundCodeFromCitation({ article: '5.4a' });
      return second ? groundCodeFromCitation({ article: `5.${second}`, paragraph: numberOrUndefined(third), letter }) : null;
    }
    if (major === '10' || major === '11') {
      return groundCodeFromCitation({ article: major, paragraph: numberOrUndefined(second), letter });
    }
    return null;
  }

  const article = /(?:^|\s)(5\.[124]a?|10|11)(?![\d.]\d)/.exec(s)?.[1] ?? (law === 'wob' ? '10' : law === 'woo' ? '5.1' : undefined);
  if (!article) return null;
  const paragraph = numberOrUndefined(/\blid\s*(\d)/.exec(s)?.[1]);
  const letter = /\b(?:sub|onder|onderdeel|letter)\s*\(?([a-i])\)?(?![a-z])/.exec(s)?.[1] ?? /lid\s*\d\s*,?\s*\(?([a-i])\)?(?![a-z])/.exec(s)?.[1];
  return groundCodeFromCitation({ article, paragraph, letter });
}

function numberOrUndefined(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** Outcomes under which something was withheld, and so grounds belong. */
const WITHHOLDING_OUTCOMES: readonly Outcome[] = ['partial_public', 'not_public'];

/** The absolute and relative grounds that art. 5.1 lid 5 may not be combined with. */
const isLid1or2Ground = (code: string) => /^5\.1\.[12][a-i]$/.test(code);

/**
 * Checks the grounds recorded for one point; returns Dutch messages, empty when all is well.
 * The 5.1.5 rule follows the last sentence of art. 5.1 lid 5 Woo: the residual ground may not
 * also rest on a ground of the first or second paragraph for the same information.
 */
export function validateGrounds(outcome: Outcome, grounds: readonly string[], law: Law): string[] {
  const errors: string[] = [];
  if (grounds.length > 0 && !WITHHOLDING_OUTCOMES.includes(outcome)) {
    errors.push(
      `Weigeringsgronden horen alleen bij een punt waarvan iets niet openbaar is gemaakt (deels openbaar of niet openbaar), niet bij "${OUTCOME_LABELS[outcome]}".`,
    );
  }
  for (const code of grounds) {
    const ground = BY_CODE.get(code);
    if (!ground) {
      errors.push(`Onbekende weigeringsgrond "${code}". Gebruik bijvoorbeeld 5.1.2e (Woo) of wob-10.2e (Wob).`);
    } else if (!groundAppliesUnder(ground, law)) {
      errors.push(
        law === 'woo'
          ? `Weigeringsgrond "${code}" komt uit de Wob; dit besluit valt onder de Woo (gebruik een grond uit art. 5.1–5.4a Woo).`
          : `Weigeringsgrond "${code}" komt uit de Woo; dit besluit valt onder de Wob (gebruik een grond uit art. 10 of 11 Wob).`,
      );
    }
  }
  if (grounds.includes('5.1.5') && grounds.some(isLid1or2Ground)) {
    errors.push(
      'Artikel 5.1, vijfde lid, Woo mag niet worden gecombineerd met een grond uit het eerste of tweede lid voor dezelfde informatie.',
    );
  }
  return errors;
}
