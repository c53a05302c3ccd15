/** The panel's line to the background (lib/service) and to the library's change feed. */
import { useEffect, useState } from 'preact/hooks';
import { extensionClient, fetchFile } from '@/lib/service/client';
import { LIBRARY_NAME, type RequestOf, type ServiceFile } from '@/lib/service/protocol';
import { download } from '@/components/download';
import { subscribe } from '@/lib/store/feed';

export const call = extensionClient();

/** Asks the background for an export file and saves it (a download); returns what it wrote. */
export async function exportFile(request: RequestOf<'export'>): Promise<ServiceFile> {
  const file = await fetchFile(call, request);
  download(file.fileName, file.text, file.mime);
  return file;
}

/** Service and library errors carry user-facing messages. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A number that changes whenever the library changes, in any context (the background writes it). */
export function useLibraryVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribe(LIBRARY_NAME, () => setVersion((v) => v + 1)), []);
  return version;
}
