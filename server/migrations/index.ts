import type { AppMigration } from '../platform/db/migrator.ts';
import { platform } from './20261128_0001_platform.ts';
import { search } from './20261128_0002_search.ts';
import { directory } from './20261128_0003_directory.ts';
import { jobsMail } from './20261128_0004_jobs_mail.ts';
import { userSearch } from './20261128_0005_user_search.ts';
import { programs } from './20261128_0006_programs.ts';
import { library } from './20261128_0007_library.ts';
import { programsMore } from './20261128_0008_programs_more.ts';
import { programsRounds } from './20261128_0009_programs_rounds.ts';
import { programsDashboard } from './20261128_0010_programs_dashboard.ts';
import { searchEngine } from './20261128_0011_search_engine.ts';

/** Append-only: a released migration is never edited, only followed by a new one. */
export const migrations: readonly AppMigration[] = [platform, search, directory, jobsMail, userSearch, programs, library, programsMore, programsRounds, programsDashboard, searchEngine];
