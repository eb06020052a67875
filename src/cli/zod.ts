// zod with its messages in Dutch, like everything else on screen. Loaded on first use (options
// parsing, appContext), never on the start-up path.
import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';

z.config(nl());

export { z };
