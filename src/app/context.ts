import type { IsoDate } from '../core/dates.js';
import type { Workspace } from '../store/workspace.js';
import type { Ask } from './ask.js';

/** Output channels: results to `out` (stdout), messages to `err` (stderr). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** What every use case gets: where the data is, what day it is, how to talk to the user. */
export interface AppContext {
  workspace: Workspace;
  today: IsoDate;
  output: Output;
  /** Present only when the user is at a terminal. */
  ask?: Ask;
  /** How far long work is (a batch of letters or requests); present only when someone watches stderr. */
  progress?: (label: string, done: number, total: number) => void;
}
