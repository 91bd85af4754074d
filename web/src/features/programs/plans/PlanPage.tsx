import { Anchor, Badge, Box, Button, Card, FileInput, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import { fileDownloadPath, UPLOAD_FILE_FIELD, UPLOAD_PURPOSE_FIELD, type TStoredFile } from '../../../../../common/contracts/files.ts';
import type { TMilestone, TPlanItem } from '../../../../../common/contracts/programs-plans.ts';
import { formatDate } from '../../../../../common/i18n/index.ts';
import { api } from '../../../api/client.ts';
import { useCompleteMilestone, usePlan } from '../../../api/programs.ts';
import { hasPermission, useCurrentUser } from '../../../api/session.ts';
import { useLocale } from '../../../app/locale.tsx';
import { todayInVietnam } from '../../../components/dates.ts';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { describeError, QueryState } from '../../../components/QueryState.tsx';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { PlanStatusBadge } from '../badges.tsx';
import { itemDepths } from './tree.ts';
import { ProgressBar } from './PlansPage.tsx';

const day = (iso: string | null) => (iso ? formatDate(`${iso.slice(0, 10)}T12:00:00Z`) : '—');

function CompleteMilestone({ milestone }: { milestone: TMilestone }) {
  const { locale, t } = useLocale();
  const [opened, setOpened] = useState(false);
  const [completedOn, setCompletedOn] = useState(todayInVietnam());
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const complete = useCompleteMilestone();
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (!file) {
      setFileError(t('ui.programs.plans.evidenceRequired'));
      return;
    }
    setFileError(null);
    setError(null);
    setUploading(true);
    try {
      const form = new FormData();
      form.set(UPLOAD_PURPOSE_FIELD, 'attachment');
      form.set(UPLOAD_FILE_FIELD, file, file.name);
      const stored = await api.upload<TStoredFile>('/api/v1/files', form);
      await complete.mutateAsync({ milestoneId: milestone.id, version: milestone.version, completedOn, evidenceFileId: stored.id });
      notifications.show({ color: 'green', message: t('ui.programs.plans.completed') });
      setOpened(false);
    } catch (caught) {
      setError(describeError(locale, caught).title);
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)} aria-label={t('ui.programs.plans.completeNamed', { name: milestone.title })}>
        {t('ui.programs.plans.complete')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('ui.programs.plans.completeTitle')} closeButtonProps={{ 'aria-label': t('ui.common.close') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <Stack gap="md">
            <Text size="sm" fw={600}>
              {milestone.title}
            </Text>
            <FormAlert message={error} />
            <TextInput type="date" label={t('ui.programs.plans.completedDate')} value={completedOn} max={todayInVietnam()} onChange={(event) => setCompletedOn(event.currentTarget.value)} required />
            <FileInput
              label={t('ui.programs.plans.evidence')}
              description={t('ui.programs.plans.evidenceHelp')}
              placeholder={t('ui.programs.import.filePlaceholder')}
              value={file}
              onChange={setFile}
              required
              clearable
              error={fileError}
              clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={uploading}>
                {t('ui.programs.plans.complete')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function MilestoneRow({ milestone, canWrite }: { milestone: TMilestone; canWrite: boolean }) {
  const { t } = useLocale();
  return (
    <Group component="li" justify="space-between" gap="xs" py={6} wrap="wrap" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Box style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Badge variant="outline" color="gray" size="sm">
            {t(`ui.programs.milestoneKinds.${milestone.kind}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {milestone.title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('ui.programs.plans.dueOn')}: {day(milestone.dueOn)}
        </Text>
      </Box>
      <Group gap="xs" wrap="wrap">
        {milestone.completedOn ? (
          <Badge variant="light" color="green">
            {t('ui.programs.plans.completedOn', { date: day(milestone.completedOn) })}
          </Badge>
        ) : (
          <Badge variant="light" color={milestone.late ? 'red' : 'gray'}>
            {milestone.late ? t('ui.programs.plans.overdue') : t('ui.programs.plans.notCompleted')}
          </Badge>
        )}
        {milestone.evidenceFileId ? (
          <Anchor href={fileDownloadPath(milestone.evidenceFileId)} size="sm">
            {t('ui.programs.plans.downloadEvidence')}
          </Anchor>
        ) : null}
        {canWrite && !milestone.completedOn ? <CompleteMilestone milestone={milestone} /> : null}
      </Group>
    </Group>
  );
}

function ItemCard({ item, depth, canWrite }: { item: TPlanItem; depth: number; canWrite: boolean }) {
  const { t } = useLocale();
  return (
    <Card withBorder radius="md" padding="sm" ml={{ base: depth * 8, sm: depth * 24 }} component="article" aria-labelledby={`item-${item.id}`}>
      <Stack gap={6}>
        <Title order={3} size="h6" id={`item-${item.id}`}>
          {item.code}. {item.title}
        </Title>
        <Text size="xs" c="dimmed">
          {t('ui.programs.plans.owner')}: {item.ownerName ?? '—'} · {t('ui.programs.plans.deadline')}: {day(item.deadline)} · {t('ui.programs.plans.weight')}: {item.weight}
        </Text>
        <ProgressBar value={item.progress} status={item.status} label={t('ui.programs.plans.progressOf', { name: `${item.code}. ${item.title}` })} />
        {item.milestones.length > 0 ? (
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('ui.programs.plans.milestones')}>
            {item.milestones.map((milestone) => (
              <MilestoneRow key={milestone.id} milestone={milestone} canWrite={canWrite} />
            ))}
          </Box>
        ) : null}
      </Stack>
    </Card>
  );
}

export function PlanPage() {
  const { t } = useLocale();
  const user = useCurrentUser();
  const { id = '', planId } = useParams();
  const plan = usePlan(planId);
  const canWrite = hasPermission(user, 'programs.plan.write');

  return (
    <>
      <PageBreadcrumbs
        items={[
          { label: t('ui.programs.title'), to: '/programs' },
          { label: t('ui.programs.plans.title'), to: `/programs/${id}/plans` },
          { label: plan.data?.organisation.name ?? '…' },
        ]}
      />
      <QueryState query={plan}>
        {(data) => {
          const depths = itemDepths(data.items);
          return (
            <>
              <PageHeader title={data.title} description={data.organisation.name} />
              <Stack gap="md">
                <Card withBorder radius="md" padding="md">
                  <Stack gap="xs">
                    <Group gap="xs">
                      <Text size="sm">{t('ui.programs.status')}:</Text>
                      <PlanStatusBadge status={data.status} />
                    </Group>
                    <ProgressBar value={data.progress} status={data.progressStatus} label={t('ui.programs.plans.progressOf', { name: data.title })} />
                    <Text size="xs" c="dimmed">
                      {t('ui.programs.plans.progressHelp')}
                    </Text>
                  </Stack>
                </Card>
                <Title order={2} size="h4">
                  {t('ui.programs.plans.items')}
                </Title>
                {data.items.map((item) => (
                  <ItemCard key={item.id} item={item} depth={depths.get(item.id) ?? 0} canWrite={canWrite} />
                ))}
              </Stack>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
