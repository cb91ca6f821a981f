/**
 * Live feedback in the browser: a 300-word answer typed into the practice page of the built app
 * in Debian's chromium, the analyzer's time per keystroke read from the page's performance
 * measures, and the page's initial JavaScript (gzipped). Usage: npm run bench:web
 * Budgets (printed, never asserted): analysis within one frame (16 ms) per keystroke at p99;
 * initial JavaScript at most 150 kB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { openDatabase } from '../src/db/database.ts';
import { buildApp } from '../src/server/app.ts';
import { buildCorpus } from './corpus.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = `${ROOT}dist/web`;
const KEYSTROKES = 200;

await build({ configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' });
const html = readFileSync(`${WEB}/index.html`, 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (f: string): number => gzipSync(readFileSync(`${WEB}/${f}`)).length;
const lazy = readdirSync(`${WEB}/assets`).filter(
  (f) => f.endsWith('.js') && !initial.includes(`assets/${f}`),
);

const answer = buildCorpus()
  .map((a) => a.answer)
  .find((a) => {
    const n = a.split(/\s+/).length;
    return n >= 280 && n <= 330;
  })!;

const database = await openDatabase('memory://');
const app = await buildApp({ db: database.db, webDir: WEB });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage();
await page.goto(`${base}/#/practice/major-challenge`);
const box = page.getByLabel('Your answer');
await box.fill(answer.slice(0, -KEYSTROKES));
await page.locator('.score-value').waitFor();
await page.evaluate(() => performance.clearMeasures('secondround:analyze'));
await box.focus();
await page.keyboard.press('End');
await page.keyboard.type(answer.slice(-KEYSTROKES));
const times = (
  await page.evaluate(() =>
    performance.getEntriesByName('secondround:analyze').map((e) => e.duration),
  )
).sort((a, b) => a - b);
await browser.close();
await app.close();
await database.close();

const q = (p: number): string =>
  `${times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2)} ms`;
const initialKb = initial.reduce((s, f) => s + gz(f), 0) / 1000;
console.log(
  `live feedback in chromium: a ${answer.split(/\s+/).length}-word answer, ${times.length} analyses over ${KEYSTROKES} keystrokes`,
);
console.log(`  analysis per keystroke  p50 ${q(0.5)}  p99 ${q(0.99)}  max ${q(1)}`);
console.log(`  initial JavaScript      ${initialKb.toFixed(1)} kB gzipped (${initial.join(', ')})`);
console.log(
  `  lazy chunks             ${lazy.map((f) => `${f} ${(gz(`assets/${f}`) / 1000).toFixed(1)} kB`).join(', ')}`,
);
console.log('\nbudgets (informational)');
console.log(
  `  p99 <= 16 ms per keystroke   ${times[Math.floor(0.99 * times.length)]! <= 16 ? 'PASS' : 'FAIL'}`,
);
console.log(`  initial JS <= 150 kB gzipped ${initialKb <= 150 ? 'PASS' : 'FAIL'}`);
