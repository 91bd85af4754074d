import { SaxesParser } from 'saxes';
import { OAI_DC_FORMAT, type OaiFilter, type OaiItem, type OaiRepository, type OaiSet } from './oai.protocol.ts';

/** An in-memory repository for the protocol's unit tests, answering exactly as the contract says. */
export function memoryRepository(items: OaiItem[], options: { sets?: OaiSet[] | null; formats?: boolean } = {}): OaiRepository {
  const sorted = [...items].sort((a, b) => (a.datestamp === b.datestamp ? a.id.localeCompare(b.id) : a.datestamp.localeCompare(b.datestamp)));
  const matches = (item: OaiItem, filter: OaiFilter): boolean =>
    (filter.from === undefined || item.datestamp >= filter.from) &&
    item.datestamp <= filter.until &&
    (filter.set === undefined || item.sets.some((set) => set === filter.set || set.startsWith(`${filter.set}:`)));
  const sets = options.sets === undefined ? [] : options.sets;
  return {
    name: 'Thư viện thử nghiệm',
    adminEmails: ['thuvien@example.vn'],
    formats: options.formats === false ? [] : [OAI_DC_FORMAT],
    earliestDatestamp: () => Promise.resolve(sorted[0]?.datestamp ?? null),
    listSets: sets === null ? null : () => Promise.resolve(sets),
    getItem: (localId) => Promise.resolve(sorted.find((item) => item.id === localId) ?? null),
    countItems: (filter) => Promise.resolve(sorted.filter((item) => matches(item, filter)).length),
    pageItems: (filter, after, limit) =>
      Promise.resolve(
        sorted
          .filter((item) => matches(item, filter))
          .filter((item) => after === null || item.datestamp > after[0] || (item.datestamp === after[0] && item.id > after[1]))
          .slice(0, limit),
      ),
  };
}

const ARRAYS = new Set(['record', 'header', 'set', 'error', 'setSpec', 'metadataFormat', 'adminEmail', 'url', 'sitemap', 'entry']);

type Node = Record<string, unknown>;

/**
 * The document as nested objects (attributes as `@name`, text as `#text`, an element with text
 * only as its string), read by a strict parser so anything not well-formed throws.
 */
export function parseXml(xml: string): Node {
  const parser = new SaxesParser();
  const root: Node = {};
  const stack: { name: string; node: Node; text: string }[] = [{ name: '', node: root, text: '' }];
  parser.on('opentag', (tag) => {
    const node: Node = {};
    for (const [name, value] of Object.entries(tag.attributes)) {
      node[`@${name}`] = value;
    }
    stack.push({ name: tag.name, node, text: '' });
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) {
      top.text += text;
    }
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    const parent = stack[stack.length - 1];
    if (!done || !parent) {
      return;
    }
    const text = done.text.trim();
    const hasContent = Object.keys(done.node).length > 0;
    if (text && hasContent) {
      done.node['#text'] = text;
    }
    const value: unknown = hasContent ? done.node : text;
    if (ARRAYS.has(done.name) || done.name.startsWith('dc:')) {
      ((parent.node[done.name] ??= []) as unknown[]).push(value);
    } else {
      parent.node[done.name] = value;
    }
  });
  parser.write(xml).close();
  return root;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) {
    out += chunk;
  }
  return out;
}
