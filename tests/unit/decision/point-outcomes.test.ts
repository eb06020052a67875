// Rules for reading the outcome per request point from real letters (issue 9): one short Dutch
// sentence or letter per rule.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/core/decision/classify.js';
import { parseDecision } from '../../../src/core/decision/index.js';

const outcomes = (s: string) => classifySentence(s).outcomes;
const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `documenten over onderwerp ${i + 1}` }));

describe('what is not this decision', () => {
  it('reads case law told back as no decision', () => {
    expect(outcomes('In de uitspraak stond de vraag centraal of de minister terecht had geweigerd de verslagen openbaar te maken.')).toEqual([]);
    expect(outcomes('De Afdeling was van oordeel dat openbaarmaking mocht worden geweigerd.')).toEqual([]);
  });
  it('reads the requester referring to something as no referral', () => {
    expect(outcomes('In uw brief verwijst u naar een besluit van het ministerie van Financiën.')).toEqual([]);
    expect(outcomes('U verwijst naar het rapport.')).toEqual([]);
    expect(outcomes('Ik verwijs u naar het jaarverslag.')).toEqual(['referred']);
  });
  it('takes a decision "met een beroep op" a ground as this decision, not an appeal', () => {
    const text = 'Geachte heer,\n\nBesluit\nDe notulen besluit ik niet openbaar te maken met een beroep op artikel 11 van de Wob.\n\nHoogachtend,\nde minister\n';
    expect(parseDecision(text, points(2), { law: 'wob' }).points.map((p) => [p.outcome, p.source])).toEqual([
      ['not_public', 'letter_wide'],
      ['not_public', 'letter_wide'],
    ]);
  });
});

describe('wording of real letters', () => {
  it.each([
    ['Hierover merk ik op dat ik niet beschik over een rapport Marktkansen.', ['nothing_found']],
    ['Deze informatie is te lezen op onze website.', ['already_public']],
    ['Het verslag is terug te vinden is op de website.', ['already_public']],
    ['Deze stukken zal ik aan u doen toekomen onder de volgnummers 7.1 t/m 7.8.', ['public']],
    ['Deze documenten zal ik aan u verstrekken.', ['public']],
    ['Gelet hierop zal ik deze informatie niet aan u doen toekomen.', ['not_public']],
  ])('%s → %j', (sentence, expected) => {
    expect(outcomes(sentence)).toEqual(expected);
  });
  it('reads "weggelakte gedeeltes" and "onzichtbaar gemaakt" as redactions', () => {
    expect(classifySentence('Voor de weggelakte gedeeltes zie de overwegingen.').redaction).toBe(true);
    expect(classifySentence('Om die reden heb ik die foto’s onzichtbaar gemaakt.').redaction).toBe(true);
  });
  it('reads a pointer to the letter’s own annex or reasoning as no referral', () => {
    expect(outcomes('Voor een overzicht verwijs ik naar bijlage B.')).toEqual([]);
    expect(outcomes("Voor de onderbouwing verwijs ik u naar hetgeen vermeld staat onder 'overwegingen'.")).toEqual([]);
    expect(outcomes('Ik verwijs u naar de website van het CBS.')).toEqual(['referred']);
  });
});

describe('letter structure for points', () => {
  it('reads a subject title closed by "(ad N)", also when wrapped, as the heading of that point', () => {
    const text = [
      'Geachte heer,',
      '',
      'Besluit',
      'Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.',
      '',
      'Missieboeken (ad 1)',
      'Het missieboek is openbaar te raadplegen op de website.',
      'Rapport Marktkansen, inclusief documenten gemaakt of ontvangen naar',
      'aanleiding van dit document (ad 2)',
      'Hierover merk ik op dat ik niet beschik over een rapport Marktkansen.',
      '',
      'Hoogachtend,',
      'de minister',
    ].join('\n');
    expect(parseDecision(text, points(2), { law: 'wob' }).points.map((p) => [p.outcome, p.source])).toEqual([
      ['already_public', 'own'],
      ['nothing_found', 'own'],
    ]);
  });
  it('leaves the points a partial decision does not cover for the decision still to come', () => {
    const text = [
      'Geachte heer,',
      '',
      'U vraagt om:',
      '- subsidieaanvragen;',
      '- subsidiebeschikkingen;',
      '- toezeggingen.',
      '',
      'Hierbij treft u deelbesluit 1 aan. Dit besluit heeft betrekking op de documenten genoemd onder het derde gedachtestreepje. Mijn beslissing over de overige documenten ontvangt u zo spoedig mogelijk.',
      '',
      'Besluit',
      'Ik besluit de door u gevraagde informatie openbaar te maken.',
      '',
      'Hoogachtend,',
      'de minister',
    ].join('\n');
    expect(parseDecision(text, points(3), { law: 'wob' }).points.map((p) => p.outcome)).toEqual(['unanswered', 'unanswered', 'public']);
  });
  it('gives a Wob letter no Woo grounds', () => {
    const text = 'Geachte heer,\n\nBesluit\nPunt 1\nDeze documenten zal ik aan u verstrekken onder de volgnummers 5.1 en 5.2. Persoonlijke beleidsopvattingen zijn weggelakt.\n\nHoogachtend,\nde minister\n';
    const got = parseDecision(text, points(1), { law: 'wob' }).points[0];
    expect(got.outcome).toBe('partial_public');
    expect(got.grounds).toEqual(['wob-11.1']);
  });
});

describe('a point section closed by "Uw verzoek wordt op dit onderdeel afgewezen"', () => {
  const letter = (sections: string[]) => ['Geachte heer,', '', 'Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.', '', ...sections, '', 'Hoogachtend,', 'de burgemeester'].join('\n');
  it('reads the closing line as a conclusion of the reasons before it', () => {
    const text = letter([
      'Onderdeel 1',
      'U wilt het rapport ontvangen.',
      'WOB 1',
      'Alle documenten zijn reeds eerder aan u verstrekt. Daarbuiten zijn geen andere documenten aangetroffen.',
      '     Uw Wob-verzoek wordt op dit onderdeel dan ook afgewezen',
      'Onderdeel 2',
      'U wilt de namen van de medewerkers.',
      'WOB 2',
      'Het belang van de persoonlijke levenssfeer weegt zwaarder.',
      '     Uw Wob-verzoek wordt op dit onderdeel dan ook afgewezen.',
      'Onderdeel 3',
      'De notulen maak ik openbaar.',
      '     Uw Wob-verzoek wordt op dit onderdeel deels toegewezen.',
    ]);
    expect(parseDecision(text, points(3), { law: 'wob' }).points.map((p) => [p.outcome, p.source])).toEqual([
      ['already_public', 'own'],
      ['not_public', 'own'],
      ['partial_public', 'own'],
    ]);
  });
  it('flags a refusal of the request without a ground as a formal conclusion only', () => {
    expect(classifySentence('Uw Wob-verzoek wordt op dit onderdeel dan ook afgewezen.')).toMatchObject({ outcomes: [], formalRefusal: true });
    expect(classifySentence('Uw verzoek wijs ik af op grond van artikel 10 van de Wob.')).toMatchObject({ outcomes: ['not_public'] });
    expect(outcomes('Uw verzoek moet dan ook worden afgewezen, want de gevraagde informatie is reeds aan u verstrekt.')).toEqual(['already_public']);
  });
});

describe('the requester’s words and other refusals', () => {
  it.each([
    'In uw verzoek van 19 oktober 2020 heeft u verzocht om documenten openbaar te maken.',
    'Tijdens de hoorzitting heeft u aangegeven het niet eens te zijn met het standpunt dat namen niet worden vrijgegeven.',
    'U stelt dat het weigeren van de toegang strijdig is met artikel 10 EVRM.',
    'Zijn er vergunningen geweigerd wegens het quotum?',
    'Er zijn nog geen vergunningen geweigerd in de periode tot 22 april 2020.',
    'Aanvragen voor een omzettingsvergunning die na 1 april 2020 zijn ontvangen, zullen geweigerd worden.',
  ])('%s → no decision', (sentence) => {
    expect(outcomes(sentence)).toEqual([]);
  });
  it('still reads the body agreeing with the requester, and a refusal of documents', () => {
    expect(outcomes('Zoals u heeft aangegeven, zijn de stukken reeds openbaar.')).toEqual(['already_public']);
    expect(outcomes('Openbaarmaking van de namen wordt geweigerd.')).toEqual(['not_public']);
    expect(outcomes('De vergunning is geweigerd onder verwijzing naar artikel 3.3.1; ik verwijs u naar de website.')).toEqual(['referred']);
  });
});

describe('an earlier decision, the contact line and foreign heading series', () => {
  it('reads an earlier decision told back as already public, never as a redaction or refusal now', () => {
    expect(classifySentence('Waarschijnlijk waren die ten gevolge van een eerder Wob-verzoek reeds geanonimiseerd en openbaar gemaakt.')).toMatchObject({ redaction: false });
    expect(outcomes('Met het besluit van 11 februari 2020 zijn alle documenten openbaar gemaakt.')).toEqual(['already_public']);
    expect(outcomes('Bij het besluit van 3 maart 2019 is openbaarmaking geweigerd.')).toEqual([]);
  });
  it('reads the contact line as no referral', () => {
    expect(outcomes('Voor verdere vragen daarover kunt u contact opnemen met de afdeling.')).toEqual([]);
    expect(outcomes('Voor deze informatie kunt u terecht bij het Stadsarchief.')).toEqual(['referred']);
  });
  it('reads no point in a heading series that numbers past the request ("Ad 1 … Ad 5" over two points)', () => {
    const text = [
      'Geachte heer,',
      '',
      'Beoordeling',
      'Ad 1 Brieven',
      'De aangetroffen brieven worden niet openbaar gemaakt.',
      'Ad 2 Berichten per e-mail',
      'De aangetroffen e-mails worden niet openbaar gemaakt.',
      'Ad 3 Schetsplannen',
      'De schetsplannen worden niet openbaar gemaakt.',
      '',
      'Hoogachtend,',
      'de burgemeester',
    ].join('\n');
    expect(parseDecision(text, points(2), { law: 'wob' }).points.map((p) => p.source === 'own' && p.outcome)).toEqual([false, false]);
  });
});

describe('lettered points and enclosed lists', () => {
  it('reads "de onderdelen (b) en (d)" as points 2 and 4, also when the statute annex numbers its members', () => {
    const text = [
      'Geachte heer,',
      '',
      'U vraagt om:',
      '    a. alle correspondentie met het ministerie van Buitenlandse Zaken;',
      '    b. alle correspondentie met het ministerie van OCW;',
      '    c. alle notulen.',
      '',
      'Besluit',
      'Ik heb besloten deels aan uw verzoek tegemoet te komen en de aangetroffen documenten gedeeltelijk openbaar te maken.',
      'Bij de inventarisatie zijn met betrekking tot de onderdelen (b) en (c) van uw verzoek geen documenten aangetroffen. De documenten die wel zijn aangetroffen, staan vermeld in de inventarislijst, die als bijlage bij dit besluit is gevoegd.',
      '',
      'Hoogachtend,',
      'de minister',
      '',
      'Bijlage 1 – Relevante artikelen uit de Wob',
      'Artikel 10',
      '1. Het verstrekken van informatie blijft achterwege voor zover dit:',
      'a. de eenheid van de Kroon in gevaar zou kunnen brengen;',
      '2. Het verstrekken van informatie blijft eveneens achterwege voor zover het belang daarvan niet opweegt tegen:',
      'e. de eerbiediging van de persoonlijke levenssfeer;',
    ].join('\n');
    expect(parseDecision(text, points(3), { law: 'wob' }).points.map((p) => p.outcome)).toEqual(['partial_public', 'nothing_found', 'nothing_found']);
  });
  it('reads an enclosed inventory list as no disclosure, and a pointer to its numbers as no referral', () => {
    expect(outcomes('De documenten staan vermeld in de inventarislijst, die als bijlage bij dit besluit is gevoegd.')).toEqual([]);
    expect(outcomes('In dit besluit wordt verwezen naar de nummers uit de inventarislijsten.')).toEqual([]);
  });
});

describe('boilerplate and bracketed adverbs', () => {
  it('reads "geen onderscheid worden gemaakt" as no finding that nothing exists', () => {
    expect(outcomes('Daarom kan ten aanzien van de openbaarheid geen onderscheid worden gemaakt naar gelang de persoon van de verzoeker.')).toEqual([]);
    expect(outcomes('Er zijn geen metingen gedaan.')).toEqual(['nothing_found']);
  });
  it('reads "(deels) openbaar" as a partial disclosure', () => {
    expect(outcomes('De (deels) openbaar te maken documenten zullen u per e-mail worden toegezonden.')).toContain('partial_public');
  });
});

describe('a request outside the law, and documents not finished', () => {
  const letter = (body: string) => `Geachte heer,\n\nBesluit\n${body}\n\nHoogachtend,\nde burgemeester\n`;
  it('reads "Uw verzoek valt niet onder de reikwijdte van de Wob" by its reason: already public, else nothing held', () => {
    const pub = parseDecision(letter('Uw verzoek valt niet onder de reikwijdte van de Wob. De Wob is niet van toepassing op documenten die reeds openbaar zijn.'), points(2), { law: 'wob' }).points;
    expect(pub.map((p) => [p.outcome, p.source])).toEqual([
      ['already_public', 'letter_wide'],
      ['already_public', 'letter_wide'],
    ]);
    const none = parseDecision(letter('Uw verzoek valt niet onder de reikwijdte van de Wob.'), points(1), { law: 'wob' }).points;
    expect(none[0].outcome).toBe('nothing_found');
  });
  it('reads a report not yet finished as nothing found', () => {
    expect(outcomes('Dit onderzoek is nog niet afgerond.')).toEqual(['nothing_found']);
  });
});

describe('third parties and listed documents', () => {
  it.each([
    'De derde-belanghebbenden hebben verzocht om gegevens in documenten niet openbaar te maken.',
    'In de zienswijze wordt aangegeven dat er bezwaar is tegen openbaarmaking van vertrouwelijke informatie.',
    'De betrokken derde-belanghebbenden stemmen gedeeltelijk in met de openbaarmaking van de documenten.',
    'Deze vindt u opgenomen op de inventarislijst van bijlage 2.',
    'Een routebeschrijving vindt u op www.amsterdam.nl.',
  ])('%s → no decision', (sentence) => {
    expect(outcomes(sentence)).toEqual([]);
  });
  it('still reads the body’s own decision on a third party’s view', () => {
    expect(outcomes('Gelet op de zienswijze maak ik de bedrijfsgegevens niet openbaar.')).toEqual(['not_public']);
  });
});
