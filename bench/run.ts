import { apiBenchmark } from './api.bench.ts';
import { dashboardBenchmark } from './dashboard.ts';
import { directorySearchBenchmark } from './directory-search.bench.ts';
import { searchBenchmark } from './search.ts';

/** Every benchmark by name; `npm run bench -- <name>` runs one, `npm run bench` runs all. */
const benchmarks: Record<string, () => Promise<void>> = {
  api: apiBenchmark,
  dashboard: dashboardBenchmark,
  'directory-search': directorySearchBenchmark,
  search: searchBenchmark,
};

// Options are `--name value` or `--name=value`; neither part is a benchmark name.
const requested = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('-') && !(all[i - 1]?.startsWith('--') && !all[i - 1]?.includes('=')));
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
