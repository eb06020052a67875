// The values shell completion offers for arguments: ids from the workspace and the directory, and
// the fixed words of the schema. Anything that fails offers nothing: completion never complains.
import type { ValueSource } from '../cli/completion/complete.js';
import { LETTER_KINDS } from '../core/letters/model.js';
import { EVENT_TYPES } from '../core/schema/event.js';
import type { AppContext } from './context.js';

export async function completionValues(source: ValueSource, ctx: AppContext): Promise<string[]> {
  try {
    switch (source) {
      case 'requests':
        return await ctx.workspace.requestIds();
      case 'templates': {
        const { loadTemplates } = await import('./templates.js');
        return (await loadTemplates(ctx.workspace.templatesDir)).templates.map((t) => t.id);
      }
      case 'bodies': {
        const { loadDirectory } = await import('./directory.js');
        return (await loadDirectory({ ...ctx, output: { out: () => {}, err: () => {} } })).bodies.map((b) => b.id);
      }
      case 'events':
        return [...EVENT_TYPES];
      case 'letter-kinds':
        return [...LETTER_KINDS];
      case 'shells':
        return ['bash', 'zsh', 'fish'];
    }
  } catch {
    return [];
  }
}
