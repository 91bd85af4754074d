import { Alert, Card, Stack, Tabs } from '@mantine/core';
import { useParams } from 'react-router';
import type { TMailMessage } from '../../../../../common/contracts/system.ts';
import { formatDateTime } from '../../../../../common/i18n/index.ts';
import { useMailMessage } from '../../../api/system.ts';
import { useT } from '../../../app/locale.tsx';
import { Facts } from '../../../components/Facts.tsx';
import { PageBreadcrumbs } from '../../../components/PageBreadcrumbs.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';

function MailMessageView({ message }: { message: TMailMessage }) {
  const t = useT();
  return (
    <Stack gap="lg">
      <PageHeader title={message.subject} description={t('ui.mail.toLine', { to: message.to })} />
      <Card withBorder radius="md" padding="lg">
        <Facts
          cols={3}
          facts={[
            { label: t('ui.mail.status'), value: <StatusBadge namespace="mailStatus" status={message.status} /> },
            { label: t('ui.mail.template'), value: message.template },
            { label: t('ui.profile.language'), value: message.locale === 'en' ? 'English' : 'Tiếng Việt' },
            { label: t('ui.mail.createdAt'), value: formatDateTime(message.createdAt) },
            { label: t('ui.mail.sentAt'), value: message.sentAt ? formatDateTime(message.sentAt) : null },
            { label: t('ui.mail.attempts'), value: String(message.attempts) },
            { label: t('ui.mail.messageId'), value: message.messageId },
          ]}
        />
        {message.lastError ? (
          <Alert color="red" variant="light" mt="md" title={t('ui.mail.lastError')}>
            {message.lastError}
          </Alert>
        ) : null}
      </Card>
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">{t('ui.mail.htmlVersion')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('ui.mail.textVersion')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="md">
          {/* The message HTML runs in an empty sandbox: no scripts, no same-origin access. */}
          <iframe className="mail-preview" sandbox="" srcDoc={message.bodyHtml} title={t('ui.mail.htmlVersion')} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="md">
          <Card withBorder radius="md" padding="md">
            <pre className="json-view">{message.bodyText}</pre>
          </Card>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function MailMessagePage() {
  const t = useT();
  const { id = '' } = useParams();
  const message = useMailMessage(id);
  return (
    <>
      <PageBreadcrumbs items={[{ label: t('ui.mail.title'), to: '/admin/mail' }, { label: message.data?.subject ?? '…' }]} />
      <QueryState query={message}>{(data) => <MailMessageView message={data} />}</QueryState>
    </>
  );
}
