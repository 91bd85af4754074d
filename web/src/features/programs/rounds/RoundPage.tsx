import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../../../common/i18n/index.ts';
import { useRestatements, useRound, useRoundReports } from '../../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { Facts } from '../../../components/Facts.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PagedTable } from '../../../components/PagedTable.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ReportStatusBadge, RoundStatusBadge } from '../badges.tsx';
import { formatPeriod, formatValue } from '../format.ts';
import { DocumentsCard } from './DocumentsCard.tsx';
import { isoDay } from './RoundsPage.tsx';

const PAGE_SIZE = 50;

/** Every restatement of the round's locked values: who changed what, from which value, and why. */
export function RestatementLog({ programId, roundId }: { programId: string; roundId: string }) {
  const { locale, t } = useLocale();
  const [page, setPage] = useState(1);
  const log = useRestatements(programId, { roundId, page, pageSize: 20 });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="restatements-title">
      <Title order={2} size="h4" id="restatements-title" mb="sm">
        {t('ui.programs.report.restatements')}
      </Title>
      <PagedTable
        query={log}
        label={t('ui.programs.report.restatements')}
        emptyTitle={t('ui.programs.report.noRestatements')}
        minWidth={640}
        columns={[
          { header: t('ui.programs.report.restatedAt'), cell: (row) => formatDateTime(row.createdAt) },
          {
            header: t('ui.programs.indicators.name'),
            cell: (row) => (
              <Stack gap={0}>
                <Text size="sm">{row.indicatorName}</Text>
                <Text size="xs" c="dimmed">
                  {formatPeriod(row.period, t)}
                  {row.organisation ? ` · ${row.organisation.name}` : ''}
                </Text>
              </Stack>
            ),
          },
          { header: t('ui.programs.report.previousValue'), cell: (row) => formatValue(row.previousValue, 4, locale) },
          { header: t('ui.programs.report.newValue'), cell: (row) => <b>{formatValue(row.newValue, 4, locale)}</b> },
          { header: t('ui.programs.report.reason'), cell: (row) => row.reason },
          { header: t('ui.programs.report.restatedBy'), cell: (row) => row.actorName ?? '—' },
        ]}
        page={page}
        pageSize={20}
        onPageChange={setPage}
      />
    </Card>
  );
}

export function RoundPage() {
  const { t } = useLocale();
  const user = useCurrentUser();
  const { id = '', roundId = '' } = useParams();
  const round = useRound(roundId);
  const [page, setPage] = useState(1);
  const reports = useRoundReports(roundId, { page, pageSize: PAGE_SIZE });
  const canGenerate = hasPermission(user, 'programs.document.generate');
  const isOfficer = hasPermission(user, 'programs.round.manage');

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.title'), to: '/programs' },
          { label: t('ui.programs.rounds.title'), to: `/programs/${id}/rounds` },
          { label: round.data?.title ?? '…' },
        ]}
      />
      <QueryState query={round}>
        {(data) => (
          <>
            <PageHeader title={data.title} description={`${t(`ui.programs.roundKinds.${data.kind}`)} · ${formatPeriod(data.period, t)}`} />
            <Stack gap="lg">
              <Card withBorder radius="md" padding="md">
                <Facts
                  cols={3}
                  facts={[
                    { label: t('ui.programs.rounds.status'), value: <RoundStatusBadge status={data.status} /> },
                    { label: t('ui.programs.rounds.period'), value: formatPeriod(data.period, t) },
                    { label: t('ui.programs.rounds.dueOn'), value: isoDay(data.dueOn) },
                  ]}
                />
              </Card>
              <section aria-labelledby="reports-title">
                <Title order={2} size="h3" id="reports-title" mb="sm">
                  {isOfficer ? t('ui.programs.rounds.reports') : t('ui.programs.rounds.myReports')}
                </Title>
                <PagedTable
                  query={reports}
                  label={t('ui.programs.rounds.reports')}
                  emptyTitle={t('ui.programs.rounds.noReports')}
                  minWidth={360}
                  columns={[
                    {
                      header: t('ui.programs.rounds.unit'),
                      cell: (report) => (
                        <Anchor component={Link} to={`/programs/${id}/reports/${report.id}`} fw={600}>
                          {report.organisation.name}
                        </Anchor>
                      ),
                    },
                    { header: t('ui.programs.rounds.reportStatus'), cell: (report) => <ReportStatusBadge status={report.status} /> },
                    { header: t('ui.programs.rounds.submittedAt'), cell: (report) => (report.submittedAt ? formatDateTime(report.submittedAt) : '—') },
                  ]}
                  rowActions={(report) => (
                    <Button component={Link} to={`/programs/${id}/reports/${report.id}`} size="xs" variant="light" aria-label={`${t('ui.programs.rounds.openReport')}: ${report.organisation.name}`}>
                      {t('ui.programs.rounds.openReport')}
                    </Button>
                  )}
                  page={page}
                  pageSize={PAGE_SIZE}
                  onPageChange={setPage}
                />
              </section>
              {canGenerate ? <DocumentsCard programId={id} roundId={roundId} /> : null}
              {isOfficer ? <RestatementLog programId={id} roundId={roundId} /> : null}
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
