import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('dependency tree', () => {
  it('has exactly one version of gaxios and of google-auth-library (R9)', () => {
    const tree = JSON.parse(execFileSync('npm', ['ls', 'gaxios', 'google-auth-library', '--all', '--json'], { encoding: 'utf8' }));
    const versions = new Map<string, Set<string>>();
    const walk = (deps: Record<string, { version?: string; dependencies?: object }> = {}) => {
      for (const [name, info] of Object.entries(deps)) {
        if (name === 'gaxios' || name === 'google-auth-library') {
          versions.set(name, (versions.get(name) ?? new Set()).add(String(info.version)));
        }
        walk(info.dependencies as never);
      }
    };
    walk(tree.dependencies);
    expect([...(versions.get('gaxios') ?? [])]).toHaveLength(1);
    expect([...(versions.get('google-auth-library') ?? [])]).toHaveLength(1);
  });

  it('loads the keytar native addon (a skipped build must fail the suite)', async () => {
    const keytar = (await import('keytar')).default;
    expect(typeof keytar.getPassword).toBe('function');
  });
});
