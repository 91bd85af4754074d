import { Card, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import {
  ACADEMIC_TITLES,
  DEGREES,
  GENDERS,
  ZPersonInput,
  type TPerson,
} from '../../../../../common/contracts/directory.ts';
import { useCreatePerson, usePerson, useUpdatePerson } from '../../../api/directory.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useT } from '../../../app/locale.tsx';
import { FormActions, RecordEditPage } from '../../../components/RecordEditPage.tsx';
import { useForm } from '../../../components/useForm.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { FieldMultiSelect } from '../FieldSelect.tsx';
import { JurisdictionPicker, OrganisationPicker } from '../pickers.tsx';
import { defaultJurisdiction } from './defaults.ts';

function initialValues(person: TPerson | undefined, fallbackJurisdiction: string) {
  const details = person?.privateDetails;
  return {
    fullName: person?.fullName ?? '',
    jurisdictionId: person?.jurisdiction.id ?? fallbackJurisdiction,
    organisationId: person?.organisation?.id ?? '',
    birthYear: details?.birthYear ?? '',
    gender: details?.gender ?? '',
    degree: person?.degree ?? '',
    academicTitle: person?.academicTitle ?? '',
    fieldCodes: person?.fields.map((field) => field.code) ?? [],
    orcid: person?.orcid ?? '',
    email: details?.email ?? '',
    phone: details?.phone ?? '',
    position: person?.position ?? '',
  };
}

function PersonForm({ person }: { person?: TPerson }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const fallback = defaultJurisdiction(user);
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? '');
  const form = useForm({
    initial: initialValues(person, fallback?.id ?? ''),
    schema: ZPersonInput,
    submit: (data) => {
      if (!person) {
        return create.mutateAsync(data);
      }
      if (person.privateDetails === null) {
        // Fields this user cannot see are left out of the update so they keep their stored values.
        const { birthYear: _birthYear, gender: _gender, email: _email, phone: _phone, ...visible } = data;
        return update.mutateAsync({ ...visible, version: person.version });
      }
      return update.mutateAsync({ ...data, version: person.version });
    },
    onSuccess: (result) => {
      notifications.show({ color: 'green', message: t('ui.common.saved') });
      void navigate(`/directory/people/${(result as TPerson).id}`);
    },
  });
  const text = (name: 'fullName' | 'orcid' | 'email' | 'phone' | 'position', label: string, extra?: { required?: boolean; type?: string; description?: string }) => (
    <TextInput
      name={name}
      label={label}
      required={extra?.required}
      type={extra?.type}
      description={extra?.description}
      value={form.values[name]}
      onChange={(event) => form.setField(name, event.currentTarget.value)}
      error={form.errorOf(name)}
    />
  );
  const choice = (name: 'gender' | 'degree' | 'academicTitle', label: string, values: readonly string[], namespace: string) => (
    <Select
      name={name}
      label={label}
      clearable
      data={values.map((value) => ({ value, label: t(`directory.${namespace}.${value}`) }))}
      value={form.values[name] || null}
      onChange={(value) => form.setField(name, value ?? '')}
      error={form.errorOf(name)}
      clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
    />
  );
  // Contact details are shown to, and kept by, officers who may read them; others leave them as they are.
  const showPrivate = !person || person.privateDetails !== null;

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="lg">
        <FormAlert message={form.formError} />
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {text('fullName', t('directory.columns.fullName'), { required: true })}
            {text('position', t('directory.columns.position'))}
            <OrganisationPicker
              name="organisationId"
              label={t('ui.directory.organisation')}
              value={form.values.organisationId || null}
              initialLabel={person?.organisation?.nameVi}
              onChange={(value) => form.setField('organisationId', value ?? '')}
              error={form.errorOf('organisationId')}
            />
            <JurisdictionPicker
              name="jurisdictionId"
              kind="province"
              label={t('ui.directory.province')}
              required
              value={form.values.jurisdictionId || null}
              initialLabel={person?.jurisdiction.fullName ?? fallback?.label}
              onChange={(value) => form.setField('jurisdictionId', value ?? '')}
              error={form.errorOf('jurisdictionId')}
            />
            {choice('degree', t('directory.columns.degree'), DEGREES, 'degrees')}
            {choice('academicTitle', t('directory.columns.academicTitle'), ACADEMIC_TITLES, 'academicTitles')}
            <FieldMultiSelect
              name="fieldCodes"
              label={t('ui.directory.fields')}
              value={form.values.fieldCodes}
              onChange={(value) => form.setField('fieldCodes', value)}
              error={form.errorOf('fieldCodes')}
            />
            {text('orcid', t('directory.columns.orcid'), { description: t('ui.directory.orcidHelp') })}
          </SimpleGrid>
        </Card>
        {showPrivate ? (
          <Card withBorder radius="md" padding="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput
                name="birthYear"
                label={t('directory.columns.birthYear')}
                min={1900}
                max={new Date().getFullYear()}
                allowDecimal={false}
                thousandSeparator=""
                value={form.values.birthYear}
                onChange={(value) => form.setField('birthYear', typeof value === 'number' ? value : '')}
                error={form.errorOf('birthYear')}
              />
              {choice('gender', t('directory.columns.gender'), GENDERS, 'genders')}
              {text('email', t('directory.columns.email'), { type: 'email' })}
              {text('phone', t('directory.columns.phone'), { type: 'tel' })}
            </SimpleGrid>
          </Card>
        ) : null}
        <FormActions
          cancelTo={person ? `/directory/people/${person.id}` : '/admin/directory/people'}
          submitLabel={person ? t('ui.common.save') : t('ui.directory.addPerson')}
          submitting={form.submitting}
        />
      </Stack>
    </form>
  );
}

export function PersonEditPage() {
  const t = useT();
  const { id } = useParams();
  const person = usePerson(id);
  return (
    <RecordEditPage
      id={id}
      query={person}
      list={{ label: t('ui.admin.sections.people'), to: '/admin/directory/people' }}
      createTitle={t('ui.directory.addPerson')}
      editTitle={t('ui.directory.editPerson')}
      nameOf={(data) => data.fullName}
      form={(data) => <PersonForm person={data} />}
    />
  );
}
