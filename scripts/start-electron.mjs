// @ts-check
// The decisions `npm start` (scripts/start.mjs) makes about Electron, kept free of side effects so
// scripts/start-electron.test.ts can check them: start.mjs passes in what it read from the disk.
import path from 'node:path';

/**
 * Electron's arguments for the development app. It is given the app FOLDER (the repo root), not
 * the main script: Electron's default app reads `productName` and `version` from the folder's
 * package.json only when handed a folder, and the profile folder is named after `productName`
 * (~/.config/DevOps Pro Companion, the one the browser shell uses). Handed the script it calls
 * itself "Electron" and keeps its data in ~/.config/Electron.
 * @param {string} root the repo root; its package.json `main` names dist/main/electron-main.cjs
 * @returns {string[]}
 */
export function electronLaunchArgs(root) {
  return [path.resolve(root)];
}
