import { requireSpace } from '$lib/server/auth/guards';
import { spaceNavigation } from '$lib/server/capabilities';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { space, access } = await requireSpace(event);
	return {
		space: { slug: space.slug, name: space.name, regionName: space.regionName },
		spaceRole: access.role,
		spaceNav: spaceNavigation(access)
	};
};
