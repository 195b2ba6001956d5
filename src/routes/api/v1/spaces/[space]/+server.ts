import { apiSpace } from '$lib/server/api/guard';
import { apiData } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const guarded = await apiSpace(event, event.params.space);
	if (!guarded.ok) return guarded.response;
	const { space, access } = guarded.value;
	return apiData({
		slug: space.slug,
		name: space.name,
		region: space.regionName,
		myRole: access.role,
		parties: space.participants.map(({ organisationId, name, kind }) => ({ id: organisationId, name, kind }))
	});
};
