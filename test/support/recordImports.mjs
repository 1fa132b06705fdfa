// `node --import ./test/support/recordImports.mjs …` appends every module URL the process
// resolves from node_modules to the file named by RECORD_IMPORTS, so a test can tell which
// libraries a process really loaded (lazy imports stay lazy).
import { register } from 'node:module';

register('./recordImportsHooks.mjs', import.meta.url, { data: { file: process.env.RECORD_IMPORTS } });
