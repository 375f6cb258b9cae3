// The hostile-input corpus (tests/hostile/hostile_corpus.mjs) through the page in headless Chromium,
// each file dropped as a user would: a refused file shows the CLI's own message (file, line, column)
// in the review, or in the alert when Analyze meets the fault further in; a read file gives, after Analyze, the CLI's report byte for
// byte, with the case's expected figures, skips and warnings. The tab never crashes, nothing from a
// file runs, and a new file can be dropped after each. Needs: npm run build (dist/), the native CLI
// and Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkAccounting, hostileCases } from '../hostile/hostile_corpus.mjs';
import { analyzeReviewed, downloadReport, openPage, waitForReview } from './support/page_driver.mjs';
import { cliPath } from './support/prerequisites.mjs';
import { servedPage } from './support/served_page.mjs';

describe('the hostile-input corpus through the page (built page, real engine, headless Chromium)', () => {
  const suite = servedPage('/hostile/');
  let opened;

  for (const c of hostileCases()) {
    it(`${c.name}: ${c.about}`, { todo: c.todo, timeout: 180_000 }, async () => {
      const { server, browser, tmp } = suite.ready();
      opened ??= await openPage(browser);
      const { page, problems } = opened;
      const bytes = c.bytes();
      const file = path.join(tmp, c.name);
      writeFileSync(file, bytes);
      try {
        const cli = spawnSync(cliPath, ['analyze', file], { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 512 << 20 });
        assert.ok(cli.status === 0 || cli.status === 2, `the CLI: ${cli.status} ${cli.stderr}`);
        await page.goto(server.url);
        await page.locator('#file-input').setInputFiles(file);
        await waitForReview(page, 120_000);
        if (c.expect.error) {
          const message = cli.stderr.toString('utf8').replace(/^icp-drift: /, '').trimEnd();
          assert.match(message, c.expect.error);
          // Refused when the review reads the file's start, or — a fault further in — when it is analysed.
          const analyze = page.getByRole('button', { name: 'Analyze', exact: true });
          if (await analyze.isEnabled()) assert.equal(await analyzeReviewed(page), 'error', 'the analysis refuses it');
          const said = `${await page.locator('#review').innerText()}\n${await page.locator('#alert').innerText()}`;
          assert.ok(said.includes(message), `the page says the CLI's message "${message}"; it says:\n${said.slice(0, 1500)}`);
        } else {
          assert.equal(cli.status, 0, String(cli.stderr));
          assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
          const json = (await downloadReport(page)).bytes.toString('utf8');
          const report = JSON.parse(json);
          checkAccounting(report.inputs[0]);
          c.expect.report(report, report.inputs[0], json);
          assert.ok(json === cli.stdout.toString('utf8'), 'the page\'s report is the CLI\'s, byte for byte');
        }
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        assert.deepEqual(problems, []);
      } finally {
        rmSync(file, { force: true });
      }
    });
  }

  it('closes its page', async () => {
    await opened?.context.close();
  });
});
