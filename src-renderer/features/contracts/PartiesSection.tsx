import {
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Participant } from '../../../src-main/contract/participants';
import { CONTRACT_VARIANTS } from '../../../src-main/contract/social-contracts';
import type { StaffMember } from '../../../src-main/contract/staff';
import { formatAddress } from '../../../src-main/domain/address';
import { formatDate } from '../../../src-main/domain/dates';
import { DateInput } from '../../ui/DateInput';
import { VARIANT_DESCRIPTIONS, VARIANT_LABELS } from './contract-labels';

type FamilyParty = {
  firstName?: string;
  lastName?: string;
  relation?: string;
  pesel?: string | null;
  documentNumber?: string | null;
};

/** The person of the contract, as on their card: read-only here. */
function PersonDescriptions({ person }: { person: Participant }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      title="Osoba zawierająca kontrakt"
      items={[
        {
          key: 'name',
          label: 'Imię i nazwisko',
          children: `${person.firstName} ${person.lastName}`,
        },
        person.pesel
          ? { key: 'pesel', label: 'PESEL', children: person.pesel }
          : { key: 'doc', label: 'Nr dokumentu', children: person.documentNumber ?? '—' },
        { key: 'birth', label: 'Data urodzenia', children: formatDate(person.birthDate) },
        { key: 'address', label: 'Adres', children: formatAddress(person.address) },
      ]}
    />
  );
}

/** Family members who are parties of a family contract (variant A). */
function FamilyParties({ person, locked }: { person: Participant; locked: boolean }) {
  const form = Form.useFormInstance();
  return (
    <Form.List name="familyParties">
      {(fields, { add, remove }) => {
        const present = (form.getFieldValue('familyParties') ?? []) as FamilyParty[];
        const fromCard = person.familyMembers.filter(
          (m) => !present.some((p) => p?.firstName === m.firstName && p?.lastName === m.lastName),
        );
        return (
          <Flex vertical gap={4}>
            <Typography.Text strong>Członkowie rodziny — strony kontraktu</Typography.Text>
            {fields.length === 0 && (
              <Typography.Text type="secondary">
                Kontrakt zawierany z samą osobą. Dodaj członków rodziny, jeśli są stronami.
              </Typography.Text>
            )}
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <Row key={field.key} gutter={12} align="top">
                  <Col xs={12} lg={5}>
                    <Form.Item
                      name={[field.name, 'firstName']}
                      label={`Imię (członek rodziny ${n})`}
                      required
                    >
                      <Input disabled={locked} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={5}>
                    <Form.Item
                      name={[field.name, 'lastName']}
                      label={`Nazwisko (członek rodziny ${n})`}
                      required
                    >
                      <Input disabled={locked} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={4}>
                    <Form.Item
                      name={[field.name, 'relation']}
                      label={`Stopień pokrewieństwa (członek rodziny ${n})`}
                      required
                    >
                      <Input disabled={locked} placeholder="np. żona, syn" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} lg={4}>
                    <Form.Item name={[field.name, 'pesel']} label={`PESEL (członek rodziny ${n})`}>
                      <Input disabled={locked} inputMode="numeric" maxLength={11} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} lg={4}>
                    <Form.Item
                      name={[field.name, 'documentNumber']}
                      label={`Nr dokumentu (członek rodziny ${n})`}
                    >
                      <Input disabled={locked} />
                    </Form.Item>
                  </Col>
                  {!locked && (
                    <Col xs={4} lg={2}>
                      <Form.Item label=" " colon={false}>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={`Usuń członka rodziny ${n}`}
                          title="Usuń członka rodziny"
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Col>
                  )}
                </Row>
              );
            })}
            {!locked && (
              <Flex gap={8} wrap>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      firstName: '',
                      lastName: '',
                      relation: '',
                      pesel: null,
                      documentNumber: null,
                    })
                  }
                >
                  Dodaj członka rodziny
                </Button>
                {fromCard.length > 0 && (
                  <Button
                    icon={<UserAddOutlined />}
                    onClick={() =>
                      fromCard.forEach((m) =>
                        add({
                          firstName: m.firstName,
                          lastName: m.lastName,
                          relation: m.relation,
                          pesel: m.pesel,
                          documentNumber: null,
                        }),
                      )
                    }
                  >
                    Przepisz z karty uczestnika ({fromCard.length})
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        );
      }}
    </Form.List>
  );
}

/**
 * Strony: the variant, where and when the contract is concluded, the person, the family
 * (variant A) and the social worker. In an amendment these stay as concluded (`locked`).
 */
export function PartiesSection(props: {
  person: Participant;
  staff: StaffMember[];
  projectOptions: { value: number; label: string }[];
  locked: boolean;
}) {
  const { person, staff, projectOptions, locked } = props;
  const form = Form.useFormInstance();
  const variant = Form.useWatch('variant', form) as 'A' | 'B' | undefined;
  const workerId = Form.useWatch('socialWorkerId', form) as number | undefined;
  const workers = staff
    .filter((s) => s.active || s.id === workerId)
    .map((s) => ({
      value: s.id,
      label: `${s.firstName} ${s.lastName}${s.role === 'socialWorker' ? '' : ' (nie jest pracownikiem socjalnym)'}`,
    }));

  return (
    <Card size="small" title="Strony kontraktu" className="contract-section">
      <Form.Item name="variant" label="Wariant kontraktu" required>
        <Radio.Group disabled={locked} className="variant-radio">
          {CONTRACT_VARIANTS.map((v) => (
            <Radio key={v} value={v}>
              <strong>{VARIANT_LABELS[v]}</strong>
              <div className="variant-description">{VARIANT_DESCRIPTIONS[v]}</div>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="concludedOn" label="Data zawarcia" required>
            <DateInput disabled={locked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="concludedPlace" label="Miejsce zawarcia" required>
            <Input disabled={locked} placeholder="np. Radom" />
          </Form.Item>
        </Col>
        {/* Half the row: a project's title is long, and must not be cut at A++. */}
        <Col xs={24} md={12}>
          <Form.Item
            name="projectId"
            label="Projekt"
            extra={locked ? undefined : 'W projekcie EFS obowiązuje zasada ścieżki reintegracji.'}
          >
            <Select
              disabled={locked}
              allowClear
              placeholder="Kontrakt poza projektem"
              options={projectOptions}
              optionFilterProp="label"
              showSearch
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex vertical gap={16}>
        <PersonDescriptions person={person} />
        {variant === 'A' && <FamilyParties person={person} locked={locked} />}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="socialWorkerId" label="Pracownik socjalny" required>
              <Select
                options={workers}
                placeholder="Wybierz pracownika"
                showSearch
                optionFilterProp="label"
                onChange={(id: number) => {
                  const phone = staff.find((s) => s.id === id)?.phone;
                  if (phone) form.setFieldValue('socialWorkerPhone', phone);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="socialWorkerPhone" label="Telefon kontaktowy pracownika">
              <Input inputMode="tel" placeholder="np. 48 360 00 00" />
            </Form.Item>
          </Col>
        </Row>
      </Flex>
    </Card>
  );
}
