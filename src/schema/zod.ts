// The one place zod is configured; every schema imports `z` from here so the setting holds
// before any schema is built. The site's Content-Security-Policy (astro.config.mjs) allows no
// eval, and zod otherwise probes for it with `new Function('')` on its first object parse: the
// probe fails safely, but the browser reports a CSP violation on every page that validates a
// scorecard. Jitless, zod parses the same, only without its compiled fast path.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
