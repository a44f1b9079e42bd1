/** One value per database connection (its statements, its repository, its write queue): made the first time the connection asks, kept for as long as it lives. */
import type { Db } from './open';

export function perConnection<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}
