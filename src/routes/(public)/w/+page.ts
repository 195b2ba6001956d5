// Plain HTML on the phone: no client-side JavaScript for the code form.
export const csr = false;
