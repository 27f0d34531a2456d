// Registers the .ts resolve hook; used as `node --import ./bench/register.mjs bench/run.ts`.
import { register } from 'node:module';

register('./resolve-ts.mjs', import.meta.url);
