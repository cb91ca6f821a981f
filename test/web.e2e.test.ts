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
import { buildApp } from '../src/server/app.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIR = `${ROOT}dist/web`;
const SHOTS = `${ROOT}.tmp/screenshots`;

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

/** A fresh page that fails the test on any console error or request to another host. */
async function open(path: string, width = 1440): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
      problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(`${base}/${path}`);
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
    await expect.poll(() => page.locator('#answer-status').textContent()).toMatch(/· Saved$/);
    // The draft is on the server too: another browser (no shared storage) opens it.
    const other = await open(page.url().slice(base.length + 1));
    await expect.poll(() => other.page.getByLabel('Your answer').inputValue()).toBe(ANSWER);
    await other.page.getByLabel('Your answer').fill('A new start.');
    await expect.poll(() => other.page.locator('#answer-status').textContent()).toMatch(/· Saved$/);
    // ... and the newer copy wins back in the first browser.
    await page.reload();
    await expect.poll(() => page.getByLabel('Your answer').inputValue()).toBe('A new start.');
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
