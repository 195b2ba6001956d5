// Accounts through better-auth: e-mail + password, magic links, password reset,
// sessions in the database and rate limiting on sign-in (also stored in the database,
// so it holds across app processes).
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as schema from '../db/schema';
import type { Mailer } from '../mail';
import { bilingual } from '../mail';

/** The header we set ourselves with the client's address; incoming copies are stripped. */
export const CLIENT_IP_HEADER = 'x-driehoek-client-ip';

export interface AuthOptions {
	baseURL: string;
	secret: string;
	mailer: Mailer;
	signInRateLimit: number;
}

export function createAuth(db: Db, options: AuthOptions) {
	return betterAuth({
		appName: 'Driehoek',
		baseURL: options.baseURL,
		secret: options.secret,
		trustedOrigins: [options.baseURL],
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: {
				user: schema.user,
				session: schema.session,
				account: schema.account,
				verification: schema.verification,
				rateLimit: schema.rateLimit
			}
		}),
		user: {
			additionalFields: {
				platformAdmin: { type: 'boolean', required: false, defaultValue: false, input: false },
				locale: { type: 'string', required: false, input: false }
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * 14,
			updateAge: 60 * 60 * 24,
			// A signed copy of the session in a cookie spares a database read per request. The
			// copy lives one minute: a revoked session stops working within that minute. Roles and
			// memberships are read fresh on every request (loadActor), so they are never cached.
			cookieCache: { enabled: true, maxAge: 60 }
		},
		emailAndPassword: {
			enabled: true,
			// Accounts are made by accepting an invitation, never by open sign-up.
			disableSignUp: true,
			minPasswordLength: 10,
			maxPasswordLength: 200,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: async ({ user, url }) => {
				await options.mailer.send({
					to: user.email,
					subject: 'Nieuw wachtwoord voor Driehoek / New password for Driehoek',
					text: bilingual(
						`Hallo ${user.name},\n\nKlik op deze link om een nieuw wachtwoord te kiezen. De link werkt 1 uur.\n\n${url}\n\nHeb je dit niet gevraagd? Dan kun je deze mail negeren.`,
						`Hello ${user.name},\n\nFollow this link to choose a new password. It works for 1 hour.\n\n${url}\n\nDid not ask for this? Then ignore this mail.`
					)
				});
			}
		},
		plugins: [
			magicLink({
				expiresIn: 15 * 60,
				disableSignUp: true,
				sendMagicLink: async ({ email, url }) => {
					// Unknown addresses get no mail, and the page answers the same: no user enumeration.
					const [known] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
					if (!known) return;
					await options.mailer.send({
						to: email,
						subject: 'Inloggen bij Driehoek / Sign in to Driehoek',
						text: bilingual(
							`Klik op deze link om in te loggen bij Driehoek. De link werkt 15 minuten en maar één keer.\n\n${url}`,
							`Follow this link to sign in to Driehoek. It works for 15 minutes, once.\n\n${url}`
						)
					});
				}
			})
		],
		rateLimit: {
			enabled: true,
			storage: 'database',
			window: 60,
			max: 100,
			customRules: {
				'/sign-in/email': { window: 60, max: options.signInRateLimit },
				'/sign-in/magic-link': { window: 60, max: options.signInRateLimit },
				'/request-password-reset': { window: 60, max: options.signInRateLimit }
			}
		},
		advanced: {
			ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
			database: { generateId: () => crypto.randomUUID() }
		},
		telemetry: { enabled: false }
	});
}

export type Auth = ReturnType<typeof createAuth>;
