// Helpers for driving prompts through Inquirer's test screen.
import { screen } from '@inquirer/testing/vitest';
import { expect } from 'vitest';

/** Prompts re-render as results arrive: wait until the screen shows `text`. */
export async function until(text: string): Promise<string> {
  while (!screen.getScreen().includes(text)) await screen.next();
  return screen.getScreen();
}

/** In the body search, moves the cursor up (wrapping to the end) onto the "as typed" choice. */
export async function selectTyped(text: string): Promise<void> {
  const target = `❯ Gebruik “${text}” zoals getypt`;
  await until(`Gebruik “${text}” zoals getypt`);
  for (let i = 0; i < 12 && !screen.getScreen().includes(target); i++) {
    screen.keypress('up');
    await screen.next();
  }
  expect(screen.getScreen()).toContain(target);
}
