// Every command's wiring; each action imports its use case lazily, so startup stays light.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerAgenda } from './agenda.js';
import { registerAttach } from './attach.js';
import { registerAssign } from './assign.js';
import { registerBodies } from './bodies.js';
import { registerCompletion } from './completion.js';
import { registerDeadline } from './deadline.js';
import { registerEdit } from './edit.js';
import { registerExport } from './export.js';
import { registerInit } from './init.js';
import { registerLetter } from './letter.js';
import { registerList } from './list.js';
import { registerLog } from './log.js';
import { registerMergeFile } from './merge-file.js';
import { registerNew } from './new.js';
import { registerProfile } from './profile.js';
import { registerReceive } from './receive.js';
import { registerRemove } from './remove.js';
import { registerReport } from './report.js';
import { registerRespond } from './respond.js';
import { registerSend } from './send.js';
import { registerShow } from './show.js';
import { registerSync } from './sync.js';
import { registerTemplates } from './templates.js';

export const COMMANDS: ((program: Command, io: Io) => void)[] = [
  registerInit,
  registerProfile,
  registerTemplates,
  registerNew,
  registerList,
  registerShow,
  registerEdit,
  registerLetter,
  registerSend,
  registerLog,
  registerRemove,
  registerAttach,
  registerExport,
  registerDeadline,
  registerAgenda,
  registerRespond,
  registerReceive,
  registerReport,
  registerBodies,
  registerAssign,
  registerSync,
  registerMergeFile,
  registerCompletion,
];
