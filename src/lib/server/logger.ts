// Structured logs (pino). Each request gets a child logger carrying its request id.
import pino from 'pino';

export const logger = pino({
	level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info'),
	base: { app: 'driehoek' },
	redact: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token']
});
