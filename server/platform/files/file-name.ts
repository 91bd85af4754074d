import { AppError } from '../errors.ts';
import { KNOWN_EXTENSIONS } from './detect.ts';

/** Room for a name on any common file system once the user saves the download (255 bytes). */
export const MAX_FILE_NAME_BYTES = 240;
const MAX_EXTENSION_LENGTH = 16;

const WHITESPACE_CONTROLS = /[\t\n\v\f\r]/g;
// Control and invisible formatting characters (including bidirectional overrides that can make
// "gpj.exe" read as "exe.jpg") never belong in a file name.
const INVISIBLE = /[\p{Cc}\p{Cf}\uFFFD]/gu;
// Characters file systems reserve, and look-alikes of the path separators.
const RESERVED = /[<>:"|?*\uFF0F\uFF3C\u2215\u2044\u29F8]/g;
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const encoder = new TextEncoder();

export const invalidFileName = (): AppError =>
  new AppError('file_name_invalid', 400, { fieldErrors: [{ path: 'file', code: 'file_name_invalid', message: 'file_name_invalid' }] });

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a letter from its marks. */
function truncateBytes(text: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = encoder.encode(segment).length;
    if (bytes + size > maxBytes) {
      break;
    }
    result += segment;
    bytes += size;
  }
  return result;
}

function trimName(name: string): string {
  return name.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
}

/** The extension of a sanitised name (lower case, no dot), or null when it has none. */
export function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) {
    return null;
  }
  const extension = name.slice(dot + 1).toLowerCase();
  return extension.length > 0 && extension.length <= MAX_EXTENSION_LENGTH && /^[\p{L}\p{N}]+$/u.test(extension) ? extension : null;
}

/**
 * Whether the name ends in an extension that claims a file type (`.pdf`, `.exe`, `.js`…), as
 * opposed to a dotted number or phrase ("Quyết định số 12.2024").
 */
export function claimedExtension(name: string): string | null {
  const extension = extensionOf(name);
  return extension !== null && KNOWN_EXTENSIONS.has(extension) ? extension : null;
}

/**
 * A client-supplied file name made safe to store and to offer back in a download: only the last
 * path segment survives, invisible and reserved characters go, leading and trailing dots and
 * spaces go, Vietnamese letters stay (NFC), and the result fits in 240 bytes with its extension
 * kept. Throws `file_name_invalid` when nothing usable is left.
 */
export function sanitizeFileName(raw: string): string {
  let name = raw.toWellFormed().normalize('NFC').replace(WHITESPACE_CONTROLS, ' ').replace(INVISIBLE, '');
  name = name.split(/[/\\]/).at(-1) ?? '';
  name = name.replace(RESERVED, '_').replace(/\s+/gu, ' ');
  name = trimName(name);
  if (name === '') {
    throw invalidFileName();
  }
  const extension = extensionOf(name);
  const base = extension === null ? name : name.slice(0, -(extension.length + 1));
  if (DEVICE_NAME.test(base.split('.')[0] ?? '')) {
    name = `_${name}`;
  }
  if (encoder.encode(name).length > MAX_FILE_NAME_BYTES) {
    const suffix = extension === null ? '' : `.${name.slice(-extension.length)}`;
    const kept = trimName(truncateBytes(name.slice(0, name.length - suffix.length), MAX_FILE_NAME_BYTES - encoder.encode(suffix).length));
    if (kept === '') {
      throw invalidFileName();
    }
    name = `${kept}${suffix}`;
  }
  return name;
}
