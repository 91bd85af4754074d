import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { RouteError } from '../features/errors/RouteError.tsx';
import { RequirePermission, RequireUser } from './guards.tsx';
import { Layout } from './Layout.tsx';

/** Loads a named page component on first visit, so each area is its own chunk. */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginPage = page(() => import('../features/auth/LoginPage.tsx'), 'LoginPage');
const SignupPage = page(() => import('../features/auth/SignupPage.tsx'), 'SignupPage');
const ForgotPasswordPage = page(() => import('../features/auth/ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/auth/ResetPasswordPage.tsx'), 'ResetPasswordPage');
const ProfilePage = page(() => import('../features/profile/ProfilePage.tsx'), 'ProfilePage');
const OrganisationsPage = page(() => import('../features/directory/OrganisationsPage.tsx'), 'OrganisationsPage');
const OrganisationPage = page(() => import('../features/directory/OrganisationPage.tsx'), 'OrganisationPage');
const PeoplePage = page(() => import('../features/directory/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = page(() => import('../features/directory/PersonPage.tsx'), 'PersonPage');
const AdminLayout = page(() => import('../features/admin/AdminLayout.tsx'), 'AdminLayout');
const AdminIndex = page(() => import('../features/admin/AdminLayout.tsx'), 'AdminIndex');
const UsersPage = page(() => import('../features/admin/users/UsersPage.tsx'), 'UsersPage');
const UserPage = page(() => import('../features/admin/users/UserPage.tsx'), 'UserPage');
const AuditPage = page(() => import('../features/admin/audit/AuditPage.tsx'), 'AuditPage');
const JobsPage = page(() => import('../features/admin/jobs/JobsPage.tsx'), 'JobsPage');
const MailPage = page(() => import('../features/admin/mail/MailPage.tsx'), 'MailPage');
const MailMessagePage = page(() => import('../features/admin/mail/MailMessagePage.tsx'), 'MailMessagePage');
const AdminOrganisationsPage = page(() => import('../features/directory/admin/AdminOrganisationsPage.tsx'), 'AdminOrganisationsPage');
const OrganisationEditPage = page(() => import('../features/directory/admin/OrganisationEditPage.tsx'), 'OrganisationEditPage');
const AdminPeoplePage = page(() => import('../features/directory/admin/AdminPeoplePage.tsx'), 'AdminPeoplePage');
const PersonEditPage = page(() => import('../features/directory/admin/PersonEditPage.tsx'), 'PersonEditPage');
const TransferPage = page(() => import('../features/directory/admin/TransferPage.tsx'), 'TransferPage');
const LibraryLayout = page(() => import('../features/library/LibraryLayout.tsx'), 'LibraryLayout');
const LibrarySearchPage = page(() => import('../features/library/LibrarySearchPage.tsx'), 'LibrarySearchPage');
const LibraryRecordPage = page(() => import('../features/library/RecordPage.tsx'), 'RecordPage');

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'signup', element: <SignupPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'me',
        element: (
          <RequireUser>
            <ProfilePage />
          </RequireUser>
        ),
      },
      { path: 'directory', element: <Navigate to="/directory/organisations" replace /> },
      { path: 'directory/organisations', element: <OrganisationsPage /> },
      { path: 'directory/organisations/:id', element: <OrganisationPage /> },
      { path: 'directory/people', element: <PeoplePage /> },
      { path: 'directory/people/:id', element: <PersonPage /> },
      {
        path: 'library',
        element: <LibraryLayout />,
        children: [
          { index: true, element: <LibrarySearchPage /> },
          { path: 'records/:id', element: <LibraryRecordPage /> },
        ],
      },
      {
        path: 'admin',
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminIndex /> },
          { path: 'users', element: <RequirePermission any={['users.manage']}><UsersPage /></RequirePermission> },
          { path: 'users/:id', element: <RequirePermission any={['users.manage']}><UserPage /></RequirePermission> },
          { path: 'audit', element: <RequirePermission any={['audit.read']}><AuditPage /></RequirePermission> },
          { path: 'jobs', element: <RequirePermission any={['jobs.manage']}><JobsPage /></RequirePermission> },
          { path: 'mail', element: <RequirePermission any={['mail.read']}><MailPage /></RequirePermission> },
          { path: 'mail/:id', element: <RequirePermission any={['mail.read']}><MailMessagePage /></RequirePermission> },
          {
            path: 'directory/organisations',
            element: <RequirePermission any={['directory.organisation.write']}><AdminOrganisationsPage /></RequirePermission>,
          },
          {
            path: 'directory/organisations/new',
            element: <RequirePermission any={['directory.organisation.write']}><OrganisationEditPage /></RequirePermission>,
          },
          {
            path: 'directory/organisations/:id/edit',
            element: <RequirePermission any={['directory.organisation.write']}><OrganisationEditPage /></RequirePermission>,
          },
          { path: 'directory/people', element: <RequirePermission any={['directory.person.write']}><AdminPeoplePage /></RequirePermission> },
          { path: 'directory/people/new', element: <RequirePermission any={['directory.person.write']}><PersonEditPage /></RequirePermission> },
          {
            path: 'directory/people/:id/edit',
            element: <RequirePermission any={['directory.person.write']}><PersonEditPage /></RequirePermission>,
          },
          {
            path: 'directory/transfer',
            element: <RequirePermission any={['directory.import', 'directory.export']}><TransferPage /></RequirePermission>,
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
