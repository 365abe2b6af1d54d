import { unstable_parseMultipartFormData, type UploadHandler } from '@remix-run/node';
import { apiUrl } from './api.server';
import type { KeptUpload } from './kept-uploads';
import { readSessionToken } from './session.server';

/**
 * Proof-of-performance files: the web reads the browser's multipart form,
 * forwards each file to the API's upload endpoint (POST ${API_URL}/uploads,
 * field `file`) with the user's session, and proxies downloads
 * (GET ${API_URL}/uploads/:id). GraphQL stays in api.server.ts.
 */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_TEXT_BYTES = 64 * 1024;
const MAX_FILES = 10;
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export interface FileProblem {
  fileName: string;
  message: string;
}

export interface ParsedUploadForm {
  form: FormData;
  /** Files the web refused before forwarding (too large, too many). */
  problems: FileProblem[];
}

/**
 * Reads a multipart form with files in memory, at most 10 MB per file. A file
 * over the limit is drained and reported instead of failing the whole form,
 * so what the user typed in the other fields survives. Empty file inputs
 * (nothing chosen) are dropped.
 */
export async function readUploadForm(request: Request): Promise<ParsedUploadForm> {
  const problems: FileProblem[] = [];
  let files = 0;
  const handler: UploadHandler = async ({ filename, contentType, data }) => {
    const isFile = typeof filename === 'string';
    const limit = isFile ? MAX_FILE_BYTES : MAX_TEXT_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    }
    if (!isFile) return tooLarge ? undefined : new TextDecoder().decode(concat(chunks, size));
    if (!filename && size === 0) return undefined; // an empty file input
    if (tooLarge) {
      problems.push({ fileName: filename || 'file', message: `${filename || 'The file'} is larger than 10 MB.` });
      return undefined;
    }
    if (++files > MAX_FILES) {
      problems.push({ fileName: filename || 'file', message: `Attach at most ${MAX_FILES} files at once.` });
      return undefined;
    }
    return new File(chunks as BlobPart[], filename || 'file', { type: contentType || 'application/octet-stream' });
  };
  const form = await unstable_parseMultipartFormData(request, handler);
  return { form, problems };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(Math.min(size, chunks.reduce((n, c) => n + c.byteLength, 0)));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export type UploadResult = { ok: true; id: string; fileName: string } | { ok: false; status: number; fileName: string; message: string };

function headersFor(request: Request, token: string | null): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const forwardedFor = request.headers.get('X-Forwarded-For');
  if (forwardedFor) headers.set('X-Forwarded-For', forwardedFor);
  return headers;
}

/** The message people see for an upload the API refused. */
export function uploadErrorMessage(status: number, fileName: string, apiMessage?: string | null): string {
  switch (status) {
    case 413:
      return `${fileName} is larger than 10 MB.`;
    case 415:
      return `${fileName} is not a PDF, PNG or JPEG file.`;
    case 401:
      return 'Your session ended; sign in again and re-attach the file.';
    default:
      return apiMessage ? `${fileName}: ${apiMessage}` : `${fileName} could not be uploaded (error ${status}).`;
  }
}

/** Forwards one file to the API; never throws for an API refusal. */
export async function uploadFile(request: Request, file: File): Promise<UploadResult> {
  const token = await readSessionToken(request);
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${apiUrl()}/uploads`, { method: 'POST', headers: headersFor(request, token), body, signal: request.signal });
  } catch (cause) {
    if (request.signal.aborted) throw cause;
    return { ok: false, status: 503, fileName: file.name, message: 'Tierwise cannot reach its server right now; try again in a moment.' };
  }
  type UploadAnswer = { id?: unknown; error?: { message?: unknown } };
  let json: UploadAnswer | null;
  try {
    json = (await response.json()) as UploadAnswer;
  } catch {
    json = null;
  }
  if (response.ok && json && typeof json.id === 'string') return { ok: true, id: json.id, fileName: file.name };
  const apiMessage = typeof json?.error?.message === 'string' ? json.error.message : null;
  return { ok: false, status: response.status, fileName: file.name, message: uploadErrorMessage(response.status, file.name, apiMessage) };
}

/** GET ${API_URL}/uploads/:id with the user's session: the API's response, body streamed. */
export async function fetchUpload(request: Request, uploadId: string): Promise<Response> {
  const token = await readSessionToken(request);
  return fetch(`${apiUrl()}/uploads/${encodeURIComponent(uploadId)}`, { headers: headersFor(request, token), signal: request.signal });
}

export { keptValue, type KeptUpload } from './kept-uploads';

/**
 * Files uploaded by an earlier attempt of the same form (hidden `kept`
 * fields, see keptValue), so that a resubmission does not ask for them again.
 */
export function readKeptUploads(form: FormData, field = 'kept'): KeptUpload[] {
  const seen = new Set<string>();
  return form
    .getAll(field)
    .map(String)
    .map((v): KeptUpload | null => {
      const parts = v.split('|');
      if (parts.length < 2 || !/^[0-9a-f-]{36}$/i.test(parts[0])) return null;
      if (parts.length >= 3 && /^[0-9a-f]{64}$/.test(parts[1])) return { id: parts[0], sha256: parts[1], fileName: parts.slice(2).join('|') || 'file' };
      return { id: parts[0], fileName: parts.slice(1).join('|') || 'file' };
    })
    .filter((v): v is KeptUpload => {
      if (!v || seen.has(v.id)) return false;
      seen.add(v.id);
      return true;
    });
}

/** SHA-256 (hex) of a file's bytes. */
export async function fileSha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
