import type { ModuleManifest } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { accountRoutes } from './accounts.routes.ts';
import { AuthService } from './auth.service.ts';
import { UsersService } from './users.service.ts';
import { createAdmin } from './admin-bootstrap.ts';
import { loadUserActor } from './actor-loader.ts';
import { findUserById } from './accounts.repository.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo.ts';

export { createAdmin, DEMO_ACCOUNTS };

/** Resolves a session cookie to an actor; the HTTP layer calls this on every request. */
export function sessionAuthenticator(platform: Platform): (token: string, locale: Locale) => Promise<{ actor: Actor; sessionId: string } | null> {
  const auth = new AuthService(platform);
  return (token, locale) => auth.authenticate(token, locale);
}

/** The actor of a user id (for jobs run on someone's behalf), or null if the account is gone or disabled. */
export async function actorOfUser(platform: Platform, userId: string): Promise<Actor | null> {
  const user = await findUserById(platform.db, userId);
  if (!user || user.status !== 'active') {
    return null;
  }
  return loadUserActor(platform.db, platform.scopes, user);
}

export const accountsModule: ModuleManifest = {
  name: 'accounts',
  routes: (platform) => accountRoutes(platform, new AuthService(platform), new UsersService(platform)),
  seedDemo: seedDemoAccounts,
};
