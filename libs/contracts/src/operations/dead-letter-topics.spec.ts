import {
  allTopics,
  consumedTopics,
  DEAD_LETTER_KEEPER,
  deadLetterTopics,
  topicNamed,
  Topics,
} from '../catalogue/topics';

describe('dead letters in the catalogue (ADR 0012)', () => {
  it('has operations consume every dead-letter topic, each still owned by the consumer that writes it', () => {
    const letters = deadLetterTopics();

    expect(letters.length).toBeGreaterThan(0);
    for (const topic of letters) {
      expect(topic.consumers).toEqual([DEAD_LETTER_KEEPER]);
      expect(topic.name.endsWith(`.${topic.owner}.dlt`)).toBe(true);
      expect(topicNamed(topic.name)).toEqual(topic);
    }
    expect(consumedTopics()).toEqual(expect.arrayContaining(letters));
  });

  it('derives no dead-letter topic of a dead-letter topic', () => {
    expect(allTopics().filter((topic) => topic.name.endsWith('.dlt.operations.dlt'))).toEqual([]);
  });

  it('sends replays to every service that consumes events, so every event dead letter has a replayer', () => {
    const eventConsumers = new Set(
      Object.values(Topics)
        .filter((topic) => topic.kind === 'events' && topic !== Topics.replayRequests)
        .flatMap((topic) => topic.consumers),
    );

    expect([...Topics.replayRequests.consumers].sort()).toEqual([...eventConsumers].sort());
  });
});
