import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { isPartnerRole } from '@tierwise/shared';
import type { AppServices } from '../../app-services.js';
import { resolveFromRoot } from '../../config/env.js';
import { logger } from '../../logger.js';
import { authenticate, readSessionToken } from '../auth/auth.http.js';
import { Upload } from './upload.entity.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The file's type from its first bytes, not its name: PDF, PNG or JPEG, else null. */
export function sniffType(head: Buffer): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

function safeFileName(name: string): string {
  const base = path.basename(name || 'file').replace(/[^\w.\- ()]+/g, '_').slice(0, 200);
  return base || 'file';
}

/** POST /uploads (multipart field `file`) and GET /uploads/:id. */
export function uploadRoutes(app: AppServices): Router {
  const router = express.Router();
  const dir = resolveFromRoot(app.env.UPLOAD_DIR);

  const who = async (req: Request, res: Response) => {
    const em = app.orm.em.fork();
    const auth = await authenticate(readSessionToken(req, app), em, app, res);
    return { em, user: auth?.user ?? null };
  };

  router.post('/', async (req, res) => {
    const { em, user } = await who(req, res);
    if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in to upload.');
    if (!req.headers['content-type']?.startsWith('multipart/form-data')) return fail(res, 400, 'BAD_USER_INPUT', 'Send the file as multipart/form-data in the field "file".');
    fs.mkdirSync(dir, { recursive: true });

    let parser: busboy.Busboy;
    try {
      // busboy marks a file truncated when it reaches the limit: allow exactly 10 MB, refuse one byte more.
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES + 1, fields: 5 } });
    } catch {
      return fail(res, 400, 'BAD_USER_INPUT', 'The upload is not valid multipart data.');
    }
    const storedName = randomUUID().replace(/-/g, '');
    const target = path.join(dir, storedName);
    let fileStream: NodeJS.ReadableStream | null = null;
    let outcome: Promise<{ ok: true; name: string; type: string; size: number } | { ok: false; status: number; message: string }> | null = null;

    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || outcome) {
        stream.resume();
        return;
      }
      fileStream = stream;
      outcome = (async () => {
        let head = Buffer.alloc(0);
        let size = 0;
        const inspect = new Transform({
          transform(chunk: Buffer, _enc, done) {
            size += chunk.length;
            if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
            done(null, chunk);
          },
        });
        await pipeline(stream, inspect, fs.createWriteStream(target, { flags: 'wx', mode: 0o600 }));
        if ((stream as { truncated?: boolean }).truncated || size > MAX_UPLOAD_BYTES) return { ok: false as const, status: 413, message: 'The file is larger than 10 MB.' };
        const type = sniffType(head);
        if (!type) return { ok: false as const, status: 415, message: 'Upload a PDF, PNG or JPEG file.' };
        if (size === 0) return { ok: false as const, status: 400, message: 'The file is empty.' };
        return { ok: true as const, name: safeFileName(info.filename), type, size };
      })();
    });

    parser.on('close', async () => {
      if (!outcome) return fail(res, 400, 'BAD_USER_INPUT', 'Send the file in the multipart field "file".');
      try {
        const result = await outcome;
        if (!result.ok) {
          fs.rmSync(target, { force: true });
          return fail(res, result.status, 'BAD_USER_INPUT', result.message);
        }
        const upload = em.create(Upload, {
          partnerId: isPartnerRole(user.role) ? (user.partner?.id ?? null) : null,
          uploadedById: user.id,
          fileName: result.name,
          mimeType: result.type,
          size: result.size,
          storedName,
          createdAt: new Date(),
        });
        await em.flush();
        res.status(201).json({ id: upload.id });
      } catch (e) {
        fs.rmSync(target, { force: true });
        logger.error('upload failed', e);
        fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The file could not be stored.');
      }
    });
    parser.on('error', () => {
      fs.rmSync(target, { force: true });
      if (!res.headersSent) fail(res, 400, 'BAD_USER_INPUT', 'The upload is not valid multipart data.');
    });
    // A client that gives up mid-upload leaves nothing behind.
    req.on('close', () => {
      if (req.complete) return;
      (fileStream as unknown as { destroy?: (e: Error) => void } | null)?.destroy?.(new Error('aborted'));
      parser.destroy();
      outcome?.catch(() => undefined);
      fs.rmSync(target, { force: true });
    });
    req.pipe(parser);
  });

  router.get('/:id', async (req, res) => {
    const { em, user } = await who(req, res);
    if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in to see this file.');
    const upload = /^[0-9a-f-]{36}$/.test(req.params.id) ? await em.findOne(Upload, { id: req.params.id }) : null;
    // Another partner's file is simply not there.
    const visible = upload && (!isPartnerRole(user.role) || (upload.partnerId && upload.partnerId === user.partner?.id));
    if (!upload || !visible) return fail(res, 404, 'NOT_FOUND', 'No such file.');
    const file = path.join(dir, upload.storedName);
    if (!fs.existsSync(file)) return fail(res, 404, 'NOT_FOUND', 'The file is missing from storage.');
    res.setHeader('Content-Type', upload.mimeType);
    res.setHeader('Content-Length', String(upload.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `inline; filename="${upload.fileName.replace(/"/g, '')}"`);
    fs.createReadStream(file).pipe(res);
  });

  return router;
}
