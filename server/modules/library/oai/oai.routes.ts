import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { t } from '../../../../common/i18n/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { answerOai, type OaiOptions } from './oai.protocol.ts';
import { libraryOaiRepository } from './oai.repository.ts';

const tags = ['library'];

/** Items per page of ListRecords and ListIdentifiers, and sets per page of ListSets. */
export const OAI_PAGE_SIZE = 100;
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function oaiOptions(publicUrl: string): OaiOptions {
  const base = publicUrl.replace(/\/+$/, '');
  return { baseUrl: `${base}/oai`, host: new URL(base).hostname, pageSize: OAI_PAGE_SIZE, tokenTtlMs: TOKEN_TTL_MS };
}

/** The address in `MAIL_FROM` (`Name <address>` or a bare address) is where harvesters write to. */
function adminEmail(mailFrom: string): string[] {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? (/^[^\s@]+@[^\s@]+$/.test(mailFrom) ? mailFrom : null);
  return address ? [address] : [];
}

function queryPairs(url: string): [string, string][] {
  const index = url.indexOf('?');
  return index < 0 ? [] : [...new URLSearchParams(url.slice(index + 1))];
}

export function oaiRoutes(platform: Platform): AnyRoute[] {
  const options = oaiOptions(platform.config.publicUrl);
  const repository = libraryOaiRepository(platform.db, {
    name: t('vi', 'libraryExchange.repositoryName'),
    adminEmails: adminEmail(platform.config.env.MAIL_FROM),
    portalUrl: platform.config.publicUrl,
  });
  // Protocol errors are part of a 200 response (§3.6); only transport problems use HTTP statuses.
  const answer = (reply: FastifyReply, pairs: [string, string][]) =>
    reply.header('cache-control', 'no-store').type('text/xml; charset=utf-8').send(Readable.from(answerOai(repository, options, pairs)));
  return [
    defineRoute({
      method: 'GET',
      url: '/oai',
      summary: 'OAI-PMH 2.0 endpoint: the six verbs over the published records in oai_dc, with sets by type, field and program',
      tags,
      access: 'public',
      raw: true,
      produces: 'text/xml',
      handler: async ({ request, reply }) => answer(reply, queryPairs(request.url)),
    }),
    defineRoute({
      method: 'POST',
      url: '/oai',
      summary: 'OAI-PMH 2.0 endpoint for requests posted as application/x-www-form-urlencoded',
      tags,
      access: 'public',
      raw: true,
      produces: 'text/xml',
      csrf: 'exempt',
      handler: async ({ request, reply }) => {
        if (typeof request.body !== 'string') {
          throw new AppError('unsupported_media_type', 415);
        }
        return answer(reply, [...new URLSearchParams(request.body)]);
      },
    }),
  ];
}
