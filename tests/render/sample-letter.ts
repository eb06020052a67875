// A realistic Woo request as a letter model, with fictional parties (no real addresses).
import type { LetterModel } from '../../src/core/letters/model.js';

export const SAMPLE_POINTS: string[] = [
  'alle gegevensvelden die worden verzameld en/of een datadictionary voor het Voorspellend Meldingen Systeem (VMS);',
  'een lijst van de gevallen waarin gegevens of analyses uit het VMS zijn gebruikt om contact te leggen met personen, met de locatie, de leeftijd en het geslacht van de persoon en de datum waarop contact is gelegd;',
  'een lijst van de gevallen waarin gegevens of analyses uit het VMS zijn gebruikt om personen aan te houden, met de omschrijving van het feit en de datum van de aanhouding;',
  'een lijst van de gevallen waarin gegevens of analyses uit het VMS zijn gebruikt voor een last of bevel, met de datum en de omschrijving zoals die in de last of het bevel staat;',
  'vijf voorbeelden van camerabeelden die met behulp van het VMS zijn geselecteerd;',
  'alle wervings- en aanbestedingsdocumenten die verband houden met het VMS en andere voorspellende technologieën;',
  "rapporten waarin wordt beschreven wanneer en waar proefprogramma's met het VMS zijn uitgevoerd, en wat daarvan de resultaten waren;",
  'alle overeenkomsten voor het delen van gegevens tussen de gemeente en andere organisaties over gegevens die door of voor het VMS zijn verzameld;',
  'alle stukken waaruit blijkt welke andere organisaties toegang hebben tot gegevens uit het VMS, of die gegevens kunnen kopen;',
  'beschrijvingen van het aantal, het soort en de datum van datalekken die zich bij het VMS hebben voorgedaan;',
  'alle procedures, beleidslijnen en andere richtlijnen voor het gebruik van voorspellende technologie, waaronder beleid over non-discriminatie en eerlijkheid;',
  'alle wekelijkse, maandelijkse en jaarlijkse rapporten over het VMS vanaf 1 januari 2015 of vanaf de datum waarop het VMS in gebruik is genomen – welke van beide eerder is;',
  'alle rapporten die afkomst en etniciteit analyseren in gegevens van het VMS;',
  'al het trainingsmateriaal, presentaties en voorlichtingsmateriaal over het VMS;',
  'alle documenten, zoals jaarverslagen of audits, waaruit de effectiviteit of ondoelmatigheid van het VMS blijkt;',
  'waar en hoe de door het VMS verzamelde gegevens worden opgeslagen en wie de eigenaar van die gegevens is, met inbegrip van een bewaarbeleid of documenten waaruit blijkt wanneer gegevens worden verwijderd;',
  'alle risicoanalyses, gegevensbeschermingseffectbeoordelingen (DPIA’s) en mensenrechtentoetsen (IAMA’s) die over het gebruik van het VMS zijn gemaakt.',
];

export function sampleLetter(overrides: Partial<LetterModel> = {}): LetterModel {
  return {
    kind: 'request',
    sender: {
      name: 'Anna de Vries',
      lines: ['Voorbeeldgracht 12-3', '1000 AB Amsterdam', 'anna.devries@example.org'],
    },
    recipient: {
      name: 'Gemeente Voorbeeldstad',
      lines: ['t.a.v. de Woo-coördinator', 'Postbus 1234', '1000 AA Voorbeeldstad'],
    },
    place: 'Amsterdam',
    date: '2026-11-23',
    subject: 'Woo-verzoek over het Voorspellend Meldingen Systeem',
    references: [{ label: 'Ons kenmerk', value: 'WOO-2026-007' }],
    salutation: 'Geachte heer, mevrouw,',
    body: [
      {
        kind: 'paragraph',
        text:
          'Met een beroep op de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten ' +
          'die laten zien:',
      },
      { kind: 'numbered', items: SAMPLE_POINTS.map((text, i) => ({ number: i + 1, text })) },
      { kind: 'heading', text: 'Periode en vorm' },
      {
        kind: 'paragraph',
        text:
          'Dit verzoek betreft de periode van 1 januari 2015 tot de datum van ontvangst van dit verzoek. ' +
          'Ik ontvang de documenten bij voorkeur digitaal, in een doorzoekbaar formaat.',
      },
      {
        kind: 'bullets',
        items: ['per e-mail aan anna.devries@example.org;', 'of via een downloadlink.'],
      },
      {
        kind: 'paragraph',
        text:
          'Ik verzoek u de ontvangst van dit verzoek te bevestigen en binnen de termijn van artikel 4.4 ' +
          'Woo op dit verzoek te beslissen.',
      },
    ],
    closing: 'Met vriendelijke groet,',
    signature: 'Anna de Vries',
    meta: {
      title: 'Woo-verzoek over het Voorspellend Meldingen Systeem',
      author: 'Anna de Vries',
      subject: 'Verzoek om openbaarmaking op grond van de Wet open overheid',
    },
    ...overrides,
  };
}

/** A letter with `count` long points, to force several PDF pages. */
export function longLetter(count = 60): LetterModel {
  const items = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    text:
      `punt ${i + 1}: alle documenten, waaronder nota's, e-mails, notulen, chatberichten en ` +
      'rapportages, over de inzet, evaluatie en kosten van het Voorspellend Meldingen Systeem ' +
      `in het jaar ${2010 + (i % 16)}, inclusief de bijlagen en de interne adviezen daarover.`,
  }));
  const base = sampleLetter();
  return sampleLetter({
    body: [base.body[0], { kind: 'numbered', items }, ...base.body.slice(2)],
  });
}
