// The fresh part of the quality corpus: 150 questions written blind, from the programme document
// (../shared/programme/amip-2024-jobcenter-elbe-elster.md) and helpers.mjs only, without looking at
// the other source files, the tuning/held-out cases or the bot. It is never mixed into the split:
// split.mjs writes it to fresh.json (ids frs-001 …) for an unbiased measurement on unseen questions.
import { q, un, st, fu, at, num, mio, sec, date, LZB_YES, LZB_NOT_YES } from './helpers.mjs';

const group = { conv: 'groupChat' };
const channel = { conv: 'channel' };

const figure = [
  // 3.1 Integrationsquote table (Ist 2023 / Plan 2024)
  q('figure', '3.1 IQ gesamt Plan 2024', 'iq plan 24 gesamt?', num('19,1')),
  q('figure', '3.1 Integrationen Plan 2024', 'wie viele leute solln wir nächstes jahr insgesamt in job oder ausbildung bringen laut planung', num('857'), { not: num('865') }),
  q('figure', '3.1 Integrationen Ist 2023', 'integrationen ist 2023 gesamt', num('865'), { not: num('857') }),
  q('figure', '3.1 Bestand ELB Plan 2024', 'mit wie vielen ELB im bestand rechnet die IQ-planung für 2024', num('4.480')),
  q('figure', '3.1 IQ Frauen Plan 2024', 'Kunde fragt: wie hoch soll die integrationsqoute bei frauen 2024 sein?', num('17,1'), { not: num('21,1') }),
  q('figure', '3.1 IQ Männer 2023', 'wie hoch war die IQ bei den männern letztes jahr', `${num('21,1')}|${num('15,3')}`),
  q('figure', '3.1 Integrationen Frauen Plan 2024', 'geplante integrationen frauen 2024', num('376'), { not: num('378') }),
  q('figure', '3.1 Bestand ELB Männer Ist 2023', 'bestand elb männer ist 23 in der zieltabelle', num('2.313')),
  // 3.1 LZB table
  q('figure', '3.1 LZB Plan 2024', 'LZB plan 2024', num('2.985'), { not: num('2.844') }),
  q('figure', '3.1 LZB weiblich Ist 2023', 'wieviele frauen sind aktuell langzeitbezieher, also ist 2023?', num('1.352'), { not: num('1.469') }),
  q('figure', '3.1 LZB männlich Plan 2024', 'lzb männl. plan 24', num('1.516')),
  q('figure', '3.1 LZB Frauen Anstieg', 'um wie viel prozent sollen die weiblichen langzeitleistungsbezieher zunehmen', num('8,7'), { not: num('1,6') }),
  q('figure', '3.1 ukrainische Zugänge weiblich', 'wie hoch war der frauenanteil bei den ukrainern die im juni 22 zu uns kamen', num('75')),
  // 4 budget table and 4.1 / 4.2 sentences
  q('figure', '4 VK Schätzwert 2024', 'VK 2024 schätzwert', mio('6.812.570', '6,8'), { not: num('7.584.949') }),
  q('figure', '4 EGL Zuteilung 2023', 'wie viel EGL hatten wir 2023 zugeteilt bekommen', mio('5.368.734', '5,4', '5,37'), { not: num('4.706.577') }),
  q('figure', '4 Gesamtbudget 2024', 'gesamtbudget für nächstes jahr, also 2024?', mio('11.519.147', '11,5'), { not: num('12.953.683') }),
  q('figure', '4 EGL Differenz absolut', at('um wie viel euro wird der eingliederungstitel gekürzt ggü 2023'), mio('662.157', '0,66'), channel),
  q('figure', '4 Gesamtbudget Differenz %', 'wieviel prozent weniger geld haben wir insgesamt 2024', num('11,1'), { not: num('12,3') }),
  q('figure', '4 VK Differenz %', 'verwaltungskosten minus wie viel prozent', num('10,2')),
  q('figure', '4.1 kommunaler Finanzierungsanteil', 'wie hoch ist der kommunale anteil an der verwaltungskohle', num('15,2')),
  q('figure', '4.2 zweiter Arbeitsmarkt Anteil', 'wie viel prozent vom EGL budget gehen in den 2. arbeitsmarkt', num('20,9')),
  // sentence figures in 2.1, 5.2, 5.3.2, 1, 2.2
  q('figure', '2.1 Qualifizierungsdefizit', 'wie viele arbeitslose haben kein ausreichende qualifikation in prozent', num('90,2')),
  q('figure', '5.2 Anteil LZA', 'anteil langzeitarbeitslose an allen arbeitslosen sgb2', num('52'), { not: num('64') }),
  q('figure', '5.2 Anteil ELB im LZB', 'wie viel prozent unserer elb sind schon im langzeitleistungsbezug', num('64'), { not: num('52') }),
  q('figure', '5.3.2 Alleinerziehende Anzahl', 'wie viele alleinerziehende hatten wir im september 23 im bezug', num('627')),
  q('figure', '5.3.2 Alleinerziehende Integrationen', 'Kunde fragt wie viele alleinerziehende es in arbeit geschafft haben (prozent, bis sept 2023)', num('16,4')),
  q('figure', '5.3.2 arbeitslose Männer Anteil', 'anteil männer bei den arbeitslosen leistungsberechtigten sep 23', num('51,5'), { not: num('48,5') }),
  q('figure', '1 ELB Jahresdurchschnitt 2023', 'wie viele erwerbsfähige leistungsberechtigte hatten wir 2023 im schnitt', `${num('4.530')}|${num('4.383')}`),
  q('figure', '1 Bedarfsgemeinschaften', 'wie viele BG gibts ungefähr', num('3.650')),
  q('figure', '2.2 Betriebsgröße', 'wie groß sind die betriebe hier im schnitt, beschäftigte pro betrieb', num('65')),
  // 2.1 Integrationsprognosen table incl. age/gender cells
  q('figure', '2.1 marktnah Anzahl', 'wie viele kunden sind überhaupt marktnah', num('60')),
  q('figure', '2.1 nicht marktnah Anteil', 'prozentsatz nich marktnaher elb', num('77,8')),
  q('figure', '2.1 nicht marktnah U25 männlich', 'nicht marktnahe junge männer unter 25, wie viele', num('158'), { not: num('146') }),
  q('figure', '2.1 ELB weiblich 55+', 'frauen ab 55 im elb bestand jdw 2023', num('526'), { not: num('613') }),
  q('figure', '2.1 Z weiblich 25-55', 'Z zuordnung nicht erforderlich, frauen 25 bis 55', num('128')),
  q('figure', '2.1 I weiblich 25-55', 'integriert aber noch hilfebedürftig: weiblich zwischen 25 und 55', num('100'), { not: num('88') }),
  // 2.2 Wirtschaftszweige table
  q('figure', '2.2 Baugewerbe Dez 22', 'wie viele sv-beschäftigte hatte der bau ende 2022', num('2.723'), { not: num('2.703') }),
  q('figure', '2.2 Verarbeitendes Gewerbe Anteil', at('anteil verarbeitendes gewerbe an der beschäftigung?'), num('22,7'), group),
  q('figure', '2.2 Gesundheitswesen Veränderung', 'wieviel jobs hat das gesundheitswesen verloren zum vorjahresstichtag', num('80'), { not: num('71') }),
  q('figure', '2.2 Gastgewerbe Dez 21', 'beschäftigte gastro dezember 2021', num('809'), { not: num('822') }),
];

const definition = [
  q('definition', '3.1 LZB Definition', 'ab wann gilt jemand als langzeitleistungsbezieher', ['21 Monate', '24 Monate']),
  q('definition', '1 erwerbstätige ELB', 'was sind erwerbstätige elb genau', 'Bruttoeinkommen|Betriebsgewinn'),
  q('definition', '3.1 IQ Definition', 'wie wird die integrationsquote berechnet, was steht im nenner', 'durchschnittlichen Bestand'),
  q('definition', '5.3.2 Chancengleichheit', 'chancengleichheit – wie definiert das amip das', 'Eigenverantwortung|Leistungspotential'),
  q('definition', '3.1 Kennzahl Hilfebedürftigkeit', 'welche kennzahl misst die verringerung der hilfebedürftigkeit', 'Lebensunterhalt'),
  q('definition', '6 IKS', 'IKS was ist das', 'Kontrollsystem'),
  q('definition', '5.3.2 Frühaktivierung', 'frühaktivierung von erziehenden, was heißt das', 'Geburt|Erziehungszeit'),
  q('definition', '5.3.2 BCA', 'wofür steht BCA', 'Beauftragte für Chancengleichheit'),
  q('definition', '3.1 LZB Fall', 'Kunde hat in den letzten 24 monaten 22 monate bürgergeld bekommen, ist er dann LZB?', LZB_YES, { not: LZB_NOT_YES }),
  q('definition', '2.2 Spätstarter', 'wer ist mit spätstartern gemeint beim ausbildungsmarkt', 'altersbedingt|potenzielle Auszubildende'),
];

const list = [
  q('list', '5.3.2 Gruppen mit besonderer Unterstützung', 'welche personengruppen brauchen laut chancengleichheitsteil besondere unterstützung', ['Alleinerziehende', 'Berufsrückkehr|pflegend']),
  q('list', '5.3.3 Bildungszielplanung Schwerpunkte', 'in welchen bereichen liegen die schwerpunkte der bildungszielplanung', ['Handwerk', 'Logistik']),
  q('list', '7 Netzwerkpartner', 'wer zählt alles zu unseren netzwerkpartnern', ['Wohlfahrtsverb', 'Kammern']),
  q('list', '2.1 Vermittlungshemmnisse', 'was steht unseren kunden bei der vermittlung so im weg, welche hemmnisse', ['Sucht|Schulden|Wohnungsprobleme', 'Motivation']),
  q('list', '3.1 geschäftspolitische Ziele', 'die drei geschäftspolitischen ziele bitte', ['Hilfebedürftigkeit', 'langfristige']),
  q('list', '5.2 Datenqualität Allegro', 'was muss der leistungsbereich in allegro sauber erfassen', ['Leistungsunterbrechung', 'Fallabschl']),
  q('list', '2.2 Wirtschaftsstandorte', 'welche orte sind die wirtschaftsstandorte im kreis', ['Finsterwalde', 'Elsterwerda']),
  q('list', '5.1 Förderkette Jugendliche', 'welche angebote bilden die förderkette für jugendliche', ['Produktionsschule', 'Jugendcoaching|aufsuchende']),
  q('list', '5.1 Jugendberufsagentur Partner', 'mit wem arbeiten wir in der jugendberufsagentur zusammen', ['Schulamt', 'Jugendhilfe']),
  q('list', '2.2 größte Arbeitgeber', at('aus welchen branchen kommen die größten arbeitgeber'), ['Gesundheits', 'Elektro'], group),
];

const reason = [
  q('reason', '3.1 Anstieg LZB', 'warum steigen die LZB 2024 eigentlich', 'ukrain'),
  q('reason', '4.1 Personaleinsparungen', 'wieso muss beim personal gespart werden', 'Finanzen|Kundenpotential'),
  q('reason', '2.1 Qualifizierung', 'warum setzt das jc so stark auf qualifizierung', 'Qualifizierungsdefizit|Garantie gegen Arbeitslosigkeit|90[,.]2'),
  q('reason', '5.3.3 Frauen Qualifizierung', 'weshalb sollen frauen bei der weiterbildung mehr in den fokus', 'Ungunsten|ukrainisch'),
  q('reason', '5.3.3 Einzelumschulung', 'warum gelten betriebliche einzelumschulungen als besonders erfolgreich', 'Anbindung'),
  q('reason', '2.2 schwache Nachfrage', 'warum wird die arbeitskräftenachfrage 2024 eher schwach gesehen', 'Rohstoff|Energie'),
  q('reason', '5.1 U25 früh betreuen', 'wozu sollen u25 so früh und intensiv betreut werden', 'Einrichtung'),
  q('reason', '5.3.2 BG-orientierte Beratung', 'warum beraten wir die ganze bedarfsgemeinschaft statt nur eine person', 'Randposition|Gesamtheit'),
];

const process = [
  q('process', '5.2 Integrationsfahrplan', 'wie gehen wir bei langzeitleistungsbeziehern konkret vor', 'Integrationsfahrplan|Arbeitsgelegenheit'),
  q('process', '5.2 nach Integration', 'was passiert nach der arbeitsaufnahme damit der kunde nicht zurück ins bürgergeld rutscht', 'Rückkehr|Coaching'),
  q('process', '5.3.1 Sprache Geflüchtete', 'wie unterstützen wir geflüchtete beim deutsch lernen', 'BAMF|Sprachkurs'),
  q('process', '6 Risikomanagement', 'wie läuft das risikomanagement ab', 'priorisiert|bewertet'),
  q('process', '5.3.2 Alleinerziehende Betreuung', 'wer kümmert sich bei uns um alleinerziehende und wie', 'spezialisierte|ESF'),
  q('process', '5.3.2 BCA Sprechstunden', 'wie kommt die BCA an die (allein)erziehenden ran', 'Sprechstunde'),
  q('process', '5.3.3 Kunden für Weiterbildung gewinnen', 'wie kriegen wir mehr kunden in weiterbildungen', 'Bildungsmesse|offenen Tür'),
  q('process', '5.3.3 Absolventenmanagement', 'was machen wir mit den leuten nach erfolgreichem abschluss einer bildungsmaßnahme', 'Absolventenmanagement|Arbeitgeber-Service'),
  q('process', '5.2 verfestigte Problemlagen', 'kunden mit richtig verfestigten problemen, wer betreut die', 'Fallmanagement'),
  q('process', '4.2 Planung Eingliederungstitel', 'nach welchen grundsätzen wird der eingliederungstitel geplant und eingesetzt', 'Halbjahr|Qualifizierungsplanung'),
];

const navigation = [
  q('navigation', '5.3.1 Geflüchtete', 'wo steht was zu geflüchteten', sec('5.3.1')),
  q('navigation', '4.2 Eingliederungsleistungen', 'in welchem abschnitt find ich die eingliederungsleistungen', sec('4.2')),
  q('navigation', '3.1 Seite LZB-Ziel', 'auf welcher seite stehen die geschäftspolitischen ziele', `${sec('3.1')}|Seite 10|S\\. ?10`),
  q('navigation', 'Inhaltsverzeichnis', 'gliederung des programms', ['Präambel', 'Schlussbemerkung']),
  q('navigation', '5.3.2 Behinderung', 'welches kapitel behandelt menschen mit behinderung', sec('5.3.2')),
  q('navigation', '7 Zusammenarbeit Träger', 'wo gehts um die zusammenarbeit mit den trägern', [sec('7'), 'Träger']),
];

const documents = [
  q('document', 'Stand', 'von wann ist das programm, welcher stand', date('13.11.2023'), { not: date('27.11.2023') }),
  q('document', 'Unterschrift Name', 'wer hat das amip unterschrieben', 'Schreiber'),
  q('document', 'Unterschrift Ort', 'in welchem ort wurde das amip unterschrieben', 'Herzberg'),
  q('document', 'Unterschrift Datum', 'wann genau hat der GF unterschrieben', date('27.11.2023'), { not: date('13.11.2023') }),
  q('document', 'Präambel seit 2005', 'seit welchem jahr machen kreis und agentur cottbus die grundsicherung gemeinsam', num('2005')),
  q('document', 'Präambel Bürgergeld', 'bürgergeld einführung – was steht dazu am anfang des programms', 'Regelbedarf|unter Beweis'),
];

const comparison = [
  q('comparison', '3.1 IQ Frauen vs Männer Plan', 'iq frauen vs männer plan 2024', [num('17,1'), num('21,1')]),
  q('comparison', '3.1 LZB Anstieg Frauen vs Männer', 'wie stark steigen LZB frauen im vergleich zu männern in prozent', [num('8,7'), num('1,6')]),
  q('comparison', '4 Kürzung VK vs EGL', 'wo wird prozentual mehr gekürzt, VK oder EGL', [num('10,2'), num('12,3')]),
  q('comparison', '5.3.2 Arbeitslose Männer vs Frauen', 'verhältnis männer frauen bei den arbeitslosen im sept 2023', [num('51,5'), num('48,5')]),
  q('comparison', '2.2 Baugewerbe vs Gastgewerbe', 'beschäftigte bau vs gastgewerbe dez 22', [num('2.723'), num('822')]),
  q('comparison', '5.3.2 IQ Frauen vs Männer Sept 2023', 'stand september 2023: integrationsquote frauen gegenüber männern', [num('13,6'), num('15,3')]),
  q('comparison', '2.1 nicht marktnah 25-55 m vs w', 'nicht marktnah 25-55 jahre männer und frauen im vergleich', [num('1.135'), num('952')]),
  q('comparison', '2.2 Gesundheitswesen vs Heime', 'gesundheitswesen oder heime und sozialwesen – wer hat mehr beschäftigung verloren', [num('80'), num('71')]),
];

const ranking = [
  q('ranking', '2.2 größter Anteil', 'welche branche hat den größten anteil an den sv-beschäftigten', ['Verarbeitende', num('22,7')]),
  q('ranking', '2.2 stärkste Zunahme', 'wo gabs den stärksten beschäftigungszuwachs', 'Erziehung'),
  q('ranking', '2.2 stärkster Rückgang', 'welcher wirtschaftszweig hat absolut am meisten beschäftigte verloren', 'Gesundheitswesen'),
  q('ranking', '2.2 kleinster Anteil', 'kleinste branche nach beschäftigtenanteil', 'Information und Kommunikation'),
  q('ranking', '2.1 größte Altersgruppe', 'welche altersgruppe stellt die meisten elb', '25 bis unter 55|25.{1,6}55'),
  q('ranking', '4 größter Budgetposten', 'was ist der größte posten im budget', 'Verwaltungskosten'),
  q('ranking', '4 stärkste Kürzung', 'welcher haushaltsposten wird prozentual am stärksten gekürzt', ['Eingliederung', num('12,3')]),
  q('ranking', '2.1 größte Prognosegruppe', 'welche prognosegruppe ist bei unseren elb die größte', ['nicht marktnah|marktfern', `${num('3.411')}|${num('77,8')}`]),
];

const calculation = [
  q('calculation', '3.1 LZB Zuwachs absolut', 'um wie viele personen sollen die LZB von 2023 auf 2024 zunehmen', num('141'), { why: '2.985 − 2.844 = 141' }),
  q('calculation', '4 Gesamtbudget pro Monat', 'wie viel gesamtbudget haben wir 2024 rechnerisch pro monat', `${num('959.928,9')}|${num('959.929')}|(?<!\\d[.,]?)0[,.]96\\s?(Mio|Million)`, { why: '11.519.147 € / 12 = 959.928,9 €' }),
  q('calculation', '4.2 EGL zweiter Arbeitsmarkt Euro', 'wie viel euro sind das ungefähr, die für den 2. arbeitsmarkt vorgesehen sind', `${num('983.674,6')}|${num('983.675')}|(?<!\\d[.,]?)0[,.]98\\s?(Mio|Million)`, { why: '20,9 % × 4.706.577 € = 983.674,6 €' }),
  q('calculation', '3.1 Frauenanteil LZB Plan', 'welcher anteil der LZB plan 2024 sind frauen in prozent', num('49,2'), { why: '1.469 / 2.985 = 0,4921 → 49,2 %' }),
  q('calculation', '3.1 Integrationen Differenz', 'wie viele integrationen weniger plant das jc 2024 als 2023 erreicht wurden', num('8'), { why: '865 − 857 = 8' }),
  q('calculation', '3.1 ELB Männer minus Frauen Plan', 'wie viele männer mehr als frauen stehen im ELB-bestand der iq-planung 2024', num('88'), { why: '2.284 − 2.196 = 88' }),
  q('calculation', '2.2 Bau + Verarbeitendes Gewerbe', 'bau und verarbeitendes gewerbe zusammen, wie viele beschäftigte dez 22', num('10.217'), { why: '2.723 + 7.494 = 10.217' }),
  q('calculation', '5.3.2 Alleinerziehende integriert Anzahl', 'wie viele alleinerziehende sind das absolut, die bis sept 23 in arbeit eingemündet sind', `${num('102,8')}|${num('103')}`, { why: '16,4 % × 627 = 102,8 ≈ 103' }),
  q('calculation', '2.1 ELB U25 gesamt', 'wie viele U25 elb haben wir insgesamt (m+w)', num('721'), { why: '342 + 379 = 721' }),
  q('calculation', '2.2 Insgesamt nachgerechnet', 'rechne mal nach: beschäftigte insgesamt dez 22 minus dez 21', num('284'), { why: '33.000 − 33.284 = −284 (the table prints −303)' }),
  q('calculation', '4 EGL-Anteil am Gesamtbudget', 'wie viel prozent des gesamtbudgets 2024 machen die EGL aus', num('40,9'), { why: '4.706.577 / 11.519.147 = 0,40859 → 40,9 %' }),
  q('calculation', '3.1 Integrationen pro Monat', 'wie viele integrationen brauchen wir 2024 im monat um den plan zu schaffen', num('71,4'), { why: '857 / 12 = 71,42 → 71,4' }),
];

const unanswerable = [
  un('other jobcenter', 'iq jobcenter oberspreewald-lausitz 2024', { tricky: true }),
  un('other year', 'LZB plan 2025', { tricky: true }),
  un('other year', 'integrationsquote ist 2022 gesamt', { tricky: true }),
  un('missing chart', 'wie viel geld ist genau für eingliederungszuschüsse eingeplant in euro', { tricky: true }),
  un('missing chart', 'wie viele ELB hatten wir 2013', { tricky: true }),
  un('missing chart', 'wie viele arbeitslose gibts im landkreis in absoluten zahlen', { tricky: true }),
  un('missing chart', 'bestand gemeldete bewerber berufsberatungsjahr 2022/2023', { tricky: true }),
  un('missing chart', 'wie hoch ist der anteil der erwerbstätigen elb mit minijob im februar 2023', { tricky: true }),
  un('missing figure', 'integrationsquote u25 plan 2024', { tricky: true }),
  un('missing breakdown', 'wie viele LZB gibt es am standort finsterwalde', { tricky: true }),
  un('other date', 'beschäftigte baugewerbe dezember 2023', { tricky: true }),
  un('other institution', at('eingliederungsbudget der agentur für arbeit cottbus 2024?'), { tricky: true, ...group }),
  un('legal', 'wie hoch ist der bürgergeld regelsatz für alleinstehende 2024'),
  un('legal', 'Kunde fragt ob er gegen seine sanktion widerspruch einlegen kann und bis wann'),
  un('off topic', 'regnets morgen in herzberg?'),
  un('personal', 'wie viele urlaubstage hab ich noch'),
  un('not in programme', 'wie stellt man einen bürgergeld-antrag online'),
  un('off topic', 'wer ist bürgermeister von finsterwalde'),
  un('measure lacking', 'Kunde fragt: zahlt ihr mir den führerschein?'),
  un('not in programme', at('mietobergrenze KdU im landkreis?'), channel),
];

const followup = [
  fu('3.1 IQ gesamt → Frauen', [
    ['iq 2024?', num('19,1')],
    ['und bei den frauen?', num('17,1'), num('21,1')],
  ]),
  fu('3.1 LZB Ist → männlich', [
    ['wie viele LZB hatten wir 2023 (ist)', num('2.844')],
    ['und davon männlich', num('1.492'), num('1.352')],
  ]),
  fu('4 EGL 2024 → 2023', [
    ['wie viel kohle gibts 2024 für EGL', mio('4.706.577', '4,7')],
    ['und letztes jahr?', mio('5.368.734', '5,4', '5,37')],
  ]),
  fu('2.2 Bau → Gastgewerbe', [
    ['beschäftigte im baugewerbe dez 22', num('2.723')],
    ['und im gastgewerbe?', num('822'), num('2.723')],
  ]),
  fu('2.1 U25 männlich → weiblich', [
    ['elb 15 bis unter 25 männlich gesamt', num('342')],
    ['und die mädels?', num('379'), num('342')],
  ]),
  fu('3.1 Ziele → Messgröße', [
    ['welche geschäftspolitischen ziele hat das jc', 'Hilfebedürftigkeit'],
    ['und wie wird das mit der hilfebedürftigkeit gemessen', 'Lebensunterhalt'],
  ]),
  fu('3.1 Integrationen Männer → Quote', [
    ['integrationen männer plan 2024', num('481'), num('487')],
    ['und die quote dazu?', num('21,1'), num('17,1')],
  ]),
  fu('5.3.2 BCA → Standorte', [
    [at('was macht die BCA eigentlich'), 'Sprechstunde|Vernetzung|Netzwerk'],
    [at('an wie vielen standorten'), '(?<!\\d)3(?!\\d)|drei'],
  ], group),
  fu('switch: LZB Frauen → Unterschrift', [
    ['LZB plan 2024 frauen', num('1.469')],
    ['ganz was anderes: wer hat das programm unterschrieben', 'Schreiber', num('1.469')],
  ]),
  fu('switch: VK → Spätstarter', [
    ['verwaltungskosten 2024', mio('6.812.570', '6,8')],
    ['andere frage, was sind spätstarterinnen', 'altersbedingt|potenzielle Auszubildende', num('6.812.570')],
  ]),
];

const smalltalk = [
  st('danke dir!', 'gern|bitte|Ursache'),
  st('moin, was kannst du eigentlich so', 'Fragen|Programm'),
];

export const fresh = [
  ...figure, ...definition, ...list, ...reason, ...process, ...navigation, ...documents,
  ...comparison, ...ranking, ...calculation, ...unanswerable, ...followup, ...smalltalk,
];
