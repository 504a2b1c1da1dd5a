import { startNodeServer } from "../entry/node.ts";
import { parseCommandArgs } from "./config-flags.ts";

/** `veilgate serve`: runs the proxy until SIGINT or SIGTERM. */
export async function runServeCommand(args: string[]): Promise<number> {
  const { config } = parseCommandArgs(args);
  const running = await startNodeServer(config);
  const lines = [`Vendors: ${running.services.vendors.list().map((vendor) => `${vendor.id} (${vendor.status})`).join(", ")}`];
  if (running.demoKey) {
    lines.push(`
Demo mode: the local 'demo-echo' vendor echoes what it receives (it is not an AI).
Demo client key (shown once, valid for demo-echo only): ${running.demoKey}

Try it:
  curl -s ${running.url}/v1/chat/completions \\
    -H "Authorization: Bearer ${running.demoKey}" -H "Content-Type: application/json" \\
    -d '{"model":"echo-1","messages":[{"role":"user","content":"My SSN is 536-22-1234 and my email is jane.doe@example.com"}]}'

The answer has your values back; the line "[demo-echo vendor] received" shows what left Veilgate.
`);
  }
  // One write, ending with the "listening" line, so whoever waits for that line has the rest too.
  process.stdout.write(`${lines.join("\n")}\nVeilgate is listening on ${running.url} (Ctrl-C stops it)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await running.close();
  return 0;
}
