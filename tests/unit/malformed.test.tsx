// The bad-data corpus in tests/fixtures/malformed: every case is served in place of one real file,
// and the page must say in Swedish what is wrong (file, record, field), keep showing what is valid,
// and never go blank. Then the network failures: each ends in an error state with "Försök igen".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { App } from '../../src/app/app';
import { resetUrlState } from '../../src/app/url/store';
import { fetchTimeout } from '../../src/lib/fetch-json';
import { renderWithProviders } from '../render';

vi.mock('../../src/features/map/map-view', () => ({ default: () => <div data-testid="map" /> }));

interface MalformedCase {
  id: string;
  description: string;
  serve: string;
  fixture: string;
  encoding?: 'latin1';
  generate?: '1mb-string';
  expect: string[];
  url?: string;
  validStillShown?: string;
}

const dir = resolve(import.meta.dirname, '../fixtures/malformed');
const cases = JSON.parse(readFileSync(resolve(dir, 'cases.json'), 'utf8')) as MalformedCase[];

/** The bytes to serve: as stored (so the Windows-1252 case stays Latin-1), or with the 1 MB string put in. */
function body(c: MalformedCase): Uint8Array {
  const bytes = readFileSync(resolve(dir, c.fixture));
  if (c.generate === '1mb-string') {
    const text = bytes.toString('utf8');
    expect(text).toContain('@@1MB@@');
    return new TextEncoder().encode(text.replace('@@1MB@@', 'A'.repeat(1024 * 1024)));
  }
  return bytes;
}

function startAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  resetUrlState(query);
}

const alertText = () =>
  screen
    .queryAllByRole('alert')
    .map((a) => a.textContent)
    .join('\n');

/** Text visible outside the error and problem messages: the page itself still shows it. */
const shownOutsideAlerts = (text: string) => screen.queryAllByText(text).filter((el) => !el.closest('[role="alert"]'));

describe('the malformed corpus', () => {
  it('has at least 25 cases, each with a fixture, a Swedish description and the file it names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.description.length, c.id).toBeGreaterThan(10);
      expect(c.expect.some((e) => e.includes(c.serve)), `${c.id} names ${c.serve}`).toBe(true);
      expect(() => readFileSync(resolve(dir, c.fixture)), c.id).not.toThrow();
    }
  });

  it('keeps the Windows-1252 case as real Latin-1 bytes', () => {
    const bytes = readFileSync(resolve(dir, cases.find((c) => c.encoding === 'latin1')!.fixture));
    expect(bytes.includes(0xe5)).toBe(true); // å in Windows-1252
    expect(new TextDecoder('utf-8').decode(bytes)).toContain('\uFFFD');
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const bytes = body(c);
    server.use(http.get(`*/${c.serve}`, () => new HttpResponse(bytes, { headers: { 'Content-Type': 'application/json' } })));
    if (c.url) startAt(c.url);
    renderWithProviders(<App />);
    await waitFor(() => {
      const text = alertText();
      for (const e of c.expect) expect(text).toContain(e);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Områdeskartan' })).toBeInTheDocument();
    if (c.validStillShown) {
      const shown = c.validStillShown;
      await waitFor(() => expect(shownOutsideAlerts(shown).length).toBeGreaterThan(0));
    }
    // A megabyte of text is named, not shown.
    expect(alertText().length).toBeLessThan(5000);
  });
});

describe('network failures', () => {
  afterEach(() => {
    fetchTimeout.ms = 20_000;
  });

  async function expectRetryState(file: string, message: string) {
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunde inte läsas in');
    expect(alert).toHaveTextContent(`${file}: ${message}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Områdeskartan' })).toBeInTheDocument();
    return within(alert).getByRole('button', { name: 'Försök igen' });
  }

  it('404: names the file and the status, and "Försök igen" loads it once it is back', async () => {
    server.use(http.get('*/geo/omraden.geojson', () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })));
    renderWithProviders(<App />);
    const retry = await expectRetryState('geo/omraden.geojson', 'Servern svarade 404 Not Found.');
    server.resetHandlers();
    await userEvent.click(retry);
    expect(await screen.findByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('500: names the file and the status; the other files still show', async () => {
    server.use(http.get('*/data/insatser.json', () => new HttpResponse('Internal Server Error', { status: 500 })));
    renderWithProviders(<App />);
    await expectRetryState('data/insatser.json', 'Servern svarade 500');
    expect(screen.getByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
  });

  it('timeout: gives up after the time limit and says so, and "Försök igen" fetches again', async () => {
    fetchTimeout.ms = 50;
    server.use(
      http.get('*/data/index-values.json', async () => {
        await delay('infinite');
        return new HttpResponse(null);
      }),
    );
    renderWithProviders(<App />);
    const retry = await expectRetryState('data/index-values.json', 'Tog för lång tid att hämta (tidsgräns 0,05 s).');
    expect(screen.getByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
    server.resetHandlers();
    fetchTimeout.ms = 20_000;
    await userEvent.click(retry);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('offline while loading: the register fails, the map data still shows, and "Försök igen" works when the network is back', async () => {
    server.use(http.get('*/data/insatser.json', () => HttpResponse.error()));
    startAt('?vy=insatser');
    renderWithProviders(<App />);
    let retry = await expectRetryState('data/insatser.json', 'Kunde inte hämtas (nätverksfel)');
    // Still offline: trying again fails again, with the same message and button, not a blank page.
    await userEvent.click(retry);
    retry = await expectRetryState('data/insatser.json', 'Kunde inte hämtas (nätverksfel)');
    server.resetHandlers();
    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { name: 'Pågående lokala insatser' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kraftsamling Herrgården' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offline after load: a refetch that fails keeps the loaded data on screen, with "Försök igen"', async () => {
    const { client } = renderWithProviders(<App />);
    expect(await screen.findByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
    await waitFor(() => expect(client.isFetching()).toBe(0));
    // The connection drops, then something refetches the areas (a reconnect, an invalidation).
    server.use(http.get('*', () => HttpResponse.error()));
    await client.refetchQueries({ queryKey: ['geo', 'areas'] });
    const retry = await expectRetryState('geo/omraden.geojson', 'Kunde inte hämtas (nätverksfel)');
    expect(screen.getByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(retry);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Västra hamnen' })).toBeInTheDocument();
  });
});
