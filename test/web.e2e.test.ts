/// <reference lib="dom" />
// The web app as a user meets it: a real server on a port, the built page, Debian's chromium.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { freshPostgresUrl } from './helpers/postgres.ts';
import { buildApp } from '../src/server/app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIR = `${ROOT}dist/web`;
const SHOTS = `${ROOT}.tmp/screenshots`;

/** A draft reaches the server a second after the last keystroke: wait for that, and the PUT. */
const SAVED = { timeout: 10_000 };

const ANSWER =
  'Last year, as the shift lead on a 30-bed surgical ward, we were two nurses short for six weeks. I rebuilt the rota around peak admission hours and I set up a ten-minute huddle at every handover. As a result, missed medication rounds fell from nine a week to one, and overtime dropped by 25%. It taught me to fix the schedule before asking people to work harder. How does your ward handle staffing gaps today?';

let database: Database;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium).`,
    );
  await build({ configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' });
  mkdirSync(SHOTS, { recursive: true });
  database = await openDatabase('memory://');
  app = await buildApp({ db: database.db, webDir: WEB_DIR });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.close();
});

/**
 * A fresh page that records every console error, failed response (as "STATUS METHOD URL") and
 * request to another host: a test expects that list to be empty.
 */
async function open(
  path: string,
  width = 1440,
  root = base,
): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(root) && !r.url().startsWith('data:'))
      problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(`${root}/${path}`);
  return { page, problems };
}

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

describe('web app', () => {
  it('practice: pick a question, type an answer, see live feedback; the draft survives a reload', async () => {
    const { page, problems } = await open('#/practice');
    await page.getByRole('link', { name: /managed a team or led a project/ }).click();
    await page.getByLabel('Your answer').fill(ANSWER);
    await expect.poll(() => page.locator('.score-value').textContent()).toMatch(/^\d+$/);
    expect(await page.locator('.checklist').textContent()).toContain('Numbers in the result');
    expect(await page.locator('.part-result').count()).toBeGreaterThan(0);
    expect(await page.locator('.findings li').count()).toBeGreaterThan(0);
    await page.locator('.rule-doc summary').first().click();
    await page.locator('.rule-doc h4').first().waitFor();
    expect(await page.locator('.rule-doc').first().textContent()).toContain(
      'Why a hiring manager cares',
    );
    await page.screenshot({ path: `${SHOTS}/practice-1440.png`, fullPage: true });
    await expectAccessible(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Your answer').inputValue()).toBe(ANSWER);
    await expect
      .poll(() => page.locator('#answer-status').textContent(), SAVED)
      .toMatch(/· Saved$/);
    // The draft is on the server too: another browser (no shared storage) opens it.
    const other = await open(page.url().slice(base.length + 1));
    await expect.poll(() => other.page.getByLabel('Your answer').inputValue(), SAVED).toBe(ANSWER);
    await other.page.getByLabel('Your answer').fill('A new start.');
    await expect
      .poll(() => other.page.locator('#answer-status').textContent(), SAVED)
      .toMatch(/· Saved$/);
    // ... and the newer copy wins back in the first browser.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Your answer').inputValue(), SAVED)
      .toBe('A new start.');
    expect([...problems, ...other.problems]).toEqual([]);
  });

  it('practice: saves versions with their scores and compares two', async () => {
    const { page, problems } = await open('#/practice/leadership');
    const box = page.getByLabel('Your answer');
    await box.fill('I led a team once.');
    await page.getByRole('button', { name: 'Save this version' }).click();
    await page.getByText('Version 1 ·').waitFor();
    await box.fill(ANSWER);
    await page.getByRole('button', { name: 'Save this version' }).click();
    await page.getByText('Version 2 ·').waitFor();
    await page.getByLabel(/Version 1/).check();
    await page.getByLabel(/Version 2/).check();
    const delta = await page.locator('.compare .delta').textContent();
    expect(delta).toMatch(/Change: \+\d+ points/);
    await page.screenshot({ path: `${SHOTS}/versions-1440.png`, fullPage: true });
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('interviews: create one from a posting, see readiness and tailoring, download the prep sheet', async () => {
    const { page, problems } = await open('#/interviews');
    await page.getByLabel('Company', { exact: true }).fill('Riverbend Health');
    await page.getByLabel('Role', { exact: true }).fill('Charge Nurse');
    await page
      .getByLabel(/job posting/)
      .fill(
        "Charge Nurse\n\nWhat you'll do\n- Lead a team of 14 nurses on a surgical ward\n- Reduce patient wait times for post-operative assessment\n\nRequirements\n- Active RN license and BLS certification\n- Experience with Epic",
      );
    await page.getByLabel('Name', { exact: true }).fill('Dana Lee');
    await page.getByLabel(/What you found out/).fill('Studied at the University of Minnesota.');
    await page.getByRole('button', { name: 'Save interview' }).click();
    await page.getByRole('heading', { name: 'Charge Nurse at Riverbend Health' }).waitFor();
    expect(await page.locator('.readiness tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('.todo').textContent()).toContain('Write a story for');
    expect(await page.locator('.interview').textContent()).toContain('RN license');
    expect(await page.locator('.interview').textContent()).toContain('University of Minnesota');
    const href = await page.getByRole('link', { name: /prep sheet \(PDF\)/ }).getAttribute('href');
    const pdf = await page.request.get(`${base}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // After the interview: the debrief becomes a thank-you email, with the window and downloads.
    await page
      .getByLabel('When it started')
      .fill(new Date(Date.now() - 2 * 3600_000).toISOString().slice(0, 16));
    await page.getByLabel('Your name (to sign the emails)').fill('Sam Rivera');
    await page
      .getByLabel(/What you discussed with Dana Lee/)
      .fill('the night-shift handover checklist');
    await page.getByRole('button', { name: 'Write the thank-you emails' }).click();
    await page.getByRole('heading', { name: 'To Dana Lee' }).waitFor();
    const body = await page.getByLabel('Email', { exact: true }).inputValue();
    expect(body).toContain('handover checklist');
    expect(body.split(/\s+/).length).toBeLessThanOrEqual(180);
    expect(await page.locator('.countdown').textContent()).toMatch(
      /h \d+ min left in the 24-hour window/,
    );
    const [eml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download .eml' }).click(),
    ]);
    expect(eml.suggestedFilename()).toMatch(/\.eml$/);
    expect(
      await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'),
    ).toMatch(/^mailto:\?subject=/);
    await page.getByLabel('Outcome').selectOption('next-round');
    await expect
      .poll(
        async () =>
          (
            (await (await page.request.get(`${base}/api/interviews`)).json()) as {
              outcome: string;
            }[]
          )[0]?.outcome,
      )
      .toBe('next-round');
    await page.screenshot({ path: `${SHOTS}/interview-1440.png`, fullPage: true });
    await page.getByText('Change the details, the posting or the people').click();
    await page.getByLabel('Role', { exact: true }).fill('Senior Charge Nurse');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Senior Charge Nurse at Riverbend Health' }).waitFor();
    expect(await page.getByLabel('Outcome').inputValue()).toBe('next-round');
    await page.getByRole('link', { name: 'View and print the prep sheet' }).click();
    await page.getByRole('heading', { name: 'Senior Charge Nurse at Riverbend Health' }).waitFor();
    await page.getByRole('heading', { name: 'Questions to ask' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/prep-sheet-1440.png`, fullPage: true });
    await expectAccessible(page);
    await page.goBack();
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('your data: export, delete everything, import the file back, and the story returns', async () => {
    const { page, problems } = await open('#/stories');
    await page.getByLabel('Title').fill('Export me');
    await page.getByLabel('Action').fill('I exported my data.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('heading', { name: 'Export me' }).waitFor();
    await page.goto(`${base}/#/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download everything/ }).click(),
    ]);
    const file = `${SHOTS}/export.json`;
    await download.saveAs(file);
    await page.getByLabel(/Type/).fill('delete everything');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByText('has been deleted').waitFor();
    expect(await (await page.request.get(`${base}/api/stories`)).json()).toEqual([]);
    await page.getByLabel('Choose a secondround export').setInputFiles(file);
    await page.getByText(/^Imported \d+ stor(y|ies)/).waitFor();
    await page.screenshot({ path: `${SHOTS}/settings-1440.png`, fullPage: true });
    await expectAccessible(page);
    await page.goto(`${base}/#/stories`);
    await page.getByRole('heading', { name: 'Export me' }).waitFor();
    await page.goto(`${base}/#/settings`);
    await page.getByLabel('Choose a secondround export').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{oops'),
    });
    await page.getByText('bad.json is not a JSON file').waitFor();
    expect(problems).toEqual([]);
  });

  it('mock interview: asks, probes a gap, closes with "any questions for me?", then a scorecard', async () => {
    const { page, problems } = await open('#/mock');
    await page.getByLabel('Length').selectOption('3');
    await page.getByRole('button', { name: 'Start the interview' }).click();
    const prompts: string[] = [];
    for (let turn = 0; turn < 10; turn++) {
      const prompt = (await page.locator('.interviewer').textContent()) ?? '';
      prompts.push(prompt);
      if (turn === 0) await expectAccessible(page);
      // A thin answer: a situation and a "we", so the interviewer has a gap to probe.
      await page
        .getByLabel('Your answer')
        .fill('Last year our team had a hard deadline and we worked late to meet it.');
      await page.getByRole('button', { name: 'Answer' }).click();
      if (await page.getByRole('heading', { name: 'Scorecard' }).count()) break;
    }
    expect(prompts.some((p) => /your own part|outcome|number|differently/.test(p))).toBe(true);
    expect(prompts.at(-1)).toContain('Do you have any questions for me?');
    expect(await page.locator('.turns > li').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/mock-scorecard-1440.png`, fullPage: true });
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('progress: a chart of saved scores, the streak and the checks missed most', async () => {
    const { page, problems } = await open('#/progress');
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.locator('.chart').waitFor();
    expect(await page.locator('.chart .dot').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.stats').textContent()).toMatch(/practice streak 1 day\b/);
    await page.getByRole('heading', { name: 'Checks you miss most' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/progress-1440.png`, fullPage: true });
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('works with the keyboard alone: tab to a question and answer it', async () => {
    const { page } = await open('#/practice');
    await page.locator('.questions li a').first().waitFor();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Enter');
    for (
      let i = 0;
      i < 12 && !(await page.evaluate(() => document.activeElement?.closest('.questions li')));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Your answer').waitFor();
    await page.getByLabel('Your answer').focus();
    await page.keyboard.type('I led the team.');
    await expect.poll(() => page.locator('.score-value').count()).toBe(1);
  });

  it('stories: save one, see it listed, and find it again after a reload', async () => {
    const { page, problems } = await open('#/stories');
    await page.getByLabel('Title').fill('Cut clinic wait times');
    await page
      .getByLabel('Action')
      .fill('I redesigned triage so vitals start in the waiting area.');
    await page.getByLabel('Result').fill('Waits fell from 70 to 35 minutes.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('heading', { name: 'Cut clinic wait times' }).waitFor();
    await page.getByRole('button', { name: 'Edit “Cut clinic wait times”' }).click();
    await page.getByLabel('Tags, separated by commas').fill('challenge, customer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Tags: challenge, customer').waitFor();
    await expect
      .poll(() =>
        page
          .locator('.story-list li', { hasText: 'Cut clinic wait times' })
          .locator('.covers')
          .textContent(),
      )
      .toContain('major challenge');
    await page.screenshot({ path: `${SHOTS}/stories-1440.png`, fullPage: true });
    await expectAccessible(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Cut clinic wait times' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('learn, and every page readable at 390 px wide', async () => {
    for (const path of [
      '#/learn',
      '#/practice',
      '#/stories',
      '#/interviews',
      '#/settings',
      '#/mock',
    ]) {
      const { page, problems } = await open(path, 390);
      await page.locator('h1').first().waitFor();
      if (path === '#/learn') await page.locator('.stage').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/${path.slice(2)}-390.png`, fullPage: true });
      await expectAccessible(page);
      expect(problems).toEqual([]);
    }
  });
});

describe('web app with accounts, on PostgreSQL', () => {
  let accountsDb: Database;
  let accountsApp: FastifyInstance;
  let root: string;
  beforeAll(async () => {
    accountsDb = await openDatabase(await freshPostgresUrl());
    accountsApp = await buildApp({
      db: accountsDb.db,
      webDir: WEB_DIR,
      accounts: true,
      // The browser's pages stay open until the end: do not wait for their connections.
      fastify: { forceCloseConnections: true },
    });
    root = await accountsApp.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await accountsApp?.close();
    await accountsDb?.close();
  }, 30_000);

  async function signUp(email: string, width = 1440): Promise<{ page: Page; problems: string[] }> {
    const opened = await open('', width, root);
    const { page } = opened;
    await page.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').getByText('at least 10 characters').waitFor();
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(email).waitFor();
    return opened;
  }

  it('sign up, log out, log in again: the work is still there; the pages pass axe', async () => {
    const { page, problems } = await open('', 1440, root);
    await page.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/login-1440.png`, fullPage: true });
    await expectAccessible(page);
    const { page: phone, problems: phoneProblems } = await open('', 390, root);
    await phone.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/login-390.png`, fullPage: true });
    await expectAccessible(phone);

    const user = await signUp('carla@example.org');
    await user.page.goto(`${root}/#/stories`);
    await user.page.getByLabel('Title').fill('Saved in my account');
    await user.page.getByLabel('Action').fill('I kept my work.');
    await user.page.getByRole('button', { name: 'Save story' }).click();
    await user.page.getByRole('heading', { name: 'Saved in my account' }).waitFor();
    await user.page.screenshot({ path: `${SHOTS}/accounts-stories-1440.png`, fullPage: true });
    await user.page.goto(`${root}/#/settings`);
    await user.page.getByRole('heading', { name: 'Your account', exact: true }).waitFor();
    await user.page.screenshot({ path: `${SHOTS}/accounts-settings-1440.png`, fullPage: true });
    await expectAccessible(user.page);
    await user.page.getByRole('button', { name: 'Log out' }).click();
    await user.page.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    await user.page.getByLabel('Email').fill('carla@example.org');
    await user.page.getByLabel('Password').fill('not the password');
    await user.page.getByRole('button', { name: 'Log in' }).click();
    await user.page.getByText('do not match an account').waitFor();
    await user.page.getByLabel('Password').fill('a long enough passphrase');
    await user.page.getByRole('button', { name: 'Log in' }).click();
    await user.page.goto(`${root}/#/stories`);
    await user.page.getByRole('heading', { name: 'Saved in my account' }).waitFor();
    // Change the password in Your data; the new one logs in.
    await user.page.goto(`${root}/#/settings`);
    await user.page.getByLabel('Current password').fill('a long enough passphrase');
    await user.page.getByLabel(/^New password/).fill('my second passphrase');
    await user.page.getByRole('button', { name: 'Change password' }).click();
    await user.page.getByText('Your password is changed').waitFor();
    await user.page.getByRole('button', { name: 'Log out' }).click();
    await user.page.getByLabel('Email').fill('carla@example.org');
    await user.page.getByLabel('Password').fill('my second passphrase');
    await user.page.getByRole('button', { name: 'Log in' }).click();
    await user.page.getByRole('button', { name: 'Log out' }).waitFor();
    expect([...problems, ...phoneProblems]).toEqual([]);
    // The refused short password and wrong password are the failures this journey expects.
    expect(user.problems).toEqual([
      `400 POST ${root}/api/auth/signup`,
      `401 POST ${root}/api/auth/login`,
    ]);
  });

  it('two users in two browsers: neither sees the other’s work', async () => {
    const dora = await signUp('dora@example.org');
    await dora.page.goto(`${root}/#/stories`);
    await dora.page.getByLabel('Title').fill('Dora’s private story');
    await dora.page.getByLabel('Action').fill('I did something only I should see.');
    await dora.page.getByRole('button', { name: 'Save story' }).click();
    await dora.page.getByRole('heading', { name: 'Dora’s private story' }).waitFor();
    await dora.page.goto(`${root}/#/interviews`);
    await dora.page.getByLabel('Company', { exact: true }).fill('Dora Corp');
    await dora.page.getByLabel('Role', { exact: true }).fill('Analyst');
    await dora.page.getByRole('button', { name: 'Save interview' }).click();
    await dora.page.getByRole('heading', { name: 'Analyst at Dora Corp' }).waitFor();
    const doraInterview = dora.page.url().slice(`${root}/`.length);

    const eli = await signUp('eli@example.org');
    await eli.page.goto(`${root}/#/stories`);
    await eli.page.getByRole('heading', { name: 'Saved stories (0)' }).waitFor();
    expect(await eli.page.locator('main').textContent()).not.toContain('Dora');
    await eli.page.goto(`${root}/${doraInterview}`);
    await eli.page
      .getByRole('alert')
      .getByText(/No interview with id/)
      .waitFor();
    expect(await eli.page.locator('main').textContent()).not.toContain('Dora Corp');
    // Dora, still signed in, still has both.
    await dora.page.goto(`${root}/#/stories`);
    await dora.page.getByRole('heading', { name: 'Dora’s private story' }).waitFor();
    // Her session ends elsewhere (here: the cookie is gone): the next save brings the log-in
    // page back instead of failing silently, and logging in again finds her work.
    await dora.page.context().clearCookies();
    await dora.page.getByLabel('Title').fill('After the session ended');
    await dora.page.getByLabel('Action').fill('I kept typing.');
    await dora.page.getByRole('button', { name: 'Save story' }).click();
    await dora.page.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    await dora.page.getByLabel('Email').fill('dora@example.org');
    await dora.page.getByLabel('Password').fill('a long enough passphrase');
    await dora.page.getByRole('button', { name: 'Log in' }).click();
    await dora.page.getByRole('heading', { name: 'Dora’s private story' }).waitFor();
  });

  it('shows hostile text in every field as text (nothing runs, nothing loads), then deletes the account', async () => {
    const xss = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { page, problems } = await signUp('mallory@example.org');
    const { csrfToken } = (await (await page.request.get(`${root}/api/me`)).json()) as {
      csrfToken: string;
    };
    const post = async (url: string, data: unknown, method = 'post'): Promise<{ id: string }> => {
      const res = await page.request.fetch(`${root}${url}`, {
        method,
        data: data as Record<string, unknown>,
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(res.status(), url).toBeLessThan(300);
      return (await res.json()) as { id: string };
    };
    await post('/api/stories', {
      title: `Story ${xss}`,
      context: xss,
      action: `I acted. ${xss}`,
      result: xss,
      learning: xss,
      tags: ['<b>bold</b>', '<script>x</script>'],
    });
    const interview = await post('/api/interviews', {
      company: `Co ${xss}`,
      role: `Role ${xss}`,
      posting: `Nurse wanted. ${xss}`,
      companyText: xss,
      interviewers: [{ name: `Pat ${xss}`, role: xss, notes: xss }],
    });
    await post('/api/answers', { questionId: 'leadership', text: `I led. ${xss}` });
    await post('/api/drafts/leadership', { text: `Draft ${xss}` }, 'put');
    for (const path of [
      '#/stories',
      '#/interviews',
      `#/interviews/${interview.id}`,
      `#/interviews/${interview.id}/sheet`,
      '#/practice/leadership', // the draft, coloured by CARL part
    ]) {
      await page.goto(`${root}/${path}`);
      await page.reload(); // a fresh render of this page alone
      await expect.poll(() => page.locator('main').innerText(), { timeout: 5000 }).toContain(xss);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined();
      expect(await page.locator('main img, main script').count(), path).toBe(0);
    }
    // Leaving: the account and everything in it go; logging in again fails.
    await page.goto(`${root}/#/settings`);
    await page.getByLabel('Your password, to confirm').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Delete my account and everything in it' }).click();
    await page.getByRole('heading', { name: 'Log in to secondround' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.getByLabel('Email').fill('mallory@example.org');
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('do not match an account').waitFor();
    expect(problems).toEqual([
      `400 POST ${root}/api/auth/signup`, // signUp's short password
      `401 POST ${root}/api/auth/login`,
    ]);
  });
});
