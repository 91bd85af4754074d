import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../errors.ts';

/**
 * Inspection of an .xlsx container before any spreadsheet library sees it. A workbook is a zip
 * archive whose parts can expand a thousandfold, so the archive directory is read by hand, every
 * part is inflated once as a stream while counting bytes (declared sizes can lie), and worksheet
 * rows are counted on the way, so an oversized or over-long file is refused with little memory
 * and early — a 100,000-row sheet stops being read at the first row past the limit.
 */

export interface ZipLimits {
  /** Total uncompressed size of all parts. */
  maxUncompressedBytes: number;
  /** Rows holding at least one value, per worksheet, besides the header row. */
  maxDataRows: number;
  maxEntries: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_U32 = 0xffffffff;

const notWorkbook = (): AppError => new AppError('file_type_rejected', 415);
const tooLarge = (): AppError => new AppError('file_too_large', 413);
export const tooManyRows = (maxDataRows: number): AppError =>
  new AppError('import_too_many_rows', 413, { params: { max: maxDataRows } });

function readU64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw notWorkbook();
  }
  return Number(value);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= lowest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === EOCD_SIGNATURE) {
      return offset;
    }
  }
  throw notWorkbook();
}

function centralDirectory(buffer: Buffer): { offset: number; count: number } {
  const eocd = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === MAX_U32) && eocd >= 20 && buffer.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const record = readU64(buffer, eocd - 12);
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) {
      throw notWorkbook();
    }
    count = readU64(buffer, record + 32);
    offset = readU64(buffer, record + 48);
  }
  return { offset, count };
}

/** Sizes and offset that did not fit 32 bits live in the ZIP64 extra field, in this order. */
function applyZip64Extra(buffer: Buffer, start: number, end: number, entry: Entry): void {
  let cursor = start;
  while (cursor + 4 <= end) {
    const id = buffer.readUInt16LE(cursor);
    const size = buffer.readUInt16LE(cursor + 2);
    if (id === 0x0001) {
      let field = cursor + 4;
      const fieldEnd = field + size;
      if (entry.uncompressedSize === MAX_U32 && field + 8 <= fieldEnd) {
        entry.uncompressedSize = readU64(buffer, field);
        field += 8;
      }
      if (entry.compressedSize === MAX_U32 && field + 8 <= fieldEnd) {
        entry.compressedSize = readU64(buffer, field);
        field += 8;
      }
      if (entry.localHeaderOffset === MAX_U32 && field + 8 <= fieldEnd) {
        entry.localHeaderOffset = readU64(buffer, field);
      }
      return;
    }
    cursor += 4 + size;
  }
}

function listEntries(buffer: Buffer, maxEntries: number): Entry[] {
  const { offset, count } = centralDirectory(buffer);
  if (count > maxEntries) {
    throw notWorkbook();
  }
  const entries: Entry[] = [];
  let cursor = offset;
  for (let i = 0; i < count; i += 1) {
    if (cursor + 46 > buffer.length || buffer.readUInt32LE(cursor) !== CENTRAL_SIGNATURE) {
      throw notWorkbook();
    }
    const nameLength = buffer.readUInt16LE(cursor + 28);
    const extraLength = buffer.readUInt16LE(cursor + 30);
    const commentLength = buffer.readUInt16LE(cursor + 32);
    const nameEnd = cursor + 46 + nameLength;
    if (nameEnd + extraLength > buffer.length) {
      throw notWorkbook();
    }
    const entry: Entry = {
      name: buffer.toString('utf8', cursor + 46, nameEnd).replace(/^\/+/, ''),
      flags: buffer.readUInt16LE(cursor + 8),
      method: buffer.readUInt16LE(cursor + 10),
      compressedSize: buffer.readUInt32LE(cursor + 20),
      uncompressedSize: buffer.readUInt32LE(cursor + 24),
      localHeaderOffset: buffer.readUInt32LE(cursor + 42),
    };
    applyZip64Extra(buffer, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    cursor = nameEnd + extraLength + commentLength;
  }
  return entries;
}

function entryData(buffer: Buffer, entry: Entry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_SIGNATURE) {
    throw notWorkbook();
  }
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) {
    throw notWorkbook();
  }
  return buffer.subarray(start, end);
}

async function* inflate(entry: Entry, data: Buffer): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    yield data;
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(data);
  try {
    for await (const chunk of inflater) {
      yield chunk as Buffer;
    }
  } catch {
    throw notWorkbook();
  }
}

/**
 * Counts `<row>` elements that hold a value (`<v>` or inline `<is>`), with or without a namespace
 * prefix, across chunk boundaries. Tags are ASCII, so decoding bytes as latin1 is safe here even
 * though the text in between is UTF-8.
 */
export class RowCounter {
  private carry = '';
  private inRow = false;
  private rowHasValue = false;
  rows = 0;

  private static readonly TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|v|is)(?=[\s/>])([^>]*)>/g;

  push(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1');
    const lastOpen = text.lastIndexOf('<');
    const complete = lastOpen > text.lastIndexOf('>') ? lastOpen : text.length;
    this.carry = text.slice(complete);
    for (const match of text.slice(0, complete).matchAll(RowCounter.TAG)) {
      const [, closing, name, rest] = match;
      if (name === 'row') {
        if (closing) {
          this.endRow();
        } else {
          this.inRow = true;
          this.rowHasValue = false;
          if (rest?.endsWith('/')) {
            this.endRow();
          }
        }
      } else if (!closing && this.inRow) {
        this.rowHasValue = true;
      }
    }
  }

  private endRow(): void {
    if (this.inRow && this.rowHasValue) {
      this.rows += 1;
    }
    this.inRow = false;
  }
}

const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/**
 * Refuses anything that is not a plain, reasonably sized .xlsx workbook: not a zip, encrypted or
 * unusual compression, a bomb (declared or actual inflated size over the limit, or parts larger than
 * they claim), or a worksheet with more rows than allowed.
 */
export async function inspectWorkbook(buffer: Buffer, limits: ZipLimits): Promise<void> {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw notWorkbook();
  }
  const entries = listEntries(buffer, limits.maxEntries);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw notWorkbook();
  }
  let declared = 0;
  for (const entry of entries) {
    if ((entry.flags & 0x1) !== 0 || (entry.method !== 0 && entry.method !== 8)) {
      throw notWorkbook();
    }
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxUncompressedBytes) {
    throw tooLarge();
  }
  // Worksheets first: an over-long sheet is the common refusal and should cost the least.
  const ordered = [...entries].sort((a, b) => Number(isWorksheet(b.name)) - Number(isWorksheet(a.name)));
  let inflated = 0;
  for (const entry of ordered) {
    const counter = isWorksheet(entry.name) ? new RowCounter() : null;
    let size = 0;
    for await (const chunk of inflate(entry, entryData(buffer, entry))) {
      size += chunk.length;
      inflated += chunk.length;
      if (size > entry.uncompressedSize) {
        throw notWorkbook();
      }
      if (inflated > limits.maxUncompressedBytes) {
        throw tooLarge();
      }
      if (counter) {
        counter.push(chunk);
        if (counter.rows > limits.maxDataRows + 1) {
          throw tooManyRows(limits.maxDataRows);
        }
      }
    }
  }
}

/**
 * One part of an Office container (e.g. `word/document.xml`), inflated with the same guards as a
 * workbook: encrypted or unusual entries are refused, and inflation stops as soon as the part
 * grows past its declared size or `maxUncompressedBytes`. Null when the archive has no such part.
 */
export async function readZipPart(buffer: Buffer, name: string, limits: Pick<ZipLimits, 'maxUncompressedBytes' | 'maxEntries'>): Promise<Buffer | null> {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE) {
    throw notWorkbook();
  }
  const entry = listEntries(buffer, limits.maxEntries).find((candidate) => candidate.name === name);
  if (!entry) {
    return null;
  }
  if ((entry.flags & 0x1) !== 0 || (entry.method !== 0 && entry.method !== 8)) {
    throw notWorkbook();
  }
  if (entry.uncompressedSize > limits.maxUncompressedBytes) {
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of inflate(entry, entryData(buffer, entry))) {
    size += chunk.length;
    if (size > entry.uncompressedSize) {
      throw notWorkbook();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
