import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../../common/contracts/errors.ts';
import { t } from '../../../common/i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../common/i18n/locale.ts';
import { AppError } from '../errors.ts';

/** Maps errors raised by Fastify itself (body parsing, limits) to our stable codes. */
function fromFastifyError(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 415);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('payload_too_large', 413);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid_json', 400);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 415);
    default:
      break;
  }
  if (error instanceof SyntaxError) {
    return new AppError('invalid_json', 400);
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode === 404 ? 'not_found' : 'validation_failed', error.statusCode);
  }
  return null;
}

export function problemFor(error: AppError, request: FastifyRequest): Problem {
  const locale = request.ctx?.locale ?? DEFAULT_LOCALE;
  return {
    type: `https://opensti.org/problems/${error.code}`,
    title: t(locale, `errors.${error.code}`, error.params),
    status: error.status,
    code: error.code,
    ...(error.detail && error.detail !== error.code ? { detail: error.detail } : {}),
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    requestId: request.id,
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  if (error.headers) {
    void reply.headers(error.headers);
  }
  return reply.code(error.status).type('application/problem+json; charset=utf-8').send(problemFor(error, request));
}

/** Fastify error handler: known errors become problems; anything else is logged and hidden behind a 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = error instanceof AppError ? error : fromFastifyError(error);
  if (known) {
    return sendProblem(reply, request, known);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, new AppError('internal_error', 500));
}
