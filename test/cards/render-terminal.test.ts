import { terminalLines } from '../../src/cards/render-terminal';
import { conversation } from '../helpers/bot-harness';

describe('the terminal chat', () => {
  it('prints Markdown as plain text and a KPI card as aligned columns', async () => {
    const [activity] = await conversation().sayRaw({ type: 'message', text: 'KPI Budget' });
    const lines = terminalLines(activity!);
    const out = lines.join('\n');
    expect(out).not.toMatch(/\*\*|\\\*/);
    const rows = lines.filter((l) => /^(Verwaltungskosten|Eingliederungsleistungen|Gesamtbudget)(?!,)/.test(l));
    expect(rows).toHaveLength(3);
    // One row a line, its amounts in columns that end at the same place.
    const ends = rows.map((r) => r.indexOf('€') );
    expect(new Set(ends).size).toBe(1);
  });

  it('keeps gender stars and drops bold marks', async () => {
    const lines = terminalLines({ type: 'message', text: '**Zielgruppe:** Migrant\\*innen' });
    expect(lines).toEqual(['Zielgruppe: Migrant*innen']);
  });
});
