import { joinBase } from './url.ts';

/** A site-internal URL that respects the configured base path (CONVERGE_BASE). */
export const url = (path = '') => joinBase(import.meta.env.BASE_URL, path);
