/** Money is always integer øre (1 krone = 100 øre) so sums agree to the øre. */
export type Ore = number;

export const kr = (krone: number): Ore => Math.round(krone * 100);

/** Rounds to whole kroner, as payslips and withholding do. */
export const roundToKrone = (ore: Ore): Ore => Math.round(ore / 100) * 100;

export function percentOf(ore: Ore, percent: number): Ore {
  return Math.round((ore * percent) / 100);
}
