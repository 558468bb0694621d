import { loadCues } from '../../src/knowledge/cues';
import { readQuestion } from '../../src/answers/question-features';

const CUES = loadCues();

describe('readQuestion', () => {
  it.each([
    ['Wie hoch ist die Integrationsquote 2024?', { years: [2024], asksFigure: true }],
    ['Integrationsquote Frauen Ist 2023', { years: [2023], periods: ['Ist', 'Zuteilung'], gender: 'weiblich' }],
    ['Wie viele Beschäftigte hatte der Landkreis im Dezember 2021?', { years: [2021], units: ['Anzahl'], asksFigure: true }],
    ['Beschäftigte Dez. 22', { years: [2022] }],
    ['Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?', { periods: ['Plan', 'Schätzwert'], units: ['Anzahl'] }],
    ['Wie stark sinken die Verwaltungskosten?', { periods: ['Veränderung', 'Differenz'], units: [], asksFigure: true }],
    ['Um wie viel wurde das Budget gekürzt?', { periods: ['Veränderung', 'Differenz'], trend: 'decrease' }],
    // A few words with a year and no question word ask for a figure; with a question word they need a figure cue.
    ['gemeldete Ausbildungsstellen 2023/24', { asksFigure: true }],
    ['welche Ziele gelten 2024', { asksFigure: false }],
    ['Wie viel Geld steht 2024 für Eingliederungsleistungen zur Verfügung?', { years: [2024], units: ['€'] }],
    ['Wie viel Prozent der Beschäftigten arbeiten im Baugewerbe?', { units: ['%', 'Anzahl'] }],
    ['LZB Männer', { gender: 'männlich' }],
    ['Wie viele Frauen über 55 sind ELB?', { ageBand: '55+', gender: 'weiblich' }],
    ['ELB ab 55 Jahre', { ageBand: '55+' }],
    ['Wie viele U25 gibt es?', { ageBand: '<25' }],
    ['Männer zwischen 25 und 55', { ageBand: '25-55' }],
    ['Warum steigen die LZB 2024?', { asksFigure: false, asksReason: true }],
    ['Was ist der Grund für den Anstieg?', { asksReason: true }],
    ['Wie viel Prozent der Alleinerziehenden wurden integriert?', { asksNumber: true, asksReason: false }],
    ['Wer berät das Jobcenter beim Budget?', { asksFigure: false }],
    ['Wie wird die Integrationsquote gemessen?', { asksFigure: false }],
    // A way asked, with a participle the cue table does not list; "… berechnet" asks a definition instead.
    ['Wie wird der Eingliederungstitel geplant?', { asksFigure: false, asksProcess: true }],
    ['Wie werden die Mittel eingesetzt?', { asksProcess: true }],
    ['Wie wird die Integrationsquote berechnet?', { definitionTerm: 'Integrationsquote' }],
    ['Welche Branchen prägen den Bestand?', { asksFigure: false }],
    ['Mit welchen Partnern arbeitet das Jobcenter zusammen?', { asksList: true }],
    // "which" with a comparative and nothing to compare with asks the top (or bottom) one.
    ['Bei welchem Geschlecht steigen die LZB stärker?', { extreme: 'max' }],
    ['Welche Branche hat weniger Beschäftigte?', { extreme: 'min' }],
    ['Welche Branchen haben die meisten Beschäftigten?', { asksList: true }],
    ['Welcher Anteil geht in den 2. Arbeitsmarkt?', { asksFigure: true }],
    ['Warum sinkt das Budget, und wie hoch ist es 2024?', { asksFigure: true }],
  ])('%s', (question, expected) => {
    expect(readQuestion(question, CUES)).toMatchObject(expected);
  });

  it('a definition asked with "wie wird … berechnet" is no process question', () => {
    expect(readQuestion('Wie wird die Integrationsquote berechnet?', CUES).asksProcess).toBeUndefined();
  });

  it.each<[string, 'increase' | 'decrease' | undefined]>([
    ['Welche Branche hat am meisten zugelegt?', 'increase'],
    ['Wo gab es den größten Zuwachs?', 'increase'],
    ['Welches Budget wurde am stärksten gekürzt?', 'decrease'],
    ['Wo gingen die meisten Jobs verloren?', 'decrease'],
    // The direction may be the head of a compound: "Beschäftigungszuwachs", "Stellenrückgang".
    ['wo gabs den stärksten beschäftigungszuwachs', 'increase'],
    ['welche branche hatte den größten stellenrückgang', 'decrease'],
    ['Welche Branche hat die meisten Beschäftigten?', undefined],
  ])('reads the direction of change in "%s"', (text, trend) => {
    expect(readQuestion(text, CUES).trend).toBe(trend);
  });

  it('does not take the verb "ist" for the actual value', () => {
    expect(readQuestion('Wie hoch ist die Integrationsquote?', CUES).periods).toEqual([]);
  });

  it('asks no figure in an open question', () => {
    expect(readQuestion('Was tut das Jobcenter für Jugendliche?', CUES).asksFigure).toBe(false);
  });

  it('has no gender when both are named', () => {
    expect(readQuestion('Integrationsquote Frauen und Männer', CUES).gender).toBeUndefined();
  });

  it('a comparative with something to compare with asks no extreme ("… mehr als 2023", "… VK oder EGL")', () => {
    expect(readQuestion('Welche Branche hat mehr Beschäftigte als 2021?', CUES).extreme).toBeUndefined();
    expect(readQuestion('Welcher Posten ist höher, VK oder EGL?', CUES).extreme).toBeUndefined();
  });

  it('a number asked with "welcher" is no list ("Welcher Anteil geht in den 2. Arbeitsmarkt?")', () => {
    expect(readQuestion('Welcher Anteil geht in den 2. Arbeitsmarkt?', CUES).asksList).toBeUndefined();
  });

  it.each([
    ['Was bedeutet ELB?', 'ELB'],
    ['Was heißt LZB?', 'LZB'],
    ['Was ist die Integrationsquote?', 'Integrationsquote'],
    ['Wofür steht BCA?', 'BCA'],
    ['Was versteht man unter einer Bedarfsgemeinschaft?', 'Bedarfsgemeinschaft'],
    ['Erkläre mir bitte IKS', 'IKS'],
    ['Ab wann gilt jemand als langzeitarbeitslos?', 'langzeitarbeitslos'],
    ['Wer zählt als Langzeitleistungsbezieher?', 'Langzeitleistungsbezieher'],
  ])('reads the term of "%s"', (question, term) => {
    expect(readQuestion(question, CUES).definitionTerm).toBe(term);
  });

  it('recognises overview questions but not questions about one group', () => {
    expect(readQuestion('Welche Zielgruppen stehen im Fokus des Programms?', CUES).asksOverview).toBe('target-groups');
    expect(readQuestion('Welche Instrumente gibt es?', CUES).asksOverview).toBe('instruments');
    expect(readQuestion('Welche Angebote gibt es für Alleinerziehende?', CUES).asksOverview).toBeUndefined();
  });
});
