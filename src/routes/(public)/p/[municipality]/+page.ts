// The public page is read-only: it ships as plain HTML, without client-side JavaScript or
// hydration data, which halves its size and keeps it fast for anyone with any device.
export const csr = false;
