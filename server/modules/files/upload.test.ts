import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLimited } from './upload.ts';

function chunks(sizes: number[]): Readable {
  return Readable.from(sizes.map((size, index) => Buffer.alloc(size, index + 1)));
}

describe('readLimited', () => {
  it('reads a stream up to exactly the limit', async () => {
    const data = await readLimited(chunks([400, 600]), 1000);
    expect(data.length).toBe(1000);
    expect(data[0]).toBe(1);
    expect(data[999]).toBe(2);
  });

  it('stops at the first byte past the limit with a 413 that closes the connection', async () => {
    const source = chunks([600, 600, 600]);
    await expect(readLimited(source, 1000)).rejects.toMatchObject({ code: 'file_too_large', status: 413, params: { maxBytes: 1000 }, headers: { connection: 'close' } });
    expect(source.destroyed).toBe(true);
  });

  it('turns the multipart parser own size error into the same 413', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('request file too large'), { code: 'FST_REQ_FILE_TOO_LARGE' }));
      },
    });
    await expect(readLimited(failing, 1000)).rejects.toMatchObject({ code: 'file_too_large', status: 413 });
  });

  it('lets other stream failures through unchanged', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('socket hang up'));
      },
    });
    await expect(readLimited(failing, 1000)).rejects.toThrow('socket hang up');
  });
});
