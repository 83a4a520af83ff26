// trunk's post-build hook, third step (scripts/post-build.sh): the content editor
// at /admin/. Bundles admin/main.js with Sveltia CMS from its npm package (esbuild,
// both pinned in package.json), so the editor loads nothing from a CDN; builds the
// post preview's wasm (crates/preview); and copies the editor's configuration and
// the site's stylesheet for the preview beside them. The editor's page, with its
// policy, and the preview's words come from the prerender (src/prerender/admin.rs).
//
// CMS_REPO=owner/name is the GitHub repository the editor works on (the publish
// workflow passes its own); a malformed one stops the build. The editor cannot
// start without one, even on a local working copy.
//
// Usage: node scripts/build-admin.mjs <dist>
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.join(dist, 'admin');

const fail = (message) => {
  console.error(`error: ${message}`);
  process.exit(1);
};

/** owner/name from a GitHub remote's URL (https or ssh), or undefined. */
function githubRemote() {
  const run = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: ROOT, encoding: 'utf8' });
  return /github\.com[/:]([^/\s]+\/[^/\s]+?)(?:\.git)?\s*$/.exec(run.stdout ?? '')?.[1];
}

// CMS_REPO, else the repository GitHub Actions builds (GITHUB_REPOSITORY), else this
// checkout's GitHub remote.
const repo = (process.env.CMS_REPO || process.env.GITHUB_REPOSITORY || githubRemote() || '').trim();
if (repo && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repo)) {
  fail(`CMS_REPO ${JSON.stringify(repo)} must be a GitHub repository written owner/name, like example-org/itpo-site`);
}
let config = readFileSync(path.join(ROOT, 'admin/config.yml'), 'utf8');
if (repo) {
  // The one line the deployment decides, placed under `backend:`.
  config = config.replace(/^backend:\n/m, `backend:\n  repo: ${repo}\n`);
} else {
  console.warn(
    'note: no repository for the content editor (set CMS_REPO=owner/name): /admin/ will say that `backend.repo` is missing (docs/deployment.md)',
  );
}
writeFileSync(path.join(out, 'config.yml'), config);

// The post preview's wasm: the site's own Markdown rules (crates/preview), so the preview
// shows the post page's HTML and what the build would refuse. Its glue is bundled below.
const target = process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target');
const previewDir = path.join(target, 'itpo-preview');
const run = (command, args) => {
  const done = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (done.status !== 0) fail(`${command} ${args.join(' ')} failed`);
};
run('cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '-p', 'itpo-preview']);
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', previewDir,
  path.join(target, 'wasm32-unknown-unknown/release/itpo_preview.wasm')]);
cpSync(path.join(previewDir, 'itpo_preview_bg.wasm'), path.join(out, 'preview.wasm'));

await build({
  entryPoints: { cms: path.join(ROOT, 'admin/main.js') },
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  outdir: out,
  // Sveltia finds its fonts and workers with new URL('../assets/…', import.meta.url), which
  // esbuild leaves as written: the entry sits beside assets/ and the chunks one folder down.
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  alias: { 'itpo-preview': path.join(previewDir, 'itpo_preview.js') },
  logLevel: 'warning',
});
cpSync(path.join(ROOT, 'node_modules/@sveltia/cms/npm/assets'), path.join(out, 'assets'), {
  recursive: true,
  filter: (f) => !f.endsWith('.map'),
});
// The preview wears the site's own stylesheet, as trunk built it for the pages.
const css = readdirSync(dist).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!css) fail(`no built stylesheet (main-<hash>.css) in ${dist}`);
cpSync(path.join(dist, css), path.join(out, 'preview.css'));
