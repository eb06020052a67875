// zod with its messages in Dutch, like everything else on screen. Loaded on first use (options
// parsing, appContext), never on the start-up path.
import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';
import { dutchZodMessage } from '../core/zod-dutch.js';

// Our own plain messages first; zod's Dutch locale for anything they leave open.
z.config(nl());
z.config({ customError: (issue) => dutchZodMessage(issue) });

export { z };
