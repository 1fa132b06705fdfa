import { readFirstContactSet, runFirstContactSet, openEvalApp, formatSetResult } from './firstContactEval.ts';
const { app, close } = await openEvalApp();
const set = readFirstContactSet('dev4', '/tmp/dev4fc')!;
console.log(formatSetResult(await runFirstContactSet(app, set), process.argv.includes('--misses')).text);
await close();
