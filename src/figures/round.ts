/**
 * Rounds half away from zero to `digits` decimals, exactly as printed figures
 * are rounded (19,05 → 19,1). Works on the decimal string, so binary floating
 * point (0.1 + 0.2) cannot tip a value below the half.
 */
export function roundHalfUp(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value).toPrecision(15)}e${digits}`);
  return (sign * Math.round(shifted + 1e-9)) / 10 ** digits || 0;
}
