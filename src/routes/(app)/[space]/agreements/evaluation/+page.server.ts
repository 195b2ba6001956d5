import { app } from '$lib/server/app';
import { requireSpace } from '$lib/server/auth/guards';
import { agreementsWithLight, listSets } from '$lib/server/agreements/store';
import { THEMES } from '$lib/server/agreements/rules';
import type { PageServerLoad } from './$types';

/** The yearly joint evaluation: per theme, how the agreements of the newest signed version are doing. */
export const load: PageServerLoad = async (event) => {
	const { space } = await requireSpace(event, 'view');
	const { db } = app();
	const sets = await listSets(db, space.id);
	const set = [...sets].reverse().find((s) => s.lockedAt) ?? sets.at(-1) ?? null;
	const rows = set ? await agreementsWithLight(db, set.id) : [];
	const themes = [...new Set([...THEMES.filter((t) => rows.some((r) => r.theme === t)), ...rows.map((r) => r.theme)])];
	return {
		set: set && { versionNo: set.versionNo, year: set.year, locked: !!set.lockedAt },
		themes: themes.map((theme) => {
			const list = rows.filter((r) => r.theme === theme);
			const count = (c: string) => list.filter((r) => r.light.color === c).length;
			return {
				theme,
				lights: { green: count('green'), orange: count('orange'), red: count('red'), grey: count('grey') },
				agreements: list.map((r) => ({
					id: r.id,
					text: r.text,
					color: r.light.color,
					latest: r.latest && { value: r.latest.value, measuredOn: r.latest.measuredOn, explanation: r.latest.explanation },
					unit: r.unit,
					target: [...r.targets].sort((a, b) => a.year - b.year).at(-1) ?? null
				}))
			};
		})
	};
};
