import { Button, Group } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../app/locale.tsx';
import { PageBreadcrumbs } from './PageBreadcrumbs.tsx';
import { PageHeader } from './PageHeader.tsx';
import { QueryState } from './QueryState.tsx';

export interface RecordEditPageProps<T extends { id: string; version: number }> {
  /** The record's id from the route; absent when the page creates a new record. */
  id: string | undefined;
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  /** The list page the breadcrumbs lead back to. */
  list: { label: string; to: string };
  createTitle: string;
  editTitle: string;
  nameOf: (record: T) => string;
  /** The form, given the loaded record when editing and nothing when creating. */
  form: (record?: T) => ReactNode;
}

/** Breadcrumbs, heading and load states around a create-or-edit form for one record. */
export function RecordEditPage<T extends { id: string; version: number }>({ id, query, list, createTitle, editTitle, nameOf, form }: RecordEditPageProps<T>) {
  if (!id) {
    return (
      <>
        <PageBreadcrumbs items={[list, { label: createTitle }]} />
        <PageHeader title={createTitle} />
        {form()}
      </>
    );
  }
  return (
    <>
      <PageBreadcrumbs items={[list, { label: query.data ? nameOf(query.data) : '…' }]} />
      <QueryState query={query}>
        {(data) => (
          <>
            <PageHeader title={editTitle} description={nameOf(data)} />
            {/* Keyed by version so a refetched record resets the form instead of keeping stale input. */}
            <Fragment key={`${data.id}:${data.version}`}>{form(data)}</Fragment>
          </>
        )}
      </QueryState>
    </>
  );
}

/** Cancel and submit at the foot of a record form. */
export function FormActions({ cancelTo, submitLabel, submitting }: { cancelTo: string; submitLabel: string; submitting: boolean }) {
  const t = useT();
  return (
    <Group justify="flex-end" gap="sm">
      <Button component={Link} to={cancelTo} variant="default">
        {t('ui.common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
