import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadEnv, REPO_ROOT, resolveFromRoot } from './env.js';

describe('docker-compose.yml', () => {
  // No Docker engine runs on our machines; this keeps the file valid and coherent.
  const compose = parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });

  it('defines the database, the API and the web server', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'db', 'web']);
  });

  it('runs the Node major that .nvmrc names', () => {
    const nvmrc = fs.readFileSync(path.join(REPO_ROOT, '.nvmrc'), 'utf8').trim();
    expect(nvmrc).toBe('24');
    expect(compose['x-node'].image).toBe(`node:${nvmrc}-bookworm`);
  });

  it('points the API at the compose database with a valid DATABASE_URL', () => {
    const env = loadEnv(compose.services.api.environment);
    expect(env.DATABASE_URL).toBe('postgres://tierwise:tierwise@db:5432/tierwise');
    expect(compose.services.api.depends_on.db.condition).toBe('service_healthy');
  });
});

describe('runtime', () => {
  it('supports Node 22.17+ and 24, not 20, and this run is on one of them', () => {
    const root = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(root.engines.node).toBe('^22.17.0 || >=24.0.0');
    const [major, minor] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 17)).toBe(true);
  });
});

describe('environment', () => {
  it('has the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ DATABASE_URL: 'sqlite:./data/tierwise.db', API_PORT: 4000, API_HOST: '127.0.0.1', UPLOAD_DIR: './data/uploads', NODE_ENV: 'development' });
    expect(env.isProduction).toBe(false);
    expect(env.demoData).toBe(false);
  });

  it('stops at start with a clear message on a bad value', () => {
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadEnv({ API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => loadEnv({ BOOTSTRAP_ADMIN_EMAIL: 'a@b.test' })).toThrow(/BOOTSTRAP_ADMIN_PASSWORD/);
  });

  it('resolves relative paths from the repository root', () => {
    expect(resolveFromRoot('./data/x.db')).toBe(path.join(REPO_ROOT, 'data/x.db'));
  });
});
