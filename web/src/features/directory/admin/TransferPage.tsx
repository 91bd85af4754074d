import { Button, Card, Checkbox, FileInput, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  DIRECTORY_TRANSFER_ENTITIES,
  ORGANISATION_KINDS,
  type DirectoryTransferEntity,
  type OrganisationKind,
  type TDirectoryJob,
} from '../../../../../common/contracts/directory.ts';
import { fileDownloadPath } from '../../../../../common/contracts/files.ts';
import { formatNumber } from '../../../../../common/i18n/index.ts';
import { useDirectoryJob, useRequestExport, useRequestImport } from '../../../api/directory.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { JobProgress } from '../../../components/JobProgress.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { describeError } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { JurisdictionPicker } from '../pickers.tsx';
import { ImportReport } from './ImportReport.tsx';

function entityOptions(t: (key: string) => string) {
  return DIRECTORY_TRANSFER_ENTITIES.map((value) => ({ value, label: t(`ui.transfer.entities.${value}`) }));
}

function JobState({ job, label }: { job: TDirectoryJob; label: string }) {
  const { locale, t } = useLocale();
  const result = job.result;
  return (
    <Stack gap="sm">
      <JobProgress status={job.status} progress={job.progress} message={job.progressMessage} error={job.lastError} label={label} />
      {result && 'fileId' in result ? (
        <Group gap="sm">
          <Button component="a" href={fileDownloadPath(result.fileId)} download={result.fileName}>
            {t('ui.transfer.download')}
          </Button>
          <Text size="sm">{t('ui.transfer.exported', { rows: formatNumber(result.rows, locale), file: result.fileName })}</Text>
        </Group>
      ) : null}
      {result && 'outcome' in result ? <ImportReport report={result} /> : null}
    </Stack>
  );
}

function ExportCard() {
  const { locale, t } = useLocale();
  const [entity, setEntity] = useState<DirectoryTransferEntity>('organisations');
  const [jurisdictionId, setJurisdictionId] = useState<string | null>(null);
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const request = useRequestExport();
  const job = useDirectoryJob(jobId);
  const error = request.error ? describeError(locale, request.error).title : null;

  const start = () => {
    request.mutate(
      { entity, format: 'xlsx', locale, jurisdictionId: jurisdictionId ?? undefined, kind: entity === 'organisations' ? (kind ?? undefined) : undefined },
      { onSuccess: (accepted) => setJobId(accepted.jobId) },
    );
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="export-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="export-title">
          {t('ui.transfer.exportTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.transfer.exportHelp')}
        </Text>
        <FormAlert message={error} />
        <Select
          label={t('ui.transfer.entity')}
          data={entityOptions(t)}
          value={entity}
          onChange={(value) => setEntity(value === 'people' ? 'people' : 'organisations')}
          allowDeselect={false}
        />
        <JurisdictionPicker kind="province" label={t('ui.directory.province')} value={jurisdictionId} onChange={setJurisdictionId} />
        {entity === 'organisations' ? (
          <Select
            label={t('ui.directory.kind')}
            clearable
            placeholder={t('ui.common.all')}
            data={ORGANISATION_KINDS.map((value) => ({ value, label: t(`directory.organisationKinds.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value)}
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          />
        ) : null}
        <Group>
          <Button onClick={start} loading={request.isPending}>
            {t('ui.transfer.exportSubmit')}
          </Button>
        </Group>
        {job.data ? <JobState job={job.data} label={t('ui.transfer.exportProgress')} /> : null}
      </Stack>
    </Card>
  );
}

function ImportCard() {
  const { locale, t } = useLocale();
  const [entity, setEntity] = useState<DirectoryTransferEntity>('organisations');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const request = useRequestImport();
  const job = useDirectoryJob(jobId);
  const error = request.error ? describeError(locale, request.error).title : null;
  const report = job.data?.result && 'outcome' in job.data.result ? job.data.result : null;

  const start = (asDryRun: boolean) => {
    if (!file) {
      setFileError(t('ui.transfer.chooseFile'));
      return;
    }
    setFileError(null);
    request.mutate({ file, entity, dryRun: asDryRun, locale }, { onSuccess: (accepted) => setJobId(accepted.jobId) });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="import-title">
          {t('ui.transfer.importTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.transfer.importHelp')}
        </Text>
        <FormAlert message={error} />
        <Select
          label={t('ui.transfer.entity')}
          data={entityOptions(t)}
          value={entity}
          onChange={(value) => setEntity(value === 'people' ? 'people' : 'organisations')}
          allowDeselect={false}
        />
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
          required
          error={fileError}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
        <Checkbox label={t('ui.transfer.dryRun')} description={t('ui.transfer.dryRunHelp')} checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
        <Group>
          <Button onClick={() => start(dryRun)} loading={request.isPending}>
            {dryRun ? t('ui.transfer.checkSubmit') : t('ui.transfer.importSubmit')}
          </Button>
          {report?.outcome === 'dry_run' && report.invalid === 0 ? (
            <Button variant="outline" onClick={() => start(false)} loading={request.isPending}>
              {t('ui.transfer.importNow')}
            </Button>
          ) : null}
        </Group>
        {job.data ? <JobState job={job.data} label={t('ui.transfer.importProgress')} /> : null}
      </Stack>
    </Card>
  );
}

export function TransferPage() {
  const { t } = useLocale();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={t('ui.admin.sections.transfer')} description={t('ui.transfer.description')} />
      <Grid gap="lg">
        {hasPermission(user, 'directory.export') ? (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <ExportCard />
          </Grid.Col>
        ) : null}
        {hasPermission(user, 'directory.import') ? (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <ImportCard />
          </Grid.Col>
        ) : null}
      </Grid>
    </>
  );
}
