import { fail } from '@sveltejs/kit';
import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { can } from '$lib/server/auth/access';
import { toAmsterdamDate, parseIsoDate } from '$lib/server/advice/rules';
import { cycleFor, currentCycleYear, validateSignDeadline } from '$lib/server/agreements/cycle';
import { eligibleParties, getCycleSettings, getSet, listSignatures, saveCycleSettings, signingParties } from '$lib/server/agreements/store';
import { settingsSchema } from '$lib/server/agreements/schemas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { space, access } = await requireSpace(event, 'view');
	const { db } = app();
	const today = toAmsterdamDate(new Date());
	const year = currentCycleYear(today);
	const [settings, set] = await Promise.all([getCycleSettings(db, space.id, year), getSet(db, space.id)]);
	const signatures = set ? await listSignatures(db, set.id) : [];
	const signed = !!set?.lockedAt && set.year === year;
	return {
		today,
		year,
		settings,
		cycle: cycleFor({ year, signDeadline: settings.signDeadline, talksStartedOn: settings.talksStartedOn, signed }, today),
		set: set && { versionNo: set.versionNo, year: set.year, locked: !!set.lockedAt },
		signedCount: signatures.length,
		partyCount: signingParties(space, settings.parties).length,
		eligible: eligibleParties(space).map((p) => ({ ...p, chosen: !settings.parties?.length || settings.parties.includes(p.organisationId), fixed: p.organisationId === space.municipalityId })),
		canAdmin: can.adminSpace(access)
	};
};

export const actions: Actions = {
	settings: async (event) => {
		const { actor, space } = await requireSpace(event, 'admin');
		const formData = await event.request.formData();
		const raw = Object.fromEntries(formData);
		const chosen = formData.getAll('parties').map(String).filter((id) => eligibleParties(space).some((p) => p.organisationId === id));
		const year = currentCycleYear(toAmsterdamDate(new Date()));
		// The form names its year, so a form left open over New Year cannot change the next year.
		if (Number(raw.year) !== year) return fail(400, { settingsErrors: { signDeadline: 'agrYearChanged' } as Record<string, string>, values: { signDeadline: '', talksStartedOn: '', publish: false } });
		const parsed = settingsSchema.safeParse(raw);
		const values = { signDeadline: String(raw.signDeadline ?? ''), talksStartedOn: String(raw.talksStartedOn ?? ''), publish: raw.publish === 'on' };
		if (!parsed.success) return fail(400, { settingsErrors: { signDeadline: 'agrDateInvalid' } as Record<string, string>, values });
		const errors: Record<string, string> = {};
		const deadline = parsed.data.signDeadline;
		const deadlineError = deadline ? validateSignDeadline(deadline, year) : null;
		if (deadlineError) errors.signDeadline = deadlineError;
		if (parsed.data.talksStartedOn && !parseIsoDate(parsed.data.talksStartedOn).ok) errors.talksStartedOn = 'agrDateInvalid';
		if (Object.keys(errors).length) return fail(400, { settingsErrors: errors, values });
		await saveCycleSettings(app().db, actor, space.id, year, {
			signDeadline: deadline || null,
			talksStartedOn: parsed.data.talksStartedOn || null,
			publish: parsed.data.publish,
			// All eligible parties chosen is the same as the default.
			parties: eligibleParties(space).every((p) => p.organisationId === space.municipalityId || chosen.includes(p.organisationId)) ? null : chosen
		});
		return { settingsSaved: true };
	}
};
