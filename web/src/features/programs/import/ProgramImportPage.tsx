import { Alert, Button, Card, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TProgramDocumentInput, TProgramImportResult } from '../../../../../common/contracts/programs.ts';
import { ApiError } from '../../../api/client.ts';
import { useImportProgram } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { fieldErrorMessage } from '../../../app/messages.ts';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { describeError } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { importProblems, type ImportProblem } from './problems.ts';

function ResultSummary({ result }: { result: TProgramImportResult }) {
  const { t } = useLocale();
  return (
    <Alert color="green" variant="light" title={result.dryRun ? t('ui.programs.import.checked') : t('ui.programs.import.imported')}>
      <Stack gap={4}>
        <Text size="sm">{t('ui.programs.import.counts', { code: result.code, sections: result.sections, targets: result.targets, actions: result.actions })}</Text>
        {result.indicatorsCreated.length > 0 ? <Text size="sm">{t('ui.programs.import.indicatorsCreated', { codes: result.indicatorsCreated.join(', ') })}</Text> : null}
        {result.indicatorsReused.length > 0 ? <Text size="sm">{t('ui.programs.import.indicatorsReused', { codes: result.indicatorsReused.join(', ') })}</Text> : null}
        {!result.dryRun && result.programId ? (
          <Group mt="xs">
            <Button component={Link} to={`/programs/${result.programId}`} size="sm">
              {t('ui.programs.import.open')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { locale, t } = useLocale();
  return (
    <Alert color="red" variant="light" title={t('ui.programs.import.problems', { count: problems.length })} role="alert">
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={4} aria-label={t('ui.programs.import.problems', { count: problems.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ui.programs.import.where')}</Table.Th>
              <Table.Th scope="col">{t('ui.programs.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, index) => (
              <Table.Tr key={`${problem.where}-${index}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{problem.where || '—'}</Table.Td>
                <Table.Td>{problem.code === 'invalid' && problem.message ? problem.message : fieldErrorMessage(locale, problem.code)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}

/** Reads the program file, checks it on the server without writing, and imports it once it is clean. */
export function ProgramImportPage() {
  const { locale, t } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [document, setDocument] = useState<TProgramDocumentInput | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [result, setResult] = useState<TProgramImportResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const request = useImportProgram();

  const run = async (dryRun: boolean) => {
    setFormError(null);
    setProblems([]);
    setResult(null);
    if (!file) {
      setFileError(t('ui.programs.import.chooseFile'));
      return;
    }
    let parsed: TProgramDocumentInput;
    try {
      parsed = JSON.parse(await file.text()) as TProgramDocumentInput;
    } catch (error) {
      setFileError(t('ui.programs.import.notJson', { message: error instanceof Error ? error.message : '' }));
      return;
    }
    setFileError(null);
    setDocument(parsed);
    try {
      setResult(await request.mutateAsync({ document: parsed, dryRun }));
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setProblems(importProblems(error.fieldErrors));
      } else {
        setFormError(describeError(locale, error).title);
      }
    }
  };

  const checkedClean = result?.dryRun === true && document !== null;

  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.programs.title'), to: '/programs' }, { label: t('ui.programs.import.title') }]} />
      <PageHeader title={t('ui.programs.import.title')} description={t('ui.programs.import.description')} />
      <Card withBorder radius="md" padding="lg" maw={820}>
        <Stack gap="md">
          <FormAlert message={formError} />
          <FileInput
            label={t('ui.programs.import.file')}
            placeholder={t('ui.programs.import.filePlaceholder')}
            accept=".json,application/json"
            value={file}
            onChange={(value) => {
              setFile(value);
              setDocument(null);
              setResult(null);
              setProblems([]);
            }}
            clearable
            required
            error={fileError}
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          />
          <Group gap="sm">
            <Button onClick={() => void run(true)} loading={request.isPending}>
              {t('ui.programs.import.check')}
            </Button>
            {checkedClean ? (
              <Button variant="outline" onClick={() => void run(false)} loading={request.isPending}>
                {t('ui.programs.import.importNow')}
              </Button>
            ) : null}
          </Group>
          {problems.length > 0 ? <ProblemTable problems={problems} /> : null}
          {result ? <ResultSummary result={result} /> : null}
        </Stack>
      </Card>
    </>
  );
}
