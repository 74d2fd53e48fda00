// Plain-text output: the environment line, the timings table, the memory check.

export function formatEnvironment(env) {
  return `Environment: ${env.browser}, ${env.logicalCores} logical cores, crossOriginIsolated ${env.crossOriginIsolated}, ${env.date}`;
}

export function formatTable(rows, experiment) {
  // Experiments that vary more than the worker count say so in extra columns.
  const hasChunks = rows[0].chunkSize !== undefined;
  const header = ['experiment', 'mode', 'workers', ...(hasChunks ? ['chunk size', 'chunks', 'strategy', 'order'] : []), 'items', 'wall ms', 'items/s', 'speed-up', 'efficiency', 'spawn ms', 'warm-up ms', 'long tasks', 'result'];
  const lines = rows.map((row) => [
    row.experiment,
    row.mode,
    String(row.workers),
    ...(hasChunks ? [`${row.chunkSize.toLocaleString('en-US')}${row.chunkSizeIsDefault ? ' (default)' : ''}`, String(row.chunks), row.strategy, row.order] : []),
    row.items.toLocaleString('en-US'),
    row.wallMs.toFixed(1),
    compact(row.itemsPerSecond),
    `${row.speedup.toFixed(2)}x`,
    `${(row.efficiency * 100).toFixed(0)} %`,
    row.spawnMs.toFixed(1),
    row.warmUpMs.toFixed(1),
    `${row.longTasks} / ${row.longTasksMax}`,
    experiment.formatResult(row.result),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const leftAligned = new Set([0, 1, header.length - 1, ...(hasChunks ? [5, 6] : [])]);
  const format = (cells) => cells.map((cell, column) => (leftAligned.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  const repeats = rows[0].repeats;
  return [
    format(header),
    format(widths.map((width) => '-'.repeat(width))),
    ...lines.map(format),
    '',
    `Medians of ${repeats} ${repeats === 1 ? 'run' : 'runs'} per row; long tasks: median / max per run. ` +
      'Spawn and warm-up are measured apart and not in the wall time. ' +
      `Speed-up against ${rows[0].baselineWorkers} ${rows[0].baselineWorkers === 1 ? 'worker' : 'workers'}; efficiency = speed-up / (W / ${rows[0].baselineWorkers}).`,
  ].join('\n');
}

export function formatMemory(memory) {
  return [
    `Memory: ${memory.runs} runs in one page (${memory.samples.toLocaleString('en-US')} samples, ${memory.workers} workers)`,
    `  heap after run 1: ${memory.heapBeforeMb.toFixed(2)} MB, after run ${memory.runs}: ${memory.heapAfterMb.toFixed(2)} MB, growth ${memory.growthMb.toFixed(2)} MB (limit ${memory.maxGrowthMb} MB)`,
    `  workers alive between runs (max): ${memory.workersAliveAfterRuns}`,
    `  ${memory.passed ? 'PASSED' : 'FAILED'}`,
  ].join('\n');
}

function compact(value) {
  const units = [[1e9, ' G'], [1e6, ' M'], [1e3, ' k']];
  const [scale, unit] = units.find(([scale]) => value >= scale) ?? [1, ''];
  return `${(value / scale).toPrecision(3)}${unit}`;
}
