import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layering from './eslint-boundaries.js';

// Only the layering rule, without type information, so sample files need not exist on disk.
const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { layering },
      rules: { 'layering/boundaries': 'error' },
    },
  ],
});

async function messagesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layering/boundaries').map((m) => m.message);
}

describe('the layering rule', () => {
  it("refuses a module reaching into another module's files, at any depth", async () => {
    const code = "import { x } from '../directory/people.repository.ts';\nexport const y = x;\n";
    expect(await messagesFor('server/modules/accounts/sample.ts', code)).toEqual([
      "Modules meet only through each other's index.ts (server/modules/directory/index.ts).",
    ]);
    const deeper = "import { x } from '../../directory/reference/csv.ts';\nexport const y = x;\n";
    expect(await messagesFor('server/modules/accounts/sub/sample.ts', deeper)).toHaveLength(1);
  });

  it('allows index.ts, the platform, common and files of the same module', async () => {
    const code = [
      "import { a } from '../directory/index.ts';",
      "import { b } from '../../platform/errors.ts';",
      "import { c } from '../../../common/i18n/index.ts';",
      "import { d } from './reference/csv.ts';",
      'export const all = [a, b, c, d];',
    ].join('\n');
    expect(await messagesFor('server/modules/directory/sample.ts', code.replace("'../directory/index.ts'", "'../accounts/index.ts'"))).toEqual([]);
  });

  it('keeps the platform, common and the web app on their side', async () => {
    expect(await messagesFor('server/platform/sample.ts', "import { a } from '../modules/directory/index.ts';\nexport const b = a;\n")).toEqual([
      'platform/ never imports modules/.',
    ]);
    expect(await messagesFor('common/sample.ts', "import { a } from '../server/platform/errors.ts';\nexport const b = a;\n")).toEqual([
      'common/ is shared by server and web and imports neither.',
    ]);
    expect(await messagesFor('web/src/sample.ts', "import { a } from '../../server/platform/errors.ts';\nexport const b = a;\n")).toEqual([
      'The web app reaches the server only through common/contracts and HTTP.',
    ]);
  });
});
