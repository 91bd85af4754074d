import { createHash, randomBytes } from 'node:crypto';

/**
 * Counts a record page view once per visitor and day without keeping anything about the visitor:
 * the key is a hash of the address and browser under a salt drawn at random each day and held only
 * in memory, so once the day is over no one (the operator included) can tell whose keys they were.
 * Each process counts on its own, so a visitor served by two processes may count twice that day.
 */
export class ViewCounter {
  private day = '';
  private salt = Buffer.alloc(0);
  private readonly seen = new Set<string>();

  constructor(private readonly maxKeys = 200_000) {}

  /** Whether this is the visitor's first view of the record today. */
  firstView(recordId: string, visitor: { ip: string; userAgent: string }, now: Date = new Date()): boolean {
    const day = now.toISOString().slice(0, 10);
    if (day !== this.day || this.seen.size >= this.maxKeys) {
      // A full set is dropped rather than grown: at worst a few visitors count twice.
      this.day = day;
      this.salt = randomBytes(32);
      this.seen.clear();
    }
    const key = createHash('sha256').update(this.salt).update(recordId).update('\n').update(visitor.ip).update('\n').update(visitor.userAgent).digest('base64url').slice(0, 22);
    if (this.seen.has(key)) {
      return false;
    }
    this.seen.add(key);
    return true;
  }
}
