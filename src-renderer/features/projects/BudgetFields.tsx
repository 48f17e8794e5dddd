import { Card, Col, Form, Row, Typography } from 'antd';
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { MoneyFormItem } from '../../ui/MoneyInput';
import { formatGrosze } from '../../ui/money';

const zl = (grosze: number) => `${formatGrosze(grosze)} zł`;

/** Live check of "wartość = dofinansowanie + wkład własny", the rule the funder checks first. */
function BudgetSum() {
  const total = Form.useWatch<number | null | undefined>('totalValue');
  const eu = Form.useWatch<number | null | undefined>('euFunding');
  const own = Form.useWatch<number | null | undefined>('ownContribution');
  if (total == null || eu == null || own == null) {
    return (
      <Typography.Text type="secondary">
        Podaj wszystkie trzy kwoty, aby sprawdzić sumę.
      </Typography.Text>
    );
  }
  const sum = eu + own;
  const share =
    total > 0
      ? ` Dofinansowanie UE stanowi ${((eu / total) * 100).toFixed(2).replace('.', ',')}% wartości.`
      : '';
  if (sum === total) {
    return (
      <Typography.Text type="success" role="status">
        <CheckCircleFilled /> Suma się zgadza: {zl(eu)} + {zl(own)} = {zl(total)}.{share}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="danger" role="status">
      <WarningFilled /> Suma się nie zgadza: dofinansowanie i wkład własny dają {zl(sum)}, a wartość
      projektu to {zl(total)} (różnica {zl(Math.abs(total - sum))}).
    </Typography.Text>
  );
}

/** Budżet, typed in złote and kept in grosze. */
export function BudgetFields() {
  return (
    <Card title="Budżet" size="small">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <MoneyFormItem name="totalValue" label="Wartość projektu" required />
        </Col>
        <Col xs={24} md={8}>
          <MoneyFormItem name="euFunding" label="Dofinansowanie UE" required />
        </Col>
        <Col xs={24} md={8}>
          <MoneyFormItem name="ownContribution" label="Wkład własny" required />
        </Col>
      </Row>
      <BudgetSum />
    </Card>
  );
}
