// Apache shared hosting: Debian's apache2 with the virtual host
// docs/deployment.md describes (the site's folder, `AllowOverride All`,
// nothing else), at the root and under /itpo/, so that everything comes from
// the build's own .htaccess: the headers of _headers, the not-found page with
// status 404, /story -> /story/, the wasm type, compression, no listings; and
// a host without mod_headers or mod_deflate still serves the site. (The URL
// matrix and the header set on every response run on Apache in urls.test.mjs
// and deploy.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, pageHeaders } from './harness.mjs';
import { startApacheSite } from './hosts.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;

for (const [where, dist, base] of [['at the root', DIST, ''], ['under /itpo/', SUB_DIST, '/itpo']]) {
  test(`Apache ${where}: headers, cache rules, the wasm type, compression, 404 and redirects come from .htaccess`, async () => {
    const host = await startApacheSite({ dist, base });
    try {
      const url = (p) => `${host.url}${base}${p}`;
      // Apache sends the pages' headers with every file (the editor's aside).
      const want = pageHeaders(dist);
      const appDir = readdirSync(dist).find((f) => f.startsWith('app-'));
      const css = readdirSync(dist).find((f) => /^main-.*\.css$/.test(f));
      for (const [p, cache] of [
        ['/', 'no-cache'], ['/fr/adhesion/', 'no-cache'], ['/config.json', 'no-cache'],
        [`/${appDir}/itpo-site_bg.wasm`, 'public, max-age=31536000, immutable'],
        [`/${css}`, 'public, max-age=31536000, immutable'],
      ]) {
        const res = await fetch(url(p));
        assert.equal(res.status, 200, p);
        for (const [name, value] of Object.entries(want)) assert.equal(res.headers.get(name), value, `${p} ${name}`);
        assert.equal(res.headers.get('cache-control'), cache, `${p} cache`);
      }
      const wasm = await fetch(url(`/${appDir}/itpo-site_bg.wasm`));
      assert.equal(wasm.headers.get('content-type'), 'application/wasm');
      assert.equal(wasm.headers.get('content-encoding'), 'gzip', 'compressed where mod_deflate is');
      assert.match((await fetch(url('/'))).headers.get('content-encoding') ?? '', /gzip/);

      // Misses: the build's not-found page, with status 404 and the same headers.
      const missing = await fetch(url('/no/such/page'));
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), />Page not found</);
      assert.equal(missing.headers.get('content-security-policy'), want['Content-Security-Policy']);

      // /story -> /story/, on the address the visitor used.
      const bare = await fetch(url('/story'), { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(new URL(bare.headers.get('location'), host.url).pathname, `${base}/story/`);

      // No directory listing of a folder without an index.
      const folder = await fetch(url(`/${appDir}/`));
      assert.notEqual(folder.status, 200);
      assert.doesNotMatch(await folder.text(), /Index of/);
      assert.equal(host.errorLog().match(/\[(?:core|htaccess):(?:alert|error)\]/g), null, host.errorLog());
    } finally {
      await host.stop();
    }
  });
}

test('Apache without mod_headers or mod_deflate still serves the site, its pages carrying their own policy', async () => {
  const host = await startApacheSite({ dist: SUB_DIST, base: '/itpo', without: ['headers', 'deflate', 'filter', 'autoindex'] });
  try {
    for (const p of ['/itpo/', '/itpo/fr/adhesion/', '/itpo/config.json']) {
      const res = await fetch(host.url + p);
      assert.equal(res.status, 200, `${p}: ${host.errorLog()}`);
      assert.equal(res.headers.get('content-security-policy'), null);
    }
    const html = await (await fetch(`${host.url}/itpo/`)).text();
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src/);
    const missing = await fetch(`${host.url}/itpo/nope`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), />Page not found</);
  } finally {
    await host.stop();
  }
});
