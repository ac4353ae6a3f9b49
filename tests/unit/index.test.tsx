import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { flushUrlWrites, resetUrlState } from '../../src/app/url/store';
import { renderWithProviders } from '../render';
import definitionHalsa from '../fixtures/data/index-definition-halsa.json?raw';
import valuesHalsa from '../fixtures/data/index-values-halsa.json?raw';

vi.mock('../../src/features/map/map-view', () => ({
  default: (props: { drawing: { choropleth: { classes: Record<string, number | null> } | null } }) => (
    <div data-testid="map" data-classes={JSON.stringify(props.drawing.choropleth?.classes ?? null)} />
  ),
}));

function startAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  resetUrlState(query);
}

// Fixture (tests/fixtures/data): every indicator's area value is city × 1.1 (Västra hamnen),
// × 1.0 (Oxie kyrkby), × 0.8 (Örtagården); for the one "higher is worse" indicator (city 20 %) it is
// × 0.9, × 1.0, × 1.2. Composite 2022: Västra hamnen 109,4 (105–120), Oxie 100 (95–105),
// Örtagården 81,3 (80–95).

describe('index layer and year', () => {
  it('offers the composite, every dimension and every indicator as layers', async () => {
    renderWithProviders(<App />);
    const select = await screen.findByRole('combobox', { name: 'Lager' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toHaveLength(1 + 4 + 12);
    expect(options).toContain('Valdeltagande i riksdagsval');
    expect(options).toContain('Ekonomi (hela dimensionen)');
    expect(options).toContain('Andel som stannat kvar under 2022 (Exempeldata)');
  });

  it('colours the map by class of the chosen layer and writes layer and year to the URL', async () => {
    renderWithProviders(<App />);
    const select = await screen.findByRole('combobox', { name: 'Lager' });
    // Composite 2022: ids 1 (Västra hamnen) 110 → class 3, 4 (Oxie) 100 → 2, 10 (Örtagården) 80 → 1.
    expect(JSON.parse(screen.getByTestId('map').dataset.classes!)).toEqual({ 'vastra-hamnen': 3, 'oxie-kyrkby': 2, ortagarden: 1 });
    await userEvent.selectOptions(select, 'valdeltagande');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'År' }), '2021');
    flushUrlWrites();
    expect(window.location.search).toBe('?lager=valdeltagande&ar=2021');
    // No turnout in 2021: every area is "saknas".
    expect(JSON.parse(screen.getByTestId('map').dataset.classes!)).toEqual({ 'vastra-hamnen': null, 'oxie-kyrkby': null, ortagarden: null });
    expect(screen.getByRole('figure', { name: /Valdeltagande i riksdagsval 2021/ })).toBeInTheDocument();
  });

  it('defaults to the latest year with real values and leaves it out of the URL', async () => {
    renderWithProviders(<App />);
    expect(await screen.findByRole('combobox', { name: 'År' })).toHaveValue('2022');
    flushUrlWrites();
    expect(window.location.search).toBe('');
  });

  it('labels example data in the legend and not for a real layer', async () => {
    startAt('?lager=valdeltagande');
    renderWithProviders(<App />);
    const legend = await screen.findByRole('figure', { name: /Valdeltagande i riksdagsval 2022/ });
    expect(within(legend).queryByText('Exempeldata')).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lager' }), 'index');
    expect(within(screen.getByRole('figure', { name: /Sammanvägt index 2022/ })).getByText('Exempeldata')).toBeInTheDocument();
  });

  it('falls back to the composite with a notice for an unknown layer in the URL', async () => {
    startAt('?lager=lycka');
    renderWithProviders(<App />);
    expect(await screen.findByText('Lagret "lycka" i länken finns inte. Visar sammanvägt index.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Lager' })).toHaveValue('index');
  });

  it('falls back to the default year with a notice for a year without data', async () => {
    startAt('?ar=1999');
    renderWithProviders(<App />);
    expect(await screen.findByText('Året 1999 i länken finns inte i data. Visar standardåret.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'År' })).toHaveValue('2022');
  });
});

describe('area profile', () => {
  it('shows composite with rank, dimension scores and the indicator table with example labels', async () => {
    startAt('?omrade=ortagarden');
    renderWithProviders(<App />);
    const profile = await screen.findByRole('region', { name: 'Områdesindex 2022' });
    // Utbildning = (80 + 80 + 95) / 3 = 85; composite = (80 + 85 + 80 + 80) / 4 = 81,25.
    expect(within(profile).getByText('81,3', { selector: '.composite-score' })).toBeInTheDocument();
    expect(profile).toHaveTextContent('rang 1 av 3');
    const rows = within(profile).getAllByRole('row');
    const turnout = rows.find((r) => r.textContent?.startsWith('Valdeltagande i riksdagsval'))!;
    // 40 % vs 50 % → 80,0; real data.
    expect(turnout).toHaveTextContent('40,0 %');
    expect(turnout).toHaveTextContent('50,0 %');
    expect(turnout).toHaveTextContent('Verklig');
    const school = rows.find((r) => r.textContent?.startsWith('Andel (20-64 år) med lägst förgymnasial utbildning'))!;
    // Higher is worse: 24 % vs 20 % → (100 − 24) / (100 − 20) × 100 = 95,0.
    expect(school).toHaveTextContent('24,0 %');
    expect(school).toHaveTextContent('95,0');
    expect(within(school).getByText('Exempeldata')).toBeInTheDocument();
  });
});

describe('ranking and compare', () => {
  it('ranks all areas lowest first for the chosen layer', async () => {
    startAt('?vy=rankning&lager=ekonomi');
    renderWithProviders(<App />);
    const ranking = await screen.findByRole('region', { name: /Rankning: Ekonomi 2022/ });
    const body = within(ranking).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getByRole('button').textContent)).toEqual(['Örtagården', 'Oxie kyrkby', 'Västra hamnen']);
    expect(body[0]).toHaveTextContent('80–95');
  });

  it('compares the areas chosen, in the URL', async () => {
    startAt('?vy=jamfor');
    renderWithProviders(<App />);
    const compare = await screen.findByRole('region', { name: /Jämför områden/ });
    expect(within(compare).getByText('Välj minst två områden för att jämföra.')).toBeInTheDocument();
    await userEvent.click(within(compare).getByRole('checkbox', { name: 'Örtagården' }));
    await userEvent.click(within(compare).getByRole('checkbox', { name: 'Västra hamnen' }));
    const table = within(compare).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Indikator', 'Örtagården', 'Västra hamnen']);
    flushUrlWrites();
    expect(new URLSearchParams(window.location.search).get('jamfor')).toBe('ortagarden,vastra-hamnen');
  });
});

describe('errors in index data', () => {
  it('names the values file on a server error and still shows the areas', async () => {
    server.use(http.get('*/data/index-values.json', () => new HttpResponse(null, { status: 503 })));
    renderWithProviders(<App />);
    expect(await screen.findByText(/^data\/index-values\.json: Servern svarade 503/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
  });

  it('reports a value for an unknown area by record and field and uses the rest', async () => {
    const { default: raw } = await import('../fixtures/data/index-values.json?raw');
    const data = JSON.parse(raw);
    data.values.push({ indicator: 'valdeltagande', year: 2022, area: 'atlantis', value: 50, status: 'verklig' });
    server.use(http.get('*/data/index-values.json', () => HttpResponse.json(data)));
    renderWithProviders(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `data/index-values.json, post ${data.values.length} (valdeltagande, atlantis, 2022), fält area: Området "atlantis" finns inte`,
    );
    expect(screen.getByRole('combobox', { name: 'Lager' })).toBeInTheDocument();
  });
});

describe('a fifth dimension is data, not code', () => {
  it('appears in the layer picker, legend, profile, ranking and compare from the definition file alone', async () => {
    server.use(
      http.get('*/data/index-definition.json', () => new HttpResponse(definitionHalsa)),
      http.get('*/data/index-values.json', () => new HttpResponse(valuesHalsa)),
    );
    startAt('?omrade=ortagarden&lager=halsa');
    renderWithProviders(<App />);
    const select = await screen.findByRole('combobox', { name: 'Lager' });
    expect(within(select).getByRole('group', { name: 'Hälsa' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Andel med fetma (Exempeldata)' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Hälsa 2022/ })).toBeInTheDocument();
    // The profile follows the name and key figures (a deferred render).
    const profile = await screen.findByRole('region', { name: 'Områdesindex 2022' });
    expect(within(profile).getByRole('rowheader', { name: 'Hälsa' })).toBeInTheDocument();
    // In the indicator table and in the per-indicator series' table.
    expect(within(profile).getAllByRole('rowheader', { name: /Andel med gott självskattat hälsotillstånd/ })).toHaveLength(2);
    // The composite now averages five dimensions.
    expect(JSON.parse(screen.getByTestId('map').dataset.classes!)).toEqual({ 'vastra-hamnen': 3, 'oxie-kyrkby': 2, ortagarden: 1 });

    await userEvent.click(screen.getByRole('button', { name: 'Rankning' }));
    expect(await screen.findByRole('region', { name: /Rankning: Hälsa 2022/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Jämför' }));
    const compare = screen.getByRole('region', { name: /Jämför områden/ });
    await userEvent.click(within(compare).getByRole('checkbox', { name: 'Örtagården' }));
    await userEvent.click(within(compare).getByRole('checkbox', { name: 'Oxie kyrkby' }));
    expect(within(compare).getByRole('rowheader', { name: 'Hälsa' })).toBeInTheDocument();
  });
});

describe('methodology page', () => {
  it('lists every indicator with its direction, reason and status', async () => {
    startAt('?vy=metod');
    renderWithProviders(<App />);
    const page = await screen.findByRole('article', { name: 'Metod och källor' });
    const row = await within(page).findByRole('row', { name: /Andel \(20-64 år\) med lägst förgymnasial utbildning/ });
    expect(row).toHaveTextContent('Högre är sämre');
    expect(within(page).getByRole('heading', { name: 'Saknade värden' })).toBeInTheDocument();
    const datasets = within(page).getByRole('group', { name: 'Datamängder' });
    expect(await within(datasets).findByRole('rowheader', { name: 'Testvärden' })).toBeInTheDocument();
    expect(within(datasets).getByText('data/index-values.json')).toBeInTheDocument();
    expect(within(datasets).getAllByText('23 november 2026').length).toBeGreaterThan(0);
  });
});
