import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { flushUrlWrites, resetUrlState } from '../../src/app/url/store';
import { renderWithProviders } from '../render';

vi.mock('../../src/features/map/map-view', () => ({
  default: (props: { drawing: { counts: { features: { properties: { slug: string; count: number } }[] }; highlighted: string[] } }) => (
    <div
      data-testid="map"
      data-counts={JSON.stringify(Object.fromEntries((props.drawing.counts?.features ?? []).map((f) => [f.properties.slug, f.properties.count])))}
      data-highlight={props.drawing.highlighted.join(',')}
    />
  ),
}));

// Fixture register (tests/fixtures/data/insatser.json): eight real records; three in Örtagården
// (Kraftsamling Herrgården, Hållbara Rosengård, Kontaktcenter), one in Västra hamnen, one
// city-wide (CTC), three without a place (SSPF, Örat mot marken, Ung i sommar).

function startAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  resetUrlState(query);
}

const list = () => screen.getAllByRole('button').filter((b) => b.classList.contains('initiative-open')).map((b) => b.textContent);

describe('initiatives of an area', () => {
  it('lists the area-bound ones, then the city-wide ones folded with a count', async () => {
    startAt('?omrade=ortagarden');
    renderWithProviders(<App />);
    const section = await screen.findByRole('region', { name: 'Insatser i området (3)' });
    expect(within(section).getAllByRole('button', { name: /Kraftsamling Herrgården|Hållbara Rosengård|Kontaktcenter/ })).toHaveLength(3);
    expect(within(section).getByText('Insatser i hela staden (1)')).toBeInTheDocument();
    expect(within(section).getByText('Ansvarig: Miljönämnden', { exact: false })).toBeInTheDocument();
  });

  it('counts area-bound initiatives per area for the map, with no point for an area that has none', async () => {
    renderWithProviders(<App />);
    await waitFor(() => expect(JSON.parse(screen.getByTestId('map').dataset.counts!)).toEqual({ 'vastra-hamnen': 1, ortagarden: 3 }));
  });
});

describe('search and filters', () => {
  it('finds Örat mot marken by "ORAT", ignoring case and diacritics, and keeps the search in the URL', async () => {
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Sök insatser' }), 'ORAT');
    expect(list()).toEqual(['Örat mot marken']);
    expect(screen.getByText('Visar 1 av 8 insatser')).toBeInTheDocument();
    flushUrlWrites();
    expect(new URLSearchParams(window.location.search).get('sok')).toBe('ORAT');
  });

  it('finds by alias', async () => {
    startAt('?vy=insatser&sok=kommunvagledare');
    renderWithProviders(<App />);
    await screen.findByRole('searchbox', { name: 'Sök insatser' });
    expect(list()).toEqual(['Kontaktcenter']);
  });

  it('combines facet filters, counts each choice, and narrows the map counts with them', async () => {
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    const org = await screen.findByRole('group', { name: 'Organisation' });
    // Polisen is a partner in Örat mot marken and in the Västra Hamnen parking work (among others).
    const polisen = within(org).getByRole('checkbox', { name: /^Polisen \(\d+\)$/ });
    await userEvent.click(polisen);
    const shown = list();
    expect(shown).toContain('Örat mot marken');
    expect(shown).toContain('Parkeringsövervakningens arbete i Västra Hamnen');
    expect(JSON.parse(screen.getByTestId('map').dataset.counts!)).toEqual({ 'vastra-hamnen': 1 });
    await userEvent.click(within(screen.getByRole('group', { name: 'Typ' })).getByRole('checkbox', { name: /^Verksamhet/ }));
    expect(list()).toEqual(['Parkeringsövervakningens arbete i Västra Hamnen']);
    flushUrlWrites();
    expect(window.location.search).toBe('?vy=insatser&org=polisen&typ=verksamhet');
  });

  it('restores filters from the URL', async () => {
    startAt('?vy=insatser&typ=projekt');
    renderWithProviders(<App />);
    await screen.findByRole('searchbox', { name: 'Sök insatser' });
    expect(list()).toEqual(['Hållbara Rosengård']);
    expect(within(screen.getByRole('group', { name: 'Typ' })).getByRole('checkbox', { name: /^Projekt/ })).toBeChecked();
  });

  it('says so when nothing matches, and clears all filters on request', async () => {
    startAt('?vy=insatser&sok=zzzz');
    renderWithProviders(<App />);
    expect(await screen.findByText('Inga insatser matchar filtren.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rensa alla filter' }));
    expect(list()).toHaveLength(8);
  });
});

describe('detail', () => {
  it('shows every field with its provenance, highlights its areas, and closes with Escape returning focus', async () => {
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    const opener = await screen.findByRole('button', { name: 'Hållbara Rosengård' });
    await userEvent.click(opener);
    const detail = screen.getByRole('article', { name: 'Hållbara Rosengård' });
    expect(within(detail).getByRole('heading', { name: 'Hållbara Rosengård' })).toHaveFocus();
    expect(within(detail).getByText('Miljönämnden')).toBeInTheDocument();
    expect(within(detail).getByRole('heading', { name: 'Källor' })).toBeInTheDocument();
    expect(detail).toHaveTextContent(/Avsnitt: /);
    expect(screen.getByTestId('map')).toHaveAttribute('data-highlight', 'ortagarden');
    flushUrlWrites();
    expect(new URLSearchParams(window.location.search).get('insats')).toBe('hallbara-rosengard');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('article', { name: 'Hållbara Rosengård' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hållbara Rosengård' })).toHaveFocus());
  });

  it('shows when the record was last verified, without a row flag when it is as old as the rest', async () => {
    startAt('?insats=kraftsamling-herrgarden');
    renderWithProviders(<App />);
    const detail = await screen.findByRole('article', { name: 'Kraftsamling Herrgården' });
    // The fixture's lastVerified is its newest document date, 2024-05-08, as for every record in it.
    expect(detail).toHaveTextContent('Senast verifierad8 maj 2024');
    expect(within(detail).queryByText('Äldre än övriga')).toBeNull();
  });

  it("says the register's date once, at the top of the list, with the note that it is old", async () => {
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    await screen.findByRole('button', { name: 'Hållbara Rosengård' });
    const lines = document.querySelectorAll('.register-freshness');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent('Uppgifterna är från dokument daterade till och med 8 maj 2024. Dokumenten är mer än 365 dagar gamla, så uppgifterna kan vara inaktuella.');
    expect(lines[0]!.compareDocumentPosition(document.querySelector('.initiative-list')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('Äldre än övriga')).toBeNull();
  });

  it('says the diarienummer is missing where the document has none', async () => {
    startAt('?insats=kraftsamling-herrgarden');
    renderWithProviders(<App />);
    const detail = await screen.findByRole('article', { name: 'Kraftsamling Herrgården' });
    expect(detail).toHaveTextContent('diarienummer saknas i dokumentet');
  });

  it('drops an unknown initiative from the URL with a notice', async () => {
    startAt('?insats=finns-inte');
    renderWithProviders(<App />);
    expect(await screen.findByText('Insatsen "finns-inte" i länken finns inte.')).toBeInTheDocument();
  });
});

describe('matrix', () => {
  it('counts per area and organisation, and a cell opens the list behind it', async () => {
    startAt('?vy=matris');
    renderWithProviders(<App />);
    const cell = await screen.findByRole('button', { name: '1 insatser i Örtagården med Miljönämnden' });
    await userEvent.click(cell);
    expect(screen.getByRole('region', { name: 'Pågående lokala insatser' })).toBeInTheDocument();
    expect(list()).toEqual(['Hållbara Rosengård']);
    expect(screen.getByText('Område: Örtagården')).toBeInTheDocument();
    flushUrlWrites();
    const params = new URLSearchParams(window.location.search);
    expect([params.get('vy'), params.get('omrade'), params.get('org')]).toEqual(['insatser', 'ortagarden', 'miljonamnden']);
  });
});

describe('errors in the register', () => {
  it('names the file on a server error and keeps the rest of the app', async () => {
    server.use(http.get('*/data/insatser.json', () => new HttpResponse(null, { status: 500 })));
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/insatser.json: Servern svarade 500');
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Karta och område' })).toBeInTheDocument();
  });

  it('shows the valid records and names record and field of a broken one', async () => {
    const { default: raw } = await import('../fixtures/data/insatser.json?raw');
    const data = JSON.parse(raw);
    data.initiatives[1].kind = 'fest';
    data.initiatives[2].lead = ['okand-namnd'];
    server.use(http.get('*/data/insatser.json', () => HttpResponse.json(data)));
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/insatser.json, post 2 (id "orat-mot-marken"), fält kind');
    expect(alert).toHaveTextContent('fält lead[0]: Organisationen "okand-namnd" finns inte i data/organisationer.json');
    expect(list()).toHaveLength(7);
  });
});
