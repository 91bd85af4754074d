import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIA_TYPES, UPLOAD_PURPOSES } from '../../../common/contracts/files.ts';
import type { Role } from '../../../common/contracts/permissions.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { anonymousActor, systemActor, type Actor } from '../access/actor.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import { newId } from '../db/ids.ts';
import { createLocalStorage } from './local-storage.ts';
import { createFileService } from './service.ts';
import { sha256Hex } from './sha.ts';
import { buildZip, samples } from './test-fixtures.ts';
import type { FileService, UploadRequest } from './types.ts';

const LIMIT = 4096;

function userActor(role: Role): Actor {
  return {
    kind: 'user',
    userId: newId(),
    personId: null,
    displayName: `Người dùng ${role}`,
    grants: [{ id: newId(), role, scopeKind: 'global', scopeId: null, scopePath: null, scopeName: null }],
    locale: 'vi',
  };
}

const documents = UPLOAD_PURPOSES.attachment.accept;

function upload(overrides: Partial<UploadRequest> = {}): UploadRequest {
  return { fileName: 'Báo cáo.pdf', data: samples.pdf, purpose: 'attachment', visibility: 'owner', accept: documents, ...overrides };
}

describe.each(testDialects)('file service on %s', (dialect) => {
  let database: TestDatabase;
  let root: string;
  let files: FileService;
  const owner = userActor('researcher');
  const stranger = userActor('researcher');
  const admin = userActor('admin');
  const anonymous = anonymousActor('vi');

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    root = mkdtempSync(join(tmpdir(), 'opensti-service-'));
    files = createFileService({ db: database.db, storage: createLocalStorage(root), config: { uploadMaxBytes: LIMIT }, logger: pino({ level: 'silent' }) });
  });
  afterEach(async () => {
    await database.drop();
    rmSync(root, { recursive: true, force: true });
  });

  const blobCount = (): number => readdirSync(root, { recursive: true }).filter((entry) => String(entry).length > 64).length;

  it('stores a file: blob, row and audit entry', async () => {
    const stored = await files.store(owner, upload(), 'req-1');
    expect(stored).toMatchObject({
      fileName: 'Báo cáo.pdf',
      mediaType: MEDIA_TYPES.pdf,
      size: samples.pdf.length,
      sha256: sha256Hex(samples.pdf),
      ownerUserId: owner.userId,
      visibility: 'owner',
      purpose: 'attachment',
    });
    const row = await database.db.selectFrom('files').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ file_name: 'Báo cáo.pdf', media_type: MEDIA_TYPES.pdf, size: samples.pdf.length, owner_user_id: owner.userId });
    const audit = await database.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'file.upload', subject_type: 'file', subject_id: stored.id, actor_id: owner.userId, request_id: 'req-1' });
    expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ fileName: 'Báo cáo.pdf', sha256: stored.sha256 });
    await expect(verifyAuditChain(database.db)).resolves.toMatchObject({ ok: true, checked: 1 });
    expect(blobCount()).toBe(1);
  });

  it('shares one blob between identical uploads but keeps separate records', async () => {
    const first = await files.store(owner, upload());
    const second = await files.store(stranger, upload({ fileName: 'bản sao.pdf' }));
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(blobCount()).toBe(1);
  });

  it('enforces the installation limit and a tighter per-purpose limit, writing nothing', async () => {
    const big = Buffer.concat([samples.pdf, Buffer.alloc(LIMIT)]);
    await expect(files.store(owner, upload({ data: big }))).rejects.toMatchObject({ code: 'file_too_large', status: 413 });
    await expect(files.store(owner, upload({ maxBytes: 16 }))).rejects.toMatchObject({ code: 'file_too_large', params: { maxBytes: 16 } });
    await expect(files.store(owner, upload({ maxBytes: LIMIT * 10, data: big }))).rejects.toMatchObject({ params: { maxBytes: LIMIT } });
    expect(await database.db.selectFrom('files').selectAll().execute()).toHaveLength(0);
    expect(blobCount()).toBe(0);
  });

  it.each([
    ['HTML named .pdf', samples.html, 'hướng dẫn.pdf'],
    ['a Windows executable named .pdf', samples.exe, 'invoice.pdf'],
    ['an ELF binary named .docx', samples.elf, 'thuyết minh.docx'],
    ['SVG named .png', samples.svg, 'logo.png'],
    ['an ordinary zip named .docx', buildZip(['a.txt']), 'hồ sơ.docx'],
    ['a real PDF named .exe', samples.pdf, 'setup.exe'],
    ['a real PDF named .docx', samples.pdf, 'báo cáo.docx'],
    ['a real PNG named .js', samples.png, 'app.js'],
    ['Latin-1 text named .txt', samples.latin1, 'ghi chú.txt'],
    ['empty content', Buffer.alloc(0), 'rỗng.pdf'],
  ])('refuses %s with file_type_rejected', async (_label, data, fileName) => {
    await expect(files.store(owner, upload({ data, fileName }))).rejects.toMatchObject({ code: 'file_type_rejected', status: 415 });
    expect(await database.db.selectFrom('files').selectAll().execute()).toHaveLength(0);
    expect(blobCount()).toBe(0);
  });

  it('refuses a kind the purpose does not accept even when the name is honest', async () => {
    await expect(files.store(owner, upload({ data: samples.pdf, fileName: 'ảnh.pdf', purpose: 'image', accept: UPLOAD_PURPOSES.image.accept }))).rejects.toMatchObject({
      code: 'file_type_rejected',
    });
  });

  it('names files by their content: adds a missing extension, keeps dotted titles', async () => {
    expect((await files.store(owner, upload({ fileName: 'Quyết định số 12.2024' }))).fileName).toBe('Quyết định số 12.2024.pdf');
    expect((await files.store(owner, upload({ fileName: 'ghi chú', data: samples.text }))).fileName).toBe('ghi chú.txt');
    const csv = await files.store(owner, upload({ fileName: 'danh sách.csv', data: samples.csv }));
    expect(csv).toMatchObject({ fileName: 'danh sách.csv', mediaType: MEDIA_TYPES.csv });
    expect((await files.store(owner, upload({ fileName: 'ẢNH.JPEG', data: samples.jpeg }))).mediaType).toBe(MEDIA_TYPES.jpeg);
  });

  it('strips path tricks from names before storing them', async () => {
    expect((await files.store(owner, upload({ fileName: '../../etc/passwd.pdf' }))).fileName).toBe('passwd.pdf');
    expect((await files.store(owner, upload({ fileName: '..\\..\\windows\\win.pdf' }))).fileName).toBe('win.pdf');
    await expect(files.store(owner, upload({ fileName: '../..' }))).rejects.toMatchObject({ code: 'file_name_invalid', status: 400 });
  });

  it('lets signed-in and system actors store, but not anonymous ones', async () => {
    await expect(files.store(anonymous, upload())).rejects.toMatchObject({ code: 'unauthenticated', status: 401 });
    const bySystem = await files.store(systemActor('report job'), upload());
    expect(bySystem.ownerUserId).toBeNull();
  });

  describe('reading', () => {
    it.each([
      ['public', { owner: true, stranger: true, admin: true, anonymous: true }],
      ['authenticated', { owner: true, stranger: true, admin: true, anonymous: false }],
      ['owner', { owner: true, stranger: false, admin: true, anonymous: false }],
    ] as const)('applies the %s visibility', async (visibility, expected) => {
      const stored = await files.store(owner, upload({ visibility }));
      const readers = { owner, stranger, admin, anonymous };
      for (const [name, actor] of Object.entries(readers)) {
        const opened = await files.openForRead(actor, stored.id);
        expect({ name, readable: opened !== null }).toEqual({ name, readable: expected[name as keyof typeof expected] });
        if (opened) {
          expect(Buffer.from(await text(opened.stream), 'latin1').equals(samples.pdf)).toBe(true);
        }
      }
    });

    it('returns null for unknown and malformed ids', async () => {
      expect(await files.openForRead(admin, newId())).toBeNull();
      expect(await files.openForRead(admin, 'not-an-id')).toBeNull();
      expect(await files.openForRead(admin, "' or 1=1 --")).toBeNull();
      expect(await files.find('../../etc/passwd')).toBeNull();
    });

    it('returns null, not a broken stream, when the blob has vanished', async () => {
      const stored = await files.store(owner, upload());
      await files.storage.delete(stored.sha256);
      expect(await files.openForRead(owner, stored.id)).toBeNull();
      expect(await files.open(stored.id)).toBeNull();
    });

    it('opens without a check for modules that applied their own rule', async () => {
      const stored = await files.store(owner, upload());
      expect(await files.openForRead(stranger, stored.id)).toBeNull();
      const opened = await files.open(stored.id);
      expect(opened?.file.id).toBe(stored.id);
      opened?.stream.destroy();
      expect(await files.find(stored.id.toUpperCase())).toMatchObject({ id: stored.id });
    });
  });

  it('changes visibility with an audit entry, and refuses unknown files', async () => {
    const stored = await files.store(owner, upload());
    expect(await files.openForRead(anonymous, stored.id)).toBeNull();
    const published = await files.setVisibility(admin, stored.id, 'public', 'req-9');
    expect(published.visibility).toBe('public');
    const opened = await files.openForRead(anonymous, stored.id);
    expect(opened).not.toBeNull();
    opened?.stream.destroy();
    const entries = await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'file.visibility').execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.before_json ?? '{}')).toEqual({ visibility: 'owner' });
    await files.setVisibility(admin, stored.id, 'public');
    expect(await database.db.selectFrom('audit_log').selectAll().where('action', '=', 'file.visibility').execute()).toHaveLength(1);
    await expect(files.setVisibility(admin, newId(), 'public')).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });
});
