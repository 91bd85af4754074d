import type { FastifyReply, FastifyRequest } from 'fastify';
import { encodeRfc3986 } from './sigv4.ts';
import type { OpenedFile } from './types.ts';

/** An ASCII stand-in for clients that ignore `filename*`: Vietnamese letters lose their marks. */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7E]|["\\%]/gu, '_');
  return plain.trim() === '' ? 'file' : plain;
}

/**
 * `attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf` (RFC 6266 with
 * the RFC 5987 extended parameter, which carries the exact Vietnamese name).
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return `${disposition}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeRfc3986(fileName)}`;
}

function contentType(mediaType: string): string {
  return mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType;
}

/**
 * Sends an opened file as a download. The declared type is the one detected at upload; browsers
 * may not sniff another, may not render it inline, and a sandbox CSP disarms it if opened anyway.
 * The ETag is the content hash, so a repeated download revalidates with a 304.
 */
export function sendStoredFile(request: FastifyRequest, reply: FastifyReply, opened: OpenedFile): FastifyReply {
  const { file, stream } = opened;
  const etag = `"${file.sha256}"`;
  void reply.headers({
    etag,
    'cache-control': file.visibility === 'public' ? 'public, no-cache' : 'private, no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)) {
    stream.destroy();
    return reply.code(304).send();
  }
  return reply
    .code(200)
    .headers({
      'content-type': contentType(file.mediaType),
      'content-length': String(file.size),
      'content-disposition': contentDisposition(file.fileName),
    })
    .send(stream);
}
