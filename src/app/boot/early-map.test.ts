import type { CreateMapOptions, StartedMap } from '../../features/map/create-map';

// The map chunk, under test control: when it "arrives" and what its two functions do.
const calls: string[] = [];
let arrive: (m: unknown) => void = () => undefined;
let resolveIdle: () => void = () => undefined;
const chunk = {
  prewarmMap: vi.fn(() => calls.push('prewarm')),
  createMap: vi.fn((el: HTMLElement): StartedMap => {
    calls.push(`create:${el.isConnected ? 'connected' : 'detached'}`);
    return { firstIdle: new Promise<void>((ok) => (resolveIdle = ok)) } as unknown as StartedMap;
  }),
};
vi.mock('./map-module', () => ({ loadMapModule: () => new Promise((ok) => (arrive = ok)) }));

const options = { files: { areas: 'a', basemap: 'b' }, labels: {}, attribution: [] } as unknown as CreateMapOptions;

describe('startEarlyMap', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    calls.length = 0;
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  const settle = async (ms = 0) => {
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('starts the worker, then creates the map in the mounted frame, then is ready at first idle', async () => {
    const { startEarlyMap, mountEarlyMap, WORKER_HEAD_START_MS, takeEarlyMap } = await import('./early-map');
    const { created, ready } = startEarlyMap(options);
    const seen: string[] = [];
    void created.then(() => seen.push('created'));
    void ready.then(() => seen.push('ready'));

    // The chunk is in before React has mounted the frame: nothing may be created yet.
    arrive(chunk);
    await settle(100);
    expect(calls).toEqual([]);

    mountEarlyMap(document.body.appendChild(document.createElement('div')));
    await settle(0);
    expect(calls).toEqual(['prewarm']);
    await settle(WORKER_HEAD_START_MS);
    expect(calls).toEqual(['prewarm', 'create:connected']);
    expect(seen).toEqual(['created']);

    resolveIdle();
    await settle(0);
    expect(seen).toEqual(['created', 'ready']);
    expect(takeEarlyMap()).not.toBeNull();
    expect(takeEarlyMap()).toBeNull();
  });

  it('lets the app start without the map when the chunk never comes', async () => {
    const { startEarlyMap, mountEarlyMap, MAP_FIRST_WAIT_MS } = await import('./early-map');
    const { created, ready } = startEarlyMap(options);
    mountEarlyMap(document.body.appendChild(document.createElement('div')));
    const seen: string[] = [];
    void created.then(() => seen.push('created'));
    void ready.then(() => seen.push('ready'));
    await settle(MAP_FIRST_WAIT_MS - 1);
    expect(seen).toEqual([]);
    await settle(1);
    expect(seen).toEqual(['ready', 'created']);
    expect(calls).toEqual([]);
  });

  it('is ready, without a map, when the browser has no WebGL', async () => {
    chunk.createMap.mockImplementationOnce(() => {
      throw new Error('no WebGL');
    });
    const { startEarlyMap, mountEarlyMap, WORKER_HEAD_START_MS, takeEarlyMap } = await import('./early-map');
    const { ready } = startEarlyMap(options);
    let isReady = false;
    void ready.then(() => (isReady = true));
    arrive(chunk);
    mountEarlyMap(document.body.appendChild(document.createElement('div')));
    await settle(WORKER_HEAD_START_MS);
    expect(isReady).toBe(true);
    expect(takeEarlyMap()).toBeNull();
  });
});
