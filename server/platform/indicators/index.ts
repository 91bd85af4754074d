import type { IndicatorComputation } from './types.ts';

export type { ComputationScope, ComputedValue, CountedRecord, CountedRecordPage, IndicatorComputation } from './types.ts';

/** The computations every module registered, by key; built once from the manifests. */
export class IndicatorRegistry {
  private readonly byKey = new Map<string, IndicatorComputation>();

  constructor(computations: readonly IndicatorComputation[] = []) {
    for (const computation of computations) {
      if (this.byKey.has(computation.key)) {
        throw new Error(`Indicator computation ${computation.key} is registered twice`);
      }
      this.byKey.set(computation.key, computation);
    }
  }

  get(key: string): IndicatorComputation | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  list(): IndicatorComputation[] {
    return [...this.byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}
