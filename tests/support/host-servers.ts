// The real servers clinics deploy to, serving a built folder on 127.0.0.1: nginx from Debian (HTTPS, with a
// certificate made for the run, and the server block src/hosting/host-files.ts writes) and Cloudflare's runtime
// (`wrangler dev`, workerd, offline, with the project's wrangler.jsonc). nginx's start resolves once it answers;
// wrangler's at once (the e2e project's global setup starts it for every file), `wranglerReady()` waits for it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { constants, setPriority, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { nginxConf } from '../../src/hosting/host-files.ts';
import { freePort } from './free-port.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

export interface RunningHost {
  /** The site's origin, e.g. "https://127.0.0.1:40123". */
  url: string;
  /** The certificate a client must trust (nginx's, made for this run). */
  ca?: string;
  stop: () => Promise<void>;
}

export interface HostResponse {
  status: number;
  /** Header names in lower case; a header sent twice is joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

/** One GET, without following redirects; `ca` is the certificate to trust for HTTPS. */
export function get(url: string, ca?: string, headers: Record<string, string> = {}): Promise<HostResponse> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { ca, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headersDistinct)) headers[name] = (value ?? []).join(', ');
        resolve({ status: response.statusCode ?? 0, headers, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** Resolves once something accepts connections on the port; rejects if the process ends first. */
async function listening(port: number, server: ChildProcess, output: () => string): Promise<void> {
  let ended = false;
  server.once('exit', () => (ended = true));
  for (;;) {
    if (ended) throw new Error(`The server stopped before it listened:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(true)).on('error', () => resolve(false));
      socket.once('connect', () => socket.end());
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopped(child: ChildProcess, kill: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  kill();
  return exited;
}

/** A key and a self-signed certificate for 127.0.0.1, made with the openssl command line. */
function certificateFor127(folder: string): { cert: string; key: string } {
  const cert = join(folder, 'cert.pem');
  const key = join(folder, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'].concat([
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate:\n${made.stderr}`);
  return { cert, key };
}

/**
 * nginx serving `root` with the server block `npm run hosts` writes (src/hosting/host-files.ts), given a test
 * listen address, certificate and root. `configTest` is what `nginx -t` printed for it (it throws when that fails).
 */
export async function startNginx(root: string, base = '/'): Promise<RunningHost & { configTest: string }> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const certificate = certificateFor127(prefix);
  const [https, http] = [await freePort(), await freePort()];
  const site = nginxConf({
    base,
    root,
    httpsListen: `127.0.0.1:${https}`,
    httpListen: `127.0.0.1:${http}`,
    certificate,
  });
  writeFileSync(join(prefix, 'site.conf'), site);
  // The parts of a machine's own nginx.conf the server block needs (Debian's MIME types), with everything nginx
  // writes kept in the run's folder.
  const temporary = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `${kind}_temp_path ${join(prefix, kind)};`,
  );
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // Workers run as this user (nginx's own default, nobody, cannot read a test's private temporary folder); nginx
      // ignores it, with a note, when it does not run as root.
      `user ${userInfo().username};`,
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...temporary.map((line) => `  ${line}`),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf')];
  const test = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  const configTest = `${test.stdout}${test.stderr}`;
  if (test.status !== 0) throw new Error(`nginx -t failed (status ${test.status}):\n${configTest}\n${site}`);
  const nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nginx.stdout.on('data', (chunk) => (output += chunk));
  nginx.stderr.on('data', (chunk) => (output += chunk));
  await listening(https, nginx, () => `${output}${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
  return {
    url: `https://127.0.0.1:${https}`,
    ca: readFileSync(certificate.cert, 'utf8'),
    configTest,
    stop: async () => {
      // SIGQUIT: nginx's graceful stop, which also ends its worker.
      await stopped(nginx, () => nginx.kill('SIGQUIT'));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export interface WranglerDev {
  /** The site's origin, e.g. "http://127.0.0.1:40123". */
  url: string;
  /** The file wrangler writes what it prints to, which ends with a line of its own when wrangler stops. */
  output: string;
}

const WRANGLER_STOPPED = 'wrangler dev stopped';

/**
 * `wrangler dev` with the project's wrangler.jsonc (it serves dist/): offline, no login, no prompts, at the lower CPU
 * priority of the tests that use it (support/lower-priority.ts). It resolves once started, not once it answers: the
 * tests' workers start beside it, and `wranglerReady()` waits for it.
 */
export async function startWrangler(): Promise<WranglerDev & { stop: () => Promise<void> }> {
  const state = mkdtempSync(join(tmpdir(), 'wrangler-'));
  const output = join(state, 'output.log');
  const port = await freePort();
  const log = openSync(output, 'w');
  const wrangler = spawn(
    process.execPath,
    [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', join(state, 'state')],
    {
      cwd: ROOT,
      // Its own process group: wrangler runs workerd as a child, and both stop together.
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    },
  );
  closeSync(log);
  // Set before wrangler has loaded, so workerd, which it starts later, inherits it.
  setPriority(wrangler.pid!, constants.priority.PRIORITY_BELOW_NORMAL);
  const exited = new Promise<void>((resolve) =>
    wrangler.once('exit', (code, signal) => {
      appendFileSync(output, `\n${WRANGLER_STOPPED} (${code ?? signal})\n`);
      resolve();
    }),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    stop: async () => {
      if (wrangler.exitCode === null && wrangler.signalCode === null) process.kill(-wrangler.pid!, 'SIGTERM');
      await exited;
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/** Resolves with the origin once `wrangler dev` is ready; rejects with what it printed if it stopped first. */
export async function wranglerReady({ url, output }: WranglerDev): Promise<string> {
  for (;;) {
    const printed = stripVTControlCharacters(readFileSync(output, 'utf8'));
    if (printed.includes(WRANGLER_STOPPED)) throw new Error(`wrangler dev stopped before it was ready:\n${printed}`);
    if (/Ready on http/.test(printed)) return url;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
