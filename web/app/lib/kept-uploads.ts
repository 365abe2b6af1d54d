/** A proof file uploaded by an earlier attempt of a form, carried in a hidden `kept` field (see readKeptUploads). */
export interface KeptUpload {
  id: string;
  fileName: string;
  /** SHA-256 of the file's bytes (hex) when the web uploaded it: the same file attached again is not uploaded twice. */
  sha256?: string;
}

/** The hidden `kept` field's value: `id|sha256|fileName` (or `id|fileName`). */
export function keptValue(k: KeptUpload): string {
  return k.sha256 ? `${k.id}|${k.sha256}|${k.fileName}` : `${k.id}|${k.fileName}`;
}
