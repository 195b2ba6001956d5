// Shared input fields. Error strings are message keys (messages/*.json, prefix "err_").
import { z } from 'zod';

/** Trimmed and lower-cased before it is checked, so " Karin@X.nl " is accepted as karin@x.nl. */
export const emailField = z.string().trim().toLowerCase().max(200, 'emailInvalid').pipe(z.email('emailInvalid'));
