// The phone page is plain HTML plus one small script (static/workshops/phone.js) for live
// updates: no SvelteKit client, so it stays far under 40 KB and works with JavaScript off.
export const csr = false;
