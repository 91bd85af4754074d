import { Card, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { SUPPORT_KINDS, ZSupportRecordInput, type TSupportRecord } from '../../../../../common/contracts/programs.ts';
import { useCreateSupportRecord, useSupportRecord, useUpdateSupportRecord } from '../../../api/programs.ts';
import { useLocale } from '../../../app/locale.tsx';
import { todayInVietnam } from '../../../components/dates.ts';
import { FormActions, RecordEditPage } from '../../../components/RecordEditPage.tsx';
import { useForm } from '../../../components/useForm.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { OrganisationPicker } from '../../directory/pickers.tsx';
import { numberInputFormat } from '../rounds/reportForm.ts';

function SupportForm({ record }: { record?: TSupportRecord }) {
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const create = useCreateSupportRecord();
  const update = useUpdateSupportRecord(record?.id ?? '');
  const form = useForm({
    initial: {
      organisationId: record?.organisation.id ?? '',
      programId: record?.programId ?? null,
      kind: record?.kind ?? '',
      supportedOn: record?.supportedOn ?? todayInVietnam(),
      description: record?.description ?? '',
      amountVnd: record?.amountVnd ?? (''),
    },
    schema: ZSupportRecordInput,
    submit: (data) => (record ? update.mutateAsync(data) : create.mutateAsync(data)),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('ui.common.saved') });
      void navigate('/programs/support');
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="lg">
        <FormAlert message={form.formError} />
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <OrganisationPicker
              name="organisationId"
              label={t('ui.programs.support.organisation')}
              required
              value={form.values.organisationId || null}
              initialLabel={record?.organisation.nameVi}
              onChange={(value) => form.setField('organisationId', value ?? '')}
              error={form.errorOf('organisationId')}
            />
            <Select
              name="kind"
              label={t('ui.programs.support.kind')}
              required
              data={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(`ui.programs.supportKinds.${kind}`) }))}
              value={form.values.kind || null}
              onChange={(value) => form.setField('kind', value ?? '')}
              error={form.errorOf('kind')}
            />
            <TextInput
              name="supportedOn"
              type="date"
              label={t('ui.programs.support.supportedOn')}
              required
              value={form.values.supportedOn}
              onChange={(event) => form.setField('supportedOn', event.currentTarget.value)}
              error={form.errorOf('supportedOn')}
            />
            <NumberInput
              name="amountVnd"
              label={t('ui.programs.support.amount')}
              min={0}
              allowDecimal={false}
              value={form.values.amountVnd}
              onChange={(value) => form.setField('amountVnd', typeof value === 'number' ? value : '')}
              error={form.errorOf('amountVnd')}
              {...numberInputFormat(locale)}
            />
          </SimpleGrid>
          <Textarea
            name="description"
            mt="md"
            label={t('ui.programs.support.content')}
            required
            autosize
            minRows={3}
            value={form.values.description}
            onChange={(event) => form.setField('description', event.currentTarget.value)}
            error={form.errorOf('description')}
          />
        </Card>
        <FormActions cancelTo="/programs/support" submitLabel={record ? t('ui.common.save') : t('ui.programs.support.add')} submitting={form.submitting} />
      </Stack>
    </form>
  );
}

export function SupportRecordEditPage() {
  const { t } = useLocale();
  const { recordId } = useParams();
  const record = useSupportRecord(recordId);
  return (
    <RecordEditPage
      id={recordId}
      query={{ ...record, data: record.data ? { ...record.data, version: 1 } : undefined }}
      list={{ label: t('ui.programs.support.title'), to: '/programs/support' }}
      createTitle={t('ui.programs.support.add')}
      editTitle={t('ui.programs.support.edit')}
      nameOf={(data) => data.organisation.nameVi}
      form={(data) => <SupportForm record={data} />}
    />
  );
}
