import type { TDrilldown, TDrilldownQuery, TIndicatorValue, TIndicatorValueListQuery, TRatioInput } from '../../../../common/contracts/programs.ts';
import type { Page } from '../../../../common/contracts/text.ts';
import { can, scopeOf } from '../../../platform/access/policy.ts';
import type { AuditContext } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { fromJson } from '../../../platform/db/json.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { presentIndicator, presentValue } from '../programs.presenter.ts';
import { indicatorsByIds, jurisdictionsByIds, organisationsByIds } from '../programs.repository.ts';
import { findValue, listValues, valuesByIds } from './values.repository.ts';

interface ComputedProvenance {
  method: 'computed';
  computation: string;
  jurisdictionPath: string;
  periodStart: string;
  periodEnd: string;
}

interface RatioSide {
  indicatorId: string;
  value: number;
  valueIds: string[];
}

interface RatioProvenance {
  method: 'ratio';
  numerator: RatioSide;
  denominator: RatioSide;
}

type Provenance = ComputedProvenance | RatioProvenance | { method?: undefined };

/**
 * What stands behind a value: for a computed one, the records its computation counted (the same
 * scope it was computed with, read from its provenance); for a ratio, the two figures and the
 * stored values they came from. Readers need `programs.read` where the value sits.
 */
export function createDrilldownService(platform: Platform) {
  const { db } = platform;

  async function ratioSide(executor: Executor, side: RatioSide): Promise<TRatioInput | null> {
    const [indicators, values] = await Promise.all([indicatorsByIds(executor, [side.indicatorId]), valuesByIds(executor, side.valueIds)]);
    const indicator = indicators.get(side.indicatorId);
    return indicator ? { indicator: presentIndicator(indicator), value: side.value, values: values.map(presentValue) } : null;
  }

  return {
    /** An indicator's stored values where the actor may read them (404 for an unknown indicator). */
    async values(ctx: AuditContext, indicatorId: string, query: TIndicatorValueListQuery): Promise<Page<TIndicatorValue>> {
      if (!(await indicatorsByIds(db, [indicatorId])).has(indicatorId)) {
        throw notFound();
      }
      const place = query.jurisdictionId ? (await jurisdictionsByIds(db, [query.jurisdictionId])).get(query.jurisdictionId) : undefined;
      if (query.jurisdictionId && !place) {
        return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      }
      const { rows, total } = await listValues(db, {
        indicatorId,
        scope: scopeOf(ctx.actor, 'programs.read'),
        jurisdictionPath: place?.path,
        organisationId: query.organisationId,
        source: query.source,
        from: query.from,
        to: query.to,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: rows.map(presentValue), total, page: query.page, pageSize: query.pageSize };
    },

    async drilldown(ctx: AuditContext, valueId: string, query: TDrilldownQuery): Promise<TDrilldown> {
      const value = await findValue(db, valueId);
      if (!value) {
        throw notFound();
      }
      const [places, units, indicators] = await Promise.all([
        jurisdictionsByIds(db, [value.jurisdiction_id]),
        organisationsByIds(db, value.organisation_id ? [value.organisation_id] : []),
        indicatorsByIds(db, [value.indicator_id]),
      ]);
      const place = places.get(value.jurisdiction_id);
      const indicator = indicators.get(value.indicator_id);
      const placement = { jurisdictionPath: place?.path ?? '', organisationPath: value.organisation_id ? (units.get(value.organisation_id)?.path ?? null) : null };
      if (!place || !indicator || !can(ctx.actor, 'programs.read', placement)) {
        throw notFound();
      }
      const provenance = fromJson<Provenance>(value.provenance, {});
      const out: TDrilldown = { value: presentValue(value), indicator: presentIndicator(indicator), records: null, numerator: null, denominator: null };
      if (provenance.method === 'computed') {
        const computation = platform.indicators.get(provenance.computation);
        if (computation) {
          const page = await computation.records(db, {
            jurisdictionPath: provenance.jurisdictionPath,
            periodStart: provenance.periodStart,
            periodEnd: provenance.periodEnd,
            page: query.page,
            pageSize: query.pageSize,
          });
          out.records = { ...page, page: query.page, pageSize: query.pageSize };
        }
      } else if (provenance.method === 'ratio') {
        [out.numerator, out.denominator] = await Promise.all([ratioSide(db, provenance.numerator), ratioSide(db, provenance.denominator)]);
      }
      return out;
    },
  };
}
