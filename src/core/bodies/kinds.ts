// The kinds of body, without zod: the command wiring offers them at start-up (--help, choices).
/**
 * What kind of body it is, derived from its name in general terms (see data/README.md); meant for
 * grouping and ranking, not as a legal qualification.
 */
export const BODY_KINDS = [
  'gemeente',
  'provincie',
  'waterschap',
  'ministerie',
  'politie',
  'veiligheidsregio',
  'ggd',
  'rechtspraak',
  'hoge-college',
  'agentschap',
  'zbo',
  'onderwijs',
  'openbaar-lichaam',
  'overig',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
