import { Topics } from '@pollen/contracts';
import { type AclEntry, AclOperationTypes, AclResourceTypes, type Admin, ResourcePatternTypes } from 'kafkajs';

import { kafkaAclEntriesOf, syncKafkaAcls } from './kafka-acls';
import { aclsOf } from './render-strimzi';

const allows = (service: 'applications', type: AclResourceTypes, name: string, operation: AclOperationTypes) =>
  kafkaAclEntriesOf(service).some(
    (acl) => acl.resourceType === type && acl.resourceName === name && acl.operation === operation,
  );

describe('the Kafka ACLs of the secure profile', () => {
  it("are the KafkaUser's ACLs, one entry per operation, for the service's own principal", () => {
    const entries = kafkaAclEntriesOf('applications');
    expect(entries).toHaveLength(aclsOf('applications').flatMap((acl) => acl.operations).length);
    expect(new Set(entries.map((acl) => acl.principal))).toEqual(new Set(['User:pollen-applications']));
    expect(allows('applications', AclResourceTypes.TOPIC, Topics.applicationEvents.name, AclOperationTypes.WRITE)).toBe(
      true,
    );
    expect(
      allows('applications', AclResourceTypes.TOPIC, Topics.applicationRequests.name, AclOperationTypes.READ),
    ).toBe(true);
    expect(allows('applications', AclResourceTypes.TOPIC, Topics.matchEvents.name, AclOperationTypes.WRITE)).toBe(
      false,
    );
    expect(
      entries.some(
        (acl) =>
          acl.resourceType === AclResourceTypes.GROUP &&
          acl.resourceName === 'applications-' &&
          acl.resourcePatternType === ResourcePatternTypes.PREFIXED,
      ),
    ).toBe(true);
  });

  it('are synchronised: what is missing created, what the catalogue no longer says deleted', async () => {
    const wanted = kafkaAclEntriesOf('applications');
    const [kept] = wanted;
    const stale = { ...kept, resourceName: 'pollen.applications.gone.v1' };
    const { resourceType, resourceName, resourcePatternType, ...acl } = kept;
    const admin = {
      describeAcls: jest.fn(async () => ({
        throttleTime: 0,
        errorCode: 0,
        resources: [
          { resourceType, resourceName, resourcePatternType, acls: [acl] },
          { ...stale, acls: [acl] },
        ],
      })),
      deleteAcls: jest.fn(async () => ({ throttleTime: 0, filterResponses: [] })),
      createAcls: jest.fn(async (_options: { acl: AclEntry[] }) => true),
    };
    const result = await syncKafkaAcls(admin as unknown as Admin, ['applications']);
    expect(result).toEqual({ created: wanted.length - 1, deleted: 1 });
    expect(admin.deleteAcls).toHaveBeenCalledWith({
      filters: [expect.objectContaining({ resourceName: stale.resourceName })],
    });
    expect(admin.createAcls.mock.calls[0]?.[0].acl).not.toContainEqual(kept);
  });
});
