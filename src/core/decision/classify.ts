// Reads the outcome(s) a sentence states. Patterns are decision phrases ("maak ik openbaar",
// "zijn niet aangetroffen"), never bare words like "openbaar", which every letter uses in passing.
// When two patterns claim the same words, the earlier in PATTERNS wins: "niet openbaar gemaakt"
// is a refusal, "reeds openbaar gemaakt" is already public, and neither is a disclosure.
import type { Outcome } from './types.js';
import { memoByString } from '../memo.js';

/**
 * Up to n words between the parts of a phrase, never crossing a word that starts another
 * statement ("en", "maar") or flips its meaning ("niet", "openbaar"), so a pattern cannot swallow
 * "wordt openbaar gemaakt en document 2 wordt niet openbaar gemaakt" as one refusal.
 */
const gap = (n: number) => String.raw`(?:(?!(?:en|maar|terwijl|echter|wordt|worden|is|zijn|maak|maken|openbaar|niet|geen)\b)\S+\s+){0,${n}}?`;
/**
 * The same, for the object between a verb and "openbaar" in a main clause ("maken wij de naam, de
 * plaats en het bedrag openbaar"): there "en" joins a list of what is disclosed, not two statements.
 */
const objectGap = (n: number) => String.raw`(?:(?!(?:maar|terwijl|echter|wordt|worden|is|zijn|maak|maken|openbaar|niet|geen)\b)\S+\s+){0,${n}}?`;
const I_WE = String.raw`(?:ik|wij|we)`;
/** Informal letters address the reader as "je"/"jij"; formal ones as "u". */
const YOU = String.raw`(?:u|je|jij)`;
const BE = String.raw`(?:wordt|worden|is|zijn|werd|werden|blijft|blijven)`;
const RECORD_VERBS = String.raw`(?:opgemaakt|aangetroffen|gevonden|vastgelegd|gedocumenteerd|geregistreerd|bijgehouden|opgesteld|gearchiveerd|aanwezig|voorhanden|ontvangen|binnengekomen|ingekomen|plaatsgevonden|uitgevoerd)`;
const DOCUMENT_NOUNS = String.raw`(?:documenten|document|stukken|informatie|gegevens|rapport(?:en|ages)?|verslagen|notulen|overeenkomsten|afspraken|analyses|lijsten|lijst|registraties?|records|beelden|correspondentie|e-mails|mails|materiaal|documentatie|beschrijvingen|procedures|beleidsstukken|presentaties|voorbeelden|klachten|meldingen|brieven|notities|memo's|adviezen|evaluaties|convenanten|contracten|offertes|berichten)`;

/**
 * "Er zijn nog geen vergunningen geweigerd", "Aanvragen … zullen geweigerd worden": a permit, an
 * application or a subsidy refused is the body's other business, not information withheld.
 */
const OTHER_REFUSAL = String.raw`(?<!(?:vergunning(?:en)?|aanvra(?:ag|gen)|subsidies?|ontheffing(?:en)?|uitkering(?:en)?)\s+(?:\S+\s+){0,14})`;

const PATTERNS: { outcome: Outcome; re: RegExp }[] = [
  // forwarded (art. 4.2 Woo, art. 4 Wob)
  { outcome: 'forwarded', re: /\b(?:door|over)(?:gezonden|gestuurd|geleid|gedragen)\b/ },
  { outcome: 'forwarded', re: /\bdoor(?:zenden|sturen|zending|geleiding)\b|\b(?:zend|stuur)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,8}?door\b/ },
  { outcome: 'forwarded', re: /\bter\s+behandeling\s+(?:\S+\s+){0,3}?(?:gezonden|gestuurd|toegezonden)\b/ },
  // nothing_found
  { outcome: 'nothing_found', re: new RegExp(String.raw`\b(?:niet|nooit|nimmer)\s+${gap(4)}${RECORD_VERBS}\b`) },
  { outcome: 'nothing_found', re: /\b(?:niet|nooit|nimmer)\s+(?:zijn\s+|is\s+)?(?:gemaakt|beschikbaar)\b/ },
  // Separable verbs: "houdt … niet bij", "legt … niet vast".
  { outcome: 'nothing_found', re: /\b(?:houdt|houden|hield|hielden|legt|leggen|legde|legden)\s+(?:\S+\s+){0,8}?(?:(?:niet|nooit|nimmer)\s+|geen\s+(?:\S+\s+){0,4}?)(?:bij|vast)\b/ },
  // "hebben wij niet", "zijn er niet": possession or existence denied at the end of a clause;
  // "hebben we niet meer" (no longer held) and "zijn er nooit geweest" (never made) alike.
  { outcome: 'nothing_found', re: /\b(?:heb|hebben|bezit|bezitten)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?niet(?:\s+meer)?\s*(?:[.;,]|$)|\b(?:zijn|is)\s+er\s+(?:\S+\s+){0,2}?(?:niet|nooit)(?:\s+meer|\s+geweest)?\s*(?:[.;,]|$)/ },
  // "geen gegevens die wij moeten beschermen" is not "no documents": only an existential
  // ("er zijn geen", "bestaan geen") or a finding verb (next pattern) makes it one.
  {
    outcome: 'nothing_found',
    re: new RegExp(
      // "De gemeente heeft geen meetgegevens": compounds end in the document noun.
      String.raw`\b(?:er\s+(?:zijn|is|waren|was)|zijn\s+er|is\s+er|bestaan|bestaat|heb(?:ben)?\s+(?:ik|wij|we)|heeft)\s+(?:\S+\s+){0,3}?geen\s+(?:\S+\s+){0,2}?\w*${DOCUMENT_NOUNS}\b` +
        // subordinate clause order: "dat er geen documenten zijn"
        String.raw`|\ber\s+(?:\S+\s+){0,2}?geen\s+(?:\S+\s+){0,2}?${DOCUMENT_NOUNS}\s+(?:\S+\s+){0,8}?(?:zijn|is|bestaan|bestaat|waren|was)\b`,
    ),
  },
  // "geen metingen gedaan": what was never done left no documents.
  // Not "kan geen onderscheid worden gemaakt", "geen gebruik gemaakt": no thing there, but a distinction or a use.
  { outcome: 'nothing_found', re: new RegExp(String.raw`\bgeen\s+(?!(?:onderscheid|gebruik|melding|inbreuk|aanspraak|bezwaar|uitzondering|afweging|keuze|sprake)\b)(?:\S+\s+){0,4}?(?:${RECORD_VERBS}|gemaakt|gedaan)\b`) },
  // "De offerte is niet aan ons verstrekt": never received, so not held; not a refusal.
  { outcome: 'nothing_found', re: /\bniet\s+aan\s+(?:(?:de|het)\s+)?\S+\s+(?:verstrekt|gegeven|gestuurd|toegestuurd|toegezonden|overgedragen|geleverd)\b/ },
  // "… dat ik niet beschik over een rapport": subordinate order puts "niet" first.
  { outcome: 'nothing_found', re: /\bbeschik(?:t|ken)?\s+(?:\S+\s+){0,6}?niet\s+(?:\S+\s+){0,4}?over\b|\bniet\s+(?:\S+\s+){0,2}?over\s+(?:\S+\s+){0,6}?beschik|\bniet\s+(?:\S+\s+){0,2}?beschik(?:t|ken)?\s+(?:\S+\s+){0,4}?over\b/ },
  { outcome: 'nothing_found', re: /\bniet\s+(?:\S+\s+){0,2}?in\s+(?:het\s+|ons\s+|mijn\s+)?bezit\b|\bberust(?:en)?\s+(?:dan\s+ook\s+|daarom\s+|ook\s+)?niet\b|\bniet\s+(?:\S+\s+){0,2}?berust(?:en)?\b/ },
  { outcome: 'nothing_found', re: /\b(?:bestaan|bestaat)\s+(?:\S+\s+){0,2}?niet\b|\bniet\s+(?:\S+\s+){0,2}?(?:bestaan|bestaat)\b|\bniets\s+(?:\S+\s+){0,3}?(?:gevonden|aangetroffen)\b/ },
  { outcome: 'nothing_found', re: /\bniet\s+(?:meer\s+)?(?:te\s+achterhalen|terug\s+te\s+vinden)\b/ },
  // "Dit onderzoek is nog niet afgerond": a document not finished does not exist yet.
  { outcome: 'nothing_found', re: /\bnog\s+niet\s+(?:\S+\s+){0,2}?(?:afgerond|gereed|klaar|voltooid|afgesloten)\b/ },
  // "daarvan is niets op papier gezet", "niets vastgelegd": nothing was ever written down.
  { outcome: 'nothing_found', re: /\b(?:niets|niet)\s+(?:\S+\s+){0,3}?op\s+papier\b|\bniets\s+(?:\S+\s+){0,3}?(?:opgeschreven|genoteerd|bewaard|vastgelegd)\b/ },
  // "ik ben niet gehouden dit te vervaardigen": the Woo gives access to documents, not new ones.
  { outcome: 'nothing_found', re: /\bniet\s+(?:gehouden|verplicht)\s+(?:\S+\s+){0,6}?te\s+(?:vervaardigen|maken|samenstellen|creëren|creeren)\b/ },
  // "niet kunnen vinden", "geen stukken kunnen aantreffen"; not "zich niet kunnen vinden in" (disagree).
  { outcome: 'nothing_found', re: /\b(?:niet|geen)\s+(?:\S+\s+){0,4}?kunnen\s+(?:vinden|aantreffen|traceren|achterhalen)\b(?!\s+in\b)/ },
  // already_public
  { outcome: 'already_public', re: new RegExp(String.raw`\b(?:reeds|eerder)\s+${gap(3)}(?:openbaar|gepubliceerd|bekendgemaakt|verstrekt|toegezonden)\b|\bal\s+(?:eerder\s+|eens\s+)?(?:openbaar|gepubliceerd)\b`) },
  { outcome: 'already_public', re: /\b(?:openbaar|publiek(?:elijk)?|vrij)\s+(?:beschikbaar|toegankelijk|raadpleegbaar|in\s+te\s+zien)\b/ },
  // "…, die openbaar is via https://…": public already, at the address given.
  { outcome: 'already_public', re: /\bopenbaar\s+(?:is\s+|zijn\s+)?(?:via|op)\s+(?:https?:|www\.)/ },
  // "Wij verstrekken ze niet nogmaals", "maak ik niet opnieuw openbaar": not again, because already out.
  { outcome: 'already_public', re: /\b(?:verstrek\w*|maak|maken|stuu?r\w*|zend\w*|geef|geven)\s+(?:\S+\s+){0,4}?niet\s+(?:\S+\s+)?(?:opnieuw|nogmaals|nog\s+eens|nog\s+een\s+keer|andermaal)\b/ },
  // Passive: "Deze documenten worden daarom niet opnieuw openbaar gemaakt".
  { outcome: 'already_public', re: /\bniet\s+(?:opnieuw|nogmaals|nog\s+eens|andermaal)\s+(?:\S+\s+){0,2}?(?:openbaar|verstrekt|toegezonden|gepubliceerd)\b/ },
  // "staat op https://…", "hebben we op de website gezet": put online before this decision.
  { outcome: 'already_public', re: /\b(?:staat|staan)\s+(?:\S+\s+){0,4}?op\s+(?:https?:|www\.)|\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,8}?op\s+(?:\S+\s+){0,3}?(?:gezet|gepubliceerd)\b/ },
  // "staat al op uwv.nl", "die al op onze website staat": online before this decision.
  { outcome: 'already_public', re: /\b(?:staat|staan|is|zijn)\s+(?:al|reeds)\s+(?:online|op\s+(?:(?:de|onze|uw|het|internet)\b|https?:|www\.|[\w-]+\.nl\b))|\b(?:al|reeds)\s+(?:op|via)\s+(?:(?:de|onze|uw|het)\s+)?(?:website|site|internet|https?:|www\.)/ },
  // "Vergunningen worden door ons zelfstandig openbaar gemaakt": published on the body's own
  // initiative (Woo ch. 3), so already out, not disclosed by this decision.
  { outcome: 'already_public', re: /\b(?:zelfstandig|actief|uit\s+eigen\s+beweging)\s+(?:\S+\s+){0,2}?openbaar\b/ },
  { outcome: 'already_public', re: /\b(?:staat|staan)\s+(?:ook\s+)?(?:online|op\s+(?:(?:de|onze|uw|het)\s+)?(?:\S+\s+)?(?:website|internet|webpagina)\b)/ },
  { outcome: 'already_public', re: new RegExp(String.raw`\b${BE}\s+${gap(6)}gepubliceerd\b|\bgepubliceerd\s+(?:op|via|in)\b`) },
  { outcome: 'already_public', re: /\bte\s+(?:vinden|raadplegen|downloaden|bekijken|lezen)\s+(?:is\s+|zijn\s+)?(?:op|via)\b|\b(?:vindt|vind|kunt|kun|kan)\s+(?:u|je|jij)\s+(?:\S+\s+){0,6}?(?:vinden|raadplegen|downloaden|lezen|inzien|bekijken)\s+(?:op|via)\b|\b(?:(?:vindt|vind)\s+(?:u|je|jij)|(?:u|je|jij)\s+(?:vindt|vind))\s+(?:\S+\s+){0,3}?(?:op|via)\s+(?:https?:|www\.|\S+\.nl\b)/ },
  // partial_public
  {
    outcome: 'partial_public',
    // "(deels) openbaar te maken": the bracketed adverb still makes it partial.
    re: /\b(?:gedeeltelijk|deels|ten\s+dele|grotendeels)\)?\s+(?:\S+\s+){0,2}?(?:openbaar|toe(?:gewezen|\s+te\s+wijzen)|af(?:gewezen|\s+te\s+wijzen)|verstrekt|vrijgegeven|ingewilligd|in\s+te\s+willigen)\b/,
  },
  // "Wij maken een deel van de gevraagde informatie openbaar": a part disclosed is a partial disclosure.
  { outcome: 'partial_public', re: /\b(?:een\s+(?:deel|gedeelte)|delen)\s+van\s+(?:\S+\s+){0,4}?openbaar\b/ },
  // Adverb after the verb: "Ik verstrek u de documenten gedeeltelijk", "wordt toegewezen, deels".
  { outcome: 'partial_public', re: /\b(?:verstrek\w*|openbaar|toegewezen|ingewilligd)\s+(?:\S+\s+){0,6}?(?:gedeeltelijk|deels|ten\s+dele)(?=\s*[.;,]|$)/ },
  // not_public
  // "Ik weiger de draaiboeken openbaar te maken": the refusal owns the words it refuses.
  { outcome: 'not_public', re: /\b(?:weiger|weigert|weigeren|geweigerd)\s+(?:\S+\s+){0,8}?(?:openbaar\s+te\s+maken|te\s+verstrekken|openbaarmaking)\b/ },
  { outcome: 'not_public', re: new RegExp(String.raw`\b(?:wijs|wijzen)\s+(?:${I_WE}\s+)?(?:\S+\s+){0,8}?af\b|(?<!\b(?:de|het|een|alle|aantal|deze|die)\s+)\bafgewezen\b|\baf\s+te\s+wijzen\b|${OTHER_REFUSAL}\b(?:weiger|weigeren|geweigerd)\b`) },
  { outcome: 'not_public', re: new RegExp(String.raw`\b(?:maak|maken)\s+${I_WE}\s+${objectGap(8)}niet\s+(?:\S+\s+){0,2}?openbaar\b|\b${I_WE}\s+(?:maak|maken)\s+${gap(8)}niet\s+openbaar\b`) },
  { outcome: 'not_public', re: new RegExp(String.raw`\b${BE},?\s+${gap(6)}niet\s+(?:\S+\s+){0,2}?openbaar\b|\bniet\s+openbaar\b`) },
  { outcome: 'not_public', re: /\bniet\s+(?:\S+\s+){0,2}?(?:verstrekt|verstrekken|vrijgegeven|vrij\s+te\s+geven)\b|\bverstrek(?:ken)?\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?niet\b|\b(?:ik|wij|we)\s+verstrek(?:ken)?\s+(?:\S+\s+){0,4}?niet\b/ },
  // "Ik verstrek dan ook geen informatie uit deze documenten": giving nothing is a refusal.
  { outcome: 'not_public', re: new RegExp(String.raw`\bverstrek(?:ken)?\s+${I_WE}\s+(?:\S+\s+){0,3}?geen\s+(?:\S+\s+){0,2}?\w*${DOCUMENT_NOUNS}\b|\b${I_WE}\s+verstrek(?:ken)?\s+(?:\S+\s+){0,3}?geen\s+(?:\S+\s+){0,2}?\w*${DOCUMENT_NOUNS}\b`) },
  // Plain words for a refusal: "geven we je niet", "krijg je niet", "sturen wij u niet".
  { outcome: 'not_public', re: new RegExp(String.raw`\b(?:geef|geven|stuur|sturen)\s+${I_WE}\s+(?:\S+\s+){0,4}?niet\b(?!\s+(?:\S+\s+)?(?:opnieuw|nogmaals|nog|andermaal|meer)\b)|\b(?:krijg|krijgt)\s+${YOU}\s+(?:\S+\s+){0,4}?niet\b`) },
  { outcome: 'not_public', re: /\bniet\s+(?:\S+\s+){0,3}?doen\s+toekomen\b/ },
  { outcome: 'not_public', re: /\b(?:niet\s+(?:\S+\s+){0,3}?over\s+(?:te\s+)?(?:gaan|ga|gaat)|(?:ga|gaan|gaat)\s+(?:\S+\s+){0,3}?niet\s+over)\s+tot\s+(?:\S+\s+){0,2}?openbaarmaking\b/ },
  // "Uw vragen kunnen we niet beantwoorden, omdat dit indruist tegen de persoonlijke levenssfeer": refused on a ground.
  { outcome: 'not_public', re: /\bniet\s+(?:\S+\s+){0,2}?beantwoorden\b[^.]*\b(?:indruist|persoonlijke\s+levenssfeer|privacy|weigeringsgrond|uitzonderingsgrond)/ },
  { outcome: 'not_public', re: /\b(?:blijft|laat|laten)\s+(?:\S+\s+){0,8}?achterwege\b|\bachterwege\s+(?:te\s+)?(?:laten|blijven|gelaten)\b|\bgeen\s+(?:\S+\s+){0,2}?openbaarmaking\b/ },
  // public
  { outcome: 'public', re: new RegExp(String.raw`\b(?:maak|maken)\s+${I_WE}\s+${objectGap(8)}openbaar\b|\b${I_WE}\s+(?:maak|maken)\s+${gap(8)}openbaar\b`) },
  { outcome: 'public', re: new RegExp(String.raw`\b${BE},?\s+${gap(6)}openbaar\s+gemaakt\b|\bopenbaar\s+te\s+maken\b|\b(?:volledig|geheel|integraal)\s+openbaar\b|\bin\s+(?:zijn|hun)\s+geheel\s+openbaar\b`) },
  { outcome: 'public', re: /\bover\s+(?:te\s+)?(?:gaan|ga|gaat)\s+tot\s+(?:\S+\s+){0,2}?openbaarmaking\b/ },
  { outcome: 'public', re: new RegExp(String.raw`\bverstrek(?:ken)?\s+${I_WE}\b|\b${I_WE}\s+verstrek(?:ken)?\b(?!\s+(?:\S+\s+){0,3}?(?:niet|geen)\b)|\b${BE}\s+${gap(4)}(?:verstrekt|vrijgegeven|bijgevoegd|gevoegd|toegezonden|toegestuurd|meegezonden)\b|\bgeef\s+${I_WE}\s+(?:\S+\s+){0,6}?vrij\b`) },
  {
    outcome: 'public',
    re: /\b(?:(?:treft|ontvangt|vindt)\s+u|u\s+(?:treft|ontvangt|vindt))\s+(?:\S+\s+){0,6}?(?:bijlage|bijgevoegd|bijgaand|hierbij|bij\s+dit\s+besluit)\b|\bals\s+bijlage\s+(?:\S+\s+){0,4}?(?:aan|bijgevoegd|toegevoegd|gevoegd)\b/,
  },
  // "Deze stukken zal ik aan u doen toekomen", "die ik aan u zal verstrekken": disclosure announced in this letter.
  { outcome: 'public', re: new RegExp(String.raw`\bdoen\s+toekomen\b|\b(?:zal|zullen)\s+${I_WE}\s+${gap(6)}(?:verstrekken|toezenden|toesturen|openbaar\s+maken)\b|\b${I_WE}\s+${gap(4)}(?:zal|zullen)\s+(?:verstrekken|toezenden|toesturen|openbaar\s+maken)\b`) },
  // "Het contract krijg je van ons in zijn geheel": plain words for a full disclosure.
  { outcome: 'public', re: new RegExp(String.raw`\b(?:krijg|krijgt|ontvang|ontvangt)\s+${YOU}\s+(?:\S+\s+){0,4}?(?:in\s+(?:zijn|haar|hun)\s+geheel|volledig|helemaal|compleet|integraal)\b`) },
  // "De mails zitten in de bijlage": what is enclosed is disclosed.
  { outcome: 'public', re: /\b(?:zit|zitten|zat|zaten)\s+(?:\S+\s+){0,3}?(?:in|bij)\s+de\s+bijlage/ },
  { outcome: 'public', re: /\bmee(?:sturen|gestuurd|zenden|gezonden)\b|\b(?:stuur|sturen|zend|zenden)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?mee\b/ },
  { outcome: 'public', re: new RegExp(String.raw`\b(?:stel|stellen)\s+${I_WE}\s+${gap(6)}beschikbaar\b|\bbeschikbaar\s+(?:gesteld|te\s+stellen)\b`) },
  { outcome: 'public', re: new RegExp(String.raw`\b(?:wijs|wijzen)\s+${I_WE}\s+(?:\S+\s+){0,6}?toe\b|\btoe\s+te\s+wijzen\b|\btoegewezen\b|\bin\s+te\s+willigen\b|\bingewilligd\b`) },
  // referred
  // "In uw brief verwijst u naar …": the requester refers, the body does not; "onder verwijzing
  // naar artikel 3" cites.
  { outcome: 'referred', re: /(?<!\b(?:u|je|jij)\s+)\bverwij(?:s|zen|st(?!\s+(?:u|je|jij)\b))\b|\bverwezen\b|(?<!\bonder\s+)\bverwijzing\s+naar\b/ },
  { outcome: 'referred', re: /\bkunt\s+u\s+(?:\S+\s+){0,6}?(?:terecht|wenden|contact\s+opnemen)\b|\b(?:raad|adviseer)\s+(?:ik|wij|we)\s+u\b|\b(?:wijs|wijzen)\s+(?:ik|wij|we)\s+u\s+(?:\S+\s+){0,2}?op\b/ },
];

/**
 * "Dit valt buiten de reikwijdte van de Woo": no document the request covers is held, so a careful
 * reader records nothing_found, unless the same answer says more: when it also points elsewhere
 * ("verwijs ik u naar hoofdstuk 4") or forwards, that is the answer. So it is a flag the point's
 * summary falls back on (see aggregate.ts), not an outcome that competes with the others.
 */
const OUT_OF_SCOPE =
  /\bvalt\s+(?:\S+\s+){0,3}?buiten\s+(?:de\s+)?(?:reikwijdte|werkingssfeer|strekking)\b|\bbuiten\s+(?:de\s+)?(?:reikwijdte|werkingssfeer)\s+(?:\S+\s+){0,6}?(?:valt|vallen|vielen)\b/;

/** Withheld parts inside a disclosure: turns a disclosure of the same point into partial_public. */
const REDACTION =
  /\bmet\s+uitzondering\s+van\b|\bmet\s+weglating\s+van\b|\bonleesbaar\s+gemaakt\b|\b(?:zwart|weg)?gelakte?\b|\bonzichtbaar\s+gemaakt\b|\b(?:lak|lakken)\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+(?:\S+\s+){0,4}?(?:lak|lakken)\b|\bzwart\s*gemaakt\b|\bafgeschermd\b|\bgeanonimiseerd\b|\bweggelaten\b|\bniet\s+openbaar\s+gemaakte\s+passages\b|\b(?:die|deze)\s+(?:passages?|gedeelten|zinsdelen|alinea's)\s+(?:\S+\s+){0,4}?niet\s+(?:\S+\s+){0,2}?openbaar\b/;

/** "daar hebben we niets uit weggelaten", "er is niets gelakt": the denial of a redaction. */
const NO_REDACTION = /\b(?:niets|niet|geen\s+\S+)\s+(?:\S+\s+){0,3}?(?:weggelaten|gelakt|weggelakt|zwartgemaakt|afgeschermd|geanonimiseerd)\b/g;

/**
 * Case law told back: "stond de vraag centraal of de minister terecht had geweigerd …", "mocht worden
 * geweigerd", "De Afdeling oordeelde …": a court on an earlier decision, not this one.
 */
const CASE_LAW = String.raw`\bterecht\b(?!\s+(?:bij|op|in|voor|kunt|kan)\b)|\b(?:had|hadden)\s+(?:\S+\s+){0,8}?(?:geweigerd|afgewezen)\b|\bmocht(?:en)?\s+(?:\S+\s+){0,2}?(?:worden|blijven)\b|\b(?:afdeling|abrs|rechtbank|rechter|raad\s+van\s+state)\s+(?:\S+\s+){0,6}?(?:oordeel|oordeelde|overwoog|geoordeeld|overwogen)\b`;

/** "Voor verdere vragen kunt u contact opnemen met …", "Heeft u vragen, dan kunt u terecht bij …": the contact line. */
const CONTACT_LINE = String.raw`\b(?:voor|bij|met|heeft\s+(?:u|je)|hebt\s+(?:u|je))\s+(?:\S+\s+){0,2}?vragen\b[^.;]*\b(?:contact|terecht|bellen|mailen|wenden|bereikbaar)\b`;

/** Sentences that explain the law or set conditions; they sound like decisions but decide nothing. */
const NOT_A_DECISION = new RegExp(
  String.raw`\btenzij\b|\buitgangspunt\b|\bin\s+beginsel\b|\bvoor\s+zover\b.*\b(?:opweeg?t|van\s+toepassing)\b|^\s*(?:indien|mocht|wanneer|als\s+(?:u|er|het|uw|we|wij|ik|je|jij))\b|^\s*soms\b|\bbezwaar\s+(?:maken|indienen)\b|${CASE_LAW}|${CONTACT_LINE}`,
);

/** The requester's own words restated: "U vraagt onder 5 om …" sets the point but decides nothing. */
const RESTATES_REQUEST =
  /^\s*(?:u\s+(?:vraagt|verzoekt|vroeg|verzocht|heeft\s+(?:\S+\s+){0,3}?(?:gevraagd|verzocht))|(?:in|bij|onder)\s+(?:\S+\s+)?\d+\s+(?:vraagt|verzoekt)\s+u|uw\s+verzoek\s+(?:\S+\s+){0,4}?(?:betreft|luidt|ziet|gaat))\b/;

/**
 * "Andere documenten hierover hebben wij niet": nothing held beyond what the letter answered with
 * (documents, a referral). It decides the point only when nothing else does (see aggregate.ts).
 */
const RESIDUAL_ABSENCE = new RegExp(String.raw`\b(?:andere|overige|verdere|meer)\s+(?:\S+\s+)?\w*${DOCUMENT_NOUNS}\b`);

/**
 * "Uw Wob-verzoek wordt op dit onderdeel dan ook afgewezen": the request refused as a conclusion,
 * naming no ground. What it means comes from the reasons given before it (nothing found, already
 * public, a ground), so it decides only where nothing else does (see aggregate.ts).
 */
const FORMAL_REFUSAL =
  /^(?:(?!\b(?:artikel|art\.|grond|omdat|aangezien|want|wegens|vanwege|gelet)\b).)*\b(?:(?:uw|het|dit|je)\s+(?:wob-|woo-)?(?:verzoek|aanvraag)\b(?:(?!\b(?:documenten|stukken|informatie)\b).)*?\b(?:afgewezen|af\s+te\s+wijzen|niet\s+(?:\S+\s+)?(?:toegewezen|ingewilligd))|\bwijs\s+(?:ik|wij|we)\s+(?:uw|het|dit|je)\s+(?:wob-|woo-)?(?:verzoek|aanvraag)\b(?:\s+\S+){0,5}?\s+af)\b(?:(?!\b(?:artikel|art\.|grond|omdat|aangezien|want|wegens|vanwege|gelet)\b).)*$/;

/**
 * "In uw verzoek van 19 oktober heeft u verzocht om documenten … openbaar te maken", "Tijdens de
 * hoorzitting heeft u aangegeven het niet eens te zijn met …", "U stelt dat …": the requester's
 * words and views told back. "Zoals u heeft aangegeven, …" is the body agreeing, and still decides.
 */
const REQUESTER_SAYS =
  /^\s*(?:in|bij|met|per)\s+(?:uw|je|jouw|een)\s+(?:brief|e-?mail|mail|verzoek|schrijven|formulier|webformulier|aanvraag)\b[^.;]*?\b(?:heeft|hebt)\s+(?:u|je)\b[^.;]*?\b(?:verzocht|gevraagd)\b|(?<!\bzoals\s+(?:\S+\s+){0,4})\b(?:heeft|hebt)\s+(?:u|je)\s+(?:\S+\s+){0,3}?(?:aangegeven|gesteld|betoogd|aangevoerd|verklaard)\s+(?:dat|het)\b|(?<!\bzoals\s+)\b(?:u|je)\s+(?:stelt|betoogt|bestrijdt|voert\s+aan|bent\s+van\s+mening)\b/;

/**
 * "De derde-belanghebbenden hebben verzocht om gegevens … niet openbaar te maken", "In de
 * zienswijze wordt aangegeven dat …", "Zij stemmen gedeeltelijk in met de openbaarmaking": a third
 * party's view told back before the body weighs it; the body's decision comes after.
 */
const THIRD_PARTY_SAYS =
  /\b(?:derde-?\s?belanghebbenden?|belanghebbenden?|betrokkenen?|derden?)\s+(?:\S+\s+){0,4}?(?:heeft|hebben)\s+(?:\S+\s+){0,4}?(?:verzocht|gevraagd|aangevoerd|aangegeven|gesteld|betoogd)\b|\b(?:in|uit|met)\s+(?:de|hun|haar|zijn)\s+zienswijzen?\s+(?:\S+\s+){0,4}?(?:wordt|werd|is|zijn|staat|heeft|hebben)\b|\b(?:stemt|stemmen|stemde|stemden)\s+(?:\S+\s+){0,3}?in\s+met\b/;

export interface SentenceClassification {
  /** Distinct outcomes, in the order of PATTERNS. */
  outcomes: Outcome[];
  /** Where each outcome phrase starts, to split sentences that answer several point groups. */
  positions: { outcome: Outcome; start: number }[];
  redaction: boolean;
  outOfScope: boolean;
  /** The sentence only says no other documents are held. */
  residualAbsence: boolean;
  /** The sentence only refuses the request as a conclusion, naming no ground (FORMAL_REFUSAL). */
  formalRefusal?: boolean;
}

/**
 * "Er is geen reden om informatie te weigeren" discloses; "ik zie geen aanleiding om de stukken
 * openbaar te maken" refuses. The clause after the denied reason is read on its own and its
 * meaning flipped; then it is blanked out (keeping positions) so no pattern reads it again.
 */
// "Er staat geen informatie in die wij moeten weigeren": nothing to withhold, so all is disclosed.
const DENIED_REASON =
  /\bgeen\s+(?:\S+\s+){0,2}?(?:reden(?:en)?|aanleiding|(?:uitzonderings|weigerings)?grond(?:en)?|belang|informatie|gegevens|passages)\s+(?:(?:in|op)\s+)?(?:om|voor|waarom|die|dat)\b([^.;]*)/g;
const FLIPPED: Partial<Record<Outcome, Outcome>> = { public: 'not_public', not_public: 'public' };

function deniedClauses(text: string): { outcome: Outcome; start: number }[] {
  return [...text.matchAll(DENIED_REASON)].flatMap((m) => {
    const flipped = classifySentence(m[1]).outcomes.map((o) => FLIPPED[o]).find((o) => o !== undefined);
    return flipped ? [{ outcome: flipped, start: m.index ?? 0 }] : [];
  });
}

/**
 * "Uw verzoek wijs ik af, omdat er geen e-mails zijn": a refusal explained by absence is not a
 * refusal to disclose anything; the letter found nothing. Likewise "afgewezen, want de informatie
 * is reeds aan u verstrekt": already public.
 */
const BECAUSE = /\b(?:omdat|aangezien|want|nu|daar)\b/g;

function refusalExplainedByAbsence(text: string, positions: SentenceClassification['positions']): boolean {
  const absent = positions.filter((p) => p.outcome === 'nothing_found' || p.outcome === 'already_public');
  const refused = positions.filter((p) => p.outcome === 'not_public');
  if (absent.length === 0 || refused.length === 0) return false;
  const because = [...text.matchAll(BECAUSE)].map((m) => m.index ?? 0);
  return refused.every((r) => because.some((b) => b > r.start && absent.some((a) => a.start > b)));
}

/**
 * "Met het besluit van 11 februari 2020 zijn reeds alle documenten openbaar gemaakt", "waren die
 * ten gevolge van een eerder Wob-verzoek reeds geanonimiseerd": an earlier decision told back.
 * What it disclosed is already public now; what it refused or blacked out is not this decision.
 */
const EARLIER_DECISION =
  /\b(?:met|bij|in)\s+(?:het|mijn|ons|een)\s+(?:\S+\s+)?(?:besluit|deelbesluit|beslissing)\s+van\s+\d{1,2}\s+\p{L}+\s+\d{4}\b|\beerder(?:e)?\s+(?:\S+\s+)?(?:wob-|woo-)?(?:verzoek(?:en)?|besluit(?:en)?|deelbesluit(?:en)?)\b|\bten\s+gevolge\s+van\s+(?:een|uw)\s+(?:eerder\s+)?(?:wob-|woo-)?verzoek\b/u;

function recountedEarlier(positions: SentenceClassification['positions']): SentenceClassification['positions'] {
  return positions.flatMap((p) => (p.outcome === 'not_public' ? [] : p.outcome === 'public' || p.outcome === 'partial_public' ? [{ ...p, outcome: 'already_public' as const }] : [p]));
}

export const NO_DECISION: SentenceClassification = { outcomes: [], positions: [], redaction: false, outOfScope: false, residualAbsence: false };

/**
 * "Ik verwijs u naar de vergaderstukken, die ik hierboven gedeeltelijk openbaar maak": the clause
 * after the referral describes where the reader is sent, not what this answer decides.
 */
const REFERRAL_OBJECT_CLAUSE = /(?<=\bverwij(?:s|st|zen)\b[^.;]*?\bnaar\b[^.;,]*,\s*)(?:die|dat|welke|waarin|waarvan)\b[^.;]*/g;

/** "Een routebeschrijving vindt u op www.amsterdam.nl": a page footer run into the text, not a publication. */
const DIRECTIONS = /\b(?:een\s+)?routebeschrijving\s+(?:\S+\s+){0,3}?(?:op|via)\s+\S+/g;

/**
 * "… staan vermeld in de inventarislijst, die als bijlage bij dit besluit is gevoegd", "Deze vindt u
 * opgenomen op de inventarislijst van bijlage 2": the list is enclosed, not the documents.
 */
const LIST_ENCLOSED =
  /\b(?:inventari[sz]\w*|documentenlijst(?:en)?|lijst(?:en)?|overzicht(?:en)?)\b[^.;]*?\b(?:bijgevoegd|gevoegd|bijgesloten|toegevoegd)\b|\b(?:opgenomen|vermeld|genoemd|weergegeven|opgesomd)\s+(?:\S+\s+){0,2}?(?:op|in)\s+(?:de|het)\s+(?:inventari[sz]\w*|documentenlijst|lijst|overzicht)\b[^.;]*/g;

/**
 * "Voor een overzicht verwijs ik naar bijlage B", "verwijs ik u naar hetgeen vermeld staat onder
 * 'overwegingen'": a pointer inside this letter (its annex, inventory, reasoning) sends the reader
 * to this decision's own parts, not to information elsewhere; it is no referral.
 */
const INTERNAL_REFERRAL =
  /\b(?:verwij(?:s|st|zen)|verwezen)\s+(?:\S+\s+){0,3}?naar\s+(?:\S+\s+){0,5}?['‘"]?(?:bijlage|inventari[sz]\w*|documentenlijst|overweging(?:en)?|motivering|onderbouwing|toelichting|hieronder|hierna|onderstaande?|navolgende|paragraaf|alinea'?s?)\b['’"]?/gu;

// The parser asks about the same sentence from several places (subjects, reading, the unplaced
// sweep); remembering the answers keeps a long letter quick. Bounded, so memory stays small.
/** The outcomes a sentence decides (read-only: the result may be shared between callers). */
export const classifySentence: (sentence: string) => SentenceClassification = memoByString((s) => classifyUncached(s), 20_000);

function classifyUncached(sentence: string): SentenceClassification {
  const lower = sentence.toLowerCase();
  const denied = deniedClauses(lower);
  const text = lower.replace(DENIED_REASON, (m) => ' '.repeat(m.length)).replace(REFERRAL_OBJECT_CLAUSE, (m) => ' '.repeat(m.length)).replace(INTERNAL_REFERRAL, (m) => ' '.repeat(m.length)).replace(LIST_ENCLOSED, (m) => ' '.repeat(m.length)).replace(DIRECTIONS, (m) => ' '.repeat(m.length));
  // A question decides nothing: it is the request quoted, or the reader addressed.
  if (NOT_A_DECISION.test(text) || RESTATES_REQUEST.test(text) || REQUESTER_SAYS.test(text) || THIRD_PARTY_SAYS.test(text) || /\?\s*["'”’)]?\s*$/.test(text)) return NO_DECISION;
  const taken: [number, number][] = [];
  const positions: SentenceClassification['positions'] = [...denied];
  for (const { outcome, re } of PATTERNS) {
    for (const match of text.matchAll(new RegExp(re.source, 'g'))) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      positions.push({ outcome, start });
    }
  }
  const explained = refusalExplainedByAbsence(text, positions) ? positions.filter((p) => p.outcome !== 'not_public') : positions;
  const earlier = EARLIER_DECISION.test(text);
  const kept = earlier ? recountedEarlier(explained) : explained;
  const outcomes = PATTERNS.map((p) => p.outcome).filter((o, i, all) => all.indexOf(o) === i && kept.some((p) => p.outcome === o));
  const redaction = !earlier && REDACTION.test(text.replace(NO_REDACTION, (m) => ' '.repeat(m.length)));
  const outOfScope = OUT_OF_SCOPE.test(text);
  if (outcomes.length === 1 && outcomes[0] === 'not_public' && !redaction && FORMAL_REFUSAL.test(text)) {
    return { outcomes: [], positions: [], redaction, outOfScope, residualAbsence: false, formalRefusal: true };
  }
  if (outcomes.length === 1 && outcomes[0] === 'nothing_found' && RESIDUAL_ABSENCE.test(text)) {
    return { outcomes: [], positions: [], redaction, outOfScope, residualAbsence: true };
  }
  return { outcomes, positions: kept.sort((a, b) => a.start - b.start), redaction, outOfScope, residualAbsence: false };
}
