import { runKeysCommand } from "./keys-command.ts";
import { runRedactCommand } from "./redact-command.ts";
import { runServeCommand } from "./serve-command.ts";

const USAGE = `veilgate — a PII-redacting proxy for AI vendors

Usage:
  veilgate serve [--port N] [--host H] [--data-dir D] [--vendors-dir D] [--rules-dir D]
                 [--upstream-timeout-ms N] [--log-level L] [--demo]
  veilgate keys create --name NAME [--role client|admin|auditor] [--scopes s1,s2]
                       [--vendors a,b] [--expires YYYY-MM-DD] [--data-dir D]
  veilgate keys list [--data-dir D]
  veilgate keys revoke KEY_ID [--data-dir D]
  veilgate redact [--rules-dir D]      redacts stdin to stdout; counts per type on stderr

Every flag has an environment variable: --data-dir is VEILGATE_DATA_DIR, and so on.
`;

/** The `veilgate` command: a thin shell over the services. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "serve":
        return await runServeCommand(rest);
      case "keys":
        return runKeysCommand(rest);
      case "redact":
        return await runRedactCommand(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        return command === undefined ? 1 : 0;
      default:
        process.stderr.write(`veilgate: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`veilgate: ${(error as Error).message}\n`);
    return 1;
  }
}
