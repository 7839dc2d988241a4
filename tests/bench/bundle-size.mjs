// What a tablet must download and parse to show the start screen: the entry script, every chunk
// it imports statically (recursively), and the CSS. Lazy chunks are listed apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildProject, gzipBytes, printJson, root } from './lib.mjs';

const LIMIT = 60 * 1024;
const dist = join(root, 'dist');

function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    found.add(match[1]);
  }
  return [...found];
}

export async function bundleSize() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(dist, 'index.html')))
    await buildProject({ root });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    (m) => m[1],
  );
  const startFiles = new Set([...css]);
  const queue = [entry, ...preloads];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || startFiles.has(file)) continue;
    startFiles.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const relative of staticImports(code)) queue.push(join(file, '..', relative));
  }
  const measure = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipBytes(bytes) };
  };
  const start = [...startFiles].map(measure);
  const totalGzip = start.reduce((sum, file) => sum + file.gzip, 0);
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => file.endsWith('.js') && !startFiles.has(file))
    .map(measure);
  const figures = {
    startScreen: { files: start, totalGzip, limitGzip: LIMIT, withinLimit: totalGzip <= LIMIT },
    lazyChunks: lazy,
  };
  if (totalGzip > LIMIT)
    console.log(`OVER THE LIMIT: ${totalGzip} B gzip for the start screen (limit ${LIMIT} B)`);
  return printJson('bundle-size', figures);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await bundleSize();
