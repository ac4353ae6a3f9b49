// A lazy code chunk that fails to load (offline before the service worker cached it) must show a
// Swedish message with "Försök igen" in its own place, never a white page; the retry loads it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { resetUrlState } from '../../src/app/url/store';
import { renderWithProviders } from '../render';

// How many of the next imports of each chunk fail, as a dynamic import does without a network.
const failing = vi.hoisted(() => ({ qr: 0, exporters: 0, downloads: [] as string[] }));
const offline = () => new TypeError('Failed to fetch dynamically imported module');

vi.mock('../../src/features/map/map-view', () => ({ default: () => <div data-testid="map" /> }));
vi.mock('../../src/app/modes/presentation/slide-qr', async (original) => {
  if (failing.qr > 0) {
    failing.qr--;
    throw offline();
  }
  return original();
});
vi.mock('../../src/app/exports/exporters', async (original) => {
  if (failing.exporters > 0) {
    failing.exporters--;
    throw offline();
  }
  // Records the file instead of asking jsdom for an object URL and a click on a link.
  return { ...(await original<object>()), download: (name: string) => void failing.downloads.push(name) };
});

function startAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  resetUrlState(query);
}

beforeEach(() => {
  failing.qr = 0;
  failing.exporters = 0;
  failing.downloads = [];
});

describe('a lazy chunk that fails to load', () => {
  it('the QR code: a message with "Försök igen" in its place, the slide stays, and the retry shows the code', async () => {
    failing.qr = 1;
    startAt('?visning=1');
    renderWithProviders(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('QR-koden kunde inte laddas');
    expect(alert.closest('.slide-about')).not.toBeNull();
    expect(screen.getByRole('group', { name: 'Styr visningen' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('img', { name: 'QR-kod till den här vyn' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

// One test: once the chunk has loaded, it stays loaded for the file's other tests, as in a browser.
describe('the exporters chunk that fails to load', () => {
  it('says in the panel which download could not be loaded; a retry that fails keeps saying so, and the next one downloads', async () => {
    failing.exporters = 2;
    renderWithProviders(<App />);
    const panel = await screen.findByRole('region', { name: 'Ladda ner' });
    await userEvent.click(await within(panel).findByRole('button', { name: 'Indexvärden (CSV)' }));
    let alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Nedladdningen "Indexvärden (CSV)" kunde inte laddas (nätverksfel).');
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    // Still offline: the import ran again (the mock counted it) and failed again.
    await waitFor(() => expect(failing.exporters).toBe(0));
    alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Nedladdningen "Indexvärden (CSV)" kunde inte laddas');
    expect(failing.downloads).toEqual([]);
    await userEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(failing.downloads).toEqual([expect.stringMatching(/^omradesindex-\d{4}\.csv$/)]));
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Indexvärden (CSV)' })).toHaveFocus();
  });
});
