import { UsageError } from '../core/errors.js';
import { PROFILE_FIELDS, PROFILE_LABELS, profileSchema, type Profile, type ProfileField } from '../core/schema/profile.js';
import type { AppContext } from './context.js';

export type ProfileChanges = Partial<Record<ProfileField, string>>;

/** Applies changes ("" clears a field) and validates the result. */
export function applyProfileChanges(current: Profile, changes: ProfileChanges): Profile {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    next[key] = value.trim() === '' ? undefined : value;
  }
  const parsed = profileSchema.safeParse(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? '');
    throw new UsageError(`Ongeldig profiel: ${PROFILE_LABELS[field as ProfileField] ?? field}: ${issue.message}.`, `Corrigeer het met woo profile --${field} ...`);
  }
  return parsed.data;
}

/** Asks every field, with the current values as defaults. */
export async function askProfile(current: Profile, ctx: AppContext): Promise<ProfileChanges> {
  const ask = ctx.ask!;
  const changes: ProfileChanges = {};
  for (const field of PROFILE_FIELDS) {
    changes[field] = await ask.text({
      message: PROFILE_LABELS[field],
      default: current[field],
      required: field === 'name',
      validate: (value) => {
        if (value.trim() === '') return true;
        const check = profileSchema.shape[field].safeParse(value);
        return check.success ? true : (check.error.issues[0]?.message ?? 'ongeldig');
      },
    });
  }
  return changes;
}

/** Only the answers that differ from what was shown: a field another process changed meanwhile is kept. */
function changedAnswers(shown: Profile, answers: ProfileChanges): ProfileChanges {
  return Object.fromEntries(Object.entries(answers).filter(([key, value]) => (value?.trim() || undefined) !== shown[key as ProfileField]));
}

/** Asks (at a terminal) what is missing, then applies the changes to the profile as it is when the lock is held. */
export async function updateProfile(ctx: AppContext, changes: ProfileChanges | ((current: Profile) => Promise<ProfileChanges>)): Promise<Profile> {
  let wanted = changes;
  if (typeof wanted === 'function') {
    const shown = await ctx.workspace.readProfile();
    wanted = changedAnswers(shown, await wanted(shown));
  }
  applyProfileChanges({}, wanted); // a bad value is refused before the lock is taken
  const given = wanted;
  return ctx.workspace.updateProfile((current) => applyProfileChanges(current, given));
}

export async function runProfile(changes: ProfileChanges, ctx: AppContext): Promise<{ profile: Profile; changed: boolean }> {
  if (Object.values(changes).every((v) => v === undefined)) {
    if (!ctx.ask) return { profile: await ctx.workspace.readProfile(), changed: false };
    return { profile: await updateProfile(ctx, (shown) => askProfile(shown, ctx)), changed: true };
  }
  return { profile: await updateProfile(ctx, changes), changed: true };
}

export function formatProfile(profile: Profile): string {
  const width = Math.max(...PROFILE_FIELDS.map((f) => PROFILE_LABELS[f].length));
  return PROFILE_FIELDS.map((f) => `${PROFILE_LABELS[f].padEnd(width)}  ${profile[f] ?? '—'}`).join('\n');
}

