import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/helpers/postgres.ts';
import { openDatabase, type Database } from './database.ts';
import { StoriesRepository } from './stories.ts';

const STORY = {
  title: 'Rebuilt the ward rota',
  context: 'Two nurses were off for six weeks.',
  action: 'I rebuilt the rota around admission peaks.',
  result: 'Overtime dropped by 15%.',
  learning: 'Fix the schedule first.',
  tags: ['leadership'],
};

describe.each(BACKENDS)('StoriesRepository on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  }, 30_000);
  afterAll(() => database.close());

  it('creates, lists, reads, updates and deletes a story, keeping every field', async () => {
    const repo = new StoriesRepository(database.db, 'alice');
    const created = await repo.create(STORY);
    expect(created).toMatchObject({ ...STORY, id: 'rebuilt-the-ward-rota' });
    expect(await repo.get(created.id)).toEqual(created);
    expect((await repo.list()).map((s) => s.id)).toEqual([created.id]);
    const updated = await repo.update(created.id, { ...STORY, result: 'Overtime dropped by 20%.' });
    expect(updated!.result).toBe('Overtime dropped by 20%.');
    expect(await repo.remove(created.id)).toBe(true);
    expect(await repo.get(created.id)).toBeNull();
    expect(await repo.remove(created.id)).toBe(false);
  });

  it('gives a second story with the same title its own id', async () => {
    const repo = new StoriesRepository(database.db, 'dup');
    const a = await repo.create(STORY);
    const b = await repo.create(STORY);
    expect(b.id).not.toBe(a.id);
  });

  it("never reads, changes or deletes another user's story", async () => {
    const alice = new StoriesRepository(database.db, 'alice2');
    const bob = new StoriesRepository(database.db, 'bob2');
    const story = await alice.create(STORY);
    expect(await bob.get(story.id)).toBeNull();
    expect(await bob.list()).toEqual([]);
    expect(await bob.update(story.id, STORY)).toBeNull();
    expect(await bob.remove(story.id)).toBe(false);
    expect(await alice.get(story.id)).not.toBeNull();
  });

  it('stores hostile text verbatim', async () => {
    const repo = new StoriesRepository(database.db, 'hostile');
    const nasty = "'); DROP TABLE stories; -- <script>alert(1)</script> \u202e\u0301";
    const s = await repo.create({ ...STORY, title: nasty, action: nasty });
    expect((await repo.get(s.id))!.action).toBe(nasty);
  });

  it('refuses an invalid story without saving it', async () => {
    const repo = new StoriesRepository(database.db, 'invalid');
    await expect(repo.create({ title: '' })).rejects.toThrow(/title/);
    expect(await repo.list()).toEqual([]);
  });
});

describe('openDatabase on a data folder', () => {
  it('keeps what was saved across a restart, and applies migrations once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secondround-db-'));
    try {
      const first = await openDatabase(dir);
      await new StoriesRepository(first.db, 'local').create(STORY);
      await first.close();
      const again = await openDatabase(dir);
      expect((await new StoriesRepository(again.db, 'local').list()).map((s) => s.title)).toEqual([
        STORY.title,
      ]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
