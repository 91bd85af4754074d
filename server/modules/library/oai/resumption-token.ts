import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * Stateless resumption tokens: the original arguments of the list request, how many items were
 * handed out so far and the sort key of the last one, so any process can continue the list without
 * a session table. The checksum makes a mangled or edited token a `badResumptionToken` rather than
 * a different list; nothing in a token is secret, since it only repeats a public request, so a
 * keyed signature would add nothing.
 */

const ZTokenState = z.object({
  verb: z.enum(['ListIdentifiers', 'ListRecords', 'ListSets']),
  metadataPrefix: z.string().max(100).optional(),
  from: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  set: z.string().max(300).optional(),
  /** Items handed out before the page this token asks for. */
  cursor: z.number().int().min(0),
  /** The size of the whole list, counted when it was first requested. */
  total: z.number().int().min(0),
  /** Sort key (datestamp in milliseconds, id) of the last item handed out. */
  after: z.tuple([z.string().max(40), z.string().max(100)]).optional(),
  /** The list ends at the moment it was first requested, so later changes wait for the next harvest. */
  frozenAt: z.string().max(40),
  expires: z.string().max(40),
});
export type TokenState = z.infer<typeof ZTokenState>;

const CHECK_LENGTH = 16;

function checksum(body: string): string {
  return createHash('sha256').update('opensti-oai-token\n').update(body).digest('base64url').slice(0, CHECK_LENGTH);
}

export function encodeToken(state: TokenState): string {
  const body = Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
  return `${body}.${checksum(body)}`;
}

/** The state a token carries, or null when it was not issued by this repository as it stands or has expired. */
export function decodeToken(token: string, now: Date = new Date()): TokenState | null {
  if (token.length > 4000) {
    return null;
  }
  const [body, check, ...rest] = token.split('.');
  if (!body || !check || rest.length > 0 || checksum(body) !== check) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const state = ZTokenState.safeParse(parsed);
  if (!state.success || state.data.expires < now.toISOString()) {
    return null;
  }
  return state.data;
}
