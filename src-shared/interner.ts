/**
 * Numbers each distinct key in the order it is first seen (0, 1, 2 …) and keeps the keys by their
 * number: word and name ids for link similarity, a published dimension's value indices, a test
 * workbook's shared strings.
 */
export class Interner<K> {
  readonly keys: K[] = [];
  private readonly ids = new Map<K, number>();

  /** The key's number; a key not seen before gets the next one, and `added` runs once with it. */
  id(key: K, added?: (id: number) => void): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
      added?.(id);
    }
    return id;
  }

  has(key: K): boolean {
    return this.ids.has(key);
  }
}
