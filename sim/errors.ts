/** Errors of the load simulator. */

/** Thrown when a workload file, preset or command-line option is not valid; the message names the field. */
export class SimConfigError extends Error {
  readonly code = 'SIM_CONFIG_INVALID';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SimConfigError';
  }
}

/** Thrown when the population cannot be created through the gateway (the cluster is not serving). */
export class SimSetupError extends Error {
  readonly code = 'SIM_SETUP_FAILED';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SimSetupError';
  }
}
