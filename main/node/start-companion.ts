// One start-up for both shells: the services, the API dispatcher, the background timers (search
// warm-up, the daily automatic backup) and the start-up notice. A shell adds only what is its
// own (Electron: windows, protocol, IPC; browser shell: the HTTP server), so the two cannot drift.
import { createDispatcher, createHandlers, type Dispatch, type Logger, type ShellPlatform } from './api-handlers';
import { type AppServices, type AppServicesOptions, createAppServices } from './app-services';
import { AUTOMATIC_BACKUP_CHECK_MS, AUTOMATIC_BACKUP_DELAY_MS, SEARCH_WARM_UP_DELAY_MS } from './constants';

export interface CompanionPlatform extends ShellPlatform {
  /** Where failed calls, failed background work and the start-up notice are reported. */
  log: Logger;
}

export interface Companion {
  services: AppServices;
  /** The single gate every API call passes through, whatever the transport. */
  dispatch: Dispatch;
  /** Stops the timers and closes the database (on quit). Safe to call more than once. */
  stop(): void;
}

/** The shells' logger: standard error, with the detail only when there is one. */
export const consoleLogger: Logger = (message, detail) => {
  if (detail === undefined) console.error(message);
  else console.error(message, detail);
};

/** Throws when the content or the data file cannot be opened; the shell tells the learner. */
export function startCompanion(options: AppServicesOptions, platform: CompanionPlatform): Companion {
  const services = createAppServices(options);
  const dispatch = createDispatcher(createHandlers(services, platform), platform.log);
  // The page shows the notice too (app.getInfo); the log keeps a record of what recovery did.
  if (services.startupNotice) platform.log(`Start-up notice: ${services.startupNotice}`);

  // Build the search index after the first page has painted; a search before then builds it on demand.
  // Then its passages, in slices that leave the event loop free for requests.
  const warmUp = setTimeout(() => {
    services.search.warmUp();
    void services.search.preparePassages();
  }, SEARCH_WARM_UP_DELAY_MS);
  // A daily copy of the data file (SQLite online backup), checked soon after start and every few hours.
  const backup = () => void services.backups.backupIfDue().catch((error: unknown) => platform.log('Automatic backup failed', error));
  const firstBackup = setTimeout(backup, AUTOMATIC_BACKUP_DELAY_MS);
  const backups = setInterval(backup, AUTOMATIC_BACKUP_CHECK_MS);
  // The shell's server or windows keep the process alive; these timers never should.
  for (const timer of [warmUp, firstBackup, backups]) timer.unref();

  let stopped = false;
  return {
    services,
    dispatch,
    stop: () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(warmUp);
      clearTimeout(firstBackup);
      clearInterval(backups);
      services.close();
    },
  };
}
