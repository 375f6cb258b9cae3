// Summaries of V8 CPU profiles (Node's --cpu-prof files, and the ProfileChunk events of a Chromium
// trace): self time by function, and by kind — wasm (the engine), JS, garbage collection, (program)
// (V8 and Blink's own work: compiling, streams, messages) and idle.

/** {nodes: [{id, callFrame}], samples: [id], timeDeltas: [µs]} → Map<name, µs> of self time. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // As DevTools does: a sample owns the time until the next one.
    const us = i + 1 < timeDeltas.length ? Math.max(0, timeDeltas[i + 1]) : 0;
    const frame = byId.get(samples[i])?.callFrame ?? {};
    const url = frame.url ?? '';
    // wasm://wasm/<hash> under Node, …/icp_drift_web-<hash>.wasm in Chromium; Vite's hashes dropped
    const file = url.startsWith('wasm://') ? '[wasm]' : url.split('/').pop().replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');
    const name = `${readable(frame.functionName || '(anonymous)')}${file ? ` ${file}` : ''}`;
    times.set(name, (times.get(name) ?? 0) + us);
  }
  return times;
}

/** C++ names without libc++'s template noise, cut at 110 characters. */
function readable(fn) {
  const short = fn
    .replaceAll('std::__2::', 'std::')
    .replaceAll('std::basic_string_view<char, std::char_traits<char> >', 'std::string_view')
    .replaceAll('std::basic_string<char, std::char_traits<char>, std::allocator<char> >', 'std::string');
  return short.length > 110 ? `${short.slice(0, 107)}...` : short;
}

export function kindOf(name) {
  if (name.startsWith('(idle)')) return 'idle';
  if (name.startsWith('(garbage collector)')) return 'gc';
  if (name.startsWith('(program)')) return 'program';
  if (/(\.wasm|\[wasm\])$/.test(name) || name.startsWith('wasm-function')) return 'wasm';
  return 'js';
}

/** {total_ms, kinds: {wasm, js, gc, program, idle} (shares), top: [{name, ms, share}]} */
export function summarize(times, top = 12) {
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const kinds = { wasm: 0, js: 0, gc: 0, program: 0, idle: 0 };
  for (const [name, us] of times) kinds[kindOf(name)] += us;
  const share = (us) => (total > 0 ? us / total : 0);
  return {
    total_ms: total / 1000,
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, us]) => [k, share(us)])),
    top: [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })),
  };
}

/** The CPU profiles of a Chromium trace (traceEvents), one per thread: [{thread, profile}]. */
export function profilesOfTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threadNames = new Map();
  for (const e of events) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(e.id, { thread: threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, nodes: [], samples: [], timeDeltas: [] });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id);
    const data = e.args?.data ?? {};
    if (!p) continue;
    p.nodes.push(...(data.cpuProfile?.nodes ?? []));
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.timeDeltas.push(...(data.timeDeltas ?? []));
  }
  return [...profiles.values()].map(({ thread, ...profile }) => ({ thread, profile }));
}
