// Flags of bench:ui. A bad flag exits 2 with one line naming it and the accepted values.
export const USAGE = `npm run bench:ui -- [--json] [--soak-seconds N] [--measure-ms N] [--rounds N] [--port N] [--only id,id]
  --json            print exactly one JSON object on stdout (progress on stderr)
  --soak-seconds N  length of each soak (default 60; 0 skips the soak)
  --measure-ms N    frame-recording window per training case (default 5000)
  --rounds N        cold loads for the first-boundary time (default 3)
  --port N          preview server port (default $E2E_PORT or 4175)
  --only ids        any of first, default, 16x16, 64x16, 1x128, 64x128, compare, drag, soak-default, soak-64x16`;

const IDS = ['first', 'default', '16x16', '64x16', '1x128', '64x128', 'compare', 'drag', 'soak-default', 'soak-64x16'];

function int(flag, text, lo, hi) {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < lo || Number(text) > hi) {
    throw new Error(`bench:ui: ${flag} takes a whole number from ${lo} to ${hi}, got ${text === undefined ? 'nothing' : JSON.stringify(text)}`);
  }
  return Number(text);
}

export function parseFlags(argv) {
  const o = { json: false, help: false, soakSeconds: 60, measureMs: 5000, rounds: 3, port: Number(process.env.E2E_PORT ?? 4175), only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--soak-seconds') o.soakSeconds = int(a, argv[++i], 0, 3600);
    else if (a === '--measure-ms') o.measureMs = int(a, argv[++i], 500, 600_000);
    else if (a === '--rounds') o.rounds = int(a, argv[++i], 1, 50);
    else if (a === '--port') o.port = int(a, argv[++i], 1024, 65535);
    else if (a === '--only') {
      const ids = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = ids.find((id) => !IDS.includes(id));
      if (!ids.length || bad) throw new Error(`bench:ui: --only takes ${IDS.join(', ')}, got ${JSON.stringify(bad ?? '')}`);
      o.only = ids;
    } else throw new Error(`bench:ui: unknown flag ${JSON.stringify(a)}; accepted: --json, --soak-seconds, --measure-ms, --rounds, --port, --only`);
  }
  return o;
}
