/**
 * Just enough of the Compound File Binary format (legacy .doc/.xls containers) to list the names
 * of the streams in its directory: a Word file holds a `WordDocument` stream, an Excel file a
 * `Workbook` (or, before Excel 97, `Book`) stream. Returns null when the container is malformed.
 */

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
const MAX_DIRECTORY_ENTRIES = 100_000;
const STREAM_OBJECT = 2;

export function isOleStart(data: Buffer): boolean {
  return data.length >= SIGNATURE.length && data.subarray(0, SIGNATURE.length).equals(SIGNATURE);
}

class Container {
  readonly sectorSize: number;
  private readonly fatSectors: number[] = [];

  constructor(private readonly data: Buffer) {
    const shift = data.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) {
      throw new RangeError('unsupported sector size');
    }
    this.sectorSize = 1 << shift;
    const fatCount = data.readUInt32LE(0x2c);
    for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT_ENTRIES); i += 1) {
      this.fatSectors.push(data.readUInt32LE(0x4c + i * 4));
    }
    // FAT locations beyond the first 109 continue in a chain of DIFAT sectors.
    const perDifatSector = this.sectorSize / 4 - 1;
    let difat = data.readUInt32LE(0x44);
    const seen = new Set<number>();
    while (this.fatSectors.length < fatCount && difat !== END_OF_CHAIN && !seen.has(difat)) {
      seen.add(difat);
      const base = this.offsetOf(difat);
      for (let i = 0; i < perDifatSector && this.fatSectors.length < fatCount; i += 1) {
        this.fatSectors.push(this.data.readUInt32LE(base + i * 4));
      }
      difat = this.data.readUInt32LE(base + perDifatSector * 4);
    }
  }

  offsetOf(sector: number): number {
    const offset = (sector + 1) * this.sectorSize;
    if (offset + this.sectorSize > this.data.length) {
      throw new RangeError('sector outside the file');
    }
    return offset;
  }

  next(sector: number): number {
    const perFatSector = this.sectorSize / 4;
    const fatSector = this.fatSectors[Math.floor(sector / perFatSector)];
    if (fatSector === undefined) {
      throw new RangeError('sector outside the allocation table');
    }
    return this.data.readUInt32LE(this.offsetOf(fatSector) + (sector % perFatSector) * 4);
  }

  *chain(start: number): Generator<number> {
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; sector = this.next(sector)) {
      if (seen.has(sector)) {
        throw new RangeError('sector chain loops');
      }
      seen.add(sector);
      yield sector;
    }
  }

  streamNames(): string[] {
    const names: string[] = [];
    let entries = 0;
    for (const sector of this.chain(this.data.readUInt32LE(0x30))) {
      const base = this.offsetOf(sector);
      for (let at = base; at < base + this.sectorSize; at += DIRECTORY_ENTRY_SIZE) {
        entries += 1;
        if (entries > MAX_DIRECTORY_ENTRIES) {
          throw new RangeError('too many directory entries');
        }
        const nameBytes = this.data.readUInt16LE(at + 0x40);
        if (this.data[at + 0x42] === STREAM_OBJECT && nameBytes >= 2 && nameBytes <= 64) {
          names.push(this.data.toString('utf16le', at, at + nameBytes - 2));
        }
      }
    }
    return names;
  }
}

/** Names of the streams in a compound file, or null when it cannot be read. */
export function oleStreamNames(data: Buffer): string[] | null {
  if (!isOleStart(data) || data.length < 512) {
    return null;
  }
  try {
    return new Container(data).streamNames();
  } catch (error) {
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}
