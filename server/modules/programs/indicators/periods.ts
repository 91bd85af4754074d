import type { PeriodType } from '../../../../common/contracts/programs.ts';

export interface Period {
  /** `2015`, `2015-H1`, `2015-Q3`. */
  period: string;
  start: string;
  end: string;
}

const HALF_ENDS = ['06-30', '12-31'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** Every period of a type from the start of `fromYear` to the end of `toYear`, in order. */
export function periodsOf(type: PeriodType, fromYear: number, toYear: number): Period[] {
  const out: Period[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    if (type === 'year') {
      out.push({ period: String(year), start: `${year}-01-01`, end: `${year}-12-31` });
    } else if (type === 'half_year') {
      HALF_ENDS.forEach((end, index) => out.push({ period: `${year}-H${index + 1}`, start: `${year}-${index === 0 ? '01' : '07'}-01`, end: `${year}-${end}` }));
    } else {
      QUARTER_ENDS.forEach((end, index) => out.push({ period: `${year}-Q${index + 1}`, start: `${year}-${String(index * 3 + 1).padStart(2, '0')}-01`, end: `${year}-${end}` }));
    }
  }
  return out;
}
