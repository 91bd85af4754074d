import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_ADDRESSEES, DOCUMENT_FORMATS, type DocumentAddressee, type DocumentFormat, type DocumentStatus } from '../../../../../common/contracts/programs.ts';
import type { TProgramDocument } from '../../../../../common/contracts/programs-dashboard.ts';
import { formatDateTime, formatNumber } from '../../../../../common/i18n/index.ts';
import { documentDownloadPath, useGenerateDocument, useRoundDocuments } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { JobProgress } from '../../../components/JobProgress.tsx';
import { describeError, QueryState } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';

/** The job vocabulary `JobProgress` speaks, for a document's generation status. */
export const DOCUMENT_JOB_STATUS: Record<DocumentStatus, string> = { queued: 'queued', running: 'running', ready: 'succeeded', failed: 'failed' };
const DOCUMENT_COLORS: Record<DocumentStatus, string> = { queued: 'blue', running: 'cyan', ready: 'green', failed: 'red' };

function sizeText(size: number | null, locale: 'vi' | 'en'): string {
  return size === null ? '' : `${formatNumber(Math.max(1, Math.round(size / 1024)), locale)} KB`;
}

/** Generates the round's review report for an addressee and lists every revision made so far. */
export function DocumentsCard({ programId, roundId }: { programId: string; roundId: string }) {
  const { locale, t } = useLocale();
  const [addressee, setAddressee] = useState<DocumentAddressee>('party');
  const [format, setFormat] = useState<DocumentFormat>('docx');
  const [latestId, setLatestId] = useState<string | null>(null);
  const documents = useRoundDocuments(programId, roundId);
  const generate = useGenerateDocument(programId, roundId);
  const latest = documents.data?.items.find((document) => document.id === latestId) ?? null;
  const error = generate.error ? describeError(locale, generate.error).title : null;

  const name = (document: TProgramDocument) => `${t(`ui.programs.formats.${document.format}`)} · ${t(`ui.programs.addressees.${document.addressee}`)}`;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="documents-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="documents-title">
            {t('ui.programs.documents.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('ui.programs.documents.description')}
          </Text>
        </div>
        <FormAlert message={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('ui.programs.documents.addressee')}
            allowDeselect={false}
            data={DOCUMENT_ADDRESSEES.map((value) => ({ value, label: t(`ui.programs.addressees.${value}`) }))}
            value={addressee}
            onChange={(value) => setAddressee(value === 'state' ? 'state' : 'party')}
          />
          <Select
            label={t('ui.programs.documents.format')}
            allowDeselect={false}
            data={DOCUMENT_FORMATS.map((value) => ({ value, label: t(`ui.programs.formats.${value}`) }))}
            value={format}
            onChange={(value) => setFormat(value === 'xlsx' ? 'xlsx' : 'docx')}
          />
        </SimpleGrid>
        <Group>
          <Button loading={generate.isPending} onClick={() => generate.mutate({ addressee, format }, { onSuccess: (document) => setLatestId(document.id) })}>
            {t('ui.programs.documents.generate')}
          </Button>
        </Group>
        {latest ? (
          <JobProgress
            status={DOCUMENT_JOB_STATUS[latest.status]}
            progress={latest.status === 'ready' ? 1 : (latest.progress ?? 0)}
            message={null}
            error={latest.error}
            label={t('ui.programs.documents.progress')}
          />
        ) : null}
        <Title order={3} size="h5">
          {t('ui.programs.documents.revisions')}
        </Title>
        <QueryState query={documents} isEmpty={(data) => data.items.length === 0} empty={<Text size="sm" c="dimmed">{t('ui.programs.documents.noRevisions')}</Text>}>
          {(data) => (
            <Table.ScrollContainer minWidth={520}>
              <Table striped verticalSpacing="xs" aria-label={t('ui.programs.documents.revisions')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.programs.documents.addressee')}</Table.Th>
                    <Table.Th scope="col">{t('ui.programs.documents.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('ui.programs.rounds.status')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t('ui.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((document) => (
                    <Table.Tr key={document.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {t('ui.programs.documents.revision', { revision: document.revision })}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {name(document)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(document.createdAt)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={DOCUMENT_COLORS[document.status]}>
                          {t(`ui.programs.documentStatuses.${document.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {document.status === 'ready' ? (
                          <Button
                            component="a"
                            href={documentDownloadPath(programId, document.id)}
                            download={document.fileName ?? undefined}
                            size="xs"
                            variant="light"
                            aria-label={t('ui.programs.documents.downloadNamed', { name: `${t('ui.programs.documents.revision', { revision: document.revision })}, ${name(document)}` })}
                          >
                            {t('ui.programs.documents.download')} {sizeText(document.size, locale)}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
