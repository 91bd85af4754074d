import { describe, expect, it } from 'vitest';
import {
  amzDate,
  buildCanonicalRequest,
  canonicalQuery,
  canonicalUri,
  EMPTY_PAYLOAD_SHA256,
  encodeRfc3986,
  signingKey,
  signRequest,
  type Credentials,
} from './sigv4.ts';
import { sha256Hex } from './sha.ts';

// The example keys and requests of the AWS Signature Version 4 documentation (Amazon S3 API
// reference, "Signature calculations for the Authorization header", and the general SigV4 guide).
const S3_EXAMPLE: Credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const S3_DATE = new Date(Date.UTC(2013, 4, 24, 0, 0, 0));
const S3_HOST = 'https://examplebucket.s3.amazonaws.com';

function signS3(method: string, path: string, headers: Record<string, string>, payloadHash: string) {
  return signRequest(
    { method, url: new URL(`${S3_HOST}${path}`), headers: { ...headers, 'x-amz-content-sha256': payloadHash }, payloadHash },
    { credentials: S3_EXAMPLE, region: 'us-east-1', service: 's3', date: S3_DATE },
  );
}

describe('SigV4 against the published S3 examples', () => {
  it('GET Object with a Range header', () => {
    const signed = signS3('GET', '/test.txt', { Range: 'bytes=0-9' }, EMPTY_PAYLOAD_SHA256);
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/test.txt',
        '',
        'host:examplebucket.s3.amazonaws.com',
        'range:bytes=0-9',
        `x-amz-content-sha256:${EMPTY_PAYLOAD_SHA256}`,
        'x-amz-date:20130524T000000Z',
        '',
        'host;range;x-amz-content-sha256;x-amz-date',
        EMPTY_PAYLOAD_SHA256,
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(
      'AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
    );
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(signed.headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(signed.headers['x-amz-date']).toBe('20130524T000000Z');
    expect(signed.headers).not.toHaveProperty('host');
  });

  it('PUT Object with a $ in the key and a storage class', () => {
    const body = 'Welcome to Amazon S3.';
    const payloadHash = sha256Hex(body);
    expect(payloadHash).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const signed = signS3('PUT', '/test$file.text', { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' }, payloadHash);
    expect(signed.canonicalRequest.split('\n').slice(0, 2)).toEqual(['PUT', '/test%24file.text']);
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET Bucket lifecycle (a value-less query parameter)', () => {
    const signed = signS3('GET', '/?lifecycle', {}, EMPTY_PAYLOAD_SHA256);
    expect(signed.canonicalRequest.split('\n')[2]).toBe('lifecycle=');
    expect(signed.signature).toBe('fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543');
  });

  it('GET Bucket (list objects), with parameters given out of order', () => {
    const signed = signS3('GET', '/?prefix=J&max-keys=2', {}, EMPTY_PAYLOAD_SHA256);
    expect(signed.canonicalRequest.split('\n')[2]).toBe('max-keys=2&prefix=J');
    expect(signed.signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });
});

describe('SigV4 against the general example (IAM ListUsers)', () => {
  const credentials: Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
  const date = new Date(Date.UTC(2015, 7, 30, 12, 36, 0));

  it('derives the documented signing key and signature', () => {
    expect(signingKey(credentials.secretAccessKey, date, 'us-east-1', 'iam').toString('hex')).toBe(
      'c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9',
    );
    const signed = signRequest(
      {
        method: 'GET',
        url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        payloadHash: EMPTY_PAYLOAD_SHA256,
      },
      { credentials, region: 'us-east-1', service: 'iam', date },
    );
    expect(signed.stringToSign.split('\n').at(-1)).toBe('f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59');
    expect(signed.signature).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
  });
});

describe('canonical request pieces', () => {
  it('formats the request time without separators or milliseconds', () => {
    expect(amzDate(new Date('2026-11-28T07:05:09.123Z'))).toBe('20261128T070509Z');
  });

  it('encodes everything but the unreserved characters', () => {
    expect(encodeRfc3986("a b+c/d!'()*~._-é")).toBe('a%20b%2Bc%2Fd%21%27%28%29%2A~._-%C3%A9');
  });

  it('encodes S3 paths once and other services twice, keeping slashes', () => {
    const path = new URL('https://h/Báo cáo/a+b (1).pdf').pathname;
    expect(canonicalUri(path, 's3')).toBe('/B%C3%A1o%20c%C3%A1o/a%2Bb%20%281%29.pdf');
    expect(canonicalUri(path, 'execute-api')).toBe('/B%25C3%25A1o%2520c%25C3%25A1o/a%252Bb%2520%25281%2529.pdf');
    expect(canonicalUri('', 's3')).toBe('/');
  });

  it('sorts query parameters by encoded name, then value', () => {
    expect(canonicalQuery(new URLSearchParams('b=2&a=2&a=1&c%20d=x y'))).toBe('a=1&a=2&b=2&c%20d=x%20y');
  });

  it('lower-cases header names, trims values and collapses inner spaces', () => {
    const request = buildCanonicalRequest(
      'get',
      new URL('https://h.example/'),
      { 'X-Amz-Meta-Note': '  two   spaces  ', Host: 'h.example' },
      EMPTY_PAYLOAD_SHA256,
      's3',
    );
    expect(request).toBe(`GET\n/\n\nhost:h.example\nx-amz-meta-note:two spaces\n\nhost;x-amz-meta-note\n${EMPTY_PAYLOAD_SHA256}`);
  });

  it('signs the host with its port and adds the session token when there is one', () => {
    const signed = signRequest(
      { method: 'HEAD', url: new URL('http://127.0.0.1:9000/bucket/key'), headers: {}, payloadHash: EMPTY_PAYLOAD_SHA256 },
      { credentials: { ...S3_EXAMPLE, sessionToken: 'token/with+chars' }, region: 'ap-southeast-1', service: 's3', date: S3_DATE },
    );
    expect(signed.canonicalRequest).toContain('host:127.0.0.1:9000\n');
    expect(signed.canonicalRequest).toContain('x-amz-security-token:token/with+chars\n');
    expect(signed.headers['x-amz-security-token']).toBe('token/with+chars');
    expect(signed.headers['authorization']).toContain('/20130524/ap-southeast-1/s3/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});
