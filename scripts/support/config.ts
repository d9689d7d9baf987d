import path from 'node:path';
import { parseEnv } from '../../lib/env-schema';

// Scripts parse the same contract as the app (lib/env-schema.ts) before the app's own env exists.
export function readScriptConfig() {
  const config = parseEnv(process.env);
  return { ...config, DATA_DIR: path.resolve(config.DATA_DIR) };
}
