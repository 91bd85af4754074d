import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

const require = createRequire(import.meta.url);

function safeRelative(wildcard: string): string | null {
  const cleaned = normalize(decodeURIComponent(wildcard)).replace(/^([/\\])+/, '');
  if (cleaned.startsWith('..') || cleaned.includes(`${sep}..${sep}`) || cleaned.includes('\0')) {
    return null;
  }
  return cleaned;
}

/**
 * Serves the built web app (hashed assets cached for a year, everything else falls back to
 * index.html so client-side routes load) and the interactive API page at /api/docs.
 */
export async function installWebAssets(app: FastifyInstance, options: { webRoot: string }): Promise<void> {
  await app.register(fastifyStatic, { root: options.webRoot, serve: false });
  const swaggerRoot = dirname(require.resolve('swagger-ui-dist/package.json'));
  const indexFile = join(options.webRoot, 'index.html');

  const sendIndex = (reply: FastifyReply) => {
    if (!existsSync(indexFile)) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app has not been built yet: run `npm run build` (npm start does it for you).');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', options.webRoot);
  };

  app.get('/api/docs', { config: { access: 'public' } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OpenSTI API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`),
  );
  app.get('/api/docs/assets/init.js', { config: { access: 'public' } }, (_request, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .send("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', withCredentials: true });"),
  );
  app.get<{ Params: { '*': string } }>('/api/docs/assets/*', { config: { access: 'public' } }, (request, reply) => {
    const file = safeRelative(request.params['*']);
    if (!file || !/^swagger-ui(-bundle)?\.(js|css)$/.test(file)) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'public, max-age=86400').sendFile(file, swaggerRoot);
  });

  app.get<{ Params: { '*': string } }>('/*', { config: { access: 'public' } }, (request, reply) => {
    const wildcard = request.params['*'];
    if (wildcard.startsWith('api/') || wildcard === 'api') {
      return reply.callNotFound();
    }
    const file = safeRelative(wildcard);
    if (file && file !== '' && file !== 'index.html' && existsSync(join(options.webRoot, file))) {
      const immutable = file.startsWith(`assets${sep}`) || file.startsWith('assets/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
        .sendFile(file, options.webRoot);
    }
    return sendIndex(reply);
  });
}
