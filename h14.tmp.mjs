import { readdirSync, readFileSync } from 'fs';
const { extractFromBytes } = await import('/work/wt-perf/dist/extract.js');
const dir = '/work/shared/corpus/casie-dev/docs/';
const files = readdirSync(dir).map(f => [dir + f, readFileSync(dir + f)]);
const t = performance.now(); const c = process.cpuUsage();
for (const [p, b] of files) extractFromBytes(b, { path: p });
const u = process.cpuUsage(c);
console.log(`${process.execArgv.join(' ')||'default'}: wall ${(performance.now() - t).toFixed(0)} ms, cpu ${(u.user / 1000).toFixed(0)} ms`);
