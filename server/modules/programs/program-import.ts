import { ZProgramDocument, type TProgramDocument, type TProgramImportResult } from '../../../common/contracts/programs.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { authorize } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { toJson } from '../../platform/db/json.ts';
import { AppError, notFound, type FieldError } from '../../platform/errors.ts';
import { toFieldErrors } from '../../platform/http/validation.ts';
import type { IndicatorRegistry } from '../../platform/indicators/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { indicatorRuleErrors } from './indicators/indicators.service.ts';
import { MATERIALISE_JOB } from './indicators/job-kinds.ts';
import { fieldError } from './programs.errors.ts';
import { partnerIdsOf } from './programs.presenter.ts';
import {
  actionsOf,
  findProgramRowByCode,
  findProgramWithPlace,
  indicatorsByCodes,
  jurisdictionsByCodes,
  jurisdictionsByIds,
  organisationsByIds,
  organisationsByNames,
  sectionsOf,
  targetsOf,
  type IndicatorRow,
  type PlaceRow,
  type UnitRow,
} from './programs.repository.ts';
import { indicatorsWithInputs } from './programs.service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportOptions {
  dryRun?: boolean;
  /** Queue the materialisation of computed values once the import commits (the HTTP import does). */
  materialise?: boolean;
}

/** Resolves the organisation names and ids a document uses, in two queries. */
async function unitLookup(executor: Executor, references: readonly string[]) {
  const ids = references.filter((reference) => UUID.test(reference));
  const names = references.filter((reference) => !UUID.test(reference));
  const [byId, byName] = await Promise.all([organisationsByIds(executor, ids), organisationsByNames(executor, names)]);
  return (reference: string): UnitRow | 'unknown' | 'ambiguous' => {
    if (UUID.test(reference)) {
      return byId.get(reference) ?? 'unknown';
    }
    const found = byName.get(reference) ?? [];
    return found.length === 1 && found[0] ? found[0] : found.length === 0 ? 'unknown' : 'ambiguous';
  };
}

interface Resolved {
  jurisdiction: PlaceRow;
  owner: UnitRow | null;
  targetPlaces: Map<string, PlaceRow>;
  existingIndicators: Map<string, IndicatorRow>;
  unit: (reference: string) => UnitRow | 'unknown' | 'ambiguous';
}

/** Checks every reference of the document; collects every problem with its path instead of stopping at the first. */
async function validateDocument(executor: Executor, registry: IndicatorRegistry, locale: Locale, doc: TProgramDocument): Promise<{ errors: FieldError[]; resolved: Resolved | null }> {
  const errors: FieldError[] = [];
  const push = (path: string, code: Parameters<typeof fieldError>[2]) => errors.push(fieldError(locale, `body.${path}`, code));
  const unitReferences = [
    ...(doc.program.ownerOrganisation ? [doc.program.ownerOrganisation] : []),
    ...doc.actions.flatMap((action) => [...(action.leadOrganisation ? [action.leadOrganisation] : []), ...action.partnerOrganisations]),
  ];
  const docIndicatorCodes = new Set(doc.indicators.map((indicator) => indicator.code));
  const [places, unit, existingIndicators, taken] = await Promise.all([
    jurisdictionsByCodes(executor, [doc.program.jurisdictionCode, ...doc.targets.flatMap((target) => (target.jurisdictionCode ? [target.jurisdictionCode] : []))]),
    unitLookup(executor, unitReferences),
    indicatorsByCodes(executor, [
      ...docIndicatorCodes,
      ...doc.targets.map((target) => target.indicatorCode),
      ...doc.indicators.flatMap((indicator) => [indicator.numeratorCode, indicator.denominatorCode].filter((code): code is string => code !== null)),
    ]),
    findProgramRowByCode(executor, doc.program.code),
  ]);

  const jurisdiction = places.get(doc.program.jurisdictionCode);
  if (!jurisdiction) {
    push('program.jurisdictionCode', 'jurisdiction_unknown');
  }
  if (taken) {
    push('program.code', 'program_code_taken');
  }
  let owner: UnitRow | null = null;
  if (doc.program.ownerOrganisation) {
    const found = unit(doc.program.ownerOrganisation);
    if (typeof found === 'string') {
      push('program.ownerOrganisation', found === 'unknown' ? 'organisation_unknown' : 'organisation_ambiguous');
    } else {
      owner = found;
    }
  }

  const sectionIndex = new Map<string, number>();
  doc.sections.forEach((section, index) => {
    if (sectionIndex.has(section.ref)) {
      push(`sections.${index}.ref`, 'duplicate_ref');
    } else {
      sectionIndex.set(section.ref, index);
    }
  });
  doc.sections.forEach((section, index) => {
    if (section.parentRef !== null && !sectionIndex.has(section.parentRef)) {
      push(`sections.${index}.parentRef`, 'section_unknown');
    }
  });
  doc.sections.forEach((section, index) => {
    // A section is on a cycle when climbing its parents comes back to it.
    const seen = new Set<string>([section.ref]);
    for (let parent = section.parentRef; parent !== null; ) {
      if (seen.has(parent)) {
        if (parent === section.ref) {
          push(`sections.${index}.parentRef`, 'section_cycle');
        }
        break;
      }
      seen.add(parent);
      const at = sectionIndex.get(parent);
      parent = at === undefined ? null : (doc.sections[at]?.parentRef ?? null);
    }
  });

  const indicatorIndex = new Map<string, number>();
  doc.indicators.forEach((indicator, index) => {
    if (indicatorIndex.has(indicator.code)) {
      push(`indicators.${index}.code`, 'duplicate_code');
      return;
    }
    indicatorIndex.set(indicator.code, index);
    if (existingIndicators.has(indicator.code)) {
      return;
    }
    const path = `body.indicators.${index}`;
    errors.push(
      ...indicatorRuleErrors(
        {
          method: indicator.method,
          computation: indicator.computation,
          hasNumerator: indicator.numeratorCode !== null,
          hasDenominator: indicator.denominatorCode !== null,
          hasMultiplier: indicator.multiplier !== null,
        },
        registry,
        locale,
        path,
        { numerator: 'numeratorCode', denominator: 'denominatorCode' },
      ),
    );
    for (const [field, code] of [['numeratorCode', indicator.numeratorCode], ['denominatorCode', indicator.denominatorCode]] as const) {
      if (code !== null && !docIndicatorCodes.has(code) && !existingIndicators.has(code)) {
        push(`indicators.${index}.${field}`, 'indicator_unknown');
      }
    }
  });
  doc.indicators.forEach((indicator, index) => {
    if (existingIndicators.has(indicator.code) || indicatorIndex.get(indicator.code) !== index) {
      return;
    }
    // Only indicators created by this document can close a loop: stored ones name their inputs by id.
    const pending = [indicator.numeratorCode, indicator.denominatorCode];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const code = pending.pop();
      if (!code || seen.has(code) || existingIndicators.has(code)) {
        continue;
      }
      if (code === indicator.code) {
        push(`indicators.${index}.numeratorCode`, 'ratio_cycle');
        break;
      }
      seen.add(code);
      const at = indicatorIndex.get(code);
      const next = at === undefined ? undefined : doc.indicators[at];
      if (next) {
        pending.push(next.numeratorCode, next.denominatorCode);
      }
    }
  });

  const targetCodes = new Set<string>();
  doc.targets.forEach((target, index) => {
    if (targetCodes.has(target.code)) {
      push(`targets.${index}.code`, 'duplicate_code');
    }
    targetCodes.add(target.code);
    if (!sectionIndex.has(target.sectionRef)) {
      push(`targets.${index}.sectionRef`, 'section_unknown');
    }
    if (!docIndicatorCodes.has(target.indicatorCode) && !existingIndicators.has(target.indicatorCode)) {
      push(`targets.${index}.indicatorCode`, 'indicator_unknown');
    }
    const outside = (year: number) => year < doc.program.startYear || year > doc.program.endYear;
    if (outside(target.startYear)) {
      push(`targets.${index}.startYear`, 'year_outside_program');
    }
    if (outside(Number(target.deadline.slice(0, 4)))) {
      push(`targets.${index}.deadline`, 'year_outside_program');
    }
    if (target.jurisdictionCode && !places.has(target.jurisdictionCode)) {
      push(`targets.${index}.jurisdictionCode`, 'jurisdiction_unknown');
    }
  });

  const actionRefs = new Set<string>();
  doc.actions.forEach((action, index) => {
    if (actionRefs.has(action.ref)) {
      push(`actions.${index}.ref`, 'duplicate_ref');
    }
    actionRefs.add(action.ref);
    if (!sectionIndex.has(action.sectionRef)) {
      push(`actions.${index}.sectionRef`, 'section_unknown');
    }
    if (action.leadOrganisation) {
      const found = unit(action.leadOrganisation);
      if (typeof found === 'string') {
        push(`actions.${index}.leadOrganisation`, found === 'unknown' ? 'organisation_unknown' : 'organisation_ambiguous');
      }
    }
    action.partnerOrganisations.forEach((partner, partnerIndex) => {
      const found = unit(partner);
      if (typeof found === 'string') {
        push(`actions.${index}.partnerOrganisations.${partnerIndex}`, found === 'unknown' ? 'organisation_unknown' : 'organisation_ambiguous');
      }
    });
  });

  return { errors, resolved: jurisdiction ? { jurisdiction, owner, targetPlaces: places, existingIndicators, unit } : null };
}

/** Parents before children, so every parent row exists when its child is inserted. */
function sectionsInTreeOrder(doc: TProgramDocument): TProgramDocument['sections'] {
  const placed = new Set<string>();
  const out: TProgramDocument['sections'] = [];
  let remaining = [...doc.sections];
  while (remaining.length > 0) {
    const ready = remaining.filter((section) => section.parentRef === null || placed.has(section.parentRef));
    for (const section of ready) {
      placed.add(section.ref);
      out.push(section);
    }
    remaining = remaining.filter((section) => !placed.has(section.ref));
  }
  return out;
}

/** Indicators to create, inputs of ratios first (their ids are foreign keys). */
function indicatorsInInputOrder(indicators: TProgramDocument['indicators']): TProgramDocument['indicators'] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const out: TProgramDocument['indicators'] = [];
  const done = new Set<string>();
  const visit = (code: string | null): void => {
    const indicator = code ? byCode.get(code) : undefined;
    if (!indicator || done.has(indicator.code)) {
      return;
    }
    done.add(indicator.code);
    visit(indicator.numeratorCode);
    visit(indicator.denominatorCode);
    out.push(indicator);
  };
  indicators.forEach((indicator) => visit(indicator.code));
  return out;
}

async function writeDocument(tx: Tx, ctx: AuditContext, doc: TProgramDocument, resolved: Resolved): Promise<{ programId: string; created: string[] }> {
  const now = nowIso();
  const indicatorIds = new Map<string, string>([...resolved.existingIndicators].map(([code, row]) => [code, row.id]));
  const created: string[] = [];
  for (const indicator of indicatorsInInputOrder(doc.indicators.filter((entry) => !resolved.existingIndicators.has(entry.code)))) {
    const row: IndicatorRow = {
      id: newId(),
      code: indicator.code,
      name_vi: indicator.nameVi,
      name_en: indicator.nameEn,
      unit: indicator.unit,
      period_type: indicator.periodType,
      method: indicator.method,
      computation: indicator.computation,
      numerator_id: indicator.numeratorCode ? (indicatorIds.get(indicator.numeratorCode) ?? null) : null,
      denominator_id: indicator.denominatorCode ? (indicatorIds.get(indicator.denominatorCode) ?? null) : null,
      multiplier: indicator.multiplier,
      aggregation: indicator.aggregation,
      decimals: indicator.decimals,
      national_code: indicator.nationalCode,
      description: indicator.description,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('indicators').values(row).execute();
    await recordAudit(tx, ctx, { action: 'programs.indicator.create', subjectType: 'indicator', subjectId: row.id, after: row });
    indicatorIds.set(row.code, row.id);
    created.push(row.code);
  }

  const p = doc.program;
  const programId = newId();
  await tx
    .insertInto('programs')
    .values({
      id: programId,
      code: p.code,
      title: p.title,
      title_en: p.titleEn,
      issuing_body: p.issuingBody,
      issued_on: p.issuedOn,
      legal_basis: p.legalBasis,
      summary: p.summary,
      status: p.status,
      start_year: p.startYear,
      end_year: p.endYear,
      jurisdiction_id: resolved.jurisdiction.id,
      owner_organisation_id: resolved.owner?.id ?? null,
      published: p.published ? 1 : 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();

  const order = new Map(doc.sections.map((section, index) => [section.ref, index]));
  const sectionIds = new Map<string, string>();
  for (const section of sectionsInTreeOrder(doc)) {
    const id = newId();
    sectionIds.set(section.ref, id);
    await tx
      .insertInto('program_sections')
      .values({
        id,
        program_id: programId,
        parent_id: section.parentRef ? (sectionIds.get(section.parentRef) ?? null) : null,
        ref: section.ref,
        title: section.title,
        body: section.body,
        sort_order: order.get(section.ref) ?? 0,
      })
      .execute();
  }
  const sectionId = (ref: string): string => sectionIds.get(ref) ?? '';
  if (doc.targets.length > 0) {
    await tx
      .insertInto('program_targets')
      .values(
        doc.targets.map((target, index) => ({
          id: newId(),
          program_id: programId,
          section_id: sectionId(target.sectionRef),
          indicator_id: indicatorIds.get(target.indicatorCode) ?? '',
          code: target.code,
          label: target.label,
          baseline_value: target.baselineValue,
          baseline_year: target.baselineYear,
          target_min: target.targetMin,
          target_max: target.targetMax,
          direction: target.direction,
          applies: target.applies,
          start_year: target.startYear,
          deadline: target.deadline,
          jurisdiction_id: target.jurisdictionCode ? (resolved.targetPlaces.get(target.jurisdictionCode)?.id ?? resolved.jurisdiction.id) : resolved.jurisdiction.id,
          sort_order: index,
        })),
      )
      .execute();
  }
  const unitId = (reference: string): string | null => {
    const found = resolved.unit(reference);
    return typeof found === 'string' ? null : found.id;
  };
  for (const [index, action] of doc.actions.entries()) {
    await tx
      .insertInto('program_actions')
      .values({
        id: newId(),
        program_id: programId,
        section_id: sectionId(action.sectionRef),
        ref: action.ref,
        text: action.text,
        lead_organisation_id: action.leadOrganisation ? unitId(action.leadOrganisation) : null,
        partner_organisation_ids: toJson([...new Set(action.partnerOrganisations.map(unitId).filter((id): id is string => id !== null))]) ?? '[]',
        deadline: action.deadline,
        sort_order: index,
      })
      .execute();
  }
  await recordAudit(tx, ctx, {
    action: 'programs.program.import',
    subjectType: 'program',
    subjectId: programId,
    after: { code: p.code, title: p.title, sections: doc.sections.length, targets: doc.targets.length, actions: doc.actions.length, indicatorsCreated: created },
  });
  return { programId, created };
}

/**
 * Imports a program document as a whole: the shape is checked, then every reference (sections,
 * indicators, jurisdictions, organisations), and any problem fails the import with all of them
 * listed by path (400 `import_invalid`) before anything is written. A dry run stops after the
 * checks and reports what would be created.
 */
export async function importProgram(platform: Platform, ctx: AuditContext, input: unknown, options: ImportOptions = {}): Promise<TProgramImportResult> {
  const parsed = ZProgramDocument.safeParse(input);
  if (!parsed.success) {
    throw new AppError('import_invalid', 400, { fieldErrors: toFieldErrors('body', parsed.error.issues) });
  }
  const doc = parsed.data;
  return platform.db.transaction().execute(async (tx) => {
    const { errors, resolved } = await validateDocument(tx, platform.indicators, ctx.actor.locale, doc);
    if (resolved) {
      authorize(ctx.actor, 'programs.manage', { jurisdictionPath: resolved.jurisdiction.path, organisationPath: resolved.owner?.path ?? null });
    }
    if (errors.length > 0 || !resolved) {
      throw new AppError('import_invalid', 400, { fieldErrors: errors });
    }
    const reused = doc.indicators.filter((indicator) => resolved.existingIndicators.has(indicator.code)).map((indicator) => indicator.code);
    const summary = { code: doc.program.code, sections: doc.sections.length, targets: doc.targets.length, actions: doc.actions.length, indicatorsReused: reused };
    if (options.dryRun) {
      return { dryRun: true, programId: null, indicatorsCreated: doc.indicators.filter((indicator) => !resolved.existingIndicators.has(indicator.code)).map((i) => i.code), ...summary };
    }
    const { programId, created } = await writeDocument(tx, ctx, doc, resolved);
    if (options.materialise) {
      await platform.jobs.enqueue(tx, MATERIALISE_JOB, { programId }, { createdBy: ctx.actor.userId });
    }
    return { dryRun: false, programId, indicatorsCreated: created, ...summary };
  });
}

/** The program as an import document: the same shape `importProgram` reads, so a program round-trips. */
export async function exportProgram(executor: Executor, programId: string): Promise<TProgramDocument> {
  const program = await findProgramWithPlace(executor, programId);
  if (!program) {
    throw notFound();
  }
  const [sections, targets, actions] = await Promise.all([sectionsOf(executor, programId), targetsOf(executor, programId), actionsOf(executor, programId)]);
  const indicators = await indicatorsWithInputs(executor, targets.map((target) => target.indicator_id));
  const unitIds = [
    ...(program.owner_organisation_id ? [program.owner_organisation_id] : []),
    ...actions.flatMap((action) => [...(action.lead_organisation_id ? [action.lead_organisation_id] : []), ...partnerIdsOf(action)]),
  ];
  const [units, places] = await Promise.all([organisationsByIds(executor, unitIds), jurisdictionsByIds(executor, targets.map((target) => target.jurisdiction_id))]);
  const sectionRef = new Map(sections.map((section) => [section.id, section.ref]));
  const codeOf = (id: string | null): string | null => (id ? (indicators.get(id)?.code ?? null) : null);
  const unitName = (id: string): string => units.get(id)?.name_vi ?? id;
  return {
    program: {
      code: program.code,
      title: program.title,
      titleEn: program.title_en,
      issuingBody: program.issuing_body,
      issuedOn: program.issued_on,
      legalBasis: program.legal_basis,
      summary: program.summary,
      status: program.status,
      startYear: program.start_year,
      endYear: program.end_year,
      published: program.published === 1,
      jurisdictionCode: program.jurisdiction_code,
      ownerOrganisation: program.owner_organisation_id ? unitName(program.owner_organisation_id) : null,
    },
    sections: sections.map((section) => ({
      ref: section.ref,
      parentRef: section.parent_id ? (sectionRef.get(section.parent_id) ?? null) : null,
      title: section.title,
      body: section.body,
    })),
    indicators: [...indicators.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((row) => ({
        code: row.code,
        nameVi: row.name_vi,
        nameEn: row.name_en,
        unit: row.unit,
        periodType: row.period_type,
        method: row.method,
        computation: row.computation,
        numeratorCode: codeOf(row.numerator_id),
        denominatorCode: codeOf(row.denominator_id),
        multiplier: row.multiplier,
        aggregation: row.aggregation,
        decimals: row.decimals,
        nationalCode: row.national_code,
        description: row.description,
      })),
    targets: targets.map((target) => ({
      code: target.code,
      sectionRef: sectionRef.get(target.section_id) ?? '',
      indicatorCode: codeOf(target.indicator_id) ?? '',
      label: target.label,
      baselineValue: target.baseline_value,
      baselineYear: target.baseline_year,
      targetMin: target.target_min,
      targetMax: target.target_max,
      direction: target.direction,
      applies: target.applies,
      startYear: target.start_year,
      deadline: target.deadline,
      jurisdictionCode: target.jurisdiction_id === program.jurisdiction_id ? null : (places.get(target.jurisdiction_id)?.code ?? null),
    })),
    actions: actions.map((action) => ({
      ref: action.ref,
      sectionRef: sectionRef.get(action.section_id) ?? '',
      text: action.text,
      leadOrganisation: action.lead_organisation_id ? unitName(action.lead_organisation_id) : null,
      partnerOrganisations: partnerIdsOf(action).map(unitName),
      deadline: action.deadline,
    })),
  };
}
