import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AreaFeature } from '../api/areas';
import { AREA_PAGE, AreaList } from './area-list';

// 450 areas named "Område 001" … "Område 450", so that name order is number order.
const areas = Array.from(
  { length: 450 },
  (_, i) => ({ type: 'Feature', id: i + 1, geometry: null, properties: { slug: `o${i + 1}`, name: `Område ${String(i + 1).padStart(3, '0')}`, officialName: `Område ${i + 1}` } }) as unknown as AreaFeature,
);
const more = (n: number, left: number) => `Visa ${n} områden till (${left} kvar)`;
const buttons = () => screen.getByRole('list', { name: 'Välj område' }).querySelectorAll('button');

describe('AreaList', () => {
  it('lists a page of areas at a time, in name order', async () => {
    render(<AreaList areas={[...areas].reverse()} selectedSlug={null} onSelect={() => undefined} label="Välj område" moreLabel={more} />);
    expect(buttons()).toHaveLength(AREA_PAGE);
    expect(buttons()[0]!.textContent).toBe('Område 001');
    await userEvent.click(screen.getByRole('button', { name: 'Visa 200 områden till (250 kvar)' }));
    expect(buttons()).toHaveLength(400);
    await userEvent.click(screen.getByRole('button', { name: 'Visa 50 områden till (50 kvar)' }));
    expect(buttons()).toHaveLength(450);
    expect(screen.queryByRole('button', { name: /områden till/ })).toBeNull();
  });

  it('always lists the selected area, pressed, however far down it sorts', () => {
    render(<AreaList areas={areas} selectedSlug="o321" onSelect={() => undefined} label="Välj område" moreLabel={more} />);
    expect(buttons()).toHaveLength(321);
    expect(screen.getByRole('button', { name: 'Område 321', pressed: true })).toBeInTheDocument();
  });

  it('lists all of a geography that fits a page', () => {
    render(<AreaList areas={areas.slice(0, 14)} selectedSlug={null} onSelect={() => undefined} label="Välj område" moreLabel={more} />);
    expect(buttons()).toHaveLength(14);
    expect(screen.queryByRole('button', { name: /områden till/ })).toBeNull();
  });
});
