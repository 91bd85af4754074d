import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for requests signed in the Authorization header. Each step of the
 * algorithm is exported on its own so tests can compare the intermediate strings, not only the
 * final signature, with the published examples.
 */

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Only for temporary credentials; long-lived keys have none. */
  sessionToken?: string;
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Headers to sign besides `host` and `x-amz-date`, which are added here. */
  headers: Record<string, string>;
  /** Hex sha256 of the body (`EMPTY_PAYLOAD_SHA256` for none). */
  payloadHash: string;
}

export interface SigningParameters {
  credentials: Credentials;
  region: string;
  service: string;
  date: Date;
}

export interface SignedRequest {
  /** Every header to send, `authorization` included; `host` is left to the HTTP client. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string): Buffer => createHmac('sha256', key).update(text, 'utf8').digest();

/** `20130524T000000Z` */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Percent-encodes every byte except the RFC 3986 unreserved characters `A-Z a-z 0-9 - . _ ~`. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The path as signed. S3 signs each segment encoded once; other services sign the already
 * encoded path encoded a second time.
 */
export function canonicalUri(pathname: string, service: string): string {
  if (pathname === '') {
    return '/';
  }
  return pathname
    .split('/')
    .map((segment) => {
      const once = encodeRfc3986(safeDecode(segment));
      return service === 's3' ? once : encodeRfc3986(once);
    })
    .join('/');
}

export function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([key, value]) => [encodeRfc3986(key), encodeRfc3986(value)] as const)
    .sort(([ka, va], [kb, vb]) => (ka === kb ? (va < vb ? -1 : va > vb ? 1 : 0) : ka < kb ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/** Lower-case names sorted by code point, values trimmed with inner runs of spaces collapsed. */
export function canonicalHeaders(headers: Record<string, string>): { canonical: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    canonical: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders: entries.map(([name]) => name).join(';'),
  };
}

export function buildCanonicalRequest(method: string, url: URL, headers: Record<string, string>, payloadHash: string, service: string): string {
  const { canonical, signedHeaders } = canonicalHeaders(headers);
  return [method.toUpperCase(), canonicalUri(url.pathname, service), canonicalQuery(url.searchParams), canonical, signedHeaders, payloadHash].join('\n');
}

export function credentialScope(date: Date, region: string, service: string): string {
  return `${amzDate(date).slice(0, 8)}/${region}/${service}/aws4_request`;
}

export function buildStringToSign(date: Date, scope: string, canonicalRequest: string): string {
  return [ALGORITHM, amzDate(date), scope, sha256(canonicalRequest)].join('\n');
}

export function signingKey(secretAccessKey: string, date: Date, region: string, service: string): Buffer {
  const dateKey = hmac(`AWS4${secretAccessKey}`, amzDate(date).slice(0, 8));
  return hmac(hmac(hmac(dateKey, region), service), 'aws4_request');
}

export function signRequest(request: RequestToSign, parameters: SigningParameters): SignedRequest {
  const { credentials, region, service, date } = parameters;
  const extra: Record<string, string> = { 'x-amz-date': amzDate(date) };
  if (credentials.sessionToken) {
    extra['x-amz-security-token'] = credentials.sessionToken;
  }
  const toSend = { ...lowerCaseKeys(request.headers), ...extra };
  const toSign = { host: request.url.host, ...toSend };
  const canonicalRequest = buildCanonicalRequest(request.method, request.url, toSign, request.payloadHash, service);
  const scope = credentialScope(date, region, service);
  const stringToSign = buildStringToSign(date, scope, canonicalRequest);
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, date, region, service)).update(stringToSign, 'utf8').digest('hex');
  const { signedHeaders } = canonicalHeaders(toSign);
  return {
    headers: {
      ...toSend,
      authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    },
    canonicalRequest,
    stringToSign,
    signature,
  };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
