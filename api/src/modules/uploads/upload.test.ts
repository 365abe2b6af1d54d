import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { makeWorld, type World } from '../../test/world.js';
import type { User } from '../users/user.entity.js';
import { MAX_UPLOAD_BYTES } from './upload.http.js';
import { Upload } from './upload.entity.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xff, 0xd9]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const TEXT = Buffer.from('Just some notes about the event, not a PDF at all.\n');

let t: TestApi;
let w: World;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tierwise-uploads-'));
  t = await startTestApi({ UPLOAD_DIR: dir });
  w = await makeWorld(t);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function bearer(user: User): Promise<string> {
  const session = await t.api.services.sessions.create(user.id);
  return session.token;
}

function form(bytes: Buffer, name: string, type: string, field = 'file'): FormData {
  const body = new FormData();
  body.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  return body;
}

async function post(user: User | null, body: FormData | string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/uploads`, {
    method: 'POST',
    headers: { ...(user ? { authorization: `Bearer ${await bearer(user)}` } : {}), ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function uploadAs(user: User, bytes: Buffer, name: string, type: string): Promise<string> {
  const res = await post(user, form(bytes, name, type));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(Object.keys(res.body)).toEqual(['id']);
  return res.body.id;
}

async function get(user: User | null, id: string) {
  return fetch(`${t.url}/uploads/${id}`, { headers: user ? { authorization: `Bearer ${await bearer(user)}` } : {} });
}

const stored = () => fs.readdirSync(dir).sort();

describe('POST /uploads', () => {
  it('asks for a session, and stores nothing without one', async () => {
    const before = stored();
    const res = await post(null, form(PNG, 'proof.png', 'image/png'));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    expect((await post(null, form(PNG, 'proof.png', 'image/png'), { authorization: 'Bearer not-a-session' })).status).toBe(401);
    expect(stored()).toEqual(before);
    expect(await t.em().count(Upload, {})).toBe(0);
  });

  it.each([
    ['a PNG', PNG, 'banner.png', 'image/png', 'image/png'],
    ['a JPEG', JPEG, 'photo.jpg', 'image/jpeg', 'image/jpeg'],
    ['a PDF', PDF, 'invoice.pdf', 'application/pdf', 'application/pdf'],
  ])('stores %s under a random name and answers 201 with its id', async (_what, bytes, name, type, expected) => {
    const id = await uploadAs(w.repOfA, bytes, name, type);
    const row = await t.em().findOneOrFail(Upload, { id });
    expect(row).toMatchObject({ partnerId: w.partnerA.id, uploadedById: w.repOfA.id, fileName: name, mimeType: expected, size: bytes.length });
    expect(row.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(row.storedName).not.toContain(path.parse(name).name);
    expect(stored()).toContain(row.storedName);
    expect(stored().some((f) => f.includes(path.parse(name).name))).toBe(false);
    expect(fs.readFileSync(path.join(dir, row.storedName)).equals(bytes)).toBe(true);
  });

  it('gives the same file name a new stored name every time', async () => {
    const a = await uploadAs(w.partnerAdminOfA, PNG, 'same.png', 'image/png');
    const b = await uploadAs(w.partnerAdminOfA, PNG, 'same.png', 'image/png');
    const [ra, rb] = [await t.em().findOneOrFail(Upload, { id: a }), await t.em().findOneOrFail(Upload, { id: b })];
    expect(ra.storedName).not.toBe(rb.storedName);
  });

  it('goes by the content, not the name or the declared type', async () => {
    const id = await uploadAs(w.repOfA, PNG, 'looks-like.pdf', 'application/pdf');
    expect((await t.em().findOneOrFail(Upload, { id })).mimeType).toBe('image/png');
  });

  it.each([
    ['a text file renamed .pdf', TEXT, 'report.pdf', 'application/pdf'],
    ['HTML renamed .png', Buffer.from('<html><script>alert(1)</script></html>'), 'x.png', 'image/png'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'x.gif', 'image/gif'],
  ])('refuses %s with 415 and keeps nothing', async (_what, bytes, name, type) => {
    const before = stored();
    const rows = await t.em().count(Upload, {});
    const res = await post(w.repOfA, form(bytes, name, type));
    expect(res.status).toBe(415);
    expect(stored()).toEqual(before);
    expect(await t.em().count(Upload, {})).toBe(rows);
  });

  it('refuses a file over 10 MB with 413 and leaves no file behind', async () => {
    const before = stored();
    const rows = await t.em().count(Upload, {});
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
    PDF.copy(big);
    const res = await post(w.partnerAdminOfA, form(big, 'huge.pdf', 'application/pdf'));
    expect(res.status).toBe(413);
    expect(stored()).toEqual(before);
    expect(await t.em().count(Upload, {})).toBe(rows);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const exact = Buffer.alloc(MAX_UPLOAD_BYTES, 0x20);
    PDF.copy(exact);
    const id = await uploadAs(w.partnerAdminOfA, exact, 'exact.pdf', 'application/pdf');
    expect((await t.em().findOneOrFail(Upload, { id })).size).toBe(MAX_UPLOAD_BYTES);
  });

  it('answers 400 when the field `file` is missing', async () => {
    const before = stored();
    const rows = await t.em().count(Upload, {});
    expect((await post(w.repOfA, form(PNG, 'proof.png', 'image/png', 'document'))).status).toBe(400);
    const onlyText = new FormData();
    onlyText.append('note', 'hello');
    expect((await post(w.repOfA, onlyText)).status).toBe(400);
    // Not multipart at all.
    expect((await post(w.repOfA, JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' })).status).toBe(400);
    expect(stored()).toEqual(before);
    expect(await t.em().count(Upload, {})).toBe(rows);
  });

  it('refuses an empty file and keeps nothing', async () => {
    const before = stored();
    const res = await post(w.repOfA, form(Buffer.alloc(0), 'empty.pdf', 'application/pdf'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(stored()).toEqual(before);
  });

  it('leaves no partial file behind when the client gives up mid-upload', async () => {
    const before = stored();
    const boundary = 'tierwise-test-boundary';
    const url = new URL(`${t.url}/uploads`);
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${await bearer(w.repOfA)}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(5 * 1024 * 1024),
      },
    });
    req.on('error', () => {});
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="partial.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    req.write(Buffer.concat([PDF, Buffer.alloc(256 * 1024, 0x20)]));
    // Wait until the server has started writing the file, then hang up.
    for (let i = 0; i < 100 && stored().length === before.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stored().length).toBe(before.length + 1);
    req.destroy();
    for (let i = 0; i < 150 && stored().length !== before.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stored()).toEqual(before);
  });

  it('keeps a safe display name whatever the client sends', async () => {
    const id = await uploadAs(w.repOfA, PNG, '../../etc/"evil"\r\nX-Injected: 1.png', 'image/png');
    const row = await t.em().findOneOrFail(Upload, { id });
    expect(row.fileName).not.toMatch(/[/\\"\r\n]/);
    const res = await get(w.repOfA, id);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-injected')).toBeNull();
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="[^"]*"$/);
  });
});

describe('GET /uploads/:id', () => {
  let png: string;
  let pdf: string;
  let jpeg: string;

  beforeAll(async () => {
    png = await uploadAs(w.repOfA, PNG, 'proof.png', 'image/png');
    pdf = await uploadAs(w.partnerAdminOfA, PDF, 'invoice.pdf', 'application/pdf');
    jpeg = await uploadAs(w.repOfA, JPEG, 'photo.jpeg', 'image/jpeg');
  });

  it("serves the owner partner's users and vendor staff the bytes, with the right type and nosniff", async () => {
    const cases: [string, Buffer, string][] = [
      [png, PNG, 'image/png'],
      [pdf, PDF, 'application/pdf'],
      [jpeg, JPEG, 'image/jpeg'],
    ];
    for (const user of [w.repOfA, w.partnerAdminOfA, w.vendorAdmin, w.partnerManager]) {
      for (const [id, bytes, type] of cases) {
        const res = await get(user, id);
        expect(res.status, `${user.email} ${type}`).toBe(200);
        expect(res.headers.get('content-type')).toBe(type);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
      }
    }
  });

  it("hides another partner's file as 404, not 403", async () => {
    const unknown = await get(w.partnerAdminOfB, '00000000-0000-0000-0000-000000000000');
    const unknownBody = await unknown.json();
    for (const user of [w.partnerAdminOfB, w.repOfB]) {
      const res = await get(user, png);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body).toEqual(unknownBody);
    }
    // And the other way round.
    const theirs = await uploadAs(w.repOfB, PDF, 'beta.pdf', 'application/pdf');
    expect((await get(w.repOfA, theirs)).status).toBe(404);
    expect((await get(w.partnerAdminOfB, theirs)).status).toBe(200);
  });

  it("shows vendor staff's own uploads to vendor staff only", async () => {
    const id = await uploadAs(w.vendorAdmin, PDF, 'vendor.pdf', 'application/pdf');
    expect((await t.em().findOneOrFail(Upload, { id })).partnerId ?? null).toBeNull();
    expect((await get(w.partnerManager, id)).status).toBe(200);
    expect((await get(w.repOfA, id)).status).toBe(404);
    expect((await get(w.partnerAdminOfB, id)).status).toBe(404);
  });

  it('asks anonymous callers to sign in', async () => {
    const res = await get(null, png);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const bad = await fetch(`${t.url}/uploads/${png}`, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await get(w.vendorAdmin, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await get(w.vendorAdmin, 'not-an-id')).status).toBe(404);
    expect((await get(w.repOfA, '../../etc/passwd')).status).toBe(404);
  });

  it('answers 404 when the stored file is gone', async () => {
    const id = await uploadAs(w.repOfA, PNG, 'gone.png', 'image/png');
    const row = await t.em().findOneOrFail(Upload, { id });
    fs.rmSync(path.join(dir, row.storedName));
    expect((await get(w.repOfA, id)).status).toBe(404);
  });
});
