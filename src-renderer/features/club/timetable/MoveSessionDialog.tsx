import { plural } from '../../../../src-main/domain/plural';
import { useEffect, useId, useMemo, useState } from 'react';
import { Alert, Button, Descriptions, Form, Modal, Select, Space, Switch, Typography } from 'antd';
import type { ClubProgramme, ClubSession } from '../../../../src-main/contract/club';
import { formatDate } from '../../../../src-main/domain/dates';
import { specialistsLabel } from '../../../../src-main/domain/club/specialists';
import { useFeature, useStores } from '../../../app/stores';
import { DateInput } from '../../../ui/DateInput';
import { useToast } from '../../../ui/toast';
import { useCan } from '../../accounts/can';
import { SessionAttendanceDialog } from '../attendance/SessionAttendanceDialog';
import { refusalReasons, type SessionMove } from './timetable.store';
import { namesOf, toTime } from './timetable-view';

const STEP = 15;

/** Start times every 15 minutes over the hours a club can meet (6:00–21:45). */
function startOptions(current: number) {
  const options = [];
  for (let m = 6 * 60; m < 22 * 60; m += STEP) options.push(m);
  if (!options.includes(current)) options.push(current);
  return options.sort((a, b) => a - b).map((m) => ({ value: m, label: toTime(m) }));
}

interface Props {
  programme: ClubProgramme;
  session: ClubSession;
  /** May the person move and lock sessions? Otherwise the dialog only shows the session. */
  editable: boolean;
  onClose(): void;
}

/**
 * "Przenieś zajęcia": a session's day, start, trainer and room, checked with the core as they
 * change (what it would collide with, in Polish); saving is possible only without conflicts.
 * The keyboard's way to move a session, beside dragging it in the calendar.
 */
export function MoveSessionDialog({ programme, session, editable, onClose }: Props) {
  const { timetable } = useStores();
  const check = useFeature('timetable', (s) => s.check);
  const saving = useFeature('timetable', (s) => s.saving);
  const shown = useFeature(
    'timetable',
    (s) => s.sessions.find((x) => x.id === session.id) ?? session,
  );
  const toast = useToast();
  const [move, setMove] = useState<SessionMove>({
    sessionId: session.id,
    date: session.date,
    from: session.from,
    to: session.to,
    trainerId: session.trainerId,
    roomId: session.roomId,
  });
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [attendance, setAttendance] = useState(false);
  const maySeeAttendance = useCan('attendance.session');
  const ids = { date: useId(), start: useId(), trainer: useId(), room: useId(), lock: useId() };
  const names = namesOf(programme, shown);
  const module = programme.modules.find((m) => m.id === session.moduleId);
  const length = session.to - session.from;

  const unchanged =
    move.date === session.date &&
    move.from === session.from &&
    move.trainerId === session.trainerId &&
    move.roomId === session.roomId;

  useEffect(() => {
    if (!editable || unchanged) timetable.getState().clearCheck();
    else timetable.getState().checkMove(move);
  }, [editable, move, unchanged, timetable]);
  useEffect(() => () => timetable.getState().clearCheck(), [timetable]);

  const change = (patch: Partial<SessionMove>) => {
    setRefusal(null);
    setMove((m) => {
      const next = { ...m, ...patch };
      return { ...next, to: next.from + length };
    });
  };

  const current = check && sameMove(check.move, move) ? check : null;
  const checking = !unchanged && (!current || current.checking);
  const conflicts = refusal ?? current?.conflicts ?? [];
  const canSave = editable && !unchanged && !checking && !current?.error && conflicts.length === 0;

  const trainerOptions = useMemo(
    () =>
      programme.trainers.map((t) => ({
        value: t.id,
        label: module?.specialists.some((k) => t.specialisations.includes(k))
          ? t.name
          : `${t.name} (bez wymaganej specjalności)`,
      })),
    [programme.trainers, module],
  );

  const save = async () => {
    try {
      await timetable.getState().move(move);
      toast.success('Przeniesiono zajęcia; są teraz zablokowane przed ponownym planowaniem');
      onClose();
    } catch (e) {
      setRefusal(refusalReasons(e));
    }
  };
  const toggleLock = async (locked: boolean) => {
    try {
      await timetable.getState().setLocked(session.id, locked);
      toast.success(locked ? 'Zablokowano zajęcia' : 'Odblokowano zajęcia');
    } catch (e) {
      toast.error(refusalReasons(e).join(' '));
    }
  };

  return (
    <Modal
      open
      title="Przenieś zajęcia"
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <Space wrap>
          {maySeeAttendance && <Button onClick={() => setAttendance(true)}>Obecność</Button>}
          <Button onClick={onClose}>{editable ? 'Anuluj' : 'Zamknij'}</Button>
          {editable && (
            <Button type="primary" disabled={!canSave} loading={saving} onClick={save}>
              Zapisz
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'g', label: 'Grupa', children: names.group },
          {
            key: 'm',
            label: 'Moduł',
            children: module
              ? `${names.module} (${specialistsLabel(module.specialists)})`
              : names.module,
          },
          {
            key: 'w',
            label: 'Teraz',
            children: `${formatDate(shown.date)}, ${toTime(shown.from)}–${toTime(shown.to)}, ${names.trainer}, ${names.room}`,
          },
        ]}
      />
      <Form layout="vertical" className="timetable-move-form" disabled={!editable}>
        <Space wrap size="middle" align="start">
          <Form.Item label="Dzień" htmlFor={ids.date}>
            <DateInput id={ids.date} value={move.date} onChange={(d) => d && change({ date: d })} />
          </Form.Item>
          <Form.Item
            label="Początek"
            htmlFor={ids.start}
            extra={`Koniec: ${toTime(move.to)} (zajęcia trwają ${length / 60} h)`}
          >
            <Select
              id={ids.start}
              style={{ width: 120 }}
              showSearch
              value={move.from}
              options={startOptions(session.from)}
              onChange={(from) => change({ from })}
            />
          </Form.Item>
        </Space>
        <Form.Item label="Prowadzący" htmlFor={ids.trainer}>
          <Select
            id={ids.trainer}
            value={move.trainerId}
            options={trainerOptions}
            onChange={(trainerId) => change({ trainerId })}
          />
        </Form.Item>
        <Form.Item label="Sala" htmlFor={ids.room}>
          <Select
            id={ids.room}
            value={move.roomId}
            options={programme.rooms.map((r) => ({
              value: r.id,
              label: `${r.name} (${r.capacity} ${plural(r.capacity, 'miejsce', 'miejsca', 'miejsc')})`,
            }))}
            onChange={(roomId) => change({ roomId })}
          />
        </Form.Item>
      </Form>
      <div aria-live="polite" className="timetable-move-check">
        {editable && !unchanged && checking && (
          <Typography.Text type="secondary">Sprawdzam, czy termin jest wolny…</Typography.Text>
        )}
        {current?.error && <Alert type="error" showIcon title={current.error} />}
        {conflicts.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="Tego terminu nie można wybrać:"
            description={
              <ul className="timetable-conflicts">
                {conflicts.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            }
          />
        )}
        {editable && !unchanged && !checking && !current?.error && conflicts.length === 0 && (
          <Alert type="success" showIcon title="Termin jest wolny — można zapisać." />
        )}
      </div>
      {editable && (
        <Space className="timetable-lock-toggle" align="center">
          <Switch
            id={ids.lock}
            checked={shown.locked}
            loading={saving}
            onChange={(locked) => void toggleLock(locked)}
          />
          <label htmlFor={ids.lock}>
            Zablokowane — ponowne planowanie nie przesunie tych zajęć
            {shown.manual ? ' (przeniesione ręcznie)' : ''}
          </label>
        </Space>
      )}
      {attendance && (
        <SessionAttendanceDialog sessionId={session.id} onClose={() => setAttendance(false)} />
      )}
    </Modal>
  );
}

const sameMove = (a: SessionMove, b: SessionMove) =>
  a.sessionId === b.sessionId &&
  a.date === b.date &&
  a.from === b.from &&
  a.to === b.to &&
  a.trainerId === b.trainerId &&
  a.roomId === b.roomId;
