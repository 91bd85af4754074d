import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../components/PageHeader.tsx';
import { IconAlert } from '../../components/Icons.tsx';

/** The narrow centred panel shared by sign-in, sign-up and password screens. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={480} mx="auto" mt={{ base: 0, sm: 'lg' }}>
      <Stack gap="md">
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {title}
        </Title>
        {intro ? <Text size="sm">{intro}</Text> : null}
        {children}
      </Stack>
    </Paper>
  );
}

export function FormAlert({ message }: { message: string | null }) {
  if (!message) {
    return null;
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
      {message}
    </Alert>
  );
}
