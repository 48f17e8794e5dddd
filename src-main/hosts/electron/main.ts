/**
 * Entry point of the Electron main process (bundled to out/main/electron-main.cjs).
 * Everything testable lives in lifecycle.ts; this file only joins it to the real core.
 */
import { startCore } from '../../bootstrap';
import { runElectronApp } from './lifecycle';

runElectronApp(startCore);
