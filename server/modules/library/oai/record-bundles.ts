import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { loadBundles, loadRefs } from '../library.bundle.ts';
import { presentRecord } from '../library.presenter.ts';
import type { RecordRow } from '../library.repository.ts';

export type { RecordRow };

/** What an anonymous reader may do with a record: nothing but read it. */
const READER = { edit: false, submit: false, curate: false, withdraw: false, seeErrors: false } as const;

/**
 * Records as the public sees them (a tombstone without its abstract and files), for a whole page of
 * rows at once: a fixed number of queries per page, never one per record.
 */
export async function presentPublic(executor: Executor, rows: readonly RecordRow[], locale: Locale = 'vi'): Promise<TLibraryRecord[]> {
  if (rows.length === 0) {
    return [];
  }
  const bundles = await loadBundles(executor, rows);
  const refs = await loadRefs(executor, bundles);
  return bundles.map((bundle) => presentRecord(bundle, refs, locale, READER));
}

/** The page of a record on the public portal. */
export function recordUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/library/records/${id}`;
}
