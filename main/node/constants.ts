// Names and intervals that both shells, the services and the tests share. This module only
// declares values: importing it starts, opens and reads nothing.

/** The product name: the data folder's name, window titles, app.getInfo. */
export const APP_NAME = 'DevOps Pro Companion';
/** Points the data folder elsewhere (tests, portable installs). */
export const DATA_DIR_ENV = 'COMPANION_DATA_DIR';
/** The learner's SQLite file, inside the data folder. */
export const DATABASE_FILE = 'companion.sqlite3';

/** The line the browser shell prints once it serves; tests and scripts wait for it. It carries the URL. */
export const READY_PREFIX = 'Browser shell ready:';
/** Private file (mode 0600) in the data folder holding the browser shell's launch URL with its token. */
export const LAUNCH_URL_FILE = 'browser-shell-url';

/** The search index is built this long after start-up, once the first page has loaded. */
export const SEARCH_WARM_UP_DELAY_MS = 2500;
/** A due automatic backup is checked for this long after start, then every few hours. */
export const AUTOMATIC_BACKUP_DELAY_MS = 15_000;
export const AUTOMATIC_BACKUP_CHECK_MS = 3 * 3_600_000;
