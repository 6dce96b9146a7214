import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

/**
 * The page as it is now has no axe-core violation of WCAG 2.1 A and AA; failing, the message names
 * each rule and the elements that break it.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ url: page.url(), violations: found }).toEqual({ url: page.url(), violations: [] });
}

/** Nothing on the page makes a 375 px wide phone scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // The elements reaching past the right edge, to name in the failure.
  const wide = await page.evaluate(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)`);
  const { scrollWidth, innerWidth } = (await page.evaluate('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })')) as {
    scrollWidth: number;
    innerWidth: number;
  };
  expect({ url: page.url(), scrollWidth, wide }).toEqual({ url: page.url(), scrollWidth: Math.min(scrollWidth, innerWidth + 1), wide });
}

/** No table drops a column to fit (a wide one scrolls in its own box); the agenda's form rows stack on purpose. */
export async function expectNoHiddenColumns(page: Page): Promise<void> {
  const hidden = await page.evaluate(
    `[...document.querySelectorAll('table:not(.agenda-rows) th, table:not(.agenda-rows) td')].filter((cell) => getComputedStyle(cell).display === 'none').map((cell) => (cell.closest('table').id || 'table') + ': ' + cell.textContent.trim().slice(0, 30))`,
  );
  expect({ url: page.url(), hidden }).toEqual({ url: page.url(), hidden: [] });
}

/**
 * Opens a page in Serbian and in English, at desktop width and at 375 px, checking each for axe-core
 * violations and sideways scrolling, and saves a screenshot of each (`<name>`, `<name>-en`, `-phone`).
 */
export async function checkPageEverywhere(page: Page, url: string, name: string, shot: (name: string) => Promise<Buffer>): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const separator = url.includes('?') ? '&' : '?';
  for (const lang of ['sr', 'en']) {
    await page.setViewportSize(size);
    await page.goto(`${url}${separator}lang=${lang}`);
    await expectAccessible(page);
    await shot(lang === 'sr' ? name : `${name}-en`);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await shot(lang === 'sr' ? `${name}-phone` : `${name}-en-phone`);
    await expectNoSidewaysScroll(page);
    await expectNoHiddenColumns(page);
  }
  await page.setViewportSize(size);
}
