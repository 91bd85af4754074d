import { MEDIA_TYPES } from '../../../common/contracts/files.ts';
import { isOleStart, oleStreamNames } from './ole.ts';
import type { FileKind } from './types.ts';
import { isZipStart, zipEntryNames } from './zip.ts';

/**
 * Kinds recognised from content. Only the first group can be accepted by an upload; the others are
 * recognised so that a mislabelled upload is refused with a precise log line, and so that their
 * extensions count as "real" extensions when a name is compared with its content.
 */
export const FILE_KINDS = {
  pdf: { mediaType: MEDIA_TYPES.pdf, extensions: ['pdf'] },
  png: { mediaType: MEDIA_TYPES.png, extensions: ['png'] },
  jpeg: { mediaType: MEDIA_TYPES.jpeg, extensions: ['jpg', 'jpeg'] },
  docx: { mediaType: MEDIA_TYPES.docx, extensions: ['docx'] },
  xlsx: { mediaType: MEDIA_TYPES.xlsx, extensions: ['xlsx'] },
  pptx: { mediaType: MEDIA_TYPES.pptx, extensions: ['pptx'] },
  doc: { mediaType: MEDIA_TYPES.doc, extensions: ['doc'] },
  xls: { mediaType: MEDIA_TYPES.xls, extensions: ['xls'] },
  txt: { mediaType: MEDIA_TYPES.txt, extensions: ['txt', 'text', 'md', 'log'] },
  csv: { mediaType: MEDIA_TYPES.csv, extensions: ['csv'] },

  zip: { mediaType: 'application/zip', extensions: ['zip'] },
  ole: { mediaType: 'application/x-ole-storage', extensions: ['msg', 'ppt'] },
  html: { mediaType: 'text/html', extensions: ['html', 'htm', 'xhtml'] },
  svg: { mediaType: 'image/svg+xml', extensions: ['svg'] },
  xml: { mediaType: 'application/xml', extensions: ['xml'] },
  exe: { mediaType: 'application/vnd.microsoft.portable-executable', extensions: ['exe', 'dll', 'scr', 'com', 'msi'] },
  elf: { mediaType: 'application/x-executable', extensions: ['so', 'bin', 'elf'] },
} as const satisfies Record<string, FileKind>;
export type FileKindName = keyof typeof FILE_KINDS;

/**
 * Extensions that name a type of their own even though its content is never accepted (scripts,
 * archives, other formats): a name carrying one of these must match its content like any other.
 */
const OTHER_EXTENSIONS = [
  'js', 'mjs', 'cjs', 'vbs', 'vbe', 'wsf', 'ps1', 'psm1', 'bat', 'cmd', 'sh', 'bash', 'php', 'phtml', 'asp', 'aspx', 'jsp',
  'jar', 'apk', 'app', 'dmg', 'iso', 'lnk', 'hta', 'reg', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'xz',
  'docm', 'xlsm', 'pptm', 'dotx', 'xltx', 'odt', 'ods', 'odp', 'rtf', 'json', 'yaml', 'yml',
  'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'ico', 'mp3', 'mp4', 'mov', 'avi', 'wav',
];

export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  ...Object.values(FILE_KINDS).flatMap((kind) => kind.extensions),
  ...OTHER_EXTENSIONS,
]);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Control characters other than tab, line feed, form feed and carriage return do not occur in text.
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const MARKUP_START = /^<(?:!doctype\s+html|html|head|body|script|iframe|!--|svg|\?xml)/i;

function startsWith(data: Buffer, prefix: Buffer | string): boolean {
  const bytes = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return data.length >= bytes.length && data.subarray(0, bytes.length).equals(bytes);
}

function isPortableExecutable(data: Buffer): boolean {
  if (!startsWith(data, 'MZ') || data.length < 0x40) {
    return false;
  }
  const header = data.readUInt32LE(0x3c);
  return header + 4 <= data.length && data.toString('latin1', header, header + 4) === 'PE\0\0';
}

function officeKind(data: Buffer): FileKindName {
  const names = zipEntryNames(data);
  if (!names?.includes('[Content_Types].xml')) {
    return 'zip';
  }
  const parts = (['docx', 'xlsx', 'pptx'] as const).filter((kind) => {
    const folder = { docx: 'word/', xlsx: 'xl/', pptx: 'ppt/' }[kind];
    return names.some((name) => name.startsWith(folder));
  });
  // A package with parts of two applications is no document any of them would open as its own.
  return parts.length === 1 && parts[0] ? parts[0] : 'zip';
}

function compoundKind(data: Buffer): FileKindName {
  const names = oleStreamNames(data);
  if (names?.includes('WordDocument')) {
    return 'doc';
  }
  if (names?.includes('Workbook') || names?.includes('Book')) {
    return 'xls';
  }
  return 'ole';
}

function textKind(data: Buffer, extension: string | null): FileKindName | null {
  const body = startsWith(data, UTF8_BOM) ? data.subarray(UTF8_BOM.length) : data;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
  if (BINARY_CONTROL.test(text)) {
    return null;
  }
  const markup = MARKUP_START.exec(text.trimStart());
  if (markup) {
    const tag = markup[0].toLowerCase();
    if (tag === '<svg' || (tag === '<?xml' && /<svg[\s>]/i.test(text.slice(0, 4096)))) {
      return 'svg';
    }
    return tag === '<?xml' ? 'xml' : 'html';
  }
  // Plain text carries no mark of being CSV; the name decides between the two text kinds.
  return extension === 'csv' ? 'csv' : 'txt';
}

/**
 * The kind of a file judged by its bytes. `extension` (lower case, from the sanitised name) only
 * separates CSV from plain text. Null when the content is empty or of no recognised kind.
 */
export function detectKind(data: Buffer, extension: string | null = null): FileKindName | null {
  if (data.length === 0) {
    return null;
  }
  if (startsWith(data, '%PDF-')) {
    return 'pdf';
  }
  if (startsWith(data, PNG_SIGNATURE)) {
    return 'png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'jpeg';
  }
  if (isZipStart(data)) {
    return officeKind(data);
  }
  if (isOleStart(data)) {
    return compoundKind(data);
  }
  if (isPortableExecutable(data)) {
    return 'exe';
  }
  if (startsWith(data, '\x7fELF')) {
    return 'elf';
  }
  return textKind(data, extension);
}

export function detectFileKind(data: Buffer, extension: string | null = null): FileKind | null {
  const name = detectKind(data, extension);
  return name ? FILE_KINDS[name] : null;
}
