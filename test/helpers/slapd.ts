/** The private slapd of sim/peers/slapd.ts (the login bench starts it too). */
export * from '../../sim/peers/slapd.js';
