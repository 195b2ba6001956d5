// Pure rules for organisations: input schemas and CBS code checks. Error strings are
// message keys (messages/*.json, prefix "err_") so the UI can show them in Dutch or English.
import { z } from 'zod';
import { emailField } from '../validation';
import { municipalityName } from './municipalities';

export const organisationKinds = ['municipality', 'corporation', 'tenantOrganisation', 'residentsCommittee', 'other'] as const;
export const roles = ['admin', 'member', 'viewer'] as const;

export function normaliseCbsCode(input: string): string {
	const raw = input.trim().toUpperCase().replace(/\s+/g, '');
	return /^\d{1,4}$/.test(raw) ? `GM${raw.padStart(4, '0')}` : raw;
}

export const organisationSchema = z
	.object({
		name: z.string().trim().min(2, 'nameTooShort').max(120, 'nameTooLong'),
		kind: z.enum(organisationKinds, 'kindRequired'),
		cbsCode: z.string().trim().max(10, 'cbsCodeFormat').default(''),
		// Kept as text so the form can show what was typed; checked in superRefine below.
		homes: z.string().trim().max(12, 'wholeNumber').default('')
	})
	.superRefine((value, ctx) => {
		if (value.homes && !/^\d+$/.test(value.homes.replace(/[.\s]/g, ''))) {
			ctx.addIssue({ code: 'custom', path: ['homes'], message: 'wholeNumber' });
		}
		if (value.kind !== 'municipality') {
			if (value.cbsCode) ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'cbsCodeOnlyMunicipality' });
			return;
		}
		const code = normaliseCbsCode(value.cbsCode);
		if (!code) ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'cbsCodeRequired' });
		else if (!/^GM\d{4}$/.test(code)) ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'cbsCodeFormat' });
		else if (!municipalityName(code)) ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'cbsCodeUnknown' });
	});

export type OrganisationInput = z.infer<typeof organisationSchema>;

export const invitationSchema = z.object({
	email: emailField,
	role: z.enum(roles, 'roleRequired').default('member')
});

export const memberRoleSchema = z.object({
	userId: z.string().min(1, 'required'),
	role: z.enum(roles, 'roleRequired')
});

export const acceptInvitationSchema = z
	.object({
		name: z.string().trim().min(2, 'nameTooShort').max(120, 'nameTooLong'),
		password: z.string().min(10, 'passwordTooShort').max(200, 'passwordTooLong'),
		passwordRepeat: z.string()
	})
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'passwordsDiffer' });

/** An invitation link works once, until it expires or is withdrawn. */
export function invitationState(
	inv: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
	now: Date
): 'open' | 'expired' | 'used' | 'revoked' {
	if (inv.acceptedAt) return 'used';
	if (inv.revokedAt) return 'revoked';
	if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
	return 'open';
}
