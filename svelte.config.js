import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Forms post to the same origin; the CSRF check stays on (the default).
		alias: { $messages: 'src/lib/paraglide/messages.js' }
	}
};
