// A least-recently-used cache bounded by an estimated size, not by a count of
// entries: the caches that make re-checks fast keep results for superseded
// versions of a draft, and must not grow with a long editing session.
export class BoundedCache<K, V> {
  private map = new Map<K, { value: V; cost: number }>();
  private total = 0;
  constructor(private readonly budget: number) {}

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    this.map.set(key, e); // most recently used last
    return e.value;
  }

  /** Stores a value with its estimated cost (about a byte a unit); evicts the least recently used beyond the budget. */
  set(key: K, value: V, cost: number): void {
    const old = this.map.get(key);
    if (old) {
      this.total -= old.cost;
      this.map.delete(key);
    }
    if (cost > this.budget) return;
    this.map.set(key, { value, cost });
    this.total += cost;
    while (this.total > this.budget) {
      const [k, e] = this.map.entries().next().value as [K, { value: V; cost: number }];
      this.map.delete(k);
      this.total -= e.cost;
    }
  }

  clear() {
    this.map.clear();
    this.total = 0;
  }
  get size() {
    return this.map.size;
  }
  get cost() {
    return this.total;
  }
}
