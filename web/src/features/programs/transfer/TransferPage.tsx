import { Button, Card, Checkbox, FileInput, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { TDirectoryImportReport } from '../../../../../common/contracts/directory.ts';
import { fileDownloadPath } from '../../../../../common/contracts/files.ts';
import type { TTransferJob } from '../../../../../common/contracts/programs-rounds.ts';
import { formatNumber } from '../../../../../common/i18n/index.ts';
import { usePlans, useProgramTree, useTransferExport, useTransferImport, useTransferJob } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { JobProgress } from '../../../components/JobProgress.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { describeError } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { ImportReport } from '../../directory/admin/ImportReport.tsx';
import { exportResultOf, importReportOf } from './results.ts';

function JobState({ job, label }: { job: TTransferJob; label: string }) {
  const { locale, t } = useLocale();
  const exported = exportResultOf(job.result);
  const report: TDirectoryImportReport | null = importReportOf(job.result);
  return (
    <Stack gap="sm">
      <JobProgress status={job.status} progress={job.progress} message={job.progressMessage} error={job.lastError} label={label} />
      {exported ? (
        <Group gap="sm">
          <Button component="a" href={fileDownloadPath(exported.fileId)} download={exported.fileName}>
            {t('ui.transfer.download')}
          </Button>
          <Text size="sm">{t('ui.transfer.exported', { rows: formatNumber(exported.rows, locale), file: exported.fileName })}</Text>
        </Group>
      ) : null}
      {report ? <ImportReport report={report} /> : null}
    </Stack>
  );
}

/** Export to Excel and import back with the same columns: dry run first, every rejected cell listed. */
function TransferCard({ title, help, path }: { title: string; help: string; path: string }) {
  const { locale, t } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const exporter = useTransferExport(path);
  const importer = useTransferImport(path);
  const job = useTransferJob(jobId);
  const failure = exporter.error ?? importer.error;
  const error = failure ? describeError(locale, failure).title : null;
  const report = importReportOf(job.data?.result);
  const headingId = `transfer-${path.replace(/[^a-z0-9]+/gi, '-')}`;

  const startImport = (asDryRun: boolean) => {
    if (!file) {
      setFileError(t('ui.transfer.chooseFile'));
      return;
    }
    setFileError(null);
    importer.mutate({ file, dryRun: asDryRun, locale }, { onSuccess: (accepted) => setJobId(accepted.jobId) });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
        <FormAlert message={error} />
        <Group>
          <Button variant="light" loading={exporter.isPending} onClick={() => exporter.mutate({ locale }, { onSuccess: (accepted) => setJobId(accepted.jobId) })}>
            {t('ui.transfer.exportSubmit')}
          </Button>
        </Group>
        <FileInput
          label={t('ui.transfer.file')}
          placeholder={t('ui.transfer.filePlaceholder')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(value) => {
            setFile(value);
            setJobId(null);
          }}
          clearable
          error={fileError}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
        <Checkbox label={t('ui.transfer.dryRun')} description={t('ui.transfer.dryRunHelp')} checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
        <Group>
          <Button onClick={() => startImport(dryRun)} loading={importer.isPending}>
            {dryRun ? t('ui.transfer.checkSubmit') : t('ui.transfer.importSubmit')}
          </Button>
          {report?.outcome === 'dry_run' && report.invalid === 0 ? (
            <Button variant="outline" onClick={() => startImport(false)} loading={importer.isPending}>
              {t('ui.transfer.importNow')}
            </Button>
          ) : null}
        </Group>
        {job.data ? <JobState job={job.data} label={title} /> : null}
      </Stack>
    </Card>
  );
}

export function TransferPage() {
  const { t } = useLocale();
  const { id = '' } = useParams();
  const tree = useProgramTree(id);
  const plans = usePlans(id, { pageSize: 100 });
  const [planId, setPlanId] = useState<string | null>(null);
  const chosenPlan = planId ?? plans.data?.items[0]?.id ?? null;

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.title'), to: '/programs' },
          { label: tree.data?.program.code ?? '…', to: `/programs/${id}` },
          { label: t('ui.programs.transfer.title') },
        ]}
      />
      <PageHeader title={t('ui.programs.transfer.title')} description={t('ui.programs.transfer.description')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TransferCard title={t('ui.programs.transfer.values')} help={t('ui.programs.transfer.valuesHelp')} path={`${encodeURIComponent(id)}/values`} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="md">
            <Select
              label={t('ui.programs.transfer.plan')}
              allowDeselect={false}
              data={(plans.data?.items ?? []).map((plan) => ({ value: plan.id, label: `${plan.organisation.name} – ${plan.title}` }))}
              value={chosenPlan}
              onChange={setPlanId}
            />
            {chosenPlan ? (
              <TransferCard key={chosenPlan} title={t('ui.programs.transfer.planItems')} help={t('ui.programs.transfer.planItemsHelp')} path={`plans/${encodeURIComponent(chosenPlan)}/items`} />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
