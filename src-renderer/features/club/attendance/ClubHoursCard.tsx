import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useStore } from 'zustand';
import { formatHours } from '../../../../src-main/domain/attendance/hours';
import { useStores } from '../../../app/stores';
import { ToneTag } from '../../../ui/ToneTag';
import { useCan } from '../../accounts/can';
import { Warnings } from './HoursSection';
import { attendedPercent, personState } from './hours-view';
import { createReadStore } from './read-store';
import './attendance.css';

const hours = (minutes: number) => <span className="nowrap">{formatHours(minutes)}</span>;

/**
 * The participant card's "Klub Integracji Społecznej": the person's hours in each club edition
 * they belong to, the state of their participation and the completion warnings in words.
 * Nothing is shown for a person who is in no club.
 */
export function ClubHoursCard({ participantId }: { participantId: number }) {
  const { api } = useStores();
  const allowed = useCan('club.personHours');
  const [store] = useState(() =>
    createReadStore(api, (id: number) => api.call('club.personHours', { participantId: id })),
  );
  const editions = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);

  useEffect(() => {
    if (allowed) void store.getState().load(participantId);
  }, [store, participantId, allowed]);
  useEffect(() => (allowed ? store.getState().watch(['club']) : undefined), [store, allowed]);

  if (!allowed || (!error && !editions?.length)) return null;
  return (
    <Card size="small" title="Klub Integracji Społecznej">
      {error && <Alert type="error" showIcon title={error} />}
      <Flex vertical gap={12}>
        {(editions ?? []).map((p) => {
          const state = personState(p);
          return (
            <section key={p.editionId} aria-label={`${p.edition}, ${p.group}`}>
              <Flex align="center" gap={8} wrap className="attendance-card-title">
                <Typography.Text strong>
                  {p.edition} — {p.group}
                </Typography.Text>
                <ToneTag tone={state.tone}>{state.label}</ToneTag>
              </Flex>
              <Warnings person={p} />
              <Descriptions
                size="small"
                bordered
                column={{ xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 6 }}
                items={[
                  { key: 'planned', label: 'Planowane', children: hours(p.total.planned) },
                  { key: 'attended', label: 'Obecność', children: hours(p.total.attended) },
                  {
                    key: 'excused',
                    label: 'Usprawiedliwione',
                    children: hours(p.total.excused),
                  },
                  { key: 'absent', label: 'Nieobecności', children: hours(p.total.absent) },
                  {
                    key: 'required',
                    label: 'Wymagane do ukończenia',
                    children: hours(p.required),
                  },
                  {
                    key: 'percent',
                    label: 'Obecność z odbytych',
                    children: <span className="nowrap">{attendedPercent(p.total)}</span>,
                  },
                ]}
              />
            </section>
          );
        })}
      </Flex>
    </Card>
  );
}
