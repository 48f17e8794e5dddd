import { AutoComplete, Card, Checkbox, Col, Form, Input, Row } from 'antd';
import { searchKey } from '../../../src-main/domain/text';
import { DateInput } from '../../ui/DateInput';

/** Programme periods offered first; any other name may be typed. */
const PROGRAMMES = [
  'PO KL 2007–2013',
  'RPO 2014–2020',
  'POWER 2014–2020',
  'FE 2021–2027',
  'FERS 2021–2027',
];

function programmeOptions(typed: string | undefined) {
  const key = searchKey(typed ?? '');
  const matching = PROGRAMMES.filter((p) => searchKey(p).includes(key));
  return (matching.length > 0 ? matching : PROGRAMMES).map((value) => ({ value }));
}

/** Dane projektu and Okres: what names the project on every document. */
export function ProjectDetailsFields() {
  const programme = Form.useWatch<string | undefined>('programme');
  return (
    <>
      <Card title="Dane projektu" size="small">
        <Form.Item name="title" label="Tytuł projektu" required>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            placeholder="np. Klub Integracji Społecznej szansą na lepsze jutro"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="programme"
              label="Program"
              required
              extra="Wybierz z listy albo wpisz własną nazwę"
            >
              <AutoComplete options={programmeOptions(programme)} placeholder="np. RPO 2014–2020" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="measure" label="Działanie / poddziałanie">
              <Input placeholder="np. Działanie 9.1, Poddziałanie 9.1.6" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="edition" label="Edycja">
              <Input placeholder="np. II edycja 2020" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16} align="top">
          <Col xs={24} xl={16}>
            <Form.Item name="beneficiary" label="Beneficjent" required>
              <Input placeholder="np. Miejski Ośrodek Pomocy Społecznej w Radomiu" />
            </Form.Item>
          </Col>
          <Col xs={24} xl={8}>
            <Form.Item name="isEfs" valuePropName="checked" label="Źródło finansowania">
              <Checkbox>Projekt współfinansowany z EFS / EFS+</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="Okres realizacji" size="small">
        <Row gutter={16}>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="startDate" label="Początek projektu" required>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="endDate" label="Koniec projektu" required>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}
