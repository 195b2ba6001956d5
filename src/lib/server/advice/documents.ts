// Files with a request: who may add them, who may read them, and storing them so that there is
// never a row without a file or a file without a row (file first, row in the transaction, file
// removed again when the transaction fails).
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { adviceDocument, adviceRequest } from '../db/schema';
import { audit } from '../audit';
import type { Actor } from '../auth/access';
import { checkFile, type Storage, type StorageError } from '../storage';
import { startedBy, type RequestKind } from './model';
import { sideIn } from './store';

export type DocumentPart = 'request' | 'advice';

export interface UploadFile {
	name: string;
	bytes: Uint8Array;
}

export interface StoredFile {
	name: string;
	key: string;
	size: number;
}

interface RequestFacts {
	kind: string;
	corporationId: string;
	tenantOrganisationId: string;
	adviceGivenOn: string | null;
	closedOn: string | null;
}

/** The message key for a storage error, e.g. fileTooLarge → advFileTooLarge. */
export function uploadError(error: StorageError): string {
	return `adv${error[0].toUpperCase()}${error.slice(1)}`;
}

/** The first reason why one of the files may not be stored, as a message key, or null. Pure. */
export function checkFiles(files: UploadFile[]): string | null {
	for (const f of files) {
		const error = checkFile(f.name, f.bytes);
		if (error) return uploadError(error);
	}
	return null;
}

/**
 * Which part a side may add documents to, or null. Pure. The side that started the request
 * adds request documents while it is open; the tenant organisation adds documents with its
 * advice until it is sent.
 */
export function uploadPart(kind: string, side: 'corporation' | 'tenant' | null, r: { adviceGivenOn: string | null; closedOn: string | null }): DocumentPart | null {
	if (!side || r.closedOn) return null;
	if (startedBy(kind as RequestKind) === side) return 'request';
	if (kind === 'advice' && side === 'tenant' && !r.adviceGivenOn) return 'advice';
	return null;
}

/** Advice documents stay with the tenant organisation until the advice is sent, like the draft. Pure. */
export function mayRead(actor: Actor, doc: { part: string }, r: RequestFacts): boolean {
	if (doc.part !== 'advice' || r.kind !== 'advice' || r.adviceGivenOn) return true;
	return actor.memberships.some((m) => m.organisationId === r.tenantOrganisationId);
}

/** Store the files; on a failure the ones already stored are removed again. */
export async function storeFiles(store: Storage, files: UploadFile[]): Promise<{ ok: true; stored: StoredFile[] } | { ok: false; error: string }> {
	const stored: StoredFile[] = [];
	for (const f of files) {
		const put = await store.put(f.name, f.bytes);
		if (!put.ok) {
			await removeFiles(store, stored);
			return { ok: false, error: uploadError(put.error) };
		}
		stored.push({ name: f.name, key: put.key, size: f.bytes.length });
	}
	return { ok: true, stored };
}

export async function removeFiles(store: Storage, stored: StoredFile[]): Promise<void> {
	await Promise.all(stored.map((s) => store.remove(s.key)));
}

/**
 * Run `write` with the files stored; when it fails (a result that is not ok, or an exception)
 * the files are removed, so no file stays behind without its row.
 */
export async function withStoredFiles<T extends { ok: boolean }>(
	store: Storage,
	files: UploadFile[],
	write: (stored: StoredFile[]) => Promise<T>
): Promise<T | { ok: false; field: string; error: string }> {
	const put = await storeFiles(store, files);
	if (!put.ok) return { ok: false, field: 'documents', error: put.error };
	try {
		const result = await write(put.stored);
		if (!result.ok) await removeFiles(store, put.stored);
		return result;
	} catch (e) {
		await removeFiles(store, put.stored);
		throw e;
	}
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rows for stored files, inside the caller's transaction, with one audit entry per file. */
export async function insertDocuments(
	tx: Tx,
	actor: Actor,
	input: { spaceId: string; requestId: string; organisationId: string; part: DocumentPart },
	stored: StoredFile[]
) {
	for (const s of stored) {
		const row = {
			id: crypto.randomUUID(),
			spaceId: input.spaceId,
			requestId: input.requestId,
			organisationId: input.organisationId,
			part: input.part,
			name: s.name.slice(0, 255),
			storageKey: s.key,
			size: s.size,
			uploadedBy: actor.userId
		};
		await tx.insert(adviceDocument).values(row);
		await audit(tx, {
			spaceId: input.spaceId,
			actor,
			action: 'upload',
			entity: 'adviceDocument',
			entityId: row.id,
			after: { requestId: row.requestId, part: row.part, name: row.name, size: row.size }
		});
	}
}

async function loadRequest(db: Db, spaceId: string, id: string) {
	const [row] = await db
		.select({
			id: adviceRequest.id,
			kind: adviceRequest.kind,
			corporationId: adviceRequest.corporationId,
			tenantOrganisationId: adviceRequest.tenantOrganisationId,
			adviceGivenOn: adviceRequest.adviceGivenOn,
			closedOn: adviceRequest.closedOn
		})
		.from(adviceRequest)
		.where(and(eq(adviceRequest.spaceId, spaceId), eq(adviceRequest.id, id)));
	return row ?? null;
}

/** The part the actor may add documents to on this request (null: none). */
export async function partFor(db: Db, actor: Actor, spaceId: string, requestId: string): Promise<DocumentPart | null> {
	const r = await loadRequest(db, spaceId, requestId);
	return r ? uploadPart(r.kind, sideIn(actor, r), r) : null;
}

/** Add documents to an existing request: the files are stored first, the rows in one transaction. */
export async function addDocuments(db: Db, store: Storage, actor: Actor, spaceId: string, requestId: string, files: UploadFile[]) {
	if (files.length === 0) return { ok: false as const, field: 'documents', error: 'advFileRequired' };
	const r = await loadRequest(db, spaceId, requestId);
	if (!r) return { ok: false as const, field: 'documents', error: 'advNotFound' };
	const side = sideIn(actor, r);
	const part = uploadPart(r.kind, side, r);
	if (!part) return { ok: false as const, field: 'documents', error: 'advNotYourSide' };
	const bad = checkFiles(files);
	if (bad) return { ok: false as const, field: 'documents', error: bad };
	const organisationId = side === 'corporation' ? r.corporationId : r.tenantOrganisationId;
	return withStoredFiles(store, files, async (stored) =>
		db.transaction(async (tx) => {
			// The advice may have been sent meanwhile: then it is too late for advice documents.
			if (part === 'advice') {
				const [now] = await tx.select({ given: adviceRequest.adviceGivenOn }).from(adviceRequest).where(eq(adviceRequest.id, requestId));
				if (now?.given) return { ok: false as const, field: 'documents', error: 'advAlreadySent' };
			}
			await insertDocuments(tx, actor, { spaceId, requestId, organisationId, part }, stored);
			return { ok: true as const, count: stored.length };
		})
	);
}

/** The documents of a request the actor may see, oldest first. */
export async function listDocuments(db: Db, actor: Actor, request: RequestFacts & { id: string }) {
	const rows = await db
		.select({
			id: adviceDocument.id,
			part: adviceDocument.part,
			name: adviceDocument.name,
			size: adviceDocument.size,
			organisationId: adviceDocument.organisationId,
			uploadedAt: adviceDocument.uploadedAt
		})
		.from(adviceDocument)
		.where(eq(adviceDocument.requestId, request.id))
		.orderBy(asc(adviceDocument.uploadedAt), asc(adviceDocument.name));
	return rows.filter((d) => mayRead(actor, d, request));
}

/** One document with its request, if the actor may read it. */
export async function getDocument(db: Db, actor: Actor, spaceId: string, requestId: string, documentId: string) {
	const [doc] = await db
		.select()
		.from(adviceDocument)
		.where(and(eq(adviceDocument.spaceId, spaceId), eq(adviceDocument.requestId, requestId), eq(adviceDocument.id, documentId)));
	if (!doc) return null;
	const r = await loadRequest(db, spaceId, requestId);
	if (!r || !mayRead(actor, doc, r)) return null;
	return doc;
}
