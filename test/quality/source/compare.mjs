// Classes comparison (both sides expected), ranking (the top/bottom of a table) and calculation
// (the result computed by hand; the arithmetic is in "why", rounded half up to one decimal).
import { q, num, mio, at } from './helpers.mjs';

const c = (topic, say, expect, o) => q('comparison', topic, say, expect, o);
const r = (topic, say, expect, o) => q('ranking', topic, say, expect, o);
const k = (topic, say, expect, why, o = {}) => q('calculation', topic, say, expect, { ...o, why });

const YES = '\\bja\\b|gilt (er |sie |die Person |der Kunde )?(damit )?als|zählt (er |sie )?(damit )?(als|zu)|erfüllt|ist (er |sie )?(damit )?(ein |eine )?(LZB|Langzeitleistungsbezieh)';
const NO = '\\bnein\\b|nicht|kein';
const NOT_NO = ['\\bnein\\b', 'nicht (als |zu den )?(LZB|Langzeitleistungsbezieh)|kein(e|en)? (LZB|Langzeitleistungsbezieh)'];

export const comparison = [
  c('3.1', 'IQ frauen vs männer 2024', [num('17,1'), num('21,1')]),
  c('4', 'VK vs EGL 2024', [mio('6.812.570', '6,8', '6,81'), mio('4.706.577', '4,7', '4,71')]),
  c('2.2', 'beschäftigte insgesamt dez 21 vs dez 22', [num('33.284'), num('33.000')]),
  c('3.1', 'LZB frauen und männer im plan 2024 gegenüberstellen', [num('1.469'), num('1.516')]),
  c('3.1', 'IQ ist 2023 verglichen mit plan 2024', [num('19,1'), `${num('0,0')}|unverändert|gleich|halten|beide|jeweils|identisch`]),
  c('4', 'EGL 2023 und 2024 im vergleich', [mio('5.368.734', '5,4', '5,37'), mio('4.706.577', '4,7', '4,71')]),
  c('4', 'verwaltungskosten zuteilung 23 vs schätzwert 24', [mio('7.584.949', '7,6', '7,58'), mio('6.812.570', '6,8', '6,81')]),
  c('5.3.2', 'arbeitslose männer und frauen anteil sept 23', [num('51,5'), num('48,5')]),
  c('5.3.2', 'wie stehen frauen und männer bei der IQ im september 2023 da', [num('13,6'), num('15,3')]),
  c('2.2', 'baugewerbe dez 21 zu dez 22', [num('2.703'), num('2.723')]),
  c('2.2', 'gesundheitswesen vs heime und sozialwesen beschäftigte dez 22', [num('2.249'), num('3.795')]),
  c('3.1', 'integrationen frauen und männer 2023', [num('378'), num('487')]),
  c('3.1', 'anstieg LZB frauen vs männer in prozent', [num('8,7'), num('1,6')]),
  c('2.1', 'ELB u25 männlich vs weiblich', [num('342'), num('379')]),
  c('2.1', 'marktnah vs nicht marktnah anteil', [num('1,4'), num('77,8')]),
  c('4', 'kürzung VK vs EGL in prozent', [num('10,2'), num('12,3')]),
  c('3.1', 'LZB 2023 und 2024', [num('2.844'), num('2.985')]),
  c('2.2', 'verarbeitendes gewerbe vs handel anteil an der beschäftigung', [num('22,7'), num('11,9')]),
  c('2.1', 'ELB ü55 männer gegenüber frauen', [num('613'), num('526')]),
  c('2.2', at('erziehung und unterricht 2021 vs 2022'), [num('640'), num('683')], { conv: 'groupChat' }),
];

export const ranking = [
  r('2.2', 'welche branche hat die meisten beschäftigten', 'Verarbeitend'),
  r('2.2', 'welcher wirtschaftszweig ist am stärksten gewachsen', 'Erziehung'),
  r('2.2', 'wo wurden die meisten jobs abgebaut', 'Gesundheitswesen'),
  r('2.2', 'kleinste branche nach beschäftigten', 'Information und Kommunikation'),
  r('2.2', 'zweitgrößte branche nach anteil', 'Handel'),
  r('2.2', 'top 3 wirtschaftszweige nach anteil', ['Verarbeitend', 'Handel', 'Heime']),
  r('2.2', 'welche branche hatte den zweitstärksten zuwachs', 'Verwaltung'),
  r('2.1', 'welche altersgruppe hat die meisten ELB', '25 ?(bis|-|–) ?(unter )?55|25 ?(bis|-|–) ?54'),
  r('2.1', 'welche integrationsprognose kommt am häufigsten vor', 'nicht marktnah'),
  r('3.1', 'bei wem ist die integrationsquote am höchsten frauen oder männer', ['Männer', num('21,1')]),
  r('4', 'welcher budgetposten sinkt prozentual am stärksten', ['Eingliederung|EGL', num('12,3')]),
  r('4', 'welcher einzelposten verliert absolut am meisten geld', ['Verwaltungskosten|VK', mio('772.379', '0,77')]),
  r('2.2', 'zweitgrößter stellenabbau welche branche', 'Heime und Sozialwesen'),
  r('2.2', 'welche branche hat am wenigsten beschäftigte verloren', 'Information'),
  r('4', 'größter posten im budget 2024', 'Verwaltungskosten|VK'),
  r('2.1', 'welche alters-geschlechts-gruppe ist bei den ELB am kleinsten', [num('342'), '15 bis unter 25|U25|männlich']),
  r('2.1', 'größte gruppe unter den sonstigen integrationsprognosen', 'Zuordnung nicht erforderlich'),
  r('3.1', 'bei welchem geschlecht steigen die LZB stärker', ['Frauen|weiblich', num('8,7')]),
  r('2.2', 'welche wachsende branche hatte das kleinste plus', 'Arbeitnehmerüberlassung|sonstige wirtschaftliche'),
];

export const calculation = [
  k('4', 'wie viel prozent vom gesamtbudget sind die EGL', num('40,9'), '4.706.577 / 11.519.147 = 0,40859 → 40,9 %'),
  k('4', 'anteil VK am gesamtbudget 2024 in prozent', num('59,1'), '6.812.570 / 11.519.147 = 0,59141 → 59,1 %'),
  k('4', 'welchen anteil hatten die EGL 2023 am gesamtbudget', num('41,4'), '5.368.734 / 12.953.683 = 0,41446 → 41,4 %'),
  k('4', '15 % von 4,7 mio', mio('705.000', '0,705'), '0,15 × 4.700.000 = 705.000'),
  k('3.1', 'was ist die IQ bei 400 integrationen und 2.000 ELB', num('20,0'), '400 / 2.000 = 0,2 → 20,0 %'),
  k('4', 'um wie viel prozent sinkt das gesamtbudget', num('11,1'), '(11.519.147 − 12.953.683) / 12.953.683 = −0,11074 → −11,1 %'),
  k('4', 'wie viel EGL pro monat 2024', '392[.]?21[45]|0[,.]39 ?Mio', '4.706.577 / 12 = 392.214,75 €'),
  k('3.1', 'jemand hatte 22 monate leistungen in den letzten 24 – LZB?', YES, '22 ≥ 21 Monate in 24 Monaten → ja', { not: NOT_NO }),
  k('3.1', 'Kunde war 20 von 24 monaten im bezug, ist er LZB', [NO, num('21')], '20 < 21 → nein, es fehlt 1 Monat', { not: '\\bja\\b' }),
  k('3.1', 'reichen genau 21 monate in 24 monaten für LZB', YES, '21 ≥ 21 (mindestens 21) → ja', { not: NOT_NO }),
  k('4.1', '15,2 % von 6,8 mio', mio('1.033.600', '1,03', '1,0336'), '0,152 × 6.800.000 = 1.033.600'),
  k('4.2', 'wie viel euro sind die 20,9 % für den 2. arbeitsmarkt', '983[.]?67[45]|0[,.]98 ?Mio', '0,209 × 4.706.577 = 983.674,59 €'),
  k('3.1', 'um wie viele personen steigen die LZB absolut', num('141'), '2.985 − 2.844 = 141'),
  k('3.1', 'wie viele weibliche LZB kommen 2024 dazu', num('117'), '1.469 − 1.352 = 117'),
  k('3.1', 'LZB männer wie viele mehr als 2023', num('24'), '1.516 − 1.492 = 24'),
  k('3.1', 'wie viele integrationen weniger sind 2024 geplant', [num('8'), 'Integration|weniger'], '857 − 865 = −8'),
  k('3.1', 'frauenanteil an den LZB im plan 2024', num('49,2'), '1.469 / 2.985 = 0,49213 → 49,2 %'),
  k('3.1', 'wie hoch war der frauenanteil an den LZB 2023', num('47,5'), '1.352 / 2.844 = 0,47539 → 47,5 %'),
  k('2.1', 'wie viele ELB sind unter 25 insgesamt', num('721'), '342 + 379 = 721'),
  k('2.1', 'anteil der U25 an allen ELB', num('16,4'), '(342 + 379) / 4.383 = 721 / 4.383 = 0,16450 (0,164499…) → 16,4 %'),
  k('2.1', 'wie viele ELB sind 55 oder älter zusammen', num('1.139'), '613 + 526 = 1.139'),
  k('2.1', 'wie viele weibliche ELB gibt es laut tabelle integrationsprognosen', num('2.115'), '379 + 1.210 + 526 = 2.115'),
  k('2.1', 'männliche ELB in der prognose tabelle zusammengerechnet', num('2.268'), '342 + 1.313 + 613 = 2.268'),
  k('3.1', 'IQ bei 500 integrationen und 3000 ELB', num('16,7'), '500 / 3.000 = 0,16667 → 16,7 %'),
  k('5.3.2', 'wie viele alleinerziehende sind das ungefähr, die in arbeit gekommen sind (16,4 % von 627)', `${num('103')}|102[,.]8`, '0,164 × 627 = 102,83 → ca. 103'),
  k('3.1', 'differenz IQ männer und frauen plan 2024 in prozentpunkten', num('4,0'), '21,1 − 17,1 = 4,0 Prozentpunkte'),
  k('5.3.2', 'unterschied IQ sept 23 zwischen männern und frauen', num('1,7'), '15,3 − 13,6 = 1,7 Prozentpunkte'),
  k('2.2', 'um wie viel prozent ist erziehung und unterricht gewachsen', num('6,7'), '(683 − 640) / 640 = 43 / 640 = 0,06719 → 6,7 %'),
  k('2.2', 'prozentuale veränderung beschäftigte gesundheitswesen', num('3,4'), '(2.249 − 2.329) / 2.329 = −80 / 2.329 = −0,03435 → −3,4 %'),
  k('4', 'gesamtbudget pro monat 2024', '959[.]?92[89]|0[,.]96 ?Mio', '11.519.147 / 12 = 959.928,92 €'),
  k('4', 'wie viel prozent der einsparung entfallen auf die verwaltungskosten', num('53,8'), '772.379 / 1.434.536 = 0,53842 → 53,8 %'),
  k('4', 'wenn die EGL 2024 um weitere 10 % gekürzt würden, wie viel bliebe', mio('4.235.919', '4,24', '4,2'), '4.706.577 × 0,9 = 4.235.919,3 €'),
  k('4', 'veränderung von 7.584.949 auf 6.812.570 in prozent', num('10,2'), '(6.812.570 − 7.584.949) / 7.584.949 = −0,10183 → −10,2 %'),
  k('3.1', 'iq frauen nachrechnen: 376 durch 2196', num('17,1'), '376 / 2.196 = 0,17122 → 17,1 %'),
  k('2.2', 'gesundheitswesen und heime/sozialwesen zusammen beschäftigte dez 22', num('6.044'), '2.249 + 3.795 = 6.044'),
  k('2.1', 'wie viel prozent der männer 25-55 sind nicht marktnah', num('86,4'), '1.135 / 1.313 = 0,86443 → 86,4 %'),
  k('4', 'VK pro monat im jahr 2024', '567[.]?71[45]|0[,.]57 ?Mio', '6.812.570 / 12 = 567.714,17 €'),
  k('3.1', 'kunde hat 12 monate bezug in den letzten 24, wie viele monate fehlen noch bis LZB', [num('9'), 'Monat'], '21 − 12 = 9 Monate'),
  k('3.1', at('IQ bei 900 integrationen und 4.480 ELB'), num('20,1'), '900 / 4.480 = 0,20089 → 20,1 %', { conv: 'groupChat' }),
];
