import { Alert, Anchor, Button, Card, FileInput, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { TIndicatorValue, TReportDetail } from '../../../../../common/contracts/programs-rounds.ts';
import { formatDateTime, formatNumber } from '../../../../../common/i18n/index.ts';
import { useAttachEvidence, useReport, useReportTransition, useRestateValue, useSaveReport } from '../../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { describeError, QueryState } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { ReportStatusBadge } from '../badges.tsx';
import { formatPeriod, formatWithUnit } from '../format.ts';
import { isEditable, numberInputFormat, reportDraft, savePayload, type ReportDraft } from './reportForm.ts';

function Notices({ report }: { report: TReportDetail }) {
  const { t } = useLocale();
  if (report.status === 'approved' && report.lockedAt) {
    return (
      <Alert color="green" variant="light" title={t('ui.programs.reportStatuses.approved')}>
        {t('ui.programs.report.lockedNotice', { date: formatDateTime(report.lockedAt) })}
      </Alert>
    );
  }
  if (report.status === 'submitted') {
    return (
      <Alert color="cyan" variant="light" title={t('ui.programs.reportStatuses.submitted')}>
        {t('ui.programs.report.awaitingNotice')}
      </Alert>
    );
  }
  if (report.status === 'returned') {
    return (
      <Alert color="orange" variant="light" title={t('ui.programs.report.returnedNotice')} role="alert">
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {report.reviewComment}
        </Text>
      </Alert>
    );
  }
  return null;
}

function EvidenceSection({ report, editable }: { report: TReportDetail; editable: boolean }) {
  const { locale, t } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const attach = useAttachEvidence(report.id);
  const error = attach.error ? describeError(locale, attach.error).title : null;

  const add = () => {
    if (!file) {
      setFieldError(t('ui.programs.import.chooseFile'));
      return;
    }
    setFieldError(null);
    attach.mutate(
      { file, caption: caption.trim() || file.name },
      {
        onSuccess: () => {
          setFile(null);
          setCaption('');
        },
      },
    );
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="evidence-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="evidence-title">
          {t('ui.programs.report.evidence')}
        </Title>
        {report.files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ui.programs.report.noEvidence')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {report.files.map((entry) => (
              <li key={entry.fileId}>
                <Anchor href={entry.downloadUrl} download={entry.fileName} fw={600} size="sm">
                  {entry.caption}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {entry.fileName} · {formatNumber(Math.max(1, Math.round(entry.size / 1024)), locale)} KB
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {editable ? (
          <Stack gap="sm">
            <FormAlert message={error} />
            <FileInput
              label={t('ui.programs.plans.evidence')}
              description={t('ui.programs.plans.evidenceHelp')}
              placeholder={t('ui.programs.import.filePlaceholder')}
              value={file}
              onChange={setFile}
              clearable
              size="md"
              error={fieldError}
              clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            />
            <TextInput label={t('ui.programs.report.caption')} value={caption} onChange={(event) => setCaption(event.currentTarget.value)} size="md" />
            <Group>
              <Button variant="light" size="md" onClick={add} loading={attach.isPending}>
                {t('ui.programs.report.addEvidence')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function RestateButton({ value, label }: { value: TIndicatorValue; label: string }) {
  const { locale, t } = useLocale();
  const [opened, setOpened] = useState(false);
  const [next, setNext] = useState<string | number>(value.value);
  const [reason, setReason] = useState('');
  const restate = useRestateValue();
  const error = restate.error ? describeError(locale, restate.error).title : null;
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)} aria-label={`${t('ui.programs.report.restate')}: ${label}`}>
        {t('ui.programs.report.restate')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('ui.programs.report.restateTitle')} closeButtonProps={{ 'aria-label': t('ui.common.close') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            restate.mutate(
              { valueId: value.id, value: Number(next), reason },
              {
                onSuccess: () => {
                  notifications.show({ color: 'green', message: t('ui.programs.report.restated') });
                  setOpened(false);
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <FormAlert message={error} />
            <NumberInput label={t('ui.programs.report.newValue')} rightSection={<Text size="xs">{value.unit}</Text>} rightSectionWidth={80} value={next} onChange={setNext} required {...numberInputFormat(locale)} />
            <Textarea label={t('ui.programs.report.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} required autosize minRows={3} />
            <Group justify="flex-end">
              <Button type="submit" loading={restate.isPending} disabled={reason.trim() === '' || next === ''}>
                {t('ui.programs.report.restate')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function ReportForm({ report, canSubmit, canReview }: { report: TReportDetail; canSubmit: boolean; canReview: boolean }) {
  const { locale, t } = useLocale();
  const editable = canSubmit && isEditable(report.status);
  const [draft, setDraft] = useState<ReportDraft>(() => reportDraft(report));
  const [comment, setComment] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveReport(report.id);
  const transition = useReportTransition(report.id);
  const busy = save.isPending || transition.isPending;

  const fail = (error: unknown) => setFormError(describeError(locale, error).title);

  const saveDraft = async (): Promise<TReportDetail | null> => {
    setFormError(null);
    try {
      return await save.mutateAsync(savePayload(report, draft));
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const submit = async () => {
    const saved = await saveDraft();
    if (!saved) {
      return;
    }
    try {
      await transition.mutateAsync({ action: 'submit', version: saved.version });
      notifications.show({ color: 'green', message: t('ui.programs.report.submitted') });
    } catch (error) {
      fail(error);
    }
  };

  const review = async (action: 'return' | 'approve') => {
    setFormError(null);
    try {
      if (action === 'return') {
        await transition.mutateAsync({ action, version: report.version, comment });
      } else {
        await transition.mutateAsync({ action, version: report.version, comment: comment.trim() || null });
      }
      notifications.show({ color: 'green', message: t(action === 'return' ? 'ui.programs.report.returned' : 'ui.programs.report.approved') });
    } catch (error) {
      fail(error);
    }
  };

  const valueFor = (indicatorId: string) => report.values.find((value) => value.indicatorId === indicatorId) ?? null;

  return (
    <Stack gap="lg">
      <Notices report={report} />
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="summary-title">
        <Title order={2} size="h4" id="summary-title" mb="sm">
          {t('ui.programs.report.summary')}
        </Title>
        {editable ? (
          <Textarea
            aria-labelledby="summary-title"
            value={draft.summary}
            onChange={(event) => setDraft({ ...draft, summary: event.currentTarget.value })}
            autosize
            minRows={3}
            size="md"
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {report.summary || t('ui.common.notProvided')}
          </Text>
        )}
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="narratives-title">
        <Title order={2} size="h4" id="narratives-title" mb="sm">
          {t('ui.programs.report.narratives')}
        </Title>
        {report.narratives.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ui.programs.report.noActions')}
          </Text>
        ) : (
          <Stack gap="md">
            {report.narratives.map((narrative) =>
              editable ? (
                <Textarea
                  key={narrative.actionId}
                  label={t('ui.programs.report.narrativeOf', { ref: narrative.ref })}
                  description={narrative.action}
                  value={draft.narratives[narrative.actionId] ?? ''}
                  onChange={(event) => setDraft({ ...draft, narratives: { ...draft.narratives, [narrative.actionId]: event.currentTarget.value } })}
                  autosize
                  minRows={3}
                  size="md"
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              ) : (
                <div key={narrative.actionId}>
                  <Text size="sm" fw={600}>
                    {t('ui.programs.report.narrativeOf', { ref: narrative.ref })}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {narrative.action}
                  </Text>
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                    {narrative.text || t('ui.common.notProvided')}
                  </Text>
                </div>
              ),
            )}
          </Stack>
        )}
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="values-title">
        <Title order={2} size="h4" id="values-title">
          {t('ui.programs.report.values')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {formatPeriod(report.round.period, t)}
        </Text>
        <Stack gap="md">
          {report.indicators.map((indicator) => {
            const name = locale === 'vi' ? indicator.nameVi : indicator.nameEn;
            const label = t('ui.programs.report.valueOf', { name, unit: indicator.unit });
            const stored = valueFor(indicator.id);
            if (editable) {
              return (
                <NumberInput
                  key={indicator.id}
                  label={label}
                  value={draft.values[indicator.id] ?? ''}
                  onChange={(value) => setDraft({ ...draft, values: { ...draft.values, [indicator.id]: value } })}
                  rightSection={<Text size="sm">{indicator.unit}</Text>}
                  rightSectionWidth={Math.min(160, 24 + indicator.unit.length * 8)}
                  size="md"
                  {...numberInputFormat(locale)}
                />
              );
            }
            return (
              <Group key={indicator.id} justify="space-between" gap="xs" wrap="wrap">
                <div style={{ flex: '1 1 200px' }}>
                  <Text size="sm">{label}</Text>
                  <Text size="lg" fw={700}>
                    {stored ? formatWithUnit(stored.value, 4, stored.unit, locale) : '—'}
                  </Text>
                </div>
                {canReview && stored && report.status === 'approved' ? <RestateButton value={stored} label={label} /> : null}
              </Group>
            );
          })}
        </Stack>
      </Card>

      <EvidenceSection report={report} editable={editable} />

      {/* Beside the buttons, where the eye is after pressing one on a phone. */}
      <FormAlert message={formError} />

      {editable ? (
        <Stack gap="sm">
          <Button size="lg" variant="default" fullWidth loading={save.isPending} disabled={busy} onClick={() => void saveDraft().then((saved) => saved && notifications.show({ color: 'green', message: t('ui.programs.report.draftSaved') }))}>
            {t('ui.programs.report.saveDraft')}
          </Button>
          <ConfirmButton
            size="lg"
            fullWidth
            title={t('ui.programs.report.submitTitle')}
            message={t('ui.programs.report.submitMessage')}
            confirmLabel={t('ui.programs.report.submit')}
            onConfirm={() => void submit()}
            loading={transition.isPending}
            disabled={busy}
          >
            {t('ui.programs.report.submit')}
          </ConfirmButton>
        </Stack>
      ) : null}

      {canReview && report.status === 'submitted' ? (
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="review-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="review-title">
              {t('ui.programs.report.review')}
            </Title>
            <Textarea
              label={t('ui.programs.report.comment')}
              description={t('ui.programs.report.commentHelp')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={3}
              size="md"
            />
            <Group gap="sm" grow>
              <Button size="md" color="orange" variant="light" disabled={comment.trim() === '' || busy} onClick={() => void review('return')}>
                {t('ui.programs.report.returnReport')}
              </Button>
              <ConfirmButton
                size="md"
                color="green"
                title={t('ui.programs.report.approveTitle')}
                message={t('ui.programs.report.approveMessage')}
                confirmLabel={t('ui.programs.report.approve')}
                onConfirm={() => void review('approve')}
                disabled={busy}
              >
                {t('ui.programs.report.approve')}
              </ConfirmButton>
            </Group>
          </Stack>
        </Card>
      ) : null}

      {report.events.length > 0 ? (
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="history-title">
          <Title order={2} size="h4" id="history-title" mb="sm">
            {t('ui.programs.report.history')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {report.events.map((event) => (
              <Timeline.Item key={event.id} title={t(`ui.programs.reportEvents.${event.event}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.createdAt)}
                </Text>
                {event.comment ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {event.comment}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      ) : null}
    </Stack>
  );
}

export function ReportPage() {
  const { t } = useLocale();
  const user = useCurrentUser();
  const { id = '', reportId } = useParams();
  const report = useReport(reportId);
  const canSubmit = hasPermission(user, 'programs.report.submit');
  const canReview = hasPermission(user, 'programs.round.manage');

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.rounds.title'), to: `/programs/${id}/rounds` },
          { label: report.data?.round.title ?? '…', to: report.data ? `/programs/${id}/rounds/${report.data.round.id}` : undefined },
          { label: report.data?.organisation.name ?? '…' },
        ]}
      />
      <QueryState query={report}>
        {(data) => (
          <Stack gap="md" maw={760}>
            <PageHeader title={t('ui.programs.report.title', { unit: data.organisation.name })} description={`${data.round.title} · ${formatPeriod(data.round.period, t)}`} />
            <Group gap="xs">
              <Text size="sm">{t('ui.programs.rounds.reportStatus')}:</Text>
              <ReportStatusBadge status={data.status} />
            </Group>
            {/* Keyed by version: a saved, returned or approved report starts the form from the stored text. */}
            <ReportForm key={`${data.id}:${data.version}`} report={data} canSubmit={canSubmit} canReview={canReview} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
