/**
 * A small streaming XML writer: elements are written as they come and `take()` hands out what has
 * accumulated, so a response of thousands of records never sits whole in memory.
 */

/**
 * Characters XML 1.0 forbids anywhere in a document (controls other than tab and line breaks,
 * lone surrogates, U+FFFE and U+FFFF). Metadata imported from other systems does carry them, and
 * a single one makes the whole harvest page unparsable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r]/g, (char) => TEXT_ENTITIES[char] ?? char);
}

/** Whitespace in attributes is escaped too, since a parser would otherwise normalise it to spaces. */
export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"'\r\n\t]/g, (char) => ATTRIBUTE_ENTITIES[char] ?? char);
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

export type Attributes = Record<string, string | number | null | undefined>;

function attributes(attrs: Attributes | undefined): string {
  if (!attrs) {
    return '';
  }
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) {
      continue;
    }
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

export class XmlWriter {
  private buffer = '';
  private readonly open: string[] = [];

  constructor(options: { declaration?: boolean } = {}) {
    if (options.declaration ?? true) {
      this.buffer = '<?xml version="1.0" encoding="UTF-8"?>\n';
    }
  }

  private checkName(name: string): void {
    // Names are always chosen by the code, never by data; a bad one is a programming error.
    if (!NAME.test(name)) {
      throw new Error(`Not an XML name: ${name}`);
    }
  }

  start(name: string, attrs?: Attributes): this {
    this.checkName(name);
    this.buffer += `<${name}${attributes(attrs)}>`;
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) {
      throw new Error('No element is open');
    }
    this.buffer += `</${name}>`;
    return this;
  }

  /** An element holding only text; an empty or absent text writes an empty element. */
  element(name: string, attrs: Attributes | undefined, text?: string | null): this {
    this.checkName(name);
    this.buffer += text ? `<${name}${attributes(attrs)}>${escapeText(text)}</${name}>` : `<${name}${attributes(attrs)}/>`;
    return this;
  }

  text(value: string): this {
    this.buffer += escapeText(value);
    return this;
  }

  newline(): this {
    this.buffer += '\n';
    return this;
  }

  /** What has been written since the last call. */
  take(): string {
    const out = this.buffer;
    this.buffer = '';
    return out;
  }

  /** Closes every open element and returns the rest. */
  finish(): string {
    while (this.open.length > 0) {
      this.end();
    }
    return this.take();
  }
}
