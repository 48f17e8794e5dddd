import { Alert, Checkbox, Col, Row, Typography } from 'antd';
import type { Instrument } from '../../../src-main/contract/social-contracts';
import {
  checkInstrumentRule,
  INSTRUMENT_GROUP_LABELS,
  INSTRUMENT_GROUPS,
  type InstrumentGroup,
} from '../../../src-main/domain/integration-instruments';
import { plural } from '../../../src-main/domain/plural';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The path of integration instruments, a column per group. Inactive instruments are not
 * offered any more, but one already chosen stays visible so it can be unticked.
 */
export function InstrumentPicker(props: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  instruments: Instrument[];
  disabled?: boolean;
}) {
  const { instruments, disabled } = props;
  const value = props.value ?? [];
  const shown = instruments.filter((i) => i.active || value.includes(i.id));

  function changeGroup(group: InstrumentGroup, checked: number[]) {
    const inGroup = new Set(shown.filter((i) => i.group === group).map((i) => i.id));
    // The order of choosing is kept: it is the order printed on the contract.
    const kept = value.filter((id) => !inGroup.has(id) || checked.includes(id));
    const added = checked.filter((id) => !value.includes(id));
    props.onChange?.([...kept, ...added]);
  }

  return (
    <Row gutter={[16, 12]}>
      {INSTRUMENT_GROUPS.map((group) => {
        const options = shown
          .filter((i) => i.group === group)
          .map((i) => ({ value: i.id, label: i.active ? i.name : `${i.name} (wycofany)` }));
        const title = `Instrumenty ${INSTRUMENT_GROUP_LABELS[group]}`;
        return (
          <Col key={group} xs={24} md={12} xxl={6}>
            <fieldset className="instrument-group">
              <legend>{capitalised(title)}</legend>
              {options.length === 0 ? (
                <Typography.Text type="secondary">Brak instrumentów w katalogu</Typography.Text>
              ) : (
                <Checkbox.Group
                  className="instrument-options"
                  options={options}
                  value={value.filter((id) => options.some((o) => o.value === id))}
                  onChange={(checked) => changeGroup(group, checked)}
                  disabled={disabled}
                />
              )}
            </fieldset>
          </Col>
        );
      })}
    </Row>
  );
}

/**
 * The EFS rule as the worker chooses (the core checks it again when signing): at least
 * three instruments, a vocational or educational one only with a social or health one.
 */
export function InstrumentRule(props: { groups: InstrumentGroup[]; applies: boolean | null }) {
  const { groups, applies } = props;
  if (applies === null) return null;
  if (!applies) {
    return (
      <Typography.Text type="secondary" role="status">
        Kontrakt poza projektem EFS — zasada co najmniej trzech instrumentów nie obowiązuje.
      </Typography.Text>
    );
  }
  const { satisfied, problems } = checkInstrumentRule(groups);
  if (satisfied) {
    const n = groups.length;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={`✓ Ścieżka reintegracji spełnia zasady EFS (${n} ${plural(n, 'instrument', 'instrumenty', 'instrumentów')}).`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title="Ścieżka reintegracji nie spełnia jeszcze zasad EFS"
      description={
        <ul className="rule-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      }
    />
  );
}
