/** The registry of site adapters, by site id. */
import type { SiteId } from '../../detect/sites';
import type { SiteAdapter } from './registry';
import { himalayas } from './himalayas';

export const SITE_ADAPTERS: Partial<Record<SiteId, SiteAdapter>> = {
  himalayas,
};
export type { SiteAdapter } from './registry';
