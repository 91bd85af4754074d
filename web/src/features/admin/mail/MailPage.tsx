import { Anchor, Group, Paper, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MAIL_STATUSES, type MailStatusName } from '../../../../../common/contracts/system.ts';
import { formatDateTime } from '../../../../../common/i18n/index.ts';
import { useMailList } from '../../../api/system.ts';
import { useT } from '../../../app/locale.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';

const PAGE_SIZE = 25;

function isMailStatus(value: string): value is MailStatusName {
  return (MAIL_STATUSES as readonly string[]).includes(value);
}

export function MailPage() {
  const t = useT();
  const { filters, page, setFilters, setPage } = useUrlFilters(['status'] as const);
  const status = isMailStatus(filters.status) ? filters.status : undefined;
  const mail = useMailList({ status, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={t('ui.mail.title')} description={t('ui.mail.description')} />
      <Paper withBorder p="md" radius="md" mb="md">
        <Group>
          <Select
            label={t('ui.mail.status')}
            w={220}
            value={status ?? 'all'}
            onChange={(value) => setFilters({ status: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...MAIL_STATUSES.map((value) => ({ value, label: t(`ui.mailStatus.${value}`) }))]}
          />
        </Group>
      </Paper>
      <QueryState query={mail} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.mail.empty')} description={t('ui.common.emptyFiltered')} />}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('ui.mail.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.mail.subject')}</Table.Th>
                    <Table.Th scope="col">{t('ui.mail.to')}</Table.Th>
                    <Table.Th scope="col">{t('ui.mail.status')}</Table.Th>
                    <Table.Th scope="col">{t('ui.mail.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('ui.mail.sentAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((message) => (
                    <Table.Tr key={message.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/mail/${message.id}`} fw={600}>
                          {message.subject}
                        </Anchor>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {message.template}
                        </Text>
                        {message.lastError ? (
                          <Text size="xs" c="red.9" lineClamp={2}>
                            {message.lastError}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{message.to}</Table.Td>
                      <Table.Td>
                        <StatusBadge namespace="mailStatus" status={message.status} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
                      <Table.Td>{message.sentAt ? formatDateTime(message.sentAt) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
