import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corePackageRoot } from './project/assets.js';

/** The version of @ce/core, read from its package.json. */
export const VERSION: string = (JSON.parse(readFileSync(join(corePackageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
