// Documents with requests (file store + rows, nothing half-stored) and editing calendar items.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import { createTestDb } from '../testing/db';
import { demoIds } from '../seed/demo';
import { loadActor } from '../organisations/store';
import { getSpaceBySlug, type SpaceContext } from '../spaces/store';
import type { Actor } from '../auth/access';
import { adviceDocument, adviceRequest, auditLog, calendarItem } from '../db/schema';
import { createStorage, type Storage } from '../storage';
import { addDocuments, checkFiles, getDocument, listDocuments, mayRead, uploadPart, withStoredFiles } from './documents';
import { approveCalendar, createCalendarItem, createRequest, findPair, getRequest, listCalendarItems, listVersions, removeCalendarItem, sendAdvice, updateCalendarItem } from './store';
import { diffItems, snapshot, type ItemContent } from './calendar';

let handle: DbHandle;
let space: SpaceContext;
let store: Storage;
let root: string;
let karin: Actor, henk: Actor, joop: Actor, marja: Actor, anouk: Actor, eva: Actor;
const hunzedal = demoIds.organisation('hunzedal');
const raad = demoIds.organisation('huurdersraad');
const pairKey = `${hunzedal}|${raad}`;
const actor = async (email: string) => (await loadActor(handle.db, demoIds.user(email)))!;
const pdf = (text = 'x') => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, ...Buffer.from(text)]);
const filesOnDisk = () => fs.readdirSync(root).filter((f) => !f.startsWith('.'));

beforeAll(async () => {
	handle = await createTestDb();
	space = (await getSpaceBySlug(handle.db, 'assen'))!;
	karin = await actor('karin.bos@hunzedal.example');
	eva = await actor('eva.mulder@hunzedal.example');
	henk = await actor('henk.jansen@huurdersraad.example');
	joop = await actor('joop.degroot@huurdersraad.example');
	marja = await actor('marja.kok@kloosterveste.example');
	anouk = await actor('anouk.visser@assen.example');
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-adv-docs-'));
	store = createStorage(root);
});
afterAll(async () => {
	await handle?.close();
	if (root) fs.rmSync(root, { recursive: true, force: true });
});

const input = (over: Record<string, string> = {}) => ({
	kind: 'advice' as const,
	pair: pairKey,
	topic: 'rentPolicy' as const,
	title: 'Huurbeleid met stukken',
	body: 'Voorstel',
	documentsUrl: '',
	receivedOn: '2026-03-02',
	periodDays: '42',
	calendarItemId: '',
	...over
});

describe('rules for documents', () => {
	it('refuses wrong types, empty and too large files with a message key', () => {
		expect(checkFiles([{ name: 'a.pdf', bytes: pdf() }])).toBeNull();
		expect(checkFiles([{ name: 'a.pdf', bytes: pdf() }, { name: 'virus.exe', bytes: pdf() }])).toBe('advFileTypeNotAllowed');
		expect(checkFiles([{ name: 'a.pdf', bytes: new Uint8Array() }])).toBe('advFileEmpty');
		expect(checkFiles([{ name: 'a.pdf', bytes: new Uint8Array(10 * 1024 * 1024 + 1) }])).toBe('advFileTooLarge');
	});
	it('lets the starting side add request documents and the tenant side advice documents until sent', () => {
		const open = { adviceGivenOn: null, closedOn: null };
		expect(uploadPart('advice', 'corporation', open)).toBe('request');
		expect(uploadPart('advice', 'tenant', open)).toBe('advice');
		expect(uploadPart('advice', 'tenant', { ...open, adviceGivenOn: '2026-04-01' })).toBeNull();
		expect(uploadPart('advice', null, open)).toBeNull();
		expect(uploadPart('information', 'tenant', open)).toBe('request');
		expect(uploadPart('consent', 'tenant', open)).toBeNull();
		expect(uploadPart('advice', 'corporation', { ...open, closedOn: '2026-05-01' })).toBeNull();
	});
	it('hides draft advice documents from everyone but the tenant organisation', () => {
		const r = { kind: 'advice', corporationId: hunzedal, tenantOrganisationId: raad, adviceGivenOn: null, closedOn: null };
		expect(mayRead(karin, { part: 'advice' }, r)).toBe(false);
		expect(mayRead(joop, { part: 'advice' }, r)).toBe(true);
		expect(mayRead(karin, { part: 'request' }, r)).toBe(true);
		expect(mayRead(karin, { part: 'advice' }, { ...r, adviceGivenOn: '2026-04-01' })).toBe(true);
	});
});

describe('documents with requests', () => {
	let id: string;
	it('stores the files with a new request in one go, audited', async () => {
		const files = [{ name: 'Voorstel huurbeleid.pdf', bytes: pdf('voorstel') }];
		const result = await withStoredFiles(store, files, (stored) => createRequest(handle.db, karin, space, input(), stored));
		expect(result.ok).toBe(true);
		id = (result as { id: string }).id;
		const docs = await handle.db.select().from(adviceDocument).where(eq(adviceDocument.requestId, id));
		expect(docs).toHaveLength(1);
		expect(docs[0]).toMatchObject({ name: 'Voorstel huurbeleid.pdf', organisationId: hunzedal, part: 'request', size: files[0].bytes.length });
		expect(Buffer.from((await store.get(docs[0].storageKey))!).toString()).toContain('voorstel');
		const audits = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, docs[0].id));
		expect(audits[0]).toMatchObject({ action: 'upload', entity: 'adviceDocument' });
	});
	it('leaves no file behind when the request is refused, and no row or file when the database fails', async () => {
		const before = filesOnDisk().length;
		const refused = await withStoredFiles(store, [{ name: 'b.pdf', bytes: pdf() }], (stored) =>
			createRequest(handle.db, karin, space, input({ periodDays: '42', pair: 'nope' }), stored)
		);
		expect(refused).toMatchObject({ ok: false, error: 'advPairRequired' });
		expect(filesOnDisk().length).toBe(before);
		const rows = (await handle.db.select().from(adviceDocument)).length;
		await expect(
			withStoredFiles(store, [{ name: 'c.pdf', bytes: pdf() }], (stored) =>
				// An unknown organisation makes the insert fail inside the transaction.
				createRequest(handle.db, karin, { ...space, participants: space.participants.map((p) => (p.organisationId === raad ? { ...p, organisationId: 'missing-org' } : p)) }, input({ pair: `${hunzedal}|missing-org` }), stored)
			)
		).rejects.toThrow();
		expect(filesOnDisk().length).toBe(before);
		expect((await handle.db.select().from(adviceDocument)).length).toBe(rows);
	});
	it('refuses a wrong type on a later upload and stores nothing', async () => {
		const before = filesOnDisk().length;
		const result = await addDocuments(handle.db, store, karin, space.id, id, [{ name: 'script.exe', bytes: pdf() }]);
		expect(result).toMatchObject({ ok: false, field: 'documents', error: 'advFileTypeNotAllowed' });
		const png = await addDocuments(handle.db, store, karin, space.id, id, [{ name: 'foto.png', bytes: pdf() }]);
		expect(png).toMatchObject({ ok: false, error: 'advFileTypeNotAllowed' });
		expect(filesOnDisk().length).toBe(before);
		expect(await addDocuments(handle.db, store, karin, space.id, id, [])).toMatchObject({ ok: false, error: 'advFileRequired' });
	});
	it('lets only the parties of the pair upload, each to its own part', async () => {
		expect(await addDocuments(handle.db, store, anouk, space.id, id, [{ name: 'a.pdf', bytes: pdf() }])).toMatchObject({ ok: false, error: 'advNotYourSide' });
		expect(await addDocuments(handle.db, store, marja, space.id, id, [{ name: 'a.pdf', bytes: pdf() }])).toMatchObject({ ok: false, error: 'advNotYourSide' });
		expect(await addDocuments(handle.db, store, eva, space.id, id, [{ name: 'a.pdf', bytes: pdf() }])).toMatchObject({ ok: false, error: 'advNotYourSide' });
		expect(await addDocuments(handle.db, store, karin, space.id, id, [{ name: 'Bijlage.pdf', bytes: pdf() }])).toMatchObject({ ok: true, count: 1 });
		expect(await addDocuments(handle.db, store, henk, space.id, id, [{ name: 'Onderbouwing advies.pdf', bytes: pdf('advies') }])).toMatchObject({ ok: true, count: 1 });
	});
	it('shows draft advice documents only to the tenant organisation until the advice is sent', async () => {
		const asCorporation = await getRequest(handle.db, karin, space.id, id);
		const asTenant = await getRequest(handle.db, joop, space.id, id);
		const corporationSees = await listDocuments(handle.db, karin, asCorporation!);
		const tenantSees = await listDocuments(handle.db, joop, asTenant!);
		expect(corporationSees.map((d) => d.name)).toEqual(['Voorstel huurbeleid.pdf', 'Bijlage.pdf']);
		expect(tenantSees.map((d) => d.name)).toContain('Onderbouwing advies.pdf');
		const draftDoc = tenantSees.find((d) => d.part === 'advice')!;
		expect(await getDocument(handle.db, karin, space.id, id, draftDoc.id)).toBeNull();
		expect(await getDocument(handle.db, anouk, space.id, id, draftDoc.id)).toBeNull();
		expect(await getDocument(handle.db, joop, space.id, id, draftDoc.id)).not.toBeNull();
		// Not through another request's address either.
		const [other] = await handle.db.select({ id: adviceRequest.id }).from(adviceRequest).where(eq(adviceRequest.spaceId, space.id)).limit(1);
		expect(await getDocument(handle.db, joop, space.id, other.id === id ? 'x' : other.id, draftDoc.id)).toBeNull();
		expect(await sendAdvice(handle.db, henk, space.id, id, { text: 'Ons advies', on: '2026-04-01' })).toEqual({ ok: true });
		expect(await getDocument(handle.db, karin, space.id, id, draftDoc.id)).not.toBeNull();
		// After sending, no more advice documents.
		expect(await addDocuments(handle.db, store, henk, space.id, id, [{ name: 'laat.pdf', bytes: pdf() }])).toMatchObject({ ok: false, error: 'advNotYourSide' });
	});
});

describe('editing calendar items', () => {
	const item = (over: Record<string, string | number> = {}) => ({
		pair: pairKey,
		year: 2027,
		topic: 'maintenance' as const,
		title: 'Onderhoudsplan 2027',
		when: '2027-05',
		say: 'advice' as const,
		raisedBy: 'corporation' as const,
		priority: 'normal' as const,
		status: 'planned' as const,
		owner: '',
		...over
	});
	let itemId: string;
	it('changes content, checked as on creation, audited, and shows as a difference against the agreed version', async () => {
		const created = await createCalendarItem(handle.db, karin, space, item());
		itemId = (created as { id: string }).id;
		expect((await approveCalendar(handle.db, karin, space, pairKey, 2027)).ok).toBe(true);
		expect(await approveCalendar(handle.db, henk, space, pairKey, 2027)).toEqual({ ok: true, locked: true });
		expect(await updateCalendarItem(handle.db, anouk, space, itemId, item({ title: 'Van de gemeente' }))).toMatchObject({ ok: false, error: 'advNotYourPair' });
		expect(await updateCalendarItem(handle.db, marja, space, itemId, item({ title: 'Van de commissie' }))).toMatchObject({ ok: false, error: 'advNotYourPair' });
		expect(await updateCalendarItem(handle.db, karin, space, itemId, item({ when: '2028-01' }))).toMatchObject({ ok: false, field: 'when', error: 'advWhenOutsideYear' });
		expect(
			await updateCalendarItem(handle.db, henk, space, itemId, item({ title: 'Onderhoudsplan 2027 en verduurzaming', when: '2027-Q3', priority: 'high', owner: 'Henk Jansen', raisedBy: 'tenant' }))
		).toEqual({ ok: true });
		const pair = findPair(space, pairKey)!;
		const [now] = (await listCalendarItems(handle.db, space.id, 2027, pair)).filter((i) => i.id === itemId);
		expect(now).toMatchObject({ title: 'Onderhoudsplan 2027 en verduurzaming', month: null, quarter: 3, priority: 'high', owner: 'Henk Jansen', raisedBy: 'tenant' });
		const [agreed] = await listVersions(handle.db, space.id, pair, 2027);
		const diff = diffItems(agreed.items as ItemContent[], snapshot((await listCalendarItems(handle.db, space.id, 2027, pair)) as ItemContent[]));
		expect(diff.changed[0].fields).toEqual(expect.arrayContaining(['title', 'month', 'quarter', 'priority', 'owner', 'raisedBy']));
		const audits = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, itemId));
		expect(audits.map((a) => a.action)).toContain('update');
	});
	it('removes an item: linked requests stay without the link, and the removal shows as a difference', async () => {
		const req = await createRequest(handle.db, karin, space, input({ title: 'Onderhoud', receivedOn: '2027-05-03', calendarItemId: itemId }));
		expect(req.ok).toBe(true);
		expect(await removeCalendarItem(handle.db, joop, space.id, itemId)).toMatchObject({ ok: false, error: 'advNotYourPair' });
		expect(await removeCalendarItem(handle.db, karin, space.id, itemId)).toMatchObject({ ok: true, year: 2027 });
		expect(await handle.db.select().from(calendarItem).where(eq(calendarItem.id, itemId))).toHaveLength(0);
		const [r] = await handle.db.select().from(adviceRequest).where(eq(adviceRequest.id, (req as { id: string }).id));
		expect(r.calendarItemId).toBeNull();
		const pair = findPair(space, pairKey)!;
		const [agreed] = await listVersions(handle.db, space.id, pair, 2027);
		expect(diffItems(agreed.items as ItemContent[], []).removed.map((i) => i.id)).toEqual([itemId]);
		expect(await removeCalendarItem(handle.db, karin, space.id, itemId)).toMatchObject({ ok: false, error: 'advNotFound' });
	});
});
