import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { flushUrlWrites, resetUrlState } from '../../src/app/url/store';
import { renderWithProviders } from '../render';

// jsdom has no WebGL; the map is covered by the Chromium tests. This stand-in shows what the app
// hands the map so selection from the map can be driven here too.
vi.mock('../../src/features/map/map-view', () => ({
  default: (props: { drawing: { selected: string | null }; onSelect: (slug: string) => void }) => (
    <div data-testid="map" data-selected={props.drawing.selected ?? ''}>
      <button type="button" onClick={() => props.onSelect('oxie-kyrkby')}>
        klicka på kartan i Oxie kyrkby
      </button>
    </div>
  ),
}));

function startAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  resetUrlState(query);
}

describe('area list and panel', () => {
  it('lists every area in the file as a button', async () => {
    renderWithProviders(<App />);
    const list = await screen.findByRole('list', { name: 'Välj område' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Oxie kyrkby', 'Västra hamnen', 'Örtagården']);
  });

  it('shows name, official name, area in km² and delområden of the chosen area', async () => {
    renderWithProviders(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Västra hamnen' }));
    const panel = screen.getByRole('article', { name: 'Västra hamnen' });
    expect(within(panel).getByText('Västra hamnen, Gamla staden m fl')).toBeInTheDocument();
    expect(within(panel).getByText('16,19 km²')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Delområden (2)' })).toBeInTheDocument();
    const subareaList = within(panel).getByRole('list', { name: 'Delområden (2)' });
    expect(within(subareaList).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Davidshall', 'Gamla Staden']);
    // The list folds into the picker beside the name while an area is shown.
    expect(screen.queryByRole('list', { name: 'Välj område' })).not.toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Byt område' })).toHaveValue('vastra-hamnen');
  });

  it('writes the chosen area to the URL as ?omrade=<slug>', async () => {
    renderWithProviders(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Örtagården' }));
    flushUrlWrites();
    expect(window.location.search).toBe('?omrade=ortagarden');
  });

  it('selects the area the map reports a click on', async () => {
    renderWithProviders(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'klicka på kartan i Oxie kyrkby' }));
    expect(screen.getByRole('article', { name: 'Oxie kyrkby' })).toBeInTheDocument();
    expect(screen.getByTestId('map')).toHaveAttribute('data-selected', 'oxie-kyrkby');
  });

  it('restores the selection from the URL on load', async () => {
    startAt('?omrade=oxie-kyrkby');
    renderWithProviders(<App />);
    expect(await screen.findByRole('article', { name: 'Oxie kyrkby' })).toBeInTheDocument();
  });

  it('falls back to no selection with a notice for an unknown area in the URL', async () => {
    startAt('?omrade=atlantis');
    renderWithProviders(<App />);
    expect(await screen.findByText('Området "atlantis" i länken finns inte. Visar ingen markering.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    flushUrlWrites();
    expect(window.location.search).toBe('');
  });

  it('switches area with the picker beside the name', async () => {
    startAt('?omrade=oxie-kyrkby');
    renderWithProviders(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Byt område' }), 'Örtagården');
    expect(await screen.findByRole('article', { name: 'Örtagården' })).toBeInTheDocument();
  });

  it('clears the selection with "← Alla områden", and the list is back', async () => {
    startAt('?omrade=oxie-kyrkby');
    renderWithProviders(<App />);
    await userEvent.click(await screen.findByRole('button', { name: '← Alla områden' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText(/Inget område valt/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Välj område' })).toBeInTheDocument();
  });
});

describe('error states', () => {
  it('names the file and the status for a server error, and retries on request', async () => {
    server.use(http.get('*/geo/omraden.geojson', () => new HttpResponse('fel', { status: 500 }), { once: true }));
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunde inte läsas in');
    expect(alert).toHaveTextContent('geo/omraden.geojson: Servern svarade 500');
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the file for malformed JSON and still renders the page', async () => {
    server.use(http.get('*/geo/omraden.geojson', () => new HttpResponse('{"type": "FeatureCollection", "features": [', { status: 200 })));
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/geo\/omraden\.geojson: Filen är inte giltig JSON/);
    expect(screen.getByRole('heading', { name: 'Områdeskartan' })).toBeInTheDocument();
  });

  it('shows valid records and names record and field of an invalid one', async () => {
    const { default: fixture } = await import('../fixtures/geo/omraden.geojson?raw');
    const data = JSON.parse(fixture);
    data.features[1].properties.areaKm2 = 'stor';
    server.use(http.get('*/geo/omraden.geojson', () => HttpResponse.json(data)));
    renderWithProviders(<App />);
    const list = await screen.findByRole('list', { name: 'Välj område' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Västra hamnen', 'Örtagården']);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Fel i data – några poster visas inte');
    expect(alert).toHaveTextContent('geo/omraden.geojson, post 2 (slug "oxie-kyrkby"), fält properties.areaKm2');
  });

  it('rejects a file that is not a FeatureCollection with a message naming the field', async () => {
    server.use(http.get('*/geo/omraden.geojson', () => HttpResponse.json({ type: 'Feature', features: [] })));
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('geo/omraden.geojson, fält type');
    expect(alert).toHaveTextContent('geo/omraden.geojson, fält meta');
  });

  it('reports a delområde that points at an area that does not exist', async () => {
    const { default: fixture } = await import('../fixtures/geo/delomraden.geojson?raw');
    const data = JSON.parse(fixture);
    data.features[0].properties.areaSlug = 'saknat-omrade';
    server.use(http.get('*/geo/delomraden.geojson', () => HttpResponse.json(data)));
    renderWithProviders(<App />);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('delområde 11313 (Davidshall), fält properties.areaSlug: Området "saknat-omrade" finns inte'));
  });
});
