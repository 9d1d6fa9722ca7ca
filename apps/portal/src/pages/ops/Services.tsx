import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { count, list, time } from '../../i18n/format';
import { duration, readiness, serviceHealth, servicesByHealth } from './status';

type Service = Schemas['ServiceStatusView'];

/** The page's first words: all is well, or which services are down or degraded. */
export function ServicesSummary({ services }: { services: Service[] }) {
  const { t } = useTranslation();
  const by = servicesByHealth(services);
  const names = (group: Service[]) => list(group.map(({ service }) => t(`ops.status.serviceName.${service}`)));
  if (!by.down.length && !by.degraded.length) return <p className="lead">{t('ops.status.allUp')}</p>;
  return (
    <div className="alert">
      {by.down.length > 0 && <p>{t('ops.status.servicesDown', { count: by.down.length, list: names(by.down) })}</p>}
      {by.degraded.length > 0 && (
        <p>{t('ops.status.servicesDegraded', { count: by.degraded.length, list: names(by.degraded) })}</p>
      )}
    </div>
  );
}

/** Each service's health, then its instances as their heartbeats tell them. */
export function Services({ services }: { services: Service[] }) {
  const { t } = useTranslation();
  return (
    <table className="figures">
      <caption>{t('ops.status.services')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ops.status.service')}</th>
          <th scope="col">{t('ops.status.health')}</th>
          <th scope="col">{t('ops.status.instance')}</th>
          <th scope="col">{t('ops.status.version')}</th>
          <th scope="col">{t('ops.status.uptime')}</th>
          <th scope="col">{t('ops.status.ready')}</th>
          <th scope="col">{t('ops.status.outbox')}</th>
          <th scope="col">{t('ops.status.heard')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((service) => {
          const health = serviceHealth(service);
          const head = (
            <>
              <th scope="row" rowSpan={Math.max(service.instances.length, 1)}>
                {t(`ops.status.serviceName.${service.service}`)}
              </th>
              <td rowSpan={Math.max(service.instances.length, 1)}>
                <span className={`tag tag--${health}`}>{t(`ops.status.serviceHealth.${health}`)}</span>
              </td>
            </>
          );
          if (!service.instances.length) {
            return (
              <tr key={service.service}>
                {head}
                <td colSpan={6}>{t('ops.status.noInstance')}</td>
              </tr>
            );
          }
          return service.instances.map((instance, index) => (
            <tr key={instance.instance}>
              {index === 0 && head}
              <td>{instance.instance}</td>
              <td>{instance.version}</td>
              <td>{duration(t, instance.uptimeSeconds)}</td>
              <td>{readiness(t, instance)}</td>
              <td>{count(instance.outboxBacklog)}</td>
              <td>{time(instance.lastHeartbeatAt)}</td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
