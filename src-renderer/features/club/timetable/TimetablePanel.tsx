import { useEffect, useId, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Modal, Segmented, Select, Space, Spin, Typography } from 'antd';
import type { ClubSession } from '../../../../src-main/contract/club';
import { formatDate } from '../../../../src-main/domain/dates';
import { plural } from '../../../../src-main/domain/plural';
import { useFeature, useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { DateInput } from '../../../ui/DateInput';
import { useToast } from '../../../ui/toast';
import { useCan } from '../../accounts/can';
import { HoursTable, LastPlan, PlanProblems } from './PlanSummary';
import { MoveSessionDialog } from './MoveSessionDialog';
import { TimetableCalendar, type CalendarMode, type DroppedSession } from './TimetableCalendar';
import { refusalReasons, type PlanOutcome } from './timetable.store';
import {
  initialDay,
  sessionsOf,
  type TimetableSubject,
  type TimetableView,
} from './timetable-view';

/** What the calendar shows, for the documents' print buttons (a group's or trainer's month). */
export interface TimetableShown extends TimetableView {
  /** The first day of the week or month on screen. */
  start: string;
  mode: CalendarMode;
}

interface Props {
  editionId: number;
  /**
   * The print buttons (harmonogram PDF / XLSX of the group's or trainer's month), given by
   * src-renderer/documents/; told what the calendar shows.
   */
  printActions?: ReactNode | ((shown: TimetableShown) => ReactNode);
}

const SUBJECT_LABELS: Record<TimetableSubject, string> = {
  group: 'grupa',
  trainer: 'prowadzący',
  room: 'sala',
};
const sessionsWord = (n: number) => plural(n, 'zajęcia', 'zajęcia', 'zajęć');

/**
 * The edition's "Harmonogram" tab: planning (with its progress and a way to stop waiting),
 * the plan's summary or why no plan exists, and the calendar of a group, trainer or room,
 * where sessions are moved by dragging or through a dialog.
 */
export function TimetablePanel({ editionId, printActions }: Props) {
  const { timetable } = useStores();
  const state = useFeature('timetable', (s) => s);
  const { programme, sessions, lastPlan, outcome, planning, cancelled, error } = state;
  const mayPlan = useCan('club.plan');
  const mayMove = useCan('club.moveSession');
  const today = useToday();
  const toast = useToast();
  const { modal } = App.useApp();
  const [view, setView] = useState<TimetableView>({ subject: 'group', id: null });
  const [shownStart, setShownStart] = useState<{ start: string; mode: CalendarMode } | null>(null);
  const [opened, setOpened] = useState<ClubSession | null>(null);
  const [dropRefusal, setDropRefusal] = useState<string[] | null>(null);
  const [replanOpen, setReplanOpen] = useState(false);
  const selectId = useId();

  useEffect(() => {
    void timetable.getState().open(editionId);
  }, [timetable, editionId]);
  // Another window's changes are read again, but not while a move dialog is open.
  useEffect(() => (opened ? undefined : timetable.getState().watch()), [timetable, opened]);

  const ready = programme !== null && programme.edition.id === editionId;
  const choices = !ready
    ? []
    : view.subject === 'group'
      ? programme.groups
      : view.subject === 'trainer'
        ? programme.trainers
        : programme.rooms;
  const chosenId = choices.some((c) => c.id === view.id) ? view.id : (choices[0]?.id ?? null);
  const shownView: TimetableView = { subject: view.subject, id: chosenId };

  const reportOutcome = (answer: PlanOutcome | null) => {
    if (!answer?.ok) return;
    const moved = 'moved' in answer ? answer.moved : null;
    toast.success(
      moved === null
        ? `Ułożono harmonogram: ${answer.sessions} ${sessionsWord(answer.sessions)}`
        : `Zaplanowano ponownie: przesunięto ${moved} ${sessionsWord(moved)}`,
    );
  };
  const runPlan = () =>
    timetable
      .getState()
      .plan()
      .then(reportOutcome, () => undefined);
  const askPlan = () => {
    if (sessions.length === 0) return void runPlan();
    const locked = sessions.filter((s) => s.locked).length;
    modal.confirm({
      title: 'Ułożyć harmonogram od nowa?',
      content: `Obecny harmonogram (${sessions.length} ${sessionsWord(sessions.length)}${locked ? `, w tym ${locked} ${plural(locked, 'zablokowane', 'zablokowane', 'zablokowanych')}` : ''}) zostanie w całości zastąpiony nowym planem. Aby zachować zajęcia przeszłe i zablokowane, użyj „Zaplanuj ponownie od dnia…”.`,
      okText: 'Zaplanuj od nowa',
      cancelText: 'Anuluj',
      onOk: () => void runPlan(),
    });
  };

  const onDrop = async (drop: DroppedSession) => {
    setDropRefusal(null);
    const move = {
      sessionId: drop.session.id,
      date: drop.date,
      from: drop.from,
      to: drop.to,
      trainerId: drop.session.trainerId,
      roomId: drop.session.roomId,
    };
    try {
      const conflicts = await timetable.getState().conflictsOf(move);
      if (conflicts.length) {
        drop.revert();
        setDropRefusal(conflicts);
        return;
      }
      await timetable.getState().move(move);
      toast.success('Przeniesiono zajęcia; są teraz zablokowane przed ponownym planowaniem');
    } catch (e) {
      drop.revert();
      setDropRefusal(refusalReasons(e));
    }
  };

  if (!ready)
    return error ? (
      <Alert type="error" showIcon title={error} />
    ) : (
      <Spin description="Wczytywanie harmonogramu…">
        <div style={{ minHeight: 120 }} />
      </Spin>
    );

  const print =
    typeof printActions === 'function'
      ? shownStart && printActions({ ...shownView, ...shownStart })
      : printActions;

  return (
    <div className="timetable-panel">
      <Space wrap className="timetable-actions">
        {mayPlan && (
          <>
            <Button type="primary" onClick={askPlan} disabled={planning !== null}>
              Zaplanuj
            </Button>
            <Button
              onClick={() => setReplanOpen(true)}
              disabled={planning !== null || sessions.length === 0}
            >
              Zaplanuj ponownie od dnia…
            </Button>
          </>
        )}
      </Space>

      <div aria-live="polite">
        {planning && <PlanningProgress startedAt={planning.startedAt} kind={planning.kind} />}
        {cancelled && !planning && (
          <Alert
            type="info"
            showIcon
            closable={{ 'aria-label': 'Zamknij komunikat' }}
            title="Planowanie przerwano"
            description="Harmonogram się nie zmienił."
          />
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {outcome && !outcome.ok && <PlanProblems problems={outcome.problems} />}

      {sessions.length === 0 && !planning && !(outcome && !outcome.ok) && (
        <Alert
          type="info"
          showIcon
          title="Harmonogram nie został jeszcze ułożony"
          description={
            mayPlan
              ? 'Uzupełnij program, grupy, prowadzących i sale, a potem wybierz „Zaplanuj”.'
              : 'Harmonogram układa koordynator lub lider klubu.'
          }
        />
      )}

      {sessions.length > 0 && (
        <Card size="small" title="Podsumowanie planu" className="timetable-summary">
          {lastPlan && <LastPlan record={lastPlan} />}
          <HoursTable programme={programme} sessions={sessions} />
        </Card>
      )}

      <Card size="small" className="timetable-calendar-card" title="Kalendarz zajęć">
        <Space wrap className="timetable-view-choice">
          <span id={`${selectId}-label`}>Widok:</span>
          <Segmented<TimetableSubject>
            aria-labelledby={`${selectId}-label`}
            value={view.subject}
            onChange={(subject) => setView({ subject, id: null })}
            options={(['group', 'trainer', 'room'] as const).map((value) => ({
              value,
              label: SUBJECT_LABELS[value],
            }))}
          />
          <Select
            aria-label={`Wybierz: ${SUBJECT_LABELS[view.subject]}`}
            style={{ minWidth: 240 }}
            value={chosenId ?? undefined}
            placeholder="Brak"
            options={choices.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id) => setView({ subject: view.subject, id })}
          />
          {/* Print slot, beside whose timetable is shown: the month on screen as a PDF. */}
          {print}
        </Space>
        {dropRefusal && (
          <Alert
            type="error"
            showIcon
            closable={{ 'aria-label': 'Zamknij komunikat', onClose: () => setDropRefusal(null) }}
            role="alert"
            title="Nie przeniesiono zajęć:"
            description={
              <ul className="timetable-conflicts">
                {dropRefusal.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            }
          />
        )}
        <TimetableCalendar
          programme={programme}
          sessions={sessionsOf(sessions, shownView)}
          subject={view.subject}
          initialDate={initialDay(programme, today)}
          editable={mayMove && planning === null}
          onOpen={setOpened}
          onDrop={(d) => void onDrop(d)}
          onRange={setShownStart}
        />
      </Card>

      {opened && (
        <MoveSessionDialog
          programme={programme}
          session={opened}
          editable={mayMove}
          onClose={() => setOpened(null)}
        />
      )}
      {replanOpen && (
        <ReplanDialog
          first={programme.edition.startDate}
          last={programme.edition.endDate}
          today={today}
          onClose={() => setReplanOpen(false)}
          onReplan={(fromDate) => {
            setReplanOpen(false);
            void timetable
              .getState()
              .replan(fromDate)
              .then(reportOutcome, () => undefined);
          }}
        />
      )}
    </div>
  );
}

/** While the core plans: a spinner, the seconds elapsed, and "Przerwij". */
function PlanningProgress({ startedAt, kind }: { startedAt: number; kind: 'plan' | 'replan' }) {
  const { timetable } = useStores();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <Card size="small" className="timetable-planning">
      <Space align="center" wrap>
        <Spin />
        <Typography.Text>
          {kind === 'plan' ? 'Układanie harmonogramu…' : 'Ponowne planowanie…'}{' '}
          <span className="timetable-elapsed">{seconds} s</span>
        </Typography.Text>
        <Button onClick={() => timetable.getState().cancelPlanning()}>Przerwij</Button>
      </Space>
    </Card>
  );
}

/** "Zaplanuj ponownie od dnia…": the day, and what stays where it is. */
function ReplanDialog(props: {
  first: string;
  last: string;
  today: string;
  onClose(): void;
  onReplan(fromDate: string): void;
}) {
  const { first, last, today } = props;
  const [day, setDay] = useState<string | null>(today >= first && today <= last ? today : first);
  const id = useId();
  const outside = day !== null && (day < first || day > last);
  return (
    <Modal
      open
      title="Zaplanuj ponownie od dnia"
      onCancel={props.onClose}
      okText="Zaplanuj ponownie"
      cancelText="Anuluj"
      okButtonProps={{ disabled: day === null || outside }}
      onOk={() => day && props.onReplan(day)}
    >
      <Typography.Paragraph>
        Zajęcia przed wybranym dniem oraz wszystkie zajęcia zablokowane (także przeniesione ręcznie)
        zostaną na swoich miejscach. Pozostałe zajęcia od tego dnia program ułoży od nowa,
        przesuwając ich jak najmniej — np. po wpisaniu nieobecności prowadzącego.
      </Typography.Paragraph>
      <label htmlFor={id}>Od dnia</label>
      <div>
        <DateInput id={id} value={day} onChange={setDay} />
      </div>
      {outside && (
        <Typography.Text type="danger">
          Wybierz dzień w cyklu edycji: {formatDate(first)} – {formatDate(last)}.
        </Typography.Text>
      )}
    </Modal>
  );
}
