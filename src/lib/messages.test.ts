import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// One file per locale for the foundation, plus one per capability (project.inlang/settings.json).
const settings = JSON.parse(fs.readFileSync('project.inlang/settings.json', 'utf8'));
const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();

function read(locale: string): Record<string, string> {
	const merged: Record<string, string> = {};
	for (const pattern of patterns) {
		const messages = JSON.parse(fs.readFileSync(pattern.replace('{locale}', locale), 'utf8')) as Record<string, string>;
		for (const [key, value] of Object.entries(messages)) {
			if (key === '$schema') continue;
			if (key in merged) throw new Error(`message ${key} is defined twice (${pattern})`);
			merged[key] = value;
		}
	}
	return merged;
}

describe('translations', () => {
	const nl = read('nl');
	const en = read('en');
	it('has every Dutch message in English and the other way round', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});
	it('has no empty message and the same placeholders in both languages', () => {
		for (const key of Object.keys(nl)) {
			expect(nl[key].trim(), key).not.toBe('');
			expect(en[key].trim(), key).not.toBe('');
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
			expect(names(en[key]), key).toEqual(names(nl[key]));
		}
	});
	it('has a message for every error key that routes, guards and schemas use', () => {
		// Error keys travel as strings from schemas, guards and actions to the page, which shows err_<key>.
		const roots = ['src/routes', 'src/lib/server/auth', 'src/lib/server/organisations', 'src/lib/server/spaces', 'src/lib/server/api'];
		const files = roots.flatMap((root) =>
			fs
				.readdirSync(root, { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('municipalities.ts'))
				.map((f) => `${root}/${f}`)
		);
		const patterns = [
			/(?:forbidden|notFound)\('(\w+)'\)/g,
			/code: '(\w+)'/g,
			/(?:memberError|tokenError|error): '(\w+)'/g,
			/setError\(form, '\w+', '(\w+)'\)/g,
			/type: 'error', key: '(\w+)'/g,
			// zod rules such as .min(2, 'nameTooShort'): arguments without nested calls, so
			// Math.max(1, Number(url.searchParams.get('page'))) is not read as a rule.
			/\.(?:min|max|email|enum|int)\((?:[^(),]*,\s*)?'(\w+)'\)/g,
			/message: '(\w+)'/g
		];
		const keys = new Set<string>();
		for (const file of files) {
			const text = fs.readFileSync(file, 'utf8');
			for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]);
		}
		for (const notAKey of ['custom', 'Forbidden', 'Gone']) keys.delete(notAKey);
		expect(keys.size).toBeGreaterThan(20);
		expect([...keys].filter((k) => !nl[`err_${k}`]).sort()).toEqual([]);
	});
});
