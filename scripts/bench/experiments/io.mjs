// Waiting (#/io): requests to the simulated server, one after another, with a limit in flight,
// and in batches, each wall time beside N × latency; and the book's database example scaled
// by 1/10 (1,028 calls of 5 ms, 0.37 ms of client work per item), its ratio beside 13.5x.
const CLIENT_LABELS = { serial: 'One after another', concurrent: 'Concurrent, at most N in flight', batches: 'Batches' };
/** The book's figures (ch. 8): 55.2 s one after another, 4.09 s in batches of 100. */
const BOOK_DATABASE_RATIO = 13.5;

const REQUESTS = 200;
const LATENCY_MS = 20;

function waitingCase(client, { inFlight = 1, batchSize = 1 } = {}) {
  const label = client === 'serial' ? 'one after another' : client === 'concurrent' ? `${inFlight} in flight` : `batches of ${batchSize}`;
  return { label, settings: { group: 'waiting', client, requests: REQUESTS, latencyMs: LATENCY_MS, inFlight, batchSize, clientCpuMs: 0 } };
}

function databaseCase(client) {
  const settings = { group: 'database', client, requests: 1028, latencyMs: 5, inFlight: 1, batchSize: client === 'batches' ? 100 : 1, clientCpuMs: 0.37 };
  return { label: `database (scaled 1/10): ${client === 'serial' ? 'one after another' : 'batches of 100'}`, settings };
}

/** The bench's runs are exported tasks: a run is the task's last run record. */
const lastRun = (record) => record.runs?.at(-1) ?? record;

export const io = {
  id: 'io',

  cases() {
    return [
      waitingCase('serial'),
      waitingCase('concurrent', { inFlight: 10 }),
      waitingCase('concurrent', { inFlight: 50 }),
      waitingCase('concurrent', { inFlight: REQUESTS }),
      waitingCase('batches', { batchSize: 10 }),
      waitingCase('batches', { batchSize: 100 }),
      databaseCase('serial'),
      databaseCase('batches'),
    ];
  },

  async fill(page, { client, requests, latencyMs, inFlight, batchSize, clientCpuMs }) {
    const field = (label) => page.getByLabel(label, { exact: true });
    // The client first: it shows its own field (In flight, Batch size).
    await field('Client').selectOption({ label: CLIENT_LABELS[client] });
    await field('Requests').fill(String(requests));
    if (client === 'concurrent') await field('In flight').fill(String(inFlight));
    if (client === 'batches') await field('Batch size').fill(String(batchSize));
    await field('Latency').fill(String(latencyMs));
    await field('Jitter').fill('0');
    await field('Capacity').fill('');
    await field('Server CPU per item').fill('0');
    await field('Client CPU per item').fill(String(clientCpuMs));
    await field('CPU work on').selectOption({ label: 'The page (one thread)' });
  },

  result(record) {
    const { summary } = lastRun(record);
    return { items: summary.items, requests: summary.requests, mostInFlight: summary.mostInFlight };
  },

  formatResult({ items, requests, mostInFlight }) {
    return `${items} items in ${requests} requests, at most ${mostInFlight} in flight`;
  },

  /** One row per case: medians over its runs, each beside N × latency and the least it can wait. */
  summarise(runs, cases) {
    const rows = cases.map(({ label, settings }) => {
      const records = runs.get(label).map(lastRun);
      const wallMs = median(records.map((r) => r.wallMs));
      const { serialWaitMs, idealWaitMs } = records[0].summary;
      return {
        experiment: 'io',
        group: settings.group,
        label,
        client: settings.client,
        items: settings.requests,
        requests: records[0].summary.requests,
        inFlight: settings.inFlight,
        batchSize: settings.batchSize,
        latencyMs: settings.latencyMs,
        clientCpuMsPerItem: settings.clientCpuMs,
        wallMs,
        serialWaitMs,
        ratioToSerialWait: wallMs / serialWaitMs,
        idealWaitMs,
        wallOverIdeal: wallMs / idealWaitMs,
        waitingShare: median(records.map((r) => r.summary.waitingShare)),
        hiddenTab: records.some((r) => r.summary.takenInHiddenTab),
        repeats: records.length,
        wallMsAll: records.map((r) => r.wallMs),
      };
    });
    const [serial, batched] = rows.filter((row) => row.group === 'database');
    for (const row of [serial, batched]) Object.assign(row, { databaseRatio: serial.wallMs / batched.wallMs, bookRatio: BOOK_DATABASE_RATIO });
    return rows;
  },

  formatTable(rows) {
    const header = ['case', 'items', 'requests', 'wall ms', 'N x latency ms', 'wall / (N x latency)', 'ideal ms', 'wall / ideal', 'only waiting'];
    const lines = rows.map((row) => [
      row.label,
      String(row.items),
      String(row.requests),
      row.wallMs.toFixed(0),
      row.serialWaitMs.toFixed(0),
      row.ratioToSerialWait.toFixed(3),
      row.idealWaitMs.toFixed(0),
      `${row.wallOverIdeal.toFixed(2)}x`,
      `${(row.waitingShare * 100).toFixed(1)} %`,
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
    const format = (cells) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  ')
        .trimEnd();
    const database = rows.find((row) => row.group === 'database');
    return [
      format(header),
      format(widths.map((width) => '-'.repeat(width))),
      ...lines.map(format),
      '',
      `Database example (every time the book's divided by 10): batches of 100 ${database.databaseRatio.toFixed(1)}x faster than one after another; the book: ${BOOK_DATABASE_RATIO}x (55.2 s / 4.09 s).`,
      `Medians of ${rows[0].repeats} runs per row. ideal = the least the client can wait: N x latency / in flight, or a latency per batch.` +
        (rows.some((row) => row.hiddenTab) ? ' WARNING: some runs were taken in a hidden tab.' : ''),
    ].join('\n');
  },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
