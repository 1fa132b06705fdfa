#!/usr/bin/env node
// Entry point of the `waypoint` command. TypeScript sources run through tsx so a fresh
// clone needs no build step (Node 20 has no built-in type stripping).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv);
