// The deployment files, checked here because no Docker engine runs on the machines that test
// Waypoint: compose.yaml against the Compose specification's facts it relies on, the
// Dockerfile's promises, and the Caddyfile that puts both replicas behind one port.
// (`docker-compose config` 1.29 also accepted compose.yaml when it was written; see docs/DEPLOY.md.)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config.ts';

const healthcheck = z.strictObject({
  test: z.array(z.string()).min(2),
  interval: z.string().regex(/^\d+s$/),
  timeout: z.string().regex(/^\d+s$/),
  retries: z.number().int().positive(),
  start_period: z.string().regex(/^\d+s$/),
});
const dependsHealthy = z.record(z.string(), z.strictObject({ condition: z.literal('service_healthy') }));
const compose = z.strictObject({
  services: z.strictObject({
    postgres: z.strictObject({
      image: z.string().regex(/^postgres:\d+/),
      restart: z.literal('unless-stopped'),
      environment: z.record(z.string(), z.string()),
      volumes: z.array(z.string()),
      healthcheck,
    }),
    waypoint: z.strictObject({
      build: z.literal('.'),
      image: z.string(),
      restart: z.literal('unless-stopped'),
      env_file: z.literal('.env'),
      environment: z.record(z.string(), z.string()),
      depends_on: dependsHealthy,
      deploy: z.strictObject({ replicas: z.literal(2) }),
      healthcheck,
    }),
    proxy: z.strictObject({
      image: z.string().regex(/^caddy:2/),
      restart: z.literal('unless-stopped'),
      ports: z.array(z.string()).length(1),
      volumes: z.array(z.string()),
      depends_on: dependsHealthy,
    }),
  }),
  volumes: z.record(z.string(), z.null()),
});

const file = compose.parse(parse(readFileSync('compose.yaml', 'utf8')));

it('compose.yaml: PostgreSQL on a named volume, two Waypoint replicas on it, one port in front, health checks throughout', () => {
  const { postgres, waypoint, proxy } = file.services;
  const [volume, mount] = postgres.volumes[0]!.split(':');
  expect(mount).toBe('/var/lib/postgresql/data');
  expect(Object.keys(file.volumes)).toContain(volume);
  expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
  // Secrets come from the env file, never from compose.yaml itself.
  expect(postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  expect(waypoint.environment.DATABASE_URL).toMatch(/^postgres:\/\/waypoint:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/waypoint$/);
  expect(waypoint.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  expect(waypoint.healthcheck.test.join(' ')).toContain('/healthz');
  expect(proxy.depends_on).toEqual({ waypoint: { condition: 'service_healthy' } });
  expect(proxy.ports[0]).toMatch(/^"?\$\{HTTP_PORT:-\d+\}:8080"?$/);
  // Every variable compose sets for Waypoint is one config.ts reads.
  for (const name of Object.keys(waypoint.environment)) expect(CONFIG_VARIABLES, name).toContain(name);
  expect(waypoint.environment.TRUST_PROXY).toBe('1');
});

it('the Caddyfile sends the one port to every replica of the waypoint service', () => {
  const caddy = readFileSync('deploy/Caddyfile', 'utf8');
  expect(caddy).toMatch(/^:8080 \{/m);
  expect(caddy).toMatch(/dynamic a \{\s*name waypoint\s*port 3000/);
  expect(caddy).toMatch(/lb_policy round_robin/);
  expect(file.services.proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
});

it('Dockerfile: Node 20 slim, production dependencies, a non-root user, no browser unless asked, a health check on /healthz', () => {
  const df = readFileSync('Dockerfile', 'utf8');
  const from = [...df.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
  expect(from.length).toBeGreaterThan(0);
  for (const image of from) expect(image).toMatch(/^node:20-[a-z]+-slim$/);
  expect(df).toMatch(/npm ci --omit=dev/);
  expect(df).toMatch(/^USER node$/m);
  expect(df.indexOf('USER node')).toBeGreaterThan(df.lastIndexOf('RUN '));
  expect(df).toMatch(/^ARG WITH_BROWSER=false$/m);
  const chromium = df.split('\n').filter((l) => /apt-get install.*chromium/.test(l));
  expect(chromium).toHaveLength(1);
  expect(df).toMatch(/if \[ "\$WITH_BROWSER" = "true" \]; then \\\n\s+apt-get update && apt-get install -y --no-install-recommends chromium/);
  expect(df).toMatch(/^HEALTHCHECK [^\n]*\\\n\s+CMD \[.*\/healthz/m);
  // The server runs as `npm start` runs it, with the same node flags (docs/adr/0007).
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  expect(start).toBe('node --optimize-for-size --initial-heap-size=128 bin/waypoint.js serve');
  expect(df).toMatch(/^CMD \["node", "--optimize-for-size", "--initial-heap-size=128", "bin\/waypoint\.js", "serve"\]$/m);
  // What the image needs at run time is copied; what must never be in it is ignored.
  for (const dir of ['bin', 'src', 'flows', 'locales', 'personas', 'config']) expect(df).toContain(`COPY ${dir} ./${dir}`);
  const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
  for (const never of ['.git', 'node_modules', 'data', '.env']) expect(ignored).toContain(never);
});
