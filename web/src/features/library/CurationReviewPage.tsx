import { Alert, Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import { useCurate, useLibraryRecord, type CurationStep } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { IconAlert } from '../../components/Icons.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { useDocumentTitle } from '../../components/PageHeader.tsx';
import { describeError, QueryState } from '../../components/QueryState.tsx';
import { FormAlert } from '../auth/AuthCard.tsx';
import { RecordDetail } from './RecordDetail.tsx';
import { RecordHistory } from './RecordHistory.tsx';

const DONE_MESSAGE: Record<CurationStep, string> = {
  publish: 'ui.library.curation.published',
  'request-changes': 'ui.library.curation.changesRequested',
  withdraw: 'ui.library.curation.withdrawn',
};

function CurationPanel({ record }: { record: TLibraryRecord }) {
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const curate = useCurate();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const waiting = record.status === 'submitted';
  const published = record.status === 'published';
  const failed = record.files.some((file) => file.textStatus === 'failed');

  const act = (step: CurationStep) => {
    const text = comment.trim();
    if (step !== 'publish' && text === '') {
      setCommentError(step === 'withdraw' ? t('ui.library.curation.reasonRequired') : t('ui.library.curation.commentRequired'));
      document.getElementById('curation-comment')?.focus();
      return;
    }
    setCommentError(null);
    curate.mutate(
      { id: record.id, step, body: { version: record.version, comment: text === '' ? null : text } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(DONE_MESSAGE[step]) });
          setComment('');
          if (step !== 'withdraw') {
            void navigate(step === 'publish' ? `/library/records/${record.id}` : '/library/curation');
          }
        },
      },
    );
  };

  if (!waiting && !published) {
    return null;
  }
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="curation-decision" style={{ borderColor: 'var(--mantine-color-brand-4)' }}>
      <Stack gap="md">
        <Title order={2} size="h4" id="curation-decision">
          {t('ui.library.curation.decision')}
        </Title>
        {failed ? (
          <Alert color="orange" variant="light" icon={<IconAlert />}>
            {t('ui.library.curation.textFailures')}
          </Alert>
        ) : null}
        <FormAlert message={curate.error ? describeError(locale, curate.error).title : null} />
        <Textarea
          id="curation-comment"
          label={published ? t('ui.library.curation.withdrawReason') : t('ui.library.curation.comment')}
          description={t('ui.library.curation.commentHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setCommentError(null);
          }}
          error={commentError}
        />
        <Group gap="sm">
          {waiting ? (
            <>
              <ConfirmButton
                title={t('ui.library.curation.publishConfirmTitle')}
                message={t('ui.library.curation.publishConfirm', { title: record.title })}
                confirmLabel={t('ui.library.curation.publish')}
                loading={curate.isPending && curate.variables.step === 'publish'}
                onConfirm={() => act('publish')}
              >
                {t('ui.library.curation.publish')}
              </ConfirmButton>
              <Button variant="light" color="yellow.9" onClick={() => act('request-changes')} loading={curate.isPending && curate.variables.step === 'request-changes'}>
                {t('ui.library.curation.requestChanges')}
              </Button>
            </>
          ) : (
            <ConfirmButton
              color="red"
              variant="light"
              title={t('ui.library.curation.withdrawConfirmTitle')}
              message={t('ui.library.curation.withdrawConfirm', { title: record.title })}
              confirmLabel={t('ui.library.curation.withdraw')}
              loading={curate.isPending}
              onConfirm={() => act('withdraw')}
            >
              {t('ui.library.curation.withdraw')}
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

export function CurationReviewPage() {
  const { t } = useLocale();
  const { id = '' } = useParams();
  const record = useLibraryRecord(id);
  useDocumentTitle(record.data ? `${t('ui.library.curation.reviewTitle')}: ${record.data.title}` : t('ui.library.curation.reviewTitle'));
  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.library.curation.title'), to: '/library/curation' }, { label: t('ui.library.curation.reviewTitle') }]} />
      <QueryState query={record}>
        {(data) => (
          <RecordDetail
            record={data}
            lead={data.can.curate ? <CurationPanel record={data} /> : null}
            aside={<RecordHistory record={data} />}
          />
        )}
      </QueryState>
    </>
  );
}
