// The role × route matrix: every route that shows or changes data, as every kind of person.
// access.spec.ts visits each cell and fails when a route in src/routes is missing here.
export type Subject =
	| 'anonymous'
	| 'platformAdmin'
	| 'municipalityAdmin'
	| 'municipalityMember'
	| 'municipalityViewer'
	| 'corporationAdmin'
	| 'corporationMember'
	| 'corporationViewer'
	| 'tenantAdmin'
	| 'tenantMember'
	| 'tenantViewer'
	| 'residentsCommittee'
	| 'otherSpace';

export const subjects: Record<Exclude<Subject, 'anonymous'>, string> = {
	platformAdmin: 'beheer@driehoek.example',
	municipalityAdmin: 'anouk.visser@assen.example',
	municipalityMember: 'bram.meijer@assen.example',
	municipalityViewer: 'carla.dijkstra@assen.example',
	corporationAdmin: 'karin.bos@hunzedal.example',
	corporationMember: 'dennis.smit@hunzedal.example',
	corporationViewer: 'eva.mulder@hunzedal.example',
	tenantAdmin: 'henk.jansen@huurdersraad.example',
	tenantMember: 'ineke.bakker@huurdersraad.example',
	tenantViewer: 'joop.degroot@huurdersraad.example',
	residentsCommittee: 'marja.kok@kloosterveste.example',
	otherSpace: 'pieter.hoekstra@tynaarlo.example'
};

/** ok: 200 · login: sent to sign-in · forbidden: 403 · unauthorized: 401 (API) · invalid: allowed, but the empty form is refused (400) · redirect: 303 elsewhere · gone: 410 · notFound: 404 */
export type Outcome = 'ok' | 'login' | 'forbidden' | 'unauthorized' | 'invalid' | 'redirect' | 'gone' | 'notFound';

export interface Cell {
	method: 'GET' | 'POST';
	path: string;
	/** The outcome for every subject not named in `except`. */
	default: Outcome;
	except?: Partial<Record<Subject, Outcome>>;
}

const all = (outcome: Outcome, except: Partial<Record<Subject, Outcome>> = {}) => ({ default: outcome, except });
// Everyone signed in whose organisation takes part in the Assen space.
const assenParties: Subject[] = [
	'municipalityAdmin', 'municipalityMember', 'municipalityViewer', 'corporationAdmin', 'corporationMember', 'corporationViewer',
	'tenantAdmin', 'tenantMember', 'tenantViewer', 'residentsCommittee'
];
const only = (outcome: Outcome, who: Subject[], others: Outcome, anonymous: Outcome = 'login') => ({
	default: others,
	except: { anonymous, ...Object.fromEntries(who.map((s) => [s, outcome])) }
});
const HUNZEDAL = 'HUNZEDAL_ID';
// Admins of the municipality, corporations and tenant organisations; a residents' committee never administers a space.
const spaceAdmins: Subject[] = ['municipalityAdmin', 'corporationAdmin', 'tenantAdmin'];
// Parties of Assen who may add and change shared work (not the viewers).
const assenChangers: Subject[] = ['municipalityAdmin', 'municipalityMember', 'corporationAdmin', 'corporationMember', 'tenantAdmin', 'tenantMember', 'residentsCommittee'];
// A demo advice request in Assen (src/lib/server/advice/seed.ts) and an id that does not exist.
const KOERS = 'ca8705ce-d83b-43ae-a2a1-3a465cb5cf7b';
const NO_REQUEST = '00000000-0000-4000-a000-000000000000';
// A demo calendar item of the Hunzedal – Huurdersraad pair, and the people who act for that pair.
const KOERS_ITEM = '6b6ae89f-a2fb-4b0c-a008-7e711c32b67f';
const koersPair: Subject[] = ['corporationAdmin', 'corporationMember', 'tenantAdmin', 'tenantMember'];

// Admins and members of the Assen parties: they may add and change shared work.
// Hunzedal, the Huurdersraad and the municipality of Tynaarlo take part in Tynaarlo.
const tynaarloParties: Subject[] = ['corporationAdmin', 'corporationMember', 'corporationViewer', 'tenantAdmin', 'tenantMember', 'tenantViewer', 'otherSpace'];
// A demo agreement and measurement of Assen (src/lib/server/agreements/demo.ts).
const AGREEMENT = 'ddc8c06a-dd5d-4cbe-a876-2d8a4a3920a0';
const PROGRESS = 'ed62cb43-90b7-4068-a117-85a53f175a82';

// The demo tenant panel of Huurdersraad Hunzedal in Assen and its survey (src/lib/server/panel/seed.ts).
const PANEL = '7b8a2605-2a00-4942-aaaf-d795b827e3ec';
const SURVEY = '6b3a1271-7293-46c2-a44c-701f4e4019fb';
// Admins and members of the organisation that runs the panel manage it and see single answers.
const panelManagers: Subject[] = ['tenantAdmin', 'tenantMember'];
// Liveability (issue 7). National area data is imported by platform admins only; everything
// in the space follows the space's rules. WK010603 (Assen-Oost) is in the demo and in real data.
const corporationChangers: Subject[] = ['corporationAdmin', 'corporationMember'];
const liveabilityRoutes: Record<string, Cell[]> = {
	'/(app)/liveability/import': [
		{ method: 'GET', path: '/liveability/import', ...only('ok', ['platformAdmin'], 'forbidden') },
		{ method: 'POST', path: '/liveability/import', ...only('invalid', ['platformAdmin'], 'forbidden') }
	],
	'/(app)/liveability/import/jobs': [{ method: 'POST', path: '/liveability/import/jobs', ...only('invalid', ['platformAdmin'], 'forbidden') }],
	'/(app)/liveability/import/jobs/[id]': [{ method: 'GET', path: `/liveability/import/jobs/${NO_REQUEST}`, ...only('notFound', ['platformAdmin'], 'forbidden') }],
	'/(app)/[space]/liveability': [
		{ method: 'GET', path: '/assen/liveability', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/liveability?indicator=wozValue&level=wijk&sort=value&dir=desc', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/liveability?/pin', ...only('invalid', assenChangers, 'forbidden') }
	],
	'/(app)/[space]/liveability/areas.geojson': [{ method: 'GET', path: '/assen/liveability/areas.geojson?level=wijk&indicator=inhabitants', ...only('ok', assenParties, 'forbidden') }],
	'/(app)/[space]/liveability/areas.csv': [{ method: 'GET', path: '/assen/liveability/areas.csv?indicator=inhabitants', ...only('ok', assenParties, 'forbidden') }],
	'/(app)/[space]/liveability/area/[code]': [
		{ method: 'GET', path: '/assen/liveability/area/WK010603', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/liveability/area/BU03630000', ...only('notFound', assenParties, 'forbidden') },
		...['comment', 'measure', 'rank'].map((action) => ({
			method: 'POST' as const,
			path: `/assen/liveability/area/WK010603?/${action}`,
			...only('invalid', assenChangers, 'forbidden')
		}))
	],
	'/(app)/[space]/liveability/pins': [
		{ method: 'GET', path: '/assen/liveability/pins', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/liveability/pins?/add', ...only('invalid', assenChangers, 'forbidden') }
	],
	'/(app)/[space]/liveability/complexes': [
		{ method: 'GET', path: '/assen/liveability/complexes', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/liveability/complexes?/import', ...only('invalid', corporationChangers, 'forbidden') }
	],
	'/api/v1/areas': [{ method: 'GET', path: '/api/v1/areas?municipality=GM0106', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/areas/[code]': [{ method: 'GET', path: '/api/v1/areas/WK010603', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/areas/geojson': [{ method: 'GET', path: '/api/v1/areas/geojson?municipality=GM0106&level=wijk', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/areas/tiles.json': [{ method: 'GET', path: '/api/v1/areas/tiles.json?municipality=GM0106&level=wijk', ...all('ok', { anonymous: 'unauthorized' }) }],
	// Assen's tile at zoom 10 (see tileOf in liveability/tiles.ts).
	'/api/v1/areas/tiles/[z]/[x]/[y].mvt': [{ method: 'GET', path: '/api/v1/areas/tiles/10/530/333.mvt?level=wijk', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/indicators': [{ method: 'GET', path: '/api/v1/indicators', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/spaces/[space]/pins': [
		{ method: 'GET', path: '/api/v1/spaces/assen/pins', ...only('ok', assenParties, 'forbidden', 'unauthorized') },
		{ method: 'POST', path: '/api/v1/spaces/assen/pins', ...only('invalid', assenChangers, 'forbidden', 'unauthorized') }
	],
	'/api/v1/spaces/[space]/measures': [{ method: 'GET', path: '/api/v1/spaces/assen/measures', ...only('ok', assenParties, 'forbidden', 'unauthorized') }]
};

export const matrix: Record<string, Cell[]> = {
	'/': [{ method: 'GET', path: '/', ...all('redirect', { anonymous: 'login' }) }],
	'/(public)/login': [
		{ method: 'GET', path: '/login', ...all('redirect', { anonymous: 'ok' }) },
		// Signed-in people are sent on from the sign-in page, also after a failed post.
		{ method: 'POST', path: '/login?/password', ...all('redirect', { anonymous: 'invalid' }) },
		{ method: 'POST', path: '/login?/magicLink', ...all('redirect', { anonymous: 'invalid' }) }
	],
	'/(public)/login/check-mail': [{ method: 'GET', path: '/login/check-mail', ...all('ok') }],
	'/(public)/forgot-password': [
		{ method: 'GET', path: '/forgot-password', ...all('ok') },
		{ method: 'POST', path: '/forgot-password', ...all('invalid') }
	],
	'/(public)/reset-password': [
		{ method: 'GET', path: '/reset-password', ...all('ok') },
		{ method: 'POST', path: '/reset-password', ...all('invalid') }
	],
	'/(public)/invite/[token]': [
		{ method: 'GET', path: '/invite/unknown-token', ...all('notFound') },
		{ method: 'POST', path: '/invite/unknown-token?/accept', ...all('notFound') },
		{ method: 'POST', path: '/invite/unknown-token?/register', ...all('notFound') }
	],
	'/language': [{ method: 'POST', path: '/language', ...all('redirect') }],
	'/logout': [{ method: 'POST', path: '/logout', ...all('redirect') }],
	'/health': [{ method: 'GET', path: '/health', ...all('ok') }],
	// Only switched on by the benchmarks (BENCH_BASELINE=1).
	'/bench/baseline': [{ method: 'GET', path: '/bench/baseline', ...all('notFound') }],
	'/(app)/spaces': [{ method: 'GET', path: '/spaces', ...all('ok', { anonymous: 'login' }) }],
	'/(app)/spaces/new': [
		{ method: 'GET', path: '/spaces/new', ...only('ok', ['platformAdmin'], 'forbidden') },
		{ method: 'POST', path: '/spaces/new', ...only('invalid', ['platformAdmin'], 'forbidden') }
	],
	'/(app)/organisations': [{ method: 'GET', path: '/organisations', ...all('ok', { anonymous: 'login' }) }],
	'/(app)/organisations/new': [
		{ method: 'GET', path: '/organisations/new', ...only('ok', ['platformAdmin'], 'forbidden') },
		{ method: 'POST', path: '/organisations/new', ...only('invalid', ['platformAdmin'], 'forbidden') }
	],
	'/(app)/organisations/[org]': [
		{ method: 'GET', path: `/organisations/${HUNZEDAL}`, ...only('ok', ['platformAdmin', 'corporationAdmin', 'corporationMember', 'corporationViewer'], 'forbidden') },
		...['invite', 'changeRole', 'removeMember', 'revokeInvitation'].map((action) => ({
			method: 'POST' as const,
			path: `/organisations/${HUNZEDAL}?/${action}`,
			...only('invalid', ['platformAdmin', 'corporationAdmin'], 'forbidden')
		}))
	],
	'/(app)/profile': [
		{ method: 'GET', path: '/profile', ...all('ok', { anonymous: 'login' }) },
		{ method: 'POST', path: '/profile?/name', ...all('invalid', { anonymous: 'login' }) },
		{ method: 'POST', path: '/profile?/createToken', ...all('invalid', { anonymous: 'login' }) },
		{ method: 'POST', path: '/profile?/revokeToken', ...all('invalid', { anonymous: 'login' }) }
	],
	'/(app)/outbox': [{ method: 'GET', path: '/outbox', ...only('ok', ['platformAdmin'], 'forbidden') }],
	'/(app)/[space]': [
		{ method: 'GET', path: '/assen', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/no-such-space', ...all('notFound', { anonymous: 'login' }) }
	],
	'/(app)/[space]/settings': [
		{ method: 'GET', path: '/assen/settings', ...only('ok', spaceAdmins, 'forbidden') },
		{ method: 'POST', path: '/assen/settings?/add', ...only('invalid', spaceAdmins, 'forbidden') },
		{ method: 'POST', path: '/assen/settings?/remove', ...only('invalid', spaceAdmins, 'forbidden') }
	],
	'/(app)/[space]/audit': [
		{ method: 'GET', path: '/assen/audit', ...only('ok', spaceAdmins, 'forbidden') }
	],
	// Performance agreements. Empty posts are refused (400) for those allowed to act, and
	// must never change anything (the matrix runs beside the agreements suite).
	'/(app)/[space]/agreements': [
		{ method: 'GET', path: '/assen/agreements', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/agreements?/settings', ...only('invalid', spaceAdmins, 'forbidden') }
	],
	'/(app)/[space]/agreements/vision': [
		{ method: 'GET', path: '/assen/agreements/vision', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/agreements/vision?/save', ...only('invalid', ['municipalityAdmin', 'municipalityMember'], 'forbidden') }
	],
	'/(app)/[space]/agreements/bids': [
		{ method: 'GET', path: '/assen/agreements/bids', ...only('ok', assenParties, 'forbidden') },
		...['save', 'share', 'comment'].map((action) => ({ method: 'POST' as const, path: `/assen/agreements/bids?/${action}`, ...only('invalid', assenChangers, 'forbidden') }))
	],
	'/(app)/[space]/agreements/set': [
		{ method: 'GET', path: '/assen/agreements/set', ...only('ok', assenParties, 'forbidden') },
		...['create', 'yearlyUpdate', 'import'].map((action) => ({ method: 'POST' as const, path: `/assen/agreements/set?/${action}`, ...only('invalid', assenChangers, 'forbidden') })),
		{ method: 'POST', path: '/assen/agreements/set?/sign', ...only('invalid', spaceAdmins, 'forbidden') }
	],
	'/(app)/[space]/agreements/evaluation': [{ method: 'GET', path: '/assen/agreements/evaluation', ...only('ok', assenParties, 'forbidden') }],
	'/(app)/[space]/agreements/[agreement]': [
		{ method: 'GET', path: `/assen/agreements/${AGREEMENT}`, ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/agreements/no-such-agreement', ...only('notFound', assenParties, 'forbidden') },
		...['save', 'delete', 'progress'].map((action) => ({ method: 'POST' as const, path: `/assen/agreements/${AGREEMENT}?/${action}`, ...only('invalid', assenChangers, 'forbidden') }))
	],
	'/(app)/[space]/agreements/[agreement]/evidence/[progress]': [
		// The demo measurement has no file.
		{ method: 'GET', path: `/assen/agreements/${AGREEMENT}/evidence/${PROGRESS}`, ...only('notFound', assenParties, 'forbidden') }
	],
	'/(app)/[space]/agreements/export/[format]': [
		{ method: 'GET', path: '/assen/agreements/export/xlsx', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/agreements/export/template', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/agreements/export/exe', ...only('notFound', assenParties, 'forbidden') }
	],
	// Tynaarlo publishes nothing; the published Assen page is checked in agreements.spec.ts.
	'/(public)/p/[municipality]': [
		{ method: 'GET', path: '/p/tynaarlo', ...all('notFound') },
		{ method: 'GET', path: '/p/no-such-space', ...all('notFound') }
	],
	'/api/v1/spaces/[space]/agreements': [
		{ method: 'GET', path: '/api/v1/spaces/tynaarlo/agreements', ...only('notFound', tynaarloParties, 'forbidden', 'unauthorized') }
	],
	'/api/v1/spaces/[space]/agreements/versions': [
		{ method: 'GET', path: '/api/v1/spaces/tynaarlo/agreements/versions', ...only('ok', tynaarloParties, 'forbidden', 'unauthorized') }
	],
	'/api/v1/spaces/[space]/agreements/progress': [
		{ method: 'GET', path: '/api/v1/spaces/tynaarlo/agreements/progress', ...only('notFound', tynaarloParties, 'forbidden', 'unauthorized') }
	],
	'/(app)/[space]/advice': [
		{ method: 'GET', path: '/assen/advice', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/advice?/create', ...only('invalid', assenChangers, 'forbidden') }
	],
	'/(app)/[space]/advice/[id]': [
		{ method: 'GET', path: `/assen/advice/${KOERS}`, ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: `/assen/advice/${NO_REQUEST}`, ...only('notFound', assenParties, 'forbidden') },
		// An unknown request: nothing is stored and the page answers 404 to everyone who may change.
		...['saveDraft', 'comment', 'send', 'answer', 'close', 'upload'].map((action) => ({
			method: 'POST' as const,
			path: `/assen/advice/${NO_REQUEST}?/${action}`,
			...only('notFound', assenChangers, 'forbidden')
		}))
	],
	// The demo has no stored files: a document that does not exist is 404 for the parties (downloads are played in advice.spec.ts).
	'/(app)/[space]/advice/[id]/documents/[document]': [
		{ method: 'GET', path: `/assen/advice/${KOERS}/documents/${NO_REQUEST}`, ...only('notFound', assenParties, 'forbidden') }
	],
	'/(app)/[space]/advice/matrix': [
		{ method: 'GET', path: '/assen/advice/matrix', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/advice/matrix?/save', ...only('invalid', assenChangers, 'forbidden') }
	],
	// Reminder choices are personal: every party, viewers too, sets their own.
	'/(app)/[space]/advice/reminders': [
		{ method: 'GET', path: '/assen/advice/reminders', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/advice/reminders?/save', ...only('ok', assenParties, 'forbidden') }
	],
	'/(app)/[space]/calendar': [
		{ method: 'GET', path: '/assen/calendar', ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: '/assen/calendar?view=month&year=2026', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/calendar?/add', ...only('invalid', assenChangers, 'forbidden') },
		{ method: 'POST', path: '/assen/calendar?/status', ...only('invalid', assenChangers, 'forbidden') },
		{ method: 'POST', path: '/assen/calendar?/approve', ...only('invalid', assenChangers, 'forbidden') },
		{ method: 'POST', path: '/assen/calendar?/renewFeed', ...only('ok', assenChangers, 'forbidden') }
	],
	'/(app)/[space]/calendar/export.xlsx': [{ method: 'GET', path: '/assen/calendar/export.xlsx?year=2026', ...only('ok', assenParties, 'forbidden') }],
	'/(app)/[space]/calendar/export.pdf': [{ method: 'GET', path: '/assen/calendar/export.pdf?year=2026', ...only('ok', assenParties, 'forbidden') }],
	// Only the parties of the item's pair (Hunzedal – Huurdersraad), not their viewers, change an item.
	'/(app)/[space]/calendar/[item]': [
		{ method: 'GET', path: `/assen/calendar/${KOERS_ITEM}`, ...only('ok', koersPair, 'forbidden') },
		{ method: 'GET', path: `/assen/calendar/${NO_REQUEST}`, ...only('notFound', assenChangers, 'forbidden') },
		{ method: 'POST', path: `/assen/calendar/${KOERS_ITEM}?/save`, ...only('invalid', koersPair, 'forbidden') },
		// A bare post removes nothing: the button must send the item's id.
		{ method: 'POST', path: `/assen/calendar/${KOERS_ITEM}?/remove`, ...only('invalid', koersPair, 'forbidden') }
	],
	'/(app)/[space]/calendar/export.docx': [{ method: 'GET', path: '/assen/calendar/export.docx?year=2026', ...only('ok', assenParties, 'forbidden') }],
	// Tenant panel. Empty posts are refused (400) for those allowed to act and change nothing.
	'/(app)/[space]/panel': [
		{ method: 'GET', path: '/assen/panel', ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: '/assen/panel?/create', ...only('invalid', assenChangers, 'forbidden') }
	],
	'/(app)/[space]/panel/[panel]': [
		{ method: 'GET', path: `/assen/panel/${PANEL}`, ...only('ok', panelManagers, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/${NO_REQUEST}`, ...only('notFound', assenParties, 'forbidden') },
		...['import', 'threshold', 'population', 'survey'].map((action) => ({ method: 'POST' as const, path: `/assen/panel/${PANEL}?/${action}`, ...only('invalid', panelManagers, 'forbidden') }))
	],
	'/(app)/[space]/panel/survey/[survey]': [
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}`, ...only('ok', panelManagers, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/survey/${NO_REQUEST}`, ...only('notFound', assenParties, 'forbidden') },
		...['meta', 'add', 'edit', 'remove'].map((action) => ({ method: 'POST' as const, path: `/assen/panel/survey/${SURVEY}?/${action}`, ...only('invalid', panelManagers, 'forbidden') }))
	],
	'/(app)/[space]/panel/survey/[survey]/preview': [{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/preview`, ...only('ok', panelManagers, 'forbidden') }],
	// The demo survey has closed: sending invitations or reminders is refused.
	'/(app)/[space]/panel/survey/[survey]/invitations': [
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/invitations`, ...only('ok', panelManagers, 'forbidden') },
		...['email', 'letters', 'remind'].map((action) => ({ method: 'POST' as const, path: `/assen/panel/survey/${SURVEY}/invitations?/${action}`, ...only('invalid', panelManagers, 'forbidden') }))
	],
	'/(app)/[space]/panel/survey/[survey]/letters.pdf': [{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/letters.pdf`, ...only('ok', panelManagers, 'forbidden') }],
	'/(app)/[space]/panel/survey/[survey]/paper': [
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/paper`, ...only('ok', panelManagers, 'forbidden') },
		{ method: 'POST', path: `/assen/panel/survey/${SURVEY}/paper?/enter`, ...only('invalid', panelManagers, 'forbidden') }
	],
	// Aggregated results: every party of the space. Publishing: the panel's own people.
	'/(app)/[space]/panel/survey/[survey]/results': [
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/results`, ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/results?bq=Q1&by=ageBand`, ...only('ok', assenParties, 'forbidden') },
		{ method: 'POST', path: `/assen/panel/survey/${SURVEY}/results?/publish`, ...only('invalid', panelManagers, 'forbidden') }
	],
	// Single (anonymous) answers only to the panel's own people; the aggregated report to every party.
	'/(app)/[space]/panel/survey/[survey]/export/[format]': [
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/export/csv`, ...only('ok', panelManagers, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/export/xlsx`, ...only('ok', panelManagers, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/export/docx`, ...only('ok', assenParties, 'forbidden') },
		{ method: 'GET', path: `/assen/panel/survey/${SURVEY}/export/exe`, ...only('notFound', assenParties, 'forbidden') }
	],
	'/(public)/panel/join/[panel]': [
		{ method: 'GET', path: `/panel/join/${PANEL}`, ...all('ok') },
		{ method: 'GET', path: `/panel/join/${NO_REQUEST}`, ...all('notFound') },
		{ method: 'POST', path: `/panel/join/${PANEL}?/join`, ...all('invalid') }
	],
	'/(public)/panel/confirm/[token]': [{ method: 'GET', path: '/panel/confirm/unknown.token', ...all('notFound') }],
	// An unknown or used link shows a kind page (the person may have left already).
	'/(public)/panel/me/[token]': [
		{ method: 'GET', path: '/panel/me/unknown.token', ...all('ok') },
		{ method: 'POST', path: '/panel/me/unknown.token?/withdraw', ...all('invalid') }
	],
	'/(public)/panel/me/[token]/data.json': [{ method: 'GET', path: '/panel/me/unknown.token/data.json', ...all('notFound') }],
	'/(public)/panel/results/[survey]': [
		{ method: 'GET', path: `/panel/results/${SURVEY}`, ...all('ok') },
		{ method: 'GET', path: `/panel/results/${NO_REQUEST}`, ...all('notFound') }
	],
	'/(public)/s/[token]': [
		{ method: 'GET', path: '/s/unknown.token', ...all('notFound') },
		{ method: 'GET', path: '/s/ABCD-EFGH', ...all('notFound') },
		{ method: 'POST', path: '/s/unknown.token?/submit', ...all('notFound') },
		{ method: 'POST', path: '/s/unknown.token?/save', ...all('notFound') }
	],
	'/(public)/c': [
		{ method: 'GET', path: '/c', ...all('ok') },
		{ method: 'POST', path: '/c', ...all('invalid') }
	],
	'/api/v1/spaces/[space]/panel/surveys': [{ method: 'GET', path: '/api/v1/spaces/assen/panel/surveys', ...only('ok', assenParties, 'forbidden', 'unauthorized') }],
	'/api/v1/spaces/[space]/panel/surveys/[survey]/results': [
		{ method: 'GET', path: `/api/v1/spaces/assen/panel/surveys/${SURVEY}/results`, ...only('ok', assenParties, 'forbidden', 'unauthorized') }
	],
	'/(public)/ical/[token]': [{ method: 'GET', path: '/ical/unknown-token', ...all('notFound') }],
	'/api/v1': [{ method: 'GET', path: '/api/v1', ...all('redirect') }],
	'/api/v1/openapi.json': [{ method: 'GET', path: '/api/v1/openapi.json', ...all('ok') }],
	'/api/v1/me': [{ method: 'GET', path: '/api/v1/me', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/organisations': [{ method: 'GET', path: '/api/v1/organisations', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/organisations/[id]': [
		{
			method: 'GET',
			path: `/api/v1/organisations/${HUNZEDAL}`,
			...only('ok', ['platformAdmin', 'corporationAdmin', 'corporationMember', 'corporationViewer'], 'forbidden', 'unauthorized')
		}
	],
	'/api/v1/spaces': [{ method: 'GET', path: '/api/v1/spaces', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/spaces/[space]': [{ method: 'GET', path: '/api/v1/spaces/assen', ...only('ok', assenParties, 'forbidden', 'unauthorized') }],
	'/api/v1/spaces/[space]/advice': [{ method: 'GET', path: '/api/v1/spaces/assen/advice', ...only('ok', assenParties, 'forbidden', 'unauthorized') }],
	'/api/v1/spaces/[space]/calendar': [{ method: 'GET', path: '/api/v1/spaces/assen/calendar?year=2026', ...only('ok', assenParties, 'forbidden', 'unauthorized') }],
	...liveabilityRoutes
};

// Workshops: the demo programme of Hunzedal (src/lib/server/workshops/seed.ts) with a finished
// session in Assen and one in Tynaarlo.
const PROGRAMME = '073e2ea2-e2fa-4df2-a8f7-c3a2cf0195c6';
const WS_ASSEN = 'f09d13b9-0dc4-43fa-a064-8cc1f0a20f20';
const WS_TYNAARLO = '3f5d2d4b-050b-4b76-af0e-e9405ec5fb68';
const hunzedalAll: Subject[] = ['platformAdmin', 'corporationAdmin', 'corporationMember', 'corporationViewer'];
const hunzedalRun: Subject[] = ['platformAdmin', 'corporationAdmin', 'corporationMember'];
const wsBase = `/workshops/${PROGRAMME}`;
Object.assign(matrix, {
	'/(app)/workshops': [
		{ method: 'GET', path: '/workshops', ...all('ok', { anonymous: 'login' }) },
		{ method: 'POST', path: '/workshops?/create', ...all('invalid', { anonymous: 'login' }) }
	],
	'/(app)/workshops/[programme]': [
		{ method: 'GET', path: wsBase, ...only('ok', hunzedalAll, 'forbidden') },
		{ method: 'GET', path: '/workshops/00000000-0000-4000-a000-000000000000', ...all('notFound', { anonymous: 'login' }) },
		{ method: 'POST', path: `${wsBase}?/createSession`, ...only('invalid', hunzedalRun, 'forbidden') }
	],
	'/(app)/workshops/[programme]/compare': [{ method: 'GET', path: `${wsBase}/compare`, ...only('ok', hunzedalAll, 'forbidden') }],
	'/(app)/workshops/[programme]/export.xlsx': [{ method: 'GET', path: `${wsBase}/export.xlsx`, ...only('ok', hunzedalAll, 'forbidden') }],
	'/(app)/workshops/[programme]/report.docx': [{ method: 'GET', path: `${wsBase}/report.docx`, ...only('ok', hunzedalAll, 'forbidden') }],
	'/(app)/workshops/[programme]/[session]': [
		{ method: 'GET', path: `${wsBase}/${WS_ASSEN}`, ...only('ok', hunzedalRun, 'forbidden') },
		...['session', 'activity', 'addChips', 'addEstimate', 'addPoll', 'addPins'].map((action) => ({ method: 'POST' as const, path: `${wsBase}/${WS_ASSEN}?/${action}`, ...only('invalid', hunzedalRun, 'forbidden') }))
	],
	'/(app)/workshops/[programme]/[session]/projector': [{ method: 'GET', path: `${wsBase}/${WS_ASSEN}/projector`, ...only('ok', hunzedalRun, 'forbidden') }],
	'/(app)/workshops/[programme]/[session]/events': [{ method: 'GET', path: `${wsBase}/${WS_ASSEN}/events?once=1`, ...only('ok', hunzedalRun, 'forbidden') }],
	'/(app)/workshops/[programme]/[session]/results': [
		{ method: 'GET', path: `${wsBase}/${WS_ASSEN}/results`, ...only('ok', ['platformAdmin', ...assenParties], 'forbidden') },
		{ method: 'GET', path: `${wsBase}/${WS_TYNAARLO}/results`, ...only('ok', ['platformAdmin', ...tynaarloParties], 'forbidden') }
	],
	'/(app)/[space]/workshops': [{ method: 'GET', path: '/assen/workshops', ...only('ok', assenParties, 'forbidden') }],
	'/(public)/w': [
		{ method: 'GET', path: '/w', ...all('ok') },
		{ method: 'GET', path: '/w?code=ZZZZZZ', ...all('ok') },
		{ method: 'GET', path: '/w?code=asn26q', ...all('redirect') }
	],
	'/(public)/w/[code]': [
		{ method: 'GET', path: '/w/ASN26Q', ...all('ok') },
		{ method: 'GET', path: '/w/ZZZZZZ', ...all('notFound') },
		// The demo session is finished: joining is refused with a message; answering needs a join first.
		{ method: 'POST', path: '/w/ASN26Q?/join', ...all('invalid') },
		{ method: 'POST', path: '/w/ASN26Q?/answer', ...all('redirect') }
	],
	'/(public)/w/[code]/events': [{ method: 'GET', path: '/w/ASN26Q/events?once=1', ...all('ok') }],
	'/(public)/w/[code]/answer': [{ method: 'POST', path: '/w/ASN26Q/answer', ...all('unauthorized') }],
	'/api/v1/programmes': [{ method: 'GET', path: '/api/v1/programmes', ...all('ok', { anonymous: 'unauthorized' }) }],
	'/api/v1/programmes/[programme]': [{ method: 'GET', path: `/api/v1/programmes/${PROGRAMME}`, ...only('ok', hunzedalAll, 'forbidden', 'unauthorized') }],
	'/api/v1/programmes/[programme]/sessions/[session]': [
		{ method: 'GET', path: `/api/v1/programmes/${PROGRAMME}/sessions/${WS_TYNAARLO}`, ...only('ok', ['platformAdmin', ...tynaarloParties], 'forbidden', 'unauthorized') }
	]
} satisfies Record<string, Cell[]>);

export const placeholders = { HUNZEDAL_ID: HUNZEDAL };
