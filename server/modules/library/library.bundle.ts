import type { Executor } from '../../platform/db/client.ts';
import {
  contributorsOf,
  fieldCodesOf,
  fieldRefs,
  filesOf,
  organisationRefs,
  personRefs,
  placesOf,
  programRefs,
  type ContributorRow,
  type LibraryFileRow,
  type RecordPlace,
  type RecordRow,
} from './library.repository.ts';

export interface StoredFileRef {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
}

/** A record with everything that hangs off it, loaded for many records in a fixed number of queries. */
export interface RecordBundle {
  row: RecordRow;
  place: RecordPlace;
  contributors: ContributorRow[];
  fieldCodes: string[];
  files: LibraryFileRow[];
}

export interface BundleRefs {
  organisations: Awaited<ReturnType<typeof organisationRefs>>;
  people: Awaited<ReturnType<typeof personRefs>>;
  fields: Awaited<ReturnType<typeof fieldRefs>>;
  programs: Awaited<ReturnType<typeof programRefs>>;
  storedFiles: Map<string, StoredFileRef>;
}

export async function loadBundles(executor: Executor, rows: readonly RecordRow[], options: { withText?: boolean } = {}): Promise<RecordBundle[]> {
  const ids = rows.map((row) => row.id);
  const [places, contributors, fieldCodes, files] = await Promise.all([
    placesOf(executor, rows),
    contributorsOf(executor, ids),
    fieldCodesOf(executor, ids),
    filesOf(executor, ids, options),
  ]);
  return rows.map((row) => ({
    row,
    place: places.get(row.id) ?? { jurisdictionPath: '', organisationPath: null },
    contributors: contributors.get(row.id) ?? [],
    fieldCodes: fieldCodes.get(row.id) ?? [],
    files: files.get(row.id) ?? [],
  }));
}

/** Names of the organisations, people, fields, programs and files the bundles refer to. */
export async function loadRefs(executor: Executor, bundles: readonly RecordBundle[]): Promise<BundleRefs> {
  const organisationIds = bundles.flatMap((bundle) => [
    ...(bundle.row.organisation_id ? [bundle.row.organisation_id] : []),
    ...bundle.contributors.flatMap((contributor) => (contributor.organisation_id ? [contributor.organisation_id] : [])),
  ]);
  const personIds = bundles.flatMap((bundle) => bundle.contributors.flatMap((contributor) => (contributor.person_id ? [contributor.person_id] : [])));
  const fieldCodes = bundles.flatMap((bundle) => bundle.fieldCodes);
  const programIds = bundles.flatMap((bundle) => (bundle.row.program_id ? [bundle.row.program_id] : []));
  const fileIds = bundles.flatMap((bundle) => bundle.files.map((file) => file.file_id));
  const [organisations, people, fields, programs, storedFiles] = await Promise.all([
    organisationRefs(executor, organisationIds),
    personRefs(executor, personIds),
    fieldRefs(executor, fieldCodes),
    programRefs(executor, programIds),
    fileIds.length > 0
      ? executor.selectFrom('files').select(['id', 'file_name', 'media_type', 'size']).where('id', 'in', [...new Set(fileIds)]).execute()
      : Promise.resolve([]),
  ]);
  return { organisations, people, fields, programs, storedFiles: new Map(storedFiles.map((file) => [file.id, file])) };
}

/** The credited name: the directory's current name for linked people, the stored text otherwise. */
export function contributorName(contributor: ContributorRow, refs: Pick<BundleRefs, 'people'>): string {
  return (contributor.person_id ? refs.people.get(contributor.person_id)?.full_name : undefined) ?? contributor.name;
}
