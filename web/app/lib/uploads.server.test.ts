import { describe, expect, it } from 'vitest';
import { fileSha256, keptValue, readKeptUploads, readUploadForm, uploadErrorMessage } from './uploads.server';

function multipart(parts: Array<{ name: string; value: string | Uint8Array; filename?: string; type?: string }>) {
  const boundary = '----tierwise-test';
  const chunks: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`;
    chunks.push(enc.encode(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`));
    chunks.push(typeof p.value === 'string' ? enc.encode(p.value) : p.value);
    chunks.push(enc.encode('\r\n'));
  }
  chunks.push(enc.encode(`--${boundary}--\r\n`));
  const body = new Blob(chunks as BlobPart[]);
  return new Request('http://localhost/portal/mdf/x/claim', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

describe('upload form', () => {
  it('keeps text fields and files, drops empty file inputs', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const { form, problems } = await readUploadForm(
      multipart([
        { name: 'amount', value: '1500.00' },
        { name: 'files', value: png, filename: 'proof.png', type: 'image/png' },
        { name: 'files', value: '', filename: '', type: 'application/octet-stream' },
      ]),
    );
    expect(problems).toEqual([]);
    expect(form.get('amount')).toBe('1500.00');
    const files = form.getAll('files');
    expect(files).toHaveLength(1);
    expect((files[0] as File).name).toBe('proof.png');
    expect((files[0] as File).size).toBe(11);
  });

  it('reports a file over 10 MB and keeps the rest of the form', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const { form, problems } = await readUploadForm(
      multipart([
        { name: 'results', value: 'Leads: 40' },
        { name: 'files', value: big, filename: 'huge.pdf', type: 'application/pdf' },
      ]),
    );
    expect(form.get('results')).toBe('Leads: 40');
    expect(form.getAll('files')).toHaveLength(0);
    expect(problems).toEqual([{ fileName: 'huge.pdf', message: 'huge.pdf is larger than 10 MB.' }]);
  });

  it('words the API refusals', () => {
    expect(uploadErrorMessage(413, 'a.pdf')).toBe('a.pdf is larger than 10 MB.');
    expect(uploadErrorMessage(415, 'a.txt')).toBe('a.txt is not a PDF, PNG or JPEG file.');
    expect(uploadErrorMessage(400, 'a.pdf', 'The file is empty.')).toBe('a.pdf: The file is empty.');
  });

  it('reads attachments kept from an earlier attempt', () => {
    const form = new FormData();
    form.append('kept', '0b3f1c3e-8a4e-4e57-9b0e-6a3c1d2e4f50|proof.png');
    form.append('kept', 'not-an-id|x');
    expect(readKeptUploads(form)).toEqual([{ id: '0b3f1c3e-8a4e-4e57-9b0e-6a3c1d2e4f50', fileName: 'proof.png' }]);
  });
});

describe('kept uploads with their content hash', () => {
  it('round-trips id, hash and a file name with a bar, once per id', async () => {
    const sha256 = await fileSha256(new Blob([new Uint8Array([1, 2, 3])]));
    expect(sha256).toBe('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
    const k = { id: '0b3f1c3e-8a4e-4e57-9b0e-6a3c1d2e4f50', sha256, fileName: 'a|b.pdf' };
    const form = new FormData();
    form.append('kept', keptValue(k));
    form.append('kept', keptValue(k));
    expect(readKeptUploads(form)).toEqual([k]);
  });
});
