import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Hand-made zip archives for the tests of the workbook guard: bombs, archives whose directory
 * lies about sizes, and sheets whose tail is damaged. Parts are deflated as streams so a
 * fixture that inflates to hundreds of megabytes costs little memory to make.
 */
export interface FixturePart {
  name: string;
  /** Content, given whole or as pieces repeated in order. */
  pieces: Array<{ data: Buffer; times?: number }>;
  /** Uncompressed size to write in the archive directory instead of the real one. */
  declaredSize?: number;
  /** Leaves the deflated stream unfinished and appends an invalid block: inflating fails after the content. */
  damagedTail?: boolean;
}

// A block header with the reserved block type: no inflater gets past it.
const INVALID_BLOCK = Buffer.from([0x07, 0x00, 0x00, 0x00]);

async function deflatePart(part: FixturePart): Promise<{ compressed: Buffer; crc: number; size: number }> {
  if (part.damagedTail) {
    const content = Buffer.concat(part.pieces.flatMap((piece) => Array.from({ length: piece.times ?? 1 }, () => piece.data)));
    const open = deflateRawSync(content, { finishFlush: constants.Z_SYNC_FLUSH });
    return { compressed: Buffer.concat([open, INVALID_BLOCK]), crc: crc32(content), size: content.length };
  }
  const deflater = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => output.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of part.pieces) {
    for (let i = 0; i < (piece.times ?? 1); i += 1) {
      crc = crc32(piece.data, crc);
      size += piece.data.length;
      if (!deflater.write(piece.data)) {
        await new Promise((resolve) => deflater.once('drain', resolve));
      }
    }
  }
  deflater.end();
  await finished;
  return { compressed: Buffer.concat(output), crc, size };
}

export async function buildZip(parts: FixturePart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { compressed, crc, size } = await deflatePart(part);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(part.declaredSize ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The parts every workbook needs around its one sheet. */
export function workbookParts(): FixturePart[] {
  return [
    {
      name: '[Content_Types].xml',
      pieces: [
        {
          data: xml(
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
              '<Default Extension="xml" ContentType="application/xml"/>' +
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
              '</Types>',
          ),
        },
      ],
    },
    {
      name: '_rels/.rels',
      pieces: [
        {
          data: xml(
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
              '</Relationships>',
          ),
        },
      ],
    },
    {
      name: 'xl/workbook.xml',
      pieces: [
        {
          data: xml(
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
          ),
        },
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      pieces: [
        {
          data: xml(
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
              '</Relationships>',
          ),
        },
      ],
    },
  ];
}

export const SHEET_OPEN = xml('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
export const SHEET_CLOSE = xml('</sheetData></worksheet>');

export function inlineRow(rowNumber: number, values: string[]): Buffer {
  const cells = values
    .map((value, index) => `<c r="${String.fromCharCode(65 + index)}${rowNumber}" t="inlineStr"><is><t>${value}</t></is></c>`)
    .join('');
  return xml(`<row r="${rowNumber}">${cells}</row>`);
}
