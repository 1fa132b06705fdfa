// Writes src/store/schema.sql: the schema the migrations produce, in a stable order, so a
// change to a migration shows as a reviewable diff. `npm run schema:dump`.
import { writeFileSync } from 'node:fs';
import { openStore } from '../src/store/db.ts';
import { dumpSchema } from '../src/store/dumpSchema.ts';

const store = await openStore({ dataDir: '/nonexistent', memory: true });
writeFileSync('src/store/schema.sql', await dumpSchema(store));
await store.close();
console.log('wrote src/store/schema.sql');
