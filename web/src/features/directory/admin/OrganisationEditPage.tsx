import { Card, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { ORGANISATION_KINDS, ZOrganisationInput, type TOrganisation, type TOrganisationDetail } from '../../../../../common/contracts/directory.ts';
import { useCreateOrganisation, useOrganisation, useUpdateOrganisation } from '../../../api/directory.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useT } from '../../../app/locale.tsx';
import { FormActions, RecordEditPage } from '../../../components/RecordEditPage.tsx';
import { useForm } from '../../../components/useForm.ts';
import { FormAlert } from '../../auth/AuthCard.tsx';
import { JurisdictionPicker, OrganisationPicker } from '../pickers.tsx';
import { defaultJurisdiction } from './defaults.ts';

function initialValues(organisation: TOrganisationDetail | undefined, fallbackJurisdiction: string) {
  return {
    kind: organisation?.kind ?? '',
    nameVi: organisation?.nameVi ?? '',
    nameEn: organisation?.nameEn ?? '',
    abbreviation: organisation?.abbreviation ?? '',
    taxCode: organisation?.taxCode ?? '',
    agencyCode: organisation?.agencyCode ?? '',
    address: organisation?.address ?? '',
    jurisdictionId: organisation?.jurisdiction.id ?? fallbackJurisdiction,
    communeId: organisation?.commune?.id ?? '',
    parentId: organisation?.parentId ?? '',
    ror: organisation?.ror ?? '',
    website: organisation?.website ?? '',
    email: organisation?.email ?? '',
    phone: organisation?.phone ?? '',
  };
}

function OrganisationForm({ organisation }: { organisation?: TOrganisationDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const fallback = defaultJurisdiction(user);
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation(organisation?.id ?? '');
  const form = useForm({
    initial: initialValues(organisation, fallback?.id ?? ''),
    schema: ZOrganisationInput,
    submit: (data) => (organisation ? update.mutateAsync({ ...data, version: organisation.version }) : create.mutateAsync(data)),
    fieldOfCode: { organisation_cycle: 'parentId' },
    onSuccess: (result) => {
      notifications.show({ color: 'green', message: t('ui.common.saved') });
      void navigate(`/directory/organisations/${(result as TOrganisation).id}`);
    },
  });
  const parent = organisation?.parents.at(-1);
  const text = (name: 'nameVi' | 'nameEn' | 'abbreviation' | 'taxCode' | 'agencyCode' | 'address' | 'ror' | 'website' | 'email' | 'phone', label: string, extra?: { required?: boolean; type?: string; description?: string }) => (
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

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="lg">
        <FormAlert message={form.formError} />
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              name="kind"
              label={t('directory.columns.kind')}
              required
              data={ORGANISATION_KINDS.map((value) => ({ value, label: t(`directory.organisationKinds.${value}`) }))}
              value={form.values.kind || null}
              onChange={(value) => form.setField('kind', value ?? '')}
              error={form.errorOf('kind')}
              allowDeselect={false}
            />
            {text('nameVi', t('directory.columns.nameVi'), { required: true })}
            {text('nameEn', t('directory.columns.nameEn'))}
            {text('abbreviation', t('directory.columns.abbreviation'))}
            <OrganisationPicker
              name="parentId"
              label={t('ui.directory.parentOrganisation')}
              description={t('ui.directory.parentHelp')}
              value={form.values.parentId || null}
              initialLabel={parent?.nameVi}
              exclude={organisation?.id}
              onChange={(value) => form.setField('parentId', value ?? '')}
              error={form.errorOf('parentId')}
            />
            {text('taxCode', t('directory.columns.taxCode'), { description: t('ui.directory.taxCodeHelp') })}
            {text('agencyCode', t('directory.columns.agencyCode'))}
            {text('ror', t('directory.columns.ror'), { description: t('ui.directory.rorHelp') })}
          </SimpleGrid>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <JurisdictionPicker
              name="jurisdictionId"
              kind="province"
              label={t('ui.directory.province')}
              required
              value={form.values.jurisdictionId || null}
              initialLabel={organisation?.jurisdiction.fullName ?? fallback?.label}
              onChange={(value) => {
                form.setField('jurisdictionId', value ?? '');
                form.setField('communeId', '');
              }}
              error={form.errorOf('jurisdictionId')}
            />
            <JurisdictionPicker
              name="communeId"
              kind="commune"
              parentId={form.values.jurisdictionId || null}
              disabled={!form.values.jurisdictionId}
              label={t('ui.directory.commune')}
              value={form.values.communeId || null}
              initialLabel={organisation?.commune?.fullName}
              onChange={(value) => form.setField('communeId', value ?? '')}
              error={form.errorOf('communeId')}
            />
            {text('address', t('directory.columns.address'))}
            {text('website', t('directory.columns.website'), { type: 'url' })}
            {text('email', t('directory.columns.email'), { type: 'email' })}
            {text('phone', t('directory.columns.phone'), { type: 'tel' })}
          </SimpleGrid>
        </Card>
        <FormActions
          cancelTo={organisation ? `/directory/organisations/${organisation.id}` : '/admin/directory/organisations'}
          submitLabel={organisation ? t('ui.common.save') : t('ui.directory.addOrganisation')}
          submitting={form.submitting}
        />
      </Stack>
    </form>
  );
}

export function OrganisationEditPage() {
  const t = useT();
  const { id } = useParams();
  const organisation = useOrganisation(id);
  return (
    <RecordEditPage
      id={id}
      query={organisation}
      list={{ label: t('ui.admin.sections.organisations'), to: '/admin/directory/organisations' }}
      createTitle={t('ui.directory.addOrganisation')}
      editTitle={t('ui.directory.editOrganisation')}
      nameOf={(data) => data.nameVi}
      form={(data) => <OrganisationForm organisation={data} />}
    />
  );
}
