#!/usr/bin/env node
// The `regioscan` CLI runs the TypeScript sources directly through tsx, so it works right after
// `npm install` in a fresh clone with no build step.
import { register } from 'tsx/esm/api';

register();
// `regioscan facets | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
