import { Alert, Stack, Table, Text } from '@mantine/core';
import type { TDirectoryImportReport } from '../../../../../common/contracts/directory.ts';
import { formatNumber } from '../../../../../common/i18n/index.ts';
import { useLocale } from '../../../app/locale.tsx';
import { hasMessage } from '../../../app/messages.ts';
import { issueCode } from '../../../components/validation.ts';

/** The outcome of an import or dry run, with every rejected cell listed by row and column. */
export function ImportReport({ report }: { report: TDirectoryImportReport }) {
  const { locale, t } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const color = report.outcome === 'invalid' ? 'red' : 'green';
  const message = (error: { code: string; message: string }) => {
    const code = issueCode(error);
    for (const key of [`directory.fieldErrors.${code}`, `ui.fieldErrors.${code}`, `errors.${code}`]) {
      if (hasMessage(locale, key)) {
        return t(key);
      }
    }
    return error.message;
  };
  return (
    <Stack gap="sm">
      <Alert color={color} variant="light" title={t(`ui.transfer.outcome.${report.outcome}`)} role="status">
        {t('ui.transfer.summary', { total: n(report.total), valid: n(report.valid), invalid: n(report.invalid), applied: n(report.applied) })}
      </Alert>
      {report.errors.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={520} mah={420}>
            <Table striped withTableBorder verticalSpacing="xs" aria-label={t('ui.transfer.errorsTitle')}>
              <Table.Caption>{t('ui.transfer.errorsTitle')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ui.transfer.row')}</Table.Th>
                  <Table.Th scope="col">{t('ui.transfer.column')}</Table.Th>
                  <Table.Th scope="col">{t('ui.transfer.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((error, index) => (
                  <Table.Tr key={`${error.row}:${error.column}:${index}`}>
                    <Table.Td>{error.row > 0 ? n(error.row) : '—'}</Table.Td>
                    <Table.Td>{error.column || '—'}</Table.Td>
                    <Table.Td>{message(error)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.errorsOmitted > 0 ? (
            <Text size="sm" c="dimmed">
              {t('ui.transfer.errorsOmitted', { count: n(report.errorsOmitted) })}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
