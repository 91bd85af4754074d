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
const LibraryBrowsePage = page(() => import('../features/library/BrowsePage.tsx'), 'BrowsePage');
const LibraryDepositPage = page(() => import('../features/library/DepositPage.tsx'), 'DepositPage');
const LibraryDepositsPage = page(() => import('../features/library/MyDepositsPage.tsx'), 'MyDepositsPage');
const LibraryCurationPage = page(() => import('../features/library/CurationQueuePage.tsx'), 'CurationQueuePage');
const LibraryReviewPage = page(() => import('../features/library/CurationReviewPage.tsx'), 'CurationReviewPage');
const LibraryTransferPage = page(() => import('../features/library/TransferPage.tsx'), 'TransferPage');

const ProgramsPage = page(() => import('../features/programs/ProgramsPage.tsx'), 'ProgramsPage');
const ProgramPage = page(() => import('../features/programs/ProgramPage.tsx'), 'ProgramPage');
const DashboardPage = page(() => import('../features/programs/DashboardPage.tsx'), 'DashboardPage');
const CurrentDashboardPage = page(() => import('../features/programs/DashboardPage.tsx'), 'CurrentDashboardPage');
const PublicDashboardPage = page(() => import('../features/programs/DashboardPage.tsx'), 'PublicDashboardPage');
const PlansPage = page(() => import('../features/programs/plans/PlansPage.tsx'), 'PlansPage');
const PlanPage = page(() => import('../features/programs/plans/PlanPage.tsx'), 'PlanPage');
const RoundsPage = page(() => import('../features/programs/rounds/RoundsPage.tsx'), 'RoundsPage');
const RoundPage = page(() => import('../features/programs/rounds/RoundPage.tsx'), 'RoundPage');
const ProgramImportPage = page(() => import('../features/programs/import/ProgramImportPage.tsx'), 'ProgramImportPage');
const SupportRecordsPage = page(() => import('../features/programs/support/SupportRecordsPage.tsx'), 'SupportRecordsPage');
const SupportRecordEditPage = page(() => import('../features/programs/support/SupportRecordEditPage.tsx'), 'SupportRecordEditPage');
const ProgramTransferPage = page(() => import('../features/programs/transfer/TransferPage.tsx'), 'TransferPage');
const ReportPage = page(() => import('../features/programs/rounds/ReportPage.tsx'), 'ReportPage');

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
          { path: 'browse', element: <LibraryBrowsePage /> },
          { path: 'deposit', element: <RequirePermission any={['library.deposit']}><LibraryDepositPage /></RequirePermission> },
          { path: 'deposit/:id', element: <RequireUser><LibraryDepositPage /></RequireUser> },
          { path: 'mine', element: <RequireUser><LibraryDepositsPage /></RequireUser> },
          { path: 'curation', element: <RequirePermission any={['library.curate']}><LibraryCurationPage /></RequirePermission> },
          { path: 'curation/:id', element: <RequirePermission any={['library.curate']}><LibraryReviewPage /></RequirePermission> },
          { path: 'transfer', element: <RequirePermission any={['library.transfer']}><LibraryTransferPage /></RequirePermission> },
        ],
      },
      { path: 'programs', element: <ProgramsPage /> },
      { path: 'programs/dashboard', element: <RequirePermission any={['programs.read']}><CurrentDashboardPage /></RequirePermission> },
      { path: 'programs/import', element: <RequirePermission any={['programs.manage']}><ProgramImportPage /></RequirePermission> },
      { path: 'programs/support', element: <RequirePermission any={['programs.support.write']}><SupportRecordsPage /></RequirePermission> },
      { path: 'programs/support/new', element: <RequirePermission any={['programs.support.write']}><SupportRecordEditPage /></RequirePermission> },
      { path: 'programs/support/:recordId/edit', element: <RequirePermission any={['programs.support.write']}><SupportRecordEditPage /></RequirePermission> },
      { path: 'programs/:id', element: <ProgramPage /> },
      { path: 'programs/:id/dashboard', element: <RequirePermission any={['programs.read']}><DashboardPage /></RequirePermission> },
      { path: 'programs/:id/plans', element: <RequirePermission any={['programs.read']}><PlansPage /></RequirePermission> },
      { path: 'programs/:id/plans/:planId', element: <RequirePermission any={['programs.read']}><PlanPage /></RequirePermission> },
      { path: 'programs/:id/rounds', element: <RequirePermission any={['programs.read']}><RoundsPage /></RequirePermission> },
      { path: 'programs/:id/rounds/:roundId', element: <RequirePermission any={['programs.read']}><RoundPage /></RequirePermission> },
      { path: 'programs/:id/reports/:reportId', element: <RequirePermission any={['programs.read']}><ReportPage /></RequirePermission> },
      { path: 'programs/:id/transfer', element: <RequirePermission any={['programs.round.manage', 'programs.plan.write']}><ProgramTransferPage /></RequirePermission> },
      { path: 'public/programs/:code', element: <PublicDashboardPage /> },
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
