import { loadCues } from '../../src/knowledge/cues';
import { splitSentences } from '../../src/search/sentences';
import { foldTopicIntoQuestion, focusOnQuestion } from '../../src/answers/programme-answerer';
import { sharedBrain } from '../helpers/bot-harness';

const ask = (question: string) => sharedBrain().answerer.answer(question);

describe('ProgrammeAnswerer picks the answer a question asks for', () => {
  it.each([
    ['Wie hoch ist die geplante Integrationsquote der Frauen 2024?', 'figure', /^\*\*17,1 %\*\* – Integrationsquote Frauen, Plan 2024/, '3.1'],
    ['Integrationsquote Männer Ist 2023', 'figure', /^\*\*21,1 %\*\* – Integrationsquote Männer, Ist 2023/, '3.1'],
    ['Integrationsqoute gesamt', 'figure', /^\*\*19,1 %\*\*/, '3.1'],
    ['Wie viele Integrationen sind 2024 geplant?', 'figure', /^\*\*857\*\* – Integrationen \(Integrationsquote gesamt\), Plan 2024/, '3.1'],
    ['LZB weiblich Plan', 'figure', /^\*\*1\.469\*\*/, '3.1'],
    ['Um wie viel Euro sinkt das Eingliederungsbudget?', 'figure', /-662\.157 €/, '4'],
    ['Wie viele Menschen arbeiten im Gesundheitswesen?', 'figure', /^\*\*2\.249\*\* – Gesundheitswesen/, '2.2'],
    ['Wie viele ELB sind marktnah?', 'figure', /^\*\*60\*\*/, '2.1'],
    ['Wie viele Alleinerziehende bezogen im September 2023 Leistungen?', 'figure', /627/, '5.3.2'],
    ['Wie hoch ist der kommunale Finanzierungsanteil?', 'figure', /15,2 %/, '4.1'],
    ['Was bedeutet BCA?', 'glossary', /Beauftragte für Chancengleichheit am Arbeitsmarkt/, '5.3.2'],
    ['Wofür steht IKS?', 'glossary', /internes Kontrollsystem/, '6'],
    ['Angebote für Geflüchtete', 'target-group', /Geflüchtete Menschen/, '5.3.1'],
    ['Was gibt es für Menschen mit Behinderung?', 'target-group', /Menschen mit Behinderung/, '5.3.2'],
    ['Was ist die Produktionsschule?', 'instrument', /Finsterwalde/, '5.1'],
    ['Wie wird mit dem Sprachniveau von Migranten umgegangen?', undefined, /Sprach/, '5.3.1'],
    ['Wie viele Beschäftigte hat die Branche Verkehr und Lagerei?', 'figure', /^\*\*1\.524\*\* – Verkehr und Lagerei/, '2.2'],
    ['Wie haben sich die Arbeitslosen entwickelt?', 'chart', /Grafik \*\*„Entwicklung der Arbeitslosen“\*\*.*nicht enthalten/, '2.1'],
    ['Wie viele Integrationen von Frauen sind für 2024 geplant?', 'figure', /^\*\*376\*\* – Integrationen \(Integrationsquote Frauen\), Plan 2024/, '3.1'],
    ['Wie viele Frauen über 55 sind ELB?', 'figure', /^\*\*526\*\* – .*55 Jahre und älter weiblich/, '2.1'],
    ['Welcher Anteil der Eingliederungsmittel geht in den 2. Arbeitsmarkt?', 'figure', /^\*\*20,9 %\*\*/, '4.2'],
    ['Welche Ziele verfolgt das Jobcenter 2024?', undefined, /Hilfebedürftigkeit/, '3.1'],
    ['Warum steigen die LZB 2024?', 'passage', /ukrainischer Personen/, '3.1'],
    ['Wer sind die Netzwerkpartner?', 'passage', /Zu den Netzwerkpartnern zählen/, '7'],
    ['Wie viel Prozent der Alleinerziehenden wurden integriert?', 'figure', /^\*\*16,4 %\*\*/, '5.3.2'],
    ['Wohin pendeln die Leute?', 'passage', /Sachsen/, '2.2'],
    ['Anteil Landwirtschaft an der Beschäftigung', 'figure', /^\*\*4,2 %\*\* – Land-, Forstwirtschaft/, '2.2'],
    ['Wie viele LZB gab es 2023?', 'figure', /^\*\*2\.844\*\* – Langzeitleistungsbeziehende, Ist 2023/, '3.1'],
    ['Um wie viel Prozent steigen die LZB insgesamt?', 'figure', /^\*\*\+5,0 %\*\* – Langzeitleistungsbeziehende/, '3.1'],
    ['IQ Frauen 2023', 'figure', /^\*\*17,1 %\*\* – Integrationsquote Frauen, Ist 2023/, '3.1'],
    ['Integrationsquote Frauen September 2023', 'figure', /^\*\*13,6 %\*\*/, '5.3.2'],
    ['Wie stark wurde das Eingliederungsbudget gekürzt?', 'figure', /^\*\*-12,3 %\*\* – Eingliederungsleistungen/, '4'],
    ['Integratonsquote 2024', 'figure', /^\*\*19,1 %\*\*/, '3.1'],
    ['Wie entwickelt sich der Ausbildungsmarkt 2024?', 'chart', /^Die bewerberfreundliche Situation.*Überangebot[\s\S]*Grafik/, '2.2'],
    ['Wie ist die Integrationsquote definiert?', 'glossary', /durchschnittlichen Bestand/, '3.1'],
    ['Wie wird die Integrationsquote berechnet?', 'glossary', /durchschnittlichen Bestand/, '3.1'],
    ['Lokale Ziele', 'section', /Abstimmung mit dem Träger Agentur für Arbeit Cottbus/, '3.2'],
  ])('%s', (question, kind, text, section) => {
    const answer = ask(question);
    if (kind) expect(answer.kind).toBe(kind);
    expect(answer.text).toMatch(text);
    expect(answer.sources.map((s) => s.sectionRef)).toContain(section);
  });

  it.each(['Wie wird das Wetter?', 'Wer gewinnt die Bundesliga?', 'Rezept für Apfelkuchen', 'Wann fährt der nächste Bus nach Cottbus?', 'asdf qwer'])('says the programme has no answer to "%s"', (question) => {
    expect(ask(question).kind).toBe('no-answer');
  });

  it('offers related sections — at most three, never the source itself, each opening a section', () => {
    const knowledge = sharedBrain().knowledge;
    const answer = ask('Welche Rolle spielen Netzwerkpartner?');
    const sections = answer.related.filter((r) => knowledge.sections.some((s) => s.title === r.query));
    expect(sections.length).toBeGreaterThan(0);
    expect(answer.related.length).toBeLessThanOrEqual(3);
    expect(answer.related.map((r) => r.query)).not.toContain(answer.sources[0]!.title);
    for (const topic of sections) expect(ask(topic.query).kind).toBe('section');
  });

  it.each([
    ['Kollegin fragt: Wie hoch ist die Integrationsquote 2024?', 'Wie hoch ist die Integrationsquote 2024?'],
    ['Hallo. Ich habe eine Frage. Was bedeutet LZB?', 'Was bedeutet LZB?'],
    ['Welcher Anteil geht in den 2. Arbeitsmarkt?', 'Welcher Anteil geht in den 2. Arbeitsmarkt?'],
    ['Welche Hemmnisse gibt es, z. B. Sucht?', 'Welche Hemmnisse gibt es, z. B. Sucht?'],
  ])('reads "%s" as "%s"', (text, question) => {
    expect(focusOnQuestion(text)).toBe(question);
  });

  it.each([
    ['BCA – wofür steht das?', 'wofür steht BCA?'],
    ['LZB: was heißt das', 'was heißt LZB'],
    ['kollegin fragt: was heißt das?', 'kollegin fragt: was heißt das?'],
    ['EGL - wie viel gibt es 2024', 'EGL - wie viel gibt es 2024'],
  ])('folds the topic put first into "%s" → "%s"', (text, question) => {
    const programmeWords = new Set(['bca', 'lzb', 'egl']);
    expect(foldTopicIntoQuestion(text, (w) => programmeWords.has(w.toLowerCase()))).toBe(question);
  });

  it('"<Kürzel> – wofür steht das?" is the definition of the abbreviation', () => {
    const entry = sharedBrain().knowledge.glossary.find((e) => /^[A-ZÄÖÜ]{2,5}$/.test(e.abbreviation))!;
    expect(ask(`${entry.abbreviation} – wofür steht das?`).kind).toBe('glossary');
  });

  it('offers the calculation that goes with a figure of the quota, budget or LZB table', () => {
    expect(ask('Wie hoch ist die Integrationsquote 2024?').related.map((r) => r.query)).toContain('Integrationsquote berechnen');
    expect(ask('Wie hoch ist das Gesamtbudget 2024?').related.map((r) => r.query)).toContain('Budgetanteil berechnen');
    expect(ask('Wie viele Langzeitleistungsbeziehende sind für 2024 geplant?').related.map((r) => r.query)).toContain('LZB prüfen');
    expect(ask('Wie viele arbeiten im Baugewerbe?').related.map((r) => r.query)).not.toContain('Budgetanteil berechnen');
    expect(ask('Wie wird die Integrationsquote berechnet?').related.map((r) => r.query)).toContain('Integrationsquote berechnen');
    expect(ask('Was bedeutet LZB?').related.map((r) => r.query)).toContain('LZB prüfen');
  });

  it("leads from a target group to its offers, each button opening that offer", () => {
    const related = ask('Was tut das Jobcenter für Alleinerziehende?').related;
    expect(related.length).toBeGreaterThan(0);
    for (const topic of related) {
      const next = ask(topic.query);
      expect(next.kind).toBe('instrument');
      expect(next.text.startsWith(`**${topic.query}**`)).toBe(true);
    }
  });

  it('relates only sections that speak about the question', () => {
    const knowledge = sharedBrain().knowledge;
    for (const [question, word] of [['Wie hoch ist das Gesamtbudget 2024?', /budget/i], ['Welche Rolle spielen Netzwerkpartner?', /netzwerk/i]] as const) {
      for (const topic of ask(question).related) {
        const section = knowledge.sections.find((s) => s.title === topic.query);
        if (section) expect(section.paragraphs.map((p) => p.text).join(' ')).toMatch(word);
      }
    }
  });

  it('trims passages to the sentences that answer', () => {
    // The longest paragraph of the programme, asked about with the words of its last sentence.
    const paragraph = sharedBrain().knowledge.sections.flatMap((s) => s.paragraphs).filter((p) => !p.isList).sort((a, b) => b.text.length - a.text.length)[0]!;
    const last = splitSentences(paragraph.text).at(-1)!;
    const answer = ask(last);
    expect(answer.kind).toBe('passage');
    expect(answer.text).toContain(last.slice(0, 40));
    expect(answer.text.length).toBeLessThan(paragraph.text.length);
  });

  it('answers "warum sinkt …" with a sentence that gives a cause and names the fall, though in other words', () => {
    const cues = loadCues();
    const answer = ask('warum sinkt das budget');
    expect(answer.kind).toBe('passage');
    const lead = splitSentences(answer.text)[0]!;
    expect(cues.mentions(lead, 'cause-words')).toBe(true);
    expect(cues.mentions(lead, 'decrease')).toBe(true);
  });

  it('quotes a what-/how-question its best sentence with the one after it: the meaning often follows the lead', () => {
    // "marktfern" stands in a sentence whose next sentence says what it means for the customers.
    const answer = ask('was heißt marktfern bei der integrationsprognose');
    expect(answer.kind).toBe('passage');
    const paragraph = sharedBrain().knowledge.sections.flatMap((s) => s.paragraphs).find((p) => p.text.includes(answer.text.slice(0, 60)))!;
    const sentences = splitSentences(paragraph.text);
    const at = sentences.findIndex((s) => answer.text.startsWith(s.slice(0, 60)));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(answer.text).toContain(sentences[at + 1]!.slice(0, 40));
  });

  // "läuft … ab" is a verb and its particle: the question's topic is the nouns, and a text that holds them answers.
  it('answers a how-question whose verb the programme never uses, with the section sentence that says how', () => {
    const answer = ask('wie läuft das risikomanagement ab');
    expect(answer.kind).toBe('instrument');
    // The offer's portrait leads; the sentence of its section that describes the procedure follows it.
    expect(answer.text).toMatch(/bewertet und priorisiert/);
    expect(answer.text.match(/Als Grundelement/g)).toHaveLength(1);
  });

  it('goes on into the next paragraph of the section when that is where a text question’s answer continues', () => {
    const answer = ask('wie läuft die aktivierung bei langzeitleistungsbeziehenden ab');
    expect(answer.kind).toBe('passage');
    expect(answer.text).toMatch(/Bewährte Strategien zur Aktivierung/);
    expect(answer.text).toMatch(/schrittweise intensivere Aktivierung/);
  });

  it('answers "wie lange …" only with a text that names a duration or a date', () => {
    expect(ask('wie lange dauert eine betriebliche einzelumschulung').kind).toBe('no-answer');
  });

  it('holds an age band asked as a hard slot: a row split into other bands does not answer it', () => {
    const answer = ask('wie viele ELB ab 50');
    expect(answer.kind).toBe('no-answer');
    expect(answer.text).toContain('Altersgruppe „ab 50 Jahre“');
    expect(ask('wie viele ELB über 55').text).toMatch(/^\*\*1\.139\*\*/);
  });

  it('does not answer past a noun the programme never uses when the hit names only one word of the question', () => {
    // "Finsterwalde" names an offer of the programme; "Bürgermeister" names nothing in it.
    expect(ask('wer ist bürgermeister von finsterwalde').kind).toBe('no-answer');
    expect(ask('was ist die produktionsschule finsterwalde').kind).not.toBe('no-answer');
  });
});
