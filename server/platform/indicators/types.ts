import type { Executor } from '../db/client.ts';

/**
 * Where and when a computation counts: the jurisdiction subtree (its materialised path) and the
 * closed date range of the period. Cumulative computations receive the start of the program as
 * `periodStart`, so "supported since the program began" and "supported this year" are one function.
 */
export interface ComputationScope {
  jurisdictionPath: string;
  /** yyyy-mm-dd, inclusive. */
  periodStart: string;
  /** yyyy-mm-dd, inclusive. */
  periodEnd: string;
}

export interface ComputedValue {
  value: number;
  /** JSON-serialisable facts a reader needs to trust the figure (filters applied, counts, sources). */
  provenance: Record<string, unknown>;
}

/** One record behind a computed value, as the drill-down lists it. */
export interface CountedRecord {
  id: string;
  label: string;
  /** What the record is (`person`, `organisation`, `jurisdiction`…). */
  kind: string;
  /** Path of the web page that shows the record, when there is one. */
  link: string | null;
}

export interface CountedRecordPage {
  items: CountedRecord[];
  total: number;
}

/**
 * A figure a module knows how to compute from its own records. Modules list them in their
 * manifest; indicators name them by `key`. `records` must list exactly what `compute` counted, so
 * a reader can drill down from any computed value to its evidence.
 */
export interface IndicatorComputation {
  /** `<module>.<name>`, e.g. `directory.st_staff`. */
  key: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  /** True when the count runs from the start of the program rather than the start of the period. */
  cumulative: boolean;
  compute(executor: Executor, scope: ComputationScope): Promise<ComputedValue>;
  records(executor: Executor, scope: ComputationScope & { page: number; pageSize: number }): Promise<CountedRecordPage>;
}
