// Runs every benchmark in turn and writes their figures to tests/bench/out/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';
import { bundleSize } from './bundle-size.mjs';
import { startTime } from './start-time.mjs';
import { start35 } from './start-35.mjs';
import { overview } from './overview.mjs';
import { portfolio } from './portfolio.mjs';
import { spinnenweb } from './spinnenweb.mjs';
import { photo } from './photo.mjs';
import { recording } from './recording.mjs';
import { print } from './print.mjs';

const results = { date: new Date().toISOString() };
results.bundleSize = await bundleSize();
process.env.PP_SKIP_BUILD = '1';
results.startTime = await startTime();
results.start35 = await start35();
results.overview = await overview();
results.portfolio = await portfolio();
results.spinnenweb = await spinnenweb();
results.photo = await photo();
results.recording = await recording();
results.print = await print();
const out = join(root, 'tests/bench/out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`written to ${join(out, 'results.json')}`);
