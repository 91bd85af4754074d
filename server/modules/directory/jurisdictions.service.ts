import type { TJurisdiction, TJurisdictionListQuery, TStFieldNode } from '../../../common/contracts/directory.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { fieldTree, presentJurisdiction } from './directory.presenter.ts';
import { allFields, findJurisdiction, listJurisdictions } from './jurisdictions.repository.ts';
import type { ServiceContext } from './organisations.service.ts';

/** Reference data is public: these reads take a context only to keep one service shape. */
export function createJurisdictionService(platform: Platform) {
  const { db } = platform;
  return {
    async list(_ctx: ServiceContext, query: TJurisdictionListQuery): Promise<Page<TJurisdiction>> {
      const { rows, total } = await listJurisdictions(db, query);
      return { items: rows.map(presentJurisdiction), total, page: query.page, pageSize: query.pageSize };
    },

    async get(_ctx: ServiceContext, id: string): Promise<TJurisdiction> {
      const row = await findJurisdiction(db, id);
      if (!row) {
        throw notFound();
      }
      return presentJurisdiction(row);
    },

    async fields(_ctx: ServiceContext): Promise<TStFieldNode[]> {
      return fieldTree(await allFields(db));
    },
  };
}

export type JurisdictionService = ReturnType<typeof createJurisdictionService>;
