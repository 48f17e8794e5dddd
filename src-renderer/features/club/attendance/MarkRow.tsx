import { useId } from 'react';
import { Input } from 'antd';
import { draftIssues, takesReason, withStatus, type MarkDraft, type MarkField } from './marks';
import { StatusSelect } from './StatusSelect';

/**
 * One person's row of a session's list: the status, and only where it applies the hours of a
 * partial presence and the reason — so a row marked present is a single stop for Tab.
 */
export function MarkRow(props: {
  index: number;
  /** "Nazwisko Imię". */
  name: string;
  draft: MarkDraft;
  sessionMinutes: number;
  /** Say "podaj godziny" of an empty hours field too (after a try to save). */
  showEmptyHours: boolean;
  /** The core's refusals of this row's last save. */
  issues: Partial<Record<MarkField, string>>;
  onChange(draft: MarkDraft): void;
  /** Given the row's select (and null when it goes), to move the focus onto it. */
  registerSelect?: (select: HTMLSelectElement | null) => void;
}) {
  const { index, name, draft, sessionMinutes, showEmptyHours, issues, onChange, registerSelect } =
    props;
  const ids = { status: useId(), hours: useId(), reason: useId() };
  const own = draftIssues(draft, sessionMinutes);
  const hoursIssue =
    issues.minutes ?? (draft.hours !== '' || showEmptyHours ? own.minutes : undefined);
  const reasonIssue = issues.reason ?? own.reason;
  const statusIssue = issues.status ?? issues.participantId;
  const partial = draft.status === 'partial';

  return (
    <tr className={statusIssue || hoursIssue || reasonIssue ? 'attendance-row-invalid' : undefined}>
      <td className="attendance-lp">{index + 1}.</td>
      <th scope="row">{name}</th>
      <td>
        <StatusSelect
          ref={registerSelect}
          aria-label={`Obecność: ${name}`}
          value={draft.status}
          invalid={statusIssue !== undefined}
          describedBy={statusIssue ? ids.status : undefined}
          onChange={(status) => onChange(withStatus(draft, status))}
        />
        {statusIssue && (
          <div id={ids.status} className="attendance-issue">
            {statusIssue}
          </div>
        )}
      </td>
      <td className="attendance-details">
        {partial && (
          <div className="attendance-field">
            <Input
              size="small"
              className="attendance-hours"
              aria-label={`Godziny obecności: ${name}`}
              placeholder="np. 2,5"
              suffix="h"
              inputMode="decimal"
              value={draft.hours}
              status={hoursIssue ? 'error' : undefined}
              aria-invalid={hoursIssue ? true : undefined}
              aria-describedby={hoursIssue ? ids.hours : undefined}
              onChange={(e) => onChange({ ...draft, hours: e.target.value })}
            />
            {hoursIssue && (
              <div id={ids.hours} className="attendance-issue" aria-live="polite">
                {hoursIssue}
              </div>
            )}
          </div>
        )}
        {takesReason(draft.status) && (
          <div className="attendance-field attendance-reason-field">
            <Input
              size="small"
              aria-label={`Powód: ${name}`}
              placeholder="Powód (nieobowiązkowy)"
              maxLength={200}
              value={draft.reason}
              status={reasonIssue ? 'error' : undefined}
              aria-invalid={reasonIssue ? true : undefined}
              aria-describedby={reasonIssue ? ids.reason : undefined}
              onChange={(e) => onChange({ ...draft, reason: e.target.value })}
            />
            {reasonIssue && (
              <div id={ids.reason} className="attendance-issue">
                {reasonIssue}
              </div>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
