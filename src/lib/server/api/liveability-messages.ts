// API error messages of the liveability capability (kept apart so merges stay small).
export const liveabilityApiMessages: Record<string, { nl: string; en: string }> = {
	municipalityRequired: { nl: 'Geef een geldige gemeentecode mee, bijvoorbeeld ?municipality=GM0106.', en: 'Give a valid municipality code, for example ?municipality=GM0106.' },
	lvTileAddress: { nl: 'Deze tegel bestaat niet. Gebruik /{z}/{x}/{y}.mvt met z van 0 tot en met 14 en x en y kleiner dan 2 tot de macht z.', en: 'This tile does not exist. Use /{z}/{x}/{y}.mvt with z from 0 to 14 and x and y below 2 to the power z.' },
	invalidPin: { nl: 'Geef een categorie, een toelichting en een plek (lon en lat, of areaCode).', en: 'Give a category, a comment and a spot (lon and lat, or areaCode).' },
	lvPinOutside: { nl: 'Deze plek ligt buiten de gemeente.', en: 'This spot is outside the municipality.' },
	lvAreaUnknown: { nl: 'Dit gebied hoort niet bij de gemeente.', en: 'This area is not in the municipality.' }
};
