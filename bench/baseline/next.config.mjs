import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Uses the repository's node_modules (same Next.js, same React): the root is two levels up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export default { turbopack: { root }, outputFileTracingRoot: root };
