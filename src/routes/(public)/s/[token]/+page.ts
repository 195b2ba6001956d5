// The answering page is the lightest page of the product: plain HTML forms, no hydration.
// A few lines of inline script (SurveyForm) hide questions that do not apply.
export const csr = false;
