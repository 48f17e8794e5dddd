import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Typography,
  type InputProps,
} from 'antd';
import type { ReactNode } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { EDUCATION_LABELS, EDUCATION_LEVELS } from '../../../src-main/domain/education';
import { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS } from '../../../src-main/domain/exclusion';
import { DateInput } from '../../ui/DateInput';
import { ADDRESS_REQUIRED, normalizePostalCode } from './participant-form';
import { AREA_TYPE_LABELS, FIELD_LABELS as L, SEX_LABELS } from './participant-labels';

const VOIVODESHIPS = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
].map((v) => ({ value: v, label: v }));

const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((l) => ({ value: l, label: EDUCATION_LABELS[l] }));
const EXCLUSION_OPTIONS = EXCLUSION_REASONS.map((r) => ({
  value: r,
  label: EXCLUSION_REASON_LABELS[r],
}));
const radios = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Columns: one per line on a narrow window, up to four side by side on a wide one. */
const col = (span: 1 | 2 | 3 | 4 = 1) => ({ xs: 24, md: 12 * Math.min(span, 2), xl: 6 * span });

export function PersonalSection(props: {
  noPesel: boolean;
  onNoPeselChange: (noPesel: boolean) => void;
  derivedFromPesel: boolean;
  /** The PESEL or document field was left (to ask who else holds the number). */
  onIdentityBlur: () => void;
  /** What the identity checks have to say, shown under the number. */
  identityNotice: ReactNode;
}) {
  const derivedHint = props.derivedFromPesel ? 'Odczytano z numeru PESEL' : undefined;
  return (
    <Card size="small" title="Dane osobowe">
      <Row gutter={16}>
        <Col {...col()}>
          <Form.Item name="lastName" label={L.lastName} required>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col()}>
          <Form.Item name="firstName" label={L.firstName} required>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col()}>
          {props.noPesel ? (
            <Form.Item name="documentNumber" label={L.documentNumber} required>
              <Input autoComplete="off" onBlur={props.onIdentityBlur} />
            </Form.Item>
          ) : (
            <Form.Item name="pesel" label={L.pesel} required>
              <Input
                autoComplete="off"
                inputMode="numeric"
                maxLength={11}
                onBlur={props.onIdentityBlur}
              />
            </Form.Item>
          )}
        </Col>
        <Col {...col()}>
          <Form.Item label=" " colon={false}>
            <Checkbox
              id="participant_noPesel"
              checked={props.noPesel}
              onChange={(e) => props.onNoPeselChange(e.target.checked)}
            >
              Osoba bez numeru PESEL (np. cudzoziemiec)
            </Checkbox>
          </Form.Item>
        </Col>
        {props.identityNotice && <Col span={24}>{props.identityNotice}</Col>}
        <Col {...col()}>
          <Form.Item name="birthDate" label={L.birthDate} required extra={derivedHint}>
            <DateInput disabled={props.derivedFromPesel} />
          </Form.Item>
        </Col>
        <Col {...col()}>
          <Form.Item name="sex" label={L.sex} required extra={derivedHint}>
            <Radio.Group options={radios(SEX_LABELS)} disabled={props.derivedFromPesel} />
          </Form.Item>
        </Col>
        <Col {...col(2)}>
          <Form.Item name="birthPlace" label={L.birthPlace}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** A postal code typed as "26600" is shown as "26-600" once the field is left. */
function PostalCodeInput({
  onChange,
  ...props
}: Omit<InputProps, 'onChange'> & { onChange?: (value: string) => void }) {
  return (
    <Input
      {...props}
      placeholder="NN-NNN"
      maxLength={6}
      inputMode="numeric"
      autoComplete="off"
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const normalized = normalizePostalCode(e.target.value);
        if (normalized !== e.target.value) onChange?.(normalized);
        props.onBlur?.(e);
      }}
    />
  );
}

/** Which address fields are required follows the contract (a homeless person may have no house number). */
const R = ADDRESS_REQUIRED;

export function AddressSection() {
  const item = (name: keyof typeof R & keyof typeof L, span: 1 | 2 = 1) => (
    <Col {...col(span)}>
      <Form.Item name={['address', name]} label={L[name]} required={R[name]}>
        <Input />
      </Form.Item>
    </Col>
  );
  return (
    <Card size="small" title="Adres zamieszkania">
      <Row gutter={16}>
        <Col {...col()}>
          <Form.Item
            name={['address', 'voivodeship']}
            label={L.voivodeship}
            required={R.voivodeship}
          >
            <Select options={VOIVODESHIPS} showSearch placeholder="Wybierz" />
          </Form.Item>
        </Col>
        {item('county')}
        {item('commune')}
        {item('locality')}
        {item('street', 2)}
        {item('houseNumber')}
        {item('flatNumber')}
        <Col {...col()}>
          <Form.Item name={['address', 'postalCode']} label={L.postalCode} required={R.postalCode}>
            <PostalCodeInput />
          </Form.Item>
        </Col>
        <Col {...col()}>
          <Form.Item name={['address', 'areaType']} label={L.areaType} required={R.areaType}>
            <Radio.Group options={radios(AREA_TYPE_LABELS)} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function ContactSection() {
  return (
    <Card size="small" title="Kontakt">
      <Row gutter={16}>
        <Col {...col()}>
          <Form.Item name="phone" label={L.phone}>
            <Input type="tel" />
          </Form.Item>
        </Col>
        <Col {...col(2)}>
          <Form.Item name="email" label={L.email}>
            {/* type="text": the browser's own (English) check would pop up beside ours. */}
            <Input type="text" inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function SituationSection({
  socialWorkers,
}: {
  socialWorkers: { value: number; label: string }[];
}) {
  return (
    <Card size="small" title="Sytuacja">
      <Row gutter={16}>
        <Col {...col(2)}>
          <Form.Item name="educationLevel" label={L.educationLevel}>
            <Select options={EDUCATION_OPTIONS} allowClear placeholder="Wybierz" />
          </Form.Item>
        </Col>
        <Col {...col(2)}>
          <Form.Item name="socialWorkerId" label={L.socialWorkerId}>
            <Select options={socialWorkers} allowClear placeholder="Wybierz" />
          </Form.Item>
        </Col>
        <Col {...col(4)}>
          <Form.Item name="exclusionReasons" label={L.exclusionReasons}>
            <Checkbox.Group options={EXCLUSION_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      {/* Bottom-aligned: a label wrapping onto two lines must not push its field down. */}
      <Row gutter={16} align="bottom">
        <Col {...col()}>
          <Form.Item name="unemployedSince" label={L.unemployedSince}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col {...col()}>
          <Form.Item name="withoutWorkSince" label={L.withoutWorkSince}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col {...col()}>
          <Form.Item name="officeClientSince" label={L.officeClientSince}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        „{L.withoutWorkSince}” wpisz także dla osoby niezarejestrowanej w PUP — od tej daty liczy
        się długotrwałe bezrobocie.
      </Typography.Paragraph>
    </Card>
  );
}

export function FamilySection() {
  return (
    <Card size="small" title={L.familyMembers}>
      <Form.List name="familyMembers">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const who = `członek rodziny ${index + 1}`;
              const whom = `członka rodziny ${index + 1}`;
              const cell = (name: 'firstName' | 'lastName' | 'relation' | 'pesel', span = 5) => (
                <Col xs={24} md={12} xl={span}>
                  <Form.Item name={[field.name, name]} label={L[name]} required={name !== 'pesel'}>
                    <Input aria-label={`${L[name]} (${who})`} />
                  </Form.Item>
                </Col>
              );
              return (
                <Row gutter={16} key={field.key} className="family-member">
                  {cell('lastName', 5)}
                  {cell('firstName', 4)}
                  {cell('relation', 4)}
                  <Col xs={24} md={12} xl={4}>
                    <Form.Item name={[field.name, 'birthDate']} label={L.birthDate}>
                      <DateInput aria-label={`${L.birthDate} (${who})`} />
                    </Form.Item>
                  </Col>
                  {cell('pesel', 4)}
                  <Col xs={24} md={12} xl={3}>
                    <Form.Item label=" " colon={false}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={`Usuń ${whom}`}
                      >
                        Usuń
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              );
            })}
            <Button icon={<PlusOutlined />} onClick={() => add({})}>
              Dodaj członka rodziny
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

export function NotesSection() {
  return (
    <Card size="small" title={L.notes}>
      <Form.Item name="notes" label={L.notes}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </Card>
  );
}
