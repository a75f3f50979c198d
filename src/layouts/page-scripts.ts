// What every page of the site runs at start, as one script: the header's menu and theme
// switch, search, storage notices, status badges, and on a unit page its progress and the
// class it joined. Each behaviour acts only where its element is on the page. One script
// instead of one per component: the browser fetches one file, and it compresses as one.
import '../components/theme-toggle';
import '../components/site-menu';
import '../components/search-dialog';
import '../components/storage-notices';
import '../components/status-badges';
import '../components/unit-progress';
import '../components/class-session/class-join';
