/**
 * Serialises work per key inside one process. The outbox relay and a service's command handlers
 * both write an aggregate's document; FerretDB (our test database) applies updates as
 * read-modify-write, so two writers to one document must take turns (docs/architecture.md, "Writes, events and the
 * outbox"). MongoDB would not need it; it costs nothing there.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(work);
    this.tails.set(key, current);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }
}
