import { describe, expect, it } from 'vitest';
import {
  amendment,
  contractWorld,
  createDraft,
  createSigned,
  efsProject,
  issued,
  JPEG_DATA_URL,
  KIS,
  PNG_DATA_URL,
  sha256Hex,
  sortedKeysJson,
  PARTIES_AGREE,
  evaluation,
} from '../support/contracts';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

const OFFICE = {
  officeName: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  address: 'ul. Kajki 3, 11-200 Bartoszyce',
  phone: '89 762 00 01',
};

describe('what was printed is kept', () => {
  it('re-prints a signed contract as it was, after the person moved and the office was renamed', async () => {
    await app().call('settings.update', OFFICE);
    const person = validParticipant({
      firstName: 'Ewa',
      lastName: 'Zięba',
      sex: 'K',
      birthDate: '1985-06-20',
    });
    const w = await contractWorld(app());
    const created = await app().call('participants.create', person);
    const signed = await createSigned(app(), w, {}, { participantId: created.id });
    const printed = await issued(app(), signed.documentId, 'contract');
    expect(printed.data.person.address).toBe('ul. Kajki 7/3, 11-200 Bartoszyce');
    expect(printed.data.office).toEqual({
      name: OFFICE.officeName,
      address: OFFICE.address,
      phone: OFFICE.phone,
    });

    await app().call('participants.update', {
      id: created.id,
      participant: {
        ...person,
        address: { ...person.address, street: 'Mickiewicza', houseNumber: '12', flatNumber: null },
      },
    });
    await app().call('settings.update', {
      ...OFFICE,
      officeName: 'Centrum Usług Społecznych w Bartoszycach',
      address: 'ul. Bema 1, 11-200 Bartoszyce',
    });
    await app().call('instruments.update', {
      id: w.instrument(KIS),
      group: 'social',
      name: 'Klub Integracji Społecznej „Razem”',
      active: true,
    });

    const again = await issued(app(), signed.documentId, 'contract');
    expect(again).toEqual(printed);
    expect(again.data.person.address).toBe('ul. Kajki 7/3, 11-200 Bartoszyce');
    expect(again.data.office.name).toBe(OFFICE.officeName);
    expect(again.data.instruments[0]!.name).toBe(KIS);
    expect(again.sha256).toBe(sha256Hex(sortedKeysJson(again.data)));

    // A new draft for the same person prints from the live data.
    const draft = await createDraft(app(), w, {}, { participantId: created.id });
    const preview = await app().call('contracts.preview', { id: draft.id });
    expect(preview).toMatchObject({
      number: null,
      person: {
        firstName: 'Ewa',
        lastName: 'Zięba',
        sex: 'K',
        address: 'ul. Mickiewicza 12, 11-200 Bartoszyce',
      },
      office: {
        name: 'Centrum Usług Społecznych w Bartoszycach',
        address: 'ul. Bema 1, 11-200 Bartoszyce',
      },
    });
    expect(preview.instruments[0]!.name).toBe('Klub Integracji Społecznej „Razem”');
    // The live contract names the instrument as it is called now.
    const live = await app().call('contracts.get', { id: signed.id });
    expect(live.instruments[0]!.name).toBe('Klub Integracji Społecznej „Razem”');
  });

  it('previews a draft without writing anything', async () => {
    const w = await contractWorld(app());
    const draft = await createDraft(app(), w);
    const before = app().counts();
    const preview = await app().call('contracts.preview', { id: draft.id });
    expect(preview.number).toBeNull();
    expect(preview.project).toEqual({
      title: 'Aktywna integracja w Bartoszycach',
      programme: 'PO KL 2007–2013',
      isEfs: true,
      logoStrip: null,
    });
    expect(app().counts()).toEqual(before);
  });

  it('records in the register what each document is about and who issued it', async () => {
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    await app().call('contracts.addEvaluation', evaluation(signed.id));
    // The amendment is issued by someone else, from another window.
    const colleague = await app().window(['socialWorker'], {
      participantScope: 'all',
      staff: { firstName: 'Barbara', lastName: 'Kos' },
    });
    const amended = await colleague.call('contracts.amend', amendment(w, signed.id));
    const ids = [
      signed.documentId!,
      amended.evaluations[0]!.documentId!,
      amended.amendments[0]!.documentId!,
    ];
    const entries = await Promise.all(ids.map((id) => app().call('documents.get', { id })));
    expect(
      entries.map(({ kind, entity, entityId, issuedById, issuedByName }) => ({
        kind,
        entity,
        entityId,
        issuedById,
        issuedByName,
      })),
    ).toEqual([
      {
        kind: 'contract',
        entity: 'contract',
        entityId: signed.id,
        issuedById: w.workerId,
        issuedByName: 'Anna Nowak',
      },
      {
        kind: 'evaluation',
        entity: 'contract',
        entityId: signed.id,
        issuedById: w.workerId,
        issuedByName: 'Anna Nowak',
      },
      {
        kind: 'amendment',
        entity: 'contract',
        entityId: signed.id,
        issuedById: colleague.member!.id,
        issuedByName: 'Barbara Kos',
      },
    ]);
  });
});

const PNG = PNG_DATA_URL;
const JPEG = JPEG_DATA_URL;

const storedData = (documentId: number) =>
  JSON.parse(
    app()
      .handle.sqlite.prepare('SELECT data FROM issued_documents WHERE id = ?')
      .pluck()
      .get(documentId) as string,
  ) as { project: { logoStrip: string | null } | null };

describe('the EU logo strip', () => {
  it('is kept in settings, and audited without its value', async () => {
    expect(await app().call('settings.getLogoStrip')).toEqual({ dataUrl: null });
    expect(await app().call('settings.setLogoStrip', { dataUrl: PNG })).toEqual({ dataUrl: PNG });
    expect(await app().call('settings.getLogoStrip')).toEqual({ dataUrl: PNG });
    const audit = app().auditRows().at(-1)!;
    expect(audit).toMatchObject({
      channel: 'settings.setLogoStrip',
      entity: 'settings',
      action: 'update',
    });
    expect(JSON.parse(audit.changed_fields)).toEqual(['logoStrip']);
    expect(JSON.stringify(app().auditRows())).not.toContain('base64');

    expect(await app().call('settings.setLogoStrip', { dataUrl: null })).toEqual({ dataUrl: null });
    expect(await app().call('settings.getLogoStrip')).toEqual({ dataUrl: null });
  });

  it('refuses what is not a PNG or JPEG data URL, or is too large, and keeps the old one', async () => {
    await app().call('settings.setLogoStrip', { dataUrl: PNG });
    const before = app().counts();
    for (const dataUrl of [
      'data:text/plain;base64,AAA',
      'https://example.org/logo.png',
      'data:image/png;base64,<svg>',
    ]) {
      const error = await app().fail('settings.setLogoStrip', { dataUrl }, 'invalid_input');
      expect(error.issues, dataUrl).toEqual([
        { path: ['dataUrl'], message: 'Wybierz obraz PNG lub JPEG' },
      ]);
    }
    const huge = `data:image/png;base64,${'A'.repeat(2_800_000)}`;
    const tooLarge = await app().fail('settings.setLogoStrip', { dataUrl: huge }, 'invalid_input');
    expect(tooLarge.issues).toEqual([
      { path: ['dataUrl'], message: 'Obraz może mieć najwyżej 2 MB' },
    ]);
    expect(app().counts()).toEqual(before);
    expect(await app().call('settings.getLogoStrip')).toEqual({ dataUrl: PNG });
  });

  it('is printed on contracts of EFS projects, stored once however many documents carry it', async () => {
    await app().call('settings.setLogoStrip', { dataUrl: PNG });
    const w = await contractWorld(app());
    const first = await createSigned(app(), w);
    const second = await createSigned(app(), w);
    for (const c of [first, second]) {
      const document = await issued(app(), c.documentId, 'contract');
      expect(document.data.project).toEqual({
        title: 'Aktywna integracja w Bartoszycach',
        programme: 'PO KL 2007–2013',
        isEfs: true,
        logoStrip: PNG,
      });
      // The register holds a reference to the image, not the image again.
      expect(storedData(c.documentId!).project!.logoStrip).toBe(`asset:${sha256Hex(PNG)}`);
    }
    expect(app().count('document_assets')).toBe(1);
    const draft = await createDraft(app(), w);
    expect((await app().call('contracts.preview', { id: draft.id })).project!.logoStrip).toBe(PNG);

    // An evaluation sheet carries the contract's data, logo included.
    const evaluated = await app().call('contracts.addEvaluation', {
      id: first.id,
      date: '2026-11-16',
      taskProgress: [],
      assessment: 'Bez uwag',
      ...PARTIES_AGREE,
    });
    const sheet = await issued(app(), evaluated.evaluations[0]!.documentId, 'evaluation');
    expect(sheet.data.contract.project!.logoStrip).toBe(PNG);
    expect(app().count('document_assets')).toBe(1);
  });

  it('keeps the logo a document was printed with after the office replaces or removes it', async () => {
    await app().call('settings.setLogoStrip', { dataUrl: PNG });
    const w = await contractWorld(app());
    const withPng = await createSigned(app(), w);
    await app().call('settings.setLogoStrip', { dataUrl: JPEG });
    const withJpeg = await createSigned(app(), w);
    await app().call('settings.setLogoStrip', { dataUrl: null });
    const without = await createSigned(app(), w);

    const logo = async (id: number) =>
      (await issued(app(), id, 'contract')).data.project!.logoStrip;
    expect(await logo(withPng.documentId!)).toBe(PNG);
    expect(await logo(withJpeg.documentId!)).toBe(JPEG);
    expect(await logo(without.documentId!)).toBeNull();
    expect(app().count('document_assets')).toBe(2);
  });

  it('is not printed on a contract outside EFS', async () => {
    await app().call('settings.setLogoStrip', { dataUrl: PNG });
    const w = await contractWorld(app());
    const local = await app().call(
      'projects.create',
      efsProject({
        title: 'Gminny program wychodzenia z bezdomności',
        programme: 'Program gminny',
        isEfs: false,
      }),
    );
    const inLocal = await createSigned(app(), w, {}, { projectId: local.id });
    const alone = await createSigned(app(), w, {}, { projectId: null });

    expect((await issued(app(), inLocal.documentId, 'contract')).data.project).toEqual({
      title: 'Gminny program wychodzenia z bezdomności',
      programme: 'Program gminny',
      isEfs: false,
      logoStrip: null,
    });
    expect((await issued(app(), alone.documentId, 'contract')).data.project).toBeNull();
    expect(app().count('document_assets')).toBe(0);
  });

  // The register's hash must let anyone check a document as documents.get gives it back.
  it('has a hash that verifies against the data documents.get returns, logo included', async () => {
    await app().call('settings.setLogoStrip', { dataUrl: PNG });
    const w = await contractWorld(app());
    const signed = await createSigned(app(), w);
    const document = await issued(app(), signed.documentId, 'contract');
    expect(document.data.project!.logoStrip).toBe(PNG);
    expect(document.sha256).toBe(sha256Hex(sortedKeysJson(document.data)));
  });
});
