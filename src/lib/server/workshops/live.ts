// Live fan-out for workshop sessions. A change publishes a tiny message (session id, version,
// phase); every app process hears it and passes it to the screens it serves over SSE.
// PostgreSQL: NOTIFY on one channel, one dedicated LISTEN client per process (a pooled client
// would lose the LISTEN when returned). PGlite runs in one process, so an in-process emitter does.
import pg from 'pg';
import { logger } from '../logger';

export interface LiveMessage {
	sessionId: string;
	/** Session version after the change: a screen that has seen it is up to date. */
	version: number;
	/** Changes only with facilitator actions: a phone reloads when it changes. */
	phase: number;
}

export type LiveListener = (m: LiveMessage) => void;

export interface LiveHub {
	publish(m: LiveMessage): Promise<void>;
	subscribe(sessionId: string, listener: LiveListener): () => void;
	/** Resolves once messages published from now on will be heard. */
	ready(): Promise<void>;
	close(): Promise<void>;
}

export const LIVE_CHANNEL = 'ws_live';

export function encode(m: LiveMessage): string {
	return `${m.sessionId} ${m.version} ${m.phase}`;
}

export function decode(payload: string): LiveMessage | null {
	const [sessionId, v, p] = payload.split(' ');
	const version = Number(v);
	const phase = Number(p);
	return sessionId && Number.isInteger(version) && Number.isInteger(phase) ? { sessionId, version, phase } : null;
}

/**
 * Local dispatch with coalescing: messages for one session arriving in the same turn of the
 * event loop (a burst of submissions) go out once, with the highest version.
 */
class Dispatcher {
	private listeners = new Map<string, Set<LiveListener>>();
	private pending = new Map<string, LiveMessage>();
	private scheduled = false;

	subscribe(sessionId: string, listener: LiveListener): () => void {
		let set = this.listeners.get(sessionId);
		if (!set) this.listeners.set(sessionId, (set = new Set()));
		set.add(listener);
		return () => {
			set.delete(listener);
			if (!set.size) this.listeners.delete(sessionId);
		};
	}

	deliver(m: LiveMessage): void {
		if (!this.listeners.has(m.sessionId)) return;
		const prev = this.pending.get(m.sessionId);
		this.pending.set(m.sessionId, prev ? { sessionId: m.sessionId, version: Math.max(prev.version, m.version), phase: Math.max(prev.phase, m.phase) } : m);
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			const batch = [...this.pending.values()];
			this.pending.clear();
			for (const msg of batch) {
				for (const l of this.listeners.get(msg.sessionId) ?? []) {
					try {
						l(msg);
					} catch (err) {
						logger.warn({ err }, 'live listener failed');
					}
				}
			}
		});
	}

	get size(): number {
		return this.listeners.size;
	}
}

export function createMemoryHub(): LiveHub {
	const d = new Dispatcher();
	return {
		publish: async (m) => d.deliver(m),
		subscribe: (id, l) => d.subscribe(id, l),
		ready: async () => {},
		close: async () => {}
	};
}

/** PostgreSQL LISTEN/NOTIFY. `notify` runs on the app's pool; LISTEN on its own client. */
export function createPostgresHub(url: string, notify: (sql: string, params: unknown[]) => Promise<unknown>): LiveHub {
	const d = new Dispatcher();
	let client: pg.Client | null = null;
	let connecting: Promise<void> | null = null;
	let closed = false;

	const connect = (): Promise<void> =>
		(connecting ??= (async () => {
			const c = new pg.Client({ connectionString: url });
			c.on('notification', (n) => {
				const m = n.payload ? decode(n.payload) : null;
				if (m) d.deliver(m);
			});
			c.on('error', (err) => {
				logger.warn({ err }, 'live LISTEN connection lost; reconnecting');
				client = null;
				connecting = null;
				if (!closed) setTimeout(() => void connect().catch(() => {}), 1000);
			});
			await c.connect();
			await c.query(`listen ${LIVE_CHANNEL}`);
			client = c;
		})().catch((err) => {
			connecting = null;
			throw err;
		}));

	return {
		publish: async (m) => {
			await notify('select pg_notify($1, $2)', [LIVE_CHANNEL, encode(m)]);
		},
		subscribe: (id, l) => {
			void connect().catch((err) => logger.warn({ err }, 'live LISTEN failed'));
			return d.subscribe(id, l);
		},
		ready: () => connect(),
		close: async () => {
			closed = true;
			await client?.end().catch(() => {});
		}
	};
}

let hub: LiveHub | null = null;

/** The hub of the running app, made on first use. */
export async function liveHub(): Promise<LiveHub> {
	if (hub) return hub;
	const { app } = await import('../app');
	const { config, handle } = app();
	const made = config.databaseUrl && handle.pool ? createPostgresHub(config.databaseUrl, (sql, params) => handle.pool!.query(sql, params)) : createMemoryHub();
	hub = made;
	// The LISTEN client would keep the process alive after SIGTERM: close it with the server.
	process.once('sveltekit:shutdown' as 'exit', () => void made.close());
	return made;
}
