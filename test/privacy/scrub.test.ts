import { MAX_SCRUB_DEPTH, scrubText, scrubValue } from '../../src/privacy/scrub';

describe('scrubText', () => {
  it('removes what the detector finds and closes the gap', () => {
    expect(scrubText('Kunde 123D456789 ist LZB?')).toEqual({ value: 'Kunde ist LZB?', kinds: ['customer-number'] });
    expect(scrubText('Wie hoch ist die Integrationsquote 2024?')).toEqual({ value: 'Wie hoch ist die Integrationsquote 2024?', kinds: [] });
  });
});

describe('scrubValue (card and form values, issue 15 fault 2)', () => {
  it('scrubs strings at any depth and keeps everything else', () => {
    const value = { calculation: 'lzb', periods: 'Max Mustermann, 01.02.1980 01.03.2022–31.10.2023', months: 23, ok: true, none: null, list: [{ deep: ['IBAN DE89 3704 0044 0532 0130 00'] }] };
    const { value: scrubbed, kinds } = scrubValue(value);
    expect(scrubbed).toEqual({ calculation: 'lzb', periods: '01.03.2022–31.10.2023', months: 23, ok: true, none: null, list: [{ deep: ['IBAN'] }] });
    expect(kinds.sort()).toEqual(['date-of-birth', 'iban']);
    expect(value.periods).toContain('Mustermann');
  });

  it('drops a key holding client data and a number that reads as one', () => {
    const { value, kinds } = scrubValue({ 'max.mustermann@example.de': 'x', integrations: 86095742719, stock: 4521 });
    expect(value).toEqual({ stock: 4521 });
    expect(kinds.sort()).toEqual(['email', 'tax-id']);
  });

  it('looks into JSON held in a string (Teams feedback), escapes and all', () => {
    const feedback = JSON.stringify({ feedbackText: 'falsch für Max Mustermann\n01.02.1980' });
    const { value, kinds } = scrubValue({ actionValue: { reaction: 'dislike', feedback } });
    expect(kinds).toEqual(['date-of-birth']);
    const text = (JSON.parse((value as { actionValue: { feedback: string } }).actionValue.feedback) as { feedbackText: string }).feedbackText;
    expect(text).toBe('falsch für');
  });

  it('drops what is nested deeper than it reads', () => {
    let deep: unknown = 'Tel. 03531 123456';
    for (let i = 0; i < MAX_SCRUB_DEPTH + 5; i++) deep = { a: deep };
    expect(JSON.stringify(scrubValue(deep).value)).not.toContain('123456');
  });
});
