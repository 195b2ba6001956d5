import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { createApiToken, listApiTokens, revokeApiToken, userIdForToken } from './tokens';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb();
});
afterAll(async () => handle?.close());

describe('API tokens', () => {
	it('finds the owner of a token until it is revoked; a tampered token finds nobody', async () => {
		const userId = demoIds.user('karin.bos@hunzedal.example');
		const { token, id } = await createApiToken(handle.db, userId, 'Dashboard');
		expect(await userIdForToken(handle.db, token)).toBe(userId);
		const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
		expect(await userIdForToken(handle.db, tampered)).toBeNull();
		expect(await userIdForToken(handle.db, 'not-a-token')).toBeNull();
		const listed = await listApiTokens(handle.db, userId);
		expect(listed.map((t) => t.name)).toEqual(['Dashboard']);
		expect(JSON.stringify(listed)).not.toContain(token);
		expect(await revokeApiToken(handle.db, demoIds.user('anouk.visser@assen.example'), id)).toBe(false);
		expect(await revokeApiToken(handle.db, userId, id)).toBe(true);
		expect(await userIdForToken(handle.db, token)).toBeNull();
	});
});
