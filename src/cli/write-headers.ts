// npm run headers: writes public/_headers from src/lib/security/headers.ts.
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security/headers.ts';

const target = new URL('../../public/_headers', import.meta.url);
writeFileSync(target, headersFile());
console.log(`wrote ${target.pathname}`);
