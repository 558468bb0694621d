/**
 * Rounds half away from zero ("kaufmännisch", as the programme prints its
 * figures) to `digits` decimals: 19,05 → 19,1 and -12,35 → -12,4.
 *
 * Binary floating point stores 0.15 as 0.1499999…; rounding its shortest
 * 15-digit decimal form instead of the binary value makes such halves round up
 * as a person would round them. Every figure the bot shows goes through here.
 */
export function roundHalfUp(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(shiftDecimal(Number(Math.abs(value).toPrecision(15)), digits));
  const result = sign * shiftDecimal(shifted, -digits);
  return result === 0 ? 0 : result;
}

/** value × 10^places, done on the decimal notation so no binary error is added. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
