/** A link to page-derived URLs: only http, https and mailto ever reach href; anything else renders as text. */
import type { ComponentChildren } from 'preact';
import { safeUrl } from '../lib/normalize/urls';

export function SafeLink({ href, children }: { href: string | null | undefined; children: ComponentChildren }) {
  const url = safeUrl(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
