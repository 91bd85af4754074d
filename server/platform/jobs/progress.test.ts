import { describe, expect, it } from 'vitest';
import { MAX_PROGRESS_MESSAGE, ProgressThrottle } from './progress.ts';

function setup(intervalMs = 250) {
  let now = 1_000;
  const writes: [number, string | undefined][] = [];
  const throttle = new ProgressThrottle(
    (fraction, message) => {
      writes.push([fraction, message]);
      return Promise.resolve();
    },
    intervalMs,
    () => now,
  );
  return { throttle, writes, advance: (ms: number) => (now += ms) };
}

describe('ProgressThrottle', () => {
  it('writes the first report and holds back reports inside the interval', async () => {
    const { throttle, writes, advance } = setup();
    await throttle.report(0.1, 'Đang đọc tệp');
    advance(100);
    await throttle.report(0.2);
    await throttle.report(0.3, 'Đang kiểm tra');
    expect(writes).toEqual([[0.1, 'Đang đọc tệp']]);
    advance(200);
    await throttle.report(0.4);
    expect(writes).toEqual([
      [0.1, 'Đang đọc tệp'],
      [0.4, undefined],
    ]);
  });

  it('flushes the last held-back report so the final value is stored', async () => {
    const { throttle, writes } = setup();
    await throttle.report(0.1);
    await throttle.report(0.5, 'Gần xong');
    await throttle.report(0.6);
    await throttle.flush();
    expect(writes).toEqual([
      [0.1, undefined],
      [0.6, 'Gần xong'],
    ]);
    await throttle.flush();
    expect(writes).toHaveLength(2);
  });

  it('always writes completion, clamps fractions and shortens messages', async () => {
    const { throttle, writes } = setup();
    await throttle.report(-3);
    await throttle.report(7, 'x'.repeat(MAX_PROGRESS_MESSAGE + 50));
    expect(writes[0]).toEqual([0, undefined]);
    expect(writes[1]?.[0]).toBe(1);
    expect(writes[1]?.[1]).toHaveLength(MAX_PROGRESS_MESSAGE);
    await throttle.report(Number.NaN);
    await throttle.flush();
    expect(writes[2]).toEqual([0, undefined]);
  });
});
