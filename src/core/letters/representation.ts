// Writing for a client (a lawyer's, a newsroom's): the letter says so first, encloses the
// authorisation (machtiging) and is signed "namens" the client.
import type { WooRequest } from '../schema/request.js';
import type { LetterBlock } from './model.js';

export function onBehalfOf(request: WooRequest, body: LetterBlock[], signature: string): { body: LetterBlock[]; signature: string } {
  if (!request.client) return { body, signature };
  const { name } = request.client;
  return {
    body: [
      { kind: 'paragraph', text: `Ik schrijf u namens ${name}, die mij daartoe heeft gemachtigd; de machtiging is bijgevoegd.` },
      ...body,
      { kind: 'paragraph', text: `Bijlage: machtiging van ${name}.` },
    ],
    signature: `${signature}, namens ${name}`,
  };
}
