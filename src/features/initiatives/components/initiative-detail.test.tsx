import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { en } from '../../../lib/copy/en';
import { sv, type Messages } from '../../../lib/copy/sv';
import { parseInitiatives } from '../api/initiatives';
import { parseOrganisations } from '../api/organisations';
import { makeLabeller } from '../labels';
import { InitiativeDetail } from './initiative-detail';

const publicJson = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../../public/data', name), 'utf8')) as unknown;
const register = parseInitiatives(publicJson('insatser.json'));
const labels = makeLabeller(register.meta, parseOrganisations(publicJson('organisationer.json')).items, { lang: 'sv', items: register.items, today: new Date('2026-12-01') });
const item = (id: string) => register.items.find((i) => i.id === id)!;
const show = (id: string, t: Messages = sv) => render(<InitiativeDetail item={item(id)} labels={labels} areaName={(s) => s} subareaName={(s) => s} onClose={() => undefined} t={t} />);
/** The <dd> of a fact, by its <dt>. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('InitiativeDetail: stated or read', () => {
  it('marks a lead that rests on a case number as the register\'s reading, with the reason as text', () => {
    show('universell-brottsprevention');
    const lead = fact('Ansvarig');
    expect(within(lead).getByText('tolkning')).toBeTruthy();
    expect(lead.textContent).toContain(`Tolkning: ${item('universell-brottsprevention').interpretations!.lead}`);
    // A field the sources state has no mark.
    expect(within(fact('Status')).queryByText('tolkning')).toBeNull();
  });
  it('marks the index dimensions as the register\'s classification, in English too', () => {
    const withDimensions = register.items.find((i) => i.dimensions.length > 0)!;
    show(withDimensions.id, en);
    const dims = fact(en.dimensions);
    expect(within(dims).getByText('interpretation')).toBeTruthy();
    expect(dims.textContent).toContain(en.dimensionsInterpretation);
  });
  it('says nothing of interpretation for a record without any (and without dimensions)', () => {
    const plain = register.items.find((i) => !i.interpretations && i.dimensions.length === 0)!;
    show(plain.id);
    expect(screen.queryByText('tolkning')).toBeNull();
  });
  it('shows where a stated partner is named', () => {
    show('kontaktcenter');
    expect(fact('Samverkanspartner').textContent).toContain('Nämns i: Servicenämnden');
  });
  it('says in one line where the documents disagree, with both sources and the one followed', () => {
    show('ctc');
    const line = document.querySelector('.conflict-line')!;
    expect(line.textContent).toContain('Källorna skiljer sig om geografi');
    expect(line.textContent).toContain('Förskolenämnden');
    expect(line.textContent).toContain('Arbetsmarknads- och socialnämnden');
    expect(line.textContent).toContain('Registret och kartan följer: kommunövergripande');
    // The record's geography follows that statement and is marked as a reading.
    expect(within(fact('Geografi')).getByText('tolkning')).toBeTruthy();
  });
});
