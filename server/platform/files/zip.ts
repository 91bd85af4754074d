/**
 * Just enough of the ZIP format to list entry names from the central directory, which is what
 * tells an Office document (word/, xl/, ppt/ parts) from any other archive. Returns null when the
 * archive is malformed, so a damaged or crafted file is never classified as a document.
 */

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 50_000;

export function isZipStart(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === LOCAL_HEADER;
}

interface Directory {
  entries: number;
  offset: number;
}

function findEndOfCentralDirectory(data: Buffer): number | null {
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + EOCD_SIZE + data.readUInt16LE(at + 20) <= data.length) {
      return at;
    }
  }
  return null;
}

function zip64Directory(data: Buffer, eocd: number): Directory | null {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR) {
    return null;
  }
  const end = Number(data.readBigUInt64LE(locator + 8));
  if (end + 56 > data.length || data.readUInt32LE(end) !== ZIP64_END) {
    return null;
  }
  return { entries: Number(data.readBigUInt64LE(end + 32)), offset: Number(data.readBigUInt64LE(end + 48)) };
}

function centralDirectory(data: Buffer): Directory | null {
  if (data.length < EOCD_SIZE) {
    return null;
  }
  const eocd = findEndOfCentralDirectory(data);
  if (eocd === null) {
    return null;
  }
  const entries = data.readUInt16LE(eocd + 10);
  const offset = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) {
    return zip64Directory(data, eocd);
  }
  return { entries, offset };
}

/** Entry names in central-directory order, or null when the archive cannot be read. */
export function zipEntryNames(data: Buffer): string[] | null {
  const directory = centralDirectory(data);
  if (!directory || directory.entries > MAX_ENTRIES) {
    return null;
  }
  const names: string[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_HEADER) {
      return null;
    }
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > data.length) {
      return null;
    }
    names.push(data.toString('utf8', at + 46, nameEnd));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}
