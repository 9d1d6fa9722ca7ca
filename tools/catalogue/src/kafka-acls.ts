import { kafkaUserOf, SERVICE_NAMES, type ServiceName } from '@pollen/contracts';
import {
  type AclEntry,
  type AclFilter,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  type Admin,
  ResourcePatternTypes,
} from 'kafkajs';

import { aclsOf, type KafkaAcl } from './render-strimzi';

const RESOURCE_TYPES = { topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP } as const;
const PATTERN_TYPES = { literal: ResourcePatternTypes.LITERAL, prefix: ResourcePatternTypes.PREFIXED } as const;
const OPERATIONS: Record<KafkaAcl['operations'][number], AclOperationTypes> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Describe: AclOperationTypes.DESCRIBE,
  DescribeConfigs: AclOperationTypes.DESCRIBE_CONFIGS,
  Delete: AclOperationTypes.DELETE,
};

/** A service's Kafka principal: its user (kafkaUserOf), in the local secure profile as in a cluster. */
export const principalOf = (service: ServiceName): string => `User:${kafkaUserOf(service)}`;

/**
 * What the Strimzi KafkaUser of `service` allows (aclsOf), as the ACL entries a broker without
 * Strimzi is given through the admin API: the local secure profile of tools/infra.
 */
export function kafkaAclEntriesOf(service: ServiceName): AclEntry[] {
  return aclsOf(service).flatMap((acl) =>
    acl.operations.map(
      (operation): AclEntry => ({
        resourceType: RESOURCE_TYPES[acl.resource.type],
        resourceName: acl.resource.name,
        resourcePatternType: PATTERN_TYPES[acl.resource.patternType],
        principal: principalOf(service),
        host: '*',
        operation: OPERATIONS[operation],
        permissionType: AclPermissionTypes.ALLOW,
      }),
    ),
  );
}

const keyOf = (acl: AclEntry): string =>
  [acl.principal, acl.resourceType, acl.resourceName, acl.resourcePatternType, acl.operation, acl.permissionType].join(
    '|',
  );

/** What the broker's ACLs of the services' principals lack, and what they have that the catalogue does not say. */
async function differences(
  admin: Admin,
  services: readonly ServiceName[],
): Promise<{ stale: AclFilter[]; missing: AclEntry[] }> {
  const wanted = new Map(services.flatMap(kafkaAclEntriesOf).map((acl) => [keyOf(acl), acl]));
  const existing = new Map<string, AclEntry>();
  for (const service of services) {
    const { resources } = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      principal: principalOf(service),
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    for (const { acls, ...resource } of resources) {
      for (const acl of acls) existing.set(keyOf({ ...resource, ...acl }), { ...resource, ...acl });
    }
  }
  return {
    stale: [...existing].filter(([key]) => !wanted.has(key)).map(([, acl]) => acl),
    missing: [...wanted].filter(([key]) => !existing.has(key)).map(([, acl]) => acl),
  };
}

/**
 * Makes the broker's ACLs of the services' principals exactly what the catalogue says: creates
 * the missing ones and deletes those a change of the catalogue left behind. Other principals'
 * ACLs are left alone.
 */
export async function syncKafkaAcls(
  admin: Admin,
  services: readonly ServiceName[] = SERVICE_NAMES,
): Promise<{ created: number; deleted: number }> {
  const { stale, missing } = await differences(admin, services);
  if (stale.length > 0) await admin.deleteAcls({ filters: stale });
  if (missing.length > 0) await admin.createAcls({ acl: missing });
  return { created: missing.length, deleted: stale.length };
}

/**
 * Whether the broker authorises by the catalogue's ACLs yet: they reach its authorizer through the
 * metadata log a moment after createAcls answered (longer on a busy machine), and a client that
 * comes before them is refused.
 */
export async function aclsInForce(admin: Admin, services: readonly ServiceName[] = SERVICE_NAMES): Promise<boolean> {
  const { stale, missing } = await differences(admin, services);
  return stale.length === 0 && missing.length === 0;
}
