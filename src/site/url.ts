/** `path` under the site's base path, e.g. joinBase('/converge/', 'concepts/x/') -> '/converge/concepts/x/'. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The URL of a concept's page, relative to the site root. */
export const conceptPath = (id: string) => `concepts/${id}/`;

/** The overview (and printable handout) of a learning path. */
export const pathPath = (id: string) => `paths/${id}/`;

/** One step of a learning path, numbered from 1. */
export const pathStepPath = (id: string, step: number) => `paths/${id}/${step}/`;
