import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies are decoded strictly: invalid UTF-8 is refused instead of being silently turned
 * into U+FFFD and stored.
 */
export function installJsonParser(app: FastifyInstance, bodyLimit: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_request, body: Buffer, done) => {
    if (body.length === 0) {
      done(null, {});
      return;
    }
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      done(new AppError('invalid_json', 400, { detail: 'The body is not valid UTF-8' }), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError('invalid_json', 400), undefined);
    }
  });
}

/**
 * Form posts arrive as their raw text; the few routes that take them (OAI-PMH) read the pairs
 * themselves, since repeated keys matter to them. Any other route refuses the string on validation.
 */
export function installFormParser(app: FastifyInstance, bodyLimit: number): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    done(null, body);
  });
}
