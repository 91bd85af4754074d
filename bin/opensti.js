#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step for the server): tsx compiles on load.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) {
      process.exit(code);
    }
  },
  (error) => {
    // eslint-disable-next-line no-console -- the command line reports its own failure
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
