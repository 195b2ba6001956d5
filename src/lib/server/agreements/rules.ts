// The agreement rules are pure and also run in the browser (the SMART check while typing),
// so they live in $lib/agreements; the server modules keep importing them from here.
export * from '$lib/agreements/rules';
