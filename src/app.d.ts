import type { Actor } from '$lib/server/auth/access';
import type { Logger } from 'pino';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** A message key (messages/*.json, prefix "err_") that says more than the status. */
			code?: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			actor: Actor | null;
			/** True when the request signed in with a personal API token instead of a session. */
			viaToken: boolean;
			log: Logger;
			/** Spaces loaded by the guards during this request, by slug. */
			spaces?: Map<string, Promise<import('$lib/server/spaces/store').SpaceContext | null>>;
		}
	}
}

export {};
