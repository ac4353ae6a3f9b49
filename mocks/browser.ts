import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

// For trying the UI against fixtures in a browser during development; the app itself never
// imports this (it serves its real files from public/).
export const worker = setupWorker(...handlers);
