/**
 * The item a pupil just threw away, handed from the item screen to the list (which offers to
 * put it back). Memory only: after a reload the undo time is over anyway.
 */
import { UNDO_MS } from './portfolio-repo';

export interface DeletedNotice {
  id: string;
  title: string;
  at: number;
}

let last: DeletedNotice | null = null;

export function rememberDeleted(notice: Omit<DeletedNotice, 'at'>): void {
  last = { ...notice, at: Date.now() };
}

/** The notice, once, while it can still be undone. */
export function takeDeletedNotice(): DeletedNotice | null {
  const notice = last;
  last = null;
  return notice && Date.now() - notice.at < UNDO_MS ? notice : null;
}
