// What every lab's tests do: fill fields by label, run, and read the Result and field messages.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens a lab in a fresh page load (a hash change alone would keep the open page and its settings). */
export async function openLab(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`/#/${hash}`);
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
}

export async function fill(page: Page, settings: Record<string, string>) {
  for (const [label, value] of Object.entries(settings)) await page.getByLabel(label, { exact: true }).fill(value);
}

export const result = (page: Page) => page.getByRole('region', { name: 'Result' });

/** The text of the Result entry with this term, e.g. "Darts inside". */
export function resultValue(page: Page, term: string): Locator {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return result(page)
    .locator('dt', { hasText: new RegExp(`^${escaped}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

export async function runAndWait(page: Page, timeout = 90_000) {
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(result(page)).toBeVisible({ timeout });
}

/** The text of the message tied to a field (its error, or else its hint). */
export async function fieldMessage(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  const id = await input.getAttribute('aria-describedby');
  return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
}
