import path from 'node:path';
import { openSqliteStore } from './sqlite-store';
import type { FeedbackStore } from './store';

let store: FeedbackStore | undefined;

/** The server's feedback store: SQLite at $SYNCFIX_DB_PATH (default data/syncfix.db), opened on first use. */
export function getFeedbackStore(): FeedbackStore {
  store ??= openSqliteStore(process.env.SYNCFIX_DB_PATH ?? path.join(process.cwd(), 'data', 'syncfix.db'));
  return store;
}
