import { apiBenchmark } from './api.bench.ts';
import { directorySearchBenchmark } from './directory-search.bench.ts';

/** Every benchmark by name; `npm run bench -- <name>` runs one, `npm run bench` runs all. */
const benchmarks: Record<string, () => Promise<void>> = {
  api: apiBenchmark,
  'directory-search': directorySearchBenchmark,
};

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = requested.length > 0 ? requested : Object.keys(benchmarks);
for (const name of names) {
  const run = benchmarks[name];
  if (!run) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  console.log(`# ${name}`);
  await run();
}
