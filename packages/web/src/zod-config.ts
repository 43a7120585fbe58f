/**
 * Imported first by main.tsx. The page's CSP forbids eval; zod 4 (bundled through the core
 * modules the UI reuses) probes `Function('')` on its first object parse to decide whether to
 * compile parsers, and the browser reports that probe as a CSP violation. Jitless parsing never
 * probes and gives the same results.
 */
import { config } from 'zod';

config({ jitless: true });
