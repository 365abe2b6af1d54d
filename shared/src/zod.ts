import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to; the web
// runs these schemas in the browser under a Content-Security-Policy without
// 'unsafe-eval', where even zod's probe for eval is reported as a violation.
z.config({ jitless: true });

export { z };
