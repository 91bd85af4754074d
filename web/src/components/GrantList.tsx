import { Badge, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TGrant } from '../../../common/contracts/auth.ts';
import { useT } from '../app/locale.tsx';
import type { Translate } from '../app/messages.ts';

/** "Cán bộ Sở KH&CN — Tỉnh Thái Nguyên", "Quản trị viên — toàn hệ thống". */
export function grantScopeLabel(t: Translate, grant: Pick<TGrant, 'scopeKind' | 'scopeName' | 'scopeId'>): string {
  if (grant.scopeKind === 'global') {
    return t('ui.scopes.global');
  }
  return `${t(`ui.scopes.${grant.scopeKind}`)}: ${grant.scopeName ?? grant.scopeId ?? ''}`;
}

export function GrantList({ grants, action }: { grants: readonly TGrant[]; action?: (grant: TGrant) => ReactNode }) {
  const t = useT();
  if (grants.length === 0) {
    return <Text size="sm">{t('ui.grants.none')}</Text>;
  }
  return (
    <List listStyleType="none" spacing="sm" p={0}>
      {grants.map((grant) => (
        <List.Item key={grant.id}>
          <Group gap="sm" wrap="wrap">
            <Badge variant="light">{t(`ui.roles.${grant.role}`)}</Badge>
            <Text size="sm">{grantScopeLabel(t, grant)}</Text>
            {action?.(grant)}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
