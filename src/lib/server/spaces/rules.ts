// Pure rules for spaces (driehoeken).
import { z } from 'zod';

/** A readable URL part: "Aa en Hunze" becomes "aa-en-hunze". */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/** First path segments the app uses itself; a space never takes one of them. */
export const reservedSlugs = new Set([
	'login', 'logout', 'spaces', 'organisations', 'profile', 'outbox', 'invite', 'api', 'health', 'language',
	'forgot-password', 'reset-password', 'public', 'p', '_app'
]);

export const spaceSchema = z.object({
	name: z.string().trim().min(2, 'nameTooShort').max(120, 'nameTooLong'),
	municipalityId: z.string().min(1, 'municipalityRequired'),
	regionId: z.string().default('')
});

export const participantSchema = z.object({
	organisationId: z.string().min(1, 'organisationRequired')
});
