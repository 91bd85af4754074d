import type { IndicatorMethod, TIndicator, TIndicatorInput, TIndicatorListQuery, TIndicatorUpdate } from '../../../../common/contracts/programs.ts';
import type { Page } from '../../../../common/contracts/text.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import { authorize } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { badRequest, conflict, notFound, type FieldError } from '../../../platform/errors.ts';
import type { IndicatorRegistry } from '../../../platform/indicators/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { duplicateCode, fieldError } from '../programs.errors.ts';
import { presentIndicator } from '../programs.presenter.ts';
import { indicatorsByCodes, indicatorsByIds, type IndicatorRow } from '../programs.repository.ts';
import { indicatorsWithInputs } from '../programs.service.ts';
import { listIndicators, placementsOfProgramsUsing } from './indicators.repository.ts';

export interface IndicatorRules {
  method: IndicatorMethod;
  computation: string | null;
  hasNumerator: boolean;
  hasDenominator: boolean;
  hasMultiplier: boolean;
}

/**
 * What a definition must hold for its method: a ratio names a numerator and a denominator (and
 * may scale by a multiplier); a computed indicator names a computation some module registered; a
 * reported one names neither. Returns every problem, addressed under `path`.
 */
export function indicatorRuleErrors(rules: IndicatorRules, registry: IndicatorRegistry, locale: Locale, path: string, names = { numerator: 'numeratorId', denominator: 'denominatorId' }): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string) => `${path}.${field}`;
  if (rules.method === 'ratio') {
    if (!rules.hasNumerator) {
      errors.push(fieldError(locale, at(names.numerator), 'ratio_inputs_required'));
    }
    if (!rules.hasDenominator) {
      errors.push(fieldError(locale, at(names.denominator), 'ratio_inputs_required'));
    }
  } else {
    if (rules.hasNumerator) {
      errors.push(fieldError(locale, at(names.numerator), 'ratio_inputs_forbidden'));
    }
    if (rules.hasDenominator) {
      errors.push(fieldError(locale, at(names.denominator), 'ratio_inputs_forbidden'));
    }
    if (rules.hasMultiplier) {
      errors.push(fieldError(locale, at('multiplier'), 'ratio_inputs_forbidden'));
    }
  }
  if (rules.method === 'computed') {
    if (!rules.computation) {
      errors.push(fieldError(locale, at('computation'), 'computation_required'));
    } else if (!registry.has(rules.computation)) {
      errors.push(fieldError(locale, at('computation'), 'computation_unknown'));
    }
  } else if (rules.computation) {
    errors.push(fieldError(locale, at('computation'), 'computation_forbidden'));
  }
  return errors;
}

/** True when following numerators and denominators from `inputs` leads back to `id`. */
export async function ratioReaches(executor: Executor, id: string, inputs: readonly string[]): Promise<boolean> {
  if (inputs.includes(id)) {
    return true;
  }
  const reachable = await indicatorsWithInputs(executor, inputs);
  return reachable.has(id);
}

export function createIndicatorService(platform: Platform) {
  const { db } = platform;

  async function checkDefinition(executor: Executor, ctx: AuditContext, id: string, row: IndicatorRow): Promise<void> {
    const locale = ctx.actor.locale;
    const errors = indicatorRuleErrors(
      { method: row.method, computation: row.computation, hasNumerator: row.numerator_id !== null, hasDenominator: row.denominator_id !== null, hasMultiplier: row.multiplier !== null },
      platform.indicators,
      locale,
      'body',
    );
    const inputs = [row.numerator_id, row.denominator_id].filter((value): value is string => value !== null);
    const known = await indicatorsByIds(executor, inputs);
    if (row.numerator_id && !known.has(row.numerator_id)) {
      errors.push(fieldError(locale, 'body.numeratorId', 'indicator_unknown'));
    }
    if (row.denominator_id && !known.has(row.denominator_id)) {
      errors.push(fieldError(locale, 'body.denominatorId', 'indicator_unknown'));
    }
    if (errors.length === 0 && inputs.length > 0 && (await ratioReaches(executor, id, inputs))) {
      errors.push(fieldError(locale, 'body.numeratorId', 'ratio_cycle'));
    }
    if (errors.length > 0) {
      throw badRequest(errors);
    }
  }

  return {
    async list(_ctx: AuditContext, query: TIndicatorListQuery): Promise<Page<TIndicator>> {
      const { rows, total } = await listIndicators(db, query);
      return { items: rows.map(presentIndicator), total, page: query.page, pageSize: query.pageSize };
    },

    async get(_ctx: AuditContext, id: string): Promise<TIndicator> {
      const row = (await indicatorsByIds(db, [id])).get(id);
      if (!row) {
        throw notFound();
      }
      return presentIndicator(row);
    },

    /** Any holder of `programs.manage` may define an indicator: definitions carry no data of their own. */
    async create(ctx: AuditContext, input: TIndicatorInput): Promise<TIndicator> {
      authorize(ctx.actor, 'programs.manage');
      return db.transaction().execute(async (tx) => {
        if ((await indicatorsByCodes(tx, [input.code])).has(input.code)) {
          throw duplicateCode(ctx.actor.locale, 'body.code');
        }
        const now = nowIso();
        const row: IndicatorRow = {
          id: newId(),
          code: input.code,
          name_vi: input.nameVi,
          name_en: input.nameEn,
          unit: input.unit,
          period_type: input.periodType,
          method: input.method,
          computation: input.computation,
          numerator_id: input.numeratorId,
          denominator_id: input.denominatorId,
          multiplier: input.multiplier,
          aggregation: input.aggregation,
          decimals: input.decimals,
          national_code: input.nationalCode,
          description: input.description,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await checkDefinition(tx, ctx, row.id, row);
        await tx.insertInto('indicators').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.indicator.create', subjectType: 'indicator', subjectId: row.id, after: row });
        return presentIndicator(row);
      });
    },

    /** Changing a definition changes every program that measures it: the actor must manage all of them. */
    async update(ctx: AuditContext, id: string, input: TIndicatorUpdate): Promise<TIndicator> {
      authorize(ctx.actor, 'programs.manage');
      return db.transaction().execute(async (tx) => {
        const current = (await indicatorsByIds(tx, [id])).get(id);
        if (!current) {
          throw notFound();
        }
        for (const placement of await placementsOfProgramsUsing(tx, id)) {
          authorize(ctx.actor, 'programs.manage', placement);
        }
        const next: IndicatorRow = {
          ...current,
          code: input.code ?? current.code,
          name_vi: input.nameVi ?? current.name_vi,
          name_en: input.nameEn ?? current.name_en,
          unit: input.unit ?? current.unit,
          period_type: input.periodType ?? current.period_type,
          method: input.method ?? current.method,
          computation: input.computation === undefined ? current.computation : input.computation,
          numerator_id: input.numeratorId === undefined ? current.numerator_id : input.numeratorId,
          denominator_id: input.denominatorId === undefined ? current.denominator_id : input.denominatorId,
          multiplier: input.multiplier === undefined ? current.multiplier : input.multiplier,
          aggregation: input.aggregation ?? current.aggregation,
          decimals: input.decimals ?? current.decimals,
          national_code: input.nationalCode === undefined ? current.national_code : input.nationalCode,
          description: input.description === undefined ? current.description : input.description,
          version: current.version + 1,
          updated_at: nowIso(),
        };
        await checkDefinition(tx, ctx, id, next);
        if (input.version !== current.version) {
          throw conflict('stale_version');
        }
        if (next.code !== current.code && (await indicatorsByCodes(tx, [next.code])).has(next.code)) {
          throw duplicateCode(ctx.actor.locale, 'body.code');
        }
        const { id: _id, created_at: _created, ...changes } = next;
        const updated = await tx.updateTable('indicators').set(changes).where('id', '=', id).where('version', '=', current.version).executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) {
          throw conflict('stale_version');
        }
        await recordAudit(tx, ctx, { action: 'programs.indicator.update', subjectType: 'indicator', subjectId: id, before: current, after: next });
        return presentIndicator(next);
      });
    },
  };
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
