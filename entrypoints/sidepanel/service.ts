/** The panel's line to the background (lib/service) and to the library's change feed. */
import { useEffect, useState } from 'preact/hooks';
import { extensionClient } from '@/lib/service/client';
import { LIBRARY_NAME } from '@/lib/service/protocol';
import { subscribe } from '@/lib/store/feed';

export const call = extensionClient();

/** Service and library errors carry user-facing messages. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A number that changes whenever the library changes, in any context (the background writes it). */
export function useLibraryVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribe(LIBRARY_NAME, () => setVersion((v) => v + 1)), []);
  return version;
}
