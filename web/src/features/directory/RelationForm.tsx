import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import type { PartyKind } from '../../../../common/contracts/directory.ts';
import { useCreateRelation } from '../../api/directory.ts';
import { useT } from '../../app/locale.tsx';
import { parseVnDate } from '../../components/dates.ts';
import { useForm } from '../../components/useForm.ts';
import { FormAlert } from '../auth/AuthCard.tsx';
import { OrganisationPicker, PersonPicker } from './pickers.tsx';
import { relationEnds, relationOptions } from './relationOptions.ts';

const vnDate = z.string().refine((value) => value.trim() === '' || parseVnDate(value) !== null, { message: 'date_vn' });

const ZRelationForm = z
  .object({ option: z.string().min(1), otherId: z.string().min(1), role: z.string().max(200), startDate: vnDate, endDate: vnDate })
  .superRefine((value, ctx) => {
    const start = parseVnDate(value.startDate);
    const end = parseVnDate(value.endDate);
    if (start && end && end < start) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
    }
  });

/** Records a dated relation between this party and another one picked from the directory. */
export function RelationForm({ party }: { party: { kind: PartyKind; id: string } }) {
  const t = useT();
  const create = useCreateRelation();
  const options = relationOptions(party.kind);
  const [formKey, setFormKey] = useState(0);
  const empty = { option: options[0]?.value ?? '', otherId: '', role: '', startDate: '', endDate: '' };
  const form = useForm({
    initial: empty,
    schema: ZRelationForm,
    submit: (_data, values) => {
      const option = options.find((candidate) => candidate.value === values.option);
      if (!option) {
        throw new Error('unknown relation option');
      }
      return create.mutateAsync({
        ...relationEnds(option, party, values.otherId),
        role: values.role.trim() || null,
        startDate: parseVnDate(values.startDate),
        endDate: parseVnDate(values.endDate),
        source: null,
      });
    },
    fieldAlias: { toId: 'otherId', fromId: 'otherId', fromKind: 'option', toKind: 'option' },
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('ui.directory.relationAdded') });
      form.setValues(empty);
      setFormKey((key) => key + 1);
    },
  });
  const option = options.find((candidate) => candidate.value === form.values.option);
  const Picker = option?.otherKind === 'organisation' ? OrganisationPicker : PersonPicker;

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="relation-form-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="relation-form-title">
          {t('ui.directory.addRelation')}
        </Title>
        <FormAlert message={form.formError} />
        <SimpleGrid cols={1} spacing="sm">
          <Select
            name="option"
            label={t('ui.directory.relationType')}
            data={options.map((candidate) => ({ value: candidate.value, label: t(`ui.relationOptions.${candidate.value}`) }))}
            value={form.values.option}
            onChange={(value) => {
              form.setField('option', value ?? '');
              form.setField('otherId', '');
            }}
            allowDeselect={false}
            error={form.errorOf('option')}
          />
          <Picker
            key={`${formKey}:${option?.otherKind ?? ''}`}
            name="otherId"
            label={option?.otherKind === 'organisation' ? t('ui.directory.otherOrganisation') : t('ui.directory.otherPerson')}
            value={form.values.otherId || null}
            onChange={(value) => form.setField('otherId', value ?? '')}
            error={form.errorOf('otherId')}
            required
          />
          <TextInput
            name="role"
            label={t('ui.directory.role')}
            placeholder={t('ui.directory.rolePlaceholder')}
            value={form.values.role}
            onChange={(event) => form.setField('role', event.currentTarget.value)}
            error={form.errorOf('role')}
          />
          <Group grow gap="sm" align="flex-start">
            <TextInput
              name="startDate"
              label={t('ui.directory.startDate')}
              placeholder={t('ui.directory.datePlaceholder')}
              inputMode="numeric"
              value={form.values.startDate}
              onChange={(event) => form.setField('startDate', event.currentTarget.value)}
              error={form.errorOf('startDate')}
            />
            <TextInput
              name="endDate"
              label={t('ui.directory.endDate')}
              placeholder={t('ui.directory.datePlaceholder')}
              inputMode="numeric"
              value={form.values.endDate}
              onChange={(event) => form.setField('endDate', event.currentTarget.value)}
              error={form.errorOf('endDate')}
            />
          </Group>
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="light" loading={form.submitting}>
            {t('ui.directory.addRelation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
