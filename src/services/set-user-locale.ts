import { NotFoundError, ValidationError } from '../domain/errors.js';
import { assertSelfOrAdmin, type User } from '../domain/user.js';
import { createUserRepository } from '../store/user-repository.js';
import { inTransaction, type ServiceContext } from './context.js';

/** Whose admin language to set, and to what. */
export interface SetUserLocaleInput {
  userId: string;
  /** A BCP 47 language tag ("fr", "ar", "zh-Hans"), or null for the site's default language. */
  locale: string | null;
}

/** The tag in its canonical form ("zh-hans" becomes "zh-Hans"). @throws ValidationError */
function canonicalLocale(locale: string): string {
  const value = locale.trim();
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical && value.length <= 35) return canonical;
  } catch {
    // Not a language tag: said below.
  }
  throw new ValidationError('locale', `"${value}" is not a language tag such as fr, ar or zh-Hans`);
}

/**
 * Sets the language a person's admin pages are shown in: their own, or anybody's for an
 * admin. Which languages the admin offers is the web room's choice; this keeps any
 * well-formed tag, and the pages fall back to the site's default for one without words.
 * @throws ForbiddenError, NotFoundError, ValidationError naming the locale.
 */
export async function setUserLocale(ctx: ServiceContext, input: SetUserLocaleInput): Promise<User> {
  assertSelfOrAdmin(ctx.actor, input.userId, 'set the admin language');
  const locale = input.locale === null || input.locale.trim() === '' ? null : canonicalLocale(input.locale);
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const users = createUserRepository(db);
    const current = await users.findById(input.userId);
    if (!current) throw new NotFoundError(`no user with id ${input.userId}`);
    if (current.locale === locale) return { result: current, events: [] };
    await users.update(current.id, { locale, updatedAt: now });
    return { result: { ...current, locale, updatedAt: now }, events: [] };
  });
}
