// Sizes both sides check, with no zod: the renderer imports these values, and importing the
// contract itself for them would bundle zod into the page.

/** The largest backup file the app imports, whichever way it arrives. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
