// Real web servers for the browser tests: Debian's nginx, configured from the
// snippet in docs/deployment.md exactly as a deployer would adapt it, started
// on a loopback port as an ordinary user (never root, never a system
// service); and nginx as a TLS front for the join endpoint, so a test can use
// an https endpoint on another origin like a real form service.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, cpSync, chownSync, chmodSync, readdirSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const APACHE = process.env.APACHE ?? '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';
// When the tests run as root (CI does), nginx runs as `nobody`, as it would for a deployer.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
// The test runner ends a file that runs past its time with a signal: stop the servers with it,
// or they would hold their ports for the next run.
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(1));

/** A configuration block docs/deployment.md gives deployers, marked `<!-- tested: NAME -->`. */
function documentedBlock(name, lang) {
  const docs = readFileSync(path.join(ROOT, 'docs/deployment.md'), 'utf8');
  const m = docs.match(new RegExp(`<!-- tested: ${name} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``));
  if (!m) throw new Error(`docs/deployment.md has no tested ${name}`);
  return m[1];
}

/** The nginx server block docs/deployment.md gives deployers. */
export const documentedServerBlock = () => documentedBlock('nginx server block', 'nginx');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A folder nginx (as `nobody`) can read and write. */
function sharedDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

function openToAll(dir) {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) openToAll(p);
    else chmodSync(p, 0o644);
  }
}

function giveToNginx(dir) {
  if (!AS_ROOT) return;
  chownSync(dir, NOBODY.uid, NOBODY.gid);
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) giveToNginx(p);
    else chownSync(p, NOBODY.uid, NOBODY.gid);
  }
}

async function runNginx(serverBlocks) {
  const prefix = sharedDir('itpo-nginx-');
  for (const d of ['tmp', 'logs']) mkdirSync(path.join(prefix, d));
  const conf = `
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
${serverBlocks}
}
`;
  writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  giveToNginx(prefix);
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
    ...(AS_ROOT ? NOBODY : {}),
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, prefix, stderr: () => stderr, exited };
}

/** Resolves once something accepts connections on the port; fails if nginx exits first. */
async function waitForPort(port, server) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (server.child.exitCode !== null) {
      throw new Error(`the server exited: ${server.stderr()}${readIfThere(path.join(server.prefix, 'logs/error.log'))}`);
    }
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`the server did not listen on ${port}: ${server.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Serves a build with nginx, configured from docs/deployment.md:
 * `base` is '' or '/itpo' (the documented sub-path edits), and `spa` adds
 * the single-page-app habit `try_files $uri $uri/ /index.html;`.
 * `files` overrides files in the copy (what a deployer edits, e.g. config.json).
 */
export async function startNginxSite({ dist, base = '', spa = false, files = {}, port: wanted = 0 }) {
  const port = wanted || await freePort();
  const docRoot = sharedDir('itpo-www-');
  const siteDir = path.join(docRoot, base.replace(/^\//, ''));
  cpSync(dist, siteDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(siteDir, name), content);
  openToAll(docRoot);
  let block = documentedServerBlock();
  // The edits docs/deployment.md lists, in its words.
  if (base) {
    block = block
      .replace('error_page 404 /404.html;', `error_page 404 ${base}/404.html;`)
      .replace('location ^~ /admin/', `location ^~ ${base}/admin/`)
      .replaceAll('include /srv/itpo/nginx-headers.conf;', `include /srv/itpo${base}/nginx-headers.conf;`)
      .replaceAll('include /srv/itpo/nginx-admin-headers.conf;', `include /srv/itpo${base}/nginx-admin-headers.conf;`);
  }
  if (spa) block = block.replace('location / {', `location / {\n        try_files $uri $uri/ ${base}/index.html;`);
  block = block.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replaceAll('/srv/itpo', docRoot);
  const nginx = await runNginx(block);
  await waitForPort(port, nginx);
  return {
    url: `http://127.0.0.1:${port}`, docRoot, siteDir,
    stop: () => { nginx.child.kill(); return nginx.exited; },
  };
}

/**
 * An https front for a local http service (the join endpoint), with a
 * throwaway self-signed certificate: a cross-origin https endpoint like a
 * real form service's. Browsers must be told to accept the certificate.
 */
export async function startTlsProxy(targetUrl, fixedPort = 0) {
  const port = fixedPort || await freePort();
  const certs = sharedDir('itpo-tls-');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', path.join(certs, 'key.pem'), '-out', path.join(certs, 'cert.pem'),
  ], { stdio: 'ignore' });
  openToAll(certs);
  giveToNginx(certs);
  // Unbuffered, so slow answers stay slow; when the service hangs up, so does the front
  // (444 closes the connection), so the browser sees a network failure, not a 502 page. One
  // request per connection, as the service itself answers: a browser retries a request whose
  // reused connection closes without an answer, which would hide the hang-up.
  const block = `
  server {
    listen 127.0.0.1:${port} ssl;
    keepalive_timeout 0;
    ssl_certificate ${certs}/cert.pem;
    ssl_certificate_key ${certs}/key.pem;
    location / {
      proxy_pass ${targetUrl};
      proxy_set_header Host $host;
      proxy_buffering off;
      proxy_read_timeout 120s;
      error_page 502 504 = @dropped;
    }
    location @dropped { return 444; }
  }`;
  const nginx = await runNginx(block);
  await waitForPort(port, nginx);
  return { url: `https://127.0.0.1:${port}`, stop: () => { nginx.child.kill(); return nginx.exited; } };
}

/**
 * Serves a build as an Apache shared host does (cPanel-style): Debian's
 * apache2 with the virtual host docs/deployment.md describes (the site's
 * folder with `AllowOverride All`, nothing else), so everything the site
 * needs comes from the build's own `.htaccess`. `base` is '' or '/itpo' (the
 * build under a folder of the document root); `without` leaves modules out,
 * as a host that lacks them. Started on a loopback port, never as a service.
 */
export async function startApacheSite({ dist, base = '', files = {}, without = [] }) {
  const port = await freePort();
  const prefix = sharedDir('itpo-apache-');
  const docRoot = path.join(prefix, 'public_html');
  const siteDir = path.join(docRoot, base.replace(/^\//, ''));
  mkdirSync(siteDir, { recursive: true });
  cpSync(dist, siteDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(siteDir, name), content);
  openToAll(prefix);
  // What a Debian host loads, with mod_headers enabled as shared hosts have it.
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'autoindex', 'filter', 'deflate', 'headers', 'setenvif']
    .filter((m) => !without.includes(m));
  const vhost = documentedBlock('apache virtual host', 'apache')
    .replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`)
    .replaceAll('/home/itpo/public_html', docRoot);
  const conf = `
ServerRoot ${prefix}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${prefix}/httpd.pid
ErrorLog ${prefix}/error.log
LogLevel warn
${modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
${AS_ROOT ? 'User nobody\nGroup nogroup' : ''}
<Directory />
    AllowOverride None
    Require all denied
</Directory>
${vhost}
`;
  writeFileSync(path.join(prefix, 'httpd.conf'), conf);
  const child = spawn(APACHE, ['-f', path.join(prefix, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'inherit', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const server = { child, prefix, stderr: () => stderr + readIfThere(path.join(prefix, 'error.log')), exited };
  await waitForPort(port, server);
  return {
    url: `http://127.0.0.1:${port}`, docRoot, siteDir,
    errorLog: () => readIfThere(path.join(prefix, 'error.log')),
    stop: () => { child.kill(); return exited; },
  };
}

function readIfThere(file) {
  try { return readFileSync(file, 'utf8'); } catch { return ''; }
}
