// The browser shell's entry (bundled as dist/main/browser-shell.cjs by scripts/build.mjs): runs
// main() and turns a start-up failure into one line and a non-zero exit.
import { main } from './main';

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
