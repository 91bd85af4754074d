import { describe, expect, it } from 'vitest';
import { errorMessage, exponentialBackoff, MAX_ERROR_LENGTH } from './retry-policy.ts';

describe('exponentialBackoff', () => {
  const middle = () => 0.5;

  it('doubles from the base delay with each attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => exponentialBackoff(attempt, { baseMs: 1000, random: middle }))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops growing at the cap', () => {
    expect(exponentialBackoff(40, { baseMs: 1000, maxMs: 60_000, random: middle })).toBe(60_000);
  });

  it('spreads delays by at most a quarter either way', () => {
    expect(exponentialBackoff(3, { baseMs: 1000, random: () => 0 })).toBe(3000);
    expect(exponentialBackoff(3, { baseMs: 1000, random: () => 0.999999 })).toBe(5000);
  });
});

describe('errorMessage', () => {
  it('keeps only the message of an error, never its stack', () => {
    const error = new Error('SMTP 550 mailbox unavailable');
    expect(errorMessage(error)).toBe('SMTP 550 mailbox unavailable');
    expect(errorMessage(error)).not.toContain('at ');
  });

  it('truncates long messages and describes non-errors', () => {
    const long = errorMessage(new Error('x'.repeat(10_000)));
    expect(long).toHaveLength(MAX_ERROR_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage({ weird: true })).toBe('Unknown error');
    expect(errorMessage(new TypeError(''))).toBe('TypeError');
  });
});
