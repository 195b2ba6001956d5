// Personal API tokens: shown once at creation, stored as a SHA-256 hash.
import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { apiToken } from '../db/schema';
import { sha256 } from '../organisations/store';

export const TOKEN_PREFIX = 'dh_';

export const tokenNameSchema = z.object({ name: z.string().trim().min(2, 'nameTooShort').max(80, 'nameTooLong') });

export async function createApiToken(db: Db, userId: string, name: string) {
	const token = TOKEN_PREFIX + crypto.randomBytes(24).toString('base64url');
	const row = { id: crypto.randomUUID(), userId, name, tokenHash: sha256(token), prefix: token.slice(0, 9) };
	await db.insert(apiToken).values(row);
	return { token, id: row.id };
}

export async function listApiTokens(db: Db, userId: string) {
	return db
		.select({ id: apiToken.id, name: apiToken.name, prefix: apiToken.prefix, createdAt: apiToken.createdAt, lastUsedAt: apiToken.lastUsedAt })
		.from(apiToken)
		.where(and(eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
		.orderBy(desc(apiToken.createdAt));
}

export async function revokeApiToken(db: Db, userId: string, id: string) {
	const rows = await db
		.update(apiToken)
		.set({ revokedAt: new Date() })
		.where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
		.returning({ id: apiToken.id });
	return rows.length > 0;
}

/** The user id behind a token, or null when it is unknown, malformed or revoked. */
export async function userIdForToken(db: Db, token: string): Promise<string | null> {
	if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
	const [row] = await db
		.select({ id: apiToken.id, userId: apiToken.userId, lastUsedAt: apiToken.lastUsedAt })
		.from(apiToken)
		.where(and(eq(apiToken.tokenHash, sha256(token)), isNull(apiToken.revokedAt)));
	if (!row) return null;
	// Record use at most once a minute, so API traffic does not turn every read into a write.
	if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
		await db.update(apiToken).set({ lastUsedAt: new Date() }).where(eq(apiToken.id, row.id));
	}
	return row.userId;
}
