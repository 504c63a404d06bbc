/**
 * The files of one name in several formats that a batch command read in its
 * richest only (see RICHEST in batch/walk.ts), gathered during the walk and
 * told once at the end, so that no file passed over goes unmentioned.
 */
import { say, type Io } from './io.js';

export interface Richer {
  /** For the walk's `onRicher`. */
  onRicher: (taken: string, instead: string[]) => void;
  /** One line on stderr, if any file was passed over. */
  tell: (io: Io) => void;
}

export function collectRicher(): Richer {
  const richer: Array<{ taken: string; instead: string[] }> = [];
  return {
    onRicher: (taken, instead) => richer.push({ taken, instead }),
    tell(io) {
      const [first] = richer;
      if (!first) return;
      const others = richer.length - 1;
      say(
        io,
        `inspect: read ${first.taken} instead of ${first.instead.join(' and ')} beside it${others > 0 ? ` (and ${others} more of one name in several formats)` : ''}: the richest format of each; give --glob to read them all`,
      );
    },
  };
}
