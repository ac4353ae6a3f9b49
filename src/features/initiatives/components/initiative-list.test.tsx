import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sv } from '../../../lib/copy/sv';
import { parseInitiatives } from '../api/initiatives';
import { parseOrganisations } from '../api/organisations';
import { makeLabeller } from '../labels';
import { InitiativeList, LIST_PAGE } from './initiative-list';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../../tests/fixtures/data', name), 'utf8')) as unknown;
const register = parseInitiatives(fixture('insatser.json'));
const labels = makeLabeller(register.meta, parseOrganisations(fixture('organisationer.json')).items, { lang: 'sv', items: register.items, today: new Date('2026-12-01') });
// A register of 450: the fixture's records again and again, each with its own id and name.
const items = Array.from({ length: 450 }, (_, i) => {
  const base = register.items[i % register.items.length]!;
  return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i + 1}` };
});
const entries = () => document.querySelectorAll('.initiative-open').length;

describe('InitiativeList', () => {
  it('renders a page at a time and says how many are left', async () => {
    render(<InitiativeList items={items} onOpen={() => undefined} labels={labels} t={sv} />);
    expect(entries()).toBe(LIST_PAGE);
    await userEvent.click(screen.getByRole('button', { name: 'Visa 200 till (250 kvar)' }));
    expect(entries()).toBe(400);
    await userEvent.click(screen.getByRole('button', { name: 'Visa 50 till (50 kvar)' }));
    expect(entries()).toBe(450);
    expect(screen.queryByRole('button', { name: /^Visa \d+ till/ })).toBeNull();
  });

  it('renders the whole list when it fits a page', () => {
    render(<InitiativeList items={items.slice(0, 145)} onOpen={() => undefined} labels={labels} t={sv} />);
    expect(entries()).toBe(145);
    expect(screen.queryByRole('button', { name: /^Visa \d+ till/ })).toBeNull();
  });

  it('keeps the entry that focus returns to on the page, however far down it is', () => {
    render(<InitiativeList items={items} onOpen={() => undefined} labels={labels} t={sv} keepVisible={items[329]!.id} />);
    expect(entries()).toBe(330);
    expect(document.querySelector(`[data-initiative="${items[329]!.id}"]`)).not.toBeNull();
  });
});
