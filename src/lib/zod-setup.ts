import { z } from 'zod';

// zod 4 compiles fast parsers with `new Function`, which a strict CSP (no 'unsafe-eval') blocks
// and reports as a violation even though zod falls back. jitless parsing never tries.
z.config({ jitless: true });
