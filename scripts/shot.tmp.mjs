import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('file:///tmp/report.html');
await page.screenshot({ path: '/tmp/report1.png' });
await page.evaluate(() => document.querySelector('#icp')?.scrollIntoView());
await page.screenshot({ path: '/tmp/report2.png' });
await browser.close();
