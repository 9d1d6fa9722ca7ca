import type { Schemas } from '../../api/client';
import { NEW_INVESTOR_CAPACITY_PER_MONTH, patchOf, ticketInverted, valuesOf } from './profile';

const saved: Schemas['InvestorView'] = {
  id: 'be0b759a-e9cc-4e54-a05f-3a5d726547c5',
  status: 'approved',
  version: 5,
  profile: {
    organisation: { name: 'Fonds Solidaire', siren: '412345621' },
    kind: 'impact-fund',
    contact: { name: 'Camille Martin', email: 'camille@fonds.example' },
    thesis: {
      instruments: ['loan'],
      regions: ['FR-IDF'],
      legalForms: [],
      stages: ['seed'],
      ticketMinCents: 1_000_000,
      ticketMaxCents: 15_000_000,
      esusRequired: false,
      impactAreas: ['inclusion'],
      sdgs: [8, 10],
    },
    capacityPerMonth: 20,
    active: true,
  },
};

describe('the investor profile form', () => {
  it('starts a new investor with their account’s name and e-mail, accepting every project, ten a month', () => {
    const values = valuesOf(
      { id: saved.id, status: 'pending', version: 0 },
      { displayName: 'Inès', email: 'ines@example.org' },
    );
    expect(values.contact).toEqual({ name: 'Inès', email: 'ines@example.org', phone: '' });
    expect(values.thesis.regions).toEqual([]);
    expect(values.thesis.ticketMinCents).toBeUndefined();
    expect(values.capacityPerMonth).toBe(NEW_INVESTOR_CAPACITY_PER_MONTH);
    expect(values.active).toBe(true);
  });

  it('sends back the profile as read, the SDGs it does not show kept', () => {
    const patch = patchOf(valuesOf(saved));
    expect(patch).toEqual({
      organisation: { name: 'Fonds Solidaire', siren: '412345621', legalForm: null },
      kind: 'impact-fund',
      contact: { name: 'Camille Martin', email: 'camille@fonds.example', phone: null },
      thesis: {
        instruments: ['loan'],
        regions: ['FR-IDF'],
        legalForms: [],
        stages: ['seed'],
        impactAreas: ['inclusion'],
        engagementDimensions: [],
        sdgs: [8, 10],
        ticketMinCents: 1_000_000,
        ticketMaxCents: 15_000_000,
        esusRequired: false,
      },
      capacityPerMonth: 20,
      active: true,
    });
  });

  it('removes an emptied optional field, and sends an emptied required one for the API to name it', () => {
    const values = valuesOf(saved);
    values.organisation = { name: ' ', siren: '', legalForm: ' SAS ' };
    values.contact.phone = '+33 1 23 45 67 89';
    const patch = patchOf(values);
    expect(patch.organisation).toEqual({ name: '', siren: null, legalForm: 'SAS' });
    expect(patch.contact?.phone).toBe('+33 1 23 45 67 89');
  });

  it('leaves out the amounts and the kind not given yet, so the API says they are missing', () => {
    const patch = patchOf(valuesOf({ id: saved.id, status: 'pending', version: 0 }));
    expect(patch.kind).toBeUndefined();
    expect(patch.thesis).not.toHaveProperty('ticketMinCents');
    expect(patch.thesis).not.toHaveProperty('ticketMaxCents');
  });

  it('tells a ticket whose maximum is below its minimum, once both are typed', () => {
    const thesis = valuesOf(saved).thesis;
    expect(ticketInverted(thesis)).toBe(false);
    expect(ticketInverted({ ...thesis, ticketMaxCents: 500_000 })).toBe(true);
    expect(ticketInverted({ ...thesis, ticketMaxCents: 1_000_000 })).toBe(false);
    expect(ticketInverted({ ...thesis, ticketMaxCents: undefined })).toBe(false);
  });
});
