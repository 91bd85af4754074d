import { Alert, Anchor, Badge, Button, Card, CopyButton, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { TLibraryFile, TLibraryRecord } from '../../../../common/contracts/library.ts';
import { formatDate, formatNumber } from '../../../../common/i18n/index.ts';
import { useCurrentUser } from '../../api/session.ts';
import { loginPathFor } from '../../app/guards.tsx';
import { useLocale } from '../../app/locale.tsx';
import { todayInVietnam } from '../../components/dates.ts';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert } from '../../components/Icons.tsx';
import { AccessBadge, RecordStatusBadge, TextStatusBadge, TypeBadge } from './badges.tsx';
import { citationText } from './citation.ts';
import { formatFileSize, mediaTypeName, valueLabel } from './labels.ts';
import { detailKeys, detailValue, formatCalendarDate, underEmbargo } from './recordFormat.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Contributors({ record }: { record: TLibraryRecord }) {
  const { locale, t } = useLocale();
  return (
    <Text component="p" m={0} size="md">
      {record.contributors.map((contributor, index) => (
        <span key={contributor.ordinal}>
          {index > 0 ? '; ' : null}
          {contributor.person ? (
            <Anchor component={Link} to={`/directory/people/${contributor.person.id}`}>
              {contributor.name}
            </Anchor>
          ) : (
            contributor.name
          )}
          {contributor.role === 'author' ? null : (
            <Text component="span" size="sm" c="dimmed">
              {' '}({valueLabel(locale, t, 'library.contributorRoles', contributor.role)})
            </Text>
          )}
        </span>
      ))}
    </Text>
  );
}

function Notices({ record }: { record: TLibraryRecord }) {
  const { t } = useLocale();
  const user = useCurrentUser();
  const location = useLocation();
  const notices: ReactNode[] = [];
  if (record.status !== 'published' && record.status !== 'withdrawn') {
    notices.push(
      <Alert key="unpublished" color="yellow" variant="light" icon={<IconAlert />}>
        {t('ui.library.record.notPublished')}
      </Alert>,
    );
  }
  if (underEmbargo(record.embargoUntil, todayInVietnam())) {
    notices.push(
      <Alert key="embargo" color="yellow" variant="light" icon={<IconAlert />}>
        {t('ui.library.record.embargo', { date: formatCalendarDate(record.embargoUntil ?? '') })}
      </Alert>,
    );
  }
  if (record.accessLevel === 'restricted') {
    notices.push(
      <Alert key="restricted" color="orange" variant="light" icon={<IconAlert />}>
        {t('ui.library.record.restrictedNotice')}
      </Alert>,
    );
  }
  if (record.accessLevel === 'registered' && !user) {
    notices.push(
      <Alert key="registered" color="blue" variant="light">
        <Group gap="sm" justify="space-between">
          <Text size="sm">{t('ui.library.record.registeredNotice')}</Text>
          <Button component={Link} to={loginPathFor(location)} size="xs" variant="light">
            {t('ui.library.record.signInToDownload')}
          </Button>
        </Group>
      </Alert>,
    );
  }
  return notices.length > 0 ? <Stack gap="sm">{notices}</Stack> : null;
}

function FileRow({ file, showText }: { file: TLibraryFile; showText: boolean }) {
  const { locale, t } = useLocale();
  const meta = [
    t('ui.library.record.fileMeta', { type: mediaTypeName(file.mediaType), size: formatFileSize(file.size, locale) }),
    file.pages === null ? null : t('ui.library.record.pages', { pages: formatNumber(file.pages, locale) }),
    file.role === 'main' ? null : t(`library.fileRoles.${file.role}`),
  ].filter(Boolean);
  return (
    <Stack component="li" gap={4} style={{ listStyle: 'none' }}>
      <Anchor href={file.downloadUrl} fw={600} style={{ wordBreak: 'break-word' }} aria-label={t('ui.library.record.download', { name: file.fileName })}>
        {file.fileName}
      </Anchor>
      <Text size="sm" c="dimmed">
        {meta.join(' · ')}
      </Text>
      {showText ? (
        <Group gap={6}>
          <TextStatusBadge status={file.textStatus} />
          {file.textError ? (
            <Text size="sm" c="red.9">
              {t('ui.library.curation.fileError', { error: file.textError })}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

export function FileList({ record }: { record: TLibraryRecord }) {
  const { t } = useLocale();
  const showText = record.can.edit || record.can.curate;
  if (record.files.length === 0) {
    return <Text size="sm">{t('ui.library.record.noFiles')}</Text>;
  }
  return (
    <Stack component="ul" gap="md" p={0} m={0}>
      {record.files.map((file) => (
        <FileRow key={file.id} file={file} showText={showText} />
      ))}
    </Stack>
  );
}

function Tombstone({ record }: { record: TLibraryRecord }) {
  const { t } = useLocale();
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t('ui.library.record.tombstoneTitle')} role="status">
      <Stack gap={4}>
        <Text size="sm">{t('ui.library.record.tombstoneBody', { date: record.withdrawnAt ? formatDate(record.withdrawnAt) : '' })}</Text>
        {record.withdrawalReason ? <Text size="sm">{t('ui.library.record.tombstoneReason', { reason: record.withdrawalReason })}</Text> : null}
      </Stack>
    </Alert>
  );
}

function Citation({ record }: { record: TLibraryRecord }) {
  const { t } = useLocale();
  const text = citationText(record, `${window.location.origin}/library/records/${record.id}`);
  return (
    <Stack gap="sm">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="citation">
        {text}
      </Text>
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Button size="xs" variant="light" onClick={copy} style={{ alignSelf: 'flex-start' }} aria-live="polite">
            {copied ? t('ui.library.record.citationCopied') : t('ui.library.record.copyCitation')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}

function SideFacts({ record }: { record: TLibraryRecord }) {
  const { locale, t } = useLocale();
  const { doi, isbn, patentNo, resultNo } = record.identifiers;
  return (
    <Facts
      cols={1}
      facts={[
        { label: t('ui.library.record.type'), value: valueLabel(locale, t, 'library.types', record.type) },
        { label: t('ui.library.record.issuedDate'), value: record.issuedDate ? formatCalendarDate(record.issuedDate) : null },
        { label: t('ui.library.record.year'), value: record.issuedDate || record.issuedYear === null ? null : String(record.issuedYear) },
        {
          label: t('ui.library.record.organisation'),
          value: record.organisation ? (
            <Anchor component={Link} to={`/directory/organisations/${record.organisation.id}`}>
              {record.organisation.nameVi}
            </Anchor>
          ) : null,
        },
        { label: t('ui.library.record.publisher'), value: record.publisher },
        {
          label: t('ui.library.record.fields'),
          value: record.fields.length > 0 ? record.fields.map((field) => `${field.code}. ${locale === 'en' ? field.nameEn : field.nameVi}`).join('; ') : null,
        },
        { label: t('ui.library.record.programArea'), value: record.programArea ? valueLabel(locale, t, 'library.programAreas', record.programArea) : null },
        { label: t('ui.library.record.program'), value: record.program ? `${record.program.code} – ${record.program.title}` : null },
        { label: t('ui.library.record.taskCode'), value: record.taskCode },
        {
          label: t('ui.library.record.doi'),
          value: doi ? (
            <Anchor href={`https://doi.org/${doi}`} target="_blank" rel="noopener noreferrer">
              {doi}
            </Anchor>
          ) : null,
        },
        { label: t('ui.library.record.isbn'), value: isbn },
        { label: t('ui.library.record.patentNo'), value: patentNo },
        { label: t('ui.library.record.resultNo'), value: resultNo },
        { label: t('ui.library.record.language'), value: t(`ui.library.values.languages.${record.language}`) },
        { label: t('ui.library.record.licence'), value: record.licence ? valueLabel(locale, t, 'ui.library.values.licences', record.licence) : null },
        { label: t('ui.library.record.published'), value: record.publishedAt ? formatDate(record.publishedAt) : null },
        { label: t('ui.library.record.views'), value: formatNumber(record.viewCount, locale) },
        { label: t('ui.library.record.downloads'), value: formatNumber(record.downloadCount, locale) },
        { label: t('ui.library.record.versionLabel'), value: String(record.version) },
      ]}
    />
  );
}

/** The record as a reader sees it; `lead` goes above its content and `aside` below, for the review screen's panels. */
export function RecordDetail({ record, actions, lead, aside }: { record: TLibraryRecord; actions?: ReactNode; lead?: ReactNode; aside?: ReactNode }) {
  const { locale, t } = useLocale();
  const tombstone = record.status === 'withdrawn';
  const details = tombstone
    ? []
    : detailKeys(record.type).map((key) => ({
        label: t(`ui.library.deposit.detailFields.${key}`),
        value: detailValue(record.type, key, record.details[key], locale, t),
      }));
  return (
    <Stack gap="lg">
      <Stack gap="xs" component="header">
        <Group gap={6}>
          <TypeBadge type={record.type} />
          {record.status === 'published' ? null : <RecordStatusBadge status={record.status} />}
          {record.accessLevel === 'public' ? null : <AccessBadge level={record.accessLevel} />}
        </Group>
        <Title order={1} fz={{ base: 22, sm: 28 }} lh={1.3} style={{ wordBreak: 'break-word' }}>
          {record.title}
        </Title>
        {record.titleEn ? (
          <Text c="dimmed" fs="italic" lang="en">
            {record.titleEn}
          </Text>
        ) : null}
        {record.contributors.length > 0 ? <Contributors record={record} /> : null}
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Stack>
      {tombstone ? <Tombstone record={record} /> : <Notices record={record} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {lead}
            {record.abstract || record.keywords.length > 0 ? (
              <Section id="record-abstract" title={t('ui.library.record.abstract')}>
                <Stack gap="sm">
                  {record.abstract ? (
                    <Text className="pre-wrap" size="sm" lh={1.6}>
                      {record.abstract}
                    </Text>
                  ) : null}
                  {record.keywords.length > 0 ? (
                    <Group gap={6} aria-label={t('ui.library.record.keywords')} role="list">
                      {record.keywords.map((keyword) => (
                        <Badge key={keyword} variant="outline" color="gray" radius="sm" role="listitem" style={{ textTransform: 'none' }}>
                          {keyword}
                        </Badge>
                      ))}
                    </Group>
                  ) : null}
                </Stack>
              </Section>
            ) : null}
            {tombstone ? null : (
              <Section id="record-files" title={t('ui.library.record.files')}>
                <FileList record={record} />
              </Section>
            )}
            {details.some((fact) => fact.value !== null) ? (
              <Section id="record-details" title={t('ui.library.record.details')}>
                <Facts facts={details} />
              </Section>
            ) : null}
            <Section id="record-citation" title={t('ui.library.record.citation')}>
              <Citation record={record} />
            </Section>
            {aside}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" padding="lg" component="section" aria-label={t('ui.library.record.identifiers')}>
            <SideFacts record={record} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
