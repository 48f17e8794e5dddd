import { describe, expect, it } from 'vitest';
import { contractWorld, createDraft } from '../support/contracts';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

describe('contracts.get — reading a contract', () => {
  it('logs a view naming the assessment, without any of its text', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w, {
      assessment: { causes: 'Uzależnienie od alkoholu, leczenie w poradni' },
    });
    await app().call('contracts.get', { id: draft.id });

    const views = app()
      .auditRows()
      .filter((r) => r.entity === 'contract' && r.action === 'view');
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ channel: 'contracts.get', entity_id: draft.id });
    expect(JSON.parse(views[0]!.changed_fields)).toEqual(['assessment']);
    const dump = JSON.stringify(app().handle.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain('Uzależnienie');
  });
});
