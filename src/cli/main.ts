
const USAGE = `veilgate — a PII-redacting proxy for AI vendors

Usage:
  veilgate serve [--port N] [--host H] [--data-dir D] [--vendors-dir D] [--rules-dir D]
                 [--upstream-timeout-ms N] [--log-level L] [--demo]
                 [--audit-retention-days N] [--audit-reveal] [--audit-checkpoint-every N]
                 [--secure-cookies]
  veilgate keys create --name NAME [--role client|admin|auditor] [--scopes s1,s2]
                       [--vendors a,b] [--policy POLICY_ID] [--expires YYYY-MM-DD] [--data-dir D]
  veilgate keys list [--data-dir D]
  veilgate keys review [--stale-days N] [--json] [--data-dir D]
                                       access review: role, scopes, policy, last used; flags stale and expired keys
  veilgate keys revoke KEY_ID [--data-dir D]
  veilgate vendors list|show ID [--json]
  veilgate vendors propose FILE | update ID FILE | approve|suspend|retire|reinstate ID
  veilgate vendors set-secret ID < key.txt
                                       changes need VEILGATE_ADMIN_KEY; a different admin approves
  veilgate policies list|show ID|create FILE|update ID FILE|delete ID
  veilgate policies assign POLICY_ID KEY_ID... | unassign KEY_ID...
  veilgate secrets status|rotate|finish
                                       rotate the master key that seals vendor API keys
  veilgate redact [--rules-dir D]      redacts stdin to stdout; counts per type on stderr
  veilgate rules test [DIR]            checks the rule packs in DIR (default --rules-dir) and
                                       runs every rule's examples; exits 1 on a failure
  veilgate audit verify [--json] [--data-dir D]
                                       checks the audit chain; exit 1 names the first tampered entry
  veilgate audit checkpoint [--data-dir D]
  veilgate audit retention --audit-retention-days N [--data-dir D]
  veilgate audit export [--format jsonl|csv] [--from T] [--to T] [--data-dir D]

Every flag has an environment variable: --data-dir is VEILGATE_DATA_DIR, and so on.
`;

/** The `veilgate` command: a thin shell over the services. Returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      // Each command is loaded on demand: the detector's name lexicon, libsodium and the audit
      // log take a noticeable part of a second to load, and most commands need only one of them.
      case "serve":
        return await (await import("./serve-command.ts")).runServeCommand(rest);
      case "keys":
        return await (await import("./keys-command.ts")).runKeysCommand(rest);
      case "redact":
        return await (await import("./redact-command.ts")).runRedactCommand(rest);
      case "rules":
        return await (await import("./rules-command.ts")).runRulesCommand(rest);
      case "audit":
        return await (await import("./audit-command.ts")).runAuditCommand(rest);
      case "vendors":
        return await (await import("./vendors-command.ts")).runVendorsCommand(rest);
      case "policies":
        return await (await import("./policies-command.ts")).runPoliciesCommand(rest);
      case "secrets":
        return await (await import("./secrets-command.ts")).runSecretsCommand(rest);
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
