import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../app/locale.tsx';
import { Pager } from './Pager.tsx';
import { EmptyState, QueryState } from './QueryState.tsx';

export interface PagedTableColumn<T> {
  /** Column heading; also keys the column, so headings within one table must differ. */
  header: string;
  cell: (row: T) => ReactNode;
}

export interface PagedTableProps<T extends { id: string }> {
  query: { isPending: boolean; isError: boolean; error: unknown; data: { items: T[]; total: number } | undefined; refetch: () => unknown };
  /** Accessible name of the table. */
  label: string;
  emptyTitle: string;
  columns: PagedTableColumn<T>[];
  /** Per-row controls in a last column whose heading is read to screen readers only. */
  rowActions?: (row: T) => ReactNode;
  minWidth?: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

/** One page of a filtered list: loading, error and empty states, the table, then the pager. */
export function PagedTable<T extends { id: string }>({ query, label, emptyTitle, columns, rowActions, minWidth = 720, page, pageSize, onPageChange }: PagedTableProps<T>) {
  const t = useT();
  return (
    <QueryState
      query={query}
      isEmpty={(data) => data.items.length === 0}
      empty={<EmptyState title={emptyTitle} description={t('ui.common.emptyFiltered')} />}
    >
      {(data) => (
        <>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column.header} scope="col">
                      {column.header}
                    </Table.Th>
                  ))}
                  {rowActions ? (
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((row) => (
                  <Table.Tr key={row.id}>
                    {columns.map((column) => (
                      <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                    ))}
                    {rowActions ? <Table.Td>{rowActions(row)}</Table.Td> : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={page} pageSize={pageSize} total={data.total} onChange={onPageChange} />
        </>
      )}
    </QueryState>
  );
}
