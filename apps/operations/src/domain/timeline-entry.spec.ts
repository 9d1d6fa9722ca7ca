import { declaredTopics, Events } from '@pollen/contracts';
import { schemaOf } from '@pollen/platform/json-schema';

import { TIMELINE_TOPICS } from './timeline-entry';

describe('the timeline’s topics', () => {
  it('are exactly the event topics whose events carry an applicationId and name no one', () => {
    const aboutApplications = new Set(
      Object.values(Events)
        .filter((definition) => definition.topic.kind === 'events' && !definition.topic.personalData)
        .filter((definition) => 'applicationId' in (schemaOf(definition.data).properties ?? {}))
        .map((definition) => definition.topic.name),
    );

    expect(TIMELINE_TOPICS.map((topic) => topic.name).sort()).toEqual([...aboutApplications].sort());
    // The catalogue lists operations among their consumers, as every consumer must be listed.
    for (const topic of TIMELINE_TOPICS) {
      expect(declaredTopics().find((declared) => declared.name === topic.name)?.consumers).toContain('operations');
    }
  });
});
