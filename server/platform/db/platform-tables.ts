import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string | null;
  display_name: string;
  person_id: string | null;
  status: 'pending' | 'active' | 'disabled';
  requested_role: string | null;
  requested_organisation_id: string | null;
  locale: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  /** Folded display name and email, for searches typed without diacritics. */
  search_folded: string;
}

export interface GrantsTable {
  id: string;
  user_id: string;
  role: string;
  scope_kind: string;
  scope_id: string | null;
  created_at: string;
  created_by: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: string;
  throttle_key: string;
  at: string;
}

export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface FilesTable {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  file_name: string;
  owner_user_id: string | null;
  visibility: 'public' | 'authenticated' | 'owner';
  purpose: string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload_json: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  attempts: Generated<number>;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  progress: Generated<number>;
  progress_message: string | null;
  result_json: string | null;
  last_error: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  template: string;
  locale: string;
  subject: string;
  body_text: string;
  body_html: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  message_id: string | null;
  created_at: string;
  sent_at: string | null;
}

declare module './database.ts' {
  interface Database {
    users: UsersTable;
    grants: GrantsTable;
    sessions: SessionsTable;
    login_failures: LoginFailuresTable;
    password_reset_tokens: PasswordResetTokensTable;
    audit_log: AuditLogTable;
    audit_head: AuditHeadTable;
    files: FilesTable;
    jobs: JobsTable;
    mail_outbox: MailOutboxTable;
  }
}
