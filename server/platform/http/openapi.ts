import { z } from 'zod';
import { ERROR_CODES } from '../../../common/contracts/errors.ts';
import type { AnyRoute } from './route.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Transforms and refinements have no JSON Schema form; the schema of their input/output side is documented.
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) {
    return [];
  }
  const json = toSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'requestId'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string', description: 'Localised (Vietnamese by default, English with Accept-Language: en)' },
    status: { type: 'integer' },
    code: { type: 'string', enum: [...ERROR_CODES] },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string' },
  },
};

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApi(routes: readonly AnyRoute[], info: { version: string; serverUrl: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const successStatus = String(route.status ?? 200);
    const success: JsonSchema =
      successStatus === '204'
        ? { description: 'No content' }
        : {
            description: 'Success',
            content: route.raw
              ? { [route.produces ?? 'application/octet-stream']: {} }
              : { 'application/json': { schema: route.response ? toSchema(route.response, 'output') : {} } },
          };
    const operation: JsonSchema = {
      summary: route.summary,
      tags: route.tags,
      operationId: `${route.method.toLowerCase()}${path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      'x-access': route.access,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      responses: {
        [successStatus]: success,
        default: { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
    if (route.body) {
      operation['requestBody'] = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    } else if (route.consumes === 'multipart') {
      operation['requestBody'] = { required: true, content: { 'multipart/form-data': { schema: { type: 'object' } } } };
    }
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OpenSTI API',
      version: info.version,
      description:
        'REST API of OpenSTI. State-changing requests need the session cookie and the CSRF token: send the value of the `opensti_csrf` cookie (set by any page and by `GET /api/v1/auth/session`) in the `x-csrf-token` header. Errors are application/problem+json with a stable `code`.',
    },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'opensti_session' } },
    },
  };
}
