/**
 * Site adapters: one file per site. Adding a site is a new file here plus its
 * fixtures and tests, and a line in SITE_ADAPTERS (detection lives in
 * lib/detect/sites.ts).
 */
import type { SiteId } from '../../detect/sites';
import type { Extractor } from '../types';

export interface SiteAdapter {
  site: SiteId;
  extractor: Extractor;
}
