/**
 * A figure as the programme's tables print it: "4.383" → 4383, "-10,2" → -10.2,
 * "100,0" → 100. Anything else (arrows, labels, "Dez. 22") → undefined.
 * Only what the document needs; user input is parsed in src/figures.
 */
export function parseGermanFigure(text: string): number | undefined {
  const t = text.replace(/<\/?b>|\*\*/g, '').replace(/[\s\u00a0]/g, '').replace(/^[−–]/, '-');
  if (!/^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return undefined;
  const value = Number(t.replace(/\./g, '').replace(',', '.'));
  return Object.is(value, -0) ? 0 : value;
}
