import { useMemo, useRef, useState } from 'react';
import { Button, Segmented, Space, Typography, theme } from 'antd';
import { LeftOutlined, LockOutlined, RightOutlined } from '@ant-design/icons';
import FullCalendar, {
  type CalendarRef,
  type EventClickInfo,
  type EventDisplayInfo,
  type EventDropInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicTheme from '@fullcalendar/react/themes/classic';
import plLocale from '@fullcalendar/react/locales/pl';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import type { ClubProgramme, ClubSession } from '../../../../src-main/contract/club';
import { formatDate } from '../../../../src-main/domain/dates';
import {
  dateTime,
  daysOffOf,
  fromDate,
  hiddenDays,
  moduleColour,
  namesOf,
  sessionTitle,
  toTime,
  visibleHours,
  type TimetableSubject,
} from './timetable-view';
import './timetable.css';

export type CalendarMode = 'week' | 'month';
const VIEW_OF: Record<CalendarMode, string> = { week: 'timeGridWeek', month: 'dayGridMonth' };

/** A dropped session's new place; the calendar has put it there until `revert` is called. */
export interface DroppedSession {
  session: ClubSession;
  date: string;
  from: number;
  to: number;
  revert(): void;
}

interface Props {
  programme: ClubProgramme;
  /** The sessions of the chosen group, trainer or room. */
  sessions: ClubSession[];
  subject: TimetableSubject;
  initialDate: string;
  /** May the person move sessions (drag)? Opening the dialog is offered either way. */
  editable: boolean;
  onOpen(session: ClubSession): void;
  onDrop(drop: DroppedSession): void;
  /** The first day shown changed (for printing the month on screen). */
  onRange?(range: { start: string; mode: CalendarMode }): void;
}

/**
 * The edition's sessions in FullCalendar (Polish locale): a week (time grid, working days) or
 * a month. Each session is a button (Enter opens the move dialog); holidays and the office's
 * days off are background events carrying their names.
 */
export function TimetableCalendar(props: Props) {
  const { programme, sessions, subject, editable, onOpen, onDrop, onRange } = props;
  const ref = useRef<CalendarRef>(null);
  const [mode, setMode] = useState<CalendarMode>('week');
  const [title, setTitle] = useState('');
  const { token } = theme.useToken();

  const hours = useMemo(() => visibleHours(programme), [programme]);
  const hidden = useMemo(() => hiddenDays(programme, sessions), [programme, sessions]);
  const events = useMemo<EventInput[]>(() => {
    const daysOff: EventInput[] = daysOffOf(programme).map((d) => ({
      id: `off-${d.date}`,
      start: d.date,
      allDay: true,
      display: 'background',
      title: d.name,
      className: 'timetable-day-off',
    }));
    const placed: EventInput[] = sessions.map((s) => {
      const names = namesOf(programme, s);
      return {
        id: String(s.id),
        start: dateTime(s.date, s.from),
        end: dateTime(s.date, s.to),
        title: sessionTitle(names, subject),
        color: moduleColour(programme, s.moduleId),
        contrastColor: '#ffffff',
        extendedProps: { session: s, names },
      };
    });
    return [...daysOff, ...placed];
  }, [programme, sessions, subject]);

  const api = () => ref.current?.getApi();
  const changeMode = (next: CalendarMode) => {
    setMode(next);
    api()?.changeView(VIEW_OF[next]);
  };

  const sessionOf = (info: { event: { extendedProps: Record<string, unknown> } }) =>
    info.event.extendedProps.session as ClubSession | undefined;

  return (
    <div
      className="timetable-calendar"
      style={
        {
          '--fc-classic-primary': token.colorPrimary,
          '--fc-classic-button': token.colorPrimary,
          '--fc-classic-button-border': token.colorPrimary,
          '--fc-classic-button-strong': token.colorPrimaryActive,
          '--fc-classic-button-strong-border': token.colorPrimaryActive,
          '--fc-classic-foreground': token.colorText,
          '--fc-classic-muted-foreground': token.colorTextSecondary,
          '--fc-classic-faint-foreground': token.colorTextTertiary,
          '--fc-classic-border': token.colorBorderSecondary,
          '--fc-classic-strong-border': token.colorBorder,
          '--timetable-focus': token.colorPrimary,
          '--timetable-day-off-text': token.colorText,
          fontSize: token.fontSize,
        } as React.CSSProperties
      }
    >
      <div className="timetable-toolbar">
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => api()?.prev()}>
            {mode === 'week' ? 'Poprzedni tydzień' : 'Poprzedni miesiąc'}
          </Button>
          <Button onClick={() => api()?.today()}>Dziś</Button>
          <Button icon={<RightOutlined />} iconPlacement="end" onClick={() => api()?.next()}>
            {mode === 'week' ? 'Następny tydzień' : 'Następny miesiąc'}
          </Button>
        </Space>
        <Typography.Title level={3} className="timetable-title" aria-live="polite">
          {title}
        </Typography.Title>
        <Segmented<CalendarMode>
          aria-label="Zakres kalendarza"
          value={mode}
          onChange={changeMode}
          options={[
            { value: 'week', label: 'Tydzień' },
            { value: 'month', label: 'Miesiąc' },
          ]}
        />
      </div>
      <FullCalendar
        ref={ref}
        plugins={[classicTheme, dayGridPlugin, timeGridPlugin, interactionPlugin]}
        locale={plLocale}
        initialView={VIEW_OF.week}
        initialDate={props.initialDate}
        headerToolbar={false}
        headingLevel={4}
        views={{
          timeGridWeek: { titleFormat: { year: 'numeric', month: 'long', day: 'numeric' } },
          dayGridMonth: { titleFormat: { year: 'numeric', month: 'long' } },
        }}
        height="auto"
        allDaySlot={false}
        slotMinTime={hours.from}
        slotMaxTime={hours.to}
        slotDuration="00:30:00"
        hiddenDays={hidden}
        fixedWeekCount={false}
        nowIndicator={false}
        eventDisplay="block"
        eventTimeFormat={{ hour: 'numeric', minute: '2-digit' }}
        slotHeaderFormat={{ hour: 'numeric', minute: '2-digit' }}
        dayMaxEvents={false}
        editable={editable}
        eventDurationEditable={false}
        eventInteractive
        events={events}
        datesSet={(info) => {
          setTitle(info.view.title);
          const start = fromDate(info.view.currentStart).date;
          onRange?.({ start, mode: info.view.type === VIEW_OF.month ? 'month' : 'week' });
        }}
        eventContent={(info: EventDisplayInfo) => {
          const session = sessionOf(info);
          if (!session) return <span className="timetable-day-off-name">{info.event.title}</span>;
          return <SessionLabel session={session} title={info.event.title} />;
        }}
        eventClick={(info: EventClickInfo) => {
          const session = sessionOf(info);
          if (session) onOpen(session);
        }}
        eventDrop={(info: EventDropInfo) => {
          const session = sessionOf(info);
          const start = info.event.start;
          if (!session || !start) return info.revert();
          const { date, minute } = fromDate(start);
          // A month view moves the day only; the time of day stays the session's.
          const from = info.view.type === VIEW_OF.month ? session.from : minute;
          onDrop({
            session,
            date,
            from,
            to: from + (session.to - session.from),
            revert: info.revert,
          });
        }}
      />
    </div>
  );
}

/** A session's text in the calendar; its full description for a screen reader. */
function SessionLabel({ session, title }: { session: ClubSession; title: string }) {
  const time = `${toTime(session.from)}–${toTime(session.to)}`;
  return (
    <span className="timetable-event">
      {session.locked && (
        <LockOutlined className="timetable-lock" aria-label="zablokowane" role="img" />
      )}
      <span aria-hidden="true">
        <span className="timetable-event-time">{time}</span> {title}
      </span>
      <span className="sr-only">{`${formatDate(session.date)}, ${time}: ${title}`}</span>
    </span>
  );
}
