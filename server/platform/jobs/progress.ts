/** Longest progress message kept on a job. */
export const MAX_PROGRESS_MESSAGE = 500;

export type ProgressWriter = (fraction: number, message: string | undefined) => Promise<void>;

/**
 * Rate-limits progress writes for one run: a tight loop reporting every row must not turn into a
 * database write per row. Reports within `intervalMs` of the last write are held back, and
 * `flush()` writes the last one held back, so the final value always reaches the row.
 */
export class ProgressThrottle {
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private pending: { fraction: number; message: string | undefined } | null = null;

  constructor(
    private readonly write: ProgressWriter,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  async report(fraction: number, message?: string): Promise<void> {
    const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    const text = message === undefined ? undefined : message.slice(0, MAX_PROGRESS_MESSAGE);
    const now = this.clock();
    if (value < 1 && now - this.lastWriteAt < this.intervalMs) {
      this.pending = { fraction: value, message: text ?? this.pending?.message };
      return;
    }
    this.pending = null;
    this.lastWriteAt = now;
    await this.write(value, text);
  }

  async flush(): Promise<void> {
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      this.lastWriteAt = this.clock();
      await this.write(pending.fraction, pending.message);
    }
  }
}
