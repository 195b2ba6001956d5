// Reading uploaded files from a multipart form: empty file inputs (nothing chosen) are skipped.
import type { UploadFile } from './documents';

export async function filesOf(data: FormData, name: string): Promise<UploadFile[]> {
	const files = data.getAll(name).filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));
	return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
