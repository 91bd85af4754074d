// The layering rules of docs/ARCHITECTURE.md as one ESLint rule: imports are resolved to project
// paths and checked against who may import whom, so relative-path depth cannot hide a violation.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function area(file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'common') {
    return { kind: 'common' };
  }
  if (parts[0] === 'web') {
    return { kind: 'web' };
  }
  if (parts[0] === 'server' && parts[1] === 'platform') {
    return { kind: 'platform' };
  }
  if (parts[0] === 'server' && parts[1] === 'modules' && parts[2]) {
    return { kind: 'module', name: parts[2], entry: parts.length === 4 && parts[3] === 'index.ts' };
  }
  if (parts[0] === 'server') {
    return { kind: 'server' };
  }
  return { kind: 'other' };
}

function violation(from, to) {
  if (from.kind === 'common' && (to.kind !== 'common' && to.kind !== 'other')) {
    return 'common/ is shared by server and web and imports neither.';
  }
  if (from.kind === 'web' && to.kind !== 'web' && to.kind !== 'common' && to.kind !== 'other') {
    return 'The web app reaches the server only through common/contracts and HTTP.';
  }
  if (from.kind === 'platform' && to.kind === 'module') {
    return 'platform/ never imports modules/.';
  }
  if (to.kind === 'module' && !to.entry && !(from.kind === 'module' && from.name === to.name)) {
    return `Modules meet only through each other's index.ts (server/modules/${to.name}/index.ts).`;
  }
  return null;
}

const boundaries = {
  meta: { type: 'problem', schema: [], messages: { crossing: '{{message}}' } },
  create(context) {
    const from = area(context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) {
        return;
      }
      const message = violation(from, area(resolve(dirname(context.filename), source)));
      if (message) {
        context.report({ node: node.source, messageId: 'crossing', data: { message } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { boundaries } };
