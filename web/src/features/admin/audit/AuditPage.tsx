import { Button, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAuditTrail } from '../../../api/system.ts';
import { useT } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { isoToVnDate, parseVnDate } from '../../../components/dates.ts';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';
import { AuditEntryRow } from './AuditEntryRow.tsx';

const PAGE_SIZE = 25;
const FILTERS = ['actorId', 'subjectType', 'subjectId', 'action', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

export function AuditPage() {
  const t = useT();
  const { filters, page, setFilters, setPage } = useUrlFilters(FILTERS);
  // Dates are typed as dd/MM/yyyy and kept in the URL as ISO dates.
  const [draft, setDraft] = useState<Record<FilterName, string>>({ ...filters, from: isoToVnDate(filters.from), to: isoToVnDate(filters.to) });
  const [dateErrors, setDateErrors] = useState<Partial<Record<'from' | 'to', string>>>({});
  const audit = useAuditTrail({
    ...Object.fromEntries(FILTERS.map((name) => [name, filters[name] || undefined])),
    page,
    pageSize: PAGE_SIZE,
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = Object.fromEntries(FILTERS.map((name) => [name, draft[name].trim()]));
    const errors: Partial<Record<'from' | 'to', string>> = {};
    for (const bound of ['from', 'to'] as const) {
      if (next[bound]) {
        const iso = parseVnDate(next[bound]);
        if (iso) {
          next[bound] = iso;
        } else {
          errors[bound] = t('ui.fieldErrors.date_vn');
        }
      }
    }
    setDateErrors(errors);
    if (Object.keys(errors).length === 0) {
      setFilters(next);
    }
  };
  const reset = () => {
    const empty = Object.fromEntries(FILTERS.map((name) => [name, ''])) as Record<FilterName, string>;
    setDraft(empty);
    setDateErrors({});
    setFilters(empty);
  };
  const field = (name: FilterName, label: string, extra?: { placeholder?: string; inputMode?: 'numeric' }) => (
    <TextInput
      name={name}
      label={label}
      placeholder={extra?.placeholder}
      inputMode={extra?.inputMode}
      error={name === 'from' || name === 'to' ? dateErrors[name] : undefined}
      value={draft[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setDraft((current) => ({ ...current, [name]: value }));
      }}
    />
  );

  return (
    <>
      <PageHeader title={t('ui.audit.title')} description={t('ui.audit.description')} />
      <Paper withBorder p="md" radius="md" mb="md">
        <form onSubmit={apply} aria-label={t('ui.audit.filters')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {field('action', t('ui.audit.action'), { placeholder: 'user.approved' })}
              {field('subjectType', t('ui.audit.subjectType'), { placeholder: 'user, organisation, person…' })}
              {field('subjectId', t('ui.audit.subjectId'))}
              {field('actorId', t('ui.audit.actorId'))}
              {field('from', t('ui.common.from'), { placeholder: 'dd/mm/yyyy', inputMode: 'numeric' })}
              {field('to', t('ui.common.to'), { placeholder: 'dd/mm/yyyy', inputMode: 'numeric' })}
            </SimpleGrid>
            <Group gap="sm">
              <Button type="submit">{t('ui.common.apply')}</Button>
              <Button variant="default" onClick={reset}>
                {t('ui.common.reset')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <QueryState
        query={audit}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('ui.audit.empty')} description={t('ui.common.emptyFiltered')} />}
      >
        {(data) => (
          <>
            <Stack component="ol" gap="xs" p={0} m={0} aria-label={t('ui.audit.title')}>
              {data.items.map((entry) => (
                <AuditEntryRow key={entry.id} entry={entry} />
              ))}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
