import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY } from '../config.ts';
import { RULES } from './index.ts';

const here = import.meta.dirname;
const docs = join(here, '../../../../docs/rules');
const NOT_RULES = new Set(['index.ts', 'util.ts', 'test-answers.ts']);

describe('rule registry', () => {
  const files = readdirSync(here).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f),
  );

  it('registers every rule file, and names each rule after its file', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it('has unique ids; prohibitions start with no-', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a test file and a docs page that names each message id', () => {
        expect(existsSync(join(here, `${rule.id}.test.ts`))).toBe(true);
        const page = join(docs, `${rule.id}.md`);
        expect(existsSync(page), `docs/rules/${rule.id}.md`).toBe(true);
        const text = readFileSync(page, 'utf8');
        expect(text).toContain(`# ${rule.id}`);
        for (const id of Object.keys(rule.meta.messages)) expect(text).toContain(id);
      });

      it('has a default severity and complete metadata', () => {
        expect(DEFAULT_SEVERITY[rule.id]).toBeDefined();
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(rule.meta.weight).toBeGreaterThanOrEqual(0);
      });

      it('fills every message placeholder it reports (its tests use each message id)', () => {
        const tests = readFileSync(join(here, `${rule.id}.test.ts`), 'utf8');
        const source = readFileSync(join(here, `${rule.id}.ts`), 'utf8');
        for (const [id, template] of Object.entries(rule.meta.messages)) {
          expect(tests, `${rule.id} tests message ${id}`).toContain(`'${id}'`);
          for (const [, name] of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            expect(source, `${rule.id} fills {{${name}}}`).toMatch(
              new RegExp(`\\b${name}\\b[^\\n]*[:,}]`),
            );
          }
        }
      });
    });
  }

  it('has no stale docs page or severity for a rule that no longer exists', () => {
    const ids = new Set(RULES.map((r) => r.id));
    if (existsSync(docs))
      for (const f of readdirSync(docs)) expect(ids.has(f.replace(/\.md$/, ''))).toBe(true);
    for (const id of Object.keys(DEFAULT_SEVERITY)) expect(ids.has(id)).toBe(true);
  });
});
