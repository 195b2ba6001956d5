// Server-Sent Events for one session: the current version at once, then every change the live
// hub hears (coalesced), and a comment every 20 s so proxies keep the connection open.
import { liveHub, type LiveMessage } from './live';

/** `once`: send the current version and end (a poll, for clients that cannot keep a stream). */
export async function sseResponse(start: LiveMessage, signal: AbortSignal, once = false): Promise<Response> {
	if (once) {
		return new Response(`retry: 2000\n\nevent: live\ndata: {"version":${start.version},"phase":${start.phase}}\n\n`, {
			headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' }
		});
	}
	const hub = await liveHub();
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let last = -1;
			const send = (m: LiveMessage) => {
				if (m.version <= last) return;
				last = m.version;
				try {
					controller.enqueue(encoder.encode(`event: live\ndata: {"version":${m.version},"phase":${m.phase}}\n\n`));
				} catch {
					cleanup();
				}
			};
			const unsubscribe = hub.subscribe(start.sessionId, send);
			const beat = setInterval(() => {
				try {
					controller.enqueue(encoder.encode(': ping\n\n'));
				} catch {
					cleanup();
				}
			}, 20_000);
			cleanup = () => {
				clearInterval(beat);
				unsubscribe();
			};
			signal.addEventListener('abort', () => {
				cleanup();
				try {
					controller.close();
				} catch {
					/* already closed */
				}
			});
			await hub.ready().catch(() => {});
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			send(start);
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' }
	});
}
