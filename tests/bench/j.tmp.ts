import { launchChromium, freshContext } from './browser.ts';
import { startStaticServer } from './static-server.ts';
const server = await startStaticServer(process.argv[2] ?? 'build');
const browser = await launchChromium();
const context = await freshContext(browser);
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 120000 });
const out = await page.evaluate(() => {
  const t = (window as any).telisik;
  const marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`);
  return [...marks, ...t.sentSince(0).entries.map((e: any) => `${e.ms.toFixed(0)} ms ${e.sql.replace(/\s+/g, ' ').slice(0, 90)}`)];
});
console.log(out.join('\n'));
await browser.close(); await server.close();
