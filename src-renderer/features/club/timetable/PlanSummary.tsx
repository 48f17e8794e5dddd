import { Alert, Collapse, Descriptions, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ClubProgramme, ClubSession, PlanRecord } from '../../../../src-main/contract/club';
import { formatDate } from '../../../../src-main/domain/dates';
import { formatHours } from '../../../../src-main/domain/club/cycle';
import { plural } from '../../../../src-main/domain/plural';
import { hoursSummary, type HoursRow } from './timetable-view';
import { ToneTag } from '../../../ui/ToneTag';
import type { PlanProblem } from './timetable.store';

const sessionsWord = (n: number) => plural(n, 'zajęcia', 'zajęcia', 'zajęć');

/** The last planning: when, by whom, the soft rules' score with its three parts. */
export function LastPlan({ record }: { record: PlanRecord }) {
  const { soft } = record;
  const what =
    record.kind === 'plan'
      ? 'Ułożono cały harmonogram'
      : `Zaplanowano ponownie od ${formatDate(record.fromDate ?? '')}`;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      className="timetable-last-plan"
      items={[
        {
          key: 'when',
          label: 'Ostatnie planowanie',
          children: `${what} — ${dayjs(record.at).format('DD.MM.YYYY HH:mm')}${record.actorName ? `, ${record.actorName}` : ''}`,
        },
        {
          key: 'sessions',
          label: 'Zajęcia w harmonogramie',
          children: `${record.sessions} ${sessionsWord(record.sessions)}`,
        },
        ...(record.kind === 'replan'
          ? [
              {
                key: 'moved',
                label: 'Przesunięte zajęcia',
                children: `${record.moved} ${sessionsWord(record.moved)}`,
              },
            ]
          : []),
        {
          key: 'score',
          label: 'Ocena ułożenia (zasady miękkie)',
          children: (
            <>
              <Typography.Text strong>{soft.score} / 100</Typography.Text>
              <ul className="timetable-soft-parts">
                <li>
                  Tygodnie, w których godziny modułu odbiegają od równego rozkładu o więcej niż
                  jedne zajęcia: {soft.unevenWeeks}
                </li>
                <li>
                  Dni z więcej niż jednymi zajęciami tego samego modułu: {soft.repeatedSameDay}
                </li>
                <li>
                  Okienka prowadzących między zajęciami w ciągu dnia:{' '}
                  {formatHours(soft.trainerGapHours)} h
                </li>
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}

/** Hours of each module in each group: planned against the programme. */
export function HoursTable({
  programme,
  sessions,
}: {
  programme: ClubProgramme;
  sessions: ClubSession[];
}) {
  const { rows, short } = hoursSummary(programme, sessions);
  return (
    <>
      {short.length === 0 ? (
        <Typography.Paragraph>
          Każdy moduł ma w każdej grupie tyle godzin, ile wymaga program.
        </Typography.Paragraph>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={`Godziny niezgodne z programem: ${short.length} ${plural(short.length, 'pozycja', 'pozycje', 'pozycji')}`}
        />
      )}
      <Collapse
        // A long table of "zgodnie" adds nothing above the calendar: folded until asked for,
        // open at once when something is short or the programme is small.
        defaultActiveKey={short.length > 0 || rows.length <= 6 ? ['hours'] : []}
        items={[
          {
            key: 'hours',
            label: `Godziny modułów w grupach (${rows.length} ${plural(rows.length, 'pozycja', 'pozycje', 'pozycji')})`,
            children: (
              <Table<HoursRow>
                className="timetable-summary-table"
                size="small"
                pagination={false}
                rowKey={(r) => `${r.groupId}-${r.moduleId}`}
                dataSource={rows}
                columns={[
                  { title: 'Grupa', dataIndex: 'group' },
                  { title: 'Moduł', dataIndex: 'module' },
                  {
                    title: 'Zaplanowano / wymagane',
                    key: 'hours',
                    align: 'right',
                    render: (_, r) => `${formatHours(r.planned)} h / ${formatHours(r.required)} h`,
                  },
                  {
                    title: 'Stan',
                    key: 'state',
                    render: (_, r) =>
                      r.planned === r.required ? (
                        <ToneTag tone="green">zgodnie</ToneTag>
                      ) : (
                        <ToneTag tone="orange" className="timetable-short">
                          {r.planned < r.required
                            ? `brakuje ${formatHours(r.required - r.planned)} h`
                            : `o ${formatHours(r.planned - r.required)} h za dużo`}
                        </ToneTag>
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}

/** Why no plan exists: the core's explanations, in Polish, with their figures. */
export function PlanProblems({ problems }: { problems: PlanProblem[] }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="Nie da się ułożyć harmonogramu"
      description={
        <ul className="timetable-problems">
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}
