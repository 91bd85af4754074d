import { z } from 'zod';
import type { LibraryBrowseDimension, TLibraryBrowse, TLibraryRecordInput, TLibrarySearchQuery, TLibrarySearchResult } from '../../../common/contracts/library.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { JobDefinition } from '../../platform/jobs/types.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { seedDemoLibrary } from './demo/seed-demo.ts';
import { extractTextJob } from './extract/extract-job.ts';
import { createLibrarySearchService } from './library-search.service.ts';
import { libraryRoutes } from './library.routes.ts';
import { exchangeRoutes, registerExchange } from './portal/exchange.ts';
import { createLibraryService, REINDEX_JOB, type ImportOptions } from './library.service.ts';
import './library.tables.ts';

/**
 * The electronic S&T library (seed §II.3): deposit and curation of result records, their files and
 * extracted text, search over both, and the functions OAI-PMH, the portal and bulk transfer use.
 */

export { ZLibraryRecordInput, type TLibraryRecordInput } from '../../../common/contracts/library.ts';
export { recordToDublinCore, type DublinCore } from './library.dublin-core.ts';
export {
  earliestDatestamp,
  findHarvestRecord,
  findPublicRecord,
  isOpenRecord,
  listRecordsForHarvest,
  type HarvestItem,
  type HarvestQuery,
  type HarvestSet,
} from './library.harvest.ts';
export { LIBRARY_RESOURCE } from './library.search.ts';
export { visibilityOf as librarySearchVisibility } from './library-search.service.ts';
export { writePdf } from './demo/pdf-writer.ts';
export type { ImportOptions } from './library.service.ts';
export type { RecordRow as LibraryRecordRow } from './library.repository.ts';

/**
 * Creates or updates the record with `input.externalId` as `actor` (deposit rights required; curate
 * rights to import straight to `published`), so a re-run of an import changes nothing. Throws the
 * same AppErrors as the API (400 with field errors, 403, 409 for an identifier held by another record).
 */
export function upsertRecordFromImport(
  platform: Platform,
  actor: Actor,
  input: TLibraryRecordInput & { externalId: string },
  options: ImportOptions & { requestId?: string | null } = {},
): Promise<{ id: string; created: boolean }> {
  return createLibraryService(platform).upsertFromImport({ actor, requestId: options.requestId ?? null }, input, options);
}

/** The library search of `GET /api/v1/library/search`, as `actor` may see it (for server-rendered pages). */
export function searchLibrary(platform: Platform, actor: Actor, query: TLibrarySearchQuery): Promise<TLibrarySearchResult> {
  return createLibrarySearchService(platform).search({ actor, requestId: null }, query);
}

/** Counts of the records `actor` may see by one dimension (browse pages). */
export function browseLibrary(platform: Platform, actor: Actor, dimension: LibraryBrowseDimension): Promise<TLibraryBrowse> {
  return createLibrarySearchService(platform).browse({ actor, requestId: null }, dimension);
}

function reindexJob(platform: Platform): JobDefinition<{ recordId: string }> {
  return {
    kind: REINDEX_JOB,
    payload: z.object({ recordId: z.uuid() }),
    // An embargo ended (or a record changed outside a request): the index catches up.
    run: async ({ recordId }) => {
      await createLibraryService(platform).reindex([recordId]);
      return { recordId };
    },
  };
}

export const libraryModule: ModuleManifest = {
  name: 'library',
  routes: (platform) => [...libraryRoutes(createLibraryService(platform), createLibrarySearchService(platform), platform.files.uploadMaxBytes), ...exchangeRoutes(platform)],
  register: (platform) => {
    platform.jobs.define(extractTextJob(platform));
    platform.jobs.define(reindexJob(platform));
    registerExchange(platform);
  },
  seedDemo: (platform) => seedDemoLibrary(platform),
};
