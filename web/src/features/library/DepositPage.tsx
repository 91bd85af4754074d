import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  CONTRIBUTOR_ROLES,
  LIBRARY_ACCESS_LEVELS,
  LIBRARY_FILE_ROLES,
  LIBRARY_LANGUAGES,
  LIBRARY_RECORD_TYPES,
  LICENCES,
  PROGRAM_AREAS,
  type LibraryFileRole,
  type TLibraryRecord,
} from '../../../../common/contracts/library.ts';
import { ApiError } from '../../api/client.ts';
import { useAttachFile, useCreateRecord, useLibraryRecord, useRemoveFile, useSubmitRecord, useUpdateRecord } from '../../api/library.ts';
import { useLocale } from '../../app/locale.tsx';
import { errorTitle, fieldErrorMessage } from '../../app/messages.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { RecordEditPage } from '../../components/RecordEditPage.tsx';
import { describeError } from '../../components/QueryState.tsx';
import { FormAlert } from '../auth/AuthCard.tsx';
import { FieldMultiSelect } from '../directory/FieldSelect.tsx';
import { JurisdictionPicker, OrganisationPicker, PersonPicker } from '../directory/pickers.tsx';
import { TextStatusBadge } from './badges.tsx';
import { checkInput, DETAIL_INPUTS, emptyContributor, fileLooksAcceptable, initialValues, serverFieldErrors, type ContributorValues, type DepositValues, type DetailInput, type DetailValue } from './depositForm.ts';
import { formatFileSize, mediaTypeName, valueLabel } from './labels.ts';

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function DetailField({
  input,
  value,
  onChange,
  error,
}: {
  input: DetailInput;
  value: DetailValue | undefined;
  onChange: (value: DetailValue) => void;
  error: string | undefined;
}) {
  const { locale, t } = useLocale();
  const name = `details.${input.key}`;
  const label = t(`ui.library.deposit.detailFields.${input.key}`);
  const required = 'required' in input && input.required === true;
  switch (input.kind) {
    case 'select':
      return (
        <Select
          name={name}
          label={label}
          required={required}
          clearable={!required}
          data={input.options.map((option) => ({ value: option, label: valueLabel(locale, t, input.namespace, option) }))}
          value={typeof value === 'string' && value !== '' ? value : null}
          onChange={(next) => onChange(next ?? '')}
          error={error}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
      );
    case 'boolean':
      return <Switch name={name} label={label} checked={value === true} onChange={(event) => onChange(event.currentTarget.checked)} mt="lg" />;
    case 'number':
    case 'money':
      return (
        <NumberInput
          name={name}
          label={label}
          min={input.kind === 'number' ? input.min : 0}
          max={input.kind === 'number' ? input.max : undefined}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={input.kind === 'money' ? '.' : ''}
          decimalSeparator=","
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : '')}
          error={error}
        />
      );
    case 'tags':
      return (
        <TagsInput
          name={name}
          label={label}
          description={t('ui.library.deposit.detailFields.ipcHelp')}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          error={error}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
      );
    case 'date':
    case 'text':
    case 'url':
      return (
        <TextInput
          name={name}
          label={label}
          required={required}
          type={input.kind === 'url' ? 'url' : 'text'}
          placeholder={input.kind === 'date' ? t('ui.directory.datePlaceholder') : undefined}
          inputMode={input.kind === 'date' ? 'numeric' : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
        />
      );
  }
}

function ContributorRow({
  index,
  count,
  row,
  onChange,
  onRemove,
  onMoveUp,
  errorOf,
}: {
  index: number;
  count: number;
  row: ContributorValues;
  onChange: (row: ContributorValues) => void;
  onRemove: () => void;
  onMoveUp: () => void;
  errorOf: (path: string) => string | undefined;
}) {
  const { locale, t } = useLocale();
  const number = index + 1;
  const path = `contributors.${index}`;
  return (
    <Paper withBorder radius="md" p="md" component="fieldset" style={{ minWidth: 0 }}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text component="legend" fw={600} size="sm" p={0}>
          {t('ui.library.deposit.contributorNumber', { number })}
        </Text>
        <Group gap={4} wrap="nowrap">
          {index > 0 ? (
            <Button size="compact-xs" variant="subtle" onClick={onMoveUp} aria-label={t('ui.library.deposit.moveUp', { number })}>
              ↑
            </Button>
          ) : null}
          {count > 1 ? (
            <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove} aria-label={t('ui.library.deposit.removeContributor', { number })}>
              ✕
            </Button>
          ) : null}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PersonPicker
          name={`${path}.personId`}
          label={t('ui.library.deposit.contributorPerson')}
          description={t('ui.library.deposit.contributorPersonHelp')}
          value={row.personId}
          initialLabel={row.personLabel}
          onChange={(value, option) => onChange({ ...row, personId: value, personLabel: option?.label ?? null })}
          error={errorOf(`${path}.personId`)}
        />
        {row.personId ? null : (
          <TextInput
            name={`${path}.name`}
            label={t('ui.library.deposit.contributorName')}
            value={row.name}
            onChange={(event) => onChange({ ...row, name: event.currentTarget.value })}
            error={errorOf(`${path}.name`)}
          />
        )}
        <Select
          name={`${path}.role`}
          label={t('ui.library.deposit.contributorRole')}
          allowDeselect={false}
          data={CONTRIBUTOR_ROLES.map((role) => ({ value: role, label: valueLabel(locale, t, 'library.contributorRoles', role) }))}
          value={row.role}
          onChange={(value) => onChange({ ...row, role: value ?? 'author' })}
        />
        <OrganisationPicker
          name={`${path}.organisationId`}
          label={t('ui.library.deposit.contributorOrganisation')}
          value={row.organisationId}
          initialLabel={row.organisationLabel}
          onChange={(value, option) => onChange({ ...row, organisationId: value, organisationLabel: option?.label ?? null })}
          error={errorOf(`${path}.organisationId`)}
        />
        {row.organisationId ? null : (
          <TextInput
            name={`${path}.affiliation`}
            label={t('ui.library.deposit.contributorAffiliation')}
            value={row.affiliation}
            onChange={(event) => onChange({ ...row, affiliation: event.currentTarget.value })}
            error={errorOf(`${path}.affiliation`)}
          />
        )}
      </SimpleGrid>
    </Paper>
  );
}

function FilesPanel({ record }: { record: TLibraryRecord }) {
  const { locale, t } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [role, setRole] = useState<LibraryFileRole>('main');
  const [error, setError] = useState<string | null>(null);
  const attach = useAttachFile(record.id);
  const remove = useRemoveFile(record.id);

  const upload = () => {
    if (!file) {
      setError(t('ui.library.transfer.chooseFile'));
      return;
    }
    if (!fileLooksAcceptable(file)) {
      setError(t('ui.library.deposit.fileWrongType', { name: file.name }));
      return;
    }
    setError(null);
    attach.mutate(
      { file, role },
      {
        onSuccess: () => {
          setFile(null);
          notifications.show({ color: 'green', message: t('ui.library.deposit.uploaded') });
        },
        onError: (failure) => {
          const size = formatFileSize(file.size, locale);
          if (failure instanceof ApiError && failure.code === 'file_too_large') {
            setError(t('ui.library.deposit.fileTooLarge', { name: file.name, size }));
          } else if (failure instanceof ApiError && (failure.code === 'file_type_rejected' || failure.code === 'unsupported_media_type')) {
            setError(t('ui.library.deposit.fileWrongType', { name: file.name }));
          } else {
            setError(describeError(locale, failure).title);
          }
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {record.files.length > 0 ? (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {record.files.map((entry) => (
            <Paper component="li" key={entry.id} withBorder radius="sm" p="sm" style={{ listStyle: 'none' }}>
              <Group justify="space-between" align="flex-start" gap="sm">
                <Stack gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
                    {entry.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[mediaTypeName(entry.mediaType), formatFileSize(entry.size, locale), t(`library.fileRoles.${entry.role}`)].join(' · ')}
                  </Text>
                  <Group gap={6}>
                    <TextStatusBadge status={entry.textStatus} />
                    {entry.textError ? (
                      <Text size="xs" c="red.9">
                        {t('ui.library.curation.fileError', { error: entry.textError })}
                      </Text>
                    ) : null}
                  </Group>
                </Stack>
                {record.can.edit ? (
                  <ConfirmButton
                    size="xs"
                    variant="light"
                    color="red"
                    title={t('ui.library.deposit.removeFileTitle')}
                    message={t('ui.library.deposit.removeFileConfirm', { name: entry.fileName })}
                    confirmLabel={t('ui.library.deposit.removeFileTitle')}
                    aria-label={t('ui.library.deposit.removeFile', { name: entry.fileName })}
                    loading={remove.isPending && remove.variables === entry.id}
                    onConfirm={() => remove.mutate(entry.id, { onSuccess: () => notifications.show({ color: 'green', message: t('ui.library.deposit.fileRemoved') }) })}
                  >
                    {t('ui.library.deposit.removeFileTitle')}
                  </ConfirmButton>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Text size="sm">{t('ui.library.record.noFiles')}</Text>
      )}
      {record.can.edit ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ alignItems: 'end' }}>
          <FileInput
            label={t('ui.library.deposit.file')}
            placeholder={t('ui.library.deposit.filePlaceholder')}
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            value={file}
            onChange={(value) => {
              setFile(value);
              setError(null);
            }}
            clearable
            error={error}
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          />
          <Select
            label={t('ui.library.deposit.fileRole')}
            allowDeselect={false}
            data={LIBRARY_FILE_ROLES.map((value) => ({ value, label: t(`library.fileRoles.${value}`) }))}
            value={role}
            onChange={(value) => setRole(value === 'supplementary' ? 'supplementary' : 'main')}
          />
          <Button onClick={upload} loading={attach.isPending} variant="light">
            {t('ui.library.deposit.upload')}
          </Button>
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

function DepositForm({ record }: { record?: TLibraryRecord }) {
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const [initial] = useState<DepositValues>(() => initialValues(record));
  const [values, setValues] = useState<DepositValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateRecord();
  const update = useUpdateRecord(record?.id ?? '');
  const submitRecord = useSubmitRecord();
  const busy = create.isPending || update.isPending || submitRecord.isPending;

  const set = <K extends keyof DepositValues>(key: K, value: DepositValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) {
        return current;
      }
      const next = { ...current };
      delete next[key];
      return next;
    });
  };
  const setDetail = (key: string, value: DetailValue) => setValues((current) => ({ ...current, details: { ...current.details, [key]: value } }));
  const setContributors = (contributors: ContributorValues[]) => setValues((current) => ({ ...current, contributors }));
  const errorOf = (path: string) => (errors[path] ? fieldErrorMessage(locale, errors[path]) : undefined);

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    // Focus the first input in error, so keyboard and screen-reader users land on the problem.
    const element = Array.from(formRef.current?.elements ?? []).find((candidate) => {
      const name = candidate.getAttribute('name');
      return name !== null && name in found && candidate instanceof HTMLElement && candidate.getAttribute('type') !== 'hidden';
    });
    if (element instanceof HTMLElement) {
      element.focus();
    }
  };

  /** Saves the form; resolves to the stored record, or null when something was refused. */
  const save = async (): Promise<TLibraryRecord | null> => {
    setFormError(null);
    const checked = checkInput(values);
    if (!checked.ok) {
      showErrors(checked.errors);
      setFormError(t('ui.library.deposit.fixErrors'));
      return null;
    }
    setErrors({});
    try {
      return record ? await update.mutateAsync({ version: record.version, record: checked.data, note: null }) : await create.mutateAsync(checked.data);
    } catch (error) {
      if (error instanceof ApiError) {
        const found = serverFieldErrors(error.fieldErrors);
        if (Object.keys(found).length > 0) {
          showErrors(found);
          setFormError(t('ui.library.deposit.fixErrors'));
        } else {
          setFormError(errorTitle(locale, error.code, error.message));
        }
      } else {
        setFormError(errorTitle(locale, 'internal_error'));
      }
      return null;
    }
  };

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await save();
    if (saved) {
      notifications.show({ color: 'green', message: record ? t('ui.library.deposit.saved') : t('ui.library.deposit.savedAttach') });
      if (!record) {
        void navigate(`/library/deposit/${saved.id}`, { replace: true });
      }
    }
  };

  const onSubmitForReview = async () => {
    // Saving unchanged values would only leave an empty version in the record's history.
    const saved = record && JSON.stringify(values) === JSON.stringify(initial) ? record : await save();
    if (!saved) {
      return;
    }
    try {
      await submitRecord.mutateAsync({ id: saved.id, version: saved.version });
      notifications.show({ color: 'green', message: t('ui.library.deposit.submitted') });
      void navigate('/library/mine');
    } catch (error) {
      setFormError(describeError(locale, error).title);
    }
  };

  const text = (name: 'title' | 'titleEn' | 'publisher' | 'taskCode' | 'doi' | 'isbn' | 'patentNo' | 'resultNo', label: string, extra?: { required?: boolean; description?: string }) => {
    const path = ['doi', 'isbn', 'patentNo', 'resultNo'].includes(name) ? `identifiers.${name}` : name;
    return (
      <TextInput
        name={path}
        label={label}
        required={extra?.required}
        description={extra?.description}
        value={values[name]}
        onChange={(event) => set(name, event.currentTarget.value)}
        error={errorOf(path)}
      />
    );
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSave(event)} noValidate>
      <Stack gap="lg">
        <FormAlert message={formError} />
        {record?.status === 'changes_requested' ? (
          <Alert color="yellow" variant="light">
            {t('ui.library.deposit.changesRequestedNotice')}
          </Alert>
        ) : null}
        <FormSection id="deposit-kind" title={t('ui.library.deposit.sections.kind')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" style={{ alignItems: 'end' }}>
            <Select
              name="type"
              label={t('ui.library.deposit.type')}
              required
              allowDeselect={false}
              data={LIBRARY_RECORD_TYPES.map((value) => ({ value, label: valueLabel(locale, t, 'library.types', value) }))}
              value={values.type}
              onChange={(value) => value && set('type', value)}
            />
            <Select
              name="accessLevel"
              label={t('ui.library.deposit.accessLevel')}
              description={t(`ui.library.accessHelp.${values.accessLevel}`)}
              allowDeselect={false}
              data={LIBRARY_ACCESS_LEVELS.map((value) => ({ value, label: t(`library.accessLevels.${value}`) }))}
              value={values.accessLevel}
              onChange={(value) => value && set('accessLevel', value)}
            />
            <TextInput
              name="embargoUntil"
              label={t('ui.library.deposit.embargoUntil')}
              description={t('ui.library.deposit.embargoHelp')}
              placeholder={t('ui.directory.datePlaceholder')}
              inputMode="numeric"
              value={values.embargoUntil}
              onChange={(event) => set('embargoUntil', event.currentTarget.value)}
              error={errorOf('embargoUntil')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection id="deposit-description" title={t('ui.library.deposit.sections.description')}>
          <Stack gap="md">
            {text('title', t('ui.library.deposit.titleField'), { required: true })}
            {text('titleEn', t('ui.library.deposit.titleEn'))}
            <Textarea
              name="abstract"
              label={t('ui.library.deposit.abstract')}
              autosize
              minRows={4}
              maxRows={14}
              value={values.abstract}
              onChange={(event) => set('abstract', event.currentTarget.value)}
              error={errorOf('abstract')}
            />
            <TagsInput
              name="keywords"
              label={t('ui.library.deposit.keywords')}
              description={t('ui.library.deposit.keywordsHelp')}
              maxTags={30}
              splitChars={[',', ';']}
              value={values.keywords}
              onChange={(value) => set('keywords', value)}
              error={errorOf('keywords')}
              clearable
              clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
              <NumberInput
                name="issuedYear"
                label={t('ui.library.deposit.issuedYear')}
                required
                min={1900}
                max={new Date().getFullYear() + 1}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=""
                value={values.issuedYear}
                onChange={(value) => set('issuedYear', typeof value === 'number' ? value : '')}
                error={errorOf('issuedYear')}
              />
              <TextInput
                name="issuedDate"
                label={t('ui.library.deposit.issuedDate')}
                placeholder={t('ui.directory.datePlaceholder')}
                inputMode="numeric"
                value={values.issuedDate}
                onChange={(event) => set('issuedDate', event.currentTarget.value)}
                error={errorOf('issuedDate')}
              />
              <Select
                name="language"
                label={t('ui.library.deposit.language')}
                allowDeselect={false}
                data={LIBRARY_LANGUAGES.map((value) => ({ value, label: t(`ui.library.values.languages.${value}`) }))}
                value={values.language}
                onChange={(value) => value && set('language', value)}
              />
              <Select
                name="licence"
                label={t('ui.library.deposit.licence')}
                clearable
                data={LICENCES.map((value) => ({ value, label: valueLabel(locale, t, 'ui.library.values.licences', value) }))}
                value={values.licence}
                onChange={(value) => set('licence', value)}
                error={errorOf('licence')}
                clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
              />
            </SimpleGrid>
            {text('publisher', t('ui.library.deposit.publisher'))}
          </Stack>
        </FormSection>

        <FormSection id="deposit-contributors" title={t('ui.library.deposit.sections.contributors')}>
          <Stack gap="sm">
            {errorOf('contributors') ? (
              <Text size="sm" c="red.9" role="alert">
                {errorOf('contributors')}
              </Text>
            ) : null}
            {values.contributors.map((row, index) => (
              <ContributorRow
                key={row.key}
                index={index}
                count={values.contributors.length}
                row={row}
                errorOf={errorOf}
                onChange={(next) => setContributors(values.contributors.map((entry, at) => (at === index ? next : entry)))}
                onRemove={() => setContributors(values.contributors.filter((_, at) => at !== index))}
                onMoveUp={() => {
                  const next = [...values.contributors];
                  const [moved] = next.splice(index, 1);
                  if (moved) {
                    next.splice(index - 1, 0, moved);
                  }
                  setContributors(next);
                }}
              />
            ))}
            {values.contributors.length < 100 ? (
              <Button variant="light" onClick={() => setContributors([...values.contributors, emptyContributor()])} style={{ alignSelf: 'flex-start' }}>
                {t('ui.library.deposit.addContributor')}
              </Button>
            ) : null}
          </Stack>
        </FormSection>

        <FormSection id="deposit-classification" title={t('ui.library.deposit.sections.classification')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Stack gap={4}>
              <FieldMultiSelect
                name="fieldCodes"
                label={t('ui.library.deposit.fields')}
                value={values.fieldCodes}
                onChange={(value) => set('fieldCodes', value)}
                error={errorOf('fieldCodes')}
              />
              <Text size="xs" c="dimmed">
                {t('ui.library.deposit.fieldsHelp')}
              </Text>
            </Stack>
            <OrganisationPicker
              name="organisationId"
              label={t('ui.library.deposit.organisation')}
              description={t('ui.library.deposit.organisationHelp')}
              value={values.organisationId}
              initialLabel={values.organisationLabel}
              onChange={(value, option) => setValues((current) => ({ ...current, organisationId: value, organisationLabel: option?.label ?? null }))}
              error={errorOf('organisationId')}
            />
            {values.organisationId ? null : (
              <JurisdictionPicker
                name="jurisdictionId"
                kind="province"
                label={t('ui.library.deposit.jurisdiction')}
                description={t('ui.library.deposit.jurisdictionHelp')}
                value={values.jurisdictionId}
                onChange={(value) => set('jurisdictionId', value)}
                error={errorOf('jurisdictionId')}
              />
            )}
            <Select
              name="programArea"
              label={t('ui.library.deposit.programArea')}
              clearable
              data={PROGRAM_AREAS.map((value) => ({ value, label: valueLabel(locale, t, 'library.programAreas', value) }))}
              value={values.programArea}
              onChange={(value) => set('programArea', value)}
              error={errorOf('programArea')}
              clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            />
            {text('taskCode', t('ui.library.deposit.taskCode'), { description: t('ui.library.deposit.taskCodeHelp') })}
          </SimpleGrid>
        </FormSection>

        <FormSection id="deposit-identifiers" title={t('ui.library.deposit.sections.identifiers')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {text('doi', t('ui.library.record.doi'), { description: t('ui.library.deposit.doiHelp') })}
            {text('isbn', t('ui.library.record.isbn'), { description: t('ui.library.deposit.isbnHelp') })}
            {text('patentNo', t('ui.library.record.patentNo'))}
            {text('resultNo', t('ui.library.record.resultNo'), { description: t('ui.library.deposit.resultNoHelp') })}
          </SimpleGrid>
        </FormSection>

        <FormSection id="deposit-details" title={`${t('ui.library.deposit.sections.details')}: ${valueLabel(locale, t, 'library.types', values.type)}`}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {DETAIL_INPUTS[values.type].map((input) => (
              <DetailField
                key={`${values.type}:${input.key}`}
                input={input}
                value={values.details[input.key]}
                onChange={(value) => setDetail(input.key, value)}
                error={errorOf(`details.${input.key}`)}
              />
            ))}
          </SimpleGrid>
        </FormSection>

        <FormSection id="deposit-files" title={t('ui.library.deposit.sections.files')}>
          {record ? <FilesPanel record={record} /> : <Text size="sm">{t('ui.library.deposit.filesFirstSave')}</Text>}
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate(record ? `/library/records/${record.id}` : '/library/mine')}>
            {t('ui.common.cancel')}
          </Button>
          <Button type="submit" variant={record?.can.submit ? 'light' : 'filled'} loading={create.isPending || update.isPending}>
            {record ? t('ui.library.deposit.saveChanges') : t('ui.library.deposit.saveDraft')}
          </Button>
          {record?.can.submit ? (
            <ConfirmButton
              title={t('ui.library.deposit.submitConfirmTitle')}
              message={t('ui.library.deposit.submitConfirm', { title: values.title || record.title })}
              confirmLabel={t('ui.library.deposit.submit')}
              loading={busy}
              onConfirm={() => void onSubmitForReview()}
            >
              {t('ui.library.deposit.submit')}
            </ConfirmButton>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

export function DepositPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const record = useLibraryRecord(id);
  return (
    <RecordEditPage
      id={id}
      query={record}
      list={{ label: t('ui.library.mine.title'), to: '/library/mine' }}
      createTitle={t('ui.library.deposit.newTitle')}
      editTitle={t('ui.library.deposit.editTitle')}
      nameOf={(data) => data.title}
      form={(data) =>
        data && !data.can.edit ? (
          <Alert color="yellow" variant="light">
            {t('ui.library.deposit.notEditable')}
          </Alert>
        ) : (
          <DepositForm record={data} />
        )
      }
    />
  );
}
