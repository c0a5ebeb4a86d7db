/**
 * A standalone node in a process of its own for the DNS bench: started from the command-line
 * options it is given (as `redoubt start` would be), it prints one JSON line when it serves
 * (`{"endpoints":{"dns":…},"caFile":…}`) and closes on SIGTERM.
 */
import { pino } from 'pino';
import { parseNodeConfig, startStandalone } from '../../nodes/index.js';

const config = parseNodeConfig('standalone', process.argv.slice(2));
if (config === undefined) process.exit(2);
const node = await startStandalone(config, pino({ level: 'warn' }));
process.stdout.write(`${JSON.stringify({ endpoints: node.endpoints, caFile: node.caFile })}\n`);
process.once('SIGTERM', () => void node.close().then(() => process.exit(0)));
