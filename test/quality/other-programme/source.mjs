#!/usr/bin/env node
// Questions for a programme the bot has never been tuned on: the fictional
// "Arbeitsmarkt- und Integrationsprogramm 2025" of the Jobcenter Landkreis Havelmark
// (amip-2025-jobcenter-havelmark.md beside this file). Written from that document only,
// before the bot was run on it, in the staff chat style of the main corpus
// (test/quality/README.md). `node test/quality/other-programme/source.mjs` writes cases.json;
// `--check` only verifies it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { q, un, st, fu, num, mio, date, sec, at, ABSTAIN, LZB_YES, LZB_NOT_YES } from '../source/helpers.mjs';

const t = { tricky: true };
const f = (topic, say, expect, o) => q('figure', topic, say, expect, o);

const figure = [
  // 1.1 / 1.2
  f('1.2', 'wie viele ELB betreut das jc im schnitt', `${num('7.400')}|${num('7.412')}|${num('7.398')}|${num('7.356')}`),
  f('1.2', 'anzahl bedarfsgemeinschaften', num('5.200')),
  f('1.1', 'wie viele einwohner hat der landkreis havelmark', num('171.000')),
  f('1.2', 'u25 ELB anzahl', num('1.186')),
  f('1.2', 'frauen zwischen 25 und 50 wie viele ELB', num('2.047')),
  f('1.2', 'anteil der 55+ an allen ELB in prozent', num('21,7')),
  f('1.2', 'wieviele alleinerziehende im bezug sept 24', num('1.034')),
  f('1.2', 'anteil ELB mit ausländischer staatsangehörigkeit', num('31,5')),
  f('1.2', 'schwerbehinderte ELB anzahl', num('291')),
  f('1.2', 'wie viel prozent der kunden haben keinen berufsabschluss', num('55,8')),
  // 2
  f('2', 'EGL plan 2025', mio('8.236.400', '8,2', '8,24')),
  f('2', 'verwaltungskosten ist 2024 hochrechnung', mio('14.318.200', '14,3', '14,32')),
  f('2', 'wie viel wird 2025 von EGL in VK umgeschichtet', mio('1.600.000', '1,6')),
  f('2.1', 'wie viel geld ist für FbW eingeplant', mio('2.306.200', '2,3', '2,31')),
  f('2.1', 'anteil 16i am eingliederungsbudget', num('16,0')),
  f('2.1', 'wie hoch sind die vorbindungen', mio('3.100.000', '3,1')),
  f('2.2', 'kommunaler finanzierungsanteil in prozent', num('15,2')),
  f('2.2', 'wie viele VZÄ hat das jobcenter 2025', num('219,0')),
  f('2.3', 'wie viel drittmittel gibts 2025', mio('640.000', '0,64')),
  // 3
  f('3.1', 'sv beschäftigte juni 2024 insgesamt', num('54.455')),
  f('3.1', 'wie viele leute arbeiten in verkehr und lagerei', num('4.583')),
  f('3.1', 'anteil verarbeitendes gewerbe', num('18,1')),
  f('3.2', 'arbeitslose sgb II 2024', num('4.074')),
  f('3.2', 'ALQ 2024', num('7,2')),
  f('3.3', 'gemeldete ausbildungsstellen 2023/24', num('1.247')),
  // 4
  f('4.1', 'IQ ziel 2025', num('24,4')),
  f('4.1', 'wie viele integrationen sind für 2025 geplant', num('1.790')),
  f('4.1', 'integrationsquote geflüchtete', num('25,6')),
  f('4.1', 'integrationen im september 2024', num('187')),
  f('4.2', 'LZB ist 2024', num('5.064')),
  f('4.3', 'wie viele umschulungen sind mit der agentur vereinbart', num('95')),
  // 5, 6, 8
  f('6.1', 'wie hoch ist das weiterbildungsgeld', [num('150'), 'Euro|€']),
  f('8', 'wie viel prozent der WBA werden online gestellt', num('41,3')),
];

const definition = [
  q('definition', '4.2', 'was sind LZB', ['24 Monat', '21 Monat']),
  q('definition', '4.1', 'wie ist die integrationsquote definiert', ['Anteil|Bestand', 'Ausbildung|Beschäftigung|Erwerbstätigkeit']),
  q('definition', '10', 'was heißt AVGS', 'Aktivierungs- und Vermittlungsgutschein'),
  q('definition', '10', 'wofür steht JBA', 'Jugendberufsagentur'),
  q('definition', '10', 'EAA?', 'Einheitliche Ansprechstelle'),
  q('definition', '10', 'was bedeutet VZÄ', 'Vollzeitäquivalent'),
  q('definition', '3.2', 'ab wann gilt jemand als langzeitarbeitslos', 'mindestens einem Jahr|ein(em)? Jahr|12 Monat'),
  q('definition', '6.2', 'was sind AGH', 'Arbeitsgelegenheit'),
];

const list = [
  q('list', '1.1', 'welche standorte hat das jobcenter', ['Falkenrode', 'Seelitz', 'Grabenow']),
  q('list', '5', 'welche zielgruppen hat das programm', ['Alleinerziehende', 'Geflüchtete|Fluchtmigration', 'Behinderung|Ältere|Jugendliche|unter 25']),
  q('list', '6.1', 'schwerpunkte der bildungszielplanung 2025', ['Logistik', 'Pflege']),
  q('list', '7', 'welche netzwerkpartner hat das jc', ['Kammer|IHK|Handwerkskammer', 'Rentenversicherung|Wohlfahrtsverb|Wirtschaftsförderung']),
  q('list', '4', 'welche drei ziele gibt das BMAS vor', ['Hilfebedürftigkeit', 'Integration', 'Leistungsbezug']),
  q('list', '4.3', 'kommunale ziele mit dem landkreis', ['Schuldner|Sucht', 'Kinderbetreuung']),
  q('list', '2.3', 'welche kommunalen eingliederungsleistungen nach 16a gibt es', ['Schuldnerberatung', 'Suchtberatung']),
  q('list', '5.1', 'welche angebote gibt es für jugendliche die noch nicht ausbildungsreif sind', 'BvB|Einstiegsqualifizierung|Startklar|berufsvorbereitende'),
];

const reason = [
  q('reason', '4.2', 'warum ist der LZB bestand 2024 gestiegen', 'ukrain'),
  q('reason', '4.1', 'wieso ist die IQ der frauen niedriger als bei den männern', 'Betreuungspflicht|Kinderbetreuung|Sprachkurs'),
  q('reason', '2', 'warum wird geld von EGL in VK umgeschichtet', 'Personal|Sachkosten'),
  q('reason', '3.1', 'warum gingen bei den sonstigen wirtschaftlichen dienstleistungen jobs verloren', 'Industriekonjunktur|Arbeitnehmerüberlassung'),
  q('reason', '4.1', 'warum gibt es im september die meisten integrationen', 'Ausbildungsbeginn'),
  q('reason', '1.1', 'warum ist mobilität ein thema', 'Entfernung|Nahverkehr|Führerschein'),
];

const processes = [
  q('process', '6.1', 'wie bekommt ein kunde einen bildungsgutschein', 'Beratungsgespräch'),
  q('process', '5.2', 'wie arbeitet das jc mit der ausländerbehörde zusammen', 'Fallkonferenz'),
  q('process', '8', 'wie steuert die geschäftsführung das jobcenter', 'Zielnachhaltedialog|Teamleitung'),
  q('process', '5.1', 'wie werden junge menschen erreicht die nicht mehr zu terminen kommen', 'Jugendwerkstatt|aufsuchend|16h'),
  q('process', '8', 'wie können kunden anträge digital einreichen', 'jobcenter[.]digital'),
  q('process', '5.3', 'wie unterstützt ihr alleinerziehende bei der kinderbetreuung', 'Teilzeit|Netzwerk|Jugendamt|Kita'),
  q('process', '2.2', 'wie wird das personal reduziert', 'Fluktuation'),
];

const navigation = [
  q('navigation', 'toc', 'wo steht was zum eingliederungsbudget', sec('2.1')),
  q('navigation', 'toc', 'auf welcher seite sind die handlungsfelder', num('17')),
  q('navigation', 'toc', 'in welchem kapitel geht es um alleinerziehende', sec('5.3')),
  q('navigation', 'toc', 'welche seite hat das abkürzungsverzeichnis', num('27')),
  q('navigation', 'toc', 'gliederung des programms', ['Finanzen', 'Handlungsfelder', 'Ziele']),
  q('navigation', 'toc', 'abschnitt zu menschen mit behinderung', sec('5.4')),
];

const document = [
  q('document', 'title', 'welchen stand hat das programm', date('02.12.2024')),
  q('document', 'sign-off', 'wer hat das programm unterschrieben', 'Albers'),
  q('document', 'sign-off', 'wo und wann wurde unterzeichnet', ['Falkenrode', date('09.12.2024')]),
  q('document', 'title', 'für welches jahr gilt das programm', num('2025')),
  q('document', 'Präambel', 'was ist das leitbild des jobcenters', 'Augenmaß'),
  q('document', 'Präambel', 'wer sind die träger des jobcenters', ['Landkreis', 'Nordhavel']),
  q('document', 'Präambel', 'wann hat die trägerversammlung das programm zur kenntnis genommen', date('28.11.2024')),
];

const comparison = [
  q('comparison', '4.1', 'IQ frauen vs männer prognose 2024', [num('19,2'), num('28,5')]),
  q('comparison', '4.2', 'LZB frauen und männer ist 2024', [num('2.688'), num('2.376')]),
  q('comparison', '3.2', 'arbeitslose sgb II vs sgb III 2024', [num('4.074'), num('2.497')]),
  q('comparison', '2', 'EGL plan 2024 und plan 2025 im vergleich', [mio('9.412.300', '9,4', '9,41'), mio('8.236.400', '8,2', '8,24')]),
  q('comparison', '3.3', 'ausbildungsstellen und bewerber 2023/24', [num('1.247'), num('1.016')]),
];

const ranking = [
  q('ranking', '3.1', 'welche branche hat am stärksten zugelegt', 'Verkehr und Lagerei'),
  q('ranking', '3.1', 'wo gingen die meisten jobs verloren', 'sonstige wirtschaftliche Dienstleistungen|Arbeitnehmerüberlassung'),
  q('ranking', '3.1', 'größter wirtschaftszweig', 'verarbeitende(s)? Gewerbe'),
  q('ranking', '4.1', 'welche personengruppe hat die niedrigste IQ', 'Ältere|50'),
  q('ranking', '2.1', 'größter posten im eingliederungsbudget', 'Weiterbildung|FbW'),
];

const c = (topic, say, expect, why) => q('calculation', topic, say, expect, { why });
const calculation = [
  c('2', 'um wie viel euro sinkt das EGL von plan 24 auf plan 25', mio('1.175.900', '1,18', '1,2'), '9.412.300 − 8.236.400 = 1.175.900'),
  c('4.2', 'wie viele LZB weniger sollen es 2025 sein als 2024', num('152'), '5.064 − 4.912 = 152'),
  c('4.1', 'wie viele integrationen mehr als 2024 sind für 2025 geplant', num('32'), '1.790 − 1.758 = 32'),
  c('3.1', 'um wie viel prozent ist das gesundheitswesen gewachsen', num('3,6'), '(4.871 − 4.702) / 4.702 = 3,59 %'),
  c('1.2', 'wie viel prozent der ELB sind 50 oder älter', num('31,7'), '(742 + 1.610) / 7.412 = 31,73 %'),
  c('2.2', 'wie viele VZÄ weniger hat markt und integration 2025', num('4,5'), '101,0 − 96,5 = 4,5'),
  c('4.1', 'um wie viele prozentpunkte soll die IQ der frauen steigen', num('0,8'), '20,0 − 19,2 = 0,8'),
  c('3.2', 'wie viele arbeitslose mehr gab es 2024 als 2023 insgesamt', num('287'), '6.571 − 6.284 = 287'),
];

const unanswerable = [
  un('other-jc', 'IQ im jobcenter elbe-elster', t),
  un('other-jc', 'wie viele ELB hat das jobcenter elbe-elster', t),
  un('other-jc', 'budget jobcenter potsdam 2025'),
  un('other-jc', 'wie steht die havelmark im vergleich zum landesdurchschnitt bei der IQ', t),
  un('other-year', 'integrationsquote 2021', t),
  un('other-year', 'EGL plan 2026', t),
  un('other-year', 'wie viele LZB gab es 2022', t),
  un('other-year', 'sv beschäftigte juni 2022', t),
  un('chart', 'wie viele bedarfsgemeinschaften gab es 2015', t),
  un('chart', 'wie hoch war die arbeitslosenquote im märz 2024', t),
  un('not-given', 'wie viele sanktionen gab es 2024'),
  un('not-given', 'kosten der unterkunft 2025', t),
  un('not-given', 'wie viele teilnehmer hat startklar havelmark', t),
  un('not-given', 'integrationsquote der schwerbehinderten', t),
  un('not-given', 'budget für das projekt sprache im betrieb', t),
  un('not-given', 'wie viele BG mit kindern gibt es', t),
  un('legal', 'wie hoch ist der regelsatz 2025', t),
  un('legal', 'darf mein kunde sein auto behalten'),
  un('off-topic', 'wie wird das wetter in falkenrode', t),
  un('off-topic', 'rezept für kartoffelsalat'),
];

const followup = [
  fu('4.1', [['IQ frauen prognose 2024', num('19,2')], ['und bei den männern?', num('28,5')]]),
  fu('4.2', [['LZB ziel 2025 insgesamt', num('4.912')], ['davon frauen?', num('2.615')]]),
  fu('2', [['EGL plan 2025', mio('8.236.400', '8,2', '8,24')], ['und die VK?', mio('13.614.900', '13,6', '13,61')]]),
  fu('3.1', [['baugewerbe beschäftigte juni 24', num('4.317')], ['und ein jahr vorher', num('4.402')]]),
  fu('1.2', [['wie viele alleinerziehende ELB gibt es', num('1.034')], ['und wie hoch ist ihre IQ?', num('18,1')]]),
  fu('4.2', [['was sind LZB', num('21')], ['und wie viele gibt es 2024?', num('5.064')]]),
  fu('3.1', [['welche branche wuchs am stärksten', 'Verkehr und Lagerei'], ['um wie viele beschäftigte?', num('286')]]),
  fu('sign-off', [['wer hat unterschrieben', 'Albers'], ['wo?', 'Falkenrode']]),
  fu('4.1 other-year', [['IQ ziel 2025', num('24,4')], ['und 2026?', ABSTAIN]]),
  fu('4.2', [['wer zählt als LZB', num('21')], ['mein kunde hat 22 von 24 monaten bezogen, ist er LZB?', LZB_YES, LZB_NOT_YES]]),
];

const smalltalk = [
  st('danke dir!', 'gern|bitte|freut|Frage|helfe'),
  st('wer bist du', 'AMIP|Bot|Assistent|Programm'),
  st(at('moin zusammen'), 'Frage|Programm|helfe|Hilfe|gern|hallo|willkommen|AMIP|Integrationsquote|Kennzahl', { conv: 'channel' }),
];

const PREFIX = {
  figure: 'fig', definition: 'def', list: 'lst', reason: 'rsn', process: 'prc', navigation: 'nav',
  document: 'doc', comparison: 'cmp', ranking: 'rnk', calculation: 'calc', unanswerable: 'una',
  followup: 'fup', smalltalk: 'sml',
};

const master = [
  ...figure, ...definition, ...list, ...reason, ...processes, ...navigation, ...document,
  ...comparison, ...ranking, ...calculation, ...unanswerable, ...followup, ...smalltalk,
];

function withIds(all) {
  const seen = {};
  return all.map((c) => {
    seen[c.class] = (seen[c.class] ?? 0) + 1;
    const { kind, class: cls, topic, turns, ...rest } = c;
    return { id: `${PREFIX[cls]}-${String(seen[cls]).padStart(3, '0')}`, kind, class: cls, topic, ...rest, turns };
  });
}

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'cases.json');
const note = 'Questions for the unseen programme amip-2025-jobcenter-havelmark.md (fictional), written from that document only. Run with test/quality/run-other.mjs.';
const text = `${JSON.stringify({ version: 1, note, cases: withIds(master) }, null, 1)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(file, 'utf8'); } catch { /* missing */ }
  if (current !== text) {
    console.error(`[other] ${file} is not what source.mjs gives: run node test/quality/other-programme/source.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  const counts = {};
  for (const c of master) counts[c.class] = (counts[c.class] ?? 0) + 1;
  console.log(`${master.length} cases`, counts);
}
