import { Button, Group, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { JOB_STATUSES, type JobStatusName, type TJob } from '../../../../../common/contracts/system.ts';
import { formatDateTime, formatPercent } from '../../../../../common/i18n/index.ts';
import { useCancelJob, useJobs, useRetryJob } from '../../../api/system.ts';
import { useLocale } from '../../../app/locale.tsx';
import { hasMessage } from '../../../app/messages.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { SearchInput } from '../../../components/SearchInput.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useUrlFilters } from '../../../components/useUrlState.ts';

const PAGE_SIZE = 25;

function isJobStatus(value: string): value is JobStatusName {
  return (JOB_STATUSES as readonly string[]).includes(value);
}

/** `directory.import` → "Nhập dữ liệu danh bạ"; kinds without a label show as they are. */
function useJobKindLabel() {
  const { locale, t } = useLocale();
  return (kind: string) => {
    const key = `ui.jobKinds.${kind.replace(/\./g, '_')}`;
    return hasMessage(locale, key) ? t(key) : kind;
  };
}

function JobActions({ job }: { job: TJob }) {
  const { t } = useLocale();
  const retry = useRetryJob();
  const cancel = useCancelJob();
  const label = useJobKindLabel()(job.kind);
  const fail = (error: Error) => notifications.show({ color: 'red', message: error.message });
  if (job.status === 'failed') {
    return (
      <Button size="compact-sm" variant="light" loading={retry.isPending} aria-label={t('ui.jobs.retryNamed', { kind: label })} onClick={() => retry.mutate(job.id, { onError: fail })}>
        {t('ui.jobs.retry')}
      </Button>
    );
  }
  if (job.status === 'queued') {
    return (
      <ConfirmButton
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={t('ui.jobs.cancelNamed', { kind: label })}
        title={t('ui.jobs.cancelTitle')}
        message={t('ui.jobs.cancelMessage', { kind: label })}
        confirmLabel={t('ui.jobs.cancel')}
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate(job.id, { onError: fail })}
      >
        {t('ui.jobs.cancel')}
      </ConfirmButton>
    );
  }
  return null;
}

export function JobsPage() {
  const { locale, t } = useLocale();
  const kindLabel = useJobKindLabel();
  const { filters, page, setFilters, setPage } = useUrlFilters(['status', 'kind'] as const);
  const status = isJobStatus(filters.status) ? filters.status : undefined;
  const jobs = useJobs({ status, kind: filters.kind || undefined, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={t('ui.jobs.title')} description={t('ui.jobs.description')} />
      <Paper withBorder p="md" radius="md" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('ui.jobs.status')}
            w={220}
            value={status ?? 'all'}
            onChange={(value) => setFilters({ status: value === 'all' ? '' : (value ?? '') })}
            allowDeselect={false}
            data={[{ value: 'all', label: t('ui.common.all') }, ...JOB_STATUSES.map((value) => ({ value, label: t(`ui.jobStatus.${value}`) }))]}
          />
          <div style={{ flex: '1 1 240px' }}>
            <SearchInput label={t('ui.jobs.kind')} placeholder="directory.import" value={filters.kind} onSearch={(kind) => setFilters({ kind })} />
          </div>
        </Group>
      </Paper>
      <QueryState query={jobs} isEmpty={(data) => data.items.length === 0} empty={<EmptyState title={t('ui.jobs.empty')} description={t('ui.common.emptyFiltered')} />}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={860}>
              <Table striped verticalSpacing="sm" aria-label={t('ui.jobs.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.jobs.kind')}</Table.Th>
                    <Table.Th scope="col">{t('ui.jobs.status')}</Table.Th>
                    <Table.Th scope="col" w={220}>
                      {t('ui.jobs.progress')}
                    </Table.Th>
                    <Table.Th scope="col">{t('ui.jobs.attempts')}</Table.Th>
                    <Table.Th scope="col">{t('ui.jobs.createdAt')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((job) => {
                    const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
                    return (
                      <Table.Tr key={job.id}>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {kindLabel(job.kind)}
                          </Text>
                          <Text size="xs" c="dimmed" ff="monospace">
                            {job.kind}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge namespace="jobStatus" status={job.status} />
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <Group gap="xs" wrap="nowrap">
                              <Progress
                                value={percent}
                                style={{ flex: 1 }}
                                color={job.status === 'failed' ? 'red' : job.status === 'succeeded' ? 'green' : undefined}
                                aria-label={t('ui.jobs.progressOf', { kind: kindLabel(job.kind) })}
                              />
                              <Text size="xs" w={44} ta="right">
                                {formatPercent(percent, locale, 0)}
                              </Text>
                            </Group>
                            {job.progressMessage ? <Text size="xs">{job.progressMessage}</Text> : null}
                            {job.lastError ? (
                              <Text size="xs" c="red.9" lineClamp={3} title={job.lastError}>
                                {job.lastError}
                              </Text>
                            ) : null}
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          {job.attempts}/{job.maxAttempts}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(job.createdAt)}</Text>
                          {job.finishedAt ? (
                            <Text size="xs" c="dimmed">
                              {t('ui.jobs.finishedAt', { time: formatDateTime(job.finishedAt) })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <JobActions job={job} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
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
