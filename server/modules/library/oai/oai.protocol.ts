import { parseDatestamp, toDatestamp, GRANULARITY, type Datestamp } from './datestamp.ts';
import { decodeToken, encodeToken, type TokenState } from './resumption-token.ts';
import { XmlWriter } from './xml-writer.ts';

/**
 * The OAI-PMH 2.0 protocol, independent of where records are stored: parses a request's
 * arguments, applies every rule of the specification's §3 and §4 and writes the response as a
 * stream of XML chunks. A repository only has to answer a few questions (`OaiRepository`).
 */

export const OAI_VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];

export const OAI_ERROR_CODES = [
  'badArgument',
  'badResumptionToken',
  'badVerb',
  'cannotDisseminateFormat',
  'idDoesNotExist',
  'noRecordsMatch',
  'noMetadataFormats',
  'noSetHierarchy',
] as const;
export type OaiErrorCode = (typeof OAI_ERROR_CODES)[number];

export interface OaiError {
  code: OaiErrorCode;
  message: string;
}

export const DC_ELEMENTS = [
  'title',
  'creator',
  'subject',
  'description',
  'publisher',
  'contributor',
  'date',
  'type',
  'format',
  'identifier',
  'source',
  'language',
  'relation',
  'coverage',
  'rights',
] as const;
export type DcElement = (typeof DC_ELEMENTS)[number];
export type DublinCore = Partial<Record<DcElement, string[]>>;

export const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';
const OAI_DC_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd';
const OAI_IDENTIFIER_NS = 'http://www.openarchives.org/OAI/2.0/oai-identifier';
const OAI_IDENTIFIER_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai-identifier.xsd';

export interface MetadataFormat {
  prefix: string;
  schema: string;
  namespace: string;
}

export const OAI_DC_FORMAT: MetadataFormat = { prefix: 'oai_dc', schema: OAI_DC_SCHEMA, namespace: OAI_DC_NS };

export interface OaiSet {
  spec: string;
  name: string;
}

/** One item as the protocol sees it; `datestamp` is the stored ISO time with milliseconds. */
export interface OaiItem {
  id: string;
  datestamp: string;
  deleted: boolean;
  sets: string[];
  metadata: DublinCore | null;
}

/** Which items a list covers: datestamp bounds in milliseconds, inclusive, and a set spec. */
export interface OaiFilter {
  from?: string;
  until: string;
  set?: string;
}

export interface OaiRepository {
  name: string;
  adminEmails: string[];
  /** The formats every item can be disseminated in; only `oai_dc` is written by this module. */
  formats: readonly MetadataFormat[];
  earliestDatestamp(): Promise<string | null>;
  /** Null when the repository has no set hierarchy. */
  listSets: (() => Promise<OaiSet[]>) | null;
  getItem(localId: string): Promise<OaiItem | null>;
  countItems(filter: OaiFilter): Promise<number>;
  /** Items in (datestamp, id) order after the given key. */
  pageItems(filter: OaiFilter, after: readonly [string, string] | null, limit: number): Promise<OaiItem[]>;
}

export interface OaiOptions {
  baseUrl: string;
  /** The repository identifier of `oai:<host>:<local id>` identifiers. */
  host: string;
  pageSize: number;
  tokenTtlMs: number;
}

type Args = Partial<Record<string, string>>;

const ALLOWED: Record<OaiVerb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
};

const MAX_ARGUMENT_LENGTH = 4000;

export type ParsedRequest = { ok: true; verb: OaiVerb; args: Args } | { ok: false; errors: OaiError[] };

function isVerb(value: string | undefined): value is OaiVerb {
  return (OAI_VERBS as readonly string[]).includes(value ?? '');
}

/** Checks the verb and the presence, repetition and legality of arguments (§3.1, §3.6). */
export function parseRequest(pairs: readonly (readonly [string, string])[]): ParsedRequest {
  const verbs = pairs.filter(([key]) => key === 'verb').map(([, value]) => value);
  const [verb] = verbs;
  if (verbs.length !== 1 || !isVerb(verb)) {
    const message = verbs.length === 0 ? 'The verb argument is missing.' : verbs.length > 1 ? 'The verb argument is repeated.' : 'The verb is not one of OAI-PMH 2.0.';
    return { ok: false, errors: [{ code: 'badVerb', message }] };
  }
  const rules = ALLOWED[verb];
  const errors: OaiError[] = [];
  const args: Args = {};
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (key === 'verb') {
      continue;
    }
    if (![...rules.required, ...rules.optional, rules.exclusive].includes(key)) {
      errors.push({ code: 'badArgument', message: `The argument ${key} is not allowed with ${verb}.` });
    } else if (seen.has(key)) {
      errors.push({ code: 'badArgument', message: `The argument ${key} is repeated.` });
    } else if (value.length === 0 || value.length > MAX_ARGUMENT_LENGTH || !value.isWellFormed()) {
      errors.push({ code: 'badArgument', message: `The argument ${key} has no usable value.` });
    }
    seen.add(key);
    args[key] = value;
  }
  if (rules.exclusive && args[rules.exclusive] !== undefined) {
    if (Object.keys(args).length > 1) {
      errors.push({ code: 'badArgument', message: `${rules.exclusive} is an exclusive argument.` });
    }
  } else {
    for (const key of rules.required) {
      if (args[key] === undefined) {
        errors.push({ code: 'badArgument', message: `The argument ${key} is required with ${verb}.` });
      }
    }
  }
  if (errors.length === 0 && (args.from !== undefined || args.until !== undefined)) {
    errors.push(...dateErrors(args.from, args.until));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, verb, args };
}

function dateErrors(from: string | undefined, until: string | undefined): OaiError[] {
  const parsedFrom = from === undefined ? undefined : parseDatestamp(from);
  const parsedUntil = until === undefined ? undefined : parseDatestamp(until);
  if (parsedFrom === null || parsedUntil === null) {
    return [{ code: 'badArgument', message: `Datestamps must be YYYY-MM-DD or ${GRANULARITY}.` }];
  }
  if (parsedFrom && parsedUntil && parsedFrom.granularity !== parsedUntil.granularity) {
    return [{ code: 'badArgument', message: 'from and until must have the same granularity.' }];
  }
  if (parsedFrom && parsedUntil && parsedFrom.start > parsedUntil.end) {
    return [{ code: 'badArgument', message: 'from is later than until.' }];
  }
  return [];
}

export function oaiIdentifier(host: string, localId: string): string {
  return `oai:${host}:${localId}`;
}

function localIdOf(host: string, identifier: string): string | null {
  const prefix = `oai:${host}:`;
  return identifier.startsWith(prefix) && identifier.length > prefix.length ? identifier.slice(prefix.length) : null;
}

/** A repository identifier must look like a domain name for the oai-identifier description (§2.4). */
const REPOSITORY_IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

class Response {
  readonly xml = new XmlWriter();

  constructor(now: Date, baseUrl: string, request: { verb: OaiVerb; args: Args } | null) {
    this.xml
      .start('OAI-PMH', { xmlns: OAI_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_NS} ${OAI_SCHEMA}` })
      .newline()
      .element('responseDate', undefined, toDatestamp(now.toISOString()))
      .newline()
      .element('request', request ? { verb: request.verb, ...request.args } : undefined, baseUrl)
      .newline();
  }

  errors(errors: readonly OaiError[]): string {
    for (const error of errors) {
      this.xml.element('error', { code: error.code }, error.message).newline();
    }
    return this.xml.finish();
  }
}

function writeHeader(xml: XmlWriter, host: string, item: OaiItem): void {
  xml.start('header', item.deleted ? { status: 'deleted' } : undefined);
  xml.element('identifier', undefined, oaiIdentifier(host, item.id));
  xml.element('datestamp', undefined, toDatestamp(item.datestamp));
  for (const set of item.sets) {
    xml.element('setSpec', undefined, set);
  }
  xml.end();
}

export function writeDublinCore(xml: XmlWriter, metadata: DublinCore, options: { schemaLocation: boolean }): void {
  xml.start('oai_dc:dc', {
    'xmlns:oai_dc': OAI_DC_NS,
    'xmlns:dc': DC_NS,
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': options.schemaLocation ? `${OAI_DC_NS} ${OAI_DC_SCHEMA}` : undefined,
  });
  for (const element of DC_ELEMENTS) {
    for (const value of metadata[element] ?? []) {
      if (value.trim() !== '') {
        xml.element(`dc:${element}`, undefined, value);
      }
    }
  }
  xml.end();
}

function writeRecord(xml: XmlWriter, host: string, item: OaiItem): void {
  xml.start('record');
  writeHeader(xml, host, item);
  // A deleted record has a header only (§2.5.1).
  if (!item.deleted && item.metadata) {
    xml.start('metadata');
    writeDublinCore(xml, item.metadata, { schemaLocation: true });
    xml.end();
  }
  xml.end().newline();
}

function supported(repository: OaiRepository, prefix: string | undefined): boolean {
  return repository.formats.some((format) => format.prefix === prefix);
}

interface ListPlan {
  state: TokenState;
  /** Whether the request came with a token, so the last page carries an empty one. */
  resumed: boolean;
}

/**
 * Answers one request. Every check that can fail runs before the first chunk is yielded, so an
 * error response is whole; a list is written a page of items at a time.
 */
export async function* answerOai(
  repository: OaiRepository,
  options: OaiOptions,
  pairs: readonly (readonly [string, string])[],
  now: Date = new Date(),
): AsyncGenerator<string> {
  const parsed = parseRequest(pairs);
  if (!parsed.ok) {
    // The request element carries no attributes after badVerb or badArgument (§3.6).
    yield new Response(now, options.baseUrl, null).errors(parsed.errors);
    return;
  }
  const { verb, args } = parsed;
  const response = new Response(now, options.baseUrl, parsed);
  const xml = response.xml;

  if (verb === 'Identify') {
    const earliest = (await repository.earliestDatestamp()) ?? now.toISOString();
    xml.start('Identify');
    xml.element('repositoryName', undefined, repository.name);
    xml.element('baseURL', undefined, options.baseUrl);
    xml.element('protocolVersion', undefined, '2.0');
    for (const email of repository.adminEmails) {
      xml.element('adminEmail', undefined, email);
    }
    xml.element('earliestDatestamp', undefined, toDatestamp(earliest));
    xml.element('deletedRecord', undefined, 'persistent');
    xml.element('granularity', undefined, GRANULARITY);
    if (REPOSITORY_IDENTIFIER.test(options.host)) {
      xml.start('description');
      xml.start('oai-identifier', { xmlns: OAI_IDENTIFIER_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_IDENTIFIER_NS} ${OAI_IDENTIFIER_SCHEMA}` });
      xml.element('scheme', undefined, 'oai');
      xml.element('repositoryIdentifier', undefined, options.host);
      xml.element('delimiter', undefined, ':');
      xml.element('sampleIdentifier', undefined, oaiIdentifier(options.host, '0190a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b'));
      xml.end().end();
    }
    xml.end();
    yield xml.finish();
    return;
  }

  if (verb === 'ListMetadataFormats') {
    if (args.identifier !== undefined) {
      const localId = localIdOf(options.host, args.identifier);
      const item = localId === null ? null : await repository.getItem(localId);
      if (!item) {
        yield response.errors([{ code: 'idDoesNotExist', message: 'No item has this identifier.' }]);
        return;
      }
    }
    if (repository.formats.length === 0) {
      yield response.errors([{ code: 'noMetadataFormats', message: 'No metadata formats are available.' }]);
      return;
    }
    xml.start('ListMetadataFormats');
    for (const format of repository.formats) {
      xml.start('metadataFormat');
      xml.element('metadataPrefix', undefined, format.prefix);
      xml.element('schema', undefined, format.schema);
      xml.element('metadataNamespace', undefined, format.namespace);
      xml.end();
    }
    xml.end();
    yield xml.finish();
    return;
  }

  if (verb === 'GetRecord') {
    const localId = localIdOf(options.host, args.identifier ?? '');
    const item = localId === null ? null : await repository.getItem(localId);
    if (!item) {
      yield response.errors([{ code: 'idDoesNotExist', message: 'No item has this identifier.' }]);
      return;
    }
    if (!supported(repository, args.metadataPrefix)) {
      yield response.errors([{ code: 'cannotDisseminateFormat', message: 'This metadata format is not supported.' }]);
      return;
    }
    xml.start('GetRecord');
    writeRecord(xml, options.host, item);
    xml.end();
    yield xml.finish();
    return;
  }

  const plan = await planList(repository, options, verb, args, now);
  if ('errors' in plan) {
    yield response.errors(plan.errors);
    return;
  }
  const { state } = plan;

  if (verb === 'ListSets') {
    const sets = (await repository.listSets?.()) ?? [];
    const page = sets.slice(state.cursor, state.cursor + options.pageSize);
    if (page.length === 0) {
      yield response.errors([{ code: 'badResumptionToken', message: 'The list this token continues has changed.' }]);
      return;
    }
    xml.start('ListSets').newline();
    for (const set of page) {
      xml.start('set').element('setSpec', undefined, set.spec).element('setName', undefined, set.name).end().newline();
    }
    const current = { ...state, total: sets.length };
    const more = state.cursor + page.length < sets.length;
    writeToken(xml, options, now, current, plan.resumed, more ? { ...current, cursor: state.cursor + page.length } : null);
    yield xml.finish();
    return;
  }

  const filter: OaiFilter = {
    from: state.from === undefined ? undefined : (parseDatestamp(state.from) as Datestamp).start,
    until: state.until === undefined ? state.frozenAt : minIso((parseDatestamp(state.until) as Datestamp).end, state.frozenAt),
    set: state.set,
  };
  // One more than a page tells whether another page follows without a second count.
  const items = await repository.pageItems(filter, state.after ?? null, options.pageSize + 1);
  if (items.length === 0) {
    yield response.errors([{ code: 'noRecordsMatch', message: 'No records match the request.' }]);
    return;
  }
  const page = items.slice(0, options.pageSize);
  const withRecords = verb === 'ListRecords';
  xml.start(verb).newline();
  yield xml.take();
  for (const item of page) {
    if (withRecords) {
      writeRecord(xml, options.host, item);
    } else {
      writeHeader(xml, options.host, item);
      xml.newline();
    }
    yield xml.take();
  }
  const last = page[page.length - 1] as OaiItem;
  const next: TokenState | null = items.length > options.pageSize ? { ...state, cursor: state.cursor + page.length, after: [last.datestamp, last.id] } : null;
  writeToken(xml, options, now, state, plan.resumed, next);
  yield xml.finish();
}

function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

/** The state of a list request: from its token, or from its arguments with the list counted once. */
async function planList(
  repository: OaiRepository,
  options: OaiOptions,
  verb: 'ListSets' | 'ListIdentifiers' | 'ListRecords',
  args: Args,
  now: Date,
): Promise<ListPlan | { errors: OaiError[] }> {
  if (args.resumptionToken !== undefined) {
    const state = decodeToken(args.resumptionToken, now);
    if (!state || state.verb !== verb) {
      return { errors: [{ code: 'badResumptionToken', message: 'The resumption token is invalid or has expired.' }] };
    }
    return { state, resumed: true };
  }
  if (repository.listSets === null && (verb === 'ListSets' || args.set !== undefined)) {
    return { errors: [{ code: 'noSetHierarchy', message: 'This repository does not support sets.' }] };
  }
  const base = { frozenAt: now.toISOString(), expires: new Date(now.getTime() + options.tokenTtlMs).toISOString(), cursor: 0, total: 0 };
  if (verb === 'ListSets') {
    return { state: { verb, ...base }, resumed: false };
  }
  if (!supported(repository, args.metadataPrefix)) {
    return { errors: [{ code: 'cannotDisseminateFormat', message: 'This metadata format is not supported.' }] };
  }
  const state: TokenState = { verb, metadataPrefix: args.metadataPrefix, from: args.from, until: args.until, set: args.set, ...base };
  const from = args.from === undefined ? undefined : (parseDatestamp(args.from) as Datestamp).start;
  const until = args.until === undefined ? base.frozenAt : minIso((parseDatestamp(args.until) as Datestamp).end, base.frozenAt);
  const total = await repository.countItems({ from, until, set: args.set });
  if (total === 0) {
    return { errors: [{ code: 'noRecordsMatch', message: 'No records match the request.' }] };
  }
  return { state: { ...state, total }, resumed: false };
}

/**
 * The resumptionToken element (§3.5): a token for the next page with the list's size and this
 * page's cursor, or an empty element closing a list that was resumed.
 */
function writeToken(xml: XmlWriter, options: OaiOptions, now: Date, state: TokenState, resumed: boolean, next: TokenState | null): void {
  if (next) {
    const expires = new Date(now.getTime() + options.tokenTtlMs).toISOString();
    xml.element('resumptionToken', { completeListSize: state.total, cursor: state.cursor, expirationDate: toDatestamp(expires) }, encodeToken({ ...next, expires }));
  } else if (resumed) {
    xml.element('resumptionToken', { completeListSize: state.total, cursor: state.cursor });
  }
  xml.newline();
}
