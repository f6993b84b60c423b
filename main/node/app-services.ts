// Builds every service from a data folder and the shipped assets. Both shells call this and
// nothing else, so they run the very same behaviour.
import path from 'node:path';
import { type ContentIndex, loadContentOrThrow } from './content';
import { type Db, openDatabase, schemaVersion } from './database';
import { ExportService } from './export-service';
import { LibraryService } from './library-service';
import { NotesService } from './notes-service';
import { DATABASE_FILE } from './paths';
import { QuizService } from './quiz-service';
import { SearchService } from './search/search-service';
import { SettingsService } from './settings-service';

export interface AppServicesOptions {
  dataDir: string;
  assetsDir: string;
  /** Where mermaid's standalone bundle is, for PDF export. */
  mermaidScriptPath: string;
  nativeBinding?: string;
}

export interface AppServices {
  db: Db;
  dataDir: string;
  content: ContentIndex;
  settings: SettingsService;
  library: LibraryService;
  quiz: QuizService;
  notes: NotesService;
  search: SearchService;
  exporter: ExportService;
  schemaVersion(): number;
  close(): void;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const content = loadContentOrThrow(options.assetsDir);
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const search = new SearchService(db, content, { nativeBinding: options.nativeBinding });
  return {
    db,
    dataDir: options.dataDir,
    content,
    settings: new SettingsService(db),
    library: new LibraryService(db, content),
    quiz: new QuizService(db, content),
    notes: new NotesService(db, (change) => search.updatePersonalNote(change)),
    search,
    exporter: new ExportService(content, options.mermaidScriptPath),
    schemaVersion: () => schemaVersion(db),
    close: () => {
      search.close();
      if (db.open) db.close();
    },
  };
}
