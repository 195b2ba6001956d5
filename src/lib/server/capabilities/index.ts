// Every capability registers itself by being imported here: the list of what the app can do.
import '../spaces/capability';
import '../agreements/capability';
import '../advice/capability';
import '../panel/capability';
import '../liveability/capability';
import '../workshops/capability';

export { spaceNavigation, dashboard, registerCapability } from './registry';
export type { Capability, DashboardTile, Deadline, TileContext } from './registry';
