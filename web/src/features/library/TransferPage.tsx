import { Button, Card, Checkbox, FileInput, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { fileDownloadPath } from '../../../../common/contracts/files.ts';
import { formatNumber } from '../../../../common/i18n/index.ts';
import { useJurisdictions } from '../../api/directory.ts';
import { LIBRARY_TRANSFER_FORMATS, useLibraryTransferJob, useRequestLibraryExport, useRequestLibraryImport, type LibraryTransferFormat, type LibraryTransferJob } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { JobProgress } from '../../components/JobProgress.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { describeError } from '../../components/QueryState.tsx';
import { FormAlert } from '../auth/AuthCard.tsx';
import { ImportReport } from '../directory/admin/ImportReport.tsx';

const ACCEPT: Record<LibraryTransferFormat, string> = {
  csv: '.csv,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xml: '.xml,application/xml,text/xml',
};

function useFormatOptions() {
  const { t } = useLocale();
  return LIBRARY_TRANSFER_FORMATS.map((value) => ({ value, label: t(`ui.library.transfer.formats.${value}`) }));
}

function JobState({ job, label }: { job: LibraryTransferJob; label: string }) {
  const { locale, t } = useLocale();
  const result = job.result;
  return (
    <Stack gap="sm">
      <JobProgress status={job.status} progress={job.progress} message={job.progressMessage} error={job.lastError} label={label} />
      {result && 'fileId' in result ? (
        <Group gap="sm">
          <Button component="a" href={fileDownloadPath(result.fileId)} download={result.fileName}>
            {t('ui.library.transfer.download')}
          </Button>
          <Text size="sm">{t('ui.library.transfer.exported', { rows: formatNumber(result.rows, locale), file: result.fileName })}</Text>
        </Group>
      ) : null}
      {result && 'outcome' in result ? <ImportReport report={result} /> : null}
    </Stack>
  );
}

function ExportCard() {
  const { locale, t } = useLocale();
  const formats = useFormatOptions();
  const [format, setFormat] = useState<LibraryTransferFormat>('xlsx');
  const [jobId, setJobId] = useState<string | null>(null);
  const request = useRequestLibraryExport();
  const job = useLibraryTransferJob(jobId);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="library-export-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="library-export-title">
          {t('ui.library.transfer.exportTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.library.transfer.exportHelp')}
        </Text>
        <FormAlert message={request.error ? describeError(locale, request.error).title : null} />
        <Select label={t('ui.library.transfer.format')} data={formats} value={format} onChange={(value) => value && setFormat(value)} allowDeselect={false} />
        <Group>
          <Button onClick={() => request.mutate({ format, locale }, { onSuccess: (accepted) => setJobId(accepted.jobId) })} loading={request.isPending}>
            {t('ui.library.transfer.exportSubmit')}
          </Button>
        </Group>
        {job.data ? <JobState job={job.data} label={t('ui.library.transfer.exportProgress')} /> : null}
      </Stack>
    </Card>
  );
}

function ImportCard() {
  const { locale, t } = useLocale();
  const formats = useFormatOptions();
  const provinces = useJurisdictions({ kind: 'province', pageSize: 100 });
  const [format, setFormat] = useState<LibraryTransferFormat>('xlsx');
  const [province, setProvince] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<{ file?: string; province?: string }>({});
  const request = useRequestLibraryImport();
  const job = useLibraryTransferJob(jobId);
  const report = job.data?.result && 'outcome' in job.data.result ? job.data.result : null;

  const start = (asDryRun: boolean) => {
    // Dublin Core names no place, so an XML file says which province its records belong to.
    const errors = {
      file: file ? undefined : t('ui.library.transfer.chooseFile'),
      province: format === 'xml' && !province ? t('ui.library.transfer.chooseProvince') : undefined,
    };
    setFieldError(errors);
    if (!file || errors.province) {
      return;
    }
    request.mutate(
      { file, format, dryRun: asDryRun, locale, jurisdictionCode: format === 'xml' ? province : null },
      { onSuccess: (accepted) => setJobId(accepted.jobId) },
    );
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="library-import-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="library-import-title">
          {t('ui.library.transfer.importTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.library.transfer.importHelp')}
        </Text>
        <FormAlert message={request.error ? describeError(locale, request.error).title : null} />
        <Select label={t('ui.library.transfer.format')} data={formats} value={format} onChange={(value) => value && setFormat(value)} allowDeselect={false} />
        {format === 'xml' ? (
          <Select
            label={t('ui.library.transfer.province')}
            description={t('ui.library.transfer.provinceHelp')}
            required
            searchable
            data={(provinces.data?.items ?? []).map((item) => ({ value: item.code, label: item.fullName || item.name }))}
            value={province}
            onChange={setProvince}
            error={fieldError.province}
          />
        ) : null}
        <FileInput
          label={t('ui.library.transfer.file')}
          placeholder={t('ui.library.transfer.filePlaceholder')}
          accept={ACCEPT[format]}
          value={file}
          onChange={(value) => {
            setFile(value);
            setJobId(null);
          }}
          clearable
          required
          error={fieldError.file}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
        <Checkbox label={t('ui.library.transfer.dryRun')} description={t('ui.library.transfer.dryRunHelp')} checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
        <Group>
          <Button onClick={() => start(dryRun)} loading={request.isPending}>
            {dryRun ? t('ui.library.transfer.checkSubmit') : t('ui.library.transfer.importSubmit')}
          </Button>
          {report?.outcome === 'dry_run' && report.invalid === 0 ? (
            <Button variant="outline" onClick={() => start(false)} loading={request.isPending}>
              {t('ui.library.transfer.importNow')}
            </Button>
          ) : null}
        </Group>
        {job.data ? <JobState job={job.data} label={t('ui.library.transfer.importProgress')} /> : null}
      </Stack>
    </Card>
  );
}

export function TransferPage() {
  const { t } = useLocale();
  return (
    <>
      <PageHeader title={t('ui.library.transfer.title')} description={t('ui.library.transfer.description')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ExportCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ImportCard />
        </Grid.Col>
      </Grid>
    </>
  );
}
