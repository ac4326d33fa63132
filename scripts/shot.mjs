import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', h = '800', wait = '1500', click = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--disable-gpu', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
/** @type {string[]} */
const logs = [];
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(m.type() + ': ' + m.text()); });
p.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
await p.goto(url);
await p.waitForTimeout(+wait);
if (click) { for (const c of click.split(',')) { await p.getByTestId(c).click(); await p.waitForTimeout(+wait); } }
await p.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
console.log(logs.join('\n') || 'no console errors');
await b.close();
